#include "analysis/roofline.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <stdexcept>
#include <tuple>
#include <vector>

#include "arch/family.h"
#include "ir/kernels.h"
#include "kernels/kernel.h"
#include "ir/visit.h"
#include "arch/cycles.h"

namespace datosim::analysis {

namespace {

// The walk gives up with this (caught in computeBound, turned into Bound::note).
struct WalkStop : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// What one instance's body does.
struct Counts {
  std::map<ir::MacType, std::int64_t> macs;
  std::map<ir::DType, std::int64_t> vectorOps;
  std::int64_t loadBytes = 0, storeBytes = 0;
  std::map<int, std::int64_t> loadsByArg;  // task argument -> bytes loaded through it
  std::map<int, std::int64_t> storesByArg; // task argument -> bytes stored through it
  std::map<int, std::int64_t> puts;        // StreamInst id -> tokens put outside pipelined loops
  // The instance's own kernel time: every compute's cost (the graph's `cycles` where given, else the
  // timing model's) one after another; inside a pipelined loop (on a model that pipelines) the largest
  // issue cost of each iteration, as the pipeline's interval is at least that (docs/timing.md).
  double kernelCycles = 0;
  double iterKernelMax = 0;  // the current pipelined iteration's largest compute issue
  // The fixed cost of each get and put outside pipelined loops on the instance's own time (the timing
  // model's getCycles: a lock acquire or release, a FIFO access), which the engine charges besides the
  // kernels; inside a pipelined loop they overlap with the iterations and count nothing here.
  double accessCycles = 0;
  // Loads and stores that block the instance (a model without buffered DMA, outside pipelined loops): each
  // waits at least the memory's issue, its transfer at the channel's rate and the latency.
  double memoryOwnCycles = 0;
  // kernelCycles includes the runs of pipelined loops: each iteration's interval and the last one's
  // latency through its gets, loads, computes, puts and stores.
  bool pipelined = false;
  // Pipelined loops: the tokens one run of the loop puts per stream -> how many such runs. Their
  // streams transfer in parallel (docs/timing.md, "Pipelined loops"), so such a run is bounded by
  // its busiest stream, not by the sum over its streams.
  std::map<std::map<int, std::int64_t>, std::int64_t> pipelinedPuts;

  void add(const Counts& o, std::int64_t times) {
    kernelCycles += (o.kernelCycles + o.iterKernelMax) * static_cast<double>(times);
    accessCycles += o.accessCycles * static_cast<double>(times);
    memoryOwnCycles += o.memoryOwnCycles * static_cast<double>(times);
    pipelined = pipelined || (o.pipelined && times > 0);
    for (const auto& [run, n] : o.pipelinedPuts) pipelinedPuts[run] += n * times;
    for (const auto& [dt, n] : o.macs) macs[dt] += n * times;
    for (const auto& [dt, n] : o.vectorOps) vectorOps[dt] += n * times;
    loadBytes += o.loadBytes * times;
    for (const auto& [a, n] : o.loadsByArg) loadsByArg[a] += n * times;
    storeBytes += o.storeBytes * times;
    for (const auto& [a, n] : o.storesByArg) storesByArg[a] += n * times;
    for (const auto& [s, n] : o.puts) puts[s] += n * times;
  }
};

// A block whose counts cannot depend on loop-variable values: constant inner loop bounds, no run-time
// `if`, every stream reference resolved at elaboration. Its counts are the same in every iteration.
bool uniform(const ir::Block& b) {
  for (const ir::Stmt& s : b) {
    if (const auto* f = std::get_if<ir::ForStmt>(&s.node)) {
      if (!f->lo->isConst() || !f->hi->isConst() || !f->step->isConst() || !uniform(f->body)) return false;
    } else if (std::holds_alternative<ir::IfStmt>(s.node)) {
      return false;
    } else if (const auto* p = std::get_if<ir::PutStmt>(&s.node)) {
      if (p->stream.inst < 0) return false;
    } else if (const auto* k = std::get_if<ir::ComputeStmt>(&s.node)) {
      if (k->cycles && !k->cycles->isConst()) return false;
    } else if (const auto* gs = std::get_if<ir::GetStmt>(&s.node)) {
      if (gs->var >= 0 || gs->any >= 0) return false;  // takes the next received value: differs per iteration
    } else if (std::holds_alternative<ir::SetStmt>(s.node) || std::holds_alternative<ir::WhileStmt>(s.node)) {
      return false;
    }
  }
  return true;
}

class Walker : private ir::StmtVisitor<Counts> {
 public:
  // `model` null: only the data moved is counted (argTraffic), not the kernels' costs.
  Walker(const ir::Graph& g, const ir::Instance& inst, const arch::TimingModel* model, std::int64_t& steps,
         std::int64_t maxSteps, const std::vector<std::int64_t>* received)
      : g_(g), inst_(inst), task_(g.tasks[static_cast<std::size_t>(inst.task)]), model_(model), steps_(steps),
        maxSteps_(maxSteps), slots_(static_cast<std::size_t>(std::max(inst.numSlots, 1)), 0), received_(received) {}

