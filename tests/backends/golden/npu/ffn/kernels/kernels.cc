// The kernels of ffn for the AIE cores: datosim's kernel library (scalar C++, datosim's numerics) on the
// operands' shapes; correct, not vectorised (replace with AIE API kernels for speed).
#include "ap_int.h"
#include "dsim_kernels.h"

// zero
extern "C" void zero_f32(dsim::dt_f32::T* out) { dsim::zero<dsim::dt_f32, 2048>(out); }

extern "C" void dsim_copy_bf16_1024(const dsim::dt_bf16_bits::T* src, dsim::dt_bf16_bits::T* dst) { dsim::copy<dsim::dt_bf16_bits, 1024>(src, dst); }

extern "C" void dsim_copy_bf16_8192(const dsim::dt_bf16_bits::T* src, dsim::dt_bf16_bits::T* dst) { dsim::copy<dsim::dt_bf16_bits, 8192>(src, dst); }

// matmul (accumulate)
extern "C" void matmul_acc_bf16_bf16_f32(const dsim::dt_bf16_bits::T* in0, const dsim::dt_bf16_bits::T* in1, dsim::dt_f32::T* out) { dsim::matmul<dsim::dt_f32, dsim::dt_bf16_bits, dsim::dt_bf16_bits, 16, 64, 128>(in0, in1, out, true); }

extern "C" void dsim_copy_f32_2048(const dsim::dt_f32::T* src, dsim::dt_f32::T* dst) { dsim::copy<dsim::dt_f32, 2048>(src, dst); }

// gelu
extern "C" void gelu_f32_f32(const dsim::dt_f32::T* in0, dsim::dt_f32::T* out) { dsim::unary<dsim::op_gelu, dsim::dt_f32, dsim::dt_f32, 2048>(in0, out); }

// cast
extern "C" void cast_f32_bf16(const dsim::dt_f32::T* in0, dsim::dt_bf16_bits::T* out) { dsim::cast<dsim::dt_bf16_bits, dsim::dt_f32, 2048>(in0, out); }

extern "C" void dsim_copy_bf16_2048(const dsim::dt_bf16_bits::T* src, dsim::dt_bf16_bits::T* dst) { dsim::copy<dsim::dt_bf16_bits, 2048>(src, dst); }

extern "C" void dsim_copy_bf16_8192_2(const dsim::dt_bf16_bits::T* src, dsim::dt_bf16_bits::T* dst) { dsim::copy<dsim::dt_bf16_bits, 8192>(src, dst); }

// zero
extern "C" void zero_f32_2(dsim::dt_f32::T* out) { dsim::zero<dsim::dt_f32, 1024>(out); }

// matmul (accumulate)
extern "C" void matmul_acc_bf16_bf16_f32_2(const dsim::dt_bf16_bits::T* in0, const dsim::dt_bf16_bits::T* in1, dsim::dt_f32::T* out) { dsim::matmul<dsim::dt_f32, dsim::dt_bf16_bits, dsim::dt_bf16_bits, 16, 128, 64>(in0, in1, out, true); }

extern "C" void dsim_copy_f32_1024(const dsim::dt_f32::T* src, dsim::dt_f32::T* dst) { dsim::copy<dsim::dt_f32, 1024>(src, dst); }

// cast
extern "C" void cast_f32_bf16_2(const dsim::dt_f32::T* in0, dsim::dt_bf16_bits::T* out) { dsim::cast<dsim::dt_bf16_bits, dsim::dt_f32, 1024>(in0, out); }

