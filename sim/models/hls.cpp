// Timing model of FPGA processing elements written in Vitis HLS (e.g. an Alveo U280): pipelined
// MAC and vector loops, hls::stream FIFOs, HBM pseudo-channels behind AXI masters.
// Formulas: docs/timing.md.
#include "sim/models/models.h"

#include "sim/cycles.h"

#include <algorithm>
#include <string>
#include <string_view>

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
        axiWidth_(intValue(a, "axi.data_width_bytes")),
        axiBeats_(intValue(a, "axi.max_burst_beats")),
        axiOutstanding_(intValue(a, "axi.outstanding")),
        axiBoundary_(intValue(a, "axi.boundary_bytes")),
        accLatency_(perDTypeValues(a, "pe.accumulate_latency_cycles")),
        dspPerMac_(perDTypeValues(a, "dsp_per_mac")),
        dsps_(a.get("resources.dsp")),
        hostLaunchUs_(a.get("host.launch_us")) {}

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

  // An accumulation into the compute's output (a `mac`, or `accumulate`) goes through the PE's adder
  // for `dt`: a later iteration's accumulation into the same local waits for its result.
  PipelinedCost pipelinedComputeCycles(const ir::KernelInfo& k, const ir::KernelWork& w) const override {
    const std::int64_t issue = computeCycles(k, w) - depth_ - overhead_;
    PipelinedCost c{issue, issue + depth_};
    c.accumulate = static_cast<std::int64_t>(of(accLatency_, w.dtype));
    c.accumulateParam = "pe.accumulate_latency_cycles." + std::string(ir::dtypeName(w.dtype));
    return c;
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
    m.bytesPerCycle = sustainedRate();
    m.latency = hbmLatency_;
    return m;
  }

  // The sustained rate of one m_axi master on one channel (docs/timing.md, "Memory"): an access is
  // split into bursts of at most axi.max_burst_beats beats of axi.data_width_bytes, none crossing an
  // axi.boundary_bytes boundary (addresses taken as aligned). Each burst takes axi.issue_cycles on the
  // address channel, overlapped with the data of earlier bursts, and holds one of axi.outstanding
  // transaction slots from its request until its last beat (latency + its data cycles). So one channel
  // moves at most: the channel's rate; one burst per issue; `outstanding` bursts per round trip.
  double sustainedRate() const {
    const double burst = static_cast<double>(std::min(axiBeats_ * axiWidth_, axiBoundary_));
    double rate = hbmRate_;
    if (axiIssue_ > 0) rate = std::min(rate, burst / static_cast<double>(axiIssue_));
    const double roundTrip = static_cast<double>(hbmLatency_) + burst / hbmRate_;
    rate = std::min(rate, static_cast<double>(axiOutstanding_) * burst / roundTrip);
    return rate;
  }

  std::int64_t memoryIssueCycles() const override { return axiIssue_; }
  double clockHz() const override { return clockHz_; }
  using TimingModel::peakMacsPerCycle;  // a mixed pair: the wider dtype's DSPs per MAC
  double peakMacsPerCycle(ir::DType dt) const override { return dsps_ / of(dspPerMac_, dt); }
  double hostLaunchSeconds() const override { return hostLaunchUs_ * 1e-6; }

 private:
  double clockHz_;
  PerDType macs_;
  double lanes_;
  std::int64_t depth_, overhead_;
  double streamRate_;
  std::int64_t streamLatency_, fifoAccess_, hbmChannels_;
  double hbmRate_;
  std::int64_t hbmLatency_, axiIssue_, axiWidth_, axiBeats_, axiOutstanding_, axiBoundary_;
  PerDType accLatency_;
  PerDType dspPerMac_;
  double dsps_;
  double hostLaunchUs_;
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
  for (std::string_view t : ir::dtypeNames())
    p.push_back(intParam("pe.accumulate_latency_cycles." + std::string(t), "cycles",
                         "latency of the adder of an accumulation in a pipelined loop: a later iteration's "
                         "accumulation into the same local starts at least this much later (" +
                             std::string(t) + ")",
                         1, 1000));
  p.push_back(positiveParam("stream.bytes_per_cycle", "bytes/cycle", "width of an hls::stream FIFO"));
  p.push_back(intParam("stream.latency_cycles", "cycles", "latency of an hls::stream FIFO", 0));
  p.push_back(intParam("fifo.access_cycles", "cycles", "cost of one FIFO read or write on the PE side", 0));
  p.push_back(
      intParam("hbm.channels", "count", "HBM pseudo-channels (AXI ports), shared by loads and stores", 1, 4096));
  p.push_back(positiveParam("hbm.bytes_per_cycle", "bytes/cycle", "transfer rate of one HBM pseudo-channel"));
  p.push_back(intParam("hbm.latency_cycles", "cycles", "HBM access latency", 0));
  p.push_back(intParam("axi.issue_cycles", "cycles",
                       "set-up of a load or store (m_axi request), and the address-channel cycles of each AXI burst "
                       "it is split into",
                       0));
  p.push_back(intParam("axi.data_width_bytes", "bytes", "width of an m_axi data beat (the kernel port's width)", 1, 1024));
  p.push_back(intParam("axi.max_burst_beats", "beats",
                       "longest AXI burst of an m_axi port (max_read_burst_length / max_write_burst_length)", 1, 256));
  p.push_back(intParam("axi.outstanding", "bursts",
                       "AXI bursts one m_axi port keeps in flight (num_read_outstanding / num_write_outstanding)", 1,
                       1024));
  p.push_back(intParam("axi.boundary_bytes", "bytes", "address boundary no AXI burst crosses", 1));
  addPerDTypeParams(p, "dsp_per_mac", "DSPs/MAC", "DSP slices one MAC per cycle needs");
  p.push_back(nonNegativeParam("host.launch_us", "us",
                               "host wall-clock of one XRT kernel run beyond the kernel's time: launch and "
                               "completion (buffer migrations over PCIe not included)",
                               1e6));
  p.push_back(intParam("resources.dsp", "count", "DSP slices available to kernels (the device minus the platform shell)", 1));
  p.push_back(intParam("resources.bram36", "count", "36 Kb block RAMs available to kernels", 0));
  p.push_back(intParam("resources.uram", "count", "UltraRAMs available to kernels", 0));
  p.push_back(intParam("resources.lut", "count", "LUTs available to kernels", 1));
  p.push_back(intParam("resources.ff", "count", "flip-flops available to kernels", 1));
  p.push_back(intParam("resources.slrs", "count", "super logic regions of the device", 1, 16));
  // Mapping (docs/mapping.md): HBM capacity per pseudo-channel and the resource-estimate model.
  p.push_back(intParam("hbm.channel_bytes", "bytes", "capacity of one HBM pseudo-channel (memory channel)", 1));
  p.push_back(intParam("bram36.bits", "bits",
                       "capacity of one 36 Kb block RAM with its parity bits (its port shapes, 32K x 1 ... 512 x 72, "
                       "follow from it)",
                       1));
  p.push_back(intParam("uram.bits", "bits", "capacity of one UltraRAM", 1));
  p.push_back(intParam("uram.width_bits", "bits", "port width of one UltraRAM (its depth is uram.bits / this)", 1));
  p.push_back(intParam("lutram.bits_per_lut", "bits", "bits of distributed RAM one LUT holds (a LUT is this deep x 1)", 1));
  p.push_back(intParam("srl.depth_per_lut", "words", "depth of the shift register one LUT holds (SRL FIFOs)", 1));
  p.push_back(intParam("est.lutram_max_bytes", "bytes", "buffers of more than one word up to this size are estimated in LUTRAM", 0));
  p.push_back(intParam("est.uram_min_bytes", "bytes", "buffers of at least this size are estimated in URAM", 1));
  p.push_back(intParam("est.fifo_srl_max_depth", "words",
                       "stream FIFOs at most this many words deep are shift registers (SRL)", 0));
  p.push_back(intParam("est.fifo_srl_max_bits", "bits",
                       "stream FIFOs of at most this many bits (depth x width) are shift registers (SRL)", 0));
  p.push_back(intParam("est.pe_lut", "LUTs", "estimated LUTs of one processing element's control (state machine, loop counters, handshakes)", 0));
  p.push_back(intParam("est.pe_ff", "FFs", "estimated flip-flops of one processing element's control", 0));
  p.push_back(intParam("est.port_lut", "LUTs", "estimated LUTs of one stream or memory port of a processing element (its handshake)", 0));
  p.push_back(positiveParam("est.port_ff_per_byte", "FFs/byte",
                            "flip-flops per byte of the word an input port (stream get, load) registers"));
  p.push_back(intParam("est.axi_adapter_lut", "LUTs", "estimated LUTs of one m_axi adapter, width-independent part", 0));
  p.push_back(positiveParam("est.axi_adapter_lut_per_byte", "LUTs/byte", "estimated LUTs of one m_axi adapter per byte of its data width"));
  p.push_back(intParam("est.axi_adapter_ff", "FFs", "estimated flip-flops of one m_axi adapter, width-independent part", 0));
  p.push_back(positiveParam("est.axi_adapter_ff_per_byte", "FFs/byte", "estimated flip-flops of one m_axi adapter per byte of its data width"));
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
