// The emitters on graphs nobody wrote by hand (random_project.h): every random graph either emits a
// project that the independent checks accept, or is refused with a diagnostic and an exit code of 8
// (does not fit) or 9 (no lowering), writing nothing. On the NPU a project must pass `datosim
// check-project` (limits, symbols, acquire/release, runtime-sequence coverage, and the round trip: the
// graph rebuilt from aie.mlir runs the source graph's cycles within 1% with bit-identical outputs),
// mlir-opt-19 must parse its generic form and its kernels must compile against the AIE API emulation; on
// the FPGA its C simulation must reproduce datosim's outputs. DATOSIM_RANDOM_PROJECTS=N runs N graphs per
// family instead of the default (seeds 1..N, so a failure names the seed that reproduces it).
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/backends/random_project.h"
#include "tests/tools/cli_util.h"

namespace fs = std::filesystem;

namespace {

using Result = datosim::testing::CliRun;
Result datosim(const std::vector<std::string>& args) { return datosim::testing::run(args); }  // the CLI in-process

std::string read(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), {});
}

// A shell command's exit code and output; the test fails loudly when the shell cannot run it.
Result sh(const std::string& cmd, const fs::path& log) {
  const int st = std::system((cmd + " > '" + log.string() + "' 2>&1").c_str());
  if (st == -1 || !WIFEXITED(st)) {
    ADD_FAILURE() << "could not run: " << cmd;
    return {-1, "", ""};
  }
  return {WEXITSTATUS(st), read(log), ""};
}

int graphsPerFamily(int byDefault) {
  const char* n = std::getenv("DATOSIM_RANDOM_PROJECTS");
  return n && std::atoi(n) > 0 ? std::atoi(n) : byDefault;
}

class RandomProjects : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("datosim-random-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    if (!HasFailure()) fs::remove_all(dir_);
  }
  // The graph of `seed` written to dir_/gSEED.json; its path.
  fs::path graph(int seed, std::string& summary) {
    std::mt19937 rng(static_cast<unsigned>(seed));
    const datosim::testing::RandomProject g = datosim::testing::randomProjectGraph(rng);
    summary = g.summary;
    if (std::getenv("DATOSIM_RANDOM_PROJECTS")) std::printf("seed %d: %s\n", seed, summary.c_str());
    const fs::path p = dir_ / ("g" + std::to_string(seed) + ".json");
    std::ofstream(p) << g.json;
    return p;
  }
  // A refusal: exit 8 or 9, an error located in the graph file (or at the config parameter that limits
  // it), nothing written.
  void expectRefusal(const Result& r, const fs::path& file, const fs::path& out, const std::string& what) {
    EXPECT_TRUE(r.code == 8 || r.code == 9) << what << ": exit " << r.code << ":\n" << r.err;
    const bool located = r.err.find(file.string() + ":/") != std::string::npos || r.err.find(".json:/params/") != std::string::npos;
    EXPECT_TRUE(located && r.err.find(": error: ") != std::string::npos) << what << ":\n" << r.err;
    EXPECT_FALSE(fs::exists(out)) << what;
  }
  fs::path dir_;
};

TEST_F(RandomProjects, NpuProjectsPassTheCheckerOrAreRefused) {
  const Result version = sh("mlir-opt-19 --version", dir_ / "mlir-version.log");
  ASSERT_EQ(version.code, 0) << "mlir-opt-19 is needed (Debian package mlir-19-tools; tools/install-deps.sh installs it)";
  const int n = graphsPerFamily(24);
  int emitted = 0, refused = 0;
  for (int seed = 1; seed <= n; ++seed) {
    std::string summary;
    const fs::path g = graph(seed, summary);
    for (const std::string arch : {"npu4x4", "npu2"}) {
      const std::string what = "seed " + std::to_string(seed) + " on " + arch + " (" + summary + ")";
      SCOPED_TRACE(what);
      const fs::path prj = dir_ / ("n" + std::to_string(seed) + "_" + arch);
      const Result r = datosim({g.string(), "--arch=" + arch, "--emit=npu", "--output-dir", prj.string(), "-q"});
      if (r.code != 0) {
        expectRefusal(r, g, prj, what);
        if (std::getenv("DATOSIM_RANDOM_PROJECTS")) std::printf("refused: %s: %s\n", what.c_str(), r.err.substr(0, 300).c_str());
        ++refused;
        continue;
      }
      ++emitted;
      const Result c = datosim({"check-project", prj.string()});
      EXPECT_EQ(c.code, 0) << what << ":\n" << c.out << c.err;
      EXPECT_NE(c.out.find("outputs bit-identical"), std::string::npos) << what << ":\n" << c.out << c.err;
      const Result parse = sh("mlir-opt-19 --allow-unregistered-dialect '" + (prj / "aie.generic.mlir").string() + "'",
                              dir_ / "mlir.log");
      EXPECT_EQ(parse.code, 0) << what << ": mlir-opt-19 rejects the generic form:\n" << parse.out.substr(0, 4000);
      const Result kernels = sh("g++ -std=c++20 -fsyntax-only -Wall -Wno-unknown-pragmas -DDSIM_AIE_ARCH=" +
                                    std::string(arch == "npu2" ? "21" : "20") + " -Itests/aie_api_emul -I'" +
                                    (prj / "kernels").string() + "' '" + (prj / "kernels/kernels.cc").string() + "'",
                                dir_ / "cc.log");
      EXPECT_EQ(kernels.code, 0) << what << ": kernels.cc does not compile:\n" << kernels.out.substr(0, 4000);
      if (!HasFailure()) fs::remove_all(prj);
    }
  }
  std::printf("random NPU projects: %d emitted and checked, %d refused\n", emitted, refused);
  // Most of these graphs fit and lower (544 of 600 for seeds 1..300; the refusals are three DMA inputs on
  // one core, a 1-D output of 2-byte rows, bundles and too many buffer descriptors); a change that starts
  // refusing them fails here.
  EXPECT_GE(4 * emitted, 3 * (emitted + refused)) << emitted << " emitted, " << refused << " refused";
}

TEST_F(RandomProjects, HlsProjectsReproduceTheOutputsInCSimulation) {
  const int n = graphsPerFamily(6);
  int emitted = 0;
  for (int seed = 1; seed <= n; ++seed) {
    std::string summary;
    const fs::path g = graph(seed, summary);
    const std::string what = "seed " + std::to_string(seed) + " on u280 (" + summary + ")";
    SCOPED_TRACE(what);
    const fs::path prj = dir_ / ("h" + std::to_string(seed));
    const Result r = datosim({g.string(), "--arch=u280", "--emit=hls", "--output-dir", prj.string(), "-q"});
    if (r.code != 0) {
      expectRefusal(r, g, prj, what);
      continue;
    }
    ++emitted;
    const Result build = sh("make -s -C '" + prj.string() + "' build/csim", dir_ / "build.log");
    ASSERT_EQ(build.code, 0) << what << ": make build/csim failed:\n" << build.out.substr(0, 4000);
    const Result run = sh("cd '" + prj.string() + "' && ./build/csim data", dir_ / "run.log");
    EXPECT_EQ(run.code, 0) << what << ":\n" << run.out.substr(0, 4000);
    EXPECT_NE(run.out.find("csim: PASSED"), std::string::npos) << what << ":\n" << run.out.substr(0, 4000);
    if (!HasFailure()) fs::remove_all(prj);
  }
  EXPECT_EQ(emitted, n) << "every random graph fits u280 and has an HLS lowering";
}

}  // namespace
