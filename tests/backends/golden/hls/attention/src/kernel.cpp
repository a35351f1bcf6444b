// attention: the Vitis HLS kernel datosim generated from examples/attention.json for u280.
// One function per task instance (instances with the same specialised body share one), one hls::stream
// per stream at the graph's depth, all started in one dataflow region. Built by Vitis as it is; built
// with -DDATOSIM_CSIM against datosim's csim/ headers, every process runs as a thread over bounded streams.
#include "kernel.h"

#include "dsim_dataflow.h"

// qk_0
static void qk_0(hls::stream<dsim::tile<float, 1024>, 2>& scores_0, const ap_uint<16>* q, const ap_uint<16>* k) {
  float kt[8192];  // kt: bf16 128x64
  float ktT[8192];  // ktT: bf16 64x128
  float qt[512];  // qt: bf16 8x64
  float sc[1024];  // sc: f32 8x128
  {  // load k[0, 0, 0] -> kt (bf16 128x64)
    const long long o0 = 0;
    const long long o1 = 0;
    const long long o2 = 0;
    for (int i0 = 0; i0 < 128; ++i0) {
      for (int i1 = 0; i1 < 64; ++i1) {
        #pragma HLS pipeline II=1
        kt[(i0) * 64 + i1] = dsim::dt_bf16::from_mem(k[((o0) * 128 + (o1 + i0)) * 64 + (o2 + i1)]);
      }
    }
  }
  dsim::transpose<dsim::dt_bf16, dsim::dt_bf16, 128, 64>(kt, ktT);
  for (long long t = 0; t < 16; t += 1) {
    {  // load q[0, t * 8, 0] -> qt (bf16 8x64)
      const long long o0_2 = 0;
      const long long o1_2 = (t * 8);
      const long long o2_2 = 0;
      for (int i0_2 = 0; i0_2 < 8; ++i0_2) {
        for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
          #pragma HLS pipeline II=1
          qt[(i0_2) * 64 + i1_2] = dsim::dt_bf16::from_mem(q[((o0_2) * 128 + (o1_2 + i0_2)) * 64 + (o2_2 + i1_2)]);
        }
      }
    }
    dsim::matmul<dsim::dt_f32, dsim::dt_bf16, dsim::dt_bf16, 8, 64, 128>(qt, ktT, sc, false);
    dsim::scale<dsim::dt_f32, dsim::dt_f32, 1024>(sc, sc, 0.125);
    dsim::put(scores_0, sc);
  }
}

// qk_1
static void qk_1(hls::stream<dsim::tile<float, 1024>, 2>& scores_1, const ap_uint<16>* q, const ap_uint<16>* k) {
  float kt[8192];  // kt: bf16 128x64
  float ktT[8192];  // ktT: bf16 64x128
  float qt[512];  // qt: bf16 8x64
  float sc[1024];  // sc: f32 8x128
  {  // load k[0, 0, 0] -> kt (bf16 128x64)
    const long long o0 = 1 + 0;
    const long long o1 = 0;
    const long long o2 = 0;
    for (int i0 = 0; i0 < 128; ++i0) {
      for (int i1 = 0; i1 < 64; ++i1) {
        #pragma HLS pipeline II=1
        kt[(i0) * 64 + i1] = dsim::dt_bf16::from_mem(k[((o0) * 128 + (o1 + i0)) * 64 + (o2 + i1)]);
      }
    }
  }
  dsim::transpose<dsim::dt_bf16, dsim::dt_bf16, 128, 64>(kt, ktT);
  for (long long t = 0; t < 16; t += 1) {
    {  // load q[0, t * 8, 0] -> qt (bf16 8x64)
      const long long o0_2 = 1 + 0;
      const long long o1_2 = (t * 8);
      const long long o2_2 = 0;
      for (int i0_2 = 0; i0_2 < 8; ++i0_2) {
        for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
          #pragma HLS pipeline II=1
          qt[(i0_2) * 64 + i1_2] = dsim::dt_bf16::from_mem(q[((o0_2) * 128 + (o1_2 + i0_2)) * 64 + (o2_2 + i1_2)]);
        }
      }
    }
    dsim::matmul<dsim::dt_f32, dsim::dt_bf16, dsim::dt_bf16, 8, 64, 128>(qt, ktT, sc, false);
    dsim::scale<dsim::dt_f32, dsim::dt_f32, 1024>(sc, sc, 0.125);
    dsim::put(scores_1, sc);
  }
}

