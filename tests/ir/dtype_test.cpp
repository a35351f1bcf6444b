#include "ir/dtype.h"

#include <gtest/gtest.h>

using namespace datosim::ir;

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
