// --size-fifos: depths known by hand, every sized depth checked against simulations of its neighbours,
// and the depths file read back by --depths.
#include "pipeline/fifo_sizing.h"
#include "pipeline/run.h"
#include "arch/timing_model.h"
#include "tests/tools/cli_util.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

using datosim::testing::CliRun;
using datosim::testing::CliTest;
using datosim::testing::run;
using namespace datosim;

namespace {

// A puts N tokens on `first`, then N on `second`; C gets `second` then `first`, N times, and computes 10
// cycles each. C cannot take a token of `first` before A has put all N of them, so `first` needs depth N
// (N - 1 deadlocks), and `second` needs 1: A puts faster than C takes.
std::string forkJoin(int n) {
  std::ostringstream s;
  s << R"({"format": "datosim-graph/1", "name": "fj", "params": {"N": )" << n << R"(},
  "streams": {"first": {"dtype": "i32", "tile": [], "depth": 2}, "second": {"dtype": "i32", "tile": [], "depth": 2}},
  "tasks": {
    "a": {"mapping": [1], "coords": ["i"], "locals": {"x": {"dtype": "i32", "shape": []}},
          "body": [{"for": "k", "range": "N", "body": [{"put": "first", "from": "x"}]},
                   {"for": "k", "range": "N", "body": [{"put": "second", "from": "x"}]}]},
    "c": {"mapping": [1], "coords": ["i"], "locals": {"y": {"dtype": "i32", "shape": []}},
          "body": [{"for": "k", "range": "N", "body": [
                     {"get": "second", "into": "y"}, {"get": "first", "into": "y"},
                     {"compute": "custom", "in": ["y"], "cycles": 10}]}]}
  }})";
  return s.str();
}

pipeline::RunResult prepare(const std::string& graph, const std::string& arch) {
  pipeline::RunOptions o;
  o.graph = graph;
  o.arch = arch;
  o.configDirs = {DATOSIM_CONFIG_DIR};
  o.prepareOnly = true;
  o.functional = pipeline::Functional::Off;
  return pipeline::run(o);
}

// Whether the graph with these depths completes within `target` cycles.
bool passes(ir::Graph& g, const pipeline::RunResult& r, bool placed, std::int64_t target) {
  const auto model = arch::createTimingModel(*r.arch);
  sim::SimOptions o;
  o.mapping = placed && r.mapping ? &*r.mapping : nullptr;
  const sim::Report rep = sim::simulate(g, *r.arch, *model, o);
  return rep.outcome == sim::Outcome::Completed && rep.cycles <= target;
}

}  // namespace

TEST_F(CliTest, SizeFifosFindsTheDepthsKnownByHand) {
  for (int n : {3, 8, 20}) {
    for (const char* arch : {"u280", "npu4x4"}) {
      SCOPED_TRACE(std::to_string(n) + " tokens on " + arch);
      const std::string g = write("fj.json", forkJoin(n));
      pipeline::RunResult r = prepare(g, arch);
      ASSERT_EQ(r.status, pipeline::Status::Mapped);
      const pipeline::FifoSizing s = pipeline::sizeFifos(*r.graph, *r.arch, &*r.mapping, 0.0, 0);
      ASSERT_TRUE(s.ok()) << s.error;
      EXPECT_EQ(s.graphOutcome, sim::Outcome::Deadlock);  // depth 2 < N
      ASSERT_EQ(s.streams.size(), 2u);
      EXPECT_EQ(s.streams[0].name, "first");
      EXPECT_EQ(s.streams[0].sizedDepth, n);
      EXPECT_EQ(s.streams[0].deepDepth, n);
      EXPECT_EQ(s.streams[0].peak, n);
      EXPECT_EQ(s.streams[1].sizedDepth, 1);
      EXPECT_EQ(s.sizedCycles, s.deepCycles);
      // The graph's depths are back as they were.
      EXPECT_EQ(r.graph->streams[0].depth, 2);
      EXPECT_EQ(r.graph->streams[1].depth, 2);
    }
  }
}

