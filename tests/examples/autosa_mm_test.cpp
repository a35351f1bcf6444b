// examples/validation/autosa_mm_int8_u250.json: AutoSA's int8 systolic GEMM on the U250 (the first FPGA
// validation point, docs/validation.md). Its cycles at small sizes against numbers worked out by hand from
// docs/timing.md and configs/u250.json, the overlap of transfers with the PEs' matmuls on the full 24 x 8
// array, its fit on the U250, and C = A B through the whole dataflow (--check).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "example_util.h"
#include "tools/cli.h"

namespace datosim::testing {
namespace {

namespace fs = std::filesystem;

std::string graphPath() {
  return (fs::path(DATOSIM_SOURCE_DIR) / "examples" / "validation" / "autosa_mm_int8_u250.json").string();
}

sim::Report run(const ir::Graph& g, const LoadedArch& a) {
  return sim::simulate(g, a.arch, *a.model, sim::SimOptions{});
}

const sim::InstanceStats& inst(const ir::Graph& g, const sim::Report& r, const std::string& name) {
  const int id = g.findInstance(name);
  EXPECT_GE(id, 0) << name;
  return r.instances.at(static_cast<std::size_t>(id < 0 ? 0 : id));
}

// One PE (TI = LI = 11, TJ = LJ = 32: a 1 x 1 array), one output block (I = 11, J = 32), two K rounds
// (K = 128, TK = 64), on u250, placement-free. From configs/u250.json: g = fifo.access_cycles = 1,
// L = stream.latency_cycles = 2, X = ceil(bytes / 64); a load or store costs axi.issue_cycles 8 +
// ceil(bytes / 64) + hbm.latency_cycles 100 (the sustained m_axi rate is min(64, 1024 / 8, 16 x 1024 /
// (100 + 16)) = 64 bytes per cycle). Tokens: an A slice 11 x 64 = 704 bytes (X = 11), a B slice 64 x 32 =
// 2,048 bytes (X = 32), a C block 11 x 32 = 352 bytes (X = 6). A put slot taken at p is visible at
// p + g + X + L and busies its producer until p + g + X.
//   A_IO_L3 (pipelined, R = X = 11): iteration k issues at 11k, its slice is ready at 11k + 8 + 11 + 100
//     = 11k + 119 and visible in a_io[0] at 11k + 133 (133, 144); the last put completes at 130 + 12 = 142.
//   B_IO_L3 (R = 32): ready at 32k + 140, visible at 32k + 175 (175, 207); ends 172 + 33 = 205.
//   A_IO_L2: gets slice 0 at 133, puts it at 134 (visible in fifo_A[0][0] at 148, busy until 146); gets
//     slice 1 at 146, puts at 147 and ends at 159.
//   B_IO_L2: gets at 175, puts at 176 (visible 211, busy until 209); gets slice 1 at 209, puts at 210
//     (visible 245) and ends at 243.
//   PE (pipelined at II 1; i8 accumulation, pe.accumulate_latency_cycles.i8 = 1, keeps II 1): round 0
//     issues at pipeline time 0, stalls on fifo_A until 148 and fifo_B until 211 (sigma = 211). Its `zero`
//     of 352 elements issues ceil(352 / 16) = 22 cycles and is ready 22 + 10 = 32 later, so the matmul
//     (11 x 64 x 32 = 22,528 MACs, issue 22,528 / 64 = 352, latency 352 + 10) starts at 32. Round 1 issues
//     at 0 + max(1, 352) = 352 (its slices are there: no stall), its matmul starts when a and b are ready
//     (352 + g = 353) and its block is ready at 353 + 362 = 715; the put of the block to c_pe completes at
//     715 + 1 + 6 = 722. The loop, and the PE, end at 722 + sigma = 933; the block is visible at
//     926 + 9 = 935 (cycle 715 + 211 = 926). Its forwarded slices: round 1's, put at 353 + 211 = 564, reach
//     A_PE_dummy at 564 + 14 = 578 (it ends at 579) and B_PE_dummy at 564 + 35 = 599 (ends at 600).
//   C_drain_IO_L1 gets at 935, puts at 936 (visible 945), ends at 943; C_drain_IO_L2 gets at 945, puts at
//     946 (visible 955), ends at 953; C_drain_IO_L3 gets at 955 and stores at 956: 956 + 8 + 6 + 100 = 1070.
TEST(AutosaMmInt8, OnePeArrayMatchesTheHandDerivedCycles) {
  std::string error;
  auto arch = loadConfig("u250", error);
  ASSERT_TRUE(arch) << error;
  auto g = loadGraphFile(graphPath(), error, {{"I", 11}, {"J", 32}, {"K", 128}, {"TI", 11}, {"TJ", 32}});
  ASSERT_TRUE(g) << error;
  ASSERT_EQ(param(*g, "PR"), 1);
  ASSERT_EQ(param(*g, "PC"), 1);
  ASSERT_EQ(param(*g, "ROUNDS"), 2);
  const sim::Report r = run(*g, *arch);
  ASSERT_EQ(r.outcome, sim::Outcome::Completed) << describeDeadlock(*g, r);
  EXPECT_EQ(r.cycles, 1070);
  EXPECT_EQ(r.macs, 11 * 32 * 128);
  EXPECT_EQ(inst(*g, r, "A_IO_L3").finish, 142);
  EXPECT_EQ(inst(*g, r, "B_IO_L3").finish, 205);
  EXPECT_EQ(inst(*g, r, "A_IO_L2").finish, 159);
  EXPECT_EQ(inst(*g, r, "B_IO_L2").finish, 243);
  const sim::InstanceStats& pe = inst(*g, r, "PE");
  EXPECT_EQ(pe.finish, 933);
  EXPECT_EQ(pe.blockedGet, 211);
  EXPECT_EQ(pe.compute, 22 + 2 * 352) << "the zero and two matmuls";
  EXPECT_TRUE(pe.pipelineNotes.empty()) << "an i8 accumulation keeps II 1";
  EXPECT_EQ(inst(*g, r, "A_PE_dummy").finish, 579);
  EXPECT_EQ(inst(*g, r, "B_PE_dummy").finish, 600);
  EXPECT_EQ(inst(*g, r, "C_drain_IO_L1").finish, 943);
  EXPECT_EQ(inst(*g, r, "C_drain_IO_L2").finish, 953);
  EXPECT_EQ(inst(*g, r, "C_drain_IO_L3").finish, 1070);
}

// The published 24 x 8 array with its tiles (11 x 64 A slices, 64 x 32 B slices), one output block
// (I = 264, J = 256) and NK = K / 64 rounds. The PEs are the bottleneck, and the slices of the next
// round reach a PE (through the I/O chains and its neighbours, into depth-2 FIFOs) while it computes
// the current one: every extra round adds exactly one 352-cycle matmul issue to the run, no transfer
// time (without the overlap it would add at least the 32-cycle B transfer).
// The first slices: B_IO_L3 loads the round's 8 B slices back to back (2,048 bytes: 8 + 32 + 100 = 140
// cycles for the first, then one every X = 32 cycles; visible in b_io[0] at 175 + 32k). B_IO_L2_0 keeps
// slice 0 and forwards slices 1..7 first (as AutoSA's inter_trans does before intra_trans): the last one
// arrives at 175 + 7 x 32 = 399, is got and put at 400 and its put completes at 400 + 33 = 433; only then
// does B_IO_L2_0 put its own slice, visible in fifo_B[0][0] at 433 + 35 = 468, so PE_0_0 waits 468 cycles
// for its first B slice (its A slice, 11 x 64, is there earlier). A B slice then takes 36 cycles per PE
// hop (got at T, put at T + 1, visible 1 + 32 + 2 later), so PE_23_0 waits 468 + 23 x 36 = 1,296.
TEST(AutosaMmInt8, EachExtraRoundOfTheFullArrayCostsOneMatmul) {
  std::string error;
  auto arch = loadConfig("u250", error);
  ASSERT_TRUE(arch) << error;
  std::vector<std::int64_t> cycles;
  for (std::int64_t nk : {2, 3, 4}) {
    SCOPED_TRACE("NK = " + std::to_string(nk));
    auto g = loadGraphFile(graphPath(), error, {{"I", 264}, {"J", 256}, {"K", 64 * nk}});
    ASSERT_TRUE(g) << error;
    ASSERT_EQ(param(*g, "PR"), 24);
    ASSERT_EQ(param(*g, "PC"), 8);
    const sim::Report r = run(*g, *arch);
    ASSERT_EQ(r.outcome, sim::Outcome::Completed) << describeDeadlock(*g, r);
    EXPECT_EQ(r.macs, 264 * 256 * 64 * nk);
    cycles.push_back(r.cycles);
    EXPECT_EQ(inst(*g, r, "PE_0_0").blockedGet, 468);
    EXPECT_EQ(inst(*g, r, "PE_23_0").blockedGet, 468 + 23 * 36);
    for (const sim::InstanceStats& s : r.instances) {
      if (s.name.rfind("PE_", 0) != 0) continue;  // the PEs, not the dummies
      EXPECT_EQ(s.compute, 22 + 352 * nk) << s.name;
      EXPECT_EQ(s.blockedPut, 0) << s.name << ": a PE is never held back by its neighbours";
      EXPECT_TRUE(s.pipelineNotes.empty()) << s.name;
    }
  }
  ASSERT_EQ(cycles.size(), 3u);
  EXPECT_EQ(cycles[1] - cycles[0], 352);
  EXPECT_EQ(cycles[2] - cycles[1], 352);
}

struct CliRun {
  int code;
  std::string out, err;
};

CliRun cli(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int code = tools::runDatosim(args, out, err);
  return {code, out.str(), err.str()};
}

// The graph buffers whole tiles in every PE (a 2 KiB B slice and two tile FIFOs, each 512 bits wide),
// which AutoSA's word-streaming PEs do not: counted by shape (UG573), that is more BRAM36 than the U250
// leaves to kernels, so the mapper refuses it and names the BRAMs. With the BRAM limit raised, the rest
// of the estimate is AutoSA's: 192 PEs x 64 int8 MACs at 0.5 DSP each = 6,144 DSPs, and A, B, C each
// on a DDR channel of its own.
TEST(AutosaMmInt8, BuffersWholeTilesSoTheU250RefusesItButTheDspCountIsAutoSas) {
  const CliRun refused = cli({graphPath(), "--arch", "u250", "--map-only"});
  EXPECT_EQ(refused.code, tools::kExitMappingError) << refused.out << refused.err;
  EXPECT_NE(refused.err.find("BRAM36 blocks, u250 has 2,336 (resources.bram36)"), std::string::npos) << refused.err;

  std::ifstream cfgIn(std::string(DATOSIM_SOURCE_DIR) + "/configs/u250.json");
  nlohmann::json cfg = nlohmann::json::parse(cfgIn);
  cfg["params"]["resources.bram36"]["value"] = 26880;
  const fs::path arch = fs::temp_directory_path() / ("datosim-autosa-arch-" + std::to_string(::getpid()) + ".json");
  const fs::path out = fs::temp_directory_path() / ("datosim-autosa-" + std::to_string(::getpid()) + ".json");
  {
    std::ofstream a(arch);
    a << cfg.dump();
  }
  const CliRun r = cli({graphPath(), "--arch", arch.string(), "--map-only", "--mapping-out", out.string()});
  ASSERT_EQ(r.code, tools::kExitOk) << r.out << r.err;
  std::ifstream in(out);
  const nlohmann::json m = nlohmann::json::parse(in);
  fs::remove(out);
  fs::remove(arch);
  EXPECT_EQ(m["derived"]["resources"]["total"]["dsp"].get<double>(), 6144.0);
  EXPECT_GT(m["derived"]["resources"]["total"]["bram36"].get<double>(), 2336.0);
  ASSERT_EQ(m["hbm"].size(), 3u);
  for (std::size_t t = 0; t < 3; ++t) EXPECT_EQ(m["hbm"][t]["channels"].size(), 1u);
  EXPECT_NE(m["hbm"][0]["channels"][0], m["hbm"][1]["channels"][0]);
  EXPECT_NE(m["hbm"][1]["channels"][0], m["hbm"][2]["channels"][0]);
}

// C = A B through the I/O chains, the PE array and the drain chains, against the reference section,
// at small sizes: a 2 x 3 array with 2 x 2 output blocks of 2 K rounds each, and a 2 x 4 array of the
// published 11 x 64 slices. int8 wraps in both (docs/numerics.md), as AutoSA's char accumulator does.
TEST(AutosaMmInt8, ComputesCEqualsABAtSmallSizes) {
  const std::vector<std::vector<std::string>> sizes = {
      {"I=8", "J=12", "K=16", "TI=4", "TJ=6", "TK=8", "LI=2", "LJ=2"},
      {"I=44", "J=64", "K=128", "TI=22", "TJ=32", "LJ=8"},
  };
  for (const std::vector<std::string>& size : sizes) {
    std::vector<std::string> args = {graphPath(), "--arch", "u250", "--check"};
    for (const std::string& p : size) {
      args.push_back("--param");
      args.push_back(p);
    }
    const CliRun r = cli(args);
    SCOPED_TRACE(size.front());
    EXPECT_EQ(r.code, tools::kExitOk) << r.out << r.err;
    EXPECT_NE(r.out.find("check    passed"), std::string::npos) << r.out;
  }
}

}  // namespace
}  // namespace datosim::testing
