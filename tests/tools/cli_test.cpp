// The datosim command line: exit codes, outputs, determinism. Runs the CLI in-process, and the real
// binary where the process boundary matters (stdout cleanliness).
#include "tools/cli.h"
#include "tests/tools/cli_util.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <fcntl.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

namespace fs = std::filesystem;
using datosim::tools::runDatosim;
using datosim::testing::CliRun;
using datosim::testing::CliTest;
using datosim::testing::run;

namespace {

// producer -(depth D)-> consumer, N tokens, explicit costs so the result is independent of configs.
std::string pipeline(int tokens, int depth, int producerPuts) {
  std::ostringstream s;
  s << R"({"format": "datosim-graph/1", "name": "p2",
  "params": {"N": )" << tokens << R"(, "NP": )" << producerPuts << R"(},
  "streams": {"s": {"dtype": "i32", "tile": [], "depth": )" << depth << R"(}},
  "tasks": {
    "prod": {"mapping": [1], "coords": ["i"], "locals": {"x": {"dtype": "i32", "shape": []}},
             "body": [{"for": "k", "range": "NP", "body": [
                        {"compute": "custom", "out": "x", "cycles": 2},
                        {"put": "s", "from": "x"}]}]},
    "cons": {"mapping": [1], "coords": ["i"], "locals": {"y": {"dtype": "i32", "shape": []}},
             "body": [{"for": "k", "range": "N", "body": [
                        {"get": "s", "into": "y"},
                        {"compute": "custom", "in": ["y"], "cycles": 5}]}]}
  }})";
  return s.str();
}

}  // namespace

TEST_F(CliTest, ListsKernelsModelsAndVersion) {
  CliRun k = run({"--list-kernels"});
  EXPECT_EQ(k.code, 0);
  EXPECT_NE(k.out.find("matmul"), std::string::npos);
  EXPECT_NE(k.out.find("softmax"), std::string::npos);
  CliRun m = run({"--list-models"});
  EXPECT_EQ(m.code, 0);
  EXPECT_NE(m.out.find("aie-ml"), std::string::npos);
  EXPECT_NE(m.out.find("macs_per_cycle.i16"), std::string::npos);
  EXPECT_EQ(run({"--version"}).code, 0);
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  std::string g = write("g.json", pipeline(4, 2, 4));
  CliRun noArch = run({g});
  EXPECT_EQ(noArch.code, 2);
  EXPECT_NE(noArch.err.find("--arch"), std::string::npos);
  EXPECT_EQ(run({"--arch", "npu4x4"}).code, 2);
  CliRun badParam = run({g, "--arch", "npu4x4", "--param", "N"});
  EXPECT_EQ(badParam.code, 2);
  EXPECT_NE(badParam.err.find("NAME=VALUE"), std::string::npos);
  EXPECT_EQ(run({g, "--arch", "npu4x4", "--param", "N=abc"}).code, 2);
  EXPECT_EQ(run({g, "--arch", "npu4x4", "--no-such-flag"}).code, 2);
}

