// The files every generated NPU project carries unchanged (backends/npu/runtime/): the vectorised
// AIE API kernels. Embedded at build time; the scalar kernel library and the .npy reader come from the
// HLS runtime (backends/hls/runtime_files.h).
#pragma once

#include "backends/hls/runtime_files.h"

namespace datosim::backends::npu {

using hls::RuntimeFile;

const std::vector<RuntimeFile>& runtimeFiles();

}  // namespace datosim::backends::npu
