// The simulator's timing semantics (docs/timing.md), checked against cycle counts worked out by
// hand. Unless a test says otherwise the architecture is testAieArch(): get/put fixed cost 0,
// i32 scalar tokens (4 bytes) at 4 bytes/cycle, so a put occupies its producer X = 1 cycle; stream
// latency 0; a scalar `mac` costs ceil(1 / 1) + 0 = 1 cycle.
#include "sim/simulator.h"

#include <gtest/gtest.h>

#include <chrono>
#include <sstream>

#include "ir_builder.h"
#include "sim_test_util.h"

namespace datosim::sim {
namespace {

using namespace datosim::test;
using ir::DType;

const StreamStats& streamOf(const ir::Graph& g, const Report& r, const std::string& name) {
  for (std::size_t i = 0; i < g.streamInsts.size(); ++i)
    if (g.streamInsts[i].name == name) return r.streams.at(i);
  throw std::logic_error("no stream instance " + name);
}

std::string errorsOf(const Report& r) {
  std::string s;
  for (const Diagnostic& d : r.errors) s += d.str() + "\n";
  return s;
}

// Everything in a report, as text, to compare two runs.
std::string dump(const Report& r) {
  std::ostringstream o;
  o << outcomeName(r.outcome) << " " << r.graphName << " " << r.archName << " " << r.modelName << " " << r.cycles << " "
    << r.clockHz << " " << r.seconds << " " << r.macs << " " << r.vectorOps << " " << r.opsPerSecond << " "
    << r.peakOpsPerSecond << " " << r.peakDType << "\n";
  for (const InstanceStats& i : r.instances)
    o << i.name << " " << i.busy << " " << i.compute << " " << i.memory << " " << i.blockedGet << " " << i.blockedPut
      << " " << i.finish << " " << i.macs << " " << i.vectorOps << "\n";
  for (const StreamStats& s : r.streams)
    o << s.name << " " << s.depth << " " << s.tokenBytes << " " << s.tokens << " " << s.peak << " " << s.left << "\n";
  for (const BlockedWait& w : r.deadlock.blocked)
    o << "blocked " << w.instance << " " << w.stream << " " << w.waitingForData << " " << w.waitsOn << " "
      << w.waitsOnFinished << " " << w.loc.str() << "\n";
  for (int c : r.deadlock.cycle) o << "cycle " << c << "\n";
  for (const Diagnostic& d : r.errors) o << d.str() << "\n";
  for (const Diagnostic& d : r.warnings) o << d.str() << "\n";
  return o.str();
}

// ---------------------------------------------------------------------------------------------
// A 3-stage pipeline, src -> mid -> sink, 4 tokens, stream latency 1, depth 2.
//   src:  for 4: busy 2; put s1          mid: for 4: get s1; busy 3; put s2      sink: for 4: get s2; busy 1
// A put at cycle p is done at p + 1 and the token is visible at p + 2.
//   src puts at 2, 5, 8, 11 (visible 4, 7, 10, 13); finishes at 12, never blocked (mid pops at 4, 8, 12, 16,
//     so at most 2 tokens are ever in s1).
//   mid pops at 4 (waited 4 cycles), then every 4 cycles: pop, 3 busy, put (1): puts s2 at 7, 11, 15, 19
//     (visible 9, 13, 17, 21) and finishes at 20.
//   sink pops at 9, 13, 17, 21 and finishes at 22: fill 2+1+1 + 3+1+1 + 1 = 10, then 3 periods of 4.
ir::Graph pipeline3(std::int64_t n = 4) {
  GraphBuilder b("pipeline3");
  b.stream("s1", DType::I32, {}, 2);
  b.stream("s2", DType::I32, {}, 2);
  int tSrc = b.task("src"), tMid = b.task("mid"), tSink = b.task("sink");
  int x = b.local(tSrc, "x", DType::I32), y = b.local(tMid, "y", DType::I32), z = b.local(tSink, "z", DType::I32);
  b.instance(tSrc, "src", {For(0, n, {Busy(2), Put(b.ref("s1"), x)})}, 1);
  b.instance(tMid, "mid", {For(0, n, {Get(b.ref("s1"), y), Busy(3), Put(b.ref("s2"), y)})}, 1);
  b.instance(tSink, "sink", {For(0, n, {Get(b.ref("s2"), z), Busy(1)})}, 1);
  return b.build();
}

TEST(Simulate, ThreeStagePipelineFillAndDrain) {
  ir::Graph g = pipeline3();
  Report r = run(g, testAieArch({{"stream.latency_cycles", 1}}));
  ASSERT_EQ(r.outcome, Outcome::Completed) << errorsOf(r);
  EXPECT_EQ(r.cycles, 22);
  EXPECT_EQ(inst(g, r, "src").finish, 12);
  EXPECT_EQ(inst(g, r, "src").busy, 4 * 2 + 4 * 1);
  EXPECT_EQ(inst(g, r, "src").compute, 8);
  EXPECT_EQ(inst(g, r, "src").blockedPut, 0);
  EXPECT_EQ(inst(g, r, "mid").finish, 20);
  EXPECT_EQ(inst(g, r, "mid").blockedGet, 4);
  EXPECT_EQ(inst(g, r, "mid").busy, 4 * 3 + 4 * 1);
  EXPECT_EQ(inst(g, r, "sink").finish, 22);
  EXPECT_EQ(inst(g, r, "sink").blockedGet, 9 + 3 + 3 + 3);
  EXPECT_EQ(inst(g, r, "sink").busy, 4);
  ASSERT_EQ(r.streams.size(), 2u);
  EXPECT_EQ(r.streams[0].name, "s1");
  EXPECT_EQ(r.streams[0].tokens, 4);
  EXPECT_EQ(r.streams[0].peak, 2);  // after the put at 11, tokens 2 and 3 wait (mid pops token 2 at 12)
  EXPECT_EQ(r.streams[0].left, 0);
  EXPECT_EQ(r.streams[1].peak, 1);
  EXPECT_EQ(r.streams[1].depth, 2);
  EXPECT_EQ(r.streams[1].tokenBytes, 4);
  EXPECT_TRUE(r.warnings.empty());
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.macs, 0);
  EXPECT_EQ(r.peakDType, "");
  EXPECT_EQ(r.peakOpsPerSecond, 0);
  EXPECT_DOUBLE_EQ(r.seconds, 22e-9);
  EXPECT_EQ(r.graphName, "pipeline3");
  EXPECT_EQ(r.archName, "test-aie");
  EXPECT_EQ(r.modelName, "aie-ml");
}

// The same pipeline with its instances created in the opposite order (so SystemC runs the
// processes of one cycle in another order, and ids differ) gives the same timing, instance by
// instance, and the same stream statistics.
TEST(Simulate, ResultsDoNotDependOnProcessOrder) {
  GraphBuilder b("pipeline3r");
  b.stream("s2", DType::I32, {}, 2);
  b.stream("s1", DType::I32, {}, 2);
  int tSink = b.task("sink"), tMid = b.task("mid"), tSrc = b.task("src");
  int z = b.local(tSink, "z", DType::I32), y = b.local(tMid, "y", DType::I32), x = b.local(tSrc, "x", DType::I32);
  b.instance(tSink, "sink", {For(0, 4, {Get(b.ref("s2"), z), Busy(1)})}, 1);
  b.instance(tMid, "mid", {For(0, 4, {Get(b.ref("s1"), y), Busy(3), Put(b.ref("s2"), y)})}, 1);
  b.instance(tSrc, "src", {For(0, 4, {Busy(2), Put(b.ref("s1"), x)})}, 1);
  ir::Graph rev = b.build();
  ir::Graph fwd = pipeline3();
  ir::Arch arch = testAieArch({{"stream.latency_cycles", 1}});
  Report rf = run(fwd, arch), rr = run(rev, arch);
  ASSERT_EQ(rr.outcome, Outcome::Completed);
  EXPECT_EQ(rr.cycles, rf.cycles);
  for (const char* name : {"src", "mid", "sink"}) {
    const InstanceStats &a = inst(fwd, rf, name), &c = inst(rev, rr, name);
    EXPECT_EQ(a.finish, c.finish) << name;
    EXPECT_EQ(a.busy, c.busy) << name;
    EXPECT_EQ(a.blockedGet, c.blockedGet) << name;
    EXPECT_EQ(a.blockedPut, c.blockedPut) << name;
  }
  for (const char* name : {"s1", "s2"}) {
    EXPECT_EQ(streamOf(fwd, rf, name).peak, streamOf(rev, rr, name).peak) << name;
    EXPECT_EQ(streamOf(fwd, rf, name).tokens, streamOf(rev, rr, name).tokens) << name;
  }
  // And the depth-1 throttling case, where a pop and a put meet in the same cycle.
  GraphBuilder t("throttle_r");
  t.stream("s", DType::I32, {}, 1);
  int tc = t.task("consumer"), tp = t.task("producer");
  int cy = t.local(tc, "y", DType::I32), px = t.local(tp, "x", DType::I32);
  t.instance(tc, "consumer", {For(0, 6, {Get(t.ref("s"), cy), Busy(4)})}, 1);
  t.instance(tp, "producer", {For(0, 6, {Busy(1), Put(t.ref("s"), px)})}, 1);
  ir::Graph tr = t.build();
  Report r1 = run(tr);
  EXPECT_EQ(inst(tr, r1, "producer").blockedPut, 7);
  EXPECT_EQ(inst(tr, r1, "producer").finish, 19);
  EXPECT_EQ(r1.cycles, 26);
  EXPECT_EQ(r1.streams[0].peak, 1);
}

// Latency only delays visibility: with latency 0 each hop is one cycle shorter, fill 2+1 + 3+1 + 1 = 8.
TEST(Simulate, StreamLatencyDelaysVisibilityOnly) {
  ir::Graph g = pipeline3();
  Report r = run(g);
  ASSERT_EQ(r.outcome, Outcome::Completed);
  EXPECT_EQ(r.cycles, 8 + 3 * 4);
  EXPECT_EQ(inst(g, r, "src").finish, 12);
  // get/put fixed costs: lock_cycles 2 adds 2 to each put and get. src: 4 x (2 + 2 + 1) = 20.
  Report r2 = run(g, testAieArch({{"lock_cycles", 2}}));
  EXPECT_EQ(inst(g, r2, "src").busy, 4 * 5);
}

// ---------------------------------------------------------------------------------------------
// A fast producer (busy 1, put) and a slow consumer (get, busy 4), 6 tokens, latency 0.
// The consumer pops at 2, 6, 10, 14, 18, 22 and finishes at 26 in both cases.
// depth 1: the producer puts at 1, 3, then waits for each pop: blocked 5->6, 8->10, 12->14, 16->18
//   (7 cycles), last put at 18, finish 19.
// depth 2: puts at 1, 3, 5, 7 freely, then blocked 9->10 and 12->14 (3 cycles), last put at 14, finish 15.
ir::Graph throttle(std::int64_t depth) {
  GraphBuilder b("throttle");
  b.stream("s", DType::I32, {}, depth);
  int tp = b.task("producer"), tc = b.task("consumer");
  int x = b.local(tp, "x", DType::I32), y = b.local(tc, "y", DType::I32);
  b.instance(tp, "producer", {For(0, 6, {Busy(1), Put(b.ref("s"), x)})}, 1);
  b.instance(tc, "consumer", {For(0, 6, {Get(b.ref("s"), y), Busy(4)})}, 1);
  return b.build();
}

TEST(Simulate, DepthOneThrottlesTheProducerMoreThanDepthTwo) {
  ir::Graph g1 = throttle(1), g2 = throttle(2);
  Report r1 = run(g1), r2 = run(g2);
  ASSERT_EQ(r1.outcome, Outcome::Completed);
  ASSERT_EQ(r2.outcome, Outcome::Completed);
  EXPECT_EQ(inst(g1, r1, "producer").blockedPut, 7);
  EXPECT_EQ(inst(g1, r1, "producer").finish, 19);
  EXPECT_EQ(inst(g2, r2, "producer").blockedPut, 3);
  EXPECT_EQ(inst(g2, r2, "producer").finish, 15);
  for (const Report* r : {&r1, &r2}) {
    EXPECT_EQ(r->cycles, 26);
    EXPECT_EQ(r->instances[1].finish, 26);
    EXPECT_EQ(r->instances[1].blockedGet, 2);  // only the first token is waited for
    EXPECT_EQ(r->instances[0].busy, 6 * 2);
  }
  EXPECT_EQ(r1.streams[0].peak, 1);
  EXPECT_EQ(r2.streams[0].peak, 2);
}

// ---------------------------------------------------------------------------------------------
// Output-stationary systolic array of M x N PEs over K steps (Dato's example 2 without the unused
// corners): row loaders put K A-values into A[i][0], column loaders K B-values into B[0][j], and
//   PE(i,j): for k: a = A[i][j].get(); b = B[i][j].get(); c += a * b; A[i][j+1].put(a); B[i+1][j].put(b)
// and drains take what leaves the right and bottom edges. FIFO depth 2.
// A PE step costs mac 1 + put A 1 + put B 1 = 3 cycles. A PE's A-input arrives 2 cycles after its
// left neighbour got it (mac, put A), its B-input 3 cycles after the PE above got it (mac, put A,
// put B), so PE(i,j) starts at s(i,j) = 1 + 3i + 2j (loaders' first tokens are visible at 1) and,
// every input arriving just in time, finishes at s(i,j) + 3K: the i + j + k skew of a systolic
// array. The last drain finishes with PE(M-1,N-1)'s last put of B.
ir::Graph systolic(int M, int N, int K, std::int64_t depth = 2) {
  GraphBuilder b("systolic");
  b.stream("A", DType::I32, {}, depth, {M, N + 1});
  b.stream("B", DType::I32, {}, depth, {M + 1, N});
  int tRow = b.task("rowload", {M}), tCol = b.task("colload", {N}), tPe = b.task("pe", {M, N});
  int tRd = b.task("rowdrain", {M}), tCd = b.task("coldrain", {N});
  int ra = b.local(tRow, "a", DType::I32), cb = b.local(tCol, "b", DType::I32);
  int pa = b.local(tPe, "a", DType::I32), pb = b.local(tPe, "b", DType::I32), pc = b.local(tPe, "c", DType::I32);
  int da = b.local(tRd, "a", DType::I32), db = b.local(tCd, "b", DType::I32);
  for (int i = 0; i < M; ++i)
    b.instance(tRow, "rowload_" + std::to_string(i), {For(0, K, {Put(b.ref("A", {i, 0}), ra)})}, 1, {i});
  for (int j = 0; j < N; ++j)
    b.instance(tCol, "colload_" + std::to_string(j), {For(0, K, {Put(b.ref("B", {0, j}), cb)})}, 1, {j});
  for (int i = 0; i < M; ++i)
    for (int j = 0; j < N; ++j)
      b.instance(tPe, "pe_" + std::to_string(i) + "_" + std::to_string(j),
                 {Compute("zero", {}, pc),
                  For(0, K,
                      {Get(b.ref("A", {i, j}), pa), Get(b.ref("B", {i, j}), pb), Compute("mac", {pa, pb}, pc, true),
                       Put(b.ref("A", {i, j + 1}), pa), Put(b.ref("B", {i + 1, j}), pb)})},
                 1, {i, j});
  for (int i = 0; i < M; ++i)
    b.instance(tRd, "rowdrain_" + std::to_string(i), {For(0, K, {Get(b.ref("A", {i, N}), da)})}, 1, {i});
  for (int j = 0; j < N; ++j)
    b.instance(tCd, "coldrain_" + std::to_string(j), {For(0, K, {Get(b.ref("B", {M, j}), db)})}, 1, {j});
  return b.build();
}

TEST(Simulate, SystolicArraySkew) {
  const int M = 3, N = 3, K = 4;
  ir::Graph g = systolic(M, N, K);
  // Each PE first zeroes its accumulator: a Move of 1 element, ceil(1 / 1) + 0 = 1 cycle, done before
  // the first input can be visible (cycle 1), so it does not shift the schedule.
  Report r = run(g);
  ASSERT_EQ(r.outcome, Outcome::Completed) << errorsOf(r);
  for (int i = 0; i < M; ++i)
    for (int j = 0; j < N; ++j) {
      const InstanceStats& pe = inst(g, r, "pe_" + std::to_string(i) + "_" + std::to_string(j));
      EXPECT_EQ(pe.finish, 1 + 3 * i + 2 * j + 3 * K) << pe.name;
      EXPECT_EQ(pe.macs, K);
      EXPECT_EQ(pe.blockedPut, 0) << pe.name;
      EXPECT_EQ(pe.compute, K + 1) << pe.name;  // K macs and one zero
    }
  EXPECT_EQ(r.cycles, 1 + 3 * (M - 1) + 2 * (N - 1) + 3 * K);
  EXPECT_EQ(inst(g, r, "coldrain_2").finish, r.cycles);
  EXPECT_EQ(r.macs, M * N * K);
  EXPECT_EQ(r.peakDType, "i32");
  EXPECT_DOUBLE_EQ(r.peakOpsPerSecond, 2 * 1 * 1e9);  // 1 column x 1 row x 1 MAC/cycle
  EXPECT_DOUBLE_EQ(r.opsPerSecond, 2.0 * M * N * K / (r.cycles * 1e-9));
  for (const StreamStats& s : r.streams) EXPECT_EQ(s.tokens, K) << s.name;
}

// The same design at the size of a 32 x 32 array (1152 processes): the formula still holds, and the
// run is quick.
TEST(Simulate, LargeSystolicArray) {
  const int M = 32, N = 32, K = 64;
  ir::Graph g = systolic(M, N, K);
  auto t0 = std::chrono::steady_clock::now();
  Report r = run(g);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_EQ(r.outcome, Outcome::Completed) << errorsOf(r);
  EXPECT_EQ(r.cycles, 1 + 3 * (M - 1) + 2 * (N - 1) + 3 * K);
  EXPECT_EQ(inst(g, r, "pe_17_5").finish, 1 + 3 * 17 + 2 * 5 + 3 * K);
  EXPECT_EQ(r.macs, M * N * K);
  EXPECT_LT(secs, 30.0);
}

// ---------------------------------------------------------------------------------------------
// Deadlocks.

// Two instances that each get before they put: a busy 5 then gets from b, b busy 3 then gets from a.
TEST(Simulate, DeadlockTwoInstanceCycle) {
  GraphBuilder b("cycle2");
  b.stream("ab", DType::I32, {}, 2);
  b.stream("ba", DType::I32, {}, 2);
  int ta = b.task("a"), tb = b.task("b");
  int x = b.local(ta, "x", DType::I32), y = b.local(tb, "y", DType::I32);
  b.instance(ta, "a", {Busy(5), Get(b.ref("ba"), x), Put(b.ref("ab"), x)});
  b.instance(tb, "b", {Busy(3), Get(b.ref("ab"), y), Put(b.ref("ba"), y)});
  ir::Graph g = b.build();
  Report r = run(g);
  ASSERT_EQ(r.outcome, Outcome::Deadlock);
  EXPECT_EQ(r.cycles, 5);
  ASSERT_EQ(r.deadlock.blocked.size(), 2u);
  const BlockedWait& wa = r.deadlock.blocked[0];
  EXPECT_EQ(wa.instance, 0);
  EXPECT_EQ(g.streamInsts[static_cast<std::size_t>(wa.stream)].name, "ba");
  EXPECT_TRUE(wa.waitingForData);
  EXPECT_EQ(wa.waitsOn, 1);
  EXPECT_FALSE(wa.waitsOnFinished);
  EXPECT_EQ(wa.loc.str(), "test.json:/tasks/a/body/1");
  const BlockedWait& wb = r.deadlock.blocked[1];
  EXPECT_EQ(wb.instance, 1);
  EXPECT_EQ(g.streamInsts[static_cast<std::size_t>(wb.stream)].name, "ab");
  EXPECT_EQ(wb.waitsOn, 0);
  EXPECT_EQ(wb.loc.str(), "test.json:/tasks/b/body/1");
  EXPECT_EQ(r.deadlock.cycle, (std::vector<int>{0, 1}));
  EXPECT_EQ(r.instances[0].finish, -1);
  EXPECT_EQ(r.instances[0].blockedGet, 0);  // blocked time counts only when a wait ends
  EXPECT_TRUE(r.warnings.empty());
}

// The consumer gets 4 tokens, the producer puts 3 (depth 2) and finishes at 3 (puts at 0, 1, 2).
// The consumer pops at 1, 3, 5 (busy 2 after each) and blocks at 7 on a finished producer.
TEST(Simulate, DeadlockCountMismatchPartnerFinished) {
  GraphBuilder b("mismatch");
  b.stream("s", DType::I32, {}, 2);
  int tp = b.task("producer"), tc = b.task("consumer");
  int x = b.local(tp, "x", DType::I32), y = b.local(tc, "y", DType::I32);
  b.instance(tp, "producer", {For(0, 3, {Put(b.ref("s"), x)})}, 1);
  b.instance(tc, "consumer", {For(0, 4, {Get(b.ref("s"), y), Busy(2)})}, 1);
  ir::Graph g = b.build();
  Report r = run(g);
  ASSERT_EQ(r.outcome, Outcome::Deadlock);
  EXPECT_EQ(r.cycles, 7);
  EXPECT_EQ(r.instances[0].finish, 3);
  ASSERT_EQ(r.deadlock.blocked.size(), 1u);
  const BlockedWait& w = r.deadlock.blocked[0];
  EXPECT_EQ(w.instance, 1);
  EXPECT_TRUE(w.waitingForData);
  EXPECT_EQ(w.waitsOn, 0);
  EXPECT_TRUE(w.waitsOnFinished);
  EXPECT_EQ(w.loc.str(), "test.json:/tasks/consumer/body/0/body/0");
  EXPECT_TRUE(r.deadlock.cycle.empty());
  EXPECT_EQ(r.streams[0].tokens, 3);
  EXPECT_EQ(r.streams[0].left, 0);
}

// The other way round: 5 puts into depth 2, 2 gets. The consumer finishes at 2 (pops at 1, 2); the
// producer fills the stream again (puts at 2, 3) and blocks on its 5th put at 4, waiting for space.
TEST(Simulate, DeadlockProducerBlockedOnFinishedConsumer) {
  GraphBuilder b("mismatch2");
  b.stream("s", DType::I32, {}, 2);
  int tp = b.task("producer"), tc = b.task("consumer");
  int x = b.local(tp, "x", DType::I32), y = b.local(tc, "y", DType::I32);
  b.instance(tp, "producer", {For(0, 5, {Put(b.ref("s"), x)})}, 1);
  b.instance(tc, "consumer", {For(0, 2, {Get(b.ref("s"), y)})}, 1);
  ir::Graph g = b.build();
  Report r = run(g);
  ASSERT_EQ(r.outcome, Outcome::Deadlock);
  EXPECT_EQ(r.cycles, 4);
  EXPECT_EQ(r.instances[1].finish, 2);
  ASSERT_EQ(r.deadlock.blocked.size(), 1u);
  EXPECT_FALSE(r.deadlock.blocked[0].waitingForData);
  EXPECT_EQ(r.deadlock.blocked[0].waitsOn, 1);
  EXPECT_TRUE(r.deadlock.blocked[0].waitsOnFinished);
  EXPECT_EQ(r.streams[0].left, 2);
  EXPECT_TRUE(r.warnings.empty()) << "leftover tokens are only warned about in completed runs";
}

// A 1 x 2 systolic row fed in the wrong order: one feeder puts all K A-values for PE0 first, then
// all K B-values for PE1. PE0 forwards A to PE1, which gets one A and then waits for its first B.
//   feeder: put a0 x K; put b1 x K      pe0: for K: get a0; put a1      pe1: for K: get a1; get b1; mac
// With K = 8 and depth 2: pe1 pops a1[0] at 2 and blocks on b1; pe0 blocks at 4 on a full a1 (holding
// token 3); the feeder fills a0 (tokens 4, 5) and blocks at 6: feeder -> pe0 -> pe1 -> feeder.
// With depth 8 everything fits: pe1 pops b1 token k at 9 + k and finishes at 17.
ir::Graph feedOrder(std::int64_t depth, int K) {
  GraphBuilder b("feed_order");
  b.stream("a0", DType::I32, {}, depth);
  b.stream("a1", DType::I32, {}, depth);
  b.stream("b1", DType::I32, {}, depth);
  int tf = b.task("feeder"), t0 = b.task("pe0"), t1 = b.task("pe1");
  int f = b.local(tf, "v", DType::I32), a = b.local(t0, "a", DType::I32);
  int a1 = b.local(t1, "a", DType::I32), b1 = b.local(t1, "b", DType::I32), c1 = b.local(t1, "c", DType::I32);
  b.instance(tf, "feeder", {For(0, K, {Put(b.ref("a0"), f)}), For(0, K, {Put(b.ref("b1"), f)})}, 1);
  b.instance(t0, "pe0", {For(0, K, {Get(b.ref("a0"), a), Put(b.ref("a1"), a)})}, 1);
  b.instance(t1, "pe1", {For(0, K, {Get(b.ref("a1"), a1), Get(b.ref("b1"), b1), Compute("mac", {a1, b1}, c1, true)})},
             1);
  return b.build();
}

TEST(Simulate, DeadlockSystolicFeedOrderTooShallow) {
  ir::Graph g = feedOrder(2, 8);
  Report r = run(g);
  ASSERT_EQ(r.outcome, Outcome::Deadlock);
  EXPECT_EQ(r.cycles, 6);
  ASSERT_EQ(r.deadlock.blocked.size(), 3u);
  const auto& bl = r.deadlock.blocked;
  EXPECT_EQ(bl[0].instance, 0);
  EXPECT_FALSE(bl[0].waitingForData);
  EXPECT_EQ(g.streamInsts[static_cast<std::size_t>(bl[0].stream)].name, "a0");
  EXPECT_EQ(bl[1].instance, 1);
  EXPECT_FALSE(bl[1].waitingForData);
  EXPECT_EQ(g.streamInsts[static_cast<std::size_t>(bl[1].stream)].name, "a1");
  EXPECT_EQ(bl[2].instance, 2);
  EXPECT_TRUE(bl[2].waitingForData);
  EXPECT_EQ(g.streamInsts[static_cast<std::size_t>(bl[2].stream)].name, "b1");
  EXPECT_EQ(bl[2].waitsOn, 0);
  EXPECT_EQ(r.deadlock.cycle, (std::vector<int>{0, 1, 2}));
  EXPECT_EQ(streamOf(g, r, "a0").left, 2);  // tokens 4 and 5
  EXPECT_EQ(streamOf(g, r, "a1").left, 2);  // tokens 1 and 2
  EXPECT_EQ(streamOf(g, r, "b1").tokens, 0);

  ir::Graph deep = feedOrder(8, 8);
  Report ok = run(deep);
  ASSERT_EQ(ok.outcome, Outcome::Completed);
  EXPECT_EQ(ok.cycles, 17);
  EXPECT_EQ(ok.instances[0].finish, 16);
  EXPECT_EQ(ok.instances[1].finish, 9);
}

// ---------------------------------------------------------------------------------------------

TEST(Simulate, CycleLimit) {
  ir::Graph g = pipeline3();
  ir::Arch arch = testAieArch({{"stream.latency_cycles", 1}});
  SimOptions opts;
  opts.maxCycles = 10;
  Report r = run(g, arch, opts);
  EXPECT_EQ(r.outcome, Outcome::CycleLimit);
  EXPECT_EQ(r.cycles, 10);
  EXPECT_EQ(r.instances[2].finish, -1);
  EXPECT_TRUE(r.deadlock.blocked.empty());
  opts.maxCycles = 21;
  EXPECT_EQ(run(g, arch, opts).outcome, Outcome::CycleLimit);
  opts.maxCycles = 22;  // finishing exactly at the limit is fine
  Report done = run(g, arch, opts);
  EXPECT_EQ(done.outcome, Outcome::Completed);
  EXPECT_EQ(done.cycles, 22);
  // A pure compute loop that would run far past the limit stops there too.
  GraphBuilder b("spin");
  int t = b.task("spin");
  b.instance(t, "spin", {For(0, 1000000000000, {Busy(1000)})}, 1);
  opts.maxCycles = 5000;
  Report spin = run(b.build(), arch, opts);
  EXPECT_EQ(spin.outcome, Outcome::CycleLimit);
  EXPECT_EQ(spin.cycles, 5000);
  EXPECT_EQ(spin.instances[0].compute, 5000);
}

// A producer puts to S[i] for i in 0..2 but S has 2 elements: the put at cycle 2 (after puts at 0 and
// 1) is an error with the statement's location.
TEST(Simulate, DynamicIndexOutOfRange) {
  GraphBuilder b("dyn");
  b.stream("S", DType::I32, {}, 1, {2});
  int tp = b.task("producer"), tc = b.task("consumer", {2});
  int x = b.local(tp, "x", DType::I32), y = b.local(tc, "y", DType::I32);
  int p = b.instance(tp, "producer", {For(0, 3, {Put(b.dynRef("S", {V(0)}), x)})}, 1);
  b.instance(tc, "consumer_0", {Get(b.ref("S", {0}), y)}, 0, {0});
  b.instance(tc, "consumer_1", {Get(b.ref("S", {1}), y)}, 0, {1});
  b.element("S", {0}, p, 1);
  b.element("S", {1}, p, 2);
  ir::Graph g = b.build();
  Report r = run(g);
  ASSERT_EQ(r.outcome, Outcome::RuntimeError);
  EXPECT_EQ(r.cycles, 2);
  ASSERT_EQ(r.errors.size(), 1u) << errorsOf(r);
  EXPECT_EQ(r.errors[0].loc.str(), "test.json:/tasks/producer/body/0/body/0");
  EXPECT_NE(r.errors[0].message.find("instance 'producer', cycle 2"), std::string::npos) << errorsOf(r);
  EXPECT_NE(r.errors[0].message.find("index 2 is out of range [0, 2) of dimension 0"), std::string::npos)
      << errorsOf(r);
  // The consumers each got their token before the error.
  EXPECT_EQ(r.instances[1].finish, 1);
  EXPECT_EQ(r.instances[2].finish, 2);
}

// Elements that exist in the declaration but not for this instance.
TEST(Simulate, DynamicIndexToAnElementOfAnotherInstanceOrNone) {
  GraphBuilder b("dyn2");
  b.stream("S", DType::I32, {}, 1, {3});
  int tp = b.task("p", {2}), tc = b.task("c");
  int x = b.local(tp, "x", DType::I32), y = b.local(tc, "y", DType::I32);
  // p_0 puts to S[v] for v in 1..2: S[1] belongs to p_1.
  int p0 = b.instance(tp, "p_0", {For(0, C(1), C(2), {Put(b.dynRef("S", {V(0)}), x)})}, 1, {0});
  int p1 = b.instance(tp, "p_1", {Put(b.ref("S", {1}), x)}, 0, {1});
  b.instance(tc, "c", {Get(b.ref("S", {1}), y)});
  (void)p0;
  (void)p1;
  Report r = run(b.build());
  ASSERT_EQ(r.outcome, Outcome::RuntimeError);
  ASSERT_EQ(r.errors.size(), 1u) << errorsOf(r);
  EXPECT_NE(r.errors[0].message.find("put to stream 'S[1]', whose producer is instance 'p_1'"), std::string::npos)
      << errorsOf(r);

  GraphBuilder b2("dyn3");
  b2.stream("S", DType::I32, {}, 1, {3});
  int tq = b2.task("q");
  int z = b2.local(tq, "z", DType::I32);
  b2.instance(tq, "q", {Busy(4), Get(b2.dynRef("S", {C(2)}), z)});
  Report r2 = run(b2.build());
  ASSERT_EQ(r2.outcome, Outcome::RuntimeError);
  EXPECT_EQ(r2.cycles, 4);
  EXPECT_NE(r2.errors.at(0).message.find("get from stream 'S[2]', an element that no instance was elaborated to use"),
            std::string::npos)
      << errorsOf(r2);
}

// Every error of the first failing cycle is reported, in instance order.
TEST(Simulate, RunTimeErrorsOfOneCycleAreAllReported) {
  GraphBuilder b("errs");
  b.stream("S", DType::I32, {}, 1, {1});
  int t = b.task("t", {3});
  int x = b.local(t, "x", DType::I32);
  b.instance(t, "t_0", {Busy(3), Put(b.dynRef("S", {C(5)}), x)}, 0, {0});
  b.instance(t, "t_1", {For(0, 1, {Busy(3), Busy(Add(V(0), C(-1)))})}, 1, {1});
  b.instance(t, "t_2", {Busy(4), Put(b.dynRef("S", {C(7)}), x)}, 0, {2});
  Report r = run(b.build());
  ASSERT_EQ(r.outcome, Outcome::RuntimeError);
  EXPECT_EQ(r.cycles, 3);
  ASSERT_EQ(r.errors.size(), 2u) << errorsOf(r);
  EXPECT_NE(r.errors[0].message.find("'t_0'"), std::string::npos) << errorsOf(r);
  EXPECT_NE(r.errors[1].message.find("'t_1', cycle 3: 'cycles' evaluates to -1"), std::string::npos) << errorsOf(r);
}

TEST(Simulate, LoadOutsideTheShardIsAnError) {
  GraphBuilder b("shard");
  int tA = b.tensor("A", DType::I32, {8, 8});
  int t = b.task("t");
  int a = b.arg(t, "a", tA, {8, 8});
  int tile = b.local(t, "tile", DType::I32, {4, 4});
  // v0 = 0, 4, 8: the third tile starts at row 8 of an 8-row shard. Each load: 64 bytes / 4 = 16 cycles.
  b.instance(t, "t", {For(0, C(0), C(12), {Load(a, {V(0), C(0)}, tile)}, C(4))}, 1);
  Report r = run(b.build());
  ASSERT_EQ(r.outcome, Outcome::RuntimeError) << dump(r);
  EXPECT_EQ(r.cycles, 32);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("load from 'a' at [8, 0]: the 4x4 tile does not fit in the local shard 8x8"),
            std::string::npos)
      << errorsOf(r);
  EXPECT_EQ(r.instances[0].memory, 32);
}

