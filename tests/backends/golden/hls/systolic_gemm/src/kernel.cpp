// systolic_gemm: the Vitis HLS kernel datosim generated from examples/systolic_gemm.json for u280.
// One function per task instance (instances with the same specialised body share one), one hls::stream
// per stream at the graph's depth, all started in one dataflow region. Built by Vitis as it is; built
// with -DDATOSIM_CSIM against datosim's csim/ headers, every process runs as a thread over bounded streams.
#include "kernel.h"

#include "dsim_dataflow.h"

// gemm_0_1
static void gemm_0_1(hls::stream<dsim::tile<float, 1>, 4>& fifo_B_1_1, const float* b) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    {  // load b[k, 0] -> vb (f32 scalar)
      const long long o0 = k;
      const long long o1 = 0;
      vb[0] = dsim::dt_f32::from_mem(b[(o0) * 4 + o1]);
    }
    dsim::put(fifo_B_1_1, vb);
  }
}

// gemm_0_2
static void gemm_0_2(hls::stream<dsim::tile<float, 1>, 4>& fifo_B_1_2, const float* b) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    {  // load b[k, 1] -> vb (f32 scalar)
      const long long o0 = k;
      const long long o1 = 1;
      vb[0] = dsim::dt_f32::from_mem(b[(o0) * 4 + o1]);
    }
    dsim::put(fifo_B_1_2, vb);
  }
}

// gemm_0_3
static void gemm_0_3(hls::stream<dsim::tile<float, 1>, 4>& fifo_B_1_3, const float* b) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    {  // load b[k, 2] -> vb (f32 scalar)
      const long long o0 = k;
      const long long o1 = 2;
      vb[0] = dsim::dt_f32::from_mem(b[(o0) * 4 + o1]);
    }
    dsim::put(fifo_B_1_3, vb);
  }
}

// gemm_0_4
static void gemm_0_4(hls::stream<dsim::tile<float, 1>, 4>& fifo_B_1_4, const float* b) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    {  // load b[k, 3] -> vb (f32 scalar)
      const long long o0 = k;
      const long long o1 = 3;
      vb[0] = dsim::dt_f32::from_mem(b[(o0) * 4 + o1]);
    }
    dsim::put(fifo_B_1_4, vb);
  }
}

// gemm_1_0
static void gemm_1_0(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_1_1, const float* a) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    {  // load a[0, k] -> va (f32 scalar)
      const long long o0 = 0;
      const long long o1 = k;
      va[0] = dsim::dt_f32::from_mem(a[(o0) * 64 + o1]);
    }
    dsim::put(fifo_A_1_1, va);
  }
}

// gemm_1_1
static void gemm_1_1(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_1_1, hls::stream<dsim::tile<float, 1>, 4>& fifo_A_1_2, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_1_1, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_2_1, float* c) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  dsim::zero<dsim::dt_f32, 1>(acc);
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_1_1, va);
    dsim::get(fifo_B_1_1, vb);
    dsim::mac<dsim::dt_f32, dsim::dt_f32, dsim::dt_f32, 1>(va, false, vb, false, acc);
    dsim::put(fifo_A_1_2, va);
    dsim::put(fifo_B_2_1, vb);
  }
  {  // store c[0, 0] <- acc (f32 scalar)
    const long long o0 = 0;
    const long long o1 = 0;
    c[(o0) * 4 + o1] = dsim::dt_f32::to_mem(acc[0]);
  }
}

// gemm_1_2
static void gemm_1_2(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_1_2, hls::stream<dsim::tile<float, 1>, 4>& fifo_A_1_3, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_1_2, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_2_2, float* c) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  dsim::zero<dsim::dt_f32, 1>(acc);
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_1_2, va);
    dsim::get(fifo_B_1_2, vb);
    dsim::mac<dsim::dt_f32, dsim::dt_f32, dsim::dt_f32, 1>(va, false, vb, false, acc);
    dsim::put(fifo_A_1_3, va);
    dsim::put(fifo_B_2_2, vb);
  }
  {  // store c[0, 1] <- acc (f32 scalar)
    const long long o0 = 0;
    const long long o1 = 1;
    c[(o0) * 4 + o1] = dsim::dt_f32::to_mem(acc[0]);
  }
}