// qk_2
static void qk_2(hls::stream<dsim::tile<float, 1024>, 2>& scores_2, const ap_uint<16>* q, const ap_uint<16>* k) {
  float kt[8192];  // kt: bf16 128x64
  float ktT[8192];  // ktT: bf16 64x128
  float qt[512];  // qt: bf16 8x64
  float sc[1024];  // sc: f32 8x128
  {  // load k[0, 0, 0] -> kt (bf16 128x64)
    const long long o0 = 2 + 0;
    const long long o1 = 0;
    const long long o2 = 0;
    for (int i0 = 0; i0 < 128; ++i0) {
      for (int i1 = 0; i1 < 64; ++i1) {
        #pragma HLS pipeline II=1
        kt[(i0) * 64 + i1] = dsim::dt_bf16::from_mem(k[((o0) * 128 + (o1 + i0)) * 64 + (o2 + i1)]);
      }
    }
  }
  dsim::transpose<dsim::dt_bf16, dsim::dt_bf16, 128, 64>(kt, ktT);
  for (long long t = 0; t < 16; t += 1) {
    {  // load q[0, t * 8, 0] -> qt (bf16 8x64)
      const long long o0_2 = 2 + 0;
      const long long o1_2 = (t * 8);
      const long long o2_2 = 0;
      for (int i0_2 = 0; i0_2 < 8; ++i0_2) {
        for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
          #pragma HLS pipeline II=1
          qt[(i0_2) * 64 + i1_2] = dsim::dt_bf16::from_mem(q[((o0_2) * 128 + (o1_2 + i0_2)) * 64 + (o2_2 + i1_2)]);
        }
      }
    }
    dsim::matmul<dsim::dt_f32, dsim::dt_bf16, dsim::dt_bf16, 8, 64, 128>(qt, ktT, sc, false);
    dsim::scale<dsim::dt_f32, dsim::dt_f32, 1024>(sc, sc, 0.125);
    dsim::put(scores_2, sc);
  }
}

// qk_3
static void qk_3(hls::stream<dsim::tile<float, 1024>, 2>& scores_3, const ap_uint<16>* q, const ap_uint<16>* k) {
  float kt[8192];  // kt: bf16 128x64
  float ktT[8192];  // ktT: bf16 64x128
  float qt[512];  // qt: bf16 8x64
  float sc[1024];  // sc: f32 8x128
  {  // load k[0, 0, 0] -> kt (bf16 128x64)
    const long long o0 = 3 + 0;
    const long long o1 = 0;
    const long long o2 = 0;
    for (int i0 = 0; i0 < 128; ++i0) {
      for (int i1 = 0; i1 < 64; ++i1) {
        #pragma HLS pipeline II=1
        kt[(i0) * 64 + i1] = dsim::dt_bf16::from_mem(k[((o0) * 128 + (o1 + i0)) * 64 + (o2 + i1)]);
      }
    }
  }
  dsim::transpose<dsim::dt_bf16, dsim::dt_bf16, 128, 64>(kt, ktT);
  for (long long t = 0; t < 16; t += 1) {
    {  // load q[0, t * 8, 0] -> qt (bf16 8x64)
      const long long o0_2 = 3 + 0;
      const long long o1_2 = (t * 8);
      const long long o2_2 = 0;
      for (int i0_2 = 0; i0_2 < 8; ++i0_2) {
        for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
          #pragma HLS pipeline II=1
          qt[(i0_2) * 64 + i1_2] = dsim::dt_bf16::from_mem(q[((o0_2) * 128 + (o1_2 + i0_2)) * 64 + (o2_2 + i1_2)]);
        }
      }
    }
    dsim::matmul<dsim::dt_f32, dsim::dt_bf16, dsim::dt_bf16, 8, 64, 128>(qt, ktT, sc, false);
    dsim::scale<dsim::dt_f32, dsim::dt_f32, 1024>(sc, sc, 0.125);
    dsim::put(scores_3, sc);
  }
}

