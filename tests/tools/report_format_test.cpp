#include "tools/report_format.h"

#include <gtest/gtest.h>

using namespace datosim;

TEST(ReportFormat, GroupsDigitsAndPrefixes) {
  EXPECT_EQ(tools::groupDigits(0), "0");
  EXPECT_EQ(tools::groupDigits(999), "999");
  EXPECT_EQ(tools::groupDigits(1234567), "1,234,567");
  EXPECT_EQ(tools::groupDigits(-1000), "-1,000");
  EXPECT_EQ(tools::siPrefix(2.5e11), "250.0 G");
  EXPECT_EQ(tools::siPrefix(12), "12.0 ");
}

TEST(ReportFormat, DeadlockSectionNamesWaitsAndCycle) {
  ir::Graph g;
  g.name = "t";
  g.file = "t.json";
  g.instances.resize(2);
  g.instances[0].name = "a";
  g.instances[1].name = "b";
  g.tasks.resize(1);
  g.tasks[0].name = "t";
  g.streamInsts.resize(2);
  g.streamInsts[0].name = "ab";
  g.streamInsts[1].name = "ba";
  sim::Report r;
  r.outcome = sim::Outcome::Deadlock;
  r.graphName = "t";
  r.cycles = 42;
  r.clockHz = 1e9;
  r.instances.resize(2);
  r.instances[0].name = "a";
  r.instances[1].name = "b";
  sim::BlockedWait w0{0, 1, true, 1, false, {"t.json", "/tasks/a/body/0"}};
  sim::BlockedWait w1{1, 0, true, 0, false, {"t.json", "/tasks/b/body/0"}};
  r.deadlock.blocked = {w0, w1};
  r.deadlock.cycle = {0, 1};
  std::string text = tools::formatTextReport(r, g);
  EXPECT_NE(text.find("DEADLOCK at cycle 42"), std::string::npos) << text;
  EXPECT_NE(text.find("a waits for data on ba (get at t.json:/tasks/a/body/0)"), std::string::npos) << text;
  EXPECT_NE(text.find("cycle of waits: a -> b -> a"), std::string::npos) << text;
  auto j = tools::reportToJson(r, g);
  EXPECT_EQ(j["deadlock"]["cycle"][1], "b");
  EXPECT_EQ(j["deadlock"]["blocked"][0]["waits_for"], "data");
}

// The summary's tables show at most 5 rows and say so when there are more; "most stalled" lists only
// instances that waited on a stream.
TEST(ReportFormat, TablesSayHowManyRowsTheyShow) {
  ir::Graph g;
  g.name = "t";
  g.file = "t.json";
  sim::Report r;
  r.outcome = sim::Outcome::Completed;
  r.graphName = "t";
  r.cycles = 100;
  r.clockHz = 1e9;
  for (int i = 0; i < 7; ++i) {
    sim::InstanceStats s;
    s.name = "i" + std::to_string(i);
    s.busy = 10 * i;
    s.blockedGet = i < 2 ? 5 + i : 0;
    r.instances.push_back(s);
    g.instances.emplace_back();
    g.instances.back().name = s.name;
  }
  std::string text = tools::formatTextReport(r, g);
  EXPECT_NE(text.find("busiest instances (5 of 7, the rest in --json; busy = share of 100 cycles):"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("most stalled instances (stalled = blocked-get + blocked-put):"), std::string::npos) << text;
  const std::string stalled = text.substr(text.find("most stalled"));
  EXPECT_NE(stalled.find("i1 "), std::string::npos) << text;
  EXPECT_EQ(stalled.find("i2 "), std::string::npos) << text;  // never waited: not listed as stalled

  for (sim::InstanceStats& s : r.instances) s.blockedGet = 0;
  text = tools::formatTextReport(r, g);
  EXPECT_NE(text.find("most stalled instances: none (no instance waited on a stream)"), std::string::npos) << text;
}
