// XRT host of ffn (mlir-aie programming_examples conventions): loads final.xclbin and
// insts.bin, writes datosim's inputs, runs the design N times, times it, compares the outputs.
// usage: host final.xclbin insts.bin [DATA_DIR [ITERATIONS]]
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "xrt/xrt_bo.h"
#include "xrt/xrt_device.h"
#include "xrt/xrt_hw_context.h"
#include "xrt/xrt_kernel.h"

#include "dsim_npy.h"

static std::vector<uint32_t> read_insts(const char* path) {
  std::ifstream f(path, std::ios::binary);
  std::vector<char> b((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  std::vector<uint32_t> w(b.size() / 4);
  std::memcpy(w.data(), b.data(), w.size() * 4);
  return w;
}

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s final.xclbin insts.bin [DATA_DIR [ITERATIONS]]\n", argv[0]);
    return 2;
  }
  const std::string data = argc > 3 ? argv[3] : "data";
  const int iterations = argc > 4 ? std::stoi(argv[4]) : 10;
  const std::vector<uint32_t> insts = read_insts(argv[2]);
  xrt::device device(0);
  xrt::xclbin xclbin(argv[1]);
  device.register_xclbin(xclbin);
  xrt::hw_context context(device, xclbin.get_uuid());
  xrt::kernel kernel(context, "MLIR_AIE");
  xrt::bo bo_insts(device, insts.size() * sizeof(uint32_t), XCL_BO_FLAGS_CACHEABLE, kernel.group_id(1));
  bo_insts.write(insts.data());
  bo_insts.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  int bad = 0;
  std::vector<uint16_t> X(32768);
  if (!dsim_npy::load_host(data + "/X.npy", {128, 256}, X)) return 2;
  xrt::bo bo_X(device, X.size() * sizeof(uint16_t), XRT_BO_FLAGS_HOST_ONLY, kernel.group_id(3));
  bo_X.write(X.data());
  bo_X.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<uint16_t> W1(131072);
  if (!dsim_npy::load_host(data + "/W1.npy", {256, 512}, W1)) return 2;
  xrt::bo bo_W1(device, W1.size() * sizeof(uint16_t), XRT_BO_FLAGS_HOST_ONLY, kernel.group_id(4));
  bo_W1.write(W1.data());
  bo_W1.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<uint16_t> W2(131072);
  if (!dsim_npy::load_host(data + "/W2.npy", {512, 256}, W2)) return 2;
  xrt::bo bo_W2(device, W2.size() * sizeof(uint16_t), XRT_BO_FLAGS_HOST_ONLY, kernel.group_id(5));
  bo_W2.write(W2.data());
  bo_W2.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  std::vector<uint16_t> Y(32768);
  xrt::bo bo_Y(device, Y.size() * sizeof(uint16_t), XRT_BO_FLAGS_HOST_ONLY, kernel.group_id(6));
  bo_Y.write(Y.data());
  bo_Y.sync(XCL_BO_SYNC_BO_TO_DEVICE);
  double total = 0;
  for (int it = 0; it < iterations; ++it) {
    const auto start = std::chrono::steady_clock::now();
    const unsigned int opcode = 3;
    xrt::run run = kernel(opcode, bo_insts, insts.size(), bo_X, bo_W1, bo_W2, bo_Y);
    run.wait();
    total += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  bo_Y.sync(XCL_BO_SYNC_BO_FROM_DEVICE);
  bo_Y.read(Y.data());
  bad += dsim_npy::compare_host(data + "/expected/Y.npy", {128, 256}, Y, "Y", 2);
  std::printf("%d run(s), mean %.3f us per run (datosim predicted 111.62666666666668 us for the array)\n", iterations, total / iterations * 1e6);
  std::printf(bad ? "FAILED\n" : "PASSED\n");
  return bad ? 1 : 0;
}
