// The FPGA backend end to end: every FPGA example emits a project whose C simulation (datosim's own
// headers, built with g++ by the project's Makefile) reproduces datosim's functional outputs bit for
// bit; deadlocking graphs deadlock there with the same cycle of waits; a design that needs deeper FIFOs
// is caught at its declared depths; the emitted files match reference outputs (regenerate them with
// DATOSIM_UPDATE_GOLDEN=1) and are byte-identical run to run.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <regex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "tools/cli.h"

namespace fs = std::filesystem;
using datosim::tools::runDatosim;

namespace {

struct CliRun {
  int code;
  std::string out, err;
};

CliRun datosim(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int code = runDatosim(args, out, err);
  return {code, out.str(), err.str()};
}

std::string read(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), {});
}

struct Exec {
  int code;
  std::string output;
};

// Run a shell command, its output (stdout and stderr) captured; fails the test loudly if the shell
// itself cannot run.
Exec sh(const std::string& cmd, const fs::path& log) {
  const int st = std::system((cmd + " > '" + log.string() + "' 2>&1").c_str());
  if (st == -1 || !WIFEXITED(st)) {
    ADD_FAILURE() << "could not run: " << cmd;
    return {-1, ""};
  }
  return {WEXITSTATUS(st), read(log)};
}

class HlsBackend : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("datosim-hls-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    if (!HasFailure()) fs::remove_all(dir_);
  }

  // Emit GRAPH on ARCH into dir_/NAME; the CLI's exit code.
  CliRun emit(const std::string& graph, const std::string& arch, const std::string& name,
              std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {graph, "--arch=" + arch, "--emit=hls", "--output-dir", (dir_ / name).string(), "-q"};
    args.insert(args.end(), extra.begin(), extra.end());
    return datosim(args);
  }

  // Build the project's C simulation with its own Makefile (g++ and make must be there: the test
  // fails, it never skips, when they are not), then run it; its exit code and output.
  Exec csim(const std::string& name) {
    const fs::path prj = dir_ / name;
    const Exec build = sh("make -s -C '" + prj.string() + "' build/csim", dir_ / (name + ".build.log"));
    EXPECT_EQ(build.code, 0) << "make build/csim failed:\n" << build.output;
    if (build.code != 0) return {-1, build.output};
    return sh("cd '" + prj.string() + "' && ./build/csim data", dir_ / (name + ".run.log"));
  }

  fs::path dir_;
};

struct Example {
  std::string graph, arch, name;
};

const std::vector<Example>& examples() {
  static const std::vector<Example> e = {
      {"examples/pipeline3.json", "u280", "pipeline3"},
      {"examples/systolic_gemm.json", "u280", "systolic_gemm"},
      {"examples/ffn.json", "u280", "ffn"},
      {"examples/attention.json", "u280", "attention"},
      {"examples/npu_gemm_splitk.json", "u280", "npu_gemm_splitk"},
      {"examples/gemm_i8xi4.json", "u280", "gemm_i8xi4"},  // mixed precision, packed i4 data
      {"examples/pipeline3.json", "u250", "pipeline3_u250"},
      {"tests/examples/npu/kernel_mix.json", "u280", "kernel_mix"},  // every vector kernel, a broadcast add among them
  };
  return e;
}

TEST_F(HlsBackend, EveryExampleSimulatesToDatosimsOutputs) {
  for (const Example& ex : examples()) {
    const CliRun r = emit(ex.graph, ex.arch, ex.name);
    ASSERT_EQ(r.code, 0) << ex.name << ":\n" << r.err;
    const Exec c = csim(ex.name);
    EXPECT_EQ(c.code, 0) << ex.name << ":\n" << c.output;
    EXPECT_NE(c.output.find("csim: PASSED"), std::string::npos) << ex.name << ":\n" << c.output;
  }
}

