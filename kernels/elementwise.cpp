// Element-wise kernels: add, sub, mul, max (scalar inputs broadcast), scale, relu and the float
// activations gelu, silu, exp.
#include "kernels/define.h"

namespace datosim::kernels {

namespace {

// ---- add, sub, mul, max ----

struct Add {
  static std::int64_t i(std::int64_t x, std::int64_t y) { return x + y; }
  static float f(float x, float y) { return x + y; }
};
struct Sub {
  static std::int64_t i(std::int64_t x, std::int64_t y) { return x - y; }
  static float f(float x, float y) { return x - y; }
};
struct Mul {
  static std::int64_t i(std::int64_t x, std::int64_t y) { return x * y; }
  static float f(float x, float y) { return x * y; }
};
struct Max {
  static std::int64_t i(std::int64_t x, std::int64_t y) { return x < y ? y : x; }
  static float f(float x, float y) { return maxNaN(x, y); }
};

template <typename Op>
void binaryReference(const Inputs& ins, data::Buffer& out, bool, const ir::KernelAttrs&) {
  const data::Buffer &a = *ins[0], &b = *ins[1];
  if (plainOperand(a.shape(), out.shape()) && plainOperand(b.shape(), out.shape())) {
    for (std::int64_t i = 0; i < out.size(); ++i) {
      if (out.isFloat())
        out.setFloat(i, Op::f(floatAt(a, i), floatAt(b, i)));
      else
        out.setInt(i, Op::i(intAt(a, i), intAt(b, i)));  // int32 operands: exact in 64 bits
    }
    return;
  }
  Broadcast plan;
  planBroadcast("", {a.shape(), b.shape()}, out.shape(), plan);  // checked before any run
  for (std::int64_t i = 0; i < out.size(); ++i) {
    const std::int64_t ia = bcastIndex(plan, 0, i), ib = bcastIndex(plan, 1, i);
    if (out.isFloat())
      out.setFloat(i, Op::f(a.getFloat(ia), b.getFloat(ib)));
    else
      out.setInt(i, Op::i(a.getInt(ia), b.getInt(ib)));
  }
}

/// Operands of the output's shape, scalars, or shapes that broadcast to the output's (numpy's rule); one dtype.
std::string checkBroadcastable(const ir::KernelInfo& info, const Operands& ins, const ir::LocalVar& out) {
  std::vector<ir::Shape> shapes;
  std::vector<std::string> names;
  for (const ir::LocalVar* in : ins) {
    names.push_back(desc(*in));
    if (in->dtype != out.dtype)
      return info.name + " needs operands of the output's dtype " + ir::dtypeName(out.dtype) + ", found " +
             ir::dtypeName(in->dtype) + " " + ir::shapeString(in->shape);
    shapes.push_back(in->shape);
  }
  Broadcast plan;
  return planBroadcast(info.name, shapes, out.shape, plan, names, desc(out));
}

template <typename Op>
Kernel binary(const char* name, const char* formula) {
  Kernel k = define(name,
                    std::string(formula) +
                        " element-wise (operands broadcast as in numpy: a scalar, or a shape whose axes, aligned to the "
                        "output's last ones, are the output's extent or 1)",
                    ir::KernelClass::Vector, 2, 2);
  k.check = [](const ir::KernelInfo& info, const Operands& ins, const ir::LocalVar& out, const ir::KernelAttrs&) {
    return checkBroadcastable(info, ins, out);
  };
  k.reference = binaryReference<Op>;
  k.libraryCall = [](const Call& call) {
    const std::string types = call.tag(call.out.dtype) + ", " + call.tag(call.ins[0]->dtype) + ", " + call.tag(call.ins[1]->dtype);
    if (!plainOperand(call.ins[0]->shape, call.out.shape) || !plainOperand(call.ins[1]->shape, call.out.shape)) {
      // Broadcast along axes: three nested runs of the output, each operand's stride along each.
      Broadcast plan;
      planBroadcast("", {call.ins[0]->shape, call.ins[1]->shape}, call.out.shape, plan);
      std::string t = "dsim::binary_bc<dsim::op_" + call.c.kernel + ", " + types;
      for (std::int64_t d : plan.dims) t += ", " + num(d);
      for (const auto& st : plan.strides)
        for (std::int64_t x : st) t += ", " + num(x);
      return t + ">(" + call.inNames[0] + ", " + call.inNames[1] + ", " + call.outName + ")";
    }
    return "dsim::binary<dsim::op_" + call.c.kernel + ", " + types + ", " + elems(call.out) + ">(" + call.inNames[0] + ", " +
           scalarFlag(call, 0) + ", " + call.inNames[1] + ", " + scalarFlag(call, 1) + ", " + call.outName + ")";
  };
  k.aieCall = [](const AieCall& call) -> std::string {
    const ir::DType od = call.out.dtype;
    const std::int64_t n = ir::numElements(call.out.shape);
    // AIE-ML has no native f32 vector multiply: f32 stays on the kernel library.
    if (!wholeVectors(od, n) || od == ir::DType::F32 || !sameTypes(call)) return "";
    const auto flags = aieBroadcastFlags(call);
    if (!flags) return "";
    return "dsim_aie::binary<dsim_aie::op_" + call.c.kernel + ", " + aieCType(od) + ", " + num(n) + ">(in0, " + (*flags)[0] +
           ", in1, " + (*flags)[1] + ", out)";
  };
  return k;
}

// ---- scale, relu ----

std::string checkUnary(const ir::KernelInfo& info, const Operands& ins, const ir::LocalVar& out, const ir::KernelAttrs&) {
  return checkSameShape(info, ins, out, false, true);
}

Kernel scale() {
  Kernel k = define("scale", "out = a * factor (attribute 'factor')", ir::KernelClass::Vector, 1, 1);
  k.info.requiredAttrs = {"factor"};
  k.check = checkUnary;
  k.reference = [](const Inputs& ins, data::Buffer& out, bool, const ir::KernelAttrs& attrs) {
    const data::Buffer& a = *ins[0];
    const double factor = attr(attrs, "factor", 1.0);
    const float factor32 = f32(factor);
    for (std::int64_t i = 0; i < out.size(); ++i) {
      if (out.isFloat())
        out.setFloat(i, a.getFloat(i) * factor32);
      else
        out.setInt(i, data::floatToInt(static_cast<double>(a.getInt(i)) * factor, out.dtype()));
    }
  };
  k.libraryCall = [](const Call& call) {
    return "dsim::scale<" + call.tag(call.out.dtype) + ", " + call.tag(call.ins[0]->dtype) + ", " + elems(call.out) + ">(" +
           call.inNames[0] + ", " + call.outName + ", " + cppDouble(attr(call.c.attrs, "factor", 1.0)) + ")";
  };
  return k;
}

Kernel relu() {
  Kernel k = define("relu", "out = max(a, 0)", ir::KernelClass::Vector, 1, 1);
  k.check = checkUnary;
  k.reference = [](const Inputs& ins, data::Buffer& out, bool, const ir::KernelAttrs&) {
    const data::Buffer& a = *ins[0];
    for (std::int64_t i = 0; i < out.size(); ++i) {
      if (out.isFloat()) {
        const float x = a.getFloat(i);
        out.setFloat(i, (x > 0 || std::isnan(x)) ? x : 0.0f);
      } else {
        out.setInt(i, std::max<std::int64_t>(a.getInt(i), 0));
      }
    }
  };
  k.libraryCall = [](const Call& call) {
    return "dsim::relu<" + call.tag(call.out.dtype) + ", " + call.tag(call.ins[0]->dtype) + ", " + elems(call.out) + ">(" +
           call.inNames[0] + ", " + call.outName + ")";
  };
  k.aieCall = [](const AieCall& call) -> std::string {
    const ir::DType od = call.out.dtype;
    const std::int64_t n = ir::numElements(call.out.shape);
    if (!wholeVectors(od, n) || od == ir::DType::F32 || !sameTypes(call) || ir::numElements(call.ins[0]->shape) != n) return "";
    return "dsim_aie::relu<" + aieCType(od) + ", " + num(n) + ">(in0, out)";
  };
  return k;
}

// ---- gelu, silu, exp: float only ----

template <float (*Fn)(float)>
void unaryFloatReference(const Inputs& ins, data::Buffer& out, bool, const ir::KernelAttrs&) {
  const data::Buffer& a = *ins[0];
  for (std::int64_t i = 0; i < out.size(); ++i) out.setFloat(i, Fn(a.getFloat(i)));
}

float geluOf(float x) {
  const float c = 0.7978845608028654f;  // sqrt(2 / pi)
  const float u = c * (x + 0.044715f * x * x * x);
  return 0.5f * x * (1.0f + f32(std::tanh(static_cast<double>(u))));
}
float siluOf(float x) { return x / (1.0f + f32(std::exp(-static_cast<double>(x)))); }
float expOf(float x) { return f32(std::exp(static_cast<double>(x))); }

template <float (*Fn)(float)>
Kernel activation(const char* name, const char* summary, int opsPerElement) {
  Kernel k = define(name, summary, ir::KernelClass::Vector, 1, 1, opsPerElement);
  k.check = [](const ir::KernelInfo& info, const Operands& ins, const ir::LocalVar& out, const ir::KernelAttrs&) {
    std::string e = checkFloatOut(info, out);
    return e.empty() ? checkSameShape(info, ins, out, false, true) : e;
  };
  k.reference = unaryFloatReference<Fn>;
  k.libraryCall = [](const Call& call) {
    return "dsim::unary<dsim::op_" + call.c.kernel + ", " + call.tag(call.out.dtype) + ", " + call.tag(call.ins[0]->dtype) +
           ", " + elems(call.out) + ">(" + call.inNames[0] + ", " + call.outName + ")";
  };
  return k;
}

}  // namespace

void addElementwiseKernels(std::vector<Kernel>& v) {
  v.push_back(binary<Add>("add", "out = a + b"));
  v.push_back(binary<Sub>("sub", "out = a - b"));
  v.push_back(binary<Mul>("mul", "out = a * b"));
  v.push_back(binary<Max>("max", "out = max(a, b)"));
  v.push_back(scale());
  v.push_back(relu());
  // gelu, tanh form: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))): ~8 multiplies/adds + tanh (~6).
  v.push_back(activation<geluOf>("gelu", "out = gelu(a), tanh approximation", 14));
  // silu: x / (1 + exp(-x)): exp (~6) + add + divide (~2).
  v.push_back(activation<siluOf>("silu", "out = a * sigmoid(a)", 9));
  v.push_back(activation<expOf>("exp", "out = exp(a)", 6));
}

}  // namespace datosim::kernels
