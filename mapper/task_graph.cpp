// Facts about instances, and the Boost.Graph algorithms the mapper uses.
#include <algorithm>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>

#include "analysis/roofline.h"
#include "ir/dtype.h"
#include "ir/visit.h"
#include "mapper/internal.h"

namespace datosim::mapper::detail {

namespace {

struct Walker {
  const ir::Graph& g;
  const ir::Instance& inst;
  const ir::Task& task;
  InstanceFacts& f;
  std::map<std::pair<int, bool>, std::int64_t> tiles;  // (arg, write) -> largest tile bytes
  std::map<int, std::string> loads;                     // arg -> its load sequence (MemUse::sequence)
  std::string control;                                  // the loops and conditions met so far
  std::map<int, std::size_t> seen;                      // arg -> how much of `control` its sequence has
  std::size_t statements = 0;

  void block(const ir::Block& b) {
    ir::forEachStmt(b, [&](const ir::Stmt& s) { stmt(s); });
  }
  void stmt(const ir::Stmt& s) {
    ++statements;
    f.signature += s.loc.pointer;
    f.signature += ';';
    auto text = [](const ir::ExprPtr& e) { return e ? ir::toString(*e) : std::string("-"); };
    // Where the statement sits in its task's body, not which task it is: cores of different tasks that
    // load the same tiles in the same control flow can share a broadcast as well as instances of one task.
    const std::size_t bodyAt = s.loc.pointer.find("/body");
    const std::string where = bodyAt == std::string::npos ? s.loc.pointer : s.loc.pointer.substr(bodyAt);
    // One lambda per statement kind (ir::Overloaded): the control flow goes into `control`, loads into
    // their argument's sequence.
    std::visit(
        ir::Overloaded{
            [&](const ir::ForStmt& loop) {
              control += "F" + where + "(" + text(loop.lo) + "," + text(loop.hi) + "," + text(loop.step) + ")";
            },
            [&](const ir::IfStmt& branch) {
              control += "I" + where + "(";
              for (const auto& br : branch.branches) control += text(br.first) + ",";
              control += ")";
            },
            [&](const ir::WhileStmt& loop) {
              control += "W" + where + "(" + text(loop.cond) + "," + text(loop.max) + ")";
            },
            [&](const ir::SetStmt& set) {
              control += "S" + where + "(" + std::to_string(set.var) + "," + text(set.value) + ")";
            },
            [&](const ir::GetStmt& get) {
              if (get.var >= 0 || get.any >= 0)
                control += "V" + where + "(" + std::to_string(get.var) + "," + std::to_string(get.any) + ")";
            },
            [&](const ir::LoadStmt& l) {
              mem(l.arg, l.local, false);
              std::string& seq = loads[l.arg];
              std::size_t& from = seen[l.arg];
              seq += control.substr(from) + "L" + where + "[";
              from = control.size();
              for (const ir::ExprPtr& e : l.at) seq += text(e) + ",";
              seq += "];";
            },
            [&](const ir::StoreStmt& st) { mem(st.arg, st.local, true); },
            // Neither steers control nor loads: only their place (in `signature`) counts.
            [](const ir::PutStmt&) {},
            [](const ir::ComputeStmt&) {},
        },
        s.node);
  }
  void mem(int arg, int local, bool write) {
    if (arg < 0 || static_cast<std::size_t>(arg) >= task.args.size()) return;
    if (local < 0 || static_cast<std::size_t>(local) >= task.locals.size()) return;
    const ir::TaskArg& a = task.args[static_cast<std::size_t>(arg)];
    if (a.tensor < 0 || static_cast<std::size_t>(a.tensor) >= g.tensors.size()) return;
    const ir::LocalVar& lv = task.locals[static_cast<std::size_t>(local)];
    const std::int64_t bytes = ir::tileBytes(g.tensors[static_cast<std::size_t>(a.tensor)].dtype, lv.shape);
    std::int64_t& best = tiles[{arg, write}];
    best = std::max(best, bytes);
  }
};

}  // namespace

void addTraffic(const ir::Graph& g, std::vector<InstanceFacts>& facts) {
  const std::vector<std::optional<analysis::ArgTraffic>> t = analysis::argTraffic(g);
  for (std::size_t i = 0; i < facts.size() && i < t.size(); ++i) {
    if (!t[i]) continue;
    for (MemUse& u : facts[i].mem) {
      const std::map<int, std::int64_t>& by = u.write ? t[i]->stores : t[i]->loads;
      const auto it = by.find(u.arg);
      u.traffic = it == by.end() ? 0 : it->second;
    }
  }
}

ir::MemRoute memRouteOf(int instance, const MemUse& u, int computeTile) {
  ir::MemRoute r;
  r.instance = instance;
  r.arg = u.arg;
  r.tensor = u.tensor;
  r.write = u.write;
  r.tileBytes = u.tileBytes;
  r.computeTile = computeTile;
  return r;
}

std::vector<InstanceFacts> analyseInstances(const ir::Graph& g) {
  std::vector<InstanceFacts> out;
  for (const ir::Instance& inst : g.instances) {
    InstanceFacts& f = out.emplace_back();
    const ir::Task& task = g.tasks[static_cast<std::size_t>(inst.task)];
    f.signature = task.name + ":";
    for (const ir::LocalVar& lv : task.locals) f.localBytes += ir::tileBytes(lv.dtype, lv.shape);
    f.stackBytes = task.stackBytes.value_or(-1);
    Walker w{g, inst, task, f, {}, {}, {}, {}, 0};
    // Values received at run time steer its loads: equal text is no promise of equal tiles, so its
    // loads share a broadcast with no other instance's.
    if (ir::steeredAtRunTime(task)) w.control = "R" + std::to_string(&inst - g.instances.data()) + ";";
    w.block(inst.body);
    f.idle = w.statements == 0 && inst.inStreams.empty() && inst.outStreams.empty();
    for (bool write : {false, true}) {
      for (const auto& [key, bytes] : w.tiles) {
        if (key.second != write) continue;
        MemUse m;
        m.arg = key.first;
        m.write = write;
        m.tileBytes = bytes;
        if (!write) m.sequence = w.loads[key.first];
        const ir::TaskArg& a = task.args[static_cast<std::size_t>(key.first)];
        m.tensor = a.tensor;
        for (std::size_t d = 0; d < a.layout.size() && d < a.localShape.size(); ++d) {
          const ir::LayoutDim& l = a.layout[d];
          const bool sharded = l.shard && l.axis >= 0 && static_cast<std::size_t>(l.axis) < inst.coords.size();
          m.origin.push_back(sharded ? inst.coords[static_cast<std::size_t>(l.axis)] * a.localShape[d] : 0);
        }
        f.mem.push_back(std::move(m));
      }
    }
  }
  return out;
}

namespace {

using Digraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

Digraph makeDigraph(int vertices, const std::vector<std::pair<int, int>>& edges) {
  Digraph d(static_cast<std::size_t>(vertices));
  for (const auto& [a, b] : edges) boost::add_edge(static_cast<std::size_t>(a), static_cast<std::size_t>(b), d);
  return d;
}

}  // namespace

std::vector<int> stronglyConnected(int vertices, const std::vector<std::pair<int, int>>& edges) {
  Digraph d = makeDigraph(vertices, edges);
  std::vector<int> comp(static_cast<std::size_t>(vertices), 0);
  if (vertices > 0) boost::strong_components(d, boost::make_iterator_property_map(comp.begin(), boost::get(boost::vertex_index, d)));
  return comp;
}

std::vector<int> topologicalOrder(int vertices, const std::vector<std::pair<int, int>>& edges) {
  const std::vector<int> comp = stronglyConnected(vertices, edges);
  const int ncomp = vertices > 0 ? *std::max_element(comp.begin(), comp.end()) + 1 : 0;
  // Number the components by their smallest member, so that the order does not depend on how
  // Boost numbered them.
  std::vector<int> smallest(static_cast<std::size_t>(ncomp), vertices);
  for (int v = 0; v < vertices; ++v)
    smallest[static_cast<std::size_t>(comp[static_cast<std::size_t>(v)])] =
        std::min(smallest[static_cast<std::size_t>(comp[static_cast<std::size_t>(v)])], v);
  std::vector<int> rank(static_cast<std::size_t>(ncomp));
  {
    std::vector<int> byMin(static_cast<std::size_t>(ncomp));
    for (int c = 0; c < ncomp; ++c) byMin[static_cast<std::size_t>(c)] = c;
    std::sort(byMin.begin(), byMin.end(), [&](int a, int b) { return smallest[static_cast<std::size_t>(a)] < smallest[static_cast<std::size_t>(b)]; });
    for (int i = 0; i < ncomp; ++i) rank[static_cast<std::size_t>(byMin[static_cast<std::size_t>(i)])] = i;
  }
  std::vector<std::pair<int, int>> cedges;
  for (const auto& [a, b] : edges) {
    const int ca = rank[static_cast<std::size_t>(comp[static_cast<std::size_t>(a)])];
    const int cb = rank[static_cast<std::size_t>(comp[static_cast<std::size_t>(b)])];
    if (ca != cb) cedges.emplace_back(ca, cb);
  }
  std::sort(cedges.begin(), cedges.end());
  cedges.erase(std::unique(cedges.begin(), cedges.end()), cedges.end());
  Digraph cd = makeDigraph(ncomp, cedges);
  std::vector<std::size_t> reversed;
  boost::topological_sort(cd, std::back_inserter(reversed));
  std::vector<int> order;
  for (auto it = reversed.rbegin(); it != reversed.rend(); ++it)
    for (int v = 0; v < vertices; ++v)
      if (rank[static_cast<std::size_t>(comp[static_cast<std::size_t>(v)])] == static_cast<int>(*it)) order.push_back(v);
  return order;
}

void shortestPaths(int vertices, const std::vector<std::pair<int, int>>& edges, int from, std::vector<int>& pred,
                   std::vector<int>& dist) {
  Undirected u(static_cast<std::size_t>(vertices));
  for (const auto& [a, b] : edges) boost::add_edge(static_cast<std::size_t>(a), static_cast<std::size_t>(b), u);
  pred.assign(static_cast<std::size_t>(vertices), -1);
  dist.assign(static_cast<std::size_t>(vertices), -1);
  dist[static_cast<std::size_t>(from)] = 0;
  auto vis = boost::make_bfs_visitor(std::make_pair(
      boost::record_predecessors(boost::make_iterator_property_map(pred.begin(), boost::get(boost::vertex_index, u)),
                                 boost::on_tree_edge()),
      boost::record_distances(boost::make_iterator_property_map(dist.begin(), boost::get(boost::vertex_index, u)),
                              boost::on_tree_edge())));
  boost::breadth_first_search(u, static_cast<std::size_t>(from), boost::visitor(vis));
  pred[static_cast<std::size_t>(from)] = -1;
}

SourceLoc instanceLoc(const ir::Graph& g, int instance) {
  const ir::Instance& in = g.instances[static_cast<std::size_t>(instance)];
  return g.tasks[static_cast<std::size_t>(in.task)].loc;
}

}  // namespace datosim::mapper::detail
