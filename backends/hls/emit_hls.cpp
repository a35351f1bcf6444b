#include "backends/hls/emit_hls.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "arch/family.h"
#include "arch/fpga/fpga.h"
#include "backends/common/locals.h"
#include "backends/hls/runtime_files.h"
#include "data/npy.h"
#include "ir/kernels.h"
#include "kernels/kernel.h"
#include "ir/visit.h"

namespace datosim::backends::hls {

namespace {

// ---- types ----

const char* dtTag(ir::DType t) {
  switch (t) {
    case ir::DType::I4: return "dsim::dt_i4";
    case ir::DType::I8: return "dsim::dt_i8";
    case ir::DType::I16: return "dsim::dt_i16";
    case ir::DType::I32: return "dsim::dt_i32";
    case ir::DType::BF16: return "dsim::dt_bf16";
    case ir::DType::F32: return "dsim::dt_f32";
  }
  return "?";
}

/// The C type of a local or a token element.
std::string cType(ir::DType t) {
  switch (t) {
    case ir::DType::I4: return "ap_int<4>";
    case ir::DType::I8: return "ap_int<8>";
    case ir::DType::I16: return "ap_int<16>";
    case ir::DType::I32: return "ap_int<32>";
    case ir::DType::BF16:
    case ir::DType::F32: return "float";
  }
  return "?";
}

/// The C type of an element in device memory (an m_axi port).
std::string memType(ir::DType t) { return t == ir::DType::BF16 ? "ap_uint<16>" : cType(t); }

std::string num(std::int64_t v) {
  if (v >= -2147483647LL && v <= 2147483647LL) return std::to_string(v);
  return std::to_string(v) + "LL";
}

std::string shapeComment(ir::DType t, const ir::Shape& s) {
  return std::string(ir::dtypeName(t)) + " " + ir::shapeString(s);
}

std::string safe(const std::string& text) { return commentSafe(text); }

/// A C string literal of `text` (quotes, backslashes and control characters escaped).
std::string cString(const std::string& text) {
  std::string s = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      s += '\\';
      s += c;
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      char b[8];
      std::snprintf(b, sizeof b, "\\%03o", static_cast<unsigned char>(c));
      s += b;
    } else {
      s += c;
    }
  }
  return s + "\"";
}

std::string join(const std::vector<std::string>& v, const std::string& sep) {
  std::string s;
  for (std::size_t i = 0; i < v.size(); ++i) s += (i ? sep : "") + v[i];
  return s;
}

std::string indent(int depth) { return std::string(static_cast<std::size_t>(depth) * 2, ' '); }

std::string tokenType(const ir::StreamDecl& d) {
  return "dsim::tile<" + cType(d.dtype) + ", " + std::to_string(std::max<std::int64_t>(1, ir::numElements(d.tile))) + ">";
}

std::string streamType(const ir::StreamDecl& d) {
  return "hls::stream<" + tokenType(d) + ", " + std::to_string(d.depth) + ">";
}

/// "fifo_A[1][2]" -> "fifo_A_1_2"
std::string streamIdent(const std::string& instName) {
  std::string s;
  for (char c : instName) {
    if (c == ']') continue;
    s += c == '[' ? '_' : c;
  }
  return s;
}

// ---- one instance's function ----

// Where a statement's C++ goes: the stream, its indentation, and whether it is inside a pipelined loop.
struct Out {
  std::ostringstream& os;
  int depth;
  bool inPipeline;
};

class InstanceEmitter : private ir::StmtVisitor<Out> {
 public:
  InstanceEmitter(const ir::Graph& g, const ir::Instance& inst, Diagnostics& diags,
                  const std::vector<std::string>& streamNames, std::vector<std::string>& customCalls)
      : g_(g), inst_(inst), task_(g.tasks[static_cast<std::size_t>(inst.task)]), diags_(diags),
        streamNames_(streamNames), customCalls_(customCalls) {}

  /// The parameter list and the body (without the function's name), for sharing identical ones.
  /// `portOf(tensor)`: the top-level port this instance reaches the tensor through (its own: an m_axi
  /// argument may be used by one dataflow process only, Vitis HLS 200-977).
  template <typename PortOf>
  void emit(std::string& params, std::string& body, std::vector<std::string>& callArgs, PortOf portOf) {
    // Streams first (ascending StreamInst id), then the task's arguments.
    std::vector<int> streams = inst_.inStreams;
    streams.insert(streams.end(), inst_.outStreams.begin(), inst_.outStreams.end());
    std::sort(streams.begin(), streams.end());
    streams.erase(std::unique(streams.begin(), streams.end()), streams.end());
    std::vector<std::string> ps;
    for (int s : streams) {
      const ir::StreamInst& si = g_.streamInsts[static_cast<std::size_t>(s)];
      const std::string name = names_.take(streamNames_[static_cast<std::size_t>(s)]);
      streamParam_[s] = name;
      ps.push_back(streamType(g_.streams[static_cast<std::size_t>(si.decl)]) + "& " + name);
      callArgs.push_back(streamNames_[static_cast<std::size_t>(s)]);
    }
    std::set<int> used;  // the arguments the body loads or stores
    ir::forEachStmt(inst_.body, [&](const ir::Stmt& s) {
      if (const auto* ld = std::get_if<ir::LoadStmt>(&s.node)) used.insert(ld->arg);
      if (const auto* st = std::get_if<ir::StoreStmt>(&s.node)) used.insert(st->arg);
    });
    for (std::size_t a = 0; a < task_.args.size(); ++a) {
      const ir::TaskArg& arg = task_.args[a];
      const ir::Tensor& t = g_.tensors[static_cast<std::size_t>(arg.tensor)];
      if (!used.count(static_cast<int>(a))) {
        argParam_.push_back("");
        continue;
      }
      const std::string name = names_.take(arg.name);
      argParam_.push_back(name);
      ps.push_back(std::string(t.role == ir::TensorRole::Input ? "const " : "") + memType(t.dtype) + "* " + name);
      callArgs.push_back(portOf(arg.tensor));
    }
    for (std::size_t i = 0; i < ps.size(); ++i) params += (i ? ", " : "") + ps[i];

    std::ostringstream os;
    for (const ir::LocalVar& lv : task_.locals) {
      const std::string name = names_.take(lv.name);
      localName_.push_back(name);
      os << "  " << cType(lv.dtype) << " " << name << "[" << std::max<std::int64_t>(1, ir::numElements(lv.shape))
         << "];  // " << safe(lv.name) << ": " << shapeComment(lv.dtype, lv.shape) << "\n";
    }
    // Task variables (run-time control): frame slots 0..vars-1, each starting at 0 as in datosim's run.
    for (std::size_t v = 0; v < task_.vars.size(); ++v) {
      const ir::TaskVar& tv = task_.vars[v];
      const std::string name = names_.take(tv.name);
      slotName_[static_cast<int>(v)] = name;
      os << "  long long " << name << " = 0;  // task variable " << safe(tv.name) << ", in [0, " << num(tv.extent) << ")\n";
    }
    // Locals the program may read before writing them start at zero, as in datosim's run (every call of
    // the kernel: a local array keeps its contents between calls in hardware).
    for (int l : readBeforeWritten(inst_.body)) {
      const ir::LocalVar& lv = task_.locals[static_cast<std::size_t>(l)];
      os << "  dsim::zero<" << dtTag(lv.dtype) << ", " << std::max<std::int64_t>(1, ir::numElements(lv.shape)) << ">("
         << localName_[static_cast<std::size_t>(l)] << ");  // " << safe(lv.name) << " is read before it is written: datosim's locals start at zero\n";
    }
    std::ostringstream code;
    block(inst_.body, code, 1, false);
    // Tables read at run time: a constant array each (a ROM in HLS), declared before the statements.
    for (const auto& [cname, t] : tables_) {
      os << "  static const long long " << cname << "[" << t->values.size() << "] = {";
      for (std::size_t i = 0; i < t->values.size(); ++i) {
        if (i % 16 == 0) os << "\n     ";
        os << " " << num(t->values[i]) << (i + 1 < t->values.size() ? "," : "");
      }
      os << "};  // table " << safe(t->name) << "\n";
    }
    body = os.str() + code.str();
  }

