// gemm_i8xi4: the Vitis HLS kernel datosim generated from examples/gemm_i8xi4.json for u280.
// One function per task instance (instances with the same specialised body share one), one hls::stream
// per stream at the graph's depth, all started in one dataflow region. Built by Vitis as it is; built
// with -DDATOSIM_CSIM against datosim's csim/ headers, every process runs as a thread over bounded streams.
#include "kernel.h"

#include "dsim_dataflow.h"

// core_0_0
static void core_0_0(const ap_int<8>* lA, const ap_int<4>* lB, ap_int<32>* lC) {
  ap_int<8> a[4096];  // a: i8 64x64
  ap_int<4> b[4096];  // b: i4 64x64
  ap_int<32> acc[4096];  // acc: i32 64x64
  for (long long tr = 0; tr < 1; tr += 1) {
    for (long long c = 0; c < 1; c += 1) {
      dsim::zero<dsim::dt_i32, 4096>(acc);
      for (long long kk = 0; kk < 8; kk += 1) {
        {  // load lA[tr * 64, kk * 64] -> a (i8 64x64)
          const long long o0 = (tr * 64);
          const long long o1 = (kk * 64);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 64; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 64 + i1] = dsim::dt_i8::from_mem(lA[((o0 + i0)) * 512 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[kk * 64, c * 64] -> b (i4 64x64)
          const long long o0_2 = (kk * 64);
          const long long o1_2 = (c * 64);
          for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 64 + i1_2] = dsim::dt_i4::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i8, dsim::dt_i4, 64, 64, 64>(a, b, acc, true);
      }
      {  // store lC[tr * 64, c * 64] <- acc (i32 64x64)
        const long long o0_3 = (tr * 64);
        const long long o1_3 = (c * 64);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 64; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(acc[(i0_3) * 64 + i1_3]);
          }
        }
      }
    }
  }
}

// core_0_1
static void core_0_1(const ap_int<8>* lA, const ap_int<4>* lB, ap_int<32>* lC) {
  ap_int<8> a[4096];  // a: i8 64x64
  ap_int<4> b[4096];  // b: i4 64x64
  ap_int<32> acc[4096];  // acc: i32 64x64
  for (long long tr = 0; tr < 1; tr += 1) {
    for (long long c = 0; c < 1; c += 1) {
      dsim::zero<dsim::dt_i32, 4096>(acc);
      for (long long kk = 0; kk < 8; kk += 1) {
        {  // load lA[tr * 64, kk * 64] -> a (i8 64x64)
          const long long o0 = (tr * 64);
          const long long o1 = (kk * 64);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 64; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 64 + i1] = dsim::dt_i8::from_mem(lA[((o0 + i0)) * 512 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[kk * 64, c * 64] -> b (i4 64x64)
          const long long o0_2 = (kk * 64);
          const long long o1_2 = 64 + (c * 64);
          for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 64 + i1_2] = dsim::dt_i4::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i8, dsim::dt_i4, 64, 64, 64>(a, b, acc, true);
      }
      {  // store lC[tr * 64, c * 64] <- acc (i32 64x64)
        const long long o0_3 = (tr * 64);
        const long long o1_3 = 64 + (c * 64);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 64; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(acc[(i0_3) * 64 + i1_3]);
          }
        }
      }
    }
  }
}

// core_0_2
static void core_0_2(const ap_int<8>* lA, const ap_int<4>* lB, ap_int<32>* lC) {
  ap_int<8> a[4096];  // a: i8 64x64
  ap_int<4> b[4096];  // b: i4 64x64
  ap_int<32> acc[4096];  // acc: i32 64x64
  for (long long tr = 0; tr < 1; tr += 1) {
    for (long long c = 0; c < 1; c += 1) {
      dsim::zero<dsim::dt_i32, 4096>(acc);
      for (long long kk = 0; kk < 8; kk += 1) {
        {  // load lA[tr * 64, kk * 64] -> a (i8 64x64)
          const long long o0 = (tr * 64);
          const long long o1 = (kk * 64);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 64; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 64 + i1] = dsim::dt_i8::from_mem(lA[((o0 + i0)) * 512 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[kk * 64, c * 64] -> b (i4 64x64)
          const long long o0_2 = (kk * 64);
          const long long o1_2 = 128 + (c * 64);
          for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 64 + i1_2] = dsim::dt_i4::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i8, dsim::dt_i4, 64, 64, 64>(a, b, acc, true);
      }
      {  // store lC[tr * 64, c * 64] <- acc (i32 64x64)
        const long long o0_3 = (tr * 64);
        const long long o1_3 = 128 + (c * 64);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 64; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(acc[(i0_3) * 64 + i1_3]);
          }
        }
      }
    }
  }
}

