#include "sweep/rows.h"

#include <cstdlib>
#include <cmath>
#include <cstdio>
#include <exception>
#include <new>
#include <set>

#include "pipeline/run.h"

namespace datosim::sweep {

using frontend::Json;

namespace {

// The result columns, after point, arch and the parameters; `true`: a number (JSON) column.
struct ResultColumn {
  const char* name;
  bool number;
};
constexpr ResultColumn kResults[] = {
    {"outcome", false},      {"cycles", true},       {"seconds", true},   {"end_to_end_seconds", true},
    {"percent_of_peak", true},
    {"bound_cycles", true},  {"binds", false},       {"compute_units", true}, {"memory_tiles", true},
    {"shim_tiles", true},    {"dsp", true},          {"lut", true},       {"ff", true},
    {"bram36", true},        {"uram", true},         {"warnings", true},  {"detail", false},
};
constexpr std::size_t kNumResults = sizeof(kResults) / sizeof(kResults[0]);
enum Col { Outcome, Cycles, Seconds, EndToEnd, Percent, Bound, Binds, Units, MemTiles, ShimTiles, Dsp, Lut, Ff, Bram, Uram, Warnings, Detail };

// A number of a row; empty when it is not finite.
std::string fmt(const char* f, double v) { return std::isfinite(v) ? formatDouble(f, v) : ""; }

// One line of text: no control characters, at most 500 bytes.
std::string oneLine(const std::string& s) {
  std::string out;
  for (char c : s) out += static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? ' ' : c;
  if (out.size() > 500) out = out.substr(0, 497) + "...";
  return out;
}

// The first message that is an error, else the first message.
std::string firstError(const pipeline::RunResult& r) {
  for (const pipeline::Message& m : r.messages)
    if (m.text.find(": error: ") != std::string::npos) return m.text;
  for (const pipeline::Message& m : r.messages)
    if (m.text.find("warning") == std::string::npos) return m.text;
  return r.messages.empty() ? std::string() : r.messages.front().text;
}

int warningsOf(const pipeline::RunResult& r) {
  int n = 0;
  for (const pipeline::Message& m : r.messages)
    if (m.text.find(": warning: ") != std::string::npos || m.text.rfind("datosim: warning:", 0) == 0) ++n;
  return n + static_cast<int>(r.report.warnings.size());
}

Row startRow(const Plan& plan, const Point& p) {
  Row row;
  row.point = p.index;
  row.cells.push_back(std::to_string(p.index));
  row.cells.push_back(p.arch);
  for (std::int64_t v : p.values) row.cells.push_back(std::to_string(v));
  (void)plan;
  row.cells.resize(row.cells.size() + kNumResults);
  return row;
}

std::string& cell(Row& r, Col c) { return r.cells[r.cells.size() - kNumResults + c]; }

void fillPlacement(const pipeline::RunResult& r, Row& row) {
  if (!r.mapping) return;
  const ir::Mapping& m = *r.mapping;
  int units = 0;
  for (const ir::TileGroup& g : m.groups) units += g.tile >= 0 ? 1 : 0;
  cell(row, Units) = std::to_string(units);
  if (m.fpga) {
    cell(row, Dsp) = fmt("%.0f", m.fpga->total.dsp);
    cell(row, Lut) = fmt("%.0f", m.fpga->total.lut);
    cell(row, Ff) = fmt("%.0f", m.fpga->total.ff);
    cell(row, Bram) = fmt("%.1f", m.fpga->total.bram36);
    cell(row, Uram) = fmt("%.1f", m.fpga->total.uram);
    return;
  }
  int mem = 0, shim = 0;
  for (std::size_t t = 0; t < m.tiles.size() && t < m.use.size(); ++t) {
    const ir::TileUse& u = m.use[t];
    const bool used = u.memoryBytes > 0 || u.dmaIn > 0 || u.dmaOut > 0;
    if (!used) continue;
    if (m.tiles[t].kind == ir::TileKind::Memory) ++mem;
    if (m.tiles[t].kind == ir::TileKind::Shim) ++shim;
  }
  cell(row, MemTiles) = std::to_string(mem);
  cell(row, ShimTiles) = std::to_string(shim);
}

std::string deadlockDetail(const pipeline::RunResult& r) {
  const sim::DeadlockInfo& d = r.report.deadlock;
  const ir::Graph& g = *r.graph;
  auto name = [&](int i) { return i >= 0 && static_cast<std::size_t>(i) < g.instances.size() ? g.instances[i].name : "?"; };
  if (!d.cycle.empty()) {
    std::string s = "cycle of waits: ";
    for (int i : d.cycle) s += name(i) + " -> ";
    return s + name(d.cycle.front());
  }
  return counted(static_cast<long long>(d.blocked.size()), "instance") + " blocked, no cycle of waits";
}

bool isNumberColumn(const Plan& plan, std::size_t i) {
  const std::size_t fixed = 2 + plan.space.params.size();
  if (i < fixed) return i != 1;  // point and parameters are numbers, arch is text
  return kResults[i - fixed].number;
}

// A text cell a spreadsheet would take for a formula gets a leading quote (CSV only).
std::string formulaGuard(const std::string& s) {
  return !s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@') ? "'" + s : s;
}

std::string csvCell(const std::string& s, bool number) {
  const std::string v = number ? s : formulaGuard(s);
  const bool quote = v.find_first_of(",\"") != std::string::npos || (!v.empty() && (v.front() == ' ' || v.back() == ' '));
  if (!quote) return v;
  std::string q = "\"";
  for (char c : v) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

// Split one CSV line (no newlines inside cells: rows keep every cell on one line).
bool splitCsv(const std::string& line, std::vector<std::string>& out) {
  out.clear();
  std::string cur;
  bool inQuotes = false, wasQuoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (inQuotes) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        cur += '"';
        ++i;
      } else if (c == '"') {
        inQuotes = false;
      } else {
        cur += c;
      }
    } else if (c == '"' && cur.empty() && !wasQuoted) {
      inQuotes = wasQuoted = true;
    } else if (c == ',') {
      out.push_back(cur);
      cur.clear();
      wasQuoted = false;
    } else {
      cur += c;
    }
  }
  if (inQuotes) return false;
  out.push_back(cur);
  return true;
}

}  // namespace

