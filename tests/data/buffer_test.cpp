#include "data/buffer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <set>

#include "data/random.h"

using namespace datosim::data;
using datosim::ir::DType;
using datosim::ir::Shape;

namespace {
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

/// A buffer holding 0, 1, 2, ... in row-major order.
Buffer iota(DType t, Shape s) {
  Buffer b(t, std::move(s));
  for (std::int64_t i = 0; i < b.size(); ++i) b.set(i, static_cast<double>(i));
  return b;
}
}  // namespace

TEST(Buffer, ShapeSizeAndZeroInit) {
  Buffer b(DType::I16, {2, 3, 4});
  EXPECT_EQ(b.size(), 24);
  EXPECT_EQ(b.rank(), 3);
  EXPECT_FALSE(b.isFloat());
  for (std::int64_t i = 0; i < b.size(); ++i) EXPECT_EQ(b.getInt(i), 0);
  Buffer s(DType::F32, {});
  EXPECT_EQ(s.size(), 1);
  EXPECT_EQ(s.rank(), 0);
  EXPECT_EQ(s.storageSize(), 4u);
  Buffer empty(DType::I8, {0, 4});
  EXPECT_EQ(empty.size(), 0);
}

TEST(Buffer, SettersKeepValuesInTheDtype) {
  Buffer b(DType::I8, {4});
  b.setInt(0, 200);
  b.set(1, -129.0);
  b.set(2, 3.99);
  b.set(3, -3.99);
  EXPECT_EQ(b.getInt(0), -56);
  EXPECT_EQ(b.getInt(1), 127);
  EXPECT_EQ(b.getInt(2), 3);
  EXPECT_EQ(b.getInt(3), -3);
  Buffer h(DType::BF16, {3});
  h.setFloat(0, 1.00390625f);  // 1 + 2^-8: tie, to even
  h.set(1, 257.0);
  h.set(2, 0.1);
  EXPECT_EQ(h.getFloat(0), 1.0f);
  EXPECT_EQ(h.get(1), 256.0);
  EXPECT_EQ(h.getFloat(2), 0.10009765625f);
  Buffer i4(DType::I4, {2}, {7, 8});
  EXPECT_EQ(i4.getInt(0), 7);
  EXPECT_EQ(i4.getInt(1), -8);
}

TEST(Buffer, MultiIndexIsRowMajor) {
  Buffer b = iota(DType::I32, {2, 3, 4});
  EXPECT_EQ(b.flatIndex({1, 2, 3}), 23);
  EXPECT_EQ(b.flatIndex({1, 0, 2}), 14);
  EXPECT_EQ(b.at({0, 1, 0}), 4);
  b.setAt({1, 1, 1}, -5);
  EXPECT_EQ(b.getInt(17), -5);
  Buffer s(DType::F32, {});
  s.setAt({}, 2.5);
  EXPECT_EQ(s.get(0), 2.5);
}

TEST(Buffer, FillAndEquality) {
  Buffer a(DType::F32, {2, 2}), b(DType::F32, {2, 2});
  a.fill(1.5);
  EXPECT_NE(a, b);
  b.fill(1.5);
  EXPECT_EQ(a, b);
  EXPECT_NE(a, Buffer(DType::F32, {4}));           // shape differs
  EXPECT_NE(Buffer(DType::I8, {2}), Buffer(DType::I16, {2}));  // dtype differs
  a.setFloat(0, std::nanf(""));
  b.setFloat(0, -std::nanf(""));
  EXPECT_EQ(a, b);  // any NaN equals any NaN
  a.setFloat(1, 0.0f);
  b.setFloat(1, -0.0f);
  EXPECT_NE(a, b);  // but -0 is not +0
  Buffer i(DType::I4, {3});
  i.fill(9);
  EXPECT_EQ(i.getInt(2), -7);
}

TEST(Buffer, ConvertBufferFollowsTheCastRules) {
  Buffer f(DType::F32, {5}, {2.7, -2.7, 300.5, 1.00390625, 16777217});
  EXPECT_EQ(convertBuffer(f, DType::I8), Buffer(DType::I8, {5}, {2, -2, 44, 1, 0}));
  Buffer h = convertBuffer(f, DType::BF16);
  EXPECT_EQ(h.getFloat(3), 1.0f);
  EXPECT_EQ(h.getFloat(0), 2.703125f);
  EXPECT_EQ(convertBuffer(h, DType::F32).getFloat(0), 2.703125f);  // bf16 -> f32 exact
  Buffer i(DType::I32, {4}, {257, 259, 9, -9});
  EXPECT_EQ(convertBuffer(i, DType::BF16), Buffer(DType::BF16, {4}, {256, 260, 9, -9}));
  EXPECT_EQ(convertBuffer(i, DType::I4), Buffer(DType::I4, {4}, {1, 3, -7, 7}));
  EXPECT_EQ(convertBuffer(i, DType::F32).getFloat(1), 259.0f);
}

