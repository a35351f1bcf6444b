// Reproducible random tensor contents: a fixed generator implemented here, so that the same seed
// gives the same values with every compiler and standard library (docs/numerics.md, "Random inputs").
#pragma once

#include <cstdint>

#include "data/buffer.h"

namespace datosim::data {

/// SplitMix64 (Steele, Lea, Flood, "Fast splittable pseudorandom number generators", 2014):
/// state += 0x9e3779b97f4a7c15, then a fixed mix of the state gives each 64-bit output.
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next();

 private:
  std::uint64_t state_;
};

/// The range fillRandom draws integers of dtype `t` from: i4 [-8, 7] and i8 [-128, 127] (their full
/// ranges), i16 and i32 [-1024, 1023] (products below 2^20, so sums of up to 2048 of them stay exact in
/// an i32 accumulator). Asserts an integer dtype.
std::int64_t randomIntMin(ir::DType t);
std::int64_t randomIntMax(ir::DType t);

/// Fill `b` in row-major order from SplitMix64(seed), one generator output per element:
/// integers uniform over [randomIntMin, randomIntMax] (the output's top bits), floats uniform over the
/// 2^24 values k / 2^23 - 1, k in [0, 2^24) (so in [-1, 1), exact in f32), then rounded to nearest even
/// for bf16 (which can give exactly 1.0).
void fillRandom(Buffer& b, std::uint64_t seed);

}  // namespace datosim::data
