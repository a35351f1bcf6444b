#include "backends/npu/in_place.h"

#include <algorithm>
#include <map>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include "backends/common/locals.h"
#include "kernels/kernel.h"
#include "ir/visit.h"

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
  std::map<int, int> loadsOfArg, storesOfArg;

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
    std::visit(ir::Overloaded{[&](const ir::ForStmt& f) { block(f.body, p); },
                              [&](const ir::WhileStmt& w) { block(w.body, p); },
                              [&](const ir::IfStmt& br) {
                                for (const auto& b : br.branches) block(b.second, p);
                                block(br.elseBody, p);
                              },
                              [&](const auto& n) {
                                const LocalAccess a = localAccess(s);
                                for (int l : a.reads) use(l, s, p, true, false);
                                use(a.write, s, p, false, true);
                                if constexpr (std::is_same_v<std::decay_t<decltype(n)>, ir::LoadStmt>) {
                                  loads.emplace_back(&s, p);
                                  ++loadsOfArg[n.arg];
                                } else if constexpr (std::is_same_v<std::decay_t<decltype(n)>, ir::StoreStmt>) {
                                  stores.emplace_back(&s, p);
                                  ++storesOfArg[n.arg];
                                }
                              }},
               s.node);
  }
};

/// The index, in block `b`, of the statement of `b` that contains (or is) the statement at path `p`.
std::optional<std::size_t> indexIn(const Path& p, const ir::Block* b) {
  for (const auto& [blk, i] : p)
    if (blk == b) return i;
  return std::nullopt;
}

/// Where, in block `b`, the statements holding each use of a local other than `s` lie (with the use), or
/// nothing when one lies outside `b`.
std::optional<std::vector<std::pair<const Use*, std::size_t>>> othersIn(const std::vector<Use>& uses, const ir::Stmt* s,
                                                                          const ir::Block* b) {
  std::vector<std::pair<const Use*, std::size_t>> at;
  for (const Use& u : uses) {
    if (u.stmt == s) continue;
    const auto q = indexIn(u.path, b);
    if (!q) return std::nullopt;
    at.emplace_back(&u, *q);
  }
  return at;
}

}  // namespace

InPlace planInPlace(const ir::Task& task, const ir::Block& body) {
  InPlace plan;
  Collector c(task.locals.size());
  Path root;
  c.block(body, root);
  for (const auto& [s, path] : c.loads) {
    const auto& ld = std::get<ir::LoadStmt>(s->node);
    if (ld.local < 0 || c.loadsOfArg[ld.arg] != 1) continue;
    const auto [b, at] = path.back();
    const auto others = othersIn(c.uses[static_cast<std::size_t>(ld.local)], s, b);
    if (!others) continue;
    bool ok = true;
    std::size_t last = at;
    for (const auto& [u, q] : *others) {
      ok = ok && !u->writes && q > at;
      last = std::max(last, q);
    }
    if (ok) plan.loadReleaseAfter[s] = &(*b)[last];
  }
  for (const auto& [s, path] : c.stores) {
    const auto& st = std::get<ir::StoreStmt>(s->node);
    if (st.local < 0 || c.storesOfArg[st.arg] != 1) continue;
    const auto [b, at] = path.back();
    const auto others = othersIn(c.uses[static_cast<std::size_t>(st.local)], s, b);
    if (!others || others->empty()) continue;
    bool ok = true;
    std::size_t first = at;
    for (const auto& [u, q] : *others) {
      const bool byCompute = std::holds_alternative<ir::ComputeStmt>(u->stmt->node);
      const bool otherStore = std::holds_alternative<ir::StoreStmt>(u->stmt->node);
      ok = ok && (!u->writes || byCompute) && !otherStore && q < at;
      first = std::min(first, q);
    }
    if (!ok) continue;
    const ir::Stmt& opener = (*b)[first];
    const auto* cs = std::get_if<ir::ComputeStmt>(&opener.node);
    if (!cs || cs->out != st.local || kernels::readsOut(*cs) ||
        std::find(cs->ins.begin(), cs->ins.end(), st.local) != cs->ins.end())
      continue;
    plan.storeAcquireBefore[s] = &opener;
  }
  return plan;
}

}  // namespace datosim::backends::npu