// The AutoSA-style int8 GEMM does not fit the U250's BRAM in datosim's estimate (docs/validation.md),
// so it is emitted on a copy of the config with the limit raised, as its validation point runs it.
TEST_F(HlsBackend, AutosaGemmWithRaisedBramLimit) {
  nlohmann::ordered_json cfg = nlohmann::ordered_json::parse(read("configs/u250.json"));
  cfg["params"]["resources.bram36"]["value"] = 8000;
  cfg["params"]["resources.bram36"]["source"] = "test: raised so the tile-granular AutoSA graph fits";
  std::ofstream(dir_ / "u250_big.json") << cfg.dump(2);
  const CliRun r = emit("examples/validation/autosa_mm_int8_u250.json", (dir_ / "u250_big.json").string(), "autosa");
  ASSERT_EQ(r.code, 0) << r.err;
  const Exec c = csim("autosa");
  EXPECT_EQ(c.code, 0) << c.output;
  // Without the raised limit the graph does not fit and nothing is written (exit 8).
  const CliRun misfit = emit("examples/validation/autosa_mm_int8_u250.json", "u250", "autosa_misfit");
  EXPECT_EQ(misfit.code, 8) << misfit.err;
  EXPECT_FALSE(fs::exists(dir_ / "autosa_misfit"));
}

// The C simulation checks something: a wrong expected output fails it, and so does a missing input.
TEST_F(HlsBackend, CsimFailsOnAWrongOutput) {
  ASSERT_EQ(emit("examples/pipeline3.json", "u280", "p").code, 0);
  std::string y = read(dir_ / "p/data/expected/Y.npy");
  y[y.size() - 1] ^= 0x01;  // the last element's low byte
  std::ofstream(dir_ / "p/data/expected/Y.npy", std::ios::binary) << y;
  const Exec c = csim("p");
  EXPECT_EQ(c.code, 1) << c.output;
  EXPECT_NE(c.output.find("output Y: 1 of 65536 elements differ"), std::string::npos) << c.output;
  fs::remove(dir_ / "p/data/X.npy");
  EXPECT_EQ(csim("p").code, 2);
}

// Parse "  A waits for data on stream s (written by B" lines into A -> B.
std::map<std::string, std::string> csimWaits(const std::string& out) {
  std::map<std::string, std::string> w;
  std::regex line(R"(\n  (\S+) waits for (?:data|space) on stream \S+ \((?:written|read) by (\S+?)[,)])");
  for (std::sregex_iterator it(out.begin(), out.end(), line), end; it != end; ++it) w[(*it)[1]] = (*it)[2];
  return w;
}

TEST_F(HlsBackend, DeadlocksWithTheSameCycleOfWaits) {
  for (const std::string name : {"cyclic_wait", "systolic_skewed_feed"}) {
    const std::string graph = "tests/examples/deadlock/" + name + ".json";
    const fs::path report = dir_ / (name + ".report.json");
    const CliRun r = emit(graph, "u280", name, {"--json", report.string()});
    ASSERT_EQ(r.code, 3) << name << ":\n" << r.err;  // datosim's own verdict
    EXPECT_NE(r.err.find("written without expected outputs"), std::string::npos) << r.err;
    const nlohmann::json j = nlohmann::json::parse(read(report));
    const std::vector<std::string> cycle = j["deadlock"]["cycle"];
    ASSERT_GE(cycle.size(), 2u) << name;
    const Exec c = csim(name);
    EXPECT_EQ(c.code, 3) << name << ":\n" << c.output;
    const std::map<std::string, std::string> waits = csimWaits(c.output);
    for (std::size_t i = 0; i < cycle.size(); ++i) {
      const std::string& a = cycle[i];
      const std::string& b = cycle[(i + 1) % cycle.size()];
      ASSERT_TRUE(waits.count(a)) << name << ": " << a << " is not waiting in the C simulation:\n" << c.output;
      EXPECT_EQ(waits.at(a), b) << name << ": datosim says " << a << " waits on " << b << "\n" << c.output;
    }
  }
}

// A process with no stream and no tensor (a compute-only kernel graph) builds and runs in the C simulation.
TEST_F(HlsBackend, AProcessWithoutArgumentsBuilds) {
  ASSERT_EQ(emit("examples/validation/mm_kernel_i16.json", "u280", "mm").code, 0);
  EXPECT_NE(read(dir_ / "mm" / "src" / "kernel.cpp").find("  DSIM_PROCESS(\"core\", core);\n"), std::string::npos);
  const Exec c = csim("mm");
  EXPECT_EQ(c.code, 0) << c.output;
  EXPECT_NE(c.output.find("csim: PASSED"), std::string::npos) << c.output;
}