// 3 tokens put, 2 got, depth 4: completes with a warning naming the stream.
TEST(Simulate, LeftoverTokensWarn) {
  GraphBuilder b("leftover");
  b.stream("s", DType::I32, {}, 4);
  int tp = b.task("producer"), tc = b.task("consumer");
  int x = b.local(tp, "x", DType::I32), y = b.local(tc, "y", DType::I32);
  b.instance(tp, "producer", {For(0, 3, {Put(b.ref("s"), x)})}, 1);
  b.instance(tc, "consumer", {For(0, 2, {Get(b.ref("s"), y)})}, 1);
  Report r = run(b.build());
  ASSERT_EQ(r.outcome, Outcome::Completed);
  EXPECT_EQ(r.cycles, 3);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].severity, Severity::Warning);
  EXPECT_EQ(r.warnings[0].loc.str(), "test.json:/streams/s");
  EXPECT_NE(r.warnings[0].message.find("stream 's' ends with 1 token(s) never consumed (3 put, 2 got)"),
            std::string::npos)
      << r.warnings[0].message;
  EXPECT_EQ(r.streams[0].left, 1);
}

TEST(Simulate, RepeatedRunsGiveIdenticalReports) {
  ir::Graph g = systolic(4, 3, 5);
  ir::Graph dl = feedOrder(2, 8);
  std::string first = dump(run(g));
  std::string deadlock = dump(run(dl));
  EXPECT_EQ(dump(run(g)), first);
  EXPECT_EQ(dump(run(dl)), deadlock);
  EXPECT_EQ(dump(run(g)), first);
}

