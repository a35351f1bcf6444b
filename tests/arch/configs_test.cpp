// The shipped architecture configs: they load, fit their timing model exactly, and say where
// every number comes from.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <set>
#include <string>

#include "frontend/frontend.h"
#include "arch/timing_model.h"

namespace datosim {
namespace {

// Every config in configs/, so that a new one is checked without touching this file.
std::vector<std::string> shippedConfigs() {
  std::vector<std::string> names;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(DATOSIM_CONFIG_DIR, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".json") names.push_back(it->path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::optional<ir::Arch> load(const std::string& name, Diagnostics& d) {
  return frontend::loadArch(name, {DATOSIM_CONFIG_DIR}, d);
}

TEST(ShippedConfigs, IncludeTheNpuAndTheFpga) {
  std::vector<std::string> names = shippedConfigs();
  for (const char* want : {"npu1", "npu2", "npu4x4", "u250", "u280"})
    EXPECT_NE(std::find(names.begin(), names.end(), want), names.end()) << want;
}

class ShippedConfig : public ::testing::TestWithParam<std::string> {};

TEST_P(ShippedConfig, LoadsWithoutDiagnostics) {
  Diagnostics d;
  auto a = load(GetParam(), d);
  ASSERT_TRUE(a) << d.str();
  EXPECT_TRUE(d.all().empty()) << d.str();
  EXPECT_EQ(a->name, GetParam()) << "the config's name should match its file name";
  EXPECT_FALSE(a->description.empty());
}

TEST_P(ShippedConfig, PassesValidateArch) {
  Diagnostics d;
  auto a = load(GetParam(), d);
  ASSERT_TRUE(a) << d.str();
  EXPECT_TRUE(arch::validateArch(*a, d)) << d.str();
  EXPECT_FALSE(d.hasErrors()) << d.str();
  EXPECT_NE(arch::createTimingModel(*a), nullptr);
}

TEST_P(ShippedConfig, HasExactlyTheModelsParameters) {
  Diagnostics d;
  auto a = load(GetParam(), d);
  ASSERT_TRUE(a) << d.str();
  const arch::TimingModelEntry* entry = arch::TimingModelRegistry::builtin().find(a->model);
  ASSERT_NE(entry, nullptr) << a->model;
  std::set<std::string> want, have;
  for (const arch::ParamSpec& p : entry->params) want.insert(p.key);
  for (const auto& kv : a->params) {
    // Keys of an optional parameter family (e.g. measured matmul cycles) are extra, not missing.
    bool family = false;
    for (const arch::ParamFamily& f : entry->families) family = family || f.matches(kv.first);
    if (!family) have.insert(kv.first);
  }
  EXPECT_EQ(have, want);
  for (const arch::ParamSpec& p : entry->params) {
    if (!a->has(p.key)) continue;
    double v = a->get(p.key);
    EXPECT_GE(v, p.min) << p.key;
    EXPECT_LE(v, p.max) << p.key;
    if (p.integer) {
      EXPECT_EQ(v, std::floor(v)) << p.key;
    }
  }
}

TEST_P(ShippedConfig, EveryNumberHasAnHonestSource) {
  Diagnostics d;
  auto a = load(GetParam(), d);
  ASSERT_TRUE(a) << d.str();
  for (const auto& [key, p] : a->params) {
    EXPECT_GE(p.source.size(), 10u) << key << ": a source names a document, an issue, or an estimate";
    EXPECT_EQ(p.loc.pointer, "/params/" + key);
    // An estimate must say why, and that it is not a measured or documented figure.
    if (p.source.rfind("estimate", 0) == 0) {
      bool honest = p.source.find("unverified") != std::string::npos ||
                    p.source.find("design choice") != std::string::npos;
      EXPECT_TRUE(honest) << key << ": " << p.source;
      EXPECT_NE(p.source.find(':'), std::string::npos) << key << ": an estimate gives its reasoning";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Configs, ShippedConfig, ::testing::ValuesIn(shippedConfigs()),
                         [](const ::testing::TestParamInfo<std::string>& i) {
                           std::string name = i.param;
                           for (char& c : name)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

TEST(Npu4x4, IsTheFourColumnNpu1Array) {
  Diagnostics d;
  auto a = load("npu4x4", d);
  ASSERT_TRUE(a) << d.str();
  EXPECT_EQ(a->model, "aie-ml");
  EXPECT_EQ(a->get("array.columns"), 4);
  EXPECT_EQ(a->get("array.compute_rows"), 4);
  EXPECT_EQ(a->get("array.mem_rows"), 1);
  EXPECT_EQ(a->get("array.shim_rows"), 1);
  // AM020 ratios: int8 is 4x int16, int4 2x int8, bf16 2x int16.
  EXPECT_EQ(a->get("macs_per_cycle.i8"), 4 * a->get("macs_per_cycle.i16"));
  EXPECT_EQ(a->get("macs_per_cycle.i4"), 2 * a->get("macs_per_cycle.i8"));
  EXPECT_EQ(a->get("macs_per_cycle.bf16"), 2 * a->get("macs_per_cycle.i16"));
  EXPECT_EQ(a->get("compute.l1_bytes"), 64 * 1024);
  EXPECT_EQ(a->get("memtile.bytes"), 512 * 1024);
  // Each matmul intrinsic r x s x t issues at the peak: one per cycle for the dtypes mlir-aie maps.
  for (const char* t : {"i8", "i16", "bf16"})
    EXPECT_EQ(a->get(std::string("mmul.r.") + t) * a->get(std::string("mmul.s.") + t) *
                  a->get(std::string("mmul.t.") + t),
              a->get(std::string("macs_per_cycle.") + t))
        << t;
}

TEST(Npu4x4, PeakIsSixteenTilesOfInt16Macs) {
  Diagnostics d;
  auto a = load("npu4x4", d);
  ASSERT_TRUE(a) << d.str();
  ASSERT_TRUE(arch::validateArch(*a, d)) << d.str();
  auto model = arch::createTimingModel(*a);
  ASSERT_NE(model, nullptr);
  EXPECT_DOUBLE_EQ(model->peakMacsPerCycle(ir::DType::I16), 16 * 64);
  EXPECT_DOUBLE_EQ(model->peakMacsPerCycle(ir::DType::I8), 16 * 256);
  EXPECT_DOUBLE_EQ(model->clockHz(), 1e9);
}

TEST(U280, HbmAddsUpToTheDocumentedBandwidth) {
  Diagnostics d;
  auto a = load("u280", d);
  ASSERT_TRUE(a) << d.str();
  EXPECT_EQ(a->model, "hls");
  EXPECT_EQ(a->get("hbm.channels"), 32);
  double gbps = a->get("hbm.channels") * a->get("hbm.bytes_per_cycle") * a->get("clock_mhz") * 1e6 / 1e9;
  EXPECT_NEAR(gbps, 460, 460 * 0.01);  // UG1393: 32 x 14.375 GB/s
  EXPECT_EQ(a->get("resources.slrs"), 3);
  EXPECT_LT(a->get("dsp_per_mac.i8"), a->get("dsp_per_mac.i16"));
  EXPECT_GT(a->get("dsp_per_mac.f32"), a->get("dsp_per_mac.i16"));
}

// The full Phoenix array: the npu4x4 tile with a fifth column. Every tile-level number is the same.
TEST(Npu1, IsTheFiveColumnPhoenixArrayWithTheNpu4x4Tile) {
  Diagnostics d;
  auto a = load("npu1", d);
  auto b = load("npu4x4", d);
  ASSERT_TRUE(a && b) << d.str();
  EXPECT_EQ(a->model, "aie-ml");
  EXPECT_EQ(a->get("array.columns"), 5);
  EXPECT_EQ(a->get("array.compute_rows"), 4);
  for (const auto& [key, p] : b->params) {
    if (key == "array.columns" || key == "shim.first_dma_column") continue;
    EXPECT_EQ(a->get(key), p.value) << key;
  }
  // Column 0's shim tile has no DMA (mlir-aie NPUTargetModel): the shim DMAs are in columns 1-4,
  // so the DDR channels are those of 4 columns, 8 MM2S + 8 S2MM, as on npu4x4 (every column).
  EXPECT_EQ(a->get("shim.first_dma_column"), 1);
  EXPECT_EQ(b->get("shim.first_dma_column"), 0);
  ASSERT_TRUE(arch::validateArch(*a, d)) << d.str();
  auto model = arch::createTimingModel(*a);
  EXPECT_EQ(model->memorySystem().readChannels, 8);
  EXPECT_EQ(model->memorySystem().writeChannels, 8);
  EXPECT_EQ(arch::createTimingModel(*b)->memorySystem().readChannels, 8);
  EXPECT_DOUBLE_EQ(model->peakMacsPerCycle(ir::DType::I8), 20 * 256);  // 20 tiles
  // 20 x 256 x 2 x 1 GHz = 10.24 TOPS, the marketed 10 TOPS of Phoenix within 5%.
  EXPECT_NEAR(2 * model->peakMacsPerCycle(ir::DType::I8) * model->clockHz() / 1e12, 10, 0.5);
}

TEST(Npu2, IsTheEightColumnStrixArrayWithAie2pRates) {
  Diagnostics d;
  auto a = load("npu2", d);
  ASSERT_TRUE(a) << d.str();
  EXPECT_EQ(a->model, "aie-ml");
  EXPECT_EQ(a->get("array.columns"), 8);
  EXPECT_EQ(a->get("array.compute_rows"), 4);
  EXPECT_EQ(a->get("shim.first_dma_column"), 0);  // every Strix column has its shim DMA
  EXPECT_EQ(a->get("macs_per_cycle.i8"), 512);    // 8x8x8 mmul
  EXPECT_EQ(a->get("macs_per_cycle.i16"), 128);   // 4x4x8 mmul
  EXPECT_EQ(a->get("macs_per_cycle.bf16"), 512);  // bfp16 emulation, 8x8x8
  EXPECT_NE(a->params.at("macs_per_cycle.bf16").source.find("bfp16"), std::string::npos);
  ASSERT_TRUE(arch::validateArch(*a, d)) << d.str();
  auto model = arch::createTimingModel(*a);
  EXPECT_DOUBLE_EQ(model->peakMacsPerCycle(ir::DType::I8), 32 * 512);
  // The marketed 50 TOPS of Strix within 5%.
  EXPECT_NEAR(2 * model->peakMacsPerCycle(ir::DType::I8) * model->clockHz() / 1e12, 50, 2.5);
}

TEST(U250, DdrChannelsAddUpToTheDocumentedBandwidth) {
  Diagnostics d;
  auto a = load("u250", d);
  ASSERT_TRUE(a) << d.str();
  EXPECT_EQ(a->model, "hls");
  EXPECT_EQ(a->get("hbm.channels"), 4);  // DDR4 channels through the model's hbm.* keys
  EXPECT_NE(a->params.at("hbm.channels").source.find("DDR4"), std::string::npos);
  double gbps = a->get("hbm.channels") * a->get("hbm.bytes_per_cycle") * a->get("clock_mhz") * 1e6 / 1e9;
  EXPECT_NEAR(gbps, 76.8, 76.8 * 0.01);  // 4 x DDR4-2400 x 8 bytes
  EXPECT_EQ(a->get("resources.slrs"), 4);
  EXPECT_GT(a->get("resources.dsp"), 9024);  // more DSPs than the U280
}

}  // namespace
}  // namespace datosim
