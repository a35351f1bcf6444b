// The Engine's per-instance and per-DMA-agent state, shared by engine.cpp (the interpreter and the
// arbiter) and dma.cpp (buffered DMA of mapped runs). Internal to sim/.
#pragma once

#include <cstdint>
#include <deque>
#include <vector>

#include "sim/engine.h"

namespace datosim::sim {

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
  ir::Shape offset;
  // Mapped runs: the core shared with other instances of the tile (empty: the core is its own),
  // and the route of each load/store (by Program::mem index; empty: placement-free memory).
  Slots coreSlots;
  std::vector<MemPath> memPaths;
  // Buffered DMA (by Program::mem index; nullptr: the access blocks), and every drain once.
  std::vector<LoadBuffer*> loadBuffer;
  std::vector<Drain*> drainOf;
  std::vector<Drain*> drains;
};

/// The L1 buffers of one prefetched load route (instance, argument): `depth` slots, each holding a
/// tile the filler reserved, delivered (arrival cycle known) or the instance holds (the tile of
/// its last load of the route, released by its next one).
struct Engine::LoadBuffer {
  int depth = 1;
  int reserved = 0;                   // slots the filler took for a transfer not yet granted
  std::deque<std::int64_t> arrivals;  // delivered tiles not yet loaded: their arrival cycles, in order
  bool held = false;
  bool ended = false;                 // the filler delivers nothing more
  sc_core::sc_event delivered;        // a tile was delivered, or the filler ended
  sc_core::sc_event* freed = nullptr; // the filler's wake-up: a slot was released
  int used() const { return reserved + static_cast<int>(arrivals.size()) + (held ? 1 : 0); }
};

/// One sequence of tiles read from DDR once and delivered to the L1 buffers of one or more
/// instances: the fetch process walks the loads of `walk.arg` in the first consumer's program;
/// through a memory tile, the forward process sends each staged tile to every consumer at once.
struct Engine::Flow {
  Walk walk;
  std::vector<LoadBuffer*> to;             // the consumers' buffers
  std::vector<std::int64_t> toLatency;     // per consumer: memory tile -> its tile (forward latency)
  bool direct = false;                     // no memory tile: the fetch delivers straight into L1
  Slots fetchSlots, forwardSlots;
  double bytesPerCycle = 1;
  std::int64_t fetchLatency = 0;           // until the tile is in the memory tile (direct: in L1)
  int memDepth = 1;
  Waiter fetchArb, forwardArb;
  // Memory-tile staging: fetched tiles (arrival cycle, bytes) not yet forwarded; the cycles at
  // which forwarded tiles leave it; slots in use (fetching, staged, leaving).
  struct Staged {
    std::int64_t arrive, bytes;
  };
  std::deque<Staged> staged;
  std::deque<std::int64_t> leaving;
  int inMem = 0;
  bool fetchDone = false;
  sc_core::sc_event wake;     // a consumer released a slot
  sc_core::sc_event stagedEv; // a tile was staged, or the fetch ended
  sc_core::sc_event leftEv;   // a forward was granted (a memory-tile slot will free)
};

/// The buffers of one drained store route (instance, argument): stores handed over wait in
/// `pending` until the drain process gets their transfer granted.
struct Engine::Drain {
  int depth = 1;
  Slots slots;
  double bytesPerCycle = 1;
  std::int64_t latency = 0;
  Waiter arb;
  std::deque<std::int64_t> pending;  // bytes of stores handed over and not yet granted
  std::deque<std::int64_t> sentAt;   // granted stores the instance still counts: when each leaves L1
  int outstanding = 0;               // handed over and not yet seen to have left L1 by the instance
  std::int64_t doneAt = 0;           // when the last granted store completes (latency included)
  bool stopped = false;              // the drain process stopped (cycle limit or end of the run)
  sc_core::sc_event handed, granted;
};

}  // namespace datosim::sim