// sm_0
static void sm_0(hls::stream<dsim::tile<float, 1024>, 2>& scores_0, hls::stream<dsim::tile<float, 1024>, 2>& probs_0) {
  float sc[1024];  // sc: f32 8x128
  float pf[1024];  // pf: f32 8x128
  float pb[1024];  // pb: bf16 8x128
  for (long long t = 0; t < 16; t += 1) {
    dsim::get(scores_0, sc);
    dsim::softmax<dsim::dt_f32, dsim::dt_f32, 8, 128>(sc, pf);
    dsim::cast<dsim::dt_bf16, dsim::dt_f32, 1024>(pf, pb);
    dsim::put(probs_0, pb);
  }
}

// sm_1
static void sm_1(hls::stream<dsim::tile<float, 1024>, 2>& scores_1, hls::stream<dsim::tile<float, 1024>, 2>& probs_1) {
  float sc[1024];  // sc: f32 8x128
  float pf[1024];  // pf: f32 8x128
  float pb[1024];  // pb: bf16 8x128
  for (long long t = 0; t < 16; t += 1) {
    dsim::get(scores_1, sc);
    dsim::softmax<dsim::dt_f32, dsim::dt_f32, 8, 128>(sc, pf);
    dsim::cast<dsim::dt_bf16, dsim::dt_f32, 1024>(pf, pb);
    dsim::put(probs_1, pb);
  }
}

// sm_2
static void sm_2(hls::stream<dsim::tile<float, 1024>, 2>& scores_2, hls::stream<dsim::tile<float, 1024>, 2>& probs_2) {
  float sc[1024];  // sc: f32 8x128
  float pf[1024];  // pf: f32 8x128
  float pb[1024];  // pb: bf16 8x128
  for (long long t = 0; t < 16; t += 1) {
    dsim::get(scores_2, sc);
    dsim::softmax<dsim::dt_f32, dsim::dt_f32, 8, 128>(sc, pf);
    dsim::cast<dsim::dt_bf16, dsim::dt_f32, 1024>(pf, pb);
    dsim::put(probs_2, pb);
  }
}

// sm_3
static void sm_3(hls::stream<dsim::tile<float, 1024>, 2>& scores_3, hls::stream<dsim::tile<float, 1024>, 2>& probs_3) {
  float sc[1024];  // sc: f32 8x128
  float pf[1024];  // pf: f32 8x128
  float pb[1024];  // pb: bf16 8x128
  for (long long t = 0; t < 16; t += 1) {
    dsim::get(scores_3, sc);
    dsim::softmax<dsim::dt_f32, dsim::dt_f32, 8, 128>(sc, pf);
    dsim::cast<dsim::dt_bf16, dsim::dt_f32, 1024>(pf, pb);
    dsim::put(probs_3, pb);
  }
}

