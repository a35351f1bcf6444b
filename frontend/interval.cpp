#include "frontend/interval.h"

#include <algorithm>

namespace datosim::frontend {

namespace {

using ir::ExprOp;
using i128 = __int128;

constexpr i128 kMin = INT64_MIN, kMax = INT64_MAX;

Interval unknown(std::uint64_t vars) {
  Interval r;
  r.vars = vars;
  return r;
}

Interval make(i128 lo, i128 hi, bool exact, std::uint64_t vars) {
  if (lo < kMin || hi > kMax) return unknown(vars);
  return Interval{true, static_cast<std::int64_t>(lo), static_cast<std::int64_t>(hi), exact, vars};
}

// A decided condition is exact (both bounds equal and attained whenever it is evaluated).
Interval boolean(bool decided, bool value, std::uint64_t vars) {
  if (decided) return Interval{true, value, value, true, vars};
  return Interval{true, 0, 1, false, vars};
}

// f monotone in each argument separately (or bilinear): the extremes over the box are at corners.
template <class F>
Interval corners(const Interval& a, const Interval& b, F f) {
  std::uint64_t vars = a.vars | b.vars;
  i128 v[4] = {f(a.lo, b.lo), f(a.lo, b.hi), f(a.hi, b.lo), f(a.hi, b.hi)};
  i128 lo = *std::min_element(v, v + 4), hi = *std::max_element(v, v + 4);
  bool exact = a.exact && b.exact && (a.vars & b.vars) == 0;
  return make(lo, hi, exact, vars);
}

i128 floorDiv(i128 a, i128 b) {
  i128 q = a / b, m = a % b;
  if (m != 0 && ((m < 0) != (b < 0))) --q;
  return q;
}
i128 floorMod(i128 a, i128 b) { return a - floorDiv(a, b) * b; }

}  // namespace

Interval intervalOf(const ir::Expr& e, const std::vector<SlotRange>& slots) {
  switch (e.op) {
    case ExprOp::Const: return Interval::point(e.value);
    case ExprOp::Var: {
      if (e.slot < 0 || static_cast<std::size_t>(e.slot) >= slots.size()) return unknown(0);
      std::uint64_t bit = std::uint64_t{1} << std::min(e.slot, 63);
      const SlotRange& r = slots[static_cast<std::size_t>(e.slot)];
      if (!r.known || r.lo > r.hi) return unknown(bit);
      return Interval{true, r.lo, r.hi, r.exact, bit};
    }
    case ExprOp::Index: {  // any value of the table (an index out of range is an error, not a value)
      if (!e.table) return unknown(0);
      Interval i = intervalOf(*e.args[0], slots);
      if (i.isPoint() && i.lo >= 0 && static_cast<std::uint64_t>(i.lo) < e.table->values.size())
        return Interval{true, e.table->values[static_cast<std::size_t>(i.lo)], e.table->values[static_cast<std::size_t>(i.lo)], false, i.vars};
      return Interval{true, e.table->lo, e.table->hi, false, i.vars};
    }
    case ExprOp::Reduce: return unknown(0);
    default: break;
  }
  std::vector<Interval> a;
  std::uint64_t vars = 0;
  for (const ir::ExprPtr& x : e.args) {
    a.push_back(intervalOf(*x, slots));
    vars |= a.back().vars;
  }
  if (e.op == ExprOp::Select) {
    const Interval &c = a[0], &t = a[1], &f = a[2];
    if (c.known && (c.lo > 0 || c.hi < 0)) return t;
    if (c.isPoint() && c.lo == 0) return f;
    if (!t.known || !f.known) return unknown(vars);
    return Interval{true, std::min(t.lo, f.lo), std::max(t.hi, f.hi), false, vars};
  }
  for (const Interval& x : a)
    if (!x.known) {
      // Logical operators still bound their result.
      if (e.op == ExprOp::Not || e.op == ExprOp::And || e.op == ExprOp::Or || e.op == ExprOp::Lt ||
          e.op == ExprOp::Le || e.op == ExprOp::Gt || e.op == ExprOp::Ge || e.op == ExprOp::Eq || e.op == ExprOp::Ne)
        return boolean(false, false, vars);
      return unknown(vars);
    }
  const Interval& x = a[0];
  switch (e.op) {
    case ExprOp::Neg: return make(-static_cast<i128>(x.hi), -static_cast<i128>(x.lo), x.exact, vars);
    case ExprOp::Not: {
      bool nonzero = x.lo > 0 || x.hi < 0, zero = x.isPoint() && x.lo == 0;
      return boolean(nonzero || zero, zero, vars);
    }
    default: break;
  }
  const Interval& y = a[1];
  switch (e.op) {
    case ExprOp::Add: return corners(x, y, [](i128 p, i128 q) { return p + q; });
    case ExprOp::Sub: return corners(x, y, [](i128 p, i128 q) { return p - q; });
    case ExprOp::Mul: return corners(x, y, [](i128 p, i128 q) { return p * q; });
    case ExprOp::Min: return corners(x, y, [](i128 p, i128 q) { return std::min(p, q); });
    case ExprOp::Max: return corners(x, y, [](i128 p, i128 q) { return std::max(p, q); });
    case ExprOp::Div:
      if (y.lo <= 0 && y.hi >= 0) return unknown(vars);
      return corners(x, y, [](i128 p, i128 q) { return floorDiv(p, q); });
    case ExprOp::Mod: {
      if (y.lo <= 0 && y.hi >= 0) return unknown(vars);
      if (y.isPoint()) {
        i128 c = y.lo;
        if (floorDiv(x.lo, c) == floorDiv(x.hi, c))  // one period: monotone
          return make(floorMod(x.lo, c), floorMod(x.hi, c), x.exact, vars);
        return c > 0 ? make(0, c - 1, false, vars) : make(c + 1, 0, false, vars);
      }
      i128 m = std::max<i128>(-static_cast<i128>(y.lo), y.hi);  // |divisor| <= m
      i128 lo = y.lo > 0 ? 0 : -(m - 1), hi = y.hi < 0 ? 0 : m - 1;
      return make(lo, hi, false, vars);
    }
    case ExprOp::Lt: return boolean(x.hi < y.lo || x.lo >= y.hi, x.hi < y.lo, vars);
    case ExprOp::Le: return boolean(x.hi <= y.lo || x.lo > y.hi, x.hi <= y.lo, vars);
    case ExprOp::Gt: return boolean(x.lo > y.hi || x.hi <= y.lo, x.lo > y.hi, vars);
    case ExprOp::Ge: return boolean(x.lo >= y.hi || x.hi < y.lo, x.lo >= y.hi, vars);
    case ExprOp::Eq: {
      bool same = x.isPoint() && y.isPoint() && x.lo == y.lo, apart = x.hi < y.lo || y.hi < x.lo;
      return boolean(same || apart, same, vars);
    }
    case ExprOp::Ne: {
      bool same = x.isPoint() && y.isPoint() && x.lo == y.lo, apart = x.hi < y.lo || y.hi < x.lo;
      return boolean(same || apart, apart, vars);
    }
    case ExprOp::And: {
      bool xf = x.isPoint() && x.lo == 0, yf = y.isPoint() && y.lo == 0;
      bool xt = x.lo > 0 || x.hi < 0, yt = y.lo > 0 || y.hi < 0;
      return boolean(xf || yf || (xt && yt), xt && yt, vars);
    }
    case ExprOp::Or: {
      bool xf = x.isPoint() && x.lo == 0, yf = y.isPoint() && y.lo == 0;
      bool xt = x.lo > 0 || x.hi < 0, yt = y.lo > 0 || y.hi < 0;
      return boolean(xt || yt || (xf && yf), xt || yt, vars);
    }
    default: return unknown(vars);
  }
}

}  // namespace datosim::frontend
