// The mapper on real graphs and the shipped configs: a graph that fits exactly, automatic
// bundling, L1 and DMA-channel overflows with their diagnostics, chain making a graph fit and
// refused when it would create a cycle, imposed mappings, the FPGA estimate, and placement
// changing the simulated cycles in the right direction.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>

#include "analysis/roofline.h"
#include "mapper_test_util.h"

namespace datosim::testing {
namespace {

// ---- fits exactly -------------------------------------------------------------------------------

TEST(Mapper, SplitKGemmFillsTheArrayExactly) {
  const ir::Graph g = graph("examples/npu_gemm_splitk.json");
  const LoadedArch a = config("npu4x4");
  Mapped r = map(g, a.arch);
  ASSERT_TRUE(r.m) << r.d.str();
  const ir::Mapping& m = *r.m;
  ASSERT_EQ(g.instances.size(), 16u);
  ASSERT_EQ(m.groups.size(), 16u);  // one instance per tile, all 16 compute tiles
  std::set<int> tiles;
  for (const ir::TileGroup& grp : m.groups) {
    EXPECT_EQ(grp.members.size(), 1u);
    EXPECT_EQ(m.tiles[grp.tile].kind, ir::TileKind::Compute);
    tiles.insert(grp.tile);
  }
  EXPECT_EQ(tiles.size(), 16u);
  // pk = 1 gets A, B and the partial sums: only a neighbour's shared memory keeps it within its
  // two S2MM channels, so every pipe element must be placed between neighbours.
  for (const ir::StreamRoute& s : m.streams) EXPECT_EQ(s.kind, ir::RouteKind::SharedMemory);
  for (std::size_t t = 0; t < m.tiles.size(); ++t) {
    const ir::TileUse& u = m.use[t];
    EXPECT_LE(u.memoryBytes, u.memoryLimit) << m.tiles[t].name();
    EXPECT_LE(u.dmaIn, u.dmaInLimit) << m.tiles[t].name();
    EXPECT_LE(u.dmaOut, u.dmaOutLimit) << m.tiles[t].name();
  }
  // L1 of a pk = 1 tile (Tm x Tk x Tn = 64 x 32 x 32): locals a 64x32 i16 + b 32x32 i16 + c 64x32
  // i32 = 14 KiB, the depth-2 pipe buffer 2 x 8 KiB, one more buffer (dma.buffer_depth 2) for
  // each of its three tensor routes (A, B loads and the C store: 4 + 2 + 8 KiB), the 1 KiB stack.
  const int t = m.tileOf(instance(g, "gemm_1_0_0"));
  EXPECT_EQ(m.use[t].memoryBytes, (4096 + 2048 + 8192) + 2 * 8192 + (4096 + 2048 + 8192) + 1024);
  // Every load reaches its instance through a shim and a memory tile.
  for (const ir::MemRoute& mr : m.memRoutes) {
    EXPECT_EQ(m.tiles[mr.shimTile].kind, ir::TileKind::Shim);
    EXPECT_EQ(m.tiles[mr.memTile].kind, ir::TileKind::Memory);
    EXPECT_EQ(mr.computeTile, m.tileOf(mr.instance));
  }
  // Deterministic.
  Mapped again = map(g, a.arch);
  ASSERT_TRUE(again.m);
  for (std::size_t k = 0; k < m.groups.size(); ++k) EXPECT_EQ(again.m->groups[k].tile, m.groups[k].tile);
  EXPECT_EQ(again.m->cost, m.cost);
}

TEST(Mapper, PlacedSimulationOfTheSplitKGemmCompletes) {
  const ir::Graph g = graph("examples/npu_gemm_splitk.json");
  const LoadedArch a = config("npu4x4");
  Mapped r = map(g, a.arch);
  ASSERT_TRUE(r.m) << r.d.str();
  sim::SimOptions o;
  o.mapping = &*r.m;
  sim::Report rep = sim::simulate(g, a.arch, *a.model, o);
  ASSERT_EQ(rep.outcome, sim::Outcome::Completed) << describeDeadlock(g, rep);
  EXPECT_EQ(rep.macs, 256LL * 256 * 256);
}

// ---- more instances than tiles ------------------------------------------------------------------

TEST(Mapper, AutomaticModeBundlesTheSystolicArray) {
  const ir::Graph g = graph("examples/systolic_gemm.json");  // 6 x 6 = 36 instances, 4 idle corners
  const LoadedArch a = config("npu4x4");
  Mapped r = map(g, a.arch);
  ASSERT_TRUE(r.m) << r.d.str();
  const ir::Mapping& m = *r.m;
  EXPECT_LE(m.groups.size(), 16u);
  std::size_t placed = 0, bundles = 0;
  for (const ir::TileGroup& grp : m.groups) {
    placed += grp.members.size();
    if (grp.members.size() > 1) {
      ++bundles;
      EXPECT_EQ(grp.how, "bundle");
    }
  }
  EXPECT_EQ(placed, 32u);
  EXPECT_GT(bundles, 0u);
  EXPECT_EQ(m.groupOf[instance(g, "gemm_0_0")], -1);  // a corner does nothing
  EXPECT_TRUE(std::any_of(m.notes.begin(), m.notes.end(), [](const std::string& n) { return has(n, "automatic"); }));

  // Bundled instances share a core: the placed run is slower than the placement-free one, and
  // still does all the work.
  sim::SimOptions o;
  o.mapping = &*r.m;
  sim::Report placedRun = sim::simulate(g, a.arch, *a.model, o);
  ASSERT_EQ(placedRun.outcome, sim::Outcome::Completed) << describeDeadlock(g, placedRun);
  EXPECT_EQ(placedRun.macs, 4 * 4 * 64);
  std::int64_t waited = 0;
  for (const sim::InstanceStats& s : placedRun.instances) waited += s.coreWait;
  EXPECT_GT(waited, 0) << "bundled PEs must wait for their shared core";

  mapper::MapOptions off;
  off.autoBundle = false;
  Mapped refused = map(g, a.arch, off);
  EXPECT_FALSE(refused.m);
  EXPECT_TRUE(has(refused.d.str(), "needs 32 compute tiles")) << refused.d.str();
  EXPECT_TRUE(has(refused.d.str(), "npu4x4 has 16")) << refused.d.str();
}

// ---- L1 -----------------------------------------------------------------------------------------

TEST(Mapper, L1OverflowNamesTileInstanceLimitAndDemand) {
  // 64 x 32 x 64 micro-tiles: on every pk = 1 tile locals 24 KiB (a 64x32 i16, b 32x64 i16, c
  // 64x64 i32) + the depth-2 pipe 32 KiB + the second DMA buffer of A, B and C (4 + 4 + 16 KiB) +
  // stack 1 KiB = 81 KiB > 64 KiB.
  const ir::Graph g = graph("examples/npu_gemm_splitk.json", {{"Tn", 64}});
  Mapped r = map(g, config("npu4x4").arch);
  ASSERT_FALSE(r.m);
  const std::string d = r.d.str();
  EXPECT_TRUE(has(d, "examples/npu_gemm_splitk.json:/tasks/gemm: error: compute tile (")) << d;
  EXPECT_TRUE(has(d, "(gemm_1_0_0)")) << d;
  // The eight tiles that need the same bytes for the same reasons share one error.
  EXPECT_TRUE(has(d, " and 7 other tiles (")) << d;
  EXPECT_TRUE(has(d, ", ...): each needs 82,944 bytes of L1 data memory (locals 24,576, stream buffers 32,768, tensor DMA buffers "
                      "24,576, stack 1,024 (compute.stack_bytes, or the task's stack_bytes))")) << d;
  EXPECT_TRUE(has(d, "the tile has 65,536 (compute.l1_bytes); use smaller tiles, shallower streams or a smaller "
                      "dma.buffer_depth")) << d;
  EXPECT_FALSE(has(d, "(gemm_0_0_0)")) << "pk = 0 tiles fit: " << d;
  EXPECT_EQ(r.d.errorCount(), 1u);  // the eight pk = 1 tiles, in one error

  // Two different misfits (the pk = 0 tiles need less: no incoming pipe) stay two errors.
  Mapped r2 = map(graph("examples/npu_gemm_splitk.json", {{"Tm", 128}, {"Tk", 128}}), config("npu4x4").arch);
  ASSERT_FALSE(r2.m);
  const std::string d2 = r2.d.str();
  EXPECT_EQ(r2.d.errorCount(), 2u) << d2;
  EXPECT_TRUE(has(d2, "(gemm_1_0_0) and 7 other tiles ((1,2), (2,2), (3,2), (0,4), ...): each needs 148,480 bytes")) << d2;
  EXPECT_TRUE(has(d2, "(gemm_0_0_0) and 7 other tiles ((1,3), (2,3), (3,3), (0,5), ...): each needs 99,328 bytes")) << d2;
}

// ---- DMA channels and chain ---------------------------------------------------------------------

TEST(Mapper, DmaChannelOverflowThenChainMakesItFit) {
  const ir::Graph g = graph("tests/mapper/data/fan_in.json");  // 7 producers -> 1 sum
  const LoadedArch a = config("npu4x4");
  Mapped r = map(g, a.arch);
  ASSERT_FALSE(r.m);
  const std::string d = r.d.str();
  EXPECT_TRUE(has(d, "fan_in.json:/tasks/sum: error: compute tile (")) << d;
  EXPECT_TRUE(has(d, "(sum): needs ")) << d;
  EXPECT_TRUE(has(d, "DMA input channels (S2MM), the tile has 2 (compute.dma_in): s[")) << d;

  mapper::MapOptions o;
  for (const char* p : {"prod_4", "prod_5", "prod_6"}) o.hints.chains.push_back({p, "sum", {"cli", ""}});
  Mapped fixed = map(g, a.arch, o);
  ASSERT_TRUE(fixed.m) << fixed.d.str();
  const ir::Mapping& m = *fixed.m;
  const int sumTile = m.tileOf(instance(g, "sum"));
  EXPECT_EQ(m.tileOf(instance(g, "prod_5")), sumTile);
  EXPECT_EQ(m.groups[m.groupOf[instance(g, "sum")]].how, "chain");
  EXPECT_LE(m.use[sumTile].dmaIn, 2);
  EXPECT_EQ(m.streams[g.streamInstId(g.findStream("s"), {6})].kind, ir::RouteKind::Local);

  sim::SimOptions so;
  so.mapping = &m;
  sim::Report rep = sim::simulate(g, a.arch, *a.model, so);
  EXPECT_EQ(rep.outcome, sim::Outcome::Completed);
}

TEST(Mapper, ChainThatWouldCreateACycleIsRefused) {
  const ir::Graph g = graph("tests/mapper/data/diamond.json");
  mapper::MapOptions o;
  o.hints.chains.push_back({"a", "c", {"hints.json", "/mapping/chain/0"}});
  Mapped r = map(g, config("npu4x4").arch, o);
  ASSERT_FALSE(r.m);
  EXPECT_TRUE(has(r.d.str(), "hints.json:/mapping/chain/0: error: chain(a, c) would create a cycle through b"))
      << r.d.str();
  // Fusing along the path is fine.
  mapper::MapOptions ok;
  ok.hints.chains.push_back({"a", "b", {}});
  ok.hints.chains.push_back({"b", "c", {}});
  Mapped r2 = map(g, config("npu4x4").arch, ok);
  ASSERT_TRUE(r2.m) << r2.d.str();
  EXPECT_EQ(r2.m->groups.size(), 1u);
}

TEST(Mapper, BadHintsAreDiagnosed) {
  const ir::Graph g = graph("tests/mapper/data/diamond.json");
  const ir::Arch a = config("npu4x4").arch;
  mapper::MapOptions o;
  o.hints.chains.push_back({"c", "a", {"h", "/c0"}});       // no stream c -> a
  o.hints.chains.push_back({"bb", "c", {"h", "/c1"}});      // unknown instance
  o.hints.bundles.push_back({{"a", "b"}, {"h", "/b0"}});   // different tasks
  Mapped r = map(g, a, o);
  ASSERT_FALSE(r.m);
  const std::string d = r.d.str();
  EXPECT_TRUE(has(d, "h:/c0: error: chain(c, a): no stream goes from 'c' to 'a'")) << d;
  EXPECT_TRUE(has(d, "h:/c1: error: chain(bb, c): the graph has no instance 'bb'; did you mean 'b'?")) << d;
  EXPECT_TRUE(has(d, "h:/b0: error: bundle(a, b): 'b' is not isomorphic to 'a'")) << d;
}

TEST(Mapper, GraphMappingSectionIsParsedAndApplied) {
  Diagnostics d;
  auto g = frontend::parseGraph(R"({"format": "datosim-graph/1", "name": "two",
    "streams": {"s": {"dtype": "i32", "tile": [], "depth": 1}},
    "tasks": {"p": {"mapping": [1], "locals": {"v": {"dtype": "i32", "shape": []}}, "body": [{"put": "s", "from": "v"}]},
              "q": {"mapping": [1], "locals": {"v": {"dtype": "i32", "shape": []}}, "body": [{"get": "s", "into": "v"}]}},
    "mapping": {"chain": [["p", "q"]]}})",
                                "two.json", {}, d);
  ASSERT_TRUE(g) << d.str();
  ASSERT_EQ(g->mappingHints.chains.size(), 1u);
  EXPECT_EQ(g->mappingHints.chains[0].loc.str(), "two.json:/mapping/chain/0");
  mapper::MapOptions o;
  o.hints = g->mappingHints;
  Mapped r = map(*g, config("npu4x4").arch, o);
  ASSERT_TRUE(r.m) << r.d.str();
  EXPECT_EQ(r.m->streams[0].kind, ir::RouteKind::Local);

