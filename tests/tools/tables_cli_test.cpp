// Graphs with tables end to end: trip counts from a table drive the simulated token counts, the
// report lists the tables, a run-time index out of range is a run-time error, and a sweep over the
// parameter that chooses a trace's batch gives one row per batch.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_util.h"

using namespace datosim::testing;

namespace {

// The producer puts KV[r] tokens for each of B requests (B = len(KV) + EXTRA), each after a 10-cycle kernel.
std::string graph(const std::string& tables, const std::string& params = R"({"B": "len(KV) + EXTRA", "EXTRA": 0})") {
  return R"j({"format": "datosim-graph/1", "name": "kv", "params": )j" + params + R"j(, "tables": )j" + tables + R"j(,
   "streams": {"s": {"dtype": "i32", "tile": [], "depth": 2}},
   "tasks": {
     "p": {"mapping": [1], "locals": {"x": {"dtype": "i32", "shape": []}},
           "body": [{"for": "r", "range": "B", "body": [{"for": "k", "range": "KV[r]", "body": [
                      {"compute": "zero", "out": "x", "cycles": 10}, {"put": "s", "from": "x"}]}]}]},
     "c": {"mapping": [1], "locals": {"x": {"dtype": "i32", "shape": []}},
           "body": [{"for": "r", "range": "len(KV)", "body": [{"for": "k", "range": "KV[r]", "body": [
                      {"get": "s", "into": "x"}]}]}]}}})j";
}

}  // namespace

TEST_F(CliTest, TableTripCountsDriveTheTokensAndTheReportListsTables) {
  const std::string g = write("g.json", graph(R"j({"KV": {"values": [3, 0, 5, 2]}})j"));
  const std::string json = (dir_ / "r.json").string();
  CliRun r = run({g, "--arch", "u280", "--json", json});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("table    KV: 4 values 0..5\n"), std::string::npos) << r.out;
  std::ifstream in(json);
  nlohmann::json j = nlohmann::json::parse(in);
  EXPECT_EQ(j["tables"]["KV"]["values"], 4);
  EXPECT_EQ(j["tables"]["KV"]["min"], 0);
  EXPECT_EQ(j["tables"]["KV"]["max"], 5);
  ASSERT_EQ(j["streams"].size(), 1u);
  EXPECT_EQ(j["streams"][0]["tokens"], 3 + 0 + 5 + 2);
  // The producer's kernels and puts: 10 tokens of 10 cycles each plus a FIFO access (1 cycle on u280) each,
  // one after another.
  EXPECT_GE(j["cycles"].get<long long>(), 110);
  EXPECT_EQ(j["bound"]["kernel_cycles"], 110);
}

TEST_F(CliTest, TableIndexOutOfRangeAtRunTimeIsARuntimeError) {
  const std::string g = write("g.json", graph(R"j({"KV": {"values": [3, 0, 5, 2]}})j"));
  CliRun r = run({g, "--arch", "u280", "--param", "EXTRA=1"});
  EXPECT_EQ(r.code, 5) << r.out << r.err;
  EXPECT_NE(r.out.find("result   runtime-error"), std::string::npos) << r.out;
  EXPECT_NE((r.out + r.err).find(":/tasks/p/body/0/body/0: error: instance 'p', cycle "), std::string::npos) << r.out << r.err;
  EXPECT_NE((r.out + r.err).find("index 4 is out of range of table 'KV' (4 values, indices 0..3)"), std::string::npos)
      << r.out << r.err;
}

