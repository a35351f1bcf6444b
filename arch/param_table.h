// A family's typed parameters, each declared once: its key, unit, range and description (the
// ParamSpec that validates configs and documents the model) bound to the field of the family's
// parameter struct it is read into. docs/architecture.md, "Where to add" (an architecture family).
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "arch/params.h"
#include "ir/arch.h"

namespace datosim::arch {

template <class P>
class ParamTable {
 public:
  /// A real parameter read into `field`.
  ParamTable& add(ParamSpec spec, double P::*field) {
    return bind(std::move(spec), [field](P& p, double v) { p.*field = v; }, [field](const P& p) { return p.*field; });
  }
  /// A whole-number parameter (`spec.integer`) read into `field`.
  ParamTable& add(ParamSpec spec, std::int64_t P::*field) {
    return bind(
        std::move(spec), [field](P& p, double v) { p.*field = static_cast<std::int64_t>(std::llround(v)); },
        [field](const P& p) { return static_cast<double>(p.*field); });
  }
  /// One parameter per dtype, `<prefix>.i4`, `<prefix>.i8`, ... (positive reals, or whole numbers
  /// in [min, max] when `integer`), read into `field` indexed by DType.
  ParamTable& addPerDType(const std::string& prefix, const std::string& unit, const std::string& description,
                          PerDType P::*field, bool integer = false, double min = 0, double max = 1e12) {
    std::size_t i = 0;
    for (std::string_view t : ir::dtypeNames()) {
      const std::string key = prefix + "." + std::string(t), what = description + " (" + std::string(t) + ")";
      ParamSpec spec = integer ? intParam(key, unit, what, min, max) : positiveParam(key, unit, what);
      bind(std::move(spec), [field, i](P& p, double v) { (p.*field)[i] = v; },
           [field, i](const P& p) { return (p.*field)[i]; });
      ++i;
    }
    return *this;
  }

  /// The declared parameters in declaration order (config validation, --list-models, docs/models.md).
  std::vector<ParamSpec> specs() const {
    std::vector<ParamSpec> out;
    for (const Slot& s : slots_) out.push_back(s.spec);
    return out;
  }
  /// Every declared parameter of a validated config, read into `P`. A parameter the config lacks
  /// is an internal error (validateArch reports missing parameters first): std::out_of_range.
  P read(const ir::Arch& a) const {
    P p{};
    for (const Slot& s : slots_) s.set(p, a.get(s.spec.key));
    return p;
  }
  /// The value of every declared parameter in `p`, in declaration order (what read() stored).
  std::vector<double> values(const P& p) const {
    std::vector<double> out;
    for (const Slot& s : slots_) out.push_back(s.get(p));
    return out;
  }

 private:
  struct Slot {
    ParamSpec spec;
    std::function<void(P&, double)> set;
    std::function<double(const P&)> get;
  };
  ParamTable& bind(ParamSpec spec, std::function<void(P&, double)> set, std::function<double(const P&)> get) {
    slots_.push_back(Slot{std::move(spec), std::move(set), std::move(get)});
    return *this;
  }
  std::vector<Slot> slots_;
};

}  // namespace datosim::arch
