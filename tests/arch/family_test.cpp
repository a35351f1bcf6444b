// The architecture families (arch/family.h): every built-in model has one, the typed parameter
// structs are filled from exactly the keys they declare (one field per key), and the family objects
// answer what the mapper, reports and emitters ask of them.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include "arch/family.h"
#include "arch/fpga/fpga.h"
#include "arch/npu/npu.h"
#include "arch/timing_model.h"
#include "frontend/frontend.h"

namespace datosim {
namespace {

ir::Arch loadConfig(const std::string& name) {
  Diagnostics d;
  std::optional<ir::Arch> a = frontend::loadArch(name, {DATOSIM_CONFIG_DIR}, d);
  EXPECT_TRUE(a && arch::validateArch(*a, d)) << d.str();
  return a ? *a : ir::Arch{};
}

TEST(Families, EveryBuiltinModelHasOne) {
  for (const arch::TimingModelEntry& e : arch::TimingModelRegistry::builtin().entries()) {
    EXPECT_NE(e.family, nullptr) << e.name;
    EXPECT_EQ(arch::findFamily(e.name), e.family) << e.name;
  }
  EXPECT_EQ(arch::findFamily("no-such-model"), nullptr);
  ir::Arch unknown;
  unknown.model = "no-such-model";
  EXPECT_THROW(arch::familyOf(unknown), std::logic_error);
}

TEST(Families, ShippedConfigsBelongToTheirFamily) {
  for (const char* n : {"npu1", "npu2", "npu4x4"}) {
    const arch::Family& f = arch::familyOf(loadConfig(n));
    EXPECT_EQ(&f, &arch::npu::family()) << n;
    EXPECT_EQ(f.fabric(), arch::Fabric::TileArray);
    EXPECT_EQ(f.emitTarget(), "npu");
    EXPECT_EQ(f.fabricNoun(), "array");
  }
  for (const char* n : {"u250", "u280"}) {
    const arch::Family& f = arch::familyOf(loadConfig(n));
    EXPECT_EQ(&f, &arch::fpga::family()) << n;
    EXPECT_EQ(f.fabric(), arch::Fabric::Fpga);
    EXPECT_EQ(f.emitTarget(), "hls");
    EXPECT_EQ(f.fabricNoun(), "device");
  }
}

// A value for `spec` that differs from `v` and is still in its range.
double otherValue(const arch::ParamSpec& spec, double v) {
  if (spec.integer) return v + 1 <= spec.max ? v + 1 : v - 1;
  const double up = v * 1.5 + 1;
  return up <= spec.max ? up : (v + spec.min) / 2;
}

// Each declared key is read into a field of its own: changing one key's value in a shipped config
// changes what the table reads back for that key and for no other.
template <class P>
void expectOneFieldPerKey(const arch::ParamTable<P>& table, const ir::Arch& base) {
  const std::vector<arch::ParamSpec> specs = table.specs();
  const std::vector<double> ref = table.values(table.read(base));
  ASSERT_EQ(ref.size(), specs.size());
  for (std::size_t i = 0; i < specs.size(); ++i) {
    EXPECT_EQ(ref[i], base.get(specs[i].key)) << specs[i].key << " is not read into its field";
    ir::Arch changed = base;
    changed.params[specs[i].key].value = otherValue(specs[i], base.get(specs[i].key));
    Diagnostics d;
    ASSERT_TRUE(arch::validateArch(changed, d)) << specs[i].key << ": " << d.str();
    const std::vector<double> got = table.values(table.read(changed));
    for (std::size_t j = 0; j < specs.size(); ++j) {
      if (j == i) EXPECT_EQ(got[j], changed.get(specs[i].key)) << specs[i].key;
      else EXPECT_EQ(got[j], ref[j]) << "changing " << specs[i].key << " changed " << specs[j].key;
    }
  }
}

TEST(Families, NpuParametersAreEachReadIntoTheirOwnField) {
  expectOneFieldPerKey(arch::npu::paramTable(), loadConfig("npu4x4"));
}

TEST(Families, FpgaParametersAreEachReadIntoTheirOwnField) {
  expectOneFieldPerKey(arch::fpga::paramTable(), loadConfig("u280"));
}

TEST(Families, TheTablesDeclareExactlyTheModelsParameters) {
  const auto keys = [](const std::vector<arch::ParamSpec>& v) {
    std::vector<std::string> k;
    for (const arch::ParamSpec& s : v) k.push_back(s.key);
    return k;
  };
  EXPECT_EQ(keys(arch::npu::paramTable().specs()), keys(arch::TimingModelRegistry::builtin().find("aie-ml")->params));
  EXPECT_EQ(keys(arch::fpga::paramTable().specs()), keys(arch::TimingModelRegistry::builtin().find("hls")->params));
}

TEST(Families, NpuPairModesAndMeasuredShapesAreTyped) {
  const arch::npu::NpuParams p = arch::npu::params(loadConfig("npu4x4"));
  EXPECT_EQ(p.computeTiles(), p.columns * p.computeRows);
  // npu4x4 declares a native i8 x i4 mode (configs/npu4x4.json): all five of its keys are read.
  auto it = p.pairs.find(ir::MacType(ir::DType::I8, ir::DType::I4));
  ASSERT_NE(it, p.pairs.end());
  EXPECT_GT(it->second.macs, 0);
  EXPECT_GT(it->second.r * it->second.s * it->second.t, 0);
}

TEST(Families, RooflineRatesComeFromTheFamily) {
  const ir::Arch npu = loadConfig("npu4x4");
  const auto npuModel = arch::createTimingModel(npu);
  const arch::UnitRates r = arch::familyOf(npu).unitRates(npu, *npuModel);
  EXPECT_EQ(r.unitName, "tiles");
  EXPECT_EQ(r.arrayUnits, 16);
  EXPECT_EQ(r.macRate(ir::MacType(ir::DType::I16)), npuModel->peakMacsPerCycle(ir::DType::I16) / 16);
  EXPECT_EQ(r.laneRate(ir::DType::BF16), npu.get("vector_lanes.bf16"));
  const ir::Arch fpga = loadConfig("u280");
  const auto fpgaModel = arch::createTimingModel(fpga);
  const arch::UnitRates f = arch::familyOf(fpga).unitRates(fpga, *fpgaModel);
  EXPECT_EQ(f.unitName, "PEs");
  EXPECT_EQ(f.macRate(ir::MacType(ir::DType::I8)), fpga.get("pe.macs_per_cycle.i8"));
  EXPECT_EQ(f.laneRate(ir::DType::F32), fpga.get("pe.vector_lanes"));
}

}  // namespace
}  // namespace datosim
