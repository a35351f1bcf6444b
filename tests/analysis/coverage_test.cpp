// The store-coverage check of analysis/coverage.h: which elements of an output tensor no store
// writes, on graphs whose gaps are worked out by hand in the comments.
#include "analysis/coverage.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>

#include "frontend/frontend.h"

namespace datosim {
namespace {

namespace fs = std::filesystem;

std::string source(const std::string& rel) { return std::string(DATOSIM_SOURCE_DIR) + "/" + rel; }

ir::Graph load(const std::string& path, std::map<std::string, std::int64_t> params = {}) {
  Diagnostics d;
  frontend::GraphOptions o;
  o.paramOverrides = std::move(params);
  auto g = frontend::loadGraph(path, o, d);
  EXPECT_TRUE(g) << d.str();
  return g ? *g : ir::Graph{};
}

ir::Graph parse(const std::string& text) {
  Diagnostics d;
  auto g = frontend::parseGraph(text, "test.json", {}, d);
  EXPECT_TRUE(g) << d.str();
  EXPECT_FALSE(d.hasErrors()) << d.str();
  return g ? *g : ir::Graph{};
}

std::string all(const std::vector<Diagnostic>& v) {
  std::string s;
  for (const Diagnostic& d : v) s += d.str() + "\n";
  return s;
}

TEST(StoreCoverage, Pipeline3WithATileThatDoesNotDivideNWarnsAboutTheLastRows) {
  // N = 100, T = 32: NT = 100 / 32 = 3 tiles, rows 0..95 stored, 96..99 never.
  const ir::Graph g = load(source("examples/pipeline3.json"), {{"N", 100}});
  const std::vector<Diagnostic> w = analysis::checkStoreCoverage(g);
  ASSERT_EQ(w.size(), 1u) << all(w);
  EXPECT_EQ(w[0].severity, Severity::Warning);
  EXPECT_EQ(w[0].str(), source("examples/pipeline3.json") +
                            ":/tasks/consumer/body/0/body/1: warning: tensor 'Y' rows 96..99 of 100 are never stored "
                            "(the stores cover 0..95)");
}

TEST(StoreCoverage, Pipeline3WithADividingTileIsSilent) {
  for (std::int64_t n : {96, 1024, 32}) {
    const ir::Graph g = load(source("examples/pipeline3.json"), {{"N", n}});
    EXPECT_TRUE(analysis::checkStoreCoverage(g).empty()) << "N = " << n << "\n" << all(analysis::checkStoreCoverage(g));
  }
  // One row short: 127 / 32 = 3 tiles, rows 96..126 never stored.
  const ir::Graph g = load(source("examples/pipeline3.json"), {{"N", 127}});
  const std::vector<Diagnostic> w = analysis::checkStoreCoverage(g);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_NE(w[0].message.find("rows 96..126 of 127 are never stored (the stores cover 0..95)"), std::string::npos)
      << w[0].message;
}

TEST(StoreCoverage, EveryExampleStoresAllOfItsOutputs) {
  std::vector<fs::path> files;
  for (const char* dir : {"examples", "examples/validation"})
    for (const auto& e : fs::directory_iterator(source(dir)))
      if (e.path().extension() == ".json" && e.path().filename() != "points.json") files.push_back(e.path());
  EXPECT_GE(files.size(), 8u);
  for (const fs::path& f : files) {
    const ir::Graph g = load(f.string());
    EXPECT_TRUE(analysis::checkStoreCoverage(g).empty()) << f << "\n" << all(analysis::checkStoreCoverage(g));
  }
}

// Four instances store their 16-row shards of Y; a meta-if leaves instance 3's store out.
const char* kShards = R"J({
  "format": "datosim-graph/1", "name": "shards", "params": {"P": 4, "LAST": 3},
  "tensors": {"Y": {"dtype": "i32", "shape": [64, 8], "role": "output"}},
  "tasks": {"w": {"mapping": ["P"], "coords": ["p"],
    "args": {"y": {"tensor": "Y", "layout": ["S(0)", "R"]}},
    "locals": {"t": {"dtype": "i32", "shape": [16, 8]}},
    "body": [{"compute": "zero", "out": "t"},
             {"if": "p < LAST", "then": [{"store": "y", "at": [0, 0], "from": "t"}]}]}}})J";

