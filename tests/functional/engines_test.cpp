// The local-time engine (gets and puts ahead of SystemC time) against the reference engine (every get
// and put synchronised, SimOptions::synchronised) on randomised graphs, with and without data: the same
// outcome, cycles, statistics and output tensors (docs/performance.md, "Local time for gets and puts").
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "../examples/example_util.h"
#include "data/random.h"
#include "frontend/frontend.h"
#include "random_graph.h"
#include "report_compare.h"
#include "sim/reference.h"

namespace datosim::testing {
namespace {

// The same timeline (sim/trace.h), event for event.
void expectSameTrace(const sim::Trace& a, const sim::Trace& b) {
  ASSERT_EQ(a.events().size(), b.events().size());
  for (std::size_t i = 0; i < a.events().size(); ++i) {
    const sim::TraceEvent &x = a.events()[i], &y = b.events()[i];
    ASSERT_TRUE(x.begin == y.begin && x.end == y.end && x.value == y.value && x.track == y.track && x.kind == y.kind)
        << "event " << i << " differs: kind " << static_cast<int>(x.kind) << " / " << static_cast<int>(y.kind)
        << ", track " << x.track << " / " << y.track << ", [" << x.begin << ", " << x.end << ") / [" << y.begin << ", "
        << y.end << "), value " << x.value << " / " << y.value;
  }
  EXPECT_EQ(a.holders, b.holders);
  EXPECT_EQ(a.resources, b.resources);
}

TEST(Engines, LocalTimeAndSynchronisedAgreeOnRandomGraphsWithAndWithoutData) {
  std::mt19937 rng(20261203);
  int deadlocks = 0, completed = 0, written = 0;
  for (int graph = 0; graph < 40; ++graph) {
    const bool starve = graph % 5 == 4;
    const std::string text = randomGraph(rng, starve);
    SCOPED_TRACE("graph " + std::to_string(graph) + ": " + text);
    Diagnostics d;
    auto g = frontend::parseGraph(text, "random.json", {}, d);
    ASSERT_TRUE(g) << d.str();
    for (const char* config : {"u280", "npu4x4"}) {
      SCOPED_TRACE(config);
      std::string error;
      auto a = loadConfig(config, error);
      ASSERT_TRUE(a) << error;
      sim::SimOptions fast, exact;
      exact.synchronised = true;
      sim::Trace timeline;  // recorded without data; the runs with data must give the same, event for event
      fast.trace = &timeline;
      expectSameReport(sim::simulate(*g, a->arch, *a->model, fast), sim::simulate(*g, a->arch, *a->model, exact));
      EXPECT_GT(timeline.events().size(), 0u);

      std::vector<data::Buffer> in = sim::makeTensorBuffers(*g);
      data::fillRandom(in[0], static_cast<std::uint64_t>(graph) + 1);
      std::vector<data::Buffer> t1 = in, t2 = in;
      fast.tensors = &t1;
      exact.tensors = &t2;
      sim::Trace timeline1, timeline2;
      fast.trace = &timeline1;
      exact.trace = &timeline2;
      const sim::Report r1 = sim::simulate(*g, a->arch, *a->model, fast);
      const sim::Report r2 = sim::simulate(*g, a->arch, *a->model, exact);
      expectSameReport(r1, r2);
      EXPECT_TRUE(t1 == t2) << "the output tensors differ between the engines";
      expectSameTrace(timeline, timeline1);
      expectSameTrace(timeline1, timeline2);
      EXPECT_TRUE(r1.outcome == sim::Outcome::Completed || r1.outcome == sim::Outcome::Deadlock)
          << sim::outcomeName(r1.outcome);
      if (starve) {
        EXPECT_EQ(r1.outcome, sim::Outcome::Deadlock);
      }
      (r1.outcome == sim::Outcome::Deadlock ? deadlocks : completed) += 1;
      written += r1.outcome == sim::Outcome::Completed && !(t1[1] == in[1]) ? 1 : 0;
    }
  }
  // The generator makes both kinds: a starving branch deadlocks the join, and so can shallow FIFOs
  // around pipelined loops on the HLS model (the fork-join deadlock HLS dataflow designs are known for).
  EXPECT_GE(deadlocks, 16);
  EXPECT_GE(completed, 40);
  EXPECT_GE(written, 40);
}

TEST(Engines, LocalTimeAndSynchronisedAgreeOnEveryExampleWithData) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(fs::path(DATOSIM_SOURCE_DIR) / "examples"))
    if (e.path().extension() == ".json") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 5u);
  for (const std::string& file : files) {
    for (const char* config : {"npu4x4", "u280"}) {
      SCOPED_TRACE(file + " on " + config);
      std::string error;
      auto g = loadGraphFile(file, error);
      ASSERT_TRUE(g) << error;
      auto a = loadConfig(config, error);
      ASSERT_TRUE(a) << error;
      std::vector<data::Buffer> t1 = sim::makeTensorBuffers(*g);
      for (std::size_t i = 0; i < t1.size(); ++i)
        if (g->tensors[i].role != ir::TensorRole::Output) data::fillRandom(t1[i], 11 + i);
      std::vector<data::Buffer> t2 = t1;
      sim::SimOptions fast, exact;
      fast.tensors = &t1;
      exact.tensors = &t2;
      exact.synchronised = true;
      const sim::Report r1 = sim::simulate(*g, a->arch, *a->model, fast);
      const sim::Report r2 = sim::simulate(*g, a->arch, *a->model, exact);
      EXPECT_EQ(r1.outcome, sim::Outcome::Completed);
      expectSameReport(r1, r2);
      EXPECT_TRUE(t1 == t2) << "the tensors differ between the engines";
    }
  }
}

}  // namespace
}  // namespace datosim::testing
