// The built-in kernel library. Each kernel is defined once, in one function of this folder, with
// everything datosim knows about it: its interface (ir::KernelInfo: arity, attributes, cost class),
// its operand check, its work for the timing models, its reference implementation (what it does to
// real data: the functional simulator runs it, and generated projects are checked against it), its
// call of datosim's C++ kernel library (backends/hls/runtime/dsim_kernels.h, shipped by the HLS kernel
// and by the NPU cores' kernels.cc) and its AIE API vector form on the NPU when it has one.
// docs/architecture.md, "Where to add" (a kernel).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "data/buffer.h"
#include "ir/graph.h"
#include "ir/kernels.h"

namespace datosim::kernels {

using Operands = std::vector<const ir::LocalVar*>;
using Inputs = std::vector<const data::Buffer*>;

/// A reference implementation: out (+)= k(ins...) for operands the kernel's check accepted.
using Reference = void (*)(const Inputs& ins, data::Buffer& out, bool accumulate, const ir::KernelAttrs& attrs);

/// A compute step as a backend calls it.
struct Call {
  const ir::ComputeStmt& c;
  const Operands& ins;          // the operands' locals
  const ir::LocalVar& out;
  const std::vector<std::string>& inNames;  // their names in the generated code
  const std::string& outName;
  /// The kernel library's traits class of a dtype (dsim::dt_*: the backends carry bf16 differently).
  const std::function<std::string(ir::DType)>& tag;
};

/// The AIE core generation NPU kernels are compiled for.
enum class AieGen { Aie2, Aie2p };

/// A compute step as an NPU core calls its vector form (operands named in0, in1, ... and out).
struct AieCall {
  const ir::ComputeStmt& c;
  const Operands& ins;
  const ir::LocalVar& out;
  AieGen gen;
};

/// One built-in kernel.
struct Kernel {
  ir::KernelInfo info;
  /// What is wrong with operands whose count and attributes are right ("" when they fit); nullptr: no
  /// operand needs checking (`custom`). Called only with an output.
  std::string (*check)(const ir::KernelInfo& k, const Operands& ins, const ir::LocalVar& out,
                       const ir::KernelAttrs& attrs) = nullptr;
  /// Refines the work its cost class counts (work()), e.g. matmul's shape; nullptr when the class says it all.
  void (*work)(const Operands& ins, const ir::LocalVar* out, ir::KernelWork& w) = nullptr;
  /// nullptr: nothing to compute (`custom`, the user's code).
  Reference reference = nullptr;
  /// The call expression of the kernel library (no trailing ';'); nullptr: it has none (`custom`).
  std::string (*libraryCall)(const Call& call) = nullptr;
  /// The call of the AIE API vector form (no trailing ';'), "" for operands it does not cover;
  /// nullptr: none (the core calls the kernel library). Called only when every operand's dtype has
  /// AIE vectors (not i4).
  std::string (*aieCall)(const AieCall& call) = nullptr;
};

/// Every built-in kernel, sorted by name.
const std::vector<Kernel>& library();
/// nullptr if there is no such kernel.
const Kernel* find(std::string_view name);
const ir::KernelInfo* findKernel(std::string_view name);
/// The definition of a kernel's info (one of library()'s).
const Kernel& of(const ir::KernelInfo& info);
/// The kernel a compute step calls (the loader's info, else looked up by name); nullptr if unknown.
const ir::KernelInfo* infoOf(const ir::ComputeStmt& c);

/// Operand check: "" if the operands fit, else what is wrong (count, attributes, shapes, dtypes).
std::string check(const ir::KernelInfo& k, const Operands& ins, const ir::LocalVar* out, const ir::KernelAttrs& attrs);
/// Work of one call (operands already checked).
ir::KernelWork work(const ir::KernelInfo& k, const Operands& ins, const ir::LocalVar* out, const ir::KernelAttrs& attrs);
/// Whether a compute reads its output before writing it: `accumulate`, or a kernel that always adds into
/// its output (KernelInfo::readsOut: `mac`).
bool readsOut(const ir::ComputeStmt& c);

// ---- reference implementations (docs/numerics.md) ----

/// out (+)= k(ins...). Every kernel but `custom` has an implementation; `custom` has no semantics and
/// leaves `out` unchanged. The operands are checked again with check() (built from the buffers' dtypes
/// and shapes) and `accumulate` against `k.allowAccumulate`: on a mismatch nothing is written and the
/// message is returned; "" on success. `ins` may alias `out` (a result is computed before it is stored
/// wherever an input element can be read after the output element is written).
std::string runKernel(const ir::KernelInfo& k, const Inputs& ins, data::Buffer& out, bool accumulate,
                      const ir::KernelAttrs& attrs);
/// The same, looked up by name ("no such kernel" for an unknown name).
std::string runKernel(const std::string& name, const Inputs& ins, data::Buffer& out, bool accumulate = false,
                      const ir::KernelAttrs& attrs = {});
/// For callers that run the same operands many times: runKernel checks them once, then runChecked
/// computes with the kernel's reference without looking it up or checking again. Valid only while the
/// operands keep the dtypes and shapes runKernel accepted (an instance's locals). `ins` may alias `out`.
void runChecked(Reference impl, const Inputs& ins, data::Buffer& out, bool accumulate, const ir::KernelAttrs& attrs);
/// The names of the kernels with a reference implementation (every built-in kernel but `custom`), sorted.
std::vector<std::string> referenceKernelNames();

// ---- code for the backends ----

/// `call.c` as a call of the kernel library; "" when it has none (`custom`: the caller reports or fills it in).
std::string libraryCall(const Call& call);
/// `call.c` as a call of its AIE API vector form; "" when it has none for these operands (it then stays
/// on the kernel library).
std::string aieCall(const AieCall& call);

/// A double as a C++ literal that reads back as the same double ("0.5", "1.0", "1.0000000000000001e-05").
std::string cppDouble(double v);

}  // namespace datosim::kernels
