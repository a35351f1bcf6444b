// The kernels of attention for the AIE cores: datosim's kernel library (scalar C++, datosim's numerics) on the
// operands' shapes; correct, not vectorised (replace with AIE API kernels for speed).
#include "ap_int.h"
#include "dsim_kernels.h"

extern "C" void dsim_copy_bf16_8192(const dsim::dt_bf16_bits::T* src, dsim::dt_bf16_bits::T* dst) { dsim::copy<dsim::dt_bf16_bits, 8192>(src, dst); }

// transpose
extern "C" void transpose_bf16_bf16(const dsim::dt_bf16_bits::T* in0, dsim::dt_bf16_bits::T* out) { dsim::transpose<dsim::dt_bf16_bits, dsim::dt_bf16_bits, 128, 64>(in0, out); }

extern "C" void dsim_copy_bf16_512(const dsim::dt_bf16_bits::T* src, dsim::dt_bf16_bits::T* dst) { dsim::copy<dsim::dt_bf16_bits, 512>(src, dst); }

// matmul
extern "C" void matmul_bf16_bf16_f32(const dsim::dt_bf16_bits::T* in0, const dsim::dt_bf16_bits::T* in1, dsim::dt_f32::T* out) { dsim::matmul<dsim::dt_f32, dsim::dt_bf16_bits, dsim::dt_bf16_bits, 8, 64, 128>(in0, in1, out, false); }

// scale
extern "C" void scale_f32_f32(const dsim::dt_f32::T* in0, dsim::dt_f32::T* out) { dsim::scale<dsim::dt_f32, dsim::dt_f32, 1024>(in0, out, 0.125); }

extern "C" void dsim_copy_f32_1024(const dsim::dt_f32::T* src, dsim::dt_f32::T* dst) { dsim::copy<dsim::dt_f32, 1024>(src, dst); }

// softmax
extern "C" void softmax_f32_f32(const dsim::dt_f32::T* in0, dsim::dt_f32::T* out) { dsim::softmax<dsim::dt_f32, dsim::dt_f32, 8, 128>(in0, out); }

// cast
extern "C" void cast_f32_bf16(const dsim::dt_f32::T* in0, dsim::dt_bf16_bits::T* out) { dsim::cast<dsim::dt_bf16_bits, dsim::dt_f32, 1024>(in0, out); }

extern "C" void dsim_copy_bf16_1024(const dsim::dt_bf16_bits::T* src, dsim::dt_bf16_bits::T* dst) { dsim::copy<dsim::dt_bf16_bits, 1024>(src, dst); }

// matmul
extern "C" void matmul_bf16_bf16_f32_2(const dsim::dt_bf16_bits::T* in0, const dsim::dt_bf16_bits::T* in1, dsim::dt_f32::T* out) { dsim::matmul<dsim::dt_f32, dsim::dt_bf16_bits, dsim::dt_bf16_bits, 8, 128, 64>(in0, in1, out, false); }

// cast
extern "C" void cast_f32_bf16_2(const dsim::dt_f32::T* in0, dsim::dt_bf16_bits::T* out) { dsim::cast<dsim::dt_bf16_bits, dsim::dt_f32, 512>(in0, out); }

