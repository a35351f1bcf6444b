// NPU resources the mapper counts flow by flow: buffer descriptors (one per buffer each flow over a
// DMA channel cycles through, dma.buffer_depth and stream depths included, flows sharing a channel
// counted each) and shim DMA columns (shim.first_dma_column: npu1's column 0 has no shim DMA, so
// no route enters there and its DDR channels are those of four columns).
#include <gtest/gtest.h>

#include <cstdlib>
#include <set>
#include <stdexcept>
#include <string>

#include "mapper_test_util.h"

namespace datosim::testing {
namespace {

int tileAt(const ir::Mapping& m, int col, int row) { return row * m.columns + col; }

LoadedArch withDepth(const std::string& name, int depth) {
  LoadedArch a = config(name);
  a.arch.params["dma.buffer_depth"].value = depth;
  return a;
}

std::int64_t totalBds(const ir::Mapping& m, ir::TileKind kind) {
  std::int64_t n = 0;
  for (std::size_t t = 0; t < m.tiles.size(); ++t)
    if (m.tiles[t].kind == kind) n += m.use[t].bds;
  return n;
}

// gemm_streamed with the loaders in one corner and the multipliers in the other: every stream of
// a and b (depth 2) goes over DMA. loadA (0,2) sends a[0] and a[1] to two groups on two MM2S
// channels and loads A; loadB (0,3) likewise with b and B; mm_j gets a[j] and b[j] and stores its
// C block. A is only loaded and C only stored, so each of those routes is buffered: D buffers in L1.
const ir::MappingRequest kCorners = request(
    {{{"loadA"}, {0, 2}}, {{"loadB"}, {0, 3}}, {{"mm_0"}, {3, 5}}, {{"mm_1"}, {3, 4}}});

TEST(BufferDescriptors, FollowTheBufferDepthFlowByFlow) {
  const ir::Graph g = graph("tests/mapper/data/gemm_streamed.json");
  for (int depth : {1, 2, 4}) {
    const LoadedArch a = withDepth("npu4x4", depth);
    mapper::MapOptions o;
    o.request = &kCorners;
    Mapped r = map(g, a.arch, o);
    ASSERT_TRUE(r.m) << "depth " << depth << ": " << r.d.str();
    const ir::Mapping& m = *r.m;
    // Each compute tile: two streams of depth 2 (2 BDs each, at either end) and one tensor route
    // of `depth` buffers. 2 per channel in use (the old count) would be 6 at every depth.
    for (const char* name : {"loadA", "loadB", "mm_0", "mm_1"}) {
      const ir::TileUse& u = m.use[m.tileOf(instance(g, name))];
      EXPECT_EQ(u.bds, 2 + 2 + depth) << name << ", depth " << depth;
      EXPECT_EQ(u.dmaIn + u.dmaOut, 3) << name;
    }
    // Four flows (A, B and the two C stores): `depth` buffers each in a memory tile, filled by one
    // channel and drained by another, and one shim BD each.
    EXPECT_EQ(totalBds(m, ir::TileKind::Memory), 4 * 2 * depth) << "depth " << depth;
    EXPECT_EQ(totalBds(m, ir::TileKind::Shim), 4) << "depth " << depth;
  }
  // Depth 0 (blocking loads and stores): still one buffer per route and per memory-tile flow.
  const LoadedArch a0 = withDepth("npu4x4", 0);
  mapper::MapOptions o;
  o.request = &kCorners;
  Mapped r0 = map(g, a0.arch, o);
  ASSERT_TRUE(r0.m) << r0.d.str();
  EXPECT_EQ(r0.m->use[r0.m->tileOf(instance(g, "mm_0"))].bds, 2 + 2 + 1);
  EXPECT_EQ(totalBds(*r0.m, ir::TileKind::Memory), 4 * 2);

  // A memory tile short of BDs names its flows and how their BDs add up.
  LoadedArch few = withDepth("npu4x4", 4);
  few.arch.params["memtile.bds"].value = 7;
  Mapped over = map(g, few.arch, o);
  ASSERT_FALSE(over.m);
  const std::string d = over.d.str();
  EXPECT_TRUE(has(d, "error: memory tile (")) << d;
  // A memory tile runs no instance: the error points at the config's limit.
  EXPECT_TRUE(has(d, few.arch.file + ":/params/memtile.bds: error: memory tile (")) << d;
  EXPECT_TRUE(has(d, " buffer descriptors, the tile has 7 (memtile.bds): ")) << d;
  EXPECT_TRUE(has(d, " (8 BDs: 4 buffers x 2 channels)")) << d;
  EXPECT_TRUE(has(d, "; use a smaller dma.buffer_depth or fewer tensor shards")) << d;
}

// mm_0 and mm_1 bundled on one tile: a[0] and a[1] come from loadA over one shared S2MM channel,
// b[0] and b[1] over another, and both C stores leave through one MM2S channel (one port per task
// argument). Each of those flows still cycles through buffers of its own: 4 x 2 + 2 x D BDs on
// three channels (2 per channel would be 6).
TEST(BufferDescriptors, FlowsSharingAChannelCountEach) {
  const ir::Graph g = graph("tests/mapper/data/gemm_streamed.json");
  const LoadedArch a = config("npu4x4");  // dma.buffer_depth 2
  const ir::MappingRequest req = request({{{"loadA"}, {0, 2}}, {{"loadB"}, {0, 3}}, {{"mm_0", "mm_1"}, {3, 5}}});
  mapper::MapOptions o;
  o.request = &req;
  Mapped r = map(g, a.arch, o);
  ASSERT_TRUE(r.m) << r.d.str();
  const ir::Mapping& m = *r.m;
  const ir::TileUse& mm = m.use[tileAt(m, 3, 5)];
  EXPECT_EQ(mm.dmaIn, 2);
  EXPECT_EQ(mm.dmaOut, 1);
  EXPECT_EQ(mm.bds, 4 * 2 + 2 * 2);
  // loadA sends a[0] and a[1] to one group: one MM2S channel, two flows of 2 buffers, plus A's 2.
  const ir::TileUse& la = m.use[tileAt(m, 0, 2)];
  EXPECT_EQ(la.dmaOut, 1);
  EXPECT_EQ(la.bds, 2 + 2 + 2);
}

// The same bundle with 16 x 16 tiles (small enough for L1 at any depth): 8 BDs of streams plus
// 2 x D of the C stores. Depth 2 and 4 fit the 16 BDs of a compute tile; depth 8 needs 24.
TEST(BufferDescriptors, TooDeepBuffersAreRefusedWithEveryFlowNamed) {
  const ir::Graph g = graph("tests/mapper/data/gemm_streamed.json", {{"T", 16}, {"N", 32}, {"M", 16}});
  const ir::MappingRequest req = request({{{"loadA"}, {0, 2}}, {{"loadB"}, {0, 3}}, {{"mm_0", "mm_1"}, {3, 5}}});
  mapper::MapOptions o;
  o.request = &req;
  for (int depth : {2, 4}) {
    Mapped r = map(g, withDepth("npu4x4", depth).arch, o);
    ASSERT_TRUE(r.m) << "depth " << depth << ": " << r.d.str();
    EXPECT_EQ(r.m->use[tileAt(*r.m, 3, 5)].bds, 8 + 2 * depth);
  }
  Mapped r = map(g, withDepth("npu4x4", 8).arch, o);
  ASSERT_FALSE(r.m);
  const std::string d = r.d.str();
  EXPECT_EQ(r.d.errorCount(), 1u) << d;  // nothing else overflows: L1, channels and memory tiles fit
  EXPECT_TRUE(has(d, "gemm_streamed.json:/tasks/mm: error: compute tile (3,5) (mm_0, mm_1): needs 24 buffer "
                     "descriptors, the tile has 16 (compute.bds): 6 flows over its DMA channels: "))
      << d;
  EXPECT_TRUE(has(d, "stream a[0] in (2 buffers)")) << d;
  EXPECT_TRUE(has(d, "stream b[1] in (2)")) << d;
  EXPECT_TRUE(has(d, "store mm_0.c -> C (8)")) << d;
  EXPECT_TRUE(has(d, "store mm_1.c -> C (8)")) << d;
  EXPECT_TRUE(has(d, "; use shallower streams, a smaller dma.buffer_depth or place stream ends on neighbouring "
                     "tiles")) << d;
}

// ---- shim DMA columns ---------------------------------------------------------------------------

// row_sum: 20 instances each stream their own row of X (32 tiles of 1 KiB) through a shim channel:
// 20 load flows over the DDR channels, so the run is bound by how many there are.
TEST(ShimDmaColumns, Npu1NeverEntersThroughColumnZero) {
  const ir::Graph g = graph("tests/mapper/data/row_sum.json");
  const LoadedArch a = config("npu1");
  Mapped r = map(g, a.arch);
  ASSERT_TRUE(r.m) << r.d.str();
  const ir::Mapping& m = *r.m;
  EXPECT_EQ(m.groups.size(), 20u);  // one instance per tile, column 0 included
  const ir::TileUse& shim00 = m.use[tileAt(m, 0, 0)];
  EXPECT_EQ(shim00.dmaIn + shim00.dmaOut + shim00.bds, 0);
  for (const ir::Port& p : m.ports) EXPECT_NE(p.tile, tileAt(m, 0, 0));
  int fromColumnZero = 0, viaColumnOne = 0;
  for (const ir::MemRoute& mr : m.memRoutes) {
    const ir::Tile &shim = m.tiles[mr.shimTile], &mt = m.tiles[mr.memTile], &ct = m.tiles[mr.computeTile];
    ASSERT_GE(shim.col, 1) << g.instances[mr.instance].name;
    // The hops from the shim to the memory tile and on to the core are all counted.
    EXPECT_EQ(mr.hops, std::abs(shim.col - mt.col) + std::abs(shim.row - mt.row) + std::abs(mt.col - ct.col) +
                           std::abs(mt.row - ct.row));
    if (mt.col == 0) {
      ++fromColumnZero;
      viaColumnOne += shim.col == 1 ? 1 : 0;
    }
  }
  // Column 0's memory tile is used, through the nearest shims with a DMA and a free channel.
  EXPECT_GT(fromColumnZero, 0);
  EXPECT_GT(viaColumnOne, 0);

  // An array without a shim DMA column is a config error at the parameter.
  LoadedArch none = config("npu1");
  none.arch.params["shim.first_dma_column"].value = 5;
  Mapped bad = map(g, none.arch);
  ASSERT_FALSE(bad.m);
  EXPECT_TRUE(has(bad.d.str(), "npu1.json:/params/shim.first_dma_column/value: error: shim.first_dma_column must "
                               "name a column of the array, 0-4 (array.columns 5), found 5"))
      << bad.d.str();
}

sim::Report runPlaced(const ir::Graph& g, const LoadedArch& a) {
  Mapped r = map(g, a.arch);
  EXPECT_TRUE(r.m) << r.d.str();
  if (!r.m) return {};
  sim::SimOptions o;
  o.mapping = &*r.m;
  sim::Report rep = sim::simulate(g, a.arch, *a.model, o);
  EXPECT_EQ(rep.outcome, sim::Outcome::Completed) << describeDeadlock(g, rep);
  return rep;
}

// npu1 has 5 compute columns to npu4x4's 4, but the same 4 shim DMA columns: a memory-bound graph
// may not run more than 5/4 faster on it (here it runs exactly as fast: 20 flows over 8 channels,
// at most 3 on one). With 10 channels (a DMA in column 0) it would be 1.5x faster (2 on each).
TEST(ShimDmaColumns, MemoryBoundGraphIsNoFasterOnNpu1ThanTheShimsAllow) {
  const ir::Graph g = graph("tests/mapper/data/row_sum.json");
  const LoadedArch small = config("npu4x4"), full = config("npu1");
  EXPECT_EQ(full.model->memorySystem().readChannels, 8);
  EXPECT_EQ(full.model->memorySystem().writeChannels, 8);
  const sim::Report r4 = runPlaced(g, small), r5 = runPlaced(g, full);
  ASSERT_GT(r4.cycles, 0);
  ASSERT_GT(r5.cycles, 0);
  EXPECT_GE(r5.cycles * 5, r4.cycles * 4) << "npu4x4 " << r4.cycles << ", npu1 " << r5.cycles;
  // The bound: 20 x 32 KiB over 8 channels of 4 bytes/cycle.
  EXPECT_GE(r5.cycles, 20 * 32 * 1024 / (8 * 4));

  // The same with a shim DMA in column 0 (10 + 10 channels): faster than the columns allow, which
  // is what the check above guards against.
  LoadedArch tenChannels = config("npu1");
  tenChannels.arch.params["shim.first_dma_column"].value = 0;
  tenChannels.model = arch::createTimingModel(tenChannels.arch);
  EXPECT_EQ(tenChannels.model->memorySystem().readChannels, 10);
  const sim::Report r10 = runPlaced(g, tenChannels);
  ASSERT_GT(r10.cycles, 0);
  EXPECT_LT(r10.cycles * 5, r4.cycles * 4) << "npu4x4 " << r4.cycles << ", npu1 with 10 channels " << r10.cycles;

  // Placement-free runs draw on the model's pools: 8 + 8 on both.
  const sim::Report f4 = sim::simulate(g, small.arch, *small.model, {});
  const sim::Report f5 = sim::simulate(g, full.arch, *full.model, {});
  ASSERT_EQ(f5.outcome, sim::Outcome::Completed);
  EXPECT_GE(f5.cycles * 5, f4.cycles * 4) << "free: npu4x4 " << f4.cycles << ", npu1 " << f5.cycles;
}

// A task's stack_bytes replaces compute.stack_bytes in the L1 count. mlir-aie's whole_array at
// 64x64x64 with int32 output needs 2 x (8 + 8 + 16) KiB = 65,536 bytes of object-FIFO buffers per
// core: with the default 1 KiB stack it does not fit the 65,536-byte L1, with no stack it fits
// exactly, with a 1-byte stack it misses by one byte.
TEST(StackBytes, ATasksStackReplacesTheArchitecturesInTheL1Count) {
  LoadedArch a = config("npu4x4");
  ir::Graph g = graph("examples/validation/whole_array_i16.json");
  Mapped dflt = map(g, a.arch);
  EXPECT_FALSE(dflt.m) << "the default 1 KiB stack does not fit";
  EXPECT_TRUE(has(dflt.d.str(), "needs 66,560 bytes of L1 data memory")) << dflt.d.str();

  ASSERT_EQ(g.tasks.size(), 1u);
  g.tasks[0].stackBytes = 0;
  Mapped none = map(g, a.arch);
  ASSERT_TRUE(none.m) << none.d.str();
  for (std::size_t t = 0; t < none.m->tiles.size(); ++t)
    if (none.m->tiles[t].kind == ir::TileKind::Compute) {
      EXPECT_EQ(none.m->use[t].memoryBytes, 65536) << t;
    }

  g.tasks[0].stackBytes = 1;
  Mapped one = map(g, a.arch);
  EXPECT_FALSE(one.m);
  EXPECT_TRUE(has(one.d.str(), "needs 65,537 bytes of L1 data memory")) << one.d.str();
  EXPECT_TRUE(has(one.d.str(), "stack 1 (compute.stack_bytes, or the task's stack_bytes)")) << one.d.str();
}

// Instances that read one replicated shard share a memory-tile broadcast only when they load the same
// tiles in the same order: with SAME=0 each instance reads its own rows of A (no multicast is possible,
// each is a flow of its own), with SAME=1 all read the same rows (one broadcast flow).
TEST(Broadcast, OnlyInstancesLoadingTheSameTilesShareOne) {
  LoadedArch a = config("npu4x4");
  for (int same : {0, 1}) {
    ir::Graph g = graph("tests/mapper/data/replicated_rows.json", {{"SAME", same}});
    Mapped r = map(g, a.arch);
    ASSERT_TRUE(r.m) << r.d.str();
    int loads = 0;
    std::set<int> memOutPorts;
    for (const ir::MemRoute& route : r.m->memRoutes) {
      if (route.write) continue;
      ++loads;
      EXPECT_EQ(route.fanout, same ? "broadcast" : "split") << "SAME=" << same;
      memOutPorts.insert(route.memOutPort);
    }
    EXPECT_EQ(loads, 4);
    // One memory-tile MM2S channel feeds a broadcast; distinct sequences get a channel each.
    EXPECT_EQ(memOutPorts.size(), same ? 1u : 4u) << "SAME=" << same;
  }
}

// A chain or bundle runs on one core, and a core has one stack: the group reserves the largest stack
// its instances ask for, not their sum.
TEST(StackBytes, ACoreSharedByAChainHasOneStack) {
  LoadedArch a = config("npu4x4");
  mapper::MapOptions o;
  o.hints.chains.push_back({"producer", "compute", {"cli", ""}});
  auto l1 = [&](const ir::Graph& g) {
    Mapped r = map(g, a.arch, o);
    if (!r.m) throw std::runtime_error(r.d.str());
    const int tile = r.m->tileOf(instance(g, "producer"));
    EXPECT_EQ(tile, r.m->tileOf(instance(g, "compute")));
    return r.m->use[static_cast<std::size_t>(tile)].memoryBytes;
  };
  ir::Graph g = graph("examples/pipeline3.json");
  const std::int64_t dflt = l1(g);
  for (ir::Task& t : g.tasks) t.stackBytes = 0;
  const std::int64_t none = l1(g);
  EXPECT_EQ(dflt - none, 1024) << "one 1 KiB stack for the two chained instances, not two";
  for (ir::Task& t : g.tasks)
    if (t.name == "producer") t.stackBytes = 3000;
  EXPECT_EQ(l1(g) - none, 3000) << "the larger of 3,000 and 0";
}

}  // namespace
}  // namespace datosim::testing
