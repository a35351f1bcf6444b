// Buffered DMA of mapped runs (docs/timing.md, "Prefetched loads, drained stores, multicast"): the DMA
// agents that run beside the instances. Loads are fetched ahead by processes that walk the instance's own
// program, stores drain while the instance goes on, and instances that read the same tile sequence
// through one memory-tile channel share one DDR read per tile. The Engine owns one DmaAgents; what the
// agents need from it is a DmaContext (the arbiter, when the run stops), and what an instance needs from
// them is its LoadBuffer or Drain per load or store (engine.cpp takes and hands over the tiles).
#pragma once

#include <cstdint>
#include <deque>
#include <vector>

#ifndef SC_INCLUDE_DYNAMIC_PROCESSES
#define SC_INCLUDE_DYNAMIC_PROCESSES  // sc_spawn
#endif
#include <systemc>

#include "arch/timing_model.h"
#include "ir/graph.h"
#include "ir/mapping.h"
#include "sim/arbiter.h"
#include "sim/program.h"

namespace datosim::sim {

/// A mapped load or store: the channels of its route and their timing.
struct MemPath {
  Arbiter::Needs needs;
  double bytesPerCycle = 1;
  std::int64_t latency = 0;
};

/// A walk through an instance's program that stops only at the loads of one argument.
struct Walk {
  const Program* prog = nullptr;
  int arg = -1;
  std::vector<std::int64_t> frame, hi, step;
  std::size_t pc = 0;
};

/// The L1 buffers of one prefetched load route (instance, argument): `depth` buffers, each holding a
/// tile the filler reserved, delivered (arrival cycle known) or the instance holds (the tile of
/// its last load of the route, released by its next one).
struct LoadBuffer {
  int depth = 1;
  int reserved = 0;                   // buffers the filler took for a transfer not yet granted
  std::deque<std::int64_t> arrivals;  // delivered tiles not yet loaded: their arrival cycles, in order
  bool held = false;
  bool ended = false;                 // the filler delivers nothing more
  sc_core::sc_event delivered;        // a tile was delivered, or the filler ended
  sc_core::sc_event* freed = nullptr; // the filler's wake-up: a buffer was released
  int used() const { return reserved + static_cast<int>(arrivals.size()) + (held ? 1 : 0); }
};

/// One sequence of tiles read from DDR once and delivered to the L1 buffers of one or more
/// instances: the fetch process walks the loads of `walk.arg` in the first consumer's program;
/// through a memory tile, the forward process sends each staged tile to every consumer at once.
struct Flow {
  Walk walk;
  std::vector<LoadBuffer*> to;             // the consumers' buffers
  std::vector<std::int64_t> toLatency;     // per consumer: memory tile -> its tile (forward latency)
  bool direct = false;                     // no memory tile: the fetch delivers straight into L1
  Arbiter::Needs fetchNeeds, forwardNeeds;
  double bytesPerCycle = 1;
  std::int64_t fetchLatency = 0;           // until the tile is in the memory tile (direct: in L1)
  int memDepth = 1;
  Arbiter::Waiter fetchArb, forwardArb;
  // Memory-tile staging: fetched tiles (arrival cycle, bytes) not yet forwarded; the cycles at
  // which forwarded tiles leave it; buffers in use (fetching, staged, leaving).
  struct Staged {
    std::int64_t arrive, bytes;
  };
  std::deque<Staged> staged;
  std::deque<std::int64_t> leaving;
  int inMem = 0;
  bool fetchDone = false;
  sc_core::sc_event wake;     // a consumer released a buffer
  sc_core::sc_event stagedEv; // a tile was staged, or the fetch ended
  sc_core::sc_event leftEv;   // a forward was granted (a memory-tile buffer will free)
  // DDR reads that run ahead of the buffers (`outstanding` = shim.outstanding_bytes > 0;
  // docs/timing.md): the fetch process issues each tile's read request, the fill process gives it
  // a buffer (in the memory tile, or in L1 without one), waits for its data (request +
  // `requestLatency`) and transfers it. `requested`: tiles whose request has gone out and that have
  // no buffer yet (request cycle, bytes), in order.
  struct Requested {
    std::int64_t at, bytes;
  };
  std::deque<Requested> requested;
  std::int64_t outstanding = 0;     // bytes that may be requested beyond the free buffers (0: no run-ahead)
  std::int64_t requestLatency = 0;  // of fetchLatency, the DDR round trip before a tile's data streams
  bool requestsDone = false;
  sc_core::sc_event requestedEv;    // a tile was requested, or the requests ended
  sc_core::sc_event bufferedEv;      // the fill gave a requested tile its buffer
};

/// The buffers of one drained store route (instance, argument): stores handed over wait in
/// `pending` until the drain process gets their transfer granted.
struct Drain {
  int depth = 1;
  int instance = -1, arg = -1;  // whose stores of which argument (trace names)
  Arbiter::Needs needs;
  double bytesPerCycle = 1;
  std::int64_t latency = 0;
  Arbiter::Waiter arb;
  std::deque<std::int64_t> pending;  // bytes of stores handed over and not yet granted
  std::deque<std::int64_t> sentAt;   // granted stores the instance still counts: when each leaves L1
  int outstanding = 0;               // handed over and not yet seen to have left L1 by the instance
  std::int64_t doneAt = 0;           // when the last granted store completes (latency included)
  bool stopped = false;              // the drain process stopped (cycle limit or end of the run)
  sc_core::sc_event handed, granted;
};

/// What the agents need from the engine that runs them.
struct DmaContext {
  Arbiter& arbiter;
  const std::int64_t& stopAt;     // the last cycle of the run (cycle limit, or an earlier run-time error)
  const bool& draining;           // the run has ended: every waiting agent returns
  const std::int64_t& ticksPerCycle;  // SystemC time units per cycle
  const std::int64_t& issueCycles;    // the model's memoryIssueCycles, before each transfer
  std::size_t stackBytes = 0;         // of each spawned process
};

/// One instance as the set-up sees it (its program and the routes of its loads and stores, by
/// Program::mem index), and where it writes the instance's buffers: a LoadBuffer per prefetched load,
/// a Drain per drained store (nullptr: the access blocks), and every drain once.
struct DmaInstance {
  int id = -1;
  const Program* prog = nullptr;
  const std::vector<MemPath>* paths = nullptr;
  std::vector<LoadBuffer*>* loadBuffer = nullptr;
  std::vector<Drain*>* drainOf = nullptr;
  std::vector<Drain*>* drains = nullptr;
};

class DmaAgents {
 public:
  explicit DmaAgents(const DmaContext& ctx) : ctx_(ctx) {}
  DmaAgents(const DmaAgents&) = delete;
  DmaAgents& operator=(const DmaAgents&) = delete;

