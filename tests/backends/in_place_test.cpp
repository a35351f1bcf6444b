// Which locals a run may read before writing them (backends/common/locals.h): a core serving run after run
// clears exactly those at the start of each run, as datosim's locals start at zero.
#include <gtest/gtest.h>

#include <set>

#include "backends/common/locals.h"
#include "ir/diag.h"
#include "frontend/frontend.h"

namespace datosim {
namespace {

int localIndex(const ir::Graph& g, const std::string& name) {
  const ir::Task& t = g.tasks[0];
  for (std::size_t i = 0; i < t.locals.size(); ++i)
    if (t.locals[i].name == name) return static_cast<int>(i);
  return -1;
}

TEST(InPlace, ReadBeforeWrittenFollowsLoopsThatMayNotRunAndBranches) {
  Diagnostics d;
  // Lane p loads `a` in a loop of p iterations: lane 0 stores it never written. `b` is zeroed first. `c` is
  // written in one branch only, then read. `e` is accumulated into by mac without a first write. `f` is written by
  // a loop of two iterations before it is read.
  auto g = frontend::parseGraph(R"json({"format": "datosim-graph/1", "name": "rbw",
    "params": {"P": 2},
    "tensors": {"X": {"dtype": "i32", "shape": ["P", 16], "role": "input"},
                "Y": {"dtype": "i32", "shape": ["P", 16], "role": "output"}},
    "tasks": {"lane": {"mapping": ["P"], "coords": ["p"],
      "args": {"x": {"tensor": "X", "layout": ["S(0)", "R"]}, "y": {"tensor": "Y", "layout": ["S(0)", "R"]}},
      "locals": {"a": {"dtype": "i32", "shape": [1, 16]}, "b": {"dtype": "i32", "shape": [1, 16]},
                 "c": {"dtype": "i32", "shape": [1, 16]}, "e": {"dtype": "i32", "shape": [1, 16]},
                 "f": {"dtype": "i32", "shape": [1, 16]}},
      "body": [
        {"for": "k", "range": "p", "body": [{"load": "x", "into": "a"}]},
        {"compute": "zero", "out": "b"},
        {"compute": "add", "in": ["a", "b"], "out": "b"},
        {"for": "j", "range": 2, "body": [
          {"if": "j == 0", "then": [{"compute": "zero", "out": "c"}]},
          {"compute": "add", "in": ["c", "b"], "out": "b"},
          {"compute": "mac", "in": ["b", "b"], "out": "e"},
          {"compute": "copy", "in": ["b"], "out": "f"}
        ]},
        {"compute": "add", "in": ["f", "e"], "out": "b"},
        {"store": "y", "from": "b"}
      ]}}})json",
                                "rbw.json", {}, d);
  ASSERT_TRUE(g) << d.str();
  ASSERT_EQ(g->instances.size(), 2u);
  const int a = localIndex(*g, "a"), c = localIndex(*g, "c"), e = localIndex(*g, "e");
  EXPECT_EQ(backends::readBeforeWritten(g->instances[0].body), (std::set<int>{a, c, e}));
  EXPECT_EQ(backends::readBeforeWritten(g->instances[1].body), (std::set<int>{c, e}));
}

}  // namespace
}  // namespace datosim
