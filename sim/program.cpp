#include "sim/program.h"

#include <type_traits>

#include "ir/kernels.h"
#include "kernels/kernel.h"

namespace datosim::sim {

namespace {

std::string quoted(const std::string& s) { return "'" + s + "'"; }

int arityOf(ir::ExprOp op) {
  switch (op) {
    case ir::ExprOp::Const:
    case ir::ExprOp::Var:
    case ir::ExprOp::Reduce:
      return 0;
    case ir::ExprOp::Neg:
    case ir::ExprOp::Not:
    case ir::ExprOp::Index:
      return 1;
    case ir::ExprOp::Select:
      return 3;
    default:
      return 2;
  }
}

class Compiler {
 public:
  Compiler(const ir::Graph& g, int inst, const arch::TimingModel& model, std::vector<Diagnostic>& errors)
      : g_(g),
        inst_(g.instances[static_cast<std::size_t>(inst)]),
        task_(g.tasks[static_cast<std::size_t>(inst_.task)]),
        model_(model),
        errors_(errors) {
    prog_.instance = inst;
    prog_.numSlots = inst_.numSlots;
  }

  Program run() {
    block(inst_.body);
    return std::move(prog_);
  }

 private:
  void error(const ir::Stmt& s, const std::string& message) {
    errors_.push_back({Severity::Error, s.loc, "malformed graph (instance '" + inst_.name + "'): " + message});
  }

  int here() const { return static_cast<int>(prog_.ops.size()); }

  int emit(const ir::Stmt& s, OpKind kind) {
    Op op;
    op.kind = kind;
    op.stmt = &s;
    prog_.ops.push_back(op);
    return here() - 1;
  }

  // A usable expression: present, operators with their operands, loop variables bound to slots.
  bool checkExpr(const ir::Stmt& s, const ir::ExprPtr& e, const char* what) {
    if (!e) {
      error(s, std::string("missing expression for ") + what);
      return false;
    }
    if (static_cast<int>(e->args.size()) != arityOf(e->op)) {
      error(s, std::string("expression for ") + what + " has a wrong number of operands");
      return false;
    }
    if (e->op == ir::ExprOp::Var && (e->slot < 0 || e->slot >= prog_.numSlots)) {
      error(s, "variable " + quoted(e->name) + " in " + what + " is not bound to a loop-variable slot");
      return false;
    }
    if ((e->op == ir::ExprOp::Index && !e->table) || e->op == ir::ExprOp::Reduce) {
      error(s, "table " + quoted(e->name) + " in " + what + " is not bound");
      return false;
    }
    for (const ir::ExprPtr& a : e->args)
      if (!checkExpr(s, a, what)) return false;
    return true;
  }

  const ir::LocalVar* local(const ir::Stmt& s, int idx) {
    if (idx >= 0 && static_cast<std::size_t>(idx) < task_.locals.size())
      return &task_.locals[static_cast<std::size_t>(idx)];
    error(s, "local #" + std::to_string(idx) + " does not exist in task " + quoted(task_.name));
    return nullptr;
  }

  void block(const ir::Block& b) {
    for (const ir::Stmt& s : b) stmt(s);
  }

  void stmt(const ir::Stmt& s) {
    std::visit(
        [&](const auto& n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, ir::ForStmt>) forStmt(s, n);
          if constexpr (std::is_same_v<T, ir::IfStmt>) ifStmt(s, n);
          if constexpr (std::is_same_v<T, ir::GetStmt>) streamOp(s, n.stream, n.local, n.at, false, nullptr, n.var, n.any);
          if constexpr (std::is_same_v<T, ir::PutStmt>) streamOp(s, n.stream, n.local, n.at, true, n.value, -1, -1);
          if constexpr (std::is_same_v<T, ir::SetStmt>) setStmt(s, n);
          if constexpr (std::is_same_v<T, ir::WhileStmt>) whileStmt(s, n);
          if constexpr (std::is_same_v<T, ir::LoadStmt>) memOp(s, n.arg, n.at, n.local, false);
          if constexpr (std::is_same_v<T, ir::StoreStmt>) memOp(s, n.arg, n.at, n.local, true);
          if constexpr (std::is_same_v<T, ir::ComputeStmt>) compute(s, n);
        },
        s.node);
  }