// ---------------------------------------------------------------------------------------------
// Memory channels. Each loader loads a 4x1 i32 tile (16 bytes: 4 cycles at 4 bytes/cycle);
// dma.issue_cycles 2, ddr.latency_cycles 10. Both requests are made at cycle 2.
ir::Graph twoLoaders(bool secondStores, int loads = 1) {
  GraphBuilder b("loaders");
  int tA = b.tensor("A", DType::I32, {4, 8});
  int t = b.task("loader", {2});
  int a = b.arg(t, "a", tA, {4, 8});
  int tile = b.local(t, "tile", DType::I32, {4, 1});
  b.instance(t, "loader_0", {For(0, loads, {Load(a, {C(0), V(0)}, tile)})}, 1, {0});
  if (secondStores)
    b.instance(t, "loader_1", {For(0, loads, {Store(a, {C(0), V(0)}, tile)})}, 1, {1});
  else
    b.instance(t, "loader_1", {For(0, loads, {Load(a, {C(0), V(0)}, tile)})}, 1, {1});
  return b.build();
}

TEST(Simulate, LoadsShareTheReadChannels) {
  ir::Arch arch = testAieArch({{"dma.issue_cycles", 2}, {"ddr.latency_cycles", 10}});
  // One read channel: loader_0 (lower id) transfers 2..6, back at 6 + 10 = 16; loader_1 waits for the
  // channel, transfers 6..10, back at 20.
  ir::Graph g = twoLoaders(false);
  Report r = run(g, arch);
  ASSERT_EQ(r.outcome, Outcome::Completed) << errorsOf(r);
  EXPECT_EQ(r.instances[0].finish, 16);
  EXPECT_EQ(r.instances[1].finish, 20);
  EXPECT_EQ(r.instances[0].memory, 16);
  EXPECT_EQ(r.instances[1].memory, 20);
  EXPECT_EQ(r.instances[1].busy, 20);
  // A second load each: loader_0 asks at 18 (channel free since 10): 18..22, back at 32; loader_1
  // asks at 22: 22..26, back at 36.
  Report r2 = run(twoLoaders(false, 2), arch);
  EXPECT_EQ(r2.instances[0].finish, 32);
  EXPECT_EQ(r2.instances[1].finish, 36);
  // Two read channels (2 MM2S per shim): no waiting.
  Report r3 = run(g, testAieArch({{"dma.issue_cycles", 2}, {"ddr.latency_cycles", 10}, {"shim.mm2s_channels", 2}}));
  EXPECT_EQ(r3.instances[0].finish, 16);
  EXPECT_EQ(r3.instances[1].finish, 16);
  EXPECT_EQ(r3.cycles, 16);
}