 private:
  const ir::Graph& g_;
  const ir::Instance& inst_;
  const ir::Task& task_;
  Diagnostics& diags_;
  const std::vector<std::string>& streamNames_;
  std::vector<std::string>& customCalls_;
  Names names_;
  std::map<int, std::string> streamParam_;
  std::vector<std::string> argParam_, localName_;
  std::map<int, std::string> slotName_;
  int neverRuns_ = 0;  // > 0 inside a loop of no iterations for this instance
  std::map<std::string, ir::TablePtr> tables_;  // C name -> table, those the body reads at run time
  std::map<const ir::Table*, std::string> tableName_;

  std::string tableName(const ir::Expr& e) {
    if (!e.table) return "0 /* unbound table */";
    auto it = tableName_.find(e.table.get());
    if (it != tableName_.end()) return it->second;
    const std::string n = names_.take(e.table->name);
    tableName_[e.table.get()] = n;
    tables_[n] = e.table;
    return n;
  }
  int temps_ = 0;

  const ir::LocalVar& local(int i) const { return task_.locals[static_cast<std::size_t>(i)]; }

  std::string expr(const ir::Expr& e) {
    using ir::ExprOp;
    auto a = [&](std::size_t i) { return expr(*e.args[i]); };
    switch (e.op) {
      case ExprOp::Const: return e.value < 0 ? "(" + num(e.value) + ")" : num(e.value);
      case ExprOp::Var: {
        auto it = slotName_.find(e.slot);
        if (it != slotName_.end()) return it->second;
        return "0 /* unbound " + e.name + " */";
      }
      case ExprOp::Neg: return "(-" + a(0) + ")";
      case ExprOp::Not: return "(!" + a(0) + ")";
      case ExprOp::Add: return "(" + a(0) + " + " + a(1) + ")";
      case ExprOp::Sub: return "(" + a(0) + " - " + a(1) + ")";
      case ExprOp::Mul: return "(" + a(0) + " * " + a(1) + ")";
      case ExprOp::Div: return "dsim::fdiv(" + a(0) + ", " + a(1) + ")";
      case ExprOp::Mod: return "dsim::fmod(" + a(0) + ", " + a(1) + ")";
      case ExprOp::Lt: return "(" + a(0) + " < " + a(1) + ")";
      case ExprOp::Le: return "(" + a(0) + " <= " + a(1) + ")";
      case ExprOp::Gt: return "(" + a(0) + " > " + a(1) + ")";
      case ExprOp::Ge: return "(" + a(0) + " >= " + a(1) + ")";
      case ExprOp::Eq: return "(" + a(0) + " == " + a(1) + ")";
      case ExprOp::Ne: return "(" + a(0) + " != " + a(1) + ")";
      case ExprOp::And: return "(" + a(0) + " && " + a(1) + ")";
      case ExprOp::Or: return "(" + a(0) + " || " + a(1) + ")";
      case ExprOp::Min: return "dsim::imin(" + a(0) + ", " + a(1) + ")";
      case ExprOp::Max: return "dsim::imax(" + a(0) + ", " + a(1) + ")";
      case ExprOp::Select: return "(" + a(0) + " ? " + a(1) + " : " + a(2) + ")";
      case ExprOp::Index: return tableName(e) + "[" + a(0) + "]";
      case ExprOp::Reduce: break;  // bound to a constant by the frontend
    }
    return "0";
  }

  void block(const ir::Block& b, std::ostringstream& os, int depth, bool inPipeline) {
    Out o{os, depth, inPipeline};
    for (const ir::Stmt& s : b) visit(s, o);
  }

