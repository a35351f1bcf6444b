// The deadlock corpus (tests/examples/deadlock/): each graph must end in Outcome::Deadlock on
// every config, and the report must name the instances and streams that are stuck.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "example_util.h"

namespace datosim::testing {
namespace {

namespace fs = std::filesystem;

std::string deadlockPath(const std::string& name) {
  return (fs::path(DATOSIM_SOURCE_DIR) / "tests" / "examples" / "deadlock" / (name + ".json")).string();
}

struct SimRun {
  ir::Graph graph;
  sim::Report report;
};

// Load and simulate; ASSERT-style failures leave `out` empty.
void run(const std::string& name, const std::string& config, std::optional<SimRun>& out,
         const std::map<std::string, std::int64_t>& overrides = {}) {
  std::string error;
  auto g = loadGraphFile(deadlockPath(name), error, overrides);
  ASSERT_TRUE(g) << error;
  auto arch = loadConfig(config, error);
  ASSERT_TRUE(arch) << error;
  sim::SimOptions opts;
  opts.maxCycles = 100'000'000;  // a deadlock must be detected, not run into a limit
  sim::Report r = sim::simulate(*g, arch->arch, *arch->model, opts);
  out = SimRun{std::move(*g), std::move(r)};
}

const sim::BlockedWait* findBlocked(const SimRun& run, const std::string& instance) {
  int id = run.graph.findInstance(instance);
  for (const sim::BlockedWait& w : run.report.deadlock.blocked)
    if (w.instance == id) return &w;
  return nullptr;
}

bool inCycle(const SimRun& run, const std::string& instance) {
  int id = run.graph.findInstance(instance);
  const std::vector<int>& c = run.report.deadlock.cycle;
  return id >= 0 && std::find(c.begin(), c.end(), id) != c.end();
}

class DeadlockOnConfig : public ::testing::TestWithParam<std::string> {};

// The consumer asks for one tile more than the producer sends.
TEST_P(DeadlockOnConfig, CountMismatch) {
  std::optional<SimRun> r;
  run("count_mismatch", GetParam(), r);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->report.outcome, sim::Outcome::Deadlock) << sim::outcomeName(r->report.outcome);
  const ir::Graph& g = r->graph;
  const sim::BlockedWait* w = findBlocked(*r, "consumer");
  ASSERT_NE(w, nullptr) << describeDeadlock(g, r->report);
  EXPECT_TRUE(w->waitingForData);
  EXPECT_EQ(streamName(g, r->report, w->stream), "s");
  EXPECT_EQ(instanceName(g, w->waitsOn), "producer");
  EXPECT_TRUE(w->waitsOnFinished) << "the producer has sent all it will";
  EXPECT_EQ(w->loc.file, deadlockPath("count_mismatch"));
  EXPECT_NE(w->loc.pointer.find("/tasks/consumer/body"), std::string::npos) << w->loc.pointer;
  EXPECT_EQ(r->report.deadlock.blocked.size(), 1u) << describeDeadlock(g, r->report);
  EXPECT_TRUE(r->report.deadlock.cycle.empty()) << describeDeadlock(g, r->report);
  // The producer did finish, after putting all its tiles, and the consumer took every one.
  EXPECT_GE(r->report.instances[g.findInstance("producer")].finish, 0);
  EXPECT_EQ(r->report.instances[g.findInstance("consumer")].finish, -1);
  ASSERT_EQ(r->report.streams.size(), 1u);
  EXPECT_EQ(r->report.streams[0].tokens, param(g, "NT"));
  EXPECT_EQ(r->report.streams[0].left, 0);
}

// Two stages wait for each other's first token: a cycle of two gets.
TEST_P(DeadlockOnConfig, CyclicWait) {
  std::optional<SimRun> r;
  run("cyclic_wait", GetParam(), r);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->report.outcome, sim::Outcome::Deadlock) << sim::outcomeName(r->report.outcome);
  const ir::Graph& g = r->graph;
  const sim::BlockedWait* update = findBlocked(*r, "update");
  const sim::BlockedWait* acc = findBlocked(*r, "accumulate");
  ASSERT_NE(update, nullptr) << describeDeadlock(g, r->report);
  ASSERT_NE(acc, nullptr) << describeDeadlock(g, r->report);
  EXPECT_TRUE(update->waitingForData);
  EXPECT_EQ(streamName(g, r->report, update->stream), "back");
  EXPECT_EQ(instanceName(g, update->waitsOn), "accumulate");
  EXPECT_FALSE(update->waitsOnFinished);
  EXPECT_TRUE(acc->waitingForData);
  EXPECT_EQ(streamName(g, r->report, acc->stream), "fwd");
  EXPECT_EQ(instanceName(g, acc->waitsOn), "update");
  EXPECT_EQ(r->report.deadlock.cycle.size(), 2u) << describeDeadlock(g, r->report);
  EXPECT_TRUE(inCycle(*r, "update"));
  EXPECT_TRUE(inCycle(*r, "accumulate"));
  for (const sim::StreamStats& s : r->report.streams) EXPECT_EQ(s.tokens, 0) << s.name;
}