// pv_0
static void pv_0(hls::stream<dsim::tile<float, 1024>, 2>& probs_0, const ap_uint<16>* v, ap_uint<16>* o) {
  float vt[8192];  // vt: bf16 128x64
  float pb[1024];  // pb: bf16 8x128
  float of[512];  // of: f32 8x64
  float ob[512];  // ob: bf16 8x64
  {  // load v[0, 0, 0] -> vt (bf16 128x64)
    const long long o0 = 0;
    const long long o1 = 0;
    const long long o2 = 0;
    for (int i0 = 0; i0 < 128; ++i0) {
      for (int i1 = 0; i1 < 64; ++i1) {
        #pragma HLS pipeline II=1
        vt[(i0) * 64 + i1] = dsim::dt_bf16::from_mem(v[((o0) * 128 + (o1 + i0)) * 64 + (o2 + i1)]);
      }
    }
  }
  for (long long t = 0; t < 16; t += 1) {
    dsim::get(probs_0, pb);
    dsim::matmul<dsim::dt_f32, dsim::dt_bf16, dsim::dt_bf16, 8, 128, 64>(pb, vt, of, false);
    dsim::cast<dsim::dt_bf16, dsim::dt_f32, 512>(of, ob);
    {  // store o[0, t * 8, 0] <- ob (bf16 8x64)
      const long long o0_2 = 0;
      const long long o1_2 = (t * 8);
      const long long o2_2 = 0;
      for (int i0_2 = 0; i0_2 < 8; ++i0_2) {
        for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
          #pragma HLS pipeline II=1
          o[((o0_2) * 128 + (o1_2 + i0_2)) * 64 + (o2_2 + i1_2)] = dsim::dt_bf16::to_mem(ob[(i0_2) * 64 + i1_2]);
        }
      }
    }
  }
}

// pv_1
static void pv_1(hls::stream<dsim::tile<float, 1024>, 2>& probs_1, const ap_uint<16>* v, ap_uint<16>* o) {
  float vt[8192];  // vt: bf16 128x64
  float pb[1024];  // pb: bf16 8x128
  float of[512];  // of: f32 8x64
  float ob[512];  // ob: bf16 8x64
  {  // load v[0, 0, 0] -> vt (bf16 128x64)
    const long long o0 = 1 + 0;
    const long long o1 = 0;
    const long long o2 = 0;
    for (int i0 = 0; i0 < 128; ++i0) {
      for (int i1 = 0; i1 < 64; ++i1) {
        #pragma HLS pipeline II=1
        vt[(i0) * 64 + i1] = dsim::dt_bf16::from_mem(v[((o0) * 128 + (o1 + i0)) * 64 + (o2 + i1)]);
      }
    }
  }
  for (long long t = 0; t < 16; t += 1) {
    dsim::get(probs_1, pb);
    dsim::matmul<dsim::dt_f32, dsim::dt_bf16, dsim::dt_bf16, 8, 128, 64>(pb, vt, of, false);
    dsim::cast<dsim::dt_bf16, dsim::dt_f32, 512>(of, ob);
    {  // store o[0, t * 8, 0] <- ob (bf16 8x64)
      const long long o0_2 = 1 + 0;
      const long long o1_2 = (t * 8);
      const long long o2_2 = 0;
      for (int i0_2 = 0; i0_2 < 8; ++i0_2) {
        for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
          #pragma HLS pipeline II=1
          o[((o0_2) * 128 + (o1_2 + i0_2)) * 64 + (o2_2 + i1_2)] = dsim::dt_bf16::to_mem(ob[(i0_2) * 64 + i1_2]);
        }
      }
    }
  }
}

