// ffn: the Vitis HLS kernel datosim generated from examples/ffn.json for u280.
// One function per task instance (instances with the same specialised body share one), one hls::stream
// per stream at the graph's depth, all started in one dataflow region. Built by Vitis as it is; built
// with -DDATOSIM_CSIM against datosim's csim/ headers, every process runs as a thread over bounded streams.
#include "kernel.h"

#include "dsim_dataflow.h"

// up_0
static void up_0(hls::stream<dsim::tile<float, 2048>, 2>& hid_0, const ap_uint<16>* x, const ap_uint<16>* w1) {
  float xt[1024];  // xt: bf16 16x64
  float wt[8192];  // wt: bf16 64x128
  float acc[2048];  // acc: f32 16x128
  for (long long s = 0; s < 8; s += 1) {
    dsim::zero<dsim::dt_f32, 2048>(acc);
    for (long long kd = 0; kd < 4; kd += 1) {
      {  // load x[s * 16, kd * 64] -> xt (bf16 16x64)
        const long long o0 = (s * 16);
        const long long o1 = (kd * 64);
        for (int i0 = 0; i0 < 16; ++i0) {
          for (int i1 = 0; i1 < 64; ++i1) {
            #pragma HLS pipeline II=1
            xt[(i0) * 64 + i1] = dsim::dt_bf16::from_mem(x[((o0 + i0)) * 256 + (o1 + i1)]);
          }
        }
      }
      {  // load w1[kd * 64, 0] -> wt (bf16 64x128)
        const long long o0_2 = (kd * 64);
        const long long o1_2 = 0;
        for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
          for (int i1_2 = 0; i1_2 < 128; ++i1_2) {
            #pragma HLS pipeline II=1
            wt[(i0_2) * 128 + i1_2] = dsim::dt_bf16::from_mem(w1[((o0_2 + i0_2)) * 512 + (o1_2 + i1_2)]);
          }
        }
      }
      dsim::matmul<dsim::dt_f32, dsim::dt_bf16, dsim::dt_bf16, 16, 64, 128>(xt, wt, acc, true);
    }
    dsim::put(hid_0, acc);
  }
}

// up_1
static void up_1(hls::stream<dsim::tile<float, 2048>, 2>& hid_1, const ap_uint<16>* x, const ap_uint<16>* w1) {
  float xt[1024];  // xt: bf16 16x64
  float wt[8192];  // wt: bf16 64x128
  float acc[2048];  // acc: f32 16x128
  for (long long s = 0; s < 8; s += 1) {
    dsim::zero<dsim::dt_f32, 2048>(acc);
    for (long long kd = 0; kd < 4; kd += 1) {
      {  // load x[s * 16, kd * 64] -> xt (bf16 16x64)
        const long long o0 = (s * 16);
        const long long o1 = (kd * 64);
        for (int i0 = 0; i0 < 16; ++i0) {
          for (int i1 = 0; i1 < 64; ++i1) {
            #pragma HLS pipeline II=1
            xt[(i0) * 64 + i1] = dsim::dt_bf16::from_mem(x[((o0 + i0)) * 256 + (o1 + i1)]);
          }
        }
      }
      {  // load w1[kd * 64, 0] -> wt (bf16 64x128)
        const long long o0_2 = (kd * 64);
        const long long o1_2 = 128 + 0;
        for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
          for (int i1_2 = 0; i1_2 < 128; ++i1_2) {
            #pragma HLS pipeline II=1
            wt[(i0_2) * 128 + i1_2] = dsim::dt_bf16::from_mem(w1[((o0_2 + i0_2)) * 512 + (o1_2 + i1_2)]);
          }
        }
      }
      dsim::matmul<dsim::dt_f32, dsim::dt_bf16, dsim::dt_bf16, 16, 64, 128>(xt, wt, acc, true);
    }
    dsim::put(hid_1, acc);
  }
}

