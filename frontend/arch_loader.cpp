// Architecture configs (`datosim-arch/1`): structure and sources. Whether the parameter keys fit
// the timing model is checked by arch::validateArch; the *Partial functions hand it the well-formed
// parameters of a config with structural errors, so that one run reports both kinds.
#include "frontend/frontend.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>
#include <utility>

#include "frontend/json_util.h"

namespace datosim::frontend {

namespace {

namespace fs = std::filesystem;

constexpr const char* kArchFormat = "datosim-arch/1";
constexpr std::uintmax_t kMaxConfigBytes = 16u << 20;  // an architecture config is a few KiB

const std::vector<std::string> kTopKeys = {"format", "name", "description", "model", "params", "device"};
// What a generated hardware project names (docs/architectures.md, "device"); each with its source.
const std::vector<std::string> kDeviceKeys = {"part", "platform", "memory", "aie_device"};
const std::vector<std::string> kTopRequired = {"format", "name", "model", "params"};
const std::vector<std::string> kParamKeys = {"value", "source"};

bool isBlank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

/// The string member `key` of `obj`, which must not be blank. nullopt when it is absent (checkKeys
/// reports missing required keys) or wrong (reported here).
std::optional<std::string> nonEmptyString(const Json& obj, const std::string& key, const SourceLoc& loc,
                                          Diagnostics& diags) {
  auto it = obj.find(key);
  if (it == obj.end()) return std::nullopt;
  SourceLoc at = loc.child(key);
  if (!expectString(*it, at, diags, "'" + key + "'")) return std::nullopt;
  const std::string& s = it->get_ref<const std::string&>();
  if (isBlank(s)) {
    diags.error(at, "'" + key + "' must not be empty");
    return std::nullopt;
  }
  return s;
}

// The optional "device" object: named strings for the emitters, {"value": string, "source": string} each.
void parseDevice(const Json& v, const SourceLoc& loc, ir::Arch& arch, Diagnostics& diags) {
  if (!expectObject(v, loc, diags, "'device'")) return;
  checkKeys(v, loc, kDeviceKeys, {}, diags, "'device'");
  for (const auto& [key, entry] : v.items()) {
    if (std::find(kDeviceKeys.begin(), kDeviceKeys.end(), key) == kDeviceKeys.end()) continue;
    const SourceLoc at = loc.child(key);
    if (!expectObject(entry, at, diags, "a device entry {\"value\": string, \"source\": string}")) continue;
    checkKeys(entry, at, kParamKeys, kParamKeys, diags, "a device entry");
    auto value = nonEmptyString(entry, "value", at, diags);
    auto source = nonEmptyString(entry, "source", at, diags);
    if (value && source) arch.device[key] = ir::ArchString{*value, *source, at};
  }
}

std::optional<ir::ArchParam> parseParam(const Json& v, const SourceLoc& loc, Diagnostics& diags) {
  if (!v.is_object()) {
    diags.error(loc, std::string("a parameter must be an object {\"value\": number, \"source\": string}, found ") +
                         jsonTypeName(v));
    return std::nullopt;
  }
  std::size_t before = diags.errorCount();
  checkKeys(v, loc, kParamKeys, kParamKeys, diags, "a parameter");
  ir::ArchParam p;
  p.loc = loc;
  if (auto value = v.find("value"); value != v.end() && expectNumber(*value, loc.child("value"), diags, "'value'")) {
    p.value = value->get<double>();
    if (!std::isfinite(p.value)) diags.error(loc.child("value"), "'value' must be a finite number");
  }
  auto source = v.find("source");
  if (source != v.end() && expectString(*source, loc.child("source"), diags, "'source'")) {
    p.source = source->get<std::string>();
    if (isBlank(p.source))
      diags.error(loc.child("source"), "'source' must say where the value comes from (a document and section, an "
                                       "issue, or \"estimate: <reasoning>; unverified\")");
  }
  if (diags.errorCount() != before) return std::nullopt;
  return p;
}

/// The well-formed parameters go into `arch`, the names of the malformed ones into `malformed`.
/// False when there are no parameters to check at all (not an object, or empty).
bool parseParams(const Json& params, const SourceLoc& loc, ir::Arch& arch, std::vector<std::string>& malformed,
                 Diagnostics& diags) {
  if (!expectObject(params, loc, diags, "'params'")) return false;
  if (params.empty()) {
    diags.error(loc, "'params' must not be empty");
    return false;
  }
  for (auto it = params.begin(); it != params.end(); ++it) {
    SourceLoc ploc = loc.child(it.key());
    if (isBlank(it.key())) {
      diags.error(ploc, "a parameter name must not be empty");
      malformed.push_back(it.key());
      continue;
    }
    if (auto p = parseParam(it.value(), ploc, diags))
      arch.params[it.key()] = std::move(*p);
    else
      malformed.push_back(it.key());
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Files.

std::optional<std::string> readFile(const std::string& path, Diagnostics& diags) {
  SourceLoc loc{path, ""};
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    diags.error(loc, "cannot read architecture config: no such file");
    return std::nullopt;
  }
  if (fs::is_directory(st)) {
    diags.error(loc, "cannot read architecture config: it is a directory");
    return std::nullopt;
  }
  std::uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > kMaxConfigBytes) {
    diags.error(loc, "architecture config is too large (" + std::to_string(size) + " bytes; at most " +
                         std::to_string(kMaxConfigBytes) + ")");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error(loc, "cannot read architecture config: cannot open the file");
    return std::nullopt;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    diags.error(loc, "cannot read architecture config: read error");
    return std::nullopt;
  }
  return ss.str();
}

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool isRegularFile(const std::string& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

bool existsOnDisk(const std::string& path) {
  std::error_code ec;
  return fs::exists(path, ec);
}

/// Names of the configs (`<name>.json`) in the search dirs, sorted, without duplicates.
std::vector<std::string> availableConfigs(const std::vector<std::string>& searchDirs) {
  std::set<std::string> names;
  for (const std::string& dir : searchDirs) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) continue;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) break;
      const fs::path& p = it->path();
      std::error_code fec;
      if (p.extension() == ".json" && fs::is_regular_file(p, fec)) names.insert(p.stem().string());
    }
  }
  return {names.begin(), names.end()};
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

