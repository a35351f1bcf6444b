// Elaboration: one Instance per point of each task's mapping grid with its body specialised for
// its coordinates, then the stream instances with exactly one producer and one consumer each.
#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "frontend/graph_internal.h"
#include "frontend/interval.h"
#include "ir/visit.h"

namespace datosim::frontend::detail {

namespace {

// ", valid 0..N-1", or for an empty stream array what that means.
std::string validRange(std::int64_t extent) {
  if (extent <= 0) return ": the stream array is empty on this axis (extent 0), so no statement that is reached may use it";
  return ", valid 0.." + std::to_string(extent - 1);
}

using ir::Expr;
using ir::ExprPtr;
using ir::Shape;

// Errors found while specialising instances, one per statement pointer: the same mistake in 64
// instances of one task is one error naming the first instance and how many others share it.
class InstanceErrors {
 public:
  void add(const SourceLoc& loc, const std::string& msg, const std::string& instance) {
    auto [it, fresh] = index_.emplace(loc.pointer, list_.size());
    if (!fresh) {
      Entry& e = list_[it->second];
      if (e.last != instance) {
        ++e.others;
        e.last = instance;
      }
      return;
    }
    list_.push_back(Entry{loc, msg, instance, instance, 0});
  }
  bool empty() const { return list_.empty(); }
  void flush(Diagnostics& d) {
    for (const Entry& e : list_) {
      std::string where = " (in instance " + e.first;
      if (e.others) where += " and " + std::to_string(e.others) + " other instance" + (e.others == 1 ? "" : "s");
      d.error(e.loc, e.msg + where + ")");
    }
    list_.clear();
    index_.clear();
  }

 private:
  struct Entry {
    SourceLoc loc;
    std::string msg, first, last;
    int others;
  };
  std::vector<Entry> list_;
  std::unordered_map<std::string, std::size_t> index_;
};

std::string joinExprs(const std::vector<ExprPtr>& v) {
  std::string s = "[";
  for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + ir::toString(*v[i]);
  return s + "]";
}

std::string elementName(const ir::StreamDecl& d, const Shape& index) {
  std::string s = d.name;
  for (std::int64_t i : index) s += "[" + std::to_string(i) + "]";
  return s;
}

Shape unflatten(const Shape& dims, std::int64_t flat) {
  Shape idx(dims.size());
  for (std::size_t i = dims.size(); i-- > 0;) {
    idx[i] = flat % dims[i];
    flat /= dims[i];
  }
  return idx;
}

// `1 && x` -> x, `0 || x` -> x (as 0/1), `b != 0` -> b for a 0/1-valued b, after folding: the
// residue of a meta-if condition that also tests loop variables (`c > 0 && k == 0` with c = 1).
bool isBoolean(const Expr& e) {
  switch (e.op) {
    case ir::ExprOp::Lt: case ir::ExprOp::Le: case ir::ExprOp::Gt: case ir::ExprOp::Ge:
    case ir::ExprOp::Eq: case ir::ExprOp::Ne: case ir::ExprOp::And: case ir::ExprOp::Or: case ir::ExprOp::Not:
      return true;
    case ir::ExprOp::Const: return e.value == 0 || e.value == 1;
    default: return false;
  }
}

ExprPtr asBoolean(const ExprPtr& e) {
  return isBoolean(*e) ? e : Expr::binary(ir::ExprOp::Ne, e, Expr::constant(0));
}

ExprPtr simplifyLogic(const ExprPtr& e) {
  if (e->args.empty()) return e;
  std::vector<ExprPtr> args;
  bool changed = false;
  for (const ExprPtr& a : e->args) {
    args.push_back(simplifyLogic(a));
    changed = changed || args.back() != a;
  }
  if (e->op == ir::ExprOp::And || e->op == ir::ExprOp::Or) {
    bool isAnd = e->op == ir::ExprOp::And;
    // The neutral constant on either side drops out (the other side is evaluated either way).
    for (int side = 0; side < 2; ++side) {
      const ExprPtr& c = args[static_cast<std::size_t>(side)];
      if (c->isConst() && ((c->value != 0) == isAnd)) return asBoolean(args[static_cast<std::size_t>(1 - side)]);
    }
  }
  // `b != 0` is `b` when b is already 0 or 1 (how ir::fold writes `1 && b`).
  if (e->op == ir::ExprOp::Ne && args[1]->isConst() && args[1]->value == 0 && isBoolean(*args[0])) return args[0];
  if (!changed) return e;
  auto out = std::make_shared<Expr>(*e);
  out->args = std::move(args);
  return out;
}

// ---- specialisation of one instance's body ----------------------------------------------------

struct Specialiser {
  const ir::Graph& g;
  const ir::Task& task;
  ir::Instance& inst;
  InstanceErrors& errs;
  std::set<int>& badDecls;        // stream decls with an index error (no endpoint errors for them)
  std::int64_t& statements;       // elaborated statements so far, all instances
  bool& tooBig;

  std::unordered_map<std::string, std::int64_t> consts;  // parameters and coordinates
  std::vector<std::string> loopNames;                    // by slot
  std::vector<SlotRange> ranges;                         // by slot
  bool certain = true;    // every statement reached here runs (no undecided if, no maybe-empty loop)
  bool reachable = true;  // false inside a loop that never runs

