// Fidelity of the `hls` model to what Vitis HLS builds (docs/timing.md, "Pipelined loops" and
// "Memory"): a floating-point accumulation carried from one iteration of a pipelined loop to the
// next runs at the adder's latency, not at the requested II; an integer one runs at II = 1; m_axi
// accesses are split into bursts whose issue, number in flight and 4 KB boundary bound a channel's
// rate. The architecture is testHlsArch() (1 MAC per cycle, no pipeline depth, every accumulation
// latency 1, bursts never binding) with the overrides each test names; cycle counts are worked out
// by hand in the comments.
#include "sim/simulator.h"

#include <gtest/gtest.h>

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

// for k in 0..8: acc += x * y (a scalar `mac` in `dt`), pipelined at `ii` (0: a plain loop), alone in
// one instance; optionally acc = 0 first in every iteration, or in the first one only.
ir::Graph accumulation(DType dt, std::int64_t ii, bool resetEveryIteration = false, bool resetOnFirst = false) {
  GraphBuilder b("acc");
  int t = b.task("t");
  int x = b.local(t, "x", dt), y = b.local(t, "y", dt), acc = b.local(t, "acc", dt);
  Block body;
  if (resetEveryIteration) body.push_back(Compute("zero", {}, acc));
  if (resetOnFirst) body.push_back(If(ir::Expr::binary(ir::ExprOp::Eq, V(0), C(0)), {Compute("zero", {}, acc)}));
  body.push_back(Compute("mac", {x, y}, acc));
  Stmt loop = For(0, 8, std::move(body));
  b.instance(t, "t", {ii > 0 ? Pipelined(std::move(loop), ii) : std::move(loop)}, 1);
  return b.build();
}

const ir::Arch fp32Adder4 = testHlsArch({{"pe.accumulate_latency_cycles.f32", 4}});

// i32: the accumulation closes in 1 cycle, so II = 1 holds: issues at 0..7, the last mac ends at
// 7 + 1 = 8. No note.
// f32 with a 4-cycle adder: the mac of iteration k + 1 adds to the result of iteration k, which is
// there 4 cycles after that one started: the loop runs at II 4 (as Vitis HLS schedules it, with an
// II violation): issues at 0, 4, ..., 28, the last mac ends at 29. One note: requested 1, ran at 4.
TEST(HlsAccumulation, Fp32AccumulationRunsAtTheAdderLatencyIntegerAtIIOne) {
  Report i32 = run(accumulation(DType::I32, 1), fp32Adder4);
  ASSERT_EQ(i32.outcome, Outcome::Completed) << errorsOf(i32);
  EXPECT_EQ(i32.cycles, 8);
  EXPECT_TRUE(i32.instances[0].pipelineNotes.empty());

  Report f32 = run(accumulation(DType::F32, 1), fp32Adder4);
  ASSERT_EQ(f32.outcome, Outcome::Completed) << errorsOf(f32);
  EXPECT_EQ(f32.cycles, 7 * 4 + 1);
  EXPECT_EQ(f32.instances[0].compute, 8) << "the datapath is busy 1 cycle per iteration";
  ASSERT_EQ(f32.instances[0].pipelineNotes.size(), 1u);
  const PipelineNote& n = f32.instances[0].pipelineNotes[0];
  EXPECT_EQ(n.requestedII, 1);
  EXPECT_EQ(n.effectiveII, 4);
  EXPECT_EQ(n.local, "acc");
  EXPECT_EQ(n.dtype, "f32");
  EXPECT_EQ(n.param, "pe.accumulate_latency_cycles.f32");
  EXPECT_EQ(n.latency, 4);
  EXPECT_FALSE(n.loc.pointer.empty());

  // bf16 has its own parameter (1 here): II = 1.
  EXPECT_EQ(run(accumulation(DType::BF16, 1), fp32Adder4).cycles, 8);
  // An adder of 7 cycles: issues every 7, the last at 49, done at 50.
  EXPECT_EQ(run(accumulation(DType::F32, 1), testHlsArch({{"pe.accumulate_latency_cycles.f32", 7}})).cycles,
            7 * 7 + 1);
}

