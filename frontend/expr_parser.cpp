#include "frontend/expr_parser.h"

#include <cctype>

#include "frontend/json_util.h"

namespace datosim::frontend {

namespace {

using ir::Expr;
using ir::ExprOp;
using ir::ExprPtr;

struct ParseFail {};

// A recursive-descent parser over the raw text (the lexer is folded in: expressions are short).
class Parser {
 public:
  Parser(std::string_view text, ExprError& err) : s_(text), err_(err) {}

  ExprPtr parseWhole() {
    if (s_.size() > kMaxExprLength) fail(kMaxExprLength + 1, "expression longer than " + std::to_string(kMaxExprLength) + " characters");
    skip();
    if (pos_ >= s_.size()) fail(pos_, "empty expression");
    ExprPtr e = ternary();
    skip();
    if (pos_ < s_.size()) fail(pos_, "unexpected " + here() + " after a complete expression" + hint());
    return e;
  }

  void streamRef(StreamRefText& out) {
    if (s_.size() > kMaxExprLength) fail(kMaxExprLength + 1, "stream reference longer than " + std::to_string(kMaxExprLength) + " characters");
    skip();
    if (pos_ >= s_.size() || !identStart(s_[pos_])) fail(pos_, "expected a stream name, found " + here());
    out.name = ident();
    skip();
    while (pos_ < s_.size() && s_[pos_] == '[') {
      ++pos_;
      for (;;) {
        out.index.push_back(ternary());
        skip();
        if (eat(',')) continue;
        if (eat(']')) break;
        fail(pos_, "expected ',' or ']' in the stream index, found " + here());
      }
      skip();
    }
    if (pos_ < s_.size()) fail(pos_, "unexpected " + here() + " after the stream reference (index with [i][j] or [i, j])");
  }

 private:
  std::string_view s_;
  ExprError& err_;
  std::size_t pos_ = 0;
  int depth_ = 0;

  [[noreturn]] void fail(std::size_t at, std::string msg) {
    err_.column = at + 1;
    err_.message = std::move(msg);
    throw ParseFail{};
  }

  static bool identStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
  static bool identChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

  std::string here() const {
    if (pos_ >= s_.size()) return "end of expression";
    unsigned char c = static_cast<unsigned char>(s_[pos_]);
    if (c < 0x20 || c >= 0x7f) return "character " + printable(std::string(1, static_cast<char>(c)));
    return "'" + std::string(1, static_cast<char>(c)) + "'";
  }

  // A hint for operators people write from other languages.
  std::string hint() const {
    if (pos_ >= s_.size()) return "";
    char c = s_[pos_];
    if (c == '=') return " (comparison is '==')";
    if (c == '&' || c == '|') return " (logical operators are '&&' and '||')";
    if (c == '^' || c == '~' || c == '<' || c == '>') return " (bitwise operators are not supported)";
    return "";
  }

