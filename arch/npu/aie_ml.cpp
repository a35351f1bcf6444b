// Timing model of an AMD AIE-ML NPU (Ryzen AI "npu1"): compute tiles with a MAC array and a vector
// unit, objectfifo streams between tiles, and shim-tile DMA channels to DDR. Formulas: docs/timing.md.
// Its parameters are declared once, in paramTable(), and read into NpuParams (arch/npu/npu.h).
#include "arch/npu/npu.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <tuple>

#include "arch/cycles.h"
#include "arch/param_table.h"
#include "arch/timing_model.h"

namespace datosim::arch::npu {

namespace {

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

class AieMlModel final : public TimingModel {
 public:
  explicit AieMlModel(const NpuParams& p) : p_(p) {}

  std::string name() const override { return "aie-ml"; }

  // A matmul kernel (docs/timing.md, "AIE-ML"): for each r x t block of the output it loads the
  // accumulator, runs the reduction as ceil(k / s) MMUL intrinsics of r x s x t, each taking
  // ceil(r s t / macs_per_cycle) cycles, and stores the block: matmul.block_cycles per block.
  // A mixed pair without a native mode of its own runs in the mode of its wider dtype (the narrower
  // operand widened, as the AIE API does for pairs the MMUL unit lacks).
  MmulMode mode(ir::MacType mac) const {
    if (mac.mixed()) {
      auto it = p_.pairs.find(mac);
      if (it != p_.pairs.end()) return it->second;
    }
    const ir::DType d = mac.wide();
    const auto whole = [&](const PerDType& v) { return static_cast<std::int64_t>(of(v, d)); };
    return MmulMode{of(p_.macsPerCycle, d), whole(p_.mmulR), whole(p_.mmulS), whole(p_.mmulT), whole(p_.blockCycles)};
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
          auto it = p_.measured.find(MeasuredShape{w.mac, w.m, w.k, w.n});
          return (it != p_.measured.end() ? it->second : matmulCycles(w)) + p_.kernelCallCycles;
        }
        // `mac` (out += a * b element-wise) runs on the vector datapath, one element per lane.
        return ceilCycles(static_cast<double>(w.macs), of(p_.vectorLanes, w.dtype)) + p_.kernelCallCycles;
      case ir::KernelClass::Vector:
      case ir::KernelClass::Reduction:
        return ceilCycles(static_cast<double>(w.vectorOps), of(p_.vectorLanes, w.dtype)) + p_.kernelCallCycles;
      case ir::KernelClass::Move:
        return ceilCycles(static_cast<double>(w.elements), of(p_.vectorLanes, w.dtype)) + p_.kernelCallCycles;
      case ir::KernelClass::Custom:
        return p_.kernelCallCycles;
    }
    return p_.kernelCallCycles;
  }

  std::int64_t getCycles(const ir::StreamInst&, std::int64_t) const override { return p_.lockCycles; }

  StreamTiming streamTiming(const ir::StreamInst&, std::int64_t) const override {
    return StreamTiming{p_.streamLatencyCycles, p_.streamBytesPerCycle};
  }

  StreamTiming routedStreamTiming(const ir::StreamInst& s, const ir::StreamRoute& r,
                                    std::int64_t bytes) const override {
    switch (r.kind) {
      case ir::RouteKind::Local:
      case ir::RouteKind::SharedMemory:
        return StreamTiming{p_.sharedMemoryLatencyCycles, p_.streamBytesPerCycle, true};
      case ir::RouteKind::Dma: {
        const std::int64_t extraHops = r.hops > 1 ? r.hops - 1 : 0;
        return StreamTiming{p_.streamLatencyCycles + extraHops * p_.hopCycles, p_.streamBytesPerCycle, false};
      }
      case ir::RouteKind::Fifo:
        break;
    }
    return streamTiming(s, bytes);
  }

  MemRouteTiming memRouteTiming(const ir::MemRoute& r) const override {
    const std::int64_t extraHops = r.hops > 1 ? r.hops - 1 : 0;
    const std::int64_t memtile = r.memTile >= 0 ? p_.memtileLatencyCycles : 0;
    MemRouteTiming t{p_.shimBytesPerCycle, p_.ddrLatencyCycles + memtile + extraHops * p_.hopCycles, 0};
    t.forwardLatency = memtile + extraHops * p_.hopCycles;
    return t;
  }

  DmaBuffering dmaBuffering() const override {
    return DmaBuffering{static_cast<int>(p_.bufferDepth), p_.lockCycles, p_.shimOutstandingBytes};
  }

