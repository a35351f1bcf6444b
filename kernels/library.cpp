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

std::string planBroadcast(const std::string& why, const std::vector<ir::Shape>& ins, const ir::Shape& out, Broadcast& plan,
                          const std::vector<std::string>& names, const std::string& outName) {
  const std::size_t rank = out.size();
  auto shapeText = [](const ir::Shape& sh) { return sh.empty() ? std::string("a scalar") : ir::shapeString(sh); };
  auto name = [&](std::size_t k) {
    return k < names.size() ? names[k] : "operand " + std::to_string(k) + " (" + shapeText(ins[k]) + ")";
  };
  const std::string outText = outName.empty() ? "the output (" + shapeText(out) + ")" : "the output " + outName;
  // Per output axis (outermost first): the output's extent and each operand's stride along it.
  std::vector<std::int64_t> dims(out.begin(), out.end());
  std::vector<std::vector<std::int64_t>> strides(ins.size(), std::vector<std::int64_t>(rank, 0));
  for (std::size_t k = 0; k < ins.size(); ++k) {
    const ir::Shape& in = ins[k];
    if (in.empty()) continue;  // a scalar: stride 0 everywhere
    if (in.size() > rank)
      return why + ": " + name(k) + " has more axes than " + outText;
    std::int64_t stride = 1;
    for (std::size_t j = 0; j < in.size(); ++j) {
      const std::size_t a = rank - 1 - j, b = in.size() - 1 - j;
      if (in[b] == out[a]) {
        strides[k][a] = out[a] == 1 ? 0 : stride;
      } else if (in[b] != 1) {
        return why + ": " + name(k) + " does not broadcast to " + outText +
               " (each of its axes, aligned to the output's last ones, must be the output's extent or 1)";
      }
      stride *= in[b];
    }
  }
  // Merge neighbouring axes along which every operand moves contiguously (or stays), drop extents of 1.
  std::vector<std::int64_t> d;
  std::vector<std::vector<std::int64_t>> s(ins.size());
  for (std::size_t a = 0; a < rank; ++a) {
    if (dims[a] == 1) continue;
    bool merge = !d.empty();
    for (std::size_t k = 0; k < ins.size() && merge; ++k) {
      const std::int64_t outer = s[k].back(), inner = strides[k][a];
      merge = (outer == 0 && inner == 0) || (outer != 0 && inner != 0 && outer == inner * dims[a]);
    }
    if (merge) {
      d.back() *= dims[a];
      for (std::size_t k = 0; k < ins.size(); ++k) s[k].back() = strides[k][a];
    } else {
      d.push_back(dims[a]);
      for (std::size_t k = 0; k < ins.size(); ++k) s[k].push_back(strides[k][a]);
    }
  }
  if (d.size() > 3)
    return why + ": " + [&] {
      std::string l;
      for (std::size_t k = 0; k < ins.size(); ++k) l += (k ? " and " : "") + name(k);
      return l;
    }() + " broadcast to " + outText + " in " + std::to_string(d.size()) +
           " alternating runs of axes; at most 3 are supported (split the step, or reshape the operands)";
  plan = Broadcast{};
  plan.strides.assign(ins.size(), {0, 0, 0});
  const std::size_t pad = 3 - d.size();
  for (std::size_t j = 0; j < d.size(); ++j) {
    plan.dims[pad + j] = d[j];
    for (std::size_t k = 0; k < ins.size(); ++k) plan.strides[k][pad + j] = s[k][j];
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
