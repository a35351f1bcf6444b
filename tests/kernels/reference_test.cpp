#include "kernels/kernel.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace datosim::data;
using namespace datosim::kernels;
using datosim::ir::DType;
using datosim::ir::KernelAttrs;
using datosim::ir::Shape;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

Buffer B(DType t, Shape s, std::vector<double> v) { return Buffer(t, std::move(s), v); }

/// Runs kernel `name` and returns the output (which starts as `out`); fails the test on an error.
Buffer run(const std::string& name, const std::vector<const Buffer*>& ins, Buffer out, bool accumulate = false,
           const KernelAttrs& attrs = {}) {
  std::string err = runKernel(name, ins, out, accumulate, attrs);
  EXPECT_EQ(err, "") << name;
  return out;
}

/// Element-wise within `tol` (relative to max(1, |expected|)).
void expectNear(const Buffer& actual, const std::vector<double>& expected, double tol) {
  ASSERT_EQ(actual.size(), static_cast<std::int64_t>(expected.size()));
  for (std::size_t i = 0; i < expected.size(); ++i)
    EXPECT_NEAR(actual.get(static_cast<std::int64_t>(i)), expected[i], tol * std::max(1.0, std::fabs(expected[i])))
        << "element " << i;
}

const double kNaN = std::numeric_limits<double>::quiet_NaN();

}  // namespace

TEST(KernelsRef, EveryBuiltinKernelButCustomIsImplemented) {
  std::vector<std::string> expected;
  for (const Kernel& k : library())
    if (k.info.name != "custom") expected.push_back(k.info.name);
  EXPECT_EQ(referenceKernelNames(), expected);
}

TEST(KernelsRef, MatmulIntegers) {
  Buffer a = B(DType::I8, {2, 3}, {1, 2, 3, 4, 5, 6});
  Buffer b = B(DType::I8, {3, 2}, {7, 8, 9, 10, 11, 12});
  EXPECT_EQ(run("matmul", {&a, &b}, Buffer(DType::I32, {2, 2})), B(DType::I32, {2, 2}, {58, 64, 139, 154}));
  // accumulate adds into the output
  EXPECT_EQ(run("matmul", {&a, &b}, B(DType::I32, {2, 2}, {1, -1, 100, 0}), true),
            B(DType::I32, {2, 2}, {59, 63, 239, 154}));
  // without accumulate the old output is ignored
  EXPECT_EQ(run("matmul", {&a, &b}, B(DType::I32, {2, 2}, {1, -1, 100, 0})), B(DType::I32, {2, 2}, {58, 64, 139, 154}));
  // a result too wide for the output wraps: 100 + 200 = 300 -> 44 in i8
  Buffer x = B(DType::I8, {1, 2}, {100, 100}), y = B(DType::I8, {2, 1}, {1, 2});
  EXPECT_EQ(run("matmul", {&x, &y}, Buffer(DType::I8, {1, 1})).getInt(0), 44);
  // i32: 2^31 - 1 + 2^31 + ... exact in 64 bits, wrapped once: (2^31-1)*2 + 1*3 = 2^32 + 1 -> 1
  Buffer p = B(DType::I32, {1, 2}, {2147483647, 1}), q = B(DType::I32, {2, 1}, {2, 3});
  EXPECT_EQ(run("matmul", {&p, &q}, Buffer(DType::I32, {1, 1})).getInt(0), 1);
  // i4 operands into i16
  Buffer c = B(DType::I4, {1, 2}, {-8, 7}), d = B(DType::I4, {2, 1}, {-8, 7});
  EXPECT_EQ(run("matmul", {&c, &d}, Buffer(DType::I16, {1, 1})).getInt(0), 113);
}

