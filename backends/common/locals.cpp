#include "backends/common/locals.h"

#include <algorithm>
#include <iterator>

#include "kernels/kernel.h"
#include "ir/visit.h"

namespace datosim::backends {

LocalAccess localAccess(const ir::Stmt& s) {
  LocalAccess a;
  auto read = [&](int l) {
    if (l >= 0) a.reads.push_back(l);
  };
  std::visit(ir::Overloaded{
                 [](const ir::ForStmt&) {}, [](const ir::IfStmt&) {}, [](const ir::WhileStmt&) {}, [](const ir::SetStmt&) {},
                 [&](const ir::GetStmt& g) {
                   if (!g.at.empty()) read(g.local);
                   a.write = g.local;
                   a.whole = g.at.empty();
                 },
                 [&](const ir::PutStmt& p) { read(p.local); },
                 [&](const ir::LoadStmt& l) { a.write = l.local; },
                 [&](const ir::StoreStmt& st) { read(st.local); },
                 [&](const ir::ComputeStmt& c) {
                   for (int in : c.ins) read(in);
                   if (kernels::readsOut(c)) read(c.out);
                   a.write = c.out;
                 }},
             s.node);
  return a;
}

namespace {

void firstReads(const ir::Block& b, std::set<int>& written, std::set<int>& flagged) {
  for (const ir::Stmt& s : b) {
    // What a nested block writes counts after it only when it certainly runs.
    std::visit(ir::Overloaded{
                   [&](const ir::ForStmt& f) {
                     std::set<int> inner = written;
                     firstReads(f.body, inner, flagged);
                     if (f.lo->isConst() && f.hi->isConst() && f.step->isConst() && f.step->value > 0 &&
                         f.hi->value > f.lo->value)
                       written = inner;
                   },
                   [&](const ir::WhileStmt& w) {
                     std::set<int> inner = written;
                     firstReads(w.body, inner, flagged);
                   },
                   [&](const ir::IfStmt& br) {  // written after it: what every branch (the else too) writes
                     std::set<int> inner = written;
                     firstReads(br.elseBody, inner, flagged);
                     std::set<int> all = inner;
                     for (const auto& x : br.branches) {
                       inner = written;
                       firstReads(x.second, inner, flagged);
                       std::set<int> both;
                       std::set_intersection(all.begin(), all.end(), inner.begin(), inner.end(),
                                             std::inserter(both, both.end()));
                       all = std::move(both);
                     }
                     written = std::move(all);
                   },
                   [&](const auto&) {
                     const LocalAccess a = localAccess(s);
                     for (int l : a.reads)
                       if (!written.count(l)) flagged.insert(l);
                     if (a.write >= 0 && a.whole) written.insert(a.write);
                   }},
               s.node);
  }
}

}  // namespace

std::set<int> readBeforeWritten(const ir::Block& body) {
  std::set<int> written, flagged;
  firstReads(body, written, flagged);
  return flagged;
}

}  // namespace datosim::backends
