// The kernels of round_robin for the AIE cores: one extern "C" entry per signature, on the operands'
// shapes, with datosim's numerics. 2 use the AIE API (dsim_aie.h: aie::mmul, vector ops); 0 use datosim's scalar
// kernel library (dsim_kernels.h), which has the kernels, dtypes and shapes the vector forms lack.
#include "dsim_aie.h"

extern "C" void dsim_copy_i16_1024(const int16* src, int16* dst) { dsim_aie::copy<int16, 1024>(src, dst); }

// relu: AIE API
extern "C" void relu_i16_i16(const int16* in0, int16* out) { dsim_aie::relu<int16, 1024>(in0, out); }