std::vector<std::string> columns(const Plan& plan) {
  std::vector<std::string> c{"point", "arch"};
  for (const std::string& p : plan.space.params) c.push_back(p);
  for (const ResultColumn& r : kResults) c.push_back(r.name);
  return c;
}

Row failedRow(const Plan& plan, const Point& p, const std::string& detail) {
  Row row = startRow(plan, p);
  cell(row, Outcome) = "error";
  cell(row, Detail) = oneLine(detail);
  return row;
}

Row evaluatePoint(const Plan& plan, const Point& p) {
  try {
    pipeline::RunOptions o;
    o.graph = plan.graph;
    o.arch = plan.configOf(p.arch);
    for (std::size_t i = 0; i < plan.space.params.size(); ++i) {
      o.params[plan.space.params[i]] = p.values[i];
      o.paramsText.push_back(plan.space.params[i] + "=" + std::to_string(p.values[i]));
    }
    o.maxCycles = plan.settings.maxCycles;
    // Test hook (docs/sweeps.md): no memory budget for one point, so that it runs into the worker's
    // address-space limit and the out-of-memory path is exercised.
    if (const char* h = std::getenv("DATOSIM_SWEEP_TEST_NO_BUDGET_POINT"); h && std::to_string(p.index) == h) o.maxMemory = 0;
    o.functional = plan.settings.functional == "on"    ? pipeline::Functional::On
                   : plan.settings.functional == "off" ? pipeline::Functional::Off
                                                       : pipeline::Functional::Auto;
    o.seed = plan.settings.seed;
    o.timing = plan.settings.timing == "free" ? pipeline::Timing::Free : pipeline::Timing::Placed;
    o.autoBundle = plan.settings.autoBundle;
    const pipeline::RunResult r = pipeline::run(o);
    Row row = startRow(plan, p);
    cell(row, Warnings) = std::to_string(warningsOf(r));
    switch (r.status) {
      case pipeline::Status::InvalidInput:
      case pipeline::Status::InvalidRequest:
        cell(row, Outcome) = "invalid";
        cell(row, Detail) = oneLine(firstError(r));
        return row;
      case pipeline::Status::TooLarge:
        cell(row, Outcome) = "error";
        cell(row, Detail) = oneLine(firstError(r));
        return row;
      case pipeline::Status::DoesNotFit:
        cell(row, Outcome) = "misfit";
        cell(row, Detail) = oneLine(firstError(r));
        return row;
      case pipeline::Status::Mapped:
      case pipeline::Status::Simulated:
        break;
    }
    const sim::Report& rep = r.report;
    cell(row, Cycles) = std::to_string(rep.cycles);
    cell(row, Seconds) = fmt("%.6e", rep.seconds);
    if (rep.outcome == sim::Outcome::Completed) cell(row, EndToEnd) = fmt("%.6e", rep.endToEndSeconds());
    if (rep.peakOpsPerSecond > 0) cell(row, Percent) = fmt("%.2f", 100.0 * rep.macOpsPerSecond / rep.peakOpsPerSecond);
    if (r.bound.complete) {
      cell(row, Bound) = fmt("%.0f", std::ceil(r.bound.cycles));
      cell(row, Binds) = r.bound.binding;
    }
    fillPlacement(r, row);
    std::string detail;
    switch (rep.outcome) {
      case sim::Outcome::Completed:
        cell(row, Outcome) = "completed";
        if (!r.placed) detail = "placement-free timing";
        if (r.functional.checked && !r.functional.check.passed) detail += std::string(detail.empty() ? "" : "; ") + "check failed";
        break;
      case sim::Outcome::Deadlock:
        cell(row, Outcome) = "deadlock";
        detail = deadlockDetail(r);
        break;
      case sim::Outcome::CycleLimit:
        cell(row, Outcome) = "max-cycles";
        detail = "stopped at cycle " + std::to_string(rep.cycles) + " (--max-cycles " + std::to_string(plan.settings.maxCycles) + ")";
        break;
      case sim::Outcome::RuntimeError:
        cell(row, Outcome) = "error";
        detail = rep.errors.empty() ? std::string("run-time error") : "run-time error: " + rep.errors.front().str();
        break;
    }
    cell(row, Detail) = oneLine(detail);
    return row;
  } catch (const std::bad_alloc&) {
    return failedRow(plan, p, "out of memory");
  } catch (const std::exception& e) {
    return failedRow(plan, p, std::string("internal error (a bug in datosim): ") + e.what());
  }
}

