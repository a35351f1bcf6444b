// Test bench of kernel_mix: reads datosim's inputs (data/), runs the kernel once and compares every
// output with datosim's functional simulation (data/expected/), bit for bit. Exit 0 only when all match.
#include <cstdio>
#include <string>
#include <vector>

#include "dsim_npy.h"
#include "kernel.h"

int main(int argc, char** argv) {
  const std::string data = argc > 1 ? argv[1] : "data";
  int bad = 0;
  std::vector<ap_int<8>> A(1024);
  if (!dsim_npy::load<dsim::dt_i8>(data + "/A.npy", {16, 64}, A)) return 2;
  std::vector<ap_int<8>> B(2048);
  if (!dsim_npy::load<dsim::dt_i8>(data + "/B.npy", {64, 32}, B)) return 2;
  std::vector<ap_int<32>> C32(512);
  std::vector<ap_int<8>> C8(512);
  std::vector<ap_int<32>> MS(16);
  std::vector<ap_uint<16>> X(512);
  if (!dsim_npy::load<dsim::dt_bf16>(data + "/X.npy", {16, 32}, X)) return 2;
  std::vector<ap_uint<16>> Y(512);
  if (!dsim_npy::load<dsim::dt_bf16>(data + "/Y.npy", {16, 32}, Y)) return 2;
  std::vector<ap_uint<16>> Z(512);
  std::vector<ap_uint<16>> R(512);
  std::vector<ap_int<32>> I(512);
  if (!dsim_npy::load<dsim::dt_i32>(data + "/I.npy", {16, 32}, I)) return 2;
  std::vector<ap_int<32>> P(512);
  std::vector<ap_int<32>> PT(512);
  std::vector<ap_uint<16>> XA(1024);
  if (!dsim_npy::load<dsim::dt_bf16>(data + "/XA.npy", {16, 64}, XA)) return 2;
  std::vector<ap_uint<16>> BO(1280);
  if (!dsim_npy::load<dsim::dt_bf16>(data + "/BO.npy", {64, 20}, BO)) return 2;
  std::vector<ap_uint<16>> CO(320);
  kernel_mix(A.data(), A.data(), B.data(), C32.data(), C8.data(), MS.data(), X.data(), Y.data(), Z.data(), R.data(), I.data(), P.data(), PT.data(), XA.data(), BO.data(), CO.data());
  bad += dsim_npy::compare<dsim::dt_i32>(data + "/expected/C32.npy", {16, 32}, C32, "C32");
  bad += dsim_npy::compare<dsim::dt_i8>(data + "/expected/C8.npy", {16, 32}, C8, "C8");
  bad += dsim_npy::compare<dsim::dt_i32>(data + "/expected/MS.npy", {16}, MS, "MS");
  bad += dsim_npy::compare<dsim::dt_bf16>(data + "/expected/Z.npy", {16, 32}, Z, "Z");
  bad += dsim_npy::compare<dsim::dt_bf16>(data + "/expected/R.npy", {16, 32}, R, "R");
  bad += dsim_npy::compare<dsim::dt_i32>(data + "/expected/P.npy", {16, 32}, P, "P");
  bad += dsim_npy::compare<dsim::dt_i32>(data + "/expected/PT.npy", {32, 16}, PT, "PT");
  bad += dsim_npy::compare<dsim::dt_bf16>(data + "/expected/CO.npy", {16, 20}, CO, "CO");
#ifdef DATOSIM_CSIM
  if (dsim_csim::leftover_data()) ++bad;  // streams left with tokens (reported above)
#endif
  std::printf(bad ? "csim: FAILED\n" : "csim: PASSED (every output equals datosim's)\n");
  return bad ? 1 : 0;
}
