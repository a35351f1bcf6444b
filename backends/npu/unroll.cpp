#include "backends/npu/unroll.h"

#include <optional>
#include <string>
#include <utility>

#include "ir/expr.h"
#include "ir/visit.h"

namespace datosim::backends::npu {
namespace {

using ir::Expr;
using ir::ExprOp;
using ir::ExprPtr;

bool mentionsSlot(const Expr& e, int slot) {
  if (e.op == ExprOp::Var && e.slot == slot) return true;
  for (const ExprPtr& a : e.args)
    if (mentionsSlot(*a, slot)) return true;
  return false;
}

// Whether `e` reads a table at run time and depends on loop slot `slot` (in the index, or beside the read:
// `c < RG[t]` needs both `t` and `c` known to fold).
bool readsTableWith(const Expr& e, int slot) { return ir::readsTable(e) && mentionsSlot(e, slot); }

// `e` with loop slot `slot` replaced by `v`, constants folded (a table read at a constant index becomes its
// value). Throws ir::EvalError when folding fails (a table index out of range, an overflow).
ExprPtr subst(const ExprPtr& e, int slot, std::int64_t v) {
  if (!e || !mentionsSlot(*e, slot)) return e;
  std::function<ExprPtr(const ExprPtr&)> replace = [&](const ExprPtr& x) -> ExprPtr {
    if (x->op == ExprOp::Var && x->slot == slot) return Expr::constant(v);
    if (x->args.empty() || !mentionsSlot(*x, slot)) return x;
    auto out = std::make_shared<Expr>(*x);
    for (ExprPtr& a : out->args) a = replace(a);
    return out;
  };
  return ir::fold(replace(e), [](const std::string&) -> std::optional<std::int64_t> { return std::nullopt; });
}

void substAll(std::vector<ExprPtr>& es, int slot, std::int64_t v) {
  for (ExprPtr& e : es) e = subst(e, slot, v);
}

struct Unroller {
  std::int64_t statements = 0;
  bool grew = false;     // the statement limit was reached: give up
  bool changed = false;

  // Whether loop `f` is one to unroll: an expression inside it reads a table and depends on its variable.
  static bool wanted(const ir::ForStmt& f) {
    bool want = false;
    ir::forEachStmt(f.body, [&](const ir::Stmt& s) {
      ir::forEachExpr(s, [&](const Expr& e) { want = want || readsTableWith(e, f.slot); });
    });
    return want;
  }

  // Copy of `in` with `slot` = `v` (nullopt: no substitution), unrolling the loops that want it; an `if`
  // whose condition folds to a constant is decided.
  ir::Block block(const ir::Block& in, int slot, std::optional<std::int64_t> v) {
    ir::Block out;
    for (const ir::Stmt& s : in) {
      if (grew) return out;
      stmt(s, slot, v, out);
    }
    return out;
  }

  void push(ir::Block& out, ir::Stmt s) {
    if (++statements > kMaxUnrolledStatements) {
      grew = true;
      return;
    }
    out.push_back(std::move(s));
  }

