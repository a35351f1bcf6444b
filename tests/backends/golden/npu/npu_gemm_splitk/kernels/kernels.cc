// The kernels of npu_gemm_splitk for the AIE cores: one extern "C" entry per signature, on the operands'
// shapes, with datosim's numerics. 3 use the AIE API (dsim_aie.h: aie::mmul, vector ops); 0 use datosim's scalar
// kernel library (dsim_kernels.h), which has the kernels, dtypes and shapes the vector forms lack.
#include "dsim_aie.h"

// zero: AIE API
extern "C" void zero_i32(int32* out) { dsim_aie::zero<int32, 2048>(out); }

// matmul (accumulate): AIE API
extern "C" void matmul_acc_i16_i16_i32(const int16* in0, const int16* in1, int32* out) { dsim_aie::matmul<4, 4, 4, int16, int16, int32, acc32, 64, 32, 32>(in0, in1, out, true); }

extern "C" void dsim_copy_i32_2048(const int32* src, int32* dst) { dsim_aie::copy<int32, 2048>(src, dst); }

