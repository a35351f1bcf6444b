#include "ir/kernels.h"

#include <gtest/gtest.h>

#include "ir/graph.h"

using namespace datosim::ir;

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
  EXPECT_EQ(mm->check({&a, &b}, &c, {}), "");
  KernelWork w = mm->work({&a, &b}, &c, {});
  EXPECT_EQ(w.macs, 64 * 32 * 16);
  EXPECT_EQ(w.dtype, DType::I16);
  LocalVar bad = L("b", DType::I16, {16, 16});
  EXPECT_NE(mm->check({&a, &bad}, &c, {}).find("do not agree"), std::string::npos);
  LocalVar narrow = L("c", DType::I8, {64, 16});
  EXPECT_NE(mm->check({&a, &b}, &narrow, {}).find("cannot hold"), std::string::npos);
}

TEST(Kernels, ReductionRemovesTheAxisAndNeedsIt) {
  const KernelInfo* r = findKernel("reduce_sum");
  LocalVar a = L("a", DType::F32, {8, 4}), o = L("o", DType::F32, {8});
  EXPECT_NE(r->check({&a}, &o, {}).find("needs attribute 'axis'"), std::string::npos);
  EXPECT_EQ(r->check({&a}, &o, {{"axis", 1}}), "");
  EXPECT_NE(r->check({&a}, &o, {{"axis", 0}}), "");
  EXPECT_NE(r->check({&a}, &o, {{"axis", 1}, {"bogus", 1}}).find("no attribute 'bogus'"), std::string::npos);
}

TEST(Kernels, ArityAndFloatOnlyKernels) {
  LocalVar a = L("a", DType::I16, {4}), o = L("o", DType::I16, {4});
  EXPECT_NE(findKernel("gelu")->check({&a}, &o, {}).find("floating-point"), std::string::npos);
  EXPECT_NE(findKernel("add")->check({&a}, &o, {}).find("takes 2 input(s), found 1"), std::string::npos);
  EXPECT_EQ(findKernel("nonexistent"), nullptr);
  LocalVar f = L("f", DType::BF16, {4, 8});
  EXPECT_EQ(findKernel("softmax")->check({&f}, &f, {}), "");
  EXPECT_EQ(findKernel("softmax")->work({&f}, &f, {}).vectorOps, 32 * findKernel("softmax")->opsPerElement);
}

// Mixed precision: integer pairs and float pairs of different widths multiply; the work runs in the
// wider dtype and keeps the pair; an integer x float pair or a too narrow output is refused, saying why.
TEST(Kernels, MatmulAndMacTakeMixedPrecisionPairs) {
  const KernelInfo* mm = findKernel("matmul");
  LocalVar a8 = L("a", DType::I8, {16, 32}), b4 = L("b", DType::I4, {32, 8}), c32 = L("c", DType::I32, {16, 8});
  EXPECT_EQ(mm->check({&a8, &b4}, &c32, {}), "");
  const KernelWork w = mm->work({&a8, &b4}, &c32, {});
  EXPECT_EQ(w.dtype, DType::I8);
  EXPECT_EQ(w.mac, MacType(DType::I8, DType::I4));
  EXPECT_EQ(w.macs, 16 * 32 * 8);
  LocalVar a4 = L("a", DType::I4, {16, 32}), b16 = L("b", DType::I16, {32, 8});
  EXPECT_EQ(mm->work({&a4, &b16}, &c32, {}).dtype, DType::I16);
  LocalVar c8 = L("c", DType::I8, {16, 8});
  EXPECT_EQ(mm->check({&a4, &b16}, &c8, {}),
            "matmul output 'c' (i8 16x8) cannot hold products of i4xi16 (an integer output at least as wide as the "
            "wider operand, e.g. i32)");
  LocalVar bf = L("b", DType::BF16, {32, 8}), cf = L("c", DType::F32, {16, 8});
  EXPECT_EQ(mm->check({&a8, &bf}, &cf, {}),
            "matmul multiplies integers by integers or floats by floats, found 'a' (i8 16x32) and 'b' (bf16 32x8) "
            "(cast one operand first)");
  LocalVar af = L("a", DType::F32, {16, 32}), cb = L("c", DType::BF16, {16, 8});
  EXPECT_EQ(mm->check({&af, &bf}, &cf, {}), "");
  EXPECT_NE(mm->check({&af, &bf}, &cb, {}).find("cannot hold products of f32xbf16"), std::string::npos);

  const KernelInfo* mac = findKernel("mac");
  LocalVar x = L("x", DType::I16, {4}), y = L("y", DType::I8, {}), acc = L("acc", DType::I32, {4});
  EXPECT_EQ(mac->check({&x, &y}, &acc, {}), "");
  EXPECT_EQ(mac->work({&x, &y}, &acc, {}).mac, MacType(DType::I16, DType::I8));
}

TEST(DTypes, MacTypeNamesRoundTrip) {
  for (int i = 0; i < MacType::kCount; ++i) {
    const MacType m = MacType::fromIndex(i);
    EXPECT_EQ(m.index(), i);
    const std::optional<MacType> back = parseMacType(macTypeName(m));
    if (isFloat(m.a) != isFloat(m.b)) {
      EXPECT_FALSE(back) << macTypeName(m);
      continue;
    }
    ASSERT_TRUE(back) << macTypeName(m);
    EXPECT_EQ(*back, m);
  }
  EXPECT_EQ(macTypeName(MacType(DType::I16)), "i16");
  EXPECT_EQ(macTypeName(MacType(DType::I8, DType::I4)), "i8xi4");
  EXPECT_FALSE(parseMacType("i8xi8"));  // one dtype is written once
  EXPECT_FALSE(parseMacType("i8x"));
  EXPECT_FALSE(parseMacType("xi8"));
  EXPECT_FALSE(parseMacType("i8xi4xi4"));
  EXPECT_EQ(MacType(DType::BF16, DType::F32).wide(), DType::F32);
  EXPECT_EQ(MacType(DType::I16, DType::BF16).wide(), DType::I16);  // same width: A's (refused by the kernels anyway)
}