// Asking for II >= the adder latency is what a careful HLS designer does: the same 29 cycles, and
// nothing to report. A larger II binds: II 6 issues at 0, 6, ..., 42, done at 43.
TEST(HlsAccumulation, RequestedIIAtOrAboveTheLatencyIsKeptWithoutANote) {
  Report at4 = run(accumulation(DType::F32, 4), fp32Adder4);
  EXPECT_EQ(at4.cycles, 29);
  EXPECT_TRUE(at4.instances[0].pipelineNotes.empty());
  Report at6 = run(accumulation(DType::F32, 6), fp32Adder4);
  EXPECT_EQ(at6.cycles, 7 * 6 + 1);
  EXPECT_TRUE(at6.instances[0].pipelineNotes.empty());
}

// No carried dependence when every iteration resets acc before adding to it (acc = 0; acc += x y):
// the zero (1 cycle) and the mac (1 cycle) run back to back in each iteration, iterations issue every
// cycle: the last zero starts at 7, its mac at 8, done at 9. A reset on the first iteration only
// (if k == 0) keeps the dependence on every other path, as in HLS (the mux does not cut the cycle):
// II 4 again; iteration 0's mac waits for the zero and starts at 1, each later one starts 4 after
// the one before (4k + 1), so the last ends at 29 + 1 = 30.
TEST(HlsAccumulation, ADependenceCutOnEveryPathIsNotCarried) {
  Report reset = run(accumulation(DType::F32, 1, true), fp32Adder4);
  ASSERT_EQ(reset.outcome, Outcome::Completed) << errorsOf(reset);
  EXPECT_EQ(reset.cycles, 9);
  EXPECT_TRUE(reset.instances[0].pipelineNotes.empty());

  Report first = run(accumulation(DType::F32, 1, false, true), fp32Adder4);
  ASSERT_EQ(first.outcome, Outcome::Completed) << errorsOf(first);
  EXPECT_EQ(first.cycles, 30);
  EXPECT_EQ(first.instances[0].pipelineNotes.size(), 1u);
}

// `accumulate: true` on an element-wise add is an accumulation too (acc += x), and a loop that runs
// several times (inside a plain outer loop) is noted once. Two runs of 8 iterations at II 4: each
// run ends 1 cycle after its last add starts (28 + 1), so 2 x 29 = 58.
TEST(HlsAccumulation, AccumulateFlagAndRepeatedLoopsAreNotedOnce) {
  GraphBuilder b("sum");
  int t = b.task("t");
  int x = b.local(t, "x", DType::F32), acc = b.local(t, "sum", DType::F32);
  b.instance(t, "t", {For(1, 2, {Pipelined(For(0, 8, {Compute("add", {x, x}, acc, true)}), 1)})}, 2);
  Report r = run(b.build(), fp32Adder4);
  ASSERT_EQ(r.outcome, Outcome::Completed) << errorsOf(r);
  EXPECT_EQ(r.cycles, 58);
  ASSERT_EQ(r.instances[0].pipelineNotes.size(), 1u);
  EXPECT_EQ(r.instances[0].pipelineNotes[0].local, "sum");
}

// Streams follow the slower loop: a producer at II 1 feeds a consumer that accumulates in f32 over
// a FIFO of depth 2 (g = 0, X = 1, L = 0). The consumer waits for its first token until it is
// visible at g + X + L = 1, then issues every 4 cycles (1 + 4k) and gets a token each time, so the
// producer is held back by the full FIFO (blocked on put) and the consumer's last mac starts at
// 1 + 28: done at 30.
TEST(HlsAccumulation, AnUpstreamStageIsThrottledByTheAccumulatingStage) {
  GraphBuilder b("pair");
  b.stream("s", DType::F32, {}, 2);
  int tp = b.task("p"), tc = b.task("c");
  int v = b.local(tp, "v", DType::F32), w = b.local(tc, "w", DType::F32), acc = b.local(tc, "acc", DType::F32);
  b.instance(tp, "p", {Pipelined(For(0, 8, {Put(b.ref("s"), v)}), 1)}, 1);
  b.instance(tc, "c", {Pipelined(For(0, 8, {Get(b.ref("s"), w), Compute("mac", {w, w}, acc)}), 1)}, 1);
  ir::Graph g = b.build();
  Report r = run(g, fp32Adder4);
  ASSERT_EQ(r.outcome, Outcome::Completed) << errorsOf(r);
  EXPECT_EQ(inst(g, r, "c").finish, 1 + 7 * 4 + 1);
  EXPECT_GT(inst(g, r, "p").blockedPut, 0);
  EXPECT_EQ(inst(g, r, "c").pipelineNotes.size(), 1u);
  EXPECT_TRUE(inst(g, r, "p").pipelineNotes.empty());
}