// pv_2
static void pv_2(hls::stream<dsim::tile<float, 1024>, 2>& probs_2, const ap_uint<16>* v, ap_uint<16>* o) {
  float vt[8192];  // vt: bf16 128x64
  float pb[1024];  // pb: bf16 8x128
  float of[512];  // of: f32 8x64
  float ob[512];  // ob: bf16 8x64
  {  // load v[0, 0, 0] -> vt (bf16 128x64)
    const long long o0 = 2 + 0;
    const long long o1 = 0;
    const long long o2 = 0;
    for (int i0 = 0; i0 < 128; ++i0) {
      for (int i1 = 0; i1 < 64; ++i1) {
        #pragma HLS pipeline II=1
        vt[(i0) * 64 + i1] = dsim::dt_bf16::from_mem(v[((o0) * 128 + (o1 + i0)) * 64 + (o2 + i1)]);
      }
    }
  }
  for (long long t = 0; t < 16; t += 1) {
    dsim::get(probs_2, pb);
    dsim::matmul<dsim::dt_f32, dsim::dt_bf16, dsim::dt_bf16, 8, 128, 64>(pb, vt, of, false);
    dsim::cast<dsim::dt_bf16, dsim::dt_f32, 512>(of, ob);
    {  // store o[0, t * 8, 0] <- ob (bf16 8x64)
      const long long o0_2 = 2 + 0;
      const long long o1_2 = (t * 8);
      const long long o2_2 = 0;
      for (int i0_2 = 0; i0_2 < 8; ++i0_2) {
        for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
          #pragma HLS pipeline II=1
          o[((o0_2) * 128 + (o1_2 + i0_2)) * 64 + (o2_2 + i1_2)] = dsim::dt_bf16::to_mem(ob[(i0_2) * 64 + i1_2]);
        }
      }
    }
  }
}

// pv_3
static void pv_3(hls::stream<dsim::tile<float, 1024>, 2>& probs_3, const ap_uint<16>* v, ap_uint<16>* o) {
  float vt[8192];  // vt: bf16 128x64
  float pb[1024];  // pb: bf16 8x128
  float of[512];  // of: f32 8x64
  float ob[512];  // ob: bf16 8x64
  {  // load v[0, 0, 0] -> vt (bf16 128x64)
    const long long o0 = 3 + 0;
    const long long o1 = 0;
    const long long o2 = 0;
    for (int i0 = 0; i0 < 128; ++i0) {
      for (int i1 = 0; i1 < 64; ++i1) {
        #pragma HLS pipeline II=1
        vt[(i0) * 64 + i1] = dsim::dt_bf16::from_mem(v[((o0) * 128 + (o1 + i0)) * 64 + (o2 + i1)]);
      }
    }
  }
  for (long long t = 0; t < 16; t += 1) {
    dsim::get(probs_3, pb);
    dsim::matmul<dsim::dt_f32, dsim::dt_bf16, dsim::dt_bf16, 8, 128, 64>(pb, vt, of, false);
    dsim::cast<dsim::dt_bf16, dsim::dt_f32, 512>(of, ob);
    {  // store o[0, t * 8, 0] <- ob (bf16 8x64)
      const long long o0_2 = 3 + 0;
      const long long o1_2 = (t * 8);
      const long long o2_2 = 0;
      for (int i0_2 = 0; i0_2 < 8; ++i0_2) {
        for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
          #pragma HLS pipeline II=1
          o[((o0_2) * 128 + (o1_2 + i0_2)) * 64 + (o2_2 + i1_2)] = dsim::dt_bf16::to_mem(ob[(i0_2) * 64 + i1_2]);
        }
      }
    }
  }
}

