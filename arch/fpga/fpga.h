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

/// Each field is the parameter named in its comment.
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
  std::int64_t dsp = 0;  // resources.dsp
  std::int64_t bram36 = 0;  // resources.bram36
  std::int64_t uram = 0;  // resources.uram
  std::int64_t lut = 0;  // resources.lut
  std::int64_t ff = 0;  // resources.ff
  std::int64_t slrs = 0;  // resources.slrs
  std::int64_t hbmChannelBytes = 0;  // hbm.channel_bytes
  std::int64_t bram36Bits = 0;  // bram36.bits
  std::int64_t uramBits = 0;  // uram.bits
  std::int64_t uramWidthBits = 0;  // uram.width_bits
  std::int64_t lutramBitsPerLut = 0;  // lutram.bits_per_lut
  std::int64_t srlDepthPerLut = 0;  // srl.depth_per_lut
  std::int64_t estLutramMaxBytes = 0;  // est.lutram_max_bytes
  std::int64_t estUramMinBytes = 0;  // est.uram_min_bytes
  std::int64_t estFifoSrlMaxDepth = 0;  // est.fifo_srl_max_depth
  std::int64_t estFifoSrlMaxBits = 0;  // est.fifo_srl_max_bits
  std::int64_t estPeLut = 0;  // est.pe_lut
  std::int64_t estPeFf = 0;  // est.pe_ff
  std::int64_t estPortLut = 0;  // est.port_lut
  double estPortFfPerByte = 0;  // est.port_ff_per_byte
  std::int64_t estAxiAdapterLut = 0;  // est.axi_adapter_lut
  double estAxiAdapterLutPerByte = 0;  // est.axi_adapter_lut_per_byte
  std::int64_t estAxiAdapterFf = 0;  // est.axi_adapter_ff
  double estAxiAdapterFfPerByte = 0;  // est.axi_adapter_ff_per_byte
  std::int64_t estLutPerDsp = 0;  // est.lut_per_dsp
  std::int64_t estFfPerDsp = 0;  // est.ff_per_dsp
  std::int64_t estLutPerLane = 0;  // est.lut_per_lane
  std::int64_t estFfPerLane = 0;  // est.ff_per_lane
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
