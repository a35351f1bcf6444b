// ir::StmtVisitor and ir::Overloaded send each statement kind to its own method.
#include "ir/visit.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace datosim::ir {
namespace {

// One statement of every kind, each with a distinct source location.
Block everyKind() {
  Block b;
  auto add = [&](auto node, const char* ptr) {
    Stmt s;
    s.loc = SourceLoc{"g.json", ptr};
    s.node = std::move(node);
    b.push_back(std::move(s));
  };
  add(ForStmt{}, "/for");
  add(IfStmt{}, "/if");
  add(WhileStmt{}, "/while");
  add(GetStmt{}, "/get");
  add(PutStmt{}, "/put");
  add(LoadStmt{}, "/load");
  add(StoreStmt{}, "/store");
  add(ComputeStmt{}, "/compute");
  add(SetStmt{}, "/set");
  return b;
}

// Records "<kind>@<pointer>" for each statement it visits.
class Recorder : public StmtVisitor<std::vector<std::string>> {
 public:
  using Log = std::vector<std::string>;

 protected:
  void note(const Stmt& s, const char* kind, Log& log) { log.push_back(std::string(kind) + "@" + s.loc.pointer); }
  void on(const Stmt& s, const ForStmt&, Log& l) override { note(s, "for", l); }
  void on(const Stmt& s, const IfStmt&, Log& l) override { note(s, "if", l); }
  void on(const Stmt& s, const WhileStmt&, Log& l) override { note(s, "while", l); }
  void on(const Stmt& s, const GetStmt&, Log& l) override { note(s, "get", l); }
  void on(const Stmt& s, const PutStmt&, Log& l) override { note(s, "put", l); }
  void on(const Stmt& s, const LoadStmt&, Log& l) override { note(s, "load", l); }
  void on(const Stmt& s, const StoreStmt&, Log& l) override { note(s, "store", l); }
  void on(const Stmt& s, const ComputeStmt&, Log& l) override { note(s, "compute", l); }
  void on(const Stmt& s, const SetStmt&, Log& l) override { note(s, "set", l); }
};

const std::vector<std::string> kExpected = {"for@/for",     "if@/if",       "while@/while",
                                            "get@/get",     "put@/put",     "load@/load",
                                            "store@/store", "compute@/compute", "set@/set"};

TEST(StmtVisitor, SendsEachKindToItsOwnMethod) {
  Recorder r;
  Recorder::Log log;
  for (const Stmt& s : everyKind()) r.visit(s, log);
  EXPECT_EQ(log, kExpected);
}

TEST(Overloaded, SendsEachKindToItsOwnLambda) {
  std::vector<std::string> log;
  for (const Stmt& s : everyKind()) {
    auto note = [&](const char* kind) { log.push_back(std::string(kind) + "@" + s.loc.pointer); };
    std::visit(Overloaded{[&](const ForStmt&) { note("for"); }, [&](const IfStmt&) { note("if"); },
                          [&](const WhileStmt&) { note("while"); }, [&](const GetStmt&) { note("get"); },
                          [&](const PutStmt&) { note("put"); }, [&](const LoadStmt&) { note("load"); },
                          [&](const StoreStmt&) { note("store"); }, [&](const ComputeStmt&) { note("compute"); },
                          [&](const SetStmt&) { note("set"); }},
               s.node);
  }
  EXPECT_EQ(log, kExpected);
}

TEST(StmtVisitor, AKindRefusedEarlierIsAnInternalErrorNamingWhereItWas) {
  const Block b = everyKind();
  try {
    refusedEarlier(b[2], "a 'while' loop", "the test pass");
    FAIL() << "no exception";
  } catch (const std::logic_error& e) {
    EXPECT_NE(std::string(e.what()).find("the test pass reached a 'while' loop at g.json:/while"), std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace datosim::ir
