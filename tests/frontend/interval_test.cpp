#include "frontend/interval.h"

#include <gtest/gtest.h>

#include "frontend/expr_parser.h"

using namespace datosim;
using namespace datosim::frontend;

namespace {

// Parse and bind i -> slot 0, j -> slot 1.
ir::ExprPtr E(const std::string& text) {
  ExprError err;
  ir::ExprPtr e = parseExpr(text, err);
  EXPECT_TRUE(e) << err.message;
  std::vector<std::string> unbound;
  return ir::bindSlots(e, [](const std::string& n) { return n == "i" ? 0 : n == "j" ? 1 : -1; }, unbound);
}

}  // namespace

TEST(Interval, AffineOverABoxIsExact) {
  std::vector<SlotRange> s = {{true, 0, 7, true}, {true, 0, 3, true}};
  Interval r = intervalOf(*E("i * 32 + j * 8 + 4"), s);
  ASSERT_TRUE(r.known);
  EXPECT_EQ(r.lo, 4);
  EXPECT_EQ(r.hi, 7 * 32 + 3 * 8 + 4);
  EXPECT_TRUE(r.exact);
  r = intervalOf(*E("-i + 3"), s);
  EXPECT_EQ(r.lo, -4);
  EXPECT_EQ(r.hi, 3);
  EXPECT_TRUE(r.exact);
}

TEST(Interval, RepeatedVariablesAreOnlyBounds) {
  std::vector<SlotRange> s = {{true, 0, 7, true}};
  Interval r = intervalOf(*E("i - i"), s);
  ASSERT_TRUE(r.known);
  EXPECT_EQ(r.lo, -7);
  EXPECT_EQ(r.hi, 7);
  EXPECT_FALSE(r.exact);
}

TEST(Interval, DivisionModuloMinMax) {
  std::vector<SlotRange> s = {{true, 0, 15, true}, {true, 1, 4, true}};
  Interval r = intervalOf(*E("i / 4"), s);
  EXPECT_EQ(r.lo, 0);
  EXPECT_EQ(r.hi, 3);
  EXPECT_TRUE(r.exact);
  r = intervalOf(*E("i % 4"), s);
  EXPECT_EQ(r.lo, 0);
  EXPECT_EQ(r.hi, 3);
  EXPECT_FALSE(r.exact);
  r = intervalOf(*E("(i % 16) + 1"), s);  // one period: exact
  EXPECT_EQ(r.hi, 16);
  EXPECT_TRUE(r.exact);
  r = intervalOf(*E("i / j"), s);
  EXPECT_EQ(r.lo, 0);
  EXPECT_EQ(r.hi, 15);
  r = intervalOf(*E("i / (j - 2)"), s);  // the divisor can be 0
  EXPECT_FALSE(r.known);
  r = intervalOf(*E("min(i, 3) + max(j, 2)"), s);
  EXPECT_EQ(r.lo, 2);
  EXPECT_EQ(r.hi, 7);
}

TEST(Interval, ConditionsAndUnknowns) {
  std::vector<SlotRange> s = {{true, 0, 7, true}, {false, 0, 0, false}};
  Interval r = intervalOf(*E("i < 8"), s);
  EXPECT_TRUE(r.isPoint());
  EXPECT_EQ(r.lo, 1);
  r = intervalOf(*E("i < 4"), s);
  EXPECT_EQ(r.lo, 0);
  EXPECT_EQ(r.hi, 1);
  EXPECT_FALSE(intervalOf(*E("j + 1"), s).known);
  r = intervalOf(*E("i >= 0 ? 5 : j"), s);
  EXPECT_TRUE(r.isPoint());
  EXPECT_EQ(r.lo, 5);
  EXPECT_FALSE(intervalOf(*E("i * 9223372036854775807"), s).known);  // would overflow
}
