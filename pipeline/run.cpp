#include "pipeline/run.h"

#include "frontend/json_util.h"
#include "pipeline/fifo_sizing.h"
#include "ir/log.h"

#include <chrono>

#include <cstdio>
#include <memory>
#include <set>
#include <sstream>

#include "analysis/coverage.h"
#include "data/npy.h"
#include "data/random.h"
#include "frontend/frontend.h"
#include "mapper/mapper.h"
#include "arch/timing_model.h"

namespace datosim::pipeline {

namespace {

void say(RunResult& r, const std::string& text) { r.messages.push_back({shortenLongWords(text)}); }

void sayAll(RunResult& r, const Diagnostics& d) {
  for (const Diagnostic& x : d.all()) say(r, x.str());
}

std::string mib(std::int64_t bytes) {
  char b[64];
  std::snprintf(b, sizeof b, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return b;
}

std::string tensorList(const ir::Graph& g) {
  std::string s;
  for (const ir::Tensor& t : g.tensors) s += (s.empty() ? "" : ", ") + t.name;
  return s.empty() ? "none" : s;
}

// The global tensors before the run: input files, random values for the other inputs and inouts,
// zeros for outputs. Returns false (with messages) on a bad input file.
bool prepareTensors(const RunOptions& o, const ir::Graph& g, RunResult& r) {
  r.tensors = sim::makeTensorBuffers(g);
  std::map<int, std::string> fromFile;
  bool ok = true;
  for (const auto& [name, file] : o.inputs) {
    const int t = g.findTensor(name);
    if (t < 0) {
      std::vector<std::string> names;
      for (const ir::Tensor& x : g.tensors) names.push_back(x.name);
      const std::string near = closestName(name, names);
      say(r, "datosim: --input " + name + "=" + file + ": the graph has no tensor '" + name + "'" +
                 (near.empty() ? "" : "; did you mean '" + near + "'?") + " (tensors: " + tensorList(g) + ")");
      ok = false;
      continue;
    }
    const ir::Tensor& x = g.tensors[static_cast<std::size_t>(t)];
    if (x.role == ir::TensorRole::Output) {
      say(r, "datosim: --input " + name + "=" + file + ": tensor '" + name +
                 "' is an output (outputs start at zero); --input sets input and inout tensors");
      ok = false;
      continue;
    }
    const std::string why = data::readNpy(file, x.dtype, x.shape, r.tensors[static_cast<std::size_t>(t)]);
    if (!why.empty()) {
      say(r, "datosim: --input " + name + ": " + why + " (tensor '" + name + "' is " + ir::dtypeName(x.dtype) + " " +
                 ir::shapeString(x.shape) + ")");
      ok = false;
      continue;
    }
    fromFile[t] = file;
  }
  if (!ok) return false;
  for (std::size_t i = 0; i < g.tensors.size(); ++i) {
    const ir::Tensor& x = g.tensors[i];
    if (x.role == ir::TensorRole::Output) continue;
    auto f = fromFile.find(static_cast<int>(i));
    if (f != fromFile.end()) {
      r.functional.inputs.emplace_back(x.name, f->second);
      continue;
    }
    data::fillRandom(r.tensors[i], tensorSeed(o.seed, i));
    r.functional.inputs.emplace_back(x.name, "random");
  }
  return true;
}

// Load the graph and the config (one round of diagnostics for the config: its structural errors and
// the model's checks of the parameters that are well-formed).
bool load(const RunOptions& o, RunResult& r) {
  frontend::GraphOptions gopts;
  gopts.paramOverrides = o.params;
  r.graph = o.graphText ? frontend::parseGraph(*o.graphText, o.graph, gopts, r.loadDiagnostics)
                        : frontend::loadGraph(o.graph, gopts, r.loadDiagnostics);
  frontend::PartialArch archRead = frontend::loadArchPartial(o.arch, o.configDirs, r.loadDiagnostics);
  if (archRead.arch) arch::validateArch(*archRead.arch, r.loadDiagnostics, archRead.malformed);
  if (archRead.complete) r.arch = std::move(archRead.arch);
  sayAll(r, r.loadDiagnostics);
  if (r.graph && !o.depthsIn.empty() && !r.loadDiagnostics.hasErrors()) {
    Diagnostics dd;
    std::map<std::string, std::int64_t> depths;
    std::string sizedFor;
    if (loadDepths(o.depthsIn, depths, sizedFor, dd) && applyDepths(*r.graph, o.depthsIn, depths, dd) &&
        !sizedFor.empty() && sizedFor != r.graph->name)
      dd.warning(SourceLoc{o.depthsIn, "/graph"}, "these depths were sized for graph '" + frontend::printable(sizedFor) +
                                                      "', not '" + r.graph->name + "'; applied by stream name");
    sayAll(r, dd);
    if (dd.hasErrors()) {
      say(r, "datosim: " + counted(static_cast<long long>(dd.errorCount()), "error") + " in --depths; nothing was simulated");
      r.status = Status::InvalidInput;
      return false;
    }
  }
  if (r.graph && r.arch && !r.loadDiagnostics.hasErrors()) return true;
  say(r, "datosim: " + counted(static_cast<long long>(r.loadDiagnostics.errorCount()), "error") +
             "; nothing was simulated");
  // A value from the command line shows up in the graph's errors at the graph's pointers: say so.
  if (!r.graph && !o.paramsText.empty()) {
    std::string given;
    for (const std::string& p : o.paramsText) given += (given.empty() ? "" : " ") + p;
    say(r, "datosim: note: the graph was read with --param " + given);
  }
  r.status = Status::InvalidInput;
  return false;
}

// Map the graph; false (status set) when the run cannot go on.
bool map(const RunOptions& o, RunResult& r) {
  const ir::Graph& graph = *r.graph;
  const ir::Arch& arch = *r.arch;
  mapper::MapOptions mopts;
  mopts.hints = graph.mappingHints;
  for (const ir::ChainHint& c : o.extraHints.chains) mopts.hints.chains.push_back(c);
  for (const ir::BundleHint& b : o.extraHints.bundles) mopts.hints.bundles.push_back(b);
  mopts.autoBundle = o.autoBundle;
  std::optional<ir::MappingRequest> request;
  if (!o.mappingIn.empty()) {
    Diagnostics md;
    request = frontend::loadMappingRequest(o.mappingIn, md);
    sayAll(r, md);
    if (!request) {
      say(r, "datosim: " + counted(static_cast<long long>(md.errorCount()), "error") +
                 " in the mapping; nothing was simulated");
      r.status = Status::InvalidInput;
      return false;
    }
    mopts.request = &*request;
  }
  // A graph that does not fit is an error unless the placement-free timing was asked for and no
  // mapping is read or written.
  const bool strict = o.timing == Timing::Placed || o.mapOnly || !o.mappingIn.empty() || o.requireMapping;
  Diagnostics md;
  mapper::MapFailure failure = mapper::MapFailure::None;
  r.mapping = mapper::mapGraph(graph, arch, mopts, md, &failure);
  if (failure == mapper::MapFailure::InvalidRequest) {
    sayAll(r, md);
    say(r, "datosim: " + counted(static_cast<long long>(md.errorCount()), "error") +
               " in the chain / bundle / mapping requests; nothing was simulated");
    r.status = Status::InvalidRequest;
    return false;
  }
  if (!r.mapping && !strict) {
    for (const Diagnostic& d : md.all())
      say(r, (d.severity == Severity::Error ? Diagnostic{Severity::Warning, d.loc, d.message} : d).str());
    say(r, "datosim: warning: " + graph.name + " does not fit " + arch.name +
               "; simulated with the placement-free timing (--timing=free)");
  } else {
    sayAll(r, md);
  }
  if (!r.mapping && strict) {
    say(r, "datosim: " + graph.name + " does not fit " + arch.name + " (" +
               counted(static_cast<long long>(md.errorCount()), "error") +
               "); nothing was simulated (--timing=free simulates without a placement)");
    r.status = Status::DoesNotFit;
    return false;
  }
  return true;
}

// Decide whether the run carries data, and prepare the tensors (and the expected ones for a check).
bool prepareData(const RunOptions& o, RunResult& r, std::vector<data::Buffer>& expected) {
  const ir::Graph& graph = *r.graph;
  FunctionalInfo& f = r.functional;
  f.seed = o.seed;
  f.checkRequested = o.check;
  const bool wantsData = o.check || !o.inputs.empty() || o.keepTensors;
  const std::int64_t bytes = sim::globalTensorBytes(graph);
  // A stream whose values come from data steers its consumers by data: only a run with data can follow it.
  const ir::StreamDecl* steeredByData = nullptr;
  for (const ir::StreamDecl& d : graph.streams)
    if (d.valuesFromData && !steeredByData) steeredByData = &d;
  if (o.functional == Functional::On) {
    f.enabled = true;
    f.why = "--functional=on";
  } else if (o.functional == Functional::Off) {
    if (steeredByData) {
      say(r, steeredByData->valuesFromDataAt.str() + ": error: stream '" + steeredByData->name +
                 "' carries values taken from data (this put moves a local whose value its consumer's variable "
                 "receives), so the run needs the data: drop --functional=off (auto turns functional mode on)");
      r.status = Status::InvalidInput;
      return false;
    }
    f.why = "--functional=off";
  } else if (steeredByData) {
    f.enabled = true;
    f.why = "--functional=auto: stream '" + steeredByData->name + "' carries values taken from data";
  } else if (wantsData) {
    f.enabled = true;
    f.why = "--functional=auto: data options given";
  } else {
    f.enabled = bytes <= kFunctionalAutoLimitBytes;
    f.why = "--functional=auto: tensors total " + mib(bytes) + (f.enabled ? " <= " : " > ") +
            mib(kFunctionalAutoLimitBytes);
  }
  // The budget, before anything large is allocated.
  std::uint64_t encoded = 0;
  if (f.enabled && o.keepTensors)
    for (const ir::Tensor& t : graph.tensors) encoded += static_cast<std::uint64_t>(std::max<std::int64_t>(0, ir::tileBytes(t.dtype, t.shape)));
  r.memory = estimateMemory(graph, f.enabled, 1 + (o.check ? 1 : 0) + (o.keepTensors ? 1 : 0), encoded);
  const MemoryBudget budget = o.maxMemory ? MemoryBudget{*o.maxMemory, "--max-memory"} : defaultMemoryBudget();
  r.memoryBudget = budget.bytes;
  if (r.memoryBudget > 0 && r.memory.total > r.memoryBudget) {
    std::string parts;
    for (const MemoryPart& p : r.memory.parts) parts += (parts.empty() ? "" : "; ") + p.what + " " + formatBytes(p.bytes);
    say(r, "datosim: " + graph.name + " would need about " + formatBytes(r.memory.total) + " of memory (" + parts +
               "), more than the budget of " + formatBytes(r.memoryBudget) +
               " (" + budget.source + ")" +
               "; nothing was simulated. " +
               (f.enabled ? "Run timing-only (--functional=off), with smaller parameters (--param), or raise --max-memory"
                          : "Run with smaller parameters (--param) or raise --max-memory"));
    r.status = Status::TooLarge;
    return false;
  }
  if (!f.enabled) return true;
  if (!prepareTensors(o, graph, r)) {
    r.status = Status::InvalidInput;
    return false;
  }
  if (o.keepTensors) r.initialTensors = r.tensors;
  if (!o.check) return true;
  expected = r.tensors;
  const std::string why = sim::runReference(graph, expected);
  if (why.empty()) return true;
  say(r, "datosim: " + why);
  r.status = Status::InvalidInput;
  return false;
}

}  // namespace

namespace {

// Milliseconds since `t0`, for the log.
double msSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

RunResult run(const RunOptions& o) {
  RunResult r;
  auto t0 = std::chrono::steady_clock::now();
  if (!load(o, r)) return r;
  log::get().info("loaded {} ({} tasks, {} instances, {} stream instances, {} tensors) and config {} (model {}) in {:.1f} ms",
                  o.graph, r.graph->tasks.size(), r.graph->instances.size(), r.graph->streamInsts.size(),
                  r.graph->tensors.size(), r.arch->name, r.arch->model, msSince(t0));
  // Static store coverage (analysis/coverage.h): warnings only, on stderr and in the JSON report.
  r.coverage = analysis::checkStoreCoverage(*r.graph);
  for (Diagnostic& d : analysis::checkLoadCoverage(*r.graph)) r.coverage.push_back(std::move(d));
  if (r.graph->coverageErrors && !r.coverage.empty()) {  // the graph asks for gaps to be errors
    for (const Diagnostic& d : r.coverage) say(r, Diagnostic{Severity::Error, d.loc, d.message}.str());
    say(r, "datosim: " + std::to_string(r.coverage.size()) + " coverage gap" + (r.coverage.size() == 1 ? "" : "s") +
               ", errors because " + r.graph->coverageLoc.str() + " is \"error\"; nothing was simulated");
    r.status = Status::InvalidInput;
    return r;
  }
  for (const Diagnostic& d : r.coverage) say(r, d.str());
  t0 = std::chrono::steady_clock::now();
  if (!map(o, r)) return r;
  if (r.mapping) {
    log::get().info("mapped onto {}: {} tile groups, {} DMA channels in use, cost {} in {:.1f} ms", r.arch->name,
                    r.mapping->groups.size(), r.mapping->ports.size(), r.mapping->cost, msSince(t0));
    for (const std::string& n : r.mapping->notes) log::get().debug("mapping: {}", n);
  } else {
    log::get().info("not placed ({:.1f} ms): the placement-free timing", msSince(t0));
  }
  if (o.mapOnly || o.prepareOnly) {
    r.status = Status::Mapped;
    return r;
  }
  const ir::Graph& graph = *r.graph;
  if (o.check && !graph.reference.present) {
    say(r, "datosim: --check: " + graph.file +
               " has no \"reference\" section to check against (docs/functional.md describes it)");
    r.status = Status::InvalidInput;
    return r;
  }
  std::vector<data::Buffer> expected;
  t0 = std::chrono::steady_clock::now();
  if (!prepareData(o, r, expected)) return r;
  log::get().info("data: {} ({}); memory estimate {} of a budget of {}", r.functional.enabled ? "functional" : "timing only",
                  r.functional.why, formatBytes(r.memory.total), r.memoryBudget ? formatBytes(r.memoryBudget) : "none");
  if (r.functional.enabled) log::get().info("tensors prepared in {:.1f} ms", msSince(t0));

  const std::unique_ptr<arch::TimingModel> model = arch::createTimingModel(*r.arch);
  sim::SimOptions sopts;
  sopts.maxCycles = o.maxCycles;
  if (o.maxStepsPerCycle > 0) sopts.maxStepsPerCycle = o.maxStepsPerCycle;
  if (r.functional.enabled) sopts.tensors = &r.tensors;
  r.placed = r.mapping && o.timing != Timing::Free;
  if (r.placed) sopts.mapping = &*r.mapping;
  if (o.trace) {
    r.trace.emplace(*o.trace);
    sopts.trace = &*r.trace;
  }
  sopts.progress = o.progress;
  log::get().info("simulating {} instances and {} stream instances, {}", graph.instances.size(), graph.streamInsts.size(),
                  r.placed ? "placed" : "placement-free");
  t0 = std::chrono::steady_clock::now();
  r.report = sim::simulate(graph, *r.arch, *model, sopts);
  {
    const double ms = msSince(t0);
    log::get().info("simulated: {} at cycle {} in {:.1f} ms ({:.3g} cycles/s)", sim::outcomeName(r.report.outcome),
                    r.report.cycles, ms, ms > 0 ? 1000.0 * static_cast<double>(r.report.cycles) / ms : 0.0);
  }
  analysis::BoundOptions bopts;
  bopts.mapping = sopts.mapping;  // broadcast reads as the run places them (analysis/roofline.h)
  // A steered instance's body is walked the way this run went: only a run that completed received everything.
  std::vector<std::vector<std::int64_t>> received;
  if (r.report.outcome == sim::Outcome::Completed && r.report.instances.size() == graph.instances.size()) {
    for (const sim::InstanceStats& s : r.report.instances) received.push_back(s.received);
    bopts.received = &received;
  }
  r.bound = analysis::computeBound(graph, *r.arch, *model, bopts);
  // The outputs of steered tasks, which the static store-coverage check skipped: checked along this run
  // (their load gaps are not: which tiles a steered task reads is the data's business).
  bool steered = false;
  for (const ir::Task& t : graph.tasks) steered = steered || ir::steeredAtRunTime(t);
  if (steered && bopts.received) {
    analysis::CoverageOptions co;
    co.received = &received;
    for (Diagnostic& d : analysis::checkStoreCoverage(graph, co)) {
      say(r, d.str());
      r.coverage.push_back(std::move(d));
    }
  }
  r.status = Status::Simulated;
  if (r.functional.enabled && o.check && r.completed()) {
    t0 = std::chrono::steady_clock::now();
    r.functional.check = sim::compareWithReference(graph, expected, r.tensors);
    r.functional.checked = true;
    log::get().info("checked against the reference: {} in {:.1f} ms", r.functional.check.passed ? "passed" : "FAILED",
                    msSince(t0));
  }
  return r;
}

std::uint64_t tensorSeed(std::uint64_t seed, std::size_t index) {
  data::SplitMix64 gen(seed);
  std::uint64_t x = gen.next();
  for (std::size_t i = 0; i < index; ++i) x = gen.next();
  return x;
}

std::vector<bool> tensorsToWrite(const ir::Graph& g, const FunctionalInfo& f) {
  std::set<std::string> random;
  for (const auto& [name, from] : f.inputs)
    if (from == "random") random.insert(name);
  std::vector<bool> out(g.tensors.size(), false);
  for (std::size_t i = 0; i < g.tensors.size(); ++i)
    out[i] = g.tensors[i].role != ir::TensorRole::Input || random.count(g.tensors[i].name) != 0;
  return out;
}

bool isPlainFileStem(const std::string& name) {
  return !name.empty() && name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") ==
                              std::string::npos;
}

}  // namespace datosim::pipeline
