// Functional simulation (docs/functional.md): tokens carry data, kernels compute, outputs are checked
// against the graph's reference. In-process tests of the simulator, the reference section and the CLI.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "../examples/example_util.h"
#include "data/npy.h"
#include "data/random.h"
#include "frontend/frontend.h"
#include "report_compare.h"
#include "sim/reference.h"
#include "tools/cli.h"

namespace datosim::testing {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kConfigs = {"npu4x4", "u280"};

std::vector<std::string> jsonFiles(const fs::path& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".json") files.push_back(it->path().string());
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> examples() { return jsonFiles(fs::path(DATOSIM_SOURCE_DIR) / "examples"); }
std::vector<std::string> miswired() {
  return jsonFiles(fs::path(DATOSIM_SOURCE_DIR) / "tests" / "functional" / "miswired");
}

struct CliRun {
  int code;
  std::string out, err;
};

CliRun cli(std::vector<std::string> args) {
  std::ostringstream out, err;
  int code = tools::runDatosim(args, out, err);
  return {code, out.str(), err.str()};
}

class TempDir {
 public:
  explicit TempDir(const std::string& suffix = "") {
    dir_ = fs::temp_directory_path() / ("datosim-fn-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name() + suffix);
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  ~TempDir() { fs::remove_all(dir_); }
  fs::path operator/(const std::string& name) const { return dir_ / name; }
  const fs::path& path() const { return dir_; }

 private:
  fs::path dir_;
};

std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string examplePath(const std::string& name) {
  return (fs::path(DATOSIM_SOURCE_DIR) / "examples" / name).string();
}

// ---- (d) functional mode does not change timing ----------------------------------------------

TEST(FunctionalTiming, EveryExampleHasIdenticalCyclesAndStatsWithDataOnAndOff) {
  for (const std::string& file : examples()) {
    for (const std::string& config : kConfigs) {
      SCOPED_TRACE(file + " on " + config);
      std::string error;
      auto g = loadGraphFile(file, error);
      ASSERT_TRUE(g) << error;
      auto a = loadConfig(config, error);
      ASSERT_TRUE(a) << error;
      sim::SimOptions off;
      const sim::Report r0 = sim::simulate(*g, a->arch, *a->model, off);
      std::vector<data::Buffer> tensors = sim::makeTensorBuffers(*g);
      for (std::size_t i = 0; i < tensors.size(); ++i)
        if (g->tensors[i].role != ir::TensorRole::Output) data::fillRandom(tensors[i], 7 + i);
      const std::vector<data::Buffer> before = tensors;
      sim::SimOptions on;
      on.tensors = &tensors;
      const sim::Report r1 = sim::simulate(*g, a->arch, *a->model, on);
      ASSERT_EQ(r0.outcome, sim::Outcome::Completed);
      ASSERT_EQ(r1.outcome, sim::Outcome::Completed);
      expectSameReport(r0, r1);
      // And the data did move: every output now differs from its all-zero start, inputs are untouched.
      for (std::size_t i = 0; i < tensors.size(); ++i) {
        if (g->tensors[i].role == ir::TensorRole::Input)
          EXPECT_EQ(tensors[i], before[i]) << g->tensors[i].name;
        else
          EXPECT_NE(tensors[i], before[i]) << g->tensors[i].name;
      }
    }
  }
}

// ---- the simulator's results against the reference, in-process -------------------------------

TEST(FunctionalSim, EveryExampleMatchesItsReferenceExactly) {
  // The examples' dataflow accumulates in the order of the whole-tensor kernels, so the results are
  // bit-identical to the reference (the tolerance is not even needed).
  for (const std::string& file : examples()) {
    SCOPED_TRACE(file);
    std::string error;
    auto g = loadGraphFile(file, error);
    ASSERT_TRUE(g) << error;
    ASSERT_TRUE(g->reference.present);
    auto a = loadConfig("npu4x4", error);
    ASSERT_TRUE(a) << error;
    std::vector<data::Buffer> tensors = sim::makeTensorBuffers(*g);
    for (std::size_t i = 0; i < tensors.size(); ++i)
      if (g->tensors[i].role != ir::TensorRole::Output) data::fillRandom(tensors[i], 100 + i);
    std::vector<data::Buffer> expected = tensors;
    ASSERT_EQ(sim::runReference(*g, expected), "");
    sim::SimOptions on;
    on.tensors = &tensors;
    ASSERT_EQ(sim::simulate(*g, a->arch, *a->model, on).outcome, sim::Outcome::Completed);
    for (std::size_t i = 0; i < tensors.size(); ++i) EXPECT_EQ(tensors[i], expected[i]) << g->tensors[i].name;
    const sim::CheckResult c = sim::compareWithReference(*g, expected, tensors);
    EXPECT_TRUE(c.passed);
  }
}

TEST(FunctionalSim, WrongTensorBuffersAreAReportedErrorNotACrash) {
  std::string error;
  auto g = loadGraphFile(examplePath("pipeline3.json"), error);
  ASSERT_TRUE(g) << error;
  auto a = loadConfig("npu4x4", error);
  ASSERT_TRUE(a) << error;
  std::vector<data::Buffer> tensors = sim::makeTensorBuffers(*g);
  tensors[0] = data::Buffer(ir::DType::I32, {2, 2});
  sim::SimOptions on;
  on.tensors = &tensors;
  const sim::Report r = sim::simulate(*g, a->arch, *a->model, on);
  EXPECT_EQ(r.outcome, sim::Outcome::RuntimeError);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_NE(r.errors[0].str().find("the buffer of tensor 'X' is i32 2x2, expected i16 1024x64"), std::string::npos)
      << r.errors[0].str();
}

// A functional run gets and puts ahead of SystemC time; a run-time error makes it run again with every
// get and put synchronised, from the tensors as they were: an inout tensor the first run already
// changed must not be changed twice.
TEST(FunctionalSim, ARunTimeErrorRunsAgainFromTheTensorsAsTheyWere) {
  const std::string text = R"({"format": "datosim-graph/1", "name": "inout_then_error", "params": {"N": 4},
  "tensors": {"X": {"dtype": "i32", "shape": ["N"], "role": "inout"}},
  "streams": {"s": {"dtype": "i32", "tile": [], "depth": 2}},
  "tasks": {
    "sq": {"mapping": [1], "args": {"x": {"tensor": "X", "layout": ["R"]}},
      "locals": {"v": {"dtype": "i32", "shape": []}, "acc": {"dtype": "i32", "shape": []}},
      "body": [
        {"for": "i", "range": "N", "body": [
          {"load": "x", "at": ["i"], "into": "v"}, {"compute": "zero", "out": "acc"},
          {"compute": "mac", "in": ["v", "v"], "out": "acc"}, {"store": "x", "at": ["i"], "from": "acc"},
          {"put": "s", "from": "acc"}]},
        {"for": "j", "range": 1000, "body": []}]},
    "sink": {"mapping": [1], "locals": {"w": {"dtype": "i32", "shape": []}},
      "body": [{"for": "i", "range": "N", "body": [{"get": "s", "into": "w"}]}]}}})";
  Diagnostics d;
  auto g = frontend::parseGraph(text, "inout_then_error.json", {}, d);
  ASSERT_TRUE(g) << d.str();
  std::string error;
  auto a = loadConfig("u280", error);
  ASSERT_TRUE(a) << error;
  std::vector<data::Buffer> tensors = sim::makeTensorBuffers(*g);
  const std::int64_t initial[] = {2, 3, -5, 7};
  for (std::int64_t i = 0; i < 4; ++i) tensors[0].setInt(i, static_cast<std::int32_t>(initial[i]));
  // The run-time error: the empty loop runs more iterations without time advancing than allowed.
  sim::SimOptions on;
  on.tensors = &tensors;
  on.maxStepsPerCycle = 100;
  const sim::Report r = sim::simulate(*g, a->arch, *a->model, on);
  ASSERT_EQ(r.outcome, sim::Outcome::RuntimeError);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_NE(r.errors[0].str().find("without its simulated time advancing"), std::string::npos) << r.errors[0].str();
  // Squared once, by the run that reports the error (squared twice if the first run's stores stayed).
  for (std::int64_t i = 0; i < 4; ++i) EXPECT_EQ(tensors[0].getInt(i), initial[i] * initial[i]) << "X[" << i << "]";

