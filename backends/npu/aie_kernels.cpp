#include "backends/npu/aie_kernels.h"

#include <array>
#include <optional>

#include "data/buffer.h"

namespace datosim::backends::npu {

namespace {

int bytes(ir::DType t) { return data::Buffer::storageBytes(t); }

bool vectorType(ir::DType t) { return t != ir::DType::I4; }

/// Elements in one 256-bit vector of t (the element-wise kernels' width).
std::int64_t v256(ir::DType t) { return 32 / bytes(t); }

/// A block row of `cols` elements is read as whole 128-bit words, alone or paired with its neighbour.
bool rowFits(unsigned cols, ir::DType t) {
  const int w = static_cast<int>(cols) * bytes(t);
  return w % 16 == 0 || (2 * w) % 16 == 0;
}

std::string n(std::int64_t v) { return std::to_string(v); }

/// The operand and output dtypes the AIE multiplies into an accumulator and converts back (both operands of
/// one dtype): i8 -> i8/i16/i32, i16 -> i16/i32, bf16 -> bf16/f32. matmul's mmul and mac's element-wise mac.
bool macTypes(ir::DType a, ir::DType b, ir::DType c) {
  using D = ir::DType;
  if (a != b) return false;
  return (a == D::I8 && (c == D::I8 || c == D::I16 || c == D::I32)) || (a == D::I16 && (c == D::I16 || c == D::I32)) ||
         (a == D::BF16 && (c == D::BF16 || c == D::F32));
}

/// The accumulator of a multiply into output dtype c.
std::string accTag(ir::DType c) { return ir::isFloat(c) ? "accfloat" : "acc32"; }

/// The two operands' "is broadcast" flags ("true" for a scalar beside a tensor output), or nothing when an
/// operand is neither a scalar nor of the output's element count N.
std::optional<std::array<std::string, 2>> broadcastFlags(const std::vector<const ir::LocalVar*>& ins, const ir::LocalVar& out,
                                                         std::int64_t N) {
  std::array<std::string, 2> flags;
  for (std::size_t i = 0; i < 2; ++i) {
    const bool scalar = ins[i]->shape.empty() && !out.shape.empty();
    if (!scalar && ir::numElements(ins[i]->shape) != N) return std::nullopt;
    flags[i] = scalar ? "true" : "false";
  }
  return flags;
}

}  // namespace

MmulShape mmulShape(AieGen gen, ir::DType a, ir::DType b, ir::DType c) {
  using D = ir::DType;
  if (!macTypes(a, b, c)) return {};
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
  if (!vectorType(t) || elems <= 0 || elems % v256(t)) return "";
  return "dsim_aie::copy<" + aieCType(t) + ", " + n(elems) + ">(src, dst)";
}

std::string aieZeroCall(ir::DType t, std::int64_t elems) {
  if (!vectorType(t) || elems <= 0 || elems % v256(t)) return "";
  return "dsim_aie::zero<" + aieCType(t) + ", " + n(elems) + ">(dst)";
}

std::string aieKernelCall(const ir::ComputeStmt& c, const std::vector<const ir::LocalVar*>& ins, const ir::LocalVar& out,
                          AieGen gen) {
  const std::string& k = c.kernel;
  const ir::DType od = out.dtype;
  if (!vectorType(od)) return "";
  for (const ir::LocalVar* v : ins)
    if (!vectorType(v->dtype)) return "";
  const std::int64_t N = ir::numElements(out.shape);
  const std::string T = aieCType(od);
  if (k == "matmul") {
    const ir::Shape& a = ins[0]->shape;
    const ir::Shape& b = ins[1]->shape;
    if (a.size() != 2 || b.size() != 2 || out.shape.size() != 2) return "";
    const MmulShape m = mmulShape(gen, ins[0]->dtype, ins[1]->dtype, od);
    if (!m.r) return "";
    const std::int64_t M = a[0], K = a[1], Nn = b[1];
    if (M <= 0 || K <= 0 || Nn <= 0 || M % m.r || K % (2 * m.s) || Nn % (2 * m.t)) return "";
    if (!rowFits(m.s, ins[0]->dtype) || !rowFits(m.t, ins[1]->dtype) || !rowFits(m.t, od)) return "";
    return "dsim_aie::matmul<" + n(m.r) + ", " + n(m.s) + ", " + n(m.t) + ", " + aieCType(ins[0]->dtype) + ", " +
           aieCType(ins[1]->dtype) + ", " + T + ", " + accTag(od) + ", " + n(M) + ", " + n(K) + ", " + n(Nn) + ">(in0, in1, out, " +
           (c.accumulate ? "true" : "false") + ")";
  }
  if (k == "mac") {
    const ir::DType ad = ins[0]->dtype;
    if (!macTypes(ad, ins[1]->dtype, od) || N <= 0 || N % v256(ad)) return "";
    const auto flags = broadcastFlags(ins, out, N);
    if (!flags) return "";
    return "dsim_aie::mac<" + aieCType(ad) + ", " + T + ", " + accTag(od) + ", " + n(N) + ">(in0, " + (*flags)[0] + ", in1, " +
           (*flags)[1] + ", out)";
  }
  if (k == "reduce_sum" || k == "reduce_max") {
    // Same dtype in and out; integer sums only (a float sum would add in another order); no f32 (as above).
    const ir::DType ad = ins[0]->dtype;
    if (ad != od || od == ir::DType::F32 || (k == "reduce_sum" && ir::isFloat(od))) return "";
    const ir::Shape& a = ins[0]->shape;
    const auto at = c.attrs.find("axis");
    if (at == c.attrs.end() || at->second < 0 || at->second >= static_cast<double>(a.size())) return "";
    const std::size_t axis = static_cast<std::size_t>(at->second);
    std::int64_t outer = 1, inner = 1;
    for (std::size_t d = 0; d < axis; ++d) outer *= a[d];
    for (std::size_t d = axis + 1; d < a.size(); ++d) inner *= a[d];
    const std::int64_t len = a[axis], V = v256(od);
    if (outer <= 0 || len <= 0 || inner <= 0 || !(inner % V == 0 || (inner == 1 && len % V == 0))) return "";
    return "dsim_aie::reduce<dsim_aie::" + std::string(k == "reduce_sum" ? "red_sum" : "red_max") + ", " + T + ", " +
           n(outer) + ", " + n(len) + ", " + n(inner) + ">(in0, out)";
  }
  if (N <= 0 || N % v256(od)) return "";
  if (k == "add" || k == "sub" || k == "mul" || k == "max") {
    if (od == ir::DType::F32) return "";  // AIE-ML has no native f32 vector multiply; keep f32 scalar
    if (ins[0]->dtype != od || ins[1]->dtype != od) return "";
    const auto flags = broadcastFlags(ins, out, N);
    if (!flags) return "";
    return "dsim_aie::binary<dsim_aie::op_" + k + ", " + T + ", " + n(N) + ">(in0, " + (*flags)[0] + ", in1, " + (*flags)[1] +
           ", out)";
  }
  if (k == "relu") {
    if (od == ir::DType::F32 || ins[0]->dtype != od || ir::numElements(ins[0]->shape) != N) return "";
    return "dsim_aie::relu<" + T + ", " + n(N) + ">(in0, out)";
  }
  if (k == "zero") return "dsim_aie::zero<" + T + ", " + n(N) + ">(out)";
  if (k == "copy") {
    if (ins[0]->dtype != od || ir::numElements(ins[0]->shape) != N) return "";
    return "dsim_aie::copy<" + T + ", " + n(N) + ">(in0, out)";
  }
  if (k == "transpose") {
    const ir::Shape& a = ins[0]->shape;
    const std::int64_t q = 16 / bytes(od);
    if (ins[0]->dtype != od || a.size() != 2 || a[0] % q || a[1] % q) return "";
    return "dsim_aie::transpose<" + T + ", " + n(a[0]) + ", " + n(a[1]) + ">(in0, out)";
  }
  if (k == "cast") {
    if (ins[0]->dtype != ir::DType::F32 || od != ir::DType::BF16 || N % 16) return "";
    return "dsim_aie::cast_f32_bf16<" + n(N) + ">(in0, out)";
  }
  return "";
}

}  // namespace datosim::backends::npu