TEST(StoreCoverage, AnInstanceWhoseStoreAnIfRemovesWarns) {
  const ir::Graph g = parse(kShards);
  const std::vector<Diagnostic> w = analysis::checkStoreCoverage(g);
  ASSERT_EQ(w.size(), 1u) << all(w);
  EXPECT_EQ(w[0].loc.pointer, "/tasks/w/body/1/then/0");
  EXPECT_EQ(w[0].message, "tensor 'Y' rows 48..63 of 64 are never stored (the stores cover 0..47)");

  std::string all4 = kShards;
  all4.replace(all4.find("\"LAST\": 3"), 9, "\"LAST\": 4");
  EXPECT_TRUE(analysis::checkStoreCoverage(parse(all4)).empty());
}

// A run-time if: tiles k = 0..3 of 4 rows each, the one at k == 1 is not stored.
TEST(StoreCoverage, ARunTimeIfThatSkipsOneIterationWarns) {
  const ir::Graph g = parse(R"({
    "format": "datosim-graph/1", "name": "rt",
    "tensors": {"Y": {"dtype": "i32", "shape": [16, 8], "role": "output"}},
    "tasks": {"w": {"mapping": [1],
      "args": {"y": {"tensor": "Y", "layout": ["R", "R"]}},
      "locals": {"t": {"dtype": "i32", "shape": [4, 8]}},
      "body": [{"for": "k", "range": 4, "body": [
                 {"if": "k != 1", "then": [{"store": "y", "at": ["k * 4", 0], "from": "t"}]}]}]}}})");
  const std::vector<Diagnostic> w = analysis::checkStoreCoverage(g);
  ASSERT_EQ(w.size(), 1u) << all(w);
  EXPECT_EQ(w[0].message, "tensor 'Y' rows 4..7 of 16 are never stored (the stores cover 0..3 and 8..15)");
}

