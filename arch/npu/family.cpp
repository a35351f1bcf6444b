// The NPU family object: what reports, the bound and the placer ask of a tile array.
#include <string>

#include "arch/npu/npu.h"

namespace datosim::arch::npu {

namespace {

class NpuFamily final : public Family {
 public:
  Fabric fabric() const override { return Fabric::TileArray; }
  std::string emitTarget() const override { return "npu"; }
  std::string fabricNoun() const override { return "array"; }
  std::string peakScope(int units) const override {
    return units > 0 ? "whole array (all " + std::to_string(units) + " tiles: " : "whole array (";
  }
  std::string fifoMemory(bool placed) const override {
    return placed ? "L1, both ends of a DMA stream" : "FIFO buffers";
  }
  UnitRates unitRates(const ir::Arch& a, const TimingModel& model) const override {
    const NpuParams p = params(a);
    UnitRates r;
    r.unitName = "tiles";
    r.arrayUnits = static_cast<int>(p.computeTiles());
    r.model = &model;
    for (ir::DType dt : ir::allDTypes()) r.lanes[dt] = of(p.vectorLanes, dt);
    return r;
  }
};

}  // namespace

const Family& family() {
  static const NpuFamily f;
  return f;
}

}  // namespace datosim::arch::npu