  /// Which loads are prefetched and which stores drain, and the flows that fill the load buffers; the
  /// agents' arbitration order follows `firstOrder` (instances by id come first). `firstPort`: the
  /// arbiter's resource of the mapping's port 0.
  void setUp(const ir::Graph& g, const arch::TimingModel& model, const ir::Mapping& m, int firstPort,
             const std::vector<DmaInstance>& instances, int firstOrder);
  /// Start every agent's process.
  void spawn(const sc_core::sc_spawn_options& o);
  /// The end of a run: wake every agent still waiting so that it returns.
  void wake();

  /// The model's DMA buffering (depth < 1: none; set by setUp).
  const arch::DmaBuffering& buffering() const { return buffering_; }
  const std::deque<Flow>& flows() const { return flows_; }
  const std::deque<Drain>& drains() const { return drains_; }
  /// The arbiter's waiters the agents add: a fetch and a forward per flow, one per drain.
  std::size_t waiters() const { return 2 * flows_.size() + drains_.size(); }

 private:
  std::int64_t now() const;
  bool alive() const;
  bool advance(std::int64_t cycle);
  bool acquire(Arbiter::Waiter& w, const Arbiter::Needs& needs, std::int64_t duration, std::int64_t latency);
  static const MemAccess* nextLoad(Walk& w);
  void runFetch(Flow& f);
  void runRequests(Flow& f);
  void runFill(Flow& f);
  void runForward(Flow& f);
  void runDrain(Drain& d);
  bool reserveConsumers(Flow& f);
  bool reserveMemtile(Flow& f);
  void settleLeaving(Flow& f);
  std::int64_t bytesBeyondFreeBuffers(Flow& f, std::int64_t bytes);
  bool waitToRequest(Flow& f, std::int64_t bytes);
  void deliver(Flow& f, std::int64_t transferEnd);
  void endFlow(Flow& f);

  DmaContext ctx_;
  arch::DmaBuffering buffering_;
  std::deque<LoadBuffer> loadBuffers_;
  std::deque<Flow> flows_;
  std::deque<Drain> drains_;
};

}  // namespace datosim::sim