  Diagnostics bad;
  EXPECT_FALSE(frontend::parseGraph(R"({"format": "datosim-graph/1", "name": "x",
    "tasks": {"p": {"mapping": [1], "body": [{"compute": "custom", "cycles": 1}]}},
    "mapping": {"chain": [["p"]], "bundel": []}})",
                                    "x.json", {}, bad));
  EXPECT_TRUE(has(bad.str(), "x.json:/mapping/bundel: error: unknown key 'bundel'")) << bad.str();
  EXPECT_TRUE(has(bad.str(), "x.json:/mapping/chain/0: error: a chain is [producer, consumer]")) << bad.str();
}

// ---- imposed mappings and placement quality -----------------------------------------------------

TEST(Mapper, WellPlacedGemmBeatsABadlyPlacedOne) {
  const ir::Graph g = graph("tests/mapper/data/gemm_streamed.json");
  const LoadedArch a = config("npu4x4");
  Mapped good = map(g, a.arch);
  ASSERT_TRUE(good.m) << good.d.str();
  for (const ir::StreamRoute& s : good.m->streams) EXPECT_NE(s.kind, ir::RouteKind::Dma);
  // The loaders in one corner, the multipliers in the opposite one: every 2 KiB tile crosses the
  // array over DMA. Legal (each tile stays within its channels), but slow.
  const ir::MappingRequest req =
      request({{{"loadA"}, {0, 2}}, {{"loadB"}, {0, 3}}, {{"mm_0"}, {3, 5}}, {{"mm_1"}, {3, 4}}});
  mapper::MapOptions o;
  o.request = &req;
  Mapped bad = map(g, a.arch, o);
  ASSERT_TRUE(bad.m) << bad.d.str();
  for (const ir::StreamRoute& s : bad.m->streams) {
    EXPECT_EQ(s.kind, ir::RouteKind::Dma);
    EXPECT_GE(s.hops, 4);
  }
  EXPECT_GT(bad.m->cost, good.m->cost);
  sim::SimOptions og, ob;
  og.mapping = &*good.m;
  ob.mapping = &*bad.m;
  const sim::Report rg = sim::simulate(g, a.arch, *a.model, og), rb = sim::simulate(g, a.arch, *a.model, ob);
  ASSERT_EQ(rg.outcome, sim::Outcome::Completed);
  ASSERT_EQ(rb.outcome, sim::Outcome::Completed);
  EXPECT_EQ(rg.macs, rb.macs);
  // Each of the 16 tiles loadA and loadB put costs ceil(2048 / 4) = 512 transfer cycles more over
  // DMA than through shared memory, plus the hops' latency. Loads are prefetched (depth 2), so a
  // loader's put overlaps the DDR fetch of its next tile (also 512 cycles on the shim channel):
  // the bad placement is slower, by the puts' lock costs, the hop latency and the pipeline's fill
  // and drain, not by 16 x 512.
  EXPECT_GT(rb.cycles, rg.cycles) << "good " << rg.cycles << ", bad " << rb.cycles;
}