TEST(Buffer, CopyTileOutAndIn) {
  Buffer t = iota(DType::I16, {4, 6});
  Buffer tile(DType::I16, {2, 3});
  ASSERT_EQ(copyTileOut(t, {1, 2}, tile), "");
  EXPECT_EQ(tile, Buffer(DType::I16, {2, 3}, {8, 9, 10, 14, 15, 16}));
  // A tile of lower rank covers the trailing dimensions.
  Buffer row(DType::I16, {4});
  ASSERT_EQ(copyTileOut(t, {3, 2}, row), "");
  EXPECT_EQ(row, Buffer(DType::I16, {4}, {20, 21, 22, 23}));
  Buffer one(DType::I16, {});
  ASSERT_EQ(copyTileOut(t, {2, 5}, one), "");
  EXPECT_EQ(one.getInt(0), 17);
  // The whole tensor with an empty offset.
  Buffer all(DType::I16, {4, 6});
  ASSERT_EQ(copyTileOut(t, {}, all), "");
  EXPECT_EQ(all, t);

  Buffer dst(DType::I16, {4, 6});
  ASSERT_EQ(copyTileIn(dst, {2, 3}, tile), "");
  EXPECT_EQ(dst.at({2, 3}), 8);
  EXPECT_EQ(dst.at({3, 5}), 16);
  EXPECT_EQ(dst.at({2, 2}), 0);
  EXPECT_EQ(dst.at({1, 3}), 0);
  ASSERT_EQ(copyTileIn(dst, {0, 1}, row), "");
  EXPECT_EQ(dst.at({0, 0}), 0);
  EXPECT_EQ(dst.at({0, 1}), 20);
  EXPECT_EQ(dst.at({0, 4}), 23);
  EXPECT_EQ(dst.at({0, 5}), 0);

  // 3-D with a 2-D tile, floats.
  Buffer c = iota(DType::F32, {2, 3, 4});
  Buffer sq(DType::F32, {2, 2});
  ASSERT_EQ(copyTileOut(c, {1, 1, 2}, sq), "");
  EXPECT_EQ(sq, Buffer(DType::F32, {2, 2}, {18, 19, 22, 23}));
}

TEST(Buffer, CopyTileErrors) {
  Buffer t(DType::I16, {4, 6});
  Buffer tile(DType::I16, {2, 3});
  Buffer before = tile;
  EXPECT_TRUE(contains(copyTileOut(t, {3, 0}, tile), "is not inside the tensor 4x6 (dimension 0)"));
  EXPECT_TRUE(contains(copyTileOut(t, {0, 4}, tile), "(dimension 1)"));
  EXPECT_TRUE(contains(copyTileOut(t, {-1, 0}, tile), "not inside"));
  EXPECT_TRUE(contains(copyTileOut(t, {0, std::numeric_limits<std::int64_t>::max()}, tile), "not inside"));
  EXPECT_TRUE(contains(copyTileOut(t, {0}, tile), "has 1 coordinates, the tensor (4x6) has 2 dimensions"));
  Buffer big(DType::I16, {1, 2, 3});
  EXPECT_TRUE(contains(copyTileOut(t, {0, 0}, big), "does not fit a tensor of rank 2"));
  Buffer wrongType(DType::I32, {2, 3});
  EXPECT_TRUE(contains(copyTileIn(t, {0, 0}, wrongType), "cannot copy a tile of i32 into a i16 tensor"));
  EXPECT_EQ(tile, before);
  EXPECT_EQ(t, Buffer(DType::I16, {4, 6}));
}

TEST(Buffer, ToStringAndCompare) {
  Buffer b(DType::F32, {2, 2}, {1, 2.5, -3, 4});
  EXPECT_EQ(toString(b), "f32 2x2 [1, 2.5, -3, 4]");
  EXPECT_EQ(toString(b, 2), "f32 2x2 [1, 2.5, ...]");
  EXPECT_EQ(toString(Buffer(DType::I8, {})), "i8 scalar [0]");
  Buffer c = b;
  EXPECT_EQ(compareBuffers(b, c), "");
  c.setFloat(3, 4.001f);
  EXPECT_TRUE(contains(compareBuffers(b, c), "element [1, 1]: expected 4, found 4.00099993"));
  EXPECT_TRUE(contains(compareBuffers(b, c), "1 of 4 elements differ"));
  EXPECT_EQ(compareBuffers(b, c, 1e-3), "");
  EXPECT_EQ(compareBuffers(b, c, 0, 2e-3), "");
  c.setFloat(0, std::nanf(""));
  EXPECT_NE(compareBuffers(b, c, 1, 1), "");  // NaN matches only NaN
  EXPECT_TRUE(contains(compareBuffers(b, Buffer(DType::F32, {4})), "expected f32 2x2, found f32 4"));
}

TEST(Random, SplitMix64KnownOutputs) {
  SplitMix64 r(0);  // the published test vector of SplitMix64 with seed 0
  EXPECT_EQ(r.next(), 0xe220a8397b1dcdafull);
  EXPECT_EQ(r.next(), 0x6e789e6aa1b965f4ull);
  EXPECT_EQ(r.next(), 0x06c45d188009454full);
}

