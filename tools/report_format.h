// Turning a simulation Report into the text summary and the JSON report. Library code: returns
// strings and JSON values, prints nothing.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis/roofline.h"
#include "ir/graph.h"
#include "sim/reference.h"
#include "sim/simulator.h"

namespace datosim::tools {

/// What a run did with tensor data (docs/functional.md), for the summary and the JSON report.
struct FunctionalInfo {
  bool enabled = false;
  std::string why;  // how the mode was chosen, e.g. "--functional=auto: tensors total 1.5 MiB <= 64 MiB"
  std::uint64_t seed = 1;
  /// Input and inout tensors in declaration order: name and where the values came from (a file
  /// name, or "random").
  std::vector<std::pair<std::string, std::string>> inputs;
  bool checkRequested = false;
  bool checked = false;      // false when the run did not complete
  sim::CheckResult check;
};

/// The summary's lines about tensor data and the reference check.
std::string formatFunctional(const FunctionalInfo& f);
/// The JSON report's "functional" object.
nlohmann::ordered_json functionalToJson(const FunctionalInfo& f);

/// The run's warnings (run-time ones, then pipelined loops above their requested II), one line each,
/// as the text report prints them; `-q` prints them on stderr instead.
std::vector<std::string> runWarnings(const sim::Report& r);
/// The human-readable summary (what `datosim graph.json --arch=...` prints).
/// With `bound`, a "bound" line (analysis/roofline.h) follows the achieved rate.
std::string formatTextReport(const sim::Report& r, const ir::Graph& g, const analysis::Bound* bound = nullptr);

/// The full report for scripts (`--json FILE`); key order fixed, byte-identical for the same input.
/// With `bound`, the report has a "bound" object after "percent_of_peak".
nlohmann::ordered_json reportToJson(const sim::Report& r, const ir::Graph& g, const analysis::Bound* bound = nullptr);

/// 1234567 -> "1,234,567"
std::string groupDigits(long long v);
/// A count and its noun, digits grouped: (1, "cycle") -> "1 cycle", (1024, "cycle") -> "1,024 cycles",
/// (2, "copy", "copies") -> "2 copies". The singular for exactly 1 (or -1); `plural` defaults to noun + "s".
std::string counted(long long n, const std::string& noun, const std::string& plural = "");
/// A rate with an SI prefix: 2.5e11 -> "250.0 G"
std::string siPrefix(double v);

}  // namespace datosim::tools
