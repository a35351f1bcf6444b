// The .npy files of a generated project (datosim writes them: '|i1', '<i2', '<i4' or '<f4', C order)
// read into device-memory arrays, and outputs compared with them bit for bit. Used by the C-simulation
// test bench (load / compare, over the kernel's element types) and by the XRT host (load_host /
// compare_host, over plain C types; uint16_t holds a bf16 pattern). Written by datosim.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

namespace dsim_npy {

/// Every element as a double (exact for the stored types); false (and a message) on any mismatch.
inline bool read(const std::string& path, const std::vector<long long>& shape, std::vector<double>& out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    std::fprintf(stderr, "%s: cannot open\n", path.c_str());
    return false;
  }
  std::stringstream ss;
  ss << f.rdbuf();
  const std::string b = ss.str();
  if (b.size() < 10 || b.compare(0, 6, "\x93NUMPY") != 0) {
    std::fprintf(stderr, "%s: not a .npy file\n", path.c_str());
    return false;
  }
  const unsigned major = static_cast<unsigned char>(b[6]);
  std::size_t hlen = 0, start = 0;
  if (major == 1) {
    hlen = static_cast<unsigned char>(b[8]) | (static_cast<std::size_t>(static_cast<unsigned char>(b[9])) << 8);
    start = 10;
  } else {
    if (b.size() < 12) return false;
    for (int i = 0; i < 4; ++i) hlen |= static_cast<std::size_t>(static_cast<unsigned char>(b[8 + i])) << (8 * i);
    start = 12;
  }
  if (b.size() < start + hlen) {
    std::fprintf(stderr, "%s: truncated header\n", path.c_str());
    return false;
  }
  const std::string h = b.substr(start, hlen);
  const std::size_t d = h.find("'descr': '");
  const std::size_t s = h.find("'shape': (");
  if (d == std::string::npos || s == std::string::npos || h.find("'fortran_order': False") == std::string::npos) {
    std::fprintf(stderr, "%s: unsupported header %s\n", path.c_str(), h.c_str());
    return false;
  }
  const std::string descr = h.substr(d + 10, 3);
  std::vector<long long> dims;
  std::size_t i = s + 10;
  while (i < h.size() && h[i] != ')') {
    if (h[i] >= '0' && h[i] <= '9') {
      long long v = 0;
      while (i < h.size() && h[i] >= '0' && h[i] <= '9') v = v * 10 + (h[i++] - '0');
      dims.push_back(v);
    } else {
      ++i;
    }
  }
  if (dims != shape) {
    std::fprintf(stderr, "%s: shape differs from the tensor's\n", path.c_str());
    return false;
  }
  long long n = 1;
  for (long long x : shape) n *= x;
  const std::size_t size = descr == "|i1" ? 1 : descr == "<i2" ? 2 : (descr == "<i4" || descr == "<f4") ? 4 : 0;
  if (size == 0) {
    std::fprintf(stderr, "%s: unsupported dtype %s\n", path.c_str(), descr.c_str());
    return false;
  }
  const std::size_t data = start + hlen;
  if (b.size() != data + static_cast<std::size_t>(n) * size) {
    std::fprintf(stderr, "%s: %zu data bytes, expected %lld\n", path.c_str(), b.size() - data,
                 static_cast<long long>(n) * static_cast<long long>(size));
    return false;
  }
  out.resize(static_cast<std::size_t>(n));
  for (long long k = 0; k < n; ++k) {
    const unsigned char* p = reinterpret_cast<const unsigned char*>(b.data()) + data + static_cast<std::size_t>(k) * size;
    std::uint32_t u = 0;
    for (std::size_t j = 0; j < size; ++j) u |= static_cast<std::uint32_t>(p[j]) << (8 * j);
    double v;
    if (descr == "|i1") v = static_cast<std::int8_t>(u);
    else if (descr == "<i2") v = static_cast<std::int16_t>(u);
    else if (descr == "<i4") v = static_cast<std::int32_t>(u);
    else {
      float x;
      std::memcpy(&x, &u, 4);
      v = x;
    }
    out[static_cast<std::size_t>(k)] = v;
  }
  return true;
}

inline std::uint32_t float_bits(float x) {
  std::uint32_t u;
  std::memcpy(&u, &x, 4);
  return u;
}

// ---- the test bench: arrays of the kernel's memory types (dsim_kernels.h's dtypes) ----

template <typename DT>
typename DT::Mem to_mem(double v) {
  if (DT::is_float) return DT::to_mem(DT::from_float(static_cast<float>(v)));
  return DT::to_mem(DT::from_int(static_cast<long long>(v)));
}

