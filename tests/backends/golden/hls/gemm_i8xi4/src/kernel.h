// gemm_i8xi4: the Vitis HLS kernel datosim generated from examples/gemm_i8xi4.json for u280.
#pragma once

#include "ap_int.h"
#include "hls_stream.h"

#include "dsim_kernels.h"

extern "C" void gemm_i8xi4(const ap_int<8>* A, const ap_int<8>* A_2, const ap_int<8>* A_3, const ap_int<8>* A_4, const ap_int<8>* A_5, const ap_int<8>* A_6, const ap_int<8>* A_7, const ap_int<8>* A_8, const ap_int<8>* A_9, const ap_int<8>* A_10, const ap_int<8>* A_11, const ap_int<8>* A_12, const ap_int<8>* A_13, const ap_int<8>* A_14, const ap_int<8>* A_15, const ap_int<8>* A_16, const ap_int<4>* B, const ap_int<4>* B_2, const ap_int<4>* B_3, const ap_int<4>* B_4, const ap_int<4>* B_5, const ap_int<4>* B_6, const ap_int<4>* B_7, const ap_int<4>* B_8, const ap_int<4>* B_9, const ap_int<4>* B_10, const ap_int<4>* B_11, const ap_int<4>* B_12, const ap_int<4>* B_13, const ap_int<4>* B_14, const ap_int<4>* B_15, const ap_int<4>* B_16, ap_int<32>* C, ap_int<32>* C_2, ap_int<32>* C_3, ap_int<32>* C_4, ap_int<32>* C_5, ap_int<32>* C_6, ap_int<32>* C_7, ap_int<32>* C_8, ap_int<32>* C_9, ap_int<32>* C_10, ap_int<32>* C_11, ap_int<32>* C_12, ap_int<32>* C_13, ap_int<32>* C_14, ap_int<32>* C_15, ap_int<32>* C_16);
