// The Engine's per-instance state and that of its pipelined loops, shared by engine.cpp (the
// interpreter) and pipeline.cpp (pipelined loops); the streams are sim/stream_fifo.h's. Internal to sim/.
#pragma once

#include <algorithm>
#include <cstdint>
#include <deque>
#include <utility>
#include <vector>

#include "kernels/kernel.h"
#include "sim/engine.h"

namespace datosim::sim {

/// A put or store of an iteration of a pipelined loop, due at pipeline time `time`.
struct Engine::PipeEvent {
  std::int64_t time = 0;  // pipeline time
  std::int64_t iter = 0;  // the iteration
  std::size_t pc = 0;     // the Put or Store op (statement order within the iteration)
  int target = -1;        // Put: the StreamInst id (resolved at issue)
  std::int64_t cycles = 0;  // Store: cycles of the channel it holds (its share of the burst)
  int buffer = -1;        // functional mode: the value captured at issue (PipeState::buffers)
  ir::Shape offset;       // functional mode, Store: the tile's origin in the global tensor
};

/// A pipelined loop while it runs: pipeline time T happens at cycle T + sigma; every stall adds to
/// sigma (the whole pipeline waits).
struct Engine::PipeState {
  std::int64_t sigma = 0;
  std::int64_t end = 0;                 // the latest completion of an issued iteration (pipeline time)
  std::int64_t computeIssue = 0;        // the iteration's largest compute issue cycles
  std::int64_t stamp = 0;               // the iteration being issued (never reused: counts across loops)
  std::vector<std::int64_t> readyAt;    // per local: pipeline time its value of iteration `readyStamp` is ready
  std::vector<std::int64_t> readyStamp;
  std::vector<PipeEvent> events;        // a heap, earliest (time, iter, pc) first
  std::vector<std::pair<int, std::int64_t>> putCycles;  // the iteration's transfer cycles per stream
  std::vector<std::int64_t> burstBytes;  // per Program::mem index: bytes moved so far in this run of the loop
  // Loop-carried accumulations: per local, the pipeline time from which an accumulation into it may
  // start (its last accumulation's start + the adder's latency), valid while carryRun is the run
  // of the loop that set it (`run` counts the runs of pipelined loops; 0 means none).
  std::int64_t run = 0;
  std::vector<std::int64_t> carryAt;
  std::vector<std::int64_t> carryRun;
  // Functional mode: values captured by puts and stores at issue, and per local the free ones of its shape.
  std::deque<data::Buffer> buffers;
  std::vector<std::vector<int>> spare;
};

struct Engine::Proc {
  int id = -1;
  const Program* prog = nullptr;
  std::vector<std::int64_t> frame, loopHi, loopStep;
  std::int64_t t = 0;  // local time: may run ahead of SystemC time over pure computes
  std::size_t pc = 0;
  ProcResult res;
  Waiter arb;  // the arbiter's grants to this instance
  // Functional mode: the task's locals, the operand lists of each compute (by Program::compute
  // index) and a scratch offset, all allocated before the run.
  std::vector<data::Buffer> locals;
  std::vector<std::vector<const data::Buffer*>> computeIns;
  // Per compute: its kernel's implementation once runKernel has checked the operands (the locals keep
  // their dtypes and shapes), else nullptr.
  std::vector<kernels::Reference> checkedKernel;
  ir::Shape offset;
  ir::Shape sliceAt;  // a get's or put's `at`, evaluated by sliceFits
  std::vector<int> anyIds;  // get_any: the streams tried, by value of its variable
  // Mapped runs: the core shared with other instances of the tile (empty: the core is its own),
  // and the route of each load/store (by Program::mem index; empty: placement-free memory).
  Needs coreNeeds;
  std::vector<MemPath> memPaths;
  // Buffered DMA (by Program::mem index; nullptr: the access blocks), and every drain once.
  std::vector<LoadBuffer*> loadBuffer;
  std::vector<Drain*> drainOf;
  std::vector<Drain*> drains;
  PipeState pipe;
  // Tracing (Engine::trace_): the name ids of its computes' kernels and of its loads' and stores'
  // arguments (by Program::compute and Program::mem index), and the stalls on streams of the pipelined
  // loop running (recorded while `inPipeline`).
  std::vector<std::int64_t> computeName, memName;
  std::vector<std::pair<std::int64_t, std::int64_t>> stalls;
  bool inPipeline = false;
  // Its thread, done before the run ends, waits here until Engine::run releases the parked threads
  // (Engine::runProc).
  sc_core::sc_event parked;
  bool isParked = false;
};

inline void Engine::traceSpan(const Proc& p, TraceKind kind, std::int64_t begin, std::int64_t end,
                              std::int64_t value) {
  if (trace_) trace_->span(kind, p.id, begin, end, value);
}

// A wait on a stream: inside a pipelined loop it is also one of the loop's stalls (pipelinedLoop).
inline void Engine::traceStall(Proc& p, TraceKind kind, std::int64_t begin, std::int64_t end, int stream) {
  if (!trace_ || begin >= end) return;
  trace_->span(kind, p.id, begin, end, stream);
  if (p.inPipeline) p.stalls.emplace_back(begin, end);
}

}  // namespace datosim::sim