// What a user mis-types: the message names the option or argument in command-line order, suggests the
// closest option, and never prints CLI11's internals (a range up to 1.8e308, arguments reversed).
TEST_F(CliTest, MisTypedOptionsGetClearMessages) {
  std::string g = write("g.json", pipeline(4, 2, 4));
  CliRun parm = run({g, "--arch", "npu4x4", "--parm", "N=8"});
  EXPECT_EQ(parm.code, 2);
  EXPECT_NE(parm.err.find("unknown option '--parm'; did you mean '--param'?"), std::string::npos) << parm.err;
  EXPECT_EQ(parm.err.find("N=8"), std::string::npos) << parm.err;  // the unknown option's value, not reported
  CliRun jsn = run({g, "--arch", "npu4x4", "--jsn=r.json"});
  EXPECT_EQ(jsn.code, 2);
  EXPECT_NE(jsn.err.find("unknown option '--jsn'; did you mean '--json'?"), std::string::npos) << jsn.err;
  CliRun two = run({g, g + ".other", "--arch", "npu4x4"});
  EXPECT_EQ(two.code, 2);
  EXPECT_NE(two.err.find("unexpected argument '" + g + ".other' (one graph file per run)"), std::string::npos)
      << two.err;
  CliRun neg = run({g, "--arch", "npu4x4", "--max-cycles=-1"});
  EXPECT_EQ(neg.code, 2);
  EXPECT_NE(neg.err.find("--max-cycles: must be a whole number of cycles >= 0 (0: no limit), found '-1'"),
            std::string::npos)
      << neg.err;
  EXPECT_EQ(neg.err.find("17976931"), std::string::npos) << neg.err;
  EXPECT_EQ(run({g, "--arch", "npu4x4", "--max-cycles", "1.5"}).code, 2);
  EXPECT_EQ(run({g, "--arch", "npu4x4", "--max-cycles", "0", "-q"}).code, 0);
}

// --param, --input, --chain and --bundle take one value per occurrence: a graph file after them is the
// graph (it used to be swallowed as a second --param value: "no graph file given"), and a second
// NAME=VALUE without its own --param is reported as such.
TEST_F(CliTest, RepeatableOptionsTakeOneValueEach) {
  std::string g = write("g.json", pipeline(4, 2, 4));
  std::string j = (dir_ / "r.json").string();
  CliRun before = run({"--arch", "npu4x4", "--param", "N=8", "--param", "NP=8", g, "--json", j, "-q"});
  ASSERT_EQ(before.code, 0) << before.err;
  std::ifstream f(j);
  std::stringstream s;
  s << f.rdbuf();
  EXPECT_NE(s.str().find("\"N\": 8"), std::string::npos);
  EXPECT_EQ(run({"--chain", "prod,cons", g, "--arch", "npu4x4", "-q"}).code, 0);
  CliRun joined = run({g, "--arch", "npu4x4", "--param", "N=8", "NP=8"});
  EXPECT_EQ(joined.code, 2);
  EXPECT_NE(joined.err.find("unexpected argument 'NP=8' (--param and --input take one NAME=VALUE each"),
            std::string::npos)
      << joined.err;
}

