// Elaboration: instances, coordinates, meta-if specialisation, loop slots, stream endpoints.
#include <gtest/gtest.h>

#include "fe_util.h"
#include "kernels/kernel.h"
#include "ir/kernels.h"

using namespace datosim;
using namespace datosim::frontend;
using namespace datosim::frontend::test;

namespace {

ir::Graph loadGood(const std::string& name, GraphOptions opts = {}) {
  Diagnostics d;
  auto g = loadGraph(sourceDir() + "/tests/frontend/good/" + name, opts, d);
  EXPECT_TRUE(g) << d.str();
  EXPECT_FALSE(d.hasErrors()) << d.str();
  return g ? std::move(*g) : ir::Graph{};
}

// A compact text form of a body: one token per statement, nesting in braces.
std::string shape(const ir::Block& b) {
  std::string s;
  for (const ir::Stmt& st : b) {
    if (!s.empty()) s += " ";
    if (auto* f = std::get_if<ir::ForStmt>(&st.node)) {
      s += "for(" + f->var + "@" + std::to_string(f->slot) + "){" + shape(f->body) + "}";
    } else if (auto* i = std::get_if<ir::IfStmt>(&st.node)) {
      s += "if";
      for (const auto& br : i->branches) s += "(" + ir::toString(*br.first) + "){" + shape(br.second) + "}";
      if (!i->elseBody.empty()) s += "else{" + shape(i->elseBody) + "}";
    } else if (std::holds_alternative<ir::GetStmt>(st.node)) {
      s += "get";
    } else if (std::holds_alternative<ir::PutStmt>(st.node)) {
      s += "put";
    } else if (std::holds_alternative<ir::LoadStmt>(st.node)) {
      s += "load";
    } else if (std::holds_alternative<ir::StoreStmt>(st.node)) {
      s += "store";
    } else if (auto* c = std::get_if<ir::ComputeStmt>(&st.node)) {
      s += c->kernel;
    }
  }
  return s;
}

const ir::Instance& instance(const ir::Graph& g, const std::string& name) {
  int i = g.findInstance(name);
  EXPECT_GE(i, 0) << name;
  return g.instances.at(static_cast<std::size_t>(std::max(i, 0)));
}

std::string streamName(const ir::Graph& g, int id) { return g.streamInsts.at(static_cast<std::size_t>(id)).name; }

}  // namespace

TEST(Elaborate, PipelineHasOneInstancePerTaskAndTwoStreams) {
  ir::Graph g = loadGood("pipeline3.json");
  EXPECT_EQ(g.name, "pipeline3");
  ASSERT_EQ(g.instances.size(), 3u);
  EXPECT_EQ(g.instances[0].name, "load");
  EXPECT_EQ(g.instances[2].name, "store");
  EXPECT_EQ(g.instances[0].coords, (ir::Shape{0}));
  ASSERT_EQ(g.streamInsts.size(), 2u);
  EXPECT_EQ(g.streamInsts[0].name, "s");
  EXPECT_EQ(g.streamInsts[0].producer, 0);
  EXPECT_EQ(g.streamInsts[0].consumer, 1);
  EXPECT_EQ(g.streamInsts[1].producer, 1);
  EXPECT_EQ(g.streamInsts[1].consumer, 2);
  EXPECT_EQ(g.instances[1].inStreams, (std::vector<int>{0}));
  EXPECT_EQ(g.instances[1].outStreams, (std::vector<int>{1}));
  EXPECT_EQ(g.streamInstOf, (std::vector<std::vector<int>>{{0}, {1}}));
  EXPECT_EQ(shape(g.instances[1].body), "for(k@0){get relu put}");
  EXPECT_EQ(g.instances[1].numSlots, 1);
  // The loop bound is folded; the stream reference is resolved to its instance.
  const auto& f = std::get<ir::ForStmt>(g.instances[1].body[0].node);
  EXPECT_EQ(ir::toString(*f.hi), "8");
  EXPECT_EQ(std::get<ir::GetStmt>(f.body[0].node).stream.inst, 0);
  EXPECT_EQ(std::get<ir::ComputeStmt>(f.body[1].node).info, kernels::findKernel("relu"));
  EXPECT_EQ(f.body[0].loc.pointer, "/tasks/act/body/0/body/0");
  // The load offset keeps the loop variable, bound to slot 0.
  const auto& lf = std::get<ir::ForStmt>(g.instances[0].body[0].node);
  const auto& ld = std::get<ir::LoadStmt>(lf.body[0].node);
  EXPECT_EQ(ir::toString(*ld.at[0]), "b * 32");
  std::int64_t slots[1] = {3};
  EXPECT_EQ(ir::eval(*ld.at[0], slots), 96);
  // Declarations.
  EXPECT_EQ(g.tensors[0].shape, (ir::Shape{256, 64}));
  EXPECT_EQ(g.streams[0].tile, (ir::Shape{32, 64}));
  EXPECT_EQ(g.tasks[0].args[0].localShape, (ir::Shape{256, 64}));
  EXPECT_EQ(g.tasks[1].coordNames, (std::vector<std::string>{""}));
}

