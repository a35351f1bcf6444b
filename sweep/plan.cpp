#include "sweep/plan.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "frontend/frontend.h"
#include "arch/timing_model.h"

namespace datosim::sweep {

using frontend::Json;
namespace fs = std::filesystem;

namespace {

bool readBytes(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return static_cast<bool>(in) || in.eof();
}

// FNV-1a, 64 bits: a change detector, not a security measure.
struct Fnv {
  std::uint64_t h = 1469598103934665603ULL;
  void add(const std::string& s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ULL;
    }
    h ^= 0xff;  // separator, so ("ab","c") and ("a","bc") differ
    h *= 1099511628211ULL;
  }
  std::string hex() const {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
  }
};

Json settingsToJson(const Settings& s) {
  Json j = Json::object();
  j["functional"] = s.functional;
  j["seed"] = s.seed;
  j["max_cycles"] = s.maxCycles;
  j["timing"] = s.timing;
  j["auto_bundle"] = s.autoBundle;
  return j;
}

}  // namespace

const char* formatName(Format f) { return f == Format::Csv ? "csv" : "jsonl"; }
const char* formatExtension(Format f) { return f == Format::Csv ? ".csv" : ".jsonl"; }

const std::string& Plan::configOf(const std::string& arch) const {
  for (const auto& [name, file] : archConfigs)
    if (name == arch) return file;
  static const std::string none;
  return none;
}

std::string computeFingerprint(const Plan& plan, std::string& why) {
  Fnv f;
  f.add("datosim-sweep " + plan.datosimVersion);
  std::string bytes;
  const fs::path graph = fs::path(plan.workdir) / plan.graph;
  if (!readBytes(graph.string(), bytes)) {
    why = "cannot read the graph " + graph.string();
    return "";
  }
  f.add(plan.graph);
  f.add(bytes);
  for (const auto& [name, file] : plan.archConfigs) {
    if (!readBytes(file, bytes)) {
      why = "cannot read the config " + file;
      return "";
    }
    f.add(name);
    f.add(file);
    f.add(bytes);
  }
  f.add(spaceToJson(plan.space).dump());
  f.add(settingsToJson(plan.settings).dump());
  f.add(formatName(plan.format));
  return f.hex();
}

std::optional<Plan> makePlan(const std::string& graph, Space space, const Settings& settings, Format format,
                             const std::vector<std::string>& configDirs, const std::string& datosimVersion,
                             Diagnostics& diags) {
  Plan p;
  p.graph = graph;
  std::error_code ec;
  p.workdir = fs::current_path(ec).string();
  p.settings = settings;
  p.format = format;
  p.datosimVersion = datosimVersion;
  // The graph with its own values: every swept parameter must be one it declares.
  Diagnostics gd;
  std::optional<ir::Graph> g = frontend::loadGraph(graph, {}, gd);
  if (!g) {
    diags.append(gd);
    diags.error({graph, ""}, "the graph does not load with its own parameter values; fix it before sweeping it");
    return std::nullopt;
  }
  std::vector<std::string> declared;
  for (const auto& prm : g->params) declared.push_back(prm.name);
  bool ok = true;
  for (const std::string& name : space.params) {
    if (std::find(declared.begin(), declared.end(), name) != declared.end()) continue;
    const std::string near = closestName(name, declared);
    std::string all;
    for (std::size_t i = 0; i < declared.size(); ++i) all += (i ? ", " : "") + declared[i];
    diags.error({graph, "/params"}, "the sweep varies parameter '" + name + "', which the graph does not declare" +
                                        (near.empty() ? "" : "; did you mean '" + near + "'?") +
                                        " (it declares " + (all.empty() ? std::string("none") : all) + ")");
    ok = false;
  }
  // Every architecture, once: its config file, validated as a run would.
  for (const Block& b : space.blocks)
    for (const std::string& a : b.archs) {
      if (!p.configOf(a).empty()) continue;
      Diagnostics ad;
      frontend::PartialArch read = frontend::loadArchPartial(a, configDirs, ad);
      if (read.arch) arch::validateArch(*read.arch, ad, read.malformed);
      diags.append(ad);
      if (!read.complete || ad.hasErrors()) {
        ok = false;
        continue;
      }
      p.archConfigs.emplace_back(a, fs::absolute(read.arch->file, ec).lexically_normal().string());
    }
  if (!ok) return std::nullopt;
  std::optional<std::vector<Point>> points = enumerate(space, diags);
  if (!points) return std::nullopt;
  if (points->empty()) {
    diags.error(space.blocks.empty() ? SourceLoc{} : space.blocks.front().loc,
                "the space has no points: the constraints exclude every combination");
    return std::nullopt;
  }
  p.space = std::move(space);
  p.points = std::move(*points);
  std::string why;
  p.fingerprint = computeFingerprint(p, why);
  if (p.fingerprint.empty()) {
    diags.error({graph, ""}, why);
    return std::nullopt;
  }
  return p;
}

