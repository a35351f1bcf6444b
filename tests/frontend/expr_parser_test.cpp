#include "frontend/expr_parser.h"

#include <gtest/gtest.h>

#include <string>

using namespace datosim;
using namespace datosim::frontend;

namespace {

std::string parsed(const std::string& text) {
  ExprError err;
  ir::ExprPtr e = parseExpr(text, err);
  if (!e) return "error: " + err.message + " @" + std::to_string(err.column);
  return ir::toString(*e);
}

std::int64_t value(const std::string& text) {
  ExprError err;
  ir::ExprPtr e = parseExpr(text, err);
  EXPECT_TRUE(e) << text << ": " << err.message;
  return ir::eval(*e, nullptr);
}

ExprError errorOf(const std::string& text) {
  ExprError err;
  EXPECT_EQ(parseExpr(text, err), nullptr) << text;
  return err;
}

}  // namespace

TEST(ExprParser, PrecedenceFollowsC) {
  EXPECT_EQ(value("1 + 2 * 3"), 7);
  EXPECT_EQ(value("(1 + 2) * 3"), 9);
  EXPECT_EQ(value("10 - 4 - 3"), 3);        // left associative
  EXPECT_EQ(value("64 / 4 / 2"), 8);
  EXPECT_EQ(value("2 * 3 % 4"), 2);         // (2 * 3) % 4
  EXPECT_EQ(value("1 + 2 < 4"), 1);         // additive binds tighter than relational
  EXPECT_EQ(value("1 < 2 == 1"), 1);        // relational tighter than equality
  EXPECT_EQ(value("1 == 1 && 0 == 1 || 1"), 1);
  EXPECT_EQ(value("0 || 1 && 0"), 0);       // && tighter than ||
  EXPECT_EQ(value("1 ? 2 : 3 ? 4 : 5"), 2); // right associative conditional
  EXPECT_EQ(value("0 ? 2 : 0 ? 4 : 5"), 5);
  EXPECT_EQ(value("-2 * 3"), -6);
  EXPECT_EQ(value("- (2 + 3)"), -5);
  EXPECT_EQ(value("!0 + 1"), 2);
  EXPECT_EQ(value("!!7"), 1);
  EXPECT_EQ(value("min(3, 1 + 1) + max(-4, -5)"), -2);
  EXPECT_EQ(value("max(1, min(7, 3)) * 2"), 6);
  EXPECT_EQ(value("3 != 4"), 1);
  EXPECT_EQ(value("3 >= 4 || 4 <= 4"), 1);
  EXPECT_EQ(value("5 > 4 && 4 > 5"), 0);
}

TEST(ExprParser, FloorDivisionAndModulo) {
  EXPECT_EQ(value("-7 / 2"), -4);
  EXPECT_EQ(value("-7 % 2"), 1);
  EXPECT_EQ(value("7 / -2"), -4);
  EXPECT_EQ(value("7 % -2"), -1);
}

TEST(ExprParser, CanonicalText) {
  EXPECT_EQ(parsed("a*(b+c)"), "a * (b + c)");
  EXPECT_EQ(parsed("  pk-1 "), "pk - 1");
  EXPECT_EQ(parsed("i == 0 || j == N + 1"), "i == 0 || j == N + 1");
  EXPECT_EQ(parsed("c ? a : b"), "c ? a : b");
  EXPECT_EQ(parsed("min(a,b)"), "min(a, b)");
  EXPECT_EQ(parsed("9223372036854775807"), "9223372036854775807");
}

TEST(ExprParser, ErrorsHaveColumns) {
  ExprError e = errorOf("a * (b + c");
  EXPECT_EQ(e.column, 11u);
  EXPECT_NE(e.message.find("expected ')'"), std::string::npos);

  e = errorOf("a + $b");
  EXPECT_EQ(e.column, 5u);

  e = errorOf("");
  EXPECT_NE(e.message.find("empty"), std::string::npos);

  e = errorOf("1 2");
  EXPECT_EQ(e.column, 3u);
  EXPECT_NE(e.message.find("after a complete expression"), std::string::npos);

  e = errorOf("a = 1");
  EXPECT_EQ(e.column, 3u);
  EXPECT_NE(e.message.find("'=='"), std::string::npos);

  e = errorOf("a & b");
  EXPECT_NE(e.message.find("'&&'"), std::string::npos);

  e = errorOf("1.5 * 2");
  EXPECT_EQ(e.column, 2u);
  EXPECT_NE(e.message.find("only integers"), std::string::npos);

  e = errorOf("99999999999999999999");
  EXPECT_EQ(e.column, 1u);
  EXPECT_NE(e.message.find("too large"), std::string::npos);

  e = errorOf("foo(1)");
  EXPECT_NE(e.message.find("unknown function 'foo'"), std::string::npos);

  e = errorOf("min + 1");
  EXPECT_NE(e.message.find("is a function"), std::string::npos);

  e = errorOf("min(1)");
  EXPECT_NE(e.message.find("two arguments"), std::string::npos);

  e = errorOf("c ? a");
  EXPECT_NE(e.message.find("expected ':'"), std::string::npos);

  e = errorOf("2 *");
  EXPECT_EQ(e.column, 4u);
}

