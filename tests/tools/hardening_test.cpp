// Hostile input and hostile paths (issue "Hardening"; docs/hardening.md): every case ends with a clear
// diagnostic and an exit code below 70, and no output set is left half-written.
#include "tests/tools/cli_util.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "pipeline/memory.h"

namespace fs = std::filesystem;
using datosim::testing::CliRun;
using datosim::testing::CliTest;
using datosim::testing::run;

namespace {

std::string example(const char* name) { return std::string(DATOSIM_SOURCE_DIR) + "/examples/" + name; }

// producer -> consumer over one stream; X (input) is loaded by the producer, Y (output) stored by the consumer.
const char* kTwoStage = R"({"format": "datosim-graph/1", "name": "two",
  "params": {"N": 64, "T": 16},
  "tensors": {"X": {"dtype": "i32", "shape": ["N"], "role": "input"},
              "Y": {"dtype": "i32", "shape": ["N"], "role": "output"}},
  "streams": {"s": {"dtype": "i32", "tile": ["T"], "depth": 2}},
  "tasks": {
    "prod": {"mapping": [1], "coords": ["i"], "args": {"x": {"tensor": "X", "layout": ["R"]}},
             "locals": {"a": {"dtype": "i32", "shape": ["T"]}},
             "body": [{"for": "k", "range": "N / T", "body": [
                        {"load": "x", "at": ["k * T"], "into": "a"}, {"put": "s", "from": "a"}]}]},
    "cons": {"mapping": [1], "coords": ["i"], "args": {"y": {"tensor": "Y", "layout": ["R"]}},
             "locals": {"b": {"dtype": "i32", "shape": ["T"]}},
             "body": [{"for": "k", "range": "N / T", "body": [
                        {"get": "s", "into": "b"}, {"store": "y", "at": ["k * T"], "from": "b"}]}]}}})";

bool isEmptyDir(const fs::path& p) { return fs::is_directory(p) && fs::is_empty(p); }

}  // namespace