// core_0_3
static void core_0_3(const ap_int<8>* lA, const ap_int<4>* lB, ap_int<32>* lC) {
  ap_int<8> a[4096];  // a: i8 64x64
  ap_int<4> b[4096];  // b: i4 64x64
  ap_int<32> acc[4096];  // acc: i32 64x64
  for (long long tr = 0; tr < 1; tr += 1) {
    for (long long c = 0; c < 1; c += 1) {
      dsim::zero<dsim::dt_i32, 4096>(acc);
      for (long long kk = 0; kk < 8; kk += 1) {
        {  // load lA[tr * 64, kk * 64] -> a (i8 64x64)
          const long long o0 = (tr * 64);
          const long long o1 = (kk * 64);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 64; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 64 + i1] = dsim::dt_i8::from_mem(lA[((o0 + i0)) * 512 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[kk * 64, c * 64] -> b (i4 64x64)
          const long long o0_2 = (kk * 64);
          const long long o1_2 = 192 + (c * 64);
          for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 64 + i1_2] = dsim::dt_i4::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i8, dsim::dt_i4, 64, 64, 64>(a, b, acc, true);
      }
      {  // store lC[tr * 64, c * 64] <- acc (i32 64x64)
        const long long o0_3 = (tr * 64);
        const long long o1_3 = 192 + (c * 64);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 64; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(acc[(i0_3) * 64 + i1_3]);
          }
        }
      }
    }
  }
}

// core_1_0
static void core_1_0(const ap_int<8>* lA, const ap_int<4>* lB, ap_int<32>* lC) {
  ap_int<8> a[4096];  // a: i8 64x64
  ap_int<4> b[4096];  // b: i4 64x64
  ap_int<32> acc[4096];  // acc: i32 64x64
  for (long long tr = 0; tr < 1; tr += 1) {
    for (long long c = 0; c < 1; c += 1) {
      dsim::zero<dsim::dt_i32, 4096>(acc);
      for (long long kk = 0; kk < 8; kk += 1) {
        {  // load lA[tr * 64, kk * 64] -> a (i8 64x64)
          const long long o0 = 64 + (tr * 64);
          const long long o1 = (kk * 64);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 64; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 64 + i1] = dsim::dt_i8::from_mem(lA[((o0 + i0)) * 512 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[kk * 64, c * 64] -> b (i4 64x64)
          const long long o0_2 = (kk * 64);
          const long long o1_2 = (c * 64);
          for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 64 + i1_2] = dsim::dt_i4::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i8, dsim::dt_i4, 64, 64, 64>(a, b, acc, true);
      }
      {  // store lC[tr * 64, c * 64] <- acc (i32 64x64)
        const long long o0_3 = 64 + (tr * 64);
        const long long o1_3 = (c * 64);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 64; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(acc[(i0_3) * 64 + i1_3]);
          }
        }
      }
    }
  }
}

