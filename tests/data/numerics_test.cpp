#include "data/numerics.h"

#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>

#include "data/random.h"

using namespace datosim::data;
using datosim::ir::DType;

namespace {

float fromBits(std::uint32_t b) {
  float f;
  std::memcpy(&f, &b, sizeof f);
  return f;
}

std::uint32_t toBits(float f) {
  std::uint32_t b;
  std::memcpy(&b, &f, sizeof b);
  return b;
}

std::uint32_t bf16Bits(std::uint32_t f32Bits) { return toBits(roundToBF16(fromBits(f32Bits))); }

}  // namespace

TEST(Numerics, BF16RoundsToNearestTiesToEven) {
  EXPECT_EQ(bf16Bits(0x3f800000u), 0x3f800000u);  // 1.0 is exact
  EXPECT_EQ(bf16Bits(0x3f808000u), 0x3f800000u);  // 1 + 2^-8: halfway, the even neighbour is 1.0
  EXPECT_EQ(bf16Bits(0x3f818000u), 0x3f820000u);  // 1 + 3 * 2^-8: halfway, the even neighbour is above
  EXPECT_EQ(bf16Bits(0x3f808001u), 0x3f810000u);  // just above halfway rounds up
  EXPECT_EQ(bf16Bits(0x3f807fffu), 0x3f800000u);  // just below halfway rounds down
  EXPECT_EQ(bf16Bits(0xbf808000u), 0xbf800000u);  // negative ties too
  EXPECT_EQ(bf16Bits(0xbf818000u), 0xbf820000u);
  EXPECT_EQ(roundToBF16(3.140625f), 3.140625f);    // 0x4049: exact
  EXPECT_EQ(roundToBF16(1.0f / 3.0f), 0.333984375f);
}

TEST(Numerics, BF16SpecialValues) {
  EXPECT_EQ(bf16Bits(0x7f7f7fffu), 0x7f7f0000u);  // below the midpoint to 2^128: the largest bf16
  EXPECT_EQ(bf16Bits(0x7f7f8000u), 0x7f800000u);  // the midpoint, odd kept part: overflows to inf
  EXPECT_EQ(roundToBF16(FLT_MAX), std::numeric_limits<float>::infinity());
  EXPECT_EQ(roundToBF16(-FLT_MAX), -std::numeric_limits<float>::infinity());
  EXPECT_EQ(roundToBF16(std::numeric_limits<float>::infinity()), std::numeric_limits<float>::infinity());
  EXPECT_EQ(bf16Bits(0x80000000u), 0x80000000u);  // -0 stays -0
  // NaNs stay NaN even when only low payload bits are set (truncation would give inf), and are bf16 values.
  for (std::uint32_t nan : {0x7f800001u, 0x7fc00000u, 0xffa00001u, 0x7fffffffu}) {
    float r = roundToBF16(fromBits(nan));
    EXPECT_TRUE(std::isnan(r)) << std::hex << nan;
    EXPECT_TRUE(isBF16(r)) << std::hex << nan;
    EXPECT_EQ(std::signbit(r), (nan >> 31) != 0);
  }
  // Subnormals round on the same grid: 2^-134 is halfway between 0 and 2^-133 (the smallest bf16).
  EXPECT_EQ(bf16Bits(0x00008000u), 0x00000000u);
  EXPECT_EQ(bf16Bits(0x00018000u), 0x00020000u);
  EXPECT_EQ(bf16Bits(0x00008001u), 0x00010000u);
}

TEST(Numerics, DoubleToBF16RoundsOnceAndAgreesWithTheF32Path) {
  // 1 + 2^-8 + 2^-30 is above the bf16 midpoint; rounding to f32 first would land on the midpoint and tie down.
  double v = 1.0 + std::ldexp(1.0, -8) + std::ldexp(1.0, -30);
  EXPECT_EQ(roundToFloat(v, DType::BF16), 1.0078125f);
  EXPECT_EQ(roundToBF16(static_cast<float>(v)), 1.0f);
  EXPECT_EQ(roundToFloat(1e39, DType::BF16), std::numeric_limits<float>::infinity());
  EXPECT_TRUE(std::isnan(roundToFloat(std::nan(""), DType::BF16)));
  EXPECT_TRUE(isBF16(roundToFloat(std::nan(""), DType::BF16)));
  // For every float the double path and the bit path give the same bf16.
  SplitMix64 rng(7);
  for (int i = 0; i < 200000; ++i) {
    float f = fromBits(static_cast<std::uint32_t>(rng.next()));
    if (std::isnan(f)) continue;
    ASSERT_EQ(toBits(roundToFloat(f, DType::BF16)), toBits(roundToBF16(f))) << std::hex << toBits(f);
  }
}

