#include "arch/params.h"


namespace datosim::arch {

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

}  // namespace datosim::arch
