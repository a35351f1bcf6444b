// Sweeps (docs/sweeps.md): the space grammar, the plan, the rows, the worker processes' isolation,
// resuming, merging, and `datosim sweep` end to end in-process.
#include <gtest/gtest.h>

#include <cstdio>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "pipeline/run.h"
#include "sweep/plan.h"
#include "sweep/results.h"
#include "sweep/rows.h"
#include "sweep/space.h"
#include "tools/cli.h"

namespace fs = std::filesystem;
using namespace datosim;
using namespace datosim::sweep;

namespace {

const std::string kSrc = DATOSIM_SOURCE_DIR;
const std::string kPipeline = kSrc + "/examples/pipeline3.json";

struct CliResult {
  int code;
  std::string out, err;
};

CliResult sweepCli(std::vector<std::string> args) {
  std::ostringstream out, err;
  args.insert(args.begin(), "sweep");
  const int code = tools::runDatosim(args, out, err);
  return {code, out.str(), err.str()};
}

std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream ss(text);
  std::string l;
  while (std::getline(ss, l)) out.push_back(l);
  return out;
}

class SweepTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("datosim-sweep-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    ::unsetenv("DATOSIM_SWEEP_TEST_CRASH_POINT");
    ::unsetenv("DATOSIM_SWEEP_TEST_HANG_POINT");
    fs::remove_all(dir_);
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  std::string write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
    return path(name);
  }
  fs::path dir_;
};

std::vector<std::int64_t> values(const std::string& spec) {
  std::vector<std::int64_t> v;
  const std::string why = parseValues(spec, v);
  EXPECT_EQ(why, "") << spec;
  return v;
}

std::string valuesError(const std::string& spec) {
  std::vector<std::int64_t> v;
  return parseValues(spec, v);
}

std::vector<std::string> pointNames(const std::vector<Point>& ps) {
  std::vector<std::string> out;
  for (const Point& p : ps) {
    std::string s = std::to_string(p.index) + ":" + p.arch;
    for (std::int64_t v : p.values) s += "," + std::to_string(v);
    out.push_back(s);
  }
  return out;
}

}  // namespace

TEST(SweepSpace, ValueGrammar) {
  EXPECT_EQ(values("1:16:*2"), (std::vector<std::int64_t>{1, 2, 4, 8, 16}));
  EXPECT_EQ(values("1:20:*3"), (std::vector<std::int64_t>{1, 3, 9}));
  EXPECT_EQ(values("0:10:+3"), (std::vector<std::int64_t>{0, 3, 6, 9}));
  EXPECT_EQ(values("0:10:5"), (std::vector<std::int64_t>{0, 5, 10}));
  EXPECT_EQ(values("-2:1"), (std::vector<std::int64_t>{-2, -1, 0, 1}));
  EXPECT_EQ(values("7, 1:3 ,100"), (std::vector<std::int64_t>{7, 1, 2, 3, 100}));
  EXPECT_EQ(values("4611686018427387904:9223372036854775807:*2"), (std::vector<std::int64_t>{4611686018427387904LL}));
  EXPECT_EQ(values("9223372036854775806:9223372036854775807:+5"), (std::vector<std::int64_t>{9223372036854775806LL}));
  EXPECT_NE(valuesError("").find("empty item"), std::string::npos);
  EXPECT_NE(valuesError("1,,2").find("empty item"), std::string::npos);
  EXPECT_NE(valuesError("a").find("neither an integer nor a range"), std::string::npos);
  EXPECT_NE(valuesError("1:").find("end"), std::string::npos);
  EXPECT_NE(valuesError("3:1").find("ends before it starts"), std::string::npos);
  EXPECT_NE(valuesError("1:8:*1").find("K >= 2"), std::string::npos);
  EXPECT_NE(valuesError("0:8:*2").find("start at 1"), std::string::npos);
  EXPECT_NE(valuesError("1:8:0").find("at least 1"), std::string::npos);
  EXPECT_NE(valuesError("1:8:x2").find("step"), std::string::npos);
  EXPECT_NE(valuesError("1:2:3:4").find("LO:HI"), std::string::npos);
  EXPECT_NE(valuesError("99999999999999999999").find("neither"), std::string::npos);
  EXPECT_NE(valuesError("1:100000000").find("more than 1,000,000 values"), std::string::npos);
}

