// Interval analysis of integer expressions over loop-variable ranges, for static range checks of
// load/store offsets (the simulator checks at run time whatever cannot be decided here).
#pragma once

#include <cstdint>
#include <vector>

#include "ir/expr.h"

namespace datosim::frontend {

/// What is known of the loop variable in one frame slot.
struct SlotRange {
  bool known = false;           // lo..hi bound every value the variable takes
  std::int64_t lo = 0, hi = 0;  // inclusive
  /// The variable takes both lo and hi, whatever the other exact variables are (a loop with
  /// constant bounds: nested loops with constant bounds form a box).
  bool exact = false;
};

/// Bounds of an expression's value.
struct Interval {
  bool known = false;           // false: nothing is known (any 64-bit value, or an error)
  std::int64_t lo = 0, hi = 0;  // inclusive
  /// lo and hi are both attained for some values of the loop variables. When false, lo..hi is
  /// only a bound (an over-approximation).
  bool exact = false;
  std::uint64_t vars = 0;  // frame slots the value depends on (slot s -> bit min(s, 63))

  static Interval point(std::int64_t v) { return Interval{true, v, v, true, 0}; }
  bool isPoint() const { return known && lo == hi; }
};

/// Bounds of `e` (Var nodes bound to slots; an unbound Var or a slot without a known range makes
/// the result unknown). Never throws: an operation that could overflow or divide by zero over
/// the ranges gives an unknown result.
Interval intervalOf(const ir::Expr& e, const std::vector<SlotRange>& slots);

}  // namespace datosim::frontend
