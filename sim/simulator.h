// The SystemC simulation of an elaborated graph, and its report.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <mutex>
#include <cstdint>
#include <string>
#include <vector>

#include "data/buffer.h"
#include "ir/arch.h"
#include "ir/diag.h"
#include "ir/graph.h"
#include "arch/timing_model.h"
#include "sim/trace.h"

namespace datosim::sim {

/// The global tensors a store writes (indices into Graph::tensors), in order. A functional run keeps
/// a copy of each, to start again from them if a run-time error makes it run again (simulate()).
std::vector<std::size_t> storedTensors(const ir::Graph& g);

/// A functional run preallocates each stream's token slots up to this many elements (at least one
/// token); the memory estimate (pipeline/memory.h) counts the same.
constexpr std::int64_t kMaxPreallocatedTokenElements = std::int64_t{1} << 24;

/// A run's progress, for a display in another thread (tools/cli.cpp): the simulated cycle the run has
/// reached (SystemC time, or an instance's finish), the instances finished, and whether it is running.
struct Progress {
  std::atomic<std::int64_t> cycle{0};
  std::atomic<std::int64_t> finished{0};
  std::atomic<std::int64_t> instances{0};
  std::atomic<bool> running{false};
  /// The display holds it while it writes; simulate() takes it when the run ends, sets `running` false and
  /// calls `atEnd` (the display clears its line there, before the caller writes anything else).
  std::mutex lock;
  std::function<void()> atEnd;
};

struct SimOptions {
  std::int64_t maxCycles = 0;  // 0: no limit; otherwise stop (Outcome::CycleLimit) past this
  /// Loop iterations one instance may run in a row without its simulated time advancing (a loop whose
  /// body costs nothing, e.g. `for z in range(2^62): {}`); past it the run stops with a run-time
  /// error, so that every run ends. About 3 s of interpretation at the default.
  std::int64_t maxStepsPerCycle = std::int64_t{1} << 30;
  std::size_t stackBytes = 256 * 1024;  // (added) stack of each instance's SystemC thread
  /// Functional simulation (docs/functional.md): one Buffer per global tensor, indexed like
  /// Graph::tensors, of the tensor's dtype and shape. Loads read them and stores write them; tokens
  /// carry the locals' values and compute statements run the reference kernels. nullptr: timing only.
  /// Cycles and every statistic are the same either way.
  std::vector<data::Buffer>* tensors = nullptr;
  /// The placement to simulate (docs/timing.md, "Mapped runs"): stream timing follows each route,
  /// instances sharing a tile share its core, loads and stores go through the channels of their
  /// routes. nullptr: the placement-free model. Must have been made for this graph.
  const ir::Mapping* mapping = nullptr;
  /// Run the reference engine from the start: every get, put and finish synchronised with SystemC
  /// time (docs/performance.md, "Local time for gets and puts"). Same results, slower; for tests that
  /// compare the two engines.
  bool synchronised = false;
  /// Record the run's timeline here (docs/observability.md); nullptr: no trace. simulate() resets it
  /// before the run and finishes it after: cycles and every statistic are the same either way.
  Trace* trace = nullptr;
  /// Updated while the run goes on (see Progress); nullptr: none.
  Progress* progress = nullptr;
};

enum class Outcome { Completed, Deadlock, CycleLimit, RuntimeError };
const char* outcomeName(Outcome o);

/// (added) A pipelined loop that ran at a larger initiation interval than its `pipeline` hint asks
/// for, and why (docs/timing.md, "Pipelined loops"): a floating-point accumulation carried from one
/// iteration to the next through the PE's adder.
struct PipelineNote {
  SourceLoc loc;                  // the loop
  std::int64_t requestedII = 0;   // the hint's II (its first run, if it varies)
  std::int64_t effectiveII = 0;   // the II the loop was scheduled at
  std::string local;              // the local accumulated into
  std::string dtype;              // the accumulation's dtype
  std::string param;              // the model parameter that sets its latency
  std::int64_t latency = 0;       // its value
};

struct InstanceStats {
  std::string name;
  std::int64_t busy = 0;          // compute + load/store + put transfer + get/put fixed costs
  std::int64_t compute = 0;       // part of busy spent in compute calls
  std::int64_t memory = 0;        // part of busy spent in loads and stores (incl. waiting for a channel)
  std::int64_t blockedGet = 0;    // waiting for data
  std::int64_t blockedPut = 0;    // waiting for space
  std::int64_t coreWait = 0;      // (mapped) waiting for the core of a tile shared with other instances
  std::int64_t finish = -1;       // cycle the instance finished its body; -1 if it never did
  std::int64_t macs = 0;
  std::int64_t vectorOps = 0;
  std::vector<PipelineNote> pipelineNotes{};  // (added) loops that ran above their requested II, once each
  /// (added) What the instance's control received, in order: each value a get put into a variable, each
  /// stream index a get_any chose (before its value, when it has one). The roofline replays it to walk a
  /// steered instance's body the way the run went (analysis/roofline.h).
  std::vector<std::int64_t> received{};
};

struct StreamStats {
  std::string name;
  std::int64_t depth = 0;
  std::int64_t tokenBytes = 0;
  std::int64_t tokens = 0;        // tokens put
  std::int64_t peak = 0;          // peak occupancy (tokens put and not yet got)
  std::int64_t left = 0;          // tokens never consumed
};

/// One instance blocked at the end of a deadlocked run.
struct BlockedWait {
  int instance = -1;
  int stream = -1;            // StreamInst id
  bool waitingForData = true; // true: get on empty; false: put on full
  int waitsOn = -1;           // the instance that would have to act (producer or consumer)
  bool waitsOnFinished = false;  // that instance has already finished its body
  SourceLoc loc;              // the get/put statement
  std::vector<int> anyOf;     // a get_any: every stream it waits on, by value of its variable (`stream` is one)
};

struct DeadlockInfo {
  std::vector<BlockedWait> blocked;   // every blocked instance, by instance id
  std::vector<int> cycle;             // instance ids forming one cycle of waits (empty if none)
};

struct Report {
  Outcome outcome = Outcome::Completed;
  std::string graphName, archName, modelName;
  std::int64_t cycles = 0;        // cycle at which the last instance finished (or the run stopped)
  double clockHz = 0;
  double seconds = 0;
  double hostSeconds = 0;         // arch::TimingModel::hostLaunchSeconds: the host's part of one call
  std::int64_t macs = 0, vectorOps = 0;
  double opsPerSecond = 0;        // (2 * macs + vectorOps) / seconds
  double peakOpsPerSecond = 0;    // 2 * peak MACs/cycle (of the dominant MAC dtype) * clock
  double macOpsPerSecond = 0;     // 2 * macs / seconds: the part of opsPerSecond the MAC peak bounds
  std::string peakDType;
  std::vector<InstanceStats> instances;  // by instance id
  std::vector<StreamStats> streams;      // by StreamInst id
  DeadlockInfo deadlock;
  /// What a host timer around one call measures: the array's time plus the host's part.
  double endToEndSeconds() const { return seconds + hostSeconds; }
  std::vector<Diagnostic> errors;        // run-time errors (out-of-range index, ...)
  std::vector<Diagnostic> warnings;      // e.g. tokens left in a stream
};

/// Simulate; never throws for user errors (they end up in Report::errors).
Report simulate(const ir::Graph& g, const ir::Arch& arch, const arch::TimingModel& model, const SimOptions& opts);

}  // namespace datosim::sim
