#include "ir/kernels.h"

namespace datosim::ir {

const char* kernelClassName(KernelClass c) {
  switch (c) {
    case KernelClass::Mac: return "mac";
    case KernelClass::Vector: return "vector";
    case KernelClass::Reduction: return "reduction";
    case KernelClass::Move: return "move";
    case KernelClass::Custom: return "custom";
  }
  return "?";
}

}  // namespace datosim::ir
