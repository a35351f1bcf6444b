#include "sim/simulator.h"

#include "sim/fresh_context.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <sys/resource.h>
#include <utility>
#include <variant>

#include "ir/log.h"
#include "sim/engine.h"
#include "sim/program.h"

namespace datosim::sim {

const char* outcomeName(Outcome o) {
  switch (o) {
    case Outcome::Completed:
      return "completed";
    case Outcome::Deadlock:
      return "deadlock";
    case Outcome::CycleLimit:
      return "cycle-limit";
    case Outcome::RuntimeError:
      return "runtime-error";
  }
  return "?";
}

namespace {

/// The diagnostic for a run whose SystemC threads could not all get a stack: the operating system's limit
/// on memory mappings (two per thread: the stack and its guard page) or on the address space (RLIMIT_AS).
std::string threadLimitMessage(std::size_t instances, std::size_t stackBytes) {
  long long maps = 0;
  std::ifstream f("/proc/sys/vm/max_map_count");
  if (!(f >> maps)) maps = 0;
  rlimit as{};
  const bool asLimited = getrlimit(RLIMIT_AS, &as) == 0 && as.rlim_cur != RLIM_INFINITY;
  const double stacks = static_cast<double>(instances) * static_cast<double>(stackBytes);
  std::string why;
  if (asLimited && stacks > 0.5 * static_cast<double>(as.rlim_cur))
    why = "the process's address-space limit (ulimit -v, RLIMIT_AS = " + std::to_string(as.rlim_cur / (1024 * 1024)) +
          " MiB) holds fewer stacks of " + std::to_string(stackBytes / 1024) + " KiB than the " + std::to_string(instances) +
          " instances need: raise it, or simulate fewer instances";
  else if (maps > 0 && 2 * static_cast<long long>(instances) + 1000 > maps)
    why = "Linux allows a process vm.max_map_count = " + std::to_string(maps) + " memory mappings and each thread's stack takes two, "
          "so about " + std::to_string(maps / 2) + " threads, fewer than the " + std::to_string(instances) +
          " instances need: raise it (as root: sysctl -w vm.max_map_count=262144), or simulate fewer instances";
  else
    why = "the operating system's limits on memory mappings (vm.max_map_count" +
          (maps > 0 ? " = " + std::to_string(maps) + ", two per thread" : std::string()) +
          ") or on the address space (ulimit -v) were reached with " + std::to_string(instances) +
          " instances: raise them, or simulate fewer instances";
  return "the run could not create its simulation threads: the operating system refused the stack of one (SystemC E518). "
         "Every instance runs as a SystemC thread on its own stack; " + why +
         " (smaller parameters, --param). Nothing past cycle 0 was simulated";
}



// What a run leaves behind, copied out of the Engine before it and its context go away.
struct RunResult {
  std::vector<ProcResult> procs;
  std::vector<StreamResult> channels;
  std::vector<RunError> errors;
  std::int64_t stopCycle = 0;
  std::int64_t macsByType[ir::MacType::kCount] = {};  // per ir::MacType::index()
};

void runEngine(const ir::Graph& g, const arch::TimingModel& model, const SimOptions& opts,
               const std::vector<Program>& programs, bool exact, RunResult& out) {
  FreshContext context;
  if (opts.trace) opts.trace->reset(g.streamInsts.size());
  if (opts.progress) {
    opts.progress->cycle = 0;
    opts.progress->finished = 0;
  }
  Engine engine(g, model, opts, programs, exact);
  engine.run();
  for (std::size_t i = 0; i < g.instances.size(); ++i) out.procs.push_back(engine.procResult(static_cast<int>(i)));
  for (std::size_t i = 0; i < g.streamInsts.size(); ++i)
    out.channels.push_back(engine.streamResult(static_cast<int>(i)));
  out.errors = engine.errors();
  out.stopCycle = engine.stopCycle();
  std::copy(engine.macsByType(), engine.macsByType() + ir::MacType::kCount, out.macsByType);
}

// Numbers a (possibly user-written) timing model gives that the engine cannot work with.
void checkModel(const ir::Graph& g, const arch::TimingModel& model, std::vector<Diagnostic>& errors) {
  const SourceLoc where{g.file, ""};
  const std::string prefix = "timing model '" + model.name() + "' ";
  if (!(model.clockHz() > 0)) errors.push_back({Severity::Error, where, prefix + "has a clock that is not > 0"});
  const arch::MemorySystem m = model.memorySystem();
  if (m.readChannels < 1 || m.writeChannels < 1 || !(m.bytesPerCycle > 0) || m.latency < 0 ||
      model.memoryIssueCycles() < 0)
    errors.push_back({Severity::Error, where, prefix + "describes an unusable memory system"});
  if (model.pipelinesLoops() && model.dmaBuffering().depth > 0)
    errors.push_back(
        {Severity::Error, where, prefix + "both pipelines loops and buffers DMA, which the engine does not combine"});
  for (const ir::StreamInst& s : g.streamInsts) {
    const std::int64_t bytes = g.streams[static_cast<std::size_t>(s.decl)].tokenBytes();
    const arch::StreamTiming t = model.streamTiming(s, bytes);
    if (t.bytesPerCycle > 0 && t.latency >= 0 && model.getCycles(s, bytes) >= 0) continue;
    errors.push_back({Severity::Error, where, prefix + "gives stream '" + s.name + "' an unusable timing"});
    return;
  }
}

// Functional mode: one buffer per global tensor, of its dtype and shape.
void checkTensorBuffers(const ir::Graph& g, const std::vector<data::Buffer>& tensors, std::vector<Diagnostic>& errors) {
  const SourceLoc where{g.file, ""};
  if (tensors.size() != g.tensors.size()) {
    errors.push_back({Severity::Error, where,
                      "functional simulation needs " + std::to_string(g.tensors.size()) + " tensor buffer(s), one per "
                      "global tensor; given " + std::to_string(tensors.size())});
    return;
  }
  for (std::size_t i = 0; i < tensors.size(); ++i) {
    const ir::Tensor& t = g.tensors[i];
    if (tensors[i].dtype() == t.dtype && tensors[i].shape() == t.shape) continue;
    errors.push_back({Severity::Error, t.loc,
                      "functional simulation: the buffer of tensor '" + t.name + "' is " +
                          ir::dtypeName(tensors[i].dtype()) + " " + ir::shapeString(tensors[i].shape()) + ", expected " +
                          ir::dtypeName(t.dtype) + " " + ir::shapeString(t.shape)});
  }
}

// A mapping must describe this graph: one entry per instance and stream, ids in range.
void checkMapping(const ir::Graph& g, const ir::Mapping& m, std::vector<Diagnostic>& errors) {
  const SourceLoc where{g.file, ""};
  auto bad = [&](const std::string& why) {
    errors.push_back({Severity::Error, where, "the mapping does not fit this graph: " + why});
  };
  const auto tiles = static_cast<int>(m.tiles.size()), ports = static_cast<int>(m.ports.size());
  if (m.groupOf.size() != g.instances.size()) return bad("it places " + std::to_string(m.groupOf.size()) +
                                                         " instances, the graph has " + std::to_string(g.instances.size()));
  if (m.streams.size() != g.streamInsts.size()) return bad("it routes " + std::to_string(m.streams.size()) +
                                                           " streams, the graph has " + std::to_string(g.streamInsts.size()));
  for (int grp : m.groupOf)
    if (grp >= static_cast<int>(m.groups.size())) return bad("an instance is in a group that does not exist");
  for (const ir::TileGroup& grp : m.groups)
    if (grp.tile < 0 || grp.tile >= tiles || grp.members.empty()) return bad("a group has no tile");
  for (const ir::StreamRoute& r : m.streams)
    if (r.outPort >= ports || r.inPort >= ports) return bad("a stream uses a DMA channel that does not exist");
  for (const ir::MemRoute& r : m.memRoutes) {
    if (r.instance < 0 || static_cast<std::size_t>(r.instance) >= g.instances.size())
      return bad("a tensor route names an instance that does not exist");
    for (int port : {r.shimPort, r.memInPort, r.memOutPort, r.tilePort})
      if (port >= ports) return bad("a tensor route uses a DMA channel that does not exist");
    for (int ch : r.hbmChannels)
      if (ch < 0 || ch > 4096) return bad("a tensor route uses an HBM pseudo-channel out of range");
  }
}

std::vector<Program> compileAll(const ir::Graph& g, const arch::TimingModel& model, std::vector<Diagnostic>& errors) {
  std::vector<Program> programs;
  if (!checkGraph(g, errors)) return programs;
  checkModel(g, model, errors);
  for (std::size_t i = 0; i < g.instances.size(); ++i)
    programs.push_back(compileProgram(g, static_cast<int>(i), model, errors));
  return programs;
}

// One cycle of the wait-for graph (blocked instance -> the instance it waits on), searched from
// the smallest instance id and reported starting at its smallest member; empty if there is none.
std::vector<int> findWaitCycle(const std::vector<int>& waitsOn) {
  const std::size_t n = waitsOn.size();
  std::vector<char> color(n, 0);  // 0 unseen, 1 on the current path, 2 done
  for (std::size_t s = 0; s < n; ++s) {
    if (waitsOn[s] < 0 || color[s] != 0) continue;
    std::vector<int> path;
    int v = static_cast<int>(s);
    while (v >= 0 && color[static_cast<std::size_t>(v)] == 0) {
      color[static_cast<std::size_t>(v)] = 1;
      path.push_back(v);
      v = waitsOn[static_cast<std::size_t>(v)];
    }
    if (v >= 0 && color[static_cast<std::size_t>(v)] == 1) {
      std::vector<int> cycle(std::find(path.begin(), path.end(), v), path.end());
      std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
      return cycle;
    }
    for (int x : path) color[static_cast<std::size_t>(x)] = 2;
  }
  return {};
}

DeadlockInfo analyseDeadlock(const ir::Graph& g, const std::vector<ProcResult>& procs) {
  DeadlockInfo info;
  std::vector<int> waitsOn(procs.size(), -1);
  for (std::size_t i = 0; i < procs.size(); ++i) {
    const ProcResult& p = procs[i];
    if (!p.waitsOnEvent) continue;
    const ir::StreamInst& s = g.streamInsts[static_cast<std::size_t>(p.blockedStream)];
    BlockedWait w;
    w.instance = static_cast<int>(i);
    w.stream = p.blockedStream;
    w.waitingForData = p.state == ProcState::BlockedGet;
    w.waitsOn = w.waitingForData ? s.producer : s.consumer;
    w.waitsOnFinished = procs[static_cast<std::size_t>(w.waitsOn)].state == ProcState::Finished;
    w.loc = p.blockedStmt->loc;
    if (w.waitingForData) w.anyOf = p.blockedAny;
    info.blocked.push_back(w);
    waitsOn[i] = w.waitsOn;
  }
  // Only blocked instances have an outgoing edge.
  for (int& w : waitsOn)
    if (w >= 0 && !procs[static_cast<std::size_t>(w)].waitsOnEvent) w = -1;
  info.cycle = findWaitCycle(waitsOn);
  return info;
}

void fillStats(const ir::Graph& g, const RunResult& run, Report& r) {
  for (const ProcResult& p : run.procs) {
    r.instances.push_back(p.stats);
    r.macs += p.stats.macs;
    r.vectorOps += p.stats.vectorOps;
  }
  for (std::size_t i = 0; i < run.channels.size(); ++i) {
    StreamStats& s = r.streams[i];
    s.tokens = run.channels[i].tokens;
    s.peak = run.channels[i].peak;
    s.left = run.channels[i].tokens - run.channels[i].got;
  }
  int best = -1;
  for (int t = 0; t < ir::MacType::kCount; ++t)
    if (run.macsByType[t] > 0 && (best < 0 || run.macsByType[t] > run.macsByType[best])) best = t;
  (void)g;
  if (best >= 0) r.peakDType = ir::macTypeName(ir::MacType::fromIndex(best));
}

void decideOutcome(const ir::Graph& g, const SimOptions& opts, RunResult& run, Report& r) {
  if (!run.errors.empty()) {
    std::stable_sort(run.errors.begin(), run.errors.end(), [](const RunError& a, const RunError& b) {
      return a.cycle != b.cycle ? a.cycle < b.cycle : a.instance < b.instance;
    });
    for (const RunError& e : run.errors) r.errors.push_back(e.diag);
    r.outcome = Outcome::RuntimeError;
    r.cycles = run.errors.front().cycle;
    return;
  }
  bool allFinished = true, anyStopped = false;
  std::int64_t last = 0;
  for (const ProcResult& p : run.procs) {
    last = std::max(last, p.state == ProcState::Finished ? p.stats.finish : p.blockedSince);
    allFinished = allFinished && p.state == ProcState::Finished;
    anyStopped = anyStopped || p.state == ProcState::Stopped;
  }
  if (allFinished) {
    r.outcome = Outcome::Completed;
    r.cycles = last;
    return;
  }
  if (anyStopped) {
    r.outcome = Outcome::CycleLimit;
    r.cycles = run.stopCycle;
    if (opts.maxCycles <= 0 || opts.maxCycles > kMaxSimCycle) {
      r.outcome = Outcome::RuntimeError;
      r.errors.push_back({Severity::Error, SourceLoc{g.file, ""},
                          "the run exceeds the longest simulable time of " + std::to_string(kMaxSimCycle) + " cycles"});
    }
    return;
  }
  r.outcome = Outcome::Deadlock;
  r.cycles = last;
  r.deadlock = analyseDeadlock(g, run.procs);
}

void warnLeftovers(const ir::Graph& g, Report& r) {
  if (r.outcome != Outcome::Completed) return;
  for (std::size_t i = 0; i < r.streams.size(); ++i) {
    const StreamStats& s = r.streams[i];
    if (s.left == 0) continue;
    const ir::StreamDecl& d = g.streams[static_cast<std::size_t>(g.streamInsts[i].decl)];
    r.warnings.push_back({Severity::Warning, d.loc,
                          "stream '" + s.name + "' ends with " + std::to_string(s.left) + " token(s) never consumed (" +
                              std::to_string(s.tokens) + " put, " + std::to_string(s.tokens - s.left) + " got)"});
  }
}

void fillRates(const arch::TimingModel& model, const RunResult& run, Report& r) {
  r.seconds = r.clockHz > 0 ? static_cast<double>(r.cycles) / r.clockHz : 0;
  r.hostSeconds = model.hostLaunchSeconds();
  r.opsPerSecond =
      r.seconds > 0 ? (2.0 * static_cast<double>(r.macs) + static_cast<double>(r.vectorOps)) / r.seconds : 0;
  r.macOpsPerSecond = r.seconds > 0 ? 2.0 * static_cast<double>(r.macs) / r.seconds : 0;
  if (r.peakDType.empty()) return;
  r.peakOpsPerSecond = 2.0 * model.peakMacsPerCycle(*ir::parseMacType(r.peakDType)) * r.clockHz;
  (void)run;
}

}  // namespace

std::vector<std::size_t> storedTensors(const ir::Graph& g) {
  std::vector<char> stored(g.tensors.size(), 0);
  for (const ir::Task& t : g.tasks)
    ir::forEachStmt(t.body, [&](const ir::Stmt& st) {
      const auto* s = std::get_if<ir::StoreStmt>(&st.node);
      if (!s || s->arg < 0 || static_cast<std::size_t>(s->arg) >= t.args.size()) return;
      const int tensor = t.args[static_cast<std::size_t>(s->arg)].tensor;
      if (tensor >= 0 && static_cast<std::size_t>(tensor) < stored.size()) stored[static_cast<std::size_t>(tensor)] = 1;
    });
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < stored.size(); ++i)
    if (stored[i]) out.push_back(i);
  return out;
}

