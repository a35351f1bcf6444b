// systolic_gemm: the Vitis HLS kernel datosim generated from examples/systolic_gemm.json for u280.
#pragma once

#include "ap_int.h"
#include "hls_stream.h"

#include "dsim_kernels.h"

extern "C" void systolic_gemm(const float* A, const float* A_2, const float* A_3, const float* A_4, const float* B, const float* B_2, const float* B_3, const float* B_4, float* C, float* C_2, float* C_3, float* C_4, float* C_5, float* C_6, float* C_7, float* C_8, float* C_9, float* C_10, float* C_11, float* C_12, float* C_13, float* C_14, float* C_15, float* C_16);