  Counts run() {
    if (ir::steeredAtRunTime(task_) && !received_)
      throw WalkStop("instance " + inst_.name + ": its control depends on values it receives at run time (task "
                     "variables or 'while'), which only the simulation knows");
    Counts c;
    block(inst_.body, c);
    if (received_ && next_ != received_->size())
      throw WalkStop("instance " + inst_.name + ": the walk took " + std::to_string(next_) + " of the " +
                     std::to_string(received_->size()) + " values the run received (an internal mismatch)");
    return c;
  }

 private:
  std::int64_t value(const ir::ExprPtr& e, const char* what) {
    try {
      return ir::eval(*e, slots_.data());
    } catch (const ir::EvalError& err) {
      throw WalkStop("instance " + inst_.name + ": " + what + " '" + ir::toString(*e) + "': " + err.what());
    }
  }

  void tick() {
    if (++steps_ > maxSteps_)
      throw WalkStop("the walk of the instance bodies passed " + std::to_string(maxSteps_) +
                     " statements (BoundOptions::maxSteps); loops whose bodies depend on loop variables are "
                     "visited iteration by iteration");
  }

  const ir::LocalVar& local(int i) const { return task_.locals[static_cast<std::size_t>(i)]; }

  void block(const ir::Block& b, Counts& c) {
    for (const ir::Stmt& s : b) {
      tick();
      visit(s, c);
    }
  }

  // What one statement adds to the counts (ir::StmtVisitor: one method per kind).
  void on(const ir::Stmt&, const ir::ForStmt& f, Counts& c) override { loop(f, c); }
  void on(const ir::Stmt&, const ir::IfStmt& i, Counts& c) override {
    for (const auto& [cond, body] : i.branches)
      if (value(cond, "condition") != 0) return block(body, c);
    block(i.elseBody, c);
  }
  void on(const ir::Stmt&, const ir::PutStmt& p, Counts& c) override {
    const int id = streamInst(p.stream);
    c.puts[id] += 1;
    access(id, c);
    if (inPipe_) finishes(readyOf(p.local) + static_cast<double>(accessOf(id)));
  }
  // A get moves nothing here: the producer's put pays the transfer; the get costs its access. Into a
  // variable (or a get_any), it takes what the run received.
  void on(const ir::Stmt&, const ir::GetStmt& gs, Counts& c) override {
    if (gs.any >= 0) slots_[static_cast<std::size_t>(gs.any)] = take();
    if (gs.var >= 0) slots_[static_cast<std::size_t>(gs.var)] = take();
    if (gs.any >= 0) return;
    const int id = streamInst(gs.stream);
    access(id, c);
    if (inPipe_ && gs.local >= 0) setReady(gs.local, static_cast<double>(accessOf(id)));
  }
  void on(const ir::Stmt&, const ir::LoadStmt& l, Counts& c) override {
    const std::int64_t bytes = ir::tileBytes(local(l.local).dtype, local(l.local).shape);
    c.loadBytes += bytes;
    c.loadsByArg[l.arg] += bytes;
    blocking(bytes, c);
    if (inPipe_) setReady(l.local, memoryCycles(bytes));
  }
  void on(const ir::Stmt&, const ir::StoreStmt& st, Counts& c) override {
    const std::int64_t bytes = ir::tileBytes(local(st.local).dtype, local(st.local).shape);
    c.storeBytes += bytes;
    c.storesByArg[st.arg] += bytes;
    blocking(bytes, c);
    if (inPipe_) finishes(readyOf(st.local) + memoryCycles(bytes));
  }
  void on(const ir::Stmt&, const ir::ComputeStmt& k, Counts& c) override { compute(k, c); }
  // Run-time control, replaying the run (run() stops the walk of a steered task without a replay).
  void on(const ir::Stmt&, const ir::WhileStmt& w, Counts& c) override {
    const std::int64_t max = value(w.max, "while bound");
    for (std::int64_t n = 0; value(w.cond, "while condition") != 0; ++n) {
      if (n == max) throw WalkStop("instance " + inst_.name + ": a while loop ran past its max in the replay");
      block(w.body, c);
    }
  }
  void on(const ir::Stmt&, const ir::SetStmt& st, Counts&) override {
    slots_[static_cast<std::size_t>(st.var)] = value(st.value, "set value");
  }

  std::int64_t take() {
    if (!received_ || next_ >= received_->size())
      throw WalkStop("instance " + inst_.name + ": the replay ran out of received values (an internal mismatch)");
    return (*received_)[next_++];
  }

