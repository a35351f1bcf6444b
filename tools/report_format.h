// Turning a simulation Report into the text summary and the JSON report. Library code: returns
// strings and JSON values, prints nothing.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "ir/graph.h"
#include "sim/simulator.h"

namespace datosim::tools {

/// The human-readable summary (what `datosim graph.json --arch=...` prints).
std::string formatTextReport(const sim::Report& r, const ir::Graph& g);

/// The full report for scripts (`--json FILE`); key order fixed, byte-identical for the same input.
nlohmann::ordered_json reportToJson(const sim::Report& r, const ir::Graph& g);

/// 1234567 -> "1,234,567"
std::string groupDigits(long long v);
/// A rate with an SI prefix: 2.5e11 -> "250.0 G"
std::string siPrefix(double v);

}  // namespace datosim::tools
