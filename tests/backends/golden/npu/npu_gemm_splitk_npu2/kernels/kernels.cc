// The kernels of npu_gemm_splitk for the AIE cores: datosim's kernel library (scalar C++, datosim's numerics) on the
// operands' shapes; correct, not vectorised (replace with AIE API kernels for speed).
#include "ap_int.h"
#include "dsim_kernels.h"

// zero
extern "C" void zero_i32(dsim::dt_i32::T* out) { dsim::zero<dsim::dt_i32, 2048>(out); }

extern "C" void dsim_copy_i16_2048(const dsim::dt_i16::T* src, dsim::dt_i16::T* dst) { dsim::copy<dsim::dt_i16, 2048>(src, dst); }

extern "C" void dsim_copy_i16_1024(const dsim::dt_i16::T* src, dsim::dt_i16::T* dst) { dsim::copy<dsim::dt_i16, 1024>(src, dst); }

// matmul (accumulate)
extern "C" void matmul_acc_i16_i16_i32(const dsim::dt_i16::T* in0, const dsim::dt_i16::T* in1, dsim::dt_i32::T* out) { dsim::matmul<dsim::dt_i32, dsim::dt_i16, dsim::dt_i16, 64, 32, 32>(in0, in1, out, true); }

extern "C" void dsim_copy_i32_2048(const dsim::dt_i32::T* src, dsim::dt_i32::T* dst) { dsim::copy<dsim::dt_i32, 2048>(src, dst); }