  // The same stop as without data.
  sim::SimOptions off;
  off.maxStepsPerCycle = 100;
  const sim::Report timing = sim::simulate(*g, a->arch, *a->model, off);
  EXPECT_EQ(timing.outcome, sim::Outcome::RuntimeError);
  expectSameReport(timing, r);
}

// ---- the reference section -----------------------------------------------------------------

std::string graphWithReference(const std::string& reference) {
  return R"({"format": "datosim-graph/1", "name": "g", "params": {"N": 8},
  "tensors": {"A": {"dtype": "f32", "shape": ["N", 4], "role": "input"},
              "B": {"dtype": "f32", "shape": [4, "N"], "role": "input"},
              "C": {"dtype": "f32", "shape": ["N", "N"], "role": "output"}},
  "tasks": {"t": {"mapping": [1],
    "args": {"a": {"tensor": "A", "layout": ["R", "R"]}, "b": {"tensor": "B", "layout": ["R", "R"]},
             "c": {"tensor": "C", "layout": ["R", "R"]}},
    "locals": {"x": {"dtype": "f32", "shape": ["N", 4]}, "y": {"dtype": "f32", "shape": [4, "N"]},
               "z": {"dtype": "f32", "shape": ["N", "N"]}},
    "body": [{"load": "a", "at": [0, 0], "into": "x"}, {"load": "b", "at": [0, 0], "into": "y"},
             {"compute": "matmul", "in": ["x", "y"], "out": "z"}, {"store": "c", "at": [0, 0], "from": "z"}]}},
  "reference": )" + reference + "}";
}

