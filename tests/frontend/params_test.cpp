// Parameters: dependency order, cycles, overrides, undefined names.
#include <gtest/gtest.h>

#include "fe_util.h"

using namespace datosim;
using namespace datosim::frontend;
using namespace datosim::frontend::test;

namespace {

std::string graphWithParams(const std::string& params) {
  return R"({"format": "datosim-graph/1", "name": "p", "params": )" + params + R"(,
    "tasks": {"t": {"mapping": [1], "locals": {"x": {"dtype": "i32", "shape": []}},
                    "body": [{"compute": "zero", "out": "x"}]}}})";
}

}  // namespace

TEST(Params, EvaluatedInDependencyOrderKeepingDeclarationOrder) {
  Diagnostics d;
  auto g = parse(graphWithParams(R"({"NT": "N / T", "N": "T * 8", "T": 32, "Z": "max(NT, 3) % 5"})"), d);
  ASSERT_TRUE(g) << d.str();
  ASSERT_EQ(g->params.size(), 4u);
  EXPECT_EQ(g->params[0].name, "NT");
  EXPECT_EQ(g->params[1].name, "N");
  EXPECT_EQ(param(*g, "N"), 256);
  EXPECT_EQ(param(*g, "NT"), 8);
  EXPECT_EQ(param(*g, "Z"), 3);
  EXPECT_EQ(g->params[0].loc.pointer, "/params/NT");
}

TEST(Params, CycleIsNamed) {
  Diagnostics d;
  EXPECT_FALSE(parse(graphWithParams(R"({"A": 1, "M": "N + A", "N": "2 * M", "Q": "M + 1"})"), d));
  EXPECT_TRUE(hasDiag(d, "/params/M", "cyclic parameter definitions: M -> N -> M")) << d.str();
  EXPECT_EQ(d.errorCount(), 1u) << d.str();  // Q depends on the cycle: no follow-on error
}

TEST(Params, SelfCycle) {
  Diagnostics d;
  EXPECT_FALSE(parse(graphWithParams(R"({"M": "M + 1"})"), d));
  EXPECT_TRUE(hasDiag(d, "/params/M", "M -> M")) << d.str();
}

TEST(Params, OverrideReplacesValueBeforeEvaluation) {
  Diagnostics d;
  GraphOptions o;
  o.paramOverrides["T"] = 16;
  o.paramOverrides["M"] = 7;  // breaks the would-be cycle and its division by zero
  auto g = parse(graphWithParams(R"({"N": "T * 8", "T": 32, "M": "M / 0"})"), d, o);
  ASSERT_TRUE(g) << d.str();
  EXPECT_EQ(param(*g, "N"), 128);
  EXPECT_EQ(param(*g, "T"), 16);
  EXPECT_EQ(param(*g, "M"), 7);
  EXPECT_TRUE(g->params[1].overridden);
  EXPECT_FALSE(g->params[0].overridden);
}

TEST(Params, UnknownOverrideIsAnErrorAtParams) {
  Diagnostics d;
  GraphOptions o;
  o.paramOverrides["TT"] = 16;
  EXPECT_FALSE(parse(graphWithParams(R"({"T": 32})"), d, o));
  EXPECT_TRUE(hasDiag(d, "/params", "unknown parameter 'TT' (from --param TT=16); did you mean 'T'?")) << d.str();
}

TEST(Params, UnknownOverrideWithoutParamsSection) {
  Diagnostics d;
  GraphOptions o;
  o.paramOverrides["N"] = 1;
  std::string text = R"({"format": "datosim-graph/1", "name": "p",
    "tasks": {"t": {"mapping": [1], "locals": {"x": {"dtype": "i32", "shape": []}},
                    "body": [{"compute": "zero", "out": "x"}]}}})";
  EXPECT_FALSE(parse(text, d, o));
  EXPECT_TRUE(hasDiag(d, "/params", "--param N=1")) << d.str();
}

TEST(Params, UndefinedNameSuggestsClosest) {
  Diagnostics d;
  EXPECT_FALSE(parse(graphWithParams(R"({"Tile": 32, "N": "Tilee * 2", "K": "N + 1"})"), d));
  EXPECT_TRUE(hasDiag(d, "/params/N", "undefined name 'Tilee' in parameter 'N'; did you mean 'Tile'?")) << d.str();
  EXPECT_EQ(d.errorCount(), 1u) << d.str();
}

TEST(Params, DivisionByZeroAndOverflow) {
  Diagnostics d;
  EXPECT_FALSE(parse(graphWithParams(R"({"Z": 0, "A": "4 / Z", "B": "9223372036854775807 + 1"})"), d));
  EXPECT_TRUE(hasDiag(d, "/params/A", "division by zero")) << d.str();
  EXPECT_TRUE(hasDiag(d, "/params/B", "overflow")) << d.str();
}

TEST(Params, LongChainsDoNotExhaustTheStack) {
  std::string p = R"({"P0": 1)";
  for (int i = 1; i < 3000; ++i) p += ", \"P" + std::to_string(i) + "\": \"P" + std::to_string(i - 1) + " + 1\"";
  p += "}";
  Diagnostics d;
  auto g = parse(graphWithParams(p), d);
  ASSERT_TRUE(g) << d.str();
  EXPECT_EQ(g->params.back().value, 3000);
}

TEST(Params, HugeObjectsAreRefused) {
  std::string p = "{";
  for (int i = 0; i < 10001; ++i) p += std::string(i ? ", " : "") + "\"P" + std::to_string(i) + "\": 1";
  p += "}";
  Diagnostics d;
  EXPECT_FALSE(parse(graphWithParams(p), d));
  EXPECT_TRUE(hasDiag(d, "/params", "more than 10000 keys")) << d.str();
}