TEST(Mapper, ImposedMappingIsCheckedLikeAnyOther) {
  const ir::Graph g = graph("tests/mapper/data/gemm_streamed.json");
  const ir::Arch a = config("npu4x4").arch;
  ir::MappingRequest req = request({{{"loadA"}, {0, 1}}, {{"loadB"}, {0, 3}}, {{"mm_0"}, {0, 3}}});
  mapper::MapOptions o;
  o.request = &req;
  Mapped r = map(g, a, o);
  ASSERT_FALSE(r.m);
  const std::string d = r.d.str();
  EXPECT_TRUE(has(d, "m.json:/groups/0/tile: error: tile (0,1) is not a compute tile of npu4x4")) << d;
  EXPECT_TRUE(has(d, "m.json:/groups/2/tile: error: tile (0,3) is given to group 1 already")) << d;
  EXPECT_TRUE(has(d, "instance 'mm_1' is not placed")) << d;
}

// ---- spreading tensor traffic over the columns ---------------------------------------------------

// The whole-array GEMM (mlir-aie's whole_array): core (i, j) shares its A row block with row i and
// its B column block with column j. With n = 32 every core runs 2 x 4 output tiles of K loop 8:
// 64 matmuls of 64 x 64 x 32, i.e. 64 x (2,048 / 0.8 + 60) = 167,680 cycles of compute, and each
// A (B) broadcast flow moves 64 tiles of 8 KiB (4 KiB), 2,048 (1,024) cycles each on a shim channel.
TEST(Mapper, TensorFlowsAreSpreadOverTheColumnsShims) {
  const ir::Graph g = graph("examples/validation/whole_array_i16.json", {{"n", 32}});
  const LoadedArch a = config("npu4x4");
  Mapped r = map(g, a.arch);
  ASSERT_TRUE(r.m) << r.d.str();
  const ir::Mapping& m = *r.m;
  std::map<std::string, std::set<int>> shimPorts, shards;  // per tensor
  for (const ir::MemRoute& mr : m.memRoutes) {
    const std::string t = g.tensors[mr.tensor].name;
    shimPorts[t].insert(mr.shimPort);
    shards[t].insert(mr.write ? static_cast<int>(shards[t].size()) : mr.memOutPort);
    EXPECT_EQ(mr.fanout, mr.write ? "join" : "broadcast");
  }
  // Four broadcast flows each for A and B, every one entering through a shim channel of its own
  // (4 shims x 2 MM2S channels = 8); the 16 C stores leave through all 8 S2MM channels.
  EXPECT_EQ(shards["A"].size(), 4u);
  EXPECT_EQ(shards["B"].size(), 4u);
  EXPECT_EQ(shimPorts["A"].size(), 4u);
  EXPECT_EQ(shimPorts["B"].size(), 4u);
  EXPECT_EQ(shimPorts["C"].size(), 8u);
  // A flow whose consumers all sit in one column comes in through that column's memory tile and shim.
  std::map<int, std::set<int>> consumerCols;  // A's memory-tile MM2S port -> columns of its consumers
  for (const ir::MemRoute& mr : m.memRoutes)
    if (g.tensors[mr.tensor].name == "A") consumerCols[mr.memOutPort].insert(m.tiles[mr.computeTile].col);
  int columnLocal = 0;
  for (const ir::MemRoute& mr : m.memRoutes) {
    if (g.tensors[mr.tensor].name != "A" || consumerCols[mr.memOutPort].size() != 1) continue;
    const int col = *consumerCols[mr.memOutPort].begin();
    EXPECT_EQ(m.tiles[mr.memTile].col, col) << g.instances[mr.instance].name;
    EXPECT_EQ(m.tiles[mr.shimTile].col, col) << g.instances[mr.instance].name;
    ++columnLocal;
  }
  EXPECT_GT(columnLocal, 0) << "the placement puts a row of cores in one column";
  for (std::size_t t = 0; t < m.tiles.size(); ++t) {
    EXPECT_LE(m.use[t].dmaIn, m.use[t].dmaInLimit) << m.tiles[t].name();
    EXPECT_LE(m.use[t].dmaOut, m.use[t].dmaOutLimit) << m.tiles[t].name();
  }
  // Deterministic.
  Mapped again = map(g, a.arch);
  ASSERT_TRUE(again.m);
  for (std::size_t k = 0; k < m.memRoutes.size(); ++k) {
    EXPECT_EQ(again.m->memRoutes[k].shimPort, m.memRoutes[k].shimPort);
    EXPECT_EQ(again.m->memRoutes[k].memTile, m.memRoutes[k].memTile);
  }
  // With one channel per flow the run is compute-bound: far below the 4 x 64 x 2,048 = 524,288
  // cycles that one shim channel carrying all four A flows would need, and no faster than the
  // cores' compute.
  sim::SimOptions o;
  o.mapping = &m;
  const sim::Report rep = sim::simulate(g, a.arch, *a.model, o);
  ASSERT_EQ(rep.outcome, sim::Outcome::Completed) << describeDeadlock(g, rep);
  EXPECT_GE(rep.cycles, 64 * 2620);
  EXPECT_LT(rep.cycles, 4 * 64 * 2048 / 2);
}

