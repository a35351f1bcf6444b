// Test bench of gemm_i8xi4: reads datosim's inputs (data/), runs the kernel once and compares every
// output with datosim's functional simulation (data/expected/), bit for bit. Exit 0 only when all match.
#include <cstdio>
#include <string>
#include <vector>

#include "dsim_npy.h"
#include "kernel.h"

int main(int argc, char** argv) {
  const std::string data = argc > 1 ? argv[1] : "data";
  int bad = 0;
  std::vector<ap_int<8>> A(131072);
  if (!dsim_npy::load<dsim::dt_i8>(data + "/A.npy", {256, 512}, A)) return 2;
  std::vector<ap_int<4>> B(131072);
  if (!dsim_npy::load<dsim::dt_i4>(data + "/B.npy", {512, 256}, B)) return 2;
  std::vector<ap_int<32>> C(65536);
  gemm_i8xi4(A.data(), A.data(), A.data(), A.data(), A.data(), A.data(), A.data(), A.data(), A.data(), A.data(), A.data(), A.data(), A.data(), A.data(), A.data(), A.data(), B.data(), B.data(), B.data(), B.data(), B.data(), B.data(), B.data(), B.data(), B.data(), B.data(), B.data(), B.data(), B.data(), B.data(), B.data(), B.data(), C.data(), C.data(), C.data(), C.data(), C.data(), C.data(), C.data(), C.data(), C.data(), C.data(), C.data(), C.data(), C.data(), C.data(), C.data(), C.data());
  bad += dsim_npy::compare<dsim::dt_i32>(data + "/expected/C.npy", {256, 256}, C, "C");
#ifdef DATOSIM_CSIM
  if (dsim_csim::leftover_data()) ++bad;  // streams left with tokens (reported above)
#endif
  std::printf(bad ? "csim: FAILED\n" : "csim: PASSED (every output equals datosim's)\n");
  return bad ? 1 : 0;
}