  void loop(const ir::ForStmt& f, Counts& c) {
    const std::int64_t lo = value(f.lo, "loop start"), hi = value(f.hi, "loop end"), step = value(f.step, "loop step");
    if (step < 1) throw WalkStop("instance " + inst_.name + ": loop '" + f.var + "' has step " + std::to_string(step));
    const std::int64_t trips = hi > lo ? (hi - lo - 1) / step + 1 : 0;
    if (trips == 0) return;
    if (f.ii) {
      Counts run;
      inPipe_ = model_ && model_->pipelinesLoops();
      if (inPipe_) {
        pipe_ = PipeRun{};
        pipe_.ii = static_cast<double>(std::max<std::int64_t>(0, value(f.ii, "initiation interval")));
      }
      runLoop(f, lo, hi, step, trips, run);
      // The run's own time: every iteration but the last issues at least one interval after the one
      // before it, and the loop ends when the last one's slowest statement does (docs/timing.md,
      // "Pipelined loops": the latency of the last iteration is paid once per run).
      if (inPipe_) {
        run.kernelCycles = pipe_.total();
        run.pipelined = true;
      }
      inPipe_ = false;
      if (!run.puts.empty()) c.pipelinedPuts[run.puts] += 1;
      run.puts.clear();
      c.add(run, 1);
      return;
    }
    runLoop(f, lo, hi, step, trips, c);
  }

  void runLoop(const ir::ForStmt& f, std::int64_t lo, std::int64_t hi, std::int64_t step, std::int64_t trips,
               Counts& c) {
    if (uniform(f.body)) {
      Counts once;
      slots_[static_cast<std::size_t>(f.slot)] = lo;
      if (inPipe_) startIteration();
      block(f.body, once);
      if (inPipe_) pipe_.iterations(once.iterKernelMax, pathEnd_, trips);
      c.add(once, trips);
      return;
    }
    for (std::int64_t v = lo; v < hi; v += step) {
      slots_[static_cast<std::size_t>(f.slot)] = v;
      if (inPipe_) {  // each iteration's largest issue counts (a pipelined body has no inner loop)
        Counts iteration;
        startIteration();
        block(f.body, iteration);
        pipe_.iterations(iteration.iterKernelMax, pathEnd_, 1);
        c.add(iteration, 1);
      } else {
        block(f.body, c);
      }
    }
  }

  int streamInst(const ir::StreamRef& r) {
    if (r.inst >= 0) return r.inst;
    const ir::StreamDecl& d = g_.streams[static_cast<std::size_t>(r.decl)];
    ir::Shape idx;
    for (std::size_t k = 0; k < r.index.size(); ++k) {
      const std::int64_t v = value(r.index[k], "stream index");
      if (k >= d.dims.size() || v < 0 || v >= d.dims[k])
        throw WalkStop("instance " + inst_.name + ": index " + std::to_string(v) + " of stream '" + d.name +
                       "' is out of range");
      idx.push_back(v);
    }
    const int id = g_.streamInstId(r.decl, idx);
    if (id < 0) throw WalkStop("instance " + inst_.name + ": an element of stream '" + d.name + "' no instance uses");
    return id;
  }

  // A load's or store's own time: the memory's issue, its transfer at the channel's rate, the latency (a
  // route has the memory system's rate and latency on the models that block or pipeline on memory).
  double memoryCycles(std::int64_t bytes) const {
    const arch::MemorySystem m = model_->memorySystem();
    return static_cast<double>(model_->memoryIssueCycles() + arch::ceilCycles(static_cast<double>(bytes), m.bytesPerCycle) +
                               m.latency);
  }

  void blocking(std::int64_t bytes, Counts& c) {
    if (!model_ || inPipe_ || model_->dmaBuffering().depth > 0) return;
    c.memoryOwnCycles += memoryCycles(bytes);
  }

  // A get's or put's fixed cost on the instance's side.
  std::int64_t accessOf(int stream) const {
    const ir::StreamInst& si = g_.streamInsts[static_cast<std::size_t>(stream)];
    return std::max<std::int64_t>(0, model_->getCycles(si, g_.streams[static_cast<std::size_t>(si.decl)].tokenBytes()));
  }

  void access(int stream, Counts& c) {
    if (!model_ || inPipe_) return;
    c.accessCycles += static_cast<double>(accessOf(stream));
  }

  // ---- one iteration of a pipelined loop, as the engine issues it (sim/pipeline.cpp) without stalls ----

  void startIteration() {
    readyRel_.assign(task_.locals.size(), -1);
    pathEnd_ = 0;
  }
  // When the iteration's value of a local is ready, relative to its issue: a local the iteration has not
  // written yet holds an earlier iteration's value, ready at issue.
  double readyOf(int local) const {
    return local < 0 || readyRel_[static_cast<std::size_t>(local)] < 0 ? 0 : readyRel_[static_cast<std::size_t>(local)];
  }
  void setReady(int local, double at) {
    readyRel_[static_cast<std::size_t>(local)] = at;
    finishes(at);
  }
  void finishes(double at) { pathEnd_ = std::max(pathEnd_, at); }