// core_1_1
static void core_1_1(const ap_int<8>* lA, const ap_int<4>* lB, ap_int<32>* lC) {
  ap_int<8> a[4096];  // a: i8 64x64
  ap_int<4> b[4096];  // b: i4 64x64
  ap_int<32> acc[4096];  // acc: i32 64x64
  for (long long tr = 0; tr < 1; tr += 1) {
    for (long long c = 0; c < 1; c += 1) {
      dsim::zero<dsim::dt_i32, 4096>(acc);
      for (long long kk = 0; kk < 8; kk += 1) {
        {  // load lA[tr * 64, kk * 64] -> a (i8 64x64)
          const long long o0 = 64 + (tr * 64);
          const long long o1 = (kk * 64);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 64; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 64 + i1] = dsim::dt_i8::from_mem(lA[((o0 + i0)) * 512 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[kk * 64, c * 64] -> b (i4 64x64)
          const long long o0_2 = (kk * 64);
          const long long o1_2 = 64 + (c * 64);
          for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 64 + i1_2] = dsim::dt_i4::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i8, dsim::dt_i4, 64, 64, 64>(a, b, acc, true);
      }
      {  // store lC[tr * 64, c * 64] <- acc (i32 64x64)
        const long long o0_3 = 64 + (tr * 64);
        const long long o1_3 = 64 + (c * 64);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 64; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(acc[(i0_3) * 64 + i1_3]);
          }
        }
      }
    }
  }
}

// core_1_2
static void core_1_2(const ap_int<8>* lA, const ap_int<4>* lB, ap_int<32>* lC) {
  ap_int<8> a[4096];  // a: i8 64x64
  ap_int<4> b[4096];  // b: i4 64x64
  ap_int<32> acc[4096];  // acc: i32 64x64
  for (long long tr = 0; tr < 1; tr += 1) {
    for (long long c = 0; c < 1; c += 1) {
      dsim::zero<dsim::dt_i32, 4096>(acc);
      for (long long kk = 0; kk < 8; kk += 1) {
        {  // load lA[tr * 64, kk * 64] -> a (i8 64x64)
          const long long o0 = 64 + (tr * 64);
          const long long o1 = (kk * 64);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 64; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 64 + i1] = dsim::dt_i8::from_mem(lA[((o0 + i0)) * 512 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[kk * 64, c * 64] -> b (i4 64x64)
          const long long o0_2 = (kk * 64);
          const long long o1_2 = 128 + (c * 64);
          for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 64 + i1_2] = dsim::dt_i4::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i8, dsim::dt_i4, 64, 64, 64>(a, b, acc, true);
      }
      {  // store lC[tr * 64, c * 64] <- acc (i32 64x64)
        const long long o0_3 = 64 + (tr * 64);
        const long long o1_3 = 128 + (c * 64);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 64; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(acc[(i0_3) * 64 + i1_3]);
          }
        }
      }
    }
  }
}

// core_1_3
static void core_1_3(const ap_int<8>* lA, const ap_int<4>* lB, ap_int<32>* lC) {
  ap_int<8> a[4096];  // a: i8 64x64
  ap_int<4> b[4096];  // b: i4 64x64
  ap_int<32> acc[4096];  // acc: i32 64x64
  for (long long tr = 0; tr < 1; tr += 1) {
    for (long long c = 0; c < 1; c += 1) {
      dsim::zero<dsim::dt_i32, 4096>(acc);
      for (long long kk = 0; kk < 8; kk += 1) {
        {  // load lA[tr * 64, kk * 64] -> a (i8 64x64)
          const long long o0 = 64 + (tr * 64);
          const long long o1 = (kk * 64);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 64; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 64 + i1] = dsim::dt_i8::from_mem(lA[((o0 + i0)) * 512 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[kk * 64, c * 64] -> b (i4 64x64)
          const long long o0_2 = (kk * 64);
          const long long o1_2 = 192 + (c * 64);
          for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 64 + i1_2] = dsim::dt_i4::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i8, dsim::dt_i4, 64, 64, 64>(a, b, acc, true);
      }
      {  // store lC[tr * 64, c * 64] <- acc (i32 64x64)
        const long long o0_3 = 64 + (tr * 64);
        const long long o1_3 = 192 + (c * 64);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 64; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(acc[(i0_3) * 64 + i1_3]);
          }
        }
      }
    }
  }
}