// The aie-ml model ignores pipeline hints: the f32 mac loop costs what the plain loop costs (8
// kernel calls), and nothing is noted.
TEST(HlsAccumulation, AieMlIsUnaffected) {
  Report hinted = run(accumulation(DType::F32, 1), testAieArch());
  ASSERT_EQ(hinted.outcome, Outcome::Completed) << errorsOf(hinted);
  EXPECT_TRUE(hinted.instances[0].pipelineNotes.empty());
  Report plain = run(accumulation(DType::F32, 0), testAieArch());
  EXPECT_EQ(hinted.cycles, plain.cycles);
}

// One load of an 8192-byte tile (2048 i32) on one channel of 64 bytes/cycle with 96 cycles of
// latency and axi.issue_cycles = 8: cycles = 8 + ceil(8192 / rate) + 96, rate the channel's
// sustained rate (docs/timing.md, "Memory"), burst = min(beats x 64, boundary) bytes:
ir::Graph bigLoad() {
  GraphBuilder b("bigload");
  int tx = b.tensor("x", DType::I32, {2048});
  int t = b.task("t");
  int ax = b.arg(t, "x", tx, {2048});
  int v = b.local(t, "v", DType::I32, {2048});
  b.instance(t, "t", {Load(ax, {C(0)}, v)}, 0);
  return b.build();
}

ir::Arch axiArch(std::int64_t beats, std::int64_t outstanding, std::int64_t boundary = 4096) {
  return testHlsArch({{"hbm.bytes_per_cycle", 64},
                      {"hbm.latency_cycles", 96},
                      {"axi.issue_cycles", 8},
                      {"axi.data_width_bytes", 64},
                      {"axi.max_burst_beats", static_cast<double>(beats)},
                      {"axi.outstanding", static_cast<double>(outstanding)},
                      {"axi.boundary_bytes", static_cast<double>(boundary)}});
}

// - 16-beat bursts (1 KiB), 16 in flight: one burst per 8 issue cycles is 128 B/cycle and 16 bursts
//   per round trip of 96 + 16 cycles 146 B/cycle, both above the channel's 64: 8 + 128 + 96 = 232.
// - 2-beat bursts (128 bytes): 64 bursts, one address each 8 cycles = 16 B/cycle binds:
//   8 + 512 + 96 = 616 (the 64 bursts' issue, 64 x 8 = 512 cycles, is the transfer).
TEST(HlsAxiBursts, ALongLoadIsSplitIntoBursts) {
  Report wide = run(bigLoad(), axiArch(16, 16));
  ASSERT_EQ(wide.outcome, Outcome::Completed) << errorsOf(wide);
  EXPECT_EQ(wide.cycles, 8 + 128 + 96);
  Report shortBursts = run(bigLoad(), axiArch(2, 16));
  ASSERT_EQ(shortBursts.outcome, Outcome::Completed) << errorsOf(shortBursts);
  EXPECT_EQ(shortBursts.cycles, 8 + 512 + 96);
  EXPECT_EQ(shortBursts.instances[0].memory, 8 + 512 + 96);
}

// One burst in flight: each 1 KiB burst waits its round trip, 96 + 16 = 112 cycles, before the next
// may go: 1024 / 112 B/cycle, 8192 bytes in 8 x 112 = 896 cycles: 8 + 896 + 96 = 1000. With 4 in
// flight, 4 x 1024 / 112 = 36.6 B/cycle: ceil(8192 / 36.57) = 224, 8 + 224 + 96 = 328.
TEST(HlsAxiBursts, OutstandingTransactionsBoundTheRate) {
  EXPECT_EQ(run(bigLoad(), axiArch(16, 1)).cycles, 8 + 896 + 96);
  EXPECT_EQ(run(bigLoad(), axiArch(16, 4)).cycles, 8 + 224 + 96);
}