TEST(Random, FillIsDeterministicAndInRange) {
  for (DType t : {DType::I4, DType::I8, DType::I16, DType::I32, DType::BF16, DType::F32}) {
    Buffer a(t, {64, 64}), b(t, {64, 64}), c(t, {64, 64});
    fillRandom(a, 42);
    fillRandom(b, 42);
    fillRandom(c, 43);
    EXPECT_EQ(a, b) << datosim::ir::dtypeName(t);
    EXPECT_NE(a, c) << datosim::ir::dtypeName(t);
    std::set<double> distinct;
    for (std::int64_t i = 0; i < a.size(); ++i) {
      double v = a.get(i);
      distinct.insert(v);
      if (a.isFloat()) {
        ASSERT_GE(v, -1.0);
        ASSERT_LE(v, t == DType::BF16 ? 1.0 : 1.0 - std::ldexp(1.0, -23));
      } else {
        ASSERT_GE(v, randomIntMin(t));
        ASSERT_LE(v, randomIntMax(t));
      }
    }
    // Every value of a small range appears; a wide range gives many distinct values.
    if (t == DType::I4) {
      EXPECT_EQ(distinct.size(), 16u);
    } else if (t == DType::I8) {
      EXPECT_EQ(distinct.size(), 256u);
    } else if (t == DType::F32) {
      EXPECT_GT(distinct.size(), 4000u);
    }
  }
  EXPECT_EQ(randomIntMin(DType::I16), -1024);
  EXPECT_EQ(randomIntMax(DType::I32), 1023);
}

TEST(Random, FillValuesAreTheDocumentedFunctionOfTheGenerator) {
  Buffer i(DType::I8, {3}), f(DType::F32, {3});
  fillRandom(i, 0);
  fillRandom(f, 0);
  SplitMix64 r(0);
  for (std::int64_t k = 0; k < 3; ++k) {
    std::uint64_t x = r.next();
    EXPECT_EQ(i.getInt(k), static_cast<std::int64_t>(x >> 56) - 128);
    EXPECT_EQ(f.getFloat(k), static_cast<float>(static_cast<double>(x >> 40) / 8388608.0 - 1.0));
  }
  EXPECT_EQ(i.getInt(0), 0xe2 - 128);
}

TEST(Buffer, StoresElementsAtTheirOwnWidth) {
  // 1,000 elements of each dtype take what the dtype needs (i4 in a byte), and the extremes survive.
  struct Case {
    DType t;
    std::size_t bytes;
    std::int64_t lo, hi;
  };
  for (const Case& c : {Case{DType::I4, 1000, -8, 7}, Case{DType::I8, 1000, -128, 127},
                        Case{DType::I16, 2000, -32768, 32767},
                        Case{DType::I32, 4000, -2147483648LL, 2147483647LL}}) {
    Buffer b(c.t, {10, 100});
    EXPECT_EQ(b.storageSize(), c.bytes) << datosim::ir::dtypeName(c.t);
    EXPECT_EQ(static_cast<std::size_t>(Buffer::storageBytes(c.t)) * 1000, c.bytes);
    b.setInt(0, c.lo);
    b.setInt(999, c.hi);
    b.setInt(500, c.hi + 1);  // wraps to the lowest value
    EXPECT_EQ(b.getInt(0), c.lo);
    EXPECT_EQ(b.getInt(999), c.hi);
    EXPECT_EQ(b.getInt(500), c.lo);
    EXPECT_EQ(b.getInt(1), 0);
  }
  Buffer h(DType::BF16, {1000});
  EXPECT_EQ(h.storageSize(), 2000u);
  h.setFloat(0, 1.00390625f);   // halfway between two bf16 values: rounds to even, 1.0
  h.setFloat(1, -0.0f);
  h.setFloat(2, std::numeric_limits<float>::infinity());
  h.setFloat(3, std::numeric_limits<float>::quiet_NaN());
  h.setFloat(4, 3.0e38f);
  EXPECT_EQ(h.getFloat(0), 1.0f);
  EXPECT_TRUE(std::signbit(h.getFloat(1)) && h.getFloat(1) == 0.0f);
  EXPECT_TRUE(std::isinf(h.getFloat(2)));
  EXPECT_TRUE(std::isnan(h.getFloat(3)));
  EXPECT_EQ(h.getFloat(4), roundToBF16(3.0e38f));
  Buffer f(DType::F32, {1000});
  EXPECT_EQ(f.storageSize(), 4000u);
  f.setFloat(7, 1.00390625f);  // exact in f32
  EXPECT_EQ(f.getFloat(7), 1.00390625f);
  // Conversions between widths keep the values.
  const Buffer wide = convertBuffer(h, DType::F32);
  EXPECT_EQ(wide.getFloat(0), 1.0f);
  EXPECT_TRUE(std::isnan(wide.getFloat(3)));
  Buffer small(DType::I8, {3}, {-128, 5, 127});
  const Buffer big = convertBuffer(small, DType::I32);
  EXPECT_EQ(big.getInt(0), -128);
  EXPECT_EQ(big.getInt(2), 127);
  EXPECT_EQ(convertBuffer(big, DType::I4).getInt(2), -1);  // 127 wraps to 4 bits: 0b0111_1111 -> -1
}
