// Timing models: parameter validation (validateArch) and the cost formulas of docs/timing.md.
#include "arch/timing_model.h"

#include <gtest/gtest.h>

#include "tests/sim/ir_builder.h"
#include "arch/cycles.h"

namespace datosim::arch {
namespace {

using test::testAieArch;
using test::testHlsArch;

bool hasError(const Diagnostics& d, const std::string& pointer, const std::string& fragment) {
  for (const Diagnostic& x : d.all())
    if (x.severity == Severity::Error && x.loc.pointer == pointer && x.message.find(fragment) != std::string::npos)
      return true;
  return false;
}

ir::LocalVar L(const char* name, ir::DType t, ir::Shape s) { return ir::LocalVar{name, t, std::move(s), {}}; }

std::int64_t cost(const TimingModel& m, const char* kernel, std::vector<const ir::LocalVar*> ins,
                  const ir::LocalVar* out, ir::KernelAttrs attrs = {}) {
  const ir::KernelInfo* k = kernels::findKernel(kernel);
  EXPECT_NE(k, nullptr);
  EXPECT_EQ(kernels::check(*k, ins, out, attrs), "");
  return m.computeCycles(*k, kernels::work(*k, ins, out, attrs));
}

TEST(CeilCycles, RoundsUpAndToleratesFloatingNoise) {
  EXPECT_EQ(ceilCycles(0, 4), 0);
  EXPECT_EQ(ceilCycles(1, 4), 1);
  EXPECT_EQ(ceilCycles(16, 4), 4);
  EXPECT_EQ(ceilCycles(17, 4), 5);
  EXPECT_EQ(ceilCycles(12, 0.1), 120);  // 12 / 0.1 = 120.00000000000001 in binary
  EXPECT_EQ(ceilCycles(262144, 64 * 0.8), 5120);
  EXPECT_EQ(ceilCycles(1, 1e12), 1);
}

TEST(Registry, BuiltinModelsDeclareTheirParameters) {
  const TimingModelRegistry& r = TimingModelRegistry::builtin();
  ASSERT_EQ(r.entries().size(), 2u);
  const TimingModelEntry* aie = r.find("aie-ml");
  const TimingModelEntry* hls = r.find("hls");
  ASSERT_TRUE(aie && hls);
  EXPECT_EQ(r.find("gpu"), nullptr);
  EXPECT_EQ(aie->params.size(), testAieArch().params.size());
  EXPECT_EQ(hls->params.size(), testHlsArch().params.size());
  for (const TimingModelEntry* e : {aie, hls})
    for (const ParamSpec& s : e->params) {
      EXPECT_FALSE(s.unit.empty()) << s.key;
      EXPECT_FALSE(s.description.empty()) << s.key;
    }
}

TEST(Registry, AddReplacesAnEntryOfTheSameName) {
  TimingModelRegistry r;
  registerBuiltinTimingModels(r);
  TimingModelEntry e = *r.find("hls");
  e.description = "replaced";
  r.add(e);
  ASSERT_EQ(r.entries().size(), 2u);
  EXPECT_EQ(r.find("hls")->description, "replaced");
}

TEST(ValidateArch, TestArchsAreValid) {
  for (const ir::Arch& a : {testAieArch(), testHlsArch()}) {
    Diagnostics d;
    EXPECT_TRUE(validateArch(a, d)) << d.str();
    EXPECT_TRUE(d.all().empty()) << d.str();
    EXPECT_NE(createTimingModel(a), nullptr);
  }
}

TEST(ValidateArch, UnknownModelSuggestsTheClosest) {
  ir::Arch a = testAieArch();
  a.model = "aie_ml";
  Diagnostics d;
  EXPECT_FALSE(validateArch(a, d));
  EXPECT_TRUE(hasError(d, "/model", "unknown timing model 'aie_ml'; did you mean 'aie-ml'?")) << d.str();
  EXPECT_EQ(d.errorCount(), 1u) << d.str();
  EXPECT_EQ(d.all()[0].loc.file, "test-arch.json");
  EXPECT_EQ(createTimingModel(a), nullptr);

  a.model = "gpu";
  Diagnostics d2;
  EXPECT_FALSE(validateArch(a, d2));
  EXPECT_TRUE(hasError(d2, "/model", "unknown timing model 'gpu' (known models: aie-ml, hls)")) << d2.str();
}

TEST(ValidateArch, UnknownKeySuggestsTheClosestAtItsLocation) {
  ir::Arch a = testAieArch({{"stream.latency_cyles", 1}});
  Diagnostics d;
  EXPECT_FALSE(validateArch(a, d));
  EXPECT_TRUE(hasError(d, "/params/stream.latency_cyles",
                       "unknown parameter 'stream.latency_cyles' for timing model 'aie-ml'; did you mean "
                       "'stream.latency_cycles'?"))
      << d.str();
  EXPECT_EQ(d.errorCount(), 1u) << d.str();
}

TEST(ValidateArch, KeyOfTheOtherModelIsUnknown) {
  ir::Arch a = testHlsArch({{"lock_cycles", 1}});
  Diagnostics d;
  EXPECT_FALSE(validateArch(a, d));
  EXPECT_TRUE(hasError(d, "/params/lock_cycles", "unknown parameter 'lock_cycles' for timing model 'hls'")) << d.str();
}

TEST(ValidateArch, EveryMissingKeyIsReportedAtParams) {
  ir::Arch a = testAieArch();
  a.params.erase("lock_cycles");
  a.params.erase("macs_per_cycle.bf16");
  Diagnostics d;
  EXPECT_FALSE(validateArch(a, d));
  EXPECT_EQ(d.errorCount(), 2u) << d.str();
  EXPECT_TRUE(hasError(d, "/params", "missing parameter 'lock_cycles' of timing model 'aie-ml'")) << d.str();
  EXPECT_TRUE(hasError(d, "/params", "missing parameter 'macs_per_cycle.bf16'")) << d.str();
}

TEST(ValidateArch, RangesAndWholeNumbers) {
  Diagnostics d;
  EXPECT_FALSE(validateArch(testAieArch({{"mmul.s.i16", 0}}), d));
  EXPECT_TRUE(hasError(d, "/params/mmul.s.i16", "must be in [1, 256], found 0")) << d.str();

  Diagnostics d0;
  EXPECT_FALSE(validateArch(testAieArch({{"matmul.block_cycles.bf16", 2.5}}), d0));
  EXPECT_TRUE(hasError(d0, "/params/matmul.block_cycles.bf16", "must be a whole number, found 2.5")) << d0.str();

  Diagnostics d1;
  EXPECT_FALSE(validateArch(testAieArch({{"array.columns", 2.5}}), d1));
  EXPECT_TRUE(hasError(d1, "/params/array.columns", "must be a whole number, found 2.5")) << d1.str();

  Diagnostics d2;
  EXPECT_FALSE(validateArch(testAieArch({{"stream.latency_cycles", -1}}), d2));
  EXPECT_TRUE(hasError(d2, "/params/stream.latency_cycles", "must be >= 0, found -1")) << d2.str();

  Diagnostics d3;
  EXPECT_FALSE(validateArch(testAieArch({{"stream.bytes_per_cycle", 0}}), d3));
  EXPECT_TRUE(hasError(d3, "/params/stream.bytes_per_cycle", "must be > 0, found 0")) << d3.str();

  Diagnostics d4;
  EXPECT_FALSE(validateArch(testHlsArch({{"resources.slrs", 17}}), d4));
  EXPECT_TRUE(hasError(d4, "/params/resources.slrs", "must be in [1, 16], found 17")) << d4.str();

  // Every bad value is reported, not just the first.
  Diagnostics d5;
  EXPECT_FALSE(validateArch(testAieArch({{"lock_cycles", -2}, {"clock_mhz", 0}, {"dma.issue_cycles", 0.5}}), d5));
  EXPECT_EQ(d5.errorCount(), 3u) << d5.str();
}

TEST(ValidateArch, FractionalValuesAreFineWhereNotCounted) {
  Diagnostics d;
  EXPECT_TRUE(validateArch(testHlsArch({{"dsp_per_mac.i4", 0.25}, {"hbm.bytes_per_cycle", 47.9}}), d)) << d.str();
}

// The npu4x4 numbers (configs/npu4x4.json) through the aie-ml formulas.
TEST(AieMlModel, Formulas) {
  ir::Arch a = testAieArch({{"array.columns", 4},
                            {"array.compute_rows", 4},
                            {"macs_per_cycle.i16", 64},
                            {"macs_per_cycle.i8", 256},
                            {"macs_per_cycle.i32", 16},
                            {"vector_lanes.i16", 32},
                            {"vector_lanes.bf16", 16},
                            {"mmul.r.i16", 4},
                            {"mmul.s.i16", 4},
                            {"mmul.t.i16", 4},
                            {"matmul.block_cycles.i16", 4},
                            {"macs_per_cycle.bf16", 128},
                            {"mmul.r.bf16", 4},
                            {"mmul.s.bf16", 8},
                            {"mmul.t.bf16", 4},
                            {"matmul.block_cycles.bf16", 6},
                            {"mmul.r.i32", 4},
                            {"mmul.s.i32", 2},
                            {"mmul.t.i32", 4},
                            {"matmul.block_cycles.i32", 0},
                            {"kernel_call_cycles", 60},
                            {"lock_cycles", 4},
                            {"stream.latency_cycles", 8},
                            {"dma.issue_cycles", 32},
                            {"shim.mm2s_channels", 2},
                            {"shim.s2mm_channels", 3},
                            {"ddr.latency_cycles", 500},
                            {"shim.bytes_per_cycle", 4},
                            {"clock_mhz", 1000}});
  Diagnostics d;
  ASSERT_TRUE(validateArch(a, d)) << d.str();
  auto m = createTimingModel(a);
  EXPECT_EQ(m->name(), "aie-ml");

  ir::LocalVar A = L("a", ir::DType::I16, {64, 64}), B = L("b", ir::DType::I16, {64, 64}),
               Cc = L("c", ir::DType::I32, {64, 64});
  // 64x64x64 i16 on 4x4x4 intrinsics: 16 x 16 output blocks, each 64 / 4 = 16 one-cycle intrinsics
  // plus 4 cycles: 256 x 20 = 5120 (80% of the 4096-cycle ideal), plus the 60-cycle call.
  EXPECT_EQ(cost(*m, "matmul", {&A, &B}, &Cc), 5120 + 60);
  // bf16 on 4x8x4 (128 MACs, 1 cycle at 128/cycle): 256 blocks x (64 / 8 + 6) = 3584. The same shape
  // reaches 2048 / 3584 = 57% of peak where int16 reaches 80%: half the reduction steps per block.
  ir::LocalVar Ab = L("ab", ir::DType::BF16, {64, 64}), Bb = L("bb", ir::DType::BF16, {64, 64}),
               Cb = L("cb", ir::DType::F32, {64, 64});
  EXPECT_EQ(cost(*m, "matmul", {&Ab, &Bb}, &Cb), 3584 + 60);
  // Shapes that are not multiples of the intrinsic pay for whole intrinsics: 30x20x30 i16 is
  // ceil(30/4) x ceil(30/4) = 64 blocks of ceil(20/4) = 5 steps + 4: 576.
  ir::LocalVar A2 = L("a2", ir::DType::I16, {30, 20}), B2 = L("b2", ir::DType::I16, {20, 30}),
               C2 = L("c2", ir::DType::I32, {30, 30});
  EXPECT_EQ(cost(*m, "matmul", {&A2, &B2}, &C2), 576 + 60);
  // i32 on 4x2x4 intrinsics (32 MACs) at 16 MACs/cycle: 2 cycles each; 8x8x8 is 2 x 2 blocks of
  // 4 steps x 2 cycles: 32.
  ir::LocalVar A3 = L("a3", ir::DType::I32, {8, 8}), B3 = L("b3", ir::DType::I32, {8, 8}),
               C3 = L("c3", ir::DType::I32, {8, 8});
  EXPECT_EQ(cost(*m, "matmul", {&A3, &B3}, &C3), 32 + 60);
  // add on 4096 i16 elements with 32 lanes: 128 + 60.
  ir::LocalVar Y = L("y", ir::DType::I16, {64, 64});
  EXPECT_EQ(cost(*m, "add", {&A, &B}, &Y), 128 + 60);
  // copy (Move) of 4096 i16 elements: 128 + 60.
  EXPECT_EQ(cost(*m, "copy", {&A}, &Y), 128 + 60);
  // gelu on 64x64 bf16: 14 ops/element -> 57344 ops / 16 lanes = 3584, + 60.
  ir::LocalVar F = L("f", ir::DType::BF16, {64, 64}), G = L("g", ir::DType::BF16, {64, 64});
  EXPECT_EQ(cost(*m, "gelu", {&F}, &G), 3584 + 60);
  // reduce_sum over axis 1 of 64x64 i16: 4096 element ops / 32 lanes.
  ir::LocalVar R = L("r", ir::DType::I32, {64});
  EXPECT_EQ(cost(*m, "reduce_sum", {&A}, &R, {{"axis", 1}}), 128 + 60);
  // The scalar systolic step runs on the vector datapath: one element, 1 cycle, plus the call;
  // 64x64 element-wise i16 MACs take 4096 / 32 lanes = 128.
  ir::LocalVar s1 = L("s1", ir::DType::I32, {}), s2 = L("s2", ir::DType::I32, {}), acc = L("acc", ir::DType::I32, {});
  EXPECT_EQ(cost(*m, "mac", {&s1, &s2}, &acc), 1 + 60);
  EXPECT_EQ(cost(*m, "mac", {&A, &B}, &Y), 128 + 60);

  ir::StreamInst si;
  EXPECT_EQ(m->getCycles(si, 64), 4);
  EXPECT_EQ(m->streamTiming(si, 64).latency, 8);
  EXPECT_EQ(m->streamTiming(si, 64).bytesPerCycle, 4);
  MemorySystem mem = m->memorySystem();
  EXPECT_EQ(mem.readChannels, 8);    // 4 columns x 2 MM2S
  EXPECT_EQ(mem.writeChannels, 12);  // 4 columns x 3 S2MM
  EXPECT_FALSE(mem.sharedPool);
  EXPECT_EQ(mem.bytesPerCycle, 4);
  EXPECT_EQ(mem.latency, 500);
  EXPECT_EQ(m->memoryIssueCycles(), 32);
  EXPECT_EQ(m->clockHz(), 1e9);
  EXPECT_EQ(m->peakMacsPerCycle(ir::DType::I8), 16 * 256);
  EXPECT_EQ(m->peakMacsPerCycle(ir::DType::I16), 16 * 64);
}

// The u280 numbers (configs/u280.json) through the hls formulas.
TEST(HlsModel, Formulas) {
  ir::Arch a = testHlsArch({{"clock_mhz", 300},
                            {"pe.macs_per_cycle.i16", 32},
                            {"pe.vector_lanes", 16},
                            {"pe.pipeline_depth_cycles", 10},
                            {"pe.call_overhead_cycles", 4},
                            {"fifo.access_cycles", 1},
                            {"stream.latency_cycles", 2},
                            {"stream.bytes_per_cycle", 64},
                            {"hbm.channels", 32},
                            {"hbm.bytes_per_cycle", 47.9},
                            {"hbm.latency_cycles", 100},
                            {"axi.issue_cycles", 8},
                            {"resources.dsp", 9024},
                            {"dsp_per_mac.i8", 0.5},
                            {"dsp_per_mac.f32", 5}});
  Diagnostics d;
  ASSERT_TRUE(validateArch(a, d)) << d.str();
  auto m = createTimingModel(a);
  EXPECT_EQ(m->name(), "hls");
  ir::LocalVar A = L("a", ir::DType::I16, {64, 64}), B = L("b", ir::DType::I16, {64, 64}),
               Cc = L("c", ir::DType::I32, {64, 64});
  EXPECT_EQ(cost(*m, "matmul", {&A, &B}, &Cc), 262144 / 32 + 10 + 4);
  ir::LocalVar Y = L("y", ir::DType::I16, {64, 64});
  EXPECT_EQ(cost(*m, "add", {&A, &B}, &Y), 4096 / 16 + 14);
  EXPECT_EQ(cost(*m, "transpose", {&A}, &Y), 4096 / 16 + 14);
  ir::LocalVar s1 = L("s1", ir::DType::I16, {}), s2 = L("s2", ir::DType::I16, {}), acc = L("acc", ir::DType::I32, {});
  EXPECT_EQ(cost(*m, "mac", {&s1, &s2}, &acc), 1 + 14);

  ir::StreamInst si;
  EXPECT_EQ(m->getCycles(si, 64), 1);
  EXPECT_EQ(m->streamTiming(si, 64).latency, 2);
  EXPECT_EQ(m->streamTiming(si, 64).bytesPerCycle, 64);
  MemorySystem mem = m->memorySystem();
  EXPECT_TRUE(mem.sharedPool);
  EXPECT_EQ(mem.readChannels, 32);
  EXPECT_EQ(mem.bytesPerCycle, 47.9);
  EXPECT_EQ(mem.latency, 100);
  EXPECT_EQ(m->memoryIssueCycles(), 8);
  EXPECT_DOUBLE_EQ(m->clockHz(), 300e6);
  EXPECT_EQ(m->peakMacsPerCycle(ir::DType::I8), 9024 / 0.5);
  EXPECT_NEAR(m->peakMacsPerCycle(ir::DType::F32), 9024 / 5.0, 1e-9);
}


// Measured matmul cycles per shape (configs may hold any number): exactly that shape uses the
// measurement, every other shape the intrinsic / per-block estimate.
TEST(AieMlModel, MeasuredMatmulCyclesReplaceTheEstimateForThatShapeOnly) {
  ir::Arch a = testAieArch({{"macs_per_cycle.i16", 64},
                            {"mmul.r.i16", 4},
                            {"mmul.s.i16", 4},
                            {"mmul.t.i16", 4},
                            {"matmul.block_cycles.i16", 4},
                            {"kernel_call_cycles", 10},
                            {"matmul.cycles.i16.64x64x64", 6000}});
  Diagnostics d;
  ASSERT_TRUE(validateArch(a, d)) << d.str();
  auto m = createTimingModel(a);
  ir::LocalVar A = L("a", ir::DType::I16, {64, 64}), B = L("b", ir::DType::I16, {64, 64}),
               C = L("c", ir::DType::I32, {64, 64});
  EXPECT_EQ(cost(*m, "matmul", {&A, &B}, &C), 6000 + 10);
  // 64x32x64 is not listed: 256 blocks x (8 + 4).
  ir::LocalVar A2 = L("a2", ir::DType::I16, {64, 32}), B2 = L("b2", ir::DType::I16, {32, 64});
  EXPECT_EQ(cost(*m, "matmul", {&A2, &B2}, &C), 256 * 12 + 10);
  // The same shape in another dtype is not the measured one either.
  ir::LocalVar A8 = L("a8", ir::DType::I8, {64, 64}), B8 = L("b8", ir::DType::I8, {64, 64});
  EXPECT_EQ(cost(*m, "matmul", {&A8, &B8}, &C), 64 * 64 * 64 + 10);  // test arch: 1 MAC/cycle, 1x1x1
}

TEST(ValidateArch, MeasuredMatmulKeysAndValuesAreChecked) {
  Diagnostics d;
  EXPECT_FALSE(validateArch(testAieArch({{"matmul.cycles.i16.64x64", 100}}), d));
  EXPECT_TRUE(hasError(d, "/params/matmul.cycles.i16.64x64",
                       "is not of the form matmul.cycles.<dtype>.<m>x<k>x<n>"))
      << d.str();

  Diagnostics d1;
  EXPECT_FALSE(validateArch(testAieArch({{"matmul.cycles.q8.8x8x8", 100}}), d1));
  EXPECT_TRUE(hasError(d1, "/params/matmul.cycles.q8.8x8x8", "with a dtype of i4, i8")) << d1.str();

  Diagnostics d2;
  EXPECT_FALSE(validateArch(testAieArch({{"matmul.cycles.i16.8x0x8", 100}}), d2));
  EXPECT_TRUE(hasError(d2, "/params/matmul.cycles.i16.8x0x8", "positive whole dimensions")) << d2.str();

  // 4096 MACs at 64 per cycle take at least 64 cycles.
  Diagnostics d3;
  EXPECT_FALSE(validateArch(testAieArch({{"macs_per_cycle.i16", 64}, {"matmul.cycles.i16.16x16x16", 63}}), d3));
  EXPECT_TRUE(hasError(d3, "/params/matmul.cycles.i16.16x16x16",
                       "is faster than the tile's peak: 4096 MACs at 64 MACs/cycle (macs_per_cycle.i16) need at "
                       "least 64 cycles, found 63"))
      << d3.str();
  Diagnostics d4;
  EXPECT_TRUE(validateArch(testAieArch({{"macs_per_cycle.i16", 64}, {"matmul.cycles.i16.16x16x16", 64}}), d4))
      << d4.str();

  Diagnostics d5;
  EXPECT_FALSE(validateArch(testAieArch({{"matmul.cycles.bf16.8x8x8", 10.5}}), d5));
  EXPECT_TRUE(hasError(d5, "/params/matmul.cycles.bf16.8x8x8", "must be a whole number in [1, 1e+12], found 10.5")) << d5.str();

  // The hls model has no such family.
  Diagnostics d6;
  EXPECT_FALSE(validateArch(testHlsArch({{"matmul.cycles.i16.8x8x8", 100}}), d6));
  EXPECT_TRUE(hasError(d6, "/params/matmul.cycles.i16.8x8x8", "unknown parameter")) << d6.str();
}

// Mixed precision (docs/timing.md): a pair with its own MMUL mode runs in it; a pair without one runs
// in the mode of its wider dtype; the peak follows the same rule.
TEST(AieMlModel, MixedPrecisionPairsUseTheirNativeModeElseTheWiderDType) {
  ir::Arch a = testAieArch({{"array.columns", 2},
                            {"array.compute_rows", 2},
                            {"macs_per_cycle.i8", 256},
                            {"mmul.r.i8", 4},
                            {"mmul.s.i8", 8},
                            {"mmul.t.i8", 8},
                            {"matmul.block_cycles.i8", 4},
                            {"macs_per_cycle.i4", 512},
                            {"macs_per_cycle.i8xi4", 512},
                            {"mmul.r.i8xi4", 4},
                            {"mmul.s.i8xi4", 16},
                            {"mmul.t.i8xi4", 8},
                            {"matmul.block_cycles.i8xi4", 2},
                            {"kernel_call_cycles", 10}});
  Diagnostics d;
  ASSERT_TRUE(validateArch(a, d)) << d.str();
  auto m = createTimingModel(a);
  ir::LocalVar A8 = L("a", ir::DType::I8, {64, 64}), B4 = L("b", ir::DType::I4, {64, 64}),
               A4 = L("a4", ir::DType::I4, {64, 64}), B8 = L("b8", ir::DType::I8, {64, 64}),
               C = L("c", ir::DType::I32, {64, 64});
  // i8 x i4 on 4x16x8 (512 MACs, one cycle): 16 x 8 blocks x (64 / 16 + 2) = 768.
  EXPECT_EQ(cost(*m, "matmul", {&A8, &B4}, &C), 128 * 6 + 10);
  // i4 x i8 has no mode of its own: the i8 4x8x8 mode, 16 x 8 blocks x (64 / 8 + 4) = 1536.
  EXPECT_EQ(cost(*m, "matmul", {&A4, &B8}, &C), 128 * 12 + 10);
  EXPECT_EQ(cost(*m, "matmul", {&A8, &B8}, &C), 128 * 12 + 10);
  EXPECT_EQ(m->peakMacsPerCycle(ir::MacType(ir::DType::I8, ir::DType::I4)), 4 * 512);
  EXPECT_EQ(m->peakMacsPerCycle(ir::MacType(ir::DType::I4, ir::DType::I8)), 4 * 256);
  EXPECT_EQ(m->peakMacsPerCycle(ir::MacType(ir::DType::I4)), 4 * 512);
  // A measured entry of the pair replaces the estimate for that shape only.
  a.params["matmul.cycles.i8xi4.64x64x64"].value = 700;
  Diagnostics d2;
  ASSERT_TRUE(validateArch(a, d2)) << d2.str();
  m = createTimingModel(a);
  EXPECT_EQ(cost(*m, "matmul", {&A8, &B4}, &C), 700 + 10);
  EXPECT_EQ(cost(*m, "matmul", {&A4, &B8}, &C), 128 * 12 + 10);
}

TEST(ValidateArch, AMixedPrecisionModeNeedsAllFiveParameters) {
  Diagnostics d;
  EXPECT_FALSE(validateArch(testAieArch({{"mmul.r.i8xi4", 4}, {"mmul.s.i8xi4", 16}}), d));
  EXPECT_TRUE(hasError(d, "/params/mmul.r.i8xi4",
                       "describes the i8xi4 MMUL mode, which needs all five of its parameters; missing: "
                       "macs_per_cycle.i8xi4, mmul.t.i8xi4, matmul.block_cycles.i8xi4"))
      << d.str();
  // An integer x float pair, or a pair of one dtype, is not a mode: unknown parameters.
  Diagnostics d2;
  EXPECT_FALSE(validateArch(testAieArch({{"mmul.r.i8xbf16", 4}}), d2));
  EXPECT_TRUE(hasError(d2, "/params/mmul.r.i8xbf16", "unknown parameter")) << d2.str();
  Diagnostics d3;
  EXPECT_FALSE(validateArch(testAieArch({{"mmul.r.i8xi8", 4}}), d3));
  EXPECT_TRUE(hasError(d3, "/params/mmul.r.i8xi8", "unknown parameter")) << d3.str();
  Diagnostics d4;
  EXPECT_FALSE(validateArch(testAieArch({{"macs_per_cycle.i8xi4", 0}, {"mmul.r.i8xi4", 4}, {"mmul.s.i8xi4", 16},
                                         {"mmul.t.i8xi4", 8}, {"matmul.block_cycles.i8xi4", 0.5}}),
                            d4));
  EXPECT_TRUE(hasError(d4, "/params/macs_per_cycle.i8xi4", "must be a number in (0, 1e+12], found 0")) << d4.str();
  EXPECT_TRUE(hasError(d4, "/params/matmul.block_cycles.i8xi4", "must be a whole number in [0, 1000000], found 0.5"))
      << d4.str();
  // The hls model has no per-pair modes: a mixed pair runs at its wider dtype's rate there.
  Diagnostics d5;
  EXPECT_FALSE(validateArch(testHlsArch({{"mmul.r.i8xi4", 4}}), d5));
  EXPECT_TRUE(hasError(d5, "/params/mmul.r.i8xi4", "unknown parameter")) << d5.str();
}

TEST(ValidateArch, ARetiredParameterSaysWhatReplacedIt) {
  Diagnostics d;
  EXPECT_FALSE(validateArch(testAieArch({{"matmul_efficiency", 0.8}}), d));
  EXPECT_TRUE(hasError(d, "/params/matmul_efficiency",
                       "parameter 'matmul_efficiency' is no longer used by timing model 'aie-ml': a matmul's cost "
                       "now follows its shape: mmul.r/s/t.<dtype>"))
      << d.str();
  EXPECT_EQ(d.errorCount(), 1u) << d.str();
}

TEST(ValidateArch, TheFirstShimDmaColumnMustBeInTheArray) {
  Diagnostics d;
  EXPECT_FALSE(validateArch(testAieArch({{"array.columns", 4}, {"shim.first_dma_column", 4}}), d));
  EXPECT_TRUE(hasError(d, "/params/shim.first_dma_column",
                       "must name a column of the array, 0..3 (array.columns is 4), found 4"))
      << d.str();
  Diagnostics ok;
  EXPECT_TRUE(validateArch(testAieArch({{"array.columns", 4}, {"shim.first_dma_column", 3}}), ok)) << ok.str();
}

// A value above a parameter's sanity maximum names that maximum (and a huge measured kernel is refused
// at the config, not later as an overflow in the graph).
TEST(ValidateArch, HugeValuesNameTheMaximum) {
  Diagnostics d;
  EXPECT_FALSE(validateArch(testAieArch({{"kernel_call_cycles", 1e15}}), d));
  EXPECT_TRUE(hasError(d, "/params/kernel_call_cycles", "must be in [0, 1000000000000], found 1e+15")) << d.str();
  Diagnostics d2;
  EXPECT_FALSE(validateArch(testAieArch({{"matmul.cycles.i8.4x8x8", 1e30}}), d2));
  EXPECT_TRUE(hasError(d2, "/params/matmul.cycles.i8.4x8x8", "must be a whole number in [1, 1e+12], found 1e+30"))
      << d2.str();
  // Within range, the maximum stays unsaid.
  Diagnostics d3;
  EXPECT_FALSE(validateArch(testAieArch({{"kernel_call_cycles", -1}}), d3));
  EXPECT_TRUE(hasError(d3, "/params/kernel_call_cycles", "must be >= 0, found -1")) << d3.str();
}

}  // namespace
}  // namespace datosim::arch
