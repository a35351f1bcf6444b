// Timing model of an AMD AIE-ML NPU (Ryzen AI "npu1"): compute tiles with a MAC array and a vector
// unit, objectfifo streams between tiles, and shim-tile DMA channels to DDR. Formulas: docs/timing.md.
#include "sim/models/models.h"

#include <algorithm>

#include "sim/cycles.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <tuple>

namespace datosim::sim {

namespace {

// `matmul.cycles.<dtype>.<m>x<k>x<n>`: the measured cycles of one matmul call of that shape.
struct MeasuredShape {
  ir::MacType mac;
  std::int64_t m = 0, k = 0, n = 0;
  bool operator<(const MeasuredShape& o) const { return std::tie(mac, m, k, n) < std::tie(o.mac, o.m, o.k, o.n); }
};

constexpr const char* kMeasuredPrefix = "matmul.cycles.";

bool parseMeasuredKey(const std::string& key, MeasuredShape& out) {
  const std::string prefix = kMeasuredPrefix;
  if (key.compare(0, prefix.size(), prefix) != 0) return false;
  const std::string rest = key.substr(prefix.size());
  const std::size_t dot = rest.find('.');
  if (dot == std::string::npos) return false;
  const std::optional<ir::MacType> dt = ir::parseMacType(rest.substr(0, dot));
  if (!dt) return false;
  std::int64_t v[3] = {0, 0, 0};
  std::size_t i = dot + 1;
  for (int d = 0; d < 3; ++d) {
    if (d > 0) {
      if (i >= rest.size() || rest[i] != 'x') return false;
      ++i;
    }
    const std::size_t start = i;
    while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9' && i - start < 9) v[d] = v[d] * 10 + (rest[i++] - '0');
    if (i == start || v[d] == 0 || rest[start] == '0') return false;
  }
  if (i != rest.size()) return false;
  out = MeasuredShape{*dt, v[0], v[1], v[2]};
  return true;
}

// A native mixed-precision MMUL mode: `<prefix>.<a>x<b>` for each of these prefixes, all five
// given together (docs/timing.md, "Mixed precision").
constexpr const char* kPairPrefixes[] = {"macs_per_cycle", "mmul.r", "mmul.s", "mmul.t", "matmul.block_cycles"};

// The prefix and mixed MAC type of a pair key; false when `key` is not one.
bool parsePairKey(const std::string& key, std::string& prefix, ir::MacType& mac) {
  for (const char* p : kPairPrefixes) {
    const std::string pre = std::string(p) + ".";
    if (key.compare(0, pre.size(), pre) != 0) continue;
    const std::optional<ir::MacType> m = ir::parseMacType(key.substr(pre.size()));
    if (!m || !m->mixed()) return false;
    prefix = p;
    mac = *m;
    return true;
  }
  return false;
}

// The parameters of one MMUL mode (a dtype, or a mixed pair).
struct MmulMode {
  double macs = 0;
  std::int64_t r = 0, s = 0, t = 0, blockCycles = 0;
};

class AieMlModel final : public TimingModel {
 public:
  explicit AieMlModel(const ir::Arch& a)
      : clockHz_(a.get("clock_mhz") * 1e6),
        columns_(intValue(a, "array.columns")),
        computeRows_(intValue(a, "array.compute_rows")),
        macs_(perDTypeValues(a, "macs_per_cycle")),
        lanes_(perDTypeValues(a, "vector_lanes")),
        mmulR_(perDTypeValues(a, "mmul.r")),
        mmulS_(perDTypeValues(a, "mmul.s")),
        mmulT_(perDTypeValues(a, "mmul.t")),
        blockCycles_(perDTypeValues(a, "matmul.block_cycles")),
        callCycles_(intValue(a, "kernel_call_cycles")),
        lockCycles_(intValue(a, "lock_cycles")),
        streamRate_(a.get("stream.bytes_per_cycle")),
        streamLatency_(intValue(a, "stream.latency_cycles")),
        dmaIssue_(intValue(a, "dma.issue_cycles")),
        mm2s_(intValue(a, "shim.mm2s_channels")),
        s2mm_(intValue(a, "shim.s2mm_channels")),
        firstDmaColumn_(intValue(a, "shim.first_dma_column")),
        shimRate_(a.get("shim.bytes_per_cycle")),
        ddrLatency_(intValue(a, "ddr.latency_cycles")),
        hopCycles_(intValue(a, "switch.hop_cycles")),
        sharedLatency_(intValue(a, "shared_memory.latency_cycles")),
        memtileLatency_(intValue(a, "memtile.latency_cycles")),
        bufferDepth_(intValue(a, "dma.buffer_depth")),
        outstandingBytes_(intValue(a, "shim.outstanding_bytes")),
        hostLaunchUs_(a.get("host.launch_us")) {
    readMeasured(a);
    readPairs(a);
  }