// gemm_1_3
static void gemm_1_3(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_1_3, hls::stream<dsim::tile<float, 1>, 4>& fifo_A_1_4, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_1_3, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_2_3, float* c) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  dsim::zero<dsim::dt_f32, 1>(acc);
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_1_3, va);
    dsim::get(fifo_B_1_3, vb);
    dsim::mac<dsim::dt_f32, dsim::dt_f32, dsim::dt_f32, 1>(va, false, vb, false, acc);
    dsim::put(fifo_A_1_4, va);
    dsim::put(fifo_B_2_3, vb);
  }
  {  // store c[0, 2] <- acc (f32 scalar)
    const long long o0 = 0;
    const long long o1 = 2;
    c[(o0) * 4 + o1] = dsim::dt_f32::to_mem(acc[0]);
  }
}

// gemm_1_4
static void gemm_1_4(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_1_4, hls::stream<dsim::tile<float, 1>, 4>& fifo_A_1_5, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_1_4, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_2_4, float* c) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  dsim::zero<dsim::dt_f32, 1>(acc);
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_1_4, va);
    dsim::get(fifo_B_1_4, vb);
    dsim::mac<dsim::dt_f32, dsim::dt_f32, dsim::dt_f32, 1>(va, false, vb, false, acc);
    dsim::put(fifo_A_1_5, va);
    dsim::put(fifo_B_2_4, vb);
  }
  {  // store c[0, 3] <- acc (f32 scalar)
    const long long o0 = 0;
    const long long o1 = 3;
    c[(o0) * 4 + o1] = dsim::dt_f32::to_mem(acc[0]);
  }
}

// gemm_1_5
static void gemm_1_5(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_1_5) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_1_5, va);
  }
}

// gemm_2_0
static void gemm_2_0(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_2_1, const float* a) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    {  // load a[1, k] -> va (f32 scalar)
      const long long o0 = 1;
      const long long o1 = k;
      va[0] = dsim::dt_f32::from_mem(a[(o0) * 64 + o1]);
    }
    dsim::put(fifo_A_2_1, va);
  }
}

// gemm_2_1
static void gemm_2_1(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_2_1, hls::stream<dsim::tile<float, 1>, 4>& fifo_A_2_2, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_2_1, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_3_1, float* c) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  dsim::zero<dsim::dt_f32, 1>(acc);
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_2_1, va);
    dsim::get(fifo_B_2_1, vb);
    dsim::mac<dsim::dt_f32, dsim::dt_f32, dsim::dt_f32, 1>(va, false, vb, false, acc);
    dsim::put(fifo_A_2_2, va);
    dsim::put(fifo_B_3_1, vb);
  }
  {  // store c[1, 0] <- acc (f32 scalar)
    const long long o0 = 1;
    const long long o1 = 0;
    c[(o0) * 4 + o1] = dsim::dt_f32::to_mem(acc[0]);
  }
}

// gemm_2_2
static void gemm_2_2(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_2_2, hls::stream<dsim::tile<float, 1>, 4>& fifo_A_2_3, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_2_2, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_3_2, float* c) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  dsim::zero<dsim::dt_f32, 1>(acc);
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_2_2, va);
    dsim::get(fifo_B_2_2, vb);
    dsim::mac<dsim::dt_f32, dsim::dt_f32, dsim::dt_f32, 1>(va, false, vb, false, acc);
    dsim::put(fifo_A_2_3, va);
    dsim::put(fifo_B_3_2, vb);
  }
  {  // store c[1, 1] <- acc (f32 scalar)
    const long long o0 = 1;
    const long long o1 = 1;
    c[(o0) * 4 + o1] = dsim::dt_f32::to_mem(acc[0]);
  }
}

// gemm_2_3
static void gemm_2_3(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_2_3, hls::stream<dsim::tile<float, 1>, 4>& fifo_A_2_4, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_2_3, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_3_3, float* c) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  dsim::zero<dsim::dt_f32, 1>(acc);
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_2_3, va);
    dsim::get(fifo_B_2_3, vb);
    dsim::mac<dsim::dt_f32, dsim::dt_f32, dsim::dt_f32, 1>(va, false, vb, false, acc);
    dsim::put(fifo_A_2_4, va);
    dsim::put(fifo_B_3_3, vb);
  }
  {  // store c[1, 2] <- acc (f32 scalar)
    const long long o0 = 1;
    const long long o1 = 2;
    c[(o0) * 4 + o1] = dsim::dt_f32::to_mem(acc[0]);
  }
}

