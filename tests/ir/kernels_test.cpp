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
