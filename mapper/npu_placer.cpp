// Physical placement on an AIE-ML array (docs/mapping.md): tile groups on compute tiles, stream
// routes, global-tensor routes through memory and shim tiles, and the capacity checks.
#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <optional>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include "arch/npu/npu.h"
#include "ir/dtype.h"
#include "mapper/internal.h"

namespace datosim::mapper::detail {

namespace {

struct Array {
  int cols = 0, shimRows = 0, memRows = 0, computeRows = 0, rows = 0;
  int firstMem = 0, firstCompute = 0;
  int firstDmaCol = 0;                     // shim.first_dma_column: shims west of it have no DMA
  std::vector<ir::Tile> tiles;
  std::vector<std::pair<int, int>> edges;  // stream-switch links between neighbouring tiles
  std::vector<int> compute, mem, shim;     // tile ids of each kind, ascending
  std::vector<int> dmaShim;                // the shim tiles with a DMA to DDR, ascending
  mutable std::vector<std::pair<std::vector<int>, std::vector<int>>> paths;  // per source tile: (pred, dist), once asked

  int id(int col, int row) const { return row * cols + col; }
  const ir::Tile& tile(int t) const { return tiles[static_cast<std::size_t>(t)]; }
  const std::pair<std::vector<int>, std::vector<int>>& from(int t) const {
    if (paths.empty()) paths.resize(tiles.size());
    std::pair<std::vector<int>, std::vector<int>>& pd = paths[static_cast<std::size_t>(t)];
    if (pd.second.empty()) shortestPaths(static_cast<int>(tiles.size()), edges, t, pd.first, pd.second);
    return pd;
  }
  int dist(int a, int b) const { return from(a).second[static_cast<std::size_t>(b)]; }
  std::vector<int> path(int a, int b) const {
    const std::vector<int>& pred = from(a).first;
    std::vector<int> p{b};
    while (p.back() != a && pred[static_cast<std::size_t>(p.back())] >= 0) p.push_back(pred[static_cast<std::size_t>(p.back())]);
    std::reverse(p.begin(), p.end());
    return p;
  }
  bool neighbours(int a, int b) const {
    const ir::Tile &x = tile(a), &y = tile(b);
    return std::abs(x.col - y.col) + std::abs(x.row - y.row) == 1;
  }
};

Array makeArray(const arch::npu::NpuParams& p) {
  Array a;
  a.cols = static_cast<int>(p.columns);
  a.shimRows = static_cast<int>(p.shimRows);
  a.memRows = static_cast<int>(p.memRows);
  a.computeRows = static_cast<int>(p.computeRows);
  a.rows = a.shimRows + a.memRows + a.computeRows;
  a.firstMem = a.shimRows;
  a.firstCompute = a.shimRows + a.memRows;
  a.firstDmaCol = static_cast<int>(p.firstDmaColumn);
  for (int r = 0; r < a.rows; ++r) {
    for (int c = 0; c < a.cols; ++c) {
      ir::Tile t;
      t.col = c;
      t.row = r;
      t.kind = r < a.firstMem ? ir::TileKind::Shim : r < a.firstCompute ? ir::TileKind::Memory : ir::TileKind::Compute;
      const int id = static_cast<int>(a.tiles.size());
      (t.kind == ir::TileKind::Shim ? a.shim : t.kind == ir::TileKind::Memory ? a.mem : a.compute).push_back(id);
      if (t.kind == ir::TileKind::Shim && c >= a.firstDmaCol) a.dmaShim.push_back(id);
      a.tiles.push_back(t);
      if (c > 0) a.edges.emplace_back(id - 1, id);
      if (r > 0) a.edges.emplace_back(id - a.cols, id);
    }
  }
  return a;
}

struct Limits {
  std::int64_t l1 = 0, stack = 0, memtile = 0;
  int dmaIn = 0, dmaOut = 0, bds = 0;
  int memIn = 0, memOut = 0, memBds = 0;
  int shimIn = 0, shimOut = 0, shimBds = 0;
  // dma.buffer_depth D: each buffered tensor route holds D tile buffers in L1 (the local it loads
  // into or stores from, plus D - 1), each memory-tile flow max(D, 1) (a tile passing through needs
  // one buffer even when loads block).
  int depth = 0;
  std::int64_t memtileBuffers() const { return std::max(depth, 1); }
  std::int64_t extraL1Buffers() const { return std::max(depth - 1, 0); }
  // Buffers a tensor route cycles through in L1: the local, plus the extra ones when it is buffered.
  std::int64_t l1Buffers(bool buffered) const { return 1 + (buffered ? extraL1Buffers() : 0); }
  // The buffer descriptors a tile of this kind has.
  int bdsOf(ir::TileKind kind) const {
    return kind == ir::TileKind::Memory ? memBds : kind == ir::TileKind::Shim ? shimBds : bds;
  }
};

Limits limitsOf(const arch::npu::NpuParams& p) {
  Limits l;
  l.l1 = p.l1Bytes;
  l.stack = p.stackBytes;
  l.memtile = p.memtileBytes;
  l.dmaIn = static_cast<int>(p.computeDmaIn);
  l.dmaOut = static_cast<int>(p.computeDmaOut);
  l.bds = static_cast<int>(p.computeBds);
  l.memIn = static_cast<int>(p.memtileDmaIn);
  l.memOut = static_cast<int>(p.memtileDmaOut);
  l.memBds = static_cast<int>(p.memtileBds);
  l.shimIn = static_cast<int>(p.shimS2mm);
  l.shimOut = static_cast<int>(p.shimMm2s);
  l.shimBds = static_cast<int>(p.shimBds);
  l.depth = static_cast<int>(p.bufferDepth);
  return l;
}

// A DMA port of a compute tile, identified by what it carries: streams of one declaration to or
// from one peer group share a port (a bundle's instances talk through one channel), and so do the
// loads (or stores) of one task argument.
struct PortKey {
  int group = -1;
  bool in = true;
  std::string what;
  bool operator<(const PortKey& o) const {
    return std::tie(group, in, what) < std::tie(o.group, o.in, o.what);
  }
};

struct Problem {
  const ir::Graph& g;
  const std::vector<InstanceFacts>& facts;
  const VirtualMapping& vm;
  const Array& arr;
  const Limits& lim;
  std::string archFile;
  std::vector<PortKey> keys;                  // every port key
  std::vector<int> streamOut, streamIn;       // per stream: key id (-1 when both ends share a group)
  std::vector<std::vector<int>> memKeys;      // per group: tensor port key ids
  std::vector<std::int64_t> memBytes;         // per group: bytes of its tensor tiles
  std::vector<std::int64_t> tokenBytes;       // per stream
};

Problem makeProblem(const ir::Graph& g, const std::vector<InstanceFacts>& facts, const VirtualMapping& vm,
                    const Array& arr, const Limits& lim) {
  Problem p{g, facts, vm, arr, lim, {}, {}, {}, {}, {}, {}, {}};
  std::map<PortKey, int> ids;
  auto key = [&](PortKey k) {
    auto [it, inserted] = ids.emplace(k, static_cast<int>(p.keys.size()));
    if (inserted) p.keys.push_back(k);
    return it->second;
  };
  for (const ir::StreamInst& s : g.streamInsts) {
    const ir::StreamDecl& d = g.streams[static_cast<std::size_t>(s.decl)];
    p.tokenBytes.push_back(d.tokenBytes());
    const int gp = vm.groupOf[static_cast<std::size_t>(s.producer)];
    const int gc = vm.groupOf[static_cast<std::size_t>(s.consumer)];
    if (gp == gc || gp < 0 || gc < 0) {
      p.streamOut.push_back(-1);
      p.streamIn.push_back(-1);
      continue;
    }
    p.streamOut.push_back(key({gp, false, "stream " + d.name + " to group " + std::to_string(gc)}));
    p.streamIn.push_back(key({gc, true, "stream " + d.name + " from group " + std::to_string(gp)}));
  }
  p.memKeys.resize(vm.groups.size());
  p.memBytes.assign(vm.groups.size(), 0);
  for (std::size_t k = 0; k < vm.groups.size(); ++k) {
    std::set<int> seen;
    for (int m : vm.groups[k]) {
      const ir::Instance& in = g.instances[static_cast<std::size_t>(m)];
      const ir::Task& t = g.tasks[static_cast<std::size_t>(in.task)];
      for (const MemUse& u : facts[static_cast<std::size_t>(m)].mem) {
        const int id = key({static_cast<int>(k), !u.write,
                            "tensor " + t.name + "." + t.args[static_cast<std::size_t>(u.arg)].name});
        if (seen.insert(id).second) p.memKeys[k].push_back(id);
        p.memBytes[k] += u.tileBytes;
      }
    }
  }
  return p;
}

constexpr std::int64_t kOverChannel = std::int64_t{1} << 40;

// The placement objective: bytes x (hops + 1) of every stream that needs DMA (neighbours share
// memory for free), a large penalty per DMA channel over a tile's limit, and, weighted far less,
// the tensor traffic: its distance to the memory-tile row (an eighth of its bytes per row) and the
// square of each column's share (spreading the traffic over the columns' shim and memory tiles).
//
// Kept up to date while groups move: moving a group changes only the terms of its own streams, the
// channel counts of the groups at their other ends, and its tile's row and column terms, so a swap
// costs the two groups' degrees instead of the whole graph. Integer arithmetic throughout: after any
// moves, total() equals that of a state built afresh for the same placement (checked in builds with
// assertions).
class CostState {
 public:
  CostState(const Problem& p, std::vector<int>& tileOf)
      : p_(p), tileOf_(tileOf), streamsOf_(p.vm.groups.size()), streamTerm_(p.streamOut.size(), 0),
        dma_(p.streamOut.size(), 0), keyUse_(p.keys.size(), 0), in_(p.vm.groups.size(), 0),
        out_(p.vm.groups.size(), 0), column_(static_cast<std::size_t>(p.arr.cols), 0) {
    for (std::size_t s = 0; s < p.streamOut.size(); ++s) {
      if (p.streamOut[s] < 0) continue;
      const ir::StreamInst& si = p.g.streamInsts[s];
      streamsOf_[static_cast<std::size_t>(group(si.producer))].push_back(s);
      streamsOf_[static_cast<std::size_t>(group(si.consumer))].push_back(s);
    }
    for (std::size_t k = 0; k < p.vm.groups.size(); ++k)
      for (int id : p.memKeys[k]) (p.keys[static_cast<std::size_t>(id)].in ? in_ : out_)[k]++;
    for (std::size_t k = 0; k < p.vm.groups.size(); ++k) {
      penalty_ += penalty(k);
      addPlace(k);
    }
    for (std::size_t s = 0; s < p.streamOut.size(); ++s)
      if (p.streamOut[s] >= 0) addStream(s);
  }