// core_2_0
static void core_2_0(const ap_int<8>* lA, const ap_int<4>* lB, ap_int<32>* lC) {
  ap_int<8> a[4096];  // a: i8 64x64
  ap_int<4> b[4096];  // b: i4 64x64
  ap_int<32> acc[4096];  // acc: i32 64x64
  for (long long tr = 0; tr < 1; tr += 1) {
    for (long long c = 0; c < 1; c += 1) {
      dsim::zero<dsim::dt_i32, 4096>(acc);
      for (long long kk = 0; kk < 8; kk += 1) {
        {  // load lA[tr * 64, kk * 64] -> a (i8 64x64)
          const long long o0 = 128 + (tr * 64);
          const long long o1 = (kk * 64);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 64; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 64 + i1] = dsim::dt_i8::from_mem(lA[((o0 + i0)) * 512 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[kk * 64, c * 64] -> b (i4 64x64)
          const long long o0_2 = (kk * 64);
          const long long o1_2 = (c * 64);
          for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 64 + i1_2] = dsim::dt_i4::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i8, dsim::dt_i4, 64, 64, 64>(a, b, acc, true);
      }
      {  // store lC[tr * 64, c * 64] <- acc (i32 64x64)
        const long long o0_3 = 128 + (tr * 64);
        const long long o1_3 = (c * 64);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 64; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(acc[(i0_3) * 64 + i1_3]);
          }
        }
      }
    }
  }
}

// core_2_1
static void core_2_1(const ap_int<8>* lA, const ap_int<4>* lB, ap_int<32>* lC) {
  ap_int<8> a[4096];  // a: i8 64x64
  ap_int<4> b[4096];  // b: i4 64x64
  ap_int<32> acc[4096];  // acc: i32 64x64
  for (long long tr = 0; tr < 1; tr += 1) {
    for (long long c = 0; c < 1; c += 1) {
      dsim::zero<dsim::dt_i32, 4096>(acc);
      for (long long kk = 0; kk < 8; kk += 1) {
        {  // load lA[tr * 64, kk * 64] -> a (i8 64x64)
          const long long o0 = 128 + (tr * 64);
          const long long o1 = (kk * 64);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 64; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 64 + i1] = dsim::dt_i8::from_mem(lA[((o0 + i0)) * 512 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[kk * 64, c * 64] -> b (i4 64x64)
          const long long o0_2 = (kk * 64);
          const long long o1_2 = 64 + (c * 64);
          for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 64 + i1_2] = dsim::dt_i4::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i8, dsim::dt_i4, 64, 64, 64>(a, b, acc, true);
      }
      {  // store lC[tr * 64, c * 64] <- acc (i32 64x64)
        const long long o0_3 = 128 + (tr * 64);
        const long long o1_3 = 64 + (c * 64);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 64; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(acc[(i0_3) * 64 + i1_3]);
          }
        }
      }
    }
  }
}

// core_2_2
static void core_2_2(const ap_int<8>* lA, const ap_int<4>* lB, ap_int<32>* lC) {
  ap_int<8> a[4096];  // a: i8 64x64
  ap_int<4> b[4096];  // b: i4 64x64
  ap_int<32> acc[4096];  // acc: i32 64x64
  for (long long tr = 0; tr < 1; tr += 1) {
    for (long long c = 0; c < 1; c += 1) {
      dsim::zero<dsim::dt_i32, 4096>(acc);
      for (long long kk = 0; kk < 8; kk += 1) {
        {  // load lA[tr * 64, kk * 64] -> a (i8 64x64)
          const long long o0 = 128 + (tr * 64);
          const long long o1 = (kk * 64);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 64; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 64 + i1] = dsim::dt_i8::from_mem(lA[((o0 + i0)) * 512 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[kk * 64, c * 64] -> b (i4 64x64)
          const long long o0_2 = (kk * 64);
          const long long o1_2 = 128 + (c * 64);
          for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 64 + i1_2] = dsim::dt_i4::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i8, dsim::dt_i4, 64, 64, 64>(a, b, acc, true);
      }
      {  // store lC[tr * 64, c * 64] <- acc (i32 64x64)
        const long long o0_3 = 128 + (tr * 64);
        const long long o1_3 = 128 + (c * 64);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 64; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(acc[(i0_3) * 64 + i1_3]);
          }
        }
      }
    }
  }
}

