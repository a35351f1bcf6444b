// The built-in kernels' code for the backends: one call of datosim's C++ kernel library
// (backends/hls/runtime/dsim_kernels.h) per compute step. The HLS kernel and the NPU cores' kernels.cc
// both ship that library, so a kernel's lowering is written here once, beside its check and work
// (ir/kernels.cpp) and its reference implementation (data/kernels_ref.cpp).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "ir/graph.h"

namespace datosim::backends {

/// `c` as a call expression of the kernel library (no trailing ';'). `ins` and `out` are the operands'
/// locals, `inNames` and `outName` their C++ names, `tag(dtype)` the library's traits class of a dtype
/// (dsim::dt_*: the backends carry bf16 differently). Empty when the library has no such kernel
/// (`custom`, which is the user's code): the caller reports or fills it in.
std::string kernelCall(const ir::ComputeStmt& c, const std::vector<const ir::LocalVar*>& ins, const ir::LocalVar& out,
                       const std::vector<std::string>& inNames, const std::string& outName,
                       const std::function<std::string(ir::DType)>& tag);

}  // namespace datosim::backends
