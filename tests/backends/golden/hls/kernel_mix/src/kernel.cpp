// kernel_mix: the Vitis HLS kernel datosim generated from tests/examples/npu/kernel_mix.json for u280.
// One function per task instance (instances with the same specialised body share one), one hls::stream
// per stream at the graph's depth, all started in one dataflow region. Built by Vitis as it is; built
// with -DDATOSIM_CSIM against datosim's csim/ headers, every process runs as a thread over bounded streams.
#include "kernel.h"

#include "dsim_dataflow.h"

// int8_matmul
static void int8_matmul(const ap_int<8>* a, const ap_int<8>* b, ap_int<32>* c32, ap_int<8>* c8) {
  ap_int<8> la[1024];  // la: i8 16x64
  ap_int<8> lb[2048];  // lb: i8 64x32
  ap_int<32> l32[512];  // l32: i32 16x32
  ap_int<8> l8[512];  // l8: i8 16x32
  {  // load a[0, 0] -> la (i8 16x64)
    const long long o0 = 0;
    const long long o1 = 0;
    for (int i0 = 0; i0 < 16; ++i0) {
      for (int i1 = 0; i1 < 64; ++i1) {
        #pragma HLS pipeline II=1
        la[(i0) * 64 + i1] = dsim::dt_i8::from_mem(a[((o0 + i0)) * 64 + (o1 + i1)]);
      }
    }
  }
  {  // load b[0, 0] -> lb (i8 64x32)
    const long long o0_2 = 0;
    const long long o1_2 = 0;
    for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
      for (int i1_2 = 0; i1_2 < 32; ++i1_2) {
        #pragma HLS pipeline II=1
        lb[(i0_2) * 32 + i1_2] = dsim::dt_i8::from_mem(b[((o0_2 + i0_2)) * 32 + (o1_2 + i1_2)]);
      }
    }
  }
  dsim::matmul<dsim::dt_i32, dsim::dt_i8, dsim::dt_i8, 16, 64, 32>(la, lb, l32, false);
  {  // store c32[0, 0] <- l32 (i32 16x32)
    const long long o0_3 = 0;
    const long long o1_3 = 0;
    for (int i0_3 = 0; i0_3 < 16; ++i0_3) {
      for (int i1_3 = 0; i1_3 < 32; ++i1_3) {
        #pragma HLS pipeline II=1
        c32[((o0_3 + i0_3)) * 32 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(l32[(i0_3) * 32 + i1_3]);
      }
    }
  }
  dsim::matmul<dsim::dt_i8, dsim::dt_i8, dsim::dt_i8, 16, 64, 32>(la, lb, l8, false);
  {  // store c8[0, 0] <- l8 (i8 16x32)
    const long long o0_4 = 0;
    const long long o1_4 = 0;
    for (int i0_4 = 0; i0_4 < 16; ++i0_4) {
      for (int i1_4 = 0; i1_4 < 32; ++i1_4) {
        #pragma HLS pipeline II=1
        c8[((o0_4 + i0_4)) * 32 + (o1_4 + i1_4)] = dsim::dt_i8::to_mem(l8[(i0_4) * 32 + i1_4]);
      }
    }
  }
}