std::string headerLine(const Plan& plan) {
  if (plan.format == Format::Jsonl) return "";
  std::string line;
  const std::vector<std::string> cols = columns(plan);
  for (std::size_t i = 0; i < cols.size(); ++i) line += (i ? "," : "") + cols[i];
  return line + "\n";
}

std::string rowLine(const Plan& plan, const Row& r) {
  const std::vector<std::string> cols = columns(plan);
  std::string line;
  if (plan.format == Format::Csv) {
    for (std::size_t i = 0; i < r.cells.size(); ++i) line += (i ? "," : "") + csvCell(r.cells[i], isNumberColumn(plan, i));
    return line + "\n";
  }
  line = "{";
  for (std::size_t i = 0; i < r.cells.size(); ++i) {
    line += (i ? "," : "") + Json(cols[i]).dump() + ":";
    if (r.cells[i].empty() && isNumberColumn(plan, i)) line += "null";
    else if (isNumberColumn(plan, i)) line += r.cells[i];
    else line += Json(r.cells[i]).dump(-1, ' ', false, Json::error_handler_t::replace);
  }
  return line + "}\n";
}

std::optional<std::int64_t> pointOfLine(const Plan& plan, const std::string& line, std::string& why) {
  const std::size_t nParams = plan.space.params.size();
  const std::size_t nCols = 2 + nParams + kNumResults;
  std::int64_t index = -1;
  std::string arch;
  std::vector<std::string> values;
  if (plan.format == Format::Csv) {
    std::vector<std::string> cells;
    if (!splitCsv(line, cells) || cells.size() != nCols) {
      why = "not a row of this sweep (" + std::to_string(cells.size()) + " cells, expected " + std::to_string(nCols) + ")";
      return std::nullopt;
    }
    try {
      std::size_t used = 0;
      index = std::stoll(cells[0], &used);
      if (used != cells[0].size()) index = -1;
    } catch (const std::exception&) {
      index = -1;
    }
    arch = cells[1];
    values.assign(cells.begin() + 2, cells.begin() + 2 + static_cast<std::ptrdiff_t>(nParams));
    // The arch cell as written: compare it with the point's name as it would be written.
    if (index >= 0 && index < static_cast<std::int64_t>(plan.points.size()) &&
        formulaGuard(plan.points[static_cast<std::size_t>(index)].arch) == arch)
      arch = plan.points[static_cast<std::size_t>(index)].arch;
  } else {
    Json j;
    try {
      j = Json::parse(line);
    } catch (const std::exception&) {
      why = "not a JSON object";
      return std::nullopt;
    }
    if (!j.is_object() || j.size() != nCols || !j.contains("point") || !j["point"].is_number_integer() ||
        !j.contains("arch") || !j["arch"].is_string()) {
      why = "not a row of this sweep";
      return std::nullopt;
    }
    index = j["point"].get<std::int64_t>();
    arch = j["arch"].get<std::string>();
    for (const std::string& p : plan.space.params) {
      if (!j.contains(p) || !j[p].is_number_integer()) {
        why = "no integer value of parameter " + p;
        return std::nullopt;
      }
      values.push_back(std::to_string(j[p].get<std::int64_t>()));
    }
  }
  if (index < 0 || index >= static_cast<std::int64_t>(plan.points.size())) {
    why = "point " + std::to_string(index) + " is not in this sweep (0.." + std::to_string(plan.points.size()) + ")";
    return std::nullopt;
  }
  const Point& p = plan.points[static_cast<std::size_t>(index)];
  bool same = arch == p.arch && values.size() == nParams;
  for (std::size_t i = 0; same && i < nParams; ++i) same = values[i] == std::to_string(p.values[i]);
  if (!same) {
    why = "point " + std::to_string(index) + " has other values than this sweep's point " + std::to_string(index);
    return std::nullopt;
  }
  return index;
}

}  // namespace datosim::sweep