  void error(const SourceLoc& loc, const std::string& msg) { errs.add(loc, msg, inst.name); }

  // Fold parameters and coordinates, bind loop variables to slots. nullptr on an error (reported).
  ExprPtr specialise(const ExprPtr& e, const SourceLoc& loc, const char* what) {
    ExprPtr f;
    try {
      f = ir::fold(e, [this](const std::string& n) -> std::optional<std::int64_t> {
        auto it = consts.find(n);
        if (it == consts.end()) return std::nullopt;
        return it->second;
      });
    } catch (const ir::EvalError& x) {
      error(loc, std::string(x.what()) + " in " + what + " '" + ir::toString(*e) + "'");
      return nullptr;
    }
    f = simplifyLogic(f);
    std::vector<std::string> unbound;
    ExprPtr b = ir::bindSlots(f, [this](const std::string& n) {
      for (std::size_t i = loopNames.size(); i-- > 0;)
        if (loopNames[i] == n) return static_cast<int>(i);
      return -1;
    }, unbound);
    if (!unbound.empty()) {  // names are checked before elaboration; an internal error if reached
      error(loc, "internal error: unbound name '" + unbound.front() + "' in " + what);
      return nullptr;
    }
    return b;
  }

  bool count() {
    if (++statements <= kMaxElaboratedStatements) return true;
    tooBig = true;
    return false;
  }

  void block(const ir::Block& in, ir::Block& out) {
    for (const ir::Stmt& s : in) {
      if (tooBig) return;
      stmt(s, out);
    }
  }

  void stmt(const ir::Stmt& s, ir::Block& out) {
    std::visit(ir::Overloaded{
                   [&](const ir::ForStmt& f) { forStmt(s, f, out); },
                   [&](const ir::IfStmt& f) { ifStmt(s, f, out); },
                   [&](const ir::GetStmt& f) {
                     ir::GetStmt o = f;
                     if (streamRef(o.stream, s.loc.child(f.any >= 0 ? "get_any" : "get")) &&
                         slice(o.at, o.stream, o.local, s.loc, true) && count())
                       out.push_back(ir::Stmt{s.loc, std::move(o)});
                   },
                   [&](const ir::PutStmt& f) {
                     ir::PutStmt o = f;
                     if (o.value && !(o.value = specialise(f.value, s.loc.child("value"), "a value"))) return;
                     if (streamRef(o.stream, s.loc.child("put")) && slice(o.at, o.stream, o.local, s.loc, false) && count())
                       out.push_back(ir::Stmt{s.loc, std::move(o)});
                   },
                   [&](const ir::SetStmt& f) {
                     ir::SetStmt o = f;
                     o.value = specialise(f.value, s.loc.child("value"), "a value");
                     if (o.value && count()) out.push_back(ir::Stmt{s.loc, std::move(o)});
                   },
                   [&](const ir::WhileStmt& f) { whileStmt(s, f, out); },
                   [&](const ir::LoadStmt& f) {
                     ir::LoadStmt o = f;
                     if (offsets(o.at, o.arg, o.local, s.loc, true) && count()) out.push_back(ir::Stmt{s.loc, std::move(o)});
                   },
                   [&](const ir::StoreStmt& f) {
                     ir::StoreStmt o = f;
                     if (offsets(o.at, o.arg, o.local, s.loc, false) && count()) out.push_back(ir::Stmt{s.loc, std::move(o)});
                   },
                   [&](const ir::ComputeStmt& f) {
                     ir::ComputeStmt o = f;
                     if (o.cycles) {
                       SourceLoc cl = s.loc.child("cycles");
                       o.cycles = specialise(f.cycles, cl, "'cycles'");
                       if (!o.cycles) return;
                       if (o.cycles->isConst() && o.cycles->value < 0) {
                         error(cl, "'cycles' must be >= 0, found " + std::to_string(o.cycles->value));
                         return;
                       }
                     }
                     if (count()) out.push_back(ir::Stmt{s.loc, std::move(o)});
                   },
               },
               s.node);
  }

