// XRT host program of pipeline3 (XRT native C++ API): loads the xclbin, allocates one buffer per
// tensor in the bank its port is connected to, writes datosim's inputs, runs the kernel N times, times
// the runs, and compares the outputs with datosim's expected outputs.
// usage: host KERNEL.xclbin [DATA_DIR [ITERATIONS]]
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include <xrt/xrt_bo.h>
#include <xrt/xrt_device.h>
#include <xrt/xrt_kernel.h>

#include "dsim_npy.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s KERNEL.xclbin [DATA_DIR [ITERATIONS]]\n", argv[0]);
    return 2;
  }
  const std::string data = argc > 2 ? argv[2] : "data";
  const int iterations = argc > 3 ? std::stoi(argv[3]) : 10;
  xrt::device device(0);
  const xrt::uuid uuid = device.load_xclbin(argv[1]);
  xrt::kernel kernel(device, uuid, "pipeline3");
  int bad = 0;
  std::vector<int16_t> X_host(65536);
  if (!dsim_npy::load_host(data + "/X.npy", {1024, 64}, X_host)) return 2;
  xrt::bo X_bo(device, X_host.size() * sizeof(int16_t), kernel.group_id(0));
  X_bo.write(X_host.data());
  X_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<int16_t> Y_host(65536);
  xrt::bo Y_bo(device, Y_host.size() * sizeof(int16_t), kernel.group_id(1));
  Y_bo.write(Y_host.data());
  Y_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  double total = 0;
  for (int it = 0; it < iterations; ++it) {
    const auto start = std::chrono::steady_clock::now();
    xrt::run run = kernel(X_bo, Y_bo);
    run.wait();
    total += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  Y_bo.sync(XCL_BO_SYNC_BO_FROM_DEVICE);
  Y_bo.read(Y_host.data());
  if (iterations == 1 || true)
    bad += dsim_npy::compare_host(data + "/expected/Y.npy", {1024, 64}, Y_host, "Y");
  std::printf("%d run(s), mean %.3f us per run (datosim predicted 28.983333333333334 us)\n", iterations, total / iterations * 1e6);
  std::printf(bad ? "FAILED\n" : "PASSED\n");
  return bad ? 1 : 0;
}
