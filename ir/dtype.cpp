#include "ir/dtype.h"

#include <string>

namespace datosim::ir {

namespace {
struct Info {
  DType t;
  std::string_view name;
  int bits;
  bool fp;
};
constexpr Info kInfo[] = {
    {DType::I4, "i4", 4, false},     {DType::I8, "i8", 8, false},     {DType::I16, "i16", 16, false},
    {DType::I32, "i32", 32, false},  {DType::BF16, "bf16", 16, true}, {DType::F32, "f32", 32, true},
};
const Info& info(DType t) { return kInfo[static_cast<int>(t)]; }
}  // namespace

std::optional<DType> parseDType(std::string_view name) {
  for (const Info& i : kInfo)
    if (i.name == name) return i.t;
  return std::nullopt;
}

const char* dtypeName(DType t) { return info(t).name.data(); }
int dtypeBits(DType t) { return info(t).bits; }
bool isFloat(DType t) { return info(t).fp; }

const std::vector<std::string_view>& dtypeNames() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> v;
    for (const Info& i : kInfo) v.push_back(i.name);
    return v;
  }();
  return names;
}

const std::vector<DType>& allDTypes() {
  static const std::vector<DType> all = [] {
    std::vector<DType> v;
    for (std::size_t i = 0; i < dtypeNames().size(); ++i) v.push_back(static_cast<DType>(i));
    return v;
  }();
  return all;
}

DType MacType::wide() const { return dtypeBits(b) > dtypeBits(a) ? b : a; }

std::string macTypeName(MacType m) {
  std::string n = dtypeName(m.a);
  if (m.mixed()) n += std::string("x") + dtypeName(m.b);
  return n;
}

std::optional<MacType> parseMacType(std::string_view name) {
  if (std::optional<DType> t = parseDType(name)) return MacType(*t);
  for (std::size_t x = name.find('x'); x != std::string_view::npos; x = name.find('x', x + 1)) {
    const std::optional<DType> a = parseDType(name.substr(0, x)), b = parseDType(name.substr(x + 1));
    if (a && b && *a != *b && isFloat(*a) == isFloat(*b)) return MacType(*a, *b);
  }
  return std::nullopt;
}

std::int64_t numElements(const Shape& s) {
  std::int64_t n = 1;
  for (std::int64_t d : s) n *= d;
  return n;
}

std::int64_t tileBytes(DType t, const Shape& s) { return (numElements(s) * dtypeBits(t) + 7) / 8; }

std::string shapeString(const Shape& s) {
  if (s.empty()) return "scalar";
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i) out += 'x';
    out += std::to_string(s[i]);
  }
  return out;
}

}  // namespace datosim::ir