struct BadReference {
  const char* name;
  std::string reference;
  std::string pointer;
  std::string message;
};

TEST(ReferenceSection, ParsesStepsTemporariesBatchAndTolerance) {
  Diagnostics d;
  auto g = frontend::parseGraph(
      graphWithReference(R"({"tensors": {"T": {"dtype": "f32", "shape": [4, "N"]}},
        "steps": [{"compute": "copy", "in": ["B"], "out": "T"},
                  {"compute": "matmul", "in": ["A", "T"], "out": "C", "batch": 0}],
        "tolerance": {"rtol": 0.001}})"),
      "g.json", {}, d);
  ASSERT_TRUE(g) << d.str();
  const ir::Reference& r = g->reference;
  EXPECT_TRUE(r.present);
  ASSERT_EQ(r.temps.size(), 1u);
  EXPECT_EQ(r.temps[0].shape, (ir::Shape{4, 8}));
  ASSERT_EQ(r.steps.size(), 2u);
  EXPECT_TRUE(r.steps[1].out.temp == false && r.steps[1].out.index == 2);
  EXPECT_TRUE(r.steps[1].ins[1].temp && r.steps[1].ins[1].index == 0);
  EXPECT_EQ(r.rtol, 0.001);
  EXPECT_LT(r.atol, 0);
}

