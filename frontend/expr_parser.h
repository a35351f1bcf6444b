// Integer expressions and stream references as written in graph files (docs/graph-format.md):
// C precedence, `/` and `%` with floor semantics (ir::applyOp), `min(a, b)`, `max(a, b)`, `c ? a : b`.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ir/expr.h"

namespace datosim::frontend {

/// Longest expression text accepted, and deepest nesting of parentheses, unary operators,
/// conditionals and calls (guards against absurd inputs; both documented).
constexpr std::size_t kMaxExprLength = 4096;
constexpr int kMaxExprNesting = 64;

struct ExprError {
  std::size_t column = 0;  // 1-based column inside the expression text
  std::string message;     // e.g. "expected ')'"
};

/// Parse an integer expression; nullptr (and `err` filled) on a syntax error.
ir::ExprPtr parseExpr(std::string_view text, ExprError& err);

/// A stream reference: `name`, `name[i][j + 1]` or `name[i, j + 1]` (forms may be mixed).
struct StreamRefText {
  std::string name;
  std::vector<ir::ExprPtr> index;
};
bool parseStreamRef(std::string_view text, StreamRefText& out, ExprError& err);

/// One-line message for a parse error: "cannot parse expression 'a * (b': expected ')' at column 9".
std::string describeExprError(std::string_view text, const ExprError& err, const char* what = "expression");

}  // namespace datosim::frontend
