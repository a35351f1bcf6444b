// The analytical bound of analysis/roofline.h on small graphs whose work is counted by hand.
#include "analysis/roofline.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "arch/cycles.h"
#include "arch/timing_model.h"
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
  EXPECT_TRUE(arch::validateArch(*a, d)) << d.str();
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
  auto model = arch::createTimingModel(a);
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
  EXPECT_EQ(b.work.macs.at(ir::MacType(ir::DType::I16)), 32768);
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
  // The 8 matmul calls of p one after another: 128 cycles of MACs plus the pipeline depth and call
  // overhead each; its 8 puts' FIFO accesses; and its 16 loads of 512 B, each blocking p for the m_axi
  // issue, the transfer at the channel's sustained rate and the HBM latency. That binds, above the MACs at
  // the PE's rate.
  const ir::Arch a = fpga();
  const double call = a.get("pe.pipeline_depth_cycles") + a.get("pe.call_overhead_cycles");
  const auto model = arch::createTimingModel(a);
  const arch::MemorySystem mem = model->memorySystem();
  const double load = static_cast<double>(model->memoryIssueCycles() + arch::ceilCycles(512, mem.bytesPerCycle) + mem.latency);
  const double own = 8 * (128 + call) + 8 * a.get("fifo.access_cycles") + 16 * load;
  EXPECT_DOUBLE_EQ(b.kernelCycles, own);
  EXPECT_EQ(b.kernelWhere, "p");
  EXPECT_TRUE(b.kernelAccess);
  EXPECT_TRUE(b.kernelMemory);
  EXPECT_EQ(b.binding, "kernels");
  EXPECT_DOUBLE_EQ(b.cycles, own);
}

// Placed on an FPGA, each tensor lives on the channels the mapping gave it: the memory term is the
// busiest of those channels, not all traffic over the whole pool. p loads 8 x 2 tiles of 512 B of A
// (8,192 B), q stores 3 tiles of 1,024 B of C (3,072 B).
TEST(Roofline, PlacedFpgaMemoryIsTheBusiestChannel) {
  const ir::Graph g = graph(kProducerConsumer);
  auto route = [](int inst, int arg, bool write, std::vector<int> channels) {
    ir::MemRoute r;
    r.instance = inst;
    r.arg = arg;
    r.write = write;
    r.hbmChannels = std::move(channels);
    return r;
  };
  ir::Mapping m;
  m.fpga.emplace();
  m.memRoutes = {route(0, 0, false, {0}), route(1, 0, true, {5})};
  analysis::BoundOptions o;
  o.mapping = &m;
  const analysis::Bound one = bound(g, fpga(), o);
  ASSERT_TRUE(one.complete) << one.note;
  EXPECT_EQ(one.memoryChannels, "the busiest of the 2 channels the placement uses, HBM[0]");
  EXPECT_DOUBLE_EQ(one.memoryCycles, 8192 / 47.9);
  // A spread over two channels: 4,096 B each; C's 3,072 B on HBM[5] is still less.
  m.memRoutes = {route(0, 0, false, {0, 1}), route(1, 0, true, {5})};
  const analysis::Bound two = bound(g, fpga(), o);
  EXPECT_EQ(two.memoryChannels, "the busiest of the 3 channels the placement uses, HBM[0]");
  EXPECT_DOUBLE_EQ(two.memoryCycles, 4096 / 47.9);
  EXPECT_EQ(two.memoryBusiestBytes, 4096);
  EXPECT_NE(analysis::formatBound(two, -1).find("memory 86 cycles (4.1 kB of 11.3 kB on the busiest of the 3 channels"),
            std::string::npos)
      << analysis::formatBound(two, -1);
  // Everything on one channel.
  m.memRoutes = {route(0, 0, false, {2}), route(1, 0, true, {2})};
  const analysis::Bound single = bound(g, fpga(), o);
  EXPECT_EQ(single.memoryChannels, "the one channel the placement uses, HBM[2]");
  EXPECT_DOUBLE_EQ(single.memoryCycles, 11264 / 47.9);
  // Without a placement: the pool (unchanged).
  EXPECT_DOUBLE_EQ(bound(g, fpga()).memoryCycles, 11264.0 / (32 * 47.9));
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
  // Each zero call also pays the kernel call, and w's 8 puts a lock each: the kernels term binds, above
  // the vector one.
  EXPECT_DOUBLE_EQ(b.kernelCycles, 1e9 * (4 + npu().get("kernel_call_cycles")) + 8 * npu().get("lock_cycles"));
  EXPECT_EQ(b.binding, "kernels");
}

