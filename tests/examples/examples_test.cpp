// Every graph in examples/ on every shipped config: it loads, elaborates and simulates to
// completion, and the report passes checks that a wrong simulator or a wrong example would fail.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <functional>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "example_util.h"
#include "nlohmann/json.hpp"

namespace datosim::testing {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kConfigs = {"npu4x4", "u280"};

std::vector<std::string> exampleFiles() {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::directory_iterator it(fs::path(DATOSIM_SOURCE_DIR) / "examples", ec), end; !ec && it != end;
       it.increment(ec)) {
    if (it->path().extension() == ".json") files.push_back(it->path().filename().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string examplePath(const std::string& file) {
  return (fs::path(DATOSIM_SOURCE_DIR) / "examples" / file).string();
}

// What each shipped example must compute, from its own parameters: total MACs and the tokens
// every stream instance of a declaration carries. A simulator that drops or duplicates work, or
// an example whose loops do not cover its tensors, fails these.
struct Expectation {
  std::function<std::int64_t(const ir::Graph&)> macs;
  std::function<std::map<std::string, std::int64_t>(const ir::Graph&)> tokensPerStream;  // by decl name
};

const std::map<std::string, Expectation>& expectations() {
  static const std::map<std::string, Expectation> e = {
      {"pipeline3",
       {[](const ir::Graph&) { return std::int64_t{0}; },
        [](const ir::Graph& g) {
          std::int64_t nt = param(g, "N") / param(g, "T");
          return std::map<std::string, std::int64_t>{{"s_in", nt}, {"s_out", nt}};
        }}},
      {"systolic_gemm",
       {[](const ir::Graph& g) { return param(g, "M") * param(g, "N") * param(g, "K"); },
        [](const ir::Graph& g) {
          return std::map<std::string, std::int64_t>{{"fifo_A", param(g, "K")}, {"fifo_B", param(g, "K")}};
        }}},
      {"npu_gemm_splitk",
       {[](const ir::Graph& g) { return param(g, "M") * param(g, "N") * param(g, "K"); },
        [](const ir::Graph& g) {
          std::int64_t tiles = (param(g, "Mt") / param(g, "Tm")) * (param(g, "Nt") / param(g, "Tn"));
          return std::map<std::string, std::int64_t>{{"pipe", tiles}};
        }}},
      {"gemm_i8xi4", {[](const ir::Graph& g) { return param(g, "M") * param(g, "N") * param(g, "K"); },
                      [](const ir::Graph&) { return std::map<std::string, std::int64_t>{}; }}},
      {"ffn",
       {[](const ir::Graph& g) { return 2 * param(g, "S") * param(g, "D") * param(g, "H"); },
        [](const ir::Graph& g) {
          std::int64_t rows = param(g, "S") / param(g, "Ts");
          return std::map<std::string, std::int64_t>{
              {"hid", rows}, {"act", rows}, {"psum", rows * (param(g, "D") / param(g, "Td"))}};
        }}},
      {"attention",
       {[](const ir::Graph& g) { return 2 * param(g, "NH") * param(g, "S") * param(g, "S") * param(g, "Dh"); },
        [](const ir::Graph& g) {
          std::int64_t blocks = param(g, "S") / param(g, "Tq");
          return std::map<std::string, std::int64_t>{{"scores", blocks}, {"probs", blocks}};
        }}},
  };
  return e;
}

TEST(Examples, TheDocumentedExamplesAreAllThere) {
  std::vector<std::string> files = exampleFiles();
  for (const auto& kv : expectations())
    EXPECT_NE(std::find(files.begin(), files.end(), kv.first + ".json"), files.end()) << kv.first;
}

using Case = std::tuple<std::string, std::string>;  // example file, config

class ExampleOnConfig : public ::testing::TestWithParam<Case> {};

TEST_P(ExampleOnConfig, SimulatesToCompletion) {
  const auto& [file, config] = GetParam();
  std::string error;
  auto g = loadGraphFile(examplePath(file), error);
  ASSERT_TRUE(g) << error;
  auto arch = loadConfig(config, error);
  ASSERT_TRUE(arch) << error;

  sim::Report r = sim::simulate(*g, arch->arch, *arch->model, sim::SimOptions{});

  ASSERT_EQ(r.outcome, sim::Outcome::Completed) << sim::outcomeName(r.outcome) << "\n" << describeDeadlock(*g, r);
  EXPECT_TRUE(r.errors.empty()) << r.errors.front().str();
  EXPECT_GT(r.cycles, 0);
  EXPECT_EQ(r.graphName, g->name);
  EXPECT_EQ(r.archName, config);

  // Every instance ran its body to the end; the run ends when the last one does.
  ASSERT_EQ(r.instances.size(), g->instances.size());
  std::int64_t last = 0, macs = 0;
  for (const sim::InstanceStats& s : r.instances) {
    EXPECT_GE(s.finish, 0) << s.name << " never finished";
    EXPECT_LE(s.finish, r.cycles) << s.name;
    EXPECT_LE(s.compute, s.busy) << s.name;
    EXPECT_LE(s.busy, s.finish) << s.name << ": busier than the time it ran";
    last = std::max(last, s.finish);
    macs += s.macs;
  }
  EXPECT_EQ(r.cycles, last);
  EXPECT_EQ(macs, r.macs) << "per-instance MACs must add up to the total";

  // Bounded FIFOs: no token left behind, never more in a stream than its depth.
  ASSERT_EQ(r.streams.size(), g->streamInsts.size());
  for (const sim::StreamStats& s : r.streams) {
    EXPECT_EQ(s.left, 0) << s.name;
    EXPECT_GT(s.tokens, 0) << s.name << " carried nothing";
    EXPECT_LE(s.peak, s.depth) << s.name;
  }

  // Work done matches what the example computes, and it cannot beat the peak.
  auto ex = expectations().find(g->name);
  if (ex != expectations().end()) {
    EXPECT_EQ(r.macs, ex->second.macs(*g));
    std::map<std::string, std::int64_t> tokens = ex->second.tokensPerStream(*g);
    for (std::size_t i = 0; i < r.streams.size(); ++i) {
      const ir::StreamDecl& decl = g->streams[g->streamInsts[i].decl];
      auto want = tokens.find(decl.name);
      ASSERT_NE(want, tokens.end()) << "unexpected stream " << decl.name;
      EXPECT_EQ(r.streams[i].tokens, want->second) << r.streams[i].name;
    }
  }
  if (r.macs > 0) {
    auto dt = ir::parseMacType(r.peakDType);
    ASSERT_TRUE(dt) << "peak dtype '" << r.peakDType << "'";
    double peak = arch->model->peakMacsPerCycle(*dt);
    ASSERT_GT(peak, 0);
    EXPECT_GE(static_cast<double>(r.cycles), std::floor(static_cast<double>(r.macs) / peak))
        << "faster than the compute peak";
    EXPECT_LE(r.opsPerSecond, r.peakOpsPerSecond * 1.000001);
  }
}

TEST_P(ExampleOnConfig, IsDeterministic) {
  const auto& [file, config] = GetParam();
  std::string error;
  auto g = loadGraphFile(examplePath(file), error);
  ASSERT_TRUE(g) << error;
  auto arch = loadConfig(config, error);
  ASSERT_TRUE(arch) << error;
  sim::Report a = sim::simulate(*g, arch->arch, *arch->model, sim::SimOptions{});
  sim::Report b = sim::simulate(*g, arch->arch, *arch->model, sim::SimOptions{});
  EXPECT_EQ(a.cycles, b.cycles);
  ASSERT_EQ(a.instances.size(), b.instances.size());
  for (std::size_t i = 0; i < a.instances.size(); ++i) {
    EXPECT_EQ(a.instances[i].finish, b.instances[i].finish) << a.instances[i].name;
    EXPECT_EQ(a.instances[i].busy, b.instances[i].busy) << a.instances[i].name;
  }
}

std::vector<Case> allCases() {
  std::vector<Case> cases;
  for (const std::string& f : exampleFiles())
    for (const std::string& c : kConfigs) cases.emplace_back(f, c);
  return cases;
}

std::string caseName(const ::testing::TestParamInfo<Case>& info) {
  std::string name = fs::path(std::get<0>(info.param)).stem().string() + "_on_" + std::get<1>(info.param);
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(All, ExampleOnConfig, ::testing::ValuesIn(allCases()), caseName);

// Mixed precision on the NPU: i8 x i4 runs in its native MMUL mode (configs/npu4x4.json, mmul.*.i8xi4),
// i4 x i8 has none and runs in the i8 mode; the report's peak follows the pair.
TEST(MixedGemm, TheNativePairIsFasterAndItsPeakIsThePairs) {
  std::string error;
  auto arch = loadConfig("npu4x4", error);
  ASSERT_TRUE(arch) << error;
  auto run = [&](bool swap) {
    std::ifstream in(examplePath("gemm_i8xi4.json"));
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (swap) {
      nlohmann::ordered_json j = nlohmann::ordered_json::parse(text);
      j["tensors"]["A"]["dtype"] = "i4";
      j["tensors"]["B"]["dtype"] = "i8";
      j["tasks"]["core"]["locals"]["a"]["dtype"] = "i4";
      j["tasks"]["core"]["locals"]["b"]["dtype"] = "i8";
      text = j.dump();
    }
    Diagnostics d;
    auto g = frontend::parseGraph(text, "gemm.json", {}, d);
    EXPECT_TRUE(g) << d.str();
    sim::Report r = sim::simulate(*g, arch->arch, *arch->model, sim::SimOptions{});
    EXPECT_EQ(r.outcome, sim::Outcome::Completed);
    std::int64_t compute = 0;
    for (const sim::InstanceStats& s : r.instances) compute += s.compute;
    return std::make_tuple(r.peakDType, r.peakOpsPerSecond, compute);
  };
  const auto [nativeType, nativePeak, nativeCompute] = run(false);
  const auto [widenedType, widenedPeak, widenedCompute] = run(true);
  EXPECT_EQ(nativeType, "i8xi4");
  EXPECT_EQ(widenedType, "i4xi8");
  EXPECT_DOUBLE_EQ(nativePeak, 2.0 * 16 * 512 * 1e9);
  EXPECT_DOUBLE_EQ(widenedPeak, 2.0 * 16 * 256 * 1e9);
  // Per 64x64x64 matmul: 128 blocks x (4 + 4) + 60 = 1,084 against 128 x (8 + 4) + 60 = 1,596.
  EXPECT_LT(nativeCompute, widenedCompute);
}

// A systolic example on u280 at its defaults (16 folds) and at one fold (`oneFold` overrides).
struct FoldRuns {
  std::optional<ir::Graph> g;
  sim::Report one, many;
};
FoldRuns runFolds(const char* file, const std::map<std::string, std::int64_t>& oneFold) {
  SCOPED_TRACE(file);
  FoldRuns f;
  std::string error;
  auto arch = loadConfig("u280", error);
  EXPECT_TRUE(arch) << error;
  auto g1 = loadGraphFile(examplePath(file), error, oneFold);
  EXPECT_TRUE(g1) << error;
  f.g = loadGraphFile(examplePath(file), error);
  EXPECT_TRUE(f.g) << error;
  if (!arch || !g1 || !f.g) return f;
  f.one = sim::simulate(*g1, arch->arch, *arch->model, sim::SimOptions{});
  f.many = sim::simulate(*f.g, arch->arch, *arch->model, sim::SimOptions{});
  EXPECT_EQ(f.one.outcome, sim::Outcome::Completed);
  EXPECT_EQ(f.many.outcome, sim::Outcome::Completed);
  EXPECT_EQ(f.many.macs, param(*f.g, "M") * param(*f.g, "N") * param(*f.g, "K"));
  EXPECT_TRUE(f.many.warnings.empty()) << f.many.warnings.front().message;  // II 1 kept, C read back
  EXPECT_LT(f.many.cycles, 16 * f.one.cycles) << "folds overlap";
  return f;
}

// The int8 output-stationary array with folds: every MAC done, integer accumulation at II 1 (no
// warning), the results leave through the bottom row, and folds overlap (16 folds take less than 16
// single-fold runs).
TEST(SystolicOsInt8, FoldsOverlapAndTheLoopsKeepIi1) {
  const FoldRuns f = runFolds("systolic_os_int8.json", {{"M", 4}, {"N", 4}});
  ASSERT_TRUE(f.g);
  ASSERT_EQ(param(*f.g, "FM") * param(*f.g, "FN"), 16);
  EXPECT_EQ(f.many.peakDType, "i8");
  EXPECT_GT(f.many.cycles, 16 * param(*f.g, "K"));  // each PE does K MACs per fold, one per cycle
}

// The weight-stationary array: every MAC done, II 1 kept, the K folds added into C, folds overlapping.
TEST(SystolicWsInt8, FoldsOverlapAndTheKFoldsAddUp) {
  const FoldRuns f = runFolds("systolic_ws_int8.json", {{"K", 4}, {"N", 4}});
  ASSERT_TRUE(f.g);
  ASSERT_EQ(param(*f.g, "FK") * param(*f.g, "FN"), 16);
  EXPECT_GT(f.many.cycles, 16 * param(*f.g, "M"));  // each PE streams M rows of A per fold, one per cycle
}

// The NPU GEMM is a tiled kernel: on the NPU its MACs run on all 16 compute tiles at once, so it
// must beat one tile working alone by a wide margin.
TEST(NpuGemm, UsesTheWholeArray) {
  std::string error;
  auto g = loadGraphFile(examplePath("npu_gemm_splitk.json"), error);
  ASSERT_TRUE(g) << error;
  auto arch = loadConfig("npu4x4", error);
  ASSERT_TRUE(arch) << error;
  EXPECT_EQ(g->instances.size(), 16u);
  sim::Report r = sim::simulate(*g, arch->arch, *arch->model, sim::SimOptions{});
  ASSERT_EQ(r.outcome, sim::Outcome::Completed);
  double oneTile = static_cast<double>(r.macs) / arch->arch.get("macs_per_cycle.i16");
  EXPECT_LT(static_cast<double>(r.cycles), oneTile / 2) << "cycles " << r.cycles << " vs one tile " << oneTile;
}

// Parameters scale the work: doubling K doubles the MACs of the systolic array.
TEST(SystolicGemm, ParameterOverrideScalesTheWork) {
  std::string error;
  auto g = loadGraphFile(examplePath("systolic_gemm.json"), error, {{"K", 128}});
  ASSERT_TRUE(g) << error;
  auto arch = loadConfig("u280", error);
  ASSERT_TRUE(arch) << error;
  sim::Report r = sim::simulate(*g, arch->arch, *arch->model, sim::SimOptions{});
  ASSERT_EQ(r.outcome, sim::Outcome::Completed);
  EXPECT_EQ(r.macs, param(*g, "M") * param(*g, "N") * 128);
  // (M+2) x (N+2) grid: loaders, drains, PEs and idle corners.
  EXPECT_EQ(static_cast<std::int64_t>(g->instances.size()), (param(*g, "M") + 2) * (param(*g, "N") + 2));
}

// The systolic GEMM on u280 with its k loops pipelined at II = 1 (docs/timing.md, "Pipelined
// loops"), placement-free. From configs/u280.json: load issue 8 + transfer ceil(4 / 47.9) = 1 + HBM
// latency 100 = 109; g = 1, X = ceil(4 / 64) = 1, L = 2 (a token is visible g + X + L = 4 cycles
// after its put); a scalar mac issues 1 cycle and is ready 1 + 10 = 11 cycles after it starts;
// the PE's `zero` call costs ceil(1 / 16) + 10 + 4 = 15; the final store 8 + 1 + 100 = 109.
// The PE's f32 `mac` accumulates into `acc` every iteration: a carried fp32 addition, so its k loop
// runs at II a = pe.accumulate_latency_cycles.f32 = 4, not the requested 1 (Vitis HLS cannot
// schedule it at II = 1 either); the loaders and drains keep II = 1 and are throttled by the FIFOs.
//   A loader issues iteration k at cycle k; its value is ready at k + 109 and visible at k + 113.
//   PE(i, j) (1-based) waits for its first A from PE(i, j-1) and its first B from PE(i-1, j); it
//   puts them on g = 1 cycle after its issue, visible 4 later: 5 cycles per hop, so PE(i, j) first
//   issues at 113 + 5 (i - 1 + j - 1) (the wavefront of a systolic array; > 15, so the zero is
//   hidden) and then once every a cycles. Its last mac starts g = 1 after its last issue and ends 11
//   later; then it stores C. PE(M, N) ends last, at
//     113 + 5 (M + N - 2) + a (K - 1) + 1 + 11 + 109 = 234 + 5 (M + N - 2) + a (K - 1).
// For 2 x 2 and K = 4: 256. For 4 x 4 and K = 1024: 4356, so the 16 PEs (1 MAC every a = 4 cycles
// each) are busy with MACs K / cycles = 23.5% of the run, a share that tends to 1 / a = 25% as K
// grows. (Until the accumulation latency was modelled this test expected II = 1 and 79.6%: an fp32
// accumulation at II = 1 is not something Vitis HLS builds.)
// Without pipelining each MAC step cost get + get + (1 + 10 + 4) + 2 puts of 2 = 21 cycles.
TEST(SystolicGemm, PipelinedPesOnU280AreBoundByTheFp32Accumulation) {
  std::string error;
  auto arch = loadConfig("u280", error);
  ASSERT_TRUE(arch) << error;
  const std::int64_t a = 4;  // pe.accumulate_latency_cycles.f32
  ASSERT_EQ(arch->arch.get("pe.accumulate_latency_cycles.f32"), a);
  auto small = loadGraphFile(examplePath("systolic_gemm.json"), error, {{"M", 2}, {"N", 2}, {"K", 4}});
  ASSERT_TRUE(small) << error;
  sim::Report r = sim::simulate(*small, arch->arch, *arch->model, sim::SimOptions{});
  ASSERT_EQ(r.outcome, sim::Outcome::Completed);
  EXPECT_EQ(r.cycles, 234 + 5 * 2 + a * 3);
  EXPECT_EQ(r.instances[static_cast<std::size_t>(small->findInstance("gemm_1_1"))].finish, 234 + a * 3);
  EXPECT_EQ(r.instances[static_cast<std::size_t>(small->findInstance("gemm_1_2"))].finish, 234 + 5 + a * 3);

  auto big = loadGraphFile(examplePath("systolic_gemm.json"), error, {{"M", 4}, {"N", 4}, {"K", 1024}});
  ASSERT_TRUE(big) << error;
  sim::Report b = sim::simulate(*big, arch->arch, *arch->model, sim::SimOptions{});
  ASSERT_EQ(b.outcome, sim::Outcome::Completed);
  EXPECT_EQ(b.cycles, 234 + 5 * 6 + a * 1023);
  const double arrayUtilisation = static_cast<double>(b.macs) / (4.0 * 4.0 * static_cast<double>(b.cycles));
  EXPECT_GT(arrayUtilisation, 0.23);
  EXPECT_LT(arrayUtilisation, 0.25);
  for (const sim::InstanceStats& s : b.instances) {
    if (s.macs == 0) continue;
    EXPECT_EQ(s.compute, 1024 + 15) << s.name << ": 1 issue cycle per mac, plus the zero";
    ASSERT_EQ(s.pipelineNotes.size(), 1u) << s.name << ": the k loop ran above its requested II";
    EXPECT_EQ(s.pipelineNotes[0].requestedII, 1);
    EXPECT_EQ(s.pipelineNotes[0].effectiveII, a);
    EXPECT_EQ(s.pipelineNotes[0].local, "acc");
  }
}

}  // namespace
}  // namespace datosim::testing
