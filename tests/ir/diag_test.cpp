#include "ir/diag.h"

#include <gtest/gtest.h>

#include "ir/dtype.h"

using namespace datosim;

TEST(Diag, PointersEscapeAndFormat) {
  SourceLoc root{"g.json", ""};
  SourceLoc l = root.child("tasks").child("a/b~c").child(3);
  EXPECT_EQ(l.str(), "g.json:/tasks/a~1b~0c/3");
  Diagnostics d;
  d.error(l, "bad");
  d.warning(root, "hm");
  EXPECT_EQ(d.errorCount(), 1u);
  EXPECT_EQ(d.str(), "g.json:/tasks/a~1b~0c/3: error: bad\ng.json: warning: hm\n");
}

TEST(Diag, ClosestNameSuggestsOnlyCloseWords) {
  EXPECT_EQ(closestName("mapings", {"mapping", "args", "body"}), "mapping");
  EXPECT_EQ(closestName("zzzzzz", {"mapping", "args", "body"}), "");
  EXPECT_EQ(closestName("alpah", {"alpha", "beta"}), "alpha");  // a swap is one edit
}

TEST(DType, BytesAndNames) {
  using namespace datosim::ir;
  EXPECT_EQ(tileBytes(DType::I4, {3, 3}), 5);
  EXPECT_EQ(tileBytes(DType::BF16, {64, 64}), 8192);
  EXPECT_EQ(tileBytes(DType::F32, {}), 4);
  EXPECT_EQ(*parseDType("bf16"), DType::BF16);
  EXPECT_FALSE(parseDType("float32").has_value());
  EXPECT_EQ(shapeString({64, 32}), "64x32");
}

// The one digit-grouping formatter (every message and report uses it).
TEST(Diag, GroupDigitsGroupsThreesAndKeepsTheSign) {
  EXPECT_EQ(groupDigits(0), "0");
  EXPECT_EQ(groupDigits(999), "999");
  EXPECT_EQ(groupDigits(1000), "1,000");
  EXPECT_EQ(groupDigits(-1000), "-1,000");
  EXPECT_EQ(groupDigits(-999), "-999");
  EXPECT_EQ(groupDigits(1234567), "1,234,567");
  EXPECT_EQ(groupDigits(9223372036854775807LL), "9,223,372,036,854,775,807");
  EXPECT_EQ(groupDigits(-9223372036854775807LL - 1), "-9,223,372,036,854,775,808");
  EXPECT_EQ(counted(1, "element"), "1 element");
  EXPECT_EQ(counted(4096, "element"), "4,096 elements");
}