// Broadcast tiles: a 2 x 2 grid; A @ [S(0), R] gives instances (i, 0) and (i, 1) the same 32x32
// i16 shard of A (2,048 B a tile), B @ [S(0), S(1)] gives every instance its own. Instance (i, j)
// loads its A tile j + 1 times and its B tile once.
const char* kBroadcast = R"json({
  "format": "datosim-graph/1", "name": "bc",
  "tensors": {"A": {"dtype": "i16", "shape": [64, 32], "role": "input"},
              "B": {"dtype": "i16", "shape": [64, 64], "role": "input"}},
  "tasks": {
    "t": {"mapping": [2, 2], "coords": ["i", "j"],
          "args": {"a": {"tensor": "A", "layout": ["S(0)", "R"]}, "b": {"tensor": "B", "layout": ["S(0)", "S(1)"]}},
          "locals": {"x": {"dtype": "i16", "shape": [32, 32]}, "y": {"dtype": "i16", "shape": [32, 32]}},
          "body": [{"for": "k", "range": "j + 1", "body": [{"load": "a", "at": [0, 0], "into": "x"}]},
                   {"load": "b", "at": [0, 0], "into": "y"}]}
  }})json";

TEST(Roofline, ABroadcastTileIsReadOnceFollowingTheLayouts) {
  const ir::Graph g = graph(kBroadcast);
  ASSERT_EQ(g.instances.size(), 4u);
  const analysis::Bound b = bound(g, npu());
  ASSERT_TRUE(b.complete) << b.note;
  // Every copy: A (1 + 2) x 2,048 per row i, two rows = 12,288; B 4 x 2,048 = 8,192.
  EXPECT_EQ(b.work.loadBytes, 12288 + 8192);
  // One read per shard of A, the most a member of the group loads (j = 1: 2 tiles): 2 x 4,096;
  // B is not replicated: 8,192.
  EXPECT_EQ(b.work.ddrLoadBytes, 8192 + 8192);
  EXPECT_EQ(b.memoryBytes, 16384);
  EXPECT_DOUBLE_EQ(b.memoryCycles, 16384.0 / (8 * 4));
  EXPECT_NE(analysis::formatBound(b, -1).find("memory 512 cycles (16.4 kB over 8 read + 8 write channels, each "
                                              "broadcast tile read once)"),
            std::string::npos)
      << analysis::formatBound(b, -1);
  EXPECT_EQ(analysis::boundToJson(b, -1)["ddr_load_bytes"], 16384);
}

TEST(Roofline, ABroadcastTileIsReadOnceFollowingTheMapping) {
  const ir::Graph g = graph(kBroadcast);
  ASSERT_EQ(g.instances.size(), 4u);
  const int a = 0, bArg = 1;
  auto route = [](int inst, int arg, const std::string& fanout, int memOut) {
    ir::MemRoute r;
    r.instance = inst;
    r.arg = arg;
    r.fanout = fanout;
    r.memOutPort = memOut;
    return r;
  };
  // Instances 0 and 1 (row i = 0) share a broadcast channel for A; row 1 was given two split
  // routes (as a placement without a shared channel would); every B route is a split.
  ir::Mapping m;
  m.memRoutes = {route(0, a, "broadcast", 7), route(1, a, "broadcast", 7), route(2, a, "split", 8),
                 route(3, a, "split", 9)};
  for (int i = 0; i < 4; ++i) m.memRoutes.push_back(route(i, bArg, "split", 10 + i));
  analysis::BoundOptions o;
  o.mapping = &m;
  const analysis::Bound placed = bound(g, npu(), o);
  ASSERT_TRUE(placed.complete) << placed.note;
  // Row 0: one read of 2 tiles (4,096); row 1: 2,048 + 4,096 (no shared channel); B 8,192.
  EXPECT_EQ(placed.work.ddrLoadBytes, 4096 + 6144 + 8192);
  EXPECT_EQ(placed.work.loadBytes, 20480);

  // On an FPGA every instance reads its own tiles.
  m.fpga.emplace();
  const analysis::Bound hbm = bound(g, fpga(), o);
  ASSERT_TRUE(hbm.complete) << hbm.note;
  EXPECT_EQ(hbm.work.ddrLoadBytes, 20480);
  EXPECT_EQ(hbm.memoryBytes, 20480);
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
            "bound    compute 512 cycles (i16, 1 of 16 tiles; 32 on the whole array), kernels 1,536 cycles (the "
            "kernels, gets and puts of p, one after another), memory 256 cycles (11.3 kB over 8 read + 8 write channels), stream "
            "2,048 cycles (8.2 kB put by p) -> stream-bound; simulated 3,072 = 1.50x the bound\n");
  EXPECT_EQ(analysis::formatBound(b, -1).find("simulated"), std::string::npos);
  const auto j = analysis::boundToJson(b, 3072);
  EXPECT_EQ(j["binding"], "stream");
  EXPECT_EQ(j["cycles"], 2048);
  EXPECT_EQ(j["compute_cycles"], 512);
  EXPECT_EQ(j["kernel_cycles"], 1536);  // 8 x (16 blocks x (4 + 4) + 60) + 8 puts x 4 (lock_cycles)
  EXPECT_EQ(j["kernel_where"], "p");
  EXPECT_EQ(j["load_bytes"], 8192);
  EXPECT_EQ(j["macs"]["i16"], 32768);
  EXPECT_DOUBLE_EQ(j["simulated_over_bound"].get<double>(), 1.5);
  EXPECT_TRUE(analysis::boundToJson(b, -1)["simulated_over_bound"].is_null());
}


