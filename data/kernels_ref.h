// Reference implementations of the built-in kernels (ir/kernels.h): what a compute statement does to
// real data. The functional simulator runs these, and the code generators use their results as the
// expected outputs of generated projects. Numerics (accumulation width, rounding, the gelu formula, ...)
// are specified in docs/numerics.md.
#pragma once

#include <string>
#include <vector>

#include "data/buffer.h"
#include "ir/kernels.h"

namespace datosim::data {

/// out (+)= k(ins...). Every kernel of ir::builtinKernels() has an implementation; `custom` has no
/// semantics and leaves `out` unchanged. The operands are checked again with `k.check` (built from the
/// buffers' dtypes and shapes) and `accumulate` against `k.allowAccumulate`: on a mismatch nothing is
/// written and the message is returned; "" on success. `ins` may alias `out` (a result is computed
/// before it is stored wherever an input element can be read after the output element is written).
std::string runKernel(const ir::KernelInfo& k, const std::vector<const Buffer*>& ins, Buffer& out, bool accumulate,
                      const ir::KernelAttrs& attrs);

/// A kernel's implementation, for callers that run the same operands many times: runKernel checks them
/// once, then runCheckedKernel computes without looking the kernel up or checking the operands again.
/// Valid only while the operands keep the dtypes and shapes runKernel accepted (an instance's locals).
using KernelImpl = void (*)(const std::vector<const Buffer*>& ins, Buffer& out, bool accumulate,
                            const ir::KernelAttrs& attrs);

/// The implementation runKernel uses for `k`; nullptr for `custom` (nothing to compute) and for a kernel
/// without one.
KernelImpl kernelImplementation(const ir::KernelInfo& k);

/// out (+)= impl(ins...) for operands runKernel accepted; `ins` may alias `out`, as with runKernel.
void runCheckedKernel(KernelImpl impl, const std::vector<const Buffer*>& ins, Buffer& out, bool accumulate,
                      const ir::KernelAttrs& attrs);

/// The same, looked up by name ("no such kernel" for an unknown name).
std::string runKernel(const std::string& name, const std::vector<const Buffer*>& ins, Buffer& out,
                      bool accumulate = false, const ir::KernelAttrs& attrs = {});

/// The names of the kernels that runKernel implements (every built-in kernel but `custom`), sorted.
std::vector<std::string> referenceKernelNames();

}  // namespace datosim::data
