#include "sim/models/models.h"

#include <cmath>

namespace datosim::sim {

ParamSpec intParam(std::string key, std::string unit, std::string description, double min, double max) {
  ParamSpec s;
  s.key = std::move(key);
  s.unit = std::move(unit);
  s.description = std::move(description);
  s.integer = true;
  s.min = min;
  s.max = max;
  return s;
}

ParamSpec nonNegativeParam(std::string key, std::string unit, std::string description, double max) {
  ParamSpec s;
  s.key = std::move(key);
  s.unit = std::move(unit);
  s.description = std::move(description);
  s.min = 0;
  s.max = max;
  return s;
}

ParamSpec positiveParam(std::string key, std::string unit, std::string description, double max) {
  ParamSpec s = nonNegativeParam(std::move(key), std::move(unit), std::move(description), max);
  s.minExclusive = true;
  return s;
}

void addPerDTypeParams(std::vector<ParamSpec>& specs, const std::string& prefix, const std::string& unit,
                       const std::string& description) {
  for (std::string_view t : ir::dtypeNames())
    specs.push_back(positiveParam(prefix + "." + std::string(t), unit, description + " (" + std::string(t) + ")"));
}

void addPerDTypeIntParams(std::vector<ParamSpec>& specs, const std::string& prefix, const std::string& unit,
                          const std::string& description, double min, double max) {
  for (std::string_view t : ir::dtypeNames())
    specs.push_back(intParam(prefix + "." + std::string(t), unit, description + " (" + std::string(t) + ")", min, max));
}

PerDType perDTypeValues(const ir::Arch& arch, const std::string& prefix) {
  PerDType v{};
  const auto& names = ir::dtypeNames();
  for (std::size_t i = 0; i < names.size() && i < v.size(); ++i) v[i] = arch.get(prefix + "." + std::string(names[i]));
  return v;
}

std::int64_t intValue(const ir::Arch& arch, const std::string& key) {
  return static_cast<std::int64_t>(std::llround(arch.get(key)));
}

}  // namespace datosim::sim