  std::int64_t total() const { return streams_ + penalty_ + rows_ + columnTerm(); }
  bool overChannels() const { return penalty_ > 0; }
  // The streams a move of `grp` re-costs: the work of a move.
  std::size_t degree(int grp) const { return streamsOf_[static_cast<std::size_t>(grp)].size() + 1; }

  // Puts `grp` on `tile`.
  void move(int grp, int tile) {
    const auto k = static_cast<std::size_t>(grp);
    for (std::size_t s : streamsOf_[k]) removeStream(s);
    removePlace(k);
    tileOf_[k] = tile;
    addPlace(k);
    for (std::size_t s : streamsOf_[k]) addStream(s);
  }

 private:
  int group(int instance) const { return p_.vm.groupOf[static_cast<std::size_t>(instance)]; }
  std::int64_t penalty(std::size_t k) const {
    return kOverChannel * (std::max(0, in_[k] - p_.lim.dmaIn) + std::max(0, out_[k] - p_.lim.dmaOut));
  }
  std::int64_t columnTerm() const {
    std::int64_t c = 0;
    for (std::int64_t b : column_) c += b * b / 65536;
    return c;
  }
  void useKey(int key, int delta) {
    int& n = keyUse_[static_cast<std::size_t>(key)];
    const bool wasUsed = n > 0;
    n += delta;
    if (wasUsed == (n > 0)) return;
    const PortKey& pk = p_.keys[static_cast<std::size_t>(key)];
    const auto k = static_cast<std::size_t>(pk.group);
    penalty_ -= penalty(k);
    (pk.in ? in_ : out_)[k] += n > 0 ? 1 : -1;
    penalty_ += penalty(k);
  }
  void addStream(std::size_t s) {
    const ir::StreamInst& si = p_.g.streamInsts[s];
    const int a = tileOf_[static_cast<std::size_t>(group(si.producer))];
    const int b = tileOf_[static_cast<std::size_t>(group(si.consumer))];
    if (p_.arr.neighbours(a, b)) return;
    dma_[s] = 1;
    streamTerm_[s] = p_.tokenBytes[s] * (p_.arr.dist(a, b) + 1);
    streams_ += streamTerm_[s];
    useKey(p_.streamOut[s], 1);
    useKey(p_.streamIn[s], 1);
  }
  void removeStream(std::size_t s) {
    if (!dma_[s]) return;
    dma_[s] = 0;
    streams_ -= streamTerm_[s];
    useKey(p_.streamOut[s], -1);
    useKey(p_.streamIn[s], -1);
  }
  void addPlace(std::size_t k) {
    const ir::Tile& t = p_.arr.tile(tileOf_[k]);
    rows_ += p_.memBytes[k] * (t.row - p_.arr.firstCompute) / 8;
    column_[static_cast<std::size_t>(t.col)] += p_.memBytes[k];
  }
  void removePlace(std::size_t k) {
    const ir::Tile& t = p_.arr.tile(tileOf_[k]);
    rows_ -= p_.memBytes[k] * (t.row - p_.arr.firstCompute) / 8;
    column_[static_cast<std::size_t>(t.col)] -= p_.memBytes[k];
  }

  const Problem& p_;
  std::vector<int>& tileOf_;
  std::vector<std::vector<std::size_t>> streamsOf_;  // per group: its streams that cross groups
  std::vector<std::int64_t> streamTerm_;             // per stream: its bytes x (hops + 1) when counted
  std::vector<char> dma_;                            // per stream: counted (its ends are not neighbours)
  std::vector<int> keyUse_;                          // per port key: counted streams using it
  std::vector<int> in_, out_;                        // per group: DMA channels in use
  std::vector<std::int64_t> column_;                 // per column: tensor bytes of its groups
  std::int64_t streams_ = 0, penalty_ = 0, rows_ = 0;
};

// The first placement: groups in depth-first order over their streams (so that a producer and
// its consumers come one after the other), along a snake through the compute tiles (up column 0,
// down column 1, ...), so that consecutive groups are neighbours.
std::vector<int> initialPlacement(const Problem& p, int variant) {
  const std::size_t n = p.vm.groups.size();
  std::vector<std::set<int>> adj(n);
  for (const ir::StreamInst& s : p.g.streamInsts) {
    const int a = p.vm.groupOf[static_cast<std::size_t>(s.producer)], b = p.vm.groupOf[static_cast<std::size_t>(s.consumer)];
    if (a < 0 || b < 0 || a == b) continue;
    adj[static_cast<std::size_t>(a)].insert(b);
    adj[static_cast<std::size_t>(b)].insert(a);
  }
  std::vector<int> order;
  std::vector<char> seen(n, 0);
  for (std::size_t start = 0; start < n; ++start) {
    if (seen[start]) continue;
    std::vector<int> stack{static_cast<int>(start)};
    while (!stack.empty()) {
      const int v = stack.back();
      stack.pop_back();
      if (seen[static_cast<std::size_t>(v)]) continue;
      seen[static_cast<std::size_t>(v)] = 1;
      order.push_back(v);
      for (auto it = adj[static_cast<std::size_t>(v)].rbegin(); it != adj[static_cast<std::size_t>(v)].rend(); ++it)
        if (!seen[static_cast<std::size_t>(*it)]) stack.push_back(*it);
    }
  }
  // Variants: 0 snake up the columns, 1 along the rows, 2 and 3 the same from the top row.
  std::vector<int> snake;
  const bool byRow = variant % 2 == 1, fromTop = variant >= 2;
  auto row = [&](int i) { return fromTop ? p.arr.rows - 1 - i : p.arr.firstCompute + i; };
  if (!byRow) {
    for (int c = 0; c < p.arr.cols; ++c)
      for (int i = 0; i < p.arr.computeRows; ++i)
        snake.push_back(p.arr.id(c, row(c % 2 == 0 ? i : p.arr.computeRows - 1 - i)));
  } else {
    for (int i = 0; i < p.arr.computeRows; ++i)
      for (int c = 0; c < p.arr.cols; ++c) snake.push_back(p.arr.id(i % 2 == 0 ? c : p.arr.cols - 1 - c, row(i)));
  }
  std::vector<int> tileOf(n, -1);
  for (std::size_t i = 0; i < order.size(); ++i) tileOf[static_cast<std::size_t>(order[i])] = snake[i];
  return tileOf;
}

// Local search: swap the contents of two compute tiles (a group with another or with an empty
// tile) whenever that lowers the cost; passes in a fixed order until none helps.
std::int64_t improve(const Problem& p, std::vector<int>& tileOf) {
  CostState state(p, tileOf);
  std::int64_t best = state.total();
  std::vector<int> groupAt(p.arr.tiles.size(), -1);
  for (std::size_t k = 0; k < tileOf.size(); ++k) groupAt[static_cast<std::size_t>(tileOf[k])] = static_cast<int>(k);
  const std::vector<int>& tiles = p.arr.compute;
  for (int pass = 0; pass < 64; ++pass) {
    bool better = false;
    for (std::size_t i = 0; i < tiles.size(); ++i) {
      for (std::size_t j = i + 1; j < tiles.size(); ++j) {
        const int ta = tiles[i], tb = tiles[j];
        const int a = groupAt[static_cast<std::size_t>(ta)], b = groupAt[static_cast<std::size_t>(tb)];
        if (a < 0 && b < 0) continue;
        if (a >= 0) state.move(a, tb);
        if (b >= 0) state.move(b, ta);
        const std::int64_t c = state.total();
        if (c < best) {
          best = c;
          better = true;
          groupAt[static_cast<std::size_t>(ta)] = b;
          groupAt[static_cast<std::size_t>(tb)] = a;
          continue;
        }
        if (a >= 0) state.move(a, ta);
        if (b >= 0) state.move(b, tb);
      }
    }
    if (!better) break;
  }
  assert(best == CostState(p, tileOf).total() && "the kept cost equals the cost computed afresh");
  return best;
}

// ---- routes and checks -----------------------------------------------------------------------

struct Builder {
  const Problem& p;
  ir::Mapping& m;
  Diagnostics& diags;
  std::map<std::pair<int, std::string>, int> portOf;  // (tile, "in:what"/"out:what") -> port id
  std::vector<int> nextIn, nextOut;                    // next channel number per tile
  std::set<std::pair<int, std::string>> userSeen;      // (port id, user) already listed
  // Per tile: every flow over one of its DMA channels and the buffer descriptors it needs there
  // (one per buffer the channel cycles through for it), in routing order.
  std::vector<std::vector<std::pair<std::string, std::int64_t>>> bdFlows;
  const ir::MappingRequest* request = nullptr;  // its `routes` fix where tensor flows enter the array

  void bds(int tile, std::string flow, std::int64_t n) {
    bdFlows[static_cast<std::size_t>(tile)].emplace_back(std::move(flow), n);
  }

  int port(int tile, bool in, const std::string& what, const std::string& user) {
    auto [it, inserted] = portOf.emplace(std::make_pair(tile, (in ? "in:" : "out:") + what), static_cast<int>(m.ports.size()));
    if (inserted) {
      ir::Port po;
      po.tile = tile;
      po.in = in;
      po.channel = (in ? nextIn : nextOut)[static_cast<std::size_t>(tile)]++;
      m.ports.push_back(po);
    }
    if (userSeen.emplace(it->second, user).second) m.ports[static_cast<std::size_t>(it->second)].users.push_back(user);
    return it->second;
  }
  int channels(int tile, bool in) const { return (in ? nextIn : nextOut)[static_cast<std::size_t>(tile)]; }

  // What routing writes (ports, channel numbers, descriptors, the tensor routes), to route again from.
  struct Saved {
    std::vector<ir::Port> ports;
    std::vector<ir::MemRoute> memRoutes;
    std::map<std::pair<int, std::string>, int> portOf;
    std::vector<int> nextIn, nextOut;
    std::set<std::pair<int, std::string>> userSeen;
    std::vector<std::vector<std::pair<std::string, std::int64_t>>> bdFlows;
  };
  Saved save() const { return {m.ports, m.memRoutes, portOf, nextIn, nextOut, userSeen, bdFlows}; }
  void restore(const Saved& s) {
    m.ports = s.ports;
    m.memRoutes = s.memRoutes;
    portOf = s.portOf;
    nextIn = s.nextIn;
    nextOut = s.nextOut;
    userSeen = s.userSeen;
    bdFlows = s.bdFlows;
  }
};

std::string members(const ir::Graph& g, const std::vector<int>& ids) {
  std::string s;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i == 4) return s + ", ... (" + std::to_string(ids.size()) + " instances)";
    s += (i ? ", " : "") + g.instances[static_cast<std::size_t>(ids[i])].name;
  }
  return s;
}

