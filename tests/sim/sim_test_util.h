// Running a hand-built graph and reading its report, shared by the simulator tests.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "ir_builder.h"
#include "sim/simulator.h"
#include "arch/timing_model.h"

namespace datosim::test {

/// Validate `arch` (a failure is a broken test) and simulate `g` on it.
inline sim::Report run(const ir::Graph& g, const ir::Arch& arch = testAieArch(), sim::SimOptions opts = {}) {
  Diagnostics d;
  EXPECT_TRUE(arch::validateArch(arch, d)) << d.str();
  std::unique_ptr<arch::TimingModel> model = arch::createTimingModel(arch);
  return sim::simulate(g, arch, *model, opts);
}

/// The statistics of the instance called `name`.
inline const sim::InstanceStats& inst(const ir::Graph& g, const sim::Report& r, const std::string& name) {
  int id = g.findInstance(name);
  EXPECT_GE(id, 0) << name;
  return r.instances.at(static_cast<std::size_t>(id));
}

}  // namespace datosim::test
