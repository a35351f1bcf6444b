// What the kernel definitions of this folder share: the start of a definition, operand checks used by
// several kernels, element access for reference implementations and pieces of generated calls.
// Internal to kernels/.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/numerics.h"
#include "kernels/aie.h"
#include "kernels/kernel.h"

namespace datosim::kernels {

/// A kernel with its interface filled in; the definition sets the rest.
Kernel define(std::string name, std::string summary, ir::KernelClass cls, int minIns, int maxIns, int opsPerElement = 1);

// The groups of definitions (one file each), registered in library.cpp.
void addMacKernels(std::vector<Kernel>& v);          // mac.cpp
void addElementwiseKernels(std::vector<Kernel>& v);  // elementwise.cpp
void addRowKernels(std::vector<Kernel>& v);          // rowwise.cpp
void addReductionKernels(std::vector<Kernel>& v);    // reduce.cpp
void addMoveKernels(std::vector<Kernel>& v);         // move.cpp

// ---- checks ----

/// "'name' (dtype shape)", how check messages name an operand.
std::string desc(const ir::LocalVar& v);
/// Inputs and output share one shape (or an input is a scalar broadcast over it, when allowed), and,
/// when asked, one dtype.
std::string checkSameShape(const ir::KernelInfo& k, const Operands& ins, const ir::LocalVar& out, bool allowScalarBroadcast,
                           bool sameDType);
/// A float-only kernel's output dtype ("" when it is bf16 or f32).
std::string checkFloatOut(const ir::KernelInfo& k, const ir::LocalVar& out);

// ---- reference implementations ----

/// A double result of an elementary function, as f32 (round to nearest even; see docs/numerics.md).
inline float f32(double v) { return data::roundToFloat(v, ir::DType::F32); }
/// Element i of an operand that is either of the output's shape or a scalar broadcast over it.
inline std::int64_t bcast(const data::Buffer& b, std::int64_t i) { return b.rank() == 0 ? 0 : i; }
inline std::int64_t intAt(const data::Buffer& b, std::int64_t i) { return b.getInt(bcast(b, i)); }
inline float floatAt(const data::Buffer& b, std::int64_t i) { return b.getFloat(bcast(b, i)); }
/// NaN-propagating maximum (like numpy.maximum).
inline float maxNaN(float a, float b) {
  if (std::isnan(a)) return a;
  if (std::isnan(b)) return b;
  return a < b ? b : a;
}

/// An attribute's value, or `dflt` when the step does not set it.
inline double attr(const ir::KernelAttrs& attrs, const char* name, double dflt) {
  auto it = attrs.find(name);
  return it == attrs.end() ? dflt : it->second;
}

/// Broadcasting of element-wise operands (numpy's rule): an operand's shape, aligned to the output's last
/// axes, has on each axis the output's extent or 1 (a scalar broadcasts everywhere). The plan collapses
/// the output's axes into at most three runs along which every operand either moves contiguously or stays:
/// `dims` the runs' extents (outermost first, padded with leading 1s) and, per operand, its element stride
/// along each run (0 where it is broadcast).
struct Broadcast {
  std::array<std::int64_t, 3> dims{1, 1, 1};
  std::vector<std::array<std::int64_t, 3>> strides;
};
/// The plan for operands `ins` of output `out`, or an error message ("" and the plan when they broadcast).
/// `why` names the kernel in the message.
/// `names` and `outName` describe the operands in the message (default: their positions and shapes).
std::string planBroadcast(const std::string& why, const std::vector<ir::Shape>& ins, const ir::Shape& out, Broadcast& plan,
                          const std::vector<std::string>& names = {}, const std::string& outName = "");
/// Whether an operand of shape `in` is the output's shape `out` or a scalar (no index arithmetic needed).
inline bool plainOperand(const ir::Shape& in, const ir::Shape& out) { return in == out || in.empty(); }
/// Element index of operand k for output element i under `plan`.
inline std::int64_t bcastIndex(const Broadcast& plan, std::size_t k, std::int64_t i) {
  const std::int64_t i2 = i % plan.dims[2], i1 = (i / plan.dims[2]) % plan.dims[1], i0 = i / (plan.dims[2] * plan.dims[1]);
  const auto& s = plan.strides[k];
  return i0 * s[0] + i1 * s[1] + i2 * s[2];
}

/// A reduction over `axis` of `shape`: the extents before it, along it and after it.
struct AxisSplit {
  std::int64_t outer = 1, len = 1, inner = 1;
};
AxisSplit splitAt(const ir::Shape& shape, std::size_t axis);

// ---- generated code ----

inline std::string num(std::int64_t v) { return std::to_string(v); }
/// The element count of an output as the kernel library's template argument (at least 1).
std::string elems(const ir::LocalVar& v);
/// "true" when operand i is a scalar broadcast over a tensor output.
std::string scalarFlag(const Call& call, std::size_t i);

// AIE vector forms
/// Elements in one 256-bit vector of t (the element-wise vector forms' width).
std::int64_t v256(ir::DType t);
/// Whether an output of `n` elements is whole 256-bit vectors of its dtype.
bool wholeVectors(ir::DType t, std::int64_t n);
/// Both operands of the same dtype as the output (and as one another).
bool sameTypes(const AieCall& call);
/// The operand and output dtypes the AIE multiplies into an accumulator and converts back (both operands
/// of one dtype): i8 -> i8/i16/i32, i16 -> i16/i32, bf16 -> bf16/f32.
bool aieMacTypes(ir::DType a, ir::DType b, ir::DType c);
/// The accumulator of a multiply into output dtype c.
inline std::string accTag(ir::DType c) { return ir::isFloat(c) ? "accfloat" : "acc32"; }
/// The two operands' "is broadcast" flags ("true" for a scalar beside a tensor output), or nothing when
/// an operand is neither a scalar nor of the output's element count.
std::optional<std::array<std::string, 2>> aieBroadcastFlags(const AieCall& call);

}  // namespace datosim::kernels