TEST(KernelsRef, MatmulFloatsAccumulateInF32AndRoundOnce) {
  Buffer a = B(DType::BF16, {1, 2}, {1.5, 2}), b = B(DType::BF16, {2, 1}, {2, 0.25});
  EXPECT_EQ(run("matmul", {&a, &b}, Buffer(DType::F32, {1, 1})).getFloat(0), 3.5f);
  // 1 + 2^-8 + 2^-8 = 1 + 2^-7 is a bf16 value: rounding each partial sum to bf16 would give 1.
  Buffer ones = B(DType::BF16, {1, 3}, {1, 1, 1});
  Buffer small = B(DType::BF16, {3, 1}, {1, 0.00390625, 0.00390625});
  EXPECT_EQ(run("matmul", {&ones, &small}, Buffer(DType::BF16, {1, 1})).getFloat(0), 1.0078125f);
  // the final rounding to bf16 ties to even: 1 + 2^-8 -> 1
  Buffer small1 = B(DType::BF16, {3, 1}, {1, 0.00390625, 0});
  EXPECT_EQ(run("matmul", {&ones, &small1}, Buffer(DType::BF16, {1, 1})).getFloat(0), 1.0f);
  // f32 accumulation in k order: (1e8 + 1) - 1e8 = 0 in f32 (it would be 1 in double)
  Buffer big = B(DType::F32, {1, 3}, {1e8, 1, -1e8}), col = B(DType::F32, {3, 1}, {1, 1, 1});
  EXPECT_EQ(run("matmul", {&big, &col}, Buffer(DType::F32, {1, 1})).getFloat(0), 0.0f);
  // accumulate starts from the output's value
  EXPECT_EQ(run("matmul", {&a, &b}, B(DType::F32, {1, 1}, {0.5}), true).getFloat(0), 4.0f);
}

TEST(KernelsRef, Mac) {
  Buffer a = B(DType::I16, {2}, {2, 3}), four = B(DType::I16, {}, {4});
  EXPECT_EQ(run("mac", {&a, &four}, B(DType::I32, {2}, {10, 20})), B(DType::I32, {2}, {18, 32}));
  Buffer wa = B(DType::I8, {1}, {100}), wb = B(DType::I8, {1}, {100});
  EXPECT_EQ(run("mac", {&wa, &wb}, B(DType::I16, {1}, {30000})).getInt(0), 40000 - 65536);
  Buffer fa = B(DType::BF16, {2}, {1.5, -2}), fb = B(DType::BF16, {2}, {2, 0.5});
  EXPECT_EQ(run("mac", {&fa, &fb}, B(DType::F32, {2}, {0.25, 1})), B(DType::F32, {2}, {3.25, 0}));
}

TEST(KernelsRef, ElementwiseIntegersWrap) {
  Buffer a = B(DType::I8, {3}, {127, -128, 5}), b = B(DType::I8, {3}, {1, -1, -7});
  EXPECT_EQ(run("add", {&a, &b}, Buffer(DType::I8, {3})), B(DType::I8, {3}, {-128, 127, -2}));
  EXPECT_EQ(run("sub", {&a, &b}, Buffer(DType::I8, {3})), B(DType::I8, {3}, {126, -127, 12}));
  EXPECT_EQ(run("mul", {&a, &b}, Buffer(DType::I8, {3})), B(DType::I8, {3}, {127, -128, -35}));
  EXPECT_EQ(run("max", {&a, &b}, Buffer(DType::I8, {3})), B(DType::I8, {3}, {127, -1, 5}));
  Buffer c = B(DType::I4, {2}, {7, -3}), two = B(DType::I4, {}, {2});
  EXPECT_EQ(run("mul", {&c, &two}, Buffer(DType::I4, {2})), B(DType::I4, {2}, {-2, -6}));  // 14 wraps to -2
  EXPECT_EQ(run("add", {&two, &c}, Buffer(DType::I4, {2})), B(DType::I4, {2}, {-7, -1}));  // scalar first
  Buffer s1 = B(DType::I16, {}, {3}), s2 = B(DType::I16, {}, {4});
  EXPECT_EQ(run("sub", {&s1, &s2}, Buffer(DType::I16, {})).getInt(0), -1);  // scalar output
}

