// One datosim run as a library call: graph + architecture + options in; the loaded graph, the
// mapping, the simulation report, the bound, the check and every message out. Nothing is printed and
// nothing exits: the command line (tools/), the emitters (backends/), benchmarks and tests all go
// through run() and decide themselves what to print and how to exit (docs/architecture.md).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analysis/roofline.h"
#include "data/buffer.h"
#include "ir/arch.h"
#include "ir/diag.h"
#include "ir/graph.h"
#include "ir/mapping.h"
#include "pipeline/memory.h"
#include "sim/reference.h"
#include "sim/simulator.h"

namespace datosim::pipeline {

/// What a run did with tensor data (docs/functional.md), for the summary and the JSON report.
struct FunctionalInfo {
  bool enabled = false;
  std::string why;  // how the mode was chosen, e.g. "--functional=auto: tensors total 1.5 MiB <= 64 MiB"
  std::uint64_t seed = 1;
  /// Input and inout tensors in declaration order: name and where the values came from (a file
  /// name, or "random").
  std::vector<std::pair<std::string, std::string>> inputs;
  bool checkRequested = false;
  bool checked = false;      // false when the run did not complete
  sim::CheckResult check;
};

enum class Functional { Auto, On, Off };
enum class Timing { Placed, Free };

/// `Functional::Auto` simulates with tensor data when the global tensors total at most this many
/// bytes (in their dtypes), or when a data option (check, inputs, keepTensors) asks for data.
constexpr long long kFunctionalAutoLimitBytes = 64LL * 1024 * 1024;

struct RunOptions {
  std::string graph;                             // path of the graph file
  /// The graph's text, when it is not read from `graph` (then only its name in diagnostics).
  std::optional<std::string> graphText;
  std::string arch;                              // config name or path
  std::vector<std::string> configDirs;           // where a config name is looked up
  std::map<std::string, std::int64_t> params;    // --param overrides
  std::vector<std::string> paramsText;           // the overrides as given, for a note on a failed load
  std::int64_t maxCycles = 0;
  std::int64_t maxStepsPerCycle = 0;             // 0: the simulator's default (sim::SimOptions)
  Functional functional = Functional::Auto;
  std::vector<std::pair<std::string, std::string>> inputs;  // tensor name -> .npy file
  std::uint64_t seed = 1;
  bool check = false;
  /// The run's tensors are wanted after it (output files, a generated project's expected data):
  /// counts as a data option for Functional::Auto, and keeps the inputs as they were before the run.
  bool keepTensors = false;
  // Mapping (docs/mapping.md).
  ir::MappingHints extraHints;                   // --chain / --bundle, after the graph's own
  std::string mappingIn;                         // --mapping FILE
  bool autoBundle = true;
  Timing timing = Timing::Placed;
  /// A graph that does not fit is an error even with Timing::Free (a mapping is read or written,
  /// or only the mapping is wanted).
  bool requireMapping = false;
  bool mapOnly = false;                          // stop after the mapping
  /// Stop after the mapping as a simulation would have it (a misfit is an error only with Timing::Placed),
  /// with Status::Mapped: for callers that simulate themselves (FIFO sizing).
  bool prepareOnly = false;
  /// A depths file (datosim-depths/1, pipeline/fifo_sizing.h) applied to the graph's streams after loading.
  std::string depthsIn;
  /// The memory budget in bytes (pipeline/memory.h): a run whose estimate is above it is refused before
  /// allocating its data (Status::TooLarge). nullopt: defaultMemoryBudget(); 0: no limit.
  std::optional<std::uint64_t> maxMemory;
  /// Record the run's timeline (docs/observability.md) into RunResult::trace.
  std::optional<sim::TraceOptions> trace;
  /// Follow the simulation live (sim::Progress); nullptr: nobody watches.
  sim::Progress* progress = nullptr;
};

/// How far a run got, and why it stopped.
enum class Status {
  Simulated,        // the simulation ran (its outcome is in `report`)
  Mapped,           // mapOnly: the graph was mapped, nothing simulated
  InvalidInput,     // graph, architecture, --input, a mapping file, --check without a reference
  InvalidRequest,   // a chain / bundle / imposed mapping is wrong in itself
  DoesNotFit,       // the graph does not fit the architecture
  TooLarge,         // the run would need more memory than RunOptions::maxMemory (nothing simulated)
};

/// One line for stderr, in the order the run produced it: a diagnostic (`file:/pointer: ...`) or a
/// message of the run itself (`datosim: ...`).
struct Message {
  std::string text;  // without the trailing newline
};

struct RunResult {
  Status status = Status::InvalidInput;
  std::vector<Message> messages;
  Diagnostics loadDiagnostics;                   // the graph's and the config's (warnings reach the report)
  std::vector<Diagnostic> coverage;              // static store-coverage warnings
  std::optional<ir::Graph> graph;
  std::optional<ir::Arch> arch;
  std::optional<ir::Mapping> mapping;
  bool placed = false;                           // the simulation followed `mapping`
  sim::Report report;
  analysis::Bound bound;
  FunctionalInfo functional;
  MemoryEstimate memory;                         // what the run was estimated to need
  std::uint64_t memoryBudget = 0;                // what it was allowed (0: no limit)
  std::vector<data::Buffer> tensors;             // after the run (functional runs)
  std::vector<data::Buffer> initialTensors;      // before it (keepTensors)
  std::optional<sim::Trace> trace;               // RunOptions::trace: the run's timeline
  bool completed() const { return status == Status::Simulated && report.outcome == sim::Outcome::Completed; }
};

/// Load, map, (simulate, bound, check). Never throws for user errors; they are messages and a status.
RunResult run(const RunOptions& opts);

/// The seed of global tensor `index` (declaration order) for seed N: the (index+1)-th output of
/// SplitMix64(N), so every tensor gets its own stream and a run is reproducible from N alone.
std::uint64_t tensorSeed(std::uint64_t seed, std::size_t index);

/// Which tensors a run writes out beside its outputs: every output and inout tensor, and every input
/// whose values were generated. Indexed like Graph::tensors.
std::vector<bool> tensorsToWrite(const ir::Graph& g, const FunctionalInfo& f);

/// A tensor name usable as a file name directly inside an output folder (an identifier), or "".
bool isPlainFileStem(const std::string& name);

}  // namespace datosim::pipeline
