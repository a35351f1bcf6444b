// Shared helpers of the example tests: load a graph and a config, simulate, look things up.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "frontend/frontend.h"
#include "sim/simulator.h"
#include "arch/timing_model.h"

namespace datosim::testing {

/// A loaded, validated config and its timing model.
struct LoadedArch {
  ir::Arch arch;
  std::unique_ptr<arch::TimingModel> model;
};

inline std::optional<LoadedArch> loadConfig(const std::string& name, std::string& error) {
  Diagnostics d;
  auto a = frontend::loadArch(name, {DATOSIM_CONFIG_DIR}, d);
  if (!a || !arch::validateArch(*a, d)) {
    error = d.str();
    return std::nullopt;
  }
  LoadedArch out{*a, arch::createTimingModel(*a)};
  if (!out.model) {
    error = "no timing model for " + a->model;
    return std::nullopt;
  }
  return out;
}

inline std::optional<ir::Graph> loadGraphFile(const std::string& path, std::string& error,
                                              const std::map<std::string, std::int64_t>& overrides = {}) {
  Diagnostics d;
  frontend::GraphOptions opts;
  opts.paramOverrides = overrides;
  auto g = frontend::loadGraph(path, opts, d);
  if (!g) error = d.str();
  return g;
}

inline std::int64_t param(const ir::Graph& g, const std::string& name) {
  for (const ir::Param& p : g.params)
    if (p.name == name) return p.value;
  ADD_FAILURE() << "graph " << g.name << " has no parameter " << name;
  return 0;
}

inline std::string streamName(const ir::Graph& g, const sim::Report& r, int id) {
  if (id >= 0 && id < static_cast<int>(g.streamInsts.size())) return g.streamInsts[id].name;
  return "<stream " + std::to_string(id) + ">";
}

inline std::string instanceName(const ir::Graph& g, int id) {
  if (id >= 0 && id < static_cast<int>(g.instances.size())) return g.instances[id].name;
  return "<instance " + std::to_string(id) + ">";
}

/// One line per blocked wait, for failure messages.
inline std::string describeDeadlock(const ir::Graph& g, const sim::Report& r) {
  std::string out;
  for (const sim::BlockedWait& w : r.deadlock.blocked) {
    out += instanceName(g, w.instance) + (w.waitingForData ? " gets from " : " puts to ") +
           streamName(g, r, w.stream) + " waiting on " + instanceName(g, w.waitsOn) +
           (w.waitsOnFinished ? " (finished)" : "") + "\n";
  }
  out += "cycle:";
  for (int i : r.deadlock.cycle) out += " " + instanceName(g, i);
  return out + "\n";
}

}  // namespace datosim::testing