TEST(SweepSpace, CommandLineOrderAndConstraints) {
  Diagnostics d;
  std::optional<Space> s = spaceFromCommandLine({"a,b"}, {"M=1,2", "D=3:4"}, {"M * D != 6"}, d);
  ASSERT_TRUE(s) << d.str();
  std::optional<std::vector<Point>> ps = enumerate(*s, d);
  ASSERT_TRUE(ps) << d.str();
  // Architecture outermost, then the first parameter; M=2,D=3 is filtered out.
  EXPECT_EQ(pointNames(*ps), (std::vector<std::string>{"0:a,1,3", "1:a,1,4", "2:a,2,4", "3:b,1,3", "4:b,1,4", "5:b,2,4"}));
}

TEST(SweepSpace, CommandLineErrors) {
  auto err = [](std::vector<std::string> archs, std::vector<std::string> params, std::vector<std::string> where) {
    Diagnostics d;
    EXPECT_FALSE(spaceFromCommandLine(archs, params, where, d));
    return d.str();
  };
  EXPECT_NE(err({}, {"M=1"}, {}).find("no architecture given"), std::string::npos);
  EXPECT_NE(err({"a,a"}, {"M=1"}, {}).find("'a' is listed twice"), std::string::npos);
  EXPECT_NE(err({"a,"}, {"M=1"}, {}).find("empty name"), std::string::npos);
  EXPECT_NE(err({"a"}, {"M=1", "M=2"}, {}).find("--param M is given twice"), std::string::npos);
  EXPECT_NE(err({"a"}, {"M"}, {}).find("expected NAME=VALUES"), std::string::npos);
  EXPECT_NE(err({"a"}, {"1M=2"}, {}).find("expected NAME=VALUES"), std::string::npos);
  EXPECT_NE(err({"a"}, {"M=1,1"}, {}).find("takes the value 1 twice"), std::string::npos);
  EXPECT_NE(err({"a"}, {"M=1:x"}, {}).find("--param M: values '1:x'"), std::string::npos);
  const std::string unknown = err({"a"}, {"MM=1"}, {"M > 1"});
  EXPECT_NE(unknown.find("names 'M', which the sweep does not vary"), std::string::npos) << unknown;
  EXPECT_NE(unknown.find("did you mean 'MM'?"), std::string::npos) << unknown;
  EXPECT_NE(err({"a"}, {"M=1"}, {"M >"}).find("cannot parse expression"), std::string::npos);
  EXPECT_NE(err({"a"}, {"M=1"}, {"M < len(KV)"}).find("reads the table 'KV': constraints are over the swept parameters only"),
            std::string::npos);
}

TEST(SweepSpace, ConstraintThatCannotBeEvaluatedNamesThePoint) {
  Diagnostics d;
  std::optional<Space> s = spaceFromCommandLine({"a"}, {"M=8", "D=0,2"}, {"M % D == 0"}, d);
  ASSERT_TRUE(s);
  EXPECT_FALSE(enumerate(*s, d));
  EXPECT_NE(d.str().find("cannot be evaluated at a M=8, D=0"), std::string::npos) << d.str();
  // Guarded, it is fine: && evaluates its right side only when needed.
  Diagnostics d2;
  s = spaceFromCommandLine({"a"}, {"M=8", "D=0,2,3"}, {"D != 0 && M % D == 0"}, d2);
  std::optional<std::vector<Point>> ps = enumerate(*s, d2);
  ASSERT_TRUE(ps) << d2.str();
  EXPECT_EQ(pointNames(*ps), (std::vector<std::string>{"0:a,8,2"}));
}

