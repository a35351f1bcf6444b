#include "ir/expr.h"

#include <algorithm>
#include <set>

namespace datosim::ir {

ExprPtr Expr::constant(std::int64_t v) {
  auto e = std::make_shared<Expr>();
  e->op = ExprOp::Const;
  e->value = v;
  return e;
}
ExprPtr Expr::var(std::string name, int slot) {
  auto e = std::make_shared<Expr>();
  e->op = ExprOp::Var;
  e->name = std::move(name);
  e->slot = slot;
  return e;
}
ExprPtr Expr::unary(ExprOp op, ExprPtr a) {
  auto e = std::make_shared<Expr>();
  e->op = op;
  e->args = {std::move(a)};
  return e;
}
ExprPtr Expr::binary(ExprOp op, ExprPtr a, ExprPtr b) {
  auto e = std::make_shared<Expr>();
  e->op = op;
  e->args = {std::move(a), std::move(b)};
  return e;
}
ExprPtr Expr::select(ExprPtr c, ExprPtr a, ExprPtr b) {
  auto e = std::make_shared<Expr>();
  e->op = ExprOp::Select;
  e->args = {std::move(c), std::move(a), std::move(b)};
  return e;
}

ExprPtr Expr::index(std::string table, ExprPtr i, TablePtr data) {
  auto e = std::make_shared<Expr>();
  e->op = ExprOp::Index;
  e->name = std::move(table);
  e->args = {std::move(i)};
  e->table = std::move(data);
  return e;
}
ExprPtr Expr::reduce(TableReduce r, std::string table) {
  auto e = std::make_shared<Expr>();
  e->op = ExprOp::Reduce;
  e->value = static_cast<std::int64_t>(r);
  e->name = std::move(table);
  return e;
}

const char* tableReduceName(TableReduce r) {
  switch (r) {
    case TableReduce::Len: return "len";
    case TableReduce::Sum: return "sum";
    case TableReduce::Min: return "min";
    case TableReduce::Max: return "max";
  }
  return "?";
}

std::int64_t Table::at(std::int64_t i) const {
  if (i < 0 || static_cast<std::uint64_t>(i) >= values.size())
    throw EvalError("index " + std::to_string(i) + " is out of range of table '" + name + "' (" +
                    std::to_string(values.size()) + (values.size() == 1 ? " value" : " values") + ", indices 0.." +
                    std::to_string(values.size() - 1) + ")");
  return values[static_cast<std::size_t>(i)];
}

std::int64_t applyOp(ExprOp op, const std::int64_t* a, std::size_t n) {
  std::int64_t r = 0;
  switch (op) {
    case ExprOp::Const:
    case ExprOp::Var:
    case ExprOp::Reduce:
      throw EvalError("internal: applyOp on a leaf");
    case ExprOp::Index:
      throw EvalError("internal: applyOp on a table index (use apply)");
    case ExprOp::Neg:
      if (__builtin_sub_overflow(std::int64_t{0}, a[0], &r)) throw EvalError("integer overflow in negation");
      return r;
    case ExprOp::Not: return a[0] == 0;
    case ExprOp::Add:
      if (__builtin_add_overflow(a[0], a[1], &r)) throw EvalError("integer overflow in addition");
      return r;
    case ExprOp::Sub:
      if (__builtin_sub_overflow(a[0], a[1], &r)) throw EvalError("integer overflow in subtraction");
      return r;
    case ExprOp::Mul:
      if (__builtin_mul_overflow(a[0], a[1], &r)) throw EvalError("integer overflow in multiplication");
      return r;
    case ExprOp::Div:
    case ExprOp::Mod: {
      if (a[1] == 0) throw EvalError(op == ExprOp::Div ? "division by zero" : "modulo by zero");
      if (a[0] == INT64_MIN && a[1] == -1) throw EvalError("integer overflow in division");
      std::int64_t q = a[0] / a[1], m = a[0] % a[1];
      if (m != 0 && ((m < 0) != (a[1] < 0))) {  // floor semantics
        --q;
        m += a[1];
      }
      return op == ExprOp::Div ? q : m;
    }
    case ExprOp::Lt: return a[0] < a[1];
    case ExprOp::Le: return a[0] <= a[1];
    case ExprOp::Gt: return a[0] > a[1];
    case ExprOp::Ge: return a[0] >= a[1];
    case ExprOp::Eq: return a[0] == a[1];
    case ExprOp::Ne: return a[0] != a[1];
    case ExprOp::And: return (a[0] != 0) && (a[1] != 0);
    case ExprOp::Or: return (a[0] != 0) || (a[1] != 0);
    case ExprOp::Min: return std::min(a[0], a[1]);
    case ExprOp::Max: return std::max(a[0], a[1]);
    case ExprOp::Select: return a[0] != 0 ? a[1] : a[2];
  }
  (void)n;
  throw EvalError("internal: unknown operator");
}

std::int64_t apply(const Expr& e, const std::int64_t* a, std::size_t n) {
  if (e.op != ExprOp::Index) return applyOp(e.op, a, n);
  if (!e.table) throw EvalError("table '" + e.name + "' is not bound");
  return e.table->at(a[0]);
}

std::int64_t eval(const Expr& e, const std::int64_t* slots) {
  switch (e.op) {
    case ExprOp::Const: return e.value;
    case ExprOp::Var:
      if (e.slot < 0) throw EvalError("unbound variable '" + e.name + "'");
      return slots[e.slot];
    case ExprOp::And: return eval(*e.args[0], slots) != 0 && eval(*e.args[1], slots) != 0;
    case ExprOp::Or: return eval(*e.args[0], slots) != 0 || eval(*e.args[1], slots) != 0;
    case ExprOp::Select: return eval(*e.args[0], slots) != 0 ? eval(*e.args[1], slots) : eval(*e.args[2], slots);
    case ExprOp::Reduce: throw EvalError("table '" + e.name + "' is not bound");
    default: break;
  }
  std::int64_t v[3];
  for (std::size_t i = 0; i < e.args.size(); ++i) v[i] = eval(*e.args[i], slots);
  return apply(e, v, e.args.size());
}

ExprPtr fold(const ExprPtr& e, const std::function<std::optional<std::int64_t>(const std::string&)>& lookup) {
  if (e->op == ExprOp::Const || e->op == ExprOp::Reduce) return e;
  if (e->op == ExprOp::Var) {
    if (auto v = lookup(e->name)) return Expr::constant(*v);
    return e;
  }
  // Short-circuit forms decide on a constant condition before folding the other operands, so a
  // guard like `k > 0 && n / k > 1` never divides by zero at fold time.
  bool shortCircuit = e->op == ExprOp::Select || e->op == ExprOp::And || e->op == ExprOp::Or;
  if (shortCircuit) {
    ExprPtr c = fold(e->args[0], lookup);
    if (c->isConst()) {
      bool t = c->value != 0;
      if (e->op == ExprOp::Select) return fold(e->args[t ? 1 : 2], lookup);
      if (e->op == ExprOp::And && !t) return Expr::constant(0);
      if (e->op == ExprOp::Or && t) return Expr::constant(1);
      ExprPtr rhs = fold(e->args[1], lookup);
      if (rhs->isConst()) return Expr::constant(rhs->value != 0);
      return Expr::binary(ExprOp::Ne, rhs, Expr::constant(0));
    }
  }
  std::vector<ExprPtr> args;
  bool allConst = true;
  for (const ExprPtr& a : e->args) {
    args.push_back(fold(a, lookup));
    allConst = allConst && args.back()->isConst();
  }
  if (allConst && (e->op != ExprOp::Index || e->table)) {
    std::int64_t v[3];
    for (std::size_t i = 0; i < args.size(); ++i) v[i] = args[i]->value;
    return Expr::constant(apply(*e, v, args.size()));
  }
  auto out = std::make_shared<Expr>(*e);
  out->args = std::move(args);
  return out;
}

ExprPtr bindSlots(const ExprPtr& e, const std::function<int(const std::string&)>& slotOf,
                  std::vector<std::string>& unbound) {
  if (e->op == ExprOp::Const) return e;
  if (e->op == ExprOp::Var) {
    int s = slotOf(e->name);
    if (s < 0) {
      unbound.push_back(e->name);
      return e;
    }
    return Expr::var(e->name, s);
  }
  auto out = std::make_shared<Expr>(*e);
  for (ExprPtr& a : out->args) a = bindSlots(a, slotOf, unbound);
  return out;
}

ExprPtr bindTables(const ExprPtr& e, const std::function<TablePtr(const std::string&)>& tableOf,
                   std::vector<std::string>& unbound) {
  if (e->op == ExprOp::Const || e->op == ExprOp::Var) return e;
  if (e->op == ExprOp::Reduce) {
    TablePtr t = tableOf(e->name);
    if (!t) {
      unbound.push_back(e->name);
      return e;
    }
    switch (static_cast<TableReduce>(e->value)) {
      case TableReduce::Len: return Expr::constant(static_cast<std::int64_t>(t->values.size()));
      case TableReduce::Min: return Expr::constant(t->lo);
      case TableReduce::Max: return Expr::constant(t->hi);
      case TableReduce::Sum: {
        std::int64_t sum = 0;
        for (std::int64_t v : t->values)
          if (__builtin_add_overflow(sum, v, &sum)) throw EvalError("integer overflow in sum(" + e->name + ")");
        return Expr::constant(sum);
      }
    }
    throw EvalError("internal: unknown table reduction");
  }
  auto out = std::make_shared<Expr>(*e);
  for (ExprPtr& a : out->args) a = bindTables(a, tableOf, unbound);
  if (out->op == ExprOp::Index && !out->table) {
    out->table = tableOf(out->name);
    if (!out->table) unbound.push_back(out->name);
  }
  return out;
}

namespace {
void collectVars(const Expr& e, std::set<std::string>& out) {
  if (e.op == ExprOp::Var) out.insert(e.name);
  for (const ExprPtr& a : e.args) collectVars(*a, out);
}
void collectTables(const Expr& e, std::set<std::string>& out) {
  if (e.op == ExprOp::Index || e.op == ExprOp::Reduce) out.insert(e.name);
  for (const ExprPtr& a : e.args) collectTables(*a, out);
}

int precedence(ExprOp op) {
  switch (op) {
    case ExprOp::Select: return 1;
    case ExprOp::Or: return 2;
    case ExprOp::And: return 3;
    case ExprOp::Eq: case ExprOp::Ne: return 4;
    case ExprOp::Lt: case ExprOp::Le: case ExprOp::Gt: case ExprOp::Ge: return 5;
    case ExprOp::Add: case ExprOp::Sub: return 6;
    case ExprOp::Mul: case ExprOp::Div: case ExprOp::Mod: return 7;
    case ExprOp::Neg: case ExprOp::Not: return 8;
    default: return 9;
  }
}

const char* opText(ExprOp op) {
  switch (op) {
    case ExprOp::Add: return " + ";
    case ExprOp::Sub: return " - ";
    case ExprOp::Mul: return " * ";
    case ExprOp::Div: return " / ";
    case ExprOp::Mod: return " % ";
    case ExprOp::Lt: return " < ";
    case ExprOp::Le: return " <= ";
    case ExprOp::Gt: return " > ";
    case ExprOp::Ge: return " >= ";
    case ExprOp::Eq: return " == ";
    case ExprOp::Ne: return " != ";
    case ExprOp::And: return " && ";
    case ExprOp::Or: return " || ";
    default: return " ? ";
  }
}

std::string str(const Expr& e, int parentPrec, bool rightSide) {
  std::string s;
  int p = precedence(e.op);
  switch (e.op) {
    case ExprOp::Const: return e.value < 0 && parentPrec > 6 ? "(" + std::to_string(e.value) + ")" : std::to_string(e.value);
    case ExprOp::Var: return e.name;
    case ExprOp::Index: return e.name + "[" + str(*e.args[0], 0, false) + "]";
    case ExprOp::Reduce: return std::string(tableReduceName(static_cast<TableReduce>(e.value))) + "(" + e.name + ")";
    case ExprOp::Min: return "min(" + str(*e.args[0], 0, false) + ", " + str(*e.args[1], 0, false) + ")";
    case ExprOp::Max: return "max(" + str(*e.args[0], 0, false) + ", " + str(*e.args[1], 0, false) + ")";
    case ExprOp::Neg: s = "-" + str(*e.args[0], p, false); break;
    case ExprOp::Not: s = "!" + str(*e.args[0], p, false); break;
    case ExprOp::Select:
      s = str(*e.args[0], p + 1, false) + " ? " + str(*e.args[1], p, false) + " : " + str(*e.args[2], p, true);
      break;
    default:
      s = str(*e.args[0], p, false) + opText(e.op) + str(*e.args[1], p, true);
  }
  bool paren = p < parentPrec || (p == parentPrec && rightSide);
  return paren ? "(" + s + ")" : s;
}
}  // namespace

std::vector<std::string> freeVars(const Expr& e) {
  std::set<std::string> s;
  collectVars(e, s);
  return {s.begin(), s.end()};
}

std::vector<std::string> tableRefs(const Expr& e) {
  std::set<std::string> s;
  collectTables(e, s);
  return {s.begin(), s.end()};
}

bool readsTable(const Expr& e) {
  if (e.op == ExprOp::Index) return true;
  for (const ExprPtr& a : e.args)
    if (readsTable(*a)) return true;
  return false;
}

std::string toString(const Expr& e) { return str(e, 0, false); }

}  // namespace datosim::ir
