// Virtual mapping, Dato's primitives: chain, bundle, automatic bundling, and an imposed grouping.
#include <algorithm>
#include <set>
#include <stdexcept>
#include <string>

#include "mapper/internal.h"

namespace datosim::mapper::detail {

namespace {

std::vector<std::string> instanceNames(const ir::Graph& g) {
  std::vector<std::string> names;
  for (const ir::Instance& in : g.instances) names.push_back(in.name);
  return names;
}

// The instance called `name`, or -1 after an error naming the closest one.
int lookup(const ir::Graph& g, const std::string& name, const SourceLoc& loc, const std::string& what,
           Diagnostics& diags) {
  const int id = g.findInstance(name);
  if (id >= 0) return id;
  const std::string near = closestName(name, instanceNames(g));
  diags.error(loc, what + ": the graph has no instance '" + name + "'" +
                       (near.empty() ? "" : "; did you mean '" + near + "'?"));
  return -1;
}

// Edges between the current groups (roots of `u`), deduplicated, for the cycle check of chain.
std::vector<std::pair<int, int>> groupEdges(const ir::Graph& g, Groups& u) {
  std::vector<std::pair<int, int>> edges;
  for (const ir::StreamInst& s : g.streamInsts) {
    const int a = u.find(s.producer), b = u.find(s.consumer);
    if (a != b) edges.emplace_back(a, b);
  }
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  return edges;
}

// chain(p, c) is refused when fusing p's and c's groups would put another group on a cycle
// through the fused tile: some path p -> x -> ... -> c exists besides the direct stream, so the
// fused tile would both feed x and wait for it. Cycles that already exist are not made worse.
std::string chainCycle(const ir::Graph& g, Groups& u, int p, int c) {
  const int n = static_cast<int>(g.instances.size());
  const std::vector<std::pair<int, int>> before = groupEdges(g, u);
  const std::vector<int> compBefore = stronglyConnected(n, before);
  const int rp = u.find(p), rc = u.find(c);
  std::vector<std::pair<int, int>> after;
  const int fused = std::min(rp, rc);
  for (auto [a, b] : before) {
    if (a == rp || a == rc) a = fused;
    if (b == rp || b == rc) b = fused;
    if (a != b) after.emplace_back(a, b);
  }
  const std::vector<int> compAfter = stronglyConnected(n, after);
  std::string offenders;
  for (int v = 0; v < n; ++v) {
    if (u.find(v) != v || v == rp || v == rc) continue;
    if (compAfter[static_cast<std::size_t>(v)] != compAfter[static_cast<std::size_t>(fused)]) continue;
    const bool wasOnCycle = compBefore[static_cast<std::size_t>(v)] == compBefore[static_cast<std::size_t>(rp)] ||
                            compBefore[static_cast<std::size_t>(v)] == compBefore[static_cast<std::size_t>(rc)];
    if (wasOnCycle) continue;
    offenders += (offenders.empty() ? "" : ", ") + g.instances[static_cast<std::size_t>(v)].name;
  }
  return offenders;
}

bool hasStream(const ir::Graph& g, Groups& u, int p, int c) {
  for (const ir::StreamInst& s : g.streamInsts)
    if (u.find(s.producer) == u.find(p) && u.find(s.consumer) == u.find(c)) return true;
  return false;
}

}  // namespace

Build::Build(const ir::Graph& g)
    : u(static_cast<int>(g.instances.size())), chained(g.instances.size(), 0), bundled(g.instances.size(), 0) {}

bool applyHints(const ir::Graph& g, const std::vector<InstanceFacts>& facts, const ir::MappingHints& hints, Build& b,
                Diagnostics& diags) {
  const std::size_t before = diags.errorCount();
  for (const ir::ChainHint& h : hints.chains) {
    const std::string what = "chain(" + h.producer + ", " + h.consumer + ")";
    const int p = lookup(g, h.producer, h.loc, what, diags);
    const int c = lookup(g, h.consumer, h.loc, what, diags);
    if (p < 0 || c < 0) continue;
    if (b.u.find(p) == b.u.find(c)) continue;  // already on one tile
    if (!hasStream(g, b.u, p, c)) {
      diags.error(h.loc, what + ": no stream goes from '" + h.producer + "' to '" + h.consumer +
                             "'; chain fuses a producer with its consumer");
      continue;
    }
    const std::string cycle = chainCycle(g, b.u, p, c);
    if (!cycle.empty()) {
      diags.error(h.loc, what + " would create a cycle through " + cycle + ": fed by '" + h.producer +
                             "' and feeding '" + h.consumer + "' (directly or not), so the fused tile would wait on " +
                             "itself; chain the instances in between too");
      continue;
    }
    b.u.unite(p, c);
    b.chained[static_cast<std::size_t>(p)] = b.chained[static_cast<std::size_t>(c)] = 1;
  }
  for (const ir::BundleHint& h : hints.bundles) {
    std::vector<int> ids;
    std::string what = "bundle(";
    for (std::size_t i = 0; i < h.instances.size(); ++i) what += (i ? ", " : "") + h.instances[i];
    what += ")";
    bool ok = true;
    for (const std::string& name : h.instances) {
      const int id = lookup(g, name, h.loc, what, diags);
      ok = ok && id >= 0;
      if (id >= 0) ids.push_back(id);
    }
    if (!ok) continue;
    if (ids.size() < 2) {
      diags.error(h.loc, what + ": a bundle needs at least two instances");
      continue;
    }
    for (std::size_t i = 1; i < ids.size(); ++i) {
      const InstanceFacts& a = facts[static_cast<std::size_t>(ids[0])];
      const InstanceFacts& x = facts[static_cast<std::size_t>(ids[i])];
      if (a.signature == x.signature) continue;
      diags.error(h.loc, what + ": '" + h.instances[i] + "' is not isomorphic to '" + h.instances[0] +
                             "' (a different task, or its coordinates select other statements); only instances "
                             "with the same body can share a tile by time-multiplexing");
      ok = false;
    }
    if (!ok) continue;
    for (int id : ids) {
      b.u.unite(ids[0], id);
      b.bundled[static_cast<std::size_t>(id)] = 1;
    }
  }
  return diags.errorCount() == before;
}

VirtualMapping finish(const ir::Graph& g, const std::vector<InstanceFacts>& facts, Build& b) {
  VirtualMapping vm;
  const std::size_t n = g.instances.size();
  vm.groupOf.assign(n, -1);
  std::map<int, int> groupOfRoot;
  std::vector<int> size(n, 0);
  for (std::size_t i = 0; i < n; ++i) ++size[static_cast<std::size_t>(b.u.find(static_cast<int>(i)))];
  for (std::size_t i = 0; i < n; ++i) {
    const int root = b.u.find(static_cast<int>(i));
    if (facts[i].idle && size[static_cast<std::size_t>(root)] == 1) continue;
    auto [it, inserted] = groupOfRoot.emplace(root, static_cast<int>(vm.groups.size()));
    if (inserted) {
      vm.groups.emplace_back();
      vm.how.emplace_back();
    }
    vm.groups[static_cast<std::size_t>(it->second)].push_back(static_cast<int>(i));
    vm.groupOf[i] = it->second;
  }
  for (std::size_t k = 0; k < vm.groups.size(); ++k) {
    bool c = false, bu = false;
    for (int m : vm.groups[k]) {
      c = c || b.chained[static_cast<std::size_t>(m)];
      bu = bu || b.bundled[static_cast<std::size_t>(m)];
    }
    vm.how[k] = vm.groups[k].size() == 1 ? "single" : c && bu ? "chain+bundle" : c ? "chain" : "bundle";
  }
  std::size_t idle = 0;
  for (std::size_t i = 0; i < n; ++i) idle += vm.groupOf[i] < 0 ? 1 : 0;
  if (idle > 0) {
    std::string names;
    for (std::size_t i = 0, shown = 0; i < n; ++i) {
      if (vm.groupOf[i] >= 0) continue;
      if (shown++ < 4) names += (names.empty() ? "" : ", ") + g.instances[i].name;
    }
    if (idle > 4) names += ", ...";
    vm.notes.push_back((idle == 1 ? std::string("1 instance with nothing to do needs") : std::to_string(idle) + " instances with nothing to do need") + " no tile: " + names);
  }
  return vm;
}

// Automatic bundling: instances not in a requested chain or bundle, grouped by isomorphism class,
// in bundles of `k` consecutive instances (instance-id order, so neighbours along the last mapping
// axis share a tile). Classes of one instance stay alone.
// The classes: instances alone in their group (each one group of `base`), in order of their first
// instance.
std::vector<std::vector<int>> bundleClasses(const ir::Graph& g, const std::vector<InstanceFacts>& facts, Build base) {
  std::map<std::string, std::vector<int>> classes;
  std::vector<int> size(g.instances.size(), 0);
  for (std::size_t i = 0; i < g.instances.size(); ++i) ++size[static_cast<std::size_t>(base.u.find(static_cast<int>(i)))];
  for (std::size_t i = 0; i < g.instances.size(); ++i) {
    const int id = static_cast<int>(i);
    if (facts[i].idle || base.chained[i] || base.bundled[i] || base.u.find(id) != id) continue;
    if (size[i] == 1) classes[facts[i].signature].push_back(id);
  }
  std::vector<std::vector<int>> ordered;
  for (auto& [sig, ids] : classes) ordered.push_back(ids);
  std::sort(ordered.begin(), ordered.end());
  return ordered;
}

// How many groups autoBundle(k) makes, without making them: each class of n instances becomes
// ceil(n / k) groups instead of n.
std::size_t bundledGroupCount(std::size_t baseGroups, const std::vector<std::vector<int>>& classes, std::size_t k) {
  std::size_t n = baseGroups;
  for (const std::vector<int>& ids : classes) n = n - ids.size() + (ids.size() + k - 1) / k;
  return n;
}

VirtualMapping autoBundle(const ir::Graph& g, const std::vector<InstanceFacts>& facts, const Build& base,
                          const std::vector<std::vector<int>>& ordered, int k) {
  Build b = base;
  for (const std::vector<int>& ids : ordered) {
    for (std::size_t i = 0; i < ids.size(); i += static_cast<std::size_t>(k)) {
      const std::size_t end = std::min(ids.size(), i + static_cast<std::size_t>(k));
      if (end - i < 2) continue;
      for (std::size_t j = i; j < end; ++j) {
        b.u.unite(ids[i], ids[j]);
        b.bundled[static_cast<std::size_t>(ids[j])] = 1;
      }
    }
  }
  VirtualMapping vm = finish(g, facts, b);
  vm.notes.push_back("automatic mode: isomorphic instances bundled " + std::to_string(k) +
                     " to a tile (more instances than compute tiles)");
  return vm;
}

VirtualMapping fromRequest(const ir::Graph& g, const std::vector<InstanceFacts>& facts, const ir::MappingRequest& r,
                           Diagnostics& diags) {
  Build b(g);
  std::vector<int> seen(g.instances.size(), -1);
  for (std::size_t k = 0; k < r.groups.size(); ++k) {
    const ir::MappingRequest::Group& grp = r.groups[k];
    int first = -1;
    for (std::size_t i = 0; i < grp.instances.size(); ++i) {
      const int id = lookup(g, grp.instances[i], grp.loc.child("instances").child(i), "--mapping", diags);
      if (id < 0) continue;
      if (seen[static_cast<std::size_t>(id)] >= 0) {
        diags.error(grp.loc.child("instances").child(i),
                    "instance '" + grp.instances[i] + "' is placed twice (also in group " +
                        std::to_string(seen[static_cast<std::size_t>(id)]) + ")");
        continue;
      }
      seen[static_cast<std::size_t>(id)] = static_cast<int>(k);
      if (first < 0) {
        first = id;
        continue;
      }
      b.u.unite(first, id);
      const bool iso = facts[static_cast<std::size_t>(first)].signature == facts[static_cast<std::size_t>(id)].signature;
      (iso ? b.bundled : b.chained)[static_cast<std::size_t>(id)] = 1;
      (iso ? b.bundled : b.chained)[static_cast<std::size_t>(first)] = 1;
    }
  }
  for (std::size_t i = 0; i < g.instances.size(); ++i) {
    if (seen[i] >= 0 || facts[i].idle) continue;
    diags.error(SourceLoc{r.file, "/groups"}, "instance '" + g.instances[i].name + "' is not placed; every instance "
                                              "that does something needs a tile");
  }
  VirtualMapping vm = finish(g, facts, b);
  // The placer places group k at the request's tile: reorder groups to follow the request.
  return vm;
}

}  // namespace datosim::mapper::detail
