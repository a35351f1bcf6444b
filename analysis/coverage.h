// Store and load coverage: a static check, after elaboration and before simulation, that the store
// statements of a graph write every element of each output tensor. A tile size that does not divide
// a tensor extent makes a loop `N / T` round down and leaves the last rows unwritten; the user
// would otherwise only find out with `--check`. Library code: returns diagnostics, prints nothing.
#pragma once

#include <cstdint>
#include <vector>

#include "ir/diag.h"
#include "ir/graph.h"

namespace datosim::analysis {

struct CoverageOptions {
  /// A tensor whose stores execute more often than this (all instances, all loop iterations) is
  /// not checked.
  std::int64_t maxStores = 1'000'000;
  /// A tensor with more elements than this is not checked (the check keeps one bit per element).
  std::int64_t maxElements = std::int64_t{64} << 20;
  /// Tile rows (runs along the last dimension) marked per tensor, at most; past it the tensor is
  /// not checked.
  std::int64_t maxRuns = std::int64_t{16} << 20;
  /// Statements visited in all while enumerating the stores (only blocks that contain a store are
  /// visited); past it no tensor is checked.
  std::int64_t maxSteps = 20'000'000;
  /// What each instance's control received in a completed run (sim::InstanceStats::received, by
  /// instance). With it only the tensors steered instances (task variables, `while`, `get_any`) access
  /// are checked, those instances walked the way that run went, as the roofline does; their gaps hold
  /// for that run (that data) only, which the message says. Without it those tensors are not checked
  /// and the others are.
  const std::vector<std::vector<std::int64_t>>* received = nullptr;
};

/// One warning per output tensor (role "output"; inout tensors keep their input values where they
/// are not stored, so they are not checked) that some element of is never written by any store of
/// any instance in any loop iteration, at the first store statement into it (or at the tensor's
/// declaration when nothing stores to it). The stores are enumerated exactly, with the loop
/// variables' values and run-time `if` conditions evaluated per iteration; a tensor over one of
/// the limits of `opts`, or whose enumeration hits an arithmetic error (left to the simulator to
/// report), is skipped silently. Deterministic: the same graph gives the same warnings.
std::vector<Diagnostic> checkStoreCoverage(const ir::Graph& g, const CoverageOptions& opts = {});

/// The same for reads: one warning per input or inout tensor that some load statement reads but whose
/// loads, over all instances and iterations, leave some elements unread (the results cannot depend on
/// them: usually a tile size that does not divide an extent). A tensor no statement loads is not reported.
std::vector<Diagnostic> checkLoadCoverage(const ir::Graph& g, const CoverageOptions& opts = {});

}  // namespace datosim::analysis
