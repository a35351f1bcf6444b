// The DMA agents of mapped runs (dma.h; docs/timing.md, "Prefetched loads, drained stores, multicast"):
// their set-up from the mapping, and the fetch, forward and drain processes.
#include "sim/dma.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include "arch/cycles.h"

namespace datosim::sim {

namespace {

// What decides the sequence of tiles an instance loads through argument `arg`: the control flow
// of its program (loops, conditions, jumps) and the offsets and sizes of those loads. Programs of
// one task with equal signatures load the same tiles in the same order (control flow depends only
// on loop variables and constants).
std::string loadSignature(const Program& prog, int arg) {
  std::string s;
  auto expr = [&s](const ir::Expr* e) {
    s += e ? ir::toString(*e) : "-";
    s += ',';
  };
  for (const Op& op : prog.ops) {
    switch (op.kind) {
      case OpKind::LoopBegin:
        s += "B" + std::to_string(op.slot) + ">" + std::to_string(op.target) + "(";
        for (const ir::Expr* e : op.expr) expr(e);
        s += ")";
        break;
      case OpKind::LoopNext:
        s += "N" + std::to_string(op.slot) + ">" + std::to_string(op.target);
        break;
      case OpKind::Branch:
        s += "?" + std::to_string(op.target) + "(";
        expr(op.expr[0]);
        s += ")";
        break;
      case OpKind::Jump:
        s += "J" + std::to_string(op.target);
        break;
      case OpKind::Load: {
        const MemAccess& m = prog.mem[static_cast<std::size_t>(op.aux)];
        if (m.arg != arg) {
          s += '.';
          break;
        }
        s += "L" + std::to_string(m.bytes) + ir::shapeString(m.tile) + "[";
        for (const ir::Expr* e : m.at) expr(e);
        s += "]";
        break;
      }
      default:
        s += '.';
        break;
    }
    s += ';';
  }
  return s;
}

// The next load of `w.arg` in program order, or nullptr at the end of the body, at a tile outside
// the shard, a loop step < 1 or an arithmetic error: the instance reports those itself when it
// gets there, before it waits for the tile.
}  // namespace

const MemAccess* DmaAgents::nextLoad(Walk& w) {
  const std::vector<Op>& ops = w.prog->ops;
  try {
    while (w.pc < ops.size()) {
      const Op& op = ops[w.pc];
      const auto slot = static_cast<std::size_t>(op.slot);
      switch (op.kind) {
        case OpKind::LoopBegin: {
          const std::int64_t* f = w.frame.data();
          const std::int64_t lo = op.expr[0] ? ir::eval(*op.expr[0], f) : 0;
          const std::int64_t hi = ir::eval(*op.expr[1], f);
          const std::int64_t step = op.expr[2] ? ir::eval(*op.expr[2], f) : 1;
          if (step < 1) {
            w.pc = ops.size();
            return nullptr;
          }
          w.frame[slot] = lo;
          w.hi[slot] = hi;
          w.step[slot] = step;
          w.pc = lo < hi ? w.pc + 1 : static_cast<std::size_t>(op.target);
          break;
        }
        case OpKind::LoopNext: {
          const __int128 next = static_cast<__int128>(w.frame[slot]) + w.step[slot];
          if (next < w.hi[slot]) {
            w.frame[slot] = static_cast<std::int64_t>(next);
            w.pc = static_cast<std::size_t>(op.target);
          } else {
            ++w.pc;
          }
          break;
        }
        case OpKind::Branch:
          w.pc = ir::eval(*op.expr[0], w.frame.data()) != 0 ? w.pc + 1 : static_cast<std::size_t>(op.target);
          break;
        case OpKind::Jump:
          w.pc = static_cast<std::size_t>(op.target);
          break;
        case OpKind::Load: {
          const MemAccess& m = w.prog->mem[static_cast<std::size_t>(op.aux)];
          ++w.pc;
          if (m.arg != w.arg) break;
          if (!tileFits(m, w.frame.data())) {
            w.pc = ops.size();
            return nullptr;
          }
          return &m;
        }
        default:
          ++w.pc;
          break;
      }
    }
  } catch (const ir::EvalError&) {
    w.pc = ops.size();
  }
  return nullptr;
}

// Which loads are prefetched and which stores drain, and the flows that fill the load buffers.
// Only on a model with buffered DMA and an NPU mapping; a tensor that the run both loads and
// stores keeps blocking loads and stores (a prefetch could otherwise read a tile before a store
// to it lands, and a drained store land after a load of it).
void DmaAgents::setUp(const ir::Graph& g, const arch::TimingModel& model, const ir::Mapping& m, int firstPort,
                      const std::vector<DmaInstance>& instances, int firstOrder) {
  buffering_ = model.dmaBuffering();
  if (buffering_.depth < 1 || m.fpga) return;
  auto addNeed = [](Arbiter::Needs& needs, int resource) {
    for (const std::vector<int>& s : needs)
      if (s.size() == 1 && s.front() == resource) return;
    needs.push_back({resource});
  };
  std::vector<char> loaded(g.tensors.size(), 0), stored(g.tensors.size(), 0);
  for (const DmaInstance& p : instances)
    for (const MemAccess& a : p.prog->mem) (a.write ? stored : loaded)[static_cast<std::size_t>(a.tensor)] = 1;
  std::map<std::tuple<int, int, bool>, const ir::MemRoute*> routeOf;
  for (const ir::MemRoute& r : m.memRoutes) routeOf[{r.instance, r.arg, r.write}] = &r;
  // Broadcast routes: consumers of one memory-tile channel with one shard and one load sequence.
  std::map<std::tuple<int, int, ir::Shape, std::string>, Flow*> shared;
  const int depth = buffering_.depth;
  for (const DmaInstance& p : instances) {
    const std::vector<MemAccess>& mem = p.prog->mem;
    const std::vector<MemPath>& paths = *p.paths;
    p.loadBuffer->assign(mem.size(), nullptr);
    p.drainOf->assign(mem.size(), nullptr);
    std::map<int, LoadBuffer*> bufferOf;
    std::map<int, Drain*> drainOf;
    for (std::size_t k = 0; k < mem.size(); ++k) {
      const MemAccess& a = mem[k];
      const auto t = static_cast<std::size_t>(a.tensor);
      auto it = routeOf.find({p.id, a.arg, a.write});
      if (it == routeOf.end() || paths[k].needs.empty() || (loaded[t] && stored[t])) continue;
      if (!a.write && p.prog->steered) continue;  // its loads depend on values it receives: not walked ahead
      const ir::MemRoute& r = *it->second;
      if (a.write) {
        Drain*& d = drainOf[a.arg];
        if (!d) {
          d = &drains_.emplace_back();
          d->depth = depth;
          d->instance = p.id;
          d->arg = a.arg;
          d->needs = paths[k].needs;
          d->bytesPerCycle = paths[k].bytesPerCycle;
          d->latency = paths[k].latency;
          p.drains->push_back(d);
        }
        (*p.drainOf)[k] = d;
        continue;
      }
      LoadBuffer*& b = bufferOf[a.arg];
      if (!b) {
        b = &loadBuffers_.emplace_back();
        b->depth = depth;
        const arch::MemRouteTiming timing = model.memRouteTiming(r);
        const bool viaMemtile = r.memTile >= 0 && r.memOutPort >= 0;
        Flow* f = nullptr;
        if (viaMemtile && r.fanout == "broadcast") {
          // Members of one broadcast: the same memory-tile port, tensor and shard, and the same loads in
          // the same control flow (whichever task they belong to, as the mapper groups them).
          auto [at, fresh] = shared.emplace(
              std::make_tuple(r.memOutPort, r.tensor, a.origin, loadSignature(*p.prog, a.arg)), nullptr);
          if (!fresh) f = at->second;
          if (fresh) at->second = f = &flows_.emplace_back();
        } else {
          f = &flows_.emplace_back();
        }
        if (f->walk.prog == nullptr) {
          const auto slots = static_cast<std::size_t>(std::max(0, p.prog->numSlots));
          f->walk.prog = p.prog;
          f->walk.arg = a.arg;
          f->walk.frame.assign(slots, 0);
          f->walk.hi.assign(slots, 0);
          f->walk.step.assign(slots, 1);
          f->direct = !viaMemtile;
          f->bytesPerCycle = timing.bytesPerCycle;
          f->memDepth = depth;
          f->outstanding = buffering_.outstandingBytes;
          f->requestLatency = timing.latency - timing.forwardLatency;  // the DDR part of the route's latency
          if (f->direct) {
            f->fetchNeeds = paths[k].needs;
            f->fetchLatency = timing.latency;
          } else {
            for (int port : {r.shimPort, r.memInPort})
              if (port >= 0) addNeed(f->fetchNeeds, firstPort + port);
            addNeed(f->forwardNeeds, firstPort + r.memOutPort);
            f->fetchLatency = timing.latency - timing.forwardLatency;
          }
        }
        f->to.push_back(b);
        f->toLatency.push_back(f->direct ? 0 : timing.forwardLatency);
        if (!f->direct && r.tilePort >= 0) addNeed(f->forwardNeeds, firstPort + r.tilePort);
        b->freed = &f->wake;
      }
      (*p.loadBuffer)[k] = b;
    }
  }
  // Arbitration order: instances by id, then each flow's fetch and forward, then the drains.
  int order = firstOrder;
  for (Flow& f : flows_) {
    f.fetchArb.order = order++;
    f.forwardArb.order = order++;
  }
  for (Drain& d : drains_) d.arb.order = order++;
}

// ---------------------------------------------------------------------------------------------
// DMA agents

std::int64_t DmaAgents::now() const {
  return static_cast<std::int64_t>(sc_core::sc_time_stamp().value()) / ctx_.ticksPerCycle;
}

bool DmaAgents::alive() const { return !ctx_.draining && now() <= ctx_.stopAt; }

bool DmaAgents::advance(std::int64_t cycle) {
  if (cycle > ctx_.stopAt) return false;
  const std::int64_t delta = cycle - now();
  if (delta > 0) sc_core::wait(sc_core::sc_time::from_value(static_cast<sc_dt::uint64>(delta * ctx_.ticksPerCycle)));
  return alive();
}

bool DmaAgents::acquire(Arbiter::Waiter& w, const Arbiter::Needs& needs, std::int64_t duration, std::int64_t latency) {
  ctx_.arbiter.request(w, needs, duration, latency);
  sc_core::wait(w.granted);
  return alive();
}

// Wait until every consumer of the flow has a free L1 buffer, and take one in each.
bool DmaAgents::reserveConsumers(Flow& f) {
  for (;;) {
    bool room = true;
    for (const LoadBuffer* b : f.to) room = room && b->used() < b->depth;
    if (room) break;
    sc_core::wait(f.wake);
    if (!alive()) return false;
  }
  for (LoadBuffer* b : f.to) ++b->reserved;
  return true;
}

// Memory-tile buffers whose forward transfer has ended by now are free again.
void DmaAgents::settleLeaving(Flow& f) {
  while (!f.leaving.empty() && f.leaving.front() <= now()) {
    f.leaving.pop_front();
    --f.inMem;
  }
}

// Wait until the flow has a free memory-tile buffer (one is freed when a forward transfer ends).
bool DmaAgents::reserveMemtile(Flow& f) {
  for (;;) {
    settleLeaving(f);
    if (f.inMem < f.memDepth) break;
    if (!f.leaving.empty()) {
      if (!advance(f.leaving.front())) return false;
      continue;
    }
    sc_core::wait(f.leftEv);
    if (!alive()) return false;
  }
  ++f.inMem;
  return true;
}

void DmaAgents::deliver(Flow& f, std::int64_t transferEnd) {
  for (std::size_t k = 0; k < f.to.size(); ++k) {
    LoadBuffer& b = *f.to[k];
    --b.reserved;
    b.arrivals.push_back(transferEnd + f.toLatency[k]);
    b.delivered.notify();
  }
}

void DmaAgents::endFlow(Flow& f) {
  for (LoadBuffer* b : f.to) {
    b->ended = true;
    b->delivered.notify();
  }
}

// DDR -> memory tile (or straight into L1 without one): one transfer per tile of the walked
// sequence, each after its DMA issue, once a buffer is free. With shim.outstanding_bytes > 0
// the reads run ahead of the buffers instead (runRequests).
void DmaAgents::runFetch(Flow& f) {
  if (f.outstanding > 0) return runRequests(f);
  while (const MemAccess* m = nextLoad(f.walk)) {
    if (!(f.direct ? reserveConsumers(f) : reserveMemtile(f))) break;
    if (!advance(now() + ctx_.issueCycles)) break;
    const std::int64_t transfer = arch::ceilCycles(static_cast<double>(m->bytes), f.bytesPerCycle);
    if (!acquire(f.fetchArb, f.fetchNeeds, transfer, f.fetchLatency)) break;
    if (f.direct) {
      deliver(f, f.fetchArb.grantResume);
      continue;
    }
    f.staged.push_back({f.fetchArb.grantResume, m->bytes});
    f.stagedEv.notify();
  }
  f.fetchDone = true;
  f.stagedEv.notify();
  if (f.direct) endFlow(f);
}

// ---------------------------------------------------------------------------------------------
// DDR reads that run ahead of the buffers (docs/timing.md, "Prefetched loads ..."): a shim
// MM2S channel walks its buffer descriptors and keeps issuing read requests while the memory tile
// (or L1) back-pressures the stream; the data it has requested waits in the shim and the
// interconnect. So a tile's read may go out before a buffer is free for it, as long as the tiles
// requested beyond the free buffers total at most `outstanding` bytes; its data then streams into
// its buffer at max(buffer free, request + DDR latency, channels free). The latency is paid once when
// the stream starts or when the window ran dry, not once per tile.

// The bytes of the tiles requested and without a buffer, plus a new one of `bytes`, that the free
// buffers cannot take: the free buffers take the oldest requests first.
std::int64_t DmaAgents::bytesBeyondFreeBuffers(Flow& f, std::int64_t bytes) {
  int free = 0;
  if (f.direct) {
    free = f.to.front()->depth;
    for (const LoadBuffer* b : f.to) free = std::min(free, b->depth - b->used());
  } else {
    settleLeaving(f);
    free = f.memDepth - f.inMem;
  }
  std::int64_t beyond = 0;
  int k = 0;
  for (const Flow::Requested& q : f.requested)
    if (k++ >= free) beyond += q.bytes;
  if (k >= free) beyond += bytes;
  return beyond;
}

// Wait until a read of `bytes` may be requested: a buffer frees (memory tile: at a known cycle, or
// when a forward is granted; L1: when a consumer releases a buffer) or the fill gives a requested
// tile its buffer.
bool DmaAgents::waitToRequest(Flow& f, std::int64_t bytes) {
  for (;;) {
    if (bytesBeyondFreeBuffers(f, bytes) <= f.outstanding) return true;
    if (!f.direct && !f.leaving.empty() && f.leaving.front() <= ctx_.stopAt) {
      const std::int64_t delta = f.leaving.front() - now();
      sc_core::wait(sc_core::sc_time::from_value(static_cast<sc_dt::uint64>(delta * ctx_.ticksPerCycle)),
                    f.bufferedEv | f.leftEv);
    } else {
      sc_core::wait(f.bufferedEv | f.leftEv | f.wake);
    }
    if (!alive()) return false;
  }
}

// The fetch process of a flow whose reads run ahead: it issues the read requests (each after its DMA
// issue) and hands them to the fill process, which it starts.
void DmaAgents::runRequests(Flow& f) {
  constexpr std::size_t kMinStack = 32 * 1024, kMaxStack = 64 * 1024 * 1024;
  sc_core::sc_spawn_options o;
  o.set_stack_size(static_cast<int>(std::clamp(ctx_.stackBytes, kMinStack, kMaxStack)));
  Flow* pf = &f;
  sc_core::sc_spawn([this, pf] { runFill(*pf); }, nullptr, &o);
  while (const MemAccess* m = nextLoad(f.walk)) {
    if (!waitToRequest(f, m->bytes) || !advance(now() + ctx_.issueCycles)) break;
    f.requested.push_back({now(), m->bytes});
    f.requestedEv.notify();
  }
  f.requestsDone = true;
  f.requestedEv.notify();
}

// Each requested tile in order: a buffer (memory tile, or every consumer's L1 without one), its data
// (request + DDR latency), then the route's channels for one transfer. Through a memory tile the
// tile is staged at the end of the transfer; without one it arrives in L1 the route's hop latency
// after it.
void DmaAgents::runFill(Flow& f) {
  for (;;) {
    while (f.requested.empty() && !f.requestsDone) {
      sc_core::wait(f.requestedEv);
      if (!alive()) break;
    }
    if (f.requested.empty() || !alive()) break;
    const Flow::Requested q = f.requested.front();
    if (!(f.direct ? reserveConsumers(f) : reserveMemtile(f))) break;
    f.requested.pop_front();
    f.bufferedEv.notify();
    if (!advance(std::max(now(), q.at + f.requestLatency))) break;
    const std::int64_t transfer = arch::ceilCycles(static_cast<double>(q.bytes), f.bytesPerCycle);
    if (!acquire(f.fetchArb, f.fetchNeeds, transfer, f.fetchLatency - f.requestLatency)) break;
    if (f.direct) {
      deliver(f, f.fetchArb.grantResume);
      continue;
    }
    f.staged.push_back({f.fetchArb.grantResume, q.bytes});
    f.stagedEv.notify();
  }
  f.fetchDone = true;
  f.stagedEv.notify();
  if (f.direct) endFlow(f);
}

// Memory tile -> every consumer at once (a stream-switch broadcast): each staged tile, once it
// is in the memory tile and every consumer has a free buffer, holds the memory tile's MM2S channel
// and every consumer's S2MM channel for one transfer.
void DmaAgents::runForward(Flow& f) {
  for (;;) {
    while (f.staged.empty()) {
      if (f.fetchDone) return endFlow(f);
      sc_core::wait(f.stagedEv);
      if (!alive()) return endFlow(f);
    }
    const Flow::Staged e = f.staged.front();
    if (!advance(std::max(now(), e.arrive)) || !reserveConsumers(f)) break;
    const std::int64_t transfer = arch::ceilCycles(static_cast<double>(e.bytes), f.bytesPerCycle);
    if (!acquire(f.forwardArb, f.forwardNeeds, transfer, 0)) break;
    f.staged.pop_front();
    f.leaving.push_back(f.forwardArb.grantResume);
    f.leftEv.notify();
    deliver(f, f.forwardArb.grantResume);
  }
  endFlow(f);
}

// Store route -> DDR: the handed-over tiles in order, each after its DMA issue.
void DmaAgents::runDrain(Drain& d) {
  for (;;) {
    while (d.pending.empty()) {
      sc_core::wait(d.handed);
      if (!alive()) break;
    }
    if (d.pending.empty() || !advance(now() + ctx_.issueCycles)) break;
    const std::int64_t transfer = arch::ceilCycles(static_cast<double>(d.pending.front()), d.bytesPerCycle);
    if (!acquire(d.arb, d.needs, transfer, d.latency)) break;
    d.pending.pop_front();
    d.sentAt.push_back(d.arb.grantResume - d.latency);
    d.doneAt = d.arb.grantResume;
    d.granted.notify();
  }
  d.stopped = true;
  d.granted.notify();
}

void DmaAgents::spawn(const sc_core::sc_spawn_options& o) {
  for (Flow& f : flows_) {
    Flow* pf = &f;
    sc_core::sc_spawn([this, pf] { runFetch(*pf); }, nullptr, &o);
    if (!f.direct) sc_core::sc_spawn([this, pf] { runForward(*pf); }, nullptr, &o);
  }
  for (Drain& d : drains_) {
    Drain* pd = &d;
    sc_core::sc_spawn([this, pd] { runDrain(*pd); }, nullptr, &o);
  }
}

void DmaAgents::wake() {
  for (Flow& f : flows_) {
    for (sc_core::sc_event* e : {&f.wake, &f.stagedEv, &f.leftEv, &f.fetchArb.granted, &f.forwardArb.granted,
                                 &f.requestedEv, &f.bufferedEv})
      e->notify(sc_core::SC_ZERO_TIME);
  }
  for (LoadBuffer& b : loadBuffers_) b.delivered.notify(sc_core::SC_ZERO_TIME);
  for (Drain& d : drains_) {
    for (sc_core::sc_event* e : {&d.handed, &d.granted, &d.arb.granted}) e->notify(sc_core::SC_ZERO_TIME);
  }
}

}  // namespace datosim::sim
