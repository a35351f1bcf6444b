// XRT host program of kernel_mix (XRT native C++ API): loads the xclbin, allocates one buffer per
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
  xrt::kernel kernel(device, uuid, "kernel_mix");
  int bad = 0;
  std::vector<int8_t> A_host(1024);
  if (!dsim_npy::load_host(data + "/A.npy", {16, 64}, A_host)) return 2;
  xrt::bo A_bo(device, A_host.size() * sizeof(int8_t), kernel.group_id(0));
  A_bo.write(A_host.data());
  A_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<int8_t> B_host(2048);
  if (!dsim_npy::load_host(data + "/B.npy", {64, 32}, B_host)) return 2;
  xrt::bo B_bo(device, B_host.size() * sizeof(int8_t), kernel.group_id(2));
  B_bo.write(B_host.data());
  B_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<int32_t> C32_host(512);
  xrt::bo C32_bo(device, C32_host.size() * sizeof(int32_t), kernel.group_id(3));
  C32_bo.write(C32_host.data());
  C32_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<int8_t> C8_host(512);
  xrt::bo C8_bo(device, C8_host.size() * sizeof(int8_t), kernel.group_id(4));
  C8_bo.write(C8_host.data());
  C8_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<int32_t> MS_host(16);
  xrt::bo MS_bo(device, MS_host.size() * sizeof(int32_t), kernel.group_id(5));
  MS_bo.write(MS_host.data());
  MS_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<uint16_t> X_host(512);
  if (!dsim_npy::load_host(data + "/X.npy", {16, 32}, X_host)) return 2;
  xrt::bo X_bo(device, X_host.size() * sizeof(uint16_t), kernel.group_id(6));
  X_bo.write(X_host.data());
  X_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<uint16_t> Y_host(512);
  if (!dsim_npy::load_host(data + "/Y.npy", {16, 32}, Y_host)) return 2;
  xrt::bo Y_bo(device, Y_host.size() * sizeof(uint16_t), kernel.group_id(7));
  Y_bo.write(Y_host.data());
  Y_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<uint16_t> Z_host(512);
  xrt::bo Z_bo(device, Z_host.size() * sizeof(uint16_t), kernel.group_id(8));
  Z_bo.write(Z_host.data());
  Z_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<uint16_t> R_host(512);
  xrt::bo R_bo(device, R_host.size() * sizeof(uint16_t), kernel.group_id(9));
  R_bo.write(R_host.data());
  R_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<int32_t> I_host(512);
  if (!dsim_npy::load_host(data + "/I.npy", {16, 32}, I_host)) return 2;
  xrt::bo I_bo(device, I_host.size() * sizeof(int32_t), kernel.group_id(10));
  I_bo.write(I_host.data());
  I_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<int32_t> P_host(512);
  xrt::bo P_bo(device, P_host.size() * sizeof(int32_t), kernel.group_id(11));
  P_bo.write(P_host.data());
  P_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<int32_t> PT_host(512);
  xrt::bo PT_bo(device, PT_host.size() * sizeof(int32_t), kernel.group_id(12));
  PT_bo.write(PT_host.data());
  PT_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<uint16_t> XA_host(1024);
  if (!dsim_npy::load_host(data + "/XA.npy", {16, 64}, XA_host)) return 2;
  xrt::bo XA_bo(device, XA_host.size() * sizeof(uint16_t), kernel.group_id(13));
  XA_bo.write(XA_host.data());
  XA_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<uint16_t> BO_host(1280);
  if (!dsim_npy::load_host(data + "/BO.npy", {64, 20}, BO_host)) return 2;
  xrt::bo BO_bo(device, BO_host.size() * sizeof(uint16_t), kernel.group_id(14));
  BO_bo.write(BO_host.data());
  BO_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<uint16_t> CO_host(320);
  xrt::bo CO_bo(device, CO_host.size() * sizeof(uint16_t), kernel.group_id(15));
  CO_bo.write(CO_host.data());
  CO_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  double total = 0;
  for (int it = 0; it < iterations; ++it) {
    const auto start = std::chrono::steady_clock::now();
    xrt::run run = kernel(A_bo, A_bo, B_bo, C32_bo, C8_bo, MS_bo, X_bo, Y_bo, Z_bo, R_bo, I_bo, P_bo, PT_bo, XA_bo, BO_bo, CO_bo);
    run.wait();
    total += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  C32_bo.sync(XCL_BO_SYNC_BO_FROM_DEVICE);
  C32_bo.read(C32_host.data());
  if (iterations == 1 || true)
    bad += dsim_npy::compare_host(data + "/expected/C32.npy", {16, 32}, C32_host, "C32");
  C8_bo.sync(XCL_BO_SYNC_BO_FROM_DEVICE);
  C8_bo.read(C8_host.data());
  if (iterations == 1 || true)
    bad += dsim_npy::compare_host(data + "/expected/C8.npy", {16, 32}, C8_host, "C8");
  MS_bo.sync(XCL_BO_SYNC_BO_FROM_DEVICE);
  MS_bo.read(MS_host.data());
  if (iterations == 1 || true)
    bad += dsim_npy::compare_host(data + "/expected/MS.npy", {16}, MS_host, "MS");
  Z_bo.sync(XCL_BO_SYNC_BO_FROM_DEVICE);
  Z_bo.read(Z_host.data());
  if (iterations == 1 || true)
    bad += dsim_npy::compare_host(data + "/expected/Z.npy", {16, 32}, Z_host, "Z");
  R_bo.sync(XCL_BO_SYNC_BO_FROM_DEVICE);
  R_bo.read(R_host.data());
  if (iterations == 1 || true)
    bad += dsim_npy::compare_host(data + "/expected/R.npy", {16, 32}, R_host, "R");
  P_bo.sync(XCL_BO_SYNC_BO_FROM_DEVICE);
  P_bo.read(P_host.data());
  if (iterations == 1 || true)
    bad += dsim_npy::compare_host(data + "/expected/P.npy", {16, 32}, P_host, "P");
  PT_bo.sync(XCL_BO_SYNC_BO_FROM_DEVICE);
  PT_bo.read(PT_host.data());
  if (iterations == 1 || true)
    bad += dsim_npy::compare_host(data + "/expected/PT.npy", {32, 16}, PT_host, "PT");
  CO_bo.sync(XCL_BO_SYNC_BO_FROM_DEVICE);
  CO_bo.read(CO_host.data());
  if (iterations == 1 || true)
    bad += dsim_npy::compare_host(data + "/expected/CO.npy", {16, 20}, CO_host, "CO");
  std::printf("%d run(s), mean %.3f us per run (datosim predicted 5.3433333333333337 us)\n", iterations, total / iterations * 1e6);
  std::printf(bad ? "FAILED\n" : "PASSED\n");
  return bad ? 1 : 0;
}