// dma.buffer_depth D: each memory-tile flow holds D tiles, each buffered route D - 1 tiles in L1
// beyond the local it loads into or stores from. Whole array, n = 32: flows A 4 x 8 KiB, B 4 x 4 KiB,
// C 16 x 8 KiB (64x32 i32) = 176 KiB; a core's locals a 8 KiB + b 4 KiB + acc 8 KiB = 20 KiB.
TEST(Mapper, BufferDepthSetsL1AndMemoryTileReservations) {
  const ir::Graph g = graph("examples/validation/whole_array_i16.json", {{"n", 32}});
  for (int depth : {1, 2, 3}) {
    LoadedArch a = config("npu4x4");
    a.arch.params["dma.buffer_depth"].value = depth;
    Mapped r = map(g, a.arch);
    ASSERT_TRUE(r.m) << "depth " << depth << ": " << r.d.str();
    std::int64_t memtile = 0, l1 = 0;
    for (std::size_t t = 0; t < r.m->tiles.size(); ++t) {
      if (r.m->tiles[t].kind == ir::TileKind::Memory) memtile += r.m->use[t].memoryBytes;
      if (r.m->tiles[t].kind == ir::TileKind::Compute) l1 = std::max(l1, r.m->use[t].memoryBytes);
    }
    EXPECT_EQ(memtile, depth * 176 * 1024) << "depth " << depth;
    EXPECT_EQ(l1, 20480 + (depth - 1) * 20480 + 1024) << "depth " << depth;  // 3: 62,464
  }
  LoadedArch deep = config("npu4x4");
  deep.arch.params["dma.buffer_depth"].value = 4;
  Mapped r = map(g, deep.arch);
  ASSERT_FALSE(r.m);
  EXPECT_TRUE(has(r.d.str(), "needs 82,944 bytes of L1 data memory (locals 20,480, stream buffers 0, tensor DMA "
                             "buffers 61,440, stack 1,024 (compute.stack_bytes, or the task's stack_bytes))"))
      << r.d.str();
}

