// kernel_mix: the Vitis HLS kernel datosim generated from tests/examples/npu/kernel_mix.json for u280.
#pragma once

#include "ap_int.h"
#include "hls_stream.h"

#include "dsim_kernels.h"

extern "C" void kernel_mix(const ap_int<8>* A, const ap_int<8>* A_2, const ap_int<8>* B, ap_int<32>* C32, ap_int<8>* C8, ap_int<32>* MS, const ap_uint<16>* X, const ap_uint<16>* Y, ap_uint<16>* Z, ap_uint<16>* R, const ap_int<32>* I, ap_int<32>* P, ap_int<32>* PT, const ap_uint<16>* XA, const ap_uint<16>* BO, ap_uint<16>* CO);