Report simulate(const ir::Graph& g, const ir::Arch& arch, const arch::TimingModel& model, const SimOptions& opts) {
  Report r;
  r.graphName = g.name;
  r.archName = arch.name;
  r.modelName = model.name();
  r.clockHz = model.clockHz();
  for (const ir::StreamInst& s : g.streamInsts) {
    StreamStats st;
    st.name = s.name;
    if (s.decl >= 0 && static_cast<std::size_t>(s.decl) < g.streams.size()) {
      st.depth = g.streams[static_cast<std::size_t>(s.decl)].depth;
      st.tokenBytes = g.streams[static_cast<std::size_t>(s.decl)].tokenBytes();
    }
    r.streams.push_back(st);
  }
  std::vector<Diagnostic> errors;
  if (opts.tensors) checkTensorBuffers(g, *opts.tensors, errors);
  if (opts.mapping) checkMapping(g, *opts.mapping, errors);
  std::vector<Program> programs = compileAll(g, model, errors);
  if (!errors.empty()) {
    for (const ir::Instance& in : g.instances) r.instances.push_back(InstanceStats{in.name});
    r.errors = std::move(errors);
    r.outcome = Outcome::RuntimeError;
    return r;
  }
  RunResult run;
  if (opts.progress) {
    opts.progress->instances = static_cast<std::int64_t>(g.instances.size());
    opts.progress->running = true;
  }
  // Whatever way the run ends, the display stops before the caller goes on.
  struct EndProgress {
    Progress* p;
    ~EndProgress() {
      if (!p) return;
      std::lock_guard<std::mutex> l(p->lock);
      p->running = false;
      if (p->atEnd) p->atEnd();
    }
  } endProgress{opts.progress};
  if (!g.instances.empty()) {
    try {
      // Gets and puts need not synchronise with SystemC time (Engine::takeToken), which gives the
      // same results unless a run-time error stops the run early: then run again exactly. A
      // functional run has changed the tensors by then, so the tensors stores write are kept as
      // they were and put back before the exact run.
      std::vector<std::pair<std::size_t, data::Buffer>> saved;
      if (opts.tensors && !opts.synchronised)
        for (std::size_t t : storedTensors(g)) saved.emplace_back(t, (*opts.tensors)[t]);
      runEngine(g, model, opts, programs, opts.synchronised, run);
      if (!opts.synchronised && !run.errors.empty()) {
        if (log::on(spdlog::level::info)) {
          // A progress line on the same terminal is erased first (it is redrawn on its next tick).
          std::unique_lock<std::mutex> l;
          if (opts.progress) {
            l = std::unique_lock<std::mutex>(opts.progress->lock);
            if (opts.progress->atEnd) opts.progress->atEnd();
          }
          log::get().info("a run-time error at cycle {}: running again with every access synchronised, from the "
                          "tensors as they were, so that every instance stops where it would have",
                          run.errors.front().cycle);
        }
        for (auto& [t, b] : saved) (*opts.tensors)[t] = std::move(b);
        run = RunResult{};
        runEngine(g, model, opts, programs, true, run);
      }
    } catch (const std::exception& e) {
      r.outcome = Outcome::RuntimeError;
      const std::string what = e.what();
      if (what.find("(E518)") != std::string::npos) {
        // SystemC could not map a thread's stack: the process's memory-mapping limit, not a bug.
        r.errors.push_back({Severity::Error, SourceLoc{g.file, ""}, threadLimitMessage(g.instances.size(), opts.stackBytes)});
        return r;
      }
      r.errors.push_back({Severity::Error, SourceLoc{g.file, ""}, "internal simulator error: " + what});
      return r;
    }
  }
  fillStats(g, run, r);
  decideOutcome(g, opts, run, r);
  if (opts.trace) {
    // The waits that never ended: from their start to the end of the run.
    if (r.outcome == Outcome::Deadlock)
      for (const BlockedWait& w : r.deadlock.blocked)
        opts.trace->span(TraceKind::Deadlocked, w.instance,
                         run.procs[static_cast<std::size_t>(w.instance)].blockedSince, r.cycles, w.stream);
    opts.trace->finish();
  }
  warnLeftovers(g, r);
  fillRates(model, run, r);
  // Only an explicit `cycles` on a compute can make MACs run faster than the hardware's peak.
  if (r.outcome == Outcome::Completed && r.peakOpsPerSecond > 0 && r.macOpsPerSecond > r.peakOpsPerSecond * (1 + 1e-9)) {
    const std::string pct = formatDouble("%.1f%%", 100.0 * r.macOpsPerSecond / r.peakOpsPerSecond);
    r.warnings.push_back({Severity::Warning, SourceLoc{g.file, ""},
                          "the MACs ran at " + pct + " of the " + r.peakDType +
                              " MAC peak of the whole architecture: a compute's 'cycles' is below what its MACs "
                              "need at the peak, so this result is not achievable on the hardware"});
  }
  return r;
}

}  // namespace datosim::sim
