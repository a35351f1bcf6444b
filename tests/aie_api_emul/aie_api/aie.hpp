// A host emulation of the part of the AMD AIE API that datosim's vectorised kernels use
// (backends/npu/runtime/dsim_aie.h), so that g++ can compile and run emitted NPU kernels in the tests.
// Written for datosim from the AIE API User Guide (UG1529: vector and accumulator types, aie::mmul,
// filter_even / filter_odd, interleave_zip, transpose, rounding and saturation modes) and the AIE-ML matrix
// multiplication mode table (Vitis tutorials XD100); it shares no code with the real headers.
//
// It enforces what the real API and hardware would reject, so that a kernel that runs here is not
// merely correct on the host:
//   - vector sizes other than 128 to 4096 bits in powers of two (UG1529 "Basic Types");
//   - aie::mmul shapes that the target lacks: DSIM_AIE_ARCH=20 is AIE-ML (npu1, the XD100 table),
//     21 is XDNA2 (npu2: only the shapes mlir-aie's aie2p matmul kernels use, which are known to exist);
//   - vector loads and stores from addresses not aligned to the access (min(vector bytes, 32));
//   - filter / interleave steps that are not powers of two.
// The emulated mmul adds each block's products in ascending k; the hardware's order within a block is
// not documented, which is why float matmul results on the NPU may differ in the last bit.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <type_traits>
#include <utility>

#ifndef DSIM_AIE_ARCH
#error "define DSIM_AIE_ARCH: 20 (AIE-ML, npu1) or 21 (XDNA2, npu2)"
#endif

typedef std::int8_t int8;
typedef std::int16_t int16;
typedef std::int32_t int32;

/// A bf16 value: its 16-bit pattern (the upper half of the f32 of the same value).
struct bfloat16 {
  std::uint16_t bits;
};

// Accumulator tags.
struct acc32 {};
struct acc64 {};
struct accfloat {};

namespace aie {

enum class rounding_mode { floor, ceil, symmetric_inf, symmetric_zero, conv_even, conv_odd };
enum class saturation_mode { none, truncate, saturate, symmetric };

namespace emul {
inline rounding_mode& rounding() {
  static rounding_mode m = rounding_mode::floor;
  return m;
}
inline saturation_mode& saturation() {
  static saturation_mode m = saturation_mode::none;
  return m;
}
[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "AIE API emulation: %s\n", what);
  std::abort();
}
inline float f32_of(bfloat16 b) {
  const std::uint32_t u = static_cast<std::uint32_t>(b.bits) << 16;
  float f;
  std::memcpy(&f, &u, 4);
  return f;
}
/// f32 -> bf16 in the current rounding mode (conv_even: to nearest, ties to even; floor: toward -inf).
inline bfloat16 bf16_of(float f) {
  std::uint32_t u;
  std::memcpy(&u, &f, 4);
  if ((u & 0x7fffffffu) > 0x7f800000u) return bfloat16{static_cast<std::uint16_t>((u >> 16) | 0x40u)};
  switch (rounding()) {
    case rounding_mode::conv_even: u += 0x7fffu + ((u >> 16) & 1u); break;
    case rounding_mode::floor:
      if ((u >> 31) && (u & 0xffffu)) u += 0x10000u;
      break;
    default: fail("bf16 conversion in a rounding mode the emulation does not model");
  }
  return bfloat16{static_cast<std::uint16_t>(u >> 16)};
}
template <typename T>
constexpr bool is_int = std::is_integral<T>::value;
template <typename T>
constexpr bool is_bf16 = std::is_same<T, bfloat16>::value;
template <typename T>
inline double value(T x) {
  if constexpr (is_bf16<T>) return f32_of(x);
  else return static_cast<double>(x);
}
/// An integer kept to `bits` bits, two's complement (how a wrapping accumulator lane holds it).
inline std::int64_t wrap(std::int64_t v, int bits) {
  if (bits >= 64) return v;
  const std::uint64_t m = (std::uint64_t{1} << bits) - 1;
  std::uint64_t u = static_cast<std::uint64_t>(v) & m;
  if (u >> (bits - 1)) u |= ~m;
  return static_cast<std::int64_t>(u);
}
/// An integer result stored to T under the saturation mode (none: the low bits, i.e. wraps).
template <typename T>
inline T int_out(std::int64_t v) {
  constexpr int bits = 8 * sizeof(T);
  const std::int64_t lo = -(std::int64_t{1} << (bits - 1)), hi = (std::int64_t{1} << (bits - 1)) - 1;
  switch (saturation()) {
    case saturation_mode::none: return static_cast<T>(wrap(v, bits));
    case saturation_mode::saturate: return static_cast<T>(v < lo ? lo : v > hi ? hi : v);
    case saturation_mode::symmetric: return static_cast<T>(v < -hi ? -hi : v > hi ? hi : v);
    default: fail("a saturation mode the emulation does not model");
  }
}
template <typename T>
inline T from_float(float f) {
  if constexpr (is_bf16<T>) return bf16_of(f);
  else {
    static_assert(std::is_same<T, float>::value, "float result into an integer type");
    return f;
  }
}
constexpr bool pow2(unsigned x) { return x && !(x & (x - 1)); }
}  // namespace emul