TEST(ReferenceSection, EveryMistakeIsADiagnosticWithItsPointer) {
  const std::vector<BadReference> cases = {
      {"not an object", "[]", "/reference", "'reference' must be an object, found array"},
      {"no steps", "{}", "/reference", "missing key 'steps'"},
      {"unknown key", R"({"steps": [], "tolerence": {}})", "/reference/tolerence", "did you mean 'tolerance'?"},
      {"empty steps", R"({"steps": []})", "/reference/steps", "needs at least one step"},
      {"unknown tensor", R"({"steps": [{"compute": "matmul", "in": ["A", "Bx"], "out": "C"}]})",
       "/reference/steps/0/in/1", "unknown tensor 'Bx'; did you mean 'B'?"},
      {"unknown kernel", R"({"steps": [{"compute": "matmull", "in": ["A", "B"], "out": "C"}]})",
       "/reference/steps/0/compute", "unknown kernel 'matmull'; did you mean 'matmul'?"},
      {"custom", R"({"steps": [{"compute": "custom", "in": ["A"], "out": "C"}]})", "/reference/steps/0/compute",
       "kernel 'custom' has no semantics"},
      {"writes an input", R"({"steps": [{"compute": "copy", "in": ["A"], "out": "A"},
                                        {"compute": "matmul", "in": ["A", "B"], "out": "C"}]})",
       "/reference/steps/0/out", "the reference writes the input tensor 'A'"},
      {"operand shapes", R"({"steps": [{"compute": "matmul", "in": ["B", "A"], "out": "C"}]})",
       "/reference/steps/0", "matmul shapes do not agree: A 4x8 x B 8x4 -> C 8x8"},
      {"output never written", R"({"tensors": {"T": {"dtype": "f32", "shape": ["N", "N"]}},
                                  "steps": [{"compute": "matmul", "in": ["A", "B"], "out": "T"}]})",
       "/reference/steps", "the reference never writes the output tensor 'C'"},
      {"temp clashes", R"({"tensors": {"C": {"dtype": "f32", "shape": [1]}},
                           "steps": [{"compute": "matmul", "in": ["A", "B"], "out": "C"}]})",
       "/reference/tensors/C", "has the name of the global tensor 'C'"},
      {"batch too big", R"({"steps": [{"compute": "matmul", "in": ["A", "B"], "out": "C", "batch": 3}]})",
       "/reference/steps/0", "'batch' is 3 but 'A' (f32 8x4) has rank 2"},
      {"batch dims differ", R"({"steps": [{"compute": "transpose", "in": ["B"], "out": "C", "batch": 1}]})",
       "/reference/steps/0", "batch dimension(s) of the operands differ: 'B' has 4, 'C' has 8"},
      {"negative tolerance", R"({"steps": [{"compute": "matmul", "in": ["A", "B"], "out": "C"}],
                                 "tolerance": {"atol": -1}})",
       "/reference/tolerance/atol", "'atol' must be a finite number >= 0, found -1"},
      {"accumulate on add", R"({"steps": [{"compute": "add", "in": ["C", "C"], "out": "C", "accumulate": true}]})",
       "/reference/steps/0/accumulate", "cannot accumulate"},
  };
  for (const BadReference& c : cases) {
    SCOPED_TRACE(c.name);
    Diagnostics d;
    auto g = frontend::parseGraph(graphWithReference(c.reference), "g.json", {}, d);
    EXPECT_FALSE(g);
    const std::string want = "g.json:" + c.pointer + ": error: ";
    bool found = false;
    for (const Diagnostic& x : d.all())
      found = found || (x.str().rfind(want, 0) == 0 && x.str().find(c.message) != std::string::npos);
    EXPECT_TRUE(found) << "want " << want << "..." << c.message << "\ngot:\n" << d.str();
  }
}