  // One statement of the body as C++ (ir::StmtVisitor: one method per kind).
  void on(const ir::Stmt&, const ir::ForStmt& f, Out& o) override {
    const std::string in = indent(o.depth);
    const std::string v = names_.take(f.var);
    slotName_[f.slot] = v;
    o.os << in << "for (long long " << v << " = " << expr(*f.lo) << "; " << v << " < " << expr(*f.hi) << "; " << v
         << " += " << expr(*f.step) << ") {\n";
    if (f.ii) {
      if (f.ii->isConst())
        o.os << in << "#pragma HLS pipeline II=" << f.ii->value << "\n";
      else
        o.os << in << "#pragma HLS pipeline  // the graph's II (" << ir::toString(*f.ii)
             << ") depends on an enclosing loop: HLS takes one constant\n";
    }
    const bool empty = f.lo->isConst() && f.hi->isConst() && f.hi->value <= f.lo->value;
    neverRuns_ += empty;
    block(f.body, o.os, o.depth + 1, o.inPipeline || f.ii != nullptr);
    neverRuns_ -= empty;
    o.os << in << "}\n";
  }
  void on(const ir::Stmt&, const ir::IfStmt& br, Out& o) override {
    const std::string in = indent(o.depth);
    for (std::size_t i = 0; i < br.branches.size(); ++i) {
      o.os << (i ? " else if (" : in + "if (") << expr(*br.branches[i].first) << ") {\n";
      block(br.branches[i].second, o.os, o.depth + 1, o.inPipeline);
      o.os << in << "}";
    }
    if (!br.elseBody.empty()) {
      o.os << (br.branches.empty() ? in + "{\n" : " else {\n");
      block(br.elseBody, o.os, o.depth + 1, o.inPipeline);
      o.os << in << "}";
    }
    o.os << "\n";
  }
  void on(const ir::Stmt& s, const ir::GetStmt& get, Out& o) override {
    if (get.any >= 0) return getAny(s, get, o.os, o.depth);
    if (get.var >= 0) {
      const std::string v = slotName_.at(get.var), ext = num(var(get.var).extent), at = where(s);
      return streamOp(s, get.stream, true, o.os, o.depth, [&](const std::string& st) {
        return v + " = dsim::var_value(dsim::get_value(" + st + "), " + ext + ", " + at + ");";
      });
    }
    if (!get.at.empty()) return sliceOp(s, get.stream, true, get.local, get.at, o.os, o.depth, o.inPipeline);
    streamOp(s, get.stream, "get", localName_[static_cast<std::size_t>(get.local)], o.os, o.depth);
  }
  void on(const ir::Stmt& s, const ir::PutStmt& put, Out& o) override {
    if (put.value) {
      const ir::StreamDecl& d = g_.streams[static_cast<std::size_t>(put.stream.decl)];
      const std::int64_t hi = (std::int64_t{1} << (ir::dtypeBits(d.dtype) - 1)) - 1;
      const std::string v = expr(*put.value), range = num(-hi - 1) + ", " + num(hi), at = where(s);
      return streamOp(s, put.stream, false, o.os, o.depth, [&](const std::string& st) {
        return "dsim::put_value(" + st + ", " + v + ", " + range + ", " + at + ");";
      });
    }
    if (!put.at.empty()) return sliceOp(s, put.stream, false, put.local, put.at, o.os, o.depth, o.inPipeline);
    streamOp(s, put.stream, "put", localName_[static_cast<std::size_t>(put.local)], o.os, o.depth);
  }
  void on(const ir::Stmt&, const ir::LoadStmt& ld, Out& o) override {
    memOp(ld.arg, ld.at, ld.local, false, o.os, o.depth, o.inPipeline);
  }
  void on(const ir::Stmt&, const ir::StoreStmt& st, Out& o) override {
    memOp(st.arg, st.at, st.local, true, o.os, o.depth, o.inPipeline);
  }
  void on(const ir::Stmt& s, const ir::ComputeStmt& c, Out& o) override { compute(s, c, o.os, o.depth); }
  // while cond, at most `max` iterations: one more is datosim's run-time error, and the C simulation's.
  void on(const ir::Stmt& s, const ir::WhileStmt& w, Out& o) override {
    const std::string in = indent(o.depth), at = where(s);
    const std::string most = names_.take("while_max"), n = names_.take("while_n");
    o.os << in << "{  // while " << safe(ir::toString(*w.cond)) << ", at most " << safe(ir::toString(*w.max)) << " times\n"
         << in << "  const long long " << most << " = " << expr(*w.max) << ";\n";
    if (!w.max->isConst() || w.max->value < 0)
      o.os << in << "  if (" << most << " < 0) dsim::run_time_error(" << at << ", \"a while loop's 'max' is negative\", " << most
           << ");\n";
    o.os << in << "  for (long long " << n << " = 0;; ++" << n << ") {\n";
    if (w.max->isConst() && w.max->value >= 0)
      o.os << in << "    #pragma HLS loop_tripcount min=0 max=" << w.max->value << "\n";
    o.os << in << "    if (!" << expr(*w.cond) << ") break;\n"
         << in << "    if (" << n << " >= " << most << ") {  // the condition still holds after 'max' iterations\n"
         << in << "      dsim::run_time_error(" << at << ", \"a while loop's condition still holds after its 'max' iterations\", "
         << most << ");\n"
         << in << "      break;\n"
         << in << "    }\n";
    block(w.body, o.os, o.depth + 2, o.inPipeline);
    o.os << in << "  }\n" << in << "}\n";
  }
  void on(const ir::Stmt& s, const ir::SetStmt& st, Out& o) override {
    o.os << indent(o.depth) << slotName_.at(st.var) << " = dsim::var_value(" << expr(*st.value) << ", "
         << num(var(st.var).extent) << ", " << where(s) << ");\n";
  }

  // get_any (datosim's docs/graph-format.md): poll the streams the index names for each value of the
  // variable, in increasing order, with non-blocking reads, until one has a token; between rounds wait
  // (datosim's C simulation blocks there; synthesis polls). The variable takes the value whose stream
  // gave the token. datosim takes the token that became visible first; among tokens already waiting,
  // both take the lowest value's.
  void getAny(const ir::Stmt& s, const ir::GetStmt& get, std::ostringstream& os, int depth) {
    const std::string in = indent(depth), at = where(s);
    const ir::StreamDecl& d = g_.streams[static_cast<std::size_t>(get.stream.decl)];
    const std::string over = slotName_.at(get.any);
    const std::string chosen = names_.take("any_from"), tok = names_.take("any_tok");
    const std::int64_t extent = var(get.any).extent;
    os << in << "{  // get_any " << safe(d.name) << "[...] over " << safe(var(get.any).name) << "\n"
       << in << "  long long " << chosen << " = -1;\n"
       << in << "  " << tokenType(d) << " " << tok << ";\n"
       << in << "  for (;;) {\n";
    std::vector<std::string> waited;  // the streams of the wait, each once, in the order of the polls
    auto waitOn = [&](const std::string& st) {
      if (std::find(waited.begin(), waited.end(), st) == waited.end()) waited.push_back(st);
    };
    for (std::int64_t v = 0; v < extent; ++v) {
      const std::string poll = "if (" + chosen + " < 0 && ";
      const std::string took = ".read_nb(" + tok + ")) " + chosen + " = " + num(v) + ";";
      const int id = constantStream(get.stream, get.any, v);
      if (id >= 0) {
        const std::string& st = streamParam_.at(id);
        os << in << "    " << poll << st << took << "\n";
        waitOn(st);
        continue;
      }
      // The index also depends on other variables: the elements this instance reads, chosen at run time.
      os << in << "    if (" << chosen << " < 0) {\n" << in << "      " << over << " = " << num(v) << ";\n";
      streamOp(s, get.stream, true, os, depth + 3, [&](const std::string& st) {
        waitOn(st);
        return "if (" + st + took;
      });
      os << in << "    }\n";
    }
    os << in << "    if (" << chosen << " >= 0) break;\n"
       << in << "    dsim::wait_any(" << join(waited, ", ") << ");\n"
       << in << "  }\n"
       << in << "  " << over << " = " << chosen << ";\n";
    if (get.var >= 0)
      os << in << "  " << slotName_.at(get.var) << " = dsim::var_value(" << tok << ".v[0], " << num(var(get.var).extent)
         << ", " << at << ");\n";
    else
      os << in << "  dsim::untile(" << tok << ", " << localName_[static_cast<std::size_t>(get.local)] << ");\n";
    os << in << "}\n";
  }

  /// The stream instance `ref` names when variable `slot` is `v`, if its index depends on nothing else
  /// known only at run time and names an element this instance reads; -1 otherwise.
  int constantStream(const ir::StreamRef& ref, int slot, std::int64_t v) const {
    for (const ir::ExprPtr& e : ref.index)  // task-level names and loop variables share one namespace
      for (const std::string& name : ir::freeVars(*e))
        if (name != var(slot).name) return -1;
    std::vector<std::int64_t> frame(static_cast<std::size_t>(slot) + 1, 0);
    frame[static_cast<std::size_t>(slot)] = v;
    const ir::StreamDecl& d = g_.streams[static_cast<std::size_t>(ref.decl)];
    std::vector<std::int64_t> index;
    try {
      for (const ir::ExprPtr& e : ref.index) index.push_back(ir::eval(*e, frame.data()));
    } catch (const std::exception&) {
      return -1;
    }
    if (index.size() != d.dims.size()) return -1;
    for (std::size_t i = 0; i < index.size(); ++i)
      if (index[i] < 0 || index[i] >= d.dims[i]) return -1;
    const int id = g_.streamInstId(ref.decl, index);
    if (id < 0 || !streamParam_.count(id) ||
        g_.streamInsts[static_cast<std::size_t>(id)].consumer != g_.findInstance(inst_.name))
      return -1;
    return id;
  }

