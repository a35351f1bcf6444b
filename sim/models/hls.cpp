// Timing model of FPGA processing elements written in Vitis HLS (e.g. an Alveo U280): pipelined
// MAC and vector loops, hls::stream FIFOs, HBM pseudo-channels behind AXI masters.
// Formulas: docs/timing.md.
#include "sim/models/models.h"

#include "sim/cycles.h"

namespace datosim::sim {

namespace {

class HlsModel final : public TimingModel {
 public:
  explicit HlsModel(const ir::Arch& a)
      : clockHz_(a.get("clock_mhz") * 1e6),
        macs_(perDTypeValues(a, "pe.macs_per_cycle")),
        lanes_(a.get("pe.vector_lanes")),
        depth_(intValue(a, "pe.pipeline_depth_cycles")),
        overhead_(intValue(a, "pe.call_overhead_cycles")),
        streamRate_(a.get("stream.bytes_per_cycle")),
        streamLatency_(intValue(a, "stream.latency_cycles")),
        fifoAccess_(intValue(a, "fifo.access_cycles")),
        hbmChannels_(intValue(a, "hbm.channels")),
        hbmRate_(a.get("hbm.bytes_per_cycle")),
        hbmLatency_(intValue(a, "hbm.latency_cycles")),
        axiIssue_(intValue(a, "axi.issue_cycles")),
        dspPerMac_(perDTypeValues(a, "dsp_per_mac")),
        dsps_(a.get("resources.dsp")) {}

  std::string name() const override { return "hls"; }

  std::int64_t computeCycles(const ir::KernelInfo& k, const ir::KernelWork& w) const override {
    const std::int64_t fixed = depth_ + overhead_;
    switch (k.cls) {
      case ir::KernelClass::Mac:
        return ceilCycles(static_cast<double>(w.macs), of(macs_, w.dtype)) + fixed;
      case ir::KernelClass::Vector:
      case ir::KernelClass::Reduction:
        return ceilCycles(static_cast<double>(w.vectorOps), lanes_) + fixed;
      case ir::KernelClass::Move:
        return ceilCycles(static_cast<double>(w.elements), lanes_) + fixed;
      case ir::KernelClass::Custom:
        return fixed;
    }
    return fixed;
  }

  // In a pipelined loop a compute is an operation of the loop's pipeline, not a call: it holds its
  // datapath for its work at the PE's rate and its result comes out pipeline_depth cycles later;
  // there is no call overhead.
  bool pipelinesLoops() const override { return true; }

  PipelinedCost pipelinedComputeCycles(const ir::KernelInfo& k, const ir::KernelWork& w) const override {
    const std::int64_t issue = computeCycles(k, w) - depth_ - overhead_;
    return PipelinedCost{issue, issue + depth_};
  }

  std::int64_t getCycles(const ir::StreamInst&, std::int64_t) const override { return fifoAccess_; }

  ChannelTiming channelTiming(const ir::StreamInst&, std::int64_t) const override {
    return ChannelTiming{streamLatency_, streamRate_};
  }

  MemorySystem memorySystem() const override {
    MemorySystem m;
    m.readChannels = static_cast<int>(hbmChannels_);
    m.writeChannels = static_cast<int>(hbmChannels_);
    m.sharedPool = true;
    m.bytesPerCycle = hbmRate_;
    m.latency = hbmLatency_;
    return m;
  }

  std::int64_t memoryIssueCycles() const override { return axiIssue_; }
  double clockHz() const override { return clockHz_; }
  double peakMacsPerCycle(ir::DType dt) const override { return dsps_ / of(dspPerMac_, dt); }