TEST(ReferenceSection, BatchedStepsRunPerBatchIndex) {
  Diagnostics d;
  auto g = frontend::parseGraph(R"({"format": "datosim-graph/1", "name": "b",
    "tensors": {"X": {"dtype": "i32", "shape": [2, 2, 3], "role": "input"},
                "Y": {"dtype": "i32", "shape": [2, 3, 2], "role": "output"}},
    "tasks": {"t": {"mapping": [1], "locals": {"v": {"dtype": "i32", "shape": []}},
                    "body": [{"compute": "zero", "out": "v"}]}},
    "reference": {"steps": [{"compute": "transpose", "in": ["X"], "out": "Y", "batch": 1}]}})",
                                "b.json", {}, d);
  ASSERT_TRUE(g) << d.str();
  std::vector<data::Buffer> t = sim::makeTensorBuffers(*g);
  for (std::int64_t i = 0; i < 12; ++i) t[0].set(i, static_cast<double>(i));
  ASSERT_EQ(sim::runReference(*g, t), "");
  // Y[b][j][i] = X[b][i][j]
  for (std::int64_t b = 0; b < 2; ++b)
    for (std::int64_t i = 0; i < 2; ++i)
      for (std::int64_t j = 0; j < 3; ++j) EXPECT_EQ(t[1].at({b, j, i}), t[0].at({b, i, j}));
}

TEST(ReferenceSection, ComparisonReportsErrorsAndTheFirstMismatch) {
  Diagnostics d;
  auto g = frontend::parseGraph(graphWithReference(R"({"steps": [{"compute": "matmul", "in": ["A", "B"], "out": "C"}]})"),
                                "g.json", {}, d);
  ASSERT_TRUE(g) << d.str();
  std::vector<data::Buffer> e = sim::makeTensorBuffers(*g);
  e[2].fill(2.0);
  std::vector<data::Buffer> a = e;
  a[2].setAt({3, 5}, 2.5);   // 0.5 off: a mismatch (f32 default rtol 1e-5, atol 2e-5)
  a[2].setAt({7, 7}, 2.00001);  // within atol + rtol * 2 = 4e-5
  const sim::CheckResult c = sim::compareWithReference(*g, e, a);
  EXPECT_FALSE(c.passed);
  ASSERT_EQ(c.tensors.size(), 1u);
  const sim::TensorCheck& t = c.tensors[0];
  EXPECT_EQ(t.name, "C");
  EXPECT_EQ(t.mismatches, 1);
  EXPECT_EQ(t.firstMismatch, (ir::Shape{3, 5}));
  EXPECT_EQ(t.firstExpected, 2.0);
  EXPECT_EQ(t.firstActual, 2.5);
  EXPECT_DOUBLE_EQ(t.maxAbsError, 0.5);
  EXPECT_DOUBLE_EQ(t.maxRelError, 0.25);
  EXPECT_DOUBLE_EQ(t.tol.rtol, 1e-5);
  EXPECT_DOUBLE_EQ(t.tol.atol, 2e-5);
  EXPECT_EQ(sim::defaultRtol(ir::DType::I16), 0);
  EXPECT_EQ(sim::defaultRtol(ir::DType::BF16), 1.0 / 128);
}

// ---- (b) mis-wired graphs fail --check ----------------------------------------------------------

TEST(FunctionalCheck, MiswiredVariantsRunToCompletionAndFailTheCheck) {
  const std::vector<std::string> files = miswired();
  ASSERT_GE(files.size(), 5u);
  for (const std::string& file : files) {
    for (const std::string& config : kConfigs) {
      SCOPED_TRACE(file + " on " + config);
      TempDir dir;
      CliRun r = cli({file, "--arch", config, "--check", "--json", (dir / "r.json").string()});
      EXPECT_EQ(r.code, tools::kExitCheckFailed) << r.out << r.err;
      EXPECT_NE(r.out.find("result   completed"), std::string::npos) << r.out;
      EXPECT_NE(r.out.find("check    FAILED"), std::string::npos) << r.out;
      EXPECT_NE(r.out.find("first mismatch at ["), std::string::npos) << r.out;
      const std::string json = readFile(dir / "r.json");
      EXPECT_NE(json.find("\"passed\": false"), std::string::npos);
      EXPECT_NE(json.find("\"first_mismatch\": {"), std::string::npos);
    }
  }
}

