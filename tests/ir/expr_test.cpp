#include "ir/expr.h"

#include <gtest/gtest.h>

using namespace datosim::ir;

namespace {
ExprPtr C(std::int64_t v) { return Expr::constant(v); }
std::int64_t ev(const ExprPtr& e) { return eval(*e, nullptr); }
}  // namespace

TEST(Expr, FloorDivisionAndModuloFollowPython) {
  EXPECT_EQ(ev(Expr::binary(ExprOp::Div, C(-7), C(2))), -4);
  EXPECT_EQ(ev(Expr::binary(ExprOp::Mod, C(-7), C(2))), 1);
  EXPECT_EQ(ev(Expr::binary(ExprOp::Div, C(7), C(-2))), -4);
  EXPECT_EQ(ev(Expr::binary(ExprOp::Mod, C(7), C(-2))), -1);
  EXPECT_EQ(ev(Expr::binary(ExprOp::Div, C(7), C(2))), 3);
}

TEST(Expr, DivisionByZeroAndOverflowAreErrors) {
  EXPECT_THROW(ev(Expr::binary(ExprOp::Div, C(1), C(0))), EvalError);
  EXPECT_THROW(ev(Expr::binary(ExprOp::Mod, C(1), C(0))), EvalError);
  EXPECT_THROW(ev(Expr::binary(ExprOp::Mul, C(INT64_MAX), C(2))), EvalError);
  EXPECT_THROW(ev(Expr::binary(ExprOp::Add, C(INT64_MAX), C(1))), EvalError);
  EXPECT_THROW(ev(Expr::unary(ExprOp::Neg, C(INT64_MIN))), EvalError);
}

TEST(Expr, FoldSubstitutesKnownNamesAndKeepsOthers) {
  auto e = Expr::binary(ExprOp::Add, Expr::binary(ExprOp::Mul, Expr::var("M"), C(2)), Expr::var("k"));
  auto f = fold(e, [](const std::string& n) -> std::optional<std::int64_t> {
    if (n == "M") return 8;
    return std::nullopt;
  });
  EXPECT_EQ(toString(*f), "16 + k");
  std::vector<std::string> unbound;
  auto b = bindSlots(f, [](const std::string& n) { return n == "k" ? 0 : -1; }, unbound);
  EXPECT_TRUE(unbound.empty());
  std::int64_t slots[1] = {5};
  EXPECT_EQ(eval(*b, slots), 21);
}

TEST(Expr, ShortCircuitFoldingAvoidsGuardedDivision) {
  // k > 0 && 10 / k > 1 with k = 0 folds to 0 without evaluating 10 / 0.
  auto e = Expr::binary(ExprOp::And, Expr::binary(ExprOp::Gt, Expr::var("k"), C(0)),
                        Expr::binary(ExprOp::Gt, Expr::binary(ExprOp::Div, C(10), Expr::var("k")), C(1)));
  auto f = fold(e, [](const std::string&) -> std::optional<std::int64_t> { return 0; });
  ASSERT_TRUE(f->isConst());
  EXPECT_EQ(f->value, 0);
}

TEST(Expr, ToStringParenthesisesOnlyWhereNeeded) {
  auto e = Expr::binary(ExprOp::Mul, Expr::binary(ExprOp::Add, Expr::var("a"), C(1)), Expr::var("b"));
  EXPECT_EQ(toString(*e), "(a + 1) * b");
  auto s = Expr::binary(ExprOp::Sub, Expr::var("a"), Expr::binary(ExprOp::Sub, Expr::var("b"), Expr::var("c")));
  EXPECT_EQ(toString(*s), "a - (b - c)");
  EXPECT_EQ(freeVars(*s), (std::vector<std::string>{"a", "b", "c"}));
}
