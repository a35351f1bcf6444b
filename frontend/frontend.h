// Frontend: JSON files in, IR out. Every user error becomes a Diagnostic (all of them, not just
// the first); nothing here prints or exits.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ir/arch.h"
#include "ir/diag.h"
#include "ir/graph.h"
#include "ir/mapping.h"

namespace datosim::frontend {

struct GraphOptions {
  /// `--param NAME=VALUE` overrides, applied before parameters are evaluated.
  std::map<std::string, std::int64_t> paramOverrides;
};

/// Parse, validate and elaborate a graph file. nullopt when `diags` has errors.
std::optional<ir::Graph> loadGraph(const std::string& path, const GraphOptions& opts, Diagnostics& diags);
/// The same from text; `fileName` is used in diagnostics.
std::optional<ir::Graph> parseGraph(const std::string& text, const std::string& fileName, const GraphOptions& opts,
                                    Diagnostics& diags);

/// Parse an architecture config (structure and sources only; the timing model validates its own
/// parameters, see sim::validateArch). `nameOrPath` is a file path if it names an existing file
/// or ends in ".json", else a config name looked up as `<dir>/<name>.json` in `searchDirs`.
std::optional<ir::Arch> loadArch(const std::string& nameOrPath, const std::vector<std::string>& searchDirs,
                                 Diagnostics& diags);
std::optional<ir::Arch> parseArch(const std::string& text, const std::string& fileName, Diagnostics& diags);

/// Read a mapping to impose (`--mapping FILE`, format datosim-mapping/1, docs/mapping.md): the
/// placement only; instance and tensor names are checked by the mapper against the graph.
std::optional<ir::MappingRequest> loadMappingRequest(const std::string& path, Diagnostics& diags);
std::optional<ir::MappingRequest> parseMappingRequest(const std::string& text, const std::string& fileName,
                                                      Diagnostics& diags);

}  // namespace datosim::frontend
