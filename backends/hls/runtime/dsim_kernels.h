// datosim's HLS kernel library: the built-in kernels of a datosim graph as C++ functions over
// ap_int<W> / float, with the numerics datosim's functional simulation uses (its docs/numerics.md):
// integer kernels compute exactly and wrap once to the output width; float kernels compute in f32,
// in index order, and round once to the output dtype. bf16 values are carried in `float` variables
// that always hold a bf16 value (low 16 bits zero), and in device memory as their 16-bit pattern
// (ap_uint<16>). Written by datosim into every generated HLS project; plain C++ that Vitis HLS
// synthesises and that g++ compiles for datosim's C simulation.
#pragma once

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "ap_int.h"

namespace dsim {

/// A stream token: one tile of N elements (a plain struct, as hls::stream element types must be).
template <typename T, int N>
struct tile {
  T v[N];
};

// ---- graph index arithmetic: floor division and modulo (Python's // and %) ----
inline long long fdiv(long long a, long long b) {
  long long q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
inline long long fmod(long long a, long long b) {
  long long r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}
inline long long imin(long long a, long long b) { return a < b ? a : b; }
inline long long imax(long long a, long long b) { return a < b ? b : a; }

// ---- numerics ----
inline unsigned int f32_bits(float x) {
  unsigned int b;
  std::memcpy(&b, &x, sizeof b);
  return b;
}
inline float bits_f32(unsigned int b) {
  float x;
  std::memcpy(&x, &b, sizeof x);
  return x;
}
/// f32 -> bf16, round to nearest even; NaN stays NaN (quietened); overflow gives inf.
inline float round_bf16(float x) {
  unsigned int b = f32_bits(x);
  if ((b & 0x7fffffffu) > 0x7f800000u) return bits_f32((b | 0x00400000u) & 0xffff0000u);
  b += 0x7fffu + ((b >> 16) & 1u);
  return bits_f32(b & 0xffff0000u);
}
/// A 32-bit integer -> bf16, rounded once to nearest even (not through f32).
inline float int_to_bf16(long long v) {
  if (v == 0) return 0.0f;
  const bool neg = v < 0;
  unsigned long long a = neg ? 0ull - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
  int msb = 63;
  while (!((a >> msb) & 1ull)) --msb;
  int shift = msb > 7 ? msb - 7 : 0;
  unsigned long long q = a >> shift;
  if (shift > 0) {
    const unsigned long long rem = a & ((1ull << shift) - 1), half = 1ull << (shift - 1);
    if (rem > half || (rem == half && (q & 1ull))) ++q;
    if (q == 256) {
      q = 128;
      ++shift;
    }
  }
  const float r = std::ldexp(static_cast<float>(q), shift);
  return neg ? -r : r;
}
/// A double -> f32, round to nearest even (the results of exp and tanh, computed in double).
inline float to_f32(double v) { return static_cast<float>(v); }
/// Float -> integer of W bits: toward zero, then wrap; NaN and inf give 0.
template <int W>
inline long long float_to_int(double v) {
  if (!std::isfinite(v)) return 0;
  const double m = std::fmod(std::trunc(v), 4294967296.0);
  const unsigned long long mask = (W >= 64) ? ~0ull : ((1ull << W) - 1);
  unsigned long long low = static_cast<unsigned long long>(static_cast<long long>(m)) & mask;
  if (W < 64 && ((low >> (W - 1)) & 1ull)) low |= ~mask;
  return static_cast<long long>(low);
}
inline float max_nan(float a, float b) {
  if (std::isnan(a)) return a;
  if (std::isnan(b)) return b;
  return a < b ? b : a;
}

// ---- dtypes: the C type of a local, the type in device memory, and conversions into them ----
template <int W>
struct dt_int {
  typedef ap_int<W> T;    // in locals and tokens
  typedef ap_int<W> Mem;  // in device memory
  static const bool is_float = false;
  static T from_int(long long v) { return T(v); }  // wraps to W bits
  static T from_float(double v) { return T(float_to_int<W>(v)); }
  static long long to_int(T v) { return static_cast<long long>(v); }
  static float to_float(T v) { return static_cast<float>(static_cast<long long>(v)); }
  static T from_mem(Mem v) { return v; }
  static Mem to_mem(T v) { return v; }
};
typedef dt_int<4> dt_i4;
typedef dt_int<8> dt_i8;
typedef dt_int<16> dt_i16;
typedef dt_int<32> dt_i32;

struct dt_f32 {
  typedef float T;
  typedef float Mem;
  static const bool is_float = true;
  static T from_int(long long v) { return static_cast<float>(v); }
  static T from_float(float v) { return v; }
  static T from_double(double v) { return to_f32(v); }
  static long long to_int(T v) { return static_cast<long long>(v); }
  static float to_float(T v) { return v; }
  static T from_mem(Mem v) { return v; }
  static Mem to_mem(T v) { return v; }
};

struct dt_bf16 {
  typedef float T;           // always a bf16 value
  typedef ap_uint<16> Mem;   // its bit pattern
  static const bool is_float = true;
  static T from_int(long long v) { return int_to_bf16(v); }
  static T from_float(float v) { return round_bf16(v); }
  static long long to_int(T v) { return static_cast<long long>(v); }
  static float to_float(T v) { return v; }
  static T from_mem(Mem v) { return bits_f32(static_cast<unsigned int>(static_cast<unsigned long long>(v)) << 16); }
  static Mem to_mem(T v) { return Mem(f32_bits(v) >> 16); }
};

/// bf16 held as its 16-bit pattern (the NPU kernels, whose memrefs of bf16 are 2 bytes an element).
struct dt_bf16_bits {
  typedef ap_uint<16> T;
  typedef ap_uint<16> Mem;
  static const bool is_float = true;
  static T from_float(float v) { return T(f32_bits(round_bf16(v)) >> 16); }
  static T from_int(long long v) { return T(f32_bits(int_to_bf16(v)) >> 16); }
  static float to_float(T v) { return bits_f32(static_cast<unsigned int>(v) << 16); }
  static long long to_int(T v) { return static_cast<long long>(to_float(v)); }
  static T from_mem(Mem v) { return v; }
  static Mem to_mem(T v) { return v; }
};

// Integer results are exact in 64 bits before the wrap (products of 32-bit values, sums modulo 2^64).
inline long long wrap_add(long long a, long long b) {
  return static_cast<long long>(static_cast<unsigned long long>(a) + static_cast<unsigned long long>(b));
}

// ---- stream access ----
template <typename S, typename T, int N>
void get(S& s, T (&local)[N]) {
  tile<T, N> t = s.read();
  for (int i = 0; i < N; ++i) {
#pragma HLS pipeline II = 1
    local[i] = t.v[i];
  }
}
template <typename S, typename T, int N>
void put(S& s, const T (&local)[N]) {
  tile<T, N> t;
  for (int i = 0; i < N; ++i) {
#pragma HLS pipeline II = 1
    t.v[i] = local[i];
  }
  s.write(t);
}

// ---- run-time control (task variables, value tokens, while, get_any; datosim's docs/dynamic.md) ----

/// A run-time error of the graph, the same datosim's run reports (a task variable leaving its range, a
/// value token its stream's dtype cannot hold, a while loop past its 'max'): the C simulation prints it
/// and stops with datosim's exit code for run-time errors, 5. Synthesis keeps no trace of the report
/// (__SYNTHESIS__); the emitted code leaves the loop or keeps the value, as the comments there say.
inline void run_time_error(const char* where, const char* what, long long value) {
#ifndef __SYNTHESIS__
  std::fprintf(stderr, "run-time error: %s: %s (found %lld)\n", where, what, value);
  std::fflush(stderr);
  std::_Exit(5);
#else
  (void)where;
  (void)what;
  (void)value;
#endif
}

/// `v` for a task variable of range [0, extent).
inline long long var_value(long long v, long long extent, const char* where) {
  if (v < 0 || v >= extent) run_time_error(where, "a task variable would take a value outside its range", v);
  return v;
}

/// A value token: the integer in a one-element token of an integer stream. (Generic in the stream type,
/// as get and put are: the NPU backend compiles this header without hls_stream.h.)
template <typename S>
long long get_value(S& s) {
  const auto t = s.read();
  return static_cast<long long>(t.v[0]);
}
template <typename S>
void put_value(S& s, long long v, long long lo, long long hi, const char* where) {
  if (v < lo || v > hi) run_time_error(where, "a value token outside the range of its stream's dtype", v);
  decltype(s.read()) t;
  t.v[0] = v;
  s.write(t);
}

/// A token's elements into a local (get_any into a local).
template <typename T, int N>
void untile(const tile<T, N>& t, T (&local)[N]) {
  for (int i = 0; i < N; ++i) {
#pragma HLS pipeline II = 1
    local[i] = t.v[i];
  }
}

/// get_any's wait: returns once one of the streams holds a token. Synthesis polls (the loop around it
/// tries each stream with a non-blocking read); datosim's C simulation blocks here, and a wait no
/// stream can ever end is a deadlock like a blocking read's (csim/hls_stream.h, included before this
/// header by kernel.h, declares dsim_csim::wait_any).
template <typename... S>
void wait_any(S&... s) {
#ifdef DATOSIM_CSIM
  ::dsim_csim::wait_any({static_cast<::dsim_csim::channel*>(&s)...});
#else
  (void)sizeof...(s);
#endif
}

// ---- kernels (shapes are compile-time constants of each call) ----
// An operand with `bcast` set is a scalar broadcast over the output.

template <typename DO, typename DA, typename DB, int M, int K, int N>
void matmul(const typename DA::T* a, const typename DB::T* b, typename DO::T* c, bool accumulate) {
  for (int m = 0; m < M; ++m)
    for (int n = 0; n < N; ++n) {
      if (DO::is_float) {
        float s = accumulate ? DO::to_float(c[m * N + n]) : 0.0f;
        for (int k = 0; k < K; ++k) {
          const float p = DA::to_float(a[m * K + k]) * DB::to_float(b[k * N + n]);
          s = s + p;
        }
        c[m * N + n] = DO::from_float(s);
      } else {
        long long s = accumulate ? DO::to_int(c[m * N + n]) : 0;
        for (int k = 0; k < K; ++k) s = wrap_add(s, DA::to_int(a[m * K + k]) * DB::to_int(b[k * N + n]));
        c[m * N + n] = DO::from_int(s);
      }
    }
}

template <typename DO, typename DA, typename DB, int N>
void mac(const typename DA::T* a, bool abc, const typename DB::T* b, bool bbc, typename DO::T* out) {
  for (int i = 0; i < N; ++i) {
    if (DO::is_float) {
      const float p = DA::to_float(a[abc ? 0 : i]) * DB::to_float(b[bbc ? 0 : i]);
      out[i] = DO::from_float(DO::to_float(out[i]) + p);
    } else {
      out[i] = DO::from_int(DO::to_int(out[i]) + DA::to_int(a[abc ? 0 : i]) * DB::to_int(b[bbc ? 0 : i]));
    }
  }
}

enum binop { op_add, op_sub, op_mul, op_max };

template <binop OP, typename DO, typename DA, typename DB>
typename DO::T binop_apply(typename DA::T ea, typename DB::T eb) {
  if (DO::is_float) {
    const float x = DA::to_float(ea), y = DB::to_float(eb);
    return DO::from_float(OP == op_add ? x + y : OP == op_sub ? x - y : OP == op_mul ? x * y : max_nan(x, y));
  }
  const long long x = DA::to_int(ea), y = DB::to_int(eb);
  return DO::from_int(OP == op_add ? x + y : OP == op_sub ? x - y : OP == op_mul ? x * y : (x < y ? y : x));
}

template <binop OP, typename DO, typename DA, typename DB, int N>
void binary(const typename DA::T* a, bool abc, const typename DB::T* b, bool bbc, typename DO::T* out) {
  for (int i = 0; i < N; ++i) {
#pragma HLS pipeline II = 1
    out[i] = binop_apply<OP, DO, DA, DB>(a[abc ? 0 : i], b[bbc ? 0 : i]);
  }
}

// Operands broadcast along axes (numpy's rule): the output as three nested runs D0 x D1 x D2, each operand
// moving SA* / SB* elements along each run (0 where it is broadcast).
template <binop OP, typename DO, typename DA, typename DB, int D0, int D1, int D2, int SA0, int SA1, int SA2, int SB0,
          int SB1, int SB2>
void binary_bc(const typename DA::T* a, const typename DB::T* b, typename DO::T* out) {
  for (int i = 0; i < D0; ++i)
    for (int j = 0; j < D1; ++j)
      for (int k = 0; k < D2; ++k) {
#pragma HLS pipeline II = 1
        out[(i * D1 + j) * D2 + k] =
            binop_apply<OP, DO, DA, DB>(a[i * SA0 + j * SA1 + k * SA2], b[i * SB0 + j * SB1 + k * SB2]);
      }
}

template <typename DO, typename DA, int N>
void scale(const typename DA::T* a, typename DO::T* out, double factor) {
  const float f = to_f32(factor);
  for (int i = 0; i < N; ++i) {
#pragma HLS pipeline II = 1
    if (DO::is_float)
      out[i] = DO::from_float(DA::to_float(a[i]) * f);
    else
      out[i] = DO::from_float(static_cast<double>(DA::to_int(a[i])) * factor);
  }
}

template <typename DO, typename DA, int N>
void relu(const typename DA::T* a, typename DO::T* out) {
  for (int i = 0; i < N; ++i) {
#pragma HLS pipeline II = 1
    if (DO::is_float) {
      const float x = DA::to_float(a[i]);
      out[i] = DO::from_float((x > 0 || std::isnan(x)) ? x : 0.0f);
    } else {
      const long long x = DA::to_int(a[i]);
      out[i] = DO::from_int(x > 0 ? x : 0);
    }
  }
}

enum unop { op_gelu, op_silu, op_exp };

template <unop OP, typename DO, typename DA, int N>
void unary(const typename DA::T* a, typename DO::T* out) {
  for (int i = 0; i < N; ++i) {
#pragma HLS pipeline II = 1
    const float x = DA::to_float(a[i]);
    float r;
    if (OP == op_gelu) {
      const float c = 0.7978845608028654f;
      const float cube = 0.044715f * x * x * x;
      const float u = c * (x + cube);
      r = 0.5f * x * (1.0f + to_f32(std::tanh(static_cast<double>(u))));
    } else if (OP == op_silu) {
      r = x / (1.0f + to_f32(std::exp(-static_cast<double>(x))));
    } else {
      r = to_f32(std::exp(static_cast<double>(x)));
    }
    out[i] = DO::from_float(r);
  }
}

template <typename DO, typename DA, int ROWS, int LEN>
void softmax(const typename DA::T* a, typename DO::T* out) {
  for (int r = 0; r < ROWS; ++r) {
    const int s = r * LEN;
    float m = DA::to_float(a[s]);
    for (int j = 1; j < LEN; ++j) m = max_nan(m, DA::to_float(a[s + j]));
    float e[LEN];
    float sum = 0.0f;
    for (int j = 0; j < LEN; ++j) {
      e[j] = to_f32(std::exp(static_cast<double>(DA::to_float(a[s + j]) - m)));
      sum += e[j];
    }
    for (int j = 0; j < LEN; ++j) out[s + j] = DO::from_float(e[j] / sum);
  }
}

template <typename DO, typename DA, int ROWS, int LEN>
void layernorm(const typename DA::T* a, typename DO::T* out, double eps64) {
  const float eps = to_f32(eps64);
  for (int r = 0; r < ROWS; ++r) {
    const int s = r * LEN;
    const float n = static_cast<float>(LEN);
    float sum = 0.0f;
    for (int j = 0; j < LEN; ++j) sum += DA::to_float(a[s + j]);
    const float mean = sum / n;
    float sq = 0.0f;
    for (int j = 0; j < LEN; ++j) {
      const float d = DA::to_float(a[s + j]) - mean;
      sq += d * d;
    }
    const float denom = std::sqrt(sq / n + eps);
    for (int j = 0; j < LEN; ++j) out[s + j] = DO::from_float((DA::to_float(a[s + j]) - mean) / denom);
  }
}

template <typename DO, typename DA, int ROWS, int LEN>
void rmsnorm(const typename DA::T* a, typename DO::T* out, double eps64) {
  const float eps = to_f32(eps64);
  for (int r = 0; r < ROWS; ++r) {
    const int s = r * LEN;
    float sq = 0.0f;
    for (int j = 0; j < LEN; ++j) {
      const float x = DA::to_float(a[s + j]);
      sq += x * x;
    }
    const float denom = std::sqrt(sq / static_cast<float>(LEN) + eps);
    for (int j = 0; j < LEN; ++j) out[s + j] = DO::from_float(DA::to_float(a[s + j]) / denom);
  }
}

/// Reductions over the middle extent of [OUTER, LEN, INNER].
template <bool MAX, typename DO, typename DA, int OUTER, int LEN, int INNER>
void reduce(const typename DA::T* a, typename DO::T* out) {
  for (int o = 0; o < OUTER; ++o)
    for (int i = 0; i < INNER; ++i) {
      const int first = o * LEN * INNER + i;
      if (DO::is_float) {
        float acc = MAX ? DA::to_float(a[first]) : 0.0f;
        for (int k = MAX ? 1 : 0; k < LEN; ++k) {
          const float x = DA::to_float(a[first + k * INNER]);
          acc = MAX ? max_nan(acc, x) : acc + x;
        }
        out[o * INNER + i] = DO::from_float(acc);
      } else {
        long long acc = MAX ? DA::to_int(a[first]) : 0;
        for (int k = MAX ? 1 : 0; k < LEN; ++k) {
          const long long x = DA::to_int(a[first + k * INNER]);
          acc = MAX ? (acc < x ? x : acc) : wrap_add(acc, x);
        }
        out[o * INNER + i] = DO::from_int(acc);
      }
    }
}

/// The index of the first maximum over the middle extent of [OUTER, LEN, INNER] (a NaN counts as the
/// maximum: the first NaN).
template <typename DO, typename DA, int OUTER, int LEN, int INNER>
void argmax(const typename DA::T* a, typename DO::T* out) {
  for (int o = 0; o < OUTER; ++o)
    for (int i = 0; i < INNER; ++i) {
      const int first = o * LEN * INNER + i;
      long long best = 0;
      if (DA::is_float) {
        float m = DA::to_float(a[first]);
        for (int k = 1; k < LEN && m == m; ++k) {
          const float x = DA::to_float(a[first + k * INNER]);
          if (x != x || x > m) {
            m = x;
            best = k;
          }
        }
      } else {
        long long m = DA::to_int(a[first]);
        for (int k = 1; k < LEN; ++k)
          if (DA::to_int(a[first + k * INNER]) > m) {
            m = DA::to_int(a[first + k * INNER]);
            best = k;
          }
      }
      out[o * INNER + i] = DO::from_int(best);
    }
}

template <typename DO, typename DA, int M, int N>
void transpose(const typename DA::T* a, typename DO::T* out) {
  for (int i = 0; i < M; ++i)
    for (int j = 0; j < N; ++j) out[j * M + i] = a[i * N + j];
}

template <typename DO, typename DA, int N>
void cast(const typename DA::T* a, typename DO::T* out) {
  for (int i = 0; i < N; ++i) {
#pragma HLS pipeline II = 1
    if (DA::is_float)
      out[i] = DO::from_float(DA::to_float(a[i]));
    else
      out[i] = DO::from_int(DA::to_int(a[i]));
  }
}

template <typename DO, int N>
void zero(typename DO::T* out) {
  for (int i = 0; i < N; ++i) {
#pragma HLS pipeline II = 1
    out[i] = DO::from_int(0);
  }
}

template <typename DO, int N>
void copy(const typename DO::T* a, typename DO::T* out) {
  for (int i = 0; i < N; ++i) {
#pragma HLS pipeline II = 1
    out[i] = a[i];
  }
}

}  // namespace dsim