// gemm_2_4
static void gemm_2_4(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_2_4, hls::stream<dsim::tile<float, 1>, 4>& fifo_A_2_5, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_2_4, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_3_4, float* c) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  dsim::zero<dsim::dt_f32, 1>(acc);
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_2_4, va);
    dsim::get(fifo_B_2_4, vb);
    dsim::mac<dsim::dt_f32, dsim::dt_f32, dsim::dt_f32, 1>(va, false, vb, false, acc);
    dsim::put(fifo_A_2_5, va);
    dsim::put(fifo_B_3_4, vb);
  }
  {  // store c[1, 3] <- acc (f32 scalar)
    const long long o0 = 1;
    const long long o1 = 3;
    c[(o0) * 4 + o1] = dsim::dt_f32::to_mem(acc[0]);
  }
}

// gemm_2_5
static void gemm_2_5(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_2_5) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_2_5, va);
  }
}

// gemm_3_0
static void gemm_3_0(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_3_1, const float* a) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    {  // load a[2, k] -> va (f32 scalar)
      const long long o0 = 2;
      const long long o1 = k;
      va[0] = dsim::dt_f32::from_mem(a[(o0) * 64 + o1]);
    }
    dsim::put(fifo_A_3_1, va);
  }
}

// gemm_3_1
static void gemm_3_1(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_3_1, hls::stream<dsim::tile<float, 1>, 4>& fifo_A_3_2, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_3_1, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_4_1, float* c) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  dsim::zero<dsim::dt_f32, 1>(acc);
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_3_1, va);
    dsim::get(fifo_B_3_1, vb);
    dsim::mac<dsim::dt_f32, dsim::dt_f32, dsim::dt_f32, 1>(va, false, vb, false, acc);
    dsim::put(fifo_A_3_2, va);
    dsim::put(fifo_B_4_1, vb);
  }
  {  // store c[2, 0] <- acc (f32 scalar)
    const long long o0 = 2;
    const long long o1 = 0;
    c[(o0) * 4 + o1] = dsim::dt_f32::to_mem(acc[0]);
  }
}

// gemm_3_2
static void gemm_3_2(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_3_2, hls::stream<dsim::tile<float, 1>, 4>& fifo_A_3_3, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_3_2, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_4_2, float* c) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  dsim::zero<dsim::dt_f32, 1>(acc);
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_3_2, va);
    dsim::get(fifo_B_3_2, vb);
    dsim::mac<dsim::dt_f32, dsim::dt_f32, dsim::dt_f32, 1>(va, false, vb, false, acc);
    dsim::put(fifo_A_3_3, va);
    dsim::put(fifo_B_4_2, vb);
  }
  {  // store c[2, 1] <- acc (f32 scalar)
    const long long o0 = 2;
    const long long o1 = 1;
    c[(o0) * 4 + o1] = dsim::dt_f32::to_mem(acc[0]);
  }
}

// gemm_3_3
static void gemm_3_3(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_3_3, hls::stream<dsim::tile<float, 1>, 4>& fifo_A_3_4, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_3_3, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_4_3, float* c) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  dsim::zero<dsim::dt_f32, 1>(acc);
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_3_3, va);
    dsim::get(fifo_B_3_3, vb);
    dsim::mac<dsim::dt_f32, dsim::dt_f32, dsim::dt_f32, 1>(va, false, vb, false, acc);
    dsim::put(fifo_A_3_4, va);
    dsim::put(fifo_B_4_3, vb);
  }
  {  // store c[2, 2] <- acc (f32 scalar)
    const long long o0 = 2;
    const long long o1 = 2;
    c[(o0) * 4 + o1] = dsim::dt_f32::to_mem(acc[0]);
  }
}

