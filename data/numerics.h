// Scalar dtype arithmetic shared by the tensor buffers, the reference kernels and the code
// generators' expected outputs: bf16 rounding, integer wrap-around and dtype conversion.
// The rules are written down in docs/numerics.md; this file is their only implementation.
#pragma once

#include <cstdint>

#include "ir/dtype.h"

namespace datosim::data {

/// The smallest and largest value of an integer dtype (i4: -8 and 7, ..., i32). Asserts `t` is an integer dtype.
std::int64_t intMin(ir::DType t);
std::int64_t intMax(ir::DType t);

/// Two's-complement truncation of `v` to the width of integer dtype `t` (numpy's astype, HLS ap_int):
/// 200 -> i8 gives -56. Exact for every 64-bit value (only the low dtypeBits(t) bits matter).
std::int32_t wrapInt(std::int64_t v, ir::DType t);
/// The same for a value kept modulo 2^64 (the integer accumulators).
std::int32_t wrapUnsigned(std::uint64_t v, ir::DType t);

/// f32 -> bf16, round to nearest, ties to even. NaN stays NaN (quiet, sign and top payload bits kept),
/// values beyond the largest bf16 become +-inf as in IEEE 754. The result is a float whose low 16 bits are 0.
float roundToBF16(float x);
/// True if `x` is exactly a bf16 value (its low 16 bits are 0).
bool isBF16(float x);

/// Float -> integer dtype: round toward zero, then wrap to the dtype's width (exact for any finite
/// value, however large). NaN and +-inf give 0.
std::int32_t floatToInt(double v, ir::DType t);

/// `v` rounded to float dtype `t` (f32 or bf16), round to nearest, ties to even, rounding once
/// (a double is never rounded to f32 first on its way to bf16). Overflow gives +-inf; NaN stays NaN.
float roundToFloat(double v, ir::DType t);

/// `value` converted to dtype `to` and returned as a double (exactly the value a Buffer of `to` stores):
/// integer dtypes as `floatToInt` (integral values in range are unchanged, integral values outside wrap),
/// float dtypes as `roundToFloat`.
double convert(double value, ir::DType to);

}  // namespace datosim::data
