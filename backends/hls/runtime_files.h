// The files every generated HLS project carries unchanged (backends/hls/runtime/): the kernel library,
// the dataflow macros, datosim's C-simulation headers and the .npy reader. Embedded at build time.
#pragma once

#include <string>
#include <vector>

namespace datosim::backends::hls {

struct RuntimeFile {
  std::string path;  // in the project
  std::string text;
};

const std::vector<RuntimeFile>& runtimeFiles();

}  // namespace datosim::backends::hls
