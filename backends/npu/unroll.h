// Unrolling the loops whose variable indexes a table (or meets a table read in an expression) (docs/backends.md, "Tables read at run time"). A core
// program has no table: `for q in range(Q): for j in range(CNT[p * Q + q])` reads the count of the expert
// the loop has reached. The trace is known when the graph is elaborated, so the NPU backend unrolls `q`:
// each copy of the body has `q` replaced by its value, and the table reads, the loop bounds and the
// conditions that then become constants are folded (an `if` decided by a constant keeps the taken branch).
// The unrolled instance runs the same statements in the same order as the loop did.
#pragma once

#include <cstdint>
#include <optional>

#include "ir/graph.h"

namespace datosim::backends::npu {

/// The most iterations a loop is unrolled into, and the most statements an unrolled instance may have.
constexpr std::int64_t kMaxUnrolledTrips = 256;
constexpr std::int64_t kMaxUnrolledStatements = 100000;

/// Unroll, in `inst`'s body, every `for` whose variable appears in an expression inside it that reads a
/// table (in the index, or beside the read as in `c < RG[t]`),
/// when its bounds are constants (after the enclosing loops are unrolled) and it runs at most
/// kMaxUnrolledTrips times. What cannot be unrolled (or would grow the body beyond kMaxUnrolledStatements,
/// or fails to fold, e.g. a table index out of range) is left as it was: the caller refuses the table
/// reads that remain. Returns the unrolled body, or nothing when no loop was unrolled.
std::optional<ir::Block> unrollTableLoops(const ir::Instance& inst);

}  // namespace datosim::backends::npu