inline void set_rounding(rounding_mode m) { emul::rounding() = m; }
inline void set_saturation(saturation_mode m) { emul::saturation() = m; }
inline rounding_mode get_rounding() { return emul::rounding(); }
inline saturation_mode get_saturation() { return emul::saturation(); }

template <typename T, unsigned Elems>
class vector {
  static_assert(emul::is_int<T> || emul::is_bf16<T> || std::is_same<T, float>::value, "vector element type");
  static constexpr unsigned bits = Elems * 8 * sizeof(T);
  static_assert(bits >= 128 && bits <= 4096 && emul::pow2(bits), "AIE vectors are 128 to 4096 bits, in powers of two");

 public:
  using value_type = T;
  static constexpr unsigned size() { return Elems; }
  T get(unsigned i) const {
    if (i >= Elems) emul::fail("vector index out of range");
    return e_[i];
  }
  T operator[](unsigned i) const { return get(i); }
  void set(T v, unsigned i) {
    if (i >= Elems) emul::fail("vector index out of range");
    e_[i] = v;
  }
  template <unsigned E2>
  vector& insert(unsigned idx, const vector<T, E2>& v) {
    static_assert(Elems % E2 == 0, "insert: subvector size must divide the vector");
    if (idx >= Elems / E2) emul::fail("insert: index out of range");
    for (unsigned i = 0; i < E2; ++i) e_[idx * E2 + i] = v.get(i);
    return *this;
  }
  template <unsigned E2>
  vector<T, E2> extract(unsigned idx) const {
    static_assert(Elems % E2 == 0, "extract: subvector size must divide the vector");
    if (idx >= Elems / E2) emul::fail("extract: index out of range");
    vector<T, E2> r;
    for (unsigned i = 0; i < E2; ++i) r.set(e_[idx * E2 + i], i);
    return r;
  }

 private:
  T e_[Elems] = {};
};

namespace emul {
template <typename T>
inline void check_align(const T* p, unsigned bytes) {
  const unsigned a = bytes < 32 ? bytes : 32;
  if (reinterpret_cast<std::uintptr_t>(p) % a) fail("vector access not aligned to its size");
}
}  // namespace emul

template <unsigned Elems, typename T>
inline vector<std::remove_const_t<T>, Elems> load_v(T* p) {
  using U = std::remove_const_t<T>;
  emul::check_align(p, Elems * sizeof(U));
  vector<U, Elems> v;
  for (unsigned i = 0; i < Elems; ++i) v.set(p[i], i);
  return v;
}

template <typename T, unsigned Elems>
inline void store_v(T* p, const vector<T, Elems>& v) {
  emul::check_align(p, Elems * sizeof(T));
  for (unsigned i = 0; i < Elems; ++i) p[i] = v.get(i);
}

template <typename T, unsigned Elems>
inline vector<T, Elems> zeros() {
  return vector<T, Elems>();
}

template <typename T, unsigned Elems>
inline vector<T, Elems> broadcast(T x) {
  vector<T, Elems> v;
  for (unsigned i = 0; i < Elems; ++i) v.set(x, i);
  return v;
}

template <typename T, unsigned Elems>
inline vector<T, 2 * Elems> concat(const vector<T, Elems>& a, const vector<T, Elems>& b) {
  vector<T, 2 * Elems> r;
  r.insert(0, a);
  r.insert(1, b);
  return r;
}