// core_2_3
static void core_2_3(const ap_int<8>* lA, const ap_int<4>* lB, ap_int<32>* lC) {
  ap_int<8> a[4096];  // a: i8 64x64
  ap_int<4> b[4096];  // b: i4 64x64
  ap_int<32> acc[4096];  // acc: i32 64x64
  for (long long tr = 0; tr < 1; tr += 1) {
    for (long long c = 0; c < 1; c += 1) {
      dsim::zero<dsim::dt_i32, 4096>(acc);
      for (long long kk = 0; kk < 8; kk += 1) {
        {  // load lA[tr * 64, kk * 64] -> a (i8 64x64)
          const long long o0 = 128 + (tr * 64);
          const long long o1 = (kk * 64);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 64; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 64 + i1] = dsim::dt_i8::from_mem(lA[((o0 + i0)) * 512 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[kk * 64, c * 64] -> b (i4 64x64)
          const long long o0_2 = (kk * 64);
          const long long o1_2 = 192 + (c * 64);
          for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 64 + i1_2] = dsim::dt_i4::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i8, dsim::dt_i4, 64, 64, 64>(a, b, acc, true);
      }
      {  // store lC[tr * 64, c * 64] <- acc (i32 64x64)
        const long long o0_3 = 128 + (tr * 64);
        const long long o1_3 = 192 + (c * 64);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 64; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(acc[(i0_3) * 64 + i1_3]);
          }
        }
      }
    }
  }
}

// core_3_0
static void core_3_0(const ap_int<8>* lA, const ap_int<4>* lB, ap_int<32>* lC) {
  ap_int<8> a[4096];  // a: i8 64x64
  ap_int<4> b[4096];  // b: i4 64x64
  ap_int<32> acc[4096];  // acc: i32 64x64
  for (long long tr = 0; tr < 1; tr += 1) {
    for (long long c = 0; c < 1; c += 1) {
      dsim::zero<dsim::dt_i32, 4096>(acc);
      for (long long kk = 0; kk < 8; kk += 1) {
        {  // load lA[tr * 64, kk * 64] -> a (i8 64x64)
          const long long o0 = 192 + (tr * 64);
          const long long o1 = (kk * 64);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 64; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 64 + i1] = dsim::dt_i8::from_mem(lA[((o0 + i0)) * 512 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[kk * 64, c * 64] -> b (i4 64x64)
          const long long o0_2 = (kk * 64);
          const long long o1_2 = (c * 64);
          for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 64 + i1_2] = dsim::dt_i4::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i8, dsim::dt_i4, 64, 64, 64>(a, b, acc, true);
      }
      {  // store lC[tr * 64, c * 64] <- acc (i32 64x64)
        const long long o0_3 = 192 + (tr * 64);
        const long long o1_3 = (c * 64);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 64; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(acc[(i0_3) * 64 + i1_3]);
          }
        }
      }
    }
  }
}

// core_3_1
static void core_3_1(const ap_int<8>* lA, const ap_int<4>* lB, ap_int<32>* lC) {
  ap_int<8> a[4096];  // a: i8 64x64
  ap_int<4> b[4096];  // b: i4 64x64
  ap_int<32> acc[4096];  // acc: i32 64x64
  for (long long tr = 0; tr < 1; tr += 1) {
    for (long long c = 0; c < 1; c += 1) {
      dsim::zero<dsim::dt_i32, 4096>(acc);
      for (long long kk = 0; kk < 8; kk += 1) {
        {  // load lA[tr * 64, kk * 64] -> a (i8 64x64)
          const long long o0 = 192 + (tr * 64);
          const long long o1 = (kk * 64);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 64; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 64 + i1] = dsim::dt_i8::from_mem(lA[((o0 + i0)) * 512 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[kk * 64, c * 64] -> b (i4 64x64)
          const long long o0_2 = (kk * 64);
          const long long o1_2 = 64 + (c * 64);
          for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 64 + i1_2] = dsim::dt_i4::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i8, dsim::dt_i4, 64, 64, 64>(a, b, acc, true);
      }
      {  // store lC[tr * 64, c * 64] <- acc (i32 64x64)
        const long long o0_3 = 192 + (tr * 64);
        const long long o1_3 = 64 + (c * 64);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 64; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(acc[(i0_3) * 64 + i1_3]);
          }
        }
      }
    }
  }
}