// ---- FPGA ---------------------------------------------------------------------------------------

TEST(Mapper, FpgaEstimateAndHbmChannels) {
  const ir::Graph g = graph("examples/npu_gemm_splitk.json");
  LoadedArch a = config("u280");
  Mapped r = map(g, a.arch);
  ASSERT_TRUE(r.m) << r.d.str();
  const ir::Mapping& m = *r.m;
  EXPECT_TRUE(m.fpga);
  EXPECT_EQ(m.groups.size(), 16u);
  // One matmul per instance: pe.macs_per_cycle.i16 (32) x dsp_per_mac.i16 (1) DSPs each.
  EXPECT_DOUBLE_EQ(m.fpga->total.dsp, 16 * 32 * a.arch.get("dsp_per_mac.i16"));
  ASSERT_EQ(m.fpga->tensorChannels.size(), 3u);
  EXPECT_EQ(m.fpga->tensorChannels[0], std::vector<int>{0});
  EXPECT_EQ(m.fpga->tensorChannels[2], std::vector<int>{2});
  for (const ir::MemRoute& mr : m.memRoutes) EXPECT_EQ(mr.hbmChannels, m.fpga->tensorChannels[mr.tensor]);

  a.arch.params["resources.dsp"].value = 100;
  Mapped over = map(g, a.arch);
  ASSERT_FALSE(over.m);
  EXPECT_TRUE(has(over.d.str(), "needs an estimated 512 DSP slices, u280 has 100 (resources.dsp); by task: gemm 512 (16 instances, "
                      "up to 32 each); largest instances: gemm_0_0_0 32"))
      << over.d.str();

  // One HBM pseudo-channel per tensor: the 16 instances loading A contend for it, so the placed
  // run is slower than the placement-free one, where every load may take any of the 32 channels.
  a.arch.params["resources.dsp"].value = 9024;
  sim::SimOptions o;
  o.mapping = &m;
  const sim::Report placed = sim::simulate(g, a.arch, *a.model, o);
  const sim::Report free = sim::simulate(g, a.arch, *a.model, {});
  ASSERT_EQ(placed.outcome, sim::Outcome::Completed);
  EXPECT_GT(placed.cycles, free.cycles);
}

