// The kernels of systolic_gemm for the AIE cores: one extern "C" entry per signature, on the operands'
// shapes, with datosim's numerics. 0 use the AIE API (dsim_aie.h: aie::mmul, vector ops); 3 use datosim's scalar
// kernel library (dsim_kernels.h), which has the kernels, dtypes and shapes the vector forms lack.
#include "ap_int.h"
#include "dsim_kernels.h"

extern "C" void dsim_copy_f32_1(const dsim::dt_f32::T* src, dsim::dt_f32::T* dst) { dsim::copy<dsim::dt_f32, 1>(src, dst); }

// zero
extern "C" void zero_f32(dsim::dt_f32::T* out) { dsim::zero<dsim::dt_f32, 1>(out); }

// mac
extern "C" void mac_f32_f32_f32(const dsim::dt_f32::T* in0, const dsim::dt_f32::T* in1, dsim::dt_f32::T* out) { dsim::mac<dsim::dt_f32, dsim::dt_f32, dsim::dt_f32, 1>(in0, false, in1, false, out); }