  void skip() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }
  bool eat(char c) {
    skip();
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  // Two-character operator, or a one-character one not followed by `notNext`.
  bool eat2(const char* op) {
    skip();
    if (s_.compare(pos_, 2, op) == 0) {
      pos_ += 2;
      return true;
    }
    return false;
  }
  bool eat1Not(char c, char notNext) {
    skip();
    if (pos_ < s_.size() && s_[pos_] == c && (pos_ + 1 >= s_.size() || s_[pos_ + 1] != notNext)) {
      ++pos_;
      return true;
    }
    return false;
  }

  std::string ident() {
    std::size_t b = pos_;
    while (pos_ < s_.size() && identChar(s_[pos_])) ++pos_;
    return std::string(s_.substr(b, pos_ - b));
  }

  struct Nest {
    Parser& p;
    explicit Nest(Parser& parser, std::size_t at) : p(parser) {
      if (++p.depth_ > kMaxExprNesting) p.fail(at, "expression nested deeper than " + std::to_string(kMaxExprNesting) + " levels");
    }
    ~Nest() { --p.depth_; }
  };

  ExprPtr ternary() {
    Nest n(*this, pos_);
    ExprPtr c = logicalOr();
    if (!eat('?')) return c;
    ExprPtr a = ternary();
    if (!eat(':')) fail(pos_, "expected ':' of the conditional 'c ? a : b', found " + here());
    ExprPtr b = ternary();
    return Expr::select(std::move(c), std::move(a), std::move(b));
  }
  ExprPtr logicalOr() {
    ExprPtr a = logicalAnd();
    while (eat2("||")) a = Expr::binary(ExprOp::Or, a, logicalAnd());
    return a;
  }
  ExprPtr logicalAnd() {
    ExprPtr a = equality();
    while (eat2("&&")) a = Expr::binary(ExprOp::And, a, equality());
    return a;
  }
  ExprPtr equality() {
    ExprPtr a = relational();
    for (;;) {
      if (eat2("=="))
        a = Expr::binary(ExprOp::Eq, a, relational());
      else if (eat2("!="))
        a = Expr::binary(ExprOp::Ne, a, relational());
      else
        return a;
    }
  }
  ExprPtr relational() {
    ExprPtr a = additive();
    for (;;) {
      if (eat2("<="))
        a = Expr::binary(ExprOp::Le, a, additive());
      else if (eat2(">="))
        a = Expr::binary(ExprOp::Ge, a, additive());
      else if (eat1Not('<', '<'))
        a = Expr::binary(ExprOp::Lt, a, additive());
      else if (eat1Not('>', '>'))
        a = Expr::binary(ExprOp::Gt, a, additive());
      else
        return a;
    }
  }
  ExprPtr additive() {
    ExprPtr a = multiplicative();
    for (;;) {
      if (eat('+'))
        a = Expr::binary(ExprOp::Add, a, multiplicative());
      else if (eat('-'))
        a = Expr::binary(ExprOp::Sub, a, multiplicative());
      else
        return a;
    }
  }
  ExprPtr multiplicative() {
    ExprPtr a = unary();
    for (;;) {
      if (eat('*'))
        a = Expr::binary(ExprOp::Mul, a, unary());
      else if (eat('/'))
        a = Expr::binary(ExprOp::Div, a, unary());
      else if (eat('%'))
        a = Expr::binary(ExprOp::Mod, a, unary());
      else
        return a;
    }
  }
  ExprPtr unary() {
    skip();
    if (pos_ < s_.size() && (s_[pos_] == '-' || (s_[pos_] == '!' && (pos_ + 1 >= s_.size() || s_[pos_ + 1] != '=')))) {
      Nest n(*this, pos_);
      ExprOp op = s_[pos_] == '-' ? ExprOp::Neg : ExprOp::Not;
      ++pos_;
      ExprPtr a = unary();
      // A negated literal is a constant: "-5" is -5, not Neg(5).
      if (op == ExprOp::Neg && a->isConst() && a->value != INT64_MIN) return Expr::constant(-a->value);
      return Expr::unary(op, std::move(a));
    }
    return primary();
  }

  ExprPtr primary() {
    skip();
    if (pos_ >= s_.size()) fail(pos_, "expected a value, found end of expression");
    char c = s_[pos_];
    std::size_t start = pos_;
    if (std::isdigit(static_cast<unsigned char>(c))) {
      std::uint64_t v = 0;
      while (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_]))) {
        unsigned d = static_cast<unsigned>(s_[pos_] - '0');
        if (v > (static_cast<std::uint64_t>(INT64_MAX) - d) / 10) fail(start, "integer literal too large (64-bit signed integers)");
        v = v * 10 + d;
        ++pos_;
      }
      if (pos_ < s_.size() && (identChar(s_[pos_]) || s_[pos_] == '.')) {
        if (s_[pos_] == '.') fail(pos_, "only integers are allowed (no '.')");
        fail(pos_, "unexpected " + here() + " in a number");
      }
      return Expr::constant(static_cast<std::int64_t>(v));
    }
    if (identStart(c)) {
      std::string name = ident();
      bool call = eat('(');
      if (name == "min" || name == "max") {
        if (!call) fail(start, "'" + name + "' is a function: write " + name + "(a, b), or " + name + "(TABLE) for a table");
        ExprPtr a = ternary();
        if (a->op == ExprOp::Var && eat(')'))  // min(TABLE): the smallest value of a table
          return Expr::reduce(name == "min" ? ir::TableReduce::Min : ir::TableReduce::Max, a->name);
        if (!eat(',')) fail(pos_, name + "() takes two arguments (or one table): expected ',', found " + here());
        ExprPtr b = ternary();
        if (!eat(')')) fail(pos_, name + "() takes two arguments: expected ')', found " + here());
        return Expr::binary(name == "min" ? ExprOp::Min : ExprOp::Max, std::move(a), std::move(b));
      }
      if (call && (name == "len" || name == "sum")) {
        skip();
        std::size_t at = pos_;
        if (pos_ >= s_.size() || !identStart(s_[pos_])) fail(at, name + "() takes a table name, found " + here());
        std::string table = ident();
        if (!eat(')')) fail(pos_, name + "() takes one table name: expected ')', found " + here());
        return Expr::reduce(name == "len" ? ir::TableReduce::Len : ir::TableReduce::Sum, std::move(table));
      }
      if (call)
        fail(start, "unknown function '" + printable(name) +
                        "' (the functions are min(a, b), max(a, b) and, on a table, len, sum, min and max)");
      if (eat('[')) {  // TABLE[i]
        Nest n(*this, start);
        ExprPtr i = ternary();
        if (!eat(']')) fail(pos_, "expected ']' after the index of table '" + printable(name) + "', found " + here());
        skip();
        if (pos_ < s_.size() && s_[pos_] == '[') fail(pos_, "tables have one dimension: '" + printable(name) + "[i]'");
        return Expr::index(std::move(name), std::move(i));
      }
      return Expr::var(std::move(name));
    }
    if (c == '(') {
      ++pos_;
      ExprPtr e = ternary();
      if (!eat(')')) fail(pos_, "expected ')', found " + here());
      return e;
    }
    if (c == '=') fail(pos_, "unexpected '=' (comparison is '==')");
    if (c == '&' || c == '|') fail(pos_, std::string("unexpected '") + c + "' (logical operators are '&&' and '||')");
    if (c == ')') fail(pos_, "unexpected ')'");
    fail(pos_, "expected a value, found " + here());
  }
};

}  // namespace

ir::ExprPtr parseExpr(std::string_view text, ExprError& err) {
  try {
    Parser p(text, err);
    return p.parseWhole();
  } catch (const ParseFail&) {
    return nullptr;
  }
}

bool parseStreamRef(std::string_view text, StreamRefText& out, ExprError& err) {
  try {
    Parser p(text, err);
    p.streamRef(out);
    return true;
  } catch (const ParseFail&) {
    return false;
  }
}

std::string describeExprError(std::string_view text, const ExprError& err, const char* what) {
  return std::string("cannot parse ") + what + " '" + printable(std::string(text), 80) + "': " + err.message +
         " at column " + std::to_string(err.column);
}

}  // namespace datosim::frontend