  const ir::TaskVar& var(int slot) const { return task_.vars[static_cast<std::size_t>(slot)]; }
  /// Where a run-time error of statement `s` happened, as a C string literal.
  std::string where(const ir::Stmt& s) const { return cString(s.loc.str() + " (instance " + inst_.name + ")"); }

  // A get into, or a put from, a block of a local (`at`): the token goes through a temporary of its own
  // shape, copied to or from its place in the local.
  void sliceOp(const ir::Stmt& s, const ir::StreamRef& ref, bool get, int localId, const std::vector<ir::ExprPtr>& at,
               std::ostringstream& os, int depth, bool inPipeline) {
    const std::string in = indent(depth);
    const ir::LocalVar& lv = local(localId);
    const std::string loc = localName_[static_cast<std::size_t>(localId)];
    const ir::Shape& tile = g_.streams[static_cast<std::size_t>(ref.decl)].tile;
    const std::size_t k = lv.shape.size(), lead = k - tile.size();
    os << in << "{  // " << (get ? "get into " : "put from ") << safe(lv.name) << "[";
    for (std::size_t d = 0; d < at.size(); ++d) os << (d ? ", " : "") << ir::toString(*at[d]);
    os << "] (token " << shapeComment(lv.dtype, tile) << ")\n";
    const std::string tok = names_.take("tok");
    os << in << "  " << cType(lv.dtype) << " " << tok << "[" << std::max<std::int64_t>(1, ir::numElements(tile)) << "];\n";
    std::vector<std::string> origin(k);
    for (std::size_t d = 0; d < k; ++d) {
      origin[d] = names_.take("o" + std::to_string(d));
      os << in << "  const long long " << origin[d] << " = " << expr(*at[d]) << ";\n";
    }
    std::vector<std::string> iv(tile.size());
    std::string tidx, lidx;
    for (std::size_t j = 0; j < tile.size(); ++j) {
      iv[j] = names_.take("i" + std::to_string(j));
      tidx = j == 0 ? iv[j] : "(" + tidx + ") * " + num(tile[j]) + " + " + iv[j];
    }
    for (std::size_t d = 0; d < k; ++d) {
      const std::string coord = d < lead ? origin[d] : "(" + origin[d] + " + " + iv[d - lead] + ")";
      lidx = d == 0 ? coord : "(" + lidx + ") * " + num(lv.shape[d]) + " + " + coord;
    }
    if (tile.empty()) tidx = "0";
    if (k == 0) lidx = "0";
    auto copy = [&](const std::string& body) {
      int dd = depth + 1;
      for (std::size_t j = 0; j < tile.size(); ++j, ++dd)
        os << indent(dd) << "for (int " << iv[j] << " = 0; " << iv[j] << " < " << tile[j] << "; ++" << iv[j] << ") {\n";
      if (!tile.empty() && !inPipeline) os << indent(dd) << "#pragma HLS pipeline II=1\n";
      os << indent(dd) << body << "\n";
      for (std::size_t j = tile.size(); j > 0; --j) os << indent(depth + static_cast<int>(j)) << "}\n";
    };
    if (get) {
      streamOp(s, ref, "get", tok, os, depth + 1);
      copy(loc + "[" + lidx + "] = " + tok + "[" + tidx + "];");
    } else {
      copy(tok + "[" + tidx + "] = " + loc + "[" + lidx + "];");
      streamOp(s, ref, "put", tok, os, depth + 1);
    }
    os << in << "}\n";
  }

  void streamOp(const ir::Stmt& s, const ir::StreamRef& ref, const char* op, const std::string& loc,
                std::ostringstream& os, int depth) {
    const std::string call = std::string("dsim::") + op + "(";
    streamOp(s, ref, std::string(op) == "get", os, depth,
             [&](const std::string& st) { return call + st + ", " + loc + ");"; });
  }
  /// `stmt(stream)` on the stream `ref` names: the one elaboration resolved, or a switch over the
  /// elements this instance reads (`reads`) or writes when the index is computed at run time.
  void streamOp(const ir::Stmt& s, const ir::StreamRef& ref, bool reads, std::ostringstream& os, int depth,
                const std::function<std::string(const std::string&)>& stmt) {
    const std::string in = indent(depth);
    const char* op = reads ? "get" : "put";
    if (ref.inst >= 0) {
      os << in << stmt(streamParam_.at(ref.inst)) << "\n";
      return;
    }
    // An index computed at run time: a switch over the elements this instance can reach.
    const ir::StreamDecl& d = g_.streams[static_cast<std::size_t>(ref.decl)];
    std::string flat;
    for (std::size_t i = 0; i < ref.index.size(); ++i)
      flat = i == 0 ? expr(*ref.index[i]) : "(" + flat + ") * " + num(d.dims[i]) + " + " + expr(*ref.index[i]);
    os << in << "switch (" << flat << ") {  // " << safe(d.name) << "[...] chosen at run time\n";
    bool any = false;
    for (const auto& [id, name] : streamParam_) {
      const ir::StreamInst& si = g_.streamInsts[static_cast<std::size_t>(id)];
      if (si.decl != ref.decl) continue;
      if (reads && si.consumer != g_.findInstance(inst_.name)) continue;
      if (!reads && si.producer != g_.findInstance(inst_.name)) continue;
      os << in << "  case " << num(ir::flatIndex(d.dims, si.index)) << ": " << stmt(name) << " break;\n";
      any = true;
    }
    os << in << "  default: break;  // datosim's run never reached another element\n" << in << "}\n";
    if (!any && !neverRuns_)  // a statement inside a loop of no iterations is never reached either
      diags_.warning(s.loc, "instance " + inst_.name + ": this " + op + " on '" + d.name +
                                "' reaches no stream element in datosim's elaboration; it is emitted as a switch with no case");
  }