// 256-beat bursts would be 16 KiB, but no burst crosses a 4 KiB boundary: 4 KiB bursts, with one in
// flight 4096 / (96 + 64) = 25.6 B/cycle, 8192 / 25.6 = 320: 8 + 320 + 96 = 424. Were the boundary
// 1 MiB, 16 KiB bursts: 16384 / (96 + 256) = 46.5 B/cycle, ceil(8192 / 46.5) = 176: 280.
TEST(HlsAxiBursts, NoBurstCrossesTheBoundary) {
  EXPECT_EQ(run(bigLoad(), axiArch(256, 1)).cycles, 8 + 320 + 96);
  EXPECT_EQ(run(bigLoad(), axiArch(256, 1, 1 << 20)).cycles, 8 + 176 + 96);
}

// The shipped configs' defaults (16 beats of 64 bytes, 16 outstanding, 4 KiB) do not limit an HBM or
// DDR channel: a 64 KiB load on u280-like numbers (47.9 B/cycle, latency 100, issue 8) takes
// 8 + ceil(65536 / 47.9) + 100 = 8 + 1369 + 100 cycles, as before bursts were modelled.
TEST(HlsAxiBursts, DefaultBurstsDoNotLimitTheShippedChannels) {
  GraphBuilder b("load64k");
  int tx = b.tensor("x", DType::I32, {16384});
  int t = b.task("t");
  int ax = b.arg(t, "x", tx, {16384});
  int v = b.local(t, "v", DType::I32, {16384});
  b.instance(t, "t", {Load(ax, {C(0)}, v)}, 0);
  Report r = run(b.build(), testHlsArch({{"hbm.bytes_per_cycle", 47.9},
                                         {"hbm.latency_cycles", 100},
                                         {"axi.issue_cycles", 8},
                                         {"axi.data_width_bytes", 64},
                                         {"axi.max_burst_beats", 16},
                                         {"axi.outstanding", 16},
                                         {"axi.boundary_bytes", 4096}}));
  ASSERT_EQ(r.outcome, Outcome::Completed) << errorsOf(r);
  EXPECT_EQ(r.cycles, 8 + 1369 + 100);
}

// In a pipelined loop the accesses of one load statement are the beats of one burst at the
// sustained rate: 16 loads of 512 bytes with one 1 KiB burst in flight (1024 / 112 B/cycle) hold the
// channel ceil(512 k / rate) - ceil(512 (k - 1) / rate) cycles each, 896 in all for the 8192 bytes,
// so the loop cannot end before 896 + 8 + 96 cycles; with 16 in flight the channel's own
// 64 B/cycle (128 cycles) is the bound.
TEST(HlsAxiBursts, PipelinedLoadsUseTheSustainedRate) {
  auto loop = [] {
    GraphBuilder b("stream16");
    int tx = b.tensor("x", DType::I32, {16, 128});
    int t = b.task("t");
    int ax = b.arg(t, "x", tx, {16, 128});
    int v = b.local(t, "v", DType::I32, {1, 128});
    b.instance(t, "t", {Pipelined(For(0, 16, {Load(ax, {V(0), C(0)}, v)}), 1)}, 1);
    return b.build();
  };
  Report one = run(loop(), axiArch(16, 1));
  ASSERT_EQ(one.outcome, Outcome::Completed) << errorsOf(one);
  EXPECT_GE(one.cycles, 896 + 8 + 96);
  EXPECT_LT(one.cycles, 896 + 8 + 96 + 112);
  Report many = run(loop(), axiArch(16, 16));
  ASSERT_EQ(many.outcome, Outcome::Completed) << errorsOf(many);
  EXPECT_GE(many.cycles, 128 + 8 + 96);
  EXPECT_LT(many.cycles, 128 + 8 + 96 + 16);
}

}  // namespace
}  // namespace datosim::sim
