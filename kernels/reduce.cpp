// Reductions along attribute 'axis' (the axis leaves the shape): reduce_sum, reduce_max, argmax.
#include "kernels/define.h"

namespace datosim::kernels {

namespace {

/// The checks every reduction shares: an integer axis of the input, and the output's shape without it.
std::string checkAxis(const ir::KernelInfo& info, const ir::LocalVar& a, const ir::LocalVar& out, const ir::KernelAttrs& attrs) {
  const double ax = attrs.at("axis");
  if (ax != std::floor(ax) || ax < 0 || ax >= static_cast<double>(a.shape.size()))
    return info.name + " attribute 'axis' must be an integer in [0, " + std::to_string(a.shape.size()) + "), found " +
           std::to_string(ax);
  ir::Shape expect = a.shape;
  expect.erase(expect.begin() + static_cast<long>(ax));
  if (out.shape != expect)
    return info.name + " over axis " + std::to_string(static_cast<int>(ax)) + " of " + desc(a) + " gives shape " +
           ir::shapeString(expect) + ", found output " + desc(out);
  return "";
}

/// Calls fn(outIndex, firstInputIndex, stride, count) for each output element: the input elements
/// reduced into it are firstInputIndex + k * stride for k in [0, count).
template <typename Fn>
void forEachReduction(const data::Buffer& a, const ir::KernelAttrs& attrs, Fn fn) {
  const AxisSplit s = splitAt(a.shape(), static_cast<std::size_t>(attr(attrs, "axis", 0)));
  for (std::int64_t o = 0; o < s.outer; ++o)
    for (std::int64_t i = 0; i < s.inner; ++i) fn(o * s.inner + i, o * s.len * s.inner + i, s.inner, s.len);
}

/// <outer, len, inner> of the step's reduction, as template arguments.
std::string extents(const Call& call) {
  const AxisSplit s = splitAt(call.ins[0]->shape, static_cast<std::size_t>(attr(call.c.attrs, "axis", 0)));
  return num(s.outer) + ", " + num(s.len) + ", " + num(s.inner);
}

std::string reduceCall(const Call& call, bool max) {
  return "dsim::reduce<" + std::string(max ? "true" : "false") + ", " + call.tag(call.out.dtype) + ", " +
         call.tag(call.ins[0]->dtype) + ", " + extents(call) + ">(" + call.inNames[0] + ", " + call.outName + ")";
}

/// The AIE vector reduction: same dtype in and out, whole vectors along the inner extent (or along the
/// reduced axis when it is the last).
std::string aieReduce(const AieCall& call, bool max) {
  const ir::DType od = call.out.dtype;
  const ir::Shape& a = call.ins[0]->shape;
  const auto at = call.c.attrs.find("axis");
  if (at == call.c.attrs.end() || at->second < 0 || at->second >= static_cast<double>(a.size())) return "";
  const AxisSplit s = splitAt(a, static_cast<std::size_t>(at->second));
  const std::int64_t V = v256(od);
  if (s.outer <= 0 || s.len <= 0 || s.inner <= 0 || !(s.inner % V == 0 || (s.inner == 1 && s.len % V == 0))) return "";
  return "dsim_aie::reduce<dsim_aie::" + std::string(max ? "red_max" : "red_sum") + ", " + aieCType(od) + ", " + num(s.outer) +
         ", " + num(s.len) + ", " + num(s.inner) + ">(in0, out)";
}

Kernel reduction(const char* name, const char* summary) {
  Kernel k = define(name, summary, ir::KernelClass::Reduction, 1, 1);
  k.info.requiredAttrs = {"axis"};
  k.info.outMayAliasIn = false;
  return k;
}

Kernel reduceSum() {
  Kernel k = reduction("reduce_sum", "sum along attribute 'axis' (the axis is removed from the shape)");
  k.check = [](const ir::KernelInfo& info, const Operands& ins, const ir::LocalVar& out, const ir::KernelAttrs& attrs) {
    const ir::LocalVar& a = *ins[0];
    std::string e = checkAxis(info, a, out, attrs);
    if (e.empty() && (ir::isFloat(a.dtype) != ir::isFloat(out.dtype) || ir::dtypeBits(out.dtype) < ir::dtypeBits(a.dtype)))
      e = "reduce_sum output " + desc(out) + " cannot hold sums of " + desc(a);
    return e;
  };
  k.reference = [](const Inputs& ins, data::Buffer& out, bool, const ir::KernelAttrs& attrs) {
    const data::Buffer& a = *ins[0];
    forEachReduction(a, attrs, [&](std::int64_t o, std::int64_t first, std::int64_t stride, std::int64_t n) {
      if (out.isFloat()) {
        float s = 0.0f;
        for (std::int64_t q = 0; q < n; ++q) s += a.getFloat(first + q * stride);
        out.setFloat(o, s);
      } else {
        std::uint64_t s = 0;  // exact modulo 2^64, like matmul
        for (std::int64_t q = 0; q < n; ++q) s += static_cast<std::uint64_t>(std::int64_t{a.getInt(first + q * stride)});
        out.setInt(o, data::wrapUnsigned(s, out.dtype()));
      }
    });
  };
  k.libraryCall = [](const Call& call) { return reduceCall(call, false); };
  // Integer sums only: a float sum would add in another order than the reference.
  k.aieCall = [](const AieCall& call) -> std::string {
    const ir::DType od = call.out.dtype;
    if (!sameTypes(call) || ir::isFloat(od)) return "";
    return aieReduce(call, false);
  };
  return k;
}

Kernel reduceMax() {
  Kernel k = reduction("reduce_max", "maximum along attribute 'axis' (the axis is removed from the shape)");
  k.check = [](const ir::KernelInfo& info, const Operands& ins, const ir::LocalVar& out, const ir::KernelAttrs& attrs) {
    const ir::LocalVar& a = *ins[0];
    std::string e = checkAxis(info, a, out, attrs);
    if (e.empty() && a.dtype != out.dtype) e = "reduce_max keeps the dtype, found " + desc(a) + " -> " + desc(out);
    return e;
  };
  k.reference = [](const Inputs& ins, data::Buffer& out, bool, const ir::KernelAttrs& attrs) {
    const data::Buffer& a = *ins[0];
    forEachReduction(a, attrs, [&](std::int64_t o, std::int64_t first, std::int64_t stride, std::int64_t n) {
      if (out.isFloat()) {
        float m = a.getFloat(first);
        for (std::int64_t q = 1; q < n; ++q) m = maxNaN(m, a.getFloat(first + q * stride));
        out.setFloat(o, m);
      } else {
        std::int32_t m = a.getInt(first);
        for (std::int64_t q = 1; q < n; ++q) m = std::max(m, a.getInt(first + q * stride));
        out.setInt(o, m);
      }
    });
  };
  k.libraryCall = [](const Call& call) { return reduceCall(call, true); };
  // No f32: AIE-ML has no native f32 vector compare.
  k.aieCall = [](const AieCall& call) -> std::string {
    if (!sameTypes(call) || call.out.dtype == ir::DType::F32) return "";
    return aieReduce(call, true);
  };
  return k;
}

/// The index of the first maximum (reduce_max's NaN-propagating maximum: the first NaN if there is one).
Kernel argmax() {
  Kernel k = reduction("argmax", "index of the first maximum along attribute 'axis' (a NaN counts as the maximum; the axis "
                                 "is removed from the shape; an integer output)");
  k.check = [](const ir::KernelInfo& info, const Operands& ins, const ir::LocalVar& out, const ir::KernelAttrs& attrs) {
    const ir::LocalVar& a = *ins[0];
    std::string e = checkAxis(info, a, out, attrs);
    if (!e.empty()) return e;
    const std::int64_t len = a.shape[static_cast<std::size_t>(attrs.at("axis"))];
    if (ir::isFloat(out.dtype) || ir::dtypeBits(out.dtype) < 8 ||
        len - 1 > (std::int64_t{1} << (ir::dtypeBits(out.dtype) - 1)) - 1)
      return "argmax output " + desc(out) + " cannot hold the indices 0.." + std::to_string(len - 1) +
             " (an integer dtype of 8 bits or more that holds them)";
    return e;
  };
  k.reference = [](const Inputs& ins, data::Buffer& out, bool, const ir::KernelAttrs& attrs) {
    const data::Buffer& a = *ins[0];
    forEachReduction(a, attrs, [&](std::int64_t o, std::int64_t first, std::int64_t stride, std::int64_t n) {
      std::int64_t best = 0;
      if (a.isFloat()) {
        float m = a.getFloat(first);
        for (std::int64_t q = 1; q < n && !std::isnan(m); ++q) {
          const float x = a.getFloat(first + q * stride);
          if (std::isnan(x) || x > m) {
            m = x;
            best = q;
          }
        }
      } else {
        std::int32_t m = a.getInt(first);
        for (std::int64_t q = 1; q < n; ++q)
          if (a.getInt(first + q * stride) > m) {
            m = a.getInt(first + q * stride);
            best = q;
          }
      }
      out.setInt(o, best);
    });
  };
  k.libraryCall = [](const Call& call) {
    return "dsim::argmax<" + call.tag(call.out.dtype) + ", " + call.tag(call.ins[0]->dtype) + ", " + extents(call) + ">(" +
           call.inNames[0] + ", " + call.outName + ")";
  };
  return k;
}

}  // namespace

AxisSplit splitAt(const ir::Shape& shape, std::size_t axis) {
  AxisSplit s;
  for (std::size_t d = 0; d < axis; ++d) s.outer *= shape[d];
  s.len = shape[axis];
  for (std::size_t d = axis + 1; d < shape.size(); ++d) s.inner *= shape[d];
  return s;
}

void addReductionKernels(std::vector<Kernel>& v) {
  v.push_back(reduceSum());
  v.push_back(reduceMax());
  v.push_back(argmax());
}

}  // namespace datosim::kernels