  void compute(const ir::ComputeStmt& k, Counts& c) {
    if (!model_) return;
    const ir::KernelInfo* info = kernels::infoOf(k);
    if (!info) throw WalkStop("unknown kernel '" + k.kernel + "'");
    std::vector<const ir::LocalVar*> ins;
    for (int i : k.ins) ins.push_back(&local(i));
    const ir::LocalVar* out = k.out >= 0 ? &local(k.out) : nullptr;
    const ir::KernelWork w = kernels::work(*info, ins, out, k.attrs);
    double cost = 0, latency = 0;  // latency: in a pipelined loop, from its start to its result
    if (k.cycles) {
      const std::int64_t v = value(k.cycles, "'cycles'");
      if (v < 0) throw WalkStop("instance " + inst_.name + ": 'cycles' of kernel '" + k.kernel + "' is " + std::to_string(v));
      cost = latency = static_cast<double>(v);
    } else if (inPipe_) {
      // In a pipelined loop an accumulation into the same local cannot start earlier than the adder's
      // latency after the previous iteration's (docs/timing.md, "Pipelined loops"): the interval is at least that.
      const arch::PipelinedCost pc = model_->pipelinedComputeCycles(*info, w);
      cost = static_cast<double>(kernels::readsOut(k) ? std::max(pc.issue, pc.accumulate) : pc.issue);
      latency = static_cast<double>(pc.latency);
    } else {
      cost = static_cast<double>(model_->computeCycles(*info, w));
    }
    if (inPipe_) {
      c.iterKernelMax = std::max(c.iterKernelMax, cost);
      // It starts when its inputs (and the value it adds to) are ready and ends its latency later.
      double start = 0;
      for (int i : k.ins) start = std::max(start, readyOf(i));
      if (kernels::readsOut(k)) start = std::max(start, readyOf(k.out));
      if (k.out >= 0) setReady(k.out, start + latency);
      else finishes(start + latency);
    } else {
      c.kernelCycles += cost;
    }
    // A kernel whose cycles the graph gives may run faster than the model's rates: its work bounds
    // nothing but through the kernels term.
    if (k.cycles) return;
    if (w.macs > 0) c.macs[w.mac] += w.macs;
    const std::int64_t vec = info->cls == ir::KernelClass::Move ? w.elements : w.vectorOps;
    if (vec > 0) c.vectorOps[w.dtype] += vec;
  }