TEST_F(SweepTest, SweepFileBlocksUnionAndRoundTrip) {
  const std::string f = write("s.json", R"({"format": "datosim-sweep/1",
    "arch": "x",
    "space": [
      {"params": {"M": "1:2", "D": [4, "8"]}},
      {"arch": ["y", "x"], "params": {"M": 2, "D": "8:16:*2"}, "where": "D > 8 || M == 2"}
    ],
    "where": ["M * D <= 16"]})");
  Diagnostics d;
  std::optional<Space> s = loadSpaceFile(f, d);
  ASSERT_TRUE(s) << d.str();
  std::optional<std::vector<Point>> ps = enumerate(*s, d);
  ASSERT_TRUE(ps) << d.str();
  // Block 2 repeats x,2,8 (dropped); 2*16 > 16 drops D=16.
  EXPECT_EQ(pointNames(*ps), (std::vector<std::string>{"0:x,1,4", "1:x,1,8", "2:x,2,4", "3:x,2,8", "4:y,2,8"}));
  // spaceToJson lists every value; reading it back gives the same points.
  std::optional<Space> back = parseSpace(spaceToJson(*s), {"plan", ""}, d);
  ASSERT_TRUE(back) << d.str();
  EXPECT_EQ(pointNames(*enumerate(*back, d)), pointNames(*ps));
}

TEST_F(SweepTest, SweepFileErrorsHavePointers) {
  auto err = [&](const std::string& text) {
    Diagnostics d;
    EXPECT_FALSE(loadSpaceFile(write("bad.json", text), d));
    return d.str();
  };
  const std::string bad = path("bad.json");
  EXPECT_NE(err(R"({"format": "datosim-sweep/2", "arch": "a"})").find(bad + ":/format: error: expected \"datosim-sweep/1\""), std::string::npos);
  EXPECT_NE(err(R"({"format": "datosim-sweep/1", "arch": "a", "parms": {}})").find(bad + ":/parms: error: unknown key 'parms'; did you mean 'params'?"), std::string::npos);
  EXPECT_NE(err(R"({"format": "datosim-sweep/1", "arch": "a", "params": {"M": [1, 2.5]}})").find(bad + ":/params/M/1: error: expected an integer"), std::string::npos);
  EXPECT_NE(err(R"({"format": "datosim-sweep/1", "arch": "a", "params": {"M": "1:0"}})").find(bad + ":/params/M: error: values '1:0'"), std::string::npos);
  EXPECT_NE(err(R"({"format": "datosim-sweep/1", "params": {"M": 1}})").find("missing key 'arch'"), std::string::npos);
  const std::string blocks = err(R"({"format": "datosim-sweep/1", "arch": "a", "space": [{"params": {"M": 1}}, {"params": {"D": 1}}]})");
  EXPECT_NE(blocks.find(bad + ":/space/1/params: error: every block of the space sweeps the same parameters"), std::string::npos) << blocks;
  EXPECT_NE(err(R"({"format": "datosim-sweep/1", "arch": "a", "params": {"M": 1}, "where": "N > 1"})").find(bad + ":/where: error: constraint 'N > 1' names 'N'"), std::string::npos);
  EXPECT_NE(err("{\"format\": ").find("JSON syntax error"), std::string::npos);
}

TEST_F(SweepTest, PlanChecksParametersAndArchitectures) {
  Diagnostics d;
  std::optional<Space> s = spaceFromCommandLine({"npu4x4,nosuch"}, {"NN=64"}, {}, d);
  ASSERT_TRUE(s);
  std::optional<Plan> p = makePlan(kPipeline, *s, {}, Format::Csv, tools::configSearchDirs(), "t", d);
  EXPECT_FALSE(p);
  EXPECT_NE(d.str().find(kPipeline + ":/params: error: the sweep varies parameter 'NN', which the graph does not declare; did you mean 'N'?"), std::string::npos) << d.str();
  EXPECT_NE(d.str().find("nosuch"), std::string::npos) << d.str();
}

