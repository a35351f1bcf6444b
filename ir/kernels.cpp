#include "ir/kernels.h"

#include <algorithm>
#include <cmath>

#include "ir/graph.h"

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

namespace {

std::string desc(const LocalVar& v) {
  return "'" + v.name + "' (" + dtypeName(v.dtype) + " " + shapeString(v.shape) + ")";
}

// Kernels whose inputs and output share one shape, or whose inputs are scalars broadcast over it.
std::string checkSameShape(const KernelInfo& k, const std::vector<const LocalVar*>& ins, const LocalVar* out,
                           bool allowScalarBroadcast, bool sameDType) {
  for (const LocalVar* in : ins) {
    bool ok = in->shape == out->shape || (allowScalarBroadcast && in->shape.empty());
    if (!ok)
      return k.name + " needs operands of the output's shape " + shapeString(out->shape) +
             (allowScalarBroadcast ? " (or scalars)" : "") + ", found " + desc(*in);
    if (sameDType && in->dtype != out->dtype)
      return k.name + " needs operands of the output's dtype " + dtypeName(out->dtype) + ", found " + desc(*in);
  }
  return "";
}

// The operand and output dtypes of a multiply-accumulate (matmul, mac): integers by integers or
// floats by floats, of one dtype or a mixed pair (i8 x i4, bf16 x f32, ...), into an output of the
// same kind at least as wide as the wider operand.
std::string checkMacDTypes(const KernelInfo& k, const LocalVar& a, const LocalVar& b, const LocalVar& out) {
  if (isFloat(a.dtype) != isFloat(b.dtype))
    return k.name + " multiplies integers by integers or floats by floats, found " + desc(a) + " and " + desc(b) +
           " (cast one operand first)";
  const MacType mt(a.dtype, b.dtype);
  if (isFloat(mt.wide()) != isFloat(out.dtype) || dtypeBits(out.dtype) < dtypeBits(mt.wide()))
    return k.name + " output " + desc(out) + " cannot hold products of " + macTypeName(mt) +
           (isFloat(mt.wide()) ? " (an f32 or bf16 output of at least the wider operand's width)"
                               : " (an integer output at least as wide as the wider operand, e.g. i32)");
  return "";
}

std::string checkKernel(const KernelInfo& k, const std::vector<const LocalVar*>& ins, const LocalVar* out,
                        const KernelAttrs& attrs) {
  const std::string& n = k.name;
  if (n == "custom") return "";
  if (!out) return n + " needs an output";
  if (n == "matmul") {
    const LocalVar &a = *ins[0], &b = *ins[1];
    if (a.shape.size() != 2 || b.shape.size() != 2 || out->shape.size() != 2)
      return "matmul needs 2-D operands A[M,K], B[K,N] and output C[M,N], found A " + desc(a) + ", B " + desc(b) +
             ", C " + desc(*out);
    if (a.shape[1] != b.shape[0] || a.shape[0] != out->shape[0] || b.shape[1] != out->shape[1])
      return "matmul shapes do not agree: A " + shapeString(a.shape) + " x B " + shapeString(b.shape) + " -> C " +
             shapeString(out->shape) + " (need A[M,K] x B[K,N] -> C[M,N])";
    return checkMacDTypes(k, a, b, *out);
  }
  if (n == "mac") {
    std::string e = checkSameShape(k, ins, out, true, false);
    if (!e.empty()) return e;
    return checkMacDTypes(k, *ins[0], *ins[1], *out);
  }
  if (n == "add" || n == "sub" || n == "mul" || n == "max") return checkSameShape(k, ins, out, true, true);
  if (n == "cast") return checkSameShape(k, ins, out, false, false);
  if (n == "zero") return "";
  if (n == "transpose") {
    const LocalVar& a = *ins[0];
    if (a.shape.size() != 2 || out->shape.size() != 2 || a.shape[0] != out->shape[1] || a.shape[1] != out->shape[0])
      return "transpose needs a 2-D input [M,N] and output [N,M], found " + desc(a) + " -> " + desc(*out);
    if (a.dtype != out->dtype) return "transpose keeps the dtype, found " + desc(a) + " -> " + desc(*out);
    return "";
  }
  if (n == "reduce_sum" || n == "reduce_max" || n == "argmax") {
    const LocalVar& a = *ins[0];
    double ax = attrs.at("axis");
    if (ax != std::floor(ax) || ax < 0 || ax >= static_cast<double>(a.shape.size()))
      return n + " attribute 'axis' must be an integer in [0, " + std::to_string(a.shape.size()) + "), found " +
             std::to_string(ax);
    Shape expect = a.shape;
    expect.erase(expect.begin() + static_cast<long>(ax));
    if (out->shape != expect)
      return n + " over axis " + std::to_string(static_cast<int>(ax)) + " of " + desc(a) + " gives shape " +
             shapeString(expect) + ", found output " + desc(*out);
    if (n == "reduce_max" && a.dtype != out->dtype) return "reduce_max keeps the dtype, found " + desc(a) + " -> " + desc(*out);
    if (n == "argmax") {
      const std::int64_t len = a.shape[static_cast<std::size_t>(ax)];
      if (isFloat(out->dtype) || dtypeBits(out->dtype) < 8 || len - 1 > (std::int64_t{1} << (dtypeBits(out->dtype) - 1)) - 1)
        return "argmax output " + desc(*out) + " cannot hold the indices 0.." + std::to_string(len - 1) +
               " (an integer dtype of 8 bits or more that holds them)";
    }
    if (n == "reduce_sum" && (isFloat(a.dtype) != isFloat(out->dtype) || dtypeBits(out->dtype) < dtypeBits(a.dtype)))
      return "reduce_sum output " + desc(*out) + " cannot hold sums of " + desc(a);
    return "";
  }
  if (n == "softmax" || n == "layernorm" || n == "rmsnorm") {
    if (ins[0]->shape.empty()) return n + " works row-wise over the last axis and needs an input of rank >= 1, found " + desc(*ins[0]);
    if (!isFloat(out->dtype)) return n + " needs a floating-point dtype (bf16 or f32), found " + desc(*out);
    return checkSameShape(k, ins, out, false, true);
  }
  if (n == "gelu" || n == "silu" || n == "exp") {
    if (!isFloat(out->dtype)) return n + " needs a floating-point dtype (bf16 or f32), found " + desc(*out);
    return checkSameShape(k, ins, out, false, true);
  }
  // relu, scale, copy
  return checkSameShape(k, ins, out, false, true);
}

std::vector<KernelInfo> makeKernels() {
  auto K = [](std::string name, std::string summary, KernelClass cls, int minIns, int maxIns, int ops = 1) {
    KernelInfo k;
    k.name = std::move(name);
    k.summary = std::move(summary);
    k.cls = cls;
    k.minIns = minIns;
    k.maxIns = maxIns;
    k.opsPerElement = ops;
    return k;
  };
  std::vector<KernelInfo> v;
  v.push_back(K("matmul", "C[M,N] (+)= A[M,K] x B[K,N]; 'accumulate' adds into the output", KernelClass::Mac, 2, 2));
  v.back().allowAccumulate = true;
  v.push_back(K("mac", "out += a * b element-wise (scalar inputs broadcast); the systolic PE step", KernelClass::Mac, 2, 2));
  v.back().readsOut = true;
  v.push_back(K("add", "out = a + b element-wise (scalar inputs broadcast)", KernelClass::Vector, 2, 2));
  v.push_back(K("sub", "out = a - b element-wise (scalar inputs broadcast)", KernelClass::Vector, 2, 2));
  v.push_back(K("mul", "out = a * b element-wise (scalar inputs broadcast)", KernelClass::Vector, 2, 2));
  v.push_back(K("max", "out = max(a, b) element-wise (scalar inputs broadcast)", KernelClass::Vector, 2, 2));
  v.push_back(K("scale", "out = a * factor (attribute 'factor')", KernelClass::Vector, 1, 1));
  v.back().requiredAttrs = {"factor"};
  v.push_back(K("relu", "out = max(a, 0)", KernelClass::Vector, 1, 1));
  // gelu, tanh form: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))): ~8 multiplies/adds + tanh (~6).
  v.push_back(K("gelu", "out = gelu(a), tanh approximation", KernelClass::Vector, 1, 1, 14));
  // silu: x / (1 + exp(-x)): exp (~6) + add + divide (~2).
  v.push_back(K("silu", "out = a * sigmoid(a)", KernelClass::Vector, 1, 1, 9));
  v.push_back(K("exp", "out = exp(a)", KernelClass::Vector, 1, 1, 6));
  // softmax per row: max, subtract, exp (~6), sum, multiply by the reciprocal: ~10 per element.
  v.push_back(K("softmax", "row-wise softmax over the last axis, max-subtracted", KernelClass::Vector, 1, 1, 10));
  // layernorm: mean, variance (sub, square, sum), normalise (sub, mul), affine-free: ~6 per element.
  v.push_back(K("layernorm", "row-wise (x - mean) / sqrt(var + eps) over the last axis (attribute 'eps', default 1e-5)",
                KernelClass::Vector, 1, 1, 6));
  v.back().optionalAttrs = {"eps"};
  v.push_back(K("rmsnorm", "row-wise x / sqrt(mean(x^2) + eps) over the last axis (attribute 'eps', default 1e-5)",
                KernelClass::Vector, 1, 1, 4));
  v.back().optionalAttrs = {"eps"};
  v.push_back(K("reduce_sum", "sum along attribute 'axis' (the axis is removed from the shape)", KernelClass::Reduction, 1, 1));
  v.back().requiredAttrs = {"axis"};
  v.push_back(K("reduce_max", "maximum along attribute 'axis' (the axis is removed from the shape)", KernelClass::Reduction, 1, 1));
  v.back().requiredAttrs = {"axis"};
  v.push_back(K("argmax", "index of the first maximum along attribute 'axis' (a NaN counts as the maximum; the axis is "
                          "removed from the shape; an integer output)", KernelClass::Reduction, 1, 1));
  v.back().requiredAttrs = {"axis"};
  v.push_back(K("transpose", "out[N,M] = a[M,N]^T", KernelClass::Move, 1, 1));
  v.push_back(K("cast", "out = a converted to the output's dtype", KernelClass::Move, 1, 1));
  v.push_back(K("zero", "out = 0", KernelClass::Move, 0, 0));
  v.push_back(K("copy", "out = a", KernelClass::Move, 1, 1));
  v.push_back(K("custom", "an opaque step whose cost is given by 'cycles'; operands only order the data", KernelClass::Custom, 0, 8));
  v.back().hasOut = false;
  std::sort(v.begin(), v.end(), [](const KernelInfo& a, const KernelInfo& b) { return a.name < b.name; });
  return v;
}

}  // namespace