  void stmt(const ir::Stmt& s, int slot, std::optional<std::int64_t> v, ir::Block& out) {
    auto sub = [&](const ExprPtr& e) { return v ? subst(e, slot, *v) : e; };
    auto subs = [&](std::vector<ExprPtr>& es) {
      if (v) substAll(es, slot, *v);
    };
    std::visit(ir::Overloaded{
                   [&](const ir::ForStmt& f) {
                     ir::ForStmt o = f;
                     o.lo = sub(f.lo);
                     o.hi = sub(f.hi);
                     o.step = sub(f.step);
                     o.ii = sub(f.ii);
                     o.body.clear();
                     if (o.lo->isConst() && o.hi->isConst() && o.step->isConst() && o.step->value >= 1 && wanted(f)) {
                       const std::int64_t lo = o.lo->value, hi = o.hi->value, st = o.step->value;
                       const std::int64_t trips =
                           hi <= lo ? 0 : static_cast<std::int64_t>((static_cast<__int128>(hi) - lo - 1) / st + 1);
                       if (trips <= kMaxUnrolledTrips) {
                         // Substitute the enclosing variable first, then each value of this one.
                         const ir::Block outer = block(f.body, slot, v);
                         for (std::int64_t k = 0; k < trips && !grew; ++k) {
                           ir::Block copy = block(outer, f.slot, lo + k * st);
                           for (ir::Stmt& c : copy) push(out, std::move(c));
                         }
                         changed = true;
                         return;
                       }
                     }
                     if (o.lo->isConst() && o.hi->isConst() && o.hi->value <= o.lo->value) return;  // never runs
                     o.body = block(f.body, slot, v);
                     push(out, ir::Stmt{s.loc, std::move(o)});
                   },
                   [&](const ir::IfStmt& f) {
                     ir::IfStmt o;
                     for (const auto& [cond, body] : f.branches) {
                       ExprPtr c = sub(cond);
                       if (c->isConst()) {
                         if (c->value == 0) continue;  // never taken
                         ir::Block taken = block(body, slot, v);
                         if (o.branches.empty()) {  // taken for sure: its statements replace the if
                           for (ir::Stmt& t : taken) push(out, std::move(t));
                           return;
                         }
                         o.elseBody = std::move(taken);  // taken when the branches before it are not
                         push(out, ir::Stmt{s.loc, std::move(o)});
                         return;
                       }
                       o.branches.emplace_back(std::move(c), block(body, slot, v));
                     }
                     if (o.branches.empty()) {
                       for (ir::Stmt& t : block(f.elseBody, slot, v)) push(out, std::move(t));
                       return;
                     }
                     o.elseBody = block(f.elseBody, slot, v);
                     push(out, ir::Stmt{s.loc, std::move(o)});
                   },
                   [&](const ir::WhileStmt& f) {
                     ir::WhileStmt o;
                     o.cond = sub(f.cond);
                     o.max = sub(f.max);
                     o.body = block(f.body, slot, v);
                     push(out, ir::Stmt{s.loc, std::move(o)});
                   },
                   [&](const ir::GetStmt& f) {
                     ir::GetStmt o = f;
                     subs(o.stream.index);
                     subs(o.at);
                     push(out, ir::Stmt{s.loc, std::move(o)});
                   },
                   [&](const ir::PutStmt& f) {
                     ir::PutStmt o = f;
                     subs(o.stream.index);
                     subs(o.at);
                     o.value = sub(f.value);
                     push(out, ir::Stmt{s.loc, std::move(o)});
                   },
                   [&](const ir::LoadStmt& f) {
                     ir::LoadStmt o = f;
                     subs(o.at);
                     push(out, ir::Stmt{s.loc, std::move(o)});
                   },
                   [&](const ir::StoreStmt& f) {
                     ir::StoreStmt o = f;
                     subs(o.at);
                     push(out, ir::Stmt{s.loc, std::move(o)});
                   },
                   [&](const ir::ComputeStmt& f) {
                     ir::ComputeStmt o = f;
                     o.cycles = sub(f.cycles);
                     push(out, ir::Stmt{s.loc, std::move(o)});
                   },
                   [&](const ir::SetStmt& f) {
                     ir::SetStmt o = f;
                     o.value = sub(f.value);
                     push(out, ir::Stmt{s.loc, std::move(o)});
                   },
               },
               s.node);
  }
};

}  // namespace

std::optional<ir::Block> unrollTableLoops(const ir::Instance& inst) {
  bool reads = false;
  ir::forEachStmt(inst.body, [&](const ir::Stmt& s) {
    ir::forEachExpr(s, [&](const Expr& e) { reads = reads || ir::readsTable(e); });
  });
  if (!reads) return std::nullopt;
  Unroller u;
  ir::Block body;
  try {
    body = u.block(inst.body, -1, std::nullopt);
  } catch (const ir::EvalError&) {
    return std::nullopt;  // a read out of range in some copy: left to the run-time check and the refusal
  }
  if (u.grew || !u.changed) return std::nullopt;
  return body;
}

}  // namespace datosim::backends::npu