// up_2
static void up_2(hls::stream<dsim::tile<float, 2048>, 2>& hid_2, const ap_uint<16>* x, const ap_uint<16>* w1) {
  float xt[1024];  // xt: bf16 16x64
  float wt[8192];  // wt: bf16 64x128
  float acc[2048];  // acc: f32 16x128
  for (long long s = 0; s < 8; s += 1) {
    dsim::zero<dsim::dt_f32, 2048>(acc);
    for (long long kd = 0; kd < 4; kd += 1) {
      {  // load x[s * 16, kd * 64] -> xt (bf16 16x64)
        const long long o0 = (s * 16);
        const long long o1 = (kd * 64);
        for (int i0 = 0; i0 < 16; ++i0) {
          for (int i1 = 0; i1 < 64; ++i1) {
            #pragma HLS pipeline II=1
            xt[(i0) * 64 + i1] = dsim::dt_bf16::from_mem(x[((o0 + i0)) * 256 + (o1 + i1)]);
          }
        }
      }
      {  // load w1[kd * 64, 0] -> wt (bf16 64x128)
        const long long o0_2 = (kd * 64);
        const long long o1_2 = 256 + 0;
        for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
          for (int i1_2 = 0; i1_2 < 128; ++i1_2) {
            #pragma HLS pipeline II=1
            wt[(i0_2) * 128 + i1_2] = dsim::dt_bf16::from_mem(w1[((o0_2 + i0_2)) * 512 + (o1_2 + i1_2)]);
          }
        }
      }
      dsim::matmul<dsim::dt_f32, dsim::dt_bf16, dsim::dt_bf16, 16, 64, 128>(xt, wt, acc, true);
    }
    dsim::put(hid_2, acc);
  }
}

// up_3
static void up_3(hls::stream<dsim::tile<float, 2048>, 2>& hid_3, const ap_uint<16>* x, const ap_uint<16>* w1) {
  float xt[1024];  // xt: bf16 16x64
  float wt[8192];  // wt: bf16 64x128
  float acc[2048];  // acc: f32 16x128
  for (long long s = 0; s < 8; s += 1) {
    dsim::zero<dsim::dt_f32, 2048>(acc);
    for (long long kd = 0; kd < 4; kd += 1) {
      {  // load x[s * 16, kd * 64] -> xt (bf16 16x64)
        const long long o0 = (s * 16);
        const long long o1 = (kd * 64);
        for (int i0 = 0; i0 < 16; ++i0) {
          for (int i1 = 0; i1 < 64; ++i1) {
            #pragma HLS pipeline II=1
            xt[(i0) * 64 + i1] = dsim::dt_bf16::from_mem(x[((o0 + i0)) * 256 + (o1 + i1)]);
          }
        }
      }
      {  // load w1[kd * 64, 0] -> wt (bf16 64x128)
        const long long o0_2 = (kd * 64);
        const long long o1_2 = 384 + 0;
        for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
          for (int i1_2 = 0; i1_2 < 128; ++i1_2) {
            #pragma HLS pipeline II=1
            wt[(i0_2) * 128 + i1_2] = dsim::dt_bf16::from_mem(w1[((o0_2 + i0_2)) * 512 + (o1_2 + i1_2)]);
          }
        }
      }
      dsim::matmul<dsim::dt_f32, dsim::dt_bf16, dsim::dt_bf16, 16, 64, 128>(xt, wt, acc, true);
    }
    dsim::put(hid_3, acc);
  }
}

// activation_0
static void activation_0(hls::stream<dsim::tile<float, 2048>, 2>& hid_0, hls::stream<dsim::tile<float, 2048>, 2>& act_0) {
  float hf[2048];  // hf: f32 16x128
  float gf[2048];  // gf: f32 16x128
  float gb[2048];  // gb: bf16 16x128
  for (long long s = 0; s < 8; s += 1) {
    dsim::get(hid_0, hf);
    dsim::unary<dsim::op_gelu, dsim::dt_f32, dsim::dt_f32, 2048>(hf, gf);
    dsim::cast<dsim::dt_bf16, dsim::dt_f32, 2048>(gf, gb);
    dsim::put(act_0, gb);
  }
}