TEST(FunctionalCheck, EveryExamplePassesTheCheckOnBothConfigs) {
  for (const std::string& file : examples()) {
    for (const std::string& config : kConfigs) {
      SCOPED_TRACE(file + " on " + config);
      CliRun r = cli({file, "--arch", config, "--check"});
      EXPECT_EQ(r.code, tools::kExitOk) << r.out << r.err;
      EXPECT_NE(r.out.find("check    passed"), std::string::npos) << r.out;
    }
  }
}

TEST(FunctionalCheck, CheckWithoutReferenceIsInvalidInput) {
  TempDir dir;
  std::string text = readFile(examplePath("pipeline3.json"));
  text = text.substr(0, text.find(",\n  \"reference\"")) + "\n}\n";
  const fs::path p = dir / "noref.json";
  std::ofstream(p) << text;
  CliRun plain = cli({p.string(), "--arch", "npu4x4"});
  ASSERT_EQ(plain.code, 0) << plain.err;
  CliRun r = cli({p.string(), "--arch", "npu4x4", "--check"});
  EXPECT_EQ(r.code, tools::kExitInvalidInput);
  EXPECT_NE(r.err.find("noref.json has no \"reference\" section"), std::string::npos) << r.err;
}

// ---- (c) bad inputs ---------------------------------------------------------------------------

