#include "data/kernels_ref.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "ir/graph.h"

namespace datosim::data {

namespace {

using Ins = std::vector<const Buffer*>;
using KernelFn = void (*)(const Ins& ins, Buffer& out, bool accumulate, const ir::KernelAttrs& attrs);

/// A double result of an elementary function, as f32 (round to nearest even; see docs/numerics.md).
float f32(double v) { return roundToFloat(v, ir::DType::F32); }

/// Element i of an operand that is either of the output's shape or a scalar broadcast over it.
std::int64_t bcast(const Buffer& b, std::int64_t i) { return b.rank() == 0 ? 0 : i; }
std::int64_t intAt(const Buffer& b, std::int64_t i) { return b.getInt(bcast(b, i)); }
float floatAt(const Buffer& b, std::int64_t i) { return b.getFloat(bcast(b, i)); }

double attr(const ir::KernelAttrs& attrs, const char* name, double dflt) {
  auto it = attrs.find(name);
  return it == attrs.end() ? dflt : it->second;
}

/// NaN-propagating maximum (like numpy.maximum).
float maxNaN(float a, float b) {
  if (std::isnan(a)) return a;
  if (std::isnan(b)) return b;
  return a < b ? b : a;
}

// ---- Mac class ----

void matmul(const Ins& ins, Buffer& out, bool accumulate, const ir::KernelAttrs&) {
  const Buffer &a = *ins[0], &b = *ins[1];
  std::int64_t M = a.shape()[0], K = a.shape()[1], N = b.shape()[1];
  for (std::int64_t m = 0; m < M; ++m) {
    for (std::int64_t n = 0; n < N; ++n) {
      std::int64_t c = m * N + n;
      if (out.isFloat()) {
        float s = accumulate ? out.getFloat(c) : 0.0f;
        for (std::int64_t k = 0; k < K; ++k) s += a.getFloat(m * K + k) * b.getFloat(k * N + n);
        out.setFloat(c, s);
      } else {
        // Exact modulo 2^64, which the final wrap to at most 32 bits cannot tell from exact.
        std::uint64_t s = accumulate ? static_cast<std::uint64_t>(std::int64_t{out.getInt(c)}) : 0;
        for (std::int64_t k = 0; k < K; ++k)
          s += static_cast<std::uint64_t>(std::int64_t{a.getInt(m * K + k)} * b.getInt(k * N + n));
        out.setInt(c, wrapUnsigned(s, out.dtype()));
      }
    }
  }
}

void mac(const Ins& ins, Buffer& out, bool, const ir::KernelAttrs&) {
  const Buffer &a = *ins[0], &b = *ins[1];
  for (std::int64_t i = 0; i < out.size(); ++i) {
    if (out.isFloat())
      out.setFloat(i, out.getFloat(i) + floatAt(a, i) * floatAt(b, i));
    else
      out.setInt(i, out.getInt(i) + intAt(a, i) * intAt(b, i));  // |.| < 2^63: exact in 64 bits
  }
}

// ---- Vector class ----

template <typename IntOp, typename FloatOp>
void binary(const Ins& ins, Buffer& out, IntOp iop, FloatOp fop) {
  const Buffer &a = *ins[0], &b = *ins[1];
  for (std::int64_t i = 0; i < out.size(); ++i) {
    if (out.isFloat())
      out.setFloat(i, fop(floatAt(a, i), floatAt(b, i)));
    else
      out.setInt(i, iop(intAt(a, i), intAt(b, i)));  // int32 operands: exact in 64 bits
  }
}

void add(const Ins& ins, Buffer& out, bool, const ir::KernelAttrs&) {
  binary(ins, out, [](std::int64_t x, std::int64_t y) { return x + y; }, [](float x, float y) { return x + y; });
}
void sub(const Ins& ins, Buffer& out, bool, const ir::KernelAttrs&) {
  binary(ins, out, [](std::int64_t x, std::int64_t y) { return x - y; }, [](float x, float y) { return x - y; });
}
void mul(const Ins& ins, Buffer& out, bool, const ir::KernelAttrs&) {
  binary(ins, out, [](std::int64_t x, std::int64_t y) { return x * y; }, [](float x, float y) { return x * y; });
}
void maxKernel(const Ins& ins, Buffer& out, bool, const ir::KernelAttrs&) {
  binary(ins, out, [](std::int64_t x, std::int64_t y) { return x < y ? y : x; }, maxNaN);
}

void scale(const Ins& ins, Buffer& out, bool, const ir::KernelAttrs& attrs) {
  const Buffer& a = *ins[0];
  double factor = attr(attrs, "factor", 1.0);
  float factor32 = f32(factor);
  for (std::int64_t i = 0; i < out.size(); ++i) {
    if (out.isFloat())
      out.setFloat(i, a.getFloat(i) * factor32);
    else
      out.setInt(i, floatToInt(static_cast<double>(a.getInt(i)) * factor, out.dtype()));
  }
}

template <typename FloatFn>
void unaryFloat(const Ins& ins, Buffer& out, FloatFn fn) {
  const Buffer& a = *ins[0];
  for (std::int64_t i = 0; i < out.size(); ++i) out.setFloat(i, fn(a.getFloat(i)));
}

void relu(const Ins& ins, Buffer& out, bool, const ir::KernelAttrs&) {
  const Buffer& a = *ins[0];
  for (std::int64_t i = 0; i < out.size(); ++i) {
    if (out.isFloat()) {
      float x = a.getFloat(i);
      out.setFloat(i, (x > 0 || std::isnan(x)) ? x : 0.0f);
    } else {
      out.setInt(i, std::max<std::int64_t>(a.getInt(i), 0));
    }
  }
}

void gelu(const Ins& ins, Buffer& out, bool, const ir::KernelAttrs&) {
  unaryFloat(ins, out, [](float x) {
    const float c = 0.7978845608028654f;  // sqrt(2 / pi)
    float u = c * (x + 0.044715f * x * x * x);
    return 0.5f * x * (1.0f + f32(std::tanh(static_cast<double>(u))));
  });
}

void silu(const Ins& ins, Buffer& out, bool, const ir::KernelAttrs&) {
  unaryFloat(ins, out, [](float x) { return x / (1.0f + f32(std::exp(-static_cast<double>(x)))); });
}

void expKernel(const Ins& ins, Buffer& out, bool, const ir::KernelAttrs&) {
  unaryFloat(ins, out, [](float x) { return f32(std::exp(static_cast<double>(x))); });
}

/// Calls fn(rowStart, rowLength) for each row over the last axis.
template <typename Fn>
void forEachRow(const Buffer& b, Fn fn) {
  std::int64_t len = b.shape().back();
  if (len == 0) return;
  for (std::int64_t r = 0; r < b.size() / len; ++r) fn(r * len, len);
}

void softmax(const Ins& ins, Buffer& out, bool, const ir::KernelAttrs&) {
  const Buffer& a = *ins[0];
  std::vector<float> e;
  forEachRow(a, [&](std::int64_t start, std::int64_t len) {
    float m = a.getFloat(start);
    for (std::int64_t j = 1; j < len; ++j) m = maxNaN(m, a.getFloat(start + j));
    e.assign(static_cast<std::size_t>(len), 0.0f);
    float sum = 0.0f;
    for (std::int64_t j = 0; j < len; ++j) {
      e[static_cast<std::size_t>(j)] = f32(std::exp(static_cast<double>(a.getFloat(start + j) - m)));
      sum += e[static_cast<std::size_t>(j)];
    }
    for (std::int64_t j = 0; j < len; ++j) out.setFloat(start + j, e[static_cast<std::size_t>(j)] / sum);
  });
}

void layernorm(const Ins& ins, Buffer& out, bool, const ir::KernelAttrs& attrs) {
  const Buffer& a = *ins[0];
  float eps = f32(attr(attrs, "eps", 1e-5));
  forEachRow(a, [&](std::int64_t start, std::int64_t len) {
    float n = static_cast<float>(len);
    float sum = 0.0f;
    for (std::int64_t j = 0; j < len; ++j) sum += a.getFloat(start + j);
    float mean = sum / n;
    float sq = 0.0f;
    for (std::int64_t j = 0; j < len; ++j) {
      float d = a.getFloat(start + j) - mean;
      sq += d * d;
    }
    float denom = std::sqrt(sq / n + eps);
    for (std::int64_t j = 0; j < len; ++j) out.setFloat(start + j, (a.getFloat(start + j) - mean) / denom);
  });
}

void rmsnorm(const Ins& ins, Buffer& out, bool, const ir::KernelAttrs& attrs) {
  const Buffer& a = *ins[0];
  float eps = f32(attr(attrs, "eps", 1e-5));
  forEachRow(a, [&](std::int64_t start, std::int64_t len) {
    float sq = 0.0f;
    for (std::int64_t j = 0; j < len; ++j) sq += a.getFloat(start + j) * a.getFloat(start + j);
    float denom = std::sqrt(sq / static_cast<float>(len) + eps);
    for (std::int64_t j = 0; j < len; ++j) out.setFloat(start + j, a.getFloat(start + j) / denom);
  });
}

// ---- Reduction class ----

/// Calls fn(outIndex, firstInputIndex, stride, count) for each output element: the input elements
/// reduced into it are firstInputIndex + k * stride for k in [0, count).
template <typename Fn>
void forEachReduction(const Buffer& a, const ir::KernelAttrs& attrs, Fn fn) {
  std::size_t axis = static_cast<std::size_t>(attr(attrs, "axis", 0));
  std::int64_t outer = 1, inner = 1, n = a.shape()[axis];
  for (std::size_t d = 0; d < axis; ++d) outer *= a.shape()[d];
  for (std::size_t d = axis + 1; d < a.shape().size(); ++d) inner *= a.shape()[d];
  for (std::int64_t o = 0; o < outer; ++o)
    for (std::int64_t i = 0; i < inner; ++i) fn(o * inner + i, o * n * inner + i, inner, n);
}

void reduceSum(const Ins& ins, Buffer& out, bool, const ir::KernelAttrs& attrs) {
  const Buffer& a = *ins[0];
  forEachReduction(a, attrs, [&](std::int64_t o, std::int64_t first, std::int64_t stride, std::int64_t n) {
    if (out.isFloat()) {
      float s = 0.0f;
      for (std::int64_t k = 0; k < n; ++k) s += a.getFloat(first + k * stride);
      out.setFloat(o, s);
    } else {
      std::uint64_t s = 0;  // exact modulo 2^64, like matmul
      for (std::int64_t k = 0; k < n; ++k) s += static_cast<std::uint64_t>(std::int64_t{a.getInt(first + k * stride)});
      out.setInt(o, wrapUnsigned(s, out.dtype()));
    }
  });
}

void reduceMax(const Ins& ins, Buffer& out, bool, const ir::KernelAttrs& attrs) {
  const Buffer& a = *ins[0];
  forEachReduction(a, attrs, [&](std::int64_t o, std::int64_t first, std::int64_t stride, std::int64_t n) {
    if (out.isFloat()) {
      float m = a.getFloat(first);
      for (std::int64_t k = 1; k < n; ++k) m = maxNaN(m, a.getFloat(first + k * stride));
      out.setFloat(o, m);
    } else {
      std::int32_t m = a.getInt(first);
      for (std::int64_t k = 1; k < n; ++k) m = std::max(m, a.getInt(first + k * stride));
      out.setInt(o, m);
    }
  });
}

/// The index of the first maximum (reduce_max's NaN-propagating maximum: the first NaN if there is one).
void argmax(const Ins& ins, Buffer& out, bool, const ir::KernelAttrs& attrs) {
  const Buffer& a = *ins[0];
  forEachReduction(a, attrs, [&](std::int64_t o, std::int64_t first, std::int64_t stride, std::int64_t n) {
    std::int64_t best = 0;
    if (a.isFloat()) {
      float m = a.getFloat(first);
      for (std::int64_t k = 1; k < n && !std::isnan(m); ++k) {
        const float x = a.getFloat(first + k * stride);
        if (std::isnan(x) || x > m) {
          m = x;
          best = k;
        }
      }
    } else {
      std::int32_t m = a.getInt(first);
      for (std::int64_t k = 1; k < n; ++k)
        if (a.getInt(first + k * stride) > m) {
          m = a.getInt(first + k * stride);
          best = k;
        }
    }
    out.setInt(o, best);
  });
}

// ---- Move class ----

void transpose(const Ins& ins, Buffer& out, bool, const ir::KernelAttrs&) {
  const Buffer& a = *ins[0];
  std::int64_t M = a.shape()[0], N = a.shape()[1];
  for (std::int64_t i = 0; i < M; ++i)
    for (std::int64_t j = 0; j < N; ++j) {
      if (a.isFloat())
        out.setFloat(j * M + i, a.getFloat(i * N + j));
      else
        out.setInt(j * M + i, a.getInt(i * N + j));
    }
}

void cast(const Ins& ins, Buffer& out, bool, const ir::KernelAttrs&) { out = convertBuffer(*ins[0], out.dtype()); }
void zero(const Ins&, Buffer& out, bool, const ir::KernelAttrs&) { out.fill(0); }
void copyKernel(const Ins& ins, Buffer& out, bool, const ir::KernelAttrs&) { out = *ins[0]; }

const std::map<std::string, KernelFn>& implementations() {
  static const std::map<std::string, KernelFn> table = {
      {"add", add},           {"argmax", argmax},       {"cast", cast},          {"copy", copyKernel},
      {"exp", expKernel},     {"gelu", gelu},          {"layernorm", layernorm},
      {"mac", mac},           {"matmul", matmul},      {"max", maxKernel},
      {"mul", mul},           {"reduce_max", reduceMax}, {"reduce_sum", reduceSum},
      {"relu", relu},         {"rmsnorm", rmsnorm},    {"scale", scale},
      {"silu", silu},         {"softmax", softmax},    {"sub", sub},
      {"transpose", transpose}, {"zero", zero},
  };
  return table;
}

ir::LocalVar operand(const char* name, const Buffer& b) {
  ir::LocalVar v;
  v.name = name;
  v.dtype = b.dtype();
  v.shape = b.shape();
  return v;
}

}  // namespace

std::string runKernel(const ir::KernelInfo& k, const std::vector<const Buffer*>& ins, Buffer& out, bool accumulate,
                      const ir::KernelAttrs& attrs) {
  if (k.name == "custom") return "";
  auto impl = implementations().find(k.name);
  if (impl == implementations().end()) return "kernel '" + k.name + "' has no reference implementation";
  if (accumulate && !k.allowAccumulate) return k.name + " cannot accumulate into its output";
  static const char* const kInNames[] = {"in0", "in1", "in2", "in3", "in4", "in5", "in6", "in7"};
  if (ins.size() > sizeof kInNames / sizeof kInNames[0])
    return k.name + " takes " + std::to_string(k.maxIns) + " input(s) at most, found " + std::to_string(ins.size());
  std::vector<ir::LocalVar> vars;
  vars.reserve(ins.size());
  for (std::size_t i = 0; i < ins.size(); ++i) {
    if (!ins[i]) return k.name + " input " + std::to_string(i) + " is missing";
    vars.push_back(operand(kInNames[i], *ins[i]));
  }
  std::vector<const ir::LocalVar*> varPtrs;
  for (const ir::LocalVar& v : vars) varPtrs.push_back(&v);
  ir::LocalVar outVar = operand("out", out);
  std::string err = k.check(varPtrs, &outVar, attrs);
  if (!err.empty()) return err;

  runCheckedKernel(impl->second, ins, out, accumulate, attrs);
  return "";
}

KernelImpl kernelImplementation(const ir::KernelInfo& k) {
  auto impl = implementations().find(k.name);
  return impl == implementations().end() ? nullptr : impl->second;
}

void runCheckedKernel(KernelImpl impl, const std::vector<const Buffer*>& ins, Buffer& out, bool accumulate,
                      const ir::KernelAttrs& attrs) {
  // An input that is the output buffer itself is read from a copy taken before anything is written.
  if (std::find(ins.begin(), ins.end(), &out) == ins.end()) {
    impl(ins, out, accumulate, attrs);
    return;
  }
  const Buffer outCopy = out;
  std::vector<const Buffer*> args = ins;
  for (const Buffer*& in : args)
    if (in == &out) in = &outCopy;
  impl(args, out, accumulate, attrs);
}

std::string runKernel(const std::string& name, const std::vector<const Buffer*>& ins, Buffer& out, bool accumulate,
                      const ir::KernelAttrs& attrs) {
  const ir::KernelInfo* k = ir::findKernel(name);
  if (!k) return "no such kernel '" + name + "'";
  return runKernel(*k, ins, out, accumulate, attrs);
}

std::vector<std::string> referenceKernelNames() {
  std::vector<std::string> names;
  for (const auto& kv : implementations()) names.push_back(kv.first);
  return names;
}

}  // namespace datosim::data