TEST(Elaborate, SplitKGemmSpecialisesBorderInstances) {
  ir::Graph g = loadGood("gemm_splitk.json");
  ASSERT_EQ(g.instances.size(), 8u);
  // Row-major over [Pk, Pm, Pn].
  EXPECT_EQ(g.instances[0].name, "gemm_0_0_0");
  EXPECT_EQ(g.instances[1].name, "gemm_0_0_1");
  EXPECT_EQ(g.instances[4].name, "gemm_1_0_0");
  EXPECT_EQ(g.instances[5].coords, (ir::Shape{1, 0, 1}));
  // Meta-ifs resolved: the first stage zeroes and puts, the last gets and stores.
  EXPECT_EQ(shape(g.instances[0].body), "load load zero matmul put");
  EXPECT_EQ(shape(g.instances[7].body), "load load get matmul store");
  EXPECT_EQ(g.instances[0].numSlots, 0);
  // Local shards.
  const ir::Task& t = g.tasks[0];
  EXPECT_EQ(t.args[0].localShape, (ir::Shape{16, 16}));
  EXPECT_EQ(t.args[2].localShape, (ir::Shape{16, 16}));
  EXPECT_TRUE(t.args[0].layout[0].shard);
  EXPECT_EQ(t.args[0].layout[0].axis, 1);
  // pipe[0][pm][pn]: producer gemm_0_pm_pn, consumer gemm_1_pm_pn; ids in flat order.
  ASSERT_EQ(g.streamInsts.size(), 4u);
  EXPECT_EQ(g.streamInsts[3].name, "pipe[0][1][1]");
  EXPECT_EQ(g.streamInsts[3].index, (ir::Shape{0, 1, 1}));
  EXPECT_EQ(g.instances[static_cast<std::size_t>(g.streamInsts[3].producer)].name, "gemm_0_1_1");
  EXPECT_EQ(g.instances[static_cast<std::size_t>(g.streamInsts[3].consumer)].name, "gemm_1_1_1");
  EXPECT_EQ(g.streamInstId(0, {0, 1, 0}), 2);
  EXPECT_EQ(instance(g, "gemm_1_1_0").inStreams, (std::vector<int>{2}));
  EXPECT_TRUE(instance(g, "gemm_1_1_0").outStreams.empty());
  const auto& put = std::get<ir::PutStmt>(g.instances[3].body[4].node);
  EXPECT_EQ(put.stream.inst, 3);
  EXPECT_EQ(g.instances[3].body[4].loc.pointer, "/tasks/gemm/body/4/then/0");
}

TEST(Elaborate, SplitKGemmFollowsParamOverrides) {
  GraphOptions o;
  o.paramOverrides["Pk"] = 4;
  ir::Graph g = loadGood("gemm_splitk.json", o);
  EXPECT_EQ(g.instances.size(), 16u);
  EXPECT_EQ(g.streamInsts.size(), 12u);
  EXPECT_EQ(shape(instance(g, "gemm_2_0_0").body), "load load get matmul put");
}