TEST(KernelsRef, ElementwiseFloats) {
  Buffer a = B(DType::F32, {3}, {1.5, -2, 0.25}), b = B(DType::F32, {3}, {0.5, 3, kNaN});
  Buffer sum = run("add", {&a, &b}, Buffer(DType::F32, {3}));
  EXPECT_EQ(sum.getFloat(0), 2.0f);
  EXPECT_EQ(sum.getFloat(1), 1.0f);
  EXPECT_TRUE(std::isnan(sum.getFloat(2)));
  Buffer mx = run("max", {&a, &b}, Buffer(DType::F32, {3}));
  EXPECT_EQ(mx.getFloat(0), 1.5f);
  EXPECT_EQ(mx.getFloat(1), 3.0f);
  EXPECT_TRUE(std::isnan(mx.getFloat(2)));  // NaN propagates
  Buffer zero = B(DType::F32, {}, {0});
  EXPECT_EQ(run("max", {&a, &zero}, Buffer(DType::F32, {3})), B(DType::F32, {3}, {1.5, 0, 0.25}));
  EXPECT_EQ(run("mul", {&a, &a}, Buffer(DType::F32, {3})), B(DType::F32, {3}, {2.25, 4, 0.0625}));
  // bf16: computed in f32, rounded once: 1 + 2^-8 ties to 1
  Buffer h = B(DType::BF16, {1}, {1}), e = B(DType::BF16, {1}, {0.00390625});
  EXPECT_EQ(run("add", {&h, &e}, Buffer(DType::BF16, {1})).getFloat(0), 1.0f);
  // 1 + 3 * 2^-8 lies halfway between bf16 1 + 2^-7 (odd) and 1 + 2^-6 (even)
  Buffer e3 = B(DType::BF16, {1}, {0.01171875});
  EXPECT_EQ(run("add", {&h, &e3}, Buffer(DType::BF16, {1})).getFloat(0), 1.015625f);
  // below 1 the bf16 spacing is finer: 1 - 3 * 2^-8 is exact
  EXPECT_EQ(run("sub", {&h, &e3}, Buffer(DType::BF16, {1})).getFloat(0), 0.98828125f);
}

TEST(KernelsRef, ElementwiseOperandsBroadcastAlongAxes) {
  // A row added to every row, a column multiplied into every column (the smaller operand first).
  Buffer m = B(DType::I32, {2, 3}, {1, 2, 3, 4, 5, 6}), row = B(DType::I32, {3}, {10, 20, 30}),
         col = B(DType::I32, {2, 1}, {2, -1});
  EXPECT_EQ(run("add", {&m, &row}, Buffer(DType::I32, {2, 3})), B(DType::I32, {2, 3}, {11, 22, 33, 14, 25, 36}));
  EXPECT_EQ(run("mul", {&col, &m}, Buffer(DType::I32, {2, 3})), B(DType::I32, {2, 3}, {2, 4, 6, -4, -5, -6}));
  // Both operands smaller than the output: an outer difference, out[i][j] = row[j] - col[i].
  EXPECT_EQ(run("sub", {&row, &col}, Buffer(DType::I32, {2, 3})), B(DType::I32, {2, 3}, {8, 18, 28, 11, 21, 31}));
  // Three runs of axes: [2, 1, 2] against [3, 1] into [2, 3, 2].
  Buffer p = B(DType::I32, {2, 1, 2}, {1, 2, 3, 4}), q = B(DType::I32, {3, 1}, {0, 10, 20});
  EXPECT_EQ(run("max", {&p, &q}, Buffer(DType::I32, {2, 3, 2})),
            B(DType::I32, {2, 3, 2}, {1, 2, 10, 10, 20, 20, 3, 4, 10, 10, 20, 20}));
  // What does not broadcast is an error naming the shapes, and nothing is written.
  Buffer out(DType::I32, {2, 3});
  Buffer wrong = B(DType::I32, {2}, {1, 1});
  const std::string e = runKernel("add", {&m, &wrong}, out, false, {});
  EXPECT_TRUE(contains(e, "does not broadcast to the output")) << e;
  EXPECT_EQ(out, Buffer(DType::I32, {2, 3}));
  Buffer big = B(DType::I32, {1, 2, 3}, {1, 2, 3, 4, 5, 6});
  EXPECT_TRUE(contains(runKernel("add", {&big, &m}, out, false, {}), "has more axes than the output")) << e;
  // Four alternating runs of axes are refused (the backends' loops have three).
  Buffer o4(DType::I32, {2, 2, 2, 2}), u = B(DType::I32, {2, 1, 2, 1}, {1, 2, 3, 4}), v = B(DType::I32, {2, 1, 2}, {1, 2, 3, 4});
  EXPECT_TRUE(contains(runKernel("add", {&u, &v}, o4, false, {}), "at most 3 are supported"));
}

