// The Engine's stream channels and per-instance and per-DMA-agent state, shared by engine.cpp (the
// interpreter and the arbiter), dma.cpp (buffered DMA of mapped runs) and pipeline.cpp (pipelined
// loops). Internal to sim/.
#pragma once

#include <algorithm>
#include <cstdint>
#include <deque>
#include <utility>
#include <vector>

#include "kernels/kernel.h"
#include "sim/engine.h"

namespace datosim::sim {

// A FIFO of cycles on a power-of-two ring that grows when full (never allocates once it is big enough).
class CycleQueue {
 public:
  bool empty() const { return n_ == 0; }
  std::int64_t front() const { return buf_[head_]; }
  void push(std::int64_t v) {
    if (n_ == buf_.size()) grow();
    buf_[(head_ + n_) & (buf_.size() - 1)] = v;
    ++n_;
  }
  void pop() {
    head_ = (head_ + 1) & (buf_.size() - 1);
    --n_;
  }

 private:
  void grow() {
    std::vector<std::int64_t> bigger(std::max<std::size_t>(4, buf_.size() * 2));
    for (std::size_t i = 0; i < n_; ++i) bigger[i] = buf_[(head_ + i) & (buf_.size() - 1)];
    buf_.swap(bigger);
    head_ = 0;
  }
  std::vector<std::int64_t> buf_;
  std::size_t head_ = 0, n_ = 0;
};

// One stream instance: a bounded FIFO of tokens, each carrying the cycle it becomes visible.
//
// Its producer and consumer may act at local times ahead of SystemC time (Engine::exact_ false,
// see takeToken), so every put and get carries the cycle it happens at, and nothing here depends
// on the order in which the two sides act in real time: a put k takes the place freed by get
// k - depth at that get's cycle (`freedAt`), and the peak occupancy is computed from the two
// time-ordered logs of puts and gets (`settle`).
struct Engine::StreamState {
  std::int64_t depth = 1;
  std::int64_t access = 0;    // fixed get/put cost on the instance side
  std::int64_t transfer = 0;  // ceil(token bytes / rate), on the producer
  std::int64_t latency = 0;
  std::vector<std::int64_t> ring;  // visibility cycles; grows up to `depth` entries
  // Functional mode: the tokens' values, place i with ring[i]. Preallocated (see Engine::Engine), so
  // puts and gets only copy; a ring that must grow beyond the preallocation grows both.
  std::vector<data::Buffer> contents;
  ir::DType tokenDType = ir::DType::I32;
  ir::DType valueDType = ir::DType::I32;  // the stream's dtype (value tokens are checked against it)
  bool valuesFromData = false;            // puts of a local give the local's value (StreamDecl::valuesFromData)
  ir::Shape tokenShape;
  std::size_t head = 0, count = 0;
  std::int64_t tokens = 0, got = 0, peak = 0;
  // The cycles of gets whose freed place no put has taken yet (at most `depth`).
  CycleQueue freedAt;
  // Puts and gets not yet folded into `peak`, each in time order, the cycle of the last of each,
  // and the occupancy at the end of the last folded cycle.
  CycleQueue putLog, getLog;
  std::int64_t lastPut = 0, lastGet = 0, occupancy = 0;
  // Value tokens (a put's `value`, got into a task variable), in FIFO order; carried in every mode.
  CycleQueue values;
  sc_core::sc_event data;                             // a token was put
  sc_core::sc_event space;                            // a token was got
  bool consumerWaits = false, producerWaits = false;  // notify only when someone listens
  Needs portNeeds;  // (mapped) a DMA channel this stream shares with others: puts arbitrate for it
  Trace* trace = nullptr;  // records every change of the occupancy (Engine::trace_)
  int id = -1;
  std::int64_t traced = 0;  // the occupancy last recorded

  bool empty() const { return count == 0; }
  bool full() const { return static_cast<std::int64_t>(count) >= depth; }
  std::int64_t front() const { return ring[head]; }
  // The cycle from which the next put has a place, given that one is free (!full()).
  std::int64_t spaceFreeAt() const { return tokens >= depth ? freedAt.front() : 0; }

  // Occupancy is sampled at the end of each cycle. A cycle is complete once both sides have acted
  // at a later cycle (each side acts in time order); fold every complete cycle, or all of them
  // (horizon: the largest int64) at the end of the run.
  void settle(std::int64_t horizon) {
    for (;;) {
      const bool puts = !putLog.empty(), gets = !getLog.empty();
      if (!puts && !gets) return;
      const std::int64_t x =
          puts && gets ? std::min(putLog.front(), getLog.front()) : (puts ? putLog.front() : getLog.front());
      if (x >= horizon) return;
      for (; !putLog.empty() && putLog.front() == x; putLog.pop()) ++occupancy;
      for (; !getLog.empty() && getLog.front() == x; getLog.pop()) --occupancy;
      peak = std::max(peak, occupancy);
      if (trace && occupancy != traced) {
        trace->occupancy(id, x, occupancy);
        traced = occupancy;
      }
    }
  }

  void push(std::int64_t at, std::int64_t visible) {
    if (tokens >= depth) freedAt.pop();  // the place this put takes
    putLog.push(at);
    lastPut = at;
    settle(std::min(lastPut, lastGet));
    if (count == ring.size()) grow();
    ring[(head + count) % ring.size()] = visible;
    ++count;
    ++tokens;
  }

  void pop(std::int64_t at) {
    freedAt.push(at);
    getLog.push(at);
    lastGet = at;
    settle(std::min(lastPut, lastGet));
    head = (head + 1) % ring.size();
    --count;
    ++got;
  }

  // The place of the token pushed last.
  std::size_t backPlace() const { return (head + count - 1) % ring.size(); }

  void grow() {
    std::size_t size = std::max<std::size_t>(4, ring.size() * 2);
    size = std::min<std::size_t>(size, static_cast<std::size_t>(depth));
    std::vector<std::int64_t> bigger(std::max(size, count + 1));
    for (std::size_t i = 0; i < count; ++i) bigger[i] = ring[(head + i) % ring.size()];
    if (!contents.empty()) {
      std::vector<data::Buffer> more;
      more.reserve(bigger.size());
      for (std::size_t i = 0; i < count; ++i) more.push_back(std::move(contents[(head + i) % contents.size()]));
      while (more.size() < bigger.size()) more.emplace_back(tokenDType, tokenShape);
      contents.swap(more);
    }
    ring.swap(bigger);
    head = 0;
  }
};

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