void routeStreams(Builder& b) {
  const Problem& p = b.p;
  const ir::Graph& g = p.g;
  for (std::size_t s = 0; s < g.streamInsts.size(); ++s) {
    const ir::StreamInst& si = g.streamInsts[s];
    const ir::StreamDecl& d = g.streams[static_cast<std::size_t>(si.decl)];
    ir::StreamRoute& r = b.m.streams[s];
    r.fromTile = b.m.tileOf(si.producer);
    r.toTile = b.m.tileOf(si.consumer);
    r.bufferBytes = d.depth * d.tokenBytes();
    if (r.fromTile == r.toTile) {
      r.kind = ir::RouteKind::Local;
      continue;
    }
    if (p.arr.neighbours(r.fromTile, r.toTile)) {
      r.kind = ir::RouteKind::SharedMemory;
      continue;
    }
    r.kind = ir::RouteKind::Dma;
    r.path = p.arr.path(r.fromTile, r.toTile);
    r.hops = static_cast<int>(r.path.size()) - 1;
    const PortKey& ko = p.keys[static_cast<std::size_t>(p.streamOut[s])];
    const PortKey& ki = p.keys[static_cast<std::size_t>(p.streamIn[s])];
    r.outPort = b.port(r.fromTile, false, ko.what, si.name);
    r.inPort = b.port(r.toTile, true, ki.what, si.name);
    // Each end holds `depth` buffers (bufferBytes), which its channel cycles through: one BD each,
    // whether or not other streams share the channel.
    b.bds(r.fromTile, "stream " + si.name + " out", d.depth);
    b.bds(r.toTile, "stream " + si.name + " in", d.depth);
  }
}

// The memory that holds a stream's buffer: the consumer's, unless the consumer is the east
// neighbour of the producer (a core addresses its own, north, south and west neighbours' memory,
// so then only the producer's memory is reachable from both).
int bufferTile(const Array& arr, const ir::StreamRoute& r) {
  if (r.kind != ir::RouteKind::SharedMemory) return r.toTile;
  const ir::Tile &a = arr.tile(r.fromTile), &c = arr.tile(r.toTile);
  return c.row == a.row && c.col == a.col + 1 ? r.fromTile : r.toTile;
}

// Compute-tile side of the tensor routes, and the memory-tile bytes in use.
void finishTensorRoutes(Builder& b, const std::vector<std::int64_t>& memBytes) {
  const ir::Graph& g = b.p.g;
  const Array& arr = b.p.arr;
  // Compute-tile side: one port per task argument and direction (shared by bundled instances).
  // Each route cycles through its own L1 buffers on that port, one BD each (check()).
  std::vector<char> loaded(g.tensors.size(), 0), stored(g.tensors.size(), 0);
  for (const ir::MemRoute& r : b.m.memRoutes) (r.write ? stored : loaded)[static_cast<std::size_t>(r.tensor)] = 1;
  for (ir::MemRoute& r : b.m.memRoutes) {
    const ir::Instance& in = g.instances[static_cast<std::size_t>(r.instance)];
    const ir::Task& t = g.tasks[static_cast<std::size_t>(in.task)];
    const std::string what = "tensor " + t.name + "." + t.args[static_cast<std::size_t>(r.arg)].name;
    const std::string user = in.name + "." + t.args[static_cast<std::size_t>(r.arg)].name;
    r.tilePort = b.port(r.computeTile, !r.write, what, user);
    const auto tensor = static_cast<std::size_t>(r.tensor);
    b.bds(r.computeTile, (r.write ? "store " + user + " -> " : "load " + user + " <- ") + g.tensors[tensor].name,
          b.p.lim.l1Buffers(!(loaded[tensor] && stored[tensor])));
  }
  for (std::size_t t = 0; t < arr.tiles.size(); ++t)
    if (arr.tiles[t].kind == ir::TileKind::Memory) b.m.use[t].memoryBytes = memBytes[t];
}

