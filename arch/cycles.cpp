#include "arch/cycles.h"

#include <algorithm>
#include <cmath>

namespace datosim::arch {

std::int64_t ceilCycles(double amount, double perCycle) {
  if (amount <= 0) return 0;
  double q = amount / perCycle;
  constexpr double kLimit = 4611686018427387904.0;  // 2^62: far beyond any simulable time, and no overflow
  if (!(q < kLimit)) return static_cast<std::int64_t>(kLimit);
  double nearest = std::nearbyint(q);
  if (nearest >= 1 && std::fabs(q - nearest) <= 1e-9 * q) return static_cast<std::int64_t>(nearest);
  return static_cast<std::int64_t>(std::ceil(q));
}

}  // namespace datosim::arch