TEST(Elaborate, SystolicArrayBordersDrainsAndPEs) {
  ir::Graph g = loadGood("systolic.json");
  ASSERT_EQ(g.instances.size(), 36u);
  EXPECT_EQ(shape(instance(g, "gemm_0_0").body), "");                    // corner
  EXPECT_EQ(shape(instance(g, "gemm_2_0").body), "for(k@0){load put}");  // row loader
  EXPECT_EQ(shape(instance(g, "gemm_0_3").body), "for(k@0){load put}");  // column loader
  EXPECT_EQ(shape(instance(g, "gemm_5_2").body), "for(k@0){get}");       // drain
  EXPECT_EQ(shape(instance(g, "gemm_2_2").body), "zero for(k@0){get get mac put put} store");
  // fifo_A[i][j] for i in 1..4, j in 1..5 and the same for fifo_B transposed: 40 streams.
  EXPECT_EQ(g.streamInsts.size(), 40u);
  int a23 = g.streamInstId(0, {2, 3});
  ASSERT_GE(a23, 0);
  EXPECT_EQ(streamName(g, a23), "fifo_A[2][3]");
  EXPECT_EQ(g.instances[static_cast<std::size_t>(g.streamInsts[static_cast<std::size_t>(a23)].producer)].name, "gemm_2_2");
  EXPECT_EQ(g.instances[static_cast<std::size_t>(g.streamInsts[static_cast<std::size_t>(a23)].consumer)].name, "gemm_2_3");
  EXPECT_EQ(g.streamInstId(0, {0, 0}), -1);  // unused elements do not exist
  EXPECT_EQ(instance(g, "gemm_2_2").inStreams.size(), 2u);
  EXPECT_EQ(instance(g, "gemm_2_2").outStreams.size(), 2u);
}

TEST(Elaborate, LoopIndexedStreamsAreEnumerated) {
  ir::Graph g = loadGood("scatter_gather.json");
  ASSERT_EQ(g.instances.size(), 6u);  // scatter, worker_0..3, gather
  EXPECT_EQ(g.instances[1].name, "worker_0");
  const ir::Instance& sc = g.instances[0];
  EXPECT_EQ(sc.outStreams, (std::vector<int>{0, 1, 2, 3}));
  EXPECT_EQ(sc.numSlots, 2);
  // The put's index depends on p (slot 1): resolved at run time.
  const auto& outer = std::get<ir::ForStmt>(sc.body[0].node);
  const auto& inner = std::get<ir::ForStmt>(outer.body[0].node);
  const auto& put = std::get<ir::PutStmt>(inner.body[1].node);
  EXPECT_EQ(put.stream.inst, -1);
  EXPECT_EQ(put.stream.index[0]->slot, 1);
  EXPECT_EQ(g.instances[5].inStreams, (std::vector<int>{4, 5, 6, 7}));
  EXPECT_EQ(g.streamInsts[5].name, "done[1]");
  EXPECT_EQ(g.streamInsts[5].producer, 2);
  EXPECT_EQ(g.streamInsts[5].consumer, 5);
  // A run-time if on loop variables stays an IfStmt with its condition bound to slots.
  EXPECT_EQ(shape(g.instances[5].body), "for(r@0){for(p@1){if(p % 2 == 0){get}else{get} store}}");
  // cycles folded.
  const auto& wf = std::get<ir::ForStmt>(g.instances[1].body[0].node);
  EXPECT_EQ(ir::toString(*std::get<ir::ComputeStmt>(wf.body[1].node).cycles), "128");
}

TEST(Elaborate, MetaIfPartiallyFoldsMixedConditions) {
  std::string task = R"("w": {"mapping": [3], "coords": ["c"],
      "locals": {"x": {"dtype": "i32", "shape": []}},
      "body": [{"for": "k", "range": 4, "body": [
        {"if": "c > 0 && k == 0", "then": [{"compute": "zero", "out": "x"}],
         "elif": [{"if": "c == 2", "then": [{"compute": "relu", "in": ["x"], "out": "x"}]}],
         "else": [{"compute": "copy", "in": ["x"], "out": "x"}]}]}]})";
  Diagnostics d;
  auto g = parse(wrapTask(task), d);
  ASSERT_TRUE(g) << d.str();
  EXPECT_EQ(shape(g->instances[0].body), "for(k@0){copy}");
  EXPECT_EQ(shape(g->instances[1].body), "for(k@0){if(k == 0){zero}else{copy}}");
  EXPECT_EQ(shape(g->instances[2].body), "for(k@0){if(k == 0){zero}else{relu}}");
}

