#include "pipeline/fifo_sizing.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "frontend/json_util.h"
#include "ir/log.h"
#include "arch/timing_model.h"

namespace datosim::pipeline {

namespace {

/// A depth that never blocks a put however many tokens a stream carries (the engine's rings grow
/// only as far as the occupancy does, so this costs nothing).
constexpr std::int64_t kUnbounded = std::int64_t{1} << 40;

}  // namespace

FifoSizing sizeFifos(ir::Graph& g, const ir::Arch& arch, const ir::Mapping* mapping, double tolerance,
                     std::int64_t maxStepsPerCycle) {
  FifoSizing s;
  s.tolerance = tolerance;
  const std::unique_ptr<arch::TimingModel> model = arch::createTimingModel(arch);
  std::vector<std::int64_t> original;
  for (const ir::StreamDecl& d : g.streams) original.push_back(d.depth);
  sim::SimOptions opts;
  opts.mapping = mapping;
  if (maxStepsPerCycle > 0) opts.maxStepsPerCycle = maxStepsPerCycle;
  auto simulate = [&](std::int64_t maxCycles) {
    opts.maxCycles = maxCycles;
    ++s.runs;
    return sim::simulate(g, arch, *model, opts);
  };
  auto restore = [&] {
    for (std::size_t i = 0; i < g.streams.size(); ++i) g.streams[i].depth = original[i];
  };

  const sim::Report asGiven = simulate(0);
  s.graphOutcome = asGiven.outcome;
  s.graphCycles = asGiven.cycles;
  if (asGiven.outcome == sim::Outcome::RuntimeError) {
    s.error = "the run stops with a run-time error" +
              (asGiven.errors.empty() ? std::string() : ": " + asGiven.errors.front().str());
    return s;
  }
  for (ir::StreamDecl& d : g.streams) d.depth = kUnbounded;
  const sim::Report deep = simulate(0);
  if (deep.outcome != sim::Outcome::Completed) {
    restore();
    s.error = deep.outcome == sim::Outcome::Deadlock
                  ? "the graph deadlocks even with FIFOs that never fill (a put/get count mismatch or a cycle of "
                    "gets): no depth fixes it; run it without --size-fifos to see who waits on whom"
                  : std::string("with FIFOs that never fill the run ends with: ") + sim::outcomeName(deep.outcome) +
                        (deep.errors.empty() ? "" : ": " + deep.errors.front().str());
    return s;
  }
  s.deepCycles = deep.cycles;
  log::get().info("fifo sizing: graph depths {} at cycle {}; deep FIFOs {} cycles", sim::outcomeName(asGiven.outcome),
                  asGiven.cycles, deep.cycles);
  s.target = static_cast<std::int64_t>(std::floor(static_cast<long double>(deep.cycles) * (1.0L + tolerance)));

  // Per declaration: its instances, the tokens of its busiest instance, the buffers a slot takes.
  s.streams.resize(g.streams.size());
  for (std::size_t i = 0; i < g.streams.size(); ++i) {
    StreamSizing& x = s.streams[i];
    x.name = g.streams[i].name;
    x.tokenBytes = g.streams[i].tokenBytes();
    x.graphDepth = original[i];
    x.deepDepth = 1;
  }
  for (std::size_t k = 0; k < g.streamInsts.size(); ++k) {
    StreamSizing& x = s.streams[static_cast<std::size_t>(g.streamInsts[k].decl)];
    ++x.instances;
    x.deepDepth = std::max(x.deepDepth, deep.streams[k].tokens);
    x.bufferCopies += mapping && mapping->streams[k].kind == ir::RouteKind::Dma ? 2 : 1;
  }

  // One stream at a time, in declaration order: the smallest depth in [1, deep] whose run completes
  // within the target, the others at their current depths (sized before, deep after). The depth kept
  // is always one a run has just passed with, so the final depths are checked by a run.
  for (std::size_t i = 0; i < g.streams.size(); ++i) g.streams[i].depth = s.streams[i].deepDepth;
  auto passes = [&] {
    const sim::Report r = simulate(s.target);  // a run past the target stops there: it fails anyway
    const bool ok = r.outcome == sim::Outcome::Completed && r.cycles <= s.target;
    if (log::on(spdlog::level::debug)) {
      std::string depths;
      for (const ir::StreamDecl& d : g.streams) depths += (depths.empty() ? "" : " ") + d.name + "=" + std::to_string(d.depth);
      log::get().debug("fifo sizing run {}: {} -> {} at cycle {}: {}", s.runs, depths, sim::outcomeName(r.outcome),
                       r.cycles, ok ? "passes" : "fails");
    }
    return ok;
  };
  for (std::size_t i = 0; i < g.streams.size(); ++i) {
    if (s.streams[i].instances == 0) continue;
    std::int64_t lo = 1, hi = s.streams[i].deepDepth;
    while (lo < hi) {
      const std::int64_t mid = lo + (hi - lo) / 2;
      g.streams[i].depth = mid;
      if (passes()) hi = mid;
      else lo = mid + 1;
    }
    g.streams[i].depth = hi;
  }
  for (std::size_t i = 0; i < g.streams.size(); ++i) s.streams[i].sizedDepth = g.streams[i].depth;
  const sim::Report sized = simulate(0);
  restore();
  if (sized.outcome != sim::Outcome::Completed || sized.cycles > s.target)
    throw std::logic_error("FIFO sizing: the sized depths do not pass their own final run");
  s.sizedCycles = sized.cycles;
  for (std::size_t k = 0; k < g.streamInsts.size(); ++k) {
    StreamSizing& x = s.streams[static_cast<std::size_t>(g.streamInsts[k].decl)];
    x.peak = std::max(x.peak, sized.streams[k].peak);
  }
  for (const StreamSizing& x : s.streams) {
    s.bytesBefore += x.graphDepth * x.tokenBytes * x.bufferCopies;
    s.bytesAfter += x.sizedDepth * x.tokenBytes * x.bufferCopies;
  }
  return s;
}

std::string depthsToJson(const ir::Graph& g, const FifoSizing& s) {
  nlohmann::ordered_json j;
  j["format"] = "datosim-depths/1";
  j["graph"] = g.name;
  std::map<std::string, std::int64_t> params;  // sorted by name
  for (const ir::Param& p : g.params) params[p.name] = p.value;
  j["params"] = nlohmann::ordered_json::object();
  for (const auto& [k, v] : params) j["params"][k] = v;
  j["tolerance"] = s.tolerance;
  j["cycles"] = {{"graph_depths", s.graphOutcome == sim::Outcome::Completed ? nlohmann::ordered_json(s.graphCycles)
                                                                             : nlohmann::ordered_json(nullptr)},
                 {"deep", s.deepCycles},
                 {"sized", s.sizedCycles}};
  j["depths"] = nlohmann::ordered_json::object();
  for (const StreamSizing& x : s.streams) j["depths"][x.name] = x.sizedDepth;
  return j.dump(2) + "\n";
}

bool loadDepths(const std::string& path, std::map<std::string, std::int64_t>& depths, std::string& graphName,
                Diagnostics& d) {
  namespace fs = std::filesystem;
  const SourceLoc root{path, ""};
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    d.error(root, "cannot read the depths: no such file");
    return false;
  }
  if (fs::file_size(path, ec) > (std::uintmax_t{64} << 20)) {
    d.error(root, "the depths file is too large (more than 64 MiB)");
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  const std::size_t before = d.errorCount();
  const std::optional<frontend::Json> j = frontend::parseJson(text.str(), path, d);
  if (!j || d.errorCount() > before) return false;
  if (!frontend::expectObject(*j, root, d, "a depths file")) return false;
  if (!frontend::checkKeys(*j, root, {"format", "graph", "params", "tolerance", "cycles", "depths"}, {"format", "depths"}, d))
    return false;
  if (!frontend::expectString((*j)["format"], root.child("format"), d, "'format'")) return false;
  if ((*j)["format"] != "datosim-depths/1") {
    d.error(root.child("format"), "unsupported format '" + frontend::printable((*j)["format"].get<std::string>()) +
                                      "'; this datosim reads 'datosim-depths/1' (what --size-fifos --depths-out writes)");
    return false;
  }
  if (j->contains("graph") && frontend::expectString((*j)["graph"], root.child("graph"), d, "'graph'"))
    graphName = (*j)["graph"].get<std::string>();
  const frontend::Json& ds = (*j)["depths"];
  if (!frontend::expectObject(ds, root.child("depths"), d, "'depths'")) return false;
  for (const auto& [name, v] : ds.items()) {
    const SourceLoc at = root.child("depths").child(name);
    const std::optional<std::int64_t> depth = frontend::getInt64(v, at, d, "a depth");
    if (!depth) continue;
    if (*depth < 1) {
      d.error(at, "a depth must be >= 1, found " + std::to_string(*depth));
      continue;
    }
    depths[name] = *depth;
  }
  return d.errorCount() == before;
}

bool applyDepths(ir::Graph& g, const std::string& path, const std::map<std::string, std::int64_t>& depths,
                 Diagnostics& d) {
  const std::size_t before = d.errorCount();
  for (const auto& [name, depth] : depths) {
    auto it = std::find_if(g.streams.begin(), g.streams.end(), [&](const ir::StreamDecl& s) { return s.name == name; });
    if (it == g.streams.end()) {
      std::vector<std::string> names;
      for (const ir::StreamDecl& s : g.streams) names.push_back("'" + s.name + "'");
      d.error(SourceLoc{path, ""}.child("depths").child(name),
              "graph '" + g.name + "' has no stream '" + frontend::printable(name) + "'" +
                  (names.empty() ? std::string(" (it declares none)") : "; its streams are " + frontend::joinOr(names)));
      continue;
    }
    it->depth = depth;
  }
  return d.errorCount() == before;
}

}  // namespace datosim::pipeline
