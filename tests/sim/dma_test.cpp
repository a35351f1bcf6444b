// Buffered DMA of mapped runs (docs/timing.md, "Prefetched loads, drained stores, multicast") on
// hand-built mappings, with hand-worked cycle counts. The architecture is testAieArch() (4 bytes a
// cycle on every channel, no lock cost) with the overrides each test names; a tile is 16 i32
// elements = 64 bytes = 16 transfer cycles.
#include <gtest/gtest.h>

#include <map>

#include "data/buffer.h"
#include "ir_builder.h"
#include "sim/simulator.h"
#include "arch/timing_model.h"

namespace datosim::test {
namespace {

using sim::Outcome;
using sim::Report;
using sim::SimOptions;

Report runMapped(const ir::Graph& g, const ir::Mapping& m, const ir::Arch& arch,
                 std::vector<data::Buffer>* tensors = nullptr) {
  auto model = arch::createTimingModel(arch);
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
  auto model = arch::createTimingModel(arch(2));
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
// Two cores on one broadcast of X's 4 tiles: "slow" computes 40 cycles a tile, "fast" 1.
Report runUnevenBroadcast(const std::map<std::string, double>& arch) {
  GraphBuilder b("uneven");
  const int x = b.tensor("X", DType::I32, {4, 16});
  const int task = b.task("core", {2});
  const int arg = b.arg(task, "x", x, {4, 16});
  const int t = b.local(task, "t", DType::I32, {16});
  b.instance(task, "slow", {For(0, 4, {Load(arg, {V(0), C(0)}, t), Busy(40)})}, 1, {0});
  b.instance(task, "fast", {For(0, 4, {Load(arg, {V(0), C(0)}, t), Busy(1)})}, 1, {1});
  const ir::Graph g = b.build();
  const ir::Mapping m = routedMapping(g, {viaMemtile(0, 0, 2, 3, "broadcast"), viaMemtile(1, 0, 2, 4, "broadcast")}, 5);
  return runMapped(g, m, testAieArch(arch));
}

TEST(BufferedDma, ABroadcastAdvancesAtThePaceOfItsSlowestConsumer) {
  Report r = runUnevenBroadcast({{"switch.hop_cycles", 0}, {"ddr.latency_cycles", 10}});
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

// ---------------------------------------------------------------------------------------------
// DDR reads that run ahead of the buffer slots (shim.outstanding_bytes W > 0). A tile's read may be
// requested before a slot is free for it while the tiles requested beyond the free slots total at
// most W bytes; its data streams into its slot at max(slot free, request + DDR latency, channel
// free). testAieArch has W = 0 (a read only once a slot is free, as before).

// One core that waits `delay` cycles, then loads the `tiles` tiles of X (tiles x 16 i32, 64 bytes =
// 16 transfer cycles each) in order and computes `compute` cycles on each.
ir::Graph lateLoader(int tiles, std::int64_t delay, std::int64_t compute) {
  GraphBuilder b("late");
  const int x = b.tensor("X", DType::I32, {tiles, 16});
  const int task = b.task("core");
  const int arg = b.arg(task, "x", x, {tiles, 16});
  const int t = b.local(task, "t", DType::I32, {16});
  Block body;
  if (delay > 0) body.push_back(Busy(delay));
  body.push_back(For(0, tiles, {Load(arg, {V(0), C(0)}, t), Busy(compute)}));
  b.instance(task, "core", std::move(body), 1);
  return b.build();
}

// issue 2, DDR latency 40, no memory-tile or hop latency; the given window.
ir::Arch runAheadArch(double window) {
  return testAieArch({{"dma.issue_cycles", 2},
                      {"ddr.latency_cycles", 40},
                      {"switch.hop_cycles", 0},
                      {"shim.outstanding_bytes", window}});
}

// 8 tiles through a memory tile (depth 2 there and in L1), 1 cycle of compute a tile: the DMA binds.
//
// Run-ahead (W = 4096, every read may go out at once): requests at 2, 4, ..., 16 (one issue each),
// data from 42, 44, ... The fill gives tile 0 a memory-tile slot at 2 and transfers it at 42-58
// (staged 58), tile 1 at 58-74; the forward sends tile 0 at 58-74 (it arrives in L1 at 74), tile 1
// at 74-90. Tile 2's slot frees when tile 0's forward ends (74): its data is there, 74-90, forward
// 90-106; from then on the shim channel and the forward each move one tile every 16 cycles: tiles
// arrive at 74 + 16k, the last at 186, and the core finishes at 187 = issue 2 + latency 40 + two
// transfers (shim, forward) + 7 x 16 + 1. The latency is paid once.
//
// W = 0 (a read only once its slot is free; as before): a slot is held from the read's issue through
// issue + transfer + latency + forward = 2 + 16 + 40 + 16 = 74 cycles, so the two slots deliver two
// tiles per 74 cycles: tiles 0, 1 are staged at 58, 74 and arrive at 74, 90; tile 2's read waits for
// tile 0's slot (74), is issued at 76, transferred 76-92, staged 132, forwarded 132-148; tile 3:
// 90 -> 148 + 16 = 164; then 222, 238, 296, 312: the core finishes at 313.
TEST(RunAheadDma, ALongLoadSequenceStreamsAtTheChannelRateAndPaysTheLatencyOnce) {
  const ir::Graph g = lateLoader(8, 0, 1);
  const ir::Mapping m = routedMapping(g, {viaMemtile(0, 0, 2, 3, "split")}, 5);
  Report ahead = runMapped(g, m, runAheadArch(4096));
  ASSERT_EQ(ahead.outcome, Outcome::Completed);
  EXPECT_EQ(ahead.cycles, 2 + 40 + 16 + 16 + 7 * 16 + 1);  // 187
  EXPECT_EQ(ahead.instances[0].memory, 74 + 7 * 15);       // waits: 74 for tile 0, then 15 a tile
  Report perTile = runMapped(g, m, runAheadArch(0));
  ASSERT_EQ(perTile.outcome, Outcome::Completed);
  EXPECT_EQ(perTile.cycles, 313);
}

// The same without a memory tile (a direct shim -> L1 route): the L1 buffers are the slots (the
// core releases a tile's buffer when it starts its next load).
// Run-ahead: data from 42; tile 0 42-58 (arrives 58), tile 1 58-74; tile 2's slot frees when the
// core, done with tile 0 at 59, starts loading tile 1; its data is there and the channel free at 74:
// 74-90; then one tile every 16 cycles, the last at 170: 171 = 2 + 40 + 8 x 16 + 1.
// W = 0: tiles 0, 1 arrive at 58, 74 (issue 2 and 4, transfers 2-18 and 18-34); tile 2's read waits
// for the core to release tile 0 (59): issue 61, 61-77, arrives 117; tile 3's for the release of
// tile 1 (75): 77-93 -> 133; tile 4 at 118 -> 120-136 -> 176; tile 5 at 134 -> 136-152 -> 192;
// tile 6 at 177 -> 179-195 -> 235; tile 7 at 193 -> 195-211 -> 251: 252.
TEST(RunAheadDma, DirectRoutesRunAheadOfTheirL1Buffers) {
  const ir::Graph g = lateLoader(8, 0, 1);
  const ir::Mapping m = routedMapping(g, {direct(0, 0, 0, false, 0, 1)}, 2);
  EXPECT_EQ(runMapped(g, m, runAheadArch(4096)).cycles, 2 + 40 + 8 * 16 + 1);  // 171
  EXPECT_EQ(runMapped(g, m, runAheadArch(0)).cycles, 252);
}

// A consumer that stalls: the core computes 300 cycles before its first load, then 1 a tile. By
// then L1 holds tiles 0 and 1 and the memory tile tiles 2 and 3; the fetch wants tile 4.
//
// W = 4096: tiles 4-7 were requested long before (data at 50-56). The core takes tile 0 at 300 and
// tile 1 at 301 (releasing tile 0): tile 2 is forwarded 301-317, tile 3 317-333; tile 4 gets tile
// 2's slot at 317 and its data is waiting: shim 317-333, forward 333-349; tiles 5, 6, 7 follow every
// 16 cycles and arrive at 365, 381, 397: 398 = 301 + 6 x 16 + 1.
//
// W = 128 (two tiles beyond the free slots): tiles 4 and 5 were requested during the stall (at 76
// and 92, when tiles 2 and 3 got their slots), tile 6 only when tile 4 gets its slot (317): issued
// 319, data at 359. Tiles 4 and 5 do not pay the latency again: shim 317-333 and 333-349, forward
// 333-349 and 349-365. Tile 6: slot at 349 (tile 4 forwarded), data at 359: shim 359-375, forward
// 375-391; tile 7 (requested at 335, data 375): slot at 365, shim 375-391, forward 391-407: 408.
// The window ran dry after two tiles, so the latency shows once more (10 cycles of it here).
//
// W = 0: tile 4's read is issued only when tile 2's slot frees (317): 319, transfer 319-335, staged
// 375, arrives 391; tile 5 at 333 -> 335-351 -> 391 -> 407; tiles 6, 7 behind them: 465, 481: 482.
TEST(RunAheadDma, AStalledStreamDoesNotPayTheLatencyAgainForTilesAlreadyRequested) {
  const ir::Graph g = lateLoader(8, 300, 1);
  const ir::Mapping m = routedMapping(g, {viaMemtile(0, 0, 2, 3, "split")}, 5);
  EXPECT_EQ(runMapped(g, m, runAheadArch(4096)).cycles, 398);
  EXPECT_EQ(runMapped(g, m, runAheadArch(128)).cycles, 408);
  EXPECT_EQ(runMapped(g, m, runAheadArch(0)).cycles, 482);
}

// A window smaller than a tile lets no read go out ahead of its slot: the per-tile behaviour of
// W = 0 returns (313 and 482, as above; without contention the two are the same cycle for cycle).
TEST(RunAheadDma, AWindowSmallerThanATileGivesThePerTileBehaviourBack) {
  const ir::Graph g = lateLoader(8, 0, 1);
  const ir::Mapping m = routedMapping(g, {viaMemtile(0, 0, 2, 3, "split")}, 5);
  EXPECT_EQ(runMapped(g, m, runAheadArch(63)).cycles, 313);
  const ir::Graph late = lateLoader(8, 300, 1);
  EXPECT_EQ(runMapped(late, m, runAheadArch(63)).cycles, 482);
}

// A broadcast still reads each tile once and advances at the pace of its slowest consumer with
// reads running ahead: the slow core (40 a tile) gets tile 0 at 42 (data at 10, shim 10-26, forward
// 26-42, as with W = 0) and computes 4 x 40; tile 2 is in the memory tile early (58) but goes to both
// cores only when the slow one releases tile 0 (82), tile 3 at 122-138: the fast core finishes at
// 139 and the slow one at 202, as in ABroadcastAdvancesAtThePaceOfItsSlowestConsumer.
TEST(RunAheadDma, ABroadcastSharesItsReadsAheadAndKeepsThePaceOfItsSlowestConsumer) {
  Report r = runUnevenBroadcast({{"switch.hop_cycles", 0}, {"ddr.latency_cycles", 10}, {"shim.outstanding_bytes", 4096}});
  ASSERT_EQ(r.outcome, Outcome::Completed);
  EXPECT_EQ(r.instances[0].finish, 202);
  EXPECT_EQ(r.instances[1].finish, 139);
}

// A cycle limit inside a prefetched run stops it as a cycle limit, not a deadlock.
TEST(BufferedDma, ACycleLimitStopsTheDmaAgentsAndTheInstances) {
  const ir::Graph g = loaders(2, 40);
  const ir::Mapping m = routedMapping(g, {viaMemtile(0, 0, 2, 3, "broadcast"), viaMemtile(1, 0, 2, 4, "broadcast")}, 5);
  const ir::Arch arch = testAieArch();
  auto model = arch::createTimingModel(arch);
  SimOptions o;
  o.mapping = &m;
  o.maxCycles = 50;
  Report r = sim::simulate(g, arch, *model, o);
  EXPECT_EQ(r.outcome, Outcome::CycleLimit);
  EXPECT_EQ(r.cycles, 50);
}

}  // namespace
}  // namespace datosim::test
