#include "frontend/trace_table.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "frontend/json_util.h"

namespace datosim::frontend {

namespace {

SourceLoc lineLoc(const std::string& path, std::size_t line) { return SourceLoc{path + ":" + std::to_string(line), ""}; }

std::string q(const std::string& s) { return "'" + printable(s, 60) + "'"; }

// A decimal integer: optional '-', digits, within 64 bits.
std::optional<std::int64_t> parseInt(const std::string& s) {
  std::size_t i = 0;
  bool neg = false;
  if (i < s.size() && s[i] == '-') {
    neg = true;
    ++i;
  }
  if (i == s.size()) return std::nullopt;
  std::uint64_t v = 0;
  const std::uint64_t limit = neg ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    unsigned d = static_cast<unsigned>(s[i] - '0');
    if (v > (limit - d) / 10) return std::nullopt;
    v = v * 10 + d;
  }
  if (neg) return v == (std::uint64_t{1} << 63) ? INT64_MIN : -static_cast<std::int64_t>(v);
  return static_cast<std::int64_t>(v);
}

std::string fieldError(const std::string& field) {
  if (field.empty()) return "expected an integer, found an empty field";
  return "expected an integer, found " + q(field);
}

}  // namespace

int TraceFile::column(const std::string& name) const {
  auto it = std::find(columns.begin(), columns.end(), name);
  return it == columns.end() ? -1 : static_cast<int>(it - columns.begin());
}

std::shared_ptr<const TraceFile> parseTraceText(const std::string& text, const std::string& path,
                                                const std::string& context, Diagnostics& d) {
  auto t = std::make_shared<TraceFile>();
  t->path = path;
  const std::size_t before = d.errorCount();
  std::size_t pos = 0, line = 0;
  bool header = true;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string row = text.substr(pos, end - pos);
    pos = end + 1;
    ++line;
    if (!row.empty() && row.back() == '\r') row.pop_back();
    if (row.empty()) {
      d.error(lineLoc(path, line), "empty line (every line has " +
                                       (header ? std::string("the header") : counted(static_cast<long long>(t->columns.size()), "field")) +
                                       ")" + context);
      continue;
    }
    std::vector<std::string> fields;
    std::size_t b = 0;
    for (;;) {
      std::size_t c = row.find(',', b);
      fields.push_back(row.substr(b, c == std::string::npos ? std::string::npos : c - b));
      if (c == std::string::npos) break;
      b = c + 1;
    }
    for (std::size_t f = 0; f < fields.size(); ++f)
      if (fields[f].find('"') != std::string::npos) {
        d.error(lineLoc(path, line), "column " + std::to_string(f + 1) + ": quoted fields are not supported" + context);
        fields.clear();
        break;
      }
    if (fields.empty()) continue;
    if (header) {
      header = false;
      for (std::size_t f = 0; f < fields.size(); ++f) {
        if (fields[f].empty()) d.error(lineLoc(path, line), "column " + std::to_string(f + 1) + ": empty column name in the header" + context);
        for (std::size_t g = 0; g < f; ++g)
          if (!fields[f].empty() && fields[g] == fields[f])
            d.error(lineLoc(path, line), "column " + std::to_string(f + 1) + ": column name " + q(fields[f]) +
                                             " repeats column " + std::to_string(g + 1) + context);
      }
      t->columns = std::move(fields);
      continue;
    }
    if (fields.size() != t->columns.size()) {
      d.error(lineLoc(path, line), "expected " + counted(static_cast<long long>(t->columns.size()), "field") +
                                       " (as the header), found " + std::to_string(fields.size()) + context);
      continue;
    }
    t->rows.push_back(std::move(fields));
    t->lines.push_back(line);
  }
  if (header) d.error(lineLoc(path, 1), "the trace is empty: expected a header line of column names" + context);
  if (d.errorCount() > before) return nullptr;
  return t;
}

std::shared_ptr<const TraceFile> readTraceFile(const std::string& path, const std::string& context, Diagnostics& d) {
  SourceLoc loc{path, ""};
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    d.error(loc, std::string(std::filesystem::exists(path, ec) ? "not a regular file" : "no such file") + context);
    return nullptr;
  }
  auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxTraceBytes) {
    d.error(loc, "trace file is larger than 256 MiB" + context);
    return nullptr;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    d.error(loc, "cannot open the file" + context);
    return nullptr;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    d.error(loc, "cannot read the file" + context);
    return nullptr;
  }
  return parseTraceText(ss.str(), path, context, d);
}

