// XRT host program of attention (XRT native C++ API): loads the xclbin, allocates one buffer per
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
  xrt::kernel kernel(device, uuid, "attention");
  int bad = 0;
  std::vector<uint16_t> Q_host(32768);
  if (!dsim_npy::load_host(data + "/Q.npy", {4, 128, 64}, Q_host)) return 2;
  xrt::bo Q_bo(device, Q_host.size() * sizeof(uint16_t), kernel.group_id(0));
  Q_bo.write(Q_host.data());
  Q_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<uint16_t> K_host(32768);
  if (!dsim_npy::load_host(data + "/K.npy", {4, 128, 64}, K_host)) return 2;
  xrt::bo K_bo(device, K_host.size() * sizeof(uint16_t), kernel.group_id(4));
  K_bo.write(K_host.data());
  K_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<uint16_t> V_host(32768);
  if (!dsim_npy::load_host(data + "/V.npy", {4, 128, 64}, V_host)) return 2;
  xrt::bo V_bo(device, V_host.size() * sizeof(uint16_t), kernel.group_id(8));
  V_bo.write(V_host.data());
  V_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<uint16_t> O_host(32768);
  xrt::bo O_bo(device, O_host.size() * sizeof(uint16_t), kernel.group_id(12));
  O_bo.write(O_host.data());
  O_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  double total = 0;
  for (int it = 0; it < iterations; ++it) {
    const auto start = std::chrono::steady_clock::now();
    xrt::run run = kernel(Q_bo, Q_bo, Q_bo, Q_bo, K_bo, K_bo, K_bo, K_bo, V_bo, V_bo, V_bo, V_bo, O_bo, O_bo, O_bo, O_bo);
    run.wait();
    total += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  O_bo.sync(XCL_BO_SYNC_BO_FROM_DEVICE);
  O_bo.read(O_host.data());
  if (iterations == 1 || true)
    bad += dsim_npy::compare_host(data + "/expected/O.npy", {4, 128, 64}, O_host, "O");
  std::printf("%d run(s), mean %.3f us per run (datosim predicted 141.25 us)\n", iterations, total / iterations * 1e6);
  std::printf(bad ? "FAILED\n" : "PASSED\n");
  return bad ? 1 : 0;
}
