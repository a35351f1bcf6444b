// An architecture: which timing model, and that model's parameters, every one with its source.
#pragma once

#include <map>
#include <string>

#include "ir/diag.h"

namespace datosim::ir {

struct ArchParam {
  double value = 0;
  std::string source;  // where the number comes from (document, issue, or "estimate: why")
  SourceLoc loc;
};

/// A named string of the config's "device" object (part number, platform, ...), with its source.
struct ArchString {
  std::string value;
  std::string source;
  SourceLoc loc;
};

struct Arch {
  std::string name;
  std::string file;
  std::string description;
  std::string model;                      // timing-model registry key, e.g. "aie-ml", "hls"
  std::map<std::string, ArchParam> params;  // dotted keys, e.g. "macs_per_cycle.i16"
  /// What generated projects name: "part", "platform", "memory" (FPGA); "aie_device" (NPU).
  std::map<std::string, ArchString> device;

  bool has(const std::string& key) const { return params.count(key) != 0; }
  /// The value of a parameter the model declared (validated at load; throws std::out_of_range
  /// if absent, which is an internal error).
  double get(const std::string& key) const { return params.at(key).value; }
};

}  // namespace datosim::ir