void routeTensors(Builder& b) {
  const Problem& p = b.p;
  const ir::Graph& g = p.g;
  const Array& arr = p.arr;
  // Every (instance, argument, direction) an instance uses, in instance order.
  for (std::size_t i = 0; i < g.instances.size(); ++i) {
    const int tile = b.m.tileOf(static_cast<int>(i));
    if (tile < 0) continue;
    for (const MemUse& u : p.facts[i].mem) {
      b.m.memRoutes.push_back(memRouteOf(static_cast<int>(i), u, tile));
    }
  }
  // Flows between a memory tile and compute tiles: loads of one shard of one tensor form one
  // flow (broadcast to every instance that reads that shard); each store is its own flow, joined
  // with the others of its tensor in the memory tile on the way to the shim.
  struct Flow {
    std::vector<std::size_t> routes;
    std::int64_t bytes = 0;    // of one transfer (the largest tile of its routes)
    std::int64_t traffic = 0;  // over the whole run (the most any route moves: a broadcast moves it once)
    bool known = true;         // `traffic` is known before the run
  };
  // (tensor, write, origin, store route, load sequence): instances that read one shard share a
  // broadcast only when they load the same tiles in the same order.
  using FlowKey = std::tuple<int, bool, ir::Shape, int, std::string>;
  std::map<FlowKey, Flow> flows;
  for (std::size_t k = 0; k < b.m.memRoutes.size(); ++k) {
    const ir::MemRoute& r = b.m.memRoutes[k];
    const MemUse* u = nullptr;
    for (const MemUse& x : p.facts[static_cast<std::size_t>(r.instance)].mem)
      if (x.arg == r.arg && x.write == r.write) u = &x;
    Flow& f = flows[{r.tensor, r.write, u->origin, r.write ? static_cast<int>(k) : -1, r.write ? std::string() : u->sequence}];
    f.routes.push_back(k);
    f.bytes = std::max(f.bytes, r.tileBytes);
    if (u->traffic < 0) f.known = false;
    f.traffic = std::max(f.traffic, u->traffic);
  }
  // What the second, balanced routing (below) evens out over the shim channels: the bytes each flow moves
  // over the run when every flow's is known, else the bytes of one transfer.
  const bool trafficKnown = std::all_of(flows.begin(), flows.end(), [](const auto& kv) { return kv.second.known; });
  auto weight = [&](const Flow& f) { return trafficKnown ? f.traffic : f.bytes; };
  std::vector<std::int64_t> memBytes(arr.tiles.size(), 0);
  auto tensorName = [&](int t) { return g.tensors[static_cast<std::size_t>(t)].name; };
  auto shardName = [&](const auto& key) { return tensorName(std::get<0>(key)) + ir::shapeString(std::get<2>(key)); };
  // A flow as the BD diagnostics name it: "A at [0, 64]" (a load shard), "C from mm_0" (a store).
  auto flowName = [&](const auto& key, const auto& f) {
    if (std::get<1>(key))
      return tensorName(std::get<0>(key)) + " from " +
             g.instances[static_cast<std::size_t>(b.m.memRoutes[f.routes.front()].instance)].name;
    std::string at;
    for (std::int64_t x : std::get<2>(key)) at += (at.empty() ? "" : ", ") + std::to_string(x);
    // Several flows can read one replicated shard (different tile sequences): name who reads it.
    const std::string readers =
        f.routes.size() == 1
            ? " for " + g.instances[static_cast<std::size_t>(b.m.memRoutes[f.routes.front()].instance)].name
            : " to " + std::to_string(f.routes.size()) + " instances";
    return tensorName(std::get<0>(key)) + " at [" + at + "]" + readers;
  };
  auto shimLimit = [&](bool in) { return in ? p.lim.shimIn : p.lim.shimOut; };
  auto memLimit = [&](bool in) { return in ? p.lim.memIn : p.lim.memOut; };
  // The shim with a DMA nearest (by column, then leftmost) to `tile` with a free channel of the
  // direction (S2MM for stores), or -1. A route from a column without a shim DMA
  // (shim.first_dma_column) goes to the nearest one, its extra hops counted with the others.
  auto freeShim = [&](int tile, bool in) {
    std::vector<int> cands = arr.dmaShim;
    const int col = arr.tile(tile).col;
    std::stable_sort(cands.begin(), cands.end(), [&](int a, int c) {
      return std::abs(arr.tile(a).col - col) < std::abs(arr.tile(c).col - col);
    });
    for (int s : cands)
      if (b.channels(s, in) < shimLimit(in)) return s;
    return -1;
  };
  auto nearestShim = [&](int tile) {
    int best = arr.dmaShim.front();
    for (int s : arr.dmaShim)
      if (std::abs(arr.tile(s).col - arr.tile(tile).col) < std::abs(arr.tile(best).col - arr.tile(tile).col)) best = s;
    return best;
  };

  if (arr.mem.empty()) {
    // No memory tiles: compute tiles talk to a shim directly, one shim channel per compute tile,
    // tensor and direction.
    std::map<std::tuple<int, int, bool>, int> shimOf;
    for (auto& [key, f] : flows) {
      const int tensor = std::get<0>(key);
      const bool write = std::get<1>(key);
      std::set<int> shimPorts;  // of this flow: one BD each (the runtime sequence reprograms it per transfer)
      for (std::size_t k : f.routes) {
        ir::MemRoute& r = b.m.memRoutes[k];
        auto [it, fresh] = shimOf.emplace(std::make_tuple(r.computeTile, tensor, write), -1);
        if (fresh) {
          it->second = freeShim(r.computeTile, write);
          if (it->second < 0) it->second = nearestShim(r.computeTile);  // the check reports the overload
        }
        r.shimTile = it->second;
        r.hops = arr.dist(r.shimTile, r.computeTile);
        r.shimPort = b.port(r.shimTile, write, "tensor " + tensorName(tensor) + " to " + arr.tile(r.computeTile).name(),
                            tensorName(tensor));
        r.fanout = "direct";
        if (shimPorts.insert(r.shimPort).second)
          b.bds(r.shimTile, flowName(key, f) + (write ? " from " : " to ") + arr.tile(r.computeTile).name(), 1);
      }
    }
    finishTensorRoutes(b, memBytes);
    return;
  }

  // Entries: where a tensor enters (or leaves) the array, a shim channel and the memory tile's
  // channel facing it. Every flow goes through one entry of its tensor; the flows of one entry
  // share its shim channel, so an entry's load (the bytes of one transfer of each of its flows)
  // is what spreading evens out: a flow opens a new entry while channels are to spare, else
  // joins the least loaded entry of its tensor. Channels every later flow and every tensor
  // without an entry still needs are never given to an extra entry.
  struct Entry {
    int tensor = -1;
    bool write = false;
    int memTile = -1, shimTile = -1, shimPort = -1, memPort = -1;
    std::int64_t load = 0;
    std::string channel;  // an imposed route's channel label
    std::vector<std::pair<const void*, std::int64_t>> members;  // each flow (its key) and its shard origin, flattened
  };
  // A regrouping plan (below): flow key -> (group, memory tile).
  using Plan = std::map<const void*, std::pair<int, int>>;
  // `balanced`: flows are taken heaviest first (by weight) and an entry's load counts their weights;
  // otherwise in flow order, the load counting the bytes of one transfer.
  auto route = [&](const Plan* plan, bool balanced) {
    std::vector<Entry> entries;
    std::vector<std::pair<const FlowKey, Flow>*> order;
    for (auto& kv : flows) order.push_back(&kv);
    if (balanced)
      std::stable_sort(order.begin(), order.end(),
                       [&](const auto* a, const auto* b2) { return weight(a->second) > weight(b2->second); });
    auto load = [&](const Flow& f) { return balanced ? weight(f) : f.bytes; };
    std::map<int, int> entryOfGroup;
    const std::int64_t bufs = p.lim.memtileBuffers();
    int flowsLeft[2] = {0, 0};  // [write]
    std::set<int> unserved[2];  // [write]: tensors without an entry yet
    for (const auto& [key, f] : flows) {
      ++flowsLeft[std::get<1>(key) ? 1 : 0];
      unserved[std::get<1>(key) ? 1 : 0].insert(std::get<0>(key));
    }
    auto freeMem = [&](bool in) {
      int n = 0;
      for (int mt : arr.mem) n += std::max(0, memLimit(in) - b.channels(mt, in));
      return n;
    };
    auto freeShims = [&](bool in) {
      int n = 0;
      for (int s : arr.dmaShim) n += std::max(0, shimLimit(in) - b.channels(s, in));
      return n;
    };
    // Memory-tile channels of a direction that flows and entries still to be placed need: S2MM for
    // each store and the entry of each loaded tensor, MM2S for each load flow and each stored tensor.
    auto mandatoryMem = [&](bool in) {
      return in ? flowsLeft[1] + static_cast<int>(unserved[0].size()) : flowsLeft[0] + static_cast<int>(unserved[1].size());
    };

    // Loads of one shard in different tile sequences are different flows, and the memory tile feeds each
    // through a channel of its own (mlir-aie: one memory-tile DMA channel per objectfifo); the second and
    // later sequences of a shard name their channel apart.
    std::map<std::pair<int, ir::Shape>, int> sequencesOfShard;
    for (auto* kv : order) {
      const FlowKey& key = kv->first;
      Flow& f = kv->second;
      const int tensor = std::get<0>(key);
      const bool write = std::get<1>(key);
      const int nth = write ? 0 : sequencesOfShard[{tensor, std::get<2>(key)}]++;
      const std::string shard = shardName(key) + (nth > 0 ? " (tile sequence " + std::to_string(nth + 1) + ")" : "");
      const int w = write ? 1 : 0;
      --flowsLeft[w];
      const bool first = unserved[w].erase(tensor) > 0;
      // Memory-tile side facing the compute tiles: S2MM for stores; facing the shim: the other.
      const bool tileSide = write, shimSide = !write;
      const bool extraAllowed = freeMem(shimSide) - 1 >= mandatoryMem(shimSide) &&
                                freeShims(write) - 1 >= static_cast<int>(unserved[w].size());
      auto hopsTo = [&](int mt) {
        int h = 0;
        for (std::size_t k : f.routes) h += arr.dist(mt, b.m.memRoutes[k].computeTile);
        return h;
      };
      auto busy = [&](int mt) { return b.channels(mt, true) + b.channels(mt, false); };
      auto room = [&](int mt) {
        return b.channels(mt, tileSide) < memLimit(tileSide) &&
               memBytes[static_cast<std::size_t>(mt)] + bufs * f.bytes <= p.lim.memtile;
      };
      // Options, best first by (entry load after this flow, hops, memory-tile channels in use, order).
      using Score = std::tuple<std::int64_t, int, int, int>;
      std::optional<Score> best;
      int bestEntry = -1, bestMem = -1, bestShim = -1;
      auto consider = [&](const Score& sc, int entry, int mt, int shim) {
        if (best && !(sc < *best)) return;
        best = sc;
        bestEntry = entry;
        bestMem = mt;
        bestShim = shim;
      };
      // An imposed route (the mapping file's "routes"): its entry, whatever the scores say.
      const ir::MappingRequest::Route* imposed = nullptr;
      if (b.request)
        for (std::size_t k : f.routes) {
          const ir::MemRoute& r = b.m.memRoutes[k];
          const ir::Instance& in = g.instances[static_cast<std::size_t>(r.instance)];
          const std::string& arg = g.tasks[static_cast<std::size_t>(in.task)].args[static_cast<std::size_t>(r.arg)].name;
          for (const ir::MappingRequest::Route& rt : b.request->routes)
            if (!imposed && rt.instance == in.name && rt.arg == arg && rt.write == r.write) imposed = &rt;
        }
      if (imposed) {
        const int shim = arr.id(imposed->shimCol, imposed->shimRow), mt = arr.id(imposed->memCol, imposed->memRow);
        if (shim < 0 || mt < 0 || arr.tile(shim).kind != ir::TileKind::Shim || arr.tile(mt).kind != ir::TileKind::Memory) {
          b.diags.error(imposed->loc, "the route's 'shim' must be a shim tile and its 'memtile' a memory tile of " +
                                          b.m.archName);
          continue;
        }
        for (std::size_t e = 0; e < entries.size(); ++e) {
          const Entry& en = entries[e];
          if (en.tensor == tensor && en.write == write && en.memTile == mt && en.shimTile == shim &&
              en.channel == imposed->channel)
            bestEntry = static_cast<int>(e);
        }
        bestMem = mt;
        bestShim = shim;
        best = Score{0, 0, 0, 0};
      }
      const auto planned = plan ? plan->find(&key) : Plan::const_iterator();
      const bool forced = plan && planned != plan->end() && !imposed;
      if (forced) {
        const auto [group, mt] = planned->second;
        bestMem = mt;
        if (const auto ge = entryOfGroup.find(group); ge != entryOfGroup.end()) {
          bestEntry = ge->second;
          bestShim = entries[static_cast<std::size_t>(ge->second)].shimTile;
        } else {
          bestShim = freeShim(mt, write);
          if (bestShim < 0) bestShim = nearestShim(mt);  // the check reports the overload
        }
        best = Score{0, 0, 0, 0};
      }
      for (std::size_t e = 0; e < entries.size() && !imposed && !forced; ++e) {
        const Entry& en = entries[e];
        if (en.tensor != tensor || en.write != write || !room(en.memTile)) continue;
        consider({en.load + load(f), hopsTo(en.memTile), busy(en.memTile), static_cast<int>(e)}, static_cast<int>(e),
                 en.memTile, en.shimTile);
      }
      if ((first || extraAllowed) && !imposed && !forced) {
        for (int mt : arr.mem) {
          if (!room(mt) || b.channels(mt, shimSide) >= memLimit(shimSide)) continue;
          const int shim = freeShim(mt, write);
          if (shim < 0) continue;
          consider({load(f), arr.dist(shim, mt) + hopsTo(mt), busy(mt), mt}, -1, mt, shim);
        }
      }
      if (!best) {
        // Nothing fits: the least loaded entry of the tensor, or a new one at the closest memory
        // tile and shim; the check then reports the overload.
        for (std::size_t e = 0; e < entries.size(); ++e) {
          const Entry& en = entries[e];
          if (en.tensor == tensor && en.write == write)
            consider({en.load + load(f), hopsTo(en.memTile), 0, static_cast<int>(e)}, static_cast<int>(e), en.memTile,
                     en.shimTile);
        }
        if (!best) {
          int mt = arr.mem.front();
          for (int c : arr.mem)
            if (hopsTo(c) < hopsTo(mt)) mt = c;
          const int shim = freeShim(mt, write);
          bestMem = mt;
          bestShim = shim >= 0 ? shim : nearestShim(mt);
        }
      }
      if (bestEntry < 0) {
        Entry en;
        en.tensor = tensor;
        en.write = write;
        en.memTile = bestMem;
        en.shimTile = bestShim;
        int nth = 0;
        for (const Entry& o : entries) nth += o.tensor == tensor && o.write == write ? 1 : 0;
        const std::string name = "tensor " + tensorName(tensor) + (write ? " join" : "") +
                                 (nth > 0 ? " entry " + std::to_string(nth) : "");
        en.shimPort = b.port(bestShim, write, name + " via " + arr.tile(bestMem).name(), tensorName(tensor));
        en.memPort = b.port(bestMem, shimSide, name, tensorName(tensor) + " from/to shim " + arr.tile(bestShim).name());
        if (imposed) en.channel = imposed->channel;
        bestEntry = static_cast<int>(entries.size());
        entries.push_back(en);
        if (forced) entryOfGroup[planned->second.first] = bestEntry;
      }
      Entry& en = entries[static_cast<std::size_t>(bestEntry)];
      en.load += load(f);
      en.members.emplace_back(&key, ir::flatIndex(g.tensors[static_cast<std::size_t>(tensor)].shape, std::get<2>(key)));
      const int mt = en.memTile;
      memBytes[static_cast<std::size_t>(mt)] += bufs * f.bytes;
      // The flow's buffers in the memory tile are filled by one channel and drained by another, each
      // walking one BD per buffer (a broadcast: one set on its MM2S for every receiver); the shim
      // needs one BD per flow, which the runtime sequence reprograms as transfers complete.
      b.bds(mt, flowName(key, f), 2 * bufs);
      b.bds(en.shimTile, flowName(key, f), 1);
      for (std::size_t k : f.routes) {
        ir::MemRoute& r = b.m.memRoutes[k];
        const ir::Instance& in = g.instances[static_cast<std::size_t>(r.instance)];
        const std::string user =
            in.name + "." + g.tasks[static_cast<std::size_t>(in.task)].args[static_cast<std::size_t>(r.arg)].name;
        const int memTile = b.port(mt, tileSide, "tensor " + shard + (write ? " from " + in.name : ""), user);
        r.shimTile = en.shimTile;
        r.memTile = mt;
        r.hops = arr.dist(en.shimTile, mt) + arr.dist(mt, r.computeTile);
        r.shimPort = en.shimPort;
        r.memInPort = write ? memTile : en.memPort;
        r.memOutPort = write ? en.memPort : memTile;
        r.fanout = write ? "join" : f.routes.size() > 1 ? "broadcast" : "split";
      }
    }
    return entries;
  };

  const Builder::Saved before = b.save();  // the routing state before the tensors' entries, for a second pass
  // Shim and memory-tile channels over their limits (what the check would report).
  auto overLimit = [&] {
    for (int sh : arr.dmaShim)
      if (b.channels(sh, true) > shimLimit(true) || b.channels(sh, false) > shimLimit(false)) return true;
    for (int mt : arr.mem)
      if (b.channels(mt, true) > memLimit(true) || b.channels(mt, false) > memLimit(false)) return true;
    return false;
  };
  auto restore = [&] {
    b.restore(before);
    std::fill(memBytes.begin(), memBytes.end(), 0);
  };
  // The heaviest shim channel: the most weight the flows of one entry move through it.
  std::map<const void*, std::int64_t> weightOf;
  for (const auto& [key, f] : flows) weightOf[&key] = weight(f);
  auto busiest = [&](const std::vector<Entry>& es) {
    std::int64_t most = 0;
    for (const Entry& en : es) {
      std::int64_t w = 0;
      for (const auto& mb : en.members) w += weightOf[mb.first];
      most = std::max(most, w);
    }
    return most;
  };
  // No channel, memory-tile memory or buffer-descriptor count over its limit (the routing's share of what
  // check() reports), so that the second routing never refuses a graph the first one fitted.
  auto fits = [&] {
    if (overLimit()) return false;
    for (int mt : arr.mem)
      if (memBytes[static_cast<std::size_t>(mt)] > p.lim.memtile) return false;
    for (std::size_t t = 0; t < arr.tiles.size(); ++t) {
      std::int64_t n = 0;
      for (const auto& flow : b.bdFlows[t]) n += flow.second;
      if (n > p.lim.bdsOf(arr.tiles[t].kind)) return false;
    }
    return true;
  };
  const bool imposedRoutes = b.request && !b.request->routes.empty();
  // Flows in tensor order take channels of their own while channels are to spare, so a tensor routed
  // late can find one channel left for all its flows while a lighter one holds several (the decode
  // attention's values behind its queries). When flows share a shim channel, the flows are routed a
  // second time heaviest first, each entry's load counting what its flows move over the run, and that
  // routing is kept when its busiest shim channel moves less and nothing it sets is over a limit.
  bool balanced = false;
  std::vector<Entry> entries = route(nullptr, false);
  const bool shared = std::any_of(entries.begin(), entries.end(), [](const Entry& en) { return en.members.size() > 1; });
  if (shared && !imposedRoutes) {
    const std::int64_t first = busiest(entries);
    restore();
    std::vector<Entry> other = route(nullptr, true);
    if (busiest(other) < first && fits()) {
      entries = std::move(other);
      balanced = true;
    } else {
      restore();
      entries = route(nullptr, false);
    }
  }
  // The flows of an entry share its shim channel, and each shim transfer covers one element of it (a
  // tile of each flow side by side), which one DMA pattern reaches only when the flows' tiles are
  // evenly spaced in the tensor (docs/backends.md) and the flows move alike (tiles of one size, as many
  // bytes over the run). When an entry of three or more flows is not evenly spaced (by their shard
  // origins), or an entry's flows move differently, the tensor's flows are regrouped, each memory tile keeping its flows: per
  // memory tile the fewest evenly spaced groups (then the most even sizes), one entry each, when the
  // shim channels the tensor used plus those still free are enough; the entries are then routed again
  // with these groups. Otherwise (or with imposed routes) the entries stay as they are.
  auto uneven = [](std::vector<std::int64_t> o) {
    std::sort(o.begin(), o.end());
    for (std::size_t i = 2; i < o.size(); ++i)
      if (o[i] - o[i - 1] != o[1] - o[0]) return true;
    return false;
  };
  // What a flow moves, for grouping: flows of one entry move in lockstep (one element of each per shim
  // transfer), so flows that move different tiles or different amounts over the run (ragged work: a trip count
  // read from a trace) cannot share one. Unknown before the run (a steered graph): every flow alike.
  auto flowOf = [&](const void* key) -> const Flow& { return flows.at(*static_cast<const FlowKey*>(key)); };
  auto moves = [&](const void* key) -> std::pair<std::int64_t, std::int64_t> {
    const Flow& f = flowOf(key);
    return trafficKnown ? std::pair<std::int64_t, std::int64_t>{f.bytes, f.traffic} : std::pair<std::int64_t, std::int64_t>{0, 0};
  };
  auto mixed = [&](const std::vector<std::pair<const void*, std::int64_t>>& ms) {
    for (const auto& mb : ms)
      if (moves(mb.first) != moves(ms.front().first)) return true;
    return false;
  };
  // The fewest evenly spaced groups of `origins`, at most `most` (then the most even sizes), each of flows
  // that move alike (`kinds`): the group of each origin, or nothing.
  auto evenGroups = [&](const std::vector<std::int64_t>& origins, const std::vector<std::pair<std::int64_t, std::int64_t>>& kinds,
                        int most) {
    const std::size_t n = origins.size();
    std::vector<int> best;
    std::size_t bestLargest = n + 1;
    std::vector<int> at(n, 0);
    std::vector<std::size_t> firstOf(n, 0);  // per opened group: its first origin (whose kind it takes)
    // Flows that move differently never share a group: at least one group per kind.
    const int least = static_cast<int>(std::set<std::pair<std::int64_t, std::int64_t>>(kinds.begin(), kinds.end()).size());
    for (int groups = std::max(1, least); groups <= most && best.empty(); ++groups) {
      // Every assignment of origins to groups (a group opened by its first origin), no group empty.
      std::function<void(std::size_t, int)> assign = [&](std::size_t i, int opened) {
        if (i == n) {
          if (opened != groups) return;
          std::size_t largest = 0;
          for (int k = 0; k < groups; ++k) {  // (the assignment below never mixes kinds in a group)
            std::vector<std::int64_t> o;
            for (std::size_t j = 0; j < n; ++j)
              if (at[j] == k) o.push_back(origins[j]);
            if (uneven(o)) return;
            largest = std::max(largest, o.size());
          }
          if (largest < bestLargest) {
            bestLargest = largest;
            best = at;
          }
          return;
        }
        for (int k = 0; k <= std::min(opened, groups - 1); ++k) {
          if (k < opened && kinds[firstOf[static_cast<std::size_t>(k)]] != kinds[i]) continue;
          if (k == opened) firstOf[static_cast<std::size_t>(k)] = i;
          at[i] = k;
          assign(i + 1, std::max(opened, k + 1));
        }
      };
      assign(0, 0);
    }
    return best;
  };
  // evenGroups over flows (key, shard origin): nothing for more than ten (the search is exhaustive).
  auto groupsOf = [&](const std::vector<std::pair<const void*, std::int64_t>>& ms, int most) {
    if (ms.size() > 10) return std::vector<int>();
    std::vector<std::int64_t> o;
    std::vector<std::pair<std::int64_t, std::int64_t>> kinds;
    for (const auto& mb : ms) {
      o.push_back(mb.second);
      kinds.push_back(moves(mb.first));
    }
    return evenGroups(o, kinds, most);
  };
  // An entry no DMA pattern can serve: three or more flows not evenly spaced, or flows that move differently.
  auto unlowerable = [&](const Entry& en) {
    std::vector<std::int64_t> o;
    for (const auto& mb : en.members) o.push_back(mb.second);
    return (o.size() >= 3 && uneven(o)) || mixed(en.members);
  };
  auto regroupPlan = [&](const std::vector<Entry>& es) {
    Plan plan;
    if (b.request && !b.request->routes.empty()) return plan;
    std::set<std::pair<int, bool>> bad;  // (tensor, write) with an uneven entry
    for (const Entry& en : es)
      if (unlowerable(en)) bad.insert({en.tensor, en.write});
    int nextGroup = 0;
    for (const auto& [tensor, write] : bad) {
      std::map<int, std::vector<std::pair<const void*, std::int64_t>>> at;  // memory tile -> its flows
      std::map<int, int> entriesAt;
      int used = 0;
      for (const Entry& en : es) {
        if (en.tensor != tensor || en.write != write) continue;
        ++used;
        ++entriesAt[en.memTile];
        at[en.memTile].insert(at[en.memTile].end(), en.members.begin(), en.members.end());
      }
      int spare = 0;
      for (int sh : arr.dmaShim) spare += std::max(0, shimLimit(write) - b.channels(sh, write));
      std::map<int, std::vector<int>> groupsAt;
      int total = 0;
      bool ok = true;
      for (const auto& [mt, ms] : at) {
        const int most = entriesAt[mt] + std::max(0, memLimit(!write) - b.channels(mt, !write));
        std::vector<int> grp = groupsOf(ms, most);
        if (grp.empty()) {
          ok = false;
          break;
        }
        total += 1 + *std::max_element(grp.begin(), grp.end());
        groupsAt[mt] = std::move(grp);
      }
      if (!ok || total > used + spare) continue;
      for (const auto& [mt, grp] : groupsAt) {
        for (std::size_t j = 0; j < grp.size(); ++j) plan[at[mt][j].first] = {nextGroup + grp[j], mt};
        nextGroup += 1 + *std::max_element(grp.begin(), grp.end());
      }
    }
    return plan;
  };
  // When a tensor's flows cannot be regrouped within the channels to spare, the shim channels of every
  // tensor of that direction are planned together: each tensor's flows in the fewest groups that can share
  // a channel (evenly spaced, moving alike), each group at the memory tile most of its flows used, when all
  // the groups fit the shim channels the entries use plus those still free and each memory tile's channels.
  // Tensors whose flows can share fewer channels then leave some to the ragged ones (the grouped MoE
  // experts: the weight loads of all pairs on one channel, each pair's token rows on its own).
  auto globalPlan = [&](const std::vector<Entry>& es, const Plan& partial) {
    Plan plan;
    if (b.request && !b.request->routes.empty()) return plan;
    std::set<bool> dirs;
    for (const Entry& en : es)
      if (unlowerable(en) && !partial.count(en.members.front().first)) dirs.insert(en.write);
    int nextGroup = 1 << 20;  // apart from the per-tensor plan's groups
    for (const bool write : dirs) {
      std::map<int, std::vector<std::pair<const void*, std::int64_t>>> of;  // tensor -> its flows (key, origin)
      std::map<const void*, int> memTileOf;                                 // flow -> its entry's memory tile
      std::map<int, int> entriesAt, flowsAt;
      int used = 0;
      for (const Entry& en : es) {
        if (en.write != write) continue;
        ++used;
        ++entriesAt[en.memTile];
        for (const auto& mb : en.members) {
          of[en.tensor].push_back(mb);
          memTileOf[mb.first] = en.memTile;
          ++flowsAt[en.memTile];
        }
      }
      int spare = 0;
      for (int sh : arr.dmaShim) spare += std::max(0, shimLimit(write) - b.channels(sh, write));
      // Each tensor's flows in the fewest groups that can share a channel.
      struct Group {
        int tensor;
        std::vector<std::size_t> members;  // into of[tensor], by origin
      };
      auto loadOf = [&](const Group& gr) {  // what the group's flows move over the run
        std::int64_t w = 0;
        for (std::size_t j : gr.members) w += weight(flowOf(of[gr.tensor][j].first));
        return w;
      };
      std::vector<Group> groups;
      bool ok = true;
      for (const auto& [tensor, ms] : of) {
        const std::vector<int> grp = groupsOf(ms, static_cast<int>(ms.size()));
        if (grp.empty()) {
          ok = false;
          break;
        }
        const std::size_t first = groups.size();
        groups.resize(first + 1 + static_cast<std::size_t>(*std::max_element(grp.begin(), grp.end())), Group{tensor, {}});
        for (std::size_t j = 0; j < grp.size(); ++j) groups[first + static_cast<std::size_t>(grp[j])].members.push_back(j);
        for (std::size_t k = first; k < groups.size(); ++k)
          std::stable_sort(groups[k].members.begin(), groups[k].members.end(),
                           [&](std::size_t x, std::size_t y) { return ms[x].second < ms[y].second; });
      }
      if (!ok) continue;
      // Channels to spare go to the heaviest groups: a group split into its two halves by origin (halves
      // of evenly spaced flows are evenly spaced).
      while (static_cast<int>(groups.size()) < used + spare) {
        std::size_t heaviest = groups.size();
        for (std::size_t k = 0; k < groups.size(); ++k)
          if (groups[k].members.size() >= 2 && (heaviest == groups.size() || loadOf(groups[k]) > loadOf(groups[heaviest])))
            heaviest = k;
        if (heaviest == groups.size()) break;
        Group& h = groups[heaviest];
        Group tail{h.tensor, std::vector<std::size_t>(h.members.begin() + static_cast<std::ptrdiff_t>(h.members.size() / 2),
                                                      h.members.end())};
        h.members.resize(h.members.size() / 2);
        groups.push_back(std::move(tail));
      }
      const int total = static_cast<int>(groups.size());
      if (total > used + spare) continue;
      // Each group at a memory tile with room for its flows (channels facing the compute tiles) and its
      // entry (a channel facing the shim), preferring the one most of its flows used; the largest first.
      std::map<int, int> flowRoom, entryRoom;
      for (int mt : arr.mem) {
        flowRoom[mt] = flowsAt[mt] + std::max(0, memLimit(write) - b.channels(mt, write));
        entryRoom[mt] = entriesAt[mt] + std::max(0, memLimit(!write) - b.channels(mt, !write));
      }
      std::vector<std::size_t> bySize(groups.size());
      for (std::size_t k = 0; k < bySize.size(); ++k) bySize[k] = k;
      std::stable_sort(bySize.begin(), bySize.end(),
                       [&](std::size_t x, std::size_t y) { return groups[x].members.size() > groups[y].members.size(); });
      Plan mine;
      for (std::size_t k : bySize) {
        const auto& ms = of[groups[k].tensor];
        std::map<int, int> votes;  // memory tile -> flows of the group there
        for (std::size_t j : groups[k].members) ++votes[memTileOf[ms[j].first]];
        int mt = -1;
        for (int m : arr.mem) {
          const int n = static_cast<int>(groups[k].members.size());
          if (flowRoom[m] < n || entryRoom[m] < 1) continue;
          if (mt < 0 || votes[m] > votes[mt]) mt = m;
        }
        if (mt < 0) {
          ok = false;
          break;
        }
        flowRoom[mt] -= static_cast<int>(groups[k].members.size());
        --entryRoom[mt];
        for (std::size_t j : groups[k].members) mine[ms[j].first] = {nextGroup + static_cast<int>(k), mt};
      }
      nextGroup += total;
      if (!ok) continue;
      for (const auto& [key, where] : mine) plan[key] = where;
    }
    return plan;
  };
  Plan plan = regroupPlan(entries);
  for (const auto& [key, where] : globalPlan(entries, plan)) plan[key] = where;
  if (!plan.empty() && !overLimit()) {
    restore();
    entries = route(&plan, balanced);
    // The other tensors may have taken channels in another order: a regrouping that overflows a
    // channel the first routing did not is dropped.
    if (overLimit()) {
      restore();
      entries = route(nullptr, balanced);
    }
  }
  finishTensorRoutes(b, memBytes);
}

