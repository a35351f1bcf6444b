// One row per point (docs/sweeps.md gives the columns): evaluating a point in-process through
// pipeline::run, and the rows as CSV or JSON Lines text, one line each, and back.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sweep/plan.h"

namespace datosim::sweep {

/// The outcomes a row can have.
inline constexpr const char* kOutcomes[] = {"completed", "deadlock", "misfit", "invalid", "max-cycles", "error"};

struct Row {
  std::int64_t point = 0;
  std::vector<std::string> cells;  // by columns(plan); "" is an empty cell (JSON null)
};

/// point, arch, the swept parameters, then the result columns.
std::vector<std::string> columns(const Plan& plan);

/// Run one point (load, map, simulate, bound) in this process. Never throws: an internal error or
/// running out of memory is an `error` row.
Row evaluatePoint(const Plan& plan, const Point& p);

/// An `error` row for a point whose run did not report (it crashed, hung or ran out of memory).
Row failedRow(const Plan& plan, const Point& p, const std::string& detail);

/// The first line of an output file (CSV header; JSON Lines has none: "").
std::string headerLine(const Plan& plan);
/// One row as one line, with its newline.
std::string rowLine(const Plan& plan, const Row& r);

/// The point a line of an output file holds, checked against the plan (index in range, arch and
/// parameter values those of that point, the right number of cells); nullopt (and `why`) otherwise.
std::optional<std::int64_t> pointOfLine(const Plan& plan, const std::string& line, std::string& why);

}  // namespace datosim::sweep