// int8_mac
static void int8_mac(const ap_int<8>* a, ap_int<32>* ms) {
  ap_int<8> la[1024];  // la: i8 16x64
  ap_int<32> lm[1024];  // lm: i32 16x64
  ap_int<32> lsum[16];  // lsum: i32 16
  {  // load a[0, 0] -> la (i8 16x64)
    const long long o0 = 0;
    const long long o1 = 0;
    for (int i0 = 0; i0 < 16; ++i0) {
      for (int i1 = 0; i1 < 64; ++i1) {
        #pragma HLS pipeline II=1
        la[(i0) * 64 + i1] = dsim::dt_i8::from_mem(a[((o0 + i0)) * 64 + (o1 + i1)]);
      }
    }
  }
  dsim::zero<dsim::dt_i32, 1024>(lm);
  dsim::mac<dsim::dt_i32, dsim::dt_i8, dsim::dt_i8, 1024>(la, false, la, false, lm);
  dsim::mac<dsim::dt_i32, dsim::dt_i8, dsim::dt_i8, 1024>(la, false, la, false, lm);
  dsim::reduce<false, dsim::dt_i32, dsim::dt_i32, 16, 64, 1>(lm, lsum);
  {  // store ms[0] <- lsum (i32 16)
    const long long o0_2 = 0;
    for (int i0_2 = 0; i0_2 < 16; ++i0_2) {
      #pragma HLS pipeline II=1
      ms[(o0_2 + i0_2)] = dsim::dt_i32::to_mem(lsum[i0_2]);
    }
  }
}

// bf16_eltwise
static void bf16_eltwise(const ap_uint<16>* x, const ap_uint<16>* y, ap_uint<16>* z, ap_uint<16>* r) {
  float lx[512];  // lx: bf16 16x32
  float ly[512];  // ly: bf16 16x32
  float lz[512];  // lz: bf16 16x32
  float lrow[32];  // lrow: bf16 32
  float ls[1];  // ls: bf16 scalar
  {  // load x[0, 0] -> lx (bf16 16x32)
    const long long o0 = 0;
    const long long o1 = 0;
    for (int i0 = 0; i0 < 16; ++i0) {
      for (int i1 = 0; i1 < 32; ++i1) {
        #pragma HLS pipeline II=1
        lx[(i0) * 32 + i1] = dsim::dt_bf16::from_mem(x[((o0 + i0)) * 32 + (o1 + i1)]);
      }
    }
  }
  {  // load y[0, 0] -> ly (bf16 16x32)
    const long long o0_2 = 0;
    const long long o1_2 = 0;
    for (int i0_2 = 0; i0_2 < 16; ++i0_2) {
      for (int i1_2 = 0; i1_2 < 32; ++i1_2) {
        #pragma HLS pipeline II=1
        ly[(i0_2) * 32 + i1_2] = dsim::dt_bf16::from_mem(y[((o0_2 + i0_2)) * 32 + (o1_2 + i1_2)]);
      }
    }
  }
  dsim::binary<dsim::op_add, dsim::dt_bf16, dsim::dt_bf16, dsim::dt_bf16, 512>(lx, false, ly, false, lz);
  dsim::binary<dsim::op_max, dsim::dt_bf16, dsim::dt_bf16, dsim::dt_bf16, 512>(lz, false, ly, false, lz);
  dsim::binary<dsim::op_sub, dsim::dt_bf16, dsim::dt_bf16, dsim::dt_bf16, 512>(lz, false, lx, false, lz);
  {  // store z[0, 0] <- lz (bf16 16x32)
    const long long o0_3 = 0;
    const long long o1_3 = 0;
    for (int i0_3 = 0; i0_3 < 16; ++i0_3) {
      for (int i1_3 = 0; i1_3 < 32; ++i1_3) {
        #pragma HLS pipeline II=1
        z[((o0_3 + i0_3)) * 32 + (o1_3 + i1_3)] = dsim::dt_bf16::to_mem(lz[(i0_3) * 32 + i1_3]);
      }
    }
  }
  dsim::reduce<true, dsim::dt_bf16, dsim::dt_bf16, 1, 16, 32>(lx, lrow);
  dsim::reduce<true, dsim::dt_bf16, dsim::dt_bf16, 1, 32, 1>(lrow, ls);
  dsim::binary<dsim::op_mul, dsim::dt_bf16, dsim::dt_bf16, dsim::dt_bf16, 512>(ls, true, ly, false, lz);
  dsim::binary_bc<dsim::op_add, dsim::dt_bf16, dsim::dt_bf16, dsim::dt_bf16, 1, 16, 32, 0, 32, 1, 0, 0, 1>(lz, lrow, lz);
  dsim::relu<dsim::dt_bf16, dsim::dt_bf16, 512>(lz, lz);
  {  // store r[0, 0] <- lz (bf16 16x32)
    const long long o0_4 = 0;
    const long long o1_4 = 0;
    for (int i0_4 = 0; i0_4 < 16; ++i0_4) {
      for (int i1_4 = 0; i1_4 < 32; ++i1_4) {
        #pragma HLS pipeline II=1
        r[((o0_4 + i0_4)) * 32 + (o1_4 + i1_4)] = dsim::dt_bf16::to_mem(lz[(i0_4) * 32 + i1_4]);
      }
    }
  }
}