  void memOp(int argId, const std::vector<ir::ExprPtr>& at, int localId, bool store, std::ostringstream& os, int depth,
             bool inPipeline) {
    const ir::TaskArg& arg = task_.args[static_cast<std::size_t>(argId)];
    const ir::Tensor& t = g_.tensors[static_cast<std::size_t>(arg.tensor)];
    const ir::LocalVar& lv = local(localId);
    const std::string in = indent(depth);
    const std::string ptr = argParam_[static_cast<std::size_t>(argId)];
    const std::string loc = localName_[static_cast<std::size_t>(localId)];
    const std::size_t n = t.shape.size(), k = lv.shape.size();
    os << in << "{  // " << (store ? "store " : "load ") << safe(arg.name) << "[";
    for (std::size_t d = 0; d < at.size(); ++d) os << (d ? ", " : "") << ir::toString(*at[d]);
    os << "] " << (store ? "<- " : "-> ") << safe(lv.name) << " (" << shapeComment(lv.dtype, lv.shape) << ")\n";
    // Origin of the tile in the global tensor: the instance's shard offset plus `at`.
    std::vector<std::string> origin(n);
    for (std::size_t d = 0; d < n; ++d) {
      std::int64_t shard = 0;
      if (d < arg.layout.size() && arg.layout[d].shard)
        shard = inst_.coords[static_cast<std::size_t>(arg.layout[d].axis)] * arg.localShape[d];
      const std::string a = d < at.size() ? expr(*at[d]) : "0";
      origin[d] = names_.take("o" + std::to_string(d));
      os << in << "  const long long " << origin[d] << " = " << (shard ? num(shard) + " + " : "") << a << ";\n";
    }
    std::vector<std::string> iv(k);
    std::string lidx, gidx;
    for (std::size_t j = 0; j < k; ++j) {
      iv[j] = names_.take("i" + std::to_string(j));
      lidx = j == 0 ? iv[j] : "(" + lidx + ") * " + num(lv.shape[j]) + " + " + iv[j];
    }
    for (std::size_t d = 0; d < n; ++d) {
      std::string coord = origin[d];
      if (d + k >= n) coord = "(" + origin[d] + " + " + iv[d + k - n] + ")";
      gidx = d == 0 ? coord : "(" + gidx + ") * " + num(t.shape[d]) + " + " + coord;
    }
    if (k == 0) lidx = "0";
    if (n == 0) gidx = "0";
    std::string body = store ? ptr + "[" + gidx + "] = " + dtTag(t.dtype) + "::to_mem(" + loc + "[" + lidx + "]);"
                             : loc + "[" + lidx + "] = " + dtTag(t.dtype) + "::from_mem(" + ptr + "[" + gidx + "]);";
    int dd = depth + 1;
    for (std::size_t j = 0; j < k; ++j, ++dd)
      os << indent(dd) << "for (int " << iv[j] << " = 0; " << iv[j] << " < " << lv.shape[j] << "; ++" << iv[j] << ") {\n";
    if (k > 0 && !inPipeline) os << indent(dd) << "#pragma HLS pipeline II=1\n";
    os << indent(dd) << body << "\n";
    for (std::size_t j = k; j > 0; --j) os << indent(--dd) << "}\n";
    os << in << "}\n";
  }

  void compute(const ir::Stmt& s, const ir::ComputeStmt& c, std::ostringstream& os, int depth) {
    const std::string in = indent(depth);
    const std::string& k = c.kernel;
    if (k == "custom") {
      const std::string fn = "custom_" + sanitizeIdentifier(task_.name) + "_" + std::to_string(customCalls_.size());
      std::string args, decl;
      std::vector<int> ops = c.ins;
      if (c.out >= 0) ops.push_back(c.out);
      for (std::size_t i = 0; i < ops.size(); ++i) {
        const ir::LocalVar& lv = local(ops[i]);
        args += (i ? ", " : "") + localName_[static_cast<std::size_t>(ops[i])];
        decl += (i ? ", " : "") + std::string(i + 1 == ops.size() && c.out >= 0 ? "" : "const ") + cType(lv.dtype) +
                " " + sanitizeIdentifier(lv.name) + "[" + std::to_string(std::max<std::int64_t>(1, ir::numElements(lv.shape))) + "]";
      }
      customCalls_.push_back("void " + fn + "(" + decl + ")|" + safe(s.loc.str()));
      os << in << fn << "(" << args << ");  // custom step: user code (src/custom_kernels.cpp)\n";
      return;
    }
    const ir::LocalVar* out = c.out >= 0 ? &local(c.out) : nullptr;
    if (!out) return;
    std::vector<std::string> ins;
    for (int i : c.ins) {
      std::string name = localName_[static_cast<std::size_t>(i)];
      if (i == c.out && !kernels::infoOf(c)->outMayAliasIn) {  // the kernel would overwrite what it still reads: read a copy
        const std::string tmp = names_.take(name + "_in" + std::to_string(temps_++));
        const ir::LocalVar& lv = local(i);
        const std::int64_t n = std::max<std::int64_t>(1, ir::numElements(lv.shape));
        os << in << cType(lv.dtype) << " " << tmp << "[" << n << "];\n"
           << in << "dsim::copy<" << dtTag(lv.dtype) << ", " << n << ">(" << name << ", " << tmp << ");\n";
        name = tmp;
      }
      ins.push_back(name);
    }
    std::vector<const ir::LocalVar*> operands;
    for (int i : c.ins) operands.push_back(&local(i));
    static const std::function<std::string(ir::DType)> tag = [](ir::DType t) { return std::string(dtTag(t)); };
    const std::string call =
        kernels::libraryCall(kernels::Call{c, operands, *out, ins, localName_[static_cast<std::size_t>(c.out)], tag});
    if (call.empty())
      diags_.error(s.loc, "kernel '" + k + "' has no HLS lowering in datosim's kernel library");
    else
      os << in << call << ";\n";
  }
};

// ---- project files ----

/// HBM[a:b] / DDR[i] for one tensor's channels.
std::string bankOf(const std::string& kind, const std::vector<int>& ch) {
  if (ch.empty()) return kind + "[0]";
  const auto [lo, hi] = std::minmax_element(ch.begin(), ch.end());
  return *lo == *hi ? kind + "[" + std::to_string(*lo) + "]" : kind + "[" + std::to_string(*lo) + ":" + std::to_string(*hi) + "]";
}

}  // namespace

bool targets(const ir::Arch& arch) {
  const arch::Family* f = arch::findFamily(arch.model);
  return f && f->emitTarget() == "hls";
}