// The bound reaches the datosim summary and JSON report. Split-K GEMM, 256^3 on 16 tiles: 16,777,216 MACs /
// (16 x 64) = 16,384 cycles. Every instance (pk, pm, pn) runs mi < 2, ni < 2, ki < 4 and loads 16 A tiles of
// 64x32 i16 (64 KiB) and 16 B tiles of 32x32 i16 (32 KiB): 1.5 MiB in all. The placed run broadcasts each A
// shard (pk, pm) to the 4 instances pn and each B shard (pk, pn) to the 2 instances pm, so DDR reads 4 x 64 KiB
// + 8 x 32 KiB = 512 KiB over 8 read channels of 4 B/cycle = 16,384 cycles; the 8 pk = 1 instances store 4
// C tiles of 64x32 i32 each (256 KiB, 8,192 cycles over 8 write channels); pk = 0 hands its 4 partial-sum
// tiles to pk = 1 through a neighbour's shared memory, which moves nothing. Compute and memory tie at 16,384,
// but each instance's 16 matmul calls of 64x32x32 cost 128 blocks x (8 + 4) + 60 = 1,596 cycles each, plus
// its zero calls: 26,288 cycles of kernels; with the locks of its 4 puts of partial sums (4 x 4 cycles),
// 26,304 cycles, one after another, bind.
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
  EXPECT_NE(text.find("memory 16,384 cycles (786.4 kB over 8 read + 8 write channels, each broadcast tile read once)"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("kernels 26,304 cycles (the kernels, gets and puts of gemm_0_0_0, one after another)"), std::string::npos)
      << text;
  EXPECT_NE(text.find("each broadcast tile read once) -> kernels-bound; simulated "), std::string::npos) << text;
  std::ifstream in(json);
  const auto j = nlohmann::json::parse(in);
  EXPECT_EQ(j["bound"]["binding"], "kernels");
  EXPECT_EQ(j["bound"]["cycles"], 26304);
  EXPECT_EQ(j["bound"]["stream_cycles"], 0);
  EXPECT_EQ(j["bound"]["compute_cycles"], 16384);
  EXPECT_EQ(j["bound"]["load_bytes"], 16 * (65536 + 32768));
  EXPECT_EQ(j["bound"]["ddr_load_bytes"], 4 * 65536 + 8 * 32768);
  EXPECT_EQ(j["bound"]["store_bytes"], 8 * 4 * 8192);
  EXPECT_DOUBLE_EQ(j["bound"]["simulated_over_bound"].get<double>(), j["cycles"].get<double>() / 26304);
}

}  // namespace
}  // namespace datosim