  std::string name() const override { return "aie-ml"; }

  // A matmul kernel (docs/timing.md, "AIE-ML"): for each r x t block of the output it loads the
  // accumulator, runs the reduction as ceil(k / s) MMUL intrinsics of r x s x t, each taking
  // ceil(r s t / macs_per_cycle) cycles, and stores the block: matmul.block_cycles per block.
  // A mixed pair without a native mode of its own runs in the mode of its wider dtype (the narrower
  // operand widened, as the AIE API does for pairs the MMUL unit lacks).
  MmulMode mode(ir::MacType mac) const {
    if (mac.mixed()) {
      auto it = pairs_.find(mac);
      if (it != pairs_.end()) return it->second;
    }
    const ir::DType d = mac.wide();
    return MmulMode{of(macs_, d), static_cast<std::int64_t>(of(mmulR_, d)), static_cast<std::int64_t>(of(mmulS_, d)),
                    static_cast<std::int64_t>(of(mmulT_, d)), static_cast<std::int64_t>(of(blockCycles_, d))};
  }

  std::int64_t matmulCycles(const ir::KernelWork& w) const {
    const MmulMode md = mode(w.mac);
    const std::int64_t perIntrinsic = ceilCycles(static_cast<double>(md.r * md.s * md.t), md.macs);
    const std::int64_t blocks = ceilDiv(w.m, md.r) * ceilDiv(w.n, md.t);
    return blocks * (ceilDiv(w.k, md.s) * perIntrinsic + md.blockCycles);
  }

