// Two simulation reports that must agree (two engines, or a run with data and one without): the same
// outcome, cycles, totals and every per-instance and per-stream statistic.
#pragma once

#include <gtest/gtest.h>

#include "sim/simulator.h"

namespace datosim::testing {

inline void expectSameReport(const sim::Report& a, const sim::Report& b) {
  EXPECT_EQ(sim::outcomeName(a.outcome), sim::outcomeName(b.outcome));
  EXPECT_EQ(a.cycles, b.cycles);
  EXPECT_EQ(a.macs, b.macs);
  EXPECT_EQ(a.vectorOps, b.vectorOps);
  EXPECT_EQ(a.peakDType, b.peakDType);
  ASSERT_EQ(a.instances.size(), b.instances.size());
  for (std::size_t i = 0; i < a.instances.size(); ++i) {
    const sim::InstanceStats &x = a.instances[i], &y = b.instances[i];
    SCOPED_TRACE(x.name);
    EXPECT_EQ(x.busy, y.busy);
    EXPECT_EQ(x.compute, y.compute);
    EXPECT_EQ(x.memory, y.memory);
    EXPECT_EQ(x.blockedGet, y.blockedGet);
    EXPECT_EQ(x.blockedPut, y.blockedPut);
    EXPECT_EQ(x.coreWait, y.coreWait);
    EXPECT_EQ(x.finish, y.finish);
    EXPECT_EQ(x.macs, y.macs);
    EXPECT_EQ(x.vectorOps, y.vectorOps);
  }
  ASSERT_EQ(a.streams.size(), b.streams.size());
  for (std::size_t i = 0; i < a.streams.size(); ++i) {
    SCOPED_TRACE(a.streams[i].name);
    EXPECT_EQ(a.streams[i].tokens, b.streams[i].tokens);
    EXPECT_EQ(a.streams[i].peak, b.streams[i].peak);
    EXPECT_EQ(a.streams[i].left, b.streams[i].left);
  }
}

}  // namespace datosim::testing