  void forStmt(const ir::Stmt& s, const ir::ForStmt& f) {
    if (f.slot < 0 || f.slot >= prog_.numSlots) {
      error(s, "loop variable " + quoted(f.var) + " has no frame slot (slot " + std::to_string(f.slot) + " of " +
                   std::to_string(prog_.numSlots) + ")");
      return;
    }
    bool ok = checkExpr(s, f.hi, "the loop bound");
    ok = (!f.lo || checkExpr(s, f.lo, "the loop start")) && ok;
    ok = (!f.step || checkExpr(s, f.step, "the loop step")) && ok;
    // A `pipeline` hint counts only on a model that pipelines loops; elsewhere it is a plain loop.
    const bool pipelined = f.ii && model_.pipelinesLoops();
    if (pipelined) ok = checkExpr(s, f.ii, "the initiation interval") && ok;
    if (!ok) return;
    int begin = emit(s, OpKind::LoopBegin);
    prog_.ops[static_cast<std::size_t>(begin)].slot = f.slot;
    prog_.ops[static_cast<std::size_t>(begin)].expr[0] = f.lo.get();
    prog_.ops[static_cast<std::size_t>(begin)].expr[1] = f.hi.get();
    prog_.ops[static_cast<std::size_t>(begin)].expr[2] = f.step.get();
    if (pipelined) prog_.ops[static_cast<std::size_t>(begin)].ii = f.ii.get();
    block(f.body);
    if (pipelined) {
      for (int i = begin + 1; i < here(); ++i) {
        if (prog_.ops[static_cast<std::size_t>(i)].kind != OpKind::LoopBegin) continue;
        error(s, "pipelined loop " + quoted(f.var) + " contains a loop");
        break;
      }
    }
    int next = emit(s, OpKind::LoopNext);
    prog_.ops[static_cast<std::size_t>(next)].slot = f.slot;
    prog_.ops[static_cast<std::size_t>(next)].target = begin + 1;
    prog_.ops[static_cast<std::size_t>(begin)].target = here();
  }

  // A task variable's slot, or -1 after reporting.
  const ir::TaskVar* taskVar(const ir::Stmt& s, int slot) {
    if (slot >= 0 && static_cast<std::size_t>(slot) < task_.vars.size() && slot < prog_.numSlots)
      return &task_.vars[static_cast<std::size_t>(slot)];
    error(s, "variable #" + std::to_string(slot) + " does not exist in task " + quoted(task_.name));
    return nullptr;
  }

  void setStmt(const ir::Stmt& s, const ir::SetStmt& st) {
    const ir::TaskVar* v = taskVar(s, st.var);
    if (!v || !checkExpr(s, st.value, "a value")) return;
    const int op = emit(s, OpKind::Set);
    prog_.ops[static_cast<std::size_t>(op)].slot = st.var;
    prog_.ops[static_cast<std::size_t>(op)].expr[0] = st.value.get();
    prog_.ops[static_cast<std::size_t>(op)].extent = v->extent;
    prog_.steered = true;
  }

  void whileStmt(const ir::Stmt& s, const ir::WhileStmt& w) {
    if (!checkExpr(s, w.cond, "a while condition") || !checkExpr(s, w.max, "a while bound")) return;
    const int counter = prog_.numSlots++;  // a hidden slot counts the iterations
    const int begin = emit(s, OpKind::WhileBegin);
    prog_.ops[static_cast<std::size_t>(begin)].slot = counter;
    prog_.ops[static_cast<std::size_t>(begin)].expr[1] = w.max.get();
    const int test = emit(s, OpKind::WhileTest);
    prog_.ops[static_cast<std::size_t>(test)].slot = counter;
    prog_.ops[static_cast<std::size_t>(test)].expr[0] = w.cond.get();
    block(w.body);
    const int back = emit(s, OpKind::Jump);
    prog_.ops[static_cast<std::size_t>(back)].target = test;
    prog_.ops[static_cast<std::size_t>(test)].target = here();
    prog_.steered = true;
  }

  void ifStmt(const ir::Stmt& s, const ir::IfStmt& f) {
    std::vector<int> jumpsToEnd;
    for (const auto& [cond, body] : f.branches) {
      if (!checkExpr(s, cond, "an if condition")) return;
      int branch = emit(s, OpKind::Branch);
      prog_.ops[static_cast<std::size_t>(branch)].expr[0] = cond.get();
      block(body);
      jumpsToEnd.push_back(emit(s, OpKind::Jump));
      prog_.ops[static_cast<std::size_t>(branch)].target = here();
    }
    block(f.elseBody);
    for (int j : jumpsToEnd) prog_.ops[static_cast<std::size_t>(j)].target = here();
  }

