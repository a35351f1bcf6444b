// Run-time control (docs/graph-format.md, "Task variables and run-time control"): task variables,
// `set`, `while`, value tokens and `get_any`, run end to end through pipeline::run, with data, so that
// the order tokens were taken in and the values variables took can be read back from the outputs.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/run.h"

namespace datosim::pipeline {
namespace {

RunResult runText(const std::string& text, const std::string& arch = "u280", Timing timing = Timing::Placed) {
  RunOptions o;
  o.graph = "control.json";
  o.graphText = text;
  o.arch = arch;
  o.configDirs = {DATOSIM_CONFIG_DIR};
  o.functional = Functional::On;
  o.keepTensors = true;
  o.timing = timing;
  return run(o);
}

std::string messages(const RunResult& r) {
  std::string s;
  for (const Message& m : r.messages) s += m.text + "\n";
  for (const Diagnostic& d : r.report.errors) s += d.loc.pointer + ": " + d.message + "\n";
  return s;
}

bool runTimeError(const RunResult& r, const std::string& pointer, const std::string& fragment) {
  for (const Diagnostic& d : r.report.errors)
    if (d.loc.pointer == pointer && d.message.find(fragment) != std::string::npos) return true;
  return false;
}

// P producers; producer p loads row p of X, waits DELAY cycles (an expression of p), puts the row on
// s[p]. The consumer takes the P tokens with get_any over l and stores the k-th into row k of O, and the
// row of X that l names into row k of L: both are X in arrival order.
std::string mergeGraph(const std::string& delay) {
  return R"j({"format": "datosim-graph/1", "name": "merge", "params": {"P": 4},
    "tensors": {"X": {"dtype": "i32", "shape": ["P", 1], "role": "input"},
                "O": {"dtype": "i32", "shape": ["P", 1], "role": "output"},
                "L": {"dtype": "i32", "shape": ["P", 1], "role": "output"}},
    "streams": {"s": {"dtype": "i32", "tile": [1, 1], "depth": 2, "array": ["P"]}},
    "tasks": {
      "prod": {"mapping": ["P"], "coords": ["p"],
               "args": {"x": {"tensor": "X", "layout": ["S(0)", "R"]}},
               "locals": {"v": {"dtype": "i32", "shape": [1, 1]}, "w": {"dtype": "i32", "shape": [1, 1]}},
               "body": [{"load": "x", "at": [0, 0], "into": "v"},
                        {"compute": "zero", "out": "w", "cycles": ")j" + delay + R"j("},
                        {"put": "s[p]", "from": "v"}]},
      "cons": {"mapping": [1], "vars": {"l": "P"},
               "args": {"o": {"tensor": "O", "layout": ["R", "R"]}, "lo": {"tensor": "L", "layout": ["R", "R"]},
                        "x": {"tensor": "X", "layout": ["R", "R"]}},
               "locals": {"y": {"dtype": "i32", "shape": [1, 1]}, "z": {"dtype": "i32", "shape": [1, 1]}},
               "body": [{"for": "k", "range": "P", "body": [
                          {"get_any": "s[l]", "over": "l", "into": "y"},
                          {"store": "o", "at": ["k", 0], "from": "y"},
                          {"load": "x", "at": ["l", 0], "into": "z"},
                          {"store": "lo", "at": ["k", 0], "from": "z"}]}]}}})j";
}

std::vector<std::int32_t> column(const data::Buffer& b) {
  std::vector<std::int32_t> v;
  for (std::int64_t i = 0; i < b.size(); ++i) v.push_back(b.getInt(i));
  return v;
}

TEST(RunTimeControl, GetAnyTakesTokensInArrivalOrder) {
  for (const Timing timing : {Timing::Placed, Timing::Free}) {
    // Producer 3 is ready first, producer 0 last.
    const RunResult r = runText(mergeGraph("1000 * (P - p)"), "u280", timing);
    ASSERT_TRUE(r.completed()) << messages(r);
    ASSERT_EQ(r.tensors.size(), 3u);
    const std::vector<std::int32_t> x = column(r.initialTensors[0]);
    const std::vector<std::int32_t> want{x[3], x[2], x[1], x[0]};
    EXPECT_EQ(column(r.tensors[1]), want);
    EXPECT_EQ(column(r.tensors[2]), want) << "the variable 'over' names must be the stream the token came from";
    EXPECT_GT(r.report.cycles, 4000);
  }
}

