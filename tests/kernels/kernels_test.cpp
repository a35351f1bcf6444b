#include "kernels/kernel.h"

#include <gtest/gtest.h>

#include "ir/graph.h"

using namespace datosim::ir;
using datosim::kernels::check;
using datosim::kernels::findKernel;
using datosim::kernels::work;

namespace {
LocalVar L(const char* n, DType t, Shape s) {
  LocalVar v;
  v.name = n;
  v.dtype = t;
  v.shape = std::move(s);
  return v;
}
}  // namespace

TEST(Kernels, MatmulChecksShapesAndCountsMacs) {
  const KernelInfo* mm = findKernel("matmul");
  ASSERT_NE(mm, nullptr);
  LocalVar a = L("a", DType::I16, {64, 32}), b = L("b", DType::I16, {32, 16}), c = L("c", DType::I32, {64, 16});
  EXPECT_EQ(check(*mm, {&a, &b}, &c, {}), "");
  KernelWork w = work(*mm, {&a, &b}, &c, {});
  EXPECT_EQ(w.macs, 64 * 32 * 16);
  EXPECT_EQ(w.dtype, DType::I16);
  LocalVar bad = L("b", DType::I16, {16, 16});
  EXPECT_NE(check(*mm, {&a, &bad}, &c, {}).find("do not agree"), std::string::npos);
  LocalVar narrow = L("c", DType::I8, {64, 16});
  EXPECT_NE(check(*mm, {&a, &b}, &narrow, {}).find("cannot hold"), std::string::npos);
}

TEST(Kernels, ReductionRemovesTheAxisAndNeedsIt) {
  const KernelInfo* r = findKernel("reduce_sum");
  LocalVar a = L("a", DType::F32, {8, 4}), o = L("o", DType::F32, {8});
  EXPECT_NE(check(*r, {&a}, &o, {}).find("needs attribute 'axis'"), std::string::npos);
  EXPECT_EQ(check(*r, {&a}, &o, {{"axis", 1}}), "");
  EXPECT_NE(check(*r, {&a}, &o, {{"axis", 0}}), "");
  EXPECT_NE(check(*r, {&a}, &o, {{"axis", 1}, {"bogus", 1}}).find("no attribute 'bogus'"), std::string::npos);
}

TEST(Kernels, ArityAndFloatOnlyKernels) {
  LocalVar a = L("a", DType::I16, {4}), o = L("o", DType::I16, {4});
  EXPECT_NE(check(*findKernel("gelu"), {&a}, &o, {}).find("floating-point"), std::string::npos);
  EXPECT_NE(check(*findKernel("add"), {&a}, &o, {}).find("takes 2 input(s), found 1"), std::string::npos);
  EXPECT_EQ(findKernel("nonexistent"), nullptr);
  LocalVar f = L("f", DType::BF16, {4, 8});
  EXPECT_EQ(check(*findKernel("softmax"), {&f}, &f, {}), "");
  EXPECT_EQ(work(*findKernel("softmax"), {&f}, &f, {}).vectorOps, 32 * findKernel("softmax")->opsPerElement);
}

// Mixed precision: integer pairs and float pairs of different widths multiply; the work runs in the
// wider dtype and keeps the pair; an integer x float pair or a too narrow output is refused, saying why.
TEST(Kernels, MatmulAndMacTakeMixedPrecisionPairs) {
  const KernelInfo* mm = findKernel("matmul");
  LocalVar a8 = L("a", DType::I8, {16, 32}), b4 = L("b", DType::I4, {32, 8}), c32 = L("c", DType::I32, {16, 8});
  EXPECT_EQ(check(*mm, {&a8, &b4}, &c32, {}), "");
  const KernelWork w = work(*mm, {&a8, &b4}, &c32, {});
  EXPECT_EQ(w.dtype, DType::I8);
  EXPECT_EQ(w.mac, MacType(DType::I8, DType::I4));
  EXPECT_EQ(w.macs, 16 * 32 * 8);
  LocalVar a4 = L("a", DType::I4, {16, 32}), b16 = L("b", DType::I16, {32, 8});
  EXPECT_EQ(work(*mm, {&a4, &b16}, &c32, {}).dtype, DType::I16);
  LocalVar c8 = L("c", DType::I8, {16, 8});
  EXPECT_EQ(check(*mm, {&a4, &b16}, &c8, {}),
            "matmul output 'c' (i8 16x8) cannot hold products of i4xi16 (an integer output at least as wide as the "
            "wider operand, e.g. i32)");
  LocalVar bf = L("b", DType::BF16, {32, 8}), cf = L("c", DType::F32, {16, 8});
  EXPECT_EQ(check(*mm, {&a8, &bf}, &cf, {}),
            "matmul multiplies integers by integers or floats by floats, found 'a' (i8 16x32) and 'b' (bf16 32x8) "
            "(cast one operand first)");
  LocalVar af = L("a", DType::F32, {16, 32}), cb = L("c", DType::BF16, {16, 8});
  EXPECT_EQ(check(*mm, {&af, &bf}, &cf, {}), "");
  EXPECT_NE(check(*mm, {&af, &bf}, &cb, {}).find("cannot hold products of f32xbf16"), std::string::npos);

  const KernelInfo* mac = findKernel("mac");
  LocalVar x = L("x", DType::I16, {4}), y = L("y", DType::I8, {}), acc = L("acc", DType::I32, {4});
  EXPECT_EQ(check(*mac, {&x, &y}, &acc, {}), "");
  EXPECT_EQ(work(*mac, {&x, &y}, &acc, {}).mac, MacType(DType::I16, DType::I8));
}

// Every kernel is defined whole: its check, reference implementation and kernel-library call are there
// (only `custom`, the user's code, has none), names are unique and sorted, and each info knows its place.
TEST(Kernels, EveryKernelIsDefinedWholeInTheTable) {
  const auto& lib = datosim::kernels::library();
  ASSERT_GE(lib.size(), 20u);
  for (std::size_t i = 0; i < lib.size(); ++i) {
    const datosim::kernels::Kernel& k = lib[i];
    SCOPED_TRACE(k.info.name);
    EXPECT_EQ(k.info.index, i);
    EXPECT_EQ(&datosim::kernels::of(k.info), &k);
    EXPECT_EQ(findKernel(k.info.name), &k.info);
    if (i > 0) EXPECT_LT(lib[i - 1].info.name, k.info.name);
    EXPECT_FALSE(k.info.summary.empty());
    const bool custom = k.info.cls == KernelClass::Custom;
    EXPECT_EQ(k.check == nullptr, custom);
    EXPECT_EQ(k.reference == nullptr, custom);
    EXPECT_EQ(k.libraryCall == nullptr, custom);
    EXPECT_EQ(k.info.hasOut, !custom);
  }
}

// The kernels whose output cannot be one of their inputs in generated code are those that read input
// elements after writing other output elements.
TEST(Kernels, OnlyReorderingKernelsCannotWriteOverTheirInput) {
  std::vector<std::string> noAlias;
  for (const datosim::kernels::Kernel& k : datosim::kernels::library())
    if (!k.info.outMayAliasIn) noAlias.push_back(k.info.name);
  EXPECT_EQ(noAlias, (std::vector<std::string>{"argmax", "matmul", "reduce_max", "reduce_sum", "transpose"}));
}
