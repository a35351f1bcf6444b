#include "arch/timing_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "arch/fpga/fpga.h"
#include "arch/npu/npu.h"
#include "arch/params.h"

namespace datosim::arch {

void TimingModelRegistry::add(TimingModelEntry e) {
  for (TimingModelEntry& old : entries_) {
    if (old.name != e.name) continue;
    old = std::move(e);
    return;
  }
  entries_.push_back(std::move(e));
}

const TimingModelEntry* TimingModelRegistry::find(const std::string& name) const {
  for (const TimingModelEntry& e : entries_)
    if (e.name == name) return &e;
  return nullptr;
}

const TimingModelRegistry& TimingModelRegistry::builtin() {
  static const TimingModelRegistry registry = [] {
    TimingModelRegistry r;
    registerBuiltinTimingModels(r);
    return r;
  }();
  return registry;
}

void registerBuiltinTimingModels(TimingModelRegistry& r) {
  r.add(npu::timingModelEntry());
  r.add(fpga::timingModelEntry());
}

const Family* findFamily(const std::string& model) {
  const TimingModelEntry* e = TimingModelRegistry::builtin().find(model);
  return e ? e->family : nullptr;
}

const Family& familyOf(const ir::Arch& a) {
  if (const Family* f = findFamily(a.model)) return *f;
  throw std::logic_error("timing model '" + a.model + "' has no architecture family");
}

std::string paramNumber(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

namespace {

std::string rangeText(const ParamSpec& s, double value) {
  // The sanity maximum of an "unbounded" parameter (1e12) is only worth naming to a value above it.
  const bool bounded = s.max < 1e12 || value > s.max;
  std::string lower = (s.minExclusive ? "> " : ">= ") + paramNumber(s.min);
  if (!bounded) return "must be " + lower;
  return std::string("must be in ") + (s.minExclusive ? "(" : "[") + paramNumber(s.min) + ", " + paramNumber(s.max) + "]";
}

void checkValue(const ParamSpec& spec, const ir::ArchParam& p, const std::string& model, Diagnostics& diags) {
  const std::string what = "parameter '" + spec.key + "' of timing model '" + model + "' (" + spec.unit + ")";
  if (!std::isfinite(p.value)) {
    diags.error(p.loc, what + " must be a finite number");
    return;
  }
  bool belowMin = spec.minExclusive ? p.value <= spec.min : p.value < spec.min;
  if (belowMin || p.value > spec.max) {
    diags.error(p.loc, what + " " + rangeText(spec, p.value) + ", found " + paramNumber(p.value));
    return;
  }
  if (spec.integer && p.value != std::floor(p.value))
    diags.error(p.loc, what + " must be a whole number, found " + paramNumber(p.value));
}

std::vector<std::string> entryNames(const TimingModelRegistry& r) {
  std::vector<std::string> names;
  for (const TimingModelEntry& e : r.entries()) names.push_back(e.name);
  return names;
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

const ParamSpec* findSpec(const TimingModelEntry& e, const std::string& key) {
  for (const ParamSpec& s : e.params)
    if (s.key == key) return &s;
  return nullptr;
}

}  // namespace

bool validateArch(const ir::Arch& arch, Diagnostics& diags, const std::vector<std::string>& malformed) {
  const TimingModelRegistry& reg = TimingModelRegistry::builtin();
  const SourceLoc root{arch.file, ""};
  const TimingModelEntry* entry = reg.find(arch.model);
  if (!entry) {
    std::vector<std::string> names = entryNames(reg);
    std::string guess = closestName(arch.model, names);
    std::string hint = guess.empty() ? "" : "; did you mean '" + guess + "'?";
    diags.error(root.child("model"),
                "unknown timing model '" + arch.model + "'" + hint + " (known models: " + joined(names) + ")");
    return false;
  }
  const std::size_t before = diags.errorCount();
  std::vector<std::string> keys;
  for (const ParamSpec& s : entry->params) keys.push_back(s.key);
  for (const auto& [key, param] : arch.params) {
    if (const ParamSpec* spec = findSpec(*entry, key)) {
      checkValue(*spec, param, entry->name, diags);
      continue;
    }
    const ParamFamily* family = nullptr;
    for (const ParamFamily& f : entry->families)
      if (f.matches(key)) family = &f;
    if (family) {
      const std::string what = "parameter '" + key + "' of timing model '" + entry->name + "' (" + family->unit + ")";
      if (!std::isfinite(param.value)) {
        diags.error(param.loc, what + " must be a finite number");
        continue;
      }
      const std::string problem = family->check(key, param.value, arch);
      if (!problem.empty()) diags.error(param.loc, what + " " + problem);
      continue;
    }
    auto retired = std::find_if(entry->retired.begin(), entry->retired.end(),
                                [&](const auto& r) { return r.first == key; });
    if (retired != entry->retired.end()) {
      diags.error(param.loc, "parameter '" + key + "' is no longer used by timing model '" + entry->name +
                                 "': " + retired->second);
      continue;
    }
    std::string guess = closestName(key, keys);
    std::string hint = guess.empty() ? "" : "; did you mean '" + guess + "'?";
    diags.error(param.loc, "unknown parameter '" + key + "' for timing model '" + entry->name + "'" + hint);
  }
  for (const ParamSpec& s : entry->params) {
    if (arch.has(s.key) || std::find(malformed.begin(), malformed.end(), s.key) != malformed.end()) continue;
    diags.error(root.child("params"), "missing parameter '" + s.key + "' of timing model '" + entry->name +
                                          "': " + s.description + " (" + s.unit + ")");
  }
  if (diags.errorCount() == before && malformed.empty() && entry->crossCheck) {
    for (const auto& [key, message] : entry->crossCheck(arch)) {
      auto it = arch.params.find(key);
      diags.error(it != arch.params.end() ? it->second.loc : root.child("params"),
                  "parameter '" + key + "' of timing model '" + entry->name + "' " + message);
    }
  }
  return diags.errorCount() == before;
}

std::unique_ptr<TimingModel> createTimingModel(const ir::Arch& arch) {
  const TimingModelEntry* entry = TimingModelRegistry::builtin().find(arch.model);
  if (!entry) return nullptr;
  return entry->create(arch);
}

}  // namespace datosim::arch
