#include "backends/common/locals.h"

#include <algorithm>
#include <iterator>
#include <optional>

#include "ir/kernels.h"

namespace datosim::backends {

bool readsOut(const ir::ComputeStmt& c) {
  const ir::KernelInfo* info = c.info ? c.info : ir::findKernel(c.kernel);
  return c.out >= 0 && (c.accumulate || (info && info->readsOut));
}

namespace {

void firstReads(const ir::Block& b, std::set<int>& written, std::set<int>& flagged) {
  auto read = [&](int l) {
    if (l >= 0 && !written.count(l)) flagged.insert(l);
  };
  for (const ir::Stmt& s : b) {
    if (const auto* f = std::get_if<ir::ForStmt>(&s.node)) {
      std::set<int> inner = written;
      firstReads(f->body, inner, flagged);
      if (f->lo->isConst() && f->hi->isConst() && f->step->isConst() && f->step->value > 0 && f->hi->value > f->lo->value)
        written = inner;
    } else if (const auto* w = std::get_if<ir::WhileStmt>(&s.node)) {
      std::set<int> inner = written;
      firstReads(w->body, inner, flagged);
    } else if (const auto* br = std::get_if<ir::IfStmt>(&s.node)) {
      std::optional<std::set<int>> all;
      auto branch = [&](const ir::Block& body) {
        std::set<int> inner = written;
        firstReads(body, inner, flagged);
        if (!all) {
          all = inner;
        } else {
          std::set<int> both;
          std::set_intersection(all->begin(), all->end(), inner.begin(), inner.end(), std::inserter(both, both.end()));
          all = both;
        }
      };
      for (const auto& x : br->branches) branch(x.second);
      branch(br->elseBody);
      written = *all;
    } else if (const auto* g = std::get_if<ir::GetStmt>(&s.node)) {
      if (!g->at.empty()) read(g->local);  // a block of the local: the rest keeps what it held
      else if (g->local >= 0) written.insert(g->local);
    } else if (const auto* pu = std::get_if<ir::PutStmt>(&s.node)) {
      read(pu->local);
    } else if (const auto* ld = std::get_if<ir::LoadStmt>(&s.node)) {
      if (ld->local >= 0) written.insert(ld->local);
    } else if (const auto* st = std::get_if<ir::StoreStmt>(&s.node)) {
      read(st->local);
    } else if (const auto* c = std::get_if<ir::ComputeStmt>(&s.node)) {
      for (int in : c->ins) read(in);
      if (readsOut(*c)) read(c->out);
      if (c->out >= 0) written.insert(c->out);
    }
  }
}

}  // namespace

std::set<int> readBeforeWritten(const ir::Block& body) {
  std::set<int> written, flagged;
  firstReads(body, written, flagged);
  return flagged;
}

}  // namespace datosim::backends
