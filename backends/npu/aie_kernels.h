// Which built-in kernel calls of an NPU project have a vectorised AIE API form
// (backends/npu/runtime/dsim_aie.h), and the call of it: aie::mmul matmuls in the target's shape for
// their dtypes, element-wise kernels on 256-bit vectors. Everything else (and these kernels on shapes
// or dtypes the vector forms do not cover) stays on datosim's scalar kernel library.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ir/graph.h"

namespace datosim::backends::npu {

/// The AIE core generation the kernels are compiled for.
enum class AieGen { Aie2, Aie2p };

/// An mmul block shape r x s x t.
struct MmulShape {
  unsigned r = 0, s = 0, t = 0;
};

/// The mmul shape for A (a) x B (b) -> C (c) on `gen`; {0,0,0} when there is none (the supported dtype
/// combinations: i8 x i8 -> i8/i16/i32, i16 x i16 -> i16/i32, bf16 x bf16 -> bf16/f32).
MmulShape mmulShape(AieGen gen, ir::DType a, ir::DType b, ir::DType c);

/// The C type of a dtype in AIE API code ("bfloat16", "int16", ..., "float"); "" for i4.
std::string aieCType(ir::DType t);

/// The call of the vectorised form of `c` (no trailing ';'), or "" when it has none. Operands are named
/// in0, in1, ... and out, as the kernel entry points name them.
std::string aieKernelCall(const ir::ComputeStmt& c, const std::vector<const ir::LocalVar*>& ins, const ir::LocalVar& out,
                          AieGen gen);

/// The call of a vectorised copy of `elems` elements of `t` from src to dst, or "".
std::string aieCopyCall(ir::DType t, std::int64_t elems);

/// The vector form clearing `elems` elements of type t at `dst` (all bits zero), or "" when there is none.
std::string aieZeroCall(ir::DType t, std::int64_t elems);

}  // namespace datosim::backends::npu