TEST_F(SweepTest, FingerprintFollowsTheFilesContents) {
  const std::string g = write("g.json", readFile(kPipeline));
  Diagnostics d;
  std::optional<Space> s = spaceFromCommandLine({"npu4x4"}, {"N=64,128"}, {}, d);
  std::optional<Plan> p = makePlan(g, *s, {}, Format::Csv, tools::configSearchDirs(), "t", d);
  ASSERT_TRUE(p) << d.str();
  std::string why;
  EXPECT_EQ(computeFingerprint(*p, why), p->fingerprint);
  std::ofstream(g, std::ios::app) << "\n";
  EXPECT_NE(computeFingerprint(*p, why), p->fingerprint);
  Plan other = *p;
  other.settings.seed = 2;
  std::ofstream(g, std::ios::trunc) << readFile(kPipeline);
  EXPECT_EQ(computeFingerprint(*p, why), p->fingerprint);
  EXPECT_NE(computeFingerprint(other, why), p->fingerprint);
}

TEST_F(SweepTest, RowsMatchASingleRunAndParseBack) {
  Diagnostics d;
  std::optional<Space> s = spaceFromCommandLine({"npu4x4,u280"}, {"N=64,96"}, {}, d);
  std::optional<Plan> p = makePlan(kPipeline, *s, {}, Format::Csv, tools::configSearchDirs(), "t", d);
  ASSERT_TRUE(p) << d.str();
  const std::vector<std::string> cols = columns(*p);
  for (const Point& pt : p->points) {
    const Row row = evaluatePoint(*p, pt);
    ASSERT_EQ(row.cells.size(), cols.size());
    pipeline::RunOptions o;
    o.graph = kPipeline;
    o.arch = pt.arch;
    o.configDirs = tools::configSearchDirs();
    o.params["N"] = pt.values[0];
    const pipeline::RunResult r = pipeline::run(o);
    ASSERT_TRUE(r.completed());
    EXPECT_EQ(row.cells[3], "completed");
    EXPECT_EQ(row.cells[4], std::to_string(r.report.cycles));
    char e2e[64];
    std::snprintf(e2e, sizeof e2e, "%.6e", r.report.endToEndSeconds());
    EXPECT_EQ(cols[6], "end_to_end_seconds");
    EXPECT_EQ(row.cells[6], e2e);
    EXPECT_EQ(row.cells[9], r.bound.binding);
    std::string why;
    EXPECT_EQ(pointOfLine(*p, rowLine(*p, row).substr(0, rowLine(*p, row).size() - 1), why), pt.index) << why;
  }
  // A row of another point's values, or of another width, is not taken.
  Row r0 = evaluatePoint(*p, p->points[0]);
  r0.cells[0] = "1";
  std::string why;
  EXPECT_FALSE(pointOfLine(*p, rowLine(*p, r0), why));
  EXPECT_NE(why.find("other values"), std::string::npos);
  EXPECT_FALSE(pointOfLine(*p, "0,npu4x4,64", why));
}