// A producer that finishes with tokens its consumer never takes: deadlock without a cycle.
TEST_F(HlsBackend, CountMismatchDeadlocks) {
  ASSERT_EQ(emit("tests/examples/deadlock/count_mismatch.json", "u280", "cm").code, 3);
  const Exec c = csim("cm");
  EXPECT_EQ(c.code, 3) << c.output;
  EXPECT_NE(c.output.find("which has finished"), std::string::npos) << c.output;
}

// The skewed systolic feed is correct only with deep FIFOs: at its declared depth the C simulation
// deadlocks (above); with the depth raised it completes and matches datosim.
TEST_F(HlsBackend, DeepFifosMakeTheSkewedFeedComplete) {
  const CliRun r = emit("tests/examples/deadlock/systolic_skewed_feed.json", "u280", "deep", {"--param", "D=64"});
  ASSERT_EQ(r.code, 0) << r.err;
  const Exec c = csim("deep");
  EXPECT_EQ(c.code, 0) << c.output;
}

// A table read at run time (a loop bound KV[r]) becomes a constant array in the processing elements that
// read it, and the C simulation's outputs equal datosim's.
TEST_F(HlsBackend, RunTimeTableReadsBecomeRoms) {
  const CliRun r = emit("tests/examples/dynamic/ragged_rows.json", "u280", "ragged");
  ASSERT_EQ(r.code, 0) << r.err;
  const std::string kernel = read(dir_ / "ragged" / "src" / "kernel.cpp");
  EXPECT_NE(kernel.find("static const long long KV[5] = {\n      40, 3, 17, 64, 1};  // table KV"), std::string::npos)
      << kernel;
  EXPECT_NE(kernel.find("j < dsim::fdiv(((KV[r] + 16) - 1), 16)"), std::string::npos) << kernel;
  const Exec c = csim("ragged");
  EXPECT_EQ(c.code, 0) << c.output;
  EXPECT_NE(c.output.find("csim: PASSED"), std::string::npos) << c.output;
}

// A local the program reads before writing it (the previous W tile in its loop's first step) is cleared at
// the start of every call, as datosim's locals start at zero; the locals written first are not. The C
// simulation matches datosim.
TEST_F(HlsBackend, LocalsReadBeforeWrittenStartAtZero) {
  const CliRun r = emit("tests/examples/npu/in_place.json", "u280", "rbw");
  ASSERT_EQ(r.code, 0) << r.err;
  const std::string kernel = read(dir_ / "rbw" / "src" / "kernel.cpp");
  const std::regex clear(R"(dsim::zero<dsim::dt_i16, 256>\((\w+)\);  // (\w+) is read before it is written)");
  std::multiset<std::string> cleared;
  for (auto it = std::sregex_iterator(kernel.begin(), kernel.end(), clear); it != std::sregex_iterator(); ++it)
    cleared.insert((*it)[2].str());
  EXPECT_EQ(cleared, (std::multiset<std::string>{"wp", "wp"})) << kernel;  // one per lane
  const Exec c = csim("rbw");
  EXPECT_EQ(c.code, 0) << c.output;
  EXPECT_NE(c.output.find("csim: PASSED"), std::string::npos) << c.output;
}

// Gets into and puts from rows of a tile (`at`) go through a token-sized temporary; inside a pipelined loop
// the copy has no pipeline pragma of its own (HLS unrolls it). The C simulation matches datosim.
TEST_F(HlsBackend, TokensIntoAndOutOfBlocksOfALocal) {
  const CliRun r = emit("tests/examples/dynamic/bufferize_rows.json", "u280", "rows");
  ASSERT_EQ(r.code, 0) << r.err;
  const std::string kernel = read(dir_ / "rows" / "src" / "kernel.cpp");
  EXPECT_NE(kernel.find("dsim::get(rows_in, tok);\n        for (int i0 = 0; i0 < 32; ++i0) {\n"
                        "          t[(o0) * 32 + (o1 + i0)] = tok[i0];"),
            std::string::npos)
      << kernel;
  EXPECT_NE(kernel.find("tok_2[i0_2] = t[(o0_2) * 32 + (o1_2 + i0_2)];"), std::string::npos) << kernel;
  const Exec c = csim("rows");
  EXPECT_EQ(c.code, 0) << c.output;
  EXPECT_NE(c.output.find("csim: PASSED"), std::string::npos) << c.output;
}