// activation_1
static void activation_1(hls::stream<dsim::tile<float, 2048>, 2>& hid_1, hls::stream<dsim::tile<float, 2048>, 2>& act_1) {
  float hf[2048];  // hf: f32 16x128
  float gf[2048];  // gf: f32 16x128
  float gb[2048];  // gb: bf16 16x128
  for (long long s = 0; s < 8; s += 1) {
    dsim::get(hid_1, hf);
    dsim::unary<dsim::op_gelu, dsim::dt_f32, dsim::dt_f32, 2048>(hf, gf);
    dsim::cast<dsim::dt_bf16, dsim::dt_f32, 2048>(gf, gb);
    dsim::put(act_1, gb);
  }
}

// activation_2
static void activation_2(hls::stream<dsim::tile<float, 2048>, 2>& hid_2, hls::stream<dsim::tile<float, 2048>, 2>& act_2) {
  float hf[2048];  // hf: f32 16x128
  float gf[2048];  // gf: f32 16x128
  float gb[2048];  // gb: bf16 16x128
  for (long long s = 0; s < 8; s += 1) {
    dsim::get(hid_2, hf);
    dsim::unary<dsim::op_gelu, dsim::dt_f32, dsim::dt_f32, 2048>(hf, gf);
    dsim::cast<dsim::dt_bf16, dsim::dt_f32, 2048>(gf, gb);
    dsim::put(act_2, gb);
  }
}

// activation_3
static void activation_3(hls::stream<dsim::tile<float, 2048>, 2>& hid_3, hls::stream<dsim::tile<float, 2048>, 2>& act_3) {
  float hf[2048];  // hf: f32 16x128
  float gf[2048];  // gf: f32 16x128
  float gb[2048];  // gb: bf16 16x128
  for (long long s = 0; s < 8; s += 1) {
    dsim::get(hid_3, hf);
    dsim::unary<dsim::op_gelu, dsim::dt_f32, dsim::dt_f32, 2048>(hf, gf);
    dsim::cast<dsim::dt_bf16, dsim::dt_f32, 2048>(gf, gb);
    dsim::put(act_3, gb);
  }
}

// down_0
static void down_0(hls::stream<dsim::tile<float, 2048>, 2>& act_0, hls::stream<dsim::tile<float, 1024>, 2>& psum_0, const ap_uint<16>* w2) {
  float g[2048];  // g: bf16 16x128
  float wt[8192];  // wt: bf16 128x64
  float part[1024];  // part: f32 16x64
  float yt[1024];  // yt: bf16 16x64
  for (long long s = 0; s < 8; s += 1) {
    dsim::get(act_0, g);
    for (long long dd = 0; dd < 4; dd += 1) {
      {  // load w2[0, dd * 64] -> wt (bf16 128x64)
        const long long o0 = 0;
        const long long o1 = (dd * 64);
        for (int i0 = 0; i0 < 128; ++i0) {
          for (int i1 = 0; i1 < 64; ++i1) {
            #pragma HLS pipeline II=1
            wt[(i0) * 64 + i1] = dsim::dt_bf16::from_mem(w2[((o0 + i0)) * 256 + (o1 + i1)]);
          }
        }
      }
      dsim::zero<dsim::dt_f32, 1024>(part);
      dsim::matmul<dsim::dt_f32, dsim::dt_bf16, dsim::dt_bf16, 16, 128, 64>(g, wt, part, true);
      dsim::put(psum_0, part);
    }
  }
}

// down_1
static void down_1(hls::stream<dsim::tile<float, 2048>, 2>& act_1, hls::stream<dsim::tile<float, 1024>, 2>& psum_0, hls::stream<dsim::tile<float, 1024>, 2>& psum_1, const ap_uint<16>* w2) {
  float g[2048];  // g: bf16 16x128
  float wt[8192];  // wt: bf16 128x64
  float part[1024];  // part: f32 16x64
  float yt[1024];  // yt: bf16 16x64
  for (long long s = 0; s < 8; s += 1) {
    dsim::get(act_1, g);
    for (long long dd = 0; dd < 4; dd += 1) {
      {  // load w2[0, dd * 64] -> wt (bf16 128x64)
        const long long o0 = 128 + 0;
        const long long o1 = (dd * 64);
        for (int i0 = 0; i0 < 128; ++i0) {
          for (int i1 = 0; i1 < 64; ++i1) {
            #pragma HLS pipeline II=1
            wt[(i0) * 64 + i1] = dsim::dt_bf16::from_mem(w2[((o0 + i0)) * 256 + (o1 + i1)]);
          }
        }
      }
      dsim::get(psum_0, part);
      dsim::matmul<dsim::dt_f32, dsim::dt_bf16, dsim::dt_bf16, 16, 128, 64>(g, wt, part, true);
      dsim::put(psum_1, part);
    }
  }
}