TEST_F(SweepTest, TextCellsAreQuotedAndGuardedInCsvAndEscapedInJsonLines) {
  Diagnostics d;
  std::optional<Space> s = spaceFromCommandLine({"=cmd,x"}, {"N=-5"}, {}, d);
  ASSERT_TRUE(s) << d.str();
  Plan p;
  p.space = *s;
  p.points = *enumerate(*s, d);
  const Row row = failedRow(p, p.points[0], "a, \"quoted\"\nline");
  const std::string line = rowLine(p, row);
  EXPECT_EQ(line.rfind("0,'=cmd,-5,error,", 0), 0u) << line;  // numbers keep their sign
  EXPECT_NE(line.find(",\"a, \"\"quoted\"\" line\"\n"), std::string::npos) << line;
  std::string why;
  EXPECT_EQ(pointOfLine(p, line.substr(0, line.size() - 1), why), 0) << why;
  p.format = Format::Jsonl;
  const std::string json = rowLine(p, row);
  const nlohmann::json j = nlohmann::json::parse(json);
  EXPECT_EQ(j["arch"], "=cmd");
  EXPECT_EQ(j["N"], -5);
  EXPECT_TRUE(j["cycles"].is_null());
  EXPECT_EQ(j["detail"], "a, \"quoted\" line");
  EXPECT_EQ(pointOfLine(p, json, why), 0) << why;
}

TEST_F(SweepTest, OutputIsIdenticalWhateverTheJobsAndStdoutMatches) {
  const std::vector<std::string> space = {kPipeline, "--arch", "npu4x4,u280", "--param", "N=32:320:+32", "--param", "D=32,64"};
  auto with = [&](std::vector<std::string> extra) {
    std::vector<std::string> a = space;
    a.insert(a.end(), extra.begin(), extra.end());
    return sweepCli(a);
  };
  CliResult j1 = with({"-j", "1", "-o", path("j1.csv")});
  ASSERT_EQ(j1.code, 0) << j1.err;
  CliResult j2 = with({"-j", "2", "-o", path("j2.csv")});
  ASSERT_EQ(j2.code, 0) << j2.err;
  const std::string text = readFile(path("j1.csv"));
  EXPECT_EQ(text, readFile(path("j2.csv")));
  EXPECT_EQ(lines(text).size(), 1u + 2 * 10 * 2);
  CliResult out = with({"-j", "2"});
  ASSERT_EQ(out.code, 0) << out.err;
  EXPECT_EQ(out.out, text);
  EXPECT_EQ(out.err, "");  // no progress: stderr is not a terminal
  CliResult jl = with({"-j", "2", "-o", path("r.jsonl")});
  ASSERT_EQ(jl.code, 0) << jl.err;
  const std::vector<std::string> js = lines(readFile(path("r.jsonl")));
  ASSERT_EQ(js.size(), 40u);
  for (std::size_t i = 0; i < js.size(); ++i) EXPECT_EQ(nlohmann::json::parse(js[i])["point"], i);
}

TEST_F(SweepTest, CrashHangAndOutOfMemoryAreErrorRowsAndTheSweepGoesOn) {
  ::setenv("DATOSIM_SWEEP_TEST_CRASH_POINT", "1", 1);
  ::setenv("DATOSIM_SWEEP_TEST_HANG_POINT", "3", 1);
  // The timeout leaves room for a loaded machine (a normal point takes milliseconds).
  // Points 5 and 7 (N = 2^24: two 2 GiB i16 tensors with data, and 2^24 + 64) need more than the 1 GiB each worker may map:
  // point 5 is refused by the memory budget (80% of the worker's limit) before allocating; point 7 runs
  // without a budget (test hook) into the limit itself.
  ::setenv("DATOSIM_SWEEP_TEST_NO_BUDGET_POINT", "7", 1);
  CliResult r = sweepCli({kPipeline, "--arch", "npu4x4", "--param", "N=64,96,128,160,192,16777216,224,16777280,256",
                          "--functional", "on", "--point-timeout", "5", "--point-memory", "1024", "-j", "2", "-o", path("r.csv")});
  ::unsetenv("DATOSIM_SWEEP_TEST_NO_BUDGET_POINT");
  ASSERT_EQ(r.code, 0) << r.err;
  const std::vector<std::string> rows = lines(readFile(path("r.csv")));
  ASSERT_EQ(rows.size(), 10u);
  EXPECT_NE(rows[2].find(",error,"), std::string::npos);
  EXPECT_NE(rows[2].find("killed by signal 11"), std::string::npos) << rows[2];
  EXPECT_NE(rows[4].find("timeout: no result after 5 s (--point-timeout)"), std::string::npos) << rows[4];
  EXPECT_NE(rows[6].find(",error,"), std::string::npos) << rows[6];
  EXPECT_NE(rows[6].find("would need about 6.0 GiB of memory"), std::string::npos) << rows[6];
  EXPECT_NE(rows[6].find("more than the budget of 819 MiB (80% of the process's 1.0 GiB address-space limit (RLIMIT_AS))"), std::string::npos) << rows[6];
  EXPECT_NE(rows[8].find(",error,"), std::string::npos) << rows[8];
  EXPECT_NE(rows[8].find("out of memory"), std::string::npos) << rows[8];
  for (int i : {1, 3, 5, 7, 9}) EXPECT_NE(rows[static_cast<std::size_t>(i)].find(",completed,"), std::string::npos) << rows[static_cast<std::size_t>(i)];
}