// gemm_3_4
static void gemm_3_4(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_3_4, hls::stream<dsim::tile<float, 1>, 4>& fifo_A_3_5, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_3_4, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_4_4, float* c) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  dsim::zero<dsim::dt_f32, 1>(acc);
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_3_4, va);
    dsim::get(fifo_B_3_4, vb);
    dsim::mac<dsim::dt_f32, dsim::dt_f32, dsim::dt_f32, 1>(va, false, vb, false, acc);
    dsim::put(fifo_A_3_5, va);
    dsim::put(fifo_B_4_4, vb);
  }
  {  // store c[2, 3] <- acc (f32 scalar)
    const long long o0 = 2;
    const long long o1 = 3;
    c[(o0) * 4 + o1] = dsim::dt_f32::to_mem(acc[0]);
  }
}

// gemm_3_5
static void gemm_3_5(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_3_5) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_3_5, va);
  }
}

// gemm_4_0
static void gemm_4_0(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_4_1, const float* a) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    {  // load a[3, k] -> va (f32 scalar)
      const long long o0 = 3;
      const long long o1 = k;
      va[0] = dsim::dt_f32::from_mem(a[(o0) * 64 + o1]);
    }
    dsim::put(fifo_A_4_1, va);
  }
}

// gemm_4_1
static void gemm_4_1(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_4_1, hls::stream<dsim::tile<float, 1>, 4>& fifo_A_4_2, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_4_1, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_5_1, float* c) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  dsim::zero<dsim::dt_f32, 1>(acc);
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_4_1, va);
    dsim::get(fifo_B_4_1, vb);
    dsim::mac<dsim::dt_f32, dsim::dt_f32, dsim::dt_f32, 1>(va, false, vb, false, acc);
    dsim::put(fifo_A_4_2, va);
    dsim::put(fifo_B_5_1, vb);
  }
  {  // store c[3, 0] <- acc (f32 scalar)
    const long long o0 = 3;
    const long long o1 = 0;
    c[(o0) * 4 + o1] = dsim::dt_f32::to_mem(acc[0]);
  }
}

// gemm_4_2
static void gemm_4_2(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_4_2, hls::stream<dsim::tile<float, 1>, 4>& fifo_A_4_3, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_4_2, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_5_2, float* c) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  dsim::zero<dsim::dt_f32, 1>(acc);
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_4_2, va);
    dsim::get(fifo_B_4_2, vb);
    dsim::mac<dsim::dt_f32, dsim::dt_f32, dsim::dt_f32, 1>(va, false, vb, false, acc);
    dsim::put(fifo_A_4_3, va);
    dsim::put(fifo_B_5_2, vb);
  }
  {  // store c[3, 1] <- acc (f32 scalar)
    const long long o0 = 3;
    const long long o1 = 1;
    c[(o0) * 4 + o1] = dsim::dt_f32::to_mem(acc[0]);
  }
}

// gemm_4_3
static void gemm_4_3(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_4_3, hls::stream<dsim::tile<float, 1>, 4>& fifo_A_4_4, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_4_3, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_5_3, float* c) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  dsim::zero<dsim::dt_f32, 1>(acc);
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_4_3, va);
    dsim::get(fifo_B_4_3, vb);
    dsim::mac<dsim::dt_f32, dsim::dt_f32, dsim::dt_f32, 1>(va, false, vb, false, acc);
    dsim::put(fifo_A_4_4, va);
    dsim::put(fifo_B_5_3, vb);
  }
  {  // store c[3, 2] <- acc (f32 scalar)
    const long long o0 = 3;
    const long long o1 = 2;
    c[(o0) * 4 + o1] = dsim::dt_f32::to_mem(acc[0]);
  }
}

// gemm_4_4
static void gemm_4_4(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_4_4, hls::stream<dsim::tile<float, 1>, 4>& fifo_A_4_5, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_4_4, hls::stream<dsim::tile<float, 1>, 4>& fifo_B_5_4, float* c) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  dsim::zero<dsim::dt_f32, 1>(acc);
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_4_4, va);
    dsim::get(fifo_B_4_4, vb);
    dsim::mac<dsim::dt_f32, dsim::dt_f32, dsim::dt_f32, 1>(va, false, vb, false, acc);
    dsim::put(fifo_A_4_5, va);
    dsim::put(fifo_B_5_4, vb);
  }
  {  // store c[3, 3] <- acc (f32 scalar)
    const long long o0 = 3;
    const long long o1 = 3;
    c[(o0) * 4 + o1] = dsim::dt_f32::to_mem(acc[0]);
  }
}

