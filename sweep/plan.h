// A sweep's plan: the graph, the architectures' configs, the space's points and the run settings,
// with a fingerprint of everything that decides the rows (the files' contents included). A local
// sweep, each Slurm shard and the merge all work from one plan (docs/sweeps.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "frontend/json_util.h"
#include "ir/diag.h"
#include "sweep/space.h"

namespace datosim::sweep {

/// What each point's run is asked (the same meaning as the single-run flags).
struct Settings {
  std::string functional = "auto";  // auto, on, off
  std::uint64_t seed = 1;
  std::int64_t maxCycles = 0;
  std::string timing = "placed";     // placed, free
  bool autoBundle = true;
};

enum class Format { Csv, Jsonl };
const char* formatName(Format f);       // "csv", "jsonl"
const char* formatExtension(Format f);  // ".csv", ".jsonl"

struct Plan {
  std::string graph;    // as the user gave it; points run with `workdir` as the current directory
  std::string workdir;  // absolute
  /// Each architecture of the space, as the user named it, and the config file it resolved to.
  std::vector<std::pair<std::string, std::string>> archConfigs;
  Space space;
  std::vector<Point> points;
  Settings settings;
  Format format = Format::Csv;
  std::string fingerprint;  // 16 hex digits over the version, the files' bytes, the space and the settings
  std::string datosimVersion;

  const std::string& configOf(const std::string& arch) const;
};

/// Check the sweep before any point runs: the graph loads with its own values and declares every
/// swept parameter, every architecture loads, the space enumerates. Errors are diagnostics.
std::optional<Plan> makePlan(const std::string& graph, Space space, const Settings& settings, Format format,
                             const std::vector<std::string>& configDirs, const std::string& datosimVersion,
                             Diagnostics& diags);

/// The fingerprint of `plan` from the files as they are now; "" (and `why`) when one cannot be read.
std::string computeFingerprint(const Plan& plan, std::string& why);

/// The plan as a file (format datosim-sweep-plan/1) and back. loadPlan re-enumerates the space and
/// checks the fingerprint against the files as they are now.
frontend::Json planToJson(const Plan& plan);
std::optional<Plan> loadPlan(const std::string& path, Diagnostics& diags);

}  // namespace datosim::sweep