TEST_F(CliTest, CompletedRunPrintsSummaryAndExitsZero) {
  std::string g = write("g.json", pipeline(4, 2, 4));
  CliRun r = run({g, "--arch", "npu4x4"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("result   completed"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("cycles"), std::string::npos);
  EXPECT_NE(r.out.find("prod"), std::string::npos);
}

TEST_F(CliTest, InvalidGraphExitsOneWithPointerDiagnostics) {
  std::string g = write("bad.json", R"({"format": "datosim-graph/1", "name": "x", "taks": {}})");
  CliRun r = run({g, "--arch", "npu4x4"});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find(g + ":/taks"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("tasks"), std::string::npos) << r.err;
}

TEST_F(CliTest, UnknownArchAndUnknownParamExitOne) {
  std::string g = write("g.json", pipeline(4, 2, 4));
  CliRun a = run({g, "--arch", "npu9x9"});
  EXPECT_EQ(a.code, 1);
  EXPECT_NE(a.err.find("npu4x4"), std::string::npos) << a.err;  // lists what exists
  CliRun p = run({g, "--arch", "npu4x4", "--param", "Q=3"});
  EXPECT_EQ(p.code, 1);
  EXPECT_NE(p.err.find("Q"), std::string::npos) << p.err;
}

TEST_F(CliTest, ParamOverrideChangesTheResult) {
  std::string g = write("g.json", pipeline(4, 2, 4));
  std::string j1 = (dir_ / "a.json").string(), j2 = (dir_ / "b.json").string();
  ASSERT_EQ(run({g, "--arch", "npu4x4", "--json", j1, "-q"}).code, 0);
  ASSERT_EQ(run({g, "--arch", "npu4x4", "--json", j2, "-q", "--param", "N=8", "--param", "NP=8"}).code, 0);
  std::ifstream f1(j1), f2(j2);
  std::stringstream s1, s2;
  s1 << f1.rdbuf();
  s2 << f2.rdbuf();
  EXPECT_NE(s1.str(), s2.str());
  EXPECT_NE(s2.str().find("\"N\": 8"), std::string::npos);
}

TEST_F(CliTest, JsonReportIsByteIdenticalAcrossRuns) {
  std::string g = write("g.json", pipeline(16, 1, 16));
  std::string j1 = (dir_ / "a.json").string(), j2 = (dir_ / "b.json").string();
  ASSERT_EQ(run({g, "--arch", "u280", "--json", j1}).code, 0);
  ASSERT_EQ(run({g, "--arch", "u280", "--json", j2}).code, 0);
  std::ifstream f1(j1), f2(j2);
  std::stringstream s1, s2;
  s1 << f1.rdbuf();
  s2 << f2.rdbuf();
  ASSERT_FALSE(s1.str().empty());
  EXPECT_EQ(s1.str(), s2.str());
  EXPECT_NE(s1.str().find("\"format\": \"datosim-report/1\""), std::string::npos);
  EXPECT_NE(s1.str().find("\"blocked_put\""), std::string::npos);
}

TEST_F(CliTest, DeadlockExitsThreeAndNamesTheStream) {
  // The consumer wants 6 tokens, the producer puts 4: the consumer waits on a finished producer.
  std::string g = write("g.json", pipeline(6, 2, 4));
  std::string j = (dir_ / "r.json").string();
  CliRun r = run({g, "--arch", "npu4x4", "--json", j});
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.out.find("DEADLOCK"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("cons waits for data on s"), std::string::npos) << r.out;
  std::ifstream f(j);
  std::stringstream s;
  s << f.rdbuf();
  EXPECT_NE(s.str().find("\"outcome\": \"deadlock\""), std::string::npos) << s.str();
}

TEST_F(CliTest, QuietDeadlockStillSaysWhoWaitsOnWhom) {
  // Without a cycle: the wait on the finished producer.
  CliRun r = run({write("g.json", pipeline(6, 2, 4)), "--arch", "npu4x4", "-q"});
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("deadlock at cycle"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("no cycle of waits"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("cons waits for data on s (get at "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("which only prod fills, and it has finished"), std::string::npos) << r.err;
  // A cycle of waits among 19 blocked instances: the cycle, its three waits, and how many more there are.
  r = run({std::string(DATOSIM_SOURCE_DIR) + "/tests/examples/deadlock/systolic_skewed_feed.json", "--arch=u280", "-q"});
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("19 instances blocked forever"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("cycle of waits: feed_a -> gemm_1_1 -> gemm_2_1 -> feed_a"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("gemm_1_1 waits for space on fifo_B[2][1]"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("and 16 other blocked instances"), std::string::npos) << r.err;
}

TEST_F(CliTest, VerboseLogsTheStagesOnStderrAndLeavesStdoutAlone) {
  const std::string g = write("g.json", pipeline(4, 2, 4));
  const CliRun plain = run({g, "--arch", "u280"});
  const CliRun v = run({g, "--arch", "u280", "-v"});
  ASSERT_EQ(plain.code, 0);
  ASSERT_EQ(v.code, 0);
  EXPECT_EQ(v.out, plain.out);  // the results are the same bytes
  EXPECT_EQ(plain.err.find("datosim ["), std::string::npos) << plain.err;
  for (const char* stage : {"datosim [info] loaded ", "datosim [info] mapped onto u280", "datosim [info] data: ",
                            "datosim [info] simulating 2 instances", "datosim [info] simulated: completed at cycle"})
    EXPECT_NE(v.err.find(stage), std::string::npos) << stage << "\n" << v.err;
  EXPECT_EQ(v.err.find("[debug]"), std::string::npos) << v.err;
  // -vv adds the details; -q silences the log too.
  const CliRun vv = run({g, "--arch", "u280", "-vv", "--size-fifos"});
  ASSERT_EQ(vv.code, 0) << vv.err;
  EXPECT_NE(vv.err.find("datosim [debug] fifo sizing run "), std::string::npos) << vv.err;
  EXPECT_NE(vv.err.find("datosim [info] fifo sizing: graph depths completed"), std::string::npos) << vv.err;
  EXPECT_EQ(run({g, "--arch", "u280", "-vv", "-q"}).err, "");
  // The log stops with the call: a later quiet call in the same process logs nothing.
  EXPECT_EQ(run({g, "--arch", "u280"}).err, "");
}

// Run the real binary with stderr on a pseudo-terminal and stdout into `stdoutFile`; what the terminal
// showed. Fails the test if it cannot.
std::string runOnTerminal(const std::vector<std::string>& args, const std::string& stdoutFile, int& code) {
  int master = -1;
  const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
  if (pid < 0) {
    ADD_FAILURE() << "forkpty failed";
    return "";
  }
  if (pid == 0) {
    const int fd = ::open(stdoutFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || ::dup2(fd, 1) < 0) ::_exit(127);
    std::vector<char*> argv;
    std::string bin = DATOSIM_BINARY;
    argv.push_back(bin.data());
    std::vector<std::string> copy = args;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(bin.c_str(), argv.data());
    ::_exit(127);
  }
  std::string seen;
  char buf[4096];
  for (;;) {
    const ssize_t n = ::read(master, buf, sizeof buf);
    if (n > 0) seen.append(buf, static_cast<std::size_t>(n));
    else if (n < 0 && errno == EINTR) continue;
    else break;  // EIO once the child has gone
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  ::close(master);
  code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return seen;
}

TEST_F(CliTest, ProgressShowsOnATerminalForLongRunsAndNowhereElse) {
  // A run of about two seconds: a 32x32 systolic array over K = 8192.
  const std::vector<std::string> args = {std::string(DATOSIM_SOURCE_DIR) + "/examples/systolic_gemm.json", "--arch=u280",
                                         "--timing=free", "--param", "M=32", "--param", "N=32", "--param", "K=8192",
                                         "--functional=off"};
  const std::string outFile = (dir_ / "out.txt").string();
  int code = -1;
  const std::string terminal = runOnTerminal(args, outFile, code);
  EXPECT_EQ(code, 0) << terminal;
  EXPECT_NE(terminal.find("\r\033[Kdatosim: simulating: cycle "), std::string::npos) << terminal;
  EXPECT_NE(terminal.find(" of 1,156 instances finished, "), std::string::npos) << terminal;
  EXPECT_NE(terminal.find(" cycles/s, "), std::string::npos) << terminal;
  // The line is erased before anything else is written: the warning that follows starts a clean line.
  const std::size_t lastLine = terminal.rfind("datosim: simulating:");
  ASSERT_NE(lastLine, std::string::npos);
  EXPECT_NE(terminal.find("\r\033[K", lastLine), std::string::npos) << terminal.substr(lastLine);
  std::ifstream f(outFile);
  std::stringstream stdoutText;
  stdoutText << f.rdbuf();
  EXPECT_EQ(stdoutText.str().find("simulating:"), std::string::npos);
  EXPECT_NE(stdoutText.str().find("result   completed"), std::string::npos) << stdoutText.str();
  // Not on a terminal (the in-process caller, a pipe) or with -q: no progress at all.
  std::vector<std::string> quiet = args;
  quiet.push_back("-q");
  const std::string q = runOnTerminal(quiet, outFile, code);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(q.find("simulating:"), std::string::npos) << q;
  const CliRun inProcess = run(args);
  EXPECT_EQ(inProcess.err.find("simulating:"), std::string::npos);
}

TEST_F(CliTest, CycleLimitExitsFour) {
  std::string g = write("g.json", pipeline(100, 2, 100));
  CliRun r = run({g, "--arch", "npu4x4", "--max-cycles", "50", "-q"});
  EXPECT_EQ(r.code, 4) << r.err;
}

TEST_F(CliTest, UnwritableJsonExitsSevenAndLeavesNothing) {
  std::string g = write("g.json", pipeline(4, 2, 4));
  std::string j = (dir_ / "no-such-dir" / "r.json").string();
  CliRun r = run({g, "--arch", "npu4x4", "--json", j, "-q"});
  EXPECT_EQ(r.code, 7);
  EXPECT_NE(r.err.find("no-such-dir"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir_ / "no-such-dir"));
  // A read-only directory: no temporary file may be left behind either.
  fs::create_directories(dir_ / "ro");
  fs::permissions(dir_ / "ro", fs::perms::owner_read | fs::perms::owner_exec);
  if (::geteuid() != 0) {  // root ignores permissions
    EXPECT_EQ(run({g, "--arch", "npu4x4", "--json", (dir_ / "ro" / "r.json").string(), "-q"}).code, 7);
    EXPECT_TRUE(fs::is_empty(dir_ / "ro"));
  }
  fs::permissions(dir_ / "ro", fs::perms::owner_all);
}

TEST_F(CliTest, RealBinaryKeepsStdoutForTheReport) {
  std::string g = write("g.json", pipeline(4, 2, 4));
  std::string outFile = (dir_ / "stdout.txt").string();
  std::string cmd = std::string(DATOSIM_BINARY) + " " + g + " --arch npu4x4 > " + outFile + " 2>&1";
  int status = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  std::ifstream f(outFile);
  std::stringstream s;
  s << f.rdbuf();
  EXPECT_EQ(s.str().find("SystemC"), std::string::npos) << "banner leaked into stdout:\n" << s.str();
  EXPECT_EQ(s.str().rfind("graph    p2", 0), 0u) << s.str();
}

// ---- mapping on the command line -------------------------------------------------------------

namespace {
std::string example(const char* name) { return std::string(DATOSIM_SOURCE_DIR) + "/examples/" + name; }
std::string slurp(const std::string& path) {
  std::ifstream f(path);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}
// 8 x 4096 i16 tiles (64 KiB each) cannot fit a 64 KiB L1 next to the stack.
const std::vector<std::string> kTooBig = {"--param", "T=8", "--param", "D=4096", "--param", "N=64"};
}  // namespace

// -q with a failed --check says which tensors differ, and only that: the run itself completed.
TEST_F(CliTest, QuietFailedCheckNamesTheTensorsOnly) {
  CliRun r = run({std::string(DATOSIM_SOURCE_DIR) + "/tests/functional/miswired/splitk_swapped_stream_index.json",
                  "--arch", "u280", "--check", "-q"});
  EXPECT_EQ(r.code, 6) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "datosim: --check failed: C differs from the reference\n");
}

TEST_F(CliTest, GraphThatDoesNotFitExitsEightUnlessTimingIsFree) {
  std::vector<std::string> args = {example("pipeline3.json"), "--arch", "npu4x4", "-q"};
  args.insert(args.end(), kTooBig.begin(), kTooBig.end());
  CliRun placed = run(args);
  EXPECT_EQ(placed.code, 8);
  EXPECT_NE(placed.err.find("L1 data memory"), std::string::npos) << placed.err;
  EXPECT_NE(placed.err.find("does not fit npu4x4"), std::string::npos) << placed.err;
  args.push_back("--timing=free");
  CliRun freeRun = run(args);
  EXPECT_EQ(freeRun.code, 0) << freeRun.err;
  EXPECT_NE(freeRun.err.find("warning: pipeline3 does not fit npu4x4"), std::string::npos) << freeRun.err;
  EXPECT_EQ(freeRun.err.find(": error:"), std::string::npos) << freeRun.err;
}

TEST_F(CliTest, InvalidChainRequestExitsOneNotEight) {
  CliRun r = run({example("pipeline3.json"), "--arch", "npu4x4", "--chain", "nosuch,consumer", "-q"});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("no instance 'nosuch'"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("does not fit"), std::string::npos) << r.err;
}

TEST_F(CliTest, MapOnlyPrintsThePlacementWithoutSimulating) {
  CliRun r = run({example("npu_gemm_splitk.json"), "--arch", "npu4x4", "--map-only"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("16 of 16 compute tiles of npu4x4 in use"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("result "), std::string::npos) << r.out;
  std::vector<std::string> args = {example("pipeline3.json"), "--arch", "npu4x4", "--map-only", "--timing=free"};
  args.insert(args.end(), kTooBig.begin(), kTooBig.end());
  EXPECT_EQ(run(args).code, 8);  // --map-only asks for the placement itself: a misfit stays an error
}

// A memory tile that holds a few scalar tokens' buffers shows their bytes, not "0.0K".
TEST_F(CliTest, MapOnlyShowsSmallMemoryTileUseInBytes) {
  CliRun r = run({example("systolic_gemm.json"), "--arch", "npu4x4", "--map-only"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.find("0.0K"), std::string::npos) << r.out;
  EXPECT_TRUE(std::regex_search(r.out, std::regex("mem [1-9][0-9]*B [0-9]+/[0-9]+"))) << r.out;
  CliRun big = run({example("npu_gemm_splitk.json"), "--arch", "npu4x4", "--map-only"});
  EXPECT_TRUE(std::regex_search(big.out, std::regex("mem [0-9]+\\.[0-9]K [0-9]+/[0-9]+"))) << big.out;
}

TEST_F(CliTest, MappingOutThenMappingInReproducesTheRun) {
  std::string m = (dir_ / "m.json").string(), r1 = (dir_ / "r1.json").string(), r2 = (dir_ / "r2.json").string();
  ASSERT_EQ(run({example("ffn.json"), "--arch", "npu4x4", "-q", "--mapping-out", m, "--json", r1}).code, 0);
  ASSERT_TRUE(fs::exists(m));
  ASSERT_EQ(run({example("ffn.json"), "--arch", "npu4x4", "-q", "--mapping", m, "--json", r2}).code, 0);
  EXPECT_EQ(slurp(r1), slurp(r2));
  EXPECT_NE(slurp(m).find("\"format\": \"datosim-mapping/1\""), std::string::npos);
  // A mapping file for another graph is rejected, not silently applied.
  CliRun other = run({example("pipeline3.json"), "--arch", "npu4x4", "-q", "--mapping", m});
  EXPECT_NE(other.code, 0);
  EXPECT_NE(other.err.find(m), std::string::npos) << other.err;
}

TEST_F(CliTest, MapOnlyWithSimulationOutputsIsAUsageError) {
  const std::string j = (dir_ / "r.json").string();
  CliRun r = run({example("pipeline3.json"), "--arch", "npu4x4", "--map-only", "--json", j});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("--mapping-out"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(j));
  EXPECT_EQ(run({example("pipeline3.json"), "--arch", "npu4x4", "--map-only", "--check"}).code, 2);
}

TEST_F(CliTest, JsonReportCarriesCoreWaitOfBundledInstances) {
  // The systolic example has 36 instances: on npu4x4's 16 tiles they are bundled, so some wait for
  // the core of the tile they share.
  const std::string j = (dir_ / "r.json").string();
  ASSERT_EQ(run({example("systolic_gemm.json"), "--arch", "npu4x4", "-q", "--json", j}).code, 0);
  const std::string s = slurp(j);
  EXPECT_NE(s.find("\"core_wait\": 0"), std::string::npos);
  std::size_t nonzero = 0;
  for (std::size_t at = s.find("\"core_wait\": "); at != std::string::npos; at = s.find("\"core_wait\": ", at + 1))
    if (s.compare(at + 13, 2, "0,") != 0) ++nonzero;
  EXPECT_GT(nonzero, 0u) << s.substr(0, 2000);
}

// A tile that does not divide N leaves the last rows of Y unstored: a warning before the run, on stderr
// and first in the JSON report's warnings; the exit code is still 0. A dividing tile is silent.
TEST_F(CliTest, StoreCoverageWarnsOnStderrAndInTheJsonReport) {
  const std::string j = (dir_ / "r.json").string();
  CliRun r = run({example("pipeline3.json"), "--arch", "npu4x4", "--param", "N=100", "--json", j});
  EXPECT_EQ(r.code, 0) << r.err;
  const std::string line = example("pipeline3.json") +
                           ":/tasks/consumer/body/0/body/1: warning: tensor 'Y' rows 96..99 of 100 are never stored "
                           "(the stores cover 0..95)";
  EXPECT_NE(r.err.find(line + "\n"), std::string::npos) << r.err;
  const nlohmann::json report = nlohmann::json::parse(slurp(j));
  ASSERT_FALSE(report["warnings"].empty()) << report["warnings"];
  EXPECT_EQ(report["warnings"][0], line);
  EXPECT_EQ(report["outcome"], "completed");

  CliRun quiet = run({example("pipeline3.json"), "--arch", "npu4x4", "--param", "N=100", "-q"});
  EXPECT_EQ(quiet.code, 0);
  EXPECT_NE(quiet.err.find(line), std::string::npos) << "a warning is printed with -q too:\n" << quiet.err;

  CliRun dividing = run({example("pipeline3.json"), "--arch", "npu4x4", "--param", "N=96", "--json", j});
  EXPECT_EQ(dividing.code, 0) << dividing.err;
  EXPECT_EQ(dividing.err.find("never stored"), std::string::npos) << dividing.err;
  EXPECT_EQ(nlohmann::json::parse(slurp(j))["warnings"], nlohmann::json::array());
}

// A sweep can go down to one stage: npu_gemm_splitk's `pipe` stream array has Pk - 1 stages, empty at
// Pk = 1, and the graph still computes C = A B (no split-K partial sums to pass on).
TEST_F(CliTest, AStreamArrayMayBeEmptySoSweepsReachOneStage) {
  for (const char* pk : {"Pk=1", "Pk=2"}) {
    CliRun r = run({example("npu_gemm_splitk.json"), "--arch", "npu4x4", "--param", pk, "--check", "-q"});
    EXPECT_EQ(r.code, 0) << pk << ": " << r.err;
  }
}

// An explicit `cycles` below what a matmul needs at the peak makes the MACs faster than the hardware:
// the percentage goes above 100 and a warning says the result is not achievable; at the peak's own
// cost (4,096 cycles per 64^3 i16 matmul) nothing is said.
TEST_F(CliTest, CyclesOverridesFasterThanThePeakAreWarnedAbout) {
  const std::string g = std::string(DATOSIM_SOURCE_DIR) + "/tests/tools/data/cycles_below_peak.json";
  CliRun fast = run({g, "--arch", "npu4x4", "--functional=off", "-q"});
  EXPECT_EQ(fast.code, 0) << fast.err;
  EXPECT_NE(fast.err.find("warning: the MACs ran at "), std::string::npos) << fast.err;
  EXPECT_NE(fast.err.find("so this result is not achievable on the hardware"), std::string::npos) << fast.err;
  CliRun atPeak = run({g, "--arch", "npu4x4", "--functional=off", "-q", "--param", "CYC=4096"});
  EXPECT_EQ(atPeak.code, 0) << atPeak.err;
  EXPECT_EQ(atPeak.err.find("warning: the MACs ran at"), std::string::npos) << atPeak.err;
}

// A warning from reading the graph (a stream no task uses) is on stderr and in the JSON report's warnings.
TEST_F(CliTest, GraphWarningsReachTheJsonReport) {
  const std::string g = std::string(DATOSIM_SOURCE_DIR) + "/tests/tools/data/unused_stream.json";
  const std::string j = (dir_ / "unused.json").string();
  CliRun r = run({g, "--arch", "npu4x4", "-q", "--json", j});
  EXPECT_EQ(r.code, 0) << r.err;
  const std::string line = g + ":/streams/spare: warning: stream 'spare' is declared but no task uses it";
  EXPECT_NE(r.err.find(line), std::string::npos) << r.err;
  const nlohmann::json report = nlohmann::json::parse(slurp(j));
  ASSERT_FALSE(report["warnings"].empty());
  EXPECT_EQ(report["warnings"][0], line);
}

// An error caused by a --param value appears at the graph's pointer; the run says which values came
// from the command line, and says nothing when none did.
TEST_F(CliTest, GraphErrorsNameTheParamOverridesBehindThem) {
  CliRun r = run({example("pipeline3.json"), "--arch", "npu4x4", "--param", "N=0"});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("error: extent must be >= 1, found 0"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("datosim: note: the graph was read with --param N=0\n"), std::string::npos) << r.err;
  CliRun plain = run({example("pipeline3.json"), "--arch", "nosuch"});
  EXPECT_EQ(plain.code, 1);
  EXPECT_EQ(plain.err.find("note: the graph was read with"), std::string::npos) << plain.err;
}

// A run's warnings (here: f32 accumulation above the requested II) are diagnostics: with -q, which
// drops the summary, they go to stderr; without it they are in the summary, not on stderr.
TEST_F(CliTest, RunWarningsGoToStderrWithQuiet) {
  const std::string fragment = "warning: pipelined loop at II 1 requested ran at II 4: f32 accumulation";
  CliRun quiet = run({example("systolic_gemm.json"), "--arch", "u280", "-q"});
  EXPECT_EQ(quiet.code, 0) << quiet.err;
  EXPECT_EQ(quiet.out, "");
  EXPECT_NE(quiet.err.find(fragment), std::string::npos) << quiet.err;
  CliRun full = run({example("systolic_gemm.json"), "--arch", "u280"});
  EXPECT_EQ(full.code, 0) << full.err;
  EXPECT_NE(full.out.find(fragment), std::string::npos) << full.out;
  EXPECT_EQ(full.err.find(fragment), std::string::npos) << full.err;
  // K = 1: each PE's loop runs once, so its II does not matter and nothing is said.
  CliRun once = run({example("systolic_gemm.json"), "--arch", "u280", "--param", "K=1", "-q"});
  EXPECT_EQ(once.code, 0) << once.err;
  EXPECT_EQ(once.err.find("pipelined loop"), std::string::npos) << once.err;
}

// A config with a malformed parameter and parameters the model rejects: every error in one run, each at
// its JSON pointer, and the count agrees with its noun.
TEST_F(CliTest, BrokenArchReportsStructuralAndValueErrorsInOneRun) {
  nlohmann::ordered_json c = nlohmann::ordered_json::parse(slurp(std::string(DATOSIM_CONFIG_DIR) + "/npu4x4.json"));
  ASSERT_TRUE(c["params"].contains("clock_mhz") && c["params"].contains("stream.latency_cycles"));
  c["params"]["clock_mhz"]["value"] = "1000";
  c["params"]["stream.latency_cycles"]["value"] = -1;
  const std::string cfg = write("bad.json", c.dump(2));
  CliRun r = run({example("pipeline3.json"), "--arch", cfg});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find(cfg + ":/params/clock_mhz/value: error: 'value' must be a number, found string \"1000\""),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(cfg + ":/params/stream.latency_cycles: error: parameter 'stream.latency_cycles'"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("must be >= 0, found -1"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("missing parameter 'clock_mhz'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("datosim: 2 errors; nothing was simulated\n"), std::string::npos) << r.err;

  c["params"]["stream.latency_cycles"]["value"] = 8;  // one error left
  CliRun one = run({example("pipeline3.json"), "--arch", write("bad1.json", c.dump(2))});
  EXPECT_EQ(one.code, 1);
  EXPECT_NE(one.err.find("datosim: 1 error; nothing was simulated\n"), std::string::npos) << one.err;
}
