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
#include "pipeline/run.h"
#include "sim/reference.h"
#include "sim/simulator.h"

namespace datosim::tools {

using pipeline::FunctionalInfo;

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

/// A deadlock in a few lines for stderr under -q: the instance count, the cycle of waits and the waits
/// on it (at most `maxWaits`; without a cycle, the first waits), then how many more there are.
std::string formatDeadlockBrief(const sim::Report& r, const ir::Graph& g, std::size_t maxWaits = 8);

/// The full report for scripts (`--json FILE`); key order fixed, byte-identical for the same input.
/// With `bound`, the report has a "bound" object after "percent_of_peak".
nlohmann::ordered_json reportToJson(const sim::Report& r, const ir::Graph& g, const analysis::Bound* bound = nullptr);

using datosim::groupDigits;  // ir/diag.h
using datosim::counted;  // ir/diag.h
/// A rate with an SI prefix: 2.5e11 -> "250.0 G"
std::string siPrefix(double v);

}  // namespace datosim::tools
