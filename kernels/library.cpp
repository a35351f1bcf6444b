// The table of built-in kernels and what every kernel shares: the checks of operand count and
// attributes, the work its cost class counts, running a reference implementation and the dispatch of
// a backend's call to the kernel's definition.
#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "kernels/define.h"

namespace datosim::kernels {

namespace {

/// `custom`: an opaque step costed by its `cycles`; the user's code on the backends.
Kernel custom() {
  Kernel k = define("custom", "an opaque step whose cost is given by 'cycles'; operands only order the data",
                    ir::KernelClass::Custom, 0, 8);
  k.info.hasOut = false;
  return k;
}

std::vector<Kernel> makeLibrary() {
  std::vector<Kernel> v;
  addMacKernels(v);
  addElementwiseKernels(v);
  addRowKernels(v);
  addReductionKernels(v);
  addMoveKernels(v);
  v.push_back(custom());
  std::sort(v.begin(), v.end(), [](const Kernel& a, const Kernel& b) { return a.info.name < b.info.name; });
  for (std::size_t i = 0; i < v.size(); ++i) {
    v[i].info.index = i;
    if (i > 0 && v[i].info.name == v[i - 1].info.name)
      throw std::logic_error("two built-in kernels are named '" + v[i].info.name + "'");
  }
  return v;
}

ir::LocalVar operand(const char* name, const data::Buffer& b) {
  ir::LocalVar v;
  v.name = name;
  v.dtype = b.dtype();
  v.shape = b.shape();
  return v;
}

}  // namespace

Kernel define(std::string name, std::string summary, ir::KernelClass cls, int minIns, int maxIns, int opsPerElement) {
  Kernel k;
  k.info.name = std::move(name);
  k.info.summary = std::move(summary);
  k.info.cls = cls;
  k.info.minIns = minIns;
  k.info.maxIns = maxIns;
  k.info.opsPerElement = opsPerElement;
  return k;
}

const std::vector<Kernel>& library() {
  static const std::vector<Kernel> k = makeLibrary();
  return k;
}

const Kernel* find(std::string_view name) {
  for (const Kernel& k : library())
    if (k.info.name == name) return &k;
  return nullptr;
}

const ir::KernelInfo* findKernel(std::string_view name) {
  const Kernel* k = find(name);
  return k ? &k->info : nullptr;
}

const Kernel& of(const ir::KernelInfo& info) { return library().at(info.index); }

const ir::KernelInfo* infoOf(const ir::ComputeStmt& c) { return c.info ? c.info : findKernel(c.kernel); }

// ---- checks and work ----

std::string desc(const ir::LocalVar& v) {
  return "'" + v.name + "' (" + ir::dtypeName(v.dtype) + " " + ir::shapeString(v.shape) + ")";
}

std::string checkSameShape(const ir::KernelInfo& k, const Operands& ins, const ir::LocalVar& out, bool allowScalarBroadcast,
                           bool sameDType) {
  for (const ir::LocalVar* in : ins) {
    const bool ok = in->shape == out.shape || (allowScalarBroadcast && in->shape.empty());
    if (!ok)
      return k.name + " needs operands of the output's shape " + ir::shapeString(out.shape) +
             (allowScalarBroadcast ? " (or scalars)" : "") + ", found " + desc(*in);
    if (sameDType && in->dtype != out.dtype)
      return k.name + " needs operands of the output's dtype " + ir::dtypeName(out.dtype) + ", found " + desc(*in);
  }
  return "";
}

std::string checkFloatOut(const ir::KernelInfo& k, const ir::LocalVar& out) {
  return ir::isFloat(out.dtype) ? "" : k.name + " needs a floating-point dtype (bf16 or f32), found " + desc(out);
}

std::string check(const ir::KernelInfo& k, const Operands& ins, const ir::LocalVar* out, const ir::KernelAttrs& attrs) {
  const int n = static_cast<int>(ins.size());
  if (n < k.minIns || n > k.maxIns) {
    const std::string want =
        k.minIns == k.maxIns ? std::to_string(k.minIns) : std::to_string(k.minIns) + " to " + std::to_string(k.maxIns);
    return k.name + " takes " + want + " input(s), found " + std::to_string(n);
  }
  for (const std::string& a : k.requiredAttrs)
    if (!attrs.count(a)) return k.name + " needs attribute '" + a + "'";
  for (const auto& kv : attrs) {
    const bool known = std::count(k.requiredAttrs.begin(), k.requiredAttrs.end(), kv.first) ||
                       std::count(k.optionalAttrs.begin(), k.optionalAttrs.end(), kv.first);
    if (!known) return k.name + " has no attribute '" + kv.first + "'";
  }
  const Kernel& def = of(k);
  if (!def.check) return "";
  if (!out) return k.name + " needs an output";
  return def.check(k, ins, *out, attrs);
}

ir::KernelWork work(const ir::KernelInfo& k, const Operands& ins, const ir::LocalVar* out, const ir::KernelAttrs&) {
  ir::KernelWork w;
  w.dtype = out ? out->dtype : ir::DType::I32;
  w.elements = out ? ir::numElements(out->shape) : 0;
  switch (k.cls) {
    case ir::KernelClass::Mac:
      w.mac = ir::MacType(ins[0]->dtype, ins[1]->dtype);
      w.dtype = w.mac.wide();
      w.macs = ir::numElements(out->shape);
      break;
    case ir::KernelClass::Vector: w.vectorOps = w.elements * k.opsPerElement; break;
    case ir::KernelClass::Reduction:
      w.dtype = ins[0]->dtype;
      w.vectorOps = ir::numElements(ins[0]->shape);
      break;
    case ir::KernelClass::Move:
    case ir::KernelClass::Custom: break;
  }
  if (const Kernel& def = of(k); def.work) def.work(ins, out, w);
  return w;
}

bool readsOut(const ir::ComputeStmt& c) {
  const ir::KernelInfo* info = infoOf(c);
  return c.out >= 0 && (c.accumulate || (info && info->readsOut));
}

// ---- reference implementations ----

std::string runKernel(const ir::KernelInfo& k, const Inputs& ins, data::Buffer& out, bool accumulate,
                      const ir::KernelAttrs& attrs) {
  const Kernel& def = of(k);
  if (!def.reference)
    return k.cls == ir::KernelClass::Custom ? "" : "kernel '" + k.name + "' has no reference implementation";
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
  Operands varPtrs;
  for (const ir::LocalVar& v : vars) varPtrs.push_back(&v);
  const ir::LocalVar outVar = operand("out", out);
  std::string err = check(k, varPtrs, &outVar, attrs);
  if (!err.empty()) return err;
  runChecked(def.reference, ins, out, accumulate, attrs);
  return "";
}

std::string runKernel(const std::string& name, const Inputs& ins, data::Buffer& out, bool accumulate,
                      const ir::KernelAttrs& attrs) {
  const ir::KernelInfo* k = findKernel(name);
  if (!k) return "no such kernel '" + name + "'";
  return runKernel(*k, ins, out, accumulate, attrs);
}

void runChecked(Reference impl, const Inputs& ins, data::Buffer& out, bool accumulate, const ir::KernelAttrs& attrs) {
  // An input that is the output buffer itself is read from a copy taken before anything is written.
  if (std::find(ins.begin(), ins.end(), &out) == ins.end()) {
    impl(ins, out, accumulate, attrs);
    return;
  }
  const data::Buffer outCopy = out;
  Inputs args = ins;
  for (const data::Buffer*& in : args)
    if (in == &out) in = &outCopy;
  impl(args, out, accumulate, attrs);
}

std::vector<std::string> referenceKernelNames() {
  std::vector<std::string> names;
  for (const Kernel& k : library())
    if (k.reference) names.push_back(k.info.name);
  return names;
}

// ---- code for the backends ----

std::string elems(const ir::LocalVar& v) { return num(std::max<std::int64_t>(1, ir::numElements(v.shape))); }

std::string scalarFlag(const Call& call, std::size_t i) {
  return call.ins[i]->shape.empty() && !call.out.shape.empty() ? "true" : "false";
}

std::string libraryCall(const Call& call) {
  const ir::KernelInfo* info = infoOf(call.c);
  if (!info) return "";
  const Kernel& k = of(*info);
  return k.libraryCall ? k.libraryCall(call) : "";
}

std::string cppDouble(double v) {
  char b[64];
  std::snprintf(b, sizeof b, "%.17g", v);
  std::string s = b;
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

}  // namespace datosim::kernels