std::string portList(const ir::Mapping& m, int tile, bool in) {
  std::string s;
  for (const ir::Port& p : m.ports) {
    if (p.tile != tile || p.in != in) continue;
    std::string users;
    for (std::size_t i = 0; i < p.users.size(); ++i) {
      if (i == 3) {
        users += ", ...";
        break;
      }
      users += (i ? ", " : "") + p.users[i];
    }
    s += (s.empty() ? "" : "; ") + users;
  }
  return s;
}

// "3 flows over its DMA channels: A at [0, 0] (2 buffers), B at [0, 0] (2), C from mm_0 (2)": the
// demand of a tile's BD check, flow by flow (the first ten).
std::string bdList(const std::vector<std::pair<std::string, std::int64_t>>& flows, ir::TileKind kind) {
  std::string s = std::to_string(flows.size()) + (flows.size() == 1 ? " flow" : " flows") + " over its DMA channels";
  for (std::size_t i = 0; i < flows.size(); ++i) {
    if (i == 10) return s + ", ... (" + std::to_string(flows.size() - 10) + " more)";
    const std::int64_t n = flows[i].second;
    std::string unit;
    if (i == 0)
      unit = kind == ir::TileKind::Memory ? " BDs: " + std::to_string(n / 2) + " buffers x 2 channels"
             : kind == ir::TileKind::Shim ? (n == 1 ? " BD" : " BDs")
                                          : (n == 1 ? " buffer" : " buffers");
    s += (i ? ", " : ": ") + flows[i].first + " (" + std::to_string(n) + unit + ")";
  }
  return s;
}

