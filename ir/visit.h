// Passes over statements with one method per statement kind (docs/architecture.md, "Where to add").
#pragma once

#include <stdexcept>
#include <string>
#include <variant>

#include "ir/graph.h"

namespace datosim::ir {

/// For the statement kinds a pass never receives because an earlier check refuses them (run-time
/// control in the emitters and the bound): reaching one is an internal error.
[[noreturn]] inline void refusedEarlier(const Stmt& s, const std::string& what, const std::string& pass) {
  throw std::logic_error(pass + " reached " + what + " at " + s.loc.str() + ", which is refused before it runs");
}

/// Lambdas, one per statement kind, as one visitor: `std::visit(Overloaded{...}, s.node)` does not
/// compile when a kind has no lambda (the same guarantee as StmtVisitor, for passes written inline).
template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

/// A pass over statements with one method per kind. A class deriving from it defines all nine or
/// cannot be instantiated, so a new statement kind does not compile until every pass (the emitters,
/// the bound) says what it does with it. `Ctx` is what the pass threads through nested blocks (an
/// output stream and its indentation, a counter, an op list).
template <class Ctx, class R = void>
class StmtVisitor {
 public:
  virtual ~StmtVisitor() = default;
  /// The method of `s`'s kind.
  R visit(const Stmt& s, Ctx& c) {
    return std::visit([&](const auto& n) -> R { return on(s, n, c); }, s.node);
  }

 protected:
  virtual R on(const Stmt& s, const ForStmt& n, Ctx& c) = 0;
  virtual R on(const Stmt& s, const IfStmt& n, Ctx& c) = 0;
  virtual R on(const Stmt& s, const WhileStmt& n, Ctx& c) = 0;
  virtual R on(const Stmt& s, const GetStmt& n, Ctx& c) = 0;
  virtual R on(const Stmt& s, const PutStmt& n, Ctx& c) = 0;
  virtual R on(const Stmt& s, const LoadStmt& n, Ctx& c) = 0;
  virtual R on(const Stmt& s, const StoreStmt& n, Ctx& c) = 0;
  virtual R on(const Stmt& s, const ComputeStmt& n, Ctx& c) = 0;
  virtual R on(const Stmt& s, const SetStmt& n, Ctx& c) = 0;
};

}  // namespace datosim::ir