// The estimate by structure and shape (docs/mapping.md, "FPGA mapping"), on u280, per instance of
// tests/mapper/data/fpga_parts.json. The config's figures: est.pe_lut 100 / est.pe_ff 50 per PE,
// est.port_lut 9 per port, est.port_ff_per_byte 8 per byte of an input port's word, an m_axi adapter
// 640 + 115 x 64 = 8,000 LUTs and 380 + 65 x 64 = 4,540 FFs (axi.data_width_bytes 64), 30 LUTs and 60
// FFs per DSP; words of min(token, stream.bytes_per_cycle 64) = 64 bytes = 512 bits.
TEST(Mapper, FpgaEstimateFollowsStructureAndShape) {
  const ir::Graph g = graph("tests/mapper/data/fpga_parts.json");
  const LoadedArch a = config("u280");
  Mapped r = map(g, a.arch);
  ASSERT_TRUE(r.m) << r.d.str();
  const ir::Mapping& m = *r.m;
  const ir::PeUse& src = m.fpga->peUse[instance(g, "src")];
  const ir::PeUse& fwd = m.fpga->peUse[instance(g, "fwd")];
  const ir::PeUse& pe = m.fpga->peUse[instance(g, "pe")];
  const ir::PeUse& sink = m.fpga->peUse[instance(g, "sink")];

  // fwd: control 100 + get s_a 9 + put s_a2 9 LUTs; 50 + the 512-bit word it gets = 562 FFs. Its
  // local x (32 x 64 int8, 2,048 bytes) is read and written 64 bytes per cycle: 512 bits x 32 words,
  // more than est.lutram_max_bytes, so BRAM: 15 RAMB18 of 512 x 36 = 7.5 BRAM36 (by bits it would be
  // 16,384 / 36,864 -> 1). Its input FIFO s_a: 2 tokens x 32 words of 512 bits, 4,096 bytes: deeper
  // than 2 words and more than 1,024 bits, so a memory, 7.5 BRAM36 again.
  EXPECT_DOUBLE_EQ(fwd.dsp, 0);
  EXPECT_DOUBLE_EQ(fwd.lut, 118);
  EXPECT_DOUBLE_EQ(fwd.ff, 562);
  EXPECT_DOUBLE_EQ(fwd.bram36, 15);

  // pe: matmul 32 x 64 x 32 int8 at min(64, 65,536) MACs x 0.5 = 32 DSPs (+960 LUTs, +1,920 FFs).
  // LUTs: 100 + 3 ports x 9 + 960 + acc (32 x 32 int8, written 64 elements per cycle: 512 bits x 16
  // words, 1,024 bytes -> LUTRAM, 512 x ceil(16 / 64) = 512 LUTs) = 1,599. FFs: 50 + two 512-bit
  // input words + 1,920 = 2,994. BRAM: locals a and b (512 bits x 32 words each) and FIFOs s_a2 and
  // s_b (512 bits x 64 words each), 7.5 each.
  EXPECT_DOUBLE_EQ(pe.dsp, 32);
  EXPECT_DOUBLE_EQ(pe.lut, 1599);
  EXPECT_DOUBLE_EQ(pe.ff, 2994);
  EXPECT_DOUBLE_EQ(pe.bram36, 30);
  // A forwarding process costs less than a MAC PE (the flat est.pe_lut 2,000 charged them the same).
  EXPECT_LT(fwd.lut, pe.lut);
  EXPECT_LT(fwd.ff, pe.ff);

  // src: the m_axi adapters of A and B (the first instance to use them): 2 x 8,000 LUTs and 2 x 4,540
  // FFs, + control 100 / 50 + 4 ports x 9 LUTs + two loaded 512-bit words 1,024 FFs; ta and tb 7.5
  // BRAM36 each.
  EXPECT_DOUBLE_EQ(src.lut, 100 + 4 * 9 + 2 * 8000);
  EXPECT_DOUBLE_EQ(src.ff, 50 + 1024 + 2 * 4540);
  EXPECT_DOUBLE_EQ(src.bram36, 15);
  // sink: C's adapter, control, get s_c (9 LUTs, 512 FFs) and the store (9 LUTs; an output port
  // registers nothing), tc in LUTRAM (512 LUTs); the FIFO s_c, 2 tokens x 16 words x 512 bits = 2,048
  // bytes: 7.5 BRAM36.
  EXPECT_DOUBLE_EQ(sink.lut, 100 + 2 * 9 + 8000 + 512);
  EXPECT_DOUBLE_EQ(sink.ff, 50 + 512 + 4540);
  EXPECT_DOUBLE_EQ(sink.bram36, 7.5);
  EXPECT_DOUBLE_EQ(m.fpga->total.bram36, 15 + 15 + 30 + 7.5);
  EXPECT_DOUBLE_EQ(m.fpga->total.lut, 16136 + 118 + 1599 + 8630);

  // A stream FIFO's BRAMs follow width x depth: s_c 40 tokens deep is 640 words of 512 bits, 40 KiB.
  // The cheapest UG573 shape is RAMB18 1K x 18: ceil(512 / 18) = 29 of them, 14.5 BRAM36 (RAMB36 1K x
  // 36 would take 15, 512 x 72 8 x 2 = 16, RAMB18 512 x 36 15 x 2 x 0.5 = 15).
  const ir::Graph deep = graph("tests/mapper/data/fpga_parts.json", {{"D", 40}});
  Mapped rd = map(deep, a.arch);
  ASSERT_TRUE(rd.m) << rd.d.str();
  EXPECT_DOUBLE_EQ(rd.m->fpga->peUse[instance(deep, "sink")].bram36, 14.5);
  // ... and at 300,000 tokens (4.8 MB >= est.uram_min_bytes) it moves to UltraRAM: 512 bits need
  // ceil(512 / 72) = 8 side by side, 4.8 M words / 4,096 deep = 1,172 rows -> 9,376 > 960 URAMs.
  const ir::Graph huge = graph("tests/mapper/data/fpga_parts.json", {{"D", 300000}});
  Mapped rh = map(huge, a.arch);
  ASSERT_FALSE(rh.m);
  EXPECT_TRUE(has(rh.d.str(), "needs an estimated 9,376 UltraRAMs, u280 has 960 (resources.uram); by task: sink 9,376; largest "
                      "instances: sink 9,376"))
      << rh.d.str();
}

