// What NPU code generation needs of the AIE API besides the kernels' own vector forms: the matrix
// multiply block shapes per generation and dtypes, the C types of the dtypes, and the vector copy and
// clear the cores use for their buffers (backends/npu/runtime/dsim_aie.h implements them).
#pragma once

#include <cstdint>
#include <string>

#include "ir/dtype.h"
#include "kernels/kernel.h"

namespace datosim::kernels {

/// An mmul block shape r x s x t.
struct MmulShape {
  unsigned r = 0, s = 0, t = 0;
};

/// The mmul shape for A (a) x B (b) -> C (c) on `gen`; {0,0,0} when there is none (the supported dtype
/// combinations: i8 x i8 -> i8/i16/i32, i16 x i16 -> i16/i32, bf16 x bf16 -> bf16/f32).
MmulShape mmulShape(AieGen gen, ir::DType a, ir::DType b, ir::DType c);

/// The C type of a dtype in AIE API code ("bfloat16", "int16", ..., "float"); "" for i4.
std::string aieCType(ir::DType t);

/// The call of a vectorised copy of `elems` elements of `t` from src to dst, or "".
std::string aieCopyCall(ir::DType t, std::int64_t elems);

/// The vector form clearing `elems` elements of type t at `dst` (all bits zero), or "" when there is none.
std::string aieZeroCall(ir::DType t, std::int64_t elems);

}  // namespace datosim::kernels
