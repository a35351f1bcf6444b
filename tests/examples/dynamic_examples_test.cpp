// The graphs of examples/dynamic/ read real traces: on both families each run moves exactly the tiles
// the trace's lengths call for (counted here from the CSV, independently of the graph's tables), the
// trace-driven run is never slower than the padded one, and every file of the folder is covered.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <unistd.h>

#include "data/buffer.h"
#include "kernels/kernel.h"
#include "data/npy.h"
#include "pipeline/run.h"
#include "tools/cli.h"

namespace datosim::testing {
namespace {

namespace fs = std::filesystem;

std::string src(const std::string& rel) { return std::string(DATOSIM_SOURCE_DIR) + "/" + rel; }

// ContextTokens of the Azure conversation trace's data rows first..first+n-1 (1-based).
std::vector<long long> azureContext(long long first, long long n) {
  std::ifstream in(src("traces/azure_llm_2023_conv.csv"));
  std::string line;
  std::getline(in, line);  // header
  std::vector<long long> out;
  for (long long row = 1; std::getline(in, line) && static_cast<long long>(out.size()) < n; ++row) {
    if (row < first) continue;
    const std::size_t a = line.find(','), b = line.find(',', a + 1);
    out.push_back(std::stoll(line.substr(a + 1, b - a - 1)));
  }
  return out;
}

nlohmann::json runJson(const std::vector<std::string>& extra) {
  const fs::path report = fs::temp_directory_path() / ("datosim-dyn-" + std::to_string(::getpid()) + ".json");
  std::vector<std::string> args = {src("examples/dynamic/decode_attention_kv.json"), "-q", "--functional=off", "--json",
                                   report.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  std::ostringstream out, err;
  const int code = tools::runDatosim(args, out, err);
  EXPECT_EQ(code, 0) << err.str();
  std::ifstream in(report);
  nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
  fs::remove(report);
  return j;
}

TEST(DynamicExamples, DecodeAttentionMovesTheTraceTiles) {
  const long long T = 64, P = 4;
  struct Batch {
    long long first, n;
  } batches[] = {{1487, 16}, {1845, 16}, {271, 64}};  // b16 batches 20 and 0, b64 batch 0
  for (const char* arch : {"npu4x4", "u280"})
    for (const Batch& b : batches) {
      SCOPED_TRACE(std::string(arch) + " FIRST=" + std::to_string(b.first));
      const std::vector<long long> kv = azureContext(b.first, b.n);
      ASSERT_EQ(static_cast<long long>(kv.size()), b.n);
      long long longest = 0;
      for (long long k : kv) longest = std::max(longest, k);
      std::map<std::string, long long> expectDyn, expectPad;
      for (long long p = 0; p < P; ++p) {
        const std::string s = "probs[" + std::to_string(p) + "]";
        for (long long r = p; r < b.n; r += P) {
          expectDyn[s] += (kv[static_cast<std::size_t>(r)] + T - 1) / T;
          expectPad[s] += (longest + T - 1) / T;
        }
      }
      long long cycles[2] = {0, 0};
      for (int dyn = 0; dyn < 2; ++dyn) {
        nlohmann::json j = runJson({"--arch", arch, "--param", "FIRST=" + std::to_string(b.first), "--param",
                                    "B=" + std::to_string(b.n), "--param", "DYN=" + std::to_string(dyn)});
        ASSERT_TRUE(j.is_object());
        EXPECT_EQ(j["outcome"], "completed");
        std::map<std::string, long long> tokens;
        for (const auto& s : j["streams"]) tokens[s["name"]] = s["tokens"];
        EXPECT_EQ(tokens, dyn ? expectDyn : expectPad);
        EXPECT_EQ(j["tables"]["KV"]["values"], b.n);
        cycles[dyn] = j["cycles"];
      }
      EXPECT_LE(cycles[1], cycles[0]);
    }
}

struct Cli {
  int code;
  std::string out, err;
};
Cli cli(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int code = tools::runDatosim(args, out, err);
  return {code, out.str(), err.str()};
}

// The C simulation of the HLS project in `prj` (make csim) runs and matches datosim's outputs.
void expectCsimPasses(const fs::path& prj) {
  const fs::path log = prj.parent_path() / (prj.filename().string() + "-csim.log");
  const int st = std::system(("make -s -C '" + prj.string() + "' csim > '" + log.string() + "' 2>&1").c_str());
  std::ifstream in(log);
  const std::string text((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(st, 0) << text;
  EXPECT_NE(text.find("csim: PASSED"), std::string::npos) << text;
}

// Dynamic parallelisation: the dispatcher hands each request of a trace batch to the next idle lane. Every
// request runs once, on one lane, with its own tile count (the tiles over all lanes add up to the trace's);
// each lane gets its requests and one stop; and, the dispatch being greedy list scheduling, no lane carries
// more tiles than Graham's bound (the total over P plus the longest request). On npu4x4 the qk lanes need a
// third DMA input (the request stream), so it runs placement-free there.
TEST(DynamicExamples, DispatchHandsRequestsToIdleLanes) {
  const long long T = 64, P = 4;
  struct Batch {
    long long first, n;
  } batches[] = {{1487, 16}, {1845, 16}, {271, 64}};
  for (const char* arch : {"u280", "npu4x4"})
    for (const Batch& b : batches) {
      SCOPED_TRACE(std::string(arch) + " FIRST=" + std::to_string(b.first));
      long long total = 0, longest = 0;
      for (long long kv : azureContext(b.first, b.n)) {
        total += (kv + T - 1) / T;
        longest = std::max(longest, (kv + T - 1) / T);
      }
      const fs::path report = fs::temp_directory_path() / ("datosim-dispatch-" + std::to_string(::getpid()) + ".json");
      const Cli r = cli({src("examples/dynamic/decode_attention_dispatch.json"), "--arch", arch, "--timing=free",
                         "--functional=off", "-q", "--param", "FIRST=" + std::to_string(b.first), "--param",
                         "B=" + std::to_string(b.n), "--json", report.string()});
      ASSERT_EQ(r.code, 0) << r.err;
      std::ifstream in(report);
      const nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
      fs::remove(report);
      ASSERT_TRUE(j.is_object());
      EXPECT_EQ(j["outcome"], "completed");
      std::map<std::string, long long> tokens;
      for (const auto& s : j["streams"]) tokens[s["name"]] = s["tokens"];
      long long probs = 0, req = 0, ctl = 0, done = 0;
      for (long long p = 0; p < P; ++p) {
        const std::string i = "[" + std::to_string(p) + "]";
        probs += tokens["probs" + i];
        req += tokens["req" + i];
        ctl += tokens["ctl" + i];
        done += tokens["done" + i];
        EXPECT_LE(tokens["probs" + i] * P, total + P * longest) << "lane " << p;
        EXPECT_EQ(tokens["req" + i], tokens["done" + i] + 1) << "lane " << p;
      }
      EXPECT_EQ(probs, total);
      EXPECT_EQ(done, b.n);
      EXPECT_EQ(req, b.n + P);
      EXPECT_EQ(ctl, b.n + P);
    }
}

// A copy of FOLDER/NAME (a folder of the source tree, ending in '/') with `from` replaced by `to` and the
// trace paths made absolute, written to `dir`.
std::string variantOf(const fs::path& dir, const std::string& folder, const std::string& name, const std::string& from,
                      const std::string& to) {
  std::ifstream in(src(folder + name));
  std::stringstream ss;
  ss << in.rdbuf();
  std::string t = ss.str();
  std::string traces = "traces/";  // as the graph names it: one "../" per folder level
  for (char c : folder)
    if (c == '/') traces = "../" + traces;
  for (std::size_t at; (at = t.find(traces)) != std::string::npos;) t.replace(at, traces.size(), src("traces/"));
  const std::size_t at = t.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) t.replace(at, from.size(), to);
  const std::string out = (dir / name).string();
  std::ofstream(out) << t;
  return out;
}

std::string exampleVariant(const fs::path& dir, const std::string& name, const std::string& from, const std::string& to) {
  return variantOf(dir, "examples/dynamic/", name, from, to);
}

// Both decode-attention graphs compute their reference (exp(q K^T) V over the positions each request's tiles
// cover) on both families, padded and trace-driven, interleaved and dispatched; a lane that reads the wrong
// request's query, or a reference mask that forgets the tile padding, fails --check.
TEST(DynamicExamples, DecodeAttentionChecksOnBothFamilies) {
  const std::string kv = src("examples/dynamic/decode_attention_kv.json");
  const std::string dispatch = src("examples/dynamic/decode_attention_dispatch.json");
  const std::vector<std::string> batch = {"--param", "FIRST=1845", "--param", "B=6"};  // 376..1145 positions
  for (const char* arch : {"u280", "npu4x4"}) {
    SCOPED_TRACE(arch);
    for (const char* dyn : {"DYN=0", "DYN=1"}) {
      std::vector<std::string> a = {kv, "--arch", arch, "--check", "-q", "--param", dyn};
      a.insert(a.end(), batch.begin(), batch.end());
      const Cli r = cli(a);
      EXPECT_EQ(r.code, 0) << dyn << r.out << r.err;
    }
    std::vector<std::string> a = {dispatch, "--arch", arch, "--check", "-q"};
    a.insert(a.end(), batch.begin(), batch.end());
    const Cli r = cli(a);
    EXPECT_EQ(r.code, 0) << r.out << r.err;
  }
  const fs::path dir = fs::temp_directory_path() / ("datosim-decode-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::vector<std::string> a = {exampleVariant(dir, "decode_attention_dispatch.json", R"("r",
                0,
                0
              ],
              "into": "qr")", R"("(r + 1) % B",
                0,
                0
              ],
              "into": "qr")"),
                                "--arch", "u280", "--check", "-q"};
  a.insert(a.end(), batch.begin(), batch.end());
  Cli r = cli(a);
  EXPECT_EQ(r.code, 6) << r.out << r.err;
  EXPECT_NE(r.err.find("--check failed: O differs from the reference"), std::string::npos) << r.err;
  a = {exampleVariant(dir, "decode_attention_kv.json", "j < (KV[r] + T - 1) / T * T", "j < KV[r]"), "--arch", "u280",
       "--check", "-q", "--param", "DYN=1"};
  a.insert(a.end(), batch.begin(), batch.end());
  r = cli(a);
  EXPECT_EQ(r.code, 6) << r.out << r.err;
  fs::remove_all(dir);
}

// Each qk lane loads q and K^T (its two DMA inputs) and takes request ids from the dispatcher, so
// the dispatcher must sit next to all four qk tiles, and each pv next to its qk: a placement the
// one-swap local search does not reach from its starting points, and the annealing does.
TEST(DynamicExamples, DispatchIsPlacedOnAnNpu) {
  const fs::path dir = fs::temp_directory_path() / ("datosim-dispatch-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string out = (dir / "m.json").string();
  const Cli placed =
      cli({src("examples/dynamic/decode_attention_dispatch.json"), "--arch", "npu4x4", "-q", "--mapping-out", out});
  ASSERT_EQ(placed.code, 0) << placed.err;
  std::ifstream in(out);
  const nlohmann::json m = nlohmann::json::parse(in);
  std::map<std::string, std::pair<int, int>> at;
  for (const auto& grp : m["groups"]) at[grp["instances"][0].get<std::string>()] = {grp["tile"][0], grp["tile"][1]};
  ASSERT_EQ(at.size(), 9U);
  auto next = [&](const std::string& x, const std::string& y) {
    return std::abs(at[x].first - at[y].first) + std::abs(at[x].second - at[y].second) == 1;
  };
  for (int l = 0; l < 4; ++l) {
    const std::string qk = "qk_" + std::to_string(l), pv = "pv_" + std::to_string(l);
    EXPECT_TRUE(next("dispatch", qk)) << qk;
    EXPECT_TRUE(next(qk, pv)) << pv;
  }
  // req and done run between dispatch and qk, probs and ctl between qk and pv: all neighbours.
  ASSERT_EQ(m["derived"]["streams"].size(), 16U);
  for (const auto& st : m["derived"]["streams"]) EXPECT_EQ(st["route"], "shared-memory") << st["stream"];
  // The same placement imposed again gives the same report.
  const Cli again = cli({src("examples/dynamic/decode_attention_dispatch.json"), "--arch", "npu4x4", "--mapping", out});
  const Cli fresh = cli({src("examples/dynamic/decode_attention_dispatch.json"), "--arch", "npu4x4"});
  EXPECT_EQ(again.code, 0) << again.err;
  EXPECT_EQ(fresh.out, again.out);
  fs::remove_all(dir);
}

std::string variant(const fs::path& dir, const std::string& name, const std::string& from, const std::string& to) {
  return variantOf(dir, "tests/examples/dynamic/", name, from, to);
}

// Gets into and puts from rows of a tile compute the reference on both families, in plain and pipelined
// loops (u280 pipelines the row loops); the same graph with the rows put back reversed fails --check.
TEST(DynamicExamples, RowsGatheredIntoTilesAndScatteredBack) {
  const std::string g = src("tests/examples/dynamic/bufferize_rows.json");
  for (const char* arch : {"npu4x4", "npu2", "u280", "u250"}) {
    SCOPED_TRACE(arch);
    Cli r = cli({g, "--arch", arch, "--check", "-q"});
    EXPECT_EQ(r.code, 0) << r.out << r.err;
    r = cli({g, "--arch", arch, "--check", "-q", "--timing=free"});
    EXPECT_EQ(r.code, 0) << r.out << r.err;
  }
  const fs::path dir = fs::temp_directory_path() / ("datosim-rows-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  Cli r = cli({variant(dir, "bufferize_rows.json", R"("from": "t", "at": ["i", 0])", R"("from": "t", "at": ["T - 1 - i", 0])"),
               "--arch", "u280", "--check", "-q"});
  EXPECT_NE(r.code, 0) << r.out;
  EXPECT_NE((r.out + r.err).find("--check failed: Y differs from the reference"), std::string::npos) << r.out << r.err;
  // An offset that runs past the tile is a run-time error naming the local, the offsets and the shapes.
  r = cli({variant(dir, "bufferize_rows.json", R"("into": "t", "at": ["i", 0])", R"("into": "t", "at": ["i + 1", 0])"),
           "--arch", "npu4x4", "-q"});
  EXPECT_EQ(r.code, 5) << r.out << r.err;
  EXPECT_NE((r.out + r.err).find("get into 't' at [8, 0]: the 1x32 token does not fit in the local 8x32 (dimension 0: "
                                 "offset 8, extent 1, local 8)"),
            std::string::npos)
      << r.out << r.err;
  fs::remove_all(dir);
}

// get_any into a local, over an index that also names a variable set at run time: the merged sum of both
// producers' rows equals the reference on both families; a merger that waits for one row more than the
// producers send deadlocks, and a sum reset in the loop fails --check.
TEST(DynamicExamples, MergeOfWhicheverProducerIsReady) {
  const std::string g = src("tests/examples/dynamic/merge_any.json");
  for (const char* arch : {"u280", "npu4x4"}) {
    Cli r = cli({g, "--arch", arch, "--check", "-q"});
    EXPECT_EQ(r.code, 0) << arch << "\n" << r.out << r.err;
  }
  const fs::path dir = fs::temp_directory_path() / ("datosim-merge-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  Cli r = cli({variant(dir, "merge_any.json", R"("range": "2 * N", )", R"("range": "2 * N + 1", )"), "--arch", "u280", "-q"});
  EXPECT_EQ(r.code, 3) << r.err;
  r = cli({variant(dir, "merge_any.json", R"("range": "2 * N", "body": [
          {"get_any")", R"("range": "2 * N", "body": [
          {"compute": "zero", "out": "acc"},
          {"get_any")"),
           "--arch", "u280", "--check", "-q"});
  EXPECT_EQ(r.code, 6) << r.err;
  fs::remove_all(dir);
}

// Values taken from data: the row numbers in R steer the consumer (a value stream fed by puts of a
// one-element local). The run turns functional mode on by itself and refuses --functional=off; a value
// outside the variable's range is a run-time error (exit 5) naming the get; the HLS project's C simulation
// follows the same data; the NPU backend refuses the variable (exit 9).
TEST(DynamicExamples, ValuesTakenFromDataSteerTheConsumer) {
  const std::string g = src("tests/examples/dynamic/values_from_data.json");
  const fs::path dir = fs::temp_directory_path() / ("datosim-vfd-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::vector<int> rows = {3, 1, 7, 0};
  data::Buffer R(ir::DType::I32, {4, 1});
  for (int i = 0; i < 4; ++i) R.setInt(i, rows[static_cast<std::size_t>(i)]);
  ASSERT_EQ(data::writeNpy((dir / "R.npy").string(), R), "");
  Cli r = cli({g, "--arch", "u280", "--input", "R=" + (dir / "R.npy").string(), "--output-dir", (dir / "out").string()});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("--functional=auto: stream 'rows' carries values taken from data"), std::string::npos) << r.out;
  data::Buffer X, O;
  ASSERT_EQ(data::readNpyAny((dir / "out/X.npy").string(), X), "");
  ASSERT_EQ(data::readNpyAny((dir / "out/O.npy").string(), O), "");
  for (int k = 0; k < 4; ++k)
    for (int c = 0; c < 8; ++c) EXPECT_EQ(O.getInt(k * 8 + c), X.getInt(rows[static_cast<std::size_t>(k)] * 8 + c)) << k << "," << c;
  r = cli({g, "--arch", "u280", "--functional=off", "-q"});
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find("values_from_data.json:/tasks/prod/body/0/body/1: error: stream 'rows' carries values taken from data"),
            std::string::npos)
      << r.err;
  // Random R (seed 1): its first value is far outside [0, 8).
  r = cli({g, "--arch", "u280", "-q"});
  EXPECT_EQ(r.code, 5) << r.err;
  EXPECT_NE(r.err.find("/tasks/cons/body/0/body/0"), std::string::npos) << r.err;
  r = cli({g, "--arch", "u280", "--input", "R=" + (dir / "R.npy").string(), "--emit=hls", "--output-dir", (dir / "hls").string(), "-q"});
  ASSERT_EQ(r.code, 0) << r.err;
  expectCsimPasses(dir / "hls");
  r = cli({g, "--arch", "npu4x4", "--input", "R=" + (dir / "R.npy").string(), "--emit=npu", "--output-dir", (dir / "npu").string(), "-q"});
  EXPECT_EQ(r.code, 9) << r.err;
  // In a pipelined loop such a put is refused, as a value put is (it crashed the engine before).
  r = cli({variant(dir, "values_from_data.json", R"("range": "N", "body": [{"load": "r")",
                   R"("range": "N", "pipeline": {"ii": 1}, "body": [{"load": "r")"),
           "--arch", "u280", "--input", "R=" + (dir / "R.npy").string(), "-q"});
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find("/tasks/prod/body/0/body/1: error: a put of a value (stream 'rows' carries values"), std::string::npos)
      << r.err;
  fs::remove_all(dir);
}

// An MoE layer routed by its own router at run time: argmax of the router's scores, sent as a value
// from data, picks each token's expert. The test recomputes every token's expert and output with
// datosim's kernels (matmul, argmax) from the run's inputs and requires the outputs bit for bit, and
// each expert's token count from the routing; the HLS C simulation and a placement-free NPU run give the
// same outputs.
TEST(DynamicExamples, MoeRoutedByItsOwnRouter) {
  const std::string g = src("tests/examples/dynamic/moe_argmax.json");
  const fs::path dir = fs::temp_directory_path() / ("datosim-moe-argmax-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  Cli r = cli({g, "--arch", "u280", "--output-dir", (dir / "out").string(), "--json", (dir / "r.json").string(), "-q"});
  ASSERT_EQ(r.code, 0) << r.err;
  auto load = [&](const std::string& f) {
    data::Buffer b;
    EXPECT_EQ(data::readNpyAny((dir / f).string(), b), "") << f;
    return b;
  };
  const data::Buffer X = load("out/X.npy"), WR = load("out/WR.npy"), W = load("out/W.npy"), Y = load("out/Y.npy");
  const std::int64_t T = 8, D = 16, E = 4, F = 16;
  std::vector<long long> count(static_cast<std::size_t>(E), 0);
  data::Buffer want(ir::DType::F32, {T, F});
  for (std::int64_t t = 0; t < T; ++t) {
    data::Buffer x(ir::DType::BF16, {1, D}), s(ir::DType::F32, {1, E}), e(ir::DType::I32, {1}), w(ir::DType::BF16, {D, F}),
        y(ir::DType::F32, {1, F});
    for (std::int64_t k = 0; k < D; ++k) x.setFloat(k, X.getFloat(t * D + k));
    ASSERT_EQ(kernels::runKernel("matmul", {&x, &WR}, s), "");
    ASSERT_EQ(kernels::runKernel("argmax", {&s}, e, false, {{"axis", 1}}), "");
    const std::int64_t ex = e.getInt(0);
    ASSERT_TRUE(ex >= 0 && ex < E);
    ++count[static_cast<std::size_t>(ex)];
    for (std::int64_t k = 0; k < D * F; ++k) w.setFloat(k, W.getFloat(ex * D * F + k));
    ASSERT_EQ(kernels::runKernel("matmul", {&x, &w}, y), "");
    for (std::int64_t f = 0; f < F; ++f) want.setFloat(t * F + f, y.getFloat(f));
  }
  EXPECT_TRUE(want == Y);
  std::ifstream in(dir / "r.json");
  const nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
  std::map<std::string, long long> tokens;
  for (const auto& st : j["streams"]) tokens[st["name"]] = st["tokens"];
  for (std::int64_t e = 0; e < E; ++e) {
    EXPECT_EQ(tokens["xin[" + std::to_string(e) + "]"], count[static_cast<std::size_t>(e)]) << e;
    EXPECT_EQ(tokens["go[" + std::to_string(e) + "]"], count[static_cast<std::size_t>(e)] + 1) << e;  // and the stop
  }
  int used = 0;
  for (long long c : count) used += c > 0;
  EXPECT_GE(used, 2) << "the random inputs route every token to one expert: the test shows little";
  r = cli({g, "--arch", "npu4x4", "--timing=free", "--output-dir", (dir / "npu").string(), "-q"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(load("npu/Y.npy") == Y);
  r = cli({g, "--arch", "u280", "--emit=hls", "--output-dir", (dir / "hls").string(), "-q"});
  ASSERT_EQ(r.code, 0) << r.err;
  expectCsimPasses(dir / "hls");
  if (!::testing::Test::HasFailure()) fs::remove_all(dir);
}

// The roofline bound of steered graphs replays the values the run received: computed, and its MAC count
// equals the run's (a walk that took another path would count other work).
TEST(DynamicExamples, TheBoundOfSteeredGraphsFollowsTheRun) {
  const fs::path report = fs::temp_directory_path() / ("datosim-steered-bound-" + std::to_string(::getpid()) + ".json");
  for (const auto& [g, arch] : std::vector<std::pair<std::string, std::string>>{
           {"examples/dynamic/decode_attention_dispatch.json", "u280"},
           {"examples/dynamic/decode_attention_dispatch.json", "npu4x4"},
           {"tests/examples/dynamic/moe_argmax.json", "u280"},
           {"tests/examples/dynamic/merge_any.json", "u280"}}) {
    Cli r = cli({src(g), "--arch", arch, "--json", report.string(), "-q"});
    ASSERT_EQ(r.code, 0) << g << " " << arch << "\n" << r.err;
    std::ifstream in(report);
    const nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
    ASSERT_TRUE(j["bound"]["complete"].get<bool>()) << g << " " << arch << ": " << j["bound"].dump();
    long long macs = 0;
    for (const auto& [dt, n] : j["bound"]["macs"].items()) macs += n.get<long long>();
    EXPECT_EQ(macs, j["macs"].get<long long>()) << g << " " << arch;
    // A lower bound: no run is faster than it.
    EXPECT_LE(j["bound"]["cycles"].get<double>(), j["cycles"].get<double>()) << g << " " << arch;
  }
  fs::remove(report);
  // Every stream's token count in the walk equals the run's: the replay took the run's path (which stream
  // each put went to, how many times each loop ran), not only its arithmetic.
  for (const auto& [g, arch] : std::vector<std::pair<std::string, std::string>>{
           {"examples/dynamic/decode_attention_dispatch.json", "u280"},
           {"tests/examples/dynamic/moe_argmax.json", "u280"},
           {"tests/examples/dynamic/value_while.json", "u280"},
           {"tests/examples/dynamic/merge_any.json", "u280"},
           {"examples/pipeline3.json", "npu4x4"}}) {
    pipeline::RunOptions ro;
    ro.graph = src(g);
    ro.arch = arch;
    ro.configDirs = tools::configSearchDirs();
    const pipeline::RunResult res = pipeline::run(ro);
    ASSERT_TRUE(res.completed()) << g;
    ASSERT_TRUE(res.bound.complete) << g << ": " << res.bound.note;
    ASSERT_EQ(res.report.streams.size(), res.graph->streamInsts.size()) << g;
    for (std::size_t s = 0; s < res.report.streams.size(); ++s) {
      auto it = res.bound.work.tokens.find(static_cast<int>(s));
      EXPECT_EQ(it == res.bound.work.tokens.end() ? 0 : it->second, res.report.streams[s].tokens)
          << g << ": stream " << res.report.streams[s].name;
    }
  }
  // Store coverage of steered tasks follows the run too: value_while copies the rows its producer names;
  // with two values fewer, rows 3 and 5 of O are never stored in this run, and the warning says so.
  {
    const fs::path dir = fs::temp_directory_path() / ("datosim-steered-cov-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    Cli full = cli({src("tests/examples/dynamic/value_while.json"), "--arch", "u280", "-q"});
    EXPECT_EQ(full.code, 0) << full.err;
    EXPECT_EQ(full.err.find("never stored"), std::string::npos) << full.err;
    Cli gap = cli({variant(dir, "value_while.json", R"({"for": "k", "range": "N", "body": [{"put": "rows")",
                           R"({"for": "k", "range": "N - 2", "body": [{"put": "rows")"),
                   "--arch", "u280", "-q"});
    EXPECT_EQ(gap.code, 0) << gap.err;
    EXPECT_NE(gap.err.find("/tasks/cons/body/1/body/1: warning: tensor 'O': 16 of 48 elements are never stored, within "
                           "[3..5, 0..7]; the first is [3, 0]; in this run: steered stores"),
              std::string::npos)
        << gap.err;
    fs::remove_all(dir);
  }
  // A run that stops early (a cycle limit) has not received everything: no bound, and it says why.
  Cli r = cli({src("examples/dynamic/decode_attention_dispatch.json"), "--arch", "u280", "--max-cycles", "1000"});
  EXPECT_EQ(r.code, 4) << r.err;
  EXPECT_NE(r.out.find("bound    not computed: instance dispatch: its control depends on values"), std::string::npos) << r.out;
}

// Rows routed to experts by the Mixtral trace and merged back in token order compute the reference,
// whose one-hot routing matrix is built from the same table ('init'); each expert gets the count the
// trace's counts file gives; a wrong routing matrix fails --check. On the NPU configs the 8-way fan-out
// does not fit a compute tile's DMA channels (exit 8), placement-free it runs and checks.
TEST(DynamicExamples, RowsRoutedByTheMixtralTrace) {
  const std::string g = src("tests/examples/dynamic/route_rows.json");
  const fs::path report = fs::temp_directory_path() / ("datosim-route-" + std::to_string(::getpid()) + ".json");
  Cli r = cli({g, "--arch", "u280", "--check", "-q", "--json", report.string()});
  ASSERT_EQ(r.code, 0) << r.out << r.err;
  std::ifstream in(report);
  nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
  fs::remove(report);
  std::map<std::string, long long> tokens;
  for (const auto& s : j["streams"]) tokens[s["name"]] = s["tokens"];
  std::ifstream counts(src("traces/moe_expert_counts_mixtral_b64.csv"));
  std::string line;
  std::getline(counts, line);
  int experts = 0;
  while (std::getline(counts, line)) {
    const std::size_t c = line.find(',');
    const std::string e = line.substr(0, c);
    const long long n = std::stoll(line.substr(c + 1));
    EXPECT_EQ(tokens["xin[" + e + "]"], n) << e;
    EXPECT_EQ(tokens["yout[" + e + "]"], n) << e;
    ++experts;
  }
  EXPECT_EQ(experts, 8);
  r = cli({g, "--arch", "npu4x4", "--check", "-q", "--timing=free"});
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  r = cli({g, "--arch", "npu4x4", "-q"});
  EXPECT_EQ(r.code, 8) << r.out << r.err;
  EXPECT_NE(r.err.find("(dispatch): needs 4 DMA output channels (MM2S), the tile has 2"), std::string::npos) << r.err;

  const fs::path dir = fs::temp_directory_path() / ("datosim-route-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string full = R"j("value": "(ROUTE[t * K] == e) + (ROUTE[t * K + 1] == e)")j";
  r = cli({variant(dir, "route_rows.json", full, R"j("value": "ROUTE[t * K] == e")j"), "--arch", "u280", "--check", "-q"});
  EXPECT_NE(r.code, 0);
  EXPECT_NE(r.err.find("--check failed: Y differs from the reference"), std::string::npos) << r.err;
  r = cli({variant(dir, "route_rows.json", full, R"j("value": "ROUTE[t * K + 2] == e")j"), "--arch", "u280", "--check", "-q"});
  EXPECT_NE(r.code, 0);
  EXPECT_NE(r.err.find(":/reference/tensors/M/init: index 128 is out of range of table 'ROUTE' (128 values, indices "
                       "0..127) at [63, 0] of reference tensor 'M'"),
            std::string::npos)
      << r.err;
  r = cli({variant(dir, "route_rows.json", R"j("index": ["t", "e"])j", R"j("index": ["t", "ee"])j"), "--arch", "u280", "-q"});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find(":/reference/tensors/M/init/value: error: undefined name 'e' in 'value'"), std::string::npos) << r.err;
  r = cli({variant(dir, "route_rows.json", R"j("index": ["t", "e"])j", R"j("index": ["t", "K"])j"), "--arch", "u280", "-q"});
  EXPECT_NE(r.err.find(":/reference/tensors/M/init/index/1: error: index 'K' has the name of a parameter"), std::string::npos)
      << r.err;
  r = cli({variant(dir, "route_rows.json", R"j("index": ["t", "e"])j", R"j("index": ["t"])j"), "--arch", "u280", "-q"});
  EXPECT_NE(r.err.find(":/reference/tensors/M/init/index: error: 'index' names one index per dimension: the tensor has "
                       "rank 2, found 1"),
            std::string::npos)
      << r.err;
  fs::remove_all(dir);
}

// The MoE layers check against their dense references, static and dynamic, and each expert's input
// stream carries the count the trace gives it; dynamic tiling is faster on u280.
TEST(DynamicExamples, MoeLayersCheckAndMoveTheTraceCounts) {
  struct Layer {
    const char* graph;
    const char* counts;
    const char* timing;
  } layers[] = {{"moe_layer.json", "moe_expert_counts_mixtral_b64.csv", "--timing=placed"},
                {"moe_layer_qwen.json", "moe_expert_counts_qwen_b64.csv", "--timing=free"}};
  for (const Layer& l : layers) {
    SCOPED_TRACE(l.graph);
    std::map<std::string, long long> expect;
    std::ifstream counts(src(std::string("traces/") + l.counts));
    std::string line;
    std::getline(counts, line);
    while (std::getline(counts, line)) {
      const std::size_t c = line.find(',');
      const long long n = std::stoll(line.substr(c + 1));
      if (n > 0) expect["xin[" + line.substr(0, c) + "]"] = n;
    }
    long long cycles[2] = {0, 0};
    for (int dyn = 0; dyn < 2; ++dyn) {
      const fs::path report = fs::temp_directory_path() / ("datosim-moe-" + std::to_string(::getpid()) + ".json");
      Cli r = cli({src(std::string("examples/dynamic/") + l.graph), "--arch", "u280", l.timing, "--check", "-q",
                   "--param", "DYN=" + std::to_string(dyn), "--json", report.string()});
      ASSERT_EQ(r.code, 0) << r.out << r.err;
      std::ifstream in(report);
      nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
      fs::remove(report);
      std::map<std::string, long long> xin;
      for (const auto& s : j["streams"])
        if (s["name"].get<std::string>().rfind("xin[", 0) == 0) xin[s["name"]] = s["tokens"];
      EXPECT_EQ(xin, expect);
      cycles[dyn] = j["cycles"];
    }
    EXPECT_LT(cycles[1], cycles[0]);
  }
}

// The grouped-GEMM MoE experts place on both families (npu4x4: every core within two DMA inputs and L1;
// u280: BRAM), check against their references static and dynamic, and each up->down stream carries the
// tiles the trace's counts call for: ceil(CNT[e] / T) for each expert the pair serves when dynamic, CAP / T
// when static (counted here from the CSV, not from the graph's tables). Dynamic tiling is faster.
TEST(DynamicExamples, GroupedExpertsPlaceAndMoveTheTraceTiles) {
  const long long T = 16, P = 4, CAP = 64;
  struct Layer {
    const char* graph;
    const char* counts;
  } layers[] = {{"moe_experts.json", "moe_expert_counts_mixtral_b64.csv"},
                {"moe_experts_qwen.json", "moe_expert_counts_qwen_b64.csv"}};
  for (const Layer& l : layers) {
    std::vector<long long> cnt;
    std::ifstream counts(src(std::string("traces/") + l.counts));
    std::string line;
    std::getline(counts, line);
    while (std::getline(counts, line)) cnt.push_back(std::stoll(line.substr(line.find(',') + 1)));
    ASSERT_EQ(cnt.size() % P, 0u) << l.counts;
    const long long Q = static_cast<long long>(cnt.size()) / P;
    std::map<std::string, long long> expect[2];
    for (long long p = 0; p < P; ++p)
      for (long long q = 0; q < Q; ++q) {
        const std::string s = "hs[" + std::to_string(p) + "]";
        expect[0][s] += CAP / T;
        expect[1][s] += (cnt[static_cast<std::size_t>(p * Q + q)] + T - 1) / T;
      }
    for (const char* arch : {"npu4x4", "u280"}) {
      SCOPED_TRACE(std::string(l.graph) + " " + arch);
      long long cycles[2] = {0, 0};
      for (int dyn = 0; dyn < 2; ++dyn) {
        const fs::path report = fs::temp_directory_path() / ("datosim-moe-x-" + std::to_string(::getpid()) + ".json");
        Cli r = cli({src(std::string("examples/dynamic/") + l.graph), "--arch", arch, "--check", "-q", "--param",
                     "DYN=" + std::to_string(dyn), "--json", report.string()});
        ASSERT_EQ(r.code, 0) << r.out << r.err;
        std::ifstream in(report);
        nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
        fs::remove(report);
        ASSERT_TRUE(j.is_object());
        std::map<std::string, long long> hs;
        for (const auto& s : j["streams"]) hs[s["name"]] = s["tokens"];
        EXPECT_EQ(hs, expect[dyn]);
        cycles[dyn] = j["cycles"];
      }
      EXPECT_LT(cycles[1], cycles[0]);
    }
  }
  // The FPGA project of the Mixtral experts (the counts table a ROM in each PE): its C simulation reproduces
  // datosim's outputs, the rows the dynamic tiling leaves unstored included (zeros).
  const fs::path dir = fs::temp_directory_path() / ("datosim-moe-x-hls-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  Cli r = cli({src("examples/dynamic/moe_experts.json"), "--arch", "u280", "--emit=hls", "--output-dir", dir.string(), "-q"});
  ASSERT_EQ(r.code, 0) << r.err;
  expectCsimPasses(dir);
  if (!::testing::Test::HasFailure()) {
    fs::remove_all(dir);
    fs::remove(dir.parent_path() / (dir.filename().string() + "-csim.log"));
  }
}

TEST(DynamicExamples, EveryFileIsCovered) {
  std::set<std::string> files;
  for (const auto& e : fs::directory_iterator(src("examples/dynamic")))
    if (e.path().extension() == ".json") files.insert(e.path().filename().string());
  EXPECT_EQ(files, (std::set<std::string>{"decode_attention_dispatch.json", "decode_attention_kv.json", "moe_experts.json",
                                          "moe_experts_qwen.json", "moe_layer.json", "moe_layer_qwen.json"}));
  std::set<std::string> tests;
  for (const auto& e : fs::directory_iterator(src("tests/examples/dynamic")))
    if (e.path().extension() == ".json") tests.insert(e.path().filename().string());
  EXPECT_EQ(tests, (std::set<std::string>{"bufferize_rows.json", "ragged_rows.json", "merge_any.json", "route_rows.json", "value_while.json",
                                          "values_from_data.json", "moe_argmax.json"}));
}

}  // namespace
}  // namespace datosim::testing
