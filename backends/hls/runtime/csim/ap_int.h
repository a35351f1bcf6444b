// datosim's C-simulation stand-in for Vitis HLS's ap_int.h: ap_int<W> and ap_uint<W> for W <= 64, as
// far as code that datosim generates uses them (construction from integers, which wraps to W bits,
// and conversion back to a 64-bit integer). Not Xilinx's header: Vitis HLS builds the same sources
// with its own. Used only when the project is compiled with -DDATOSIM_CSIM (the Makefile's csim).
#pragma once

#include <type_traits>

template <int W>
class ap_int {
  static_assert(W >= 1 && W <= 64, "ap_int width must be 1..64 in datosim's C simulation");
  long long v_;
  static long long wrap(unsigned long long x) {
    if (W == 64) return static_cast<long long>(x);
    const unsigned long long mask = (1ull << (W % 64)) - 1;
    unsigned long long low = x & mask;
    if ((low >> (W - 1)) & 1ull) low |= ~mask;
    return static_cast<long long>(low);
  }

 public:
  ap_int() : v_(0) {}
  template <typename T, typename = typename std::enable_if<std::is_integral<T>::value>::type>
  ap_int(T x) : v_(wrap(static_cast<unsigned long long>(x))) {}
  template <int W2>
  ap_int(const ap_int<W2>& o) : v_(wrap(static_cast<unsigned long long>(static_cast<long long>(o)))) {}
  operator long long() const { return v_; }
  long long to_int64() const { return v_; }
};

template <int W>
class ap_uint {
  static_assert(W >= 1 && W <= 64, "ap_uint width must be 1..64 in datosim's C simulation");
  unsigned long long v_;
  static unsigned long long wrap(unsigned long long x) { return W == 64 ? x : (x & ((1ull << (W % 64)) - 1)); }

 public:
  ap_uint() : v_(0) {}
  template <typename T, typename = typename std::enable_if<std::is_integral<T>::value>::type>
  ap_uint(T x) : v_(wrap(static_cast<unsigned long long>(x))) {}
  operator unsigned long long() const { return v_; }
  unsigned long long to_uint64() const { return v_; }
};