// gemm_4_5
static void gemm_4_5(hls::stream<dsim::tile<float, 1>, 4>& fifo_A_4_5) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_A_4_5, va);
  }
}

// gemm_5_1
static void gemm_5_1(hls::stream<dsim::tile<float, 1>, 4>& fifo_B_5_1) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_B_5_1, vb);
  }
}

// gemm_5_2
static void gemm_5_2(hls::stream<dsim::tile<float, 1>, 4>& fifo_B_5_2) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_B_5_2, vb);
  }
}

// gemm_5_3
static void gemm_5_3(hls::stream<dsim::tile<float, 1>, 4>& fifo_B_5_3) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_B_5_3, vb);
  }
}

// gemm_5_4
static void gemm_5_4(hls::stream<dsim::tile<float, 1>, 4>& fifo_B_5_4) {
  float va[1];  // va: f32 scalar
  float vb[1];  // vb: f32 scalar
  float acc[1];  // acc: f32 scalar
  for (long long k = 0; k < 64; k += 1) {
  #pragma HLS pipeline II=1
    dsim::get(fifo_B_5_4, vb);
  }
}

// Each process reaches a tensor through a port of its own (a top-level argument may be used by one
// dataflow process only); the ports of one tensor share its m_axi bundle, and the host binds one buffer to all.
extern "C" void systolic_gemm(const float* A, const float* A_2, const float* A_3, const float* A_4, const float* B, const float* B_2, const float* B_3, const float* B_4, float* C, float* C_2, float* C_3, float* C_4, float* C_5, float* C_6, float* C_7, float* C_8, float* C_9, float* C_10, float* C_11, float* C_12, float* C_13, float* C_14, float* C_15, float* C_16) {
#pragma HLS interface m_axi port=A offset=slave bundle=gmem0 depth=256
#pragma HLS interface m_axi port=A_2 offset=slave bundle=gmem0 depth=256
#pragma HLS interface m_axi port=A_3 offset=slave bundle=gmem0 depth=256
#pragma HLS interface m_axi port=A_4 offset=slave bundle=gmem0 depth=256
#pragma HLS interface m_axi port=B offset=slave bundle=gmem1 depth=256
#pragma HLS interface m_axi port=B_2 offset=slave bundle=gmem1 depth=256
#pragma HLS interface m_axi port=B_3 offset=slave bundle=gmem1 depth=256
#pragma HLS interface m_axi port=B_4 offset=slave bundle=gmem1 depth=256
#pragma HLS interface m_axi port=C offset=slave bundle=gmem2 depth=16
#pragma HLS interface m_axi port=C_2 offset=slave bundle=gmem2 depth=16
#pragma HLS interface m_axi port=C_3 offset=slave bundle=gmem2 depth=16
#pragma HLS interface m_axi port=C_4 offset=slave bundle=gmem2 depth=16
#pragma HLS interface m_axi port=C_5 offset=slave bundle=gmem2 depth=16
#pragma HLS interface m_axi port=C_6 offset=slave bundle=gmem2 depth=16
#pragma HLS interface m_axi port=C_7 offset=slave bundle=gmem2 depth=16
#pragma HLS interface m_axi port=C_8 offset=slave bundle=gmem2 depth=16
#pragma HLS interface m_axi port=C_9 offset=slave bundle=gmem2 depth=16
#pragma HLS interface m_axi port=C_10 offset=slave bundle=gmem2 depth=16
#pragma HLS interface m_axi port=C_11 offset=slave bundle=gmem2 depth=16
#pragma HLS interface m_axi port=C_12 offset=slave bundle=gmem2 depth=16
#pragma HLS interface m_axi port=C_13 offset=slave bundle=gmem2 depth=16
#pragma HLS interface m_axi port=C_14 offset=slave bundle=gmem2 depth=16
#pragma HLS interface m_axi port=C_15 offset=slave bundle=gmem2 depth=16
#pragma HLS interface m_axi port=C_16 offset=slave bundle=gmem2 depth=16
#pragma HLS interface s_axilite port=return
#pragma HLS dataflow
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_1_1("fifo_A_1_1");  // fifo_A[1][1]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_1_1 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_1_2("fifo_A_1_2");  // fifo_A[1][2]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_1_2 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_1_3("fifo_A_1_3");  // fifo_A[1][3]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_1_3 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_1_4("fifo_A_1_4");  // fifo_A[1][4]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_1_4 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_1_5("fifo_A_1_5");  // fifo_A[1][5]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_1_5 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_2_1("fifo_A_2_1");  // fifo_A[2][1]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_2_1 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_2_2("fifo_A_2_2");  // fifo_A[2][2]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_2_2 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_2_3("fifo_A_2_3");  // fifo_A[2][3]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_2_3 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_2_4("fifo_A_2_4");  // fifo_A[2][4]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_2_4 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_2_5("fifo_A_2_5");  // fifo_A[2][5]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_2_5 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_3_1("fifo_A_3_1");  // fifo_A[3][1]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_3_1 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_3_2("fifo_A_3_2");  // fifo_A[3][2]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_3_2 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_3_3("fifo_A_3_3");  // fifo_A[3][3]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_3_3 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_3_4("fifo_A_3_4");  // fifo_A[3][4]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_3_4 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_3_5("fifo_A_3_5");  // fifo_A[3][5]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_3_5 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_4_1("fifo_A_4_1");  // fifo_A[4][1]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_4_1 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_4_2("fifo_A_4_2");  // fifo_A[4][2]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_4_2 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_4_3("fifo_A_4_3");  // fifo_A[4][3]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_4_3 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_4_4("fifo_A_4_4");  // fifo_A[4][4]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_4_4 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_A_4_5("fifo_A_4_5");  // fifo_A[4][5]: f32 scalar tokens
#pragma HLS stream variable=fifo_A_4_5 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_1_1("fifo_B_1_1");  // fifo_B[1][1]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_1_1 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_1_2("fifo_B_1_2");  // fifo_B[1][2]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_1_2 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_1_3("fifo_B_1_3");  // fifo_B[1][3]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_1_3 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_1_4("fifo_B_1_4");  // fifo_B[1][4]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_1_4 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_2_1("fifo_B_2_1");  // fifo_B[2][1]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_2_1 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_2_2("fifo_B_2_2");  // fifo_B[2][2]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_2_2 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_2_3("fifo_B_2_3");  // fifo_B[2][3]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_2_3 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_2_4("fifo_B_2_4");  // fifo_B[2][4]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_2_4 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_3_1("fifo_B_3_1");  // fifo_B[3][1]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_3_1 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_3_2("fifo_B_3_2");  // fifo_B[3][2]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_3_2 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_3_3("fifo_B_3_3");  // fifo_B[3][3]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_3_3 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_3_4("fifo_B_3_4");  // fifo_B[3][4]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_3_4 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_4_1("fifo_B_4_1");  // fifo_B[4][1]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_4_1 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_4_2("fifo_B_4_2");  // fifo_B[4][2]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_4_2 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_4_3("fifo_B_4_3");  // fifo_B[4][3]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_4_3 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_4_4("fifo_B_4_4");  // fifo_B[4][4]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_4_4 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_5_1("fifo_B_5_1");  // fifo_B[5][1]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_5_1 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_5_2("fifo_B_5_2");  // fifo_B[5][2]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_5_2 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_5_3("fifo_B_5_3");  // fifo_B[5][3]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_5_3 depth=4
  hls::stream<dsim::tile<float, 1>, 4> fifo_B_5_4("fifo_B_5_4");  // fifo_B[5][4]: f32 scalar tokens
#pragma HLS stream variable=fifo_B_5_4 depth=4
  DSIM_DATAFLOW_BEGIN();
  DSIM_PROCESS("gemm_0_1", gemm_0_1, fifo_B_1_1, B);
  DSIM_PROCESS("gemm_0_2", gemm_0_2, fifo_B_1_2, B_2);
  DSIM_PROCESS("gemm_0_3", gemm_0_3, fifo_B_1_3, B_3);
  DSIM_PROCESS("gemm_0_4", gemm_0_4, fifo_B_1_4, B_4);
  DSIM_PROCESS("gemm_1_0", gemm_1_0, fifo_A_1_1, A);
  DSIM_PROCESS("gemm_1_1", gemm_1_1, fifo_A_1_1, fifo_A_1_2, fifo_B_1_1, fifo_B_2_1, C);
  DSIM_PROCESS("gemm_1_2", gemm_1_2, fifo_A_1_2, fifo_A_1_3, fifo_B_1_2, fifo_B_2_2, C_2);
  DSIM_PROCESS("gemm_1_3", gemm_1_3, fifo_A_1_3, fifo_A_1_4, fifo_B_1_3, fifo_B_2_3, C_3);
  DSIM_PROCESS("gemm_1_4", gemm_1_4, fifo_A_1_4, fifo_A_1_5, fifo_B_1_4, fifo_B_2_4, C_4);
  DSIM_PROCESS("gemm_1_5", gemm_1_5, fifo_A_1_5);
  DSIM_PROCESS("gemm_2_0", gemm_2_0, fifo_A_2_1, A_2);
  DSIM_PROCESS("gemm_2_1", gemm_2_1, fifo_A_2_1, fifo_A_2_2, fifo_B_2_1, fifo_B_3_1, C_5);
  DSIM_PROCESS("gemm_2_2", gemm_2_2, fifo_A_2_2, fifo_A_2_3, fifo_B_2_2, fifo_B_3_2, C_6);
  DSIM_PROCESS("gemm_2_3", gemm_2_3, fifo_A_2_3, fifo_A_2_4, fifo_B_2_3, fifo_B_3_3, C_7);
  DSIM_PROCESS("gemm_2_4", gemm_2_4, fifo_A_2_4, fifo_A_2_5, fifo_B_2_4, fifo_B_3_4, C_8);
  DSIM_PROCESS("gemm_2_5", gemm_2_5, fifo_A_2_5);
  DSIM_PROCESS("gemm_3_0", gemm_3_0, fifo_A_3_1, A_3);
  DSIM_PROCESS("gemm_3_1", gemm_3_1, fifo_A_3_1, fifo_A_3_2, fifo_B_3_1, fifo_B_4_1, C_9);
  DSIM_PROCESS("gemm_3_2", gemm_3_2, fifo_A_3_2, fifo_A_3_3, fifo_B_3_2, fifo_B_4_2, C_10);
  DSIM_PROCESS("gemm_3_3", gemm_3_3, fifo_A_3_3, fifo_A_3_4, fifo_B_3_3, fifo_B_4_3, C_11);
  DSIM_PROCESS("gemm_3_4", gemm_3_4, fifo_A_3_4, fifo_A_3_5, fifo_B_3_4, fifo_B_4_4, C_12);
  DSIM_PROCESS("gemm_3_5", gemm_3_5, fifo_A_3_5);
  DSIM_PROCESS("gemm_4_0", gemm_4_0, fifo_A_4_1, A_4);
  DSIM_PROCESS("gemm_4_1", gemm_4_1, fifo_A_4_1, fifo_A_4_2, fifo_B_4_1, fifo_B_5_1, C_13);
  DSIM_PROCESS("gemm_4_2", gemm_4_2, fifo_A_4_2, fifo_A_4_3, fifo_B_4_2, fifo_B_5_2, C_14);
  DSIM_PROCESS("gemm_4_3", gemm_4_3, fifo_A_4_3, fifo_A_4_4, fifo_B_4_3, fifo_B_5_3, C_15);
  DSIM_PROCESS("gemm_4_4", gemm_4_4, fifo_A_4_4, fifo_A_4_5, fifo_B_4_4, fifo_B_5_4, C_16);
  DSIM_PROCESS("gemm_4_5", gemm_4_5, fifo_A_4_5);
  DSIM_PROCESS("gemm_5_1", gemm_5_1, fifo_B_5_1);
  DSIM_PROCESS("gemm_5_2", gemm_5_2, fifo_B_5_2);
  DSIM_PROCESS("gemm_5_3", gemm_5_3, fifo_B_5_3);
  DSIM_PROCESS("gemm_5_4", gemm_5_4, fifo_B_5_4);
  DSIM_DATAFLOW_END();
}
