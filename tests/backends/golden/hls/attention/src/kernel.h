// attention: the Vitis HLS kernel datosim generated from examples/attention.json for u280.
#pragma once

#include "ap_int.h"
#include "hls_stream.h"

#include "dsim_kernels.h"

extern "C" void attention(const ap_uint<16>* Q, const ap_uint<16>* K, const ap_uint<16>* V, ap_uint<16>* O);