TEST(ExprParser, DescribeErrorNamesTextAndColumn) {
  ExprError e = errorOf("a * (b");
  EXPECT_EQ(describeExprError("a * (b", e), "cannot parse expression 'a * (b': expected ')', found end of expression at column 7");
}

TEST(ExprParser, AbsurdInputsAreErrorsNotCrashes) {
  std::string deep(1000, '(');
  EXPECT_NE(errorOf(deep + "1").message.find("nested deeper"), std::string::npos);
  std::string negs(10000, '-');
  EXPECT_NE(errorOf(negs + "1").message.find("longer than"), std::string::npos);
  std::string negs2(100, '-');
  EXPECT_NE(errorOf(negs2 + "1").message.find("nested deeper"), std::string::npos);
  std::string chain = "1";
  for (int i = 0; i < 1500; ++i) chain += "+1";
  EXPECT_EQ(value(chain), 1501);  // long flat chains are fine
  EXPECT_NE(errorOf(std::string("a\0b", 3)).message.find("character"), std::string::npos);
}

TEST(ExprParser, StreamReferences) {
  StreamRefText r;
  ExprError err;
  ASSERT_TRUE(parseStreamRef("fifo_A[i][j+1]", r, err));
  EXPECT_EQ(r.name, "fifo_A");
  ASSERT_EQ(r.index.size(), 2u);
  EXPECT_EQ(ir::toString(*r.index[1]), "j + 1");

  r = {};
  ASSERT_TRUE(parseStreamRef("fifo_A[i, j+1]", r, err));
  ASSERT_EQ(r.index.size(), 2u);
  EXPECT_EQ(ir::toString(*r.index[0]), "i");

  r = {};
  ASSERT_TRUE(parseStreamRef(" pipe [pk - 1, pm][pn] ", r, err));
  EXPECT_EQ(r.index.size(), 3u);

  r = {};
  ASSERT_TRUE(parseStreamRef("s", r, err));
  EXPECT_TRUE(r.index.empty());

  r = {};
  EXPECT_FALSE(parseStreamRef("s[i", r, err));
  EXPECT_EQ(err.column, 4u);
  r = {};
  EXPECT_FALSE(parseStreamRef("s[i] + 1", r, err));
  EXPECT_EQ(err.column, 6u);
  r = {};
  EXPECT_FALSE(parseStreamRef("[1]", r, err));
  EXPECT_EQ(err.column, 1u);
  r = {};
  EXPECT_FALSE(parseStreamRef("s[]", r, err));
}

TEST(ExprParser, TableIndexAndReductions) {
  EXPECT_EQ(parsed("KV[r] + 1"), "KV[r] + 1");
  EXPECT_EQ(parsed("2 * KV[(r + 1) % B]"), "2 * KV[(r + 1) % B]");
  EXPECT_EQ(parsed("len(KV) + sum( KV ) - min(KV) * max(KV)"), "len(KV) + sum(KV) - min(KV) * max(KV)");
  EXPECT_EQ(parsed("max(a, KV[0])"), "max(a, KV[0])");
  EXPECT_EQ(parsed("KV[1][2]"), "error: tables have one dimension: 'KV[i]' @6");
  EXPECT_EQ(parsed("KV[1"), "error: expected ']' after the index of table 'KV', found end of expression @5");
  EXPECT_EQ(parsed("len(3)"), "error: len() takes a table name, found '3' @5");
  EXPECT_EQ(parsed("sum(KV, 2)"), "error: sum() takes one table name: expected ')', found ',' @7");
  EXPECT_EQ(parsed("min(a + 1)"), "error: min() takes two arguments (or one table): expected ',', found ')' @10");
  EXPECT_EQ(parsed("avg(KV)"),
            "error: unknown function 'avg' (the functions are min(a, b), max(a, b) and, on a table, len, sum, min and "
            "max) @1");
  // Unbound tables do not evaluate; bound ones do, and a constant index folds.
  ExprError err;
  ir::ExprPtr e = parseExpr("KV[i] + len(KV)", err);
  ASSERT_TRUE(e);
  EXPECT_EQ(ir::tableRefs(*e), (std::vector<std::string>{"KV"}));
  EXPECT_EQ(ir::freeVars(*e), (std::vector<std::string>{"i"}));
  EXPECT_THROW(ir::eval(*e, nullptr), ir::EvalError);
  auto t = std::make_shared<ir::Table>();
  t->name = "KV";
  t->values = {4, 9, 16};
  t->lo = 4;
  t->hi = 16;
  std::vector<std::string> unbound;
  ir::ExprPtr b = ir::bindTables(e, [&](const std::string& n) { return n == "KV" ? t : nullptr; }, unbound);
  EXPECT_TRUE(unbound.empty());
  EXPECT_EQ(ir::toString(*b), "KV[i] + 3");
  ir::ExprPtr f = ir::fold(b, [](const std::string& n) -> std::optional<std::int64_t> {
    if (n == "i") return 1;
    return std::nullopt;
  });
  ASSERT_TRUE(f->isConst());
  EXPECT_EQ(f->value, 12);
  EXPECT_THROW(ir::fold(b, [](const std::string&) -> std::optional<std::int64_t> { return -1; }), ir::EvalError);
  ir::bindTables(e, [](const std::string&) { return ir::TablePtr(); }, unbound);
  EXPECT_EQ(unbound, (std::vector<std::string>{"KV", "KV"}));
}
