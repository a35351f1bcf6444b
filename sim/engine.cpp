#include "sim/engine.h"

#include "sim/engine_state.h"

#include <algorithm>
#include <cassert>
#include <limits>
#include <map>
#include <tuple>

#include "kernels/kernel.h"
#include "arch/cycles.h"

namespace datosim::sim {


Engine::Engine(const ir::Graph& g, const arch::TimingModel& model, const SimOptions& opts,
               const std::vector<Program>& programs, bool exact)
    : g_(g), opts_(opts), exact_(exact), arbiter_([this] { return now(); }),
      dma_(DmaContext{arbiter_, stopAt_, draining_, ticksPerCycle_, issueCycles_, opts.stackBytes}), tensors_(opts.tensors),
      trace_(opts.trace), progress_(opts.progress) {
  arbiter_.setTrace(trace_);
  ticksPerCycle_ = static_cast<std::int64_t>(sc_core::sc_time(1, sc_core::SC_NS).value());
  stopAt_ = opts.maxCycles > 0 ? std::min(opts.maxCycles, kMaxSimCycle) : kMaxSimCycle;
  for (const ir::StreamInst& s : g.streamInsts) {
    const ir::StreamDecl& d = g.streams[static_cast<std::size_t>(s.decl)];
    const std::int64_t perToken = std::max<std::int64_t>(1, ir::numElements(d.tile));
    const std::int64_t places = std::max<std::int64_t>(1, std::min(d.depth, kMaxPreallocatedTokenElements / perToken));
    StreamFifo& c = streams_.emplace_back(static_cast<int>(streams_.size()), d, tensors_ != nullptr, places);
    const std::int64_t bytes = d.tokenBytes();
    const arch::StreamTiming timing = model.streamTiming(s, bytes);
    c.access = model.getCycles(s, bytes);
    c.transfer = arch::ceilCycles(static_cast<double>(bytes), timing.bytesPerCycle);
    c.latency = timing.latency;
  }
  for (const Program& prog : programs) {
    Proc& p = procs_.emplace_back();
    p.id = prog.instance;
    p.arb.order = prog.instance;
    p.prog = &prog;
    const auto slots = static_cast<std::size_t>(std::max(0, prog.numSlots));
    p.frame.assign(slots, 0);
    p.loopHi.assign(slots, 0);
    p.loopStep.assign(slots, 1);
    p.res.stats.name = g.instances[static_cast<std::size_t>(prog.instance)].name;
    if (!tensors_) continue;
    const ir::Task& task = g.tasks[static_cast<std::size_t>(g.instances[static_cast<std::size_t>(prog.instance)].task)];
    for (const ir::LocalVar& lv : task.locals) p.locals.emplace_back(lv.dtype, lv.shape);
    for (const ComputeCost& c : prog.compute) {
      std::vector<const data::Buffer*>& ins = p.computeIns.emplace_back();
      for (int i : c.stmt->ins) ins.push_back(&p.locals[static_cast<std::size_t>(i)]);
    }
    p.checkedKernel.assign(prog.compute.size(), nullptr);
    p.offset.reserve(kMaxRank);
  }
  mem_ = model.memorySystem();
  issueCycles_ = model.memoryIssueCycles();
  // Placement-free memory: read channels, then write channels (or one pool for both).
  const int reads = std::max(1, mem_.readChannels), writes = std::max(1, mem_.writeChannels);
  readPool_.assign(1, {});
  for (int i = 0; i < reads; ++i) readPool_[0].push_back(i);
  if (mem_.sharedPool) {
    writePool_ = readPool_;
  } else {
    writePool_.assign(1, {});
    for (int i = 0; i < writes; ++i) writePool_[0].push_back(reads + i);
  }
  arbiter_.add(reads + (mem_.sharedPool ? 0 : writes));
  if (opts.mapping) applyMapping(g, model, *opts.mapping);
  if (trace_) nameTraceTracks(g, opts.mapping);
  arbiter_.reserve(procs_.size() + dma_.waiters());
}

// A mapped run: streams take the timing of their routes, and the resources of the mapping are
// arbitrated after the memory channels: its ports (DMA channels), then the FPGA's HBM
// pseudo-channels, then the cores of tiles that hold more than one instance.
void Engine::applyMapping(const ir::Graph& g, const arch::TimingModel& model, const ir::Mapping& m) {
  const int ports = arbiter_.size();
  int hbm = ports + static_cast<int>(m.ports.size());
  int hbmCount = 0;
  if (m.fpga)
    for (const std::vector<int>& chans : m.fpga->tensorChannels)
      for (int c : chans) hbmCount = std::max(hbmCount, c + 1);
  const int cores = hbm + hbmCount;
  arbiter_.add(cores + static_cast<int>(m.tiles.size()) - arbiter_.size());
  for (std::size_t i = 0; i < streams_.size(); ++i) {
    const ir::StreamInst& s = g.streamInsts[i];
    const ir::StreamRoute& r = m.streams[i];
    const std::int64_t bytes = g.streams[static_cast<std::size_t>(s.decl)].tokenBytes();
    const arch::StreamTiming t = model.routedStreamTiming(s, r, bytes);
    StreamFifo& c = streams_[i];
    c.transfer = t.zeroCopy ? 0 : arch::ceilCycles(static_cast<double>(bytes), t.bytesPerCycle);
    c.latency = t.latency;
    // A DMA channel several streams share (a bundle's streams to one peer) serialises their transfers.
    if (r.kind == ir::RouteKind::Dma && r.outPort >= 0 && m.ports[static_cast<std::size_t>(r.outPort)].users.size() > 1)
      c.portNeeds = {{ports + r.outPort}};
  }
  std::map<std::tuple<int, int, bool>, const ir::MemRoute*> routeOf;
  for (const ir::MemRoute& r : m.memRoutes) routeOf[{r.instance, r.arg, r.write}] = &r;
  for (Proc& p : procs_) {
    const int group = m.groupOf[static_cast<std::size_t>(p.id)];
    if (group >= 0 && m.groups[static_cast<std::size_t>(group)].members.size() > 1)
      p.coreNeeds = {{cores + m.groups[static_cast<std::size_t>(group)].tile}};
    for (const MemAccess& a : p.prog->mem) {
      MemPath& path = p.memPaths.emplace_back();
      auto it = routeOf.find({p.id, a.arg, a.write});
      if (it == routeOf.end()) continue;  // not routed: the placement-free memory system
      const ir::MemRoute& r = *it->second;
      for (int port : {r.shimPort, r.memInPort, r.memOutPort, r.tilePort})
        if (port >= 0) path.needs.push_back({ports + port});
      if (!r.hbmChannels.empty()) {
        path.needs.emplace_back();
        for (int ch : r.hbmChannels) path.needs.back().push_back(hbm + ch);
      }
      const arch::MemRouteTiming t = model.memRouteTiming(r);
      path.bytesPerCycle = t.bytesPerCycle;
      path.latency = t.latency;
    }
  }
  std::vector<DmaInstance> instances;
  for (Proc& p : procs_) instances.push_back({p.id, p.prog, &p.memPaths, &p.loadBuffer, &p.drainOf, &p.drains});
  dma_.setUp(g, model, m, ports, instances, static_cast<int>(procs_.size()));
}

// Tracing: the trace's names of the resources and of their holders (by Waiter::order), the name ids of
// every compute's kernel and every load's and store's argument, and the channels' occupancy recording.
void Engine::nameTraceTracks(const ir::Graph& g, const ir::Mapping* m) {
  Trace& t = *trace_;
  for (StreamFifo& c : streams_) c.traceInto(trace_);
  for (Proc& p : procs_) {
    for (const ComputeCost& c : p.prog->compute) p.computeName.push_back(t.name(c.stmt->kernel));
    for (const MemAccess& a : p.prog->mem) p.memName.push_back(t.name(a.argName));
  }
  std::vector<std::string>& res = t.resources;
  res.clear();
  const int reads = std::max(1, mem_.readChannels), writes = std::max(1, mem_.writeChannels);
  for (int i = 0; i < reads; ++i)
    res.push_back((mem_.sharedPool ? "memory channel " : "memory read channel ") + std::to_string(i));
  if (!mem_.sharedPool)
    for (int i = 0; i < writes; ++i) res.push_back("memory write channel " + std::to_string(i));
  if (m) {
    for (const ir::Port& port : m->ports) {
      const ir::Tile& tile = m->tiles[static_cast<std::size_t>(port.tile)];
      res.push_back(std::string(ir::tileKindName(tile.kind)) + " " + tile.name() + (port.in ? " S2MM " : " MM2S ") +
                    std::to_string(port.channel));
    }
    while (res.size() < static_cast<std::size_t>(arbiter_.size()) - m->tiles.size())
      res.push_back("HBM/DDR channel " + std::to_string(res.size() - reads - (mem_.sharedPool ? 0 : writes) - m->ports.size()));
    for (const ir::Tile& tile : m->tiles) res.push_back("core of " + std::string(ir::tileKindName(tile.kind)) + " " + tile.name());
  }
  std::vector<std::string>& who = t.holders;
  who.clear();
  for (const Proc& p : procs_) who.push_back(p.res.stats.name);
  auto argName = [](const Program& prog, int arg) {
    for (const MemAccess& a : prog.mem)
      if (a.arg == arg) return a.argName;
    return std::string("?");
  };
  for (const Flow& f : dma_.flows()) {
    const std::string inst = g.instances[static_cast<std::size_t>(f.walk.prog->instance)].name;
    const std::string more = f.to.size() > 1 ? " (+" + std::to_string(f.to.size() - 1) + " more)" : "";
    who.push_back("DMA fetch of " + argName(*f.walk.prog, f.walk.arg) + " for " + inst + more);
    who.push_back("DMA forward of " + argName(*f.walk.prog, f.walk.arg) + " to " + inst + more);
  }
  for (const Drain& d : dma_.drains())
    who.push_back("DMA drain of " + argName(*procs_[static_cast<std::size_t>(d.instance)].prog, d.arg) + " from " +
                  g.instances[static_cast<std::size_t>(d.instance)].name);
}

Engine::~Engine() = default;

ProcResult Engine::procResult(int instance) const {
  const Proc& p = procs_[static_cast<std::size_t>(instance)];
  ProcResult r = p.res;
  // Blocked in a get_any: the streams it tried are still its anyIds.
  if (r.state == ProcState::BlockedGet && r.blockedStmt)
    if (const auto* get = std::get_if<ir::GetStmt>(&r.blockedStmt->node); get && get->any >= 0) r.blockedAny = p.anyIds;
  return r;
}

StreamResult Engine::streamResult(int stream) const {
  const StreamFifo& c = streams_[static_cast<std::size_t>(stream)];
  StreamResult r;
  r.tokens = c.tokens();
  r.got = c.got();
  r.peak = c.peak();  // settled to the end in run()
  return r;
}

// ---------------------------------------------------------------------------------------------
// Running

void Engine::run() {
  // The interpreter is not recursive; expression evaluation recurses at most as deep as an
  // expression. Below 32 KiB the SystemC thread start-up itself is at risk.
  constexpr std::size_t kMinStack = 32 * 1024, kMaxStack = 64 * 1024 * 1024;
  sc_core::sc_spawn_options o;
  o.set_stack_size(static_cast<int>(std::clamp(opts_.stackBytes, kMinStack, kMaxStack)));
  for (Proc& p : procs_) {
    Proc* pp = &p;
    sc_core::sc_spawn([this, pp] { runProc(*pp); }, nullptr, &o);
  }
  dma_.spawn(o);
  sc_core::sc_spawn([this] { arbiter_.run([this] { return draining_; }); }, nullptr, &o);
  sc_core::sc_start();

  // Nothing can happen any more. Wake every process still waiting so that it returns.
  draining_ = true;
  for (StreamFifo& c : streams_) {
    c.data.notify(sc_core::SC_ZERO_TIME);
    c.space.notify(sc_core::SC_ZERO_TIME);
  }
  for (Proc& p : procs_) p.arb.granted.notify(sc_core::SC_ZERO_TIME);
  // Parked threads end oldest first, then newest first: the oldest goes now, then the newest, and each
  // then releases the next older one (runProc).
  for (Proc& p : procs_)
    if (p.isParked) {
      p.parked.notify(sc_core::SC_ZERO_TIME);
      break;
    }
  dma_.wake();
  arbiter_.wake();
  sc_core::sc_start();
  for (StreamFifo& c : streams_) c.settleAll();
}

std::int64_t Engine::now() const {
  return static_cast<std::int64_t>(sc_core::sc_time_stamp().value()) / ticksPerCycle_;
}

// Still allowed to run: not being drained, and not past the stop cycle.
bool Engine::alive(Proc& p) {
  if (draining_) return false;
  if (now() <= stopAt_) return true;
  p.res.state = ProcState::Stopped;
  return false;
}

// Bring SystemC time up to `cycle` (>= now): the synchronisation before any FIFO or memory access.
bool Engine::advanceTo(Proc& p, std::int64_t cycle) {
  if (cycle > stopAt_) {
    p.res.state = ProcState::Stopped;
    return false;
  }
  const std::int64_t delta = cycle - now();
  if (delta > 0) {
    sc_core::wait(sc_core::sc_time::from_value(static_cast<sc_dt::uint64>(delta * ticksPerCycle_)));
    if (progress_) progress_->cycle.store(cycle, std::memory_order_relaxed);
  }
  return alive(p);
}

void Engine::runProc(Proc& p) {
  std::string evalError;
  try {
    if (interpret(p)) finish(p);
  } catch (const ir::EvalError& e) {
    evalError = e.what();
  }
  // Report outside the handler: fail() may wait, and a coroutine must not switch inside a catch.
  if (!evalError.empty()) fail(p, *p.prog->ops[p.pc].stmt, evalError);
  // SystemC removes a terminated thread from a list it searches from the newest thread, so threads
  // ending oldest first (as instances mostly do) cost time quadratic in their number (~90 us each
  // with 20,000 instances). It also removes it from the context's vector of children, which it
  // searches from the front and closes by moving the last child into the hole. A thread done before
  // the run ends therefore parks, and run() releases the oldest parked one first (the front of the
  // vector), then the others newest first, each the next older one: each then ends at the list's head
  // and at the vector's front (the newest having moved there), so neither search goes further.
  if (draining_) return;
  p.isParked = true;
  sc_core::wait(p.parked);
  p.isParked = false;
  const bool oldest = !newestParkedBelow(p.id);  // released first: the newest follows it
  if (Proc* q = newestParkedBelow(oldest ? static_cast<int>(procs_.size()) : p.id)) q->parked.notify();
}

// The newest parked instance thread older than `id` (ids are in creation order), or nullptr.
Engine::Proc* Engine::newestParkedBelow(int id) {
  for (int j = id - 1; j >= 0; --j)
    if (procs_[static_cast<std::size_t>(j)].isParked) return &procs_[static_cast<std::size_t>(j)];
  return nullptr;
}

bool Engine::interpret(Proc& p) {
  const std::vector<Op>& ops = p.prog->ops;
  // Loop iterations that take no simulated time are counted, so that a zero-cost loop cannot run
  // forever. Only the loops' back edges can repeat work, so only they are counted.
  std::int64_t stillAt = p.t, iterationsStill = 0;
  while (p.pc < ops.size()) {
    const Op& op = ops[p.pc];
    bool ok = true;
    switch (op.kind) {
      case OpKind::LoopBegin:
        ok = op.ii ? pipelinedLoop(p, op) : loopBegin(p, op);
        break;
      case OpKind::LoopNext:
        if (p.t != stillAt) {
          stillAt = p.t;
          iterationsStill = 0;
        } else if (++iterationsStill > opts_.maxStepsPerCycle) {
          return fail(p, *op.stmt,
                      "ran " + groupDigits(opts_.maxStepsPerCycle) +
                          " loop iterations in a row without its simulated time advancing (a loop whose body costs no "
                          "cycles, with a huge trip count?); the run is stopped (--max-steps-per-cycle raises the limit)");
        }
        loopNext(p, op);
        break;
      case OpKind::Branch:
        p.pc = ir::eval(*op.expr[0], p.frame.data()) != 0 ? p.pc + 1 : static_cast<std::size_t>(op.target);
        break;
      case OpKind::Jump:
        p.pc = static_cast<std::size_t>(op.target);
        break;
      case OpKind::Get:
        ok = get(p, op);
        break;
      case OpKind::GetAny:
        ok = getAny(p, op);
        break;
      case OpKind::Put:
        ok = put(p, op);
        break;
      case OpKind::Set:
        ok = setVar(p, op, ir::eval(*op.expr[0], p.frame.data()));
        if (ok) ++p.pc;
        break;
      case OpKind::WhileBegin: {
        const std::int64_t most = ir::eval(*op.expr[1], p.frame.data());
        if (most < 0) return fail(p, *op.stmt, "a while loop's 'max' evaluates to " + std::to_string(most) + ", must be >= 0");
        p.frame[static_cast<std::size_t>(op.slot)] = 0;
        p.loopHi[static_cast<std::size_t>(op.slot)] = most;
        ++p.pc;
        break;
      }
      case OpKind::WhileTest: {
        if (ir::eval(*op.expr[0], p.frame.data()) == 0) {
          p.pc = static_cast<std::size_t>(op.target);
          break;
        }
        const auto s = static_cast<std::size_t>(op.slot);
        if (p.frame[s] >= p.loopHi[s])
          return fail(p, *op.stmt,
                      "the while loop's condition still holds after its 'max' of " + groupDigits(p.loopHi[s]) +
                          " iterations (a stream value never came, or 'max' is too small)");
        ++p.frame[s];
        if (p.t != stillAt) {
          stillAt = p.t;
          iterationsStill = 0;
        } else if (++iterationsStill > opts_.maxStepsPerCycle) {
          return fail(p, *op.stmt,
                      "ran " + groupDigits(opts_.maxStepsPerCycle) +
                          " while-loop iterations in a row without its simulated time advancing; the run is stopped "
                          "(--max-steps-per-cycle raises the limit)");
        }
        ++p.pc;
        break;
      }
      case OpKind::Load:
        ok = memory(p, op, false);
        break;
      case OpKind::Store:
        ok = memory(p, op, true);
        break;
      case OpKind::Compute:
        ok = compute(p, op);
        break;
    }
    if (!ok) return false;
  }
  return true;
}

bool Engine::loopBegin(Proc& p, const Op& op) {
  const std::int64_t* f = p.frame.data();
  const std::int64_t lo = op.expr[0] ? ir::eval(*op.expr[0], f) : 0;
  const std::int64_t hi = ir::eval(*op.expr[1], f);
  const std::int64_t step = op.expr[2] ? ir::eval(*op.expr[2], f) : 1;
  if (step < 1) return fail(p, *op.stmt, "loop step must be >= 1, found " + std::to_string(step));
  const auto s = static_cast<std::size_t>(op.slot);
  p.frame[s] = lo;
  p.loopHi[s] = hi;
  p.loopStep[s] = step;
  p.pc = lo < hi ? p.pc + 1 : static_cast<std::size_t>(op.target);
  return true;
}

void Engine::loopNext(Proc& p, const Op& op) {
  const auto s = static_cast<std::size_t>(op.slot);
  const __int128 next = static_cast<__int128>(p.frame[s]) + p.loopStep[s];
  if (next < p.loopHi[s]) {
    p.frame[s] = static_cast<std::int64_t>(next);
    p.pc = static_cast<std::size_t>(op.target);
    return;
  }
  ++p.pc;
}

bool Engine::compute(Proc& p, const Op& op) {
  const ComputeCost& c = p.prog->compute[static_cast<std::size_t>(op.aux)];
  std::int64_t cycles = c.cycles;
  if (c.cyclesExpr) {
    cycles = ir::eval(*c.cyclesExpr, p.frame.data());
    if (cycles < 0) return fail(p, *op.stmt, "'cycles' evaluates to " + std::to_string(cycles) + ", must be >= 0");
  }
  if (cycles > stopAt_ - p.t) {  // would end past the stop cycle (no overflow: both sides bounded)
    p.res.state = ProcState::Stopped;
    return false;
  }
  if (!p.coreNeeds.empty() && cycles > 0) {
    // A core shared with other instances of the tile: wait for it, then hold it for the call.
    if (!advanceTo(p, p.t)) return false;
    const std::int64_t asked = p.t;
    if (!acquire(p, p.coreNeeds, cycles, 0)) return false;
    p.res.stats.coreWait += p.arb.grantResume - cycles - asked;
    p.t = p.arb.grantResume - cycles;
    traceSpan(p, TraceKind::CoreWait, asked, p.t, 0);
  }
  if (trace_) traceSpan(p, TraceKind::Compute, p.t, p.t + cycles, p.computeName[static_cast<std::size_t>(op.aux)]);
  p.t += cycles;
  InstanceStats& st = p.res.stats;
  st.busy += cycles;
  st.compute += cycles;
  st.macs += c.macs;
  st.vectorOps += c.vectorOps;
  macsByType_[c.mac.index()] += c.macs;
  if (!runKernel(p, op)) return false;
  ++p.pc;
  return true;
}

// Functional mode: run the compute op's kernel on the instance's locals.
bool Engine::runKernel(Proc& p, const Op& op) {
  const ComputeCost& c = p.prog->compute[static_cast<std::size_t>(op.aux)];
  if (!tensors_ || c.stmt->out < 0) return true;
  const ir::ComputeStmt& s = *c.stmt;
  const auto k = static_cast<std::size_t>(op.aux);
  data::Buffer& out = p.locals[static_cast<std::size_t>(s.out)];
  if (p.checkedKernel[k]) {
    kernels::runChecked(p.checkedKernel[k], p.computeIns[k], out, s.accumulate, s.attrs);
    return true;
  }
  const ir::KernelInfo* info = kernels::infoOf(s);
  std::string why = kernels::runKernel(*info, p.computeIns[k], out, s.accumulate, s.attrs);
  if (!why.empty()) return fail(p, *op.stmt, "compute '" + s.kernel + "': " + why);
  p.checkedKernel[k] = kernels::of(*info).reference;  // nullptr for custom: checked every time, cheaply
  return true;
}

namespace {

// "S[1][2]" from the first `n` index values (error messages only).
std::string elementName(const std::string& decl, const std::int64_t* index, std::size_t n) {
  std::string name = decl;
  for (std::size_t i = 0; i < n; ++i) name += "[" + std::to_string(index[i]) + "]";
  return name;
}

}  // namespace

// The StreamInst a dynamic reference names, or -1 after reporting why there is none.
int Engine::resolve(Proc& p, const Op& op, bool put) {
  const DynamicStream& d = p.prog->dynamic[static_cast<std::size_t>(op.aux)];
  const ir::StreamDecl& decl = g_.streams[static_cast<std::size_t>(d.decl)];
  const char* verb = put ? "put to stream '" : "get from stream '";
  std::int64_t index[kMaxRank];
  std::int64_t flat = 0;
  const std::size_t rank = d.index.size();
  for (std::size_t i = 0; i < rank; ++i) {
    const std::int64_t v = index[i] = ir::eval(*d.index[i], p.frame.data());
    if (v < 0 || v >= decl.dims[i]) {
      fail(p, *op.stmt,
           verb + elementName(decl.name, index, i + 1) + (i + 1 < rank ? "[...]" : "") + "': index " +
               std::to_string(v) + " is out of range [0, " + std::to_string(decl.dims[i]) + ") of dimension " +
               std::to_string(i));
      return -1;
    }
    flat = flat * decl.dims[i] + v;
  }
  const int id = g_.streamInstOf[static_cast<std::size_t>(d.decl)][static_cast<std::size_t>(flat)];
  if (id < 0) {
    fail(p, *op.stmt,
         verb + elementName(decl.name, index, rank) + "', an element that no instance was elaborated to use");
    return -1;
  }
  const ir::StreamInst& s = g_.streamInsts[static_cast<std::size_t>(id)];
  const int owner = put ? s.producer : s.consumer;
  if (owner == p.id) return id;
  fail(p, *op.stmt,
       std::string(verb) + s.name + "', whose " + (put ? "producer" : "consumer") + " is instance '" +
           g_.instances[static_cast<std::size_t>(owner)].name + "'");
  return -1;
}

// Whether the instance may act at its local time p.t without synchronising first: only checks
// the stop cycle, as advanceTo(p, p.t) would (see takeToken). Exact mode synchronises.
bool Engine::reach(Proc& p) {
  if (exact_) return advanceTo(p, p.t);
  if (p.t <= stopAt_) return true;
  p.res.state = ProcState::Stopped;
  return false;
}

// Take the oldest token of stream instance `id` at cycle p.t, or as soon as there is one and it is
// visible (blocked on get meanwhile; the wait counts as blockedGet). In functional mode its value
// goes into the op's local. `at`: the cycle it was taken. p.t is left as it was.
//
// Without exact_, the instance does not synchronise with SystemC time first (the DAM idea): the
// outcome of a get at cycle c is max(c, visibility of the oldest token) whenever that token has
// been put, in whatever real-time order the producer acted, because only this instance takes
// tokens out; it suspends only when the FIFO is really empty. The same holds for puts (a put k
// goes on at max(p, the cycle get k - depth freed its place)), and the channel folds its peak from
// time-stamped logs. What such a run cannot reproduce is a run-time error stopping the others at
// an earlier cycle than they already reached, so simulate() runs again exactly when one happens.
bool Engine::takeToken(Proc& p, const Op& op, int id, std::int64_t& at) {
  StreamFifo& c = streams_[static_cast<std::size_t>(id)];
  if (!reach(p)) return false;
  const std::int64_t start = p.t;
  if (c.empty()) {
    ProcResult& r = p.res;
    r.state = ProcState::BlockedGet;
    r.blockedStream = id;
    r.blockedStmt = op.stmt;
    r.blockedSince = start;
    r.waitsOnEvent = true;
    while (c.empty()) {
      c.consumerWaits = true;
      sc_core::wait(c.data);
      c.consumerWaits = false;
      if (!alive(p)) return false;
    }
    r.waitsOnEvent = false;
  }
  if (exact_) {
    if (c.front() > now() && !advanceTo(p, c.front())) return false;
    at = now();
  } else {
    at = std::max(start, c.front());
    if (at > stopAt_) {
      p.res.state = ProcState::Stopped;
      return false;
    }
  }
  p.res.state = ProcState::Running;
  if (op.var >= 0) {
    // The frontend makes every put to a value stream carry a value (an expression's, or a local's on a
    // stream whose values come from data); a token without one is a datosim bug, not a crash.
    if (c.values.empty()) return fail(p, *op.stmt, "internal error: a token without a value on a value stream");
    const std::int64_t v = c.values.front();
    c.values.pop();
    p.res.stats.received.push_back(v);
    c.pop(at);
    if (c.producerWaits) c.space.notify();
    p.res.stats.blockedGet += at - start;
    traceStall(p, TraceKind::BlockedGet, start, at, id);
    return setVar(p, op, v);
  }
  if (tensors_) {
    data::Buffer& local = p.locals[static_cast<std::size_t>(op.local)];
    if (op.slice >= 0) {
      // Into its place in the local (sliceFits has checked and evaluated the offsets).
      [[maybe_unused]] const std::string why = data::copyTileIn(local, p.sliceAt, c.frontData());
      assert(why.empty() && "sliceFits checks the token's place");
    } else {
      // The place's value is dead once got: exchange storage instead of copying (same dtype and shape).
      assert(local.dtype() == c.frontData().dtype() && local.shape() == c.frontData().shape() &&
             "the frontend checks that a get's local has the token type");
      std::swap(local, c.frontData());
    }
  }
  c.pop(at);
  if (c.producerWaits) c.space.notify();
  p.res.stats.blockedGet += at - start;
  traceStall(p, TraceKind::BlockedGet, start, at, id);
  return true;
}

// Wait from cycle p.t until stream instance `id` has a free place (blocked on put meanwhile; the wait
// counts as blockedPut). `at`: the cycle the place is free. p.t is left as it was.
bool Engine::waitForSpace(Proc& p, const Op& op, int id, std::int64_t& at) {
  StreamFifo& c = streams_[static_cast<std::size_t>(id)];
  if (!reach(p)) return false;
  const std::int64_t start = p.t;
  if (c.full()) {
    ProcResult& r = p.res;
    r.state = ProcState::BlockedPut;
    r.blockedStream = id;
    r.blockedStmt = op.stmt;
    r.blockedSince = start;
    r.waitsOnEvent = true;
    while (c.full()) {
      c.producerWaits = true;
      sc_core::wait(c.space);
      c.producerWaits = false;
      if (!alive(p)) return false;
    }
    r.waitsOnEvent = false;
  }
  p.res.state = ProcState::Running;
  at = exact_ ? now() : std::max(start, c.spaceFreeAt());  // the place's get was at or before its cycle
  p.res.stats.blockedPut += at - start;
  traceStall(p, TraceKind::BlockedPut, start, at, id);
  return true;
}

// A get's or put's `at`: evaluate the offsets into p.sliceAt and check that the token lies inside the
// local; reports a run-time error if not. True for an op without `at`.
bool Engine::sliceFits(Proc& p, const Op& op) {
  if (op.slice < 0) return true;
  const SliceAccess& sa = p.prog->slices[static_cast<std::size_t>(op.slice)];
  p.sliceAt.resize(sa.at.size());
  for (std::size_t d = 0; d < sa.at.size(); ++d) p.sliceAt[d] = ir::eval(*sa.at[d], p.frame.data());
  for (std::size_t d = 0; d < sa.at.size(); ++d) {
    const std::int64_t o = p.sliceAt[d];
    if (o >= 0 && o <= sa.local[d] - sa.token[d]) continue;
    std::string offsets;
    for (std::size_t i = 0; i < p.sliceAt.size(); ++i) offsets += (i ? ", " : "") + std::to_string(p.sliceAt[i]);
    const ir::Instance& inst = g_.instances[static_cast<std::size_t>(p.prog->instance)];
    const std::string& local = g_.tasks[static_cast<std::size_t>(inst.task)].locals[static_cast<std::size_t>(op.local)].name;
    return fail(p, *op.stmt,
                std::string(op.kind == OpKind::Get ? "get into '" : "put from '") + local + "' at [" + offsets +
                    "]: the " + ir::shapeString(sa.token) + " token does not fit in the local " +
                    ir::shapeString(sa.local) + " (dimension " + std::to_string(d) + ": offset " + std::to_string(o) +
                    ", extent " + std::to_string(sa.token[d]) + ", local " + std::to_string(sa.local[d]) + ")");
  }
  return true;
}

bool Engine::get(Proc& p, const Op& op) {
  if (!sliceFits(p, op)) return false;
  const int id = op.stream >= 0 ? op.stream : resolve(p, op, false);
  if (id < 0) return false;
  std::int64_t at = 0;
  if (!takeToken(p, op, id, at)) return false;
  const StreamFifo& c = streams_[static_cast<std::size_t>(id)];
  p.res.stats.busy += c.access;
  traceSpan(p, TraceKind::Get, at, at + c.access, id);
  p.t = at + c.access;
  ++p.pc;
  return true;
}

// A task variable takes `v` (a set, or a value token got into it): in [0, extent) or a run-time error.
bool Engine::setVar(Proc& p, const Op& op, std::int64_t v) {
  const int slot = op.var >= 0 ? op.var : op.slot;
  if (v >= 0 && v < op.extent) {
    p.frame[static_cast<std::size_t>(slot)] = v;
    return true;
  }
  const ir::Instance& inst = g_.instances[static_cast<std::size_t>(p.prog->instance)];
  const ir::TaskVar& tv = g_.tasks[static_cast<std::size_t>(inst.task)].vars[static_cast<std::size_t>(slot)];
  return fail(p, *op.stmt,
              "variable '" + tv.name + "' would take " + std::to_string(v) + ", outside its range [0, " +
                  std::to_string(tv.extent) + ")" + (op.kind == OpKind::Set ? "" : " (the value came from the stream)"));
}

// get_any (STeP's EagerMerge): the first token to become visible on any of the streams the op's index
// names for each value of its variable; among tokens visible at the same cycle, the lowest value's. The
// instance synchronises with SystemC time first: every token visible by then has been put (a transfer
// takes at least one cycle), so the choice does not depend on the order processes run in.
bool Engine::getAny(Proc& p, const Op& op) {
  const auto slot = static_cast<std::size_t>(op.any);
  const ir::Instance& inst = g_.instances[static_cast<std::size_t>(p.prog->instance)];
  const std::int64_t extent = g_.tasks[static_cast<std::size_t>(inst.task)].vars[slot].extent;
  std::vector<int>& ids = p.anyIds;
  ids.clear();
  for (std::int64_t v = 0; v < extent; ++v) {
    p.frame[slot] = v;
    const int id = resolve(p, op, false);
    if (id < 0) return false;
    ids.push_back(id);
  }
  if (!advanceTo(p, p.t)) return false;
  const std::int64_t start = p.t;
  std::size_t best = ids.size();
  for (;;) {
    const std::int64_t t = now();
    std::int64_t bestAt = std::numeric_limits<std::int64_t>::max(), earliest = bestAt;
    int empty = -1;
    for (std::size_t k = 0; k < ids.size(); ++k) {
      const StreamFifo& c = streams_[static_cast<std::size_t>(ids[k])];
      if (c.empty()) {
        if (empty < 0) empty = ids[k];
        continue;
      }
      earliest = std::min(earliest, c.front());
      if (c.front() <= t && c.front() < bestAt) {
        best = k;
        bestAt = c.front();
      }
    }
    if (best < ids.size()) break;
    ProcResult& r = p.res;
    r.state = ProcState::BlockedGet;
    r.blockedStream = empty >= 0 ? empty : ids.front();
    r.blockedStmt = op.stmt;
    r.blockedSince = start;
    r.waitsOnEvent = earliest == std::numeric_limits<std::int64_t>::max();
    sc_core::sc_event_or_list any;
    for (int id : ids) {
      StreamFifo& c = streams_[static_cast<std::size_t>(id)];
      c.consumerWaits = true;
      any |= c.data;
    }
    if (r.waitsOnEvent) {
      sc_core::wait(any);
    } else {
      const std::int64_t until = std::min(earliest, stopAt_ + 1);
      sc_core::wait(sc_core::sc_time::from_value(static_cast<sc_dt::uint64>((until - t) * ticksPerCycle_)), any);
    }
    for (int id : ids) streams_[static_cast<std::size_t>(id)].consumerWaits = false;
    if (!alive(p)) return false;
    r.waitsOnEvent = false;
  }
  p.res.state = ProcState::Running;
  p.frame[slot] = static_cast<std::int64_t>(best);
  p.res.stats.received.push_back(static_cast<std::int64_t>(best));
  const int id = ids[best];
  if (now() > start) {
    p.res.stats.blockedGet += now() - start;
    traceStall(p, TraceKind::BlockedGet, start, now(), id);
  }
  p.t = now();
  std::int64_t at = 0;
  if (!takeToken(p, op, id, at)) return false;
  const StreamFifo& c = streams_[static_cast<std::size_t>(id)];
  p.res.stats.busy += c.access;
  traceSpan(p, TraceKind::Get, at, at + c.access, id);
  p.t = at + c.access;
  ++p.pc;
  return true;
}

bool Engine::put(Proc& p, const Op& op) {
  if (!sliceFits(p, op)) return false;
  const int id = op.stream >= 0 ? op.stream : resolve(p, op, true);
  if (id < 0) return false;
  StreamFifo& c = streams_[static_cast<std::size_t>(id)];
  std::int64_t value = 0;
  const bool fromData = !op.expr[0] && c.valuesFromData;  // the value in the local (one integer element)
  if (fromData) {
    if (!tensors_)
      return fail(p, *op.stmt,
                  "put to stream '" + g_.streamInsts[static_cast<std::size_t>(id)].name +
                      "', whose values come from data: the run carries no data (the pipeline turns functional mode on "
                      "for such graphs)");
    value = p.locals[static_cast<std::size_t>(op.local)].getInt(0);
  }
  if (op.expr[0]) {
    value = ir::eval(*op.expr[0], p.frame.data());
    const int bits = ir::dtypeBits(c.valueDType);
    const std::int64_t hi = (std::int64_t{1} << (bits - 1)) - 1, lo = -hi - 1;
    if (value < lo || value > hi)
      return fail(p, *op.stmt,
                  "put of value " + std::to_string(value) + " to stream '" + g_.streamInsts[static_cast<std::size_t>(id)].name +
                      "', whose " + ir::dtypeName(c.valueDType) + " tokens hold [" + std::to_string(lo) + ", " +
                      std::to_string(hi) + "]");
  }
  std::int64_t at = 0;
  if (!waitForSpace(p, op, id, at)) return false;
  std::int64_t done = at + c.access + c.transfer;
  std::int64_t putAt = at;
  if (!c.portNeeds.empty()) {
    // A DMA channel shared with other streams: the transfer waits for it (busy, like a load
    // waiting for a memory channel). Only this instance fills the FIFO, so the place stays free.
    const std::int64_t ready = at + c.access;
    if (!advanceTo(p, ready) || !acquire(p, c.portNeeds, c.transfer, 0)) return false;
    done = p.arb.grantResume;
    putAt = now();
    p.res.stats.busy += done - ready - c.transfer;
  }
  c.push(putAt, done + c.latency);
  if (op.expr[0] || fromData) {
    c.values.push(value);
  } else if (tensors_) {
    const data::Buffer& local = p.locals[static_cast<std::size_t>(op.local)];
    if (op.slice >= 0) {
      [[maybe_unused]] const std::string why = data::copyTileOut(local, p.sliceAt, c.backData());
      assert(why.empty() && "sliceFits checks the token's place");
    } else {
      c.backData() = local;  // same size: no allocation
    }
  }
  if (c.consumerWaits) c.data.notify();
  p.res.stats.busy += c.access + c.transfer;
  traceSpan(p, TraceKind::Put, at, done, id);
  p.t = done;
  ++p.pc;
  return true;
}

// Whether the op's tile lies inside the shard at the current loop values; reports a run-time error
// if not.
bool Engine::tileInShard(Proc& p, const Op& op, const MemAccess& m, bool write) {
  for (std::size_t d = 0; d < m.tile.size(); ++d) {
    const std::int64_t at = m.at.empty() ? 0 : ir::eval(*m.at[d], p.frame.data());
    if (tileFitsAt(m, d, at)) continue;
    std::string offsets;
    for (std::size_t i = 0; i < m.at.size(); ++i)
      offsets += (i ? ", " : "") + std::to_string(ir::eval(*m.at[i], p.frame.data()));
    return fail(p, *op.stmt,
                std::string(write ? "store to '" : "load from '") + m.argName + "' at [" + offsets + "]: the " +
                    ir::shapeString(m.tile) + " tile does not fit in the local shard " + ir::shapeString(m.shard) +
                    " (dimension " + std::to_string(d) + ": offset " + std::to_string(at) + ", extent " +
                    std::to_string(m.tile[d]) + ", shard " + std::to_string(m.shard[d]) + ")");
  }
  return true;
}

bool Engine::memory(Proc& p, const Op& op, bool write) {
  const MemAccess& m = p.prog->mem[static_cast<std::size_t>(op.aux)];
  if (!tileInShard(p, op, m, write)) return false;
  if (!write && !p.loadBuffer.empty() && p.loadBuffer[static_cast<std::size_t>(op.aux)])
    return bufferedLoad(p, op, m, *p.loadBuffer[static_cast<std::size_t>(op.aux)]);
  if (write && !p.drainOf.empty() && p.drainOf[static_cast<std::size_t>(op.aux)])
    return drainedStore(p, op, m, *p.drainOf[static_cast<std::size_t>(op.aux)]);
  const std::int64_t begin = p.t;
  if (!advanceTo(p, p.t + issueCycles_)) return false;
  const MemPath* path = p.memPaths.empty() ? nullptr : &p.memPaths[static_cast<std::size_t>(op.aux)];
  bool ok = false;
  if (path && !path->needs.empty())
    ok = acquire(p, path->needs, arch::ceilCycles(static_cast<double>(m.bytes), path->bytesPerCycle), path->latency);
  else
    ok = acquire(p, write ? writePool_ : readPool_, arch::ceilCycles(static_cast<double>(m.bytes), mem_.bytesPerCycle),
                 mem_.latency);
  if (!ok || !advanceTo(p, p.arb.grantResume)) return false;
  if (tensors_ && !moveTile(p, op, m, write)) return false;
  const std::int64_t cycles = p.arb.grantResume - begin;
  p.res.stats.memory += cycles;
  p.res.stats.busy += cycles;
  if (trace_)
    traceSpan(p, write ? TraceKind::Store : TraceKind::Load, begin, p.arb.grantResume,
              p.memName[static_cast<std::size_t>(op.aux)]);
  p.t = p.arb.grantResume;
  ++p.pc;
  return true;
}

// The global-tensor offset of the op's tile at the current loop values: the shard origin plus the
// statement's offsets.
void Engine::tileOrigin(const Proc& p, const MemAccess& m, ir::Shape& offset) const {
  offset.clear();
  for (std::size_t d = 0; d < m.origin.size(); ++d)
    offset.push_back(m.origin[d] + (m.at.empty() ? 0 : ir::eval(*m.at[d], p.frame.data())));
}

// Functional mode: copy the tile between the local and the global tensor, at the shard origin
// plus the statement's offsets (already checked to lie inside the shard).
bool Engine::moveTile(Proc& p, const Op& op, const MemAccess& m, bool write) {
  tileOrigin(p, m, p.offset);
  data::Buffer& tensor = (*tensors_)[static_cast<std::size_t>(m.tensor)];
  data::Buffer& local = p.locals[static_cast<std::size_t>(m.local)];
  const std::string why = write ? data::copyTileIn(tensor, p.offset, local) : data::copyTileOut(tensor, p.offset, local);
  if (why.empty()) return true;
  return fail(p, *op.stmt, std::string(write ? "store to '" : "load from '") + m.argName + "': " + why);
}

void Engine::finish(Proc& p) {
  if (!p.drains.empty() && !waitForDrains(p)) return;
  if (!reach(p)) return;
  p.res.state = ProcState::Finished;
  p.res.stats.finish = p.t;
  if (progress_) {
    progress_->finished.fetch_add(1, std::memory_order_relaxed);
    if (p.t > progress_->cycle.load(std::memory_order_relaxed)) progress_->cycle.store(p.t, std::memory_order_relaxed);
  }
}

// Record a run-time error at the instance's current cycle. The run then stops at the end of that
// cycle, so every error of that cycle is reported, whatever the order the processes ran in.
bool Engine::fail(Proc& p, const ir::Stmt& s, const std::string& message) {
  if (!advanceTo(p, p.t)) return false;
  const std::int64_t at = now();
  const std::string& name = p.res.stats.name;
  errors_.push_back(
      {at, p.id, {Severity::Error, s.loc, "instance '" + name + "', cycle " + std::to_string(at) + ": " + message}});
  stopAt_ = std::min(stopAt_, at);
  p.res.state = ProcState::Failed;
  return false;
}

bool Engine::acquire(Proc& p, const Needs& needs, std::int64_t duration, std::int64_t latency) {
  arbiter_.request(p.arb, needs, duration, latency);
  sc_core::wait(p.arb.granted);
  return alive(p);
}

// ---------------------------------------------------------------------------------------------
// The instance's side of buffered DMA (the agents: dma.cpp)

// A prefetched load: release the tile of the route's previous load, wait until the next one has
// arrived, take it (the lock costs `lockCycles`).
bool Engine::bufferedLoad(Proc& p, const Op& op, const MemAccess& m, LoadBuffer& b) {
  if (!advanceTo(p, p.t)) return false;
  const std::int64_t begin = p.t;
  if (b.held) {
    b.held = false;
    b.freed->notify();
  }
  while (b.arrivals.empty()) {
    if (b.ended) {  // the flow stopped at the cycle limit
      p.res.state = ProcState::Stopped;
      return false;
    }
    sc_core::wait(b.delivered);
    if (!alive(p)) return false;
  }
  if (b.arrivals.front() > now() && !advanceTo(p, b.arrivals.front())) return false;
  b.arrivals.pop_front();
  b.held = true;
  if (tensors_ && !moveTile(p, op, m, false)) return false;
  return tookBuffer(p, op, begin, TraceKind::Load);
}

// A drained store: hand the tile over (in functional mode it is written to the tensor now: no
// instance loads a tensor with drained stores), then wait until a buffer is free for the next
// one: at most depth - 1 stores may still be leaving L1.
bool Engine::drainedStore(Proc& p, const Op& op, const MemAccess& m, Drain& d) {
  if (!advanceTo(p, p.t)) return false;
  const std::int64_t begin = p.t;
  if (tensors_ && !moveTile(p, op, m, true)) return false;
  d.pending.push_back(m.bytes);
  ++d.outstanding;
  d.handed.notify();
  while (d.outstanding > d.depth - 1) {
    if (!d.sentAt.empty()) {
      if (d.sentAt.front() > now() && !advanceTo(p, d.sentAt.front())) return false;
      d.sentAt.pop_front();
      --d.outstanding;
      continue;
    }
    if (d.stopped) {
      p.res.state = ProcState::Stopped;
      return false;
    }
    sc_core::wait(d.granted);
    if (!alive(p)) return false;
  }
  return tookBuffer(p, op, begin, TraceKind::Store);
}

// A buffered load or store has its tile (from `begin`): the buffer's lock, then the next op.
bool Engine::tookBuffer(Proc& p, const Op& op, std::int64_t begin, TraceKind kind) {
  p.t = now() + dma_.buffering().lockCycles;
  p.res.stats.memory += p.t - begin;
  p.res.stats.busy += p.t - begin;
  if (trace_) traceSpan(p, kind, begin, p.t, p.memName[static_cast<std::size_t>(op.aux)]);
  ++p.pc;
  return true;
}

// The end of the body: the instance finishes when its last store has completed.
bool Engine::waitForDrains(Proc& p) {
  std::int64_t done = p.t;
  for (Drain* d : p.drains) {
    while (!d->pending.empty()) {
      if (d->stopped) {
        p.res.state = ProcState::Stopped;
        return false;
      }
      sc_core::wait(d->granted);
      if (!alive(p)) return false;
    }
    done = std::max(done, d->doneAt);
  }
  p.res.stats.memory += done - p.t;
  p.res.stats.busy += done - p.t;
  if (trace_) traceSpan(p, TraceKind::Store, p.t, done, trace_->name("(last stores draining)"));
  p.t = done;
  return true;
}

}  // namespace datosim::sim
