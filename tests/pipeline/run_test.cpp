// pipeline::run, the library call every front end goes through: what it returns at each stage, and that
// it reports user errors as a status and messages (nothing printed, nothing thrown).
#include "pipeline/run.h"

#include <gtest/gtest.h>

namespace datosim::pipeline {
namespace {

RunOptions options(const std::string& graph, const std::string& arch) {
  RunOptions o;
  o.graph = graph;
  o.arch = arch;
  o.configDirs = {DATOSIM_CONFIG_DIR};
  return o;
}

bool saidSomething(const RunResult& r, const std::string& text) {
  for (const Message& m : r.messages)
    if (m.text.find(text) != std::string::npos) return true;
  return false;
}

TEST(PipelineRun, SimulatesWithDataAndKeepsTheInputs) {
  RunOptions o = options("examples/pipeline3.json", "u280");
  o.keepTensors = true;
  o.check = true;
  const RunResult r = run(o);
  ASSERT_EQ(r.status, Status::Simulated);
  EXPECT_TRUE(r.completed());
  ASSERT_TRUE(r.mapping.has_value());
  EXPECT_TRUE(r.placed);
  EXPECT_GT(r.report.cycles, 0);
  EXPECT_TRUE(r.functional.enabled);
  EXPECT_TRUE(r.functional.checked);
  EXPECT_TRUE(r.functional.check.passed);
  ASSERT_EQ(r.tensors.size(), 2u);
  ASSERT_EQ(r.initialTensors.size(), 2u);
  EXPECT_TRUE(r.initialTensors[0] == r.tensors[0]);   // X, an input, is unchanged
  EXPECT_FALSE(r.initialTensors[1] == r.tensors[1]);  // Y was zeros before the run
}

TEST(PipelineRun, SameCyclesWithAndWithoutData) {
  RunOptions on = options("examples/systolic_gemm.json", "u280");
  on.functional = Functional::On;
  RunOptions off = on;
  off.functional = Functional::Off;
  const RunResult a = run(on), b = run(off);
  ASSERT_TRUE(a.completed() && b.completed());
  EXPECT_EQ(a.report.cycles, b.report.cycles);
  EXPECT_TRUE(b.tensors.empty());
}

TEST(PipelineRun, StagesAndFailuresAreStatuses) {
  RunOptions o = options("examples/pipeline3.json", "npu4x4");
  o.mapOnly = true;
  RunResult r = run(o);
  EXPECT_EQ(r.status, Status::Mapped);
  EXPECT_TRUE(r.mapping.has_value());

  r = run(options("no/such/graph.json", "u280"));
  EXPECT_EQ(r.status, Status::InvalidInput);
  EXPECT_TRUE(saidSomething(r, "nothing was simulated")) << r.messages.size();

  o = options("examples/pipeline3.json", "u280");
  o.params = {{"N", 1000}};  // T = 32 does not divide it: still a valid graph
  o.paramsText = {"N=1000"};
  r = run(o);
  EXPECT_EQ(r.status, Status::Simulated);

  r = run(options("examples/validation/autosa_mm_int8_u250.json", "u250"));
  EXPECT_EQ(r.status, Status::DoesNotFit);
  EXPECT_TRUE(saidSomething(r, "does not fit u250"));

  o = options("examples/validation/autosa_mm_int8_u250.json", "u250");
  o.timing = Timing::Free;
  o.mapOnly = false;
  o.functional = Functional::Off;
  o.maxCycles = 1000;
  r = run(o);
  EXPECT_EQ(r.status, Status::Simulated);  // placement-free, misfit only warned about
  EXPECT_FALSE(r.placed);
  EXPECT_TRUE(saidSomething(r, "simulated with the placement-free timing"));
}

// The end-to-end time adds the config's host.launch_us to the array's time, per family.
TEST(PipelineRun, EndToEndTimeAddsTheConfigsHostLaunch) {
  for (const char* arch : {"npu4x4", "npu2", "u280"}) {
    RunOptions o = options("examples/pipeline3.json", arch);
    o.functional = Functional::Off;
    const RunResult r = run(o);
    ASSERT_TRUE(r.completed()) << arch;
    const double launch = r.arch->get("host.launch_us") * 1e-6;
    EXPECT_GT(launch, 0) << arch;
    EXPECT_DOUBLE_EQ(r.report.hostSeconds, launch) << arch;
    EXPECT_DOUBLE_EQ(r.report.seconds, static_cast<double>(r.report.cycles) / r.report.clockHz) << arch;
  }
}

}  // namespace
}  // namespace datosim::pipeline
