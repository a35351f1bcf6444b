// Element types of tensors, stream tokens and locals.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace datosim::ir {

enum class DType : std::uint8_t { I4, I8, I16, I32, BF16, F32 };

using Shape = std::vector<std::int64_t>;

/// "i4", "i8", "i16", "i32", "bf16", "f32" -> DType; anything else -> nullopt.
std::optional<DType> parseDType(std::string_view name);
const char* dtypeName(DType t);
int dtypeBits(DType t);
bool isFloat(DType t);
/// All accepted dtype names, in declaration order (for diagnostics).
const std::vector<std::string_view>& dtypeNames();
/// Every dtype, in declaration order (the order of dtypeNames()).
const std::vector<DType>& allDTypes();

/// The operand dtypes of a multiply-accumulate, A's and B's: equal for a single-dtype MAC, different
/// for a mixed-precision one (i8 x i4, i16 x i8, ...). Integers multiply integers and floats floats.
struct MacType {
  DType a = DType::I32, b = DType::I32;
  MacType() = default;
  explicit MacType(DType t) : a(t), b(t) {}
  MacType(DType x, DType y) : a(x), b(y) {}
  bool mixed() const { return a != b; }
  /// The wider operand dtype (f32 over bf16): what the narrower operand is widened to when a
  /// unit has no native mode for the pair (docs/timing.md, "Mixed precision").
  DType wide() const;
  /// 0 .. kCount - 1, distinct per pair (for counters indexed by MAC type).
  static constexpr int kDTypes = 6;  // the DType enumerators
  int index() const { return static_cast<int>(a) * kDTypes + static_cast<int>(b); }
  static MacType fromIndex(int i) { return MacType(static_cast<DType>(i / kDTypes), static_cast<DType>(i % kDTypes)); }
  static constexpr int kCount = kDTypes * kDTypes;
  bool operator==(const MacType& o) const { return a == o.a && b == o.b; }
  bool operator!=(const MacType& o) const { return !(*this == o); }
  bool operator<(const MacType& o) const { return index() < o.index(); }
};

/// "i8" for a single-dtype MAC, "i8xi4" (A's dtype, then B's) for a mixed one.
std::string macTypeName(MacType m);
/// The inverse of macTypeName; nullopt for anything else (an int x float pair included).
std::optional<MacType> parseMacType(std::string_view name);

/// Number of elements of a shape (1 for a scalar, i.e. an empty shape).
std::int64_t numElements(const Shape& s);
/// Bytes of a dense tile of `s` elements of type `t` (i4 packs two per byte, rounded up).
std::int64_t tileBytes(DType t, const Shape& s);
/// "64x64" ("scalar" for an empty shape).
std::string shapeString(const Shape& s);

}  // namespace datosim::ir
