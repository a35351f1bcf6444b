#include "data/random.h"

#include <cassert>

namespace datosim::data {

std::uint64_t SplitMix64::next() {
  state_ += 0x9e3779b97f4a7c15ull;
  std::uint64_t z = state_;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

namespace {
/// log2 of the number of values fillRandom draws integers of `t` from (a power of two, so taking the
/// output's top bits is exactly uniform).
int randomIntBits(ir::DType t) {
  switch (t) {
    case ir::DType::I4: return 4;
    case ir::DType::I8: return 8;
    case ir::DType::I16:
    case ir::DType::I32: return 11;
    case ir::DType::BF16:
    case ir::DType::F32: break;
  }
  assert(false && "random integer range of a float dtype");
  return 1;
}
}  // namespace

std::int64_t randomIntMin(ir::DType t) { return -(std::int64_t{1} << (randomIntBits(t) - 1)); }
std::int64_t randomIntMax(ir::DType t) { return (std::int64_t{1} << (randomIntBits(t) - 1)) - 1; }

void fillRandom(Buffer& b, std::uint64_t seed) {
  SplitMix64 rng(seed);
  if (b.isFloat()) {
    for (std::int64_t i = 0; i < b.size(); ++i) {
      std::int64_t k = static_cast<std::int64_t>(rng.next() >> 40);  // 24 bits
      b.setFloat(i, static_cast<float>(k - (std::int64_t{1} << 23)) * 0x1p-23f);
    }
    return;
  }
  int bits = randomIntBits(b.dtype());
  std::int64_t lo = randomIntMin(b.dtype());
  // Every value drawn is in the dtype's range (randomIntBits <= its width), so none needs wrapping.
  for (std::int64_t i = 0; i < b.size(); ++i)
    b.storeInt(i, static_cast<std::int32_t>(lo + static_cast<std::int64_t>(rng.next() >> (64 - bits))));
}

}  // namespace datosim::data