std::optional<ir::Table> selectTable(const std::string& name, const TraceFile& trace, const TableSelection& sel,
                                     Diagnostics& d) {
  const std::string context = " (table '" + name + "')";
  auto columnIndex = [&](const std::string& col, const SourceLoc& loc) {
    int c = trace.column(col);
    if (c >= 0) return c;
    std::string msg = "trace " + q(trace.path) + " has no column " + q(col);
    std::string near = col.size() <= 64 ? closestName(col, trace.columns) : "";
    if (!near.empty()) msg += "; did you mean '" + near + "'?";
    std::string all;
    for (const std::string& n : trace.columns) all += (all.empty() ? "" : ", ") + n;
    d.error(loc, msg + " (columns: " + all + ")");
    return -1;
  };
  const std::size_t before = d.errorCount();
  const int valueCol = columnIndex(sel.column, sel.loc.child("column"));
  const int orderCol = sel.orderBy.empty() ? -1 : columnIndex(sel.orderBy, sel.loc.child("order_by"));
  std::vector<int> whereCols;
  for (const auto& [col, value] : sel.where) whereCols.push_back(columnIndex(col, sel.loc.child("where").child(col)));
  if (d.errorCount() > before) return std::nullopt;

  // An integer field of a used column, or an error at its line (reported once per column).
  std::vector<char> reported(trace.columns.size(), 0);
  auto field = [&](std::size_t r, int c) -> std::optional<std::int64_t> {
    const std::string& s = trace.rows[r][static_cast<std::size_t>(c)];
    if (auto v = parseInt(s)) return v;
    if (!reported[static_cast<std::size_t>(c)]) {
      reported[static_cast<std::size_t>(c)] = 1;
      d.error(lineLoc(trace.path, trace.lines[r]), "column " + std::to_string(c + 1) + " (" +
                                                       q(trace.columns[static_cast<std::size_t>(c)]) + "): " +
                                                       fieldError(s) + context);
    }
    return std::nullopt;
  };

  std::vector<std::size_t> rows;
  for (std::size_t r = 0; r < trace.rows.size(); ++r) {
    bool keep = true;
    for (std::size_t w = 0; w < sel.where.size(); ++w) {
      auto v = field(r, whereCols[w]);
      if (!v || *v != sel.where[w].second) keep = false;
    }
    if (keep) rows.push_back(r);
  }
  if (d.errorCount() > before) return std::nullopt;
  std::string cond;
  for (const auto& [col, value] : sel.where) cond += (cond.empty() ? "" : " and ") + col + " == " + std::to_string(value);
  const std::string filter = cond.empty() ? "" : " where " + cond;
  if (rows.empty()) {
    std::string msg = "no row of " + q(trace.path) + (cond.empty() ? "" : " has " + cond);
    if (filter.empty()) msg += ": the trace has no data rows";
    // Say which values the first filter column takes, so a batch index out of range is obvious.
    if (!sel.where.empty() && !trace.rows.empty()) {
      std::int64_t lo = INT64_MAX, hi = INT64_MIN;
      for (std::size_t r = 0; r < trace.rows.size(); ++r)
        if (auto v = parseInt(trace.rows[r][static_cast<std::size_t>(whereCols[0])])) {
          lo = std::min(lo, *v);
          hi = std::max(hi, *v);
        }
      if (lo <= hi) msg += " (" + sel.where[0].first + " takes values " + std::to_string(lo) + ".." + std::to_string(hi) + ")";
    }
    d.error(sel.where.empty() ? sel.loc : sel.loc.child("where"), msg);
    return std::nullopt;
  }
  if (sel.first || sel.count) {
    const std::int64_t n = static_cast<std::int64_t>(rows.size());
    const std::int64_t first = sel.first.value_or(0);
    const std::int64_t count = sel.count.value_or(n - first);
    const std::string what = counted(n, "row") + " of " + q(trace.path) + (filter.empty() ? "" : filter);
    if (first < 0 || first >= n) {
      d.error(sel.loc.child("rows").child(std::size_t{0}),
              "first row " + std::to_string(first) + " is outside the " + what + " (rows 0.." + std::to_string(n - 1) + ")");
      return std::nullopt;
    }
    if (count < 1 || count > n - first) {
      d.error(sel.loc.child("rows").child(1), "row count " + std::to_string(count) + " from row " + std::to_string(first) +
                                                   " does not fit in the " + what + " (at most " +
                                                   std::to_string(n - first) + ", at least 1)");
      return std::nullopt;
    }
    rows.assign(rows.begin() + first, rows.begin() + first + count);
  }
  if (orderCol >= 0) {
    std::vector<std::pair<std::int64_t, std::size_t>> keyed;
    for (std::size_t r : rows)
      if (auto k = field(r, orderCol)) keyed.emplace_back(*k, r);
    if (d.errorCount() > before) return std::nullopt;
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < keyed.size(); ++i) rows[i] = keyed[i].second;
  }
  if (rows.size() > kMaxTableValues) {
    d.error(sel.loc, "table '" + name + "' would hold " + groupDigits(static_cast<long long>(rows.size())) +
                         " values; the limit is " + groupDigits(static_cast<long long>(kMaxTableValues)));
    return std::nullopt;
  }
  ir::Table t;
  t.name = name;
  for (std::size_t r : rows) {
    auto v = field(r, valueCol);
    if (v) t.values.push_back(*v);
  }
  if (d.errorCount() > before) return std::nullopt;
  if (sel.scan != TableSelection::Scan::None) {
    std::int64_t sum = 0;
    for (std::int64_t& v : t.values) {
      const std::int64_t x = v;
      if (sel.scan == TableSelection::Scan::Exclusive) v = sum;
      if (__builtin_add_overflow(sum, x, &sum)) {
        d.error(sel.loc.child("scan"), "the prefix sums of table '" + name + "' overflow 64-bit integers");
        return std::nullopt;
      }
      if (sel.scan == TableSelection::Scan::Inclusive) v = sum;
    }
  }
  t.lo = *std::min_element(t.values.begin(), t.values.end());
  t.hi = *std::max_element(t.values.begin(), t.values.end());
  return t;
}

}  // namespace datosim::frontend