// Gaps that are columns, one element, or not a box; inouts; tensors nobody stores; the caps.
std::string oneStore(const std::string& shape, const std::string& role, const std::string& local,
                     const std::string& loops) {
  return R"({"format": "datosim-graph/1", "name": "g",
    "tensors": {"Y": {"dtype": "i32", "shape": )" + shape + R"(, "role": ")" + role + R"("}},
    "tasks": {"w": {"mapping": [1], "args": {"y": {"tensor": "Y", "layout": )" +
         (shape.find(',') == std::string::npos ? std::string(R"(["R"])")
          : std::count(shape.begin(), shape.end(), ',') == 1 ? R"(["R", "R"])" : R"(["R", "R", "R"])") +
         R"(}}, "locals": {"t": {"dtype": "i32", "shape": )" + local + R"(}}, "body": [)" + loops + "]}}}";
}

TEST(StoreCoverage, DescribesColumnsSingleElementsBoxesAndScatteredGaps) {
  // 8 x 64, tiles of 8 x 16 at columns 0, 16, 32: columns 48..63 never stored.
  auto cols = analysis::checkStoreCoverage(parse(oneStore("[8, 64]", "output", "[8, 16]",
      R"({"for": "c", "range": 3, "body": [{"store": "y", "at": [0, "c * 16"], "from": "t"}]})")));
  ASSERT_EQ(cols.size(), 1u) << all(cols);
  EXPECT_EQ(cols[0].message, "tensor 'Y' columns 48..63 of 64 are never stored (the stores cover 0..47)");

  // A vector of 10, scalar stores at 0..8: element 9 alone.
  auto one = analysis::checkStoreCoverage(parse(oneStore("[10]", "output", "[]",
      R"({"for": "i", "range": 9, "body": [{"store": "y", "at": ["i"], "from": "t"}]})")));
  ASSERT_EQ(one.size(), 1u) << all(one);
  EXPECT_EQ(one[0].message, "tensor 'Y' element 9 of 10 is never stored (the stores cover 0..8)");

  // 8 x 8, 4 x 4 tiles at (0,0), (0,4), (4,0): the box [4..7, 4..7] is missing.
  auto box = analysis::checkStoreCoverage(parse(oneStore("[8, 8]", "output", "[4, 4]",
      R"({"store": "y", "at": [0, 0], "from": "t"}, {"store": "y", "at": [0, 4], "from": "t"},
         {"store": "y", "at": [4, 0], "from": "t"})")));
  ASSERT_EQ(box.size(), 1u) << all(box);
  EXPECT_EQ(box[0].loc.pointer, "/tasks/w/body/0");
  EXPECT_EQ(box[0].message,
            "tensor 'Y' elements [4..7, 4..7] (16 of 64) are never stored; 2 other store statements write it too");

  // 4 x 4, every other row of the first two columns stored ... an L-shaped gap, not a box.
  auto scattered = analysis::checkStoreCoverage(parse(oneStore("[4, 4]", "output", "[2, 2]",
      R"({"store": "y", "at": [0, 0], "from": "t"})")));
  ASSERT_EQ(scattered.size(), 1u) << all(scattered);
  EXPECT_EQ(scattered[0].message,
            "tensor 'Y': 12 of 16 elements are never stored, within [0..3, 0..3]; the first is [0, 2]");

  // Rank 3: indices of a middle dimension.
  auto r3 = analysis::checkStoreCoverage(parse(oneStore("[2, 6, 4]", "output", "[2, 2, 4]",
      R"({"for": "j", "range": 2, "body": [{"store": "y", "at": [0, "j * 2", 0], "from": "t"}]})")));
  ASSERT_EQ(r3.size(), 1u) << all(r3);
  EXPECT_EQ(r3[0].message, "tensor 'Y' indices 4..5 of 6 in dimension 1 are never stored (the stores cover 0..3)");
}

TEST(StoreCoverage, InoutTensorsAndFullyStoredOutputsAreNotReported) {
  // An inout keeps its input values where it is not stored: a partial store is legitimate.
  EXPECT_TRUE(analysis::checkStoreCoverage(parse(oneStore("[8, 8]", "inout", "[4, 8]",
      R"({"load": "y", "at": [0, 0], "into": "t"}, {"store": "y", "at": [0, 0], "from": "t"})"))).empty());
  // Overlapping stores that together cover everything.
  EXPECT_TRUE(analysis::checkStoreCoverage(parse(oneStore("[10]", "output", "[4]",
      R"({"for": "i", "range": [0, 7, 3], "body": [{"store": "y", "at": ["i"], "from": "t"}]})"))).empty());
}

TEST(StoreCoverage, AnOutputNobodyStoresIsReportedAtItsDeclaration) {
  const ir::Graph g = parse(R"({
    "format": "datosim-graph/1", "name": "nostore", "params": {"P": 2},
    "tensors": {"Y": {"dtype": "i32", "shape": [8], "role": "output"}},
    "tasks": {"w": {"mapping": ["P"], "coords": ["p"],
      "args": {"y": {"tensor": "Y", "layout": ["R"]}},
      "locals": {"t": {"dtype": "i32", "shape": [8]}},
      "body": [{"compute": "zero", "out": "t"},
               {"if": "p > 5", "then": [{"store": "y", "from": "t"}]}]}}})");
  const std::vector<Diagnostic> w = analysis::checkStoreCoverage(g);
  ASSERT_EQ(w.size(), 1u) << all(w);
  EXPECT_EQ(w[0].loc.pointer, "/tensors/Y");
  EXPECT_EQ(w[0].message, "output tensor 'Y' is never stored: no instance has a store into it");
}

TEST(StoreCoverage, OverTheLimitsATensorIsSkippedSilently) {
  const ir::Graph g = load(source("examples/pipeline3.json"), {{"N", 100}});
  ASSERT_EQ(analysis::checkStoreCoverage(g).size(), 1u);
  analysis::CoverageOptions few;
  few.maxStores = 2;  // pipeline3 at N = 100 stores 3 tiles
  EXPECT_TRUE(analysis::checkStoreCoverage(g, few).empty());
  analysis::CoverageOptions small;
  small.maxElements = 100 * 64 - 1;
  EXPECT_TRUE(analysis::checkStoreCoverage(g, small).empty());
  analysis::CoverageOptions shortWalk;
  shortWalk.maxSteps = 3;
  EXPECT_TRUE(analysis::checkStoreCoverage(g, shortWalk).empty());
  analysis::CoverageOptions fewRuns;
  fewRuns.maxRuns = 95;  // 3 tiles of 32 rows
  EXPECT_TRUE(analysis::checkStoreCoverage(g, fewRuns).empty());
  fewRuns.maxRuns = 96;
  EXPECT_EQ(analysis::checkStoreCoverage(g, fewRuns).size(), 1u);
}

}  // namespace
}  // namespace datosim
