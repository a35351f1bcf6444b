// The analytical bound of analysis/roofline.h on small graphs whose work is counted by hand.
#include "analysis/roofline.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "frontend/frontend.h"
#include "tools/cli.h"

namespace datosim {
namespace {

// A shipped config with the numbers the hand computations below use pinned, so that a later
// recalibration of the config does not change what these tests check.
ir::Arch archWith(const std::string& name, const std::map<std::string, double>& pins) {
  Diagnostics d;
  auto a = frontend::loadArch(name, {DATOSIM_CONFIG_DIR}, d);
  EXPECT_TRUE(a) << d.str();
  for (const auto& [k, v] : pins) {
    EXPECT_TRUE(a->has(k)) << k;
    a->params[k].value = v;
  }
  EXPECT_TRUE(sim::validateArch(*a, d)) << d.str();
  return *a;
}

ir::Arch npu() {
  return archWith("npu4x4", {{"array.columns", 4}, {"array.compute_rows", 4}, {"macs_per_cycle.i16", 64},
                             {"vector_lanes.i32", 16}, {"stream.bytes_per_cycle", 4}, {"shim.mm2s_channels", 2},
                             {"shim.s2mm_channels", 2}, {"shim.bytes_per_cycle", 4}});
}

ir::Arch fpga() {
  return archWith("u280", {{"pe.macs_per_cycle.i16", 32}, {"stream.bytes_per_cycle", 64}, {"hbm.channels", 32},
                           {"hbm.bytes_per_cycle", 47.9}, {"dsp_per_mac.i16", 1}, {"resources.dsp", 9024}});
}

ir::Graph graph(const std::string& text) {
  Diagnostics d;
  auto g = frontend::parseGraph(text, "test.json", {}, d);
  EXPECT_TRUE(g) << d.str();
  EXPECT_FALSE(d.hasErrors()) << d.str();
  return g ? *g : ir::Graph{};
}

analysis::Bound bound(const ir::Graph& g, const ir::Arch& a, analysis::BoundOptions o = {}) {
  auto model = sim::createTimingModel(a);
  return analysis::computeBound(g, a, *model, o);
}

// p: N times { load 16x16 i16 twice, 16x16x16 matmul, put a 16x16 i32 tile }.
// q: N times { get; store when k % 3 == 0 } (a run-time if: k = 0, 3, 6 for N = 8).
const char* kProducerConsumer = R"({
  "format": "datosim-graph/1", "name": "pc", "params": {"N": 8},
  "tensors": {"A": {"dtype": "i16", "shape": [64, 64], "role": "input"},
              "C": {"dtype": "i32", "shape": [64, 64], "role": "output"}},
  "streams": {"s": {"dtype": "i32", "tile": [16, 16], "depth": 2}},
  "tasks": {
    "p": {"mapping": [1], "args": {"a": {"tensor": "A", "layout": ["R", "R"]}},
          "locals": {"x": {"dtype": "i16", "shape": [16, 16]}, "y": {"dtype": "i16", "shape": [16, 16]},
                     "z": {"dtype": "i32", "shape": [16, 16]}},
          "body": [{"for": "k", "range": "N", "body": [
            {"load": "a", "at": ["k", 0], "into": "x"}, {"load": "a", "at": [0, "k"], "into": "y"},
            {"compute": "matmul", "in": ["x", "y"], "out": "z", "accumulate": true},
            {"put": "s", "from": "z"}]}]},
    "q": {"mapping": [1], "args": {"c": {"tensor": "C", "layout": ["R", "R"]}},
          "locals": {"z": {"dtype": "i32", "shape": [16, 16]}},
          "body": [{"for": "k", "range": "N", "body": [
            {"get": "s", "into": "z"},
            {"if": "k % 3 == 0", "then": [{"store": "c", "at": [0, 0], "from": "z"}]}]}]}
  }})";