// Shift-register FIFOs and registers: in the systolic GEMM on u280 the f32 scalar FIFOs (4 deep, 128
// bits) are SRLs (within est.fifo_srl_max_bits), 32 bits x ceil(4 / 32) = 32 LUTs each, and the scalar
// locals va, vb, acc are registers, 32 FFs each. Inner PE (1, 2): LUTs 100 + 5 ports (2 gets, 2 puts,
// the store of c) x 9 + mac f32 at min(16, 1) x dsp_per_mac.f32 5 = 5 DSPs x 30 + the zeroing of acc,
// one vector lane (est.lut_per_lane 100) + 2 FIFOs x 32 = 459; FFs 50 + 2 x 4-byte words x 8 + 3 x 32
// + 5 x 60 + one lane's 150 = 660. It uses no tensor first (C's adapter is gemm_1_1's).
TEST(Mapper, FpgaShiftRegisterFifosAndRegisters) {
  const ir::Graph g = graph("examples/systolic_gemm.json");
  const LoadedArch a = config("u280");
  Mapped r = map(g, a.arch);
  ASSERT_TRUE(r.m) << r.d.str();
  const ir::PeUse& u = r.m->fpga->peUse[instance(g, "gemm_1_2")];
  EXPECT_DOUBLE_EQ(u.dsp, 5);
  EXPECT_DOUBLE_EQ(u.lut, 459);
  EXPECT_DOUBLE_EQ(u.ff, 660);
  EXPECT_DOUBLE_EQ(u.bram36, 0);
  const ir::PeUse& first = r.m->fpga->peUse[instance(g, "gemm_1_1")];
  EXPECT_DOUBLE_EQ(first.lut, 459 + 8000);
}

// A hub whose four consumers each need it as a neighbour, and each consumer a neighbour of its own:
// no one-swap move leads there from the local search's starting placements; the annealing
// fallback finds it on every NPU config, the same placement every time. With five lanes no tile
// has enough neighbours, and the refusal names the channel overflow as before.
TEST(Mapper, AnnealingPlacesAHubWhoseLanesNeedItsNeighbours) {
  const ir::Graph g = graph("tests/mapper/data/hub_lanes.json");
  for (const char* name : {"npu4x4", "npu1", "npu2"}) {
    SCOPED_TRACE(name);
    const LoadedArch a = config(name);
    Mapped r = map(g, a.arch);
    ASSERT_TRUE(r.m) << r.d.str();
    const ir::Mapping& m = *r.m;
    auto next = [&](const std::string& x, const std::string& y) {
      const ir::Tile &s = m.tiles[m.tileOf(instance(g, x))], &t = m.tiles[m.tileOf(instance(g, y))];
      return std::abs(s.col - t.col) + std::abs(s.row - t.row) == 1;
    };
    for (int p = 0; p < 4; ++p) {
      const std::string w = "work_" + std::to_string(p), u = "use_" + std::to_string(p);
      EXPECT_TRUE(next("hub", w)) << w;
      EXPECT_TRUE(next(w, u)) << u;
      EXPECT_LE(m.use[m.tileOf(instance(g, w))].dmaIn, 2);
      EXPECT_LE(m.use[m.tileOf(instance(g, u))].dmaIn, 2);
    }
    Mapped again = map(g, a.arch);
    ASSERT_TRUE(again.m);
    for (std::size_t i = 0; i < g.instances.size(); ++i)
      EXPECT_EQ(again.m->tileOf(static_cast<int>(i)), m.tileOf(static_cast<int>(i))) << g.instances[i].name;
    sim::SimOptions so;
    so.mapping = &m;
    EXPECT_EQ(sim::simulate(g, a.arch, *a.model, so).outcome, sim::Outcome::Completed);
  }
  const ir::Graph five = graph("tests/mapper/data/hub_lanes.json", {{"P", 5}});
  const LoadedArch a = config("npu4x4");
  Mapped r = map(five, a.arch);
  EXPECT_FALSE(r.m);
  EXPECT_TRUE(has(r.d.str(), "DMA input channels (S2MM), the tile has 2 (compute.dma_in)")) << r.d.str();
}

