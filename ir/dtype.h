// Element types of tensors, stream tokens and locals.
#pragma once

#include <cstdint>
#include <optional>
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

/// Number of elements of a shape (1 for a scalar, i.e. an empty shape).
std::int64_t numElements(const Shape& s);
/// Bytes of a dense tile of `s` elements of type `t` (i4 packs two per byte, rounded up).
std::int64_t tileBytes(DType t, const Shape& s);
/// "64x64" ("scalar" for an empty shape).
std::string shapeString(const Shape& s);

}  // namespace datosim::ir
