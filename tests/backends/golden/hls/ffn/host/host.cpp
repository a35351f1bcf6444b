// XRT host program of ffn (XRT native C++ API): loads the xclbin, allocates one buffer per
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
  xrt::kernel kernel(device, uuid, "ffn");
  int bad = 0;
  std::vector<uint16_t> X_host(32768);
  if (!dsim_npy::load_host(data + "/X.npy", {128, 256}, X_host)) return 2;
  xrt::bo X_bo(device, X_host.size() * sizeof(uint16_t), kernel.group_id(0));
  X_bo.write(X_host.data());
  X_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<uint16_t> W1_host(131072);
  if (!dsim_npy::load_host(data + "/W1.npy", {256, 512}, W1_host)) return 2;
  xrt::bo W1_bo(device, W1_host.size() * sizeof(uint16_t), kernel.group_id(4));
  W1_bo.write(W1_host.data());
  W1_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<uint16_t> W2_host(131072);
  if (!dsim_npy::load_host(data + "/W2.npy", {512, 256}, W2_host)) return 2;
  xrt::bo W2_bo(device, W2_host.size() * sizeof(uint16_t), kernel.group_id(8));
  W2_bo.write(W2_host.data());
  W2_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<uint16_t> Y_host(32768);
  xrt::bo Y_bo(device, Y_host.size() * sizeof(uint16_t), kernel.group_id(12));
  Y_bo.write(Y_host.data());
  Y_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  double total = 0;
  for (int it = 0; it < iterations; ++it) {
    const auto start = std::chrono::steady_clock::now();
    xrt::run run = kernel(X_bo, X_bo, X_bo, X_bo, W1_bo, W1_bo, W1_bo, W1_bo, W2_bo, W2_bo, W2_bo, W2_bo, Y_bo);
    run.wait();
    total += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  Y_bo.sync(XCL_BO_SYNC_BO_FROM_DEVICE);
  Y_bo.read(Y_host.data());
  if (iterations == 1 || true)
    bad += dsim_npy::compare_host(data + "/expected/Y.npy", {128, 256}, Y_host, "Y");
  std::printf("%d run(s), mean %.3f us per run (datosim predicted 623.55999999999995 us)\n", iterations, total / iterations * 1e6);
  std::printf(bad ? "FAILED\n" : "PASSED\n");
  return bad ? 1 : 0;
}