  void forStmt(const ir::Stmt& s, const ir::ForStmt& f, ir::Block& out) {
    SourceLoc rl = s.loc.child("range");
    ir::ForStmt o;
    o.var = f.var;
    o.slot = static_cast<int>(loopNames.size());
    o.lo = specialise(f.lo, rl, "a range bound");
    o.hi = specialise(f.hi, rl, "a range bound");
    o.step = specialise(f.step, rl, "a range step");
    if (!o.lo || !o.hi || !o.step) return;
    if (o.step->isConst() && o.step->value < 1) {
      error(rl, "range step must be >= 1, found " + std::to_string(o.step->value));
      return;
    }
    if (f.ii) {
      SourceLoc il = s.loc.child("pipeline").child("ii");
      o.ii = specialise(f.ii, il, "an initiation interval");
      if (!o.ii) return;
      if (o.ii->isConst() && o.ii->value < 1) {
        error(il, "initiation interval must be >= 1, found " + std::to_string(o.ii->value));
        return;
      }
    }
    // What is known of the loop variable, for range checks in the body.
    SlotRange r;
    bool savedCertain = certain, savedReachable = reachable;
    Interval lo = intervalOf(*o.lo, ranges), hi = intervalOf(*o.hi, ranges), st = intervalOf(*o.step, ranges);
    if (lo.isPoint() && hi.isPoint() && st.isPoint() && lo.vars == 0 && hi.vars == 0 && st.vars == 0) {
      if (hi.lo <= lo.lo) {
        reachable = false;
      } else {
        std::int64_t trips = static_cast<std::int64_t>((static_cast<__int128>(hi.lo) - lo.lo - 1) / st.lo);
        r = SlotRange{true, lo.lo, static_cast<std::int64_t>(lo.lo + static_cast<__int128>(trips) * st.lo), true};
      }
    } else if (lo.known && hi.known) {
      if (hi.hi <= lo.lo) reachable = false;
      else r = SlotRange{true, lo.lo, hi.hi - 1, false};
      if (!(hi.lo > lo.hi)) certain = false;  // may run zero times
    } else {
      certain = false;
    }
    loopNames.push_back(f.var);
    ranges.push_back(r);
    inst.numSlots = std::max(inst.numSlots, static_cast<int>(loopNames.size()));
    block(f.body, o.body);
    loopNames.pop_back();
    ranges.pop_back();
    certain = savedCertain;
    reachable = savedReachable;
    if (count()) out.push_back(ir::Stmt{s.loc, std::move(o)});
  }

  void whileStmt(const ir::Stmt& s, const ir::WhileStmt& f, ir::Block& out) {
    ir::WhileStmt o;
    o.cond = specialise(f.cond, s.loc.child("while"), "a condition");
    o.max = specialise(f.max, s.loc.child("max"), "'max'");
    if (!o.cond || !o.max) return;
    if (o.cond->isConst() && o.cond->value == 0) return;  // never runs
    bool savedCertain = certain;
    certain = false;  // may run zero times
    block(f.body, o.body);
    certain = savedCertain;
    if (count()) out.push_back(ir::Stmt{s.loc, std::move(o)});
  }

  void ifStmt(const ir::Stmt& s, const ir::IfStmt& f, ir::Block& out) {
    ir::IfStmt o;
    bool savedCertain = certain;
    for (std::size_t k = 0; k < f.branches.size(); ++k) {
      SourceLoc cl = k == 0 ? s.loc.child("if") : s.loc.child("elif").child(k - 1).child("if");
      ExprPtr c = specialise(f.branches[k].first, cl, "a condition");
      if (!c) {
        certain = savedCertain;
        return;
      }
      if (c->isConst()) {
        if (c->value == 0) continue;  // never taken
        if (o.branches.empty()) {     // taken for sure: its statements replace the if
          block(f.branches[k].second, out);
        } else {                      // taken when the run-time branches before it are not
          certain = false;
          block(f.branches[k].second, o.elseBody);
        }
        certain = savedCertain;
        if (!o.branches.empty() && count()) out.push_back(ir::Stmt{s.loc, std::move(o)});
        return;
      }
      certain = false;
      ir::Block b;
      block(f.branches[k].second, b);
      o.branches.emplace_back(std::move(c), std::move(b));
    }
    if (o.branches.empty()) {
      block(f.elseBody, out);
    } else {
      certain = false;
      block(f.elseBody, o.elseBody);
    }
    certain = savedCertain;
    if (!o.branches.empty() && count()) out.push_back(ir::Stmt{s.loc, std::move(o)});
  }

  bool streamRef(ir::StreamRef& ref, const SourceLoc& loc) {
    const ir::StreamDecl& d = g.streams[static_cast<std::size_t>(ref.decl)];
    bool ok = true, allConst = true;
    for (ExprPtr& e : ref.index) {
      e = specialise(e, loc, "a stream index");
      if (!e) {
        ok = false;
        continue;
      }
      allConst = allConst && e->isConst();
    }
    if (!ok) {
      badDecls.insert(ref.decl);
      return false;
    }
    if (!allConst) return true;  // depends on loop variables: checked when enumerating endpoints
    for (std::size_t i = 0; i < ref.index.size(); ++i) {
      std::int64_t v = ref.index[i]->value;
      if (v < 0 || v >= d.dims[i]) {
        error(loc, "stream index " + joinExprs(ref.index) + " is out of range for '" + d.name + "' (" +
                       ir::shapeString(d.dims) + "): index " + std::to_string(i) + " is " + std::to_string(v) +
                       validRange(d.dims[i]));
        badDecls.insert(ref.decl);
        return false;
      }
    }
    return true;
  }

