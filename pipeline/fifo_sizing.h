// FIFO sizing (datosim --size-fifos; docs/observability.md, "Sizing FIFOs"): for each stream declaration
// of a graph, the smallest depth that keeps the run free of deadlock and within a tolerance of the cycles
// it takes with FIFOs deep enough never to block a put. Every answer is checked by a simulation of
// exactly those depths; the search is a sequence of binary searches, one stream at a time.
//
// And the other half: a depths file (format datosim-depths/1) that `datosim --depths FILE` applies to
// a graph, so a sized design can be simulated, swept and emitted.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "ir/arch.h"
#include "ir/diag.h"
#include "ir/graph.h"
#include "ir/mapping.h"
#include "sim/simulator.h"

namespace datosim::pipeline {

struct StreamSizing {
  std::string name;              // the stream declaration
  int instances = 0;             // its stream instances
  std::int64_t tokenBytes = 0;
  std::int64_t graphDepth = 0;   // as the graph (and any --depths) gave it
  std::int64_t deepDepth = 0;    // tokens of its busiest instance: no put ever blocks
  std::int64_t sizedDepth = 0;
  std::int64_t peak = 0;         // the largest occupancy of its instances in the sized run
  std::int64_t bufferCopies = 0; // sum over its instances of the buffers a token slot takes (2: both ends of a DMA route)
};

struct FifoSizing {
  std::string error;                      // why there are no depths (the graph deadlocks even with deep FIFOs, ...)
  bool ok() const { return error.empty(); }
  double tolerance = 0;                   // fraction, e.g. 0.01
  sim::Outcome graphOutcome = sim::Outcome::Completed;
  std::int64_t graphCycles = 0;           // with the graph's depths
  std::int64_t deepCycles = 0;
  std::int64_t target = 0;                // floor(deepCycles * (1 + tolerance))
  std::int64_t sizedCycles = 0;
  int runs = 0;                           // simulations made
  std::vector<StreamSizing> streams;      // by declaration
  std::int64_t bytesBefore = 0, bytesAfter = 0;  // stream buffer bytes, graph depths and sized
};

/// Size the FIFOs of `g` on `arch` (`mapping`: the placement the runs follow, or nullptr for the
/// placement-free timing). Timing only (no tensor data: cycles do not depend on it). The graph's depths
/// are changed during the search and restored before it returns. Throws std::logic_error if the depths
/// found fail their own final run (each step keeps a passing depth, so that is a bug).
FifoSizing sizeFifos(ir::Graph& g, const ir::Arch& arch, const ir::Mapping* mapping, double tolerance,
                     std::int64_t maxStepsPerCycle);

/// The depths file of a sizing: {"format": "datosim-depths/1", "graph", "params" (the graph's values), "tolerance",
/// "cycles", "depths": {...}}.
std::string depthsToJson(const ir::Graph& g, const FifoSizing& s);

/// Read a depths file: stream declaration name -> depth (>= 1). Errors at FILE:/pointer.
bool loadDepths(const std::string& path, std::map<std::string, std::int64_t>& depths, std::string& graphName,
                Diagnostics& d);

/// Apply depths to the graph's stream declarations; an unknown stream is an error at FILE:/depths/NAME.
bool applyDepths(ir::Graph& g, const std::string& path, const std::map<std::string, std::int64_t>& depths,
                 Diagnostics& d);

}  // namespace datosim::pipeline