TEST(Elaborate, SlotsFollowNestingAndSiblingsReuseThem) {
  std::string task = R"("w": {"mapping": [1],
      "locals": {"x": {"dtype": "i32", "shape": []}},
      "body": [{"for": "a", "range": 2, "body": [{"for": "b", "range": ["a", 4, 2], "body": [
                  {"for": "c", "range": 2, "body": [{"compute": "zero", "out": "x"}]}]}]},
               {"for": "d", "range": 3, "body": [{"compute": "zero", "out": "x"}]},
               {"for": "a", "range": 3, "body": [{"compute": "zero", "out": "x"}]}]})";
  Diagnostics d;
  auto g = parse(wrapTask(task), d);
  ASSERT_TRUE(g) << d.str();
  EXPECT_EQ(shape(g->instances[0].body), "for(a@0){for(b@1){for(c@2){zero}}} for(d@0){zero} for(a@0){zero}");
  EXPECT_EQ(g->instances[0].numSlots, 3);
  const auto& b = std::get<ir::ForStmt>(std::get<ir::ForStmt>(g->instances[0].body[0].node).body[0].node);
  EXPECT_EQ(b.lo->slot, 0);
  EXPECT_EQ(ir::toString(*b.step), "2");
}

// The initiation interval is specialised per instance (coordinates folded, enclosing loop variables
// bound to their slots); loops without the hint have none.
TEST(Elaborate, PipelineInitiationIntervalIsSpecialised) {
  std::string task = R"("w": {"mapping": [2], "coords": ["c"],
      "locals": {"x": {"dtype": "i32", "shape": []}},
      "body": [{"for": "a", "range": 2, "body": [
                 {"for": "b", "range": 4, "pipeline": {"ii": "c + a + T"}, "body": [
                   {"if": "b > 1", "then": [{"compute": "zero", "out": "x"}]}]}]},
               {"for": "d", "range": 3, "pipeline": {"ii": "c + 1"}, "body": [{"compute": "zero", "out": "x"}]},
               {"for": "e", "range": 3, "body": [{"compute": "zero", "out": "x"}]}]})";
  Diagnostics d;
  auto g = parse(wrapTask(task), d);
  ASSERT_TRUE(g) << d.str();
  for (int c = 0; c < 2; ++c) {
    const ir::Block& body = g->instances[static_cast<std::size_t>(c)].body;
    const auto& inner = std::get<ir::ForStmt>(std::get<ir::ForStmt>(body[0].node).body[0].node);
    ASSERT_TRUE(inner.ii);
    ASSERT_FALSE(inner.ii->isConst());
    std::int64_t frame[2] = {1, 0};  // a = 1
    EXPECT_EQ(ir::eval(*inner.ii, frame), c + 1 + 4);
    const auto& second = std::get<ir::ForStmt>(body[1].node);
    ASSERT_TRUE(second.ii && second.ii->isConst());
    EXPECT_EQ(second.ii->value, c + 1);
    EXPECT_FALSE(std::get<ir::ForStmt>(body[2].node).ii);
  }
}

TEST(Elaborate, StaticOffsetChecksOnlyReportCertainErrors) {
  auto run = [](const std::string& body) {
    std::string task = R"J("w": {"mapping": [2], "coords": ["c"],
        "args": {"x": {"tensor": "X", "layout": ["S(0)", "R"]}},
        "locals": {"t": {"dtype": "i16", "shape": [2, 8]}},
        "body": )J" + body + "}";
    Diagnostics d;
    parse(wrapTask(task), d);
    return d;
  };
  // The shard is 4x8 (N = 8 rows over 2 instances); tiles are 2x8.
  Diagnostics ok = run(R"([{"for": "k", "range": 2, "body": [{"load": "x", "at": ["k * 2", 0], "into": "t"}]}])");
  EXPECT_FALSE(ok.hasErrors()) << ok.str();
  Diagnostics bad = run(R"([{"for": "k", "range": 3, "body": [{"load": "x", "at": ["k * 2", 0], "into": "t"}]}])");
  EXPECT_TRUE(hasDiag(bad, "/tasks/w/body/0/body/0/at/0", "offsets reach 4 and the tile ends at 6 > 4")) << bad.str();
  EXPECT_TRUE(hasDiag(bad, "/tasks/w/body/0/body/0/at/0", "(in instance w_0 and 1 other instance)")) << bad.str();
  // Guarded by a run-time if: left to the simulator.
  Diagnostics guarded = run(R"([{"for": "k", "range": 3, "body": [{"if": "k < 2", "then": [
      {"load": "x", "at": ["k * 2", 0], "into": "t"}]}]}])");
  EXPECT_FALSE(guarded.hasErrors()) << guarded.str();
  // i - i is not exact: no error although its bound reaches past the shard.
  Diagnostics inexact = run(R"([{"for": "k", "range": 3, "body": [{"load": "x", "at": ["k - k + 2", 0], "into": "t"}]}])");
  EXPECT_FALSE(inexact.hasErrors()) << inexact.str();
  // Coordinates fold: instance 1 reads past its shard, instance 0 does not.
  Diagnostics coord = run(R"([{"load": "x", "at": ["c * 3", 0], "into": "t"}])");
  EXPECT_TRUE(hasDiag(coord, "/tasks/w/body/0/at/0", "at [3, 0] does not fit in the local shard 4x8")) << coord.str();
  EXPECT_TRUE(hasDiag(coord, "/tasks/w/body/0/at/0", "(in instance w_1)")) << coord.str();
  Diagnostics neg = run(R"([{"store": "x", "at": [-1, 0], "from": "t"}])");
  EXPECT_TRUE(hasDiag(neg, "/tasks/w/body/0/at/0", "the offset can be -1 < 0")) << neg.str();
}

