// The FPGA family object: what reports, the bound and the mapper ask of an FPGA.
#include <string>

#include "arch/fpga/fpga.h"

namespace datosim::arch::fpga {

namespace {

class FpgaFamily final : public Family {
 public:
  Fabric fabric() const override { return Fabric::Fpga; }
  std::string emitTarget() const override { return "hls"; }
  std::string fabricNoun() const override { return "device"; }
  std::string peakScope(int) const override { return "whole device (all its DSPs: "; }
  std::string fifoMemory(bool) const override { return "FIFO memory (BRAM / SRL)"; }
  UnitRates unitRates(const ir::Arch& a, const TimingModel&) const override {
    const FpgaParams p = params(a);
    UnitRates r;
    r.unitName = "PEs";
    for (ir::DType dt : ir::allDTypes()) {
      r.macs[dt] = of(p.macsPerCycle, dt);
      r.lanes[dt] = p.vectorLanes;
    }
    return r;
  }
};

}  // namespace

const Family& family() {
  static const FpgaFamily f;
  return f;
}

}  // namespace datosim::arch::fpga