namespace emul {
template <typename T, unsigned Elems>
inline vector<T, Elems / 2> filter(const vector<T, Elems>& v, unsigned step, unsigned which) {
  if (!pow2(step) || Elems % (2 * step)) fail("filter: the step must be a power of two dividing half the vector");
  vector<T, Elems / 2> r;
  unsigned o = 0;
  for (unsigned c = which; c < Elems / step; c += 2)
    for (unsigned i = 0; i < step; ++i) r.set(v.get(c * step + i), o++);
  return r;
}
}  // namespace emul

/// { v[0, step), v[2 step, 3 step), ... }
template <typename T, unsigned Elems>
inline vector<T, Elems / 2> filter_even(const vector<T, Elems>& v, unsigned step = 1) {
  return emul::filter(v, step, 0);
}
/// { v[step, 2 step), v[3 step, 4 step), ... }
template <typename T, unsigned Elems>
inline vector<T, Elems / 2> filter_odd(const vector<T, Elems>& v, unsigned step = 1) {
  return emul::filter(v, step, 1);
}

/// step elements of a, step of b, the next step of a, ...: the first half of that sequence, then the second.
template <typename T, unsigned Elems>
inline std::pair<vector<T, Elems>, vector<T, Elems>> interleave_zip(const vector<T, Elems>& a, const vector<T, Elems>& b,
                                                                    unsigned step) {
  if (!emul::pow2(step) || Elems % step) emul::fail("interleave_zip: the step must be a power of two dividing the vector");
  T seq[2 * Elems];
  unsigned o = 0;
  for (unsigned c = 0; c < Elems / step; ++c) {
    for (unsigned i = 0; i < step; ++i) seq[o++] = a.get(c * step + i);
    for (unsigned i = 0; i < step; ++i) seq[o++] = b.get(c * step + i);
  }
  std::pair<vector<T, Elems>, vector<T, Elems>> r;
  for (unsigned i = 0; i < Elems; ++i) {
    r.first.set(seq[i], i);
    r.second.set(seq[Elems + i], i);
  }
  return r;
}

/// The vector read as a Row x Col matrix (row-major), transposed: Col x Row.
template <typename T, unsigned Elems>
inline vector<T, Elems> transpose(const vector<T, Elems>& v, unsigned Row, unsigned Col) {
  if (Row * Col != Elems) emul::fail("transpose: Row x Col must be the vector's size");
  vector<T, Elems> r;
  for (unsigned i = 0; i < Row; ++i)
    for (unsigned j = 0; j < Col; ++j) r.set(v.get(i * Col + j), j * Row + i);
  return r;
}

/// An accumulator: integer lanes of the tag's width (wrapping), or f32 lanes.
template <typename Tag, unsigned Elems>
class accum {
  static constexpr bool fp = std::is_same<Tag, accfloat>::value;
  static constexpr int lane_bits = std::is_same<Tag, acc64>::value ? 64 : 32;
  static_assert(fp || std::is_same<Tag, acc32>::value || std::is_same<Tag, acc64>::value, "accumulator tag");
  static constexpr unsigned bits = Elems * lane_bits;
  static_assert(bits >= 256 && bits <= 4096 && emul::pow2(bits), "AIE accumulators are 256 to 4096 bits");

 public:
  accum() = default;
  template <typename T>
  explicit accum(const vector<T, Elems>& v, int shift = 0) {
    from_vector(v, shift);
  }
  template <typename T>
  void from_vector(const vector<T, Elems>& v, int shift = 0) {
    for (unsigned i = 0; i < Elems; ++i) {
      if constexpr (fp) {
        static_assert(!emul::is_int<T>, "float accumulator from an integer vector");
        f_[i] = static_cast<float>(emul::value(v.get(i)));
      } else {
        static_assert(emul::is_int<T>, "integer accumulator from a float vector");
        i_[i] = emul::wrap(static_cast<std::int64_t>(v.get(i)) * (std::int64_t{1} << shift), lane_bits);
      }
    }
  }
  template <typename T>
  vector<T, Elems> to_vector(int shift = 0) const {
    vector<T, Elems> r;
    for (unsigned i = 0; i < Elems; ++i) {
      if constexpr (fp) {
        r.set(emul::from_float<T>(f_[i]), i);
      } else {
        static_assert(emul::is_int<T>, "integer accumulator to a float vector");
        std::int64_t v = i_[i];
        if (shift > 0) {
          if (emul::rounding() != rounding_mode::floor && emul::rounding() != rounding_mode::conv_even)
            emul::fail("shift-round in a rounding mode the emulation does not model");
          const std::int64_t q = v >> shift, rem = v - (q << shift), half = std::int64_t{1} << (shift - 1);
          v = q;
          if (emul::rounding() == rounding_mode::conv_even && (rem > half || (rem == half && (q & 1)))) ++v;
        }
        r.set(emul::int_out<T>(v), i);
      }
    }
    return r;
  }
  // The emulation's lanes (for aie::mmul and aie::mul).
  float& f(unsigned i) { return f_[i]; }
  std::int64_t& n(unsigned i) { return i_[i]; }
  void fix(unsigned i) { i_[i] = emul::wrap(i_[i], lane_bits); }

