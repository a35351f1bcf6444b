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
/// parameters, see arch::validateArch). `nameOrPath` is a file path if it names an existing file
/// or ends in ".json", else a config name looked up as `<dir>/<name>.json` in `searchDirs`.
std::optional<ir::Arch> loadArch(const std::string& nameOrPath, const std::vector<std::string>& searchDirs,
                                 Diagnostics& diags);
std::optional<ir::Arch> parseArch(const std::string& text, const std::string& fileName, Diagnostics& diags);

/// An architecture config as far as it could be read, for reporting every error of a config in one
/// run: the structural errors (added to the diagnostics as loadArch does) and, through
/// arch::validateArch(*arch, diags, malformed), the model's checks of the parameters that are
/// well-formed.
struct PartialArch {
  /// The whole config when `complete`. Otherwise the config with its well-formed parameters only, or
  /// nullopt when the model's checks cannot run: the file could not be found, read or parsed, or it
  /// has no usable `model` string or no `params` object with at least one entry.
  std::optional<ir::Arch> arch;
  bool complete = false;  // no error: `arch` is what loadArch / parseArch return
  /// Parameters present in the file but rejected (errors already reported), in file order: not "missing".
  std::vector<std::string> malformed;
};
PartialArch loadArchPartial(const std::string& nameOrPath, const std::vector<std::string>& searchDirs,
                            Diagnostics& diags);
PartialArch parseArchPartial(const std::string& text, const std::string& fileName, Diagnostics& diags);

/// Read a mapping to impose (`--mapping FILE`, format datosim-mapping/1, docs/mapping.md): the
/// placement only; instance and tensor names are checked by the mapper against the graph.
std::optional<ir::MappingRequest> loadMappingRequest(const std::string& path, Diagnostics& diags);
std::optional<ir::MappingRequest> parseMappingRequest(const std::string& text, const std::string& fileName,
                                                      Diagnostics& diags);

}  // namespace datosim::frontend
