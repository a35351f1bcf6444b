// The kernels of pipeline3 for the AIE cores: datosim's kernel library (scalar C++, datosim's numerics) on the
// operands' shapes; correct, not vectorised (replace with AIE API kernels for speed).
#include "ap_int.h"
#include "dsim_kernels.h"

extern "C" void dsim_copy_i16_2048(const dsim::dt_i16::T* src, dsim::dt_i16::T* dst) { dsim::copy<dsim::dt_i16, 2048>(src, dst); }

// relu
extern "C" void relu_i16_i16(const dsim::dt_i16::T* in0, dsim::dt_i16::T* out) { dsim::relu<dsim::dt_i16, dsim::dt_i16, 2048>(in0, out); }