// 1. A run that would need more memory than the budget is refused before allocating, saying what needs it.
TEST_F(CliTest, HugeTensorsAreRefusedBeforeAllocating) {
  CliRun r = run({example("pipeline3.json"), "--arch", "npu4x4", "--param", "N=2147483648", "--functional=on", "-q"});
  EXPECT_EQ(r.code, 10) << r.err;
  // Y is stored to: the run keeps one more copy of it (sim::storedTensors).
  EXPECT_NE(r.err.find("would need about 768 GiB"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("tensor Y (i16 2147483648x64, 2 copies) 512 GiB"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("tensor X (i16 2147483648x64) 256 GiB"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--functional=off"), std::string::npos) << r.err;
  // A budget given on the command line is named as such; a small graph fits in the default one.
  std::string g = write("g.json", kTwoStage);
  r = run({g, "--arch", "npu4x4", "--functional=on", "--max-memory", "1K", "-q"});
  EXPECT_EQ(r.code, 10) << r.err;
  EXPECT_NE(r.err.find("budget of 1.0 KiB (--max-memory)"), std::string::npos) << r.err;
  EXPECT_EQ(run({g, "--arch", "npu4x4", "--functional=on", "-q"}).code, 0);
  EXPECT_EQ(run({g, "--arch", "npu4x4", "--functional=on", "--max-memory", "0", "-q"}).code, 0);
  r = run({g, "--arch", "npu4x4", "--max-memory", "lots"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("found 'lots'"), std::string::npos) << r.err;
}

TEST(MemoryEstimate, CountsCopiesAndParsesSizes) {
  std::uint64_t b = 0;
  EXPECT_TRUE(datosim::pipeline::parseBytes("8G", b));
  EXPECT_EQ(b, 8ull << 30);
  EXPECT_TRUE(datosim::pipeline::parseBytes("1.5GiB", b));
  EXPECT_EQ(b, 3ull << 29);
  EXPECT_TRUE(datosim::pipeline::parseBytes("4096", b));
  EXPECT_EQ(b, 4096u);
  EXPECT_FALSE(datosim::pipeline::parseBytes("", b));
  EXPECT_FALSE(datosim::pipeline::parseBytes("-1G", b));
  EXPECT_FALSE(datosim::pipeline::parseBytes("1X", b));
  EXPECT_FALSE(datosim::pipeline::parseBytes("1e999", b));
  EXPECT_EQ(datosim::pipeline::formatBytes(1536), "1.5 KiB");
  EXPECT_GT(datosim::pipeline::defaultMemoryBudget().bytes, 0u);
}

// 2. Work that takes no simulated time is bounded: the run stops with a run-time error.
TEST_F(CliTest, ZeroTimeLoopEnds) {
  std::string g = std::string(DATOSIM_SOURCE_DIR) + "/tests/fuzz/seeds/graph/zero_time_loop.json";
  CliRun r = run({g, "--arch", "npu4x4", "--max-steps-per-cycle", "100000", "-q"});
  EXPECT_EQ(r.code, 5) << r.err;
  EXPECT_NE(r.err.find("ran 100,000 loop iterations in a row without its simulated time advancing"), std::string::npos)
      << r.err;
  EXPECT_EQ(run({g, "--arch", "npu4x4", "--max-steps-per-cycle", "0"}).code, 2);
  // A loop that does advance time is not affected by a small limit.
  EXPECT_EQ(run({write("g.json", kTwoStage), "--arch", "npu4x4", "--max-steps-per-cycle", "10", "-q"}).code, 0);
}

// 3. Inputs must be regular files of a plausible size; nothing is read from devices or pipes.
TEST_F(CliTest, InputsThatAreNotNpyFilesAreRefusedUnread) {
  std::string g = write("g.json", kTwoStage);
  CliRun r = run({g, "--arch", "npu4x4", "--input", "X=/dev/zero", "-q"});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("/dev/zero: is not a regular file"), std::string::npos) << r.err;
  const std::string fifo = (dir_ / "pipe.npy").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  r = run({g, "--arch", "npu4x4", "--input", "X=" + fifo, "-q"});  // would block forever if opened
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("is not a regular file"), std::string::npos) << r.err;
  // 64 i32 elements fit in a few hundred bytes; a 2 MiB file is refused before it is read.
  const std::string big = write("big.npy", std::string(2 << 20, 'x'));
  r = run({g, "--arch", "npu4x4", "--input", "X=" + big, "-q"});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("more than a .npy file of this tensor can have"), std::string::npos) << r.err;
}

// 4. Special files are never replaced; '-' is stdout.
TEST_F(CliTest, OutputsNeverReplaceSpecialFilesAndDashIsStdout) {
  std::string g = write("g.json", kTwoStage);
  CliRun r = run({g, "--arch", "npu4x4", "--json", "/dev/null", "-q"});
  EXPECT_EQ(r.code, 7);
  EXPECT_NE(r.err.find("--json: /dev/null: cannot write: it is not a regular file"), std::string::npos) << r.err;
  struct stat st {};
  ASSERT_EQ(::stat("/dev/null", &st), 0);
  EXPECT_TRUE(S_ISCHR(st.st_mode));
  r = run({g, "--arch", "npu4x4", "--json", "-"});
  ASSERT_EQ(r.code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);  // stdout is the report alone, no summary
  EXPECT_EQ(j.at("outcome"), "completed");
  r = run({g, "--arch", "npu4x4", "--map-only", "--mapping-out", "-"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out).at("format"), "datosim-mapping/1");
  EXPECT_EQ(run({g, "--arch", "npu4x4", "--json", "-", "--mapping-out", "-"}).code, 2);
  EXPECT_EQ(run({g, "--arch", "npu4x4", "--output-dir", "-"}).code, 2);
  // A folder is not a regular file either.
  fs::create_directories(dir_ / "adir");
  r = run({g, "--arch", "npu4x4", "--json", (dir_ / "adir").string(), "-q"});
  EXPECT_EQ(r.code, 7);
  EXPECT_NE(r.err.find("a folder"), std::string::npos) << r.err;
}

// 5. The outputs of a run are one set: all written, or none.
TEST_F(CliTest, OutputSetIsAllOrNothing) {
  std::string g = write("g.json", kTwoStage);
  const fs::path od = dir_ / "od";
  // The report inside the output folder works (the folder is made for both).
  CliRun r = run({g, "--arch", "npu4x4", "--output-dir", od.string(), "--json", (od / "r.json").string(), "-q"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(fs::is_regular_file(od / "r.json"));
  EXPECT_TRUE(fs::is_regular_file(od / "Y.npy"));
  EXPECT_TRUE(fs::is_regular_file(od / "X.npy"));  // generated input
  // One target that cannot be written: nothing of the set is written, no temporary stays.
  const fs::path od2 = dir_ / "od2";
  fs::create_directories(od2 / "Y.npy");  // a folder where a tensor goes
  r = run({g, "--arch", "npu4x4", "--output-dir", od2.string(), "--json", (dir_ / "r2.json").string(), "-q"});
  EXPECT_EQ(r.code, 7) << r.err;
  EXPECT_NE(r.err.find("tensor Y"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "r2.json"));
  EXPECT_FALSE(fs::exists(od2 / "X.npy"));
  EXPECT_TRUE(isEmptyDir(od2 / "Y.npy"));
  std::size_t entries = 0;
  for (const auto& e : fs::directory_iterator(od2)) entries += e.path().filename() != "Y.npy";
  EXPECT_EQ(entries, 0u);
  // A missing folder in a --json path is an error (a typo), not created; only --output-dir is created.
  r = run({g, "--arch", "npu4x4", "--json", (dir_ / "nope" / "r.json").string(), "-q"});
  EXPECT_EQ(r.code, 7);
  EXPECT_NE(r.err.find("does not exist"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "nope"));
}

// 5. SIGTERM in the middle of writing the set: the process dies of it, and neither the temporaries
// nor the folders it made nor any target is left.
TEST_F(CliTest, SigtermWhileWritingLeavesNothing) {
  std::string g = write("g.json", kTwoStage);
  const fs::path od = dir_ / "deep" / "od";
  const std::string cmd = "exec 2>/dev/null; DATOSIM_TEST_SIGTERM_IN_COMMIT=1 exec " + std::string(DATOSIM_BINARY) + " " + g +
                          " --arch npu4x4 -q --output-dir " + od.string() + " --json " + (dir_ / "r.json").string();
  const int status = std::system(cmd.c_str());
  ASSERT_TRUE(WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) == 128 + SIGTERM)) << status;
  EXPECT_FALSE(fs::exists(dir_ / "deep"));
  std::size_t entries = 0;
  for (const auto& e : fs::directory_iterator(dir_)) entries += e.path().filename() != "g.json";
  EXPECT_EQ(entries, 0u);
}

// 6. Empty and clashing paths are usage errors.
TEST_F(CliTest, EmptyAndClashingPathsAreUsageErrors) {
  std::string g = write("g.json", kTwoStage);
  for (const char* opt : {"--json", "--mapping-out", "--output-dir", "--mapping"}) {
    CliRun r = run({g, "--arch", "npu4x4", opt, ""});
    EXPECT_EQ(r.code, 2) << opt << ": " << r.err;
    EXPECT_NE(r.err.find("empty"), std::string::npos) << opt << ": " << r.err;
  }
  EXPECT_EQ(run({g, "--arch", ""}).code, 2);
  EXPECT_EQ(run({"", "--arch", "npu4x4"}).code, 2);
  const std::string same = (dir_ / "same.json").string();
  CliRun r = run({g, "--arch", "npu4x4", "--json", same, "--mapping-out", same, "-q"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("--mapping-out and --json name the same file"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(same));
  // The same file through another spelling of the path.
  r = run({g, "--arch", "npu4x4", "--json", same, "--mapping-out", (dir_ / "." / "same.json").string(), "-q"});
  EXPECT_EQ(r.code, 2);
  // The report under a tensor's name in the output folder.
  r = run({g, "--arch", "npu4x4", "--output-dir", (dir_ / "od").string(), "--json", (dir_ / "od" / "Y.npy").string(), "-q"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("tensor Y"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "od"));
}

// 7. A 100,000-character key is not echoed in full.
TEST_F(CliTest, LongNamesAreShortenedInMessages) {
  const std::string longName(100000, 't');
  std::string text = kTwoStage;
  text.replace(text.find("\"prod\""), 6, "\"" + longName + "\"");
  CliRun r = run({write("g.json", text), "--arch", "npu4x4"});
  EXPECT_EQ(r.code, 1);
  EXPECT_LT(r.err.size(), 4000u) << r.err.substr(0, 4000);
  EXPECT_NE(r.err.find(" characters)...tttt"), std::string::npos) << r.err.substr(0, 4000);
}

// 8. Loads that leave part of an input unread are reported (the result would silently ignore it).
TEST_F(CliTest, PartialLoadsOfAnInputAreWarned) {
  std::string g = write("g.json", kTwoStage);
  CliRun r = run({g, "--arch", "npu4x4", "--param", "T=24", "--json", (dir_ / "r.json").string()});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("/tasks/prod/body/0/body/0: warning: input tensor 'X' elements 48..63 of 64 are never loaded"),
            std::string::npos)
      << r.err;
  std::ifstream f(dir_ / "r.json");
  const nlohmann::json j = nlohmann::json::parse(f);
  bool found = false;
  for (const auto& w : j.at("warnings")) found = found || w.get<std::string>().find("never loaded") != std::string::npos;
  EXPECT_TRUE(found);
  // A tile that divides the extent: no warning.
  r = run({g, "--arch", "npu4x4", "--param", "T=16", "-q"});
  EXPECT_EQ(r.err.find("never loaded"), std::string::npos) << r.err;
}

// 8. ... and a graph can make such gaps errors.
TEST_F(CliTest, GraphCanMakeCoverageGapsErrors) {
  std::string text = kTwoStage;
  text.replace(text.find("\"params\""), 0, "\"coverage\": \"error\", ");
  std::string g = write("g.json", text);
  CliRun r = run({g, "--arch", "npu4x4", "--param", "T=24", "-q"});
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find("/tasks/prod/body/0/body/0: error: input tensor 'X' elements 48..63 of 64 are never loaded"),
            std::string::npos) << r.err;
  EXPECT_NE(r.err.find("error: tensor 'Y' elements 48..63 of 64 are never stored"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 coverage gaps, errors because"), std::string::npos) << r.err;
  EXPECT_EQ(run({g, "--arch", "npu4x4", "--param", "T=16", "-q"}).code, 0);
  text.replace(text.find("\"error\""), 7, "\"fatal\"");
  r = run({write("g2.json", text), "--arch", "npu4x4", "-q"});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("g2.json:/coverage: error: 'coverage' is \"warn\" (the default) or \"error\", found 'fatal'"),
            std::string::npos) << r.err;
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DATOSIM_TEST_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define DATOSIM_TEST_ASAN 1
#endif

// 9. A run whose threads cannot all get a stack from the operating system (here an address-space limit
// below what 4,000 stacks of 256 KiB reserve; at the default vm.max_map_count about 32,000 instances) ends
// with a diagnostic that names the limit and what to do, exit 5, not an "internal simulator error".
TEST_F(CliTest, ThreadsBeyondTheOperatingSystemsLimitAreADiagnostic) {
#if defined(DATOSIM_TEST_ASAN)
  GTEST_SKIP() << "an address-space limit (ulimit -v) stops AddressSanitizer's own shadow mappings before datosim "
                  "runs; the normal build runs this test";
#else
  const std::string g = write("many.json", R"({"format": "datosim-graph/1", "name": "many", "params": {"P": 4000},
    "tasks": {"t": {"mapping": ["P"], "coords": ["i"], "locals": {"x": {"dtype": "i32", "shape": []}},
      "body": [{"compute": "custom", "in": ["x"], "cycles": "1 + i % 7"}]}}})");
  const fs::path err = dir_ / "err.txt";
  const std::string cmd = "ulimit -v 600000 && exec " + std::string(DATOSIM_BINARY) + " " + g +
                          " --arch u280 --timing=free --functional=off -q 2> " + err.string();
  const int status = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(status)) << status;
  std::ifstream in(err);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(WEXITSTATUS(status), 5) << text;
  EXPECT_NE(text.find("the run could not create its simulation threads"), std::string::npos) << text;
  EXPECT_NE(text.find("address-space limit (ulimit -v, RLIMIT_AS = 585 MiB)"), std::string::npos) << text;
  EXPECT_NE(text.find("4000 instances"), std::string::npos) << text;
  EXPECT_EQ(text.find("internal"), std::string::npos) << text;
  // Without the limit the same graph runs.
  EXPECT_EQ(run({g, "--arch", "u280", "--timing=free", "--functional=off", "-q"}).code, 0);
#endif
}