namespace datosim {
namespace {

// A pipelined loop (II=1) puts one 4-byte token per iteration to each of two streams. Its streams
// transfer in parallel, so the run is bounded by its busiest stream (N tokens at 1 cycle each on
// u280's 64 B/cycle streams), not by the sum over both streams (2N); an unpipelined loop doing the
// same puts is bounded by the sum.
const char* kTwoStreams = R"J({
  "format": "datosim-graph/1", "name": "two", "params": {"N": 100, "II": 1},
  "streams": {"s": {"dtype": "i32", "tile": [], "depth": 2, "array": [2]}},
  "tasks": {
    "p": {"mapping": [1], "coords": ["i"], "locals": {"x": {"dtype": "i32", "shape": []}},
          "body": [{"for": "k", "range": "N", "pipeline": {"ii": "II"}, "body": [
                     {"put": "s[0]", "from": "x"}, {"put": "s[1]", "from": "x"}]},
                   {"for": "k", "range": "N", "body": [
                     {"put": "s[0]", "from": "x"}, {"put": "s[1]", "from": "x"}]}]},
    "c": {"mapping": [2], "coords": ["j"], "locals": {"y": {"dtype": "i32", "shape": []}},
          "body": [{"for": "k", "range": "2 * N", "body": [{"get": "s[j]", "into": "y"}]}]}}})J";

TEST(Roofline, PipelinedLoopsAreBoundedByTheirBusiestStream) {
  const analysis::Bound b = bound(graph(kTwoStreams), fpga());
  ASSERT_TRUE(b.complete) << b.note;
  // Pipelined loop: max(100, 100) = 100; unpipelined loop: 100 + 100 = 200.
  EXPECT_DOUBLE_EQ(b.streamCycles, 300);
  EXPECT_EQ(b.streamInstance, "p");
}

// One instance: N matmuls of a 16x16 tile of A (i8) by one of B (dtype `bdt`) into an i32 accumulator.
std::string mixedProducer(const char* bdt) {
  return std::string(R"({"format": "datosim-graph/1", "name": "mixed", "params": {"N": 8},
  "tensors": {"A": {"dtype": "i8", "shape": [64, 64], "role": "input"},
              "B": {"dtype": ")") + bdt + R"(", "shape": [64, 64], "role": "input"},
              "C": {"dtype": "i32", "shape": [16, 16], "role": "output"}},
  "tasks": {"p": {"mapping": [1], "args": {"a": {"tensor": "A", "layout": ["R", "R"]}, "b": {"tensor": "B", "layout": ["R", "R"]},
                                            "c": {"tensor": "C", "layout": ["R", "R"]}},
    "locals": {"x": {"dtype": "i8", "shape": [16, 16]}, "y": {"dtype": ")" + bdt + R"(", "shape": [16, 16]},
               "z": {"dtype": "i32", "shape": [16, 16]}},
    "body": [{"compute": "zero", "out": "z"},
             {"for": "k", "range": "N", "body": [
               {"load": "a", "at": [0, "k"], "into": "x"}, {"load": "b", "at": ["k", 0], "into": "y"},
               {"compute": "matmul", "in": ["x", "y"], "out": "z", "accumulate": true}]},
             {"store": "c", "at": [0, 0], "from": "z"}]}}})";
}

// A mixed-precision matmul is counted per pair and bounded at the pair's native rate where the
// config gives one (npu4x4: macs_per_cycle.i8xi4), at its wider dtype's rate elsewhere: the bound
// stays below what the model can run.
TEST(Roofline, MixedPrecisionMacsUseThePairsRate) {
  const ir::Graph g = graph(mixedProducer("i4"));
  const analysis::Bound b = bound(g, npu());
  ASSERT_TRUE(b.complete) << b.note;
  EXPECT_EQ(b.work.macs.at(ir::MacType(ir::DType::I8, ir::DType::I4)), 32768);
  EXPECT_EQ(b.macDType, "i8xi4");
  EXPECT_DOUBLE_EQ(b.computeCycles, 32768.0 / 512);              // npu4x4's macs_per_cycle.i8xi4
  EXPECT_DOUBLE_EQ(b.computeArrayCycles, 32768.0 / (16 * 512));
  const ir::Graph g2 = graph(mixedProducer("i16"));  // i8 x i16: no native mode, the i16 rate
  const analysis::Bound b2 = bound(g2, npu());
  EXPECT_EQ(b2.macDType, "i8xi16");
  EXPECT_DOUBLE_EQ(b2.computeCycles, 32768.0 / 64);
  const analysis::Bound f = bound(g, fpga());  // hls: the wider dtype's PE rate (i8 in this config)
  EXPECT_EQ(f.macDType, "i8xi4");
  EXPECT_GT(f.computeCycles, 0);
}

}  // namespace
}  // namespace datosim