TEST(FunctionalInputs, BadInputFilesAreInvalidInputWithAClearMessage) {
  TempDir dir;
  const std::string graph = examplePath("npu_gemm_splitk.json");  // A: i16 256x256
  auto save = [&](const std::string& name, const data::Buffer& b) {
    const std::string p = (dir / name).string();
    EXPECT_EQ(data::writeNpy(p, b), "");
    return p;
  };
  const std::string good = save("good.npy", data::Buffer(ir::DType::I16, {256, 256}));
  const std::string wrongDType = save("f32.npy", data::Buffer(ir::DType::F32, {256, 256}));
  const std::string wrongShape = save("shape.npy", data::Buffer(ir::DType::I16, {256, 128}));
  const std::string full = readFile(good);
  const std::string truncated = (dir / "trunc.npy").string();
  std::ofstream(truncated, std::ios::binary) << full.substr(0, full.size() - 100);
  const std::string corrupt = (dir / "corrupt.npy").string();
  std::ofstream(corrupt, std::ios::binary) << "this is not numpy";

  struct Case {
    std::string arg, message;
  };
  const std::vector<Case> cases = {
      {"A=" + wrongDType, "expected i16 data"},
      {"A=" + wrongShape, "expected shape 256x256"},
      {"A=" + truncated, "truncated"},
      {"A=" + corrupt, "not a .npy file"},
      {"A=" + (dir / "missing.npy").string(), "missing.npy: cannot open"},
      {"Zeta=" + good, "the graph has no tensor 'Zeta' (tensors: A, B, C)"},
      {"a=" + good, "no tensor 'a'; did you mean 'A'?"},
      {"C=" + good, "tensor 'C' is an output"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.arg);
    const fs::path out = dir / "out";
    CliRun r = cli({graph, "--arch", "npu4x4", "--input", c.arg, "--output-dir", out.string()});
    EXPECT_EQ(r.code, tools::kExitInvalidInput) << r.err;
    EXPECT_NE(r.err.find("datosim: --input "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << "nothing simulated";
    EXPECT_FALSE(fs::exists(out)) << "nothing written";
  }
  CliRun ok = cli({graph, "--arch", "npu4x4", "--input", "A=" + good, "-q"});
  EXPECT_EQ(ok.code, 0) << ok.err;
}

TEST(FunctionalInputs, CommandLineMisuseIsAUsageError) {
  const std::string graph = examplePath("pipeline3.json");
  struct Case {
    std::vector<std::string> extra;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{"--functional=off", "--check"}, "--check needs tensor data, but --functional=off"},
      {{"--functional=off", "--input", "X=x.npy"}, "--input needs tensor data"},
      {{"--functional=off", "--output-dir", "o"}, "--output-dir needs tensor data"},
      {{"--input", "X"}, "--input 'X': expected NAME=FILE.npy"},
      {{"--input", "X=a.npy", "--input", "X=b.npy"}, "--input 'X' is given twice"},
      {{"--functional=maybe"}, "--functional"},
      {{"--seed", "-1"}, "--seed"},
      {{"--seed", "x"}, "--seed"},
      {{"--seed", "18446744073709551616"}, "must be an integer in [0, 2^64)"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args = {graph, "--arch", "npu4x4"};
    args.insert(args.end(), c.extra.begin(), c.extra.end());
    CliRun r = cli(args);
    SCOPED_TRACE(c.message);
    EXPECT_EQ(r.code, tools::kExitUsage) << r.err;
    EXPECT_NE((r.err + r.out).find(c.message), std::string::npos) << r.err << r.out;
  }
}

TEST(FunctionalInputs, HelpListsTheOptionsAndExitCodeSix) {
  CliRun r = cli({"--help"});
  EXPECT_EQ(r.code, 0);
  for (const char* s : {"--functional", "--input", "--seed", "--output-dir", "--check",
                        "6   --check: an output tensor differs from the graph's reference"})
    EXPECT_NE(r.out.find(s), std::string::npos) << s << "\n" << r.out;
}

TEST(FunctionalInputs, AutoModeAndOffMode) {
  const std::string graph = examplePath("pipeline3.json");
  CliRun on = cli({graph, "--arch", "npu4x4"});
  EXPECT_NE(on.out.find("data     functional (--functional=auto: tensors total 0.2 MiB <= 64.0 MiB)"),
            std::string::npos)
      << on.out;
  CliRun off = cli({graph, "--arch", "npu4x4", "--functional=off"});
  EXPECT_NE(off.out.find("data     timing only (--functional=off)"), std::string::npos) << off.out;
  // Past the limit auto switches data off: 2^13 x 2^12 i16 elements per tensor, two tensors = 128 MiB.
  // (Tiles of 8 x 4096 i16 do not fit a compute tile's L1, so the run uses the placement-free timing.)
  CliRun big = cli({graph, "--arch", "npu4x4", "--param", "N=8192", "--param", "D=4096", "--param", "T=8",
                    "--max-cycles", "1", "--timing=free"});
  EXPECT_NE(big.out.find("timing only (--functional=auto: tensors total 128.0 MiB > 64.0 MiB)"), std::string::npos)
      << big.out;
  EXPECT_EQ(tools::kFunctionalAutoLimitBytes, 64LL * 1024 * 1024);
}

// ---- outputs and (e) seeds --------------------------------------------------------------------

TEST(FunctionalOutputs, OutputDirHoldsOutputsAndRandomInputsAndIsCreated) {
  TempDir dir;
  const fs::path out = dir / "a" / "b";
  CliRun r = cli({examplePath("npu_gemm_splitk.json"), "--arch", "u280", "--output-dir", out.string(), "-q"});
  ASSERT_EQ(r.code, 0) << r.err;
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(out)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"A.npy", "B.npy", "C.npy"}));  // no temporary left behind
  data::Buffer a, b, c;
  ASSERT_EQ(data::readNpy((out / "A.npy").string(), ir::DType::I16, {256, 256}, a), "");
  ASSERT_EQ(data::readNpy((out / "B.npy").string(), ir::DType::I16, {256, 256}, b), "");
  ASSERT_EQ(data::readNpy((out / "C.npy").string(), ir::DType::I32, {256, 256}, c), "");
  // A is random from seed 1 and tensor index 0.
  data::Buffer expectA(ir::DType::I16, {256, 256});
  data::fillRandom(expectA, tools::tensorSeed(1, 0));
  EXPECT_EQ(a, expectA);
  // Spot-check C = A B.
  for (std::int64_t i : {0, 17, 255}) {
    for (std::int64_t j : {0, 100, 255}) {
      std::int64_t s = 0;
      for (std::int64_t k = 0; k < 256; ++k) s += a.getInt(i * 256 + k) * std::int64_t{b.getInt(k * 256 + j)};
      EXPECT_EQ(c.getInt(i * 256 + j), s);
    }
  }
  // Given inputs are not written back.
  TempDir dir2("-2");
  CliRun r2 = cli({examplePath("npu_gemm_splitk.json"), "--arch", "u280", "--input", "A=" + (out / "A.npy").string(),
                   "--output-dir", dir2.path().string(), "-q"});
  ASSERT_EQ(r2.code, 0) << r2.err;
  EXPECT_FALSE(fs::exists(dir2 / "A.npy"));
  EXPECT_TRUE(fs::exists(dir2 / "B.npy"));
  EXPECT_EQ(readFile(dir2 / "C.npy"), readFile(out / "C.npy"));
}

