// The kernels of attention for the AIE cores: one extern "C" entry per signature, on the operands'
// shapes, with datosim's numerics. 7 use the AIE API (dsim_aie.h: aie::mmul, vector ops); 2 use datosim's scalar
// kernel library (dsim_kernels.h), which has the kernels, dtypes and shapes the vector forms lack.
#include "ap_int.h"
#include "dsim_kernels.h"
#include "dsim_aie.h"

// transpose: AIE API
extern "C" void transpose_bf16_bf16(const bfloat16* in0, bfloat16* out) { dsim_aie::transpose<bfloat16, 128, 64>(in0, out); }

// matmul: AIE API
extern "C" void matmul_bf16_bf16_f32(const bfloat16* in0, const bfloat16* in1, float* out) { dsim_aie::matmul<4, 8, 4, bfloat16, bfloat16, float, accfloat, 8, 64, 128>(in0, in1, out, false); }

// scale
extern "C" void scale_f32_f32(const dsim::dt_f32::T* in0, dsim::dt_f32::T* out) { dsim::scale<dsim::dt_f32, dsim::dt_f32, 1024>(in0, out, 0.125); }

extern "C" void dsim_copy_f32_1024(const float* src, float* dst) { dsim_aie::copy<float, 1024>(src, dst); }

// softmax
extern "C" void softmax_f32_f32(const dsim::dt_f32::T* in0, dsim::dt_f32::T* out) { dsim::softmax<dsim::dt_f32, dsim::dt_f32, 8, 128>(in0, out); }

// cast: AIE API
extern "C" void cast_f32_bf16(const float* in0, bfloat16* out) { dsim_aie::cast_f32_bf16<1024>(in0, out); }

extern "C" void dsim_copy_bf16_1024(const bfloat16* src, bfloat16* dst) { dsim_aie::copy<bfloat16, 1024>(src, dst); }

// matmul: AIE API
extern "C" void matmul_bf16_bf16_f32_2(const bfloat16* in0, const bfloat16* in1, float* out) { dsim_aie::matmul<4, 8, 4, bfloat16, bfloat16, float, accfloat, 8, 128, 64>(in0, in1, out, false); }

// cast: AIE API
extern "C" void cast_f32_bf16_2(const float* in0, bfloat16* out) { dsim_aie::cast_f32_bf16<512>(in0, out); }