// core_3_2
static void core_3_2(const ap_int<8>* lA, const ap_int<4>* lB, ap_int<32>* lC) {
  ap_int<8> a[4096];  // a: i8 64x64
  ap_int<4> b[4096];  // b: i4 64x64
  ap_int<32> acc[4096];  // acc: i32 64x64
  for (long long tr = 0; tr < 1; tr += 1) {
    for (long long c = 0; c < 1; c += 1) {
      dsim::zero<dsim::dt_i32, 4096>(acc);
      for (long long kk = 0; kk < 8; kk += 1) {
        {  // load lA[tr * 64, kk * 64] -> a (i8 64x64)
          const long long o0 = 192 + (tr * 64);
          const long long o1 = (kk * 64);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 64; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 64 + i1] = dsim::dt_i8::from_mem(lA[((o0 + i0)) * 512 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[kk * 64, c * 64] -> b (i4 64x64)
          const long long o0_2 = (kk * 64);
          const long long o1_2 = 128 + (c * 64);
          for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 64 + i1_2] = dsim::dt_i4::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i8, dsim::dt_i4, 64, 64, 64>(a, b, acc, true);
      }
      {  // store lC[tr * 64, c * 64] <- acc (i32 64x64)
        const long long o0_3 = 192 + (tr * 64);
        const long long o1_3 = 128 + (c * 64);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 64; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(acc[(i0_3) * 64 + i1_3]);
          }
        }
      }
    }
  }
}

// core_3_3
static void core_3_3(const ap_int<8>* lA, const ap_int<4>* lB, ap_int<32>* lC) {
  ap_int<8> a[4096];  // a: i8 64x64
  ap_int<4> b[4096];  // b: i4 64x64
  ap_int<32> acc[4096];  // acc: i32 64x64
  for (long long tr = 0; tr < 1; tr += 1) {
    for (long long c = 0; c < 1; c += 1) {
      dsim::zero<dsim::dt_i32, 4096>(acc);
      for (long long kk = 0; kk < 8; kk += 1) {
        {  // load lA[tr * 64, kk * 64] -> a (i8 64x64)
          const long long o0 = 192 + (tr * 64);
          const long long o1 = (kk * 64);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 64; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 64 + i1] = dsim::dt_i8::from_mem(lA[((o0 + i0)) * 512 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[kk * 64, c * 64] -> b (i4 64x64)
          const long long o0_2 = (kk * 64);
          const long long o1_2 = 192 + (c * 64);
          for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 64; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 64 + i1_2] = dsim::dt_i4::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i8, dsim::dt_i4, 64, 64, 64>(a, b, acc, true);
      }
      {  // store lC[tr * 64, c * 64] <- acc (i32 64x64)
        const long long o0_3 = 192 + (tr * 64);
        const long long o1_3 = 192 + (c * 64);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 64; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(acc[(i0_3) * 64 + i1_3]);
          }
        }
      }
    }
  }
}

