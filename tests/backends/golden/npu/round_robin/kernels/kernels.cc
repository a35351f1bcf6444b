// The kernels of round_robin for the AIE cores: datosim's kernel library (scalar C++, datosim's numerics) on the
// operands' shapes; correct, not vectorised (replace with AIE API kernels for speed).
#include "ap_int.h"
#include "dsim_kernels.h"

extern "C" void dsim_copy_i16_1024(const dsim::dt_i16::T* src, dsim::dt_i16::T* dst) { dsim::copy<dsim::dt_i16, 1024>(src, dst); }

// relu
extern "C" void relu_i16_i16(const dsim::dt_i16::T* in0, dsim::dt_i16::T* out) { dsim::relu<dsim::dt_i16, dsim::dt_i16, 1024>(in0, out); }

