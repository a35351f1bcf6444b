// Test bench of pipeline3: reads datosim's inputs (data/), runs the kernel once and compares every
// output with datosim's functional simulation (data/expected/), bit for bit. Exit 0 only when all match.
#include <cstdio>
#include <string>
#include <vector>

#include "dsim_npy.h"
#include "kernel.h"

int main(int argc, char** argv) {
  const std::string data = argc > 1 ? argv[1] : "data";
  int bad = 0;
  std::vector<ap_int<16>> X(65536);
  if (!dsim_npy::load<dsim::dt_i16>(data + "/X.npy", {1024, 64}, X)) return 2;
  std::vector<ap_int<16>> Y(65536);
  pipeline3(X.data(), Y.data());
  bad += dsim_npy::compare<dsim::dt_i16>(data + "/expected/Y.npy", {1024, 64}, Y, "Y");
#ifdef DATOSIM_CSIM
  if (dsim_csim::leftover_data()) ++bad;  // streams left with tokens (reported above)
#endif
  std::printf(bad ? "csim: FAILED\n" : "csim: PASSED (every output equals datosim's)\n");
  return bad ? 1 : 0;
}
