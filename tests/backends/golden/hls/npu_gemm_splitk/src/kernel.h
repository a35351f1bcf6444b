// npu_gemm_splitk: the Vitis HLS kernel datosim generated from examples/npu_gemm_splitk.json for u280.
#pragma once

#include "ap_int.h"
#include "hls_stream.h"

#include "dsim_kernels.h"

extern "C" void npu_gemm_splitk(const ap_int<16>* A, const ap_int<16>* B, ap_int<32>* C);