// Run-time control (task variables, value tokens, while, set, get_any) becomes C++ whose C simulation
// reproduces datosim's outputs: the dispatcher of decode attention (get_any over the lanes, while loops
// steered by value tokens), value_while (a while loop stopped by a value token) and merge_any (get_any
// into a local, over an index that also names a variable set at run time).
TEST_F(HlsBackend, RunTimeControlSimulatesToDatosimsOutputs) {
  for (const auto& [graph, name] : std::vector<std::pair<std::string, std::string>>{
           {"examples/dynamic/decode_attention_dispatch.json", "dispatch"},
           {"tests/examples/dynamic/value_while.json", "values"},
           {"tests/examples/dynamic/merge_any.json", "merge"}}) {
    const CliRun r = emit(graph, "u280", name);
    ASSERT_EQ(r.code, 0) << name << ":\n" << r.err;
    const Exec c = csim(name);
    EXPECT_EQ(c.code, 0) << name << ":\n" << c.output;
    EXPECT_NE(c.output.find("csim: PASSED"), std::string::npos) << name << ":\n" << c.output;
  }
  const std::string dispatch = read(dir_ / "dispatch" / "src" / "kernel.cpp");
  for (const std::string line : {"  long long l = 0;  // task variable l, in [0, 4)\n",
                                 "        if (any_from < 0 && done_3.read_nb(any_tok)) any_from = 3;\n"
                                 "        if (any_from >= 0) break;\n"
                                 "        dsim::wait_any(done_0, done_1, done_2, done_3);\n",
                                 "      #pragma HLS loop_tripcount min=0 max=16\n      if (!(r < 16)) break;\n",
                                 "      case 3: dsim::put_value(req_3, r, -2147483648LL, 2147483647, "})
    EXPECT_NE(dispatch.find(line), std::string::npos) << line << "\n" << dispatch;
  const std::string merge = read(dir_ / "merge" / "src" / "kernel.cpp");
  EXPECT_NE(merge.find("          l = 1;\n          switch (dsim::fmod((l + base), 2)) {"), std::string::npos) << merge;
  EXPECT_NE(merge.find("      dsim::untile(any_tok, v);\n"), std::string::npos) << merge;
}

// A while loop past its 'max' is a run-time error in the C simulation as in datosim (exit 5, where and what).
// datosim's own run never goes past it, or nothing would be emitted: the emitted bound is lowered by hand.
TEST_F(HlsBackend, WhileLoopPastItsMaxIsARunTimeErrorInTheCSimulation) {
  ASSERT_EQ(emit("tests/examples/dynamic/value_while.json", "u280", "values").code, 0);
  const fs::path kernel = dir_ / "values" / "src" / "kernel.cpp";
  std::string k = read(kernel);
  const std::string bound = "const long long while_max = 5;";
  ASSERT_NE(k.find(bound), std::string::npos) << k;
  k.replace(k.find(bound), bound.size(), "const long long while_max = 3;");
  std::ofstream(kernel, std::ios::binary) << k;
  const Exec c = csim("values");
  EXPECT_EQ(c.code, 5) << c.output;
  EXPECT_NE(c.output.find("run-time error: tests/examples/dynamic/value_while.json:/tasks/cons/body/1 (instance cons): "
                          "a while loop's condition still holds after its 'max' iterations (found 3)"),
            std::string::npos)
      << c.output;
}

