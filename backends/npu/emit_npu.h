// The NPU backend: a placed graph as an MLIR-AIE project (docs/backends.md). `aie.mlir` in current
// mlir-aie syntax (aie.device, aie.tile for the mapper's tiles, one aie.objectfifo per stream, shim ->
// memory tile -> core objectfifos joined by aie.objectfifo.link for each tensor flow, aie.core bodies
// lowered from the instances' programs, kernels declared with link_with, aie.runtime_sequence with
// aiex.npu.dma_memcpy_nd / dma_wait), the same module in generic form, the kernels, an XRT host, a
// Makefile and the manifest. A library on the IR and the mapping only: no SystemC.
#pragma once

#include <string>
#include <vector>

#include "backends/common/project.h"
#include "data/buffer.h"
#include "ir/arch.h"
#include "ir/diag.h"
#include "ir/graph.h"
#include "ir/mapping.h"

namespace datosim::backends::npu {

struct EmitInput {
  const ir::Graph* graph = nullptr;
  const ir::Arch* arch = nullptr;
  const ir::Mapping* mapping = nullptr;
  const std::vector<data::Buffer>* before = nullptr;  // every tensor before the run
  const std::vector<data::Buffer>* after = nullptr;   // and after it
  bool expectedOutputs = true;
  std::int64_t predictedCycles = 0;
  double predictedSeconds = 0;
  std::uint64_t seed = 1;
  std::string datosimVersion;
};

/// True when the architecture is one this backend generates for (an NPU of the `aie-ml` model).
bool targets(const ir::Arch& arch);

/// Build the project; what has no AIE lowering is an error in `diags` (all of them).
Project emit(const EmitInput& in, Diagnostics& diags, std::vector<std::string>& userFiles);

}  // namespace datosim::backends::npu
