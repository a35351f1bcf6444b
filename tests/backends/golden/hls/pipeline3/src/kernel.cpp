// pipeline3: the Vitis HLS kernel datosim generated from examples/pipeline3.json for u280.
// One function per task instance (instances with the same specialised body share one), one hls::stream
// per stream at the graph's depth, all started in one dataflow region. Built by Vitis as it is; built
// with -DDATOSIM_CSIM against datosim's csim/ headers, every process runs as a thread over bounded streams.
#include "kernel.h"

#include "dsim_dataflow.h"

// producer
static void producer(hls::stream<dsim::tile<ap_int<16>, 2048>, 2>& s_in, const ap_int<16>* x) {
  ap_int<16> t[2048];  // t: i16 32x64
  for (long long b = 0; b < 32; b += 1) {
    {  // load x[b * 32, 0] -> t (i16 32x64)
      const long long o0 = (b * 32);
      const long long o1 = 0;
      for (int i0 = 0; i0 < 32; ++i0) {
        for (int i1 = 0; i1 < 64; ++i1) {
          #pragma HLS pipeline II=1
          t[(i0) * 64 + i1] = dsim::dt_i16::from_mem(x[((o0 + i0)) * 64 + (o1 + i1)]);
        }
      }
    }
    dsim::put(s_in, t);
  }
}

// compute
static void compute(hls::stream<dsim::tile<ap_int<16>, 2048>, 2>& s_in, hls::stream<dsim::tile<ap_int<16>, 2048>, 2>& s_out) {
  ap_int<16> t[2048];  // t: i16 32x64
  ap_int<16> r[2048];  // r: i16 32x64
  for (long long b = 0; b < 32; b += 1) {
    dsim::get(s_in, t);
    dsim::relu<dsim::dt_i16, dsim::dt_i16, 2048>(t, r);
    dsim::put(s_out, r);
  }
}

// consumer
static void consumer(hls::stream<dsim::tile<ap_int<16>, 2048>, 2>& s_out, ap_int<16>* y) {
  ap_int<16> t[2048];  // t: i16 32x64
  for (long long b = 0; b < 32; b += 1) {
    dsim::get(s_out, t);
    {  // store y[b * 32, 0] <- t (i16 32x64)
      const long long o0 = (b * 32);
      const long long o1 = 0;
      for (int i0 = 0; i0 < 32; ++i0) {
        for (int i1 = 0; i1 < 64; ++i1) {
          #pragma HLS pipeline II=1
          y[((o0 + i0)) * 64 + (o1 + i1)] = dsim::dt_i16::to_mem(t[(i0) * 64 + i1]);
        }
      }
    }
  }
}

// Each process reaches a tensor through a port of its own (a top-level argument may be used by one
// dataflow process only); the ports of one tensor share its m_axi bundle, and the host binds one buffer to all.
extern "C" void pipeline3(const ap_int<16>* X, ap_int<16>* Y) {
#pragma HLS interface m_axi port=X offset=slave bundle=gmem0 depth=65536
#pragma HLS interface m_axi port=Y offset=slave bundle=gmem1 depth=65536
#pragma HLS interface s_axilite port=return
#pragma HLS dataflow
  hls::stream<dsim::tile<ap_int<16>, 2048>, 2> s_in("s_in");  // s_in: i16 32x64 tokens
#pragma HLS stream variable=s_in depth=2
  hls::stream<dsim::tile<ap_int<16>, 2048>, 2> s_out("s_out");  // s_out: i16 32x64 tokens
#pragma HLS stream variable=s_out depth=2
  DSIM_DATAFLOW_BEGIN();
  DSIM_PROCESS("producer", producer, s_in, X);
  DSIM_PROCESS("compute", compute, s_in, s_out);
  DSIM_PROCESS("consumer", consumer, s_out, Y);
  DSIM_DATAFLOW_END();
}
