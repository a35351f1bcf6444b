#include "backends/npu/in_place.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <utility>
#include <vector>

#include "ir/kernels.h"

namespace datosim::backends::npu {

namespace {

using Path = std::vector<std::pair<const ir::Block*, std::size_t>>;  // from the body down to the statement

struct Use {
  const ir::Stmt* stmt = nullptr;
  Path path;
  bool reads = false, writes = false;
};

class Collector {
 public:
  std::vector<std::vector<Use>> uses;  // per local
  std::vector<std::pair<const ir::Stmt*, Path>> loads, stores;

  explicit Collector(std::size_t locals) : uses(locals) {}

  void block(const ir::Block& b, Path& path) {
    for (std::size_t i = 0; i < b.size(); ++i) {
      path.emplace_back(&b, i);
      stmt(b[i], path);
      path.pop_back();
    }
  }

 private:
  void use(int local, const ir::Stmt& s, const Path& p, bool reads, bool writes) {
    if (local < 0 || static_cast<std::size_t>(local) >= uses.size()) return;
    std::vector<Use>& u = uses[static_cast<std::size_t>(local)];
    if (!u.empty() && u.back().stmt == &s) {
      u.back().reads = u.back().reads || reads;
      u.back().writes = u.back().writes || writes;
      return;
    }
    u.push_back(Use{&s, p, reads, writes});
  }

  void stmt(const ir::Stmt& s, Path& p) {
    if (const auto* f = std::get_if<ir::ForStmt>(&s.node)) {
      block(f->body, p);
    } else if (const auto* w = std::get_if<ir::WhileStmt>(&s.node)) {
      block(w->body, p);
    } else if (const auto* br = std::get_if<ir::IfStmt>(&s.node)) {
      for (const auto& b : br->branches) block(b.second, p);
      block(br->elseBody, p);
    } else if (const auto* g = std::get_if<ir::GetStmt>(&s.node)) {
      use(g->local, s, p, !g->at.empty(), true);  // into a block of the local: the rest is kept
    } else if (const auto* pu = std::get_if<ir::PutStmt>(&s.node)) {
      use(pu->local, s, p, true, false);
    } else if (const auto* ld = std::get_if<ir::LoadStmt>(&s.node)) {
      use(ld->local, s, p, false, true);
      loads.emplace_back(&s, p);
    } else if (const auto* st = std::get_if<ir::StoreStmt>(&s.node)) {
      use(st->local, s, p, true, false);
      stores.emplace_back(&s, p);
    } else if (const auto* c = std::get_if<ir::ComputeStmt>(&s.node)) {
      for (int in : c->ins) use(in, s, p, true, false);
      use(c->out, s, p, readsOut(*c), c->out >= 0);
    }
  }
};

/// The index, in block `b`, of the statement of `b` that contains (or is) the statement at path `p`.
std::optional<std::size_t> indexIn(const Path& p, const ir::Block* b) {
  for (const auto& [blk, i] : p)
    if (blk == b) return i;
  return std::nullopt;
}

}  // namespace

InPlace planInPlace(const ir::Task& task, const ir::Block& body) {
  InPlace plan;
  Collector c(task.locals.size());
  Path root;
  c.block(body, root);
  auto countArg = [](const std::vector<std::pair<const ir::Stmt*, Path>>& v, int arg, bool store) {
    return std::count_if(v.begin(), v.end(), [&](const auto& x) {
      return store ? std::get<ir::StoreStmt>(x.first->node).arg == arg : std::get<ir::LoadStmt>(x.first->node).arg == arg;
    });
  };
  for (const auto& [s, path] : c.loads) {
    const auto& ld = std::get<ir::LoadStmt>(s->node);
    if (ld.local < 0 || countArg(c.loads, ld.arg, false) != 1) continue;
    const ir::Block* b = path.back().first;
    const std::size_t at = path.back().second;
    bool ok = true;
    std::size_t last = at;
    for (const Use& u : c.uses[static_cast<std::size_t>(ld.local)]) {
      if (u.stmt == s) continue;
      const auto q = indexIn(u.path, b);
      if (u.writes || !q || *q <= at) {
        ok = false;
        break;
      }
      last = std::max(last, *q);
    }
    if (ok) plan.loadReleaseAfter[s] = &(*b)[last];
  }
  for (const auto& [s, path] : c.stores) {
    const auto& st = std::get<ir::StoreStmt>(s->node);
    if (st.local < 0 || countArg(c.stores, st.arg, true) != 1) continue;
    const ir::Block* b = path.back().first;
    const std::size_t at = path.back().second;
    bool ok = true;
    std::optional<std::size_t> first;
    for (const Use& u : c.uses[static_cast<std::size_t>(st.local)]) {
      if (u.stmt == s) continue;
      const auto q = indexIn(u.path, b);
      const bool byCompute = std::holds_alternative<ir::ComputeStmt>(u.stmt->node);
      const bool otherStore = std::holds_alternative<ir::StoreStmt>(u.stmt->node);
      if ((u.writes && !byCompute) || otherStore || !q || *q >= at) {
        ok = false;
        break;
      }
      first = first ? std::min(*first, *q) : *q;
    }
    if (!ok || !first) continue;
    const ir::Stmt& opener = (*b)[*first];
    const auto* cs = std::get_if<ir::ComputeStmt>(&opener.node);
    if (!cs || cs->out != st.local || readsOut(*cs) ||
        std::find(cs->ins.begin(), cs->ins.end(), st.local) != cs->ins.end())
      continue;
    plan.storeAcquireBefore[s] = &opener;
  }
  return plan;
}

}  // namespace datosim::backends::npu