// Each process reaches a tensor through a port of its own (a top-level argument may be used by one
// dataflow process only); the ports of one tensor share its m_axi bundle, and the host binds one buffer to all.
extern "C" void attention(const ap_uint<16>* Q, const ap_uint<16>* Q_2, const ap_uint<16>* Q_3, const ap_uint<16>* Q_4, const ap_uint<16>* K, const ap_uint<16>* K_2, const ap_uint<16>* K_3, const ap_uint<16>* K_4, const ap_uint<16>* V, const ap_uint<16>* V_2, const ap_uint<16>* V_3, const ap_uint<16>* V_4, ap_uint<16>* O, ap_uint<16>* O_2, ap_uint<16>* O_3, ap_uint<16>* O_4) {
#pragma HLS interface m_axi port=Q offset=slave bundle=gmem0 depth=32768
#pragma HLS interface m_axi port=Q_2 offset=slave bundle=gmem0 depth=32768
#pragma HLS interface m_axi port=Q_3 offset=slave bundle=gmem0 depth=32768
#pragma HLS interface m_axi port=Q_4 offset=slave bundle=gmem0 depth=32768
#pragma HLS interface m_axi port=K offset=slave bundle=gmem1 depth=32768
#pragma HLS interface m_axi port=K_2 offset=slave bundle=gmem1 depth=32768
#pragma HLS interface m_axi port=K_3 offset=slave bundle=gmem1 depth=32768
#pragma HLS interface m_axi port=K_4 offset=slave bundle=gmem1 depth=32768
#pragma HLS interface m_axi port=V offset=slave bundle=gmem2 depth=32768
#pragma HLS interface m_axi port=V_2 offset=slave bundle=gmem2 depth=32768
#pragma HLS interface m_axi port=V_3 offset=slave bundle=gmem2 depth=32768
#pragma HLS interface m_axi port=V_4 offset=slave bundle=gmem2 depth=32768
#pragma HLS interface m_axi port=O offset=slave bundle=gmem3 depth=32768
#pragma HLS interface m_axi port=O_2 offset=slave bundle=gmem3 depth=32768
#pragma HLS interface m_axi port=O_3 offset=slave bundle=gmem3 depth=32768
#pragma HLS interface m_axi port=O_4 offset=slave bundle=gmem3 depth=32768
#pragma HLS interface s_axilite port=return
#pragma HLS dataflow
  hls::stream<dsim::tile<float, 1024>, 2> scores_0("scores_0");  // scores[0]: f32 8x128 tokens
#pragma HLS stream variable=scores_0 depth=2
  hls::stream<dsim::tile<float, 1024>, 2> scores_1("scores_1");  // scores[1]: f32 8x128 tokens
#pragma HLS stream variable=scores_1 depth=2
  hls::stream<dsim::tile<float, 1024>, 2> scores_2("scores_2");  // scores[2]: f32 8x128 tokens
#pragma HLS stream variable=scores_2 depth=2
  hls::stream<dsim::tile<float, 1024>, 2> scores_3("scores_3");  // scores[3]: f32 8x128 tokens
#pragma HLS stream variable=scores_3 depth=2
  hls::stream<dsim::tile<float, 1024>, 2> probs_0("probs_0");  // probs[0]: bf16 8x128 tokens
#pragma HLS stream variable=probs_0 depth=2
  hls::stream<dsim::tile<float, 1024>, 2> probs_1("probs_1");  // probs[1]: bf16 8x128 tokens
#pragma HLS stream variable=probs_1 depth=2
  hls::stream<dsim::tile<float, 1024>, 2> probs_2("probs_2");  // probs[2]: bf16 8x128 tokens
#pragma HLS stream variable=probs_2 depth=2
  hls::stream<dsim::tile<float, 1024>, 2> probs_3("probs_3");  // probs[3]: bf16 8x128 tokens
#pragma HLS stream variable=probs_3 depth=2
  DSIM_DATAFLOW_BEGIN();
  DSIM_PROCESS("qk_0", qk_0, scores_0, Q, K);
  DSIM_PROCESS("qk_1", qk_1, scores_1, Q_2, K_2);
  DSIM_PROCESS("qk_2", qk_2, scores_2, Q_3, K_3);
  DSIM_PROCESS("qk_3", qk_3, scores_3, Q_4, K_4);
  DSIM_PROCESS("sm_0", sm_0, scores_0, probs_0);
  DSIM_PROCESS("sm_1", sm_1, scores_1, probs_1);
  DSIM_PROCESS("sm_2", sm_2, scores_2, probs_2);
  DSIM_PROCESS("sm_3", sm_3, scores_3, probs_3);
  DSIM_PROCESS("pv_0", pv_0, probs_0, V, O);
  DSIM_PROCESS("pv_1", pv_1, probs_1, V_2, O_2);
  DSIM_PROCESS("pv_2", pv_2, probs_2, V_3, O_3);
  DSIM_PROCESS("pv_3", pv_3, probs_3, V_4, O_4);
  DSIM_DATAFLOW_END();
}