  MemorySystem memorySystem() const override {
    MemorySystem m;
    // Only the shim tiles of columns shim.first_dma_column .. array.columns - 1 have a DMA to DDR
    // (on the physical Phoenix array column 0 has none). A config with no such column gets no
    // channel; the mapper reports it (shim.first_dma_column) and the simulator refuses the model.
    const std::int64_t dmaColumns = std::max<std::int64_t>(0, p_.columns - p_.firstDmaColumn);
    m.readChannels = static_cast<int>(dmaColumns * p_.shimMm2s);
    m.writeChannels = static_cast<int>(dmaColumns * p_.shimS2mm);
    m.sharedPool = false;
    m.bytesPerCycle = p_.shimBytesPerCycle;
    m.latency = p_.ddrLatencyCycles;
    return m;
  }

  std::int64_t memoryIssueCycles() const override { return p_.dmaIssueCycles; }
  double clockHz() const override { return p_.clockMhz * 1e6; }
  double hostLaunchSeconds() const override { return p_.hostLaunchUs * 1e-6; }

  double peakMacsPerCycle(ir::DType dt) const override {
    return static_cast<double>(p_.columns * p_.computeRows) * of(p_.macsPerCycle, dt);
  }
  double peakMacsPerCycle(ir::MacType m) const override {
    return static_cast<double>(p_.columns * p_.computeRows) * mode(m).macs;
  }

 private:
  static std::int64_t ceilDiv(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }

  NpuParams p_;
};

}  // namespace

TimingModelEntry timingModelEntry() {
  TimingModelEntry e;
  e.name = "aie-ml";
  e.description = "AMD AIE-ML NPU (Ryzen AI npu1): compute tiles, objectfifo streams, shim DMA to DDR";
  e.params = paramTable().specs();
  e.family = &family();
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
  e.create = [](const ir::Arch& a) -> std::unique_ptr<TimingModel> { return std::make_unique<AieMlModel>(params(a)); };
  return e;
}

