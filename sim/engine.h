// The SystemC side of the simulator: one thread per instance interpreting its compiled program,
// one bounded FIFO per stream instance (sim/stream_fifo.h), the DMA agents of mapped runs (sim/dma.h) and an
// arbiter for shared memory and DMA channels and cores (sim/arbiter.h).
// The timing semantics are those of docs/timing.md.
//
// An Engine must be built, run and destroyed inside one fresh simulation context (see
// simulator.cpp), and destroyed before that context.
#pragma once

#include <cstdint>
#include <deque>
#include <vector>

#ifndef SC_INCLUDE_DYNAMIC_PROCESSES
#define SC_INCLUDE_DYNAMIC_PROCESSES  // sc_spawn
#endif
#include <systemc>

#include "data/buffer.h"

#include "ir/diag.h"
#include "ir/graph.h"
#include "sim/arbiter.h"
#include "sim/dma.h"
#include "sim/program.h"
#include "sim/simulator.h"
#include "sim/stream_fifo.h"
#include "arch/timing_model.h"

namespace datosim::sim {

/// The longest simulable run in cycles (SystemC time is 64-bit picoseconds, one cycle is 1 ns).
constexpr std::int64_t kMaxSimCycle = 1000000000000000;

enum class ProcState : std::uint8_t {
  Running,
  BlockedGet,  // in a get on an empty stream
  BlockedPut,  // in a put on a full stream
  Finished,
  Stopped,  // would have gone past the stop cycle (cycle limit or an earlier run-time error)
  Failed,   // hit a run-time error
};

/// What the engine knows about one instance at the end of a run.
struct ProcResult {
  ProcState state = ProcState::Running;
  bool waitsOnEvent = false;  // blocked in a get or put with nothing scheduled that could wake it
  int blockedStream = -1;
  std::vector<int> blockedAny;  // blocked in a get_any: every stream it waits on (blockedStream is one; procResult)
  const ir::Stmt* blockedStmt = nullptr;
  std::int64_t blockedSince = 0;
  InstanceStats stats;
};

struct StreamResult {
  std::int64_t tokens = 0, got = 0, peak = 0;
};

struct RunError {
  std::int64_t cycle = 0;
  int instance = -1;
  Diagnostic diag;
};

class Engine {
 public:
  /// `exact`: every get, put and finish synchronises with SystemC time first (the reference
  /// behaviour). Otherwise they act at the instance's local time (see takeToken): the same results
  /// unless a run-time error happens, when the caller must run again with `exact`.
  Engine(const ir::Graph& g, const arch::TimingModel& model, const SimOptions& opts, const std::vector<Program>& programs,
         bool exact);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  /// Spawn the processes and run until nothing can happen any more; then let every process that
  /// is still blocked return, so that no thread is left suspended when the context goes away.
  void run();

  std::int64_t stopCycle() const { return stopAt_; }
  const std::vector<RunError>& errors() const { return errors_; }
  ProcResult procResult(int instance) const;
  StreamResult streamResult(int stream) const;
  /// MACs done in each dtype, indexed by DType.
  /// MACs per ir::MacType::index().
  const std::int64_t* macsByType() const { return macsByType_; }

 private:
  struct Proc;
  /// Resources to hold (memory or DMA channels, a shared core) and who asks for them (arbiter.h).
  using Needs = Arbiter::Needs;
  using Waiter = Arbiter::Waiter;
  // Buffered DMA of mapped runs: the agents (dma.h) and, per instance, its side (bufferedLoad,
  // drainedStore, waitForDrains).
  // Pipelined loops (pipeline.cpp; docs/timing.md, "Pipelined loops"): the puts and stores of the
  // iterations in flight, and the loop's pipeline clock.
  struct PipeEvent;
  struct PipeState;

  void runProc(Proc& p);
  Proc* newestParkedBelow(int id);
  bool interpret(Proc& p);
  bool loopBegin(Proc& p, const Op& op);
  void loopNext(Proc& p, const Op& op);
  bool get(Proc& p, const Op& op);
  bool getAny(Proc& p, const Op& op);
  bool setVar(Proc& p, const Op& op, std::int64_t v);
  bool put(Proc& p, const Op& op);
  bool takeToken(Proc& p, const Op& op, int id, std::int64_t& at);
  bool sliceFits(Proc& p, const Op& op);
  bool waitForSpace(Proc& p, const Op& op, int id, std::int64_t& at);
  bool pipelinedLoop(Proc& p, const Op& begin);
  bool pipeIssue(Proc& p, std::int64_t issue, std::int64_t iter, std::size_t first, std::size_t last,
                 std::int64_t& interval);
  bool pipeEvent(Proc& p);
  bool tileInShard(Proc& p, const Op& op, const MemAccess& m, bool write);
  void tileOrigin(const Proc& p, const MemAccess& m, ir::Shape& offset) const;
  bool runKernel(Proc& p, const Op& op);
  bool memory(Proc& p, const Op& op, bool write);
  bool bufferedLoad(Proc& p, const Op& op, const MemAccess& m, LoadBuffer& b);
  bool drainedStore(Proc& p, const Op& op, const MemAccess& m, Drain& d);
  bool waitForDrains(Proc& p);
  bool tookBuffer(Proc& p, const Op& op, std::int64_t begin, TraceKind kind);
  bool moveTile(Proc& p, const Op& op, const MemAccess& m, bool write);
  bool compute(Proc& p, const Op& op);
  void finish(Proc& p);
  int resolve(Proc& p, const Op& op, bool put);
  bool fail(Proc& p, const ir::Stmt& s, const std::string& message);

  /// Ask the arbiter for `needs` at the current cycle and wait for the grant; false if the run stops.
  bool acquire(Proc& p, const Needs& needs, std::int64_t duration, std::int64_t latency);
  void applyMapping(const ir::Graph& g, const arch::TimingModel& model, const ir::Mapping& m);


  std::int64_t now() const;
  bool advanceTo(Proc& p, std::int64_t cycle);
  bool reach(Proc& p);
  bool alive(Proc& p);

  const ir::Graph& g_;
  const SimOptions opts_;
  const bool exact_;
  std::deque<StreamFifo> streams_;
  std::deque<Proc> procs_;
  arch::MemorySystem mem_;
  std::int64_t issueCycles_ = 0;
  Arbiter arbiter_;                  // memory channels, then (mapped) DMA ports, HBM channels, cores
  Needs readPool_, writePool_;       // placement-free memory: any one of the read (write) channels
  std::int64_t ticksPerCycle_ = 1;
  std::int64_t stopAt_ = 0;
  bool draining_ = false;
  DmaAgents dma_;  // after everything its context refers to
  std::vector<RunError> errors_;
  std::int64_t macsByType_[ir::MacType::kCount] = {};
  std::vector<data::Buffer>* tensors_ = nullptr;  // functional mode when set
  Trace* trace_ = nullptr;                         // the timeline is recorded when set
  Progress* progress_ = nullptr;                   // a display follows the run when set

  void nameTraceTracks(const ir::Graph& g, const ir::Mapping* m);
  void traceSpan(const Proc& p, TraceKind kind, std::int64_t begin, std::int64_t end, std::int64_t value);
  void traceStall(Proc& p, TraceKind kind, std::int64_t begin, std::int64_t end, int stream);
};

}  // namespace datosim::sim
