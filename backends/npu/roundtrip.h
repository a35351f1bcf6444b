// The round trip of an emitted MLIR-AIE project: the dataflow graph its aie.mlir describes, rebuilt
// from the file (one task per aie.core, its loops, conditions, objectfifo accesses and kernel calls; one
// stream per objectfifo between cores; the tiles each core loads and stores recovered by replaying the
// runtime sequence through the objectfifo links), as a datosim graph that datosim can simulate again, and
// the placement of its cores as a mapping request. What was simulated is then what gets built.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "ir/diag.h"

namespace datosim::backends::npu {

struct Rebuilt {
  std::string graphJson;    // datosim-graph/1
  std::string mappingJson;  // datosim-mapping/1: each core's tile
  std::vector<std::pair<std::string, std::string>> inputs;   // tensor -> data/NAME.npy
  std::vector<std::pair<std::string, std::string>> expected; // tensor -> data/expected/NAME.npy
  std::string arch;
  long long predictedCycles = 0;
};

/// false (with diagnostics) when the project's aie.mlir cannot be read back into a graph.
bool rebuildGraph(const std::string& dir, Rebuilt& out, Diagnostics& diags);

}  // namespace datosim::backends::npu