TEST(KernelsRef, ScaleAndRelu) {
  Buffer f = B(DType::F32, {2}, {1, -3});
  EXPECT_EQ(run("scale", {&f}, Buffer(DType::F32, {2}), false, {{"factor", 0.5}}), B(DType::F32, {2}, {0.5, -1.5}));
  Buffer i = B(DType::I16, {3}, {7, -7, 1000});
  EXPECT_EQ(run("scale", {&i}, Buffer(DType::I16, {3}), false, {{"factor", 0.5}}), B(DType::I16, {3}, {3, -3, 500}));
  EXPECT_EQ(run("scale", {&i}, Buffer(DType::I16, {3}), false, {{"factor", 40}}),
            B(DType::I16, {3}, {280, -280, 40000 - 65536}));
  Buffer r = B(DType::I8, {3}, {-3, 0, 5});
  EXPECT_EQ(run("relu", {&r}, Buffer(DType::I8, {3})), B(DType::I8, {3}, {0, 0, 5}));
  Buffer rf = B(DType::BF16, {3}, {-1.5, 2, kNaN});
  Buffer out = run("relu", {&rf}, Buffer(DType::BF16, {3}));
  EXPECT_EQ(out.getFloat(0), 0.0f);
  EXPECT_EQ(out.getFloat(1), 2.0f);
  EXPECT_TRUE(std::isnan(out.getFloat(2)));
}

TEST(KernelsRef, Activations) {
  Buffer x = B(DType::F32, {5}, {1, -1, 2, 0.5, 0});
  // gelu tanh form, values from 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))) in double
  expectNear(run("gelu", {&x}, Buffer(DType::F32, {5})), {0.841192, -0.15880801, 1.9545977, 0.345714, 0}, 2e-7);
  // the tanh form differs from the erf form (0.8413447 at 1): make sure it is the tanh form
  EXPECT_LT(std::fabs(run("gelu", {&x}, Buffer(DType::F32, {5})).get(0) - 0.841192), 1e-6);
  Buffer s = B(DType::F32, {2}, {1, -2});
  expectNear(run("silu", {&s}, Buffer(DType::F32, {2})), {0.7310586, -0.23840584}, 2e-7);
  Buffer e = B(DType::F32, {3}, {1, -1, 0});
  EXPECT_EQ(run("exp", {&e}, Buffer(DType::F32, {3})), B(DType::F32, {3}, {2.7182817459106445, 0.3678794503211975, 1}));
  Buffer big = B(DType::F32, {2}, {100, -200});
  Buffer eb = run("exp", {&big}, Buffer(DType::F32, {2}));
  EXPECT_EQ(eb.getFloat(0), std::numeric_limits<float>::infinity());  // overflows f32
  EXPECT_EQ(eb.getFloat(1), 0.0f);
  Buffer sb = run("silu", {&big}, Buffer(DType::F32, {2}));
  EXPECT_EQ(sb.getFloat(0), 100.0f);
  EXPECT_EQ(sb.getFloat(1), -0.0f);
  // bf16 results are rounded: exp(1) = 2.71875 in bf16
  Buffer h = B(DType::BF16, {1}, {1});
  EXPECT_EQ(run("exp", {&h}, Buffer(DType::BF16, {1})).getFloat(0), 2.71875f);
}

