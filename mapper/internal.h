// Shared pieces of the mapper's implementation (not part of its interface).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "arch/npu/npu.h"
#include "ir/arch.h"
#include "ir/diag.h"
#include "ir/graph.h"
#include "ir/mapping.h"
#include "mapper/mapper.h"

namespace datosim::mapper::detail {

/// One task argument an instance loads (or stores): the largest tile it moves and the origin of
/// its shard in the global tensor (instances with equal origins read the same data).
struct MemUse {
  int arg = -1;
  int tensor = -1;
  bool write = false;
  std::int64_t tileBytes = 0;
  ir::Shape origin;
  /// Which tiles the instance loads, in order (loads only): the control flow before each load of
  /// the argument (loop bounds, conditions) and the load's offsets, with coordinates folded in.
  /// Instances that load one shard share a broadcast only when their sequences are equal.
  std::string sequence;
  /// The bytes the instance moves through this argument in this direction over the whole run
  /// (addTraffic), or -1 when that is not known before the run (control steered at run time).
  std::int64_t traffic = -1;
};

/// The route record of one load/store argument of `instance` on `computeTile` (routing fields empty).
ir::MemRoute memRouteOf(int instance, const MemUse& u, int computeTile);

/// What the mapper needs to know about one instance.
struct InstanceFacts {
  bool idle = false;            // no statement at all: nothing to place
  std::string signature;        // equal for isomorphic instances (same task, same specialised body)
  std::int64_t localBytes = 0;  // the task's locals
  std::int64_t stackBytes = -1; // the task's stack_bytes, or -1: the architecture's compute.stack_bytes
  std::vector<MemUse> mem;      // one per (arg, direction), in argument order, loads first
};

std::vector<InstanceFacts> analyseInstances(const ir::Graph& g);
/// Fill each MemUse's `traffic` by walking the instance bodies (analysis::argTraffic).
void addTraffic(const ir::Graph& g, std::vector<InstanceFacts>& facts);

/// Strongly connected component of every vertex of a directed graph given by its edges
/// (Boost.Graph strong_components).
std::vector<int> stronglyConnected(int vertices, const std::vector<std::pair<int, int>>& edges);

/// A topological order of the vertices of a directed graph that may have cycles: the components'
/// condensation in topological order, members of one component in ascending order.
std::vector<int> topologicalOrder(int vertices, const std::vector<std::pair<int, int>>& edges);

/// Shortest paths (in hops) on an undirected graph, from `from` to every vertex: the predecessor
/// of every vertex (-1 for `from` and for unreachable vertices) and the distances (-1 unreachable).
/// Breadth-first (Boost.Graph); neighbours are visited in the order of `edges`, so the paths are
/// deterministic.
void shortestPaths(int vertices, const std::vector<std::pair<int, int>>& edges, int from, std::vector<int>& pred,
                   std::vector<int>& dist);

/// Union-find over instance ids.
class Groups {
 public:
  explicit Groups(int n) : parent_(static_cast<std::size_t>(n)) {
    for (int i = 0; i < n; ++i) parent_[static_cast<std::size_t>(i)] = i;
  }
  int find(int x) {
    while (parent_[static_cast<std::size_t>(x)] != x) x = parent_[static_cast<std::size_t>(x)] =
                                                           parent_[static_cast<std::size_t>(parent_[static_cast<std::size_t>(x)])];
    return x;
  }
  void unite(int a, int b) {
    a = find(a), b = find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[static_cast<std::size_t>(b)] = a;  // the smallest id is the root
  }

 private:
  std::vector<int> parent_;
};

/// The virtual mapping: which instances share a tile.
struct VirtualMapping {
  std::vector<std::vector<int>> groups;  // members ascending; groups ordered by smallest member
  std::vector<int> groupOf;              // per instance, -1 for idle instances
  std::vector<std::string> how;          // per group: "single", "chain", "bundle", "chain+bundle"
  std::vector<std::string> notes;
};

// ---- virtual mapping (virtual_mapping.cpp) ----

/// Instances joined so far, and which were joined by a chain or by a bundle.
struct Build {
  explicit Build(const ir::Graph& g);  // every instance alone
  Groups u;
  std::vector<char> chained, bundled;
};
/// Apply the chain and bundle requests; false (with errors) when one is wrong in itself.
bool applyHints(const ir::Graph& g, const std::vector<InstanceFacts>& facts, const ir::MappingHints& hints, Build& b,
                Diagnostics& diags);
/// The groups of `b` (idle instances alone need no group).
VirtualMapping finish(const ir::Graph& g, const std::vector<InstanceFacts>& facts, Build& b);
/// Automatic bundling: the isomorphism classes of the instances `base` leaves alone, in order of their
/// first instance; how many groups bundling them k to a group makes; and that virtual mapping.
std::vector<std::vector<int>> bundleClasses(const ir::Graph& g, const std::vector<InstanceFacts>& facts, Build base);
std::size_t bundledGroupCount(std::size_t baseGroups, const std::vector<std::vector<int>>& classes, std::size_t k);
VirtualMapping autoBundle(const ir::Graph& g, const std::vector<InstanceFacts>& facts, const Build& base,
                          const std::vector<std::vector<int>>& classes, int k);
/// The grouping an imposed mapping (--mapping) gives, group k its k-th group.
VirtualMapping fromRequest(const ir::Graph& g, const std::vector<InstanceFacts>& facts, const ir::MappingRequest& r,
                           Diagnostics& diags);

// ---- placers ----

/// One mapping job, as the dispatch (mapper.cpp) hands it to a placer.
struct PlaceJob {
  const ir::Graph& g;
  const ir::Arch& arch;
  std::vector<InstanceFacts>& facts;
  const MapOptions& opts;
  Diagnostics& diags;
  MapFailure& why;  // set to InvalidRequest when a request is wrong in itself (else the dispatch says DoesNotFit)
};

/// How graphs are laid out on one kind of fabric (arch::Fabric): the family's config says which, and
/// placerFor (mapper.cpp) has one line per fabric.
class Placer {
 public:
  virtual ~Placer() = default;
  /// The mapping, or nullopt after errors in job.diags.
  virtual std::optional<ir::Mapping> place(PlaceJob& job) const = 0;
};
/// Compute tiles of a tile array, stream and tensor routes through its switch (npu_placer.cpp).
const Placer& tileArrayPlacer();
/// One processing element per instance, a resource estimate and HBM channels (fpga_mapper.cpp).
const Placer& fpgaPlacer();

/// Where an instance comes from: its task's location in the graph file.
SourceLoc instanceLoc(const ir::Graph& g, int instance);

}  // namespace datosim::mapper::detail
