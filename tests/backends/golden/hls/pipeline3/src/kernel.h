// pipeline3: the Vitis HLS kernel datosim generated from examples/pipeline3.json for u280.
#pragma once

#include "ap_int.h"
#include "hls_stream.h"

#include "dsim_kernels.h"

extern "C" void pipeline3(const ap_int<16>* X, ap_int<16>* Y);