// Each process reaches a tensor through a port of its own (a top-level argument may be used by one
// dataflow process only); the ports of one tensor share its m_axi bundle, and the host binds one buffer to all.
extern "C" void gemm_i8xi4(const ap_int<8>* A, const ap_int<8>* A_2, const ap_int<8>* A_3, const ap_int<8>* A_4, const ap_int<8>* A_5, const ap_int<8>* A_6, const ap_int<8>* A_7, const ap_int<8>* A_8, const ap_int<8>* A_9, const ap_int<8>* A_10, const ap_int<8>* A_11, const ap_int<8>* A_12, const ap_int<8>* A_13, const ap_int<8>* A_14, const ap_int<8>* A_15, const ap_int<8>* A_16, const ap_int<4>* B, const ap_int<4>* B_2, const ap_int<4>* B_3, const ap_int<4>* B_4, const ap_int<4>* B_5, const ap_int<4>* B_6, const ap_int<4>* B_7, const ap_int<4>* B_8, const ap_int<4>* B_9, const ap_int<4>* B_10, const ap_int<4>* B_11, const ap_int<4>* B_12, const ap_int<4>* B_13, const ap_int<4>* B_14, const ap_int<4>* B_15, const ap_int<4>* B_16, ap_int<32>* C, ap_int<32>* C_2, ap_int<32>* C_3, ap_int<32>* C_4, ap_int<32>* C_5, ap_int<32>* C_6, ap_int<32>* C_7, ap_int<32>* C_8, ap_int<32>* C_9, ap_int<32>* C_10, ap_int<32>* C_11, ap_int<32>* C_12, ap_int<32>* C_13, ap_int<32>* C_14, ap_int<32>* C_15, ap_int<32>* C_16) {
#pragma HLS interface m_axi port=A offset=slave bundle=gmem0 depth=131072
#pragma HLS interface m_axi port=A_2 offset=slave bundle=gmem0 depth=131072
#pragma HLS interface m_axi port=A_3 offset=slave bundle=gmem0 depth=131072
#pragma HLS interface m_axi port=A_4 offset=slave bundle=gmem0 depth=131072
#pragma HLS interface m_axi port=A_5 offset=slave bundle=gmem0 depth=131072
#pragma HLS interface m_axi port=A_6 offset=slave bundle=gmem0 depth=131072
#pragma HLS interface m_axi port=A_7 offset=slave bundle=gmem0 depth=131072
#pragma HLS interface m_axi port=A_8 offset=slave bundle=gmem0 depth=131072
#pragma HLS interface m_axi port=A_9 offset=slave bundle=gmem0 depth=131072
#pragma HLS interface m_axi port=A_10 offset=slave bundle=gmem0 depth=131072
#pragma HLS interface m_axi port=A_11 offset=slave bundle=gmem0 depth=131072
#pragma HLS interface m_axi port=A_12 offset=slave bundle=gmem0 depth=131072
#pragma HLS interface m_axi port=A_13 offset=slave bundle=gmem0 depth=131072
#pragma HLS interface m_axi port=A_14 offset=slave bundle=gmem0 depth=131072
#pragma HLS interface m_axi port=A_15 offset=slave bundle=gmem0 depth=131072
#pragma HLS interface m_axi port=A_16 offset=slave bundle=gmem0 depth=131072
#pragma HLS interface m_axi port=B offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=B_2 offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=B_3 offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=B_4 offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=B_5 offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=B_6 offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=B_7 offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=B_8 offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=B_9 offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=B_10 offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=B_11 offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=B_12 offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=B_13 offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=B_14 offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=B_15 offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=B_16 offset=slave bundle=gmem1 depth=131072
#pragma HLS interface m_axi port=C offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_2 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_3 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_4 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_5 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_6 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_7 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_8 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_9 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_10 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_11 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_12 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_13 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_14 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_15 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_16 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface s_axilite port=return
#pragma HLS dataflow
  DSIM_DATAFLOW_BEGIN();
  DSIM_PROCESS("core_0_0", core_0_0, A, B, C);
  DSIM_PROCESS("core_0_1", core_0_1, A_2, B_2, C_2);
  DSIM_PROCESS("core_0_2", core_0_2, A_3, B_3, C_3);
  DSIM_PROCESS("core_0_3", core_0_3, A_4, B_4, C_4);
  DSIM_PROCESS("core_1_0", core_1_0, A_5, B_5, C_5);
  DSIM_PROCESS("core_1_1", core_1_1, A_6, B_6, C_6);
  DSIM_PROCESS("core_1_2", core_1_2, A_7, B_7, C_7);
  DSIM_PROCESS("core_1_3", core_1_3, A_8, B_8, C_8);
  DSIM_PROCESS("core_2_0", core_2_0, A_9, B_9, C_9);
  DSIM_PROCESS("core_2_1", core_2_1, A_10, B_10, C_10);
  DSIM_PROCESS("core_2_2", core_2_2, A_11, B_11, C_11);
  DSIM_PROCESS("core_2_3", core_2_3, A_12, B_12, C_12);
  DSIM_PROCESS("core_3_0", core_3_0, A_13, B_13, C_13);
  DSIM_PROCESS("core_3_1", core_3_1, A_14, B_14, C_14);
  DSIM_PROCESS("core_3_2", core_3_2, A_15, B_15, C_15);
  DSIM_PROCESS("core_3_3", core_3_3, A_16, B_16, C_16);
  DSIM_DATAFLOW_END();
}