// What to change when a tile runs out of buffer descriptors.
std::string bdHint(ir::TileKind kind) {
  if (kind == ir::TileKind::Compute)
    return "; use shallower streams, a smaller dma.buffer_depth or place stream ends on neighbouring tiles (shared "
           "memory needs no DMA)";
  if (kind == ir::TileKind::Memory) return "; use a smaller dma.buffer_depth or fewer tensor shards";
  return "; use fewer tensor shards";
}

void check(Builder& b) {
  const Problem& p = b.p;
  const ir::Graph& g = p.g;
  const Array& arr = p.arr;
  ir::Mapping& m = b.m;
  // L1 of each compute tile.
  std::vector<std::int64_t> streamBytes(arr.tiles.size(), 0), localBytes(arr.tiles.size(), 0),
      stackBytes(arr.tiles.size(), 0), dmaBytes(arr.tiles.size(), 0);
  for (std::size_t s = 0; s < m.streams.size(); ++s) {
    const ir::StreamRoute& r = m.streams[s];
    if (r.toTile < 0 || r.fromTile < 0) continue;
    streamBytes[static_cast<std::size_t>(bufferTile(arr, r))] += r.bufferBytes;
    if (r.kind == ir::RouteKind::Dma) streamBytes[static_cast<std::size_t>(r.fromTile)] += r.bufferBytes;
  }
  for (const ir::TileGroup& grp : m.groups) {
    for (int id : grp.members) {
      localBytes[static_cast<std::size_t>(grp.tile)] += p.facts[static_cast<std::size_t>(id)].localBytes;
      // One core runs the group (a chain or bundle shares it), and a core has one stack: the largest
      // any of its instances asks for.
      const std::int64_t own = p.facts[static_cast<std::size_t>(id)].stackBytes;
      std::int64_t& stack = stackBytes[static_cast<std::size_t>(grp.tile)];
      stack = std::max(stack, own >= 0 ? own : p.lim.stack);
    }
  }
  // The D - 1 further buffers of each buffered tensor route (docs/timing.md: loads of a tensor
  // nothing stores are prefetched, stores to a tensor nothing loads drain; a tensor both loaded
  // and stored keeps blocking accesses, which need no buffer beyond the local).
  std::vector<char> loaded(g.tensors.size(), 0), stored(g.tensors.size(), 0);
  for (const ir::MemRoute& r : m.memRoutes) (r.write ? stored : loaded)[static_cast<std::size_t>(r.tensor)] = 1;
  for (const ir::MemRoute& r : m.memRoutes) {
    const auto t = static_cast<std::size_t>(r.tensor);
    if (loaded[t] && stored[t]) continue;
    dmaBytes[static_cast<std::size_t>(r.computeTile)] += p.lim.extraL1Buffers() * r.tileBytes;
  }
  for (std::size_t t = 0; t < arr.tiles.size(); ++t) {
    ir::TileUse& u = m.use[t];
    const ir::Tile& tile = arr.tiles[t];
    u.dmaIn = b.channels(static_cast<int>(t), true);
    u.dmaOut = b.channels(static_cast<int>(t), false);
    u.bds = 0;
    for (const auto& flow : b.bdFlows[t]) u.bds += static_cast<int>(flow.second);
    u.bdLimit = p.lim.bdsOf(tile.kind);
    if (tile.kind == ir::TileKind::Compute) {
      u.memoryBytes = localBytes[t] + streamBytes[t] + dmaBytes[t] + stackBytes[t];
      u.memoryLimit = p.lim.l1;
      u.dmaInLimit = p.lim.dmaIn;
      u.dmaOutLimit = p.lim.dmaOut;
    } else if (tile.kind == ir::TileKind::Memory) {
      u.memoryLimit = p.lim.memtile;
      u.dmaInLimit = p.lim.memIn;
      u.dmaOutLimit = p.lim.memOut;
    } else {
      u.dmaInLimit = p.lim.shimIn;
      u.dmaOutLimit = p.lim.shimOut;
    }
  }
  std::vector<int> groupAt(arr.tiles.size(), -1);
  for (std::size_t k = 0; k < m.groups.size(); ++k) groupAt[static_cast<std::size_t>(m.groups[k].tile)] = static_cast<int>(k);
  // Who a tile's errors are about, and where they point: a compute tile's at the task of its instances;
  // a memory or shim tile runs no instance, so its errors point at the config parameter whose limit is
  // exceeded.
  auto whoOf = [&](std::size_t t) {
    const ir::Tile& tile = arr.tiles[t];
    std::string who = (tile.kind == ir::TileKind::Memory ? std::string("memory") : ir::tileKindName(tile.kind)) +
                      std::string(" tile ") + tile.name();
    if (groupAt[t] >= 0) who += " (" + members(g, m.groups[static_cast<std::size_t>(groupAt[t])].members) + ")";
    return who;
  };
  auto locOf = [&](std::size_t t, const std::string& key) {
    return groupAt[t] >= 0 ? instanceLoc(g, m.groups[static_cast<std::size_t>(groupAt[t])].members.front())
                           : SourceLoc{p.archFile, "/params/" + key};
  };
  // Memory misfits first, one error per distinct misfit: tiles that need the same bytes for the same
  // reasons at the same place (the instances of one task, typically) share it, "and N other tiles".
  struct Misfit {
    SourceLoc at;
    std::string what;
    std::vector<std::size_t> tiles;
  };
  std::vector<Misfit> misfits;
  for (std::size_t t = 0; t < arr.tiles.size(); ++t) {
    const ir::TileUse& u = m.use[t];
    const ir::Tile& tile = arr.tiles[t];
    const char* memKey = tile.kind == ir::TileKind::Compute ? "compute.l1_bytes" : "memtile.bytes";
    if (u.memoryBytes <= u.memoryLimit || tile.kind == ir::TileKind::Shim) continue;
    std::string detail;
    if (tile.kind == ir::TileKind::Compute)
      detail = " (locals " + groupDigits(localBytes[t]) + ", stream buffers " + groupDigits(streamBytes[t]) +
               ", tensor DMA buffers " + groupDigits(dmaBytes[t]) + ", stack " + groupDigits(stackBytes[t]) +
               " (compute.stack_bytes, or the task's stack_bytes))";
    else
      detail = " (" + std::to_string(p.lim.memtileBuffers()) + " buffers of each tensor tile routed through it" +
               (p.lim.depth >= 0 ? ", dma.buffer_depth" : "") + ")";
    const std::string what = groupDigits(u.memoryBytes) + " bytes of " +
                             (tile.kind == ir::TileKind::Compute ? "L1 data memory" : "memory") + detail +
                             ", the tile has " + groupDigits(u.memoryLimit) + " (" + memKey + ")" +
                             (tile.kind != ir::TileKind::Compute ? ""
                              : dmaBytes[t] > 0   ? "; use smaller tiles, shallower streams or a smaller dma.buffer_depth"
                                                  : "; use smaller tiles or shallower streams");
    const SourceLoc at = locOf(t, memKey);
    auto same = std::find_if(misfits.begin(), misfits.end(), [&](const Misfit& x) {
      return x.what == what && x.at.file == at.file && x.at.pointer == at.pointer;
    });
    if (same == misfits.end()) misfits.push_back({at, what, {t}});
    else same->tiles.push_back(t);
  }
  for (const Misfit& x : misfits) {
    std::string who = whoOf(x.tiles.front());
    if (x.tiles.size() > 1) {
      constexpr std::size_t kListed = 4;
      who += " and " + std::to_string(x.tiles.size() - 1) + " other tile" + (x.tiles.size() > 2 ? "s" : "") + " (";
      for (std::size_t k = 1; k < x.tiles.size() && k <= kListed; ++k)
        who += (k > 1 ? ", " : "") + arr.tiles[x.tiles[k]].name();
      who += std::string(x.tiles.size() - 1 > kListed ? ", ..." : "") + "): each needs ";
    } else {
      who += ": needs ";
    }
    b.diags.error(x.at, who + x.what);
  }
  for (std::size_t t = 0; t < arr.tiles.size(); ++t) {
    const ir::TileUse& u = m.use[t];
    const ir::Tile& tile = arr.tiles[t];
    const std::string who = whoOf(t);
    auto at = [&](const std::string& key) { return locOf(t, key); };
    const std::string prefix = tile.kind == ir::TileKind::Compute ? "compute" : tile.kind == ir::TileKind::Memory ? "memtile" : "shim";
    const std::string inKey = tile.kind == ir::TileKind::Shim ? "shim.s2mm_channels" : prefix + ".dma_in";
    const std::string outKey = tile.kind == ir::TileKind::Shim ? "shim.mm2s_channels" : prefix + ".dma_out";
    const std::string hint = tile.kind == ir::TileKind::Compute
                                 ? "; place the other ends on neighbouring tiles (shared memory needs no DMA channel), "
                                   "or chain producers with their consumers"
                                 : "";
    if (u.dmaIn > u.dmaInLimit)
      b.diags.error(at(inKey), who + ": needs " + std::to_string(u.dmaIn) + " DMA input channels (S2MM), the tile has " +
                             std::to_string(u.dmaInLimit) + " (" + inKey + "): " + portList(m, static_cast<int>(t), true) + hint);
    if (u.dmaOut > u.dmaOutLimit)
      b.diags.error(at(outKey), who + ": needs " + std::to_string(u.dmaOut) + " DMA output channels (MM2S), the tile has " +
                             std::to_string(u.dmaOutLimit) + " (" + outKey + "): " + portList(m, static_cast<int>(t), false) + hint);
    if (u.bds > u.bdLimit)
      b.diags.error(at(prefix + ".bds"), who + ": needs " + std::to_string(u.bds) + " buffer descriptors, the tile has " +
                             std::to_string(u.bdLimit) + " (" + prefix + ".bds): " + bdList(b.bdFlows[t], tile.kind) +
                             bdHint(tile.kind));
  }
}

