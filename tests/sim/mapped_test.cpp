// Mapped runs (docs/timing.md, "Mapped runs") on hand-built mappings: shared cores serialise
// computes, shared-memory hand-offs cost no transfer, DMA routes pay transfer and hop latency.
// Unless a test says otherwise the architecture is testAieArch(): stream 4 bytes/cycle, latency 0,
// lock 0, shared-memory latency 0, 1 cycle per extra hop.
#include <gtest/gtest.h>

#include "ir_builder.h"
#include "sim/simulator.h"
#include "arch/timing_model.h"

namespace datosim::test {
namespace {

using sim::Outcome;
using sim::Report;
using sim::SimOptions;

Report runMapped(const ir::Graph& g, const ir::Mapping& m, const ir::Arch& arch = testAieArch()) {
  auto model = arch::createTimingModel(arch);
  SimOptions o;
  o.mapping = &m;
  return sim::simulate(g, arch, *model, o);
}

// `groups[k]` on compute tile k; streams all of route `kind` (with `hops`).
ir::Mapping handMapping(const ir::Graph& g, const std::vector<std::vector<int>>& groups, ir::RouteKind kind, int hops) {
  ir::Mapping m;
  m.archName = "test-aie";
  m.groupOf.assign(g.instances.size(), -1);
  for (std::size_t k = 0; k < groups.size(); ++k) {
    ir::Tile t;
    t.col = static_cast<int>(k);
    t.row = 2;
    m.tiles.push_back(t);
    m.groups.push_back({groups[k], static_cast<int>(k), groups[k].size() > 1 ? "bundle" : "single"});
    for (int id : groups[k]) m.groupOf[static_cast<std::size_t>(id)] = static_cast<int>(k);
  }
  m.use.resize(m.tiles.size());
  for (std::size_t s = 0; s < g.streamInsts.size(); ++s) {
    ir::StreamRoute r;
    r.kind = kind;
    r.hops = hops;
    m.streams.push_back(r);
  }
  return m;
}

// a and b, independent, each compute 10 cycles twice, on one tile. The core goes to the lower
// instance id first: a 0-10, b 10-20 (asked at 0), a 20-30 (asked at 10), b 30-40 (asked at 20).
TEST(Mapped, InstancesOnOneTileShareItsCore) {
  GraphBuilder b("shared");
  int ta = b.task("a"), tb = b.task("b");
  b.instance(ta, "a", {Busy(10), Busy(10)});
  b.instance(tb, "b", {Busy(10), Busy(10)});
  ir::Graph g = b.build();
  Report r = runMapped(g, handMapping(g, {{0, 1}}, ir::RouteKind::Local, 0));
  ASSERT_EQ(r.outcome, Outcome::Completed);
  EXPECT_EQ(r.instances[0].finish, 30);
  EXPECT_EQ(r.instances[1].finish, 40);
  EXPECT_EQ(r.instances[0].coreWait, 10);
  EXPECT_EQ(r.instances[1].coreWait, 20);
  EXPECT_EQ(r.instances[1].compute, 20);
  // On two tiles they run side by side.
  Report apart = runMapped(g, handMapping(g, {{0}, {1}}, ir::RouteKind::Local, 0));
  EXPECT_EQ(apart.cycles, 20);
  EXPECT_EQ(apart.instances[1].coreWait, 0);
}

// src: 4 x (busy 2, put); mid: 4 x (get, busy 3, put); sink: 4 x (get, busy 1); scalar i32 tokens.
ir::Graph pipeline() {
  GraphBuilder b("pipeline3");
  b.stream("s1", DType::I32, {}, 2);
  b.stream("s2", DType::I32, {}, 2);
  int tSrc = b.task("src"), tMid = b.task("mid"), tSink = b.task("sink");
  int x = b.local(tSrc, "x", DType::I32), y = b.local(tMid, "y", DType::I32), z = b.local(tSink, "z", DType::I32);
  b.instance(tSrc, "src", {For(0, 4, {Busy(2), Put(b.ref("s1"), x)})}, 1);
  b.instance(tMid, "mid", {For(0, 4, {Get(b.ref("s1"), y), Busy(3), Put(b.ref("s2"), y)})}, 1);
  b.instance(tSink, "sink", {For(0, 4, {Get(b.ref("s2"), z), Busy(1)})}, 1);
  return b.build();
}

// Shared memory: no transfer, no latency. src puts at 2, 4, 6, 8. mid gets at 2, puts at 5, gets
// token 2 (visible at 4) at 5, puts at 8, then 11, 14: finishes at 14. sink gets at 5, 8, 11, 14
// and finishes at 15.
TEST(Mapped, SharedMemoryHandOffCostsNoTransfer) {
  ir::Graph g = pipeline();
  Report r = runMapped(g, handMapping(g, {{0}, {1}, {2}}, ir::RouteKind::SharedMemory, 0));
  ASSERT_EQ(r.outcome, Outcome::Completed);
  EXPECT_EQ(r.instances[0].finish, 8);
  EXPECT_EQ(r.instances[1].finish, 14);
  EXPECT_EQ(r.cycles, 15);
  EXPECT_EQ(r.instances[0].busy, 8);  // computes only: a put is free
}

// DMA over 3 hops: X = ceil(4 / 4) = 1, L = 0 + (3 - 1) x 1 = 2. src puts at 2, 5, 8, 11 (done a
// cycle later, visible 2 after that: 5, 8, 11, 14). mid gets at 5, computes to 8, puts 8-9
// (visible 11), and from then on is the bottleneck at 4 cycles a token: gets at 5, 9, 13, 17, puts
// at 8, 12, 16, 20, finishes at 21. sink gets at 11, 15, 19, 23 and finishes at 24.
TEST(Mapped, DmaRoutePaysTransferAndHops) {
  ir::Graph g = pipeline();
  Report r = runMapped(g, handMapping(g, {{0}, {1}, {2}}, ir::RouteKind::Dma, 3));
  ASSERT_EQ(r.outcome, Outcome::Completed);
  EXPECT_EQ(r.instances[1].finish, 21);
  EXPECT_EQ(r.cycles, 24);
  Report near = runMapped(g, handMapping(g, {{0}, {1}, {2}}, ir::RouteKind::Dma, 1));
  EXPECT_EQ(near.cycles, 24 - 2 * 2);  // two streams on the critical path, 2 cycles less latency each
}

TEST(Mapped, AMappingOfAnotherGraphIsAnError) {
  ir::Graph g = pipeline();
  ir::Mapping m = handMapping(g, {{0}, {1}, {2}}, ir::RouteKind::Dma, 1);
  m.streams.pop_back();
  Report r = runMapped(g, m);
  ASSERT_EQ(r.outcome, Outcome::RuntimeError);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_NE(r.errors[0].message.find("the mapping does not fit this graph: it routes 1 streams, the graph has 2"),
            std::string::npos)
      << r.errors[0].message;
}

}  // namespace
}  // namespace datosim::test
