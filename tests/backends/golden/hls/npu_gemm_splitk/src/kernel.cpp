// npu_gemm_splitk: the Vitis HLS kernel datosim generated from examples/npu_gemm_splitk.json for u280.
// One function per task instance (instances with the same specialised body share one), one hls::stream
// per stream at the graph's depth, all started in one dataflow region. Built by Vitis as it is; built
// with -DDATOSIM_CSIM against datosim's csim/ headers, every process runs as a thread over bounded streams.
#include "kernel.h"

#include "dsim_dataflow.h"

// gemm_0_0_0
static void gemm_0_0_0(hls::stream<dsim::tile<ap_int<32>, 2048>, 2>& pipe_0_0_0, const ap_int<16>* lA, const ap_int<16>* lB) {
  ap_int<16> a[2048];  // a: i16 64x32
  ap_int<16> b[1024];  // b: i16 32x32
  ap_int<32> c[2048];  // c: i32 64x32
  for (long long mi = 0; mi < 2; mi += 1) {
    for (long long ni = 0; ni < 2; ni += 1) {
      dsim::zero<dsim::dt_i32, 2048>(c);
      for (long long ki = 0; ki < 4; ki += 1) {
        {  // load lA[mi * 64, ki * 32] -> a (i16 64x32)
          const long long o0 = (mi * 64);
          const long long o1 = (ki * 32);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 32; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 32 + i1] = dsim::dt_i16::from_mem(lA[((o0 + i0)) * 256 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[ki * 32, ni * 32] -> b (i16 32x32)
          const long long o0_2 = (ki * 32);
          const long long o1_2 = (ni * 32);
          for (int i0_2 = 0; i0_2 < 32; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 32; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 32 + i1_2] = dsim::dt_i16::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i16, dsim::dt_i16, 64, 32, 32>(a, b, c, true);
      }
      dsim::put(pipe_0_0_0, c);
    }
  }
}

// gemm_0_0_1
static void gemm_0_0_1(hls::stream<dsim::tile<ap_int<32>, 2048>, 2>& pipe_0_0_1, const ap_int<16>* lA, const ap_int<16>* lB) {
  ap_int<16> a[2048];  // a: i16 64x32
  ap_int<16> b[1024];  // b: i16 32x32
  ap_int<32> c[2048];  // c: i32 64x32
  for (long long mi = 0; mi < 2; mi += 1) {
    for (long long ni = 0; ni < 2; ni += 1) {
      dsim::zero<dsim::dt_i32, 2048>(c);
      for (long long ki = 0; ki < 4; ki += 1) {
        {  // load lA[mi * 64, ki * 32] -> a (i16 64x32)
          const long long o0 = (mi * 64);
          const long long o1 = (ki * 32);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 32; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 32 + i1] = dsim::dt_i16::from_mem(lA[((o0 + i0)) * 256 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[ki * 32, ni * 32] -> b (i16 32x32)
          const long long o0_2 = (ki * 32);
          const long long o1_2 = 64 + (ni * 32);
          for (int i0_2 = 0; i0_2 < 32; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 32; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 32 + i1_2] = dsim::dt_i16::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i16, dsim::dt_i16, 64, 32, 32>(a, b, c, true);
      }
      dsim::put(pipe_0_0_1, c);
    }
  }
}

// gemm_0_0_2
static void gemm_0_0_2(hls::stream<dsim::tile<ap_int<32>, 2048>, 2>& pipe_0_0_2, const ap_int<16>* lA, const ap_int<16>* lB) {
  ap_int<16> a[2048];  // a: i16 64x32
  ap_int<16> b[1024];  // b: i16 32x32
  ap_int<32> c[2048];  // c: i32 64x32
  for (long long mi = 0; mi < 2; mi += 1) {
    for (long long ni = 0; ni < 2; ni += 1) {
      dsim::zero<dsim::dt_i32, 2048>(c);
      for (long long ki = 0; ki < 4; ki += 1) {
        {  // load lA[mi * 64, ki * 32] -> a (i16 64x32)
          const long long o0 = (mi * 64);
          const long long o1 = (ki * 32);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 32; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 32 + i1] = dsim::dt_i16::from_mem(lA[((o0 + i0)) * 256 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[ki * 32, ni * 32] -> b (i16 32x32)
          const long long o0_2 = (ki * 32);
          const long long o1_2 = 128 + (ni * 32);
          for (int i0_2 = 0; i0_2 < 32; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 32; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 32 + i1_2] = dsim::dt_i16::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i16, dsim::dt_i16, 64, 32, 32>(a, b, c, true);
      }
      dsim::put(pipe_0_0_2, c);
    }
  }
}

// gemm_0_0_3
static void gemm_0_0_3(hls::stream<dsim::tile<ap_int<32>, 2048>, 2>& pipe_0_0_3, const ap_int<16>* lA, const ap_int<16>* lB) {
  ap_int<16> a[2048];  // a: i16 64x32
  ap_int<16> b[1024];  // b: i16 32x32
  ap_int<32> c[2048];  // c: i32 64x32
  for (long long mi = 0; mi < 2; mi += 1) {
    for (long long ni = 0; ni < 2; ni += 1) {
      dsim::zero<dsim::dt_i32, 2048>(c);
      for (long long ki = 0; ki < 4; ki += 1) {
        {  // load lA[mi * 64, ki * 32] -> a (i16 64x32)
          const long long o0 = (mi * 64);
          const long long o1 = (ki * 32);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 32; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 32 + i1] = dsim::dt_i16::from_mem(lA[((o0 + i0)) * 256 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[ki * 32, ni * 32] -> b (i16 32x32)
          const long long o0_2 = (ki * 32);
          const long long o1_2 = 192 + (ni * 32);
          for (int i0_2 = 0; i0_2 < 32; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 32; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 32 + i1_2] = dsim::dt_i16::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i16, dsim::dt_i16, 64, 32, 32>(a, b, c, true);
      }
      dsim::put(pipe_0_0_3, c);
    }
  }
}

// gemm_0_1_0
static void gemm_0_1_0(hls::stream<dsim::tile<ap_int<32>, 2048>, 2>& pipe_0_1_0, const ap_int<16>* lA, const ap_int<16>* lB) {
  ap_int<16> a[2048];  // a: i16 64x32
  ap_int<16> b[1024];  // b: i16 32x32
  ap_int<32> c[2048];  // c: i32 64x32
  for (long long mi = 0; mi < 2; mi += 1) {
    for (long long ni = 0; ni < 2; ni += 1) {
      dsim::zero<dsim::dt_i32, 2048>(c);
      for (long long ki = 0; ki < 4; ki += 1) {
        {  // load lA[mi * 64, ki * 32] -> a (i16 64x32)
          const long long o0 = 128 + (mi * 64);
          const long long o1 = (ki * 32);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 32; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 32 + i1] = dsim::dt_i16::from_mem(lA[((o0 + i0)) * 256 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[ki * 32, ni * 32] -> b (i16 32x32)
          const long long o0_2 = (ki * 32);
          const long long o1_2 = (ni * 32);
          for (int i0_2 = 0; i0_2 < 32; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 32; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 32 + i1_2] = dsim::dt_i16::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i16, dsim::dt_i16, 64, 32, 32>(a, b, c, true);
      }
      dsim::put(pipe_0_1_0, c);
    }
  }
}

// gemm_0_1_1
static void gemm_0_1_1(hls::stream<dsim::tile<ap_int<32>, 2048>, 2>& pipe_0_1_1, const ap_int<16>* lA, const ap_int<16>* lB) {
  ap_int<16> a[2048];  // a: i16 64x32
  ap_int<16> b[1024];  // b: i16 32x32
  ap_int<32> c[2048];  // c: i32 64x32
  for (long long mi = 0; mi < 2; mi += 1) {
    for (long long ni = 0; ni < 2; ni += 1) {
      dsim::zero<dsim::dt_i32, 2048>(c);
      for (long long ki = 0; ki < 4; ki += 1) {
        {  // load lA[mi * 64, ki * 32] -> a (i16 64x32)
          const long long o0 = 128 + (mi * 64);
          const long long o1 = (ki * 32);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 32; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 32 + i1] = dsim::dt_i16::from_mem(lA[((o0 + i0)) * 256 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[ki * 32, ni * 32] -> b (i16 32x32)
          const long long o0_2 = (ki * 32);
          const long long o1_2 = 64 + (ni * 32);
          for (int i0_2 = 0; i0_2 < 32; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 32; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 32 + i1_2] = dsim::dt_i16::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i16, dsim::dt_i16, 64, 32, 32>(a, b, c, true);
      }
      dsim::put(pipe_0_1_1, c);
    }
  }
}

// gemm_0_1_2
static void gemm_0_1_2(hls::stream<dsim::tile<ap_int<32>, 2048>, 2>& pipe_0_1_2, const ap_int<16>* lA, const ap_int<16>* lB) {
  ap_int<16> a[2048];  // a: i16 64x32
  ap_int<16> b[1024];  // b: i16 32x32
  ap_int<32> c[2048];  // c: i32 64x32
  for (long long mi = 0; mi < 2; mi += 1) {
    for (long long ni = 0; ni < 2; ni += 1) {
      dsim::zero<dsim::dt_i32, 2048>(c);
      for (long long ki = 0; ki < 4; ki += 1) {
        {  // load lA[mi * 64, ki * 32] -> a (i16 64x32)
          const long long o0 = 128 + (mi * 64);
          const long long o1 = (ki * 32);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 32; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 32 + i1] = dsim::dt_i16::from_mem(lA[((o0 + i0)) * 256 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[ki * 32, ni * 32] -> b (i16 32x32)
          const long long o0_2 = (ki * 32);
          const long long o1_2 = 128 + (ni * 32);
          for (int i0_2 = 0; i0_2 < 32; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 32; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 32 + i1_2] = dsim::dt_i16::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i16, dsim::dt_i16, 64, 32, 32>(a, b, c, true);
      }
      dsim::put(pipe_0_1_2, c);
    }
  }
}

// gemm_0_1_3
static void gemm_0_1_3(hls::stream<dsim::tile<ap_int<32>, 2048>, 2>& pipe_0_1_3, const ap_int<16>* lA, const ap_int<16>* lB) {
  ap_int<16> a[2048];  // a: i16 64x32
  ap_int<16> b[1024];  // b: i16 32x32
  ap_int<32> c[2048];  // c: i32 64x32
  for (long long mi = 0; mi < 2; mi += 1) {
    for (long long ni = 0; ni < 2; ni += 1) {
      dsim::zero<dsim::dt_i32, 2048>(c);
      for (long long ki = 0; ki < 4; ki += 1) {
        {  // load lA[mi * 64, ki * 32] -> a (i16 64x32)
          const long long o0 = 128 + (mi * 64);
          const long long o1 = (ki * 32);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 32; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 32 + i1] = dsim::dt_i16::from_mem(lA[((o0 + i0)) * 256 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[ki * 32, ni * 32] -> b (i16 32x32)
          const long long o0_2 = (ki * 32);
          const long long o1_2 = 192 + (ni * 32);
          for (int i0_2 = 0; i0_2 < 32; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 32; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 32 + i1_2] = dsim::dt_i16::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i16, dsim::dt_i16, 64, 32, 32>(a, b, c, true);
      }
      dsim::put(pipe_0_1_3, c);
    }
  }
}

// gemm_1_0_0
static void gemm_1_0_0(hls::stream<dsim::tile<ap_int<32>, 2048>, 2>& pipe_0_0_0, const ap_int<16>* lA, const ap_int<16>* lB, ap_int<32>* lC) {
  ap_int<16> a[2048];  // a: i16 64x32
  ap_int<16> b[1024];  // b: i16 32x32
  ap_int<32> c[2048];  // c: i32 64x32
  for (long long mi = 0; mi < 2; mi += 1) {
    for (long long ni = 0; ni < 2; ni += 1) {
      dsim::get(pipe_0_0_0, c);
      for (long long ki = 0; ki < 4; ki += 1) {
        {  // load lA[mi * 64, ki * 32] -> a (i16 64x32)
          const long long o0 = (mi * 64);
          const long long o1 = 128 + (ki * 32);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 32; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 32 + i1] = dsim::dt_i16::from_mem(lA[((o0 + i0)) * 256 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[ki * 32, ni * 32] -> b (i16 32x32)
          const long long o0_2 = 128 + (ki * 32);
          const long long o1_2 = (ni * 32);
          for (int i0_2 = 0; i0_2 < 32; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 32; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 32 + i1_2] = dsim::dt_i16::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i16, dsim::dt_i16, 64, 32, 32>(a, b, c, true);
      }
      {  // store lC[mi * 64, ni * 32] <- c (i32 64x32)
        const long long o0_3 = (mi * 64);
        const long long o1_3 = (ni * 32);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 32; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(c[(i0_3) * 32 + i1_3]);
          }
        }
      }
    }
  }
}

// gemm_1_0_1
static void gemm_1_0_1(hls::stream<dsim::tile<ap_int<32>, 2048>, 2>& pipe_0_0_1, const ap_int<16>* lA, const ap_int<16>* lB, ap_int<32>* lC) {
  ap_int<16> a[2048];  // a: i16 64x32
  ap_int<16> b[1024];  // b: i16 32x32
  ap_int<32> c[2048];  // c: i32 64x32
  for (long long mi = 0; mi < 2; mi += 1) {
    for (long long ni = 0; ni < 2; ni += 1) {
      dsim::get(pipe_0_0_1, c);
      for (long long ki = 0; ki < 4; ki += 1) {
        {  // load lA[mi * 64, ki * 32] -> a (i16 64x32)
          const long long o0 = (mi * 64);
          const long long o1 = 128 + (ki * 32);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 32; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 32 + i1] = dsim::dt_i16::from_mem(lA[((o0 + i0)) * 256 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[ki * 32, ni * 32] -> b (i16 32x32)
          const long long o0_2 = 128 + (ki * 32);
          const long long o1_2 = 64 + (ni * 32);
          for (int i0_2 = 0; i0_2 < 32; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 32; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 32 + i1_2] = dsim::dt_i16::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i16, dsim::dt_i16, 64, 32, 32>(a, b, c, true);
      }
      {  // store lC[mi * 64, ni * 32] <- c (i32 64x32)
        const long long o0_3 = (mi * 64);
        const long long o1_3 = 64 + (ni * 32);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 32; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(c[(i0_3) * 32 + i1_3]);
          }
        }
      }
    }
  }
}

// gemm_1_0_2
static void gemm_1_0_2(hls::stream<dsim::tile<ap_int<32>, 2048>, 2>& pipe_0_0_2, const ap_int<16>* lA, const ap_int<16>* lB, ap_int<32>* lC) {
  ap_int<16> a[2048];  // a: i16 64x32
  ap_int<16> b[1024];  // b: i16 32x32
  ap_int<32> c[2048];  // c: i32 64x32
  for (long long mi = 0; mi < 2; mi += 1) {
    for (long long ni = 0; ni < 2; ni += 1) {
      dsim::get(pipe_0_0_2, c);
      for (long long ki = 0; ki < 4; ki += 1) {
        {  // load lA[mi * 64, ki * 32] -> a (i16 64x32)
          const long long o0 = (mi * 64);
          const long long o1 = 128 + (ki * 32);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 32; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 32 + i1] = dsim::dt_i16::from_mem(lA[((o0 + i0)) * 256 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[ki * 32, ni * 32] -> b (i16 32x32)
          const long long o0_2 = 128 + (ki * 32);
          const long long o1_2 = 128 + (ni * 32);
          for (int i0_2 = 0; i0_2 < 32; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 32; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 32 + i1_2] = dsim::dt_i16::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i16, dsim::dt_i16, 64, 32, 32>(a, b, c, true);
      }
      {  // store lC[mi * 64, ni * 32] <- c (i32 64x32)
        const long long o0_3 = (mi * 64);
        const long long o1_3 = 128 + (ni * 32);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 32; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(c[(i0_3) * 32 + i1_3]);
          }
        }
      }
    }
  }
}

// gemm_1_0_3
static void gemm_1_0_3(hls::stream<dsim::tile<ap_int<32>, 2048>, 2>& pipe_0_0_3, const ap_int<16>* lA, const ap_int<16>* lB, ap_int<32>* lC) {
  ap_int<16> a[2048];  // a: i16 64x32
  ap_int<16> b[1024];  // b: i16 32x32
  ap_int<32> c[2048];  // c: i32 64x32
  for (long long mi = 0; mi < 2; mi += 1) {
    for (long long ni = 0; ni < 2; ni += 1) {
      dsim::get(pipe_0_0_3, c);
      for (long long ki = 0; ki < 4; ki += 1) {
        {  // load lA[mi * 64, ki * 32] -> a (i16 64x32)
          const long long o0 = (mi * 64);
          const long long o1 = 128 + (ki * 32);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 32; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 32 + i1] = dsim::dt_i16::from_mem(lA[((o0 + i0)) * 256 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[ki * 32, ni * 32] -> b (i16 32x32)
          const long long o0_2 = 128 + (ki * 32);
          const long long o1_2 = 192 + (ni * 32);
          for (int i0_2 = 0; i0_2 < 32; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 32; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 32 + i1_2] = dsim::dt_i16::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i16, dsim::dt_i16, 64, 32, 32>(a, b, c, true);
      }
      {  // store lC[mi * 64, ni * 32] <- c (i32 64x32)
        const long long o0_3 = (mi * 64);
        const long long o1_3 = 192 + (ni * 32);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 32; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(c[(i0_3) * 32 + i1_3]);
          }
        }
      }
    }
  }
}

// gemm_1_1_0
static void gemm_1_1_0(hls::stream<dsim::tile<ap_int<32>, 2048>, 2>& pipe_0_1_0, const ap_int<16>* lA, const ap_int<16>* lB, ap_int<32>* lC) {
  ap_int<16> a[2048];  // a: i16 64x32
  ap_int<16> b[1024];  // b: i16 32x32
  ap_int<32> c[2048];  // c: i32 64x32
  for (long long mi = 0; mi < 2; mi += 1) {
    for (long long ni = 0; ni < 2; ni += 1) {
      dsim::get(pipe_0_1_0, c);
      for (long long ki = 0; ki < 4; ki += 1) {
        {  // load lA[mi * 64, ki * 32] -> a (i16 64x32)
          const long long o0 = 128 + (mi * 64);
          const long long o1 = 128 + (ki * 32);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 32; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 32 + i1] = dsim::dt_i16::from_mem(lA[((o0 + i0)) * 256 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[ki * 32, ni * 32] -> b (i16 32x32)
          const long long o0_2 = 128 + (ki * 32);
          const long long o1_2 = (ni * 32);
          for (int i0_2 = 0; i0_2 < 32; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 32; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 32 + i1_2] = dsim::dt_i16::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i16, dsim::dt_i16, 64, 32, 32>(a, b, c, true);
      }
      {  // store lC[mi * 64, ni * 32] <- c (i32 64x32)
        const long long o0_3 = 128 + (mi * 64);
        const long long o1_3 = (ni * 32);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 32; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(c[(i0_3) * 32 + i1_3]);
          }
        }
      }
    }
  }
}

// gemm_1_1_1
static void gemm_1_1_1(hls::stream<dsim::tile<ap_int<32>, 2048>, 2>& pipe_0_1_1, const ap_int<16>* lA, const ap_int<16>* lB, ap_int<32>* lC) {
  ap_int<16> a[2048];  // a: i16 64x32
  ap_int<16> b[1024];  // b: i16 32x32
  ap_int<32> c[2048];  // c: i32 64x32
  for (long long mi = 0; mi < 2; mi += 1) {
    for (long long ni = 0; ni < 2; ni += 1) {
      dsim::get(pipe_0_1_1, c);
      for (long long ki = 0; ki < 4; ki += 1) {
        {  // load lA[mi * 64, ki * 32] -> a (i16 64x32)
          const long long o0 = 128 + (mi * 64);
          const long long o1 = 128 + (ki * 32);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 32; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 32 + i1] = dsim::dt_i16::from_mem(lA[((o0 + i0)) * 256 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[ki * 32, ni * 32] -> b (i16 32x32)
          const long long o0_2 = 128 + (ki * 32);
          const long long o1_2 = 64 + (ni * 32);
          for (int i0_2 = 0; i0_2 < 32; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 32; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 32 + i1_2] = dsim::dt_i16::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i16, dsim::dt_i16, 64, 32, 32>(a, b, c, true);
      }
      {  // store lC[mi * 64, ni * 32] <- c (i32 64x32)
        const long long o0_3 = 128 + (mi * 64);
        const long long o1_3 = 64 + (ni * 32);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 32; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(c[(i0_3) * 32 + i1_3]);
          }
        }
      }
    }
  }
}

// gemm_1_1_2
static void gemm_1_1_2(hls::stream<dsim::tile<ap_int<32>, 2048>, 2>& pipe_0_1_2, const ap_int<16>* lA, const ap_int<16>* lB, ap_int<32>* lC) {
  ap_int<16> a[2048];  // a: i16 64x32
  ap_int<16> b[1024];  // b: i16 32x32
  ap_int<32> c[2048];  // c: i32 64x32
  for (long long mi = 0; mi < 2; mi += 1) {
    for (long long ni = 0; ni < 2; ni += 1) {
      dsim::get(pipe_0_1_2, c);
      for (long long ki = 0; ki < 4; ki += 1) {
        {  // load lA[mi * 64, ki * 32] -> a (i16 64x32)
          const long long o0 = 128 + (mi * 64);
          const long long o1 = 128 + (ki * 32);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 32; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 32 + i1] = dsim::dt_i16::from_mem(lA[((o0 + i0)) * 256 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[ki * 32, ni * 32] -> b (i16 32x32)
          const long long o0_2 = 128 + (ki * 32);
          const long long o1_2 = 128 + (ni * 32);
          for (int i0_2 = 0; i0_2 < 32; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 32; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 32 + i1_2] = dsim::dt_i16::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i16, dsim::dt_i16, 64, 32, 32>(a, b, c, true);
      }
      {  // store lC[mi * 64, ni * 32] <- c (i32 64x32)
        const long long o0_3 = 128 + (mi * 64);
        const long long o1_3 = 128 + (ni * 32);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 32; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(c[(i0_3) * 32 + i1_3]);
          }
        }
      }
    }
  }
}

// gemm_1_1_3
static void gemm_1_1_3(hls::stream<dsim::tile<ap_int<32>, 2048>, 2>& pipe_0_1_3, const ap_int<16>* lA, const ap_int<16>* lB, ap_int<32>* lC) {
  ap_int<16> a[2048];  // a: i16 64x32
  ap_int<16> b[1024];  // b: i16 32x32
  ap_int<32> c[2048];  // c: i32 64x32
  for (long long mi = 0; mi < 2; mi += 1) {
    for (long long ni = 0; ni < 2; ni += 1) {
      dsim::get(pipe_0_1_3, c);
      for (long long ki = 0; ki < 4; ki += 1) {
        {  // load lA[mi * 64, ki * 32] -> a (i16 64x32)
          const long long o0 = 128 + (mi * 64);
          const long long o1 = 128 + (ki * 32);
          for (int i0 = 0; i0 < 64; ++i0) {
            for (int i1 = 0; i1 < 32; ++i1) {
              #pragma HLS pipeline II=1
              a[(i0) * 32 + i1] = dsim::dt_i16::from_mem(lA[((o0 + i0)) * 256 + (o1 + i1)]);
            }
          }
        }
        {  // load lB[ki * 32, ni * 32] -> b (i16 32x32)
          const long long o0_2 = 128 + (ki * 32);
          const long long o1_2 = 192 + (ni * 32);
          for (int i0_2 = 0; i0_2 < 32; ++i0_2) {
            for (int i1_2 = 0; i1_2 < 32; ++i1_2) {
              #pragma HLS pipeline II=1
              b[(i0_2) * 32 + i1_2] = dsim::dt_i16::from_mem(lB[((o0_2 + i0_2)) * 256 + (o1_2 + i1_2)]);
            }
          }
        }
        dsim::matmul<dsim::dt_i32, dsim::dt_i16, dsim::dt_i16, 64, 32, 32>(a, b, c, true);
      }
      {  // store lC[mi * 64, ni * 32] <- c (i32 64x32)
        const long long o0_3 = 128 + (mi * 64);
        const long long o1_3 = 192 + (ni * 32);
        for (int i0_3 = 0; i0_3 < 64; ++i0_3) {
          for (int i1_3 = 0; i1_3 < 32; ++i1_3) {
            #pragma HLS pipeline II=1
            lC[((o0_3 + i0_3)) * 256 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(c[(i0_3) * 32 + i1_3]);
          }
        }
      }
    }
  }
}

// Each process reaches a tensor through a port of its own (a top-level argument may be used by one
// dataflow process only); the ports of one tensor share its m_axi bundle, and the host binds one buffer to all.
extern "C" void npu_gemm_splitk(const ap_int<16>* A, const ap_int<16>* A_2, const ap_int<16>* A_3, const ap_int<16>* A_4, const ap_int<16>* A_5, const ap_int<16>* A_6, const ap_int<16>* A_7, const ap_int<16>* A_8, const ap_int<16>* A_9, const ap_int<16>* A_10, const ap_int<16>* A_11, const ap_int<16>* A_12, const ap_int<16>* A_13, const ap_int<16>* A_14, const ap_int<16>* A_15, const ap_int<16>* A_16, const ap_int<16>* B, const ap_int<16>* B_2, const ap_int<16>* B_3, const ap_int<16>* B_4, const ap_int<16>* B_5, const ap_int<16>* B_6, const ap_int<16>* B_7, const ap_int<16>* B_8, const ap_int<16>* B_9, const ap_int<16>* B_10, const ap_int<16>* B_11, const ap_int<16>* B_12, const ap_int<16>* B_13, const ap_int<16>* B_14, const ap_int<16>* B_15, const ap_int<16>* B_16, ap_int<32>* C, ap_int<32>* C_2, ap_int<32>* C_3, ap_int<32>* C_4, ap_int<32>* C_5, ap_int<32>* C_6, ap_int<32>* C_7, ap_int<32>* C_8) {
#pragma HLS interface m_axi port=A offset=slave bundle=gmem0 depth=65536
#pragma HLS interface m_axi port=A_2 offset=slave bundle=gmem0 depth=65536
#pragma HLS interface m_axi port=A_3 offset=slave bundle=gmem0 depth=65536
#pragma HLS interface m_axi port=A_4 offset=slave bundle=gmem0 depth=65536
#pragma HLS interface m_axi port=A_5 offset=slave bundle=gmem0 depth=65536
#pragma HLS interface m_axi port=A_6 offset=slave bundle=gmem0 depth=65536
#pragma HLS interface m_axi port=A_7 offset=slave bundle=gmem0 depth=65536
#pragma HLS interface m_axi port=A_8 offset=slave bundle=gmem0 depth=65536
#pragma HLS interface m_axi port=A_9 offset=slave bundle=gmem0 depth=65536
#pragma HLS interface m_axi port=A_10 offset=slave bundle=gmem0 depth=65536
#pragma HLS interface m_axi port=A_11 offset=slave bundle=gmem0 depth=65536
#pragma HLS interface m_axi port=A_12 offset=slave bundle=gmem0 depth=65536
#pragma HLS interface m_axi port=A_13 offset=slave bundle=gmem0 depth=65536
#pragma HLS interface m_axi port=A_14 offset=slave bundle=gmem0 depth=65536
#pragma HLS interface m_axi port=A_15 offset=slave bundle=gmem0 depth=65536
#pragma HLS interface m_axi port=A_16 offset=slave bundle=gmem0 depth=65536
#pragma HLS interface m_axi port=B offset=slave bundle=gmem1 depth=65536
#pragma HLS interface m_axi port=B_2 offset=slave bundle=gmem1 depth=65536
#pragma HLS interface m_axi port=B_3 offset=slave bundle=gmem1 depth=65536
#pragma HLS interface m_axi port=B_4 offset=slave bundle=gmem1 depth=65536
#pragma HLS interface m_axi port=B_5 offset=slave bundle=gmem1 depth=65536
#pragma HLS interface m_axi port=B_6 offset=slave bundle=gmem1 depth=65536
#pragma HLS interface m_axi port=B_7 offset=slave bundle=gmem1 depth=65536
#pragma HLS interface m_axi port=B_8 offset=slave bundle=gmem1 depth=65536
#pragma HLS interface m_axi port=B_9 offset=slave bundle=gmem1 depth=65536
#pragma HLS interface m_axi port=B_10 offset=slave bundle=gmem1 depth=65536
#pragma HLS interface m_axi port=B_11 offset=slave bundle=gmem1 depth=65536
#pragma HLS interface m_axi port=B_12 offset=slave bundle=gmem1 depth=65536
#pragma HLS interface m_axi port=B_13 offset=slave bundle=gmem1 depth=65536
#pragma HLS interface m_axi port=B_14 offset=slave bundle=gmem1 depth=65536
#pragma HLS interface m_axi port=B_15 offset=slave bundle=gmem1 depth=65536
#pragma HLS interface m_axi port=B_16 offset=slave bundle=gmem1 depth=65536
#pragma HLS interface m_axi port=C offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_2 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_3 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_4 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_5 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_6 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_7 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface m_axi port=C_8 offset=slave bundle=gmem2 depth=65536
#pragma HLS interface s_axilite port=return
#pragma HLS dataflow
  hls::stream<dsim::tile<ap_int<32>, 2048>, 2> pipe_0_0_0("pipe_0_0_0");  // pipe[0][0][0]: i32 64x32 tokens
#pragma HLS stream variable=pipe_0_0_0 depth=2
  hls::stream<dsim::tile<ap_int<32>, 2048>, 2> pipe_0_0_1("pipe_0_0_1");  // pipe[0][0][1]: i32 64x32 tokens
#pragma HLS stream variable=pipe_0_0_1 depth=2
  hls::stream<dsim::tile<ap_int<32>, 2048>, 2> pipe_0_0_2("pipe_0_0_2");  // pipe[0][0][2]: i32 64x32 tokens
#pragma HLS stream variable=pipe_0_0_2 depth=2
  hls::stream<dsim::tile<ap_int<32>, 2048>, 2> pipe_0_0_3("pipe_0_0_3");  // pipe[0][0][3]: i32 64x32 tokens
#pragma HLS stream variable=pipe_0_0_3 depth=2
  hls::stream<dsim::tile<ap_int<32>, 2048>, 2> pipe_0_1_0("pipe_0_1_0");  // pipe[0][1][0]: i32 64x32 tokens
#pragma HLS stream variable=pipe_0_1_0 depth=2
  hls::stream<dsim::tile<ap_int<32>, 2048>, 2> pipe_0_1_1("pipe_0_1_1");  // pipe[0][1][1]: i32 64x32 tokens
#pragma HLS stream variable=pipe_0_1_1 depth=2
  hls::stream<dsim::tile<ap_int<32>, 2048>, 2> pipe_0_1_2("pipe_0_1_2");  // pipe[0][1][2]: i32 64x32 tokens
#pragma HLS stream variable=pipe_0_1_2 depth=2
  hls::stream<dsim::tile<ap_int<32>, 2048>, 2> pipe_0_1_3("pipe_0_1_3");  // pipe[0][1][3]: i32 64x32 tokens
#pragma HLS stream variable=pipe_0_1_3 depth=2
  DSIM_DATAFLOW_BEGIN();
  DSIM_PROCESS("gemm_0_0_0", gemm_0_0_0, pipe_0_0_0, A, B);
  DSIM_PROCESS("gemm_0_0_1", gemm_0_0_1, pipe_0_0_1, A_2, B_2);
  DSIM_PROCESS("gemm_0_0_2", gemm_0_0_2, pipe_0_0_2, A_3, B_3);
  DSIM_PROCESS("gemm_0_0_3", gemm_0_0_3, pipe_0_0_3, A_4, B_4);
  DSIM_PROCESS("gemm_0_1_0", gemm_0_1_0, pipe_0_1_0, A_5, B_5);
  DSIM_PROCESS("gemm_0_1_1", gemm_0_1_1, pipe_0_1_1, A_6, B_6);
  DSIM_PROCESS("gemm_0_1_2", gemm_0_1_2, pipe_0_1_2, A_7, B_7);
  DSIM_PROCESS("gemm_0_1_3", gemm_0_1_3, pipe_0_1_3, A_8, B_8);
  DSIM_PROCESS("gemm_1_0_0", gemm_1_0_0, pipe_0_0_0, A_9, B_9, C);
  DSIM_PROCESS("gemm_1_0_1", gemm_1_0_1, pipe_0_0_1, A_10, B_10, C_2);
  DSIM_PROCESS("gemm_1_0_2", gemm_1_0_2, pipe_0_0_2, A_11, B_11, C_3);
  DSIM_PROCESS("gemm_1_0_3", gemm_1_0_3, pipe_0_0_3, A_12, B_12, C_4);
  DSIM_PROCESS("gemm_1_1_0", gemm_1_1_0, pipe_0_1_0, A_13, B_13, C_5);
  DSIM_PROCESS("gemm_1_1_1", gemm_1_1_1, pipe_0_1_1, A_14, B_14, C_6);
  DSIM_PROCESS("gemm_1_1_2", gemm_1_1_2, pipe_0_1_2, A_15, B_15, C_7);
  DSIM_PROCESS("gemm_1_1_3", gemm_1_1_3, pipe_0_1_3, A_16, B_16, C_8);
  DSIM_DATAFLOW_END();
}