Json planToJson(const Plan& p) {
  Json j = Json::object();
  j["format"] = "datosim-sweep-plan/1";
  j["datosim_version"] = p.datosimVersion;
  j["fingerprint"] = p.fingerprint;
  j["workdir"] = p.workdir;
  j["graph"] = p.graph;
  Json archs = Json::object();
  for (const auto& [name, file] : p.archConfigs) archs[name] = file;
  j["configs"] = archs;
  j["space"] = spaceToJson(p.space);
  j["settings"] = settingsToJson(p.settings);
  j["output"] = formatName(p.format);
  j["points"] = p.points.size();
  return j;
}

std::optional<Plan> loadPlan(const std::string& path, Diagnostics& diags) {
  std::string text;
  if (!readBytes(path, text)) {
    diags.error({path, ""}, "cannot read the sweep plan");
    return std::nullopt;
  }
  std::optional<Json> doc = frontend::parseJson(text, path, diags);
  if (!doc || diags.hasErrors()) return std::nullopt;
  const SourceLoc root{path, ""};
  if (!frontend::expectObject(*doc, root, diags, "a sweep plan") ||
      !frontend::checkKeys(*doc, root,
                           {"format", "datosim_version", "fingerprint", "workdir", "graph", "configs", "space",
                            "settings", "output", "points", "shards", "jobs", "point_timeout", "point_memory_mib"},
                           {"format", "datosim_version", "fingerprint", "workdir", "graph", "configs", "space",
                            "settings", "output", "points"},
                           diags))
    return std::nullopt;
  const Json& d = *doc;
  if (!d["format"].is_string() || d["format"].get<std::string>() != "datosim-sweep-plan/1") {
    diags.error(root.child("format"), "expected \"datosim-sweep-plan/1\"");
    return std::nullopt;
  }
  for (const char* k : {"datosim_version", "fingerprint", "workdir", "graph", "output"})
    if (!frontend::expectString(d[k], root.child(k), diags, k)) return std::nullopt;
  Plan p;
  p.datosimVersion = d["datosim_version"].get<std::string>();
  p.workdir = d["workdir"].get<std::string>();
  p.graph = d["graph"].get<std::string>();
  const std::string out = d["output"].get<std::string>();
  if (out != "csv" && out != "jsonl") {
    diags.error(root.child("output"), "expected \"csv\" or \"jsonl\"");
    return std::nullopt;
  }
  p.format = out == "csv" ? Format::Csv : Format::Jsonl;
  if (!frontend::expectObject(d["configs"], root.child("configs"), diags, "configs")) return std::nullopt;
  for (auto it = d["configs"].begin(); it != d["configs"].end(); ++it) {
    if (!frontend::expectString(it.value(), root.child("configs").child(it.key()), diags, "a config path"))
      return std::nullopt;
    p.archConfigs.emplace_back(it.key(), it.value().get<std::string>());
  }
  const Json& s = d["settings"];
  const SourceLoc sl = root.child("settings");
  if (!frontend::expectObject(s, sl, diags, "settings") ||
      !frontend::checkKeys(s, sl, {"functional", "seed", "max_cycles", "timing", "auto_bundle"},
                           {"functional", "seed", "max_cycles", "timing", "auto_bundle"}, diags) ||
      !frontend::expectString(s["functional"], sl.child("functional"), diags) ||
      !frontend::expectString(s["timing"], sl.child("timing"), diags) ||
      !frontend::expectBool(s["auto_bundle"], sl.child("auto_bundle"), diags) || !s["seed"].is_number_unsigned())
    return std::nullopt;
  p.settings.functional = s["functional"].get<std::string>();
  p.settings.timing = s["timing"].get<std::string>();
  p.settings.autoBundle = s["auto_bundle"].get<bool>();
  p.settings.seed = s["seed"].get<std::uint64_t>();
  std::optional<std::int64_t> mc = frontend::getInt64(s["max_cycles"], sl.child("max_cycles"), diags);
  if (!mc) return std::nullopt;
  p.settings.maxCycles = *mc;
  std::optional<Space> space = parseSpace(d["space"], root.child("space"), diags);
  if (!space) return std::nullopt;
  std::optional<std::vector<Point>> points = enumerate(*space, diags);
  if (!points) return std::nullopt;
  p.space = std::move(*space);
  p.points = std::move(*points);
  for (const Block& b : p.space.blocks)
    for (const std::string& a : b.archs)
      if (p.configOf(a).empty()) {
        diags.error(root.child("configs"), "no config for architecture '" + frontend::printable(a) + "'");
        return std::nullopt;
      }
  std::string why;
  p.fingerprint = computeFingerprint(p, why);
  const std::string recorded = d["fingerprint"].get<std::string>();
  if (p.fingerprint.empty()) {
    diags.error(root, why + " (the plan names it)");
    return std::nullopt;
  }
  if (p.fingerprint != recorded) {
    diags.error(root.child("fingerprint"),
                "the graph, a config or datosim changed since this plan was written (fingerprint " + recorded +
                    ", now " + p.fingerprint + "); write the plan again with datosim sweep ... --slurm");
    return std::nullopt;
  }
  return p;
}

}  // namespace datosim::sweep