TEST(RunTimeControl, GetAnyTieGoesToTheLowestIndex) {
  // Every producer is ready at the same cycle: lowest index first, so the order is X's.
  const RunResult r = runText(mergeGraph("100"));
  ASSERT_TRUE(r.completed()) << messages(r);
  EXPECT_EQ(column(r.tensors[1]), column(r.initialTensors[0]));
  EXPECT_EQ(column(r.tensors[2]), column(r.initialTensors[0]));
  // Producers 1 and 3 early, 0 and 2 late: 1, 3, then 0, 2.
  const RunResult s = runText(mergeGraph("p % 2 == 1 ? 10 : 5000"));
  ASSERT_TRUE(s.completed()) << messages(s);
  const std::vector<std::int32_t> x = column(s.initialTensors[0]);
  EXPECT_EQ(column(s.tensors[1]), (std::vector<std::int32_t>{x[1], x[3], x[0], x[2]}));
}

TEST(RunTimeControl, SameRunTwiceAndWithoutData) {
  const std::string g = mergeGraph("(p * 7919) % 13 * 100");
  const RunResult a = runText(g), b = runText(g);
  ASSERT_TRUE(a.completed() && b.completed()) << messages(a);
  EXPECT_EQ(a.report.cycles, b.report.cycles);
  EXPECT_TRUE(a.tensors[1] == b.tensors[1]);
  RunOptions o;
  o.graph = "control.json";
  o.graphText = g;
  o.arch = "u280";
  o.configDirs = {DATOSIM_CONFIG_DIR};
  o.functional = Functional::Off;
  const RunResult c = run(o);
  ASSERT_TRUE(c.completed()) << messages(c);
  EXPECT_EQ(c.report.cycles, a.report.cycles) << "data must not change the timing of a steered run";
}

// A producer sends N values (a permutation of 1..N) on a value stream, then 0; the consumer's
// `while r != 0` copies row r of X to row r of O for each value it receives, and counts its iterations
// in a second variable with `set`, stored at the end as row 0 of O... through the row it names.
std::string valueGraph(const std::string& n, const std::string& maxIter, const std::string& value = "(k * 3) % N + 1",
                       const std::string& dtype = "i32") {
  return R"j({"format": "datosim-graph/1", "name": "values", "params": {"N": )j" + n + R"j(},
    "tensors": {"X": {"dtype": "i32", "shape": ["N + 1", 1], "role": "input"},
                "O": {"dtype": "i32", "shape": ["N + 1", 1], "role": "output"}},
    "streams": {"s": {"dtype": ")j" + dtype + R"j(", "tile": [], "depth": 2}},
    "tasks": {
      "prod": {"mapping": [1],
               "body": [{"for": "k", "range": "N", "body": [{"put": "s", "value": ")j" + value + R"j("}]},
                        {"put": "s", "value": 0}]},
      "cons": {"mapping": [1], "vars": {"r": "N + 1", "count": "N + 1"},
               "args": {"x": {"tensor": "X", "layout": ["R", "R"]}, "o": {"tensor": "O", "layout": ["R", "R"]}},
               "locals": {"v": {"dtype": "i32", "shape": [1, 1]}},
               "body": [{"get": "s", "into": "r"},
                        {"while": "r != 0", "max": ")j" + maxIter + R"j(", "body": [
                          {"load": "x", "at": ["r", 0], "into": "v"},
                          {"store": "o", "at": ["r", 0], "from": "v"},
                          {"set": "count", "value": "count + 1"},
                          {"get": "s", "into": "r"}]},
                        {"load": "x", "at": ["count", 0], "into": "v"},
                        {"store": "o", "at": [0, 0], "from": "v"}]}}})j";
}

