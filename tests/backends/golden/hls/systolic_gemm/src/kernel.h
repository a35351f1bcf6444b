// systolic_gemm: the Vitis HLS kernel datosim generated from examples/systolic_gemm.json for u280.
#pragma once

#include "ap_int.h"
#include "hls_stream.h"

#include "dsim_kernels.h"

extern "C" void systolic_gemm(const float* A, const float* B, float* C);
