// Timing model of FPGA processing elements written in Vitis HLS (e.g. an Alveo U280): pipelined
// MAC and vector loops, hls::stream FIFOs, HBM pseudo-channels behind AXI masters.
// Formulas: docs/timing.md. Its parameters are declared once, in paramTable(), and read into
// FpgaParams (arch/fpga/fpga.h).
#include "arch/fpga/fpga.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "arch/cycles.h"
#include "arch/param_table.h"

namespace datosim::arch::fpga {

namespace {

class HlsModel final : public TimingModel {
 public:
  explicit HlsModel(const FpgaParams& p) : p_(p) {}

  std::string name() const override { return "hls"; }

  std::int64_t computeCycles(const ir::KernelInfo& k, const ir::KernelWork& w) const override {
    const std::int64_t fixed = p_.pipelineDepthCycles + p_.callOverheadCycles;
    switch (k.cls) {
      case ir::KernelClass::Mac:
        return ceilCycles(static_cast<double>(w.macs), of(p_.macsPerCycle, w.dtype)) + fixed;
      case ir::KernelClass::Vector:
      case ir::KernelClass::Reduction:
        return ceilCycles(static_cast<double>(w.vectorOps), p_.vectorLanes) + fixed;
      case ir::KernelClass::Move:
        return ceilCycles(static_cast<double>(w.elements), p_.vectorLanes) + fixed;
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
    const std::int64_t issue = computeCycles(k, w) - p_.pipelineDepthCycles - p_.callOverheadCycles;
    PipelinedCost c{issue, issue + p_.pipelineDepthCycles};
    c.accumulate = static_cast<std::int64_t>(of(p_.accumulateLatencyCycles, w.dtype));
    c.accumulateParam = "pe.accumulate_latency_cycles." + std::string(ir::dtypeName(w.dtype));
    return c;
  }

  std::int64_t getCycles(const ir::StreamInst&, std::int64_t) const override { return p_.fifoAccessCycles; }

  StreamTiming streamTiming(const ir::StreamInst&, std::int64_t) const override {
    return StreamTiming{p_.streamLatencyCycles, p_.streamBytesPerCycle};
  }

  MemorySystem memorySystem() const override {
    MemorySystem m;
    m.readChannels = static_cast<int>(p_.hbmChannels);
    m.writeChannels = static_cast<int>(p_.hbmChannels);
    m.sharedPool = true;
    m.bytesPerCycle = sustainedRate();
    m.latency = p_.hbmLatencyCycles;
    return m;
  }

  // The sustained rate of one m_axi master on one channel (docs/timing.md, "Memory"): an access is
  // split into bursts of at most axi.max_burst_beats beats of axi.data_width_bytes, none crossing an
  // axi.boundary_bytes boundary (addresses taken as aligned). Each burst takes axi.issue_cycles on the
  // address channel, overlapped with the data of earlier bursts, and holds one of axi.outstanding
  // transaction slots from its request until its last beat (latency + its data cycles). So one channel
  // moves at most: the channel's rate; one burst per issue; `outstanding` bursts per round trip.
  double sustainedRate() const {
    const double burst = static_cast<double>(std::min(p_.axiMaxBurstBeats * p_.axiDataWidthBytes, p_.axiBoundaryBytes));
    double rate = p_.hbmBytesPerCycle;
    if (p_.axiIssueCycles > 0) rate = std::min(rate, burst / static_cast<double>(p_.axiIssueCycles));
    const double roundTrip = static_cast<double>(p_.hbmLatencyCycles) + burst / p_.hbmBytesPerCycle;
    rate = std::min(rate, static_cast<double>(p_.axiOutstanding) * burst / roundTrip);
    return rate;
  }

  std::int64_t memoryIssueCycles() const override { return p_.axiIssueCycles; }
  double clockHz() const override { return p_.clockMhz * 1e6; }
  using TimingModel::peakMacsPerCycle;  // a mixed pair: the wider dtype's DSPs per MAC
  double peakMacsPerCycle(ir::DType dt) const override { return p_.dsp / of(p_.dspPerMac, dt); }
  double hostLaunchSeconds() const override { return p_.hostLaunchUs * 1e-6; }

 private:
  FpgaParams p_;
};

}  // namespace

TimingModelEntry timingModelEntry() {
  TimingModelEntry e;
  e.name = "hls";
  e.description = "FPGA processing elements in Vitis HLS (e.g. Alveo U280): pipelined loops, hls::stream, HBM";
  e.params = paramTable().specs();
  e.family = &family();
  e.create = [](const ir::Arch& a) -> std::unique_ptr<TimingModel> { return std::make_unique<HlsModel>(params(a)); };
  return e;
}

const ParamTable<FpgaParams>& paramTable() {
  static const ParamTable<FpgaParams> table = [] {
    ParamTable<FpgaParams> t;
    t.add(positiveParam("clock_mhz", "MHz", "kernel clock", 1e5), &FpgaParams::clockMhz);
    t.addPerDType("pe.macs_per_cycle", "MACs/cycle", "MACs per cycle of one PE's pipelined MAC loop",
                  &FpgaParams::macsPerCycle);
    t.add(positiveParam("pe.vector_lanes", "elements/cycle", "elements per cycle of a pipelined vector loop"),
          &FpgaParams::vectorLanes);
    t.add(intParam("pe.pipeline_depth_cycles", "cycles",
                   "pipeline depth added to every compute call; in a pipelined loop, the latency of a compute "
                   "beyond its issue cycles",
                   0),
          &FpgaParams::pipelineDepthCycles);
    t.add(intParam("pe.call_overhead_cycles", "cycles",
                   "fixed cost of entering and leaving a compute call (none inside a pipelined loop)", 0),
          &FpgaParams::callOverheadCycles);
    t.addPerDType(
        "pe.accumulate_latency_cycles", "cycles",
        "latency of the adder of an accumulation in a pipelined loop: a later iteration's accumulation into the same "
        "local starts at least this much later",
        &FpgaParams::accumulateLatencyCycles, true, 1, 1000);
    t.add(positiveParam("stream.bytes_per_cycle", "bytes/cycle", "width of an hls::stream FIFO"),
          &FpgaParams::streamBytesPerCycle);
    t.add(intParam("stream.latency_cycles", "cycles", "latency of an hls::stream FIFO", 0),
          &FpgaParams::streamLatencyCycles);
    t.add(intParam("fifo.access_cycles", "cycles", "cost of one FIFO read or write on the PE side", 0),
          &FpgaParams::fifoAccessCycles);
    t.add(intParam("hbm.channels", "count", "HBM pseudo-channels (AXI ports), shared by loads and stores", 1, 4096),
          &FpgaParams::hbmChannels);
    t.add(positiveParam("hbm.bytes_per_cycle", "bytes/cycle", "transfer rate of one HBM pseudo-channel"),
          &FpgaParams::hbmBytesPerCycle);
    t.add(intParam("hbm.latency_cycles", "cycles", "HBM access latency", 0), &FpgaParams::hbmLatencyCycles);
    t.add(intParam("axi.issue_cycles", "cycles",
                   "set-up of a load or store (m_axi request), and the address-channel cycles of each AXI burst "
                   "it is split into",
                   0),
          &FpgaParams::axiIssueCycles);
    t.add(intParam("axi.data_width_bytes", "bytes", "width of an m_axi data beat (the kernel port's width)", 1, 1024),
          &FpgaParams::axiDataWidthBytes);
    t.add(intParam("axi.max_burst_beats", "beats",
                   "longest AXI burst of an m_axi port (max_read_burst_length / max_write_burst_length)", 1, 256),
          &FpgaParams::axiMaxBurstBeats);
    t.add(intParam("axi.outstanding", "bursts",
                   "AXI bursts one m_axi port keeps in flight (num_read_outstanding / num_write_outstanding)", 1, 1024),
          &FpgaParams::axiOutstanding);
    t.add(intParam("axi.boundary_bytes", "bytes", "address boundary no AXI burst crosses", 1),
          &FpgaParams::axiBoundaryBytes);
    t.addPerDType("dsp_per_mac", "DSPs/MAC", "DSP slices one MAC per cycle needs", &FpgaParams::dspPerMac);
    t.add(nonNegativeParam("host.launch_us", "us",
                           "host wall-clock of one XRT kernel run beyond the kernel's time: launch and "
                           "completion (buffer migrations over PCIe not included)",
                           1e6),
          &FpgaParams::hostLaunchUs);
    t.add(
        intParam("resources.dsp", "count", "DSP slices available to kernels (the device minus the platform shell)", 1),
        &FpgaParams::dsp);
    t.add(intParam("resources.bram36", "count", "36 Kb block RAMs available to kernels", 0), &FpgaParams::bram36);
    t.add(intParam("resources.uram", "count", "UltraRAMs available to kernels", 0), &FpgaParams::uram);
    t.add(intParam("resources.lut", "count", "LUTs available to kernels", 1), &FpgaParams::lut);
    t.add(intParam("resources.ff", "count", "flip-flops available to kernels", 1), &FpgaParams::ff);
    t.add(intParam("resources.slrs", "count", "super logic regions of the device", 1, 16), &FpgaParams::slrs);
    // Mapping (docs/mapping.md): HBM capacity per pseudo-channel and the resource-estimate model.
    t.add(intParam("hbm.channel_bytes", "bytes", "capacity of one HBM pseudo-channel (memory channel)", 1),
          &FpgaParams::hbmChannelBytes);
    t.add(intParam("bram36.bits", "bits",
                   "capacity of one 36 Kb block RAM with its parity bits (its port shapes, 32K x 1 ... 512 x 72, "
                   "follow from it)",
                   1),
          &FpgaParams::bram36Bits);
    t.add(intParam("uram.bits", "bits", "capacity of one UltraRAM", 1), &FpgaParams::uramBits);
    t.add(intParam("uram.width_bits", "bits", "port width of one UltraRAM (its depth is uram.bits / this)", 1),
          &FpgaParams::uramWidthBits);
    t.add(intParam("lutram.bits_per_lut", "bits", "bits of distributed RAM one LUT holds (a LUT is this deep x 1)", 1),
          &FpgaParams::lutramBitsPerLut);
    t.add(intParam("srl.depth_per_lut", "words", "depth of the shift register one LUT holds (SRL FIFOs)", 1),
          &FpgaParams::srlDepthPerLut);
    t.add(intParam("est.lutram_max_bytes", "bytes",
                   "buffers of more than one word up to this size are estimated in LUTRAM", 0),
          &FpgaParams::estLutramMaxBytes);
    t.add(intParam("est.uram_min_bytes", "bytes", "buffers of at least this size are estimated in URAM", 1),
          &FpgaParams::estUramMinBytes);
    t.add(intParam("est.fifo_srl_max_depth", "words",
                   "stream FIFOs at most this many words deep are shift registers (SRL)", 0),
          &FpgaParams::estFifoSrlMaxDepth);
    t.add(intParam("est.fifo_srl_max_bits", "bits",
                   "stream FIFOs of at most this many bits (depth x width) are shift registers (SRL)", 0),
          &FpgaParams::estFifoSrlMaxBits);
    t.add(intParam("est.pe_lut", "LUTs",
                   "estimated LUTs of one processing element's control (state machine, loop counters, handshakes)", 0),
          &FpgaParams::estPeLut);
    t.add(intParam("est.pe_ff", "FFs", "estimated flip-flops of one processing element's control", 0),
          &FpgaParams::estPeFf);
    t.add(intParam("est.port_lut", "LUTs",
                   "estimated LUTs of one stream or memory port of a processing element (its handshake)", 0),
          &FpgaParams::estPortLut);
    t.add(positiveParam("est.port_ff_per_byte", "FFs/byte",
                        "flip-flops per byte of the word an input port (stream get, load) registers"),
          &FpgaParams::estPortFfPerByte);
    t.add(intParam("est.axi_adapter_lut", "LUTs", "estimated LUTs of one m_axi adapter, width-independent part", 0),
          &FpgaParams::estAxiAdapterLut);
    t.add(positiveParam("est.axi_adapter_lut_per_byte", "LUTs/byte",
                        "estimated LUTs of one m_axi adapter per byte of its data width"),
          &FpgaParams::estAxiAdapterLutPerByte);
    t.add(intParam("est.axi_adapter_ff", "FFs", "estimated flip-flops of one m_axi adapter, width-independent part", 0),
          &FpgaParams::estAxiAdapterFf);
    t.add(positiveParam("est.axi_adapter_ff_per_byte", "FFs/byte",
                        "estimated flip-flops of one m_axi adapter per byte of its data width"),
          &FpgaParams::estAxiAdapterFfPerByte);
    t.add(intParam("est.lut_per_dsp", "LUTs", "estimated LUTs around each DSP of a MAC datapath", 0),
          &FpgaParams::estLutPerDsp);
    t.add(intParam("est.ff_per_dsp", "FFs", "estimated flip-flops around each DSP of a MAC datapath", 0),
          &FpgaParams::estFfPerDsp);
    t.add(intParam("est.lut_per_lane", "LUTs", "estimated LUTs of one lane of a vector datapath", 0),
          &FpgaParams::estLutPerLane);
    t.add(intParam("est.ff_per_lane", "FFs", "estimated flip-flops of one lane of a vector datapath", 0),
          &FpgaParams::estFfPerLane);
    return t;
  }();
  return table;
}

FpgaParams params(const ir::Arch& a) { return paramTable().read(a); }

}  // namespace datosim::arch::fpga