TEST(Roofline, CountsLoopsAndRunTimeIfsExactlyOnTheNpu) {
  const ir::Graph g = graph(kProducerConsumer);
  const analysis::Bound b = bound(g, npu());
  ASSERT_TRUE(b.complete) << b.note;
  // 8 matmuls of 16 x 16 x 16 = 32,768 i16 MACs, all in instance p.
  EXPECT_EQ(b.macs, 32768);
  EXPECT_EQ(b.work.macs.at(ir::DType::I16), 32768);
  EXPECT_EQ(b.macDType, "i16");
  EXPECT_EQ(b.work.macInstances, 1);
  EXPECT_EQ(b.arrayUnits, 16);
  EXPECT_EQ(b.unitName, "tiles");
  EXPECT_DOUBLE_EQ(b.computeCycles, 32768.0 / 64);            // one tile: 512
  EXPECT_DOUBLE_EQ(b.computeArrayCycles, 32768.0 / (16 * 64));  // all 16 tiles: 32
  // Loads: 8 x 2 tiles x 512 B; stores: k in {0, 3, 6} -> 3 x 1 KiB.
  EXPECT_EQ(b.work.loadBytes, 8192);
  EXPECT_EQ(b.work.storeBytes, 3072);
  EXPECT_EQ(b.memoryBytes, 11264);
  EXPECT_EQ(b.memoryChannels, "8 read + 8 write channels");
  EXPECT_DOUBLE_EQ(b.memoryCycles, 8192.0 / (8 * 4));  // reads bind: 256 (writes 96)
  // p puts 8 tokens of 1 KiB at 4 B/cycle: 8 x 256.
  EXPECT_DOUBLE_EQ(b.streamCycles, 2048);
  EXPECT_EQ(b.streamInstance, "p");
  EXPECT_EQ(b.streamBytes, 8192);
  EXPECT_EQ(b.vectorCycles, 0);
  EXPECT_EQ(b.binding, "stream");
  EXPECT_DOUBLE_EQ(b.cycles, 2048);
}

TEST(Roofline, SharedHbmPoolAndPeRatesOnTheFpga) {
  const analysis::Bound b = bound(graph(kProducerConsumer), fpga());
  ASSERT_TRUE(b.complete) << b.note;
  EXPECT_EQ(b.unitName, "PEs");
  EXPECT_DOUBLE_EQ(b.computeCycles, 32768.0 / 32);    // one PE at 32 i16 MACs/cycle: 1,024
  EXPECT_DOUBLE_EQ(b.computeArrayCycles, 32768.0 / 9024);  // 9,024 DSPs at 1 DSP per MAC
  EXPECT_EQ(b.memoryChannels, "32 shared channels");
  EXPECT_DOUBLE_EQ(b.memoryCycles, 11264.0 / (32 * 47.9));  // loads and stores share the pool
  EXPECT_DOUBLE_EQ(b.streamCycles, 8 * 16);                 // 1 KiB at 64 B/cycle
  EXPECT_EQ(b.binding, "compute");
  EXPECT_DOUBLE_EQ(b.cycles, 1024);
}

// A uniform loop of 10^9 iterations is counted once and multiplied; a triangular loop nest
// (inner bound = outer variable) is walked iteration by iteration; a dynamic stream index is
// evaluated per iteration.
TEST(Roofline, UniformLoopsMultiplyTriangularLoopsAndDynamicIndicesAreWalked) {
  const ir::Graph g = graph(R"({
    "format": "datosim-graph/1", "name": "loops", "params": {"N": 8, "P": 4},
    "tensors": {"A": {"dtype": "i16", "shape": [16, 16], "role": "input"}},
    "streams": {"s": {"dtype": "i32", "tile": [], "depth": 2, "array": ["P"]}},
    "tasks": {
      "w": {"mapping": [1], "args": {"a": {"tensor": "A", "layout": ["R", "R"]}},
            "locals": {"t": {"dtype": "i16", "shape": [4, 4]}, "z": {"dtype": "i32", "shape": [8, 8]},
                       "v": {"dtype": "i32", "shape": []}},
            "body": [
              {"for": "k", "range": 1000000000, "body": [{"compute": "zero", "out": "z"}]},
              {"for": "i", "range": "N", "body": [{"for": "j", "range": "i", "body": [
                {"load": "a", "at": [0, 0], "into": "t"}]}]},
              {"for": "k", "range": "2 * P", "body": [{"put": "s[k % P]", "from": "v"}]}]},
      "r": {"mapping": ["P"], "coords": ["p"], "locals": {"v": {"dtype": "i32", "shape": []}},
            "body": [{"for": "k", "range": 2, "body": [{"get": "s[p]", "into": "v"}]}]}
    }})");
  analysis::BoundOptions o;
  o.maxSteps = 10000;
  const analysis::Bound b = bound(g, npu(), o);
  ASSERT_TRUE(b.complete) << b.note;
  // zero over an 8x8 i32 local: 64 elements per call on the vector unit.
  EXPECT_EQ(b.work.vectorOps.at(ir::DType::I32), 64'000'000'000);
  EXPECT_EQ(b.work.vectorInstances, 1);
  EXPECT_DOUBLE_EQ(b.vectorCycles, 64e9 / 16);
  // 0 + 1 + ... + 7 = 28 loads of 4x4 i16 = 32 B.
  EXPECT_EQ(b.work.loadBytes, 28 * 32);
  // 8 scalar puts from w (4 B each, 1 cycle at 4 B/cycle).
  EXPECT_EQ(b.streamInstance, "w");
  EXPECT_DOUBLE_EQ(b.streamCycles, 8);
  EXPECT_EQ(b.streamBytes, 32);
  EXPECT_EQ(b.binding, "vector");
}