 private:
  float f_[Elems] = {};
  std::int64_t i_[Elems] = {};
};

namespace emul {
template <typename A, typename B>
struct mul_acc {
  static_assert(sizeof(A) > 0, "no element-wise multiplication for these types");
};
template <> struct mul_acc<int8, int8> { using type = acc32; };
template <> struct mul_acc<int16, int16> { using type = acc32; };
template <> struct mul_acc<int32, int32> { using type = acc64; };
template <> struct mul_acc<bfloat16, bfloat16> { using type = accfloat; };
template <> struct mul_acc<float, float> { using type = accfloat; };

/// The larger of two lanes (the first when equal; a NaN compares false, as in the comparison the emulation
/// assumes of the hardware, which datosim does not check).
template <typename T>
inline T larger(T x, T y) {
  return value(x) >= value(y) ? x : y;
}

template <typename T, typename F>
inline T elementwise(T x, T y, F f) {
  if constexpr (is_int<T>) return static_cast<T>(wrap(f(static_cast<std::int64_t>(x), static_cast<std::int64_t>(y)), 8 * sizeof(T)));
  else if constexpr (is_bf16<T>) return bf16_of(f(f32_of(x), f32_of(y)));
  else return f(x, y);
}
}  // namespace emul

template <typename T, unsigned Elems>
inline vector<T, Elems> add(const vector<T, Elems>& a, const vector<T, Elems>& b) {
  vector<T, Elems> r;
  for (unsigned i = 0; i < Elems; ++i) r.set(emul::elementwise(a.get(i), b.get(i), [](auto x, auto y) { return x + y; }), i);
  return r;
}
template <typename T, unsigned Elems>
inline vector<T, Elems> sub(const vector<T, Elems>& a, const vector<T, Elems>& b) {
  vector<T, Elems> r;
  for (unsigned i = 0; i < Elems; ++i) r.set(emul::elementwise(a.get(i), b.get(i), [](auto x, auto y) { return x - y; }), i);
  return r;
}
template <typename T, unsigned Elems>
inline vector<T, Elems> max(const vector<T, Elems>& a, const vector<T, Elems>& b) {
  vector<T, Elems> r;
  for (unsigned i = 0; i < Elems; ++i) r.set(emul::larger(a.get(i), b.get(i)), i);
  return r;
}
namespace emul {
/// Each lane's a * b, into r (Add: added to what r holds; otherwise replacing it, so a float product keeps
/// its sign when it is a zero).
template <bool Add, typename Tag, typename T, unsigned Elems>
inline accum<Tag, Elems> multiply(accum<Tag, Elems> r, const vector<T, Elems>& a, const vector<T, Elems>& b) {
  for (unsigned i = 0; i < Elems; ++i) {
    if constexpr (is_int<T>) {
      r.n(i) = (Add ? r.n(i) : 0) + static_cast<std::int64_t>(a.get(i)) * static_cast<std::int64_t>(b.get(i));
      r.fix(i);
    } else {
      const float p = static_cast<float>(value(a.get(i))) * static_cast<float>(value(b.get(i)));
      r.f(i) = Add ? r.f(i) + p : p;
    }
  }
  return r;
}
}  // namespace emul

/// a * b element-wise, into the accumulator the operand types multiply into.
template <typename T, unsigned Elems>
inline accum<typename emul::mul_acc<T, T>::type, Elems> mul(const vector<T, Elems>& a, const vector<T, Elems>& b) {
  return emul::multiply<false>(accum<typename emul::mul_acc<T, T>::type, Elems>(), a, b);
}