std::string KernelInfo::check(const std::vector<const LocalVar*>& ins, const LocalVar* out, const KernelAttrs& attrs) const {
  int n = static_cast<int>(ins.size());
  if (n < minIns || n > maxIns) {
    std::string want = minIns == maxIns ? std::to_string(minIns) : std::to_string(minIns) + " to " + std::to_string(maxIns);
    return name + " takes " + want + " input(s), found " + std::to_string(n);
  }
  for (const std::string& a : requiredAttrs)
    if (!attrs.count(a)) return name + " needs attribute '" + a + "'";
  for (const auto& kv : attrs) {
    bool known = std::count(requiredAttrs.begin(), requiredAttrs.end(), kv.first) ||
                 std::count(optionalAttrs.begin(), optionalAttrs.end(), kv.first);
    if (!known) return name + " has no attribute '" + kv.first + "'";
  }
  return checkKernel(*this, ins, out, attrs);
}

KernelWork KernelInfo::work(const std::vector<const LocalVar*>& ins, const LocalVar* out, const KernelAttrs& attrs) const {
  KernelWork w;
  w.dtype = out ? out->dtype : DType::I32;
  w.elements = out ? numElements(out->shape) : 0;
  switch (cls) {
    case KernelClass::Mac:
      w.mac = MacType(ins[0]->dtype, ins[1]->dtype);
      w.dtype = w.mac.wide();
      if (name == "matmul") {
        w.m = ins[0]->shape[0];
        w.k = ins[0]->shape[1];
        w.n = ins[1]->shape[1];
        w.macs = w.m * w.k * w.n;
      }
      else
        w.macs = numElements(out->shape);
      break;
    case KernelClass::Vector: w.vectorOps = w.elements * opsPerElement; break;
    case KernelClass::Reduction:
      w.dtype = ins[0]->dtype;
      w.vectorOps = numElements(ins[0]->shape);
      break;
    case KernelClass::Move:
    case KernelClass::Custom: break;
  }
  return w;
}

const std::vector<KernelInfo>& builtinKernels() {
  static const std::vector<KernelInfo> k = makeKernels();
  return k;
}

const KernelInfo* findKernel(std::string_view name) {
  for (const KernelInfo& k : builtinKernels())
    if (k.name == name) return &k;
  return nullptr;
}

bool readsOut(const ComputeStmt& c) {
  const KernelInfo* info = c.info ? c.info : findKernel(c.kernel);
  return c.out >= 0 && (c.accumulate || (info && info->readsOut));
}

}  // namespace datosim::ir