TEST(FunctionalOutputs, UnusableOutputDirExitsSevenAndWritesNothing) {
  TempDir dir;
  const fs::path file = dir / "plain";
  std::ofstream(file) << "x";
  CliRun r = cli({examplePath("pipeline3.json"), "--arch", "npu4x4", "--output-dir", file.string(), "-q"});
  EXPECT_EQ(r.code, tools::kExitOutputError);
  EXPECT_NE(r.err.find("--output-dir"), std::string::npos) << r.err;
  EXPECT_EQ(readFile(file), "x");
}

TEST(FunctionalSeeds, SameSeedIsByteIdenticalAndDifferentSeedDiffers) {
  for (const std::string& file : examples()) {
    SCOPED_TRACE(file);
    TempDir dir;
    auto runSeed = [&](const std::string& sub, const std::string& seed) {
      CliRun r = cli({file, "--arch", "npu4x4", "--seed", seed, "--output-dir", (dir / sub).string(), "--json",
                      (dir / (sub + ".json")).string(), "-q"});
      EXPECT_EQ(r.code, 0) << r.err;
    };
    runSeed("s1", "1");
    runSeed("s1again", "1");
    runSeed("s2", "2");
    std::string err;
    auto g = loadGraphFile(file, err);
    ASSERT_TRUE(g) << err;
    bool someInputDiffers = false, someOutputDiffers = false;
    for (const ir::Tensor& t : g->tensors) {
      const std::string f = t.name + ".npy";
      ASSERT_TRUE(fs::exists(dir / "s1" / f)) << f;
      EXPECT_EQ(readFile(dir / "s1" / f), readFile(dir / "s1again" / f)) << f;
      const bool differs = readFile(dir / "s1" / f) != readFile(dir / "s2" / f);
      if (t.role == ir::TensorRole::Input) {
        EXPECT_TRUE(differs) << "seed 2 must draw other values for " << f;
        someInputDiffers = someInputDiffers || differs;
      } else {
        someOutputDiffers = someOutputDiffers || differs;
      }
    }
    EXPECT_TRUE(someInputDiffers);
    EXPECT_TRUE(someOutputDiffers);
    EXPECT_EQ(readFile(dir / "s1.json"), readFile(dir / "s1again.json"));
  }
  // Each tensor gets its own stream.
  EXPECT_NE(tools::tensorSeed(1, 0), tools::tensorSeed(1, 1));
  EXPECT_NE(tools::tensorSeed(1, 0), tools::tensorSeed(2, 0));
  EXPECT_EQ(tools::tensorSeed(5, 3), tools::tensorSeed(5, 3));
}

}  // namespace
}  // namespace datosim::testing