  // Fold the offsets and check statically, when the interval analysis can decide it, that the
  // tile stays inside the argument's local shard.
  // A get's or put's `at`: the token's place in the local. Specialised like a load's offsets; a constant
  // offset that puts the token outside the local is an error now, the rest is checked when it runs.
  bool slice(std::vector<ExprPtr>& at, const ir::StreamRef& ref, int localId, const SourceLoc& loc, bool get) {
    bool ok = true;
    for (std::size_t i = 0; i < at.size(); ++i) {
      at[i] = specialise(at[i], loc.child("at").child(i), "an offset");
      ok = ok && at[i];
    }
    if (!ok || !reachable || at.empty()) return ok;
    const ir::LocalVar& lv = task.locals[static_cast<std::size_t>(localId)];
    const ir::Shape& tile = g.streams[static_cast<std::size_t>(ref.decl)].tile;
    const std::size_t lead = lv.shape.size() - tile.size();
    for (std::size_t d = 0; d < at.size(); ++d) {
      if (!at[d]->isConst()) continue;
      const std::int64_t ext = d < lead ? 1 : tile[d - lead];
      const std::int64_t o = at[d]->value;
      if (o >= 0 && o <= lv.shape[d] - ext) continue;
      error(loc.child("at").child(d), std::string(get ? "get into '" : "put from '") + lv.name + "' (" +
                                          ir::shapeString(lv.shape) + ") at " + joinExprs(at) + ": the token " +
                                          ir::shapeString(tile) + " does not fit there (dimension " + std::to_string(d) +
                                          ": offset " + std::to_string(o) + ", extent " + std::to_string(ext) + ")");
      break;  // the statement stays, so its stream keeps its endpoint (no follow-on error)
    }
    return true;
  }

  bool offsets(std::vector<ExprPtr>& at, int argId, int localId, const SourceLoc& loc, bool load) {
    bool ok = true;
    for (std::size_t i = 0; i < at.size(); ++i) {
      at[i] = specialise(at[i], loc.child("at").child(i), "an offset");
      ok = ok && at[i];
    }
    if (!ok || !reachable) return ok;
    const ir::TaskArg& arg = task.args[static_cast<std::size_t>(argId)];
    const ir::LocalVar& lv = task.locals[static_cast<std::size_t>(localId)];
    std::size_t lead = arg.localShape.size() - lv.shape.size();
    for (std::size_t d = 0; d < at.size(); ++d) {
      std::int64_t tile = d < lead ? 1 : lv.shape[d - lead];
      std::int64_t shard = arg.localShape[d];
      Interval iv = intervalOf(*at[d], ranges);
      if (!iv.known) continue;
      bool allOut = iv.lo > shard - tile || iv.hi < 0;  // every value is out of range
      bool someOut = iv.lo < 0 || iv.hi > shard - tile;
      // Report only what is certain: the statement runs (no undecided if above it, no loop that
      // may run zero times) and the bad offsets are really taken. The rest is checked at run time.
      if (!certain || !(allOut || (someOut && iv.exact))) continue;
      std::string why = iv.lo < 0 ? "the offset can be " + std::to_string(iv.lo) + " < 0"
                                  : "offsets reach " + std::to_string(iv.hi) + " and the tile ends at " +
                                        std::to_string(iv.hi + tile) + " > " + std::to_string(shard);
      error(loc.child("at").child(d),
            std::string(load ? "load into '" : "store from '") + lv.name + "' (tile " +
                ir::shapeString(lv.shape) + ") at " + joinExprs(at) + " does not fit in the local shard " +
                ir::shapeString(arg.localShape) + " of argument '" + arg.name + "': in dimension " + std::to_string(d) +
                " " + why);
      return false;
    }
    return true;
  }
};

// ---- stream endpoints ---------------------------------------------------------------------------

struct Use {
  int instance;
  SourceLoc loc;
};
struct ElementUses {
  std::vector<Use> producers, consumers;
};

// Walks one specialised body and finds every stream element it gets from or puts to, enumerating
// only the loops whose variables stream indices depend on.
class Enumerator {
 public:
  Enumerator(const ir::Graph& g, int instId, InstanceErrors& errs, std::set<int>& badDecls,
             std::vector<std::map<std::int64_t, ElementUses>>& uses, std::int64_t& totalBudget)
      : g_(g), id_(instId), inst_(g.instances[static_cast<std::size_t>(instId)]),
        task_(g.tasks[static_cast<std::size_t>(inst_.task)]), nv_(static_cast<int>(task_.vars.size())), errs_(errs),
        badDecls_(badDecls), uses_(uses), total_(totalBudget) {
    slots_.assign(static_cast<std::size_t>(std::max(inst_.numSlots, 1)), 0);
    known_.assign(slots_.size(), 0);
  }

  void run(std::set<std::pair<int, std::int64_t>>& ins, std::set<std::pair<int, std::int64_t>>& outs) {
    ins_ = &ins;
    outs_ = &outs;
    // Loops whose variables appear in stream indices, closed under "its bounds name that loop".
    std::vector<const ir::ForStmt*> stack;
    mark(inst_.body, stack);
    for (std::size_t before = 0; before != enumerated_.size();) {
      before = enumerated_.size();
      close(inst_.body, stack);
    }
    walk(inst_.body);
  }

