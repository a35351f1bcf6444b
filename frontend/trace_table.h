// Tables read from workload traces (graph `tables`, docs/graph-format.md "tables"): one integer column of
// a CSV file, the rows chosen by equality filters and a range. A bad file is reported as
// `file:line: error: column N ('name'): what`, naming the table that reads it.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ir/diag.h"
#include "ir/expr.h"

namespace datosim::frontend {

/// Largest trace file read, and most values one table may hold (documented limits).
constexpr std::uintmax_t kMaxTraceBytes = std::uintmax_t{256} << 20;
constexpr std::size_t kMaxTableValues = std::size_t{1} << 24;

/// A CSV trace as read: comma-separated, one header line, no quoting; LF or CRLF line ends.
struct TraceFile {
  std::string path;                       // as given (shown in messages)
  std::vector<std::string> columns;       // header names, in order
  std::vector<std::vector<std::string>> rows;  // each exactly columns.size() fields
  std::vector<std::size_t> lines;         // the 1-based file line of each row
  /// The index of a column, or -1.
  int column(const std::string& name) const;
};

/// Read and split a trace file. nullptr (with errors at `path:line`) when it cannot be read or a row's
/// field count differs from the header's.
std::shared_ptr<const TraceFile> readTraceFile(const std::string& path, const std::string& context, Diagnostics& d);
std::shared_ptr<const TraceFile> parseTraceText(const std::string& text, const std::string& path,
                                                const std::string& context, Diagnostics& d);

/// Which values of a trace a table holds, after its parameter expressions are evaluated.
struct TableSelection {
  std::string column;                                         // the values
  std::vector<std::pair<std::string, std::int64_t>> where;    // keep rows whose column equals the value
  std::optional<std::int64_t> first, count;                   // then rows [first, first + count) of those
  std::string orderBy;                                        // then sorted by this column (stable), if set
  enum class Scan { None, Exclusive, Inclusive } scan = Scan::None;  // then prefix sums of the values
  SourceLoc loc;                                              // the table's declaration
};

/// The selected values; nullopt with diagnostics (at the trace line for a bad field, at the declaration
/// for a column that does not exist or a selection that is empty or out of range).
std::optional<ir::Table> selectTable(const std::string& name, const TraceFile& trace, const TableSelection& sel,
                                     Diagnostics& d);

}  // namespace datosim::frontend