template <typename DT>
bool load(const std::string& path, const std::vector<long long>& shape, std::vector<typename DT::Mem>& out) {
  std::vector<double> v;
  if (!read(path, shape, v)) return false;
  for (std::size_t i = 0; i < v.size(); ++i) out[i] = to_mem<DT>(v[i]);
  return true;
}

/// The value's bits as an integer, for an exact comparison (any NaN equals any NaN).
template <typename DT>
long long key(typename DT::Mem m) {
  const float f = DT::to_float(DT::from_mem(m));
  if (DT::is_float && std::isnan(f)) return -1;
  if (DT::is_float) return static_cast<long long>(float_bits(f));
  return DT::to_int(DT::from_mem(m));
}

/// The number of tensors that differ (0 or 1); the first mismatch is printed.
template <typename DT>
int compare(const std::string& path, const std::vector<long long>& shape, const std::vector<typename DT::Mem>& got,
            const char* name) {
  std::vector<double> v;
  if (!read(path, shape, v)) return 1;
  long long bad = 0, first = -1;
  for (std::size_t i = 0; i < v.size(); ++i)
    if (key<DT>(got[i]) != key<DT>(to_mem<DT>(v[i]))) {
      if (first < 0) first = static_cast<long long>(i);
      ++bad;
    }
  if (bad == 0) return 0;
  std::fprintf(stderr, "csim: output %s: %lld of %zu elements differ from datosim's; first at flat index %lld: %.9g, "
               "expected %.9g\n", name, bad, v.size(), first,
               static_cast<double>(DT::to_float(DT::from_mem(got[static_cast<std::size_t>(first)]))),
               v[static_cast<std::size_t>(first)]);
  return 1;
}

// ---- the XRT host: plain C types (int8_t, int16_t, int32_t, float; uint16_t = a bf16 pattern) ----

template <typename T>
T host_value(double v) {
  if constexpr (std::is_same<T, std::uint16_t>::value)
    return static_cast<std::uint16_t>(float_bits(static_cast<float>(v)) >> 16);  // bf16: exact
  else
    return static_cast<T>(v);
}

template <typename T>
bool load_host(const std::string& path, const std::vector<long long>& shape, std::vector<T>& out) {
  std::vector<double> v;
  if (!read(path, shape, v)) return false;
  for (std::size_t i = 0; i < v.size(); ++i) out[i] = host_value<T>(v[i]);
  return true;
}

/// A float's (or bf16 pattern's) position on the number line, in units in the last place: neighbours
/// differ by one, -0 and +0 are both 0.
template <typename T>
long long ulp_index(T x) {
  long long m, sign;
  if constexpr (std::is_same<T, std::uint16_t>::value) {
    m = x & 0x7fff;
    sign = x >> 15;
  } else {
    const unsigned int b = float_bits(x);
    m = b & 0x7fffffffu;
    sign = b >> 31;
  }
  return sign ? -m : m;
}

/// The outputs against the expected .npy: exactly, or for float outputs (float, bf16 patterns) within
/// `float_ulps` units in the last place when the kernels sum in another order than datosim (NaN = NaN).
template <typename T>
int compare_host(const std::string& path, const std::vector<long long>& shape, const std::vector<T>& got,
                 const char* name, int float_ulps = 0) {
  constexpr bool fp = std::is_same<T, float>::value || std::is_same<T, std::uint16_t>::value;
  std::vector<double> v;
  if (!read(path, shape, v)) return 1;
  long long bad = 0, worst = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const T want = host_value<T>(v[i]);
    if (std::memcmp(&want, &got[i], sizeof(T)) == 0) continue;
    if constexpr (fp) {
      const bool nan_got = std::is_same<T, float>::value ? std::isnan(static_cast<double>(got[i])) : (got[i] & 0x7fff) > 0x7f80;
      if (nan_got && std::isnan(v[i])) continue;
      if (!nan_got && !std::isnan(v[i])) {
        const long long d = ulp_index(got[i]) - ulp_index(want), ad = d < 0 ? -d : d;
        worst = ad > worst ? ad : worst;
        if (ad <= float_ulps) continue;
      }
    }
    ++bad;
  }
  if (bad) std::fprintf(stderr, "output %s: %lld of %zu elements differ from datosim's\n", name, bad, v.size());
  else if (worst) std::printf("output %s: within %lld units in the last place of datosim's\n", name, worst);
  return bad ? 1 : 0;
}

}  // namespace dsim_npy
