// The kernels of ffn for the AIE cores: one extern "C" entry per signature, on the operands'
// shapes, with datosim's numerics. 9 use the AIE API (dsim_aie.h: aie::mmul, vector ops); 1 use datosim's scalar
// kernel library (dsim_kernels.h), which has the kernels, dtypes and shapes the vector forms lack.
#include "ap_int.h"
#include "dsim_kernels.h"
#include "dsim_aie.h"

// zero: AIE API
extern "C" void zero_f32(float* out) { dsim_aie::zero<float, 2048>(out); }

// matmul (accumulate): AIE API
extern "C" void matmul_acc_bf16_bf16_f32(const bfloat16* in0, const bfloat16* in1, float* out) { dsim_aie::matmul<4, 8, 8, bfloat16, bfloat16, float, accfloat, 16, 64, 128>(in0, in1, out, true); }

extern "C" void dsim_copy_f32_2048(const float* src, float* dst) { dsim_aie::copy<float, 2048>(src, dst); }

// gelu
extern "C" void gelu_f32_f32(const dsim::dt_f32::T* in0, dsim::dt_f32::T* out) { dsim::unary<dsim::op_gelu, dsim::dt_f32, dsim::dt_f32, 2048>(in0, out); }

// cast: AIE API
extern "C" void cast_f32_bf16(const float* in0, bfloat16* out) { dsim_aie::cast_f32_bf16<2048>(in0, out); }

extern "C" void dsim_copy_bf16_2048(const bfloat16* src, bfloat16* dst) { dsim_aie::copy<bfloat16, 2048>(src, dst); }

// zero: AIE API
extern "C" void zero_f32_2(float* out) { dsim_aie::zero<float, 1024>(out); }

// matmul (accumulate): AIE API
extern "C" void matmul_acc_bf16_bf16_f32_2(const bfloat16* in0, const bfloat16* in1, float* out) { dsim_aie::matmul<4, 8, 8, bfloat16, bfloat16, float, accfloat, 16, 128, 64>(in0, in1, out, true); }

extern "C" void dsim_copy_f32_1024(const float* src, float* dst) { dsim_aie::copy<float, 1024>(src, dst); }

// cast: AIE API
extern "C" void cast_f32_bf16_2(const float* in0, bfloat16* out) { dsim_aie::cast_f32_bf16<1024>(in0, out); }