 private:
  const ir::Graph& g_;
  int id_;
  const ir::Instance& inst_;
  const ir::Task& task_;
  int nv_;  // task variables: frame slots 0..nv_-1 (loop slots follow)
  InstanceErrors& errs_;
  std::set<int>& badDecls_;
  std::vector<std::map<std::int64_t, ElementUses>>& uses_;
  std::int64_t& total_;
  std::int64_t budget_ = kMaxEnumerationPerInstance;
  bool exhausted_ = false;
  bool certain_ = true;
  const SourceLoc* outermost_ = nullptr;  // the outermost loop being enumerated
  std::vector<std::int64_t> slots_;
  std::vector<char> known_;
  std::unordered_set<const ir::ForStmt*> enumerated_;
  std::set<std::pair<int, std::int64_t>>* ins_ = nullptr;
  std::set<std::pair<int, std::int64_t>>* outs_ = nullptr;

  static void slotsOf(const Expr& e, std::vector<int>& out) {
    if (e.op == ir::ExprOp::Var && e.slot >= 0) out.push_back(e.slot);
    for (const ExprPtr& a : e.args) slotsOf(*a, out);
  }

  void need(const Expr& e, const std::vector<const ir::ForStmt*>& stack) {
    std::vector<int> sl;
    slotsOf(e, sl);
    for (int s : sl)
      if (s >= nv_ && s - nv_ < static_cast<int>(stack.size())) enumerated_.insert(stack[static_cast<std::size_t>(s - nv_)]);
  }

  template <class Fn>
  void forEachStmt(const ir::Block& b, std::vector<const ir::ForStmt*>& stack, Fn&& fn) {
    for (const ir::Stmt& s : b) {
      fn(s, stack);
      if (auto* f = std::get_if<ir::ForStmt>(&s.node)) {
        stack.push_back(f);
        forEachStmt(f->body, stack, fn);
        stack.pop_back();
      } else if (auto* w = std::get_if<ir::WhileStmt>(&s.node)) {
        forEachStmt(w->body, stack, fn);
      } else if (auto* i = std::get_if<ir::IfStmt>(&s.node)) {
        for (const auto& br : i->branches) forEachStmt(br.second, stack, fn);
        forEachStmt(i->elseBody, stack, fn);
      }
    }
  }

  void mark(const ir::Block& b, std::vector<const ir::ForStmt*>& stack) {
    forEachStmt(b, stack, [this](const ir::Stmt& s, const std::vector<const ir::ForStmt*>& st) {
      const ir::StreamRef* r = nullptr;
      if (auto* gs = std::get_if<ir::GetStmt>(&s.node)) r = &gs->stream;
      if (auto* ps = std::get_if<ir::PutStmt>(&s.node)) r = &ps->stream;
      if (r)
        for (const ExprPtr& e : r->index) need(*e, st);
    });
  }

  void close(const ir::Block& b, std::vector<const ir::ForStmt*>& stack) {
    forEachStmt(b, stack, [this](const ir::Stmt& s, const std::vector<const ir::ForStmt*>& st) {
      auto* f = std::get_if<ir::ForStmt>(&s.node);
      if (!f || !enumerated_.count(f)) return;
      need(*f->lo, st);
      need(*f->hi, st);
      need(*f->step, st);
    });
  }

  // The value of `e` if every loop variable it reads is known. Throws ir::EvalError.
  std::optional<std::int64_t> value(const Expr& e) {
    switch (e.op) {
      case ir::ExprOp::Const: return e.value;
      case ir::ExprOp::Var:
        if (e.slot >= 0 && static_cast<std::size_t>(e.slot) < known_.size() && known_[static_cast<std::size_t>(e.slot)])
          return slots_[static_cast<std::size_t>(e.slot)];
        return std::nullopt;
      case ir::ExprOp::And:
      case ir::ExprOp::Or: {
        bool isAnd = e.op == ir::ExprOp::And;
        auto a = value(*e.args[0]);
        if (a && ((*a != 0) != isAnd)) return isAnd ? 0 : 1;  // short circuit
        std::optional<std::int64_t> b;
        try {
          b = value(*e.args[1]);
        } catch (const ir::EvalError&) {
          if (a) throw;  // evaluated for real
          return std::nullopt;
        }
        if (a && b) return (*b != 0) ? 1 : 0;
        if (b && ((*b != 0) != isAnd)) return isAnd ? 0 : 1;
        return std::nullopt;
      }
      case ir::ExprOp::Select: {
        auto c = value(*e.args[0]);
        if (c) return value(*e.args[*c != 0 ? 1 : 2]);
        return std::nullopt;
      }
      default: break;
    }
    std::int64_t v[3];
    for (std::size_t i = 0; i < e.args.size(); ++i) {
      auto a = value(*e.args[i]);
      if (!a) return std::nullopt;
      v[i] = *a;
    }
    return ir::apply(e, v, e.args.size());
  }

  bool spend(const SourceLoc& loc) {
    if (exhausted_) return false;
    if (--budget_ >= 0 && --total_ >= 0) return true;
    exhausted_ = true;
    errs_.add(outermost_ ? *outermost_ : loc,
              "finding the stream elements this instance uses needs more than " +
                  std::to_string(budget_ < 0 ? kMaxEnumerationPerInstance : kMaxEnumerationTotal) +
                  " loop iterations" + (budget_ < 0 ? "" : " in the whole graph") +
                  " (stream indices depend on loop variables with very long ranges)",
              inst_.name);
    return false;
  }