TEST_F(CliTest, SweepOverTheBatchOfATrace) {
  write("kv.csv", "batch_id,kv_len\n0,1\n0,2\n1,4\n1,4\n2,9\n2,0\n");
  const std::string g = write(
      "g.json", graph(R"j({"KV": {"trace": "kv.csv", "column": "kv_len", "where": {"batch_id": "BATCH"}}})j",
                      R"j({"B": "len(KV) + EXTRA", "EXTRA": 0, "BATCH": 0})j"));
  std::ostringstream out, err;
  const int code = datosim::tools::runDatosim({"sweep", g, "--arch", "u280", "--param", "BATCH=0:2", "-j", "1"}, out, err);
  ASSERT_EQ(code, 0) << err.str();
  std::istringstream rows(out.str());
  std::string header, line;
  std::getline(rows, header);
  std::vector<std::string> cols;
  for (std::size_t b = 0, c; b <= header.size(); b = c + 1) {
    c = header.find(',', b);
    if (c == std::string::npos) c = header.size();
    cols.push_back(header.substr(b, c - b));
  }
  const auto col = std::find(cols.begin(), cols.end(), "cycles") - cols.begin();
  ASSERT_LT(static_cast<std::size_t>(col), cols.size()) << header;
  std::vector<long long> cycles;
  while (std::getline(rows, line)) {
    std::vector<std::string> f;
    for (std::size_t b = 0, c; b <= line.size(); b = c + 1) {
      c = line.find(',', b);
      if (c == std::string::npos) c = line.size();
      f.push_back(line.substr(b, c - b));
    }
    cycles.push_back(std::stoll(f[static_cast<std::size_t>(col)]));
  }
  ASSERT_EQ(cycles.size(), 3u) << out.str();
  // 3, 8 and 9 tokens of 10 kernel cycles: the batches differ, in that order.
  EXPECT_LT(cycles[0], cycles[1]);
  EXPECT_LT(cycles[1], cycles[2]);
  EXPECT_GE(cycles[0], 30);
  EXPECT_GE(cycles[2], 90);
}

// A stream index read from a table routes each token to the expert the table names (the dispatcher's
// put targets are enumerated at elaboration); each expert takes as many tokens as its count says.
TEST_F(CliTest, TableRoutedStreamIndex) {
  auto graph = [](const std::string& counts) {
    return R"j({"format": "datosim-graph/1", "name": "route",
     "params": {"T": "len(ROUTE)", "E": "len(CNT)"},
     "tables": {"ROUTE": {"values": [1, 0, 1, 1, 2]}, "CNT": {"values": )j" + counts + R"j(}},
     "streams": {"e": {"dtype": "i32", "tile": [], "depth": 2, "array": ["E"]}},
     "tasks": {
       "d": {"mapping": [1], "locals": {"x": {"dtype": "i32", "shape": []}},
             "body": [{"for": "t", "range": "T", "body": [{"compute": "zero", "out": "x"}, {"put": "e[ROUTE[t]]", "from": "x"}]}]},
       "x": {"mapping": ["E"], "coords": ["k"], "locals": {"x": {"dtype": "i32", "shape": []}},
             "body": [{"for": "i", "range": "CNT[k]", "body": [{"get": "e[k]", "into": "x"}]}]}}})j";
  };
  const std::string json = (dir_ / "r.json").string();
  CliRun r = run({write("g.json", graph("[1, 3, 1]")), "--arch", "npu4x4", "--json", json});
  ASSERT_EQ(r.code, 0) << r.out << r.err;
  std::ifstream in(json);
  nlohmann::json j = nlohmann::json::parse(in);
  std::map<std::string, long long> tokens;
  for (const auto& s : j["streams"]) tokens[s["name"]] = s["tokens"];
  EXPECT_EQ(tokens, (std::map<std::string, long long>{{"e[0]", 1}, {"e[1]", 3}, {"e[2]", 1}}));
  // A count that disagrees with the routing leaves a token behind, and the report says so.
  r = run({write("bad.json", graph("[1, 2, 1]")), "--arch", "npu4x4"});
  EXPECT_NE((r.out + r.err).find("stream 'e[1]' ends with 1 token(s) never consumed (3 put, 2 got)"), std::string::npos)
      << r.out << r.err;
}

// A ragged graph's unread padding is explained as such, not as a tile size that does not divide.
TEST_F(CliTest, RaggedLoadsExplainTheUnreadPadding) {
  CliRun r = run({std::string(DATOSIM_SOURCE_DIR) + "/tests/examples/dynamic/ragged_rows.json", "--arch", "u280"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("input tensor 'X': 4,608 of 10,240 elements are never loaded"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("(the graph's loops read a table at run time: ragged data leaves padding unread)"), std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("a tile size that does not divide"), std::string::npos) << r.err;
}