TEST(Numerics, DoubleToF32) {
  EXPECT_EQ(roundToFloat(16777217.0, DType::F32), 16777216.0f);  // 2^24 + 1: tie to even
  EXPECT_EQ(roundToFloat(16777219.0, DType::F32), 16777220.0f);
  EXPECT_EQ(roundToFloat(1e39, DType::F32), std::numeric_limits<float>::infinity());
  EXPECT_EQ(roundToFloat(-1e39, DType::F32), -std::numeric_limits<float>::infinity());
  EXPECT_EQ(roundToFloat(static_cast<double>(FLT_MAX) * (1 + std::ldexp(1.0, -25)), DType::F32), FLT_MAX);
  EXPECT_EQ(roundToFloat(std::ldexp(1.0, -150), DType::F32), 0.0f);  // subnormal tie to even (0)
  EXPECT_EQ(roundToFloat(3 * std::ldexp(1.0, -150), DType::F32), std::ldexp(1.0f, -148));
}

TEST(Numerics, IntegersWrapToTheDtypeWidth) {
  EXPECT_EQ(wrapInt(200, DType::I8), -56);
  EXPECT_EQ(wrapInt(128, DType::I8), -128);
  EXPECT_EQ(wrapInt(-129, DType::I8), 127);
  EXPECT_EQ(wrapInt(7, DType::I4), 7);
  EXPECT_EQ(wrapInt(8, DType::I4), -8);
  EXPECT_EQ(wrapInt(15, DType::I4), -1);
  EXPECT_EQ(wrapInt(16, DType::I4), 0);
  EXPECT_EQ(wrapInt(-9, DType::I4), 7);
  EXPECT_EQ(wrapInt(40000, DType::I16), -25536);
  EXPECT_EQ(wrapInt(0x1234567890ll, DType::I16), 0x7890);
  EXPECT_EQ(wrapInt(std::int64_t{1} << 31, DType::I32), std::numeric_limits<std::int32_t>::min());
  EXPECT_EQ(wrapInt(std::numeric_limits<std::int64_t>::min(), DType::I32), 0);
  EXPECT_EQ(wrapUnsigned(~std::uint64_t{0}, DType::I32), -1);
  EXPECT_EQ(intMin(DType::I4), -8);
  EXPECT_EQ(intMax(DType::I4), 7);
  EXPECT_EQ(intMin(DType::I32), std::numeric_limits<std::int32_t>::min());
  EXPECT_EQ(intMax(DType::I16), 32767);
}

TEST(Numerics, FloatToIntTruncatesThenWraps) {
  EXPECT_EQ(floatToInt(2.9, DType::I8), 2);
  EXPECT_EQ(floatToInt(-2.9, DType::I8), -2);
  EXPECT_EQ(floatToInt(-0.5, DType::I8), 0);
  EXPECT_EQ(floatToInt(300.7, DType::I8), 44);
  EXPECT_EQ(floatToInt(-300.7, DType::I8), -44);
  EXPECT_EQ(floatToInt(4294967301.0, DType::I32), 5);
  EXPECT_EQ(floatToInt(1e20, DType::I32), 1661992960);  // 10^20 mod 2^32, exactly
  EXPECT_EQ(floatToInt(-1e20, DType::I32), -1661992960);
  EXPECT_EQ(floatToInt(1e300, DType::I16), 0);  // a multiple of 2^32
  EXPECT_EQ(floatToInt(std::nan(""), DType::I32), 0);
  EXPECT_EQ(floatToInt(std::numeric_limits<double>::infinity(), DType::I16), 0);
  EXPECT_EQ(floatToInt(-std::numeric_limits<double>::infinity(), DType::I4), 0);
}

TEST(Numerics, ConvertGivesTheStoredValue) {
  EXPECT_EQ(convert(257, DType::BF16), 256);  // 257 is halfway between bf16 256 and 258: even
  EXPECT_EQ(convert(259, DType::BF16), 260);
  EXPECT_EQ(convert(255, DType::BF16), 255);
  EXPECT_EQ(convert(16777217, DType::F32), 16777216);
  EXPECT_EQ(convert(3.7, DType::I16), 3);
  EXPECT_EQ(convert(40000, DType::I16), -25536);
  EXPECT_EQ(convert(-8, DType::I4), -8);
  EXPECT_EQ(convert(0.1, DType::F32), static_cast<double>(0.1f));
  EXPECT_EQ(convert(0.1, DType::BF16), 0.10009765625);
}
