// Test bench of attention: reads datosim's inputs (data/), runs the kernel once and compares every
// output with datosim's functional simulation (data/expected/), bit for bit. Exit 0 only when all match.
#include <cstdio>
#include <string>
#include <vector>

#include "dsim_npy.h"
#include "kernel.h"

int main(int argc, char** argv) {
  const std::string data = argc > 1 ? argv[1] : "data";
  int bad = 0;
  std::vector<ap_uint<16>> Q(32768);
  if (!dsim_npy::load<dsim::dt_bf16>(data + "/Q.npy", {4, 128, 64}, Q)) return 2;
  std::vector<ap_uint<16>> K(32768);
  if (!dsim_npy::load<dsim::dt_bf16>(data + "/K.npy", {4, 128, 64}, K)) return 2;
  std::vector<ap_uint<16>> V(32768);
  if (!dsim_npy::load<dsim::dt_bf16>(data + "/V.npy", {4, 128, 64}, V)) return 2;
  std::vector<ap_uint<16>> O(32768);
  attention(Q.data(), Q.data(), Q.data(), Q.data(), K.data(), K.data(), K.data(), K.data(), V.data(), V.data(), V.data(), V.data(), O.data(), O.data(), O.data(), O.data());
  bad += dsim_npy::compare<dsim::dt_bf16>(data + "/expected/O.npy", {4, 128, 64}, O, "O");
#ifdef DATOSIM_CSIM
  if (dsim_csim::leftover_data()) ++bad;  // streams left with tokens (reported above)
#endif
  std::printf(bad ? "csim: FAILED\n" : "csim: PASSED (every output equals datosim's)\n");
  return bad ? 1 : 0;
}