TEST(Elaborate, EndpointErrorsNameInstancesAndStatements) {
  std::string tasks = R"("p": {"mapping": [2], "coords": ["i"],
        "locals": {"x": {"dtype": "i32", "shape": []}},
        "body": [{"compute": "zero", "out": "x"}, {"put": "s[0]", "from": "x"}]},
      "c": {"mapping": [1], "locals": {"x": {"dtype": "i32", "shape": []}},
        "body": [{"get": "s[1]", "into": "x"}]})";
  Diagnostics d;
  EXPECT_FALSE(parse(wrapTask(tasks, R"("s": {"dtype": "i32", "tile": [], "depth": 2, "array": [2]})"), d));
  EXPECT_TRUE(hasDiag(d, "/tasks/p/body/1", "stream 's[0]' has 2 producers: p_0 (/tasks/p/body/1) and p_1 (/tasks/p/body/1)")) << d.str();
  EXPECT_TRUE(hasDiag(d, "/tasks/p/body/1", "stream 's[0]' is put by p_0 (/tasks/p/body/1) and p_1 (/tasks/p/body/1) but no instance gets from it")) << d.str();
  EXPECT_TRUE(hasDiag(d, "/tasks/c/body/0", "stream 's[1]' is read by c (/tasks/c/body/0) but no instance puts to it")) << d.str();
}

TEST(Elaborate, UnusedStreamIsAWarningOnly) {
  std::string task = R"("w": {"mapping": [1], "locals": {"x": {"dtype": "i32", "shape": []}},
      "body": [{"compute": "zero", "out": "x"}]})";
  Diagnostics d;
  auto g = parse(wrapTask(task, R"("s": {"dtype": "i32", "tile": [], "depth": 2})"), d);
  ASSERT_TRUE(g) << d.str();
  EXPECT_TRUE(hasDiag(d, "/streams/s", "declared but no task uses it")) << d.str();
  EXPECT_TRUE(g->streamInsts.empty());
  EXPECT_EQ(g->streamInstOf, (std::vector<std::vector<int>>{{-1}}));
}

TEST(Elaborate, EnumerationIsCapped) {
  std::string tasks = R"("p": {"mapping": [1], "locals": {"x": {"dtype": "i32", "shape": []}},
        "body": [{"for": "k", "range": 100000000, "body": [{"put": "s[k % 2]", "from": "x"}]}]},
      "c": {"mapping": [1], "locals": {"x": {"dtype": "i32", "shape": []}},
        "body": [{"for": "k", "range": 10, "body": [{"get": "s[k % 2]", "into": "x"}]}]})";
  Diagnostics d;
  EXPECT_FALSE(parse(wrapTask(tasks, R"("s": {"dtype": "i32", "tile": [], "depth": 2, "array": [2]})"), d));
  EXPECT_TRUE(hasDiag(d, "/tasks/p/body/0", "more than 4000000 loop iterations")) << d.str();
}

TEST(Elaborate, GuardedMetaIfDoesNotDivideByZero) {
  std::string task = R"("w": {"mapping": [3], "coords": ["c"],
      "locals": {"x": {"dtype": "i32", "shape": []}},
      "body": [{"if": "c > 0 && 8 / c > 4", "then": [{"compute": "zero", "out": "x"}],
                "else": [{"compute": "copy", "in": ["x"], "out": "x"}]}]})";
  Diagnostics d;
  auto g = parse(wrapTask(task), d);
  ASSERT_TRUE(g) << d.str();
  EXPECT_EQ(shape(g->instances[0].body), "copy");
  EXPECT_EQ(shape(g->instances[1].body), "zero");
  EXPECT_EQ(shape(g->instances[2].body), "copy");
}
