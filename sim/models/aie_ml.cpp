// Timing model of an AMD AIE-ML NPU (Ryzen AI "npu1"): compute tiles with a MAC array and a vector
// unit, objectfifo streams between tiles, and shim-tile DMA channels to DDR. Formulas: docs/timing.md.
#include "sim/models/models.h"

#include "sim/cycles.h"

namespace datosim::sim {

namespace {

class AieMlModel final : public TimingModel {
 public:
  explicit AieMlModel(const ir::Arch& a)
      : clockHz_(a.get("clock_mhz") * 1e6),
        columns_(intValue(a, "array.columns")),
        computeRows_(intValue(a, "array.compute_rows")),
        macs_(perDTypeValues(a, "macs_per_cycle")),
        lanes_(perDTypeValues(a, "vector_lanes")),
        efficiency_(a.get("matmul_efficiency")),
        callCycles_(intValue(a, "kernel_call_cycles")),
        lockCycles_(intValue(a, "lock_cycles")),
        streamRate_(a.get("stream.bytes_per_cycle")),
        streamLatency_(intValue(a, "stream.latency_cycles")),
        dmaIssue_(intValue(a, "dma.issue_cycles")),
        mm2s_(intValue(a, "shim.mm2s_channels")),
        s2mm_(intValue(a, "shim.s2mm_channels")),
        shimRate_(a.get("shim.bytes_per_cycle")),
        ddrLatency_(intValue(a, "ddr.latency_cycles")),
        hopCycles_(intValue(a, "switch.hop_cycles")),
        sharedLatency_(intValue(a, "shared_memory.latency_cycles")),
        memtileLatency_(intValue(a, "memtile.latency_cycles")),
        bufferDepth_(intValue(a, "dma.buffer_depth")) {}

  std::string name() const override { return "aie-ml"; }

  std::int64_t computeCycles(const ir::KernelInfo& k, const ir::KernelWork& w) const override {
    switch (k.cls) {
      case ir::KernelClass::Mac:
        return ceilCycles(static_cast<double>(w.macs), of(macs_, w.dtype) * efficiency_) + callCycles_;
      case ir::KernelClass::Vector:
      case ir::KernelClass::Reduction:
        return ceilCycles(static_cast<double>(w.vectorOps), of(lanes_, w.dtype)) + callCycles_;
      case ir::KernelClass::Move:
        return ceilCycles(static_cast<double>(w.elements), of(lanes_, w.dtype)) + callCycles_;
      case ir::KernelClass::Custom:
        return callCycles_;
    }
    return callCycles_;
  }

  std::int64_t getCycles(const ir::StreamInst&, std::int64_t) const override { return lockCycles_; }

  ChannelTiming channelTiming(const ir::StreamInst&, std::int64_t) const override {
    return ChannelTiming{streamLatency_, streamRate_};
  }

  ChannelTiming routedChannelTiming(const ir::StreamInst& s, const ir::StreamRoute& r,
                                    std::int64_t bytes) const override {
    switch (r.kind) {
      case ir::RouteKind::Local:
      case ir::RouteKind::SharedMemory:
        return ChannelTiming{sharedLatency_, streamRate_, true};
      case ir::RouteKind::Dma: {
        const std::int64_t extraHops = r.hops > 1 ? r.hops - 1 : 0;
        return ChannelTiming{streamLatency_ + extraHops * hopCycles_, streamRate_, false};
      }
      case ir::RouteKind::Fifo:
        break;
    }
    return channelTiming(s, bytes);
  }

  MemRouteTiming memRouteTiming(const ir::MemRoute& r) const override {
    const std::int64_t extraHops = r.hops > 1 ? r.hops - 1 : 0;
    const std::int64_t memtile = r.memTile >= 0 ? memtileLatency_ : 0;
    MemRouteTiming t{shimRate_, ddrLatency_ + memtile + extraHops * hopCycles_, 0};
    t.forwardLatency = memtile + extraHops * hopCycles_;
    return t;
  }

  DmaBuffering dmaBuffering() const override {
    return DmaBuffering{static_cast<int>(bufferDepth_), lockCycles_};
  }

  MemorySystem memorySystem() const override {
    MemorySystem m;
    m.readChannels = static_cast<int>(columns_ * mm2s_);
    m.writeChannels = static_cast<int>(columns_ * s2mm_);
    m.sharedPool = false;
    m.bytesPerCycle = shimRate_;
    m.latency = ddrLatency_;
    return m;
  }

  std::int64_t memoryIssueCycles() const override { return dmaIssue_; }
  double clockHz() const override { return clockHz_; }

  double peakMacsPerCycle(ir::DType dt) const override {
    return static_cast<double>(columns_ * computeRows_) * of(macs_, dt);
  }

