// An analytical lower bound on the cycles of a whole design (a roofline): from the elaborated graph,
// the architecture and its timing model, how long the work would take on each resource if that
// resource were the only limit and were used perfectly. The simulated cycles can be compared with it
// ("simulated = 1.76x the bound"). Library code: returns values, prints nothing. docs/validation.md.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ir/arch.h"
#include "ir/graph.h"
#include "ir/mapping.h"
#include "arch/timing_model.h"

namespace datosim::analysis {

struct BoundOptions {
  /// The walk of the instance bodies stops (Bound::complete = false) once it has visited this many
  /// statements in all. Loops whose body does not depend on loop variables are counted once and
  /// multiplied by their trip count, so only data-dependent bodies cost their full iteration count.
  std::int64_t maxSteps = 20'000'000;
  /// The placement the simulation follows, if any. It decides which loads share one DDR read
  /// (Work::ddrLoadBytes): with an NPU mapping, the instances whose routes of one argument are a
  /// broadcast through one memory-tile channel; with an FPGA mapping, none (every instance reads
  /// its own tiles); without a mapping, the instances of one task that see the same shard of the
  /// argument (equal shard origins: the layout replicates the other dimensions).
  const ir::Mapping* mapping = nullptr;
  /// What each instance's control received in a completed run (sim::InstanceStats::received, by
  /// instance). With it, the body of a steered instance (task variables, `while`, `get_any`) is walked the
  /// way the run went: each get into a variable takes the next value, each get_any the next index, `set`
  /// and `while` evaluate as the run did. Without it a steered instance stops the walk (Bound::note).
  const std::vector<std::vector<std::int64_t>>* received = nullptr;
};

/// Work of the whole graph, counted by walking every instance's elaborated body with the
/// expression evaluator (loops exactly, run-time `if`s by their conditions).
struct Work {
  // The work of the kernels the timing model costs (a compute with the graph's own `cycles` counts only
  // in Bound::kernelCycles: it may run faster than the model's rates).
  std::map<ir::MacType, std::int64_t> macs;      // by the operand dtypes of the MACs (a pair when mixed)
  std::map<ir::DType, std::int64_t> vectorOps;   // vector and reduction ops, plus elements of move kernels
  std::int64_t loadBytes = 0;     // every instance's loads, each copy of a broadcast tile counted
  std::int64_t ddrLoadBytes = 0;  // the loads read from off-chip memory: one read per broadcast group
                                  // (BoundOptions::mapping), the most any member of the group loads
  std::int64_t storeBytes = 0;
  std::map<int, std::int64_t> tokens;  // StreamInst id -> tokens put (in and outside pipelined loops)
  int macInstances = 0;     // instances that do at least one MAC
  int vectorInstances = 0;  // instances that do at least one vector op
};

struct Bound {
  bool complete = false;  // false: `note` says why (walk too long, an arithmetic error, ...)
  std::string note;
  Work work;
  std::int64_t macs = 0;
  std::string macDType;      // the dtype of most MACs ("" if none)
  std::string unitName;      // "tiles" (aie-ml), "PEs" (hls), "units" (other models)
  int arrayUnits = 0;        // compute units of the architecture (0 if the model does not say)

  double computeCycles = 0;       // MACs over the peak of the instances that do MACs (one unit each)
  double computeArrayCycles = 0;  // MACs over the whole architecture's peak (TimingModel::peakMacsPerCycle)
  double vectorCycles = 0;        // vector work over the vector lanes of the instances that do it

  std::int64_t memoryBytes = 0;   // off-chip reads (ddrLoadBytes) + stores
  std::string memoryChannels;     // "8 read + 8 write channels", "32 shared channels", or on a placed FPGA
                                  // run "the busiest of the 3 channels the placement uses, HBM[0]"
  double memoryCycles = 0;        // the slower pool: bytes over channels x bytes/cycle
  std::int64_t memoryBusiestBytes = 0;  // placed FPGA runs: the bytes of the busiest channel (0 otherwise)

  double streamCycles = 0;        // the largest per-instance put time: sum of tokens x ceil(bytes / rate)
  std::string streamInstance;     // the instance that has it
  std::int64_t streamBytes = 0;   // that instance's put bytes

  double kernelCycles = 0;        // the largest own kernel time of an instance (Counts::kernelCycles), or of
                                  // the instances sharing one core on a placed run (they take turns)
  std::string kernelWhere;        // "stage2", or "tile (2,3): 4 instances share its core"
  bool kernelAccess = false;      // kernelCycles of one instance includes its gets' and puts' fixed costs
  bool kernelMemory = false;      // ... and its blocking loads' and stores' issue, transfer and latency
  bool kernelPipelined = false;   // ... and the runs of its pipelined loops (intervals and the last iteration's latency)

  std::string binding;            // "compute", "kernels", "vector", "memory", "stream" (the largest), "" if no work
  double cycles = 0;              // the largest of computeCycles, kernelCycles, vectorCycles, memoryCycles,
                                  // streamCycles
};

/// Compute the bound. Never throws for user input: problems end up in `note` with complete = false.
Bound computeBound(const ir::Graph& g, const ir::Arch& arch, const arch::TimingModel& model,
                   const BoundOptions& opts = {});

/// The bytes one instance moves through each of its task's arguments over the whole run (loads and stores
/// apart), counted by the bound's walk: loops exactly, `if`s by their conditions.
struct ArgTraffic {
  std::map<int, std::int64_t> loads, stores;  // task argument -> bytes
};
/// Every instance's ArgTraffic, by instance. An instance whose control depends on values received at run time
/// (task variables, `while`, `get_any`) or whose walk fails (an arithmetic error the run will report) has
/// none; when the walk passes `maxSteps` statements in all, no instance has one.
std::vector<std::optional<ArgTraffic>> argTraffic(const ir::Graph& g, std::int64_t maxSteps = 20'000'000);

/// One summary line, e.g. "bound    compute 12,345 cycles (i16, 16 tiles), memory 45,678 cycles (3.1 MB over
/// 8 read + 8 write channels) -> memory-bound; simulated 80,288 = 1.76x the bound". `simulated` < 0: no ratio.
std::string formatBound(const Bound& b, std::int64_t simulated);

/// The JSON report's "bound" object (fixed key order). `simulated` < 0: "simulated_over_bound" is null.
nlohmann::ordered_json boundToJson(const Bound& b, std::int64_t simulated);

}  // namespace datosim::analysis
