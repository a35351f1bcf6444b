// The built-in timing models (one .cpp each) and small helpers for declaring their parameters.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "ir/dtype.h"
#include "sim/timing_model.h"

namespace datosim::sim {

/// AMD AIE-ML NPU tiles (Ryzen AI "npu1"): sim/models/aie_ml.cpp.
TimingModelEntry aieMlTimingModel();
/// FPGA processing elements written in Vitis HLS: sim/models/hls.cpp.
TimingModelEntry hlsTimingModel();

constexpr std::size_t kNumDTypes = 6;
using PerDType = std::array<double, kNumDTypes>;

/// A whole-number parameter in [min, max].
ParamSpec intParam(std::string key, std::string unit, std::string description, double min, double max = 1e12);
/// A real parameter >= 0 (and <= max).
ParamSpec nonNegativeParam(std::string key, std::string unit, std::string description, double max = 1e12);
/// A real parameter > 0 (and <= max).
ParamSpec positiveParam(std::string key, std::string unit, std::string description, double max = 1e12);
/// One positive real parameter per dtype: `<prefix>.i4`, `<prefix>.i8`, ... in dtype order.
void addPerDTypeParams(std::vector<ParamSpec>& specs, const std::string& prefix, const std::string& unit,
                       const std::string& description);
/// One whole-number parameter in [min, max] per dtype: `<prefix>.i4`, `<prefix>.i8`, ...
void addPerDTypeIntParams(std::vector<ParamSpec>& specs, const std::string& prefix, const std::string& unit,
                          const std::string& description, double min, double max = 1e12);
/// The values of the parameters addPerDTypeParams or addPerDTypeIntParams declared, indexed by DType.
PerDType perDTypeValues(const ir::Arch& arch, const std::string& prefix);
/// A parameter's value as a whole number (validated parameters only).
std::int64_t intValue(const ir::Arch& arch, const std::string& key);

inline double of(const PerDType& v, ir::DType t) { return v[static_cast<std::size_t>(t)]; }

}  // namespace datosim::sim