TEST(KernelsRef, SoftmaxIsRowWiseAndMaxSubtracted) {
  Buffer x = B(DType::F32, {2, 3}, {1, 2, 3, 1000, 1000, 1000});
  Buffer out = run("softmax", {&x}, Buffer(DType::F32, {2, 3}));
  expectNear(out, {0.09003057, 0.24472848, 0.66524094, 1.0 / 3, 1.0 / 3, 1.0 / 3}, 2e-7);
  Buffer v = B(DType::BF16, {4}, {0, 0, 0, 0});
  EXPECT_EQ(run("softmax", {&v}, Buffer(DType::BF16, {4})), B(DType::BF16, {4}, {0.25, 0.25, 0.25, 0.25}));
}

TEST(KernelsRef, Norms) {
  Buffer x = B(DType::F32, {2, 4}, {1, 2, 3, 4, 5, 5, 5, 5});
  expectNear(run("layernorm", {&x}, Buffer(DType::F32, {2, 4})),
             {-1.3416355, -0.4472118, 0.4472118, 1.3416355, 0, 0, 0, 0}, 3e-7);
  // eps = 0: exactly (x - 2.5) / sqrt(1.25)
  Buffer ln0 = run("layernorm", {&x}, Buffer(DType::F32, {2, 4}), false, {{"eps", 0}});
  EXPECT_EQ(ln0.getFloat(0), -1.5f / std::sqrt(1.25f));
  EXPECT_TRUE(std::isnan(ln0.getFloat(4)));  // 0 / 0 without eps
  Buffer r = B(DType::F32, {2}, {3, 4});
  expectNear(run("rmsnorm", {&r}, Buffer(DType::F32, {2})), {0.8485278, 1.1313704}, 2e-7);
  Buffer r0 = run("rmsnorm", {&r}, Buffer(DType::F32, {2}), false, {{"eps", 0}});
  EXPECT_EQ(r0.getFloat(0), 3.0f / std::sqrt(12.5f));
}

TEST(KernelsRef, Reductions) {
  Buffer a = B(DType::I16, {2, 3}, {1, 2, 3, 4, 5, 6});
  EXPECT_EQ(run("reduce_sum", {&a}, Buffer(DType::I16, {3}), false, {{"axis", 0}}), B(DType::I16, {3}, {5, 7, 9}));
  EXPECT_EQ(run("reduce_sum", {&a}, Buffer(DType::I32, {2}), false, {{"axis", 1}}), B(DType::I32, {2}, {6, 15}));
  EXPECT_EQ(run("reduce_max", {&a}, Buffer(DType::I16, {2}), false, {{"axis", 1}}), B(DType::I16, {2}, {3, 6}));
  Buffer c = B(DType::F32, {2, 2, 2}, {0, 1, 2, 3, 4, 5, 6, 7});
  EXPECT_EQ(run("reduce_sum", {&c}, Buffer(DType::F32, {2, 2}), false, {{"axis", 1}}),
            B(DType::F32, {2, 2}, {2, 4, 10, 12}));
  EXPECT_EQ(run("reduce_max", {&c}, Buffer(DType::F32, {2, 2}), false, {{"axis", 2}}),
            B(DType::F32, {2, 2}, {1, 3, 5, 7}));
  Buffer w = B(DType::I8, {2}, {100, 100});
  EXPECT_EQ(run("reduce_sum", {&w}, Buffer(DType::I8, {}), false, {{"axis", 0}}).getInt(0), -56);
  Buffer n = B(DType::BF16, {3}, {1, kNaN, 2});
  EXPECT_TRUE(std::isnan(run("reduce_max", {&n}, Buffer(DType::BF16, {}), false, {{"axis", 0}}).getFloat(0)));
  Buffer neg = B(DType::F32, {3}, {-5, -2, -9});
  EXPECT_EQ(run("reduce_max", {&neg}, Buffer(DType::F32, {}), false, {{"axis", 0}}).getFloat(0), -2.0f);
}