  void walk(const ir::Block& b) {
    for (const ir::Stmt& s : b) {
      if (!spend(s.loc)) return;
      std::visit(ir::Overloaded{
                     [&](const ir::ForStmt& f) { forStmt(s, f); },
                     [&](const ir::IfStmt& f) { ifStmt(f); },
                     [&](const ir::GetStmt& f) { use(f.stream, s.loc, false); },
                     [&](const ir::PutStmt& f) { use(f.stream, s.loc, true); },
                     [&](const ir::WhileStmt& f) {
                       bool saved = certain_;
                       certain_ = false;  // may run zero times
                       walk(f.body);
                       certain_ = saved;
                     },
                     [&](const auto&) {},
                 },
                 s.node);
    }
  }

  void forStmt(const ir::Stmt& s, const ir::ForStmt& f) {
    std::size_t slot = static_cast<std::size_t>(f.slot);
    std::optional<std::int64_t> lo, hi, step;
    try {
      lo = value(*f.lo);
      hi = value(*f.hi);
      step = value(*f.step);
    } catch (const ir::EvalError& x) {
      if (certain_) errs_.add(s.loc.child("range"), std::string(x.what()) + " in the loop range", inst_.name);
      return;
    }
    if (lo && hi && step && *hi <= *lo) return;  // never runs
    bool saved = certain_;
    if (enumerated_.count(&f) && (!lo || !hi || !step)) {
      // Bounds that read task variables (set at run time): every value the variables may take.
      if (const auto hull = boundsHull(f, s.loc)) {
        lo = (*hull)[0];
        hi = (*hull)[1];
        step = (*hull)[2];
      } else {
        lo.reset();
      }
      certain_ = false;
      if (lo && hi && step && *hi <= *lo) {
        certain_ = saved;
        return;
      }
    }
    if (enumerated_.count(&f) && lo && hi && step) {
      if (*step < 1) {
        if (certain_) errs_.add(s.loc.child("range"), "range step must be >= 1, found " + std::to_string(*step), inst_.name);
        return;
      }
      if (!outermost_) outermost_ = &s.loc;
      for (std::int64_t v = *lo; v < *hi; v += *step) {
        if (!spend(s.loc)) break;
        slots_[slot] = v;
        known_[slot] = 1;
        walk(f.body);
        if (exhausted_ || v > INT64_MAX - *step) break;
      }
      if (outermost_ == &s.loc) outermost_ = nullptr;
      known_[slot] = 0;
      certain_ = saved;
      return;
    }
    if (!(lo && hi)) certain_ = false;  // may run zero times
    known_[slot] = 0;
    walk(f.body);
    certain_ = saved;
  }

  void ifStmt(const ir::IfStmt& f) {
    bool saved = certain_;
    for (const auto& [cond, body] : f.branches) {
      std::optional<std::int64_t> c;
      try {
        c = value(*cond);
      } catch (const ir::EvalError&) {
        c.reset();  // a run-time error of the condition: the simulator reports it
      }
      if (c && *c == 0) continue;
      if (c) {
        walk(body);
        certain_ = saved;
        return;
      }
      certain_ = false;  // undecided: both this branch and the following ones may run
      walk(body);
    }
    walk(f.elseBody);
    certain_ = saved;
  }

  // The task-variable slots `e` reads whose values are not fixed here.
  void unknownVars(const Expr& e, std::vector<int>& out) const {
    if (e.op == ir::ExprOp::Var && e.slot >= 0 && e.slot < nv_ && !known_[static_cast<std::size_t>(e.slot)] &&
        std::find(out.begin(), out.end(), e.slot) == out.end())
      out.push_back(e.slot);
    for (const ExprPtr& a : e.args) unknownVars(*a, out);
  }

  // Call `fn` with every combination of values of the task variables `vs[k..]` (each in its range) fixed.
  template <class Fn>
  void eachVarValue(const std::vector<int>& vs, std::size_t k, const SourceLoc& loc, Fn&& fn) {
    if (k == vs.size()) return fn();
    const auto slot = static_cast<std::size_t>(vs[k]);
    for (std::int64_t v = 0; v < task_.vars[slot].extent; ++v) {
      if (!spend(loc)) break;
      slots_[slot] = v;
      known_[slot] = 1;
      eachVarValue(vs, k + 1, loc, fn);
      if (exhausted_) break;
    }
    known_[slot] = 0;
  }

  // The loop's widest range (smallest start and step, largest end) over the values of the task
  // variables its bounds read; none when one is unknown or a run-time error for some values (the
  // simulator reports it).
  std::optional<std::array<std::int64_t, 3>> boundsHull(const ir::ForStmt& f, const SourceLoc& loc) {
    try {
      const auto l = extreme(*f.lo, loc, true), h = extreme(*f.hi, loc, false), st = extreme(*f.step, loc, true);
      if (!l || !h || !st) return std::nullopt;
      return std::array<std::int64_t, 3>{*l, *h, *st};
    } catch (const ir::EvalError&) {
      return std::nullopt;
    }
  }

