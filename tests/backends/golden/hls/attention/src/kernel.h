// attention: the Vitis HLS kernel datosim generated from examples/attention.json for u280.
#pragma once

#include "ap_int.h"
#include "hls_stream.h"

#include "dsim_kernels.h"

extern "C" void attention(const ap_uint<16>* Q, const ap_uint<16>* Q_2, const ap_uint<16>* Q_3, const ap_uint<16>* Q_4, const ap_uint<16>* K, const ap_uint<16>* K_2, const ap_uint<16>* K_3, const ap_uint<16>* K_4, const ap_uint<16>* V, const ap_uint<16>* V_2, const ap_uint<16>* V_3, const ap_uint<16>* V_4, ap_uint<16>* O, ap_uint<16>* O_2, ap_uint<16>* O_3, ap_uint<16>* O_4);