TEST(KernelsRef, MoveKernels) {
  Buffer a = B(DType::I32, {2, 3}, {1, 2, 3, 4, 5, 6});
  EXPECT_EQ(run("transpose", {&a}, Buffer(DType::I32, {3, 2})), B(DType::I32, {3, 2}, {1, 4, 2, 5, 3, 6}));
  EXPECT_EQ(run("copy", {&a}, Buffer(DType::I32, {2, 3})), a);
  EXPECT_EQ(run("zero", {}, a), Buffer(DType::I32, {2, 3}));
  Buffer f = B(DType::F32, {4}, {2.7, -2.7, 300.5, 1.00390625});
  EXPECT_EQ(run("cast", {&f}, Buffer(DType::I8, {4})), B(DType::I8, {4}, {2, -2, 44, 1}));
  EXPECT_EQ(run("cast", {&f}, Buffer(DType::BF16, {4})).getFloat(3), 1.0f);
  Buffer i = B(DType::I32, {3}, {257, 9, -9});
  EXPECT_EQ(run("cast", {&i}, Buffer(DType::BF16, {3})), B(DType::BF16, {3}, {256, 9, -9}));
  EXPECT_EQ(run("cast", {&i}, Buffer(DType::I4, {3})), B(DType::I4, {3}, {1, -7, 7}));
  Buffer h = B(DType::BF16, {2}, {1.5, -0.25});
  EXPECT_EQ(run("cast", {&h}, Buffer(DType::F32, {2})), B(DType::F32, {2}, {1.5, -0.25}));
}

TEST(KernelsRef, CustomLeavesTheOutputUnchanged) {
  Buffer a = B(DType::I32, {2}, {1, 2});
  Buffer out = B(DType::I32, {2}, {7, 8});
  EXPECT_EQ(run("custom", {&a}, out), B(DType::I32, {2}, {7, 8}));
}

TEST(KernelsRef, AnInputMayBeTheOutput) {
  Buffer a = B(DType::I32, {2, 2}, {1, 2, 3, 4});
  Buffer swap = B(DType::I32, {2, 2}, {0, 1, 1, 0});
  ASSERT_EQ(runKernel("matmul", {&a, &swap}, a), "");
  EXPECT_EQ(a, B(DType::I32, {2, 2}, {2, 1, 4, 3}));
  ASSERT_EQ(runKernel("transpose", {&a}, a), "");
  EXPECT_EQ(a, B(DType::I32, {2, 2}, {2, 4, 1, 3}));
  Buffer m = B(DType::F32, {2}, {2, 3});
  ASSERT_EQ(runKernel("mac", {&m, &m}, m), "");  // m + m * m
  EXPECT_EQ(m, B(DType::F32, {2}, {6, 12}));
}