Project emit(const EmitInput& in, Diagnostics& diags, std::vector<std::string>& userFiles) {
  const ir::Graph& g = *in.graph;
  const ir::Arch& arch = *in.arch;
  const ir::Mapping& m = *in.mapping;
  Project p;

  // What the project needs from the config.
  std::map<std::string, std::string> device;
  for (const char* key : {"part", "platform", "memory"}) {
    auto it = arch.device.find(key);
    if (it == arch.device.end()) {
      diags.error(SourceLoc{arch.file, "/device"}, std::string("the HLS backend needs the config's device.") + key +
                                                         " (a {\"value\", \"source\"} entry; docs/architectures.md)");
      continue;
    }
    const std::string& v = it->second.value;
    if (v.empty() || v.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-") != std::string::npos) {
      diags.error(it->second.loc, std::string("device.") + key + " '" + safe(v) +
                                      "' is not a plain name ([A-Za-z0-9_.-]); it is written into scripts and Makefiles");
      continue;
    }
    device[key] = v;
  }
  if (device.count("memory") && device["memory"] != "HBM" && device["memory"] != "DDR")
    diags.error(arch.device.at("memory").loc, "device.memory must be \"HBM\" or \"DDR\", found '" + device["memory"] + "'");
  const double clockMhz = arch::fpga::params(arch).clockMhz;  // validated: > 0

  Names top;
  const std::string topName = top.take(g.name);
  // Top-level ports: one per tensor and process that accesses it, all of a tensor in one m_axi bundle.
  std::vector<std::string> tensorParams;  // the tensor's name in the test bench, host and data files
  std::vector<std::vector<std::string>> ports(g.tensors.size());
  for (std::size_t t = 0; t < g.tensors.size(); ++t) {
    tensorParams.push_back(top.take(g.tensors[t].name));
  }
  std::vector<std::string> streamNames;
  for (const ir::StreamInst& si : g.streamInsts) streamNames.push_back(top.take(streamIdent(si.name)));

  // One function per distinct specialised body.
  struct Fn {
    std::string name, params, body;
    std::vector<std::string> instances;
  };
  std::vector<Fn> fns;
  std::map<std::string, std::size_t> fnByText;
  std::vector<std::pair<std::string, std::vector<std::string>>> calls;  // function, arguments
  std::vector<std::string> customCalls;
  for (std::size_t i = 0; i < g.instances.size(); ++i) {
    const ir::Instance& inst = g.instances[i];
    if (inst.body.empty()) continue;  // nothing to do (e.g. an idle corner of a systolic grid)
    InstanceEmitter ie(g, inst, diags, streamNames, customCalls);
    Fn f;
    std::vector<std::string> args;
    ie.emit(f.params, f.body, args, [&](int t) {
      std::vector<std::string>& v = ports[static_cast<std::size_t>(t)];
      v.push_back(v.empty() ? tensorParams[static_cast<std::size_t>(t)]
                            : top.take(tensorParams[static_cast<std::size_t>(t)] + "_" + std::to_string(v.size() + 1)));
      return v.back();
    });
    const std::string key = f.params + "\n" + f.body;
    auto it = fnByText.find(key);
    if (it == fnByText.end()) {
      f.name = top.take(inst.name);
      it = fnByText.emplace(key, fns.size()).first;
      fns.push_back(f);
    }
    fns[it->second].instances.push_back(inst.name);
    args.insert(args.begin(), fns[it->second].name);
    args.insert(args.begin(), cString(inst.name));
    calls.emplace_back(inst.name, args);
  }
  if (diags.hasErrors()) return {};
  for (std::size_t t = 0; t < g.tensors.size(); ++t)
    if (ports[t].empty()) ports[t].push_back(tensorParams[t]);  // no process touches it: still an argument
  // The top's parameter list: every port of every tensor, in tensor order.
  std::string topParams;
  for (std::size_t t = 0; t < g.tensors.size(); ++t)
    for (const std::string& port : ports[t])
      topParams += std::string(topParams.empty() ? "" : ", ") +
                   (g.tensors[t].role == ir::TensorRole::Input ? "const " : "") + memType(g.tensors[t].dtype) + "* " + port;

  const std::string memKind = device.count("memory") ? device["memory"] : "HBM";

  // src/kernel.h
  std::ostringstream h;
  h << "// " << safe(g.name) << ": the Vitis HLS kernel datosim generated from " << safe(g.file) << " for " << safe(arch.name) << ".\n"
    << "#pragma once\n\n#include \"ap_int.h\"\n#include \"hls_stream.h\"\n\n#include \"dsim_kernels.h\"\n\n"
    << "extern \"C\" void " << topName << "(" << topParams << ");\n";
  p.add("src/kernel.h", h.str());

  // src/kernel.cpp
  std::ostringstream k;
  k << "// " << safe(g.name) << ": the Vitis HLS kernel datosim generated from " << safe(g.file) << " for " << safe(arch.name) << ".\n"
    << "// One function per task instance (instances with the same specialised body share one), one hls::stream\n"
    << "// per stream at the graph's depth, all started in one dataflow region. Built by Vitis as it is; built\n"
    << "// with -DDATOSIM_CSIM against datosim's csim/ headers, every process runs as a thread over bounded streams.\n"
    << "#include \"kernel.h\"\n\n#include \"dsim_dataflow.h\"\n";
  if (!customCalls.empty()) k << "#include \"custom_kernels.h\"\n";
  for (const Fn& f : fns) {
    k << "\n// " << safe(join(f.instances, ", ")) << "\nstatic void " << f.name << "(" << f.params << ") {\n" << f.body << "}\n";
  }
  k << "\n// Each process reaches a tensor through a port of its own (a top-level argument may be used by one\n"
    << "// dataflow process only); the ports of one tensor share its m_axi bundle, and the host binds one buffer to all.\n"
    << "extern \"C\" void " << topName << "(" << topParams << ") {\n";
  for (std::size_t t = 0; t < g.tensors.size(); ++t)
    for (const std::string& port : ports[t])
      k << "#pragma HLS interface m_axi port=" << port << " offset=slave bundle=gmem" << t
        << " depth=" << ir::numElements(g.tensors[t].shape) << "\n";
  k << "#pragma HLS interface s_axilite port=return\n#pragma HLS dataflow\n";
  for (std::size_t s = 0; s < g.streamInsts.size(); ++s) {
    const ir::StreamDecl& d = g.streams[static_cast<std::size_t>(g.streamInsts[s].decl)];
    k << "  " << streamType(d) << " " << streamNames[s] << "(\"" << streamNames[s] << "\");  // "
      << safe(g.streamInsts[s].name) << ": " << shapeComment(d.dtype, d.tile) << " tokens\n"
      << "#pragma HLS stream variable=" << streamNames[s] << " depth=" << d.depth << "\n";
  }
  k << "  DSIM_DATAFLOW_BEGIN();\n";
  for (const auto& [instName, args] : calls) k << "  DSIM_PROCESS(" << join(args, ", ") << ");\n";
  k << "  DSIM_DATAFLOW_END();\n}\n";
  p.add("src/kernel.cpp", k.str());

  if (!customCalls.empty()) {
    std::ostringstream ch, cc;
    ch << "// The custom steps of " << safe(g.name) << " (kernel \"custom\" in the graph): datosim knows only their cycles.\n"
       << "#pragma once\n\n#include \"ap_int.h\"\n\n";
    cc << "// FILL IN: the custom steps of " << safe(g.name) << ". datosim generated empty bodies, which is what its own\n"
       << "// functional model does (a custom step leaves the data unchanged); write the real computation here.\n"
       << "#include \"custom_kernels.h\"\n";
    for (const std::string& c : customCalls) {
      const std::string sig = c.substr(0, c.find('|'));
      ch << sig << ";  // " << c.substr(c.find('|') + 1) << "\n";
      cc << "\n" << sig << " {}\n";
    }
    p.add("src/custom_kernels.h", ch.str());
    p.add("src/custom_kernels.cpp", cc.str());
    userFiles.push_back("src/custom_kernels.cpp");
  }

  // The runtime: the kernel library (also synthesised), the dataflow macros, datosim's C-simulation
  // headers, the .npy reader of the test bench and the host.
  for (const RuntimeFile& f : runtimeFiles()) p.add(f.path, f.text);

  // data/: datosim's inputs and expected outputs.
  std::vector<std::string> inputsList, outputsList;
  addRunData(p, g, *in.before, *in.after, in.expectedOutputs, tensorParams, inputsList, outputsList);

  // tb/tb.cpp: the C-simulation test bench.
  std::ostringstream tb;
  tb << "// Test bench of " << safe(g.name) << ": reads datosim's inputs (data/), runs the kernel once and compares every\n"
     << "// output with datosim's functional simulation (data/expected/), bit for bit. Exit 0 only when all match.\n"
     << "#include <cstdio>\n#include <string>\n#include <vector>\n\n#include \"dsim_npy.h\"\n#include \"kernel.h\"\n\n"
     << "int main(int argc, char** argv) {\n  const std::string data = argc > 1 ? argv[1] : \"data\";\n  int bad = 0;\n";
  for (std::size_t t = 0; t < g.tensors.size(); ++t) {
    const ir::Tensor& x = g.tensors[t];
    const std::string v = tensorParams[t];
    tb << "  std::vector<" << memType(x.dtype) << "> " << v << "(" << ir::numElements(x.shape) << ");\n";
    if (x.role != ir::TensorRole::Output)
      tb << "  if (!dsim_npy::load<" << dtTag(x.dtype) << ">(data + \"/" << v << ".npy\", " << cppShapeList(x.shape) << ", "
         << v << ")) return 2;\n";
  }
  tb << "  " << topName << "(";
  bool firstArg = true;
  for (std::size_t t = 0; t < g.tensors.size(); ++t)
    for (std::size_t k2 = 0; k2 < ports[t].size(); ++k2) {
      tb << (firstArg ? "" : ", ") << tensorParams[t] << ".data()";
      firstArg = false;
    }
  tb << ");\n";
  for (std::size_t t = 0; t < g.tensors.size(); ++t) {
    const ir::Tensor& x = g.tensors[t];
    if (x.role == ir::TensorRole::Input) continue;
    tb << "  bad += dsim_npy::compare<" << dtTag(x.dtype) << ">(data + \"/expected/" << tensorParams[t] << ".npy\", "
       << cppShapeList(x.shape) << ", " << tensorParams[t] << ", \"" << tensorParams[t] << "\");\n";
  }
  tb << "#ifdef DATOSIM_CSIM\n  if (dsim_csim::leftover_data()) ++bad;  // streams left with tokens (reported above)\n#endif\n"
     << "  std::printf(bad ? \"csim: FAILED\\n\" : \"csim: PASSED (every output equals datosim's)\\n\");\n"
     << "  return bad ? 1 : 0;\n}\n";
  p.add("tb/tb.cpp", tb.str());

  // host/host.cpp: the XRT host program.
  std::ostringstream hp;
  hp << "// XRT host program of " << safe(g.name) << " (XRT native C++ API): loads the xclbin, allocates one buffer per\n"
     << "// tensor in the bank its port is connected to, writes datosim's inputs, runs the kernel N times, times\n"
     << "// the runs, and compares the outputs with datosim's expected outputs.\n"
     << "// usage: host KERNEL.xclbin [DATA_DIR [ITERATIONS]]\n"
     << "#include <chrono>\n#include <cstdint>\n#include <cstdio>\n#include <string>\n#include <vector>\n\n"
     << "#include <xrt/xrt_bo.h>\n#include <xrt/xrt_device.h>\n#include <xrt/xrt_kernel.h>\n\n#include \"dsim_npy.h\"\n\n"
     << "int main(int argc, char** argv) {\n"
     << "  if (argc < 2) {\n    std::fprintf(stderr, \"usage: %s KERNEL.xclbin [DATA_DIR [ITERATIONS]]\\n\", argv[0]);\n    return 2;\n  }\n"
     << "  const std::string data = argc > 2 ? argv[2] : \"data\";\n  const int iterations = argc > 3 ? std::stoi(argv[3]) : 10;\n"
     << "  xrt::device device(0);\n  const xrt::uuid uuid = device.load_xclbin(argv[1]);\n"
     << "  xrt::kernel kernel(device, uuid, \"" << topName << "\");\n  int bad = 0;\n";
  for (std::size_t t = 0; t < g.tensors.size(); ++t) {
    const ir::Tensor& x = g.tensors[t];
    const std::string v = tensorParams[t];
    const std::string n = std::to_string(ir::numElements(x.shape));
    hp << "  std::vector<" << hostCType(x.dtype) << "> " << v << "_host(" << n << ");\n";
    if (x.role != ir::TensorRole::Output)
      hp << "  if (!dsim_npy::load_host(data + \"/" << v << ".npy\", " << cppShapeList(x.shape) << ", " << v
         << "_host)) return 2;\n";
    std::size_t argIndex = 0;
    for (std::size_t u = 0; u < t; ++u) argIndex += ports[u].size();
    hp << "  xrt::bo " << v << "_bo(device, " << v << "_host.size() * sizeof(" << hostCType(x.dtype) << "), kernel.group_id("
       << argIndex << "));\n  " << v << "_bo.write(" << v << "_host.data());\n  " << v << "_bo.sync(XCL_BO_SYNC_BO_TO_DEVICE);\n";
  }
  hp << "  double total = 0;\n  for (int it = 0; it < iterations; ++it) {\n"
     << "    const auto start = std::chrono::steady_clock::now();\n    xrt::run run = kernel(";
  firstArg = true;
  for (std::size_t t = 0; t < g.tensors.size(); ++t)
    for (std::size_t k2 = 0; k2 < ports[t].size(); ++k2) {
      hp << (firstArg ? "" : ", ") << tensorParams[t] << "_bo";  // one buffer for every port of the tensor
      firstArg = false;
    }
  hp << ");\n    run.wait();\n"
     << "    total += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();\n  }\n";
  for (std::size_t t = 0; t < g.tensors.size(); ++t) {
    const ir::Tensor& x = g.tensors[t];
    if (x.role == ir::TensorRole::Input) continue;
    const std::string v = tensorParams[t];
    hp << "  " << v << "_bo.sync(XCL_BO_SYNC_BO_FROM_DEVICE);\n  " << v << "_bo.read(" << v << "_host.data());\n";
    if (x.role == ir::TensorRole::InOut)
      hp << "  // " << v << " is read and written: after " << "several iterations it no longer matches one run's result\n";
    hp << "  if (iterations == 1 || " << (x.role == ir::TensorRole::InOut ? "false" : "true") << ")\n"
       << "    bad += dsim_npy::compare_host(data + \"/expected/" << v << ".npy\", " << cppShapeList(x.shape) << ", " << v
       << "_host, \"" << v << "\");\n";
  }
  hp << "  std::printf(\"%d run(s), mean %.3f us per run (datosim predicted " << cppDouble(in.predictedSeconds * 1e6)
     << " us)\\n\", iterations, total / iterations * 1e6);\n"
     << "  std::printf(bad ? \"FAILED\\n\" : \"PASSED\\n\");\n  return bad ? 1 : 0;\n}\n";
  p.add("host/host.cpp", hp.str());

  // run_hls.tcl
  char period[32];
  std::snprintf(period, sizeof period, "%.3f", 1000.0 / clockMhz);
  std::ostringstream tcl;
  tcl << "# Vitis HLS: C simulation (Vitis' own, sequential) and synthesis of " << topName << ".\n"
      << "# vitis_hls -f run_hls.tcl\n"
      << "set here [file dirname [file normalize [info script]]]\n"
      << "open_project -reset hls_" << topName << "\n"
      << "set_top " << topName << "\n"
      << "add_files $here/src/kernel.cpp -cflags \"-I$here/src\"\n";
  if (!customCalls.empty()) tcl << "add_files $here/src/custom_kernels.cpp -cflags \"-I$here/src\"\n";
  tcl << "add_files -tb $here/tb/tb.cpp -cflags \"-I$here/src -I$here/tb\"\n"
      << "open_solution -reset solution1 -flow_target vitis\n"
      << "set_part {" << device["part"] << "}\n"
      << "create_clock -period " << period << " -name default\n"
      << "csim_design -argv \"$here/data\"\n"
      << "csynth_design\n"
      << "exit\n";
  p.add("run_hls.tcl", tcl.str());

  // connectivity.cfg
  std::ostringstream cfg;
  cfg << "# v++ --link --config connectivity.cfg: one compute unit of " << topName << ", each port in the "
      << memKind << " bank datosim's FPGA mapper assigned to its tensor.\n[connectivity]\n"
      << "nk=" << topName << ":1:" << topName << "_1\n";
  for (std::size_t t = 0; t < g.tensors.size(); ++t) {
    const std::vector<int> ch =
        m.fpga && t < m.fpga->tensorChannels.size() ? m.fpga->tensorChannels[t] : std::vector<int>{};
    for (const std::string& port : ports[t]) cfg << "sp=" << topName << "_1." << port << ":" << bankOf(memKind, ch) << "\n";
  }
  p.add("connectivity.cfg", cfg.str());

  // Makefile
  std::ostringstream mk;
  mk << "# " << safe(g.name) << " on " << safe(arch.name) << ", generated by datosim.\n"
     << "#   make csim      datosim's C simulation: bounded streams, one thread per process, deadlock detection\n"
     << "#   make hls       Vitis HLS C simulation and synthesis (run_hls.tcl)\n"
     << "#   make xclbin    v++ compile and link for PLATFORM\n"
     << "#   make host      the XRT host program; make run runs it on the card\n"
     << "TOP := " << topName << "\nPLATFORM ?= " << device["platform"] << "\nTARGET ?= hw\nCXX ?= g++\n"
     << "CSIM_FLAGS := -std=c++17 -O1 -ffp-contract=off -DDATOSIM_CSIM -Icsim -Isrc -Itb\n"
     << "KERNEL_SRC := src/kernel.cpp" << (customCalls.empty() ? "" : " src/custom_kernels.cpp") << "\n\n"
     << ".PHONY: csim hls xclbin host run clean\n\n"
     << "csim: build/csim\n\t./build/csim data\n\n"
     << "build/csim: $(KERNEL_SRC) tb/tb.cpp $(wildcard src/*.h csim/*.h tb/*.h)\n"
     << "\tmkdir -p build\n\t$(CXX) $(CSIM_FLAGS) $(KERNEL_SRC) tb/tb.cpp -o $@ -pthread\n\n"
     << "hls:\n\tvitis_hls -f run_hls.tcl\n\n"
     << "build/$(TOP).xo: $(KERNEL_SRC)\n\tmkdir -p build\n"
     << "\tv++ -c -t $(TARGET) --platform $(PLATFORM) -k $(TOP) -I src -o $@ $(KERNEL_SRC)\n\n"
     << "xclbin: build/$(TOP).xclbin\n"
     << "build/$(TOP).xclbin: build/$(TOP).xo connectivity.cfg\n"
     << "\tv++ -l -t $(TARGET) --platform $(PLATFORM) --config connectivity.cfg -o $@ build/$(TOP).xo\n\n"
     << "host: build/host\n"
     << "build/host: host/host.cpp tb/dsim_npy.h\n\tmkdir -p build\n"
     << "\t$(CXX) -std=c++17 -O2 -Itb -I$(XILINX_XRT)/include host/host.cpp -o $@ -L$(XILINX_XRT)/lib -lxrt_coreutil -pthread\n\n"
     << "run: build/host build/$(TOP).xclbin\n\t./build/host build/$(TOP).xclbin data\n\n"
     << "clean:\n\trm -rf build hls_$(TOP) _x .Xil *.log\n";
  p.add("Makefile", mk.str());

  // manifest
  nlohmann::ordered_json man = manifestHead(g, arch, "hls", in.datosimVersion, in.seed);
  man["top"] = topName;
  man["part"] = device["part"];
  man["platform"] = device["platform"];
  man["clock_mhz"] = clockMhz;
  man["predicted"] = {{"cycles", in.predictedCycles}, {"seconds", in.predictedSeconds}};
  man["inputs"] = inputsList;
  man["expected_outputs"] = outputsList;
  man["user_files"] = userFiles;
  man["files"] = fileList(p);
  p.add(kManifestName, man.dump(2) + "\n");

  // README.md
  std::ostringstream rd;
  rd << "# " << safe(g.name) << " on " << safe(arch.name) << " (Vitis HLS project generated by datosim)\n\n"
     << "Generated from `" << safe(g.file) << "` with the parameters in `" << kManifestName << "`. datosim predicted "
     << groupDigits(in.predictedCycles) << " cycles at " << cppDouble(clockMhz) << " MHz (" << cppDouble(in.predictedSeconds * 1e6)
     << " us); compare a measured run with it.\n\n"
     << "| command | what |\n|---|---|\n"
     << "| `make csim` | datosim's C simulation (g++ only): every dataflow process is a thread, every stream holds at most its "
        "declared depth and blocks, a deadlock is reported with the cycle of waits (exit 3), streams left with data fail "
        "the run, and the outputs are compared bit for bit with datosim's (`data/expected/`) |\n"
     << "| `make hls` | Vitis HLS: its own C simulation and synthesis for part `" << device["part"] << "` at " << period
     << " ns (`run_hls.tcl`) |\n"
     << "| `make xclbin` | `v++` compile and link for `PLATFORM` (default `" << device["platform"]
     << "`), ports in the banks of `connectivity.cfg` |\n"
     << "| `make host run` | the XRT host program: datosim's inputs in, outputs compared, mean time per run printed |\n\n"
     << "Vitis' own C simulation treats streams as unbounded and runs the processes one after another, so it cannot "
        "show a deadlock from shallow FIFOs; `make csim` can.\n\n"
     << "Files: `src/` the kernel (`kernel.cpp`, one function per task instance) and its kernel library "
        "(`dsim_kernels.h`); `csim/` datosim's own stand-ins for `ap_int.h` and `hls_stream.h` (used only by `make csim`); "
        "`tb/` the test bench and the `.npy` reader; `host/` the XRT host; `data/` the inputs datosim used and "
        "`data/expected/` its outputs.\n\n"
     << "Types: `ap_int<W>` for iW, `float` for f32; bf16 values are carried in `float` variables that always hold a "
        "bf16 value, and in device memory as their 16-bit pattern (`ap_uint<16>`).\n";
  if (!userFiles.empty())
    rd << "\n**To fill in**: " << join(userFiles, ", ") << " (custom steps of the graph; datosim knows only their cycles).\n";
  p.add("README.md", rd.str());
  return p;
}

}  // namespace datosim::backends::hls