// A get_any that no lane can ever serve deadlocks the C simulation as it deadlocks datosim: the hub
// waits on any of the lanes' streams, each lane on the hub.
TEST_F(HlsBackend, GetAnyDeadlocksWithTheSameCycle) {
  const fs::path report = dir_ / "aw.report.json";
  const CliRun r = emit("tests/examples/deadlock/any_wait.json", "u280", "aw", {"--json", report.string()});
  ASSERT_EQ(r.code, 3) << r.err;
  EXPECT_NE(r.err.find("cycle of waits: hub -> lane_0 -> hub"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("hub waits for data on any of done[0], done[1] (get_any at "
                       "tests/examples/deadlock/any_wait.json:/tasks/hub/body/0), which only lane_0, lane_1 fill"),
            std::string::npos)
      << r.err;
  const nlohmann::json j = nlohmann::json::parse(read(report));
  EXPECT_EQ(j["deadlock"]["blocked"][0]["any_of"], nlohmann::json::array({"done[0]", "done[1]"})) << j.dump();
  EXPECT_FALSE(j["deadlock"]["blocked"][1].contains("any_of")) << j.dump();
  const Exec c = csim("aw");
  EXPECT_EQ(c.code, 3) << c.output;
  EXPECT_NE(c.output.find("hub waits for data on any of the streams done_0 (written by lane_0) done_1 (written by lane_1)"),
            std::string::npos)
      << c.output;
  EXPECT_NE(c.output.find("cycle of waits: hub -> lane_0 -> hub"), std::string::npos) << c.output;
}

// Reference outputs of the emitted files, and byte-identical re-emission.
TEST_F(HlsBackend, GoldenFilesAndDeterminism) {
  const bool update = std::getenv("DATOSIM_UPDATE_GOLDEN") != nullptr;
  const std::vector<std::string> files = {"src/kernel.cpp", "src/kernel.h",     "tb/tb.cpp",         "host/host.cpp",
                                          "Makefile",       "run_hls.tcl",      "connectivity.cfg",  "README.md",
                                          "datosim-manifest.json"};
  for (const Example& ex : examples()) {
    ASSERT_EQ(emit(ex.graph, ex.arch, ex.name).code, 0);
    ASSERT_EQ(emit(ex.graph, ex.arch, ex.name + "_again").code, 0);
    for (const auto& e : fs::recursive_directory_iterator(dir_ / ex.name)) {
      if (!e.is_regular_file()) continue;
      const fs::path rel = fs::relative(e.path(), dir_ / ex.name);
      EXPECT_EQ(read(e.path()), read(dir_ / (ex.name + "_again") / rel)) << ex.name << "/" << rel.string();
    }
    for (const std::string& f : files) {
      const fs::path golden = fs::path("tests/backends/golden/hls") / ex.name / f;
      const std::string got = read(dir_ / ex.name / f);
      if (update) {
        fs::create_directories(golden.parent_path());
        std::ofstream(golden, std::ios::binary) << got;
        continue;
      }
      ASSERT_TRUE(fs::exists(golden)) << golden << " is missing (DATOSIM_UPDATE_GOLDEN=1 writes it)";
      EXPECT_EQ(got, read(golden)) << ex.name << "/" << f << " differs from " << golden
                                   << " (regenerate on purpose with DATOSIM_UPDATE_GOLDEN=1)";
    }
  }
}

TEST_F(HlsBackend, UsageErrors) {
  CliRun r = datosim({"examples/pipeline3.json", "--arch=u280", "--emit=hls"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("needs --output-dir"), std::string::npos) << r.err;
  r = emit("examples/pipeline3.json", "npu4x4", "npu");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("model aie-ml"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "npu"));
  r = emit("examples/pipeline3.json", "u280", "off", {"--functional=off"});
  EXPECT_EQ(r.code, 2);
  r = datosim({"examples/pipeline3.json", "--arch=u280", "--emit=verilog", "--output-dir", (dir_ / "v").string()});
  EXPECT_EQ(r.code, 2);
  // A folder that is not a datosim project is never overwritten.
  fs::create_directories(dir_ / "mine");
  std::ofstream(dir_ / "mine/keep.txt") << "keep";
  r = emit("examples/pipeline3.json", "u280", "mine");
  EXPECT_EQ(r.code, 7) << r.err;
  EXPECT_EQ(read(dir_ / "mine/keep.txt"), "keep");
}

// A config without the device facts a project names is a diagnostic at the config, exit 9.
TEST_F(HlsBackend, ConfigWithoutDeviceIsExit9) {
  nlohmann::ordered_json cfg = nlohmann::ordered_json::parse(read("configs/u280.json"));
  cfg.erase("device");
  std::ofstream(dir_ / "nodev.json") << cfg.dump(2);
  const CliRun r = emit("examples/pipeline3.json", (dir_ / "nodev.json").string(), "nodev");
  EXPECT_EQ(r.code, 9) << r.err;
  EXPECT_NE(r.err.find("nodev.json:/device: error: the HLS backend needs the config's device.part"), std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "nodev"));
  cfg = nlohmann::ordered_json::parse(read("configs/u280.json"));
  cfg["device"]["part"]["value"] = "xcu280; rm -rf /";
  std::ofstream(dir_ / "evil.json") << cfg.dump(2);
  const CliRun e = emit("examples/pipeline3.json", (dir_ / "evil.json").string(), "evil");
  EXPECT_EQ(e.code, 9) << e.err;
  EXPECT_NE(e.err.find("is not a plain name"), std::string::npos) << e.err;
}

}  // namespace