  // The op's block of the local (a get or put with `at`); -1 when the token is the whole local, -2 on an error.
  int slice(const ir::Stmt& s, const ir::StreamRef& r, const ir::LocalVar& lv, const std::vector<ir::ExprPtr>& at) {
    if (at.empty()) return -1;
    if (r.decl < 0 || static_cast<std::size_t>(r.decl) >= g_.streams.size()) {
      error(s, "stream #" + std::to_string(r.decl) + " does not exist");
      return -2;
    }
    const ir::Shape& tile = g_.streams[static_cast<std::size_t>(r.decl)].tile;
    if (at.size() != lv.shape.size() || tile.size() > lv.shape.size()) {
      error(s, "the token's place in local " + quoted(lv.name) + " needs one offset per dimension of the local, found " +
                   std::to_string(at.size()));
      return -2;
    }
    SliceAccess sa;
    sa.local = lv.shape;
    sa.tile = tile;
    sa.token.assign(lv.shape.size() - tile.size(), 1);
    sa.token.insert(sa.token.end(), tile.begin(), tile.end());
    for (const ir::ExprPtr& e : at) {
      if (!checkExpr(s, e, "an offset")) return -2;
      sa.at.push_back(e.get());
    }
    prog_.slices.push_back(std::move(sa));
    return static_cast<int>(prog_.slices.size()) - 1;
  }

  void streamOp(const ir::Stmt& s, const ir::StreamRef& r, int localIdx, const std::vector<ir::ExprPtr>& at, bool put,
                const ir::ExprPtr& value, int var, int any) {
    // A value token (a put's value, a get into a variable) has no local; anything else has one.
    const bool valueToken = put ? value != nullptr : var >= 0;
    int sl = -1;
    if (!valueToken) {
      const ir::LocalVar* lv = local(s, localIdx);
      if (!lv) return;
      sl = slice(s, r, *lv, at);
      if (sl == -2) return;
    } else if (localIdx >= 0 || !at.empty()) {
      error(s, "a value token has no local");
      return;
    }
    const ir::TaskVar* tv = nullptr;
    if (var >= 0 && !(tv = taskVar(s, var))) return;
    if (any >= 0 && (!taskVar(s, any) || r.inst >= 0)) {
      if (r.inst >= 0) error(s, "get_any names one stream element only");
      return;
    }
    if (value && !checkExpr(s, value, "a value")) return;
    const OpKind kind = put ? OpKind::Put : any >= 0 ? OpKind::GetAny : OpKind::Get;
    auto finish = [&](Op& o) {
      o.local = valueToken ? -1 : localIdx;
      o.slice = sl;
      o.var = var;
      o.any = any;
      o.extent = tv ? tv->extent : 0;
      o.expr[0] = value.get();
      if (var >= 0 || any >= 0) prog_.steered = true;
    };
    if (r.inst >= 0) {
      if (static_cast<std::size_t>(r.inst) >= g_.streamInsts.size()) {
        error(s, "stream instance #" + std::to_string(r.inst) + " does not exist");
        return;
      }
      const ir::StreamInst& si = g_.streamInsts[static_cast<std::size_t>(r.inst)];
      int owner = put ? si.producer : si.consumer;
      if (owner != prog_.instance) {
        error(s, std::string(put ? "puts to " : "gets from ") + quoted(si.name) + " whose " +
                     (put ? "producer" : "consumer") + " is another instance");
        return;
      }
      const int op = emit(s, kind);
      prog_.ops[static_cast<std::size_t>(op)].stream = r.inst;
      finish(prog_.ops[static_cast<std::size_t>(op)]);
      return;
    }
    if (r.decl < 0 || static_cast<std::size_t>(r.decl) >= g_.streams.size()) {
      error(s, "stream #" + std::to_string(r.decl) + " does not exist");
      return;
    }
    const ir::StreamDecl& d = g_.streams[static_cast<std::size_t>(r.decl)];
    if (r.index.size() != d.dims.size() || d.dims.size() > kMaxRank) {
      error(s, "stream " + quoted(d.name) + " has " + std::to_string(d.dims.size()) +
                   " dimension(s) but is indexed with " + std::to_string(r.index.size()));
      return;
    }
    if (static_cast<std::size_t>(r.decl) >= g_.streamInstOf.size() ||
        static_cast<std::int64_t>(g_.streamInstOf[static_cast<std::size_t>(r.decl)].size()) !=
            ir::numElements(d.dims)) {
      error(s, "the graph has no element table for stream " + quoted(d.name));
      return;
    }
    DynamicStream dyn;
    dyn.decl = r.decl;
    for (const ir::ExprPtr& e : r.index) {
      if (!checkExpr(s, e, "a stream index")) return;
      dyn.index.push_back(e.get());
    }
    int op = emit(s, kind);
    finish(prog_.ops[static_cast<std::size_t>(op)]);
    prog_.ops[static_cast<std::size_t>(op)].aux = static_cast<int>(prog_.dynamic.size());
    prog_.dynamic.push_back(std::move(dyn));
  }