/// acc + a * b element-wise.
template <typename Tag, typename T, unsigned Elems>
inline accum<Tag, Elems> mac(const accum<Tag, Elems>& acc, const vector<T, Elems>& a, const vector<T, Elems>& b) {
  static_assert(std::is_same<Tag, typename emul::mul_acc<T, T>::type>::value,
                "aie::mac: the accumulator does not fit the operand types");
  return emul::multiply<true>(acc, a, b);
}

/// The sum of the lanes (integers wrap to the element width; floats in lane order, which the hardware
/// does not promise: datosim only reduces integers this way).
template <typename T, unsigned Elems>
inline T reduce_add(const vector<T, Elems>& v) {
  T r = v.get(0);
  for (unsigned i = 1; i < Elems; ++i) r = emul::elementwise(r, v.get(i), [](auto x, auto y) { return x + y; });
  return r;
}
/// The largest lane.
template <typename T, unsigned Elems>
inline T reduce_max(const vector<T, Elems>& v) {
  T r = v.get(0);
  for (unsigned i = 1; i < Elems; ++i) r = emul::larger(r, v.get(i));
  return r;
}

namespace emul {
/// The aie::mmul modes the target has (M x K x N for these operand types).
template <typename TA, typename TB>
constexpr bool mmul_mode(unsigned M, unsigned K, unsigned N) {
  constexpr bool i8 = std::is_same<TA, int8>::value && std::is_same<TB, int8>::value;
  constexpr bool i16 = std::is_same<TA, int16>::value && std::is_same<TB, int16>::value;
  constexpr bool bf = is_bf16<TA> && is_bf16<TB>;
#if DSIM_AIE_ARCH == 20
  if (i8)
    return (M == 4 && K == 8 && N == 4) || (M == 4 && K == 16 && N == 4) || (M == 8 && K == 8 && N == 4) ||
           (M == 2 && K == 8 && N == 8) || (M == 4 && K == 8 && N == 8) || (M == 2 && K == 16 && N == 8) ||
           (M == 4 && K == 16 && N == 8);
  if (i16) return (M == 4 && K == 4 && N == 4) || (M == 2 && K == 4 && N == 8) || (M == 4 && K == 4 && N == 8) || (M == 4 && K == 2 && N == 8);
  if (bf) return M == 4 && K == 8 && N == 4;
#elif DSIM_AIE_ARCH == 21
  if (i8) return M == 8 && K == 8 && N == 8;
  if (i16) return M == 4 && K == 4 && N == 8;
  if (bf) return M == 4 && K == 8 && N == 8;
#else
#error "DSIM_AIE_ARCH: 20 or 21"
#endif
  return false;
}
}  // namespace emul

template <unsigned M, unsigned K, unsigned N, typename TA, typename TB, typename Tag = typename emul::mul_acc<TA, TB>::type>
struct mmul {
  static_assert(emul::mmul_mode<TA, TB>(M, K, N), "aie::mmul: no such mode for these types on this architecture");
  static_assert(emul::is_bf16<TA> ? std::is_same<Tag, accfloat>::value : !std::is_same<Tag, accfloat>::value,
                "aie::mmul: accumulator tag does not fit the operand types");
  static constexpr unsigned size_A = M * K, size_B = K * N, size_C = M * N;

  mmul() = default;
  template <typename T>
  explicit mmul(const vector<T, size_C>& c, int shift = 0) : acc_(c, shift) {}

  void mac(const vector<TA, size_A>& a, const vector<TB, size_B>& b) {
    for (unsigned i = 0; i < M; ++i)
      for (unsigned j = 0; j < N; ++j)
        for (unsigned k = 0; k < K; ++k) {
          if constexpr (emul::is_bf16<TA>) {
            acc_.f(i * N + j) = acc_.f(i * N + j) + emul::f32_of(a.get(i * K + k)) * emul::f32_of(b.get(k * N + j));
          } else {
            acc_.n(i * N + j) += static_cast<std::int64_t>(a.get(i * K + k)) * static_cast<std::int64_t>(b.get(k * N + j));
            acc_.fix(i * N + j);
          }
        }
  }
  void mul(const vector<TA, size_A>& a, const vector<TB, size_B>& b) {
    acc_ = accum<Tag, size_C>();
    mac(a, b);
  }
  template <typename T>
  vector<T, size_C> to_vector(int shift = 0) const {
    return acc_.template to_vector<T>(shift);
  }

 private:
  accum<Tag, size_C> acc_;
};

}  // namespace aie