TEST_F(SweepTest, ResumeKeepsFinishedRowsAndRefusesAnotherSweepsFile) {
  const std::string g = write("g.json", readFile(kPipeline));
  const std::vector<std::string> args = {g, "--arch", "npu4x4", "--param", "N=32:512:+32", "-j", "2", "-o", path("r.csv")};
  CliResult full = sweepCli(args);
  ASSERT_EQ(full.code, 0) << full.err;
  const std::string complete = readFile(path("r.csv"));
  // Keep a few rows, as a killed run would have; mark one kept row so we see it is not recomputed.
  std::vector<std::string> ls = lines(complete);
  std::string partial = ls[0] + "\n" + ls[3] + "\n" + ls[7] + "\n";
  std::ofstream(path("r.csv"), std::ios::trunc) << partial;
  CliResult resumed = sweepCli(args);
  ASSERT_EQ(resumed.code, 0) << resumed.err;
  EXPECT_EQ(readFile(path("r.csv")), complete);
  // A changed graph: the rows are another sweep's.
  std::ofstream(g, std::ios::app) << " ";
  CliResult changed = sweepCli(args);
  EXPECT_EQ(changed.code, 1);
  EXPECT_NE(changed.err.find("holds the rows of another sweep"), std::string::npos) << changed.err;
  EXPECT_EQ(readFile(path("r.csv")), complete);
  std::vector<std::string> restart = args;
  restart.push_back("--restart");
  EXPECT_EQ(sweepCli(restart).code, 0);
  // A file datosim did not write is never overwritten.
  const std::string mine = write("mine.csv", "my data\n");
  std::vector<std::string> other = args;
  other.back() = mine;
  CliResult refused = sweepCli(other);
  EXPECT_EQ(refused.code, 1);
  EXPECT_NE(refused.err.find("was not written by a datosim sweep"), std::string::npos) << refused.err;
  EXPECT_EQ(readFile(mine), "my data\n");
  // A torn or foreign line in a resumed file is an error, not a silent recomputation.
  std::ofstream(path("r.csv"), std::ios::trunc) << ls[0] + "\n" + ls[1] + "\n" + ls[2].substr(0, 5);
  CliResult torn = sweepCli(args);
  EXPECT_EQ(torn.code, 1);
  EXPECT_NE(torn.err.find("cut short"), std::string::npos) << torn.err;
}

