// Row-wise kernels over the last axis, float only: softmax, layernorm, rmsnorm.
#include "kernels/define.h"

namespace datosim::kernels {

namespace {

std::string checkRows(const ir::KernelInfo& info, const Operands& ins, const ir::LocalVar& out, const ir::KernelAttrs&) {
  if (ins[0]->shape.empty())
    return info.name + " works row-wise over the last axis and needs an input of rank >= 1, found " + desc(*ins[0]);
  std::string e = checkFloatOut(info, out);
  return e.empty() ? checkSameShape(info, ins, out, false, true) : e;
}

/// Calls fn(rowStart, rowLength) for each row over the last axis.
template <typename Fn>
void forEachRow(const data::Buffer& b, Fn fn) {
  const std::int64_t len = b.shape().back();
  if (len == 0) return;
  for (std::int64_t r = 0; r < b.size() / len; ++r) fn(r * len, len);
}

/// dsim::<kernel><out, in, rows, row length>(in, out[, eps]).
std::string rowsCall(const Call& call, bool eps) {
  const ir::Shape& a = call.ins[0]->shape;
  const std::int64_t len = a.empty() ? 1 : std::max<std::int64_t>(1, a.back());
  const std::int64_t rows = std::max<std::int64_t>(1, ir::numElements(a)) / len;
  return "dsim::" + call.c.kernel + "<" + call.tag(call.out.dtype) + ", " + call.tag(call.ins[0]->dtype) + ", " + num(rows) +
         ", " + num(len) + ">(" + call.inNames[0] + ", " + call.outName +
         (eps ? ", " + cppDouble(attr(call.c.attrs, "eps", 1e-5)) : "") + ")";
}

// softmax per row: max, subtract, exp (~6), sum, multiply by the reciprocal: ~10 per element.
Kernel softmax() {
  Kernel k = define("softmax", "row-wise softmax over the last axis, max-subtracted", ir::KernelClass::Vector, 1, 1, 10);
  k.check = checkRows;
  k.reference = [](const Inputs& ins, data::Buffer& out, bool, const ir::KernelAttrs&) {
    const data::Buffer& a = *ins[0];
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
  };
  k.libraryCall = [](const Call& call) { return rowsCall(call, false); };
  return k;
}

// layernorm: mean, variance (sub, square, sum), normalise (sub, mul), affine-free: ~6 per element.
Kernel layernorm() {
  Kernel k = define("layernorm", "row-wise (x - mean) / sqrt(var + eps) over the last axis (attribute 'eps', default 1e-5)",
                    ir::KernelClass::Vector, 1, 1, 6);
  k.info.optionalAttrs = {"eps"};
  k.check = checkRows;
  k.reference = [](const Inputs& ins, data::Buffer& out, bool, const ir::KernelAttrs& attrs) {
    const data::Buffer& a = *ins[0];
    const float eps = f32(attr(attrs, "eps", 1e-5));
    forEachRow(a, [&](std::int64_t start, std::int64_t len) {
      const float n = static_cast<float>(len);
      float sum = 0.0f;
      for (std::int64_t j = 0; j < len; ++j) sum += a.getFloat(start + j);
      const float mean = sum / n;
      float sq = 0.0f;
      for (std::int64_t j = 0; j < len; ++j) {
        const float d = a.getFloat(start + j) - mean;
        sq += d * d;
      }
      const float denom = std::sqrt(sq / n + eps);
      for (std::int64_t j = 0; j < len; ++j) out.setFloat(start + j, (a.getFloat(start + j) - mean) / denom);
    });
  };
  k.libraryCall = [](const Call& call) { return rowsCall(call, true); };
  return k;
}

Kernel rmsnorm() {
  Kernel k = define("rmsnorm", "row-wise x / sqrt(mean(x^2) + eps) over the last axis (attribute 'eps', default 1e-5)",
                    ir::KernelClass::Vector, 1, 1, 4);
  k.info.optionalAttrs = {"eps"};
  k.check = checkRows;
  k.reference = [](const Inputs& ins, data::Buffer& out, bool, const ir::KernelAttrs& attrs) {
    const data::Buffer& a = *ins[0];
    const float eps = f32(attr(attrs, "eps", 1e-5));
    forEachRow(a, [&](std::int64_t start, std::int64_t len) {
      float sq = 0.0f;
      for (std::int64_t j = 0; j < len; ++j) sq += a.getFloat(start + j) * a.getFloat(start + j);
      const float denom = std::sqrt(sq / static_cast<float>(len) + eps);
      for (std::int64_t j = 0; j < len; ++j) out.setFloat(start + j, a.getFloat(start + j) / denom);
    });
  };
  k.libraryCall = [](const Call& call) { return rowsCall(call, true); };
  return k;
}

}  // namespace

void addRowKernels(std::vector<Kernel>& v) {
  v.push_back(softmax());
  v.push_back(layernorm());
  v.push_back(rmsnorm());
}

}  // namespace datosim::kernels