// down_2
static void down_2(hls::stream<dsim::tile<float, 2048>, 2>& act_2, hls::stream<dsim::tile<float, 1024>, 2>& psum_1, hls::stream<dsim::tile<float, 1024>, 2>& psum_2, const ap_uint<16>* w2) {
  float g[2048];  // g: bf16 16x128
  float wt[8192];  // wt: bf16 128x64
  float part[1024];  // part: f32 16x64
  float yt[1024];  // yt: bf16 16x64
  for (long long s = 0; s < 8; s += 1) {
    dsim::get(act_2, g);
    for (long long dd = 0; dd < 4; dd += 1) {
      {  // load w2[0, dd * 64] -> wt (bf16 128x64)
        const long long o0 = 256 + 0;
        const long long o1 = (dd * 64);
        for (int i0 = 0; i0 < 128; ++i0) {
          for (int i1 = 0; i1 < 64; ++i1) {
            #pragma HLS pipeline II=1
            wt[(i0) * 64 + i1] = dsim::dt_bf16::from_mem(w2[((o0 + i0)) * 256 + (o1 + i1)]);
          }
        }
      }
      dsim::get(psum_1, part);
      dsim::matmul<dsim::dt_f32, dsim::dt_bf16, dsim::dt_bf16, 16, 128, 64>(g, wt, part, true);
      dsim::put(psum_2, part);
    }
  }
}

// down_3
static void down_3(hls::stream<dsim::tile<float, 2048>, 2>& act_3, hls::stream<dsim::tile<float, 1024>, 2>& psum_2, const ap_uint<16>* w2, ap_uint<16>* y) {
  float g[2048];  // g: bf16 16x128
  float wt[8192];  // wt: bf16 128x64
  float part[1024];  // part: f32 16x64
  float yt[1024];  // yt: bf16 16x64
  for (long long s = 0; s < 8; s += 1) {
    dsim::get(act_3, g);
    for (long long dd = 0; dd < 4; dd += 1) {
      {  // load w2[0, dd * 64] -> wt (bf16 128x64)
        const long long o0 = 384 + 0;
        const long long o1 = (dd * 64);
        for (int i0 = 0; i0 < 128; ++i0) {
          for (int i1 = 0; i1 < 64; ++i1) {
            #pragma HLS pipeline II=1
            wt[(i0) * 64 + i1] = dsim::dt_bf16::from_mem(w2[((o0 + i0)) * 256 + (o1 + i1)]);
          }
        }
      }
      dsim::get(psum_2, part);
      dsim::matmul<dsim::dt_f32, dsim::dt_bf16, dsim::dt_bf16, 16, 128, 64>(g, wt, part, true);
      dsim::cast<dsim::dt_bf16, dsim::dt_f32, 1024>(part, yt);
      {  // store y[s * 16, dd * 64] <- yt (bf16 16x64)
        const long long o0_2 = (s * 16);
        const long long o1_2 = (dd * 64);
        for (int i0_2 = 0; i0_2 < 16; ++i0_2) {
          for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
            #pragma HLS pipeline II=1
            y[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)] = dsim::dt_bf16::to_mem(yt[(i0_2) * 64 + i1_2]);
          }
        }
      }
    }
  }
}