// i32_eltwise
static void i32_eltwise(const ap_int<32>* i, ap_int<32>* pp, ap_int<32>* pt) {
  ap_int<32> li[512];  // li: i32 16x32
  ap_int<32> lp[512];  // lp: i32 16x32
  ap_int<32> lt[512];  // lt: i32 32x16
  {  // load i[0, 0] -> li (i32 16x32)
    const long long o0 = 0;
    const long long o1 = 0;
    for (int i0 = 0; i0 < 16; ++i0) {
      for (int i1 = 0; i1 < 32; ++i1) {
        #pragma HLS pipeline II=1
        li[(i0) * 32 + i1] = dsim::dt_i32::from_mem(i[((o0 + i0)) * 32 + (o1 + i1)]);
      }
    }
  }
  dsim::binary<dsim::op_mul, dsim::dt_i32, dsim::dt_i32, dsim::dt_i32, 512>(li, false, li, false, lp);
  dsim::binary<dsim::op_sub, dsim::dt_i32, dsim::dt_i32, dsim::dt_i32, 512>(lp, false, li, false, lp);
  {  // store pp[0, 0] <- lp (i32 16x32)
    const long long o0_2 = 0;
    const long long o1_2 = 0;
    for (int i0_2 = 0; i0_2 < 16; ++i0_2) {
      for (int i1_2 = 0; i1_2 < 32; ++i1_2) {
        #pragma HLS pipeline II=1
        pp[((o0_2 + i0_2)) * 32 + (o1_2 + i1_2)] = dsim::dt_i32::to_mem(lp[(i0_2) * 32 + i1_2]);
      }
    }
  }
  dsim::transpose<dsim::dt_i32, dsim::dt_i32, 16, 32>(li, lt);
  {  // store pt[0, 0] <- lt (i32 32x16)
    const long long o0_3 = 0;
    const long long o1_3 = 0;
    for (int i0_3 = 0; i0_3 < 32; ++i0_3) {
      for (int i1_3 = 0; i1_3 < 16; ++i1_3) {
        #pragma HLS pipeline II=1
        pt[((o0_3 + i0_3)) * 16 + (o1_3 + i1_3)] = dsim::dt_i32::to_mem(lt[(i0_3) * 16 + i1_3]);
      }
    }
  }
}

