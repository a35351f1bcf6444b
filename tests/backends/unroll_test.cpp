// The NPU backend's unrolling of loops that read trace tables (backends/npu/unroll.h), on the IR: which loops
// are unrolled, what folds, what is left alone.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "backends/npu/unroll.h"
#include "frontend/frontend.h"
#include "ir/expr.h"

namespace datosim::backends::npu {
namespace {

// A one-instance graph copying rows of X to Y, tile by tile, in the loop nest `body` (JSON), over the table RG.
ir::Graph graph(const std::string& table, const std::string& body) {
  const std::string text = R"L({"format": "datosim-graph/1", "name": "u", "params": {"N": "len(RG)"},
    "tables": {"RG": {"values": )L" + table + R"L(}},
    "tensors": {"X": {"dtype": "i32", "shape": ["N", 12], "role": "input"},
                "Y": {"dtype": "i32", "shape": ["N", 12], "role": "output"}},
    "tasks": {"k": {"mapping": [1], "args": {"x": {"tensor": "X", "layout": ["R", "R"]}, "y": {"tensor": "Y", "layout": ["R", "R"]}},
      "locals": {"v": {"dtype": "i32", "shape": [1, 4]}},
      "body": )L" + body + "}}}";
  Diagnostics d;
  auto g = frontend::parseGraph(text, "u.json", {}, d);
  EXPECT_TRUE(g) << d.str();
  return g ? *g : ir::Graph{};
}

const std::string kCopy = R"L({"load": "x", "at": ["t", "c * 4"], "into": "v"}, {"store": "y", "at": ["t", "c * 4"], "from": "v"})L";

bool readsAnyTable(const ir::Block& b) {
  bool any = false;
  ir::forEachStmt(b, [&](const ir::Stmt& s) { ir::forEachExpr(s, [&](const ir::Expr& e) { any = any || ir::readsTable(e); }); });
  return any;
}

// (row, column) of every load, in program order, for loops with constant bounds.
void loads(const ir::Block& b, std::vector<std::pair<std::int64_t, std::int64_t>>& out, std::vector<std::int64_t>& slots) {
  for (const ir::Stmt& s : b) {
    if (const auto* f = std::get_if<ir::ForStmt>(&s.node)) {
      ASSERT_TRUE(f->lo->isConst() && f->hi->isConst() && f->step->isConst());
      if (slots.size() <= static_cast<std::size_t>(f->slot)) slots.resize(static_cast<std::size_t>(f->slot) + 1);
      for (std::int64_t v = f->lo->value; v < f->hi->value; v += f->step->value) {
        slots[static_cast<std::size_t>(f->slot)] = v;
        loads(f->body, out, slots);
      }
    } else if (const auto* l = std::get_if<ir::LoadStmt>(&s.node)) {
      out.emplace_back(ir::eval(*l->at[0], slots.data()), ir::eval(*l->at[1], slots.data()));
    } else {
      ASSERT_FALSE(std::holds_alternative<ir::IfStmt>(s.node)) << "an if left after unrolling";
    }
  }
}

TEST(UnrollTableLoops, RowMajorRaggedRowsBecomeConstantLoops) {
  ir::Graph g = graph("[2, 0, 3]", R"L([{"for": "t", "range": "N", "body": [{"for": "c", "range": "RG[t]", "body": [)L" + kCopy + "]}]}]");
  ir::Instance& in = g.instances.at(0);
  ASSERT_TRUE(readsAnyTable(in.body));
  std::optional<ir::Block> body = unrollTableLoops(in);
  ASSERT_TRUE(body);
  in.body = std::move(*body);
  EXPECT_FALSE(readsAnyTable(in.body));
  // Row 1 runs no column tile: its copy is gone; rows 0 and 2 keep a loop over their columns.
  ASSERT_EQ(in.body.size(), 2u);
  std::vector<std::pair<std::int64_t, std::int64_t>> got;
  std::vector<std::int64_t> slots(8, 0);
  loads(in.body, got, slots);
  EXPECT_EQ(got, (std::vector<std::pair<std::int64_t, std::int64_t>>{{0, 0}, {0, 4}, {2, 0}, {2, 4}, {2, 8}}));
}

TEST(UnrollTableLoops, ColumnMajorConditionsFoldWhenBothLoopsUnroll) {
  // `c < RG[t]` needs c and t: both loops are unrolled and every `if` is decided.
  ir::Graph g = graph("[2, 0, 3]", R"L([{"for": "c", "range": 3, "body": [{"for": "t", "range": "N", "body": [{"if": "c < RG[t]", "then": [)L" +
                                       kCopy + "]}]}]}]");
  ir::Instance& in = g.instances.at(0);
  std::optional<ir::Block> body = unrollTableLoops(in);
  ASSERT_TRUE(body);
  in.body = std::move(*body);
  EXPECT_FALSE(readsAnyTable(in.body));
  std::vector<std::pair<std::int64_t, std::int64_t>> got;
  std::vector<std::int64_t> slots(8, 0);
  loads(in.body, got, slots);
  EXPECT_EQ(got, (std::vector<std::pair<std::int64_t, std::int64_t>>{{0, 0}, {2, 0}, {0, 4}, {2, 4}, {2, 8}}));
}

TEST(UnrollTableLoops, WhatCannotBeUnrolledIsLeftAsItWas) {
  // More than kMaxUnrolledTrips rows: not unrolled (the emitter then refuses the reads).
  std::string many = "[";
  for (int k = 0; k <= kMaxUnrolledTrips; ++k) many += (k ? ", " : "") + std::to_string(k % 3);
  ir::Graph big = graph(many + "]", R"L([{"for": "t", "range": "N", "body": [{"for": "c", "range": "RG[t]", "body": [)L" + kCopy + "]}]}]");
  EXPECT_FALSE(unrollTableLoops(big.instances.at(0)));
  // A copy whose table read is out of range (row t reads RG[t + 1]): folding fails, nothing is unrolled.
  ir::Graph oob = graph("[2, 0, 3]", R"L([{"for": "t", "range": "N", "body": [{"for": "c", "range": "RG[t + 1]", "body": [)L" + kCopy + "]}]}]");
  EXPECT_FALSE(unrollTableLoops(oob.instances.at(0)));
  // No table read at run time: nothing to do.
  ir::Graph plain = graph("[2, 0, 3]", R"L([{"for": "t", "range": "N", "body": [{"for": "c", "range": 3, "body": [)L" + kCopy + "]}]}]");
  EXPECT_FALSE(unrollTableLoops(plain.instances.at(0)));
}

}  // namespace
}  // namespace datosim::backends::npu