// Each process reaches a tensor through a port of its own (a top-level argument may be used by one
// dataflow process only); the ports of one tensor share its m_axi bundle, and the host binds one buffer to all.
extern "C" void ffn(const ap_uint<16>* X, const ap_uint<16>* X_2, const ap_uint<16>* X_3, const ap_uint<16>* X_4, const ap_uint<16>* W1, const ap_uint<16>* W1_2, const ap_uint<16>* W1_3, const ap_uint<16>* W1_4, const ap_uint<16>* W2, const ap_uint<16>* W2_2, const ap_uint<16>* W2_3, const ap_uint<16>* W2_4, ap_uint<16>* Y) {
#pragma HLS interface m_axi port=X offset=slave bundle=gmem0 depth=32768
#pragma HLS interface m_axi port=X_2 offset=slave bundle=gmem0 depth=32768
#pragma HLS interface m_axi port=X_3 offset=slave bundle=gmem0 depth=32768
#pragma HLS interface m_axi port=X_4 offset=slave bundle=gmem0 depth=32768
#pragma HLS interface m_axi port=W1 offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=W1_2 offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=W1_3 offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=W1_4 offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=W2 offset=slave bundle=gmem2 depth=131072
#pragma HLS interface m_axi port=W2_2 offset=slave bundle=gmem2 depth=131072
#pragma HLS interface m_axi port=W2_3 offset=slave bundle=gmem2 depth=131072
#pragma HLS interface m_axi port=W2_4 offset=slave bundle=gmem2 depth=131072
#pragma HLS interface m_axi port=Y offset=slave bundle=gmem3 depth=32768
#pragma HLS interface s_axilite port=return
#pragma HLS dataflow
  hls::stream<dsim::tile<float, 2048>, 2> hid_0("hid_0");  // hid[0]: f32 16x128 tokens
#pragma HLS stream variable=hid_0 depth=2
  hls::stream<dsim::tile<float, 2048>, 2> hid_1("hid_1");  // hid[1]: f32 16x128 tokens
#pragma HLS stream variable=hid_1 depth=2
  hls::stream<dsim::tile<float, 2048>, 2> hid_2("hid_2");  // hid[2]: f32 16x128 tokens
#pragma HLS stream variable=hid_2 depth=2
  hls::stream<dsim::tile<float, 2048>, 2> hid_3("hid_3");  // hid[3]: f32 16x128 tokens
#pragma HLS stream variable=hid_3 depth=2
  hls::stream<dsim::tile<float, 2048>, 2> act_0("act_0");  // act[0]: bf16 16x128 tokens
#pragma HLS stream variable=act_0 depth=2
  hls::stream<dsim::tile<float, 2048>, 2> act_1("act_1");  // act[1]: bf16 16x128 tokens
#pragma HLS stream variable=act_1 depth=2
  hls::stream<dsim::tile<float, 2048>, 2> act_2("act_2");  // act[2]: bf16 16x128 tokens
#pragma HLS stream variable=act_2 depth=2
  hls::stream<dsim::tile<float, 2048>, 2> act_3("act_3");  // act[3]: bf16 16x128 tokens
#pragma HLS stream variable=act_3 depth=2
  hls::stream<dsim::tile<float, 1024>, 2> psum_0("psum_0");  // psum[0]: f32 16x64 tokens
#pragma HLS stream variable=psum_0 depth=2
  hls::stream<dsim::tile<float, 1024>, 2> psum_1("psum_1");  // psum[1]: f32 16x64 tokens
#pragma HLS stream variable=psum_1 depth=2
  hls::stream<dsim::tile<float, 1024>, 2> psum_2("psum_2");  // psum[2]: f32 16x64 tokens
#pragma HLS stream variable=psum_2 depth=2
  DSIM_DATAFLOW_BEGIN();
  DSIM_PROCESS("up_0", up_0, hid_0, X, W1);
  DSIM_PROCESS("up_1", up_1, hid_1, X_2, W1_2);
  DSIM_PROCESS("up_2", up_2, hid_2, X_3, W1_3);
  DSIM_PROCESS("up_3", up_3, hid_3, X_4, W1_4);
  DSIM_PROCESS("activation_0", activation_0, hid_0, act_0);
  DSIM_PROCESS("activation_1", activation_1, hid_1, act_1);
  DSIM_PROCESS("activation_2", activation_2, hid_2, act_2);
  DSIM_PROCESS("activation_3", activation_3, hid_3, act_3);
  DSIM_PROCESS("down_0", down_0, act_0, psum_0, W2);
  DSIM_PROCESS("down_1", down_1, act_1, psum_0, psum_1, W2_2);
  DSIM_PROCESS("down_2", down_2, act_2, psum_1, psum_2, W2_3);
  DSIM_PROCESS("down_3", down_3, act_3, psum_2, W2_4, Y);
  DSIM_DATAFLOW_END();
}