  void memOp(const ir::Stmt& s, int argIdx, const std::vector<ir::ExprPtr>& at, int localIdx, bool store) {
    const ir::LocalVar* lv = local(s, localIdx);
    if (!lv) return;
    if (argIdx < 0 || static_cast<std::size_t>(argIdx) >= task_.args.size()) {
      error(s, "argument #" + std::to_string(argIdx) + " does not exist in task " + quoted(task_.name));
      return;
    }
    const ir::TaskArg& arg = task_.args[static_cast<std::size_t>(argIdx)];
    if (arg.tensor < 0 || static_cast<std::size_t>(arg.tensor) >= g_.tensors.size()) {
      error(s, "argument " + quoted(arg.name) + " names no tensor");
      return;
    }
    const ir::Tensor& t = g_.tensors[static_cast<std::size_t>(arg.tensor)];
    const std::size_t rank = t.shape.size();
    if (rank > kMaxRank || arg.localShape.size() != rank || lv->shape.size() > rank ||
        (!at.empty() && at.size() != rank)) {
      error(s, std::string(store ? "store to " : "load from ") + quoted(arg.name) + ": ranks do not agree (tensor " +
                   std::to_string(rank) + ", local shard " + std::to_string(arg.localShape.size()) + ", local " +
                   std::to_string(lv->shape.size()) + ", offsets " + std::to_string(at.size()) + ")");
      return;
    }
    if (arg.layout.size() != rank) {
      error(s, "argument " + quoted(arg.name) + " has a layout of " + std::to_string(arg.layout.size()) +
                   " entries for a tensor of rank " + std::to_string(rank));
      return;
    }
    MemAccess m;
    m.argName = arg.name;
    m.arg = argIdx;
    m.write = store;
    m.tensor = arg.tensor;
    m.local = localIdx;
    m.shard = arg.localShape;
    // Shard origin: coordinate x shard extent on S(axis) dimensions, 0 on R dimensions.
    for (std::size_t d = 0; d < rank; ++d) {
      const ir::LayoutDim& l = arg.layout[d];
      if (!l.shard) {
        m.origin.push_back(0);
        continue;
      }
      if (l.axis < 0 || static_cast<std::size_t>(l.axis) >= inst_.coords.size()) {
        error(s, "argument " + quoted(arg.name) + " is sharded over mapping axis " + std::to_string(l.axis) +
                     ", which the instance does not have");
        return;
      }
      m.origin.push_back(inst_.coords[static_cast<std::size_t>(l.axis)] * arg.localShape[d]);
    }
    m.tile.assign(rank - lv->shape.size(), 1);
    m.tile.insert(m.tile.end(), lv->shape.begin(), lv->shape.end());
    m.bytes = ir::tileBytes(t.dtype, lv->shape);
    for (const ir::ExprPtr& e : at) {
      if (!checkExpr(s, e, "a tile offset")) return;
      m.at.push_back(e.get());
    }
    int op = emit(s, store ? OpKind::Store : OpKind::Load);
    prog_.ops[static_cast<std::size_t>(op)].aux = static_cast<int>(prog_.mem.size());
    prog_.mem.push_back(std::move(m));
  }

