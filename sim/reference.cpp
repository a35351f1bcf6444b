#include "sim/reference.h"

#include <cmath>
#include <limits>

#include "ir/kernels.h"
#include "kernels/kernel.h"

namespace datosim::sim {

std::vector<data::Buffer> makeTensorBuffers(const ir::Graph& g) {
  std::vector<data::Buffer> v;
  v.reserve(g.tensors.size());
  for (const ir::Tensor& t : g.tensors) v.emplace_back(t.dtype, t.shape);
  return v;
}

std::int64_t globalTensorBytes(const ir::Graph& g) {
  std::int64_t total = 0;
  for (const ir::Tensor& t : g.tensors) {
    const std::int64_t b = ir::tileBytes(t.dtype, t.shape);
    total = b > std::numeric_limits<std::int64_t>::max() - total ? std::numeric_limits<std::int64_t>::max() : total + b;
  }
  return total;
}

namespace {

data::Buffer& operandBuffer(const ir::RefOperand& o, std::vector<data::Buffer>& tensors,
                            std::vector<data::Buffer>& temps) {
  return o.temp ? temps[static_cast<std::size_t>(o.index)] : tensors[static_cast<std::size_t>(o.index)];
}

bool sameOperand(const ir::RefOperand& a, const ir::RefOperand& b) { return a.temp == b.temp && a.index == b.index; }

// One step, possibly batched: the kernel runs on each batch index's trailing sub-tensors.
std::string runStep(const ir::RefStep& st, std::vector<data::Buffer>& tensors, std::vector<data::Buffer>& temps) {
  const ir::KernelInfo* info = st.info ? st.info : kernels::findKernel(st.kernel);
  if (!info) return "unknown kernel '" + st.kernel + "'";
  data::Buffer& out = operandBuffer(st.out, tensors, temps);
  if (st.batch == 0) {
    std::vector<const data::Buffer*> ins;
    for (const ir::RefOperand& o : st.ins) ins.push_back(&operandBuffer(o, tensors, temps));
    return kernels::runKernel(*info, ins, out, st.accumulate, st.attrs);
  }
  const auto b = static_cast<std::size_t>(st.batch);
  if (out.shape().size() < b) return "'batch' exceeds the output's rank";
  const ir::Shape batchDims(out.shape().begin(), out.shape().begin() + st.batch);
  // Sub-buffers: one per distinct operand (an input that is the output shares the output's, so the
  // kernel sees the aliasing it handles).
  std::vector<ir::RefOperand> distinct{st.out};
  std::vector<data::Buffer> subs;
  std::vector<std::size_t> inSub;
  auto subOf = [&](const data::Buffer& whole) {
    return data::Buffer(whole.dtype(), ir::Shape(whole.shape().begin() + st.batch, whole.shape().end()));
  };
  subs.push_back(subOf(out));
  for (const ir::RefOperand& o : st.ins) {
    std::size_t k = 0;
    while (k < distinct.size() && !sameOperand(distinct[k], o)) ++k;
    if (k == distinct.size()) {
      const data::Buffer& whole = operandBuffer(o, tensors, temps);
      if (whole.shape().size() < b || !std::equal(batchDims.begin(), batchDims.end(), whole.shape().begin()))
        return "the batch dimensions of the operands differ";
      distinct.push_back(o);
      subs.push_back(subOf(whole));
    }
    inSub.push_back(k);
  }
  std::vector<const data::Buffer*> ins;
  for (std::size_t k : inSub) ins.push_back(&subs[k]);
  ir::Shape index(b, 0);
  const std::int64_t n = ir::numElements(batchDims);
  for (std::int64_t flat = 0; flat < n; ++flat) {
    ir::Shape offset = index;
    for (std::size_t k = 0; k < distinct.size(); ++k) {
      const data::Buffer& whole = operandBuffer(distinct[k], tensors, temps);
      offset.resize(whole.shape().size(), 0);
      std::string e = data::copyTileOut(whole, offset, subs[k]);
      if (!e.empty()) return e;
      offset.resize(b);
    }
    std::string e = kernels::runKernel(*info, ins, subs[0], st.accumulate, st.attrs);
    if (!e.empty()) return e;
    offset.resize(out.shape().size(), 0);
    e = data::copyTileIn(out, offset, subs[0]);
    if (!e.empty()) return e;
    for (std::size_t d = b; d-- > 0;) {  // next batch index, row-major
      if (++index[d] < batchDims[d]) break;
      index[d] = 0;
    }
  }
  return "";
}

}  // namespace

std::string runReference(const ir::Graph& g, std::vector<data::Buffer>& tensors) {
  const ir::Reference& r = g.reference;
  if (!r.present) return g.file + ": the graph has no reference section";
  if (tensors.size() != g.tensors.size()) return g.file + ": one buffer per global tensor is needed";
  std::vector<data::Buffer> temps;
  temps.reserve(r.temps.size());
  for (const ir::RefTensor& t : r.temps) {
    temps.emplace_back(t.dtype, t.shape);
    if (!t.init) continue;
    // Each element from its indices, in row-major order.
    data::Buffer& b = temps.back();
    ir::Shape index(t.shape.size(), 0);
    for (std::int64_t i = 0; i < b.size(); ++i) {
      std::int64_t v = 0;
      try {
        v = ir::eval(*t.init, index.data());
      } catch (const ir::EvalError& x) {
        std::string at;
        for (std::size_t d = 0; d < index.size(); ++d) at += (d ? ", " : "") + std::to_string(index[d]);
        return t.loc.child("init").str() + ": " + x.what() + " at [" + at + "] of reference tensor '" + t.name + "'";
      }
      if (b.isFloat())
        b.set(i, static_cast<double>(v));
      else
        b.setInt(i, v);
      for (std::size_t d = index.size(); d-- > 0;) {
        if (++index[d] < t.shape[d]) break;
        index[d] = 0;
      }
    }
  }
  for (const ir::RefStep& st : r.steps) {
    auto valid = [&](const ir::RefOperand& o) {
      return o.index >= 0 && static_cast<std::size_t>(o.index) < (o.temp ? temps.size() : tensors.size());
    };
    bool ok = valid(st.out);
    for (const ir::RefOperand& o : st.ins) ok = ok && valid(o);
    if (!ok) return st.loc.str() + ": a reference step names an operand that does not exist";
    std::string e = runStep(st, tensors, temps);
    if (!e.empty()) return st.loc.str() + ": reference step '" + st.kernel + "': " + e;
  }
  return "";
}

double defaultRtol(ir::DType dtype) {
  if (dtype == ir::DType::F32) return 1e-5;
  if (dtype == ir::DType::BF16) return 1.0 / 128;
  return 0;
}

Tolerance toleranceFor(const ir::Reference& ref, const data::Buffer& expected) {
  Tolerance t;
  t.rtol = ref.rtol >= 0 ? ref.rtol : defaultRtol(expected.dtype());
  if (ref.atol >= 0) {
    t.atol = ref.atol;
    return t;
  }
  double scale = 0;
  for (std::int64_t i = 0; i < expected.size(); ++i) {
    const double v = std::fabs(expected.get(i));
    if (std::isfinite(v) && v > scale) scale = v;
  }
  t.atol = t.rtol * scale;
  return t;
}

CheckResult compareWithReference(const ir::Graph& g, const std::vector<data::Buffer>& expected,
                                 const std::vector<data::Buffer>& actual) {
  CheckResult res;
  const double inf = std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < g.tensors.size() && i < expected.size() && i < actual.size(); ++i) {
    const ir::Tensor& t = g.tensors[i];
    if (t.role == ir::TensorRole::Input) continue;
    const data::Buffer &e = expected[i], &a = actual[i];
    TensorCheck c;
    c.name = t.name;
    c.dtype = t.dtype;
    c.tol = toleranceFor(g.reference, e);
    if (e.shape() != a.shape() || e.dtype() != a.dtype()) {
      c.passed = false;
      c.mismatches = e.size();
      c.maxAbsError = inf;
      res.tensors.push_back(c);
      res.passed = false;
      continue;
    }
    std::int64_t first = -1;
    for (std::int64_t k = 0; k < e.size(); ++k) {
      const double ev = e.get(k), av = a.get(k);
      double diff = 0;
      bool ok;
      if (std::isnan(ev) || std::isnan(av)) {
        ok = std::isnan(ev) && std::isnan(av);
        diff = ok ? 0 : inf;
      } else if (std::isinf(ev) || std::isinf(av)) {
        ok = ev == av;
        diff = ok ? 0 : inf;
      } else {
        diff = std::fabs(av - ev);
        ok = diff <= c.tol.atol + c.tol.rtol * std::fabs(ev);
      }
      c.maxAbsError = std::max(c.maxAbsError, diff);
      if (ev != 0 && !std::isnan(ev)) c.maxRelError = std::max(c.maxRelError, diff / std::fabs(ev));
      if (ok) continue;
      ++c.mismatches;
      if (first < 0) {
        first = k;
        c.firstExpected = ev;
        c.firstActual = av;
      }
    }
    if (first >= 0) {
      c.passed = false;
      res.passed = false;
      c.firstMismatch.assign(t.shape.size(), 0);
      std::int64_t rest = first;
      for (std::size_t d = t.shape.size(); d-- > 0;) {
        c.firstMismatch[d] = rest % t.shape[d];
        rest /= t.shape[d];
      }
    }
    res.tensors.push_back(c);
  }
  return res;
}

}  // namespace datosim::sim
