#include "data/numerics.h"

#include <algorithm>
#include <cassert>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>

namespace datosim::data {

namespace {

std::uint32_t floatBits(float x) {
  std::uint32_t b;
  std::memcpy(&b, &x, sizeof b);
  return b;
}

float bitsFloat(std::uint32_t b) {
  float x;
  std::memcpy(&x, &b, sizeof x);
  return x;
}

/// Round finite, non-zero `v` to a binary format with `precision` significand bits (the implicit bit
/// included), smallest normal exponent `minExp` (below it the format is subnormal) and largest finite
/// value `maxFinite`, to nearest with ties to even, with an unbounded exponent first and overflow to
/// infinity after, as IEEE 754 specifies.
double roundBinary(double v, int precision, int minExp, double maxFinite) {
  if (std::isnan(v) || std::isinf(v) || v == 0) return v;
  int e = 0;
  std::frexp(v, &e);  // |v| = m 2^e with m in [0.5, 1): the leading bit has weight 2^(e-1)
  int lsbExp = std::max(e - 1, minExp) - (precision - 1);
  double scaled = std::ldexp(v, -lsbExp);  // exact: a power-of-two scaling inside double's range
  double r = std::floor(scaled);
  double frac = scaled - r;  // exact: both are below 2^(precision+1)
  if (frac > 0.5 || (frac == 0.5 && std::fmod(r, 2.0) != 0)) r += 1;
  double out = std::copysign(std::ldexp(r, lsbExp), v);  // keeps -0 for tiny negative values
  if (std::fabs(out) > maxFinite) return std::copysign(std::numeric_limits<double>::infinity(), v);
  return out;
}

}  // namespace

std::int64_t intMin(ir::DType t) {
  assert(!ir::isFloat(t) && "intMin of a float dtype");
  return -(std::int64_t{1} << (ir::dtypeBits(t) - 1));
}

std::int64_t intMax(ir::DType t) {
  assert(!ir::isFloat(t) && "intMax of a float dtype");
  return (std::int64_t{1} << (ir::dtypeBits(t) - 1)) - 1;
}

std::int32_t wrapUnsigned(std::uint64_t v, ir::DType t) {
  assert(!ir::isFloat(t) && "wrapping to a float dtype");
  int bits = ir::dtypeBits(t);
  std::uint64_t mask = (std::uint64_t{1} << bits) - 1;
  std::uint64_t sign = std::uint64_t{1} << (bits - 1);
  std::uint64_t low = v & mask;
  // Sign-extend without relying on implementation-defined unsigned -> signed conversions.
  std::int64_t value = (low & sign) ? -static_cast<std::int64_t>(mask - low) - 1 : static_cast<std::int64_t>(low);
  return static_cast<std::int32_t>(value);
}

std::int32_t wrapInt(std::int64_t v, ir::DType t) { return wrapUnsigned(static_cast<std::uint64_t>(v), t); }

float roundToBF16(float x) {
  std::uint32_t b = floatBits(x);
  if ((b & 0x7fffffffu) > 0x7f800000u) return bitsFloat((b | 0x00400000u) & 0xffff0000u);  // NaN: quiet it
  // Adding 0x7fff (+1 when the kept part is odd) carries into bit 16 exactly when the dropped half is
  // above the midpoint, or at it with an odd kept part; a carry out of the largest finite value gives inf.
  std::uint32_t keptLsb = (b >> 16) & 1u;
  b += 0x7fffu + keptLsb;
  return bitsFloat(b & 0xffff0000u);
}

bool isBF16(float x) { return (floatBits(x) & 0xffffu) == 0; }

std::int32_t floatToInt(double v, ir::DType t) {
  if (!std::isfinite(v)) return 0;
  // trunc and fmod are exact; 2^32 is a multiple of 2^bits for every integer dtype, so the residue
  // modulo 2^32 has the same low bits as the (possibly huge) integer itself.
  double m = std::fmod(std::trunc(v), 4294967296.0);
  return wrapInt(static_cast<std::int64_t>(m), t);
}

float roundToFloat(double v, ir::DType t) {
  assert(ir::isFloat(t) && "roundToFloat to an integer dtype");
  if (std::isnan(v)) {
    float nan = std::copysign(std::numeric_limits<float>::quiet_NaN(), static_cast<float>(std::signbit(v) ? -1 : 1));
    return nan;  // the canonical quiet NaN is a bf16 value too
  }
  if (t == ir::DType::BF16) {
    const double maxBF16 = static_cast<double>(bitsFloat(0x7f7f0000u));
    return static_cast<float>(roundBinary(v, 8, -126, maxBF16));
  }
  // Inside f32's range the hardware conversion is exactly this rounding (IEEE 754, round to nearest even);
  // outside it the C++ conversion would be undefined, so round by hand (to FLT_MAX or to infinity).
  if (std::fabs(v) <= static_cast<double>(FLT_MAX)) return static_cast<float>(v);
  return static_cast<float>(roundBinary(v, 24, -126, static_cast<double>(FLT_MAX)));
}

double convert(double value, ir::DType to) {
  if (ir::isFloat(to)) return static_cast<double>(roundToFloat(value, to));
  return static_cast<double>(floatToInt(value, to));
}

}  // namespace datosim::data