TEST_F(CliTest, EverySizedDepthIsTheSmallestThatPassesWithTheOthersSized) {
  // On the examples, the systolic array and a graph that deadlocks with its own depths: the sized
  // depths pass, and one less on any stream (the others kept) deadlocks or runs past the tolerance.
  int checked = 0;
  for (const char* name : {"examples/systolic_gemm.json", "examples/ffn.json", "examples/attention.json",
                           "examples/pipeline3.json", "tests/examples/deadlock/systolic_skewed_feed.json"}) {
    for (const char* arch : {"u280", "npu4x4"}) {
      for (double tol : {0.0, 0.05}) {
        SCOPED_TRACE(std::string(name) + " on " + arch + ", tolerance " + std::to_string(tol));
        pipeline::RunResult r = prepare(std::string(DATOSIM_SOURCE_DIR) + "/" + name, arch);
        ASSERT_EQ(r.status, pipeline::Status::Mapped);
        const pipeline::FifoSizing s = pipeline::sizeFifos(*r.graph, *r.arch, &*r.mapping, tol, 0);
        ASSERT_TRUE(s.ok()) << s.error;
        EXPECT_LE(s.sizedCycles, s.target);
        EXPECT_LE(s.target, s.deepCycles + static_cast<std::int64_t>(static_cast<double>(s.deepCycles) * tol));
        ir::Graph& g = *r.graph;
        for (std::size_t i = 0; i < g.streams.size(); ++i) g.streams[i].depth = s.streams[i].sizedDepth;
        EXPECT_TRUE(passes(g, r, true, s.target));
        for (std::size_t i = 0; i < g.streams.size(); ++i) {
          EXPECT_LE(s.streams[i].sizedDepth, s.streams[i].deepDepth);
          if (s.streams[i].sizedDepth == 1) continue;
          --g.streams[i].depth;
          EXPECT_FALSE(passes(g, r, true, s.target)) << g.streams[i].name << " at " << g.streams[i].depth << " passes too";
          ++g.streams[i].depth;
          ++checked;
        }
      }
    }
  }
  EXPECT_GE(checked, 4);  // some streams need more than one slot (the skewed feed)
}

TEST_F(CliTest, SizeFifosWritesDepthsThatDepthsReadsBack) {
  const std::string g = write("fj.json", forkJoin(6));
  const std::string d = (dir_ / "d.json").string();
  CliRun r = run({g, "--arch=u280", "--size-fifos=0%", "--depths-out", d});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("graph depths: deadlock at cycle"), std::string::npos) << r.out;
  const nlohmann::json j = nlohmann::json::parse(std::ifstream(d));
  EXPECT_EQ(j["format"], "datosim-depths/1");
  EXPECT_EQ(j["depths"]["first"], 6);
  EXPECT_EQ(j["depths"]["second"], 1);
  // With the depths, the graph that deadlocked completes, in the sized cycles.
  EXPECT_EQ(run({g, "--arch=u280", "-q"}).code, 3);
  CliRun again = run({g, "--arch=u280", "--depths", d, "--json", "-"});
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_EQ(nlohmann::json::parse(again.out)["cycles"], j["cycles"]["sized"]);
  // The same bytes every time.
  const std::string d2 = (dir_ / "d2.json").string();
  ASSERT_EQ(run({g, "--arch=u280", "--size-fifos=0%", "--depths-out", d2, "-q"}).code, 0);
  std::ifstream a(d), b(d2);
  std::stringstream sa, sb;
  sa << a.rdbuf();
  sb << b.rdbuf();
  EXPECT_EQ(sa.str(), sb.str());
}

