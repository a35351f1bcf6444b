// datosim's vectorised AIE kernels: the built-in kernels of a datosim graph on the AIE API, for the
// operand shapes and dtypes that have a vector form (docs/backends.md, "Kernels"). matmul runs on
// aie::mmul in the AIE-ML (npu1) or XDNA2 (npu2) shape of its dtypes; element-wise kernels on 256-bit
// vectors. Operands are datosim's row-major tiles in L1, as the objectfifos deliver them: the kernels
// gather mmul blocks from rows themselves, so no DMA re-tiling is needed.
//
// Numerics are datosim's (its docs/numerics.md): integer results wrap to the output width (saturation
// off), floats round to nearest even (conv_even), matmul sums each output over k in ascending order
// into its accumulator and rounds once. The hardware's mmul may add the products of one block in
// another order, so float matmul outputs can differ from datosim's in the last bit (the host program
// allows that; integer outputs must match exactly).
//
// Every load and store is 128 bits: a tile's rows start on 16-byte boundaries when the row length in
// bytes is a multiple of 16 (datosim only chooses these kernels then) and the buffer is 16-byte
// aligned (mlir-aie allocates buffers so). Written by datosim into NPU projects; do not edit.
#pragma once

#include <aie_api/aie.hpp>

namespace dsim_aie {

/// Elements of T in one 128-bit access.
template <typename T>
constexpr unsigned q128 = 16 / sizeof(T);

/// Integers wrap (as datosim's numerics do) and floats round to nearest even, whatever the core's
/// rounding and saturation modes were.
inline void set_modes() {
  aie::set_rounding(aie::rounding_mode::conv_even);
  aie::set_saturation(aie::saturation_mode::none);
}

/// The R x C block at p (rows ld elements apart) as one row-major vector; C * sizeof(T) is a multiple of 16.
template <typename T, unsigned R, unsigned C>
inline aie::vector<T, R * C> load_block(const T* __restrict p, unsigned ld) {
  static_assert(C % q128<T> == 0, "block rows must be whole 128-bit words");
  constexpr unsigned W = C / q128<T>;
  aie::vector<T, R * C> v;
  for (unsigned i = 0; i < R; ++i)
    for (unsigned w = 0; w < W; ++w) v.insert(i * W + w, aie::load_v<q128<T>>(p + i * ld + w * q128<T>));
  return v;
}

template <typename T, unsigned R, unsigned C>
inline void store_block(T* __restrict p, unsigned ld, const aie::vector<T, R * C>& v) {
  static_assert(C % q128<T> == 0, "block rows must be whole 128-bit words");
  constexpr unsigned W = C / q128<T>;
  for (unsigned i = 0; i < R; ++i)
    for (unsigned w = 0; w < W; ++w) aie::store_v(p + i * ld + w * q128<T>, v.template extract<q128<T>>(i * W + w));
}

/// The two R x C blocks side by side at p (columns [0, C) and [C, 2C)). When a block row is narrower
/// than 128 bits, both rows are read as one word and split with filter_even / filter_odd.
template <typename T, unsigned R, unsigned C>
inline void load_pair(const T* __restrict p, unsigned ld, aie::vector<T, R * C>& b0, aie::vector<T, R * C>& b1) {
  if constexpr (C % q128<T> == 0) {
    b0 = load_block<T, R, C>(p, ld);
    b1 = load_block<T, R, C>(p + C, ld);
  } else {
    const aie::vector<T, 2 * R * C> v = load_block<T, R, 2 * C>(p, ld);
    b0 = aie::filter_even(v, C);
    b1 = aie::filter_odd(v, C);
  }
}

template <typename T, unsigned R, unsigned C>
inline void store_pair(T* __restrict p, unsigned ld, const aie::vector<T, R * C>& b0, const aie::vector<T, R * C>& b1) {
  if constexpr (C % q128<T> == 0) {
    store_block<T, R, C>(p, ld, b0);
    store_block<T, R, C>(p + C, ld, b1);
  } else {
    const auto z = aie::interleave_zip(b0, b1, C);  // row i of b0, row i of b1, row i + 1 of b0, ...
    store_block<T, R, 2 * C>(p, ld, aie::concat(z.first, z.second));
  }
}

/// C[M,N] (+)= A[M,K] x B[K,N] on aie::mmul<r, s, t>: two r x t output blocks at a time, k in steps of
/// 2s. Needs M % r == 0, K % 2s == 0, N % 2t == 0.
template <unsigned r, unsigned s, unsigned t, typename TA, typename TB, typename TC, typename Acc, unsigned M,
          unsigned K, unsigned N>
inline void matmul(const TA* __restrict A, const TB* __restrict B, TC* __restrict C, bool accumulate) {
  static_assert(M % r == 0 && K % (2 * s) == 0 && N % (2 * t) == 0, "matmul shape not a multiple of the mmul blocks");
  using MM = aie::mmul<r, s, t, TA, TB, Acc>;
  set_modes();
  for (unsigned i = 0; i < M; i += r)
    for (unsigned j = 0; j < N; j += 2 * t) {
      aie::vector<TC, r * t> c0 = aie::zeros<TC, r * t>(), c1 = aie::zeros<TC, r * t>();
      if (accumulate) load_pair<TC, r, t>(C + i * N + j, N, c0, c1);
      MM m0(c0), m1(c1);
      for (unsigned k = 0; k < K; k += 2 * s) {
        aie::vector<TA, r * s> a0, a1;
        load_pair<TA, r, s>(A + i * K + k, K, a0, a1);
        aie::vector<TB, s * t> b00, b01, b10, b11;
        load_pair<TB, s, t>(B + k * N + j, N, b00, b01);
        load_pair<TB, s, t>(B + (k + s) * N + j, N, b10, b11);
        m0.mac(a0, b00);
        m0.mac(a1, b10);
        m1.mac(a0, b01);
        m1.mac(a1, b11);
      }
      store_pair<TC, r, t>(C + i * N + j, N, m0.template to_vector<TC>(), m1.template to_vector<TC>());
    }
}

/// V elements at p (V * sizeof(T) a multiple of 16) through 128-bit loads, and back.
template <typename T, unsigned V>
inline aie::vector<T, V> load_vec(const T* __restrict p) {
  return load_block<T, 1, V>(p, 0);
}
template <typename T, unsigned V>
inline void store_vec(T* __restrict p, const aie::vector<T, V>& v) {
  store_block<T, 1, V>(p, 0, v);
}

/// Element-wise kernels work on 256-bit vectors (two 128-bit accesses).
template <typename T>
constexpr unsigned v256 = 32 / sizeof(T);

enum binop { op_add, op_sub, op_mul, op_max };

/// The V elements of operand p at i, or its one element broadcast (bc: a scalar operand).
template <typename T, unsigned V>
inline aie::vector<T, V> operand(const T* __restrict p, bool bc, unsigned i) {
  return bc ? aie::broadcast<T, V>(p[0]) : load_vec<T, V>(p + i);
}

/// out = a OP b element-wise over N elements (N a multiple of the 256-bit vector); a scalar operand
/// (abc / bbc) is broadcast.
template <binop OP, typename T, unsigned N>
inline void binary(const T* __restrict a, bool abc, const T* __restrict b, bool bbc, T* __restrict out) {
  constexpr unsigned V = v256<T>;
  static_assert(N % V == 0, "element count not a multiple of the vector");
  set_modes();
  for (unsigned i = 0; i < N; i += V) {
    const aie::vector<T, V> x = operand<T, V>(a, abc, i), y = operand<T, V>(b, bbc, i);
    aie::vector<T, V> z;
    if constexpr (OP == op_add) z = aie::add(x, y);
    else if constexpr (OP == op_sub) z = aie::sub(x, y);
    else if constexpr (OP == op_max) z = aie::max(x, y);
    else z = aie::mul(x, y).template to_vector<T>();
    store_vec<T, V>(out + i, z);
  }
}

/// out += a * b element-wise over N elements, in the accumulator of the operands' dtype (acc32 for
/// integers, accfloat for bf16): one rounding (or wrap) into the output's dtype per element. A scalar
/// operand (abc / bbc) is broadcast. N is a multiple of the operands' 256-bit vector.
template <typename TA, typename TC, typename Acc, unsigned N>
inline void mac(const TA* __restrict a, bool abc, const TA* __restrict b, bool bbc, TC* __restrict out) {
  constexpr unsigned V = v256<TA>;
  static_assert(N % V == 0, "element count not a multiple of the vector");
  set_modes();
  for (unsigned i = 0; i < N; i += V) {
    aie::accum<Acc, V> acc;
    acc.from_vector(load_vec<TC, V>(out + i));
    acc = aie::mac(acc, operand<TA, V>(a, abc, i), operand<TA, V>(b, bbc, i));
    store_vec<TC, V>(out + i, acc.template to_vector<TC>());
  }
}

enum redop { red_sum, red_max };

/// out[o, i] = OP over k of a[o, k, i] (a viewed as Outer x Len x Inner, the reduced axis in the middle).
/// With Inner a multiple of the 256-bit vector, whole rows are combined element-wise; with Inner 1 (the
/// last axis), each row folds its vectors element-wise and then across the lanes (aie::reduce_add /
/// reduce_max). The output keeps the input's dtype (integer sums wrap, as datosim's do).
template <redop OP, typename T, unsigned Outer, unsigned Len, unsigned Inner>
inline void reduce(const T* __restrict a, T* __restrict out) {
  constexpr unsigned V = v256<T>;
  static_assert(Inner % V == 0 || (Inner == 1 && Len % V == 0), "reduction shape not a multiple of the vector");
  set_modes();
  auto combine = [](const aie::vector<T, V>& x, const aie::vector<T, V>& y) {
    if constexpr (OP == red_sum) return aie::add(x, y);
    else return aie::max(x, y);
  };
  for (unsigned o = 0; o < Outer; ++o) {
    const T* row = a + o * Len * Inner;
    if constexpr (Inner % V == 0) {
      for (unsigned i = 0; i < Inner; i += V) {
        aie::vector<T, V> r = load_vec<T, V>(row + i);
        for (unsigned k = 1; k < Len; ++k) r = combine(r, load_vec<T, V>(row + k * Inner + i));
        store_vec<T, V>(out + o * Inner + i, r);
      }
    } else {
      aie::vector<T, V> r = load_vec<T, V>(row);
      for (unsigned k = V; k < Len; k += V) r = combine(r, load_vec<T, V>(row + k));
      if constexpr (OP == red_sum) out[o] = aie::reduce_add(r);
      else out[o] = aie::reduce_max(r);
    }
  }
}

/// out = max(a, 0).
template <typename T, unsigned N>
inline void relu(const T* __restrict a, T* __restrict out) {
  constexpr unsigned V = v256<T>;
  static_assert(N % V == 0, "element count not a multiple of the vector");
  set_modes();
  for (unsigned i = 0; i < N; i += V) store_vec<T, V>(out + i, aie::max(load_vec<T, V>(a + i), aie::zeros<T, V>()));
}

/// out = 0.
template <typename T, unsigned N>
inline void zero(T* __restrict out) {
  constexpr unsigned V = v256<T>;
  static_assert(N % V == 0, "element count not a multiple of the vector");
  for (unsigned i = 0; i < N; i += V) store_vec<T, V>(out + i, aie::zeros<T, V>());
}

/// dst = src.
template <typename T, unsigned N>
inline void copy(const T* __restrict src, T* __restrict dst) {
  constexpr unsigned V = v256<T>;
  static_assert(N % V == 0, "element count not a multiple of the vector");
  for (unsigned i = 0; i < N; i += V) store_vec<T, V>(dst + i, load_vec<T, V>(src + i));
}

/// out[N,M] = a[M,N]^T, in square blocks of one 128-bit word per row (aie::transpose in registers).
template <typename T, unsigned M, unsigned N>
inline void transpose(const T* __restrict a, T* __restrict out) {
  constexpr unsigned Q = q128<T>;
  static_assert(M % Q == 0 && N % Q == 0, "transpose shape not a multiple of the block");
  for (unsigned i = 0; i < M; i += Q)
    for (unsigned j = 0; j < N; j += Q)
      store_block<T, Q, Q>(out + j * M + i, M, aie::transpose(load_block<T, Q, Q>(a + i * N + j, N), Q, Q));
}

/// f32 -> bf16, rounded to nearest even through the float accumulator, 16 lanes at a time.
template <unsigned N>
inline void cast_f32_bf16(const float* __restrict a, bfloat16* __restrict out) {
  constexpr unsigned V = 16;
  static_assert(N % V == 0, "element count not a multiple of the vector");
  set_modes();
  for (unsigned i = 0; i < N; i += V) {
    aie::accum<accfloat, V> acc;
    acc.from_vector(load_vec<float, V>(a + i));
    store_vec<bfloat16, V>(out + i, acc.template to_vector<bfloat16>());
  }
}

}  // namespace dsim_aie
