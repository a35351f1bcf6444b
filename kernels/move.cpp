// Data movement inside local memory: transpose, cast, zero, copy.
#include "kernels/define.h"

namespace datosim::kernels {

namespace {

Kernel transpose() {
  Kernel k = define("transpose", "out[N,M] = a[M,N]^T", ir::KernelClass::Move, 1, 1);
  k.info.outMayAliasIn = false;
  k.check = [](const ir::KernelInfo&, const Operands& ins, const ir::LocalVar& out, const ir::KernelAttrs&) -> std::string {
    const ir::LocalVar& a = *ins[0];
    if (a.shape.size() != 2 || out.shape.size() != 2 || a.shape[0] != out.shape[1] || a.shape[1] != out.shape[0])
      return "transpose needs a 2-D input [M,N] and output [N,M], found " + desc(a) + " -> " + desc(out);
    if (a.dtype != out.dtype) return "transpose keeps the dtype, found " + desc(a) + " -> " + desc(out);
    return "";
  };
  k.reference = [](const Inputs& ins, data::Buffer& out, bool, const ir::KernelAttrs&) {
    const data::Buffer& a = *ins[0];
    const std::int64_t M = a.shape()[0], N = a.shape()[1];
    for (std::int64_t i = 0; i < M; ++i)
      for (std::int64_t j = 0; j < N; ++j) {
        if (a.isFloat())
          out.setFloat(j * M + i, a.getFloat(i * N + j));
        else
          out.setInt(j * M + i, a.getInt(i * N + j));
      }
  };
  k.libraryCall = [](const Call& call) {
    const ir::Shape& a = call.ins[0]->shape;
    return "dsim::transpose<" + call.tag(call.out.dtype) + ", " + call.tag(call.ins[0]->dtype) + ", " + num(a[0]) + ", " +
           num(a[1]) + ">(" + call.inNames[0] + ", " + call.outName + ")";
  };
  // 128-bit blocks of both matrices.
  k.aieCall = [](const AieCall& call) -> std::string {
    const ir::DType od = call.out.dtype;
    const ir::Shape& a = call.ins[0]->shape;
    const std::int64_t q = 16 / data::Buffer::storageBytes(od);
    if (!wholeVectors(od, ir::numElements(call.out.shape)) || !sameTypes(call) || a.size() != 2 || a[0] % q || a[1] % q)
      return "";
    return "dsim_aie::transpose<" + aieCType(od) + ", " + num(a[0]) + ", " + num(a[1]) + ">(in0, out)";
  };
  return k;
}

Kernel cast() {
  Kernel k = define("cast", "out = a converted to the output's dtype", ir::KernelClass::Move, 1, 1);
  k.check = [](const ir::KernelInfo& info, const Operands& ins, const ir::LocalVar& out, const ir::KernelAttrs&) {
    return checkSameShape(info, ins, out, false, false);
  };
  k.reference = [](const Inputs& ins, data::Buffer& out, bool, const ir::KernelAttrs&) {
    out = data::convertBuffer(*ins[0], out.dtype());
  };
  k.libraryCall = [](const Call& call) {
    return "dsim::cast<" + call.tag(call.out.dtype) + ", " + call.tag(call.ins[0]->dtype) + ", " + elems(call.out) + ">(" +
           call.inNames[0] + ", " + call.outName + ")";
  };
  // f32 -> bf16 only, 16 elements at a time.
  k.aieCall = [](const AieCall& call) -> std::string {
    const std::int64_t n = ir::numElements(call.out.shape);
    if (!wholeVectors(call.out.dtype, n) || call.ins[0]->dtype != ir::DType::F32 || call.out.dtype != ir::DType::BF16 || n % 16)
      return "";
    return "dsim_aie::cast_f32_bf16<" + num(n) + ">(in0, out)";
  };
  return k;
}

Kernel zero() {
  Kernel k = define("zero", "out = 0", ir::KernelClass::Move, 0, 0);
  k.check = [](const ir::KernelInfo&, const Operands&, const ir::LocalVar&, const ir::KernelAttrs&) { return std::string(); };
  k.reference = [](const Inputs&, data::Buffer& out, bool, const ir::KernelAttrs&) { out.fill(0); };
  k.libraryCall = [](const Call& call) {
    return "dsim::zero<" + call.tag(call.out.dtype) + ", " + elems(call.out) + ">(" + call.outName + ")";
  };
  k.aieCall = [](const AieCall& call) -> std::string {
    const std::int64_t n = ir::numElements(call.out.shape);
    if (!wholeVectors(call.out.dtype, n)) return "";
    return "dsim_aie::zero<" + aieCType(call.out.dtype) + ", " + num(n) + ">(out)";
  };
  return k;
}

Kernel copy() {
  Kernel k = define("copy", "out = a; the shapes may differ when the element counts agree (a reshape: the elements in row-major order)",
                    ir::KernelClass::Move, 1, 1);
  k.check = [](const ir::KernelInfo& info, const Operands& ins, const ir::LocalVar& out, const ir::KernelAttrs&) -> std::string {
    const ir::LocalVar& a = *ins[0];
    if (a.dtype != out.dtype)
      return info.name + " needs an operand of the output's dtype " + ir::dtypeName(out.dtype) + ", found " + desc(a);
    if (ir::numElements(a.shape) != ir::numElements(out.shape))
      return info.name + " needs as many elements in its operand as in its output " + desc(out) + " (" +
             std::to_string(ir::numElements(out.shape)) + "), found " + desc(a) + " (" + std::to_string(ir::numElements(a.shape)) + ")";
    return "";
  };
  k.reference = [](const Inputs& ins, data::Buffer& out, bool, const ir::KernelAttrs&) {
    const data::Buffer& a = *ins[0];
    if (a.shape() == out.shape()) {
      out = a;
      return;
    }
    for (std::int64_t i = 0; i < out.size(); ++i) {  // a reshape: the same elements in row-major order
      if (out.isFloat())
        out.setFloat(i, a.getFloat(i));
      else
        out.setInt(i, a.getInt(i));
    }
  };
  k.libraryCall = [](const Call& call) {
    return "dsim::copy<" + call.tag(call.out.dtype) + ", " + elems(call.out) + ">(" + call.inNames[0] + ", " + call.outName + ")";
  };
  k.aieCall = [](const AieCall& call) -> std::string {
    const std::int64_t n = ir::numElements(call.out.shape);
    if (!wholeVectors(call.out.dtype, n) || !sameTypes(call) || ir::numElements(call.ins[0]->shape) != n) return "";
    return "dsim_aie::copy<" + aieCType(call.out.dtype) + ", " + num(n) + ">(in0, out)";
  };
  return k;
}

}  // namespace

void addMoveKernels(std::vector<Kernel>& v) {
  v.push_back(transpose());
  v.push_back(cast());
  v.push_back(zero());
  v.push_back(copy());
}

}  // namespace datosim::kernels
