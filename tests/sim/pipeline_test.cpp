// Pipelined loops on the `hls` model (docs/timing.md, "Pipelined loops"), checked against cycle
// counts worked out by hand. The architecture is testHlsArch() unless a test says otherwise: 1 MAC
// and 1 lane per cycle, no pipeline depth, call overhead or FIFO access cost (g = 0), 4-byte/cycle
// FIFOs (an i32 scalar token takes X = 1 cycle) of latency L = 0, one HBM channel of 4 bytes/cycle.
//
// The rules used below: iteration i issues at pipeline time T_i (T_0 = the loop's start, T_{i+1} =
// T_i + max(II, the iteration's issue cycles)); pipeline time T happens at cycle T + sigma, where
// sigma is the sum of the stalls so far. At issue the iteration gets its tokens (a missing one
// stalls) and starts its loads; a compute starts when its inputs are ready and its output is ready
// `issue + pe.pipeline_depth_cycles` later; a put is due when its local is ready, takes its slot then
// (or stalls) and its token is visible g + X + L later. The loop ends at the latest completion
// (pipeline time) + sigma.
#include "sim/simulator.h"

#include <gtest/gtest.h>

#include <sstream>

#include "ir_builder.h"
#include "sim_test_util.h"

namespace datosim::sim {
namespace {

using namespace datosim::test;
using ir::DType;

std::string errorsOf(const Report& r) {
  std::string s;
  for (const Diagnostic& d : r.errors) s += d.str() + "\n";
  return s;
}

std::string dump(const Report& r) {
  std::ostringstream o;
  o << outcomeName(r.outcome) << " " << r.cycles << " " << r.macs << "\n";
  for (const InstanceStats& i : r.instances)
    o << i.name << " " << i.busy << " " << i.compute << " " << i.memory << " " << i.blockedGet << " " << i.blockedPut
      << " " << i.finish << "\n";
  for (const StreamStats& s : r.streams) o << s.name << " " << s.tokens << " " << s.peak << "\n";
  return o.str();
}

// for k in 0..8: acc += x * y (a scalar `mac`, or a 4-element one), alone in one instance.
ir::Graph macLoop(std::int64_t ii, std::int64_t elements = 1) {
  GraphBuilder b("macloop");
  int t = b.task("t");
  ir::Shape shape = elements == 1 ? ir::Shape{} : ir::Shape{elements};
  int x = b.local(t, "x", DType::I32, shape), y = b.local(t, "y", DType::I32, shape),
      acc = b.local(t, "acc", DType::I32, shape);
  Stmt loop = For(0, 8, {Compute("mac", {x, y}, acc)});
  b.instance(t, "t", {ii > 0 ? Pipelined(std::move(loop), ii) : std::move(loop)}, 1);
  return b.build();
}

// With pe.pipeline_depth_cycles = 5 a scalar mac costs 1 + 5 = 6 cycles as a call: 8 x 6 = 48
// unpipelined. Pipelined, it issues 1 cycle of MAC work per iteration and its result comes out
// 1 + 5 = 6 cycles after it starts:
//   II = 1: issues at 0..7, the last result at 7 + 6 = 13;
//   II = 2: issues at 0, 2, ..., 14, done at 14 + 6 = 20;
//   4-element mac, II = 1: 4 MACs at 1 MAC/cycle hold the datapath 4 cycles, so iterations issue
//   every max(1, 4) = 4 cycles: 0, 4, ..., 28, done at 28 + 4 + 5 = 37.
TEST(PipelinedLoop, ComputeLatencyIsPaidOnceWhenTheLoopDrains) {
  const ir::Arch arch = testHlsArch({{"pe.pipeline_depth_cycles", 5}});
  Report plain = run(macLoop(0), arch);
  ASSERT_EQ(plain.outcome, Outcome::Completed) << errorsOf(plain);
  EXPECT_EQ(plain.cycles, 48);

  Report ii1 = run(macLoop(1), arch);
  ASSERT_EQ(ii1.outcome, Outcome::Completed) << errorsOf(ii1);
  EXPECT_EQ(ii1.cycles, 13);
  EXPECT_EQ(ii1.instances[0].busy, 13);
  EXPECT_EQ(ii1.instances[0].compute, 8);  // 8 issue cycles of the MAC datapath
  EXPECT_EQ(ii1.macs, 8);

  Report ii2 = run(macLoop(2), arch);
  EXPECT_EQ(ii2.cycles, 20);
  EXPECT_EQ(ii2.instances[0].compute, 8);

  Report wide = run(macLoop(1, 4), arch);
  EXPECT_EQ(wide.cycles, 37);
  EXPECT_EQ(wide.instances[0].compute, 32);
  EXPECT_EQ(wide.macs, 32);
}

// The aie-ml model does not pipeline loops (an AIE core runs the loop sequentially): the hint
// changes nothing there. A scalar mac costs ceil(1 / 1) + 0 = 1 cycle: 8 cycles either way.
TEST(PipelinedLoop, HintIsIgnoredByTheAieModel) {
  Report plain = run(macLoop(0), testAieArch());
  Report hinted = run(macLoop(2), testAieArch());
  ASSERT_EQ(plain.outcome, Outcome::Completed) << errorsOf(plain);
  EXPECT_EQ(plain.cycles, 8);
  EXPECT_EQ(dump(plain), dump(hinted));
  EXPECT_TRUE(hinted.warnings.empty());
}

// src (plain loop): for 4: busy 3; put s          pe (pipelined, II = 1): for 4: get s -> a; acc += a * a
// pe.pipeline_depth_cycles = 5 (a mac's result is ready 6 cycles after it starts).
// src puts at 3, 7, 11, 15 (each takes X = 1), the tokens are visible at 4, 8, 12, 16; src ends at 16.
// pe: issue 0 (cycle 0) waits for token 0 until 4: sigma = 4. Issue 1 at T = 1, cycle 5, waits for
// token 1 until 8: sigma = 7. Issue 2 at cycle 9 -> 12 (sigma 10), issue 3 at cycle 13 -> 16 (sigma 13).
// The last mac starts at T = 3 and ends at 9: the loop ends at 9 + 13 = 22, i.e. 6 cycles after the
// last token arrives. blockedGet = 4 + 3 + 3 + 3 = 13, busy = 22 - 13 = 9, compute = 4.
TEST(PipelinedLoop, GetOnAnEmptyFifoStallsThePipeline) {
  GraphBuilder b("stall");
  b.stream("s", DType::I32, {}, 2);
  int ts = b.task("src"), tp = b.task("pe");
  int x = b.local(ts, "x", DType::I32);
  int a = b.local(tp, "a", DType::I32), acc = b.local(tp, "acc", DType::I32);
  b.instance(ts, "src", {For(0, 4, {Busy(3), Put(b.ref("s"), x)})}, 1);
  b.instance(tp, "pe", {Pipelined(For(0, 4, {Get(b.ref("s"), a), Compute("mac", {a, a}, acc)}), 1)}, 1);
  ir::Graph g = b.build();
  Report r = run(g, testHlsArch({{"pe.pipeline_depth_cycles", 5}}));
  ASSERT_EQ(r.outcome, Outcome::Completed) << errorsOf(r);
  EXPECT_EQ(inst(g, r, "src").finish, 16);
  const InstanceStats& pe = inst(g, r, "pe");
  EXPECT_EQ(pe.finish, 22);
  EXPECT_EQ(pe.blockedGet, 13);
  EXPECT_EQ(pe.busy, 9);
  EXPECT_EQ(pe.compute, 4);
  EXPECT_EQ(r.cycles, 22);
}

// src (pipelined, II = 1): for 6: put s          pe (pipelined, II = 2): for 6: get s -> a; acc += a * a
// depth 2, pe.pipeline_depth_cycles = 3.
// src's puts are due at 0..5 (its local is never written: ready at issue). Tokens visible 1 cycle after
// their slot is taken. pe: issue 0 waits until 1 (sigma 1); then issues at T = 2, 4, ..., 10, i.e. cycles
// 3, 5, 7, 9, 11, and pops tokens 1..5 there (each is visible by then).
// src: puts 0, 1 at cycles 0, 1; put 2 at 2 (token 0 left at 1); put 3 at 3 (token 1 leaves at 3, the
// same cycle); put 4 due at 4 finds tokens 2, 3 and waits for the pop at 5 (sigma 1); put 5 due at 5, cycle
// 6, waits for the pop at 7 (sigma 2). src ends at 5 + X + 2 = 8, blockedPut 2.
// pe ends when the last mac, started at T = 10, is done: 10 + 1 + 3 + sigma 1 = 15.
TEST(PipelinedLoop, InitiationIntervalTwoThrottlesAFasterProducer) {
  GraphBuilder b("ii2");
  b.stream("s", DType::I32, {}, 2);
  int ts = b.task("src"), tp = b.task("pe");
  int x = b.local(ts, "x", DType::I32);
  int a = b.local(tp, "a", DType::I32), acc = b.local(tp, "acc", DType::I32);
  b.instance(ts, "src", {Pipelined(For(0, 6, {Put(b.ref("s"), x)}), 1)}, 1);
  b.instance(tp, "pe", {Pipelined(For(0, 6, {Get(b.ref("s"), a), Compute("mac", {a, a}, acc)}), 2)}, 1);
  ir::Graph g = b.build();
  Report r = run(g, testHlsArch({{"pe.pipeline_depth_cycles", 3}}));
  ASSERT_EQ(r.outcome, Outcome::Completed) << errorsOf(r);
  const InstanceStats& src = inst(g, r, "src");
  EXPECT_EQ(src.finish, 8);
  EXPECT_EQ(src.blockedPut, 2);
  EXPECT_EQ(src.busy, 6);
  const InstanceStats& pe = inst(g, r, "pe");
  EXPECT_EQ(pe.finish, 15);
  EXPECT_EQ(pe.blockedGet, 1);
  EXPECT_EQ(pe.compute, 6);
  EXPECT_EQ(r.streams[0].tokens, 6);
  EXPECT_EQ(r.streams[0].peak, 2);
}

// A 2-stage pipelined chain src -> mid -> sink with g = 1, X = 1, L = 2 (a token is visible
// g + X + L = 4 cycles after its slot is taken), depth 2, 4 tokens.
//   src (II = 1): for 4: put s1                      mid (II = 1): for 4: get s1 -> y; put s2 from y
//   sink (plain): for 4: get s2 (g = 1 each)
// src: puts due at 0..3. Puts 0, 1 at 0, 1 (visible 4, 5); put 2 finds the FIFO full until mid pops
//   token 0 at 4 (sigma 2; visible 8); put 3 due at 3, cycle 5, meets mid's pop of token 1 at 5
//   (visible 9). src ends at 3 + g + X + 2 = 7, blockedPut 2.
// mid: issue 0 waits for token 0 until 4 (sigma 4); y is ready g = 1 later, so each put is due at
//   T + 1: put 0 at 1 + 4 = 5 (visible 9). Issue 1 at cycle 5 pops token 1; put 1 at 6 (visible 10).
//   Issue 2 at cycle 6 waits for token 2 until 8 (sigma 6); put 2 at 3 + 6 = 9 (visible 13). Issue 3
//   at cycle 9 pops token 3; put 3 at 10 (visible 14). mid ends at 4 + g + X + 6 = 12, blockedGet 6.
//   The skew of one hop is g (get) + g + X + L (put) = 5 cycles: token 0 leaves src at 0 and mid at 5.
// sink pops at 9, 10, 13, 14 and ends at 15.
TEST(PipelinedLoop, TwoStagePipelinedChain) {
  GraphBuilder b("chain");
  b.stream("s1", DType::I32, {}, 2);
  b.stream("s2", DType::I32, {}, 2);
  int ts = b.task("src"), tm = b.task("mid"), tk = b.task("sink");
  int x = b.local(ts, "x", DType::I32), y = b.local(tm, "y", DType::I32), z = b.local(tk, "z", DType::I32);
  b.instance(ts, "src", {Pipelined(For(0, 4, {Put(b.ref("s1"), x)}), 1)}, 1);
  b.instance(tm, "mid", {Pipelined(For(0, 4, {Get(b.ref("s1"), y), Put(b.ref("s2"), y)}), 1)}, 1);
  b.instance(tk, "sink", {For(0, 4, {Get(b.ref("s2"), z)})}, 1);
  ir::Graph g = b.build();
  Report r = run(g, testHlsArch({{"fifo.access_cycles", 1}, {"stream.latency_cycles", 2}}));
  ASSERT_EQ(r.outcome, Outcome::Completed) << errorsOf(r);
  EXPECT_EQ(inst(g, r, "src").finish, 7);
  EXPECT_EQ(inst(g, r, "src").blockedPut, 2);
  const InstanceStats& mid = inst(g, r, "mid");
  EXPECT_EQ(mid.finish, 12);
  EXPECT_EQ(mid.blockedGet, 6);
  EXPECT_EQ(mid.blockedPut, 0);
  EXPECT_EQ(mid.busy, 6);
  EXPECT_EQ(inst(g, r, "sink").finish, 15);
  EXPECT_EQ(inst(g, r, "sink").blockedGet, 9 + 0 + 2 + 0);
  EXPECT_EQ(r.cycles, 15);
  // Unpipelined, mid would pay g + (g + X) = 3 cycles per token: a pipeline is faster.
  GraphBuilder b2("chain-plain");
  b2.stream("s1", DType::I32, {}, 2);
  b2.stream("s2", DType::I32, {}, 2);
  ts = b2.task("src"), tm = b2.task("mid"), tk = b2.task("sink");
  x = b2.local(ts, "x", DType::I32), y = b2.local(tm, "y", DType::I32), z = b2.local(tk, "z", DType::I32);
  b2.instance(ts, "src", {For(0, 4, {Put(b2.ref("s1"), x)})}, 1);
  b2.instance(tm, "mid", {For(0, 4, {Get(b2.ref("s1"), y), Put(b2.ref("s2"), y)})}, 1);
  b2.instance(tk, "sink", {For(0, 4, {Get(b2.ref("s2"), z)})}, 1);
  Report plain = run(b2.build(), testHlsArch({{"fifo.access_cycles", 1}, {"stream.latency_cycles", 2}}));
  ASSERT_EQ(plain.outcome, Outcome::Completed) << errorsOf(plain);
  EXPECT_GT(plain.cycles, r.cycles);
}

// A copy loop y[2k : 2k+2] = x[2k : 2k+2], k = 0..3, pipelined at II = 1, with axi.issue_cycles = 2 and
// hbm.latency_cycles = 10 on the one HBM channel that loads and stores share. A tile of 2 i32 takes
// 8 / 4 = 2 cycles of the channel, so the channel, not II, sets the pace.
//   Loads at issue: iteration 0 at cycle 0 holds the channel [0, 2); iteration 1 (T = 1, cycle 1)
//   waits for it until 2 (sigma 1), iteration 2 (T = 2, cycle 3) until 4 (sigma 2), iteration 3
//   (T = 3, cycle 5) until 6 (sigma 3). Each tile is ready issue + 2 + 2 + 10 = T + 14 later.
//   Stores are due at T + 14 = 14..17: cycle 17 gets [17, 19); due 15 (cycle 18) waits until 19
//   (sigma 4), due 16 until 21 (sigma 5), due 17 until 23 (sigma 6), each complete 14 cycles after
//   its due time. The loop ends at 17 + 14 + 6 = 37 (the last store holds [23, 25), done at
//   23 + 2 + 2 + 10 = 37). memory = 6 cycles of stalls. Unpipelined: 8 accesses x 14 = 112.
// In functional mode y equals x.
TEST(PipelinedLoop, LoadsAndStoresRunAtTheChannelRate) {
  GraphBuilder b("copy");
  int tx = b.tensor("x", DType::I32, {8}), ty = b.tensor("y", DType::I32, {8});
  int t = b.task("t");
  int ax = b.arg(t, "x", tx, {8}), ay = b.arg(t, "y", ty, {8});
  int v = b.local(t, "v", DType::I32, {2});
  b.instance(t, "t",
             {Pipelined(For(0, 4, {Load(ax, {Mul(V(0), C(2))}, v), Store(ay, {Mul(V(0), C(2))}, v)}), 1)}, 1);
  ir::Graph g = b.build();
  const ir::Arch arch = testHlsArch({{"axi.issue_cycles", 2}, {"hbm.latency_cycles", 10}});
  std::vector<data::Buffer> tensors = {data::Buffer(DType::I32, {8}, {3, 1, 4, 1, 5, 9, 2, 6}),
                                       data::Buffer(DType::I32, {8})};
  SimOptions opts;
  opts.tensors = &tensors;
  Report r = run(g, arch, opts);
  ASSERT_EQ(r.outcome, Outcome::Completed) << errorsOf(r);
  EXPECT_EQ(r.cycles, 37);
  EXPECT_EQ(r.instances[0].memory, 6);
  EXPECT_EQ(r.instances[0].busy, 37);
  for (int i = 0; i < 8; ++i) EXPECT_EQ(tensors[1].getInt(i), tensors[0].getInt(i)) << i;
  Report timingOnly = run(g, arch);
  EXPECT_EQ(dump(timingOnly), dump(r));
}

// Values in flight are kept per iteration: with pe.pipeline_depth_cycles = 5 a result is put 6 cycles
// after its iteration issues, while up to 6 later iterations have already overwritten the local.
// load x[k] -> put; get -> z = v * v (mul) -> put; get -> store y[k]: y = x * x.
TEST(PipelinedLoop, DataInFlightKeepsProgramOrder) {
  GraphBuilder b("squares");
  b.stream("s1", DType::I32, {}, 2);
  b.stream("s2", DType::I32, {}, 2);
  const std::int64_t n = 12;
  int tx = b.tensor("x", DType::I32, {n}), ty = b.tensor("y", DType::I32, {n});
  int tl = b.task("load"), tm = b.task("square"), ts = b.task("store");
  int ax = b.arg(tl, "x", tx, {n}), ay = b.arg(ts, "y", ty, {n});
  int v = b.local(tl, "v", DType::I32), w = b.local(tm, "w", DType::I32), z = b.local(tm, "z", DType::I32),
      u = b.local(ts, "u", DType::I32);
  b.instance(tl, "load", {Pipelined(For(0, n, {Load(ax, {V(0)}, v), Put(b.ref("s1"), v)}), 1)}, 1);
  b.instance(tm, "square",
             {Pipelined(For(0, n, {Get(b.ref("s1"), w), Compute("mul", {w, w}, z), Put(b.ref("s2"), z)}), 1)}, 1);
  b.instance(ts, "store", {Pipelined(For(0, n, {Get(b.ref("s2"), u), Store(ay, {V(0)}, u)}), 1)}, 1);
  ir::Graph g = b.build();
  std::vector<double> xs;
  for (std::int64_t i = 0; i < n; ++i) xs.push_back(static_cast<double>(i + 2));
  std::vector<data::Buffer> tensors = {data::Buffer(DType::I32, {n}, xs), data::Buffer(DType::I32, {n})};
  SimOptions opts;
  opts.tensors = &tensors;
  const ir::Arch arch = testHlsArch({{"pe.pipeline_depth_cycles", 5}, {"hbm.channels", 4}});
  Report r = run(g, arch, opts);
  ASSERT_EQ(r.outcome, Outcome::Completed) << errorsOf(r);
  for (std::int64_t i = 0; i < n; ++i) EXPECT_EQ(tensors[1].getInt(i), (i + 2) * (i + 2)) << i;
  EXPECT_EQ(dump(run(g, arch)), dump(r));
}

// Gets happen at issue, before the iteration's puts: a loop that puts a request and gets the answer
// in the same iteration completes as a plain loop but deadlocks when pipelined (documented).
TEST(PipelinedLoop, RequestAndAnswerInOneIterationDeadlocksWhenPipelined) {
  for (bool pipelined : {false, true}) {
    GraphBuilder b("roundtrip");
    b.stream("req", DType::I32, {}, 2);
    b.stream("resp", DType::I32, {}, 2);
    int tc = b.task("client"), ts = b.task("server");
    int x = b.local(tc, "x", DType::I32), y = b.local(ts, "y", DType::I32);
    Stmt loop = For(0, 3, {Put(b.ref("req"), x), Get(b.ref("resp"), x)});
    b.instance(tc, "client", {pipelined ? Pipelined(std::move(loop), 1) : std::move(loop)}, 1);
    b.instance(ts, "server", {For(0, 3, {Get(b.ref("req"), y), Put(b.ref("resp"), y)})}, 1);
    ir::Graph g = b.build();
    Report r = run(g, testHlsArch());
    if (!pipelined) {
      EXPECT_EQ(r.outcome, Outcome::Completed) << errorsOf(r);
      continue;
    }
    ASSERT_EQ(r.outcome, Outcome::Deadlock);
    ASSERT_EQ(r.deadlock.blocked.size(), 2u);
    EXPECT_EQ(r.deadlock.blocked[0].instance, g.findInstance("client"));
    EXPECT_TRUE(r.deadlock.blocked[0].waitingForData);
    EXPECT_EQ(r.deadlock.blocked[0].loc.pointer, "/tasks/client/body/0/body/1");
  }
}

// The cycle limit stops a pipelined loop like any other: the 8-iteration mac loop needs 13 cycles.
TEST(PipelinedLoop, CycleLimit) {
  SimOptions opts;
  opts.maxCycles = 10;
  Report r = run(macLoop(1), testHlsArch({{"pe.pipeline_depth_cycles", 5}}), opts);
  EXPECT_EQ(r.outcome, Outcome::CycleLimit);
  EXPECT_EQ(r.cycles, 10);
  opts.maxCycles = 13;
  EXPECT_EQ(run(macLoop(1), testHlsArch({{"pe.pipeline_depth_cycles", 5}}), opts).outcome, Outcome::Completed);
}

// An initiation interval < 1 computed at run time is a run-time error at the loop.
TEST(PipelinedLoop, InitiationIntervalBelowOneIsARunTimeError) {
  GraphBuilder b("badii");
  int t = b.task("t");
  b.instance(t, "t", {For(0, 2, {Pipelined(For(1, C(0), C(2), {Busy(1)}), Add(V(0), C(-1)))})}, 2);
  Report r = run(b.build(), testHlsArch());
  ASSERT_EQ(r.outcome, Outcome::RuntimeError);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("initiation interval must be >= 1, found -1"), std::string::npos)
      << errorsOf(r);
}

}  // namespace
}  // namespace datosim::sim
