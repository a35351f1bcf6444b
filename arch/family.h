// An architecture family (an NPU tile array, an FPGA): what every part of datosim outside the
// family's own folder asks of an architecture instead of testing its model's name. One object per
// family, registered with its timing model (arch/timing_model.cpp, registerBuiltinTimingModels).
// docs/architecture.md, "Where to add" (an architecture family).
#pragma once

#include <map>
#include <string>

#include "arch/timing_model.h"
#include "ir/arch.h"
#include "ir/dtype.h"

namespace datosim::arch {

/// How the mapper lays a graph out on the family (mapper/mapper.cpp chooses the placer by it).
enum class Fabric {
  TileArray,  // instances placed on compute tiles; streams and memory routed through a switch (mapper/npu_placer.cpp)
  Fpga,       // every instance its own hardware; FIFOs, HBM channels, a resource estimate (mapper/fpga_mapper.cpp)
};

/// The rates of the roofline bound (analysis/roofline.cpp) per compute unit of the fabric; 0 where
/// the family does not say.
struct UnitRates {
  std::string unitName = "units";  // "tiles", "PEs"
  int arrayUnits = 0;              // units of the whole fabric when the mapping does not say (0: unknown)
  std::map<ir::DType, double> macs;   // MACs/cycle of one unit when `model` is not set
  std::map<ir::DType, double> lanes;  // vector elements/cycle of one unit
  /// When set, a unit's MACs/cycle come from this model's peak over `arrayUnits`.
  const TimingModel* model = nullptr;

  /// MACs per cycle of one unit for `m` (a mixed pair: its native mode, else its wider dtype's; the
  /// model decides); 0 if unknown.
  double macRate(ir::MacType m) const {
    if (model && arrayUnits > 0) return model->peakMacsPerCycle(m) / arrayUnits;
    auto it = macs.find(m.wide());
    return it == macs.end() ? 0 : it->second;
  }
  double laneRate(ir::DType d) const {
    auto it = lanes.find(d);
    return it == lanes.end() ? 0 : it->second;
  }
};

class Family {
 public:
  virtual ~Family() = default;
  virtual Fabric fabric() const = 0;
  /// The --emit target that generates projects for this family ("npu", "hls"); "" when none does.
  virtual std::string emitTarget() const = 0;
  /// What reports call the whole fabric: "array", "device".
  virtual std::string fabricNoun() const = 0;
  /// The scope of "% of peak" in reports, up to its opening parenthesis's contents, e.g.
  /// "whole array (all 16 tiles: " (`units` > 0: the fabric's unit count when known).
  virtual std::string peakScope(int units) const = 0;
  /// Where stream FIFOs live, for the report's FIFO line ("FIFO memory (BRAM / SRL)").
  virtual std::string fifoMemory(bool placed) const = 0;
  /// The roofline's per-unit rates for a validated config of this family and its timing model.
  virtual UnitRates unitRates(const ir::Arch& a, const TimingModel& model) const = 0;
};

/// The family of a registered timing model; nullptr for an unknown model name.
const Family* findFamily(const std::string& model);
/// The family of a validated config (std::logic_error if its model has none: an internal error).
const Family& familyOf(const ir::Arch& a);

}  // namespace datosim::arch