  void compute(const ir::Stmt& s, const ir::ComputeStmt& c) {
    const ir::KernelInfo* info = kernels::infoOf(c);
    if (!info) {
      error(s, "unknown kernel " + quoted(c.kernel));
      return;
    }
    std::vector<const ir::LocalVar*> ins;
    for (int i : c.ins) {
      const ir::LocalVar* lv = local(s, i);
      if (!lv) return;
      ins.push_back(lv);
    }
    const ir::LocalVar* out = nullptr;
    if (c.out >= 0 && !(out = local(s, c.out))) return;
    if (!out && info->hasOut) {
      error(s, "kernel " + quoted(info->name) + " needs an output");
      return;
    }
    if (std::string why = kernels::check(*info, ins, out, c.attrs); !why.empty()) {
      error(s, why);
      return;
    }
    if (info->cls == ir::KernelClass::Custom && !c.cycles) {
      error(s, "kernel 'custom' needs 'cycles'");
      return;
    }
    if (c.cycles && !checkExpr(s, c.cycles, "'cycles'")) return;
    const ir::KernelWork w = kernels::work(*info, ins, out, c.attrs);
    ComputeCost cost;
    cost.stmt = &c;
    cost.macs = w.macs;
    cost.vectorOps = w.vectorOps;
    cost.dtype = w.dtype;
    cost.mac = w.mac;
    if (c.cycles && c.cycles->isConst()) {
      cost.cycles = c.cycles->value;
      cost.pipelined = arch::PipelinedCost{cost.cycles, cost.cycles};
    } else if (c.cycles) {
      cost.cyclesExpr = c.cycles.get();
    } else {
      cost.cycles = model_.computeCycles(*info, w);
      cost.pipelined =
          model_.pipelinesLoops() ? model_.pipelinedComputeCycles(*info, w) : arch::PipelinedCost{cost.cycles, cost.cycles};
    }
    if (cost.cycles < 0 || cost.pipelined.issue < 0 || cost.pipelined.latency < 0) {
      error(s, "compute " + quoted(info->name) + " costs a negative number of cycles (" + std::to_string(cost.cycles) +
                   ")");
      return;
    }
    int op = emit(s, OpKind::Compute);
    prog_.ops[static_cast<std::size_t>(op)].aux = static_cast<int>(prog_.compute.size());
    prog_.compute.push_back(cost);
  }

  const ir::Graph& g_;
  const ir::Instance& inst_;
  const ir::Task& task_;
  const arch::TimingModel& model_;
  std::vector<Diagnostic>& errors_;
  Program prog_;
};

}  // namespace

bool checkGraph(const ir::Graph& g, std::vector<Diagnostic>& errors) {
  const std::size_t before = errors.size();
  const SourceLoc where{g.file, ""};
  const auto n = static_cast<int>(g.instances.size());
  for (const ir::Instance& in : g.instances) {
    if (in.task < 0 || static_cast<std::size_t>(in.task) >= g.tasks.size())
      errors.push_back({Severity::Error, where, "malformed graph: instance '" + in.name + "' has no task"});
    if (in.numSlots < 0)
      errors.push_back(
          {Severity::Error, where, "malformed graph: instance '" + in.name + "' has a negative frame size"});
  }
  for (const ir::StreamInst& s : g.streamInsts) {
    bool declOk = s.decl >= 0 && static_cast<std::size_t>(s.decl) < g.streams.size();
    if (!declOk || s.producer < 0 || s.producer >= n || s.consumer < 0 || s.consumer >= n) {
      errors.push_back(
          {Severity::Error, where,
           "malformed graph: stream instance '" + s.name + "' lacks a declaration, a producer or a consumer"});
      continue;
    }
    if (g.streams[static_cast<std::size_t>(s.decl)].depth < 1)
      errors.push_back({Severity::Error, g.streams[static_cast<std::size_t>(s.decl)].loc,
                        "malformed graph: stream '" + s.name + "' has depth < 1"});
  }
  for (std::size_t d = 0; d < g.streamInstOf.size(); ++d) {
    for (int id : g.streamInstOf[d]) {
      if (id >= -1 && id < static_cast<int>(g.streamInsts.size())) continue;
      errors.push_back(
          {Severity::Error, where,
           "malformed graph: the element table of stream #" + std::to_string(d) + " names a missing instance"});
      break;
    }
  }
  return errors.size() == before;
}

Program compileProgram(const ir::Graph& g, int inst, const arch::TimingModel& model, std::vector<Diagnostic>& errors) {
  return Compiler(g, inst, model, errors).run();
}

bool tileFits(const MemAccess& m, const std::int64_t* frame) {
  for (std::size_t d = 0; d < m.tile.size(); ++d)
    if (!tileFitsAt(m, d, m.at.empty() ? 0 : ir::eval(*m.at[d], frame))) return false;
  return true;
}

}  // namespace datosim::sim
