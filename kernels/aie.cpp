#include "kernels/aie.h"

#include "kernels/define.h"

namespace datosim::kernels {

namespace {
bool vectorType(ir::DType t) { return t != ir::DType::I4; }
}  // namespace

std::int64_t v256(ir::DType t) { return 32 / data::Buffer::storageBytes(t); }

bool wholeVectors(ir::DType t, std::int64_t n) { return n > 0 && n % v256(t) == 0; }

bool sameTypes(const AieCall& call) {
  for (const ir::LocalVar* v : call.ins)
    if (v->dtype != call.out.dtype) return false;
  return true;
}

bool aieMacTypes(ir::DType a, ir::DType b, ir::DType c) {
  using D = ir::DType;
  if (a != b) return false;
  return (a == D::I8 && (c == D::I8 || c == D::I16 || c == D::I32)) || (a == D::I16 && (c == D::I16 || c == D::I32)) ||
         (a == D::BF16 && (c == D::BF16 || c == D::F32));
}

std::optional<std::array<std::string, 2>> aieBroadcastFlags(const AieCall& call) {
  const std::int64_t n = ir::numElements(call.out.shape);
  std::array<std::string, 2> flags;
  for (std::size_t i = 0; i < 2; ++i) {
    const bool scalar = call.ins[i]->shape.empty() && !call.out.shape.empty();
    if (!scalar && ir::numElements(call.ins[i]->shape) != n) return std::nullopt;
    flags[i] = scalar ? "true" : "false";
  }
  return flags;
}

MmulShape mmulShape(AieGen gen, ir::DType a, ir::DType b, ir::DType c) {
  using D = ir::DType;
  if (!aieMacTypes(a, b, c)) return {};
  const bool p = gen == AieGen::Aie2p;
  // AIE-ML: the XD100 / UG1529 mode tables; XDNA2: the shapes of mlir-aie's aie2p matmul kernels.
  if (a == D::I8) return p ? MmulShape{8, 8, 8} : MmulShape{4, 8, 8};
  if (a == D::I16) return p ? MmulShape{4, 4, 8} : MmulShape{4, 4, 4};
  return p ? MmulShape{4, 8, 8} : MmulShape{4, 8, 4};  // bf16
}

std::string aieCType(ir::DType t) {
  switch (t) {
    case ir::DType::I8: return "int8";
    case ir::DType::I16: return "int16";
    case ir::DType::I32: return "int32";
    case ir::DType::BF16: return "bfloat16";
    case ir::DType::F32: return "float";
    case ir::DType::I4: return "";
  }
  return "";
}

std::string aieCopyCall(ir::DType t, std::int64_t elems) {
  if (!vectorType(t) || !wholeVectors(t, elems)) return "";
  return "dsim_aie::copy<" + aieCType(t) + ", " + num(elems) + ">(src, dst)";
}

std::string aieZeroCall(ir::DType t, std::int64_t elems) {
  if (!vectorType(t) || !wholeVectors(t, elems)) return "";
  return "dsim_aie::zero<" + aieCType(t) + ", " + num(elems) + ">(dst)";
}

std::string aieCall(const AieCall& call) {
  const ir::KernelInfo* info = infoOf(call.c);
  if (!info) return "";
  const Kernel& k = of(*info);
  if (!k.aieCall || !vectorType(call.out.dtype)) return "";
  for (const ir::LocalVar* v : call.ins)
    if (!vectorType(v->dtype)) return "";
  return k.aieCall(call);
}

}  // namespace datosim::kernels
