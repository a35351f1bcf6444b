// The NPU family (AMD AIE-ML tile arrays: Ryzen AI npu1, npu2): its typed parameters, each declared
// once in arch/npu/aie_ml.cpp with its unit and range, read once from a validated config and used by
// the timing model, the placer (mapper/npu_placer.cpp) and the MLIR-AIE emitter (backends/npu/).
#pragma once

#include <cstdint>
#include <map>
#include <tuple>

#include "arch/family.h"
#include "arch/param_table.h"
#include "arch/params.h"
#include "arch/timing_model.h"
#include "ir/arch.h"
#include "ir/dtype.h"

namespace datosim::arch::npu {

/// The parameters of one MMUL mode (a dtype, or a mixed pair).
struct MmulMode {
  double macs = 0;
  std::int64_t r = 0, s = 0, t = 0, blockCycles = 0;
};

/// `matmul.cycles.<dtype>.<m>x<k>x<n>`: the measured cycles of one matmul call of that shape.
struct MeasuredShape {
  ir::MacType mac;
  std::int64_t m = 0, k = 0, n = 0;
  bool operator<(const MeasuredShape& o) const { return std::tie(mac, m, k, n) < std::tie(o.mac, o.m, o.k, o.n); }
};

struct NpuParams {
  double clockMhz = 0;
  // The array: rows of shim, memory and compute tiles, bottom to top, in `columns` columns.
  std::int64_t columns = 0, computeRows = 0, memRows = 0, shimRows = 0;
  // A compute tile's datapaths, per dtype: MACs/cycle, vector lanes, the r x s x t MMUL intrinsic
  // and the cycles a matmul kernel spends per output block beyond its reduction.
  PerDType macsPerCycle{}, vectorLanes{}, mmulR{}, mmulS{}, mmulT{}, blockCycles{};
  std::int64_t kernelCallCycles = 0, lockCycles = 0;
  double streamBytesPerCycle = 0;
  std::int64_t streamLatencyCycles = 0, dmaIssueCycles = 0;
  std::int64_t shimMm2s = 0, shimS2mm = 0, firstDmaColumn = 0;
  double shimBytesPerCycle = 0;
  std::int64_t shimBds = 0, ddrLatencyCycles = 0, shimOutstandingBytes = 0;
  std::int64_t l1Bytes = 0, programBytes = 0, computeDmaIn = 0, computeDmaOut = 0, computeBds = 0, computeLocks = 0;
  std::int64_t memtileBytes = 0, memtileDmaIn = 0, memtileDmaOut = 0, memtileBds = 0, memtileLocks = 0;
  std::int64_t stackBytes = 0, hopCycles = 0, sharedMemoryLatencyCycles = 0, memtileLatencyCycles = 0;
  double hostLaunchUs = 0;
  std::int64_t bufferDepth = 0;
  // The optional families: native mixed-precision modes (all five keys given) and measured shapes.
  std::map<ir::MacType, MmulMode> pairs;
  std::map<MeasuredShape, std::int64_t> measured;

  std::int64_t computeTiles() const { return columns * computeRows; }
};

/// The declared parameters (each bound to its field of NpuParams).
const ParamTable<NpuParams>& paramTable();
/// The parameters of a validated config of the NPU family.
NpuParams params(const ir::Arch& a);

/// The NPU family (tile array; --emit=npu).
const Family& family();
/// The `aie-ml` timing model with its parameter table (registered in arch/timing_model.cpp).
TimingModelEntry timingModelEntry();

}  // namespace datosim::arch::npu
