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
  sim::BlockedWait w0{0, 1, true, 1, false, {"t.json", "/tasks/a/body/0"}, {}};
  sim::BlockedWait w1{1, 0, true, 0, false, {"t.json", "/tasks/b/body/0"}, {}};
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

TEST(ReportFormat, CountsAgreeWithTheirNouns) {
  EXPECT_EQ(tools::counted(1, "cycle"), "1 cycle");
  EXPECT_EQ(tools::counted(0, "cycle"), "0 cycles");
  EXPECT_EQ(tools::counted(2048, "cycle"), "2,048 cycles");
  EXPECT_EQ(tools::counted(1, "copy", "copies"), "1 copy");
  EXPECT_EQ(tools::counted(3, "copy", "copies"), "3 copies");

  // A run of one cycle, one instance, one stream, one MAC, one vector op, one blocked instance.
  ir::Graph g;
  g.name = "t";
  g.file = "t.json";
  g.instances.resize(1);
  g.instances[0].name = "a";
  g.streamInsts.resize(1);
  g.streamInsts[0].name = "s";
  sim::Report r;
  r.outcome = sim::Outcome::Deadlock;
  r.graphName = "t";
  r.cycles = 1;
  r.clockHz = 1e9;
  r.macs = 1;
  r.vectorOps = 1;
  r.instances.resize(1);
  r.instances[0].name = "a";
  r.deadlock.blocked = {sim::BlockedWait{0, 0, true, -1, false, {"t.json", "/tasks/a/body/0"}, {}}};
  const std::string text = tools::formatTextReport(r, g);
  for (const char* want : {"size     1 instance, 1 stream\n", "work     1 MAC, 1 vector op\n",
                           "busy = share of 1 cycle):", "DEADLOCK at cycle 1: 1 instance blocked forever"})
    EXPECT_NE(text.find(want), std::string::npos) << want << "\n" << text;
  for (const char* bad : {"1 instances", "1 streams", "1 MACs", "1 vector ops", "1 cycles", "(s)"})
    EXPECT_EQ(text.find(bad), std::string::npos) << bad << "\n" << text;
}

// A completed 1,000-cycle run at 1 GHz on the hls model, against an f32 MAC peak of 1 Top/s.
struct PeakCase {
  ir::Graph g;
  sim::Report r;
  PeakCase() {
    g.name = "t";
    g.file = "t.json";
    r.outcome = sim::Outcome::Completed;
    r.graphName = "t";
    r.modelName = "hls";
    r.cycles = 1000;
    r.clockHz = 1e9;
    r.peakOpsPerSecond = 1e12;
    r.peakDType = "f32";
  }
};

// Vector ops are not MACs: a graph whose vector work alone exceeds the MAC peak still reports only its
// MAC operations against that peak (a percentage above 100 would be meaningless).
TEST(ReportFormat, PercentOfPeakCountsMacOperationsOnly) {
  PeakCase c;
  ir::Graph& g = c.g;
  sim::Report& r = c.r;
  r.macs = 500;
  r.vectorOps = 2000000;
  r.opsPerSecond = 2e12;     // (2 x 500 + 2,000,000) / 1 us
  r.macOpsPerSecond = 1e9;   // 2 x 500 / 1 us
  const std::string text = tools::formatTextReport(r, g);
  EXPECT_NE(text.find("achieved 2.0 Top/s, of which MACs 1.0 Gop/s = 0.1% of the f32 MAC peak"), std::string::npos)
      << text;
  EXPECT_DOUBLE_EQ(tools::reportToJson(r, g)["percent_of_peak"].get<double>(), 0.1);
}

// "% of peak" names its peak: the whole architecture's (JSON percent_of_peak), and separately the
// units the graph does MACs on (the bound's compute term).
TEST(ReportFormat, PercentOfPeakSaysWhatItIsRelativeTo) {
  PeakCase c;
  ir::Graph& g = c.g;
  sim::Report& r = c.r;
  r.opsPerSecond = 1e9;
  r.macOpsPerSecond = 1e9;
  analysis::Bound b;
  b.complete = true;
  b.unitName = "PEs";
  b.computeCycles = 250;
  b.work.macInstances = 16;
  std::string text = tools::formatTextReport(r, g, &b);
  EXPECT_NE(text.find("= 0.1% of the f32 MAC peak of the whole device (all its DSPs: 1.0 Top/s); 25.0% of the peak "
                      "of the 16 PEs doing MACs\n"),
            std::string::npos)
      << text;
  EXPECT_DOUBLE_EQ(tools::reportToJson(r, g, &b)["percent_of_peak"].get<double>(), 0.1);

  r.modelName = "aie-ml";
  b.unitName = "tiles";
  b.arrayUnits = 16;
  b.work.macInstances = 1;
  text = tools::formatTextReport(r, g, &b);
  EXPECT_NE(text.find("of the f32 MAC peak of the whole array (all 16 tiles: 1.0 Top/s); 25.0% of the peak of the "
                      "1 tile doing MACs\n"),
            std::string::npos)
      << text;
  b.work.macInstances = 16;  // the whole array does MACs: one figure says it all
  text = tools::formatTextReport(r, g, &b);
  EXPECT_NE(text.find("(all 16 tiles: 1.0 Top/s)\n"), std::string::npos) << text;
}

// The end-to-end line: a completed run with a host term says both times; without one (0), or when the
// run did not complete, there is no such line; the JSON always has both fields.
TEST(ReportFormat, EndToEndTimeAddsTheHostTerm) {
  PeakCase c;
  c.r.seconds = 25.368e-6;
  c.r.hostSeconds = 45e-6;
  c.r.modelName = "aie-ml";
  std::string text = tools::formatTextReport(c.r, c.g);
  EXPECT_NE(text.find("\nhost     70.368 us end to end: 45.000 us of launch and completion per call (host.launch_us) + "
                      "25.368 us on the array\n"),
            std::string::npos)
      << text;
  const auto j = tools::reportToJson(c.r, c.g);
  EXPECT_DOUBLE_EQ(j["host_seconds"].get<double>(), 45e-6);
  EXPECT_DOUBLE_EQ(j["end_to_end_seconds"].get<double>(), 25.368e-6 + 45e-6);
  c.r.modelName = "hls";
  EXPECT_NE(tools::formatTextReport(c.r, c.g).find(" on the device\n"), std::string::npos);
  c.r.outcome = sim::Outcome::Deadlock;
  EXPECT_EQ(tools::formatTextReport(c.r, c.g).find("\nhost "), std::string::npos);
  c.r.outcome = sim::Outcome::Completed;
  c.r.hostSeconds = 0;
  EXPECT_EQ(tools::formatTextReport(c.r, c.g).find("\nhost "), std::string::npos);
}
