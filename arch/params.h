// Helpers for declaring a timing model's parameters (arch/param_table.h binds them to typed fields).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "ir/dtype.h"
#include "arch/timing_model.h"

namespace datosim::arch {

constexpr std::size_t kNumDTypes = 6;
/// One value per dtype, indexed by DType (ParamTable::addPerDType reads `<prefix>.<dtype>` into it).
using PerDType = std::array<double, kNumDTypes>;

/// A whole-number parameter in [min, max].
ParamSpec intParam(std::string key, std::string unit, std::string description, double min, double max = 1e12);
/// A real parameter >= 0 (and <= max).
ParamSpec nonNegativeParam(std::string key, std::string unit, std::string description, double max = 1e12);
/// A real parameter > 0 (and <= max).
ParamSpec positiveParam(std::string key, std::string unit, std::string description, double max = 1e12);

inline double of(const PerDType& v, ir::DType t) { return v[static_cast<std::size_t>(t)]; }

}  // namespace datosim::arch
