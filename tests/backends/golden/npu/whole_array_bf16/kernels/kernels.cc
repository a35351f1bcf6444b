// The kernels of whole_array_bf16 for the AIE cores: one extern "C" entry per signature, on the operands'
// shapes, with datosim's numerics. 2 use the AIE API (dsim_aie.h: aie::mmul, vector ops); 0 use datosim's scalar
// kernel library (dsim_kernels.h), which has the kernels, dtypes and shapes the vector forms lack.
#include "dsim_aie.h"

// zero: AIE API
extern "C" void zero_bf16(bfloat16* out) { dsim_aie::zero<bfloat16, 4096>(out); }

// matmul (accumulate): AIE API
extern "C" void matmul_acc_bf16_bf16_bf16(const bfloat16* in0, const bfloat16* in1, bfloat16* out) { dsim_aie::matmul<4, 8, 4, bfloat16, bfloat16, bfloat16, accfloat, 64, 64, 64>(in0, in1, out, true); }