TEST(RunTimeControl, ValueTokensSteerAWhileLoop) {
  const RunResult r = runText(valueGraph("5", "N"));
  ASSERT_TRUE(r.completed()) << messages(r);
  const std::vector<std::int32_t> x = column(r.initialTensors[0]), o = column(r.tensors[1]);
  ASSERT_EQ(o.size(), 6u);
  // Every row 1..5 was named once (3k mod 5 + 1 is a permutation); row 0 holds X[count] = X[5].
  for (std::size_t i = 1; i < 6; ++i) EXPECT_EQ(o[i], x[i]) << i;
  EXPECT_EQ(o[0], x[5]);
  // Only the values named: N = 6, values (k * 2) % 6 + 1 = 1, 3, 5 (twice each): rows 2, 4, 6 stay zero.
  const RunResult s = runText(valueGraph("6", "N", "(k * 2) % N + 1"));
  ASSERT_TRUE(s.completed()) << messages(s);
  const std::vector<std::int32_t> xs = column(s.initialTensors[0]), os = column(s.tensors[1]);
  for (std::size_t i : {1u, 3u, 5u}) EXPECT_EQ(os[i], xs[i]) << i;
  for (std::size_t i : {2u, 4u, 6u}) EXPECT_EQ(os[i], 0) << i;
  EXPECT_EQ(os[0], xs[6]);
}

TEST(RunTimeControl, RunTimeErrorsNameTheStatement) {
  // One iteration more than 'max'.
  RunResult r = runText(valueGraph("5", "N - 1"));
  EXPECT_EQ(r.report.outcome, sim::Outcome::RuntimeError) << messages(r);
  EXPECT_TRUE(runTimeError(r, "/tasks/cons/body/1", "after its 'max' of 4 iterations")) << messages(r);
  // A value outside the receiving variable's range: 6 into r of extent N + 1 = 6.
  r = runText(valueGraph("5", "N", "k == 2 ? N + 1 : k + 1"));
  EXPECT_EQ(r.report.outcome, sim::Outcome::RuntimeError) << messages(r);
  EXPECT_TRUE(runTimeError(r, "/tasks/cons/body/1/body/3", "6")) << messages(r);
  // A value an i8 stream cannot carry.
  r = runText(valueGraph("200", "N", "k + 100", "i8"));
  EXPECT_EQ(r.report.outcome, sim::Outcome::RuntimeError) << messages(r);
  EXPECT_TRUE(runTimeError(r, "/tasks/prod/body/0/body/0", "128")) << messages(r);
}

TEST(RunTimeControl, AGetAnyNobodyFeedsIsADeadlock) {
  // Two get_any per iteration, one token per producer: after P tokens the consumer waits for ever.
  std::string g = mergeGraph("10");
  const std::string get = R"j({"get_any": "s[l]", "over": "l", "into": "y"},)j";
  g.replace(g.find(get), get.size(), get + get);
  const RunResult r = runText(g);
  EXPECT_EQ(r.report.outcome, sim::Outcome::Deadlock) << messages(r);
  // A stream of the array that no instance puts to is caught before the simulation.
  g = mergeGraph("10");
  const std::string put = R"j({"put": "s[p]", "from": "v"})j";
  g.replace(g.find(put), put.size(), R"j({"if": "p == 0", "then": [{"put": "s[p]", "from": "v"}]})j");
  const RunResult s = runText(g);
  EXPECT_EQ(s.status, Status::InvalidInput) << messages(s);
  EXPECT_NE(messages(s).find("'s[3]' is read by cons (/tasks/cons/body/0/body/0) but no instance puts to it"),
            std::string::npos) << messages(s);
}

// A steered graph's bound replays the values the run received; a run stopped before the end (cycle limit)
// has not received them all, and the bound says why it is not computed.
TEST(RunTimeControl, TheBoundReplaysTheRunOrSaysWhyNot) {
  RunOptions o;
  o.graph = "examples/dynamic/decode_attention_dispatch.json";
  o.arch = "u280";
  o.configDirs = {DATOSIM_CONFIG_DIR};
  o.functional = Functional::Off;
  const RunResult r = run(o);
  ASSERT_TRUE(r.completed()) << messages(r);
  EXPECT_TRUE(r.bound.complete) << r.bound.note;
  EXPECT_EQ(r.bound.macs, r.report.macs);
  o.maxCycles = 1000;
  const RunResult stopped = run(o);
  EXPECT_EQ(stopped.report.outcome, sim::Outcome::CycleLimit);
  EXPECT_FALSE(stopped.bound.complete);
  EXPECT_NE(stopped.bound.note.find("values it receives at run time"), std::string::npos) << stopped.bound.note;
}

}  // namespace
}  // namespace datosim::pipeline