 private:
  double clockHz_;
  std::int64_t columns_, computeRows_;
  PerDType macs_, lanes_;
  double efficiency_;
  std::int64_t callCycles_, lockCycles_;
  double streamRate_;
  std::int64_t streamLatency_, dmaIssue_, mm2s_, s2mm_;
  double shimRate_;
  std::int64_t ddrLatency_;
  std::int64_t hopCycles_, sharedLatency_, memtileLatency_;
  std::int64_t bufferDepth_;
};

std::vector<ParamSpec> aieMlParams() {
  std::vector<ParamSpec> p;
  p.push_back(positiveParam("clock_mhz", "MHz", "clock of the AIE array", 1e5));
  p.push_back(intParam("array.columns", "count", "columns of the array used", 1, 64));
  p.push_back(intParam("array.compute_rows", "count", "rows of compute tiles per column", 1, 64));
  p.push_back(intParam("array.mem_rows", "count", "rows of memory tiles per column", 0, 16));
  p.push_back(intParam("array.shim_rows", "count", "rows of shim (interface) tiles per column", 1, 16));
  addPerDTypeParams(p, "macs_per_cycle", "MACs/cycle", "peak multiply-accumulates per cycle of one compute tile");
  addPerDTypeParams(p, "vector_lanes", "elements/cycle", "elements per cycle of one compute tile's vector unit");
  p.push_back(positiveParam("matmul_efficiency", "fraction",
                            "fraction of the MAC peak a single-core matmul kernel reaches (measured)", 1));
  p.push_back(intParam("kernel_call_cycles", "cycles", "fixed cost of one kernel call on a compute tile", 0));
  p.push_back(intParam("lock_cycles", "cycles", "lock acquire or release of one get or put", 0));
  p.push_back(positiveParam("stream.bytes_per_cycle", "bytes/cycle", "transfer rate of a tile-to-tile stream"));
  p.push_back(intParam("stream.latency_cycles", "cycles", "latency of a tile-to-tile stream", 0));
  p.push_back(intParam("dma.issue_cycles", "cycles", "set-up of one DMA transfer (load or store)", 0));
  p.push_back(intParam("shim.mm2s_channels", "count", "DDR-to-array (MM2S) DMA channels per shim tile", 1, 64));
  p.push_back(intParam("shim.s2mm_channels", "count", "array-to-DDR (S2MM) DMA channels per shim tile", 1, 64));
  p.push_back(positiveParam("shim.bytes_per_cycle", "bytes/cycle", "transfer rate of one shim DMA channel"));
  p.push_back(intParam("shim.bds", "count", "buffer descriptors per shim tile", 1, 1024));
  p.push_back(intParam("ddr.latency_cycles", "cycles", "DDR access latency seen by a shim DMA", 0));
  p.push_back(intParam("compute.l1_bytes", "bytes", "data memory of one compute tile", 1));
  p.push_back(intParam("compute.program_bytes", "bytes", "program memory of one compute tile", 1));
  p.push_back(intParam("compute.dma_in", "count", "S2MM DMA channels of a compute tile", 0, 64));
  p.push_back(intParam("compute.dma_out", "count", "MM2S DMA channels of a compute tile", 0, 64));
  p.push_back(intParam("compute.bds", "count", "buffer descriptors of a compute tile", 0, 1024));
  p.push_back(intParam("compute.locks", "count", "locks of a compute tile", 0, 1024));
  p.push_back(intParam("memtile.bytes", "bytes", "memory of one memory tile", 0));
  p.push_back(intParam("memtile.dma_in", "count", "S2MM DMA channels of a memory tile", 0, 64));
  p.push_back(intParam("memtile.dma_out", "count", "MM2S DMA channels of a memory tile", 0, 64));
  p.push_back(intParam("memtile.bds", "count", "buffer descriptors of a memory tile", 0, 1024));
  p.push_back(intParam("memtile.locks", "count", "locks of a memory tile", 0, 1024));
  // Placement (docs/mapping.md): L1 reserved per core, and the cost of each kind of route.
  p.push_back(intParam("compute.stack_bytes", "bytes", "data memory each core reserves for its stack", 0));
  p.push_back(intParam("switch.hop_cycles", "cycles", "latency of each stream-switch hop beyond the first of a DMA route", 0));
  p.push_back(intParam("shared_memory.latency_cycles", "cycles",
                       "latency of a hand-off through a neighbour's shared memory (no DMA)", 0));
  p.push_back(intParam("memtile.latency_cycles", "cycles",
                       "latency a memory tile adds to a tensor tile passing through it (S2MM to MM2S)", 0));
  p.push_back(intParam("dma.buffer_depth", "count",
                       "buffers of a tensor route in L1 and in the memory tile (objectfifo depth): loads are fetched "
                       "up to this many tiles ahead, stores drain from this many; 0: loads and stores block",
                       0, 16));
  return p;
}

}  // namespace

TimingModelEntry aieMlTimingModel() {
  TimingModelEntry e;
  e.name = "aie-ml";
  e.description = "AMD AIE-ML NPU (Ryzen AI npu1): compute tiles, objectfifo streams, shim DMA to DDR";
  e.params = aieMlParams();
  e.create = [](const ir::Arch& a) -> std::unique_ptr<TimingModel> { return std::make_unique<AieMlModel>(a); };
  return e;
}

}  // namespace datosim::sim
