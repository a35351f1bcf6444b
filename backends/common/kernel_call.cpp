#include "backends/common/kernel_call.h"

#include <algorithm>

#include "backends/common/project.h"

namespace datosim::backends {

std::string kernelCall(const ir::ComputeStmt& c, const std::vector<const ir::LocalVar*>& ins, const ir::LocalVar& out,
                       const std::vector<std::string>& inNames, const std::string& outName,
                       const std::function<std::string(ir::DType)>& tag) {
  const std::string& k = c.kernel;
  const std::string DO = tag(out.dtype);
  const std::string N = std::to_string(std::max<std::int64_t>(1, ir::numElements(out.shape)));
  auto dt = [&](std::size_t i) { return tag(ins[i]->dtype); };
  auto in = [&](std::size_t i) { return inNames[i]; };
  // An input of rank 0 against an output of rank > 0 is broadcast.
  auto scalar = [&](std::size_t i) { return ins[i]->shape.empty() && !out.shape.empty() ? "true" : "false"; };
  auto attr = [&](const char* a, double dflt) {
    auto f = c.attrs.find(a);
    return f == c.attrs.end() ? dflt : f->second;
  };
  auto dim = [](std::int64_t v) { return std::to_string(v); };
  if (k == "matmul") {
    const ir::Shape& a = ins[0]->shape;
    const ir::Shape& b = ins[1]->shape;
    return "dsim::matmul<" + DO + ", " + dt(0) + ", " + dt(1) + ", " + dim(a[0]) + ", " + dim(a[1]) + ", " + dim(b[1]) +
           ">(" + in(0) + ", " + in(1) + ", " + outName + ", " + (c.accumulate ? "true" : "false") + ")";
  }
  if (k == "mac")
    return "dsim::mac<" + DO + ", " + dt(0) + ", " + dt(1) + ", " + N + ">(" + in(0) + ", " + scalar(0) + ", " + in(1) +
           ", " + scalar(1) + ", " + outName + ")";
  if (k == "add" || k == "sub" || k == "mul" || k == "max")
    return "dsim::binary<dsim::op_" + k + ", " + DO + ", " + dt(0) + ", " + dt(1) + ", " + N + ">(" + in(0) + ", " +
           scalar(0) + ", " + in(1) + ", " + scalar(1) + ", " + outName + ")";
  if (k == "scale")
    return "dsim::scale<" + DO + ", " + dt(0) + ", " + N + ">(" + in(0) + ", " + outName + ", " +
           cppDouble(attr("factor", 1.0)) + ")";
  if (k == "relu") return "dsim::relu<" + DO + ", " + dt(0) + ", " + N + ">(" + in(0) + ", " + outName + ")";
  if (k == "gelu" || k == "silu" || k == "exp")
    return "dsim::unary<dsim::op_" + k + ", " + DO + ", " + dt(0) + ", " + N + ">(" + in(0) + ", " + outName + ")";
  if (k == "softmax" || k == "layernorm" || k == "rmsnorm") {  // row-wise over the last axis
    const ir::Shape& a = ins[0]->shape;
    const std::int64_t len = a.empty() ? 1 : std::max<std::int64_t>(1, a.back());
    return "dsim::" + k + "<" + DO + ", " + dt(0) + ", " + dim(std::max<std::int64_t>(1, ir::numElements(a)) / len) + ", " +
           dim(len) + ">(" + in(0) + ", " + outName + (k == "softmax" ? "" : ", " + cppDouble(attr("eps", 1e-5))) + ")";
  }
  if (k == "reduce_sum" || k == "reduce_max" || k == "argmax") {
    const ir::Shape& a = ins[0]->shape;
    const std::size_t axis = static_cast<std::size_t>(attr("axis", 0));
    std::int64_t outer = 1, inner = 1;
    for (std::size_t d = 0; d < axis; ++d) outer *= a[d];
    for (std::size_t d = axis + 1; d < a.size(); ++d) inner *= a[d];
    if (k == "argmax")
      return "dsim::argmax<" + DO + ", " + dt(0) + ", " + dim(outer) + ", " + dim(a[axis]) + ", " + dim(inner) + ">(" + in(0) +
             ", " + outName + ")";
    return "dsim::reduce<" + std::string(k == "reduce_max" ? "true" : "false") + ", " + DO + ", " + dt(0) + ", " +
           dim(outer) + ", " + dim(a[axis]) + ", " + dim(inner) + ">(" + in(0) + ", " + outName + ")";
  }
  if (k == "transpose") {
    const ir::Shape& a = ins[0]->shape;
    return "dsim::transpose<" + DO + ", " + dt(0) + ", " + dim(a[0]) + ", " + dim(a[1]) + ">(" + in(0) + ", " + outName + ")";
  }
  if (k == "cast") return "dsim::cast<" + DO + ", " + dt(0) + ", " + N + ">(" + in(0) + ", " + outName + ")";
  if (k == "zero") return "dsim::zero<" + DO + ", " + N + ">(" + outName + ")";
  if (k == "copy") return "dsim::copy<" + DO + ", " + N + ">(" + in(0) + ", " + outName + ")";
  return "";
}

}  // namespace datosim::backends
