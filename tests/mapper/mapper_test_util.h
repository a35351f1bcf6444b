// Shared helpers of the mapper tests: load a graph and a shipped config, map, impose a placement.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "../examples/example_util.h"
#include "mapper/mapper.h"

namespace datosim::testing {

inline std::string srcPath(const std::string& rel) {
  return (std::filesystem::path(DATOSIM_SOURCE_DIR) / rel).string();
}

inline ir::Graph graph(const std::string& rel, const std::map<std::string, std::int64_t>& params = {}) {
  std::string error;
  auto g = loadGraphFile(srcPath(rel), error, params);
  if (!g) throw std::runtime_error(error);
  return *g;
}

inline LoadedArch config(const std::string& name) {
  std::string error;
  auto a = loadConfig(name, error);
  if (!a) throw std::runtime_error(error);
  return std::move(*a);
}

struct Mapped {
  std::optional<ir::Mapping> m;
  Diagnostics d;
};

inline Mapped map(const ir::Graph& g, const ir::Arch& a, mapper::MapOptions o = {}) {
  Mapped r;
  r.m = mapper::mapGraph(g, a, o, r.d);
  return r;
}

inline bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

inline int instance(const ir::Graph& g, const std::string& name) {
  const int id = g.findInstance(name);
  if (id < 0) throw std::runtime_error("no instance " + name);
  return id;
}

/// An imposed mapping ("m.json"): each group's instances on one compute tile (column, row).
inline ir::MappingRequest request(std::vector<std::pair<std::vector<std::string>, std::pair<int, int>>> at) {
  ir::MappingRequest r;
  r.file = "m.json";
  for (std::size_t i = 0; i < at.size(); ++i) {
    ir::MappingRequest::Group grp;
    grp.instances = at[i].first;
    grp.col = at[i].second.first;
    grp.row = at[i].second.second;
    grp.loc = SourceLoc{"m.json", "/groups/" + std::to_string(i)};
    r.groups.push_back(grp);
  }
  return r;
}

}  // namespace datosim::testing
