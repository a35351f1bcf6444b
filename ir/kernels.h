// What the IR and the timing models know of a built-in kernel: its interface and the work of a call.
// The kernels themselves are defined in kernels/ (kernels/kernel.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "ir/dtype.h"

namespace datosim::ir {

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

/// A built-in kernel's interface: what the loader checks a compute step's form against and what the
/// timing models cost it by. Each kernel's definition (its check, work, reference implementation and
/// code for the backends) is in kernels/ (kernels/kernel.h), which holds the one table of them.
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
  /// Each output element depends only on input elements read before it is written (element-wise and
  /// row-wise kernels): generated code may pass the output as one of the inputs.
  bool outMayAliasIn = true;
  /// Element operations per output element of the reference formula (Vector class), e.g. gelu's
  /// tanh form; an algorithm property, not a hardware number.
  int opsPerElement = 1;
  std::vector<std::string> requiredAttrs;
  std::vector<std::string> optionalAttrs;
  std::size_t index = 0;         // its place in kernels::library()
};

}  // namespace datosim::ir