TEST(Simulate, LoadsAndStoresUseSeparatePoolsOnTheNpuButShareHbm) {
  // aie-ml: one MM2S and one S2MM channel, so a load and a store at the same cycle do not wait.
  Report npu = run(twoLoaders(true), testAieArch({{"dma.issue_cycles", 2}, {"ddr.latency_cycles", 10}}));
  EXPECT_EQ(npu.instances[0].finish, 16);
  EXPECT_EQ(npu.instances[1].finish, 16);
  // hls with one HBM channel: the store waits for the load (same numbers as two loads).
  ir::Arch hls = testHlsArch({{"axi.issue_cycles", 2}, {"hbm.latency_cycles", 10}});
  Report fpga = run(twoLoaders(true), hls);
  ASSERT_EQ(fpga.outcome, Outcome::Completed) << errorsOf(fpga);
  EXPECT_EQ(fpga.instances[0].finish, 16);
  EXPECT_EQ(fpga.instances[1].finish, 20);
  EXPECT_DOUBLE_EQ(fpga.seconds, 20 / 100e6);
}

// ---------------------------------------------------------------------------------------------

// `cycles` overrides depending on the loop variable, merged into one wait: 1 + 2 + 3 + 4 = 10.
TEST(Simulate, CyclesOverrideUsesLoopVariables) {
  GraphBuilder b("override");
  int t = b.task("t");
  int x = b.local(t, "x", DType::F32, {16}), y = b.local(t, "y", DType::F32, {16});
  // A vector op costed by the model: 16 elements x 14 ops / 1 lane = 224 cycles, but overridden.
  b.instance(t, "t", {For(0, 4, {Compute("gelu", {x}, y, false, Add(V(0), C(1)))}), Compute("relu", {x}, y)}, 1);
  Report r = run(b.build());
  ASSERT_EQ(r.outcome, Outcome::Completed) << errorsOf(r);
  EXPECT_EQ(r.cycles, 10 + 16);  // then relu: 16 ops / 1 lane
  EXPECT_EQ(r.vectorOps, 4 * 16 * 14 + 16);
  EXPECT_EQ(r.instances[0].compute, 26);
  EXPECT_DOUBLE_EQ(r.opsPerSecond, (4.0 * 16 * 14 + 16) / 26e-9);
}