TEST_F(SweepTest, SlurmFolderShardsAndMergeEqualALocalRun) {
  const std::vector<std::string> space = {kPipeline, "--arch", "npu4x4,npu2", "--param", "N=32:640:+32", "-j", "1"};
  std::vector<std::string> local = space;
  local.insert(local.end(), {"-o", path("local.csv")});
  ASSERT_EQ(sweepCli(local).code, 0);
  std::vector<std::string> slurm = space;
  slurm.insert(slurm.end(), {"--slurm", path("job"), "--shards", "3", "--max-running", "2", "--sbatch-option", "--time=10"});
  CliResult w = sweepCli(slurm);
  ASSERT_EQ(w.code, 0) << w.err;
  const std::string script = readFile(path("job/sweep.sbatch"));
  EXPECT_NE(script.find("#SBATCH --array=0-2%2\n"), std::string::npos) << script;
  EXPECT_NE(script.find("#SBATCH --time=10\n"), std::string::npos);
  EXPECT_NE(script.find("--shard \"${SLURM_ARRAY_TASK_ID}\""), std::string::npos);
  // Merging before every shard ran names the missing ones.
  CliResult early = sweepCli({"--merge", path("job"), "-o", path("merged.csv")});
  EXPECT_EQ(early.code, 1);
  EXPECT_NE(early.err.find("3 of 3 shards have not written rows yet"), std::string::npos) << early.err;
  for (int k = 0; k < 3; ++k) ASSERT_EQ(sweepCli({"--plan", path("job/plan.json"), "--shard", std::to_string(k)}).code, 0);
  CliResult merged = sweepCli({"--merge", path("job"), "-o", path("merged.csv")});
  ASSERT_EQ(merged.code, 0) << merged.err;
  EXPECT_EQ(readFile(path("merged.csv")), readFile(path("local.csv")));
  // The same folder for another sweep is refused; a bad shard number is a usage error.
  std::vector<std::string> again = slurm;
  again[4] = "N=32:64:+32";
  EXPECT_EQ(sweepCli(again).code, 7);
  EXPECT_EQ(sweepCli({"--plan", path("job/plan.json"), "--shard", "3"}).code, 2);
}

TEST_F(SweepTest, CommandLineErrorsAreDiagnosticsWithExitCodes) {
  CliResult noGraph = sweepCli({"--arch", "npu4x4"});
  EXPECT_EQ(noGraph.code, 2);
  CliResult both = sweepCli({kPipeline, "--arch", "npu4x4", "--space", "x.json"});
  EXPECT_EQ(both.code, 2);
  CliResult badParam = sweepCli({kPipeline, "--arch", "npu4x4", "--param", "N=1:0"});
  EXPECT_EQ(badParam.code, 1);
  EXPECT_NE(badParam.err.find("<command line>: error: --param N: values '1:0'"), std::string::npos) << badParam.err;
  CliResult unknown = sweepCli({kPipeline, "--arch", "npu4x4", "--param", "X=1"});
  EXPECT_EQ(unknown.code, 1);
  EXPECT_NE(unknown.err.find("does not declare"), std::string::npos);
  CliResult badArch = sweepCli({kPipeline, "--arch", "npu9x9", "--param", "N=64"});
  EXPECT_EQ(badArch.code, 1);
  EXPECT_NE(badArch.err.find("npu9x9"), std::string::npos);
  CliResult shardsAlone = sweepCli({kPipeline, "--arch", "npu4x4", "--shards", "2"});
  EXPECT_EQ(shardsAlone.code, 2);
  CliResult noFolder = sweepCli({kPipeline, "--arch", "npu4x4", "-o", path("nosuch/r.csv")});
  EXPECT_EQ(noFolder.code, 7);
  EXPECT_NE(noFolder.err.find("does not exist"), std::string::npos) << noFolder.err;
  CliResult empty = sweepCli({kPipeline, "--arch", "npu4x4", "--param", "N=64,128", "--where", "N > 1000"});
  EXPECT_EQ(empty.code, 1);
  EXPECT_NE(empty.err.find("the space has no points"), std::string::npos) << empty.err;
  CliResult dirOut = sweepCli({kPipeline, "--arch", "npu4x4", "-o", dir_.string()});
  EXPECT_EQ(dirOut.code, 1);
  EXPECT_NE(dirOut.err.find("is a directory"), std::string::npos);
}
