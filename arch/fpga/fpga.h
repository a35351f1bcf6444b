// The FPGA family (Vitis HLS processing elements on an Alveo card: u280, u250): its typed
// parameters, each declared once in arch/fpga/hls.cpp with its unit and range, read once from a
// validated config and used by the timing model, the FPGA mapper (mapper/fpga_mapper.cpp) and the
// Vitis HLS emitter (backends/hls/).
#pragma once

#include <cstdint>

#include "arch/family.h"
#include "arch/param_table.h"
#include "arch/params.h"
#include "arch/timing_model.h"
#include "ir/arch.h"

namespace datosim::arch::fpga {

/// Each field is the parameter named in its comment. The device's resources and the resource
/// estimate's parameters are whole numbers (the table checks them) held as reals: the estimate's
/// formulas (mapper/fpga_mapper.cpp) mix them with fractions.
struct FpgaParams {
  double clockMhz = 0;  // clock_mhz
  PerDType macsPerCycle{};  // pe.macs_per_cycle
  double vectorLanes = 0;  // pe.vector_lanes
  std::int64_t pipelineDepthCycles = 0;  // pe.pipeline_depth_cycles
  std::int64_t callOverheadCycles = 0;  // pe.call_overhead_cycles
  PerDType accumulateLatencyCycles{};  // pe.accumulate_latency_cycles
  double streamBytesPerCycle = 0;  // stream.bytes_per_cycle
  std::int64_t streamLatencyCycles = 0;  // stream.latency_cycles
  std::int64_t fifoAccessCycles = 0;  // fifo.access_cycles
  std::int64_t hbmChannels = 0;  // hbm.channels
  double hbmBytesPerCycle = 0;  // hbm.bytes_per_cycle
  std::int64_t hbmLatencyCycles = 0;  // hbm.latency_cycles
  std::int64_t axiIssueCycles = 0;  // axi.issue_cycles
  std::int64_t axiDataWidthBytes = 0;  // axi.data_width_bytes
  std::int64_t axiMaxBurstBeats = 0;  // axi.max_burst_beats
  std::int64_t axiOutstanding = 0;  // axi.outstanding
  std::int64_t axiBoundaryBytes = 0;  // axi.boundary_bytes
  PerDType dspPerMac{};  // dsp_per_mac
  double hostLaunchUs = 0;  // host.launch_us
  double dsp = 0;  // resources.dsp
  double bram36 = 0;  // resources.bram36
  double uram = 0;  // resources.uram
  double lut = 0;  // resources.lut
  double ff = 0;  // resources.ff
  double slrs = 0;  // resources.slrs
  double hbmChannelBytes = 0;  // hbm.channel_bytes
  double bram36Bits = 0;  // bram36.bits
  double uramBits = 0;  // uram.bits
  double uramWidthBits = 0;  // uram.width_bits
  double lutramBitsPerLut = 0;  // lutram.bits_per_lut
  double srlDepthPerLut = 0;  // srl.depth_per_lut
  double estLutramMaxBytes = 0;  // est.lutram_max_bytes
  double estUramMinBytes = 0;  // est.uram_min_bytes
  double estFifoSrlMaxDepth = 0;  // est.fifo_srl_max_depth
  double estFifoSrlMaxBits = 0;  // est.fifo_srl_max_bits
  double estPeLut = 0;  // est.pe_lut
  double estPeFf = 0;  // est.pe_ff
  double estPortLut = 0;  // est.port_lut
  double estPortFfPerByte = 0;  // est.port_ff_per_byte
  double estAxiAdapterLut = 0;  // est.axi_adapter_lut
  double estAxiAdapterLutPerByte = 0;  // est.axi_adapter_lut_per_byte
  double estAxiAdapterFf = 0;  // est.axi_adapter_ff
  double estAxiAdapterFfPerByte = 0;  // est.axi_adapter_ff_per_byte
  double estLutPerDsp = 0;  // est.lut_per_dsp
  double estFfPerDsp = 0;  // est.ff_per_dsp
  double estLutPerLane = 0;  // est.lut_per_lane
  double estFfPerLane = 0;  // est.ff_per_lane
};

/// The declared parameters (each bound to its field of FpgaParams).
const ParamTable<FpgaParams>& paramTable();
/// The parameters of a validated config of the FPGA family.
FpgaParams params(const ir::Arch& a);

/// The FPGA family (every instance its own hardware; --emit=hls).
const Family& family();
/// The `hls` timing model with its parameter table (registered in arch/timing_model.cpp).
TimingModelEntry timingModelEntry();

}  // namespace datosim::arch::fpga
