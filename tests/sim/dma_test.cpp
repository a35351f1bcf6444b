// Buffered DMA of mapped runs (docs/timing.md, "Prefetched loads, drained stores, multicast") on
// hand-built mappings, with hand-worked cycle counts. The architecture is testAieArch() (4 bytes a
// cycle on every channel, no lock cost) with the overrides each test names; a tile is 16 i32
// elements = 64 bytes = 16 transfer cycles.
#include <gtest/gtest.h>

#include "data/buffer.h"
#include "ir_builder.h"
#include "sim/simulator.h"
#include "sim/timing_model.h"

namespace datosim::test {
namespace {

using sim::Outcome;
using sim::Report;
using sim::SimOptions;

Report runMapped(const ir::Graph& g, const ir::Mapping& m, const ir::Arch& arch,
                 std::vector<data::Buffer>* tensors = nullptr) {
  auto model = sim::createTimingModel(arch);
  SimOptions o;
  o.mapping = &m;
  o.tensors = tensors;
  return sim::simulate(g, arch, *model, o);
}

// Instance k alone on compute tile k (there are no streams), with `ports` DMA channels and the
// given tensor routes.
ir::Mapping routedMapping(const ir::Graph& g, std::vector<ir::MemRoute> routes, int ports) {
  ir::Mapping m;
  m.archName = "test-aie";
  for (std::size_t k = 0; k < g.instances.size(); ++k) {
    ir::Tile t;
    t.col = static_cast<int>(k);
    t.row = 2;
    m.tiles.push_back(t);
    m.groups.push_back({{static_cast<int>(k)}, static_cast<int>(k), "single"});
    m.groupOf.push_back(static_cast<int>(k));
  }
  m.use.resize(m.tiles.size());
  m.ports.resize(static_cast<std::size_t>(ports));
  m.memRoutes = std::move(routes);
  return m;
}

// A load (or store) route straight between a shim channel and the compute tile (no memory tile).
ir::MemRoute direct(int instance, int arg, int tensor, bool write, int shimPort, int tilePort) {
  ir::MemRoute r;
  r.instance = instance;
  r.arg = arg;
  r.tensor = tensor;
  r.write = write;
  r.tileBytes = 64;
  r.computeTile = instance;
  r.hops = 1;
  r.shimPort = shimPort;
  r.tilePort = tilePort;
  r.fanout = "direct";
  return r;
}

// A load route shim -> memory tile -> compute tile: shim channel 0, memory-tile S2MM 1, the
// memory tile's MM2S `memOut`, the compute tile's S2MM `tilePort`; 2 hops.
ir::MemRoute viaMemtile(int instance, int tensor, int memOut, int tilePort, const std::string& fanout) {
  ir::MemRoute r = direct(instance, 0, tensor, false, 0, tilePort);
  r.memTile = 100;
  r.hops = 2;
  r.memInPort = 1;
  r.memOutPort = memOut;
  r.fanout = fanout;
  return r;
}

// `n` instances; each loads the 4 tiles of X (4 x 16 i32) in order and computes `compute` cycles
// on each.
ir::Graph loaders(int n, std::int64_t compute) {
  GraphBuilder b("loaders");
  const int x = b.tensor("X", DType::I32, {4, 16});
  const int task = b.task("core", {n});
  const int arg = b.arg(task, "x", x, {4, 16});
  const int t = b.local(task, "t", DType::I32, {16});
  for (int i = 0; i < n; ++i)
    b.instance(task, "core_" + std::to_string(i), {For(0, 4, {Load(arg, {V(0), C(0)}, t), Busy(compute)})}, 1, {i});
  return b.build();
}

// One core, 4 tiles, 40 cycles of compute each; issue 2, DDR latency 10: a load costs
// 2 + 16 + 10 = 28 cycles from its issue to its arrival.
//
// Blocking (dma.buffer_depth 0): 4 x (28 + 40) = 272.
// Depth 1: the DMA may fetch tile k + 1 only when the core releases tile k at its next load, so it
// is the blocking schedule again: 272.
// Depth 2 (ping-pong): tiles 0 and 1 are fetched at once (issues at 0 and 2, transfers 2-18 and
// 18-34, arrivals 28 and 44). The core takes tile 0 at 28 and computes to 68; at its load of
// tile 1 (68, arrived at 44) it releases tile 0 and the DMA fetches tile 2 (issue 68-70, transfer
// 70-86, arrival 96) while the core computes tile 1 to 108; likewise tile 3 arrives at 136, before
// the core wants it at 148. Finish = one fill (28) + 4 x 40 = 188.
TEST(BufferedDma, PrefetchedLoadsOverlapTheComputeAfterOneFill) {
  const ir::Graph g = loaders(1, 40);
  const ir::Mapping m = routedMapping(g, {direct(0, 0, 0, false, 0, 1)}, 2);
  auto arch = [](int depth) {
    return testAieArch({{"dma.issue_cycles", 2}, {"ddr.latency_cycles", 10}, {"dma.buffer_depth", depth}});
  };
  Report blocking = runMapped(g, m, arch(0));
  ASSERT_EQ(blocking.outcome, Outcome::Completed);
  EXPECT_EQ(blocking.cycles, 272);
  EXPECT_EQ(runMapped(g, m, arch(1)).cycles, 272);
  Report r = runMapped(g, m, arch(2));
  ASSERT_EQ(r.outcome, Outcome::Completed);
  EXPECT_EQ(r.cycles, 28 + 4 * 40);
  EXPECT_EQ(r.instances[0].compute, 160);
  EXPECT_EQ(r.instances[0].memory, 28);  // only the first tile is waited for
  // The placement-free model keeps its blocking loads whatever the depth: 4 x (28 + 40).
  auto model = sim::createTimingModel(arch(2));
  EXPECT_EQ(sim::simulate(g, arch(2), *model, SimOptions{}).cycles, 272);
}

// Transfer-bound: 5 cycles of compute a tile, no issue or latency. The DMA fetches tiles 0 and 1
// back to back (0-16, 16-32); the core's loads release each tile at once and the channel stays
// busy: tiles arrive at 16, 32, 48, 64 and the core finishes at 64 + 5 = 69 = 4 transfers + one
// compute, where blocking loads take 4 x (16 + 5) = 84.
TEST(BufferedDma, TransferBoundLoadsKeepTheChannelBusy) {
  const ir::Graph g = loaders(1, 5);
  const ir::Mapping m = routedMapping(g, {direct(0, 0, 0, false, 0, 1)}, 2);
  EXPECT_EQ(runMapped(g, m, testAieArch({{"dma.buffer_depth", 0}})).cycles, 84);
  Report r = runMapped(g, m, testAieArch());
  ASSERT_EQ(r.outcome, Outcome::Completed);
  EXPECT_EQ(r.cycles, 69);
}

// One core computes 40 cycles, then stores the 64-byte tile, 4 times; issue 2, DDR latency 10.
// Blocking: 4 x (40 + 2 + 16 + 10) = 272.
// Depth 2: each store hands the tile over and the core goes on (the previous store has left L1
// long before); the drain issues at 40, 80, 120, 160 (+2), and the last store completes at
// 162 + 16 + 10 = 188 = 4 x 40 + 28, when the core finishes.
// Depth 1: the core waits until its store has left L1 (issue + transfer, 18 cycles) but not for
// the DDR latency: 4 x (40 + 18) + 10 = 242.
TEST(BufferedDma, DrainedStoresOverlapAndTheFinishWaitsForTheLast) {
  GraphBuilder b("storer");
  const int y = b.tensor("Y", DType::I32, {4, 16});
  const int task = b.task("core");
  const int arg = b.arg(task, "y", y, {4, 16});
  const int t = b.local(task, "t", DType::I32, {16});
  b.instance(task, "core", {For(0, 4, {Busy(40), Store(arg, {V(0), C(0)}, t)})}, 1);
  const ir::Graph g = b.build();
  const ir::Mapping m = routedMapping(g, {direct(0, 0, 0, true, 0, 1)}, 2);
  auto arch = [](int depth) {
    return testAieArch({{"dma.issue_cycles", 2}, {"ddr.latency_cycles", 10}, {"dma.buffer_depth", depth}});
  };
  EXPECT_EQ(runMapped(g, m, arch(0)).cycles, 272);
  Report r = runMapped(g, m, arch(2));
  ASSERT_EQ(r.outcome, Outcome::Completed);
  EXPECT_EQ(r.cycles, 188);
  EXPECT_EQ(r.instances[0].finish, 188);
  EXPECT_EQ(r.instances[0].memory, 28);  // waiting at the end for the last store
  EXPECT_EQ(runMapped(g, m, arch(1)).cycles, 242);
}

// Two cores load the same 4 tiles through one memory-tile channel (a broadcast). No issue, DDR,
// memory-tile or hop latency; 1 cycle of compute a tile, so the channels bind.
//
// Multicast: each tile is read from DDR once (shim 0-16, 16-32, then 32-48 and 48-64 as the
// memory tile's two slots free) and forwarded to both cores in one transfer (16-32, 32-48, 48-64,
// 64-80): the cores take the tiles at 32, 48, 64, 80 and finish at 81 = one fill (16) + 4 x 16 + 1.
// With one DDR read per core and tile the shim channel alone is busy 8 x 16 = 128 cycles.
TEST(BufferedDma, ABroadcastTileIsReadFromDdrOnceForAllItsConsumers) {
  const ir::Graph g = loaders(2, 1);
  const ir::Arch arch = testAieArch({{"switch.hop_cycles", 0}});
  const ir::Mapping shared =
      routedMapping(g, {viaMemtile(0, 0, 2, 3, "broadcast"), viaMemtile(1, 0, 2, 4, "broadcast")}, 5);
  Report r = runMapped(g, shared, arch);
  ASSERT_EQ(r.outcome, Outcome::Completed);
  EXPECT_EQ(r.instances[0].finish, 81);
  EXPECT_EQ(r.instances[1].finish, 81);
  // The same two cores with their own memory-tile channels (split routes): two DDR reads a tile.
  const ir::Mapping apart = routedMapping(g, {viaMemtile(0, 0, 2, 3, "split"), viaMemtile(1, 0, 5, 4, "split")}, 6);
  Report two = runMapped(g, apart, arch);
  ASSERT_EQ(two.outcome, Outcome::Completed);
  EXPECT_GE(two.cycles, 8 * 16 + 1);
}

// Multicast waits for the slowest consumer: core 0 computes 40 cycles a tile, core 1 only 1, and
// both get every tile at the same cycle. Same latencies as above plus DDR latency 10 (a tile is
// in the memory tile 10 cycles after its shim transfer). Tiles 0 and 1 are fetched at 0-16 and
// 16-32 (staged at 26 and 42) and forwarded at 26-42 and 42-58; tile 2 (staged at 68) can only
// be forwarded when core 0 releases tile 0 (its load of tile 1 at 42 + 40 = 82), 82-98, and tile 3
// when it releases tile 1 (at 122), 122-138. Core 0 computes 42-82, 82-122, 122-162, 162-202 as if
// alone; core 1 gets every tile when core 0 does (tile 3 at 138) and finishes at 139.
TEST(BufferedDma, ABroadcastAdvancesAtThePaceOfItsSlowestConsumer) {
  GraphBuilder b("uneven");
  const int x = b.tensor("X", DType::I32, {4, 16});
  const int task = b.task("core", {2});
  const int arg = b.arg(task, "x", x, {4, 16});
  const int t = b.local(task, "t", DType::I32, {16});
  b.instance(task, "slow", {For(0, 4, {Load(arg, {V(0), C(0)}, t), Busy(40)})}, 1, {0});
  b.instance(task, "fast", {For(0, 4, {Load(arg, {V(0), C(0)}, t), Busy(1)})}, 1, {1});
  const ir::Graph g = b.build();
  const ir::Mapping m = routedMapping(g, {viaMemtile(0, 0, 2, 3, "broadcast"), viaMemtile(1, 0, 2, 4, "broadcast")}, 5);
  Report r = runMapped(g, m, testAieArch({{"switch.hop_cycles", 0}, {"ddr.latency_cycles", 10}}));
  ASSERT_EQ(r.outcome, Outcome::Completed);
  EXPECT_EQ(r.instances[0].finish, 202);
  EXPECT_EQ(r.instances[1].finish, 139);
}

// Consumers of one broadcast channel that load different tile sequences (here in opposite
// orders) are not merged: each gets its own DDR reads, and in functional mode each gets its data.
// Functional or not, the timing is the same.
TEST(BufferedDma, DifferentSequencesOnABroadcastRouteAreReadSeparatelyAndStayCorrect) {
  GraphBuilder b("orders");
  const int x = b.tensor("X", DType::I32, {4, 16});
  const int y = b.tensor("Y", DType::I32, {2, 4, 16});
  const int task = b.task("core", {2});
  const int ax = b.arg(task, "x", x, {4, 16});
  const int ay = b.arg(task, "y", y, {1, 4, 16});
  b.raw().tasks[static_cast<std::size_t>(task)].args[static_cast<std::size_t>(ay)].layout[0] = {true, 0};  // S(0)
  const int t = b.local(task, "t", DType::I32, {16});
  auto body = [&](ExprPtr row) {
    return Block{For(0, 4, {Load(ax, {row, C(0)}, t), Compute("copy", {t}, t, false, C(1)),
                            Store(ay, {C(0), V(0), C(0)}, t)})};
  };
  b.instance(task, "up", body(V(0)), 1, {0});
  b.instance(task, "down", body(Add(C(3), Mul(C(-1), V(0)))), 1, {1});
  ir::Graph g = b.build();
  ir::MemRoute sy0 = direct(0, 1, 1, true, 5, 6), sy1 = direct(1, 1, 1, true, 5, 7);
  const ir::Mapping m = routedMapping(g, {viaMemtile(0, 0, 2, 3, "broadcast"), viaMemtile(1, 0, 2, 4, "broadcast"), sy0, sy1}, 8);
  const ir::Arch arch = testAieArch({{"switch.hop_cycles", 0}});
  std::vector<double> values(64);
  for (std::size_t i = 0; i < values.size(); ++i) values[i] = static_cast<double>(i);
  std::vector<data::Buffer> tensors = {data::Buffer(DType::I32, {4, 16}, values), data::Buffer(DType::I32, {2, 4, 16})};
  Report withData = runMapped(g, m, arch, &tensors);
  ASSERT_EQ(withData.outcome, Outcome::Completed) << (withData.errors.empty() ? "" : withData.errors[0].message);
  for (std::int64_t row = 0; row < 4; ++row)
    for (std::int64_t c = 0; c < 16; ++c) {
      EXPECT_EQ(tensors[1].getInt(row * 16 + c), row * 16 + c);                   // "up" copied rows 0..3
      EXPECT_EQ(tensors[1].getInt(64 + row * 16 + c), (3 - row) * 16 + c);     // "down" rows 3..0
    }
  Report timingOnly = runMapped(g, m, arch);
  EXPECT_EQ(timingOnly.cycles, withData.cycles);
  for (std::size_t i = 0; i < 2; ++i) EXPECT_EQ(timingOnly.instances[i].memory, withData.instances[i].memory);
  // Eight DDR reads of 16 cycles on the one shim channel.
  EXPECT_GE(withData.cycles, 8 * 16);
}

// A tensor the run both loads and stores keeps blocking loads and stores: with or without
// buffering the timing is the same. One core loads tile k of X, computes 40 cycles and stores it
// back: 4 x (2 + 16 + 10 + 40 + 2 + 16 + 10) = 384.
TEST(BufferedDma, ATensorBothLoadedAndStoredKeepsBlockingAccesses) {
  GraphBuilder b("inout");
  const int x = b.tensor("X", DType::I32, {4, 16});
  const int task = b.task("core");
  const int arg = b.arg(task, "x", x, {4, 16});
  const int t = b.local(task, "t", DType::I32, {16});
  b.instance(task, "core", {For(0, 4, {Load(arg, {V(0), C(0)}, t), Busy(40), Store(arg, {V(0), C(0)}, t)})}, 1);
  const ir::Graph g = b.build();
  const ir::Mapping m = routedMapping(g, {direct(0, 0, 0, false, 0, 1), direct(0, 0, 0, true, 2, 3)}, 4);
  auto arch = [](int depth) {
    return testAieArch({{"dma.issue_cycles", 2}, {"ddr.latency_cycles", 10}, {"dma.buffer_depth", depth}});
  };
  EXPECT_EQ(runMapped(g, m, arch(0)).cycles, 384);
  EXPECT_EQ(runMapped(g, m, arch(2)).cycles, 384);
}

// A cycle limit inside a prefetched run stops it as a cycle limit, not a deadlock.
TEST(BufferedDma, ACycleLimitStopsTheDmaAgentsAndTheInstances) {
  const ir::Graph g = loaders(2, 40);
  const ir::Mapping m = routedMapping(g, {viaMemtile(0, 0, 2, 3, "broadcast"), viaMemtile(1, 0, 2, 4, "broadcast")}, 5);
  const ir::Arch arch = testAieArch();
  auto model = sim::createTimingModel(arch);
  SimOptions o;
  o.mapping = &m;
  o.maxCycles = 50;
  Report r = sim::simulate(g, arch, *model, o);
  EXPECT_EQ(r.outcome, Outcome::CycleLimit);
  EXPECT_EQ(r.cycles, 50);
}

}  // namespace
}  // namespace datosim::test
