// XRT host program of gemm_i8xi4 (XRT native C++ API): loads the xclbin, allocates one buffer per
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
  xrt::kernel kernel(device, uuid, "gemm_i8xi4");
  int bad = 0;
  std::vector<int8_t> A_host(131072);
  if (!dsim_npy::load_host(data + "/A.npy", {256, 512}, A_host)) return 2;
  xrt::bo A_bo(device, A_host.size() * sizeof(int8_t), kernel.group_id(0));
  A_bo.write(A_host.data());
  A_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<int8_t> B_host(131072);
  if (!dsim_npy::load_host(data + "/B.npy", {512, 256}, B_host)) return 2;
  xrt::bo B_bo(device, B_host.size() * sizeof(int8_t), kernel.group_id(16));
  B_bo.write(B_host.data());
  B_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<int32_t> C_host(65536);
  xrt::bo C_bo(device, C_host.size() * sizeof(int32_t), kernel.group_id(32));
  C_bo.write(C_host.data());
  C_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  double total = 0;
  for (int it = 0; it < iterations; ++it) {
    const auto start = std::chrono::steady_clock::now();
    xrt::run run = kernel(A_bo, A_bo, A_bo, A_bo, A_bo, A_bo, A_bo, A_bo, A_bo, A_bo, A_bo, A_bo, A_bo, A_bo, A_bo, A_bo, B_bo, B_bo, B_bo, B_bo, B_bo, B_bo, B_bo, B_bo, B_bo, B_bo, B_bo, B_bo, B_bo, B_bo, B_bo, B_bo, C_bo, C_bo, C_bo, C_bo, C_bo, C_bo, C_bo, C_bo, C_bo, C_bo, C_bo, C_bo, C_bo, C_bo, C_bo, C_bo);
    run.wait();
    total += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  C_bo.sync(XCL_BO_SYNC_BO_FROM_DEVICE);
  C_bo.read(C_host.data());
  if (iterations == 1 || true)
    bad += dsim_npy::compare_host(data + "/expected/C.npy", {256, 256}, C_host, "C");
  std::printf("%d run(s), mean %.3f us per run (datosim predicted 138.35333333333335 us)\n", iterations, total / iterations * 1e6);
  std::printf(bad ? "FAILED\n" : "PASSED\n");
  return bad ? 1 : 0;
}