TEST_F(CliTest, SizeFifosAndDepthsSayWhatIsWrong) {
  const std::string g = write("fj.json", forkJoin(4));
  // A graph that deadlocks whatever the depths.
  const CliRun mismatch = run({std::string(DATOSIM_SOURCE_DIR) + "/tests/examples/deadlock/count_mismatch.json",
                               "--arch=u280", "--size-fifos"});
  EXPECT_EQ(mismatch.code, 3);
  EXPECT_NE(mismatch.err.find("deadlocks even with FIFOs that never fill"), std::string::npos) << mismatch.err;
  for (const char* bad : {"--size-fifos=x", "--size-fifos=-1%", "--size-fifos=2000%", "--size-fifos=1%%"}) {
    const CliRun r = run({g, "--arch=u280", bad});
    EXPECT_EQ(r.code, 2) << bad;
    EXPECT_NE(r.err.find("expected a tolerance in percent"), std::string::npos) << r.err;
  }
  EXPECT_EQ(run({g, "--arch=u280", "--size-fifos", "--json", "r.json"}).code, 2);
  EXPECT_EQ(run({g, "--arch=u280", "--size-fifos", "--trace", "t.json"}).code, 2);
  EXPECT_EQ(run({g, "--arch=u280", "--depths-out", "d.json"}).code, 2);
  // Depths files: every error at its pointer, and nothing simulated.
  struct Case {
    std::string text, where;
  };
  for (const Case& c : {Case{R"({"format": "datosim-depths/1", "depths": {"frist": 2}})", "d.json:/depths/frist: error: graph 'fj' has no stream 'frist'"},
                        Case{R"({"format": "datosim-depths/1", "depths": {"first": 0}})", "d.json:/depths/first: error: a depth must be >= 1"},
                        Case{R"({"format": "datosim-depths/1", "depths": {"first": 1.5}})", "d.json:/depths/first: error:"},
                        Case{R"({"format": "datosim-depths/2", "depths": {}})", "d.json:/format: error: unsupported format"},
                        Case{R"({"format": "datosim-depths/1"})", "d.json: error: missing key 'depths'"},
                        Case{R"({"format": "datosim-depths/1", "depths": {}, "extra": 1})", "d.json:/extra: error: unknown key"},
                        Case{"{", "d.json: error: JSON syntax error"}}) {
    const std::string d = write("d.json", c.text);
    const CliRun r = run({g, "--arch=u280", "--depths", d, "-q"});
    EXPECT_EQ(r.code, 1) << c.text;
    EXPECT_NE(r.err.find(c.where), std::string::npos) << c.text << "\n" << r.err;
  }
  const CliRun missing = run({g, "--arch=u280", "--depths", (dir_ / "none.json").string(), "-q"});
  EXPECT_EQ(missing.code, 1);
  EXPECT_NE(missing.err.find("cannot read the depths: no such file"), std::string::npos) << missing.err;
  // Depths sized for another graph apply by stream name, with a warning.
  const std::string other = write("o.json", R"({"format": "datosim-depths/1", "graph": "other", "depths": {"first": 4, "second": 1}})");
  const CliRun warned = run({g, "--arch=u280", "--depths", other, "-q"});
  EXPECT_EQ(warned.code, 0) << warned.err;
  EXPECT_NE(warned.err.find("sized for graph 'other', not 'fj'"), std::string::npos) << warned.err;
}

TEST_F(CliTest, SizedDepthsReachTheGeneratedProject) {
  const std::string graph = std::string(DATOSIM_SOURCE_DIR) + "/examples/systolic_gemm.json";
  const std::string d = (dir_ / "d.json").string(), proj = (dir_ / "proj").string();
  ASSERT_EQ(run({graph, "--arch=u280", "--size-fifos=0%", "--depths-out", d, "-q"}).code, 0);
  const CliRun r = run({graph, "--arch=u280", "--depths", d, "--emit=hls", "--output-dir", proj, "-q"});
  ASSERT_EQ(r.code, 0) << r.err;
  std::ifstream k(proj + "/src/kernel.cpp");
  std::stringstream text;
  text << k.rdbuf();
  // The graph says depth 4; sized, every systolic FIFO is depth 1.
  EXPECT_NE(text.str().find("hls::stream<dsim::tile<float, 1>, 1>&"), std::string::npos);
  EXPECT_EQ(text.str().find("hls::stream<dsim::tile<float, 1>, 4>&"), std::string::npos);
}