  // The smallest (`least`) or largest value of `e` over the values of the task variables it reads.
  // Throws ir::EvalError.
  std::optional<std::int64_t> extreme(const Expr& e, const SourceLoc& loc, bool least) {
    std::vector<int> vs;
    unknownVars(e, vs);
    std::optional<std::int64_t> best;
    bool unknown = false;
    eachVarValue(vs, 0, loc, [&] {
      auto v = value(e);
      if (!v) unknown = true;
      else if (!best || (least ? *v < *best : *v > *best)) best = v;
    });
    if (unknown) return std::nullopt;
    return best;
  }

  void use(const ir::StreamRef& ref, const SourceLoc& loc, bool put) {
    std::vector<int> vs;
    for (const ExprPtr& e : ref.index) unknownVars(*e, vs);
    if (vs.empty()) return useAt(ref, loc, put);
    // An index that reads task variables: every element they may name.
    eachVarValue(vs, 0, loc, [&] { useAt(ref, loc, put); });
  }

  void useAt(const ir::StreamRef& ref, const SourceLoc& loc, bool put) {
    const ir::StreamDecl& d = g_.streams[static_cast<std::size_t>(ref.decl)];
    Shape idx;
    bool allConst = true;
    for (std::size_t i = 0; i < ref.index.size(); ++i) {
      allConst = allConst && ref.index[i]->isConst();
      std::optional<std::int64_t> v;
      try {
        v = value(*ref.index[i]);
      } catch (const ir::EvalError& x) {
        if (certain_) {
          errs_.add(loc, std::string(x.what()) + " in stream index '" + ir::toString(*ref.index[i]) + "'", inst_.name);
          badDecls_.insert(ref.decl);
        }
        return;
      }
      if (!v) return;  // cannot happen: index loops are enumerated
      if (*v < 0 || *v >= d.dims[i]) {
        if (certain_ && !allConst) {
          errs_.add(loc,
                    "stream index " + joinExprs(ref.index) + " is out of range for '" + d.name + "' (" +
                        ir::shapeString(d.dims) + "): index " + std::to_string(i) + " reaches " + std::to_string(*v) +
                        validRange(d.dims[i]),
                    inst_.name);
          badDecls_.insert(ref.decl);
        }
        return;  // constant indices out of range were reported while specialising
      }
      idx.push_back(*v);
    }
    std::int64_t flat = ir::flatIndex(d.dims, idx);
    ElementUses& u = uses_[static_cast<std::size_t>(ref.decl)][flat];
    std::vector<Use>& list = put ? u.producers : u.consumers;
    if (list.empty() || list.back().instance != id_) list.push_back(Use{id_, loc});
    (put ? outs_ : ins_)->insert({ref.decl, flat});
  }
};

void setStreamInsts(ir::Block& b, const ir::Graph& g) {
  for (ir::Stmt& s : b) {
    std::visit(ir::Overloaded{
                   [&](ir::ForStmt& f) { setStreamInsts(f.body, g); },
                   [&](ir::WhileStmt& f) { setStreamInsts(f.body, g); },
                   [&](ir::IfStmt& f) {
                     for (auto& br : f.branches) setStreamInsts(br.second, g);
                     setStreamInsts(f.elseBody, g);
                   },
                   [&](ir::GetStmt& f) {
                     if (std::all_of(f.stream.index.begin(), f.stream.index.end(), [](const ExprPtr& e) { return e->isConst(); })) {
                       Shape idx;
                       for (const ExprPtr& e : f.stream.index) idx.push_back(e->value);
                       f.stream.inst = g.streamInstId(f.stream.decl, idx);
                     }
                   },
                   [&](ir::PutStmt& f) {
                     if (std::all_of(f.stream.index.begin(), f.stream.index.end(), [](const ExprPtr& e) { return e->isConst(); })) {
                       Shape idx;
                       for (const ExprPtr& e : f.stream.index) idx.push_back(e->value);
                       f.stream.inst = g.streamInstId(f.stream.decl, idx);
                     }
                   },
                   [&](auto&) {},
               },
               s.node);
  }
}

std::string listUses(const ir::Graph& g, const std::vector<Use>& v) {
  std::string s;
  std::size_t shown = std::min<std::size_t>(v.size(), 4);
  for (std::size_t i = 0; i < shown; ++i) {
    if (i) s += (i + 1 == shown && shown == v.size()) ? " and " : ", ";
    s += g.instances[static_cast<std::size_t>(v[i].instance)].name + " (" + v[i].loc.pointer + ")";
  }
  if (shown < v.size()) s += " and " + std::to_string(v.size() - shown) + " more";
  return s;
}

}  // namespace

bool elaborate(ir::Graph& g, Diagnostics& diags) {
  std::size_t errorsBefore = diags.errorCount();
  InstanceErrors errs;
  std::set<int> badDecls;
  std::int64_t statements = 0;
  bool tooBig = false;

  std::unordered_map<std::string, std::int64_t> params;
  for (const ir::Param& p : g.params) params[p.name] = p.value;

  // Instances, row-major over each task's grid, tasks in declaration order.
  for (std::size_t t = 0; t < g.tasks.size() && !tooBig; ++t) {
    const ir::Task& task = g.tasks[t];
    std::int64_t n = 1;
    for (std::int64_t e : task.mapping) n *= e;
    bool single = n == 1;
    for (std::int64_t flat = 0; flat < n && !tooBig; ++flat) {
      ir::Instance inst;
      inst.task = static_cast<int>(t);
      inst.coords = unflatten(task.mapping, flat);
      inst.name = task.name;
      if (!single)
        for (std::int64_t c : inst.coords) inst.name += "_" + std::to_string(c);
      Specialiser sp{g, task, inst, errs, badDecls, statements, tooBig, params, {}, {}, true, true};
      for (std::size_t a = 0; a < task.coordNames.size(); ++a)
        if (!task.coordNames[a].empty()) sp.consts[task.coordNames[a]] = inst.coords[a];
      // Task variables take the first frame slots; what is known of them is their range.
      for (const ir::TaskVar& v : task.vars) {
        sp.loopNames.push_back(v.name);
        sp.ranges.push_back(SlotRange{true, 0, v.extent - 1, false});
      }
      sp.inst.numSlots = static_cast<int>(task.vars.size());
      sp.block(task.body, inst.body);
      g.instances.push_back(std::move(inst));
    }
  }
  if (tooBig) {
    errs.flush(diags);
    diags.error(SourceLoc{g.file, "/tasks"},
                "the elaborated graph has more than " + std::to_string(kMaxElaboratedStatements) +
                    " statements in all (instances x statements per body); use fewer instances or shorter bodies");
    return false;
  }

  // Stream endpoints.
  std::vector<std::map<std::int64_t, ElementUses>> uses(g.streams.size());
  std::vector<std::set<std::pair<int, std::int64_t>>> ins(g.instances.size()), outs(g.instances.size());
  std::int64_t total = kMaxEnumerationTotal;
  for (std::size_t i = 0; i < g.instances.size(); ++i) {
    Enumerator en(g, static_cast<int>(i), errs, badDecls, uses, total);
    en.run(ins[i], outs[i]);
  }
  errs.flush(diags);

  constexpr int kMaxPerDecl = 20;
  for (std::size_t d = 0; d < g.streams.size(); ++d) {
    if (badDecls.count(static_cast<int>(d))) continue;
    const ir::StreamDecl& decl = g.streams[d];
    int reported = 0, suppressed = 0;
    for (const auto& [flat, u] : uses[d]) {
      std::string name = elementName(decl, unflatten(decl.dims, flat));
      std::vector<std::pair<SourceLoc, std::string>> found;
      if (u.producers.size() > 1)
        found.emplace_back(u.producers[0].loc, "stream '" + name + "' has " + std::to_string(u.producers.size()) +
                                                   " producers: " + listUses(g, u.producers));
      if (u.consumers.size() > 1)
        found.emplace_back(u.consumers[0].loc, "stream '" + name + "' has " + std::to_string(u.consumers.size()) +
                                                   " consumers: " + listUses(g, u.consumers));
      if (u.consumers.empty())
        found.emplace_back(u.producers[0].loc, "stream '" + name + "' is put by " + listUses(g, u.producers) +
                                                   " but no instance gets from it");
      if (u.producers.empty())
        found.emplace_back(u.consumers[0].loc, "stream '" + name + "' is read by " + listUses(g, u.consumers) +
                                                   " but no instance puts to it");
      for (auto& [loc, msg] : found) {
        if (reported < kMaxPerDecl) {
          diags.error(loc, msg);
          ++reported;
        } else {
          ++suppressed;
        }
      }
    }
    if (suppressed)
      diags.error(decl.loc, std::to_string(suppressed) + " more error" + (suppressed == 1 ? "" : "s") +
                                " about the producers and consumers of elements of stream '" + decl.name + "'");
  }
  if (diags.errorCount() > errorsBefore) return false;

  // Stream instances in (decl, flat index) order.
  g.streamInstOf.assign(g.streams.size(), {});
  for (std::size_t d = 0; d < g.streams.size(); ++d) {
    const ir::StreamDecl& decl = g.streams[d];
    g.streamInstOf[d].assign(static_cast<std::size_t>(ir::numElements(decl.dims)), -1);
    for (const auto& [flat, u] : uses[d]) {
      ir::StreamInst si;
      si.decl = static_cast<int>(d);
      si.index = unflatten(decl.dims, flat);
      si.name = elementName(decl, si.index);
      si.producer = u.producers[0].instance;
      si.consumer = u.consumers[0].instance;
      g.streamInstOf[d][static_cast<std::size_t>(flat)] = static_cast<int>(g.streamInsts.size());
      g.streamInsts.push_back(std::move(si));
    }
  }
  for (std::size_t i = 0; i < g.instances.size(); ++i) {
    ir::Instance& inst = g.instances[i];
    for (const auto& [d, flat] : ins[i]) inst.inStreams.push_back(g.streamInstOf[static_cast<std::size_t>(d)][static_cast<std::size_t>(flat)]);
    for (const auto& [d, flat] : outs[i]) inst.outStreams.push_back(g.streamInstOf[static_cast<std::size_t>(d)][static_cast<std::size_t>(flat)]);
    std::sort(inst.inStreams.begin(), inst.inStreams.end());
    std::sort(inst.outStreams.begin(), inst.outStreams.end());
    setStreamInsts(inst.body, g);
  }
  return true;
}

}  // namespace datosim::frontend::detail
