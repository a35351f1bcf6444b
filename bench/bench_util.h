// What the benchmarks share.
#pragma once

#include <algorithm>
#include <vector>

namespace datosim::bench {

/// The median of `v` (the mean of the two middle values for an even count); `v` must not be empty.
inline double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

}  // namespace datosim::bench
