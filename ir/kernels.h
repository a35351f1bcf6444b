// The built-in kernel library: one table that the frontend (operand checks), the simulator (work
// for the timing models; later the functional implementations) and the code generators share.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "ir/dtype.h"

namespace datosim::ir {

struct LocalVar;
struct ComputeStmt;

/// How a tile model turns a kernel's work into cycles.
enum class KernelClass : std::uint8_t {
  Mac,          // multiply-accumulates on the matrix/MAC units (matmul, mac)
  Vector,       // element-wise vector operations (add, relu, gelu, softmax, ...)
  Reduction,    // reductions along an axis
  Move,         // data movement inside local memory (copy, transpose, cast, zero)
  Custom,       // cost given explicitly by the graph (`cycles`)
};
const char* kernelClassName(KernelClass c);

/// The work one call does, in the units its class is costed in.
struct KernelWork {
  std::int64_t macs = 0;       // Mac: multiply-accumulates
  std::int64_t vectorOps = 0;  // Vector/Reduction: element operations (elements x ops per element)
  std::int64_t elements = 0;   // elements produced (Move, and for reports)
  DType dtype = DType::I32;    // the dtype the work runs in (the wider input's for Mac, output's otherwise)
  MacType mac;                 // Mac: A's and B's dtypes (mixed precision when they differ)
  // matmul only: the shape C[m,n] (+)= A[m,k] x B[k,n] (0 for every other kernel). Timing models
  // that cost a matmul by its output blocks and reduction depth read these.
  std::int64_t m = 0, k = 0, n = 0;
};

using KernelAttrs = std::map<std::string, double>;

struct KernelInfo {
  std::string name;
  std::string summary;           // one line, for --list-kernels and docs
  KernelClass cls = KernelClass::Vector;
  int minIns = 0, maxIns = 0;
  bool hasOut = true;            // false only for `custom`, where it is optional
  bool allowAccumulate = false;
  /// The kernel reads its output as well as writing it (`mac`: out += a * b), even without
  /// `accumulate`. Timing of pipelined loops orders it after the output's last write.
  bool readsOut = false;
  /// Element operations per output element of the reference formula (Vector class), e.g. gelu's
  /// tanh form; an algorithm property, not a hardware number.
  int opsPerElement = 1;
  std::vector<std::string> requiredAttrs;
  std::vector<std::string> optionalAttrs;

  /// Operand check: "" if the operands fit, else what is wrong (shapes, dtypes, attrs).
  std::string check(const std::vector<const LocalVar*>& ins, const LocalVar* out, const KernelAttrs& attrs) const;
  /// Work of one call (operands already checked).
  KernelWork work(const std::vector<const LocalVar*>& ins, const LocalVar* out, const KernelAttrs& attrs) const;
};

/// nullptr if there is no such kernel.
const KernelInfo* findKernel(std::string_view name);
/// All built-in kernels, sorted by name.
const std::vector<KernelInfo>& builtinKernels();
/// Whether a compute reads its output before writing it: `accumulate`, or a kernel that always adds into
/// its output (KernelInfo::readsOut: `mac`).
bool readsOut(const ComputeStmt& c);

}  // namespace datosim::ir