const ParamTable<NpuParams>& paramTable() {
  static const ParamTable<NpuParams> table = [] {
    ParamTable<NpuParams> t;
    t.add(positiveParam("clock_mhz", "MHz", "clock of the AIE array", 1e5), &NpuParams::clockMhz);
    t.add(intParam("array.columns", "count", "columns of the array used", 1, 64), &NpuParams::columns);
    t.add(intParam("array.compute_rows", "count", "rows of compute tiles per column", 1, 64), &NpuParams::computeRows);
    t.add(intParam("array.mem_rows", "count", "rows of memory tiles per column", 0, 16), &NpuParams::memRows);
    t.add(intParam("array.shim_rows", "count", "rows of shim (interface) tiles per column", 1, 16),
          &NpuParams::shimRows);
    t.addPerDType("macs_per_cycle", "MACs/cycle", "peak multiply-accumulates per cycle of one compute tile",
                  &NpuParams::macsPerCycle);
    t.addPerDType("vector_lanes", "elements/cycle", "elements per cycle of one compute tile's vector unit",
                  &NpuParams::vectorLanes);
    t.addPerDType("mmul.r", "elements", "rows r of the r x s x t MMUL intrinsic a matmul kernel issues",
                  &NpuParams::mmulR, true, 1, 256);
    t.addPerDType("mmul.s", "elements", "reduction depth s of the r x s x t MMUL intrinsic", &NpuParams::mmulS, true, 1,
                  256);
    t.addPerDType("mmul.t", "elements", "columns t of the r x s x t MMUL intrinsic", &NpuParams::mmulT, true, 1, 256);
    t.addPerDType("matmul.block_cycles", "cycles",
                  "cycles a matmul kernel spends on each r x t output block beyond its reduction loop "
                  "(accumulator load and store, loop overhead; measured)",
                  &NpuParams::blockCycles, true, 0, 1e6);
    t.add(intParam("kernel_call_cycles", "cycles", "fixed cost of one kernel call on a compute tile", 0),
          &NpuParams::kernelCallCycles);
    t.add(intParam("lock_cycles", "cycles", "lock acquire or release of one get or put", 0), &NpuParams::lockCycles);
    t.add(positiveParam("stream.bytes_per_cycle", "bytes/cycle", "transfer rate of a tile-to-tile stream"),
          &NpuParams::streamBytesPerCycle);
    t.add(intParam("stream.latency_cycles", "cycles", "latency of a tile-to-tile stream", 0),
          &NpuParams::streamLatencyCycles);
    t.add(intParam("dma.issue_cycles", "cycles", "set-up of one DMA transfer (load or store)", 0),
          &NpuParams::dmaIssueCycles);
    t.add(intParam("shim.mm2s_channels", "count", "DDR-to-array (MM2S) DMA channels per shim tile", 1, 64),
          &NpuParams::shimMm2s);
    t.add(intParam("shim.s2mm_channels", "count", "array-to-DDR (S2MM) DMA channels per shim tile", 1, 64),
          &NpuParams::shimS2mm);
    t.add(intParam("shim.first_dma_column", "column",
                   "first column whose shim tile has a DMA to DDR: the shims of this column and every column east "
                   "of it do, those west of it have none (1 on the physical Phoenix array)",
                   0, 63),
          &NpuParams::firstDmaColumn);
    t.add(positiveParam("shim.bytes_per_cycle", "bytes/cycle", "transfer rate of one shim DMA channel"),
          &NpuParams::shimBytesPerCycle);
    t.add(intParam("shim.bds", "count", "buffer descriptors per shim tile", 1, 1024), &NpuParams::shimBds);
    t.add(intParam("ddr.latency_cycles", "cycles", "DDR access latency seen by a shim DMA", 0),
          &NpuParams::ddrLatencyCycles);
    t.add(intParam("shim.outstanding_bytes", "bytes",
                   "DDR read data a shim MM2S channel may have requested beyond the buffer slots free for it "
                   "(held in the shim and the interconnect while the destination back-pressures): prefetched "
                   "loads request tiles this far ahead, so the DDR latency is paid once per stream; 0: a tile "
                   "is requested only once a slot is free for it",
                   0, 1e9),
          &NpuParams::shimOutstandingBytes);
    t.add(intParam("compute.l1_bytes", "bytes", "data memory of one compute tile", 1), &NpuParams::l1Bytes);
    t.add(intParam("compute.program_bytes", "bytes", "program memory of one compute tile", 1),
          &NpuParams::programBytes);
    t.add(intParam("compute.dma_in", "count", "S2MM DMA channels of a compute tile", 0, 64), &NpuParams::computeDmaIn);
    t.add(intParam("compute.dma_out", "count", "MM2S DMA channels of a compute tile", 0, 64),
          &NpuParams::computeDmaOut);
    t.add(intParam("compute.bds", "count", "buffer descriptors of a compute tile", 0, 1024), &NpuParams::computeBds);
    t.add(intParam("compute.locks", "count", "locks of a compute tile", 0, 1024), &NpuParams::computeLocks);
    t.add(intParam("memtile.bytes", "bytes", "memory of one memory tile", 0), &NpuParams::memtileBytes);
    t.add(intParam("memtile.dma_in", "count", "S2MM DMA channels of a memory tile", 0, 64), &NpuParams::memtileDmaIn);
    t.add(intParam("memtile.dma_out", "count", "MM2S DMA channels of a memory tile", 0, 64), &NpuParams::memtileDmaOut);
    t.add(intParam("memtile.bds", "count", "buffer descriptors of a memory tile", 0, 1024), &NpuParams::memtileBds);
    t.add(intParam("memtile.locks", "count", "locks of a memory tile", 0, 1024), &NpuParams::memtileLocks);
    // Placement (docs/mapping.md): L1 reserved per core, and the cost of each kind of route.
    t.add(intParam("compute.stack_bytes", "bytes", "data memory each core reserves for its stack", 0),
          &NpuParams::stackBytes);
    t.add(
        intParam("switch.hop_cycles", "cycles", "latency of each stream-switch hop beyond the first of a DMA route", 0),
        &NpuParams::hopCycles);
    t.add(intParam("shared_memory.latency_cycles", "cycles",
                   "latency of a hand-off through a neighbour's shared memory (no DMA)", 0),
          &NpuParams::sharedMemoryLatencyCycles);
    t.add(intParam("memtile.latency_cycles", "cycles",
                   "latency a memory tile adds to a tensor tile passing through it (S2MM to MM2S)", 0),
          &NpuParams::memtileLatencyCycles);
    t.add(nonNegativeParam("host.launch_us", "us",
                           "host wall-clock of one XRT call of the design beyond the array's time: dispatch, "
                           "instruction stream, completion wait (an empty design's kernel() + wait())",
                           1e6),
          &NpuParams::hostLaunchUs);
    t.add(intParam("dma.buffer_depth", "count",
                   "buffers of a tensor route in L1 and in the memory tile (objectfifo depth): loads are fetched "
                   "up to this many tiles ahead, stores drain from this many; 0: loads and stores block",
                   0, 16),
          &NpuParams::bufferDepth);
    return t;
  }();
  return table;
}

NpuParams params(const ir::Arch& a) {
  NpuParams p = paramTable().read(a);
  for (const auto& [key, v] : a.params) {
    const auto whole = static_cast<std::int64_t>(std::llround(v.value));
    MeasuredShape shape;
    std::string prefix;
    ir::MacType mac;
    if (parseMeasuredKey(key, shape)) {
      p.measured[shape] = whole;
    } else if (parsePairKey(key, prefix, mac)) {
      MmulMode& md = p.pairs[mac];
      if (prefix == "macs_per_cycle") md.macs = v.value;
      else if (prefix == "mmul.r") md.r = whole;
      else if (prefix == "mmul.s") md.s = whole;
      else if (prefix == "mmul.t") md.t = whole;
      else md.blockCycles = whole;
    }
  }
  return p;
}

}  // namespace datosim::arch::npu
