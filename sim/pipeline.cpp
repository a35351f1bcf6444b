// Pipelined loops (docs/timing.md, "Pipelined loops"): a `for` with a `pipeline` hint on a model that
// pipelines loops (hls) runs as an HLS pipeline. Iteration i issues at pipeline time T_i and runs its
// whole body then, in program order (gets, loads, computes and the data of every statement); its
// puts and stores are events at the pipeline time their value is ready, handled in (time, iteration,
// statement) order between later issues. A get, put or memory access that has to wait stalls the
// whole pipeline: pipeline time T happens at cycle T + sigma, and each stall adds to sigma.
#include "sim/engine.h"

#include "sim/engine_state.h"

#include <algorithm>
#include <cassert>

#include "kernels/kernel.h"
#include "arch/cycles.h"

namespace datosim::sim {

namespace {

// Heap order: the event due first on top (std heaps keep the largest on top).
struct DueLater {
  template <class E>
  bool operator()(const E& a, const E& b) const {
    if (a.time != b.time) return a.time > b.time;
    if (a.iter != b.iter) return a.iter > b.iter;
    return a.pc > b.pc;
  }
};

// The pool of spare value copies a put uses: its local's, or for a put with `at` its block's (the pools
// of the blocks follow those of the locals).
template <class PipeState>
std::size_t spareOf(const PipeState& ps, const Program& prog, int local, int slice) {
  if (slice < 0) return static_cast<std::size_t>(local);
  return ps.spare.size() - prog.slices.size() + static_cast<std::size_t>(slice);
}

// The loop-carried accumulation that binds a pipelined loop's initiation interval, decided from the
// body alone, as the HLS scheduler does: among the computes of the body [first, last) that
// accumulate into their output while no statement before them in the body writes that output on
// every path (so the value they add to is the previous iteration's), the one with the longest
// accumulation latency. -1: none.
int carriedAccumulation(const Program& prog, std::size_t first, std::size_t last) {
  // Statements inside an `if` run on some paths only: [branch + 1, its target) for each branch, and
  // [jump + 1, its target) for the jump that ends a branch (the other branches).
  std::vector<char> conditional(last - first, 0);
  for (std::size_t pc = first; pc < last; ++pc) {
    const Op& op = prog.ops[pc];
    if (op.kind != OpKind::Branch && op.kind != OpKind::Jump) continue;
    const std::size_t end = std::min(last, static_cast<std::size_t>(std::max(0, op.target)));
    for (std::size_t q = pc + 1; q < end; ++q) conditional[q - first] = 1;
  }
  std::vector<int> written;  // locals written on every path so far
  auto isWritten = [&](int l) { return std::find(written.begin(), written.end(), l) != written.end(); };
  int best = -1;
  std::int64_t longest = 0;
  for (std::size_t pc = first; pc < last; ++pc) {
    const Op& op = prog.ops[pc];
    int wrote = -1;
    if (op.kind == OpKind::Get) {
      wrote = op.local;
    } else if (op.kind == OpKind::Load) {
      wrote = prog.mem[static_cast<std::size_t>(op.aux)].local;
    } else if (op.kind == OpKind::Compute) {
      const ComputeCost& c = prog.compute[static_cast<std::size_t>(op.aux)];
      const ir::ComputeStmt& s = *c.stmt;
      if (kernels::readsOut(s) && !c.cyclesExpr && c.pipelined.accumulate > longest && !isWritten(s.out)) {
        best = op.aux;
        longest = c.pipelined.accumulate;
      }
      wrote = s.out;
    }
    if (wrote >= 0 && !conditional[pc - first]) written.push_back(wrote);
  }
  return best;
}

}  // namespace

bool Engine::pipelinedLoop(Proc& p, const Op& begin) {
  const std::size_t at = p.pc;
  const std::int64_t* f = p.frame.data();
  const std::int64_t lo = begin.expr[0] ? ir::eval(*begin.expr[0], f) : 0;
  const std::int64_t hi = ir::eval(*begin.expr[1], f);
  const std::int64_t step = begin.expr[2] ? ir::eval(*begin.expr[2], f) : 1;
  if (step < 1) return fail(p, *begin.stmt, "loop step must be >= 1, found " + std::to_string(step));
  const std::int64_t ii = ir::eval(*begin.ii, f);
  if (ii < 1) return fail(p, *begin.stmt, "initiation interval must be >= 1, found " + std::to_string(ii));
  const std::size_t first = at + 1, last = static_cast<std::size_t>(begin.target) - 1;  // body: [first, last)

  PipeState& ps = p.pipe;
  const ir::Task& task = g_.tasks[static_cast<std::size_t>(g_.instances[static_cast<std::size_t>(p.id)].task)];
  const std::size_t locals = task.locals.size();
  if (ps.readyAt.size() != locals) {
    ps.readyAt.assign(locals, 0);
    ps.readyStamp.assign(locals, 0);
    ps.spare.assign(locals + p.prog->slices.size(), {});
    ps.carryAt.assign(locals, 0);
    ps.carryRun.assign(locals, 0);
  }
  ++ps.run;
  // A value carried from one iteration to the next through an accumulation's adder: the HLS
  // scheduler raises the loop's II to the adder's latency (Vitis HLS reports an II violation).
  std::int64_t loopII = ii;
  if (const int acc = carriedAccumulation(*p.prog, first, last); acc >= 0) {
    const ComputeCost& c = p.prog->compute[static_cast<std::size_t>(acc)];
    if (c.pipelined.accumulate > ii) {
      loopII = c.pipelined.accumulate;
      std::vector<PipelineNote>& notes = p.res.stats.pipelineNotes;
      const bool noted = std::any_of(notes.begin(), notes.end(),
                                     [&](const PipelineNote& n) { return n.loc.pointer == begin.stmt->loc.pointer; });
      // A loop of one iteration issues nothing after it: its II is not worth a warning.
      const bool repeats = hi > lo && static_cast<__int128>(hi) - lo > step;
      if (!noted && repeats && c.pipelined.accumulate > c.pipelined.issue) {
        PipelineNote n;
        n.loc = begin.stmt->loc;
        n.requestedII = ii;
        n.effectiveII = loopII;
        n.local = task.locals[static_cast<std::size_t>(c.stmt->out)].name;
        n.dtype = ir::dtypeName(c.dtype);
        n.param = c.pipelined.accumulateParam;
        n.latency = c.pipelined.accumulate;
        notes.push_back(std::move(n));
      }
    }
  }
  ps.sigma = 0;
  ps.end = p.t;
  ps.events.clear();
  ps.burstBytes.assign(p.prog->mem.size(), 0);
  const std::int64_t t0 = p.t;
  const std::int64_t blocked0 = p.res.stats.blockedGet + p.res.stats.blockedPut;
  p.inPipeline = trace_ != nullptr;
  p.stalls.clear();
  std::int64_t issue = t0, iter = 0;
  for (__int128 v = lo; v < hi; v += step, ++iter) {
    while (!ps.events.empty() && ps.events.front().time <= issue)
      if (!pipeEvent(p)) return false;
    if (issue > stopAt_ - ps.sigma) {
      p.res.state = ProcState::Stopped;
      return false;
    }
    p.frame[static_cast<std::size_t>(begin.slot)] = static_cast<std::int64_t>(v);
    std::int64_t interval = 0;
    if (!pipeIssue(p, issue, iter, first, last, interval)) return false;
    issue += std::min(std::max(loopII, interval), kMaxSimCycle + 1);  // no overflow: issue stays <= 2 kMaxSimCycle
  }
  while (!ps.events.empty())
    if (!pipeEvent(p)) return false;
  const std::int64_t end = ps.end + ps.sigma;
  if (end > stopAt_) {
    p.res.state = ProcState::Stopped;
    return false;
  }
  // Busy: the loop's cycles less the stalls on streams (a stall for a memory channel is busy, as
  // a load waiting for its channel is outside a pipeline).
  p.res.stats.busy += (end - t0) - (p.res.stats.blockedGet + p.res.stats.blockedPut - blocked0);
  if (trace_) {
    // The loop's busy spans: its cycles between the stalls (they follow one another, in time order).
    const std::int64_t name = trace_->name("pipelined loop " + begin.stmt->loc.pointer);
    std::int64_t from = t0;
    for (const auto& [b, e] : p.stalls) {
      assert(b >= from && e <= end && "a pipelined loop's stalls follow one another inside it");
      traceSpan(p, TraceKind::Pipelined, from, b, name);
      from = e;
    }
    traceSpan(p, TraceKind::Pipelined, from, end, name);
    p.inPipeline = false;
  }
  p.t = end;
  p.pc = static_cast<std::size_t>(begin.target);
  return true;
}

// Issue one iteration at pipeline time `issue`: walk its body in program order. `interval`: the
// fewest cycles before the next issue its datapaths and stream ports allow.
bool Engine::pipeIssue(Proc& p, std::int64_t issue, std::int64_t iter, std::size_t first, std::size_t last,
                       std::int64_t& interval) {
  PipeState& ps = p.pipe;
  const std::vector<Op>& ops = p.prog->ops;
  ++ps.stamp;
  ps.computeIssue = 0;
  ps.putCycles.clear();
  // A local not written yet in this iteration holds a value of an earlier one: ready at issue (the
  // initiation interval is taken to respect loop-carried dependencies).
  auto ready = [&](int local) {
    const auto l = static_cast<std::size_t>(local);
    return ps.readyStamp[l] == ps.stamp ? ps.readyAt[l] : issue;
  };
  auto setReady = [&](int local, std::int64_t cycle) {
    const auto l = static_cast<std::size_t>(local);
    ps.readyStamp[l] = ps.stamp;
    ps.readyAt[l] = cycle;
    ps.carryRun[l] = 0;  // not (yet) the result of an accumulation
    ps.end = std::max(ps.end, cycle);
  };
  // Functional mode: a copy of a local's value (or of the block a put with `at` sends), kept until its
  // put or store. Spare copies are kept per local and per block (spareOf).
  auto capture = [&](int local, int slice) {
    if (!tensors_) return -1;
    std::vector<int>& free = ps.spare[spareOf(ps, *p.prog, local, slice)];
    int b = static_cast<int>(ps.buffers.size());
    if (free.empty()) {
      ps.buffers.emplace_back();
    } else {
      b = free.back();
      free.pop_back();
    }
    data::Buffer& out = ps.buffers[static_cast<std::size_t>(b)];
    const data::Buffer& value = p.locals[static_cast<std::size_t>(local)];
    if (slice < 0) {
      out = value;
      return b;
    }
    // The stream's own token shape: the value goes into a channel place of that shape.
    const ir::Shape& token = p.prog->slices[static_cast<std::size_t>(slice)].tile;
    if (out.shape() != token || out.dtype() != value.dtype()) out = data::Buffer(value.dtype(), token);
    [[maybe_unused]] const std::string why = data::copyTileOut(value, p.sliceAt, out);
    assert(why.empty() && "sliceFits checks the token's place");
    return b;
  };
  auto schedule = [&](PipeEvent e) {
    ps.events.push_back(std::move(e));
    std::push_heap(ps.events.begin(), ps.events.end(), DueLater{});
  };

  for (p.pc = first; p.pc < last;) {
    const Op& op = ops[p.pc];
    p.t = issue + ps.sigma;
    switch (op.kind) {
      case OpKind::Branch:
        p.pc = ir::eval(*op.expr[0], p.frame.data()) != 0 ? p.pc + 1 : static_cast<std::size_t>(op.target);
        continue;
      case OpKind::Jump:
        p.pc = static_cast<std::size_t>(op.target);
        continue;
      case OpKind::Get: {
        if (!sliceFits(p, op)) return false;
        const int id = op.stream >= 0 ? op.stream : resolve(p, op, false);
        if (id < 0) return false;
        std::int64_t at = 0;
        if (!takeToken(p, op, id, at)) return false;
        ps.sigma += at - p.t;
        setReady(op.local, issue + streams_[static_cast<std::size_t>(id)].access);
        break;
      }
      case OpKind::Put: {
        if (!sliceFits(p, op)) return false;
        const int id = op.stream >= 0 ? op.stream : resolve(p, op, true);
        if (id < 0) return false;
        const StreamFifo& c = streams_[static_cast<std::size_t>(id)];
        const std::int64_t due = ready(op.local);
        ps.end = std::max(ps.end, due + c.access + c.transfer);
        auto it = std::find_if(ps.putCycles.begin(), ps.putCycles.end(), [id](const auto& x) { return x.first == id; });
        if (it == ps.putCycles.end()) ps.putCycles.emplace_back(id, c.transfer);
        else it->second += c.transfer;
        PipeEvent e;
        e.time = due;
        e.iter = iter;
        e.pc = p.pc;
        e.target = id;
        e.buffer = capture(op.local, op.slice);
        schedule(std::move(e));
        break;
      }
      case OpKind::Load:
      case OpKind::Store: {
        const bool write = op.kind == OpKind::Store;
        const MemAccess& m = p.prog->mem[static_cast<std::size_t>(op.aux)];
        if (!tileInShard(p, op, m, write)) return false;
        const MemPath* path = p.memPaths.empty() ? nullptr : &p.memPaths[static_cast<std::size_t>(op.aux)];
        const bool routed = path && !path->needs.empty();
        // The statement's accesses in this run of the loop are the beats of one burst: each holds
        // the channel for the whole cycles its bytes add to the burst (possibly none). Its data
        // takes as long as outside a pipeline: issue, its own transfer time, latency.
        const double rate = routed ? path->bytesPerCycle : mem_.bytesPerCycle;
        std::int64_t& burst = ps.burstBytes[static_cast<std::size_t>(op.aux)];
        const std::int64_t transfer = arch::ceilCycles(static_cast<double>(burst + m.bytes), rate) -
                                      arch::ceilCycles(static_cast<double>(burst), rate);
        burst += m.bytes;
        const std::int64_t done = issueCycles_ + arch::ceilCycles(static_cast<double>(m.bytes), rate) +
                                  (routed ? path->latency : mem_.latency);
        if (write) {
          const std::int64_t due = ready(m.local);
          ps.end = std::max(ps.end, due + done);
          PipeEvent e;
          e.time = due;
          e.iter = iter;
          e.pc = p.pc;
          e.cycles = transfer;
          e.buffer = capture(m.local, -1);
          if (tensors_) tileOrigin(p, m, e.offset);
          schedule(std::move(e));
          break;
        }
        // A load asks for its channel at issue; waiting for it stalls the pipeline.
        if (transfer > 0) {
          const std::int64_t asked = p.t;
          if (!advanceTo(p, asked) || !acquire(p, routed ? path->needs : readPool_, transfer, 0)) return false;
          const std::int64_t start = p.arb.grantResume - transfer;
          ps.sigma += start - asked;
          p.res.stats.memory += start - asked;
        }
        if (tensors_ && !moveTile(p, op, m, false)) return false;
        setReady(m.local, issue + done);
        break;
      }
      case OpKind::Compute: {
        const ComputeCost& c = p.prog->compute[static_cast<std::size_t>(op.aux)];
        struct {
          std::int64_t issue, latency, accumulate;
        } cost{c.pipelined.issue, c.pipelined.latency, c.pipelined.accumulate};
        if (c.cyclesExpr) {  // the override is the whole cost: no accumulation latency of its own
          const std::int64_t cycles = ir::eval(*c.cyclesExpr, p.frame.data());
          if (cycles < 0)
            return fail(p, *op.stmt, "'cycles' evaluates to " + std::to_string(cycles) + ", must be >= 0");
          cost = {cycles, cycles, 0};
        }
        const ir::ComputeStmt& s = *c.stmt;
        const bool acc = kernels::readsOut(s);
        std::int64_t start = issue;
        for (int in : s.ins) start = std::max(start, ready(in));
        if (acc) {
          start = std::max(start, ready(s.out));
          // The value added to is an earlier iteration's accumulation of this run of the loop: wait
          // for its adder.
          const auto o = static_cast<std::size_t>(s.out);
          if (ps.readyStamp[o] != ps.stamp && ps.carryRun[o] == ps.run) start = std::max(start, ps.carryAt[o]);
        }
        if (cost.latency > stopAt_ - start || cost.issue > stopAt_) {
          p.res.state = ProcState::Stopped;
          return false;
        }
        if (s.out >= 0) setReady(s.out, start + cost.latency);
        else ps.end = std::max(ps.end, start + cost.latency);
        if (acc && cost.accumulate > 0) {
          ps.carryAt[static_cast<std::size_t>(s.out)] = start + cost.accumulate;
          ps.carryRun[static_cast<std::size_t>(s.out)] = ps.run;
        }
        ps.computeIssue = std::max(ps.computeIssue, cost.issue);
        InstanceStats& st = p.res.stats;
        st.compute += cost.issue;
        st.macs += c.macs;
        st.vectorOps += c.vectorOps;
        macsByType_[c.mac.index()] += c.macs;
        if (!runKernel(p, op)) return false;
        break;
      }
      case OpKind::LoopBegin:
      case OpKind::LoopNext:
        assert(false && "the compiler keeps loops out of pipelined bodies");
        return fail(p, *op.stmt, "a loop inside a pipelined loop");
      case OpKind::GetAny:
      case OpKind::Set:
      case OpKind::WhileBegin:
      case OpKind::WhileTest:
        assert(false && "the loader refuses run-time control inside pipelined loops");
        return fail(p, *op.stmt, "run-time control inside a pipelined loop");
    }
    ++p.pc;
  }
  interval = ps.computeIssue;
  for (const auto& [id, cycles] : ps.putCycles) interval = std::max(interval, cycles);
  return true;
}

// Handle the put or store due first: take its place in the stream or its memory channel, stalling the pipeline
// while it waits.
bool Engine::pipeEvent(Proc& p) {
  PipeState& ps = p.pipe;
  std::pop_heap(ps.events.begin(), ps.events.end(), DueLater{});
  const PipeEvent e = std::move(ps.events.back());
  ps.events.pop_back();
  p.pc = e.pc;  // for the location of an error
  const Op& op = p.prog->ops[e.pc];
  p.t = e.time + ps.sigma;
  auto release = [&](std::size_t pool) {
    if (e.buffer >= 0) ps.spare[pool].push_back(e.buffer);
  };
  if (op.kind == OpKind::Put) {
    StreamFifo& c = streams_[static_cast<std::size_t>(e.target)];
    std::int64_t at = 0;
    if (!waitForSpace(p, op, e.target, at)) return false;
    ps.sigma += at - p.t;
    c.push(at, at + c.access + c.transfer + c.latency);
    if (tensors_) std::swap(c.backData(), ps.buffers[static_cast<std::size_t>(e.buffer)]);
    release(spareOf(ps, *p.prog, op.local, op.slice));
    if (c.consumerWaits) c.data.notify();
    return true;
  }
  const MemAccess& m = p.prog->mem[static_cast<std::size_t>(op.aux)];
  const MemPath* path = p.memPaths.empty() ? nullptr : &p.memPaths[static_cast<std::size_t>(op.aux)];
  const bool routed = path && !path->needs.empty();
  if (e.cycles > 0) {
    const std::int64_t asked = p.t;
    if (!advanceTo(p, asked) || !acquire(p, routed ? path->needs : writePool_, e.cycles, 0)) return false;
    const std::int64_t start = p.arb.grantResume - e.cycles;
    ps.sigma += start - asked;
    p.res.stats.memory += start - asked;
  } else if (!advanceTo(p, p.t)) {
    return false;
  }
  if (tensors_) {
    const std::string why = data::copyTileIn((*tensors_)[static_cast<std::size_t>(m.tensor)], e.offset,
                                             ps.buffers[static_cast<std::size_t>(e.buffer)]);
    release(static_cast<std::size_t>(m.local));
    if (!why.empty()) return fail(p, *op.stmt, "store to '" + m.argName + "': " + why);
  }
  return true;
}

}  // namespace datosim::sim
