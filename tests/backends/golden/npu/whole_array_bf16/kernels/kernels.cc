// The kernels of whole_array_bf16 for the AIE cores: datosim's kernel library (scalar C++, datosim's numerics) on the
// operands' shapes; correct, not vectorised (replace with AIE API kernels for speed).
#include "ap_int.h"
#include "dsim_kernels.h"

// zero
extern "C" void zero_bf16(dsim::dt_bf16_bits::T* out) { dsim::zero<dsim::dt_bf16_bits, 4096>(out); }

extern "C" void dsim_copy_bf16_4096(const dsim::dt_bf16_bits::T* src, dsim::dt_bf16_bits::T* dst) { dsim::copy<dsim::dt_bf16_bits, 4096>(src, dst); }

// matmul (accumulate)
extern "C" void matmul_acc_bf16_bf16_bf16(const dsim::dt_bf16_bits::T* in0, const dsim::dt_bf16_bits::T* in1, dsim::dt_bf16_bits::T* out) { dsim::matmul<dsim::dt_bf16_bits, dsim::dt_bf16_bits, dsim::dt_bf16_bits, 64, 64, 64>(in0, in1, out, true); }

