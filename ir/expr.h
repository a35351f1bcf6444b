// Integer expressions over parameters, instance coordinates and loop variables.
//
// Semantics (documented in docs/graph-format.md): 64-bit signed integers; `/` and `%` are floor
// division and modulo (Python's `//` and `%`: -7 / 2 == -4, -7 % 2 == 1); comparisons and
// logical operators give 0 or 1; overflow and division by zero are errors, never wrap-around.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace datosim::ir {

struct Expr;
using ExprPtr = std::shared_ptr<const Expr>;

enum class ExprOp : std::uint8_t {
  Const,  // value
  Var,    // name; slot >= 0 once bound to a loop-variable frame slot
  Neg, Not,
  Add, Sub, Mul, Div, Mod,
  Lt, Le, Gt, Ge, Eq, Ne,
  And, Or,
  Min, Max,     // min(a, b), max(a, b)
  Select,       // cond ? a : b
  Index,        // TABLE[i]: name is the table, args = {i}; `table` once bound (bindTables)
  Reduce,       // len(TABLE), sum(TABLE), min(TABLE), max(TABLE): name is the table, value a TableReduce;
                // replaced by its constant when bound
};

/// A one-dimensional table of integers read from a trace (graph `tables`, docs/graph-format.md).
struct Table {
  std::string name;
  std::vector<std::int64_t> values;  // at least one
  std::int64_t lo = 0, hi = 0;       // the smallest and largest value
  /// values[i]; throws EvalError naming the table when i is out of range.
  std::int64_t at(std::int64_t i) const;
};
using TablePtr = std::shared_ptr<const Table>;

enum class TableReduce : std::int64_t { Len, Sum, Min, Max };
const char* tableReduceName(TableReduce r);

struct Expr {
  ExprOp op = ExprOp::Const;
  std::int64_t value = 0;      // Const
  std::string name;            // Var
  int slot = -1;               // Var bound to a loop-variable slot
  std::vector<ExprPtr> args;   // operands
  TablePtr table;              // Index, once bound

  static ExprPtr constant(std::int64_t v);
  static ExprPtr var(std::string name, int slot = -1);
  static ExprPtr unary(ExprOp op, ExprPtr a);
  static ExprPtr binary(ExprOp op, ExprPtr a, ExprPtr b);
  static ExprPtr select(ExprPtr c, ExprPtr a, ExprPtr b);
  static ExprPtr index(std::string table, ExprPtr i, TablePtr data = nullptr);
  static ExprPtr reduce(TableReduce r, std::string table);

  bool isConst() const { return op == ExprOp::Const; }
};

/// An arithmetic error while evaluating (division by zero, overflow, unbound variable).
class EvalError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Apply one operator to constant operands (throws EvalError on /0 or overflow).
std::int64_t applyOp(ExprOp op, const std::int64_t* a, std::size_t n);

/// `op` applied to the operand values `a`, for any non-leaf node (Index reads its bound table).
/// Throws EvalError.
std::int64_t apply(const Expr& e, const std::int64_t* a, std::size_t n);

/// Evaluate with loop variables read from `slots` (Var nodes must have slot >= 0).
/// Throws EvalError.
std::int64_t eval(const Expr& e, const std::int64_t* slots);

/// Substitute named variables by the values `lookup` returns and fold constants.
/// Names `lookup` does not know stay variables. Throws EvalError when folding divides by zero
/// or overflows.
ExprPtr fold(const ExprPtr& e, const std::function<std::optional<std::int64_t>(const std::string&)>& lookup);

/// Bind the remaining Var nodes to frame slots; `slotOf` returns -1 for an unknown name.
/// Returns the names that could not be bound (empty on success).
ExprPtr bindSlots(const ExprPtr& e, const std::function<int(const std::string&)>& slotOf,
                  std::vector<std::string>& unbound);

/// Attach table data to every Index node and replace every Reduce node by its value; `tableOf` returns
/// nullptr for a name that is not a table. Returns the table names that could not be bound (empty on
/// success). Throws EvalError when a sum overflows.
ExprPtr bindTables(const ExprPtr& e, const std::function<TablePtr(const std::string&)>& tableOf,
                   std::vector<std::string>& unbound);

/// Every variable name an expression mentions, sorted, no duplicates (table names are not variables).
std::vector<std::string> freeVars(const Expr& e);
/// Every table name an expression indexes or reduces, sorted, no duplicates.
std::vector<std::string> tableRefs(const Expr& e);
/// Whether an expression reads a table at run time (an Index node is left).
bool readsTable(const Expr& e);

/// Canonical text (fully parenthesised where needed), e.g. "pk - 1" or "min(a, b)".
std::string toString(const Expr& e);

}  // namespace datosim::ir
