// ffn: the Vitis HLS kernel datosim generated from examples/ffn.json for u280.
#pragma once

#include "ap_int.h"
#include "hls_stream.h"

#include "dsim_kernels.h"

extern "C" void ffn(const ap_uint<16>* X, const ap_uint<16>* X_2, const ap_uint<16>* X_3, const ap_uint<16>* X_4, const ap_uint<16>* W1, const ap_uint<16>* W1_2, const ap_uint<16>* W1_3, const ap_uint<16>* W1_4, const ap_uint<16>* W2, const ap_uint<16>* W2_2, const ap_uint<16>* W2_3, const ap_uint<16>* W2_4, ap_uint<16>* Y);