// bf16_matmul_odd
static void bf16_matmul_odd(const ap_uint<16>* xa, const ap_uint<16>* bo, ap_uint<16>* co) {
  float lxa[1024];  // lxa: bf16 16x64
  float lbo[1280];  // lbo: bf16 64x20
  float lco[320];  // lco: bf16 16x20
  {  // load xa[0, 0] -> lxa (bf16 16x64)
    const long long o0 = 0;
    const long long o1 = 0;
    for (int i0 = 0; i0 < 16; ++i0) {
      for (int i1 = 0; i1 < 64; ++i1) {
        #pragma HLS pipeline II=1
        lxa[(i0) * 64 + i1] = dsim::dt_bf16::from_mem(xa[((o0 + i0)) * 64 + (o1 + i1)]);
      }
    }
  }
  {  // load bo[0, 0] -> lbo (bf16 64x20)
    const long long o0_2 = 0;
    const long long o1_2 = 0;
    for (int i0_2 = 0; i0_2 < 64; ++i0_2) {
      for (int i1_2 = 0; i1_2 < 20; ++i1_2) {
        #pragma HLS pipeline II=1
        lbo[(i0_2) * 20 + i1_2] = dsim::dt_bf16::from_mem(bo[((o0_2 + i0_2)) * 20 + (o1_2 + i1_2)]);
      }
    }
  }
  dsim::matmul<dsim::dt_bf16, dsim::dt_bf16, dsim::dt_bf16, 16, 64, 20>(lxa, lbo, lco, false);
  {  // store co[0, 0] <- lco (bf16 16x20)
    const long long o0_3 = 0;
    const long long o1_3 = 0;
    for (int i0_3 = 0; i0_3 < 16; ++i0_3) {
      for (int i1_3 = 0; i1_3 < 20; ++i1_3) {
        #pragma HLS pipeline II=1
        co[((o0_3 + i0_3)) * 20 + (o1_3 + i1_3)] = dsim::dt_bf16::to_mem(lco[(i0_3) * 20 + i1_3]);
      }
    }
  }
}

// Each process reaches a tensor through a port of its own (a top-level argument may be used by one
// dataflow process only); the ports of one tensor share its m_axi bundle, and the host binds one buffer to all.
extern "C" void kernel_mix(const ap_int<8>* A, const ap_int<8>* A_2, const ap_int<8>* B, ap_int<32>* C32, ap_int<8>* C8, ap_int<32>* MS, const ap_uint<16>* X, const ap_uint<16>* Y, ap_uint<16>* Z, ap_uint<16>* R, const ap_int<32>* I, ap_int<32>* P, ap_int<32>* PT, const ap_uint<16>* XA, const ap_uint<16>* BO, ap_uint<16>* CO) {
#pragma HLS interface m_axi port=A offset=slave bundle=gmem0 depth=1024
#pragma HLS interface m_axi port=A_2 offset=slave bundle=gmem0 depth=1024
#pragma HLS interface m_axi port=B offset=slave bundle=gmem1 depth=2048
#pragma HLS interface m_axi port=C32 offset=slave bundle=gmem2 depth=512
#pragma HLS interface m_axi port=C8 offset=slave bundle=gmem3 depth=512
#pragma HLS interface m_axi port=MS offset=slave bundle=gmem4 depth=16
#pragma HLS interface m_axi port=X offset=slave bundle=gmem5 depth=512
#pragma HLS interface m_axi port=Y offset=slave bundle=gmem6 depth=512
#pragma HLS interface m_axi port=Z offset=slave bundle=gmem7 depth=512
#pragma HLS interface m_axi port=R offset=slave bundle=gmem8 depth=512
#pragma HLS interface m_axi port=I offset=slave bundle=gmem9 depth=512
#pragma HLS interface m_axi port=P offset=slave bundle=gmem10 depth=512
#pragma HLS interface m_axi port=PT offset=slave bundle=gmem11 depth=512
#pragma HLS interface m_axi port=XA offset=slave bundle=gmem12 depth=1024
#pragma HLS interface m_axi port=BO offset=slave bundle=gmem13 depth=1280
#pragma HLS interface m_axi port=CO offset=slave bundle=gmem14 depth=320
#pragma HLS interface s_axilite port=return
#pragma HLS dataflow
  DSIM_DATAFLOW_BEGIN();
  DSIM_PROCESS("int8_matmul", int8_matmul, A, B, C32, C8);
  DSIM_PROCESS("int8_mac", int8_mac, A_2, MS);
  DSIM_PROCESS("bf16_eltwise", bf16_eltwise, X, Y, Z, R);
  DSIM_PROCESS("i32_eltwise", i32_eltwise, I, P, PT);
  DSIM_PROCESS("bf16_matmul_odd", bf16_matmul_odd, XA, BO, CO);
  DSIM_DATAFLOW_END();
}