  std::int64_t computeCycles(const ir::KernelInfo& k, const ir::KernelWork& w) const override {
    switch (k.cls) {
      case ir::KernelClass::Mac:
        if (w.m > 0) {
          auto it = measured_.find(MeasuredShape{w.mac, w.m, w.k, w.n});
          return (it != measured_.end() ? it->second : matmulCycles(w)) + callCycles_;
        }
        // `mac` (out += a * b element-wise) runs on the vector datapath, one element per lane.
        return ceilCycles(static_cast<double>(w.macs), of(lanes_, w.dtype)) + callCycles_;
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
    return DmaBuffering{static_cast<int>(bufferDepth_), lockCycles_, outstandingBytes_};
  }

  MemorySystem memorySystem() const override {
    MemorySystem m;
    // Only the shim tiles of columns shim.first_dma_column .. array.columns - 1 have a DMA to DDR
    // (on the physical Phoenix array column 0 has none). A config with no such column gets no
    // channel; the mapper reports it (shim.first_dma_column) and the simulator refuses the model.
    const std::int64_t dmaColumns = std::max<std::int64_t>(0, columns_ - firstDmaColumn_);
    m.readChannels = static_cast<int>(dmaColumns * mm2s_);
    m.writeChannels = static_cast<int>(dmaColumns * s2mm_);
    m.sharedPool = false;
    m.bytesPerCycle = shimRate_;
    m.latency = ddrLatency_;
    return m;
  }

  std::int64_t memoryIssueCycles() const override { return dmaIssue_; }
  double clockHz() const override { return clockHz_; }
  double hostLaunchSeconds() const override { return hostLaunchUs_ * 1e-6; }

  double peakMacsPerCycle(ir::DType dt) const override {
    return static_cast<double>(columns_ * computeRows_) * of(macs_, dt);
  }
  double peakMacsPerCycle(ir::MacType m) const override {
    return static_cast<double>(columns_ * computeRows_) * mode(m).macs;
  }

 private:
  static std::int64_t ceilDiv(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }

  void readMeasured(const ir::Arch& a) {
    for (const auto& [key, p] : a.params) {
      MeasuredShape shape;
      if (parseMeasuredKey(key, shape)) measured_[shape] = static_cast<std::int64_t>(std::llround(p.value));
    }
  }

  void readPairs(const ir::Arch& a) {
    for (const auto& [key, p] : a.params) {
      std::string prefix;
      ir::MacType mac;
      if (!parsePairKey(key, prefix, mac)) continue;
      MmulMode& md = pairs_[mac];
      const auto v = static_cast<std::int64_t>(std::llround(p.value));
      if (prefix == "macs_per_cycle") md.macs = p.value;
      else if (prefix == "mmul.r") md.r = v;
      else if (prefix == "mmul.s") md.s = v;
      else if (prefix == "mmul.t") md.t = v;
      else md.blockCycles = v;
    }
  }

  double clockHz_;
  std::int64_t columns_, computeRows_;
  std::map<ir::MacType, MmulMode> pairs_;  // native mixed-precision modes (validated: all five given)

  PerDType macs_, lanes_;
  PerDType mmulR_, mmulS_, mmulT_, blockCycles_;
  std::map<MeasuredShape, std::int64_t> measured_;  // matmul.cycles.<dt>.<m>x<k>x<n>
  std::int64_t callCycles_, lockCycles_;
  double streamRate_;
  std::int64_t streamLatency_, dmaIssue_, mm2s_, s2mm_, firstDmaColumn_;
  double shimRate_;
  std::int64_t ddrLatency_;
  std::int64_t hopCycles_, sharedLatency_, memtileLatency_;
  std::int64_t bufferDepth_;
  std::int64_t outstandingBytes_;
  double hostLaunchUs_;
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
  addPerDTypeIntParams(p, "mmul.r", "elements", "rows r of the r x s x t MMUL intrinsic a matmul kernel issues", 1, 256);
  addPerDTypeIntParams(p, "mmul.s", "elements", "reduction depth s of the r x s x t MMUL intrinsic", 1, 256);
  addPerDTypeIntParams(p, "mmul.t", "elements", "columns t of the r x s x t MMUL intrinsic", 1, 256);
  addPerDTypeIntParams(p, "matmul.block_cycles", "cycles",
                       "cycles a matmul kernel spends on each r x t output block beyond its reduction loop "
                       "(accumulator load and store, loop overhead; measured)",
                       0, 1e6);
  p.push_back(intParam("kernel_call_cycles", "cycles", "fixed cost of one kernel call on a compute tile", 0));
  p.push_back(intParam("lock_cycles", "cycles", "lock acquire or release of one get or put", 0));
  p.push_back(positiveParam("stream.bytes_per_cycle", "bytes/cycle", "transfer rate of a tile-to-tile stream"));
  p.push_back(intParam("stream.latency_cycles", "cycles", "latency of a tile-to-tile stream", 0));
  p.push_back(intParam("dma.issue_cycles", "cycles", "set-up of one DMA transfer (load or store)", 0));
  p.push_back(intParam("shim.mm2s_channels", "count", "DDR-to-array (MM2S) DMA channels per shim tile", 1, 64));
  p.push_back(intParam("shim.s2mm_channels", "count", "array-to-DDR (S2MM) DMA channels per shim tile", 1, 64));
  p.push_back(intParam("shim.first_dma_column", "column",
                       "first column whose shim tile has a DMA to DDR: the shims of this column and every column east "
                       "of it do, those west of it have none (1 on the physical Phoenix array)",
                       0, 63));
  p.push_back(positiveParam("shim.bytes_per_cycle", "bytes/cycle", "transfer rate of one shim DMA channel"));
  p.push_back(intParam("shim.bds", "count", "buffer descriptors per shim tile", 1, 1024));
  p.push_back(intParam("ddr.latency_cycles", "cycles", "DDR access latency seen by a shim DMA", 0));
  p.push_back(intParam("shim.outstanding_bytes", "bytes",
                       "DDR read data a shim MM2S channel may have requested beyond the buffer slots free for it "
                       "(held in the shim and the interconnect while the destination back-pressures): prefetched "
                       "loads request tiles this far ahead, so the DDR latency is paid once per stream; 0: a tile "
                       "is requested only once a slot is free for it",
                       0, 1e9));
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
  p.push_back(nonNegativeParam("host.launch_us", "us",
                               "host wall-clock of one XRT call of the design beyond the array's time: dispatch, "
                               "instruction stream, completion wait (an empty design's kernel() + wait())",
                               1e6));
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
  ParamFamily measured;
  measured.pattern = "matmul.cycles.<dtype>.<m>x<k>x<n>";
  measured.unit = "cycles";
  measured.description =
      "measured cycles of one matmul call C[m,n] (+)= A[m,k] B[k,n] on dtype inputs, without kernel_call_cycles "
      "(e.g. a kernel's trace markers); replaces the mmul / matmul.block_cycles estimate for exactly that shape; "
      "<dtype> may be a mixed pair <a>x<b> (matmul.cycles.i8xi4.64x64x64)";
  measured.matches = [](const std::string& key) { return key.rfind(kMeasuredPrefix, 0) == 0; };
  measured.check = [](const std::string& key, double v, const ir::Arch& a) -> std::string {
    MeasuredShape shape;
    if (!parseMeasuredKey(key, shape))
      return "is not of the form matmul.cycles.<dtype>.<m>x<k>x<n> with a dtype of i4, i8, i16, i32, bf16, "
             "f32 (or a mixed pair <a>x<b> such as i8xi4) and positive whole dimensions without leading zeros, e.g. "
             "matmul.cycles.i16.64x64x64";
    if (v < 1 || v > 1e12 || v != std::floor(v))
      return "must be a whole number in [1, 1e+12], found " + paramNumber(v);
    std::string peakKey = "macs_per_cycle." + ir::macTypeName(shape.mac);
    if (!a.has(peakKey)) peakKey = std::string("macs_per_cycle.") + ir::dtypeName(shape.mac.wide());
    if (a.has(peakKey) && a.get(peakKey) > 0) {
      const double ideal = std::ceil(static_cast<double>(shape.m * shape.k * shape.n) / a.get(peakKey) - 1e-9);
      if (v < ideal)
        return "is faster than the tile's peak: " + std::to_string(shape.m * shape.k * shape.n) + " MACs at " +
               paramNumber(a.get(peakKey)) + " MACs/cycle (" + peakKey + ") need at least " + paramNumber(ideal) +
               " cycles, found " + paramNumber(v);
    }
    return "";
  };
  e.families.push_back(measured);
  ParamFamily pair;
  pair.pattern = "{macs_per_cycle,mmul.r,mmul.s,mmul.t,matmul.block_cycles}.<a>x<b>";
  pair.unit = "MACs/cycle, elements or cycles, as for one dtype";
  pair.description =
      "a native mixed-precision MMUL mode for A of dtype a and B of dtype b (e.g. mmul.r.i8xi4): all five given "
      "together; a pair without them runs in the mode of its wider dtype";
  pair.matches = [](const std::string& key) {
    std::string prefix;
    ir::MacType mac;
    return parsePairKey(key, prefix, mac);
  };
  pair.check = [](const std::string& key, double v, const ir::Arch&) -> std::string {
    std::string prefix;
    ir::MacType mac;
    parsePairKey(key, prefix, mac);
    if (prefix == "macs_per_cycle")
      return v > 0 && v <= 1e12 ? "" : "must be a number in (0, 1e+12], found " + paramNumber(v);
    const double hi = prefix == "matmul.block_cycles" ? 1e6 : 256, lo = prefix == "matmul.block_cycles" ? 0 : 1;
    if (v < lo || v > hi || v != std::floor(v))
      return "must be a whole number in [" + paramNumber(lo) + ", " + paramNumber(hi) + "], found " + paramNumber(v);
    return "";
  };
  e.families.push_back(pair);
  e.crossCheck = [](const ir::Arch& a) {
    std::vector<std::pair<std::string, std::string>> problems;
    std::map<ir::MacType, std::string> pairs;  // a mixed pair -> the first of its keys the config has
    for (const auto& [key, p] : a.params) {
      std::string prefix;
      ir::MacType mac;
      if (parsePairKey(key, prefix, mac)) pairs.emplace(mac, key);
    }
    for (const auto& [mac, first] : pairs) {
      std::string missing;
      for (const char* pre : kPairPrefixes) {
        const std::string key = std::string(pre) + "." + ir::macTypeName(mac);
        if (!a.has(key)) missing += (missing.empty() ? "" : ", ") + key;
      }
      if (!missing.empty())
        problems.push_back({first, "describes the " + ir::macTypeName(mac) +
                                       " MMUL mode, which needs all five of its parameters; missing: " + missing});
    }
    const double first = a.get("shim.first_dma_column"), columns = a.get("array.columns");
    if (first >= columns)
      problems.push_back({"shim.first_dma_column", "must name a column of the array, 0.." +
                                                       paramNumber(columns - 1) + " (array.columns is " +
                                                       paramNumber(columns) + "), found " + paramNumber(first) +
                                                       ": no shim tile would have a DMA to DDR"});
    return problems;
  };
  e.retired.push_back({"matmul_efficiency",
                       "a matmul's cost now follows its shape: mmul.r/s/t.<dtype> (the MMUL intrinsic) and "
                       "matmul.block_cycles.<dtype> (cycles per output block), or measured matmul.cycles.<dtype>."
                       "<m>x<k>x<n> entries (docs/timing.md, aie-ml); copy the mmul.* and matmul.block_cycles.* entries "
                       "and their sources from configs/npu4x4.json"});
  e.create = [](const ir::Arch& a) -> std::unique_ptr<TimingModel> { return std::make_unique<AieMlModel>(a); };
  return e;
}

}  // namespace datosim::sim