 private:
  double clockHz_;
  PerDType macs_;
  double lanes_;
  std::int64_t depth_, overhead_;
  double streamRate_;
  std::int64_t streamLatency_, fifoAccess_, hbmChannels_;
  double hbmRate_;
  std::int64_t hbmLatency_, axiIssue_;
  PerDType dspPerMac_;
  double dsps_;
};

std::vector<ParamSpec> hlsParams() {
  std::vector<ParamSpec> p;
  p.push_back(positiveParam("clock_mhz", "MHz", "kernel clock", 1e5));
  addPerDTypeParams(p, "pe.macs_per_cycle", "MACs/cycle", "MACs per cycle of one PE's pipelined MAC loop");
  p.push_back(positiveParam("pe.vector_lanes", "elements/cycle", "elements per cycle of a pipelined vector loop"));
  p.push_back(intParam("pe.pipeline_depth_cycles", "cycles",
                       "pipeline depth added to every compute call; in a pipelined loop, the latency of a compute "
                       "beyond its issue cycles",
                       0));
  p.push_back(intParam("pe.call_overhead_cycles", "cycles",
                       "fixed cost of entering and leaving a compute call (none inside a pipelined loop)", 0));
  p.push_back(positiveParam("stream.bytes_per_cycle", "bytes/cycle", "width of an hls::stream FIFO"));
  p.push_back(intParam("stream.latency_cycles", "cycles", "latency of an hls::stream FIFO", 0));
  p.push_back(intParam("fifo.access_cycles", "cycles", "cost of one FIFO read or write on the PE side", 0));
  p.push_back(
      intParam("hbm.channels", "count", "HBM pseudo-channels (AXI ports), shared by loads and stores", 1, 4096));
  p.push_back(positiveParam("hbm.bytes_per_cycle", "bytes/cycle", "transfer rate of one HBM pseudo-channel"));
  p.push_back(intParam("hbm.latency_cycles", "cycles", "HBM access latency", 0));
  p.push_back(intParam("axi.issue_cycles", "cycles", "set-up of one AXI burst (load or store)", 0));
  addPerDTypeParams(p, "dsp_per_mac", "DSPs/MAC", "DSP slices one MAC per cycle needs");
  p.push_back(intParam("resources.dsp", "count", "DSP slices of the device", 1));
  p.push_back(intParam("resources.bram36", "count", "36 Kb block RAMs of the device", 0));
  p.push_back(intParam("resources.uram", "count", "UltraRAMs of the device", 0));
  p.push_back(intParam("resources.lut", "count", "LUTs of the device", 1));
  p.push_back(intParam("resources.ff", "count", "flip-flops of the device", 1));
  p.push_back(intParam("resources.slrs", "count", "super logic regions of the device", 1, 16));
  // Mapping (docs/mapping.md): HBM capacity per pseudo-channel and the resource-estimate model.
  p.push_back(intParam("hbm.channel_bytes", "bytes", "capacity of one HBM pseudo-channel (memory channel)", 1));
  p.push_back(intParam("bram36.bits", "bits", "capacity of one 36 Kb block RAM", 1));
  p.push_back(intParam("uram.bits", "bits", "capacity of one UltraRAM", 1));
  p.push_back(intParam("lutram.bits_per_lut", "bits", "bits of distributed RAM one LUT holds", 1));
  p.push_back(intParam("est.lutram_max_bytes", "bytes", "buffers up to this size are estimated in LUTRAM", 0));
  p.push_back(intParam("est.uram_min_bytes", "bytes", "buffers of at least this size are estimated in URAM", 1));
  p.push_back(intParam("est.pe_lut", "LUTs", "estimated LUTs of one processing element's control and interfaces", 0));
  p.push_back(intParam("est.pe_ff", "FFs", "estimated flip-flops of one processing element's control and interfaces", 0));
  p.push_back(intParam("est.lut_per_dsp", "LUTs", "estimated LUTs around each DSP of a MAC datapath", 0));
  p.push_back(intParam("est.ff_per_dsp", "FFs", "estimated flip-flops around each DSP of a MAC datapath", 0));
  p.push_back(intParam("est.lut_per_lane", "LUTs", "estimated LUTs of one lane of a vector datapath", 0));
  p.push_back(intParam("est.ff_per_lane", "FFs", "estimated flip-flops of one lane of a vector datapath", 0));
  return p;
}

}  // namespace

TimingModelEntry hlsTimingModel() {
  TimingModelEntry e;
  e.name = "hls";
  e.description = "FPGA processing elements in Vitis HLS (e.g. Alveo U280): pipelined loops, hls::stream, HBM";
  e.params = hlsParams();
  e.create = [](const ir::Arch& a) -> std::unique_ptr<TimingModel> { return std::make_unique<HlsModel>(a); };
  return e;
}

}  // namespace datosim::sim