TEST(Simulate, IfBranchesOnLoopVariables) {
  GraphBuilder b("branches");
  int t = b.task("t");
  // for v in 0..5: if v < 2: busy 10 else busy 1  ->  10 + 10 + 1 + 1 + 1 = 23
  ExprPtr lt = ir::Expr::binary(ir::ExprOp::Lt, V(0), C(2));
  b.instance(t, "t", {For(0, 5, {If(lt, {Busy(10)}, {Busy(1)})})}, 1);
  Report r = run(b.build());
  ASSERT_EQ(r.outcome, Outcome::Completed);
  EXPECT_EQ(r.cycles, 23);
}

TEST(Simulate, MalformedGraphIsAnErrorNotACrash) {
  GraphBuilder b("bad");
  b.stream("s", DType::I32, {}, 1);
  int t = b.task("t");
  int x = b.local(t, "x", DType::I32);
  b.instance(t, "t", {Put(b.ref("s"), x), Get(b.ref("s"), x)});
  ir::Graph g = b.build();
  g.streamInsts[0].consumer = 7;  // no such instance
  Report r = run(g);
  EXPECT_EQ(r.outcome, Outcome::RuntimeError);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_NE(r.errors[0].message.find("malformed graph"), std::string::npos) << errorsOf(r);

  ir::Graph g2 = b.build();
  std::get<ir::PutStmt>(g2.instances[0].body[0].node).local = 9;
  Report r2 = run(g2);
  EXPECT_EQ(r2.outcome, Outcome::RuntimeError);
  EXPECT_NE(errorsOf(r2).find("local #9 does not exist"), std::string::npos) << errorsOf(r2);

  GraphBuilder b3("unbound");
  int t3 = b3.task("t");
  b3.instance(t3, "t", {For(0, C(0), ir::Expr::var("n", 3), {Busy(1)})}, 1);
  Report r3 = run(b3.build());
  EXPECT_EQ(r3.outcome, Outcome::RuntimeError);
  EXPECT_NE(errorsOf(r3).find("variable 'n' in the loop bound is not bound"), std::string::npos) << errorsOf(r3);
}

TEST(Simulate, EmptyGraphCompletesAtZero) {
  GraphBuilder b("empty");
  Report r = run(b.build());
  EXPECT_EQ(r.outcome, Outcome::Completed);
  EXPECT_EQ(r.cycles, 0);
  EXPECT_EQ(r.opsPerSecond, 0);
}

}  // namespace
}  // namespace datosim::sim