TEST(Roofline, TheWalkIsBounded) {
  analysis::BoundOptions o;
  o.maxSteps = 20;  // q alone visits 8 iterations x 2-3 statements
  const analysis::Bound b = bound(graph(kProducerConsumer), npu(), o);
  EXPECT_FALSE(b.complete);
  EXPECT_NE(b.note.find("maxSteps"), std::string::npos) << b.note;
  EXPECT_EQ(analysis::formatBound(b, 100).rfind("bound    not computed: ", 0), 0u);
  EXPECT_EQ(analysis::boundToJson(b, 100)["complete"], false);
}

TEST(Roofline, SummaryLineAndJson) {
  const analysis::Bound b = bound(graph(kProducerConsumer), npu());
  ASSERT_TRUE(b.complete) << b.note;
  const std::string line = analysis::formatBound(b, 3072);
  EXPECT_EQ(line,
            "bound    compute 512 cycles (i16, 1 of 16 tiles; 32 on the whole array), memory 256 cycles (11.3 kB over "
            "8 read + 8 write channels), stream 2,048 cycles (8.2 kB put by p) -> stream-bound; simulated 3,072 = "
            "1.50x the bound\n");
  EXPECT_EQ(analysis::formatBound(b, -1).find("simulated"), std::string::npos);
  const auto j = analysis::boundToJson(b, 3072);
  EXPECT_EQ(j["binding"], "stream");
  EXPECT_EQ(j["cycles"], 2048);
  EXPECT_EQ(j["compute_cycles"], 512);
  EXPECT_EQ(j["load_bytes"], 8192);
  EXPECT_EQ(j["macs"]["i16"], 32768);
  EXPECT_DOUBLE_EQ(j["simulated_over_bound"].get<double>(), 1.5);
  EXPECT_TRUE(analysis::boundToJson(b, -1)["simulated_over_bound"].is_null());
}


// The bound reaches the datosim summary and JSON report. Split-K GEMM, 256^3 on 16 tiles: 16,777,216 MACs /
// (16 x 64) = 16,384 cycles; every instance loads 2 x 2 x 2 tiles of 8 KiB (1 MiB in all) over 8 read channels
// of 4 B/cycle = 32,768 cycles -> memory-bound.
TEST(Roofline, DatosimPrintsTheBoundBesideTheSimulatedResult) {
  const std::string json = ::testing::TempDir() + "roofline_report.json";
  std::ostringstream out, err;
  const int code = tools::runDatosim({std::string(DATOSIM_SOURCE_DIR) + "/examples/npu_gemm_splitk.json",
                                      "--arch", std::string(DATOSIM_CONFIG_DIR) + "/npu4x4.json", "--functional=off",
                                      "--json", json},
                                     out, err);
  ASSERT_EQ(code, 0) << err.str();
  const std::string text = out.str();
  EXPECT_NE(text.find("\nbound    compute 16,384 cycles (i16, 16 tiles)"), std::string::npos) << text;
  EXPECT_NE(text.find("memory 32,768 cycles (1.3 MB over 8 read + 8 write channels)"), std::string::npos) << text;
  EXPECT_NE(text.find("-> memory-bound; simulated "), std::string::npos) << text;
  std::ifstream in(json);
  const auto j = nlohmann::json::parse(in);
  EXPECT_EQ(j["bound"]["binding"], "memory");
  EXPECT_EQ(j["bound"]["cycles"], 32768);
  EXPECT_EQ(j["bound"]["compute_cycles"], 16384);
  EXPECT_DOUBLE_EQ(j["bound"]["simulated_over_bound"].get<double>(), j["cycles"].get<double>() / 32768);
}

}  // namespace
}  // namespace datosim