  const ir::Graph& g_;
  const ir::Instance& inst_;
  const ir::Task& task_;
  const arch::TimingModel* model_;  // null: count data only
  bool inPipe_ = false;  // inside a pipelined loop on a model that pipelines loops
  // The pipelined loop being walked: the interval its hint asks for, the iterations walked so far
  // (all but the last issue at least an interval before the next; the last's slowest statement ends
  // the run), and the current iteration's readiness of each local and latest completion.
  struct PipeRun {
    double ii = 0, before = 0, pendingIssue = -1, last = 0;
    // `n` iterations, each with this largest compute issue and this slowest statement.
    void iterations(double issue, double path, std::int64_t n) {
      if (pendingIssue >= 0) before += std::max(ii, pendingIssue);
      before += static_cast<double>(n - 1) * std::max(ii, issue);
      pendingIssue = issue;
      last = std::max(issue, path);
    }
    double total() const { return before + last; }
  } pipe_;
  std::vector<double> readyRel_;
  double pathEnd_ = 0;
  std::int64_t& steps_;
  std::int64_t maxSteps_;
  std::vector<std::int64_t> slots_;
  const std::vector<std::int64_t>* received_;  // the run's received values (BoundOptions::received), or null
  std::size_t next_ = 0;
};

using arch::UnitRates;

// The per-unit rates of the config's family; none (0 everywhere) for a model without one.
UnitRates unitRates(const ir::Arch& a, const arch::TimingModel& model) {
  const arch::Family* f = arch::findFamily(a.model);
  return f ? f->unitRates(a, model) : UnitRates{};
}

// Work over `units` identical units of `rate(key)` each; 0 when a rate is unknown.
template <typename Key, typename Rate>
double overUnits(const std::map<Key, std::int64_t>& work, int units, Rate rate) {
  double cycles = 0;
  for (const auto& [key, n] : work) {
    const double r = rate(key);
    if (r <= 0 || units <= 0) return 0;
    cycles += static_cast<double>(n) / (units * r);
  }
  return cycles;
}

// A number of cycles, rounded up, digits grouped.
std::string grouped(double v) { return groupDigits(static_cast<long long>(std::ceil(v))); }

std::string bytesString(std::int64_t b) {
  char buf[64];
  const double v = static_cast<double>(b);
  if (v < 1e3) std::snprintf(buf, sizeof buf, "%lld B", static_cast<long long>(b));
  else if (v < 1e6) std::snprintf(buf, sizeof buf, "%.1f kB", v / 1e3);
  else if (v < 1e9) std::snprintf(buf, sizeof buf, "%.1f MB", v / 1e6);
  else std::snprintf(buf, sizeof buf, "%.1f GB", v / 1e9);
  return buf;
}

// The group of instances whose loads through argument `arg` of instance `i` share one DDR read
// (BoundOptions::mapping); instances in no group with others get a key of their own.
// The mapping's route of each (instance, argument, direction).
using RouteIndex = std::map<std::tuple<int, int, bool>, const ir::MemRoute*>;

RouteIndex indexRoutes(const ir::Mapping* mapping) {
  RouteIndex index;
  if (mapping)
    for (const ir::MemRoute& r : mapping->memRoutes) index.emplace(std::make_tuple(r.instance, r.arg, r.write), &r);
  return index;
}

std::string readGroup(const ir::Graph& g, std::size_t i, int arg, const ir::Mapping* mapping, const RouteIndex& routes) {
  const ir::Instance& inst = g.instances[i];
  const std::string own = "instance " + std::to_string(i) + " arg " + std::to_string(arg);
  if (mapping) {
    if (mapping->fpga) return own;
    auto it = routes.find({static_cast<int>(i), arg, false});
    if (it == routes.end()) return own;
    const ir::MemRoute& r = *it->second;
    if (r.fanout != "broadcast" || r.memOutPort < 0) return own;
    // One broadcast flow: its tensor on one memory-tile port (members may belong to different tasks).
    return "tensor " + std::to_string(r.tensor) + " port " + std::to_string(r.memOutPort);
  }
  const ir::Task& t = g.tasks[static_cast<std::size_t>(inst.task)];
  if (arg < 0 || static_cast<std::size_t>(arg) >= t.args.size()) return own;
  const ir::TaskArg& a = t.args[static_cast<std::size_t>(arg)];
  std::string key = "task " + std::to_string(inst.task) + " arg " + std::to_string(arg) + " shard";
  for (std::size_t d = 0; d < a.layout.size() && d < a.localShape.size(); ++d) {
    const ir::LayoutDim& l = a.layout[d];
    const bool sharded = l.shard && l.axis >= 0 && static_cast<std::size_t>(l.axis) < inst.coords.size();
    key += " " + std::to_string(sharded ? inst.coords[static_cast<std::size_t>(l.axis)] * a.localShape[d] : 0);
  }
  return key;
}

}  // namespace

Bound computeBound(const ir::Graph& g, const ir::Arch& arch, const arch::TimingModel& model, const BoundOptions& opts) {
  Bound b;
  const UnitRates rates = unitRates(arch, model);
  b.unitName = rates.unitName;
  b.arrayUnits = rates.arrayUnits;

  std::vector<Counts> perInstance;
  std::int64_t steps = 0;
  try {
    for (std::size_t i = 0; i < g.instances.size(); ++i) {
      const std::vector<std::int64_t>* rec = opts.received && i < opts.received->size() ? &(*opts.received)[i] : nullptr;
      perInstance.push_back(Walker(g, g.instances[i], &model, steps, opts.maxSteps, rec).run());
    }
  } catch (const WalkStop& e) {
    b.note = e.what();
    return b;
  } catch (const std::exception& e) {  // e.g. a malformed graph that did not come from the frontend
    b.note = std::string("cannot walk the graph: ") + e.what();
    return b;
  }

  Work& w = b.work;
  const RouteIndex routes = indexRoutes(opts.mapping);
  std::map<std::string, std::int64_t> groupReads;  // broadcast group -> the most one member loads
  for (std::size_t i = 0; i < perInstance.size(); ++i) {
    const Counts& c = perInstance[i];
    for (const auto& [arg, bytes] : c.loadsByArg) {
      std::int64_t& most = groupReads[readGroup(g, i, arg, opts.mapping, routes)];
      most = std::max(most, bytes);
    }
    for (const auto& [dt, n] : c.macs) w.macs[dt] += n;
    for (const auto& [dt, n] : c.vectorOps) w.vectorOps[dt] += n;
    w.loadBytes += c.loadBytes;
    w.storeBytes += c.storeBytes;
    w.macInstances += c.macs.empty() ? 0 : 1;
    w.vectorInstances += c.vectorOps.empty() ? 0 : 1;

    double put = 0;
    std::int64_t putBytes = 0;
    auto transfer = [&](int s, std::int64_t tokens) {
      const ir::StreamInst& si = g.streamInsts[static_cast<std::size_t>(s)];
      const std::int64_t bytes = g.streams[static_cast<std::size_t>(si.decl)].tokenBytes();
      // On a placed run the stream's route sets its rate; a hand-off through a shared buffer moves nothing.
      const bool routed = opts.mapping && static_cast<std::size_t>(s) < opts.mapping->streams.size();
      const arch::StreamTiming t =
          routed ? model.routedStreamTiming(si, opts.mapping->streams[static_cast<std::size_t>(s)], bytes)
                 : model.streamTiming(si, bytes);
      if (t.zeroCopy) return 0.0;
      putBytes += tokens * bytes;
      return static_cast<double>(tokens) *
             static_cast<double>(arch::ceilCycles(static_cast<double>(bytes), t.bytesPerCycle));
    };
    for (const auto& [s, tokens] : c.puts) {
      put += transfer(s, tokens);
      w.tokens[s] += tokens;
    }
    for (const auto& [run, times] : c.pipelinedPuts) {
      for (const auto& [s, tokens] : run) w.tokens[s] += tokens * times;
      double busiest = 0;
      for (const auto& [s, tokens] : run) busiest = std::max(busiest, transfer(s, tokens * times));
      put += busiest;
    }
    if (put > b.streamCycles) {
      b.streamCycles = put;
      b.streamInstance = g.instances[i].name;
      b.streamBytes = putBytes;
    }
  }

  // Kernel time: per instance, or per core that several placed instances share (they take turns).
  std::map<int, double> perCore;  // tile group -> its members' kernel time
  for (std::size_t i = 0; i < perInstance.size(); ++i) {
    const int group = opts.mapping && i < opts.mapping->groupOf.size() ? opts.mapping->groupOf[i] : -1;
    if (group >= 0 && opts.mapping->groups[static_cast<std::size_t>(group)].members.size() > 1) {
      perCore[group] += perInstance[i].kernelCycles;
    }
    // An instance's own time, one after another: its kernels, the fixed costs of its gets and puts, and
    // its blocking loads and stores.
    const double own = perInstance[i].kernelCycles + perInstance[i].accessCycles + perInstance[i].memoryOwnCycles;
    if (own > b.kernelCycles) {
      b.kernelCycles = own;
      b.kernelWhere = g.instances[i].name;
      b.kernelAccess = perInstance[i].accessCycles > 0;
      b.kernelMemory = perInstance[i].memoryOwnCycles > 0;
      b.kernelPipelined = perInstance[i].pipelined;
    }
  }
  for (const auto& [group, cycles] : perCore)
    if (cycles > b.kernelCycles) {
      const ir::TileGroup& tg = opts.mapping->groups[static_cast<std::size_t>(group)];
      b.kernelCycles = cycles;
      b.kernelAccess = false;
      b.kernelMemory = false;
      b.kernelPipelined = false;
      b.kernelWhere = (opts.mapping->fpga ? "PE " : "tile ") +
                      opts.mapping->tiles[static_cast<std::size_t>(tg.tile)].name() + ": " +
                      std::to_string(tg.members.size()) + " instances share its core";
    }

  std::int64_t most = 0;
  for (const auto& [dt, n] : w.macs) {
    b.macs += n;
    if (n > most) {
      most = n;
      b.macDType = ir::macTypeName(dt);
    }
  }
  b.computeCycles = overUnits(w.macs, w.macInstances, [&](ir::MacType m) { return rates.macRate(m); });
  for (const auto& [dt, n] : w.macs) {
    const double peak = model.peakMacsPerCycle(dt);
    if (peak > 0) b.computeArrayCycles += static_cast<double>(n) / peak;
  }
  if (b.computeCycles == 0) b.computeCycles = b.computeArrayCycles;  // a model without per-unit rates
  b.vectorCycles = overUnits(w.vectorOps, w.vectorInstances, [&](ir::DType d) { return rates.laneRate(d); });

  for (const auto& [group, bytes] : groupReads) w.ddrLoadBytes += bytes;
  const arch::MemorySystem ms = model.memorySystem();
  b.memoryBytes = w.ddrLoadBytes + w.storeBytes;
  // Every load and store of an instance through an argument the placement routed.
  auto forEachRouted = [&](auto&& f) {
    for (std::size_t i = 0; i < perInstance.size(); ++i)
      for (bool write : {false, true})
        for (const auto& [arg, bytes] : write ? perInstance[i].storesByArg : perInstance[i].loadsByArg) {
          auto it = routes.find({static_cast<int>(i), arg, write});
          if (it != routes.end()) f(i, arg, write, bytes, *it->second);
        }
  };
  if (ms.sharedPool && opts.mapping && opts.mapping->fpga) {
    // The placement puts each tensor on its own channels: the busiest channel binds, not the pool.
    std::map<int, double> perChannel;
    forEachRouted([&](std::size_t, int, bool, std::int64_t bytes, const ir::MemRoute& r) {
      for (int ch : r.hbmChannels) perChannel[ch] += static_cast<double>(bytes) / static_cast<double>(r.hbmChannels.size());
    });
    double busiest = 0;
    int at = -1;
    for (const auto& [ch, bytes] : perChannel)
      if (bytes > busiest) {
        busiest = bytes;
        at = ch;
      }
    const std::string hbm = "HBM[" + std::to_string(at) + "]";
    b.memoryChannels = perChannel.empty()        ? std::to_string(ms.readChannels) + " shared channels"
                       : perChannel.size() == 1 ? "the one channel the placement uses, " + hbm
                                                : "the busiest of the " + std::to_string(perChannel.size()) +
                                                      " channels the placement uses, " + hbm;
    if (!perChannel.empty()) b.memoryBusiestBytes = static_cast<std::int64_t>(std::llround(busiest));
    b.memoryCycles = perChannel.empty() ? static_cast<double>(b.memoryBytes) / (ms.readChannels * ms.bytesPerCycle)
                                        : busiest / ms.bytesPerCycle;
  } else if (ms.sharedPool) {
    b.memoryChannels = std::to_string(ms.readChannels) + " shared channels";
    b.memoryCycles = static_cast<double>(b.memoryBytes) / (ms.readChannels * ms.bytesPerCycle);
  } else {
    b.memoryChannels = std::to_string(ms.readChannels) + " read + " + std::to_string(ms.writeChannels) + " write channels";
    b.memoryCycles = std::max(static_cast<double>(w.ddrLoadBytes) / (ms.readChannels * ms.bytesPerCycle),
                              static_cast<double>(w.storeBytes) / (ms.writeChannels * ms.bytesPerCycle));
    if (opts.mapping && !opts.mapping->fpga) {
      // The placement gives each load and store route its DMA channels (shim, memory tile, compute tile);
      // a channel moves its routes' tiles one after another, so the busiest one bounds the run when it
      // needs longer than the pools. A broadcast's tiles cross its shared channels once.
      std::map<int, std::map<std::string, std::int64_t>> perPort;  // port -> flow -> bytes
      std::map<int, double> portRate;
      forEachRouted([&](std::size_t i, int arg, bool write, std::int64_t bytes, const ir::MemRoute& r) {
        const std::string own = (write ? "store " : "load ") + std::to_string(i) + "/" + std::to_string(arg);
        const std::string shared = write ? own : readGroup(g, i, arg, opts.mapping, routes);
        const double rate = model.memRouteTiming(r).bytesPerCycle;
        for (int port : {r.shimPort, r.memInPort, r.memOutPort, r.tilePort}) {
          if (port < 0 || static_cast<std::size_t>(port) >= opts.mapping->ports.size()) continue;
          std::int64_t& most = perPort[port][port == r.tilePort ? own : shared];
          most = std::max(most, bytes);
          portRate[port] = rate;
        }
      });
      double busiest = 0;
      std::int64_t busiestBytes = 0;
      int at = -1;
      for (const auto& [port, flows] : perPort) {
        std::int64_t bytes = 0;
        for (const auto& [flow, n] : flows) bytes += n;
        const double cycles = portRate[port] > 0 ? static_cast<double>(bytes) / portRate[port] : 0;
        if (cycles > busiest) {
          busiest = cycles;
          busiestBytes = bytes;
          at = port;
        }
      }
      if (busiest > b.memoryCycles && at >= 0) {
        const ir::Port& p = opts.mapping->ports[static_cast<std::size_t>(at)];
        const ir::Tile& t = opts.mapping->tiles[static_cast<std::size_t>(p.tile)];
        b.memoryCycles = busiest;
        b.memoryBusiestBytes = busiestBytes;
        const char* kind = t.kind == ir::TileKind::Shim ? "shim tile " : t.kind == ir::TileKind::Memory ? "memory tile " : "tile ";
        b.memoryChannels = std::string("the busiest DMA channel of the placement, ") + kind + t.name() +
                           (p.in ? " S2MM " : " MM2S ") + std::to_string(p.channel);
      }
    }
  }

  const std::pair<const char*, double> candidates[] = {
      {"compute", b.computeCycles}, {"kernels", b.kernelCycles}, {"vector", b.vectorCycles},
      {"memory", b.memoryCycles},   {"stream", b.streamCycles}};
  for (const auto& [name, cycles] : candidates)
    if (cycles > b.cycles) {
      b.cycles = cycles;
      b.binding = name;
    }
  b.complete = true;
  return b;
}

std::vector<std::optional<ArgTraffic>> argTraffic(const ir::Graph& g, std::int64_t maxSteps) {
  std::vector<std::optional<ArgTraffic>> out(g.instances.size());
  std::int64_t steps = 0;
  for (std::size_t i = 0; i < g.instances.size(); ++i) {
    if (ir::steeredAtRunTime(g.tasks[static_cast<std::size_t>(g.instances[i].task)])) continue;
    try {
      const Counts c = Walker(g, g.instances[i], nullptr, steps, maxSteps, nullptr).run();
      out[i] = ArgTraffic{c.loadsByArg, c.storesByArg};
    } catch (const WalkStop&) {
      if (steps > maxSteps) return std::vector<std::optional<ArgTraffic>>(g.instances.size());
    } catch (const std::exception&) {  // an arithmetic error the run reports: this instance stays unknown
    }
  }
  return out;
}

namespace {
// What an instance's own time counted: "kernels", "kernels, gets and puts", "kernels and pipelined loops", ...
std::string ownTimeParts(const Bound& b) {
  std::vector<std::string> p = {"kernels"};
  if (b.kernelAccess) p.insert(p.end(), {"gets", "puts"});
  if (b.kernelMemory) p.insert(p.end(), {"loads", "stores"});
  if (b.kernelPipelined) p.push_back("pipelined loops");
  std::string r = p[0];
  for (std::size_t i = 1; i < p.size(); ++i) r += (i + 1 == p.size() ? " and " : ", ") + p[i];
  return r;
}

// "1 cycle", "2 cycles", "1.5 cycles" (as grouped() prints the number).
std::string cyclesText(double c) {
  const std::string n = grouped(c);
  return n + (n == "1" ? " cycle" : " cycles");
}

// "1 tile", "2 tiles"; "1 of 16 tiles" keeps the plural.
std::string unitsNoun(const std::string& plural, std::int64_t n, bool ofTotal) {
  if (n == 1 && !ofTotal && !plural.empty() && plural.back() == 's') return plural.substr(0, plural.size() - 1);
  return plural;
}
}  // namespace

std::string formatBound(const Bound& b, std::int64_t simulated) {
  if (!b.complete) return "bound    not computed: " + b.note + "\n";
  std::vector<std::string> parts;
  if (b.macs > 0) {
    std::string units = std::to_string(b.work.macInstances);
    const bool ofTotal = b.arrayUnits > 0 && b.work.macInstances != b.arrayUnits;
    if (ofTotal) units += " of " + std::to_string(b.arrayUnits);
    std::string p = "compute " + cyclesText(b.computeCycles) + " (" + b.macDType + ", " + units + " " +
                    unitsNoun(b.unitName, b.work.macInstances, ofTotal);
    if (std::ceil(b.computeArrayCycles) != std::ceil(b.computeCycles))
      p += "; " + grouped(b.computeArrayCycles) + (b.unitName == "PEs" ? " on the whole device" : " on the whole array");
    parts.push_back(p + ")");
  }
  if (b.kernelCycles > 0)
    parts.push_back("kernels " + cyclesText(b.kernelCycles) + " (" +
                    (b.kernelWhere.find(':') != std::string::npos ? b.kernelWhere
                                                                   : "the " + ownTimeParts(b) + " of " + b.kernelWhere +
                                                                         ", one after another") +
                    ")");
  if (b.vectorCycles > 0)
    parts.push_back("vector " + cyclesText(b.vectorCycles) + " (" + std::to_string(b.work.vectorInstances) + " " +
                    unitsNoun(b.unitName, b.work.vectorInstances, false) + ")");
  if (b.memoryBytes > 0)
    parts.push_back("memory " + cyclesText(b.memoryCycles) + " (" +
                    (b.memoryBusiestBytes > 0 && b.memoryBusiestBytes < b.memoryBytes
                         ? bytesString(b.memoryBusiestBytes) + " of " + bytesString(b.memoryBytes) + " on "
                         : bytesString(b.memoryBytes) + " over ") +
                    b.memoryChannels +
                    (b.work.ddrLoadBytes < b.work.loadBytes ? ", each broadcast tile read once" : "") + ")");
  if (b.streamCycles > 0)
    parts.push_back("stream " + cyclesText(b.streamCycles) + " (" + bytesString(b.streamBytes) + " put by " +
                    b.streamInstance + ")");
  if (parts.empty()) return "bound    no work to bound\n";
  std::string out = "bound    ";
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
  out += " -> " + b.binding + "-bound";
  if (simulated >= 0 && b.cycles > 0) {
    char r[32];
    std::snprintf(r, sizeof r, "%.2fx", static_cast<double>(simulated) / std::ceil(b.cycles));
    out += "; simulated " + grouped(static_cast<double>(simulated)) + " = " + r + " the bound";
  }
  return out + "\n";
}

nlohmann::ordered_json boundToJson(const Bound& b, std::int64_t simulated) {
  nlohmann::ordered_json j;
  j["complete"] = b.complete;
  j["note"] = b.note;
  if (!b.complete) return j;
  nlohmann::ordered_json macs = nlohmann::ordered_json::object(), vec = nlohmann::ordered_json::object();
  for (const auto& [dt, n] : b.work.macs) macs[ir::macTypeName(dt)] = n;
  for (const auto& [dt, n] : b.work.vectorOps) vec[ir::dtypeName(dt)] = n;
  j["macs"] = macs;
  j["vector_ops"] = vec;
  j["mac_dtype"] = b.macDType;
  j["unit"] = b.unitName;
  j["mac_instances"] = b.work.macInstances;
  j["vector_instances"] = b.work.vectorInstances;
  j["array_units"] = b.arrayUnits;
  j["compute_cycles"] = std::ceil(b.computeCycles);
  j["compute_array_cycles"] = std::ceil(b.computeArrayCycles);
  j["kernel_cycles"] = std::ceil(b.kernelCycles);
  j["kernel_where"] = b.kernelWhere;
  j["vector_cycles"] = std::ceil(b.vectorCycles);
  j["load_bytes"] = b.work.loadBytes;
  j["ddr_load_bytes"] = b.work.ddrLoadBytes;
  j["store_bytes"] = b.work.storeBytes;
  j["memory_channels"] = b.memoryChannels;
  j["memory_cycles"] = std::ceil(b.memoryCycles);
  j["memory_busiest_channel_bytes"] = b.memoryBusiestBytes;
  j["stream_cycles"] = std::ceil(b.streamCycles);
  j["stream_instance"] = b.streamInstance;
  j["stream_bytes"] = b.streamBytes;
  j["binding"] = b.binding;
  j["cycles"] = std::ceil(b.cycles);
  if (simulated >= 0 && b.cycles > 0)
    j["simulated_over_bound"] = static_cast<double>(simulated) / std::ceil(b.cycles);
  else
    j["simulated_over_bound"] = nullptr;
  return j;
}

}  // namespace datosim::analysis
