// Test bench of ffn: reads datosim's inputs (data/), runs the kernel once and compares every
// output with datosim's functional simulation (data/expected/), bit for bit. Exit 0 only when all match.
#include <cstdio>
#include <string>
#include <vector>

#include "dsim_npy.h"
#include "kernel.h"

int main(int argc, char** argv) {
  const std::string data = argc > 1 ? argv[1] : "data";
  int bad = 0;
  std::vector<ap_uint<16>> X(32768);
  if (!dsim_npy::load<dsim::dt_bf16>(data + "/X.npy", {128, 256}, X)) return 2;
  std::vector<ap_uint<16>> W1(131072);
  if (!dsim_npy::load<dsim::dt_bf16>(data + "/W1.npy", {256, 512}, W1)) return 2;
  std::vector<ap_uint<16>> W2(131072);
  if (!dsim_npy::load<dsim::dt_bf16>(data + "/W2.npy", {512, 256}, W2)) return 2;
  std::vector<ap_uint<16>> Y(32768);
  ffn(X.data(), X.data(), X.data(), X.data(), W1.data(), W1.data(), W1.data(), W1.data(), W2.data(), W2.data(), W2.data(), W2.data(), Y.data());
  bad += dsim_npy::compare<dsim::dt_bf16>(data + "/expected/Y.npy", {128, 256}, Y, "Y");
#ifdef DATOSIM_CSIM
  if (dsim_csim::leftover_data()) ++bad;  // streams left with tokens (reported above)
#endif
  std::printf(bad ? "csim: FAILED\n" : "csim: PASSED (every output equals datosim's)\n");
  return bad ? 1 : 0;
}
