// The design space of a sweep (docs/sweeps.md): architectures x parameter values, as one product or
// a union of products, filtered by constraints between parameters; enumerated in one deterministic
// order, so a point's index names it in every output, shard and resumed run.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "frontend/json_util.h"
#include "ir/diag.h"
#include "ir/expr.h"

namespace datosim::sweep {

/// Most points one sweep may have, and most values one parameter may take (guards against a typo
/// such as 1:10000000000 filling the memory).
constexpr std::int64_t kMaxPoints = 10'000'000;
constexpr std::int64_t kMaxValuesPerParam = 1'000'000;

/// One parameter's values, in the order given.
struct Axis {
  std::string name;
  std::vector<std::int64_t> values;
};

/// A constraint between parameters (`M % D == 0`): a point is kept when it evaluates to non-zero.
struct Constraint {
  std::string text;
  ir::ExprPtr expr;
  SourceLoc loc;
};

/// One product: every architecture x every combination of the axes' values.
struct Block {
  std::vector<std::string> archs;
  std::vector<Axis> axes;           // in Space::params order
  std::vector<Constraint> where;    // this block's own, besides Space::where
  SourceLoc loc;
};

struct Space {
  std::vector<std::string> params;  // the swept parameters, in column order
  std::vector<Block> blocks;
  std::vector<Constraint> where;    // for every block
};

/// One point: an architecture (as the user named it) and a value per swept parameter.
struct Point {
  std::int64_t index = 0;
  std::string arch;
  std::vector<std::int64_t> values;  // by Space::params
};

/// Values of one parameter: a comma-separated list of integers and ranges. `lo:hi` (step 1),
/// `lo:hi:k` or `lo:hi:+k` (arithmetic), `lo:hi:*k` (geometric, k >= 2, lo >= 1); `hi` included when
/// reached. "" when well-formed, else why not.
std::string parseValues(const std::string& spec, std::vector<std::int64_t>& out);

/// The space of `datosim sweep --arch A,B --param M=... --where EXPR` (comma lists in --arch).
std::optional<Space> spaceFromCommandLine(const std::vector<std::string>& archs,
                                          const std::vector<std::string>& params,
                                          const std::vector<std::string>& where, Diagnostics& diags);

/// A sweep file (format datosim-sweep/1); the same grammar as the command line, in JSON.
std::optional<Space> loadSpaceFile(const std::string& path, Diagnostics& diags);
/// The same from a parsed document; `loc` is where it sits (a plan file nests a space).
std::optional<Space> parseSpace(const frontend::Json& doc, const SourceLoc& loc, Diagnostics& diags);

/// The space as a sweep file, every value listed: parseSpace gives the same space back.
frontend::Json spaceToJson(const Space& s);

/// Every point, in order: block by block, then architecture, then the values with the first
/// parameter outermost; a point already produced by an earlier block is not repeated. Constraints
/// that cannot be evaluated (a division by zero) are errors naming the point.
std::optional<std::vector<Point>> enumerate(const Space& s, Diagnostics& diags);

}  // namespace datosim::sweep