TEST(KernelsRef, BadOperandsAreReportedAndNothingIsWritten) {
  Buffer a = B(DType::I16, {2, 3}, {1, 2, 3, 4, 5, 6}), b = B(DType::I16, {2, 3}, {1, 1, 1, 1, 1, 1});
  Buffer out = B(DType::I32, {2, 2}, {9, 9, 9, 9});
  EXPECT_TRUE(contains(runKernel("matmul", {&a, &b}, out), "matmul shapes do not agree"));
  EXPECT_EQ(out, B(DType::I32, {2, 2}, {9, 9, 9, 9}));
  EXPECT_TRUE(contains(runKernel("add", {&a}, out), "add takes 2 input(s), found 1"));
  EXPECT_TRUE(contains(runKernel("add", {&a, &b}, out, true), "add cannot accumulate"));
  EXPECT_TRUE(contains(runKernel("gelu", {&a}, out), "floating-point"));
  EXPECT_TRUE(contains(runKernel("scale", {&a}, out), "needs attribute 'factor'"));
  EXPECT_TRUE(contains(runKernel("reduce_sum", {&a}, out, false, {{"axis", 5}}), "attribute 'axis'"));
  EXPECT_TRUE(contains(runKernel("frobnicate", {&a}, out), "no such kernel 'frobnicate'"));
  // argmax: an integer output that holds the indices (i8 cannot hold 0..199), the axis removed.
  Buffer wide(DType::F32, {200}), idx8(DType::I8, {}), idxF(DType::F32, {});
  EXPECT_TRUE(contains(runKernel("argmax", {&wide}, idx8, false, {{"axis", 0}}), "cannot hold the indices 0..199"));
  EXPECT_TRUE(contains(runKernel("argmax", {&wide}, idxF, false, {{"axis", 0}}), "cannot hold the indices"));
  EXPECT_TRUE(contains(runKernel("argmax", {&a}, out, false, {{"axis", 1}}), "gives shape"));
  EXPECT_TRUE(contains(runKernel("copy", {nullptr}, out), "input 0 is missing"));
  EXPECT_EQ(out, B(DType::I32, {2, 2}, {9, 9, 9, 9}));
}

// argmax: the first maximum's index; ties go to the lowest index; a NaN counts as the maximum.
TEST(KernelsRef, ArgmaxTakesTheFirstMaximum) {
  const Buffer a = B(DType::I16, {2, 4}, {3, 7, 7, -1, -5, -5, -9, -5});
  Buffer rows(DType::I32, {2}), cols(DType::I8, {4});
  ASSERT_EQ(runKernel("argmax", {&a}, rows, false, {{"axis", 1}}), "");
  EXPECT_EQ(rows, B(DType::I32, {2}, {1, 0}));
  ASSERT_EQ(runKernel("argmax", {&a}, cols, false, {{"axis", 0}}), "");
  EXPECT_EQ(cols, B(DType::I8, {4}, {0, 0, 0, 0}));
  Buffer f = B(DType::F32, {4}, {1, 5, 2, 5});
  Buffer one(DType::I32, {});
  ASSERT_EQ(runKernel("argmax", {&f}, one, false, {{"axis", 0}}), "");
  EXPECT_EQ(one.getInt(0), 1);
  f.setFloat(2, std::nanf(""));
  ASSERT_EQ(runKernel("argmax", {&f}, one, false, {{"axis", 0}}), "");
  EXPECT_EQ(one.getInt(0), 2);
}

// The engine checks a compute's operands once (runKernel) and then runs the implementation directly.
TEST(KernelsRef, CheckedKernelComputesWhatRunKernelComputesAliasedOrNot) {
  const datosim::ir::KernelInfo* custom = findKernel("custom");
  ASSERT_NE(custom, nullptr);
  EXPECT_EQ(of(*custom).reference, nullptr);
  for (const char* name : {"add", "sub", "mul", "max", "mac"}) {
    SCOPED_TRACE(name);
    const datosim::ir::KernelInfo* k = findKernel(name);
    ASSERT_NE(k, nullptr);
    const Reference impl = of(*k).reference;
    ASSERT_NE(impl, nullptr);
    const Buffer a = B(DType::I32, {4}, {3, -2, 7, 100}), b0 = B(DType::I32, {4}, {5, 6, -1, 2});
    // out = name(out, a): the output is also an input.
    Buffer viaRun = b0, viaChecked = b0;
    ASSERT_EQ(runKernel(*k, {&viaRun, &a}, viaRun, false, {}), "");
    runChecked(impl, {&viaChecked, &a}, viaChecked, false, {});
    EXPECT_EQ(viaChecked, viaRun);
    EXPECT_NE(viaChecked, b0);
    // out = name(a, b0) into a separate output.
    Buffer out1(DType::I32, {4}), out2(DType::I32, {4});
    ASSERT_EQ(runKernel(*k, {&a, &b0}, out1, false, {}), "");
    runChecked(impl, {&a, &b0}, out2, false, {});
    EXPECT_EQ(out1, out2);
  }
}
