// npu_gemm_splitk: the Vitis HLS kernel datosim generated from examples/npu_gemm_splitk.json for u280.
#pragma once

#include "ap_int.h"
#include "hls_stream.h"

#include "dsim_kernels.h"

extern "C" void npu_gemm_splitk(const ap_int<16>* A, const ap_int<16>* A_2, const ap_int<16>* A_3, const ap_int<16>* A_4, const ap_int<16>* A_5, const ap_int<16>* A_6, const ap_int<16>* A_7, const ap_int<16>* A_8, const ap_int<16>* A_9, const ap_int<16>* A_10, const ap_int<16>* A_11, const ap_int<16>* A_12, const ap_int<16>* A_13, const ap_int<16>* A_14, const ap_int<16>* A_15, const ap_int<16>* A_16, const ap_int<16>* B, const ap_int<16>* B_2, const ap_int<16>* B_3, const ap_int<16>* B_4, const ap_int<16>* B_5, const ap_int<16>* B_6, const ap_int<16>* B_7, const ap_int<16>* B_8, const ap_int<16>* B_9, const ap_int<16>* B_10, const ap_int<16>* B_11, const ap_int<16>* B_12, const ap_int<16>* B_13, const ap_int<16>* B_14, const ap_int<16>* B_15, const ap_int<16>* B_16, ap_int<32>* C, ap_int<32>* C_2, ap_int<32>* C_3, ap_int<32>* C_4, ap_int<32>* C_5, ap_int<32>* C_6, ap_int<32>* C_7, ap_int<32>* C_8);
