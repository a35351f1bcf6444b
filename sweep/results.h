// A sweep's output file (docs/sweeps.md): the header and the finished rows sorted by point,
// replaced atomically at every flush, so a sweep killed at any moment (SIGKILL included) leaves only
// whole rows; beside it, OUT.sweep.json holds the plan's fingerprint, so that the same command run
// again keeps the finished rows and runs only the others.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sweep/plan.h"
#include "sweep/rows.h"

namespace datosim::sweep {

/// The state file beside an output.
std::string statePath(const std::string& output);

class ResultFile {
 public:
  /// Open `path` for `plan`, restricted to the points `subset` (a shard; all points when null). An
  /// existing output with the same fingerprint is read back (its rows count as done); one of
  /// another sweep, or without a state file, is an error unless `restart`. "" in `error` when fine.
  static std::optional<ResultFile> open(const std::string& path, const Plan& plan, const std::string& shard,
                                        const std::vector<std::int64_t>* subset, bool restart, std::string& error);

  bool has(std::int64_t point) const { return rows_.count(point) != 0; }
  std::size_t size() const { return rows_.size(); }
  void add(const Row& row);
  /// Write the file (state first, then the rows) atomically. "" or why not.
  std::string flush();
  bool dirty() const { return dirty_; }
  const std::string& path() const { return path_; }

 private:
  const Plan* plan_ = nullptr;
  std::string path_, shard_;
  std::map<std::int64_t, std::string> rows_;  // point -> line (with its newline)
  bool dirty_ = false, stateWritten_ = false;
};

/// Read a complete output of `plan` (every point exactly once) from `files` (the shards), and write
/// the one result a local run would have written to `out` (with its state file). "" or why not.
std::string mergeShards(const Plan& plan, const std::vector<std::string>& files, const std::string& out);

}  // namespace datosim::sweep