void checkRequestTiles(const ir::Arch& arch, const arch::npu::NpuParams& params, const ir::MappingRequest& r,
                       Diagnostics& diags) {
  const Array arr = makeArray(params);
  std::map<int, std::size_t> taken;
  for (std::size_t k = 0; k < r.groups.size(); ++k) {
    const ir::MappingRequest::Group& rg = r.groups[k];
    const SourceLoc at = rg.loc.child("tile");
    if (rg.col < 0 || rg.col >= arr.cols || rg.row < arr.firstCompute || rg.row >= arr.rows) {
      diags.error(at, "tile (" + std::to_string(rg.col) + "," + std::to_string(rg.row) + ") is not a compute tile of " +
                          arch.name + " (columns 0-" + std::to_string(arr.cols - 1) + ", compute rows " +
                          std::to_string(arr.firstCompute) + "-" + std::to_string(arr.rows - 1) + ")");
      continue;
    }
    const int t = arr.id(rg.col, rg.row);
    auto [it, fresh] = taken.emplace(t, k);
    if (!fresh)
      diags.error(at, "tile " + arr.tile(t).name() + " is given to group " + std::to_string(it->second) +
                          " already; put instances that share a tile in one group");
  }
}

// A fixed-seed generator (splitmix64), so that a placement is the same on every run and machine.
class SplitMix {
 public:
  explicit SplitMix(std::uint64_t seed) : x_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (x_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

 private:
  std::uint64_t x_;
};

// When every local search leaves a DMA channel over its limit, annealing: random swaps of two compute
// tiles, a worse placement accepted with probability exp(-increase / temperature), the temperature
// falling from two channels' penalty to a thousandth of one, then the local search. Swaps of one
// group at a time cannot leave a placement where, say, a hub's four neighbours must all be its
// consumers and each consumer needs a neighbour of its own; random walks through worse placements can.
// The work is capped (kAnnealWork stream re-costs over all restarts: about 0.2 s; the dispatcher
// example needs 33k), so a graph that cannot fit is still refused in well under a second.
// Returns the cost of the placement with no channel over it found (then in `tileOf`), or nothing.
std::optional<std::int64_t> anneal(const Problem& p, std::vector<int>& tileOf) {
  const std::vector<int>& tiles = p.arr.compute;
  if (tiles.size() < 2) return std::nullopt;
  constexpr std::size_t kAnnealWork = std::size_t{1} << 20;
  std::size_t work = 0;
  const std::size_t movesPerLevel = 64 * tiles.size();
  constexpr int kLevels = 48;
  for (std::uint64_t restart = 0; restart < 8; ++restart) {
    std::vector<int> cand = tileOf;
    CostState state(p, cand);
    std::vector<int> groupAt(p.arr.tiles.size(), -1);
    for (std::size_t k = 0; k < cand.size(); ++k) groupAt[static_cast<std::size_t>(cand[k])] = static_cast<int>(k);
    SplitMix rng(0x5EED0000ULL + restart);
    std::int64_t cost = state.total();
    double temperature = 2.0 * static_cast<double>(kOverChannel);
    const double cooling = std::pow(1.0 / 2000.0, 1.0 / (kLevels - 1));
    for (int level = 0; level < kLevels && state.overChannels(); ++level, temperature *= cooling) {
      for (std::size_t move = 0; move < movesPerLevel && state.overChannels(); ++move) {
        const std::size_t i = rng.below(tiles.size());
        std::size_t j = rng.below(tiles.size() - 1);
        if (j >= i) ++j;
        const int ta = tiles[i], tb = tiles[j];
        const int a = groupAt[static_cast<std::size_t>(ta)], b = groupAt[static_cast<std::size_t>(tb)];
        if (a < 0 && b < 0) continue;
        work += (a >= 0 ? state.degree(a) : 0) + (b >= 0 ? state.degree(b) : 0);
        if (work > kAnnealWork) return std::nullopt;
        if (a >= 0) state.move(a, tb);
        if (b >= 0) state.move(b, ta);
        const std::int64_t c = state.total();
        const double u = rng.unit();
        if (c <= cost || u < std::exp(-static_cast<double>(c - cost) / temperature)) {
          cost = c;
          groupAt[static_cast<std::size_t>(ta)] = b;
          groupAt[static_cast<std::size_t>(tb)] = a;
          continue;
        }
        if (a >= 0) state.move(a, ta);
        if (b >= 0) state.move(b, tb);
      }
    }
    if (state.overChannels()) continue;
    const std::int64_t placed = improve(p, cand);
    tileOf = std::move(cand);
    return placed;
  }
  return std::nullopt;
}

std::optional<ir::Mapping> placeNpu(const ir::Graph& g, const ir::Arch& arch, const arch::npu::NpuParams& params,
                                    const std::vector<InstanceFacts>& facts,
                                    const VirtualMapping& vm, const ir::MappingRequest* request, Diagnostics& diags) {
  const Array arr = makeArray(params);
  const Limits lim = limitsOf(params);
  const std::size_t before = diags.errorCount();
  if (arr.dmaShim.empty()) {
    const auto it = arch.params.find("shim.first_dma_column");
    const SourceLoc at = it != arch.params.end() ? it->second.loc.child("value") : SourceLoc{arch.file, ""};
    diags.error(at, "shim.first_dma_column must name a column of the array, 0-" + std::to_string(arr.cols - 1) +
                        " (array.columns " + std::to_string(arr.cols) + "), found " + std::to_string(arr.firstDmaCol) +
                        ": no shim tile would have a DMA to DDR");
    return std::nullopt;
  }
  if (vm.groups.size() > arr.compute.size()) {
    diags.error(SourceLoc{g.file, ""},
                "the graph needs " + std::to_string(vm.groups.size()) + " compute tiles (" +
                    std::to_string(g.instances.size()) + " instances after chain and bundle), " + arch.name + " has " +
                    std::to_string(arr.compute.size()) +
                    " (array.columns x array.compute_rows); bundle isomorphic instances or chain producers with "
                    "their consumers");
    return std::nullopt;
  }
  Problem p = makeProblem(g, facts, vm, arr, lim);
  p.archFile = arch.file;
  std::vector<int> tileOf;
  std::int64_t objective = 0;
  if (request) {
    // The tiles were checked (checkRequestTiles): in range, one group each.
    tileOf.assign(vm.groups.size(), -1);
    for (const ir::MappingRequest::Group& rg : request->groups) {
      const int id = rg.instances.empty() ? -1 : g.findInstance(rg.instances.front());
      const int grp = id >= 0 ? vm.groupOf[static_cast<std::size_t>(id)] : -1;
      if (grp >= 0) tileOf[static_cast<std::size_t>(grp)] = arr.id(rg.col, rg.row);
    }
    for (int t : tileOf)
      if (t < 0) return std::nullopt;  // reported by checkRequestTiles / fromRequest
    objective = CostState(p, tileOf).total();
  } else {
    // Local search from four starting placements; the cheapest result wins (ties: the first).
    for (int variant = 0; variant < 4; ++variant) {
      std::vector<int> cand = initialPlacement(p, variant);
      const std::int64_t c = improve(p, cand);
      if (variant == 0 || c < objective) {
        objective = c;
        tileOf = std::move(cand);
      }
    }
    if (CostState(p, tileOf).overChannels())
      if (const std::optional<std::int64_t> c = anneal(p, tileOf)) objective = *c;
  }

  ir::Mapping m;
  m.archName = arch.name;
  m.columns = arr.cols;
  m.rows = arr.rows;
  m.tiles = arr.tiles;
  m.groupOf = vm.groupOf;
  m.notes = vm.notes;
  m.cost = objective;
  for (std::size_t k = 0; k < vm.groups.size(); ++k) {
    ir::TileGroup grp;
    grp.members = vm.groups[k];
    grp.tile = tileOf[k];
    grp.how = vm.how[k];
    m.groups.push_back(grp);
  }
  m.streams.resize(g.streamInsts.size());
  m.use.resize(arr.tiles.size());
  Builder b{p, m, diags, {}, std::vector<int>(arr.tiles.size(), 0), std::vector<int>(arr.tiles.size(), 0), {},
            std::vector<std::vector<std::pair<std::string, std::int64_t>>>(arr.tiles.size())};
  b.request = request;
  routeStreams(b);
  routeTensors(b);
  for (ir::Port& po : m.ports) std::sort(po.users.begin(), po.users.end());
  check(b);
  if (diags.errorCount() != before) return std::nullopt;
  return m;
}

class TileArrayPlacer final : public Placer {
 public:
  // A request is placed as it is; otherwise the chain and bundle requests, then, when the groups
  // outnumber the compute tiles, automatic bundling of isomorphic instances.
  std::optional<ir::Mapping> place(PlaceJob& job) const override {
    const ir::Graph& g = job.g;
    const ir::Arch& arch = job.arch;
    const MapOptions& opts = job.opts;
    Diagnostics& diags = job.diags;
    MapFailure& why = job.why;
    std::vector<InstanceFacts>& facts = job.facts;
    const arch::npu::NpuParams params = arch::npu::params(arch);
    addTraffic(g, facts);  // the tensor routing balances the bytes flows move over the run
    if (opts.request) {
      if (!opts.hints.chains.empty() || !opts.hints.bundles.empty())
        diags.warning(SourceLoc{opts.request->file, ""},
                      "--mapping imposes the placement: the chain and bundle requests are not applied");
      const std::size_t before = diags.errorCount();
      checkRequestTiles(arch, params, *opts.request, diags);
      // Imposed tensor routes name an instance, one of its task's arguments and tiles inside the array.
      // Rows as the array is built (mapper/npu_placer.cpp): shim rows, then memory-tile rows, then compute rows.
      const int cols = static_cast<int>(params.columns), shimRows = static_cast<int>(params.shimRows),
                memRows = static_cast<int>(params.memRows);
      auto rowsText = [](int first, int count) {
        return count == 1 ? "row " + std::to_string(first) : "rows " + std::to_string(first) + "-" + std::to_string(first + count - 1);
      };
      for (const ir::MappingRequest::Route& rt : opts.request->routes) {
        const int id = g.findInstance(rt.instance);
        if (id < 0) {
          diags.error(rt.loc.child("instance"), "the graph has no instance '" + rt.instance + "'");
          continue;
        }
        const ir::Task& t = g.tasks[static_cast<std::size_t>(g.instances[static_cast<std::size_t>(id)].task)];
        if (std::none_of(t.args.begin(), t.args.end(), [&](const ir::TaskArg& a) { return a.name == rt.arg; }))
          diags.error(rt.loc.child("arg"), "task '" + t.name + "' has no argument '" + rt.arg + "'");
        if (rt.shimCol < 0 || rt.shimCol >= cols || rt.shimRow < 0 || rt.shimRow >= shimRows)
          diags.error(rt.loc.child("shim"), "not a shim tile of " + arch.name + " (" + rowsText(0, shimRows) + ", columns 0-" +
                                                std::to_string(cols - 1) + ")");
        if (memRows == 0)
          diags.error(rt.loc.child("memtile"), arch.name + " has no memory tiles (array.mem_rows is 0)");
        else if (rt.memCol < 0 || rt.memCol >= cols || rt.memRow < shimRows || rt.memRow >= shimRows + memRows)
          diags.error(rt.loc.child("memtile"), "not a memory tile of " + arch.name + " (" + rowsText(shimRows, memRows) +
                                                   ", columns 0-" + std::to_string(cols - 1) + ")");
      }
      VirtualMapping vm = fromRequest(g, facts, *opts.request, diags);
      if (diags.errorCount() != before) {
        why = MapFailure::InvalidRequest;
        return std::nullopt;
      }
      return placeNpu(g, arch, params, facts, vm, opts.request, diags);
    }
    Build b(g);
    if (!applyHints(g, facts, opts.hints, b, diags)) {
      why = MapFailure::InvalidRequest;
      return std::nullopt;
    }
    VirtualMapping vm = finish(g, facts, b);
    const auto tiles = static_cast<std::size_t>(params.computeTiles());
    if (!opts.autoBundle || vm.groups.size() <= tiles) return placeNpu(g, arch, params, facts, vm, nullptr, diags);

    // More groups than tiles: bundle isomorphic instances k to a tile, from the smallest k that
    // fits the tile count up, and keep the first mapping that passes every check. Each number of
    // groups is tried once, at the smallest k that gives it: a larger k with as many groups only
    // makes the bundles of a class more uneven (the first ones fuller, the last one smaller), and
    // trying every k made large arrays quadratic (a 32x32 array: 939 placements for 12 group counts).
    std::size_t largest = 1;
    {
      std::map<std::string, std::size_t> count;
      for (std::size_t i = 0; i < facts.size(); ++i)
        if (!facts[i].idle) largest = std::max(largest, ++count[facts[i].signature]);
    }
    Diagnostics firstFailure;
    const std::vector<std::vector<int>> classes = bundleClasses(g, facts, b);
    std::set<std::size_t> triedCounts;
    for (std::size_t k = 2; k <= largest; ++k) {
      const std::size_t count = bundledGroupCount(vm.groups.size(), classes, k);
      if (count > tiles || !triedCounts.insert(count).second) continue;
      VirtualMapping cand = autoBundle(g, facts, b, classes, static_cast<int>(k));
      if (cand.groups.size() != count)
        throw std::logic_error("automatic bundling: " + std::to_string(cand.groups.size()) + " groups, counted " +
                               std::to_string(count));
      Diagnostics attempt;
      std::optional<ir::Mapping> m = placeNpu(g, arch, params, facts, cand, nullptr, attempt);
      if (m) {
        diags.append(attempt);
        return m;
      }
      if (triedCounts.size() == 1) firstFailure = attempt;  // the first bundling placed
    }
    if (!triedCounts.empty()) {
      diags.append(firstFailure);
      diags.note(SourceLoc{g.file, ""}, "automatic mode: no bundling of isomorphic instances (2 to " +
                                            std::to_string(largest) + " to a tile) fits; the errors above are those "
                                            "of the smallest bundling that fits the tile count");
      return std::nullopt;
    }
    return placeNpu(g, arch, params, facts, vm, nullptr, diags);  // reports the tile count
  }
};

}  // namespace

const Placer& tileArrayPlacer() {
  static const TileArrayPlacer placer;
  return placer;
}

}  // namespace datosim::mapper::detail