void unknownConfig(const std::string& name, const std::vector<std::string>& searchDirs, Diagnostics& diags) {
  SourceLoc loc{name, ""};
  if (searchDirs.empty()) {
    diags.error(loc, "unknown architecture config '" + printable(name) +
                         "' (no config directory to search; give a path)");
    return;
  }
  std::vector<std::string> names = availableConfigs(searchDirs);
  std::string msg = "unknown architecture config '" + printable(name) + "'";
  std::string near = closestName(name, names);
  if (!near.empty()) msg += "; did you mean '" + near + "'?";
  if (names.empty())
    msg += " (no configs found in " + joined(searchDirs) + ")";
  else
    msg += " (available: " + joined(names) + ")";
  diags.error(loc, msg);
}

}  // namespace

PartialArch parseArchPartial(const std::string& text, const std::string& fileName, Diagnostics& diags) {
  PartialArch out;
  std::size_t before = diags.errorCount();
  std::optional<Json> doc = parseJson(text, fileName, diags);
  if (!doc) return out;
  SourceLoc root{fileName, ""};
  if (!expectObject(*doc, root, diags, "an architecture config")) return out;
  checkKeys(*doc, root, kTopKeys, kTopRequired, diags, "an architecture config");

  ir::Arch arch;
  arch.file = fileName;
  if (auto format = nonEmptyString(*doc, "format", root, diags); format && *format != kArchFormat)
    diags.error(root.child("format"),
                "unsupported format '" + printable(*format) + "' (expected '" + kArchFormat + "')");
  if (auto name = nonEmptyString(*doc, "name", root, diags)) arch.name = *name;
  std::optional<std::string> model = nonEmptyString(*doc, "model", root, diags);
  if (model) arch.model = *model;
  if (auto desc = doc->find("description");
      desc != doc->end() && expectString(*desc, root.child("description"), diags, "'description'"))
    arch.description = desc->get<std::string>();
  if (auto device = doc->find("device"); device != doc->end()) parseDevice(*device, root.child("device"), arch, diags);
  bool hasParams = false;
  if (auto params = doc->find("params"); params != doc->end())
    hasParams = parseParams(*params, root.child("params"), arch, out.malformed, diags);

  out.complete = diags.errorCount() == before;
  // Without a model or any parameters the model's checks cannot run; otherwise they check what is
  // well-formed, whatever else is wrong.
  if (out.complete || (model && hasParams)) out.arch = std::move(arch);
  return out;
}

std::optional<ir::Arch> parseArch(const std::string& text, const std::string& fileName, Diagnostics& diags) {
  PartialArch p = parseArchPartial(text, fileName, diags);
  if (!p.complete) return std::nullopt;
  return std::move(p.arch);
}

std::optional<ir::Arch> loadArch(const std::string& nameOrPath, const std::vector<std::string>& searchDirs,
                                 Diagnostics& diags) {
  PartialArch p = loadArchPartial(nameOrPath, searchDirs, diags);
  if (!p.complete) return std::nullopt;
  return std::move(p.arch);
}

PartialArch loadArchPartial(const std::string& nameOrPath, const std::vector<std::string>& searchDirs,
                            Diagnostics& diags) {
  if (isBlank(nameOrPath)) {
    diags.error(SourceLoc{"<arch>", ""}, "empty architecture config name");
    return {};
  }
  std::string path;
  if (existsOnDisk(nameOrPath) || endsWith(nameOrPath, ".json")) {
    path = nameOrPath;
  } else {
    for (const std::string& dir : searchDirs) {
      std::string candidate = (fs::path(dir) / (nameOrPath + ".json")).string();
      if (isRegularFile(candidate)) {
        path = candidate;
        break;
      }
    }
    if (path.empty()) {
      unknownConfig(nameOrPath, searchDirs, diags);
      return {};
    }
  }
  std::optional<std::string> text = readFile(path, diags);
  if (!text) return {};
  return parseArchPartial(*text, path, diags);
}

}  // namespace datosim::frontend
