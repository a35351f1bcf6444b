// The FPGA backend: a simulated graph as a Vitis HLS project (docs/backends.md). One `extern "C"` top
// function with an m_axi port per global tensor, `#pragma HLS dataflow`, one function per instance
// (shared by instances whose specialised bodies are the same), an hls::stream of the graph's depth per
// stream; the kernels of ir/kernels.h from the project's own kernel library (dsim_kernels.h); a C
// simulation that runs every process as a thread over bounded streams (so a design whose FIFOs are too
// shallow deadlocks as on hardware); an XRT host program, the Vitis scripts and datosim's inputs and
// expected outputs. A library on the IR and the mapping: no SystemC.
#pragma once

#include <string>
#include <vector>

#include "backends/common/project.h"
#include "data/buffer.h"
#include "ir/arch.h"
#include "ir/diag.h"
#include "ir/graph.h"
#include "ir/mapping.h"

namespace datosim::backends::hls {

struct EmitInput {
  const ir::Graph* graph = nullptr;
  const ir::Arch* arch = nullptr;
  const ir::Mapping* mapping = nullptr;
  /// Every global tensor before the run (inputs, and inouts as they start) and after it (outputs and
  /// inouts as datosim's functional simulation left them), indexed like Graph::tensors.
  const std::vector<data::Buffer>* before = nullptr;
  const std::vector<data::Buffer>* after = nullptr;
  /// False when the run did not complete (a deadlock): the project then has no expected outputs.
  bool expectedOutputs = true;
  /// Written into the manifest: what was predicted, and how the run was made.
  std::int64_t predictedCycles = 0;
  double predictedSeconds = 0;
  std::uint64_t seed = 1;
  std::string datosimVersion;
};

/// True when the architecture is one this backend generates for (an FPGA of the `hls` model).
bool targets(const ir::Arch& arch);

/// Build the project. Constructs with no HLS lowering, and architecture facts the project needs but
/// the config lacks, are errors in `diags` (all of them); the project is complete only without errors.
/// `userFiles` gets the project files a user must fill in (custom kernels).
Project emit(const EmitInput& in, Diagnostics& diags, std::vector<std::string>& userFiles);

}  // namespace datosim::backends::hls
