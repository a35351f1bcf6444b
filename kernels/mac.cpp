// Multiply-accumulate kernels: matmul and the systolic PE step mac.
#include "kernels/define.h"

namespace datosim::kernels {

namespace {

// The operand and output dtypes of a multiply-accumulate: integers by integers or floats by floats, of
// one dtype or a mixed pair (i8 x i4, bf16 x f32, ...), into an output of the same kind at least as wide
// as the wider operand.
std::string checkMacDTypes(const ir::KernelInfo& k, const ir::LocalVar& a, const ir::LocalVar& b, const ir::LocalVar& out) {
  if (ir::isFloat(a.dtype) != ir::isFloat(b.dtype))
    return k.name + " multiplies integers by integers or floats by floats, found " + desc(a) + " and " + desc(b) +
           " (cast one operand first)";
  const ir::MacType mt(a.dtype, b.dtype);
  if (ir::isFloat(mt.wide()) != ir::isFloat(out.dtype) || ir::dtypeBits(out.dtype) < ir::dtypeBits(mt.wide()))
    return k.name + " output " + desc(out) + " cannot hold products of " + ir::macTypeName(mt) +
           (ir::isFloat(mt.wide()) ? " (an f32 or bf16 output of at least the wider operand's width)"
                                   : " (an integer output at least as wide as the wider operand, e.g. i32)");
  return "";
}

/// A block row of `cols` elements is read as whole 128-bit words, alone or paired with its neighbour.
bool rowFits(unsigned cols, ir::DType t) {
  const int w = static_cast<int>(cols) * data::Buffer::storageBytes(t);
  return w % 16 == 0 || (2 * w) % 16 == 0;
}

Kernel matmul() {
  Kernel k = define("matmul", "C[M,N] (+)= A[M,K] x B[K,N]; 'accumulate' adds into the output", ir::KernelClass::Mac, 2, 2);
  k.info.allowAccumulate = true;
  k.info.outMayAliasIn = false;
  k.check = [](const ir::KernelInfo& info, const Operands& ins, const ir::LocalVar& out, const ir::KernelAttrs&) {
    const ir::LocalVar &a = *ins[0], &b = *ins[1];
    if (a.shape.size() != 2 || b.shape.size() != 2 || out.shape.size() != 2)
      return "matmul needs 2-D operands A[M,K], B[K,N] and output C[M,N], found A " + desc(a) + ", B " + desc(b) +
             ", C " + desc(out);
    if (a.shape[1] != b.shape[0] || a.shape[0] != out.shape[0] || b.shape[1] != out.shape[1])
      return "matmul shapes do not agree: A " + ir::shapeString(a.shape) + " x B " + ir::shapeString(b.shape) +
             " -> C " + ir::shapeString(out.shape) + " (need A[M,K] x B[K,N] -> C[M,N])";
    return checkMacDTypes(info, a, b, out);
  };
  k.work = [](const Operands& ins, const ir::LocalVar*, ir::KernelWork& w) {
    w.m = ins[0]->shape[0];
    w.k = ins[0]->shape[1];
    w.n = ins[1]->shape[1];
    w.macs = w.m * w.k * w.n;
  };
  k.reference = [](const Inputs& ins, data::Buffer& out, bool accumulate, const ir::KernelAttrs&) {
    const data::Buffer &a = *ins[0], &b = *ins[1];
    const std::int64_t M = a.shape()[0], K = a.shape()[1], N = b.shape()[1];
    for (std::int64_t m = 0; m < M; ++m) {
      for (std::int64_t n = 0; n < N; ++n) {
        const std::int64_t c = m * N + n;
        if (out.isFloat()) {
          float s = accumulate ? out.getFloat(c) : 0.0f;
          for (std::int64_t q = 0; q < K; ++q) s += a.getFloat(m * K + q) * b.getFloat(q * N + n);
          out.setFloat(c, s);
        } else {
          // Exact modulo 2^64, which the final wrap to at most 32 bits cannot tell from exact.
          std::uint64_t s = accumulate ? static_cast<std::uint64_t>(std::int64_t{out.getInt(c)}) : 0;
          for (std::int64_t q = 0; q < K; ++q)
            s += static_cast<std::uint64_t>(std::int64_t{a.getInt(m * K + q)} * b.getInt(q * N + n));
          out.setInt(c, data::wrapUnsigned(s, out.dtype()));
        }
      }
    }
  };
  k.libraryCall = [](const Call& call) {
    const ir::Shape& a = call.ins[0]->shape;
    const ir::Shape& b = call.ins[1]->shape;
    return "dsim::matmul<" + call.tag(call.out.dtype) + ", " + call.tag(call.ins[0]->dtype) + ", " +
           call.tag(call.ins[1]->dtype) + ", " + num(a[0]) + ", " + num(a[1]) + ", " + num(b[1]) + ">(" + call.inNames[0] +
           ", " + call.inNames[1] + ", " + call.outName + ", " + (call.c.accumulate ? "true" : "false") + ")";
  };
  // aie::mmul blocks in the target's shape for the dtypes, when the matrices are whole blocks.
  k.aieCall = [](const AieCall& call) -> std::string {
    const ir::Shape& a = call.ins[0]->shape;
    const ir::Shape& b = call.ins[1]->shape;
    const ir::DType ad = call.ins[0]->dtype, bd = call.ins[1]->dtype, od = call.out.dtype;
    if (a.size() != 2 || b.size() != 2 || call.out.shape.size() != 2) return "";
    const MmulShape m = mmulShape(call.gen, ad, bd, od);
    if (!m.r) return "";
    const std::int64_t M = a[0], K = a[1], N = b[1];
    if (M <= 0 || K <= 0 || N <= 0 || M % m.r || K % (2 * m.s) || N % (2 * m.t)) return "";
    if (!rowFits(m.s, ad) || !rowFits(m.t, bd) || !rowFits(m.t, od)) return "";
    return "dsim_aie::matmul<" + num(m.r) + ", " + num(m.s) + ", " + num(m.t) + ", " + aieCType(ad) + ", " + aieCType(bd) +
           ", " + aieCType(od) + ", " + accTag(od) + ", " + num(M) + ", " + num(K) + ", " + num(N) + ">(in0, in1, out, " +
           (call.c.accumulate ? "true" : "false") + ")";
  };
  return k;
}

Kernel mac() {
  Kernel k = define("mac", "out += a * b element-wise (scalar inputs broadcast); the systolic PE step", ir::KernelClass::Mac, 2, 2);
  k.info.readsOut = true;
  k.check = [](const ir::KernelInfo& info, const Operands& ins, const ir::LocalVar& out, const ir::KernelAttrs&) {
    std::string e = checkSameShape(info, ins, out, true, false);
    return e.empty() ? checkMacDTypes(info, *ins[0], *ins[1], out) : e;
  };
  k.reference = [](const Inputs& ins, data::Buffer& out, bool, const ir::KernelAttrs&) {
    const data::Buffer &a = *ins[0], &b = *ins[1];
    for (std::int64_t i = 0; i < out.size(); ++i) {
      if (out.isFloat())
        out.setFloat(i, out.getFloat(i) + floatAt(a, i) * floatAt(b, i));
      else
        out.setInt(i, out.getInt(i) + intAt(a, i) * intAt(b, i));  // |.| < 2^63: exact in 64 bits
    }
  };
  k.libraryCall = [](const Call& call) {
    return "dsim::mac<" + call.tag(call.out.dtype) + ", " + call.tag(call.ins[0]->dtype) + ", " + call.tag(call.ins[1]->dtype) +
           ", " + elems(call.out) + ">(" + call.inNames[0] + ", " + scalarFlag(call, 0) + ", " + call.inNames[1] + ", " +
           scalarFlag(call, 1) + ", " + call.outName + ")";
  };
  k.aieCall = [](const AieCall& call) -> std::string {
    const ir::DType ad = call.ins[0]->dtype, od = call.out.dtype;
    if (!aieMacTypes(ad, call.ins[1]->dtype, od) || !wholeVectors(ad, ir::numElements(call.out.shape))) return "";
    const auto flags = aieBroadcastFlags(call);
    if (!flags) return "";
    return "dsim_aie::mac<" + aieCType(ad) + ", " + aieCType(od) + ", " + accTag(od) + ", " +
           num(ir::numElements(call.out.shape)) + ">(in0, " + (*flags)[0] + ", in1, " + (*flags)[1] + ", out)";
  };
  return k;
}

}  // namespace

void addMacKernels(std::vector<Kernel>& v) {
  v.push_back(matmul());
  v.push_back(mac());
}

}  // namespace datosim::kernels