// One feeder streams the rows of A one after another: row 1 runs ahead of row 2 by K values,
// more than the FIFOs hold, and the feeder, PE (1,1) and PE (2,1) end up waiting on each other.
TEST_P(DeadlockOnConfig, SystolicSkewNeedsDeeperFifos) {
  std::optional<SimRun> r;
  run("systolic_skewed_feed", GetParam(), r);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->report.outcome, sim::Outcome::Deadlock) << sim::outcomeName(r->report.outcome);
  const ir::Graph& g = r->graph;
  const sim::BlockedWait* feed = findBlocked(*r, "feed_a");
  ASSERT_NE(feed, nullptr) << describeDeadlock(g, r->report);
  EXPECT_FALSE(feed->waitingForData) << "the feeder is stuck on a full FIFO";
  EXPECT_EQ(streamName(g, r->report, feed->stream), "fifo_A[1][1]");
  EXPECT_EQ(instanceName(g, feed->waitsOn), "gemm_1_1");
  const sim::BlockedWait* pe21 = findBlocked(*r, "gemm_2_1");
  ASSERT_NE(pe21, nullptr) << describeDeadlock(g, r->report);
  EXPECT_TRUE(pe21->waitingForData);
  EXPECT_EQ(streamName(g, r->report, pe21->stream), "fifo_A[2][1]");
  EXPECT_EQ(instanceName(g, pe21->waitsOn), "feed_a");
  EXPECT_FALSE(r->report.deadlock.cycle.empty()) << describeDeadlock(g, r->report);
  EXPECT_TRUE(inCycle(*r, "feed_a")) << describeDeadlock(g, r->report);
  // No PE finished, and idle corners and the idle loader column did.
  EXPECT_EQ(r->report.instances[g.findInstance("gemm_1_1")].finish, -1);
  EXPECT_GE(r->report.instances[g.findInstance("gemm_0_0")].finish, 0);
}

// The same graph with FIFOs as deep as the skew completes and does all the work.
TEST_P(DeadlockOnConfig, SystolicSkewCompletesWithDeepFifos) {
  std::optional<SimRun> r;
  run("systolic_skewed_feed", GetParam(), r, {{"D", 16}});
  ASSERT_TRUE(r);
  ASSERT_EQ(param(r->graph, "K"), 16) << "the override depth must cover K";
  ASSERT_EQ(r->report.outcome, sim::Outcome::Completed)
      << sim::outcomeName(r->report.outcome) << "\n" << describeDeadlock(r->graph, r->report);
  EXPECT_EQ(r->report.macs, param(r->graph, "M") * param(r->graph, "N") * param(r->graph, "K"));
  for (const sim::StreamStats& s : r->report.streams) EXPECT_EQ(s.left, 0) << s.name;
}

INSTANTIATE_TEST_SUITE_P(Configs, DeadlockOnConfig, ::testing::Values("npu4x4", "u280"),
                         [](const ::testing::TestParamInfo<std::string>& i) { return i.param; });

}  // namespace
}  // namespace datosim::testing