// ---- tensor routes balance what the flows move over the run ----------------------------------------

// Decode attention, trace-driven (b16 batch 7): each of the four lanes loads its requests' Q rows, K^T and
// V tiles as flows of its own, so there are twelve load flows for npu4x4's eight shim MM2S channels.
// Routed in tensor order, the four tiny Q flows took four channels and all four V flows shared the last
// one; the bytes moved over the run (analysis::argTraffic) now decide which flows share.
TEST(Mapper, ShimChannelsBalanceTheBytesFlowsMoveOverTheRun) {
  const LoadedArch a = config("npu4x4");
  for (const char* file : {"examples/dynamic/decode_attention_kv.json", "examples/dynamic/decode_attention_dispatch.json"}) {
    SCOPED_TRACE(file);
    const bool steered = has(file, "dispatch");
    std::map<std::string, std::int64_t> params{{"FIRST", 1451}, {"B", 16}};
    if (!steered) params["DYN"] = 1;
    const ir::Graph g = graph(file, params);
    Mapped r = map(g, a.arch);
    ASSERT_TRUE(r.m) << r.d.str();
    const ir::Mapping& m = *r.m;
    const std::vector<std::optional<analysis::ArgTraffic>> traffic = analysis::argTraffic(g);
    std::map<int, std::int64_t> portBytes;                       // shim MM2S port -> bytes over the run
    std::map<int, int> portFlows;                                // shim MM2S port -> flows through it
    std::map<std::string, std::set<int>> portsOf;                // tensor -> its shim MM2S ports
    std::int64_t heavy = 0;                                      // K^T and V bytes in all
    for (const ir::MemRoute& mr : m.memRoutes) {
      if (mr.write) continue;
      const std::string t = g.tensors[static_cast<std::size_t>(mr.tensor)].name;
      EXPECT_EQ(mr.fanout, "split") << g.instances[static_cast<std::size_t>(mr.instance)].name << " " << t;
      portsOf[t].insert(mr.shimPort);
      ++portFlows[mr.shimPort];
      // A steered lane's bytes depend on the run: the dispatcher's lanes are each a quarter of the batch.
      std::int64_t bytes = 0;
      if (steered) {
        bytes = t == "Q" ? 0 : 1;
      } else {
        ASSERT_TRUE(traffic[static_cast<std::size_t>(mr.instance)]);
        bytes = traffic[static_cast<std::size_t>(mr.instance)]->loads.at(mr.arg);
      }
      EXPECT_EQ(traffic[static_cast<std::size_t>(mr.instance)].has_value(), !steered);
      portBytes[mr.shimPort] += bytes;
      if (t != "Q") heavy += bytes;
    }
    // The queries share one channel; K^T and V take the other seven, at most two flows on one.
    EXPECT_EQ(portsOf["Q"].size(), 1u);
    EXPECT_EQ(portsOf["KT"].size() + portsOf["V"].size(), 7u);
    for (const auto& [port, flows] : portFlows)
      if (!portsOf["Q"].count(port)) EXPECT_LE(flows, 2) << "shim port " << port;
    std::int64_t busiest = 0;
    for (const auto& [port, bytes] : portBytes) busiest = std::max(busiest, bytes);
    // Eight heavy flows over seven channels: the busiest carries well under a third of their bytes
    // (the tensor-order routing put every V flow, about half of them, on one channel).
    EXPECT_LT(3 * busiest, heavy);
    if (!steered) {
      // The flows that share a channel are the two lightest of their tensor.
      for (const auto& [port, flows] : portFlows) {
        if (flows != 2 || portsOf["Q"].count(port)) continue;
        const std::string t = portsOf["V"].count(port) ? "V" : "KT";
        std::vector<std::int64_t> all;
        for (const ir::MemRoute& mr : m.memRoutes)
          if (!mr.write && g.tensors[static_cast<std::size_t>(mr.tensor)].name == t)
            all.push_back(traffic[static_cast<std::size_t>(mr.instance)]->loads.at(mr.arg));
        std::sort(all.begin(), all.end());
        EXPECT_EQ(portBytes[port], all[0] + all[1]) << t;
      }
    }
  }
}

}  // namespace
}  // namespace datosim::testing
