// Timing models turn IR operations into cycles for one architecture. Pluggable: each model is one
// .cpp registering itself in registerBuiltinTimingModels(); adding one is a file and a line.
// Each model declares its parameters (the table drives config validation and --list-models).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "ir/arch.h"
#include "ir/diag.h"
#include "ir/graph.h"
#include "ir/kernels.h"
#include "ir/mapping.h"

namespace datosim::arch {

class Family;

struct ParamSpec {
  std::string key;          // dotted, e.g. "macs_per_cycle.i16"
  std::string unit;         // "cycles", "bytes/cycle", "MHz", "count", ...
  std::string description;
  bool integer = false;     // must be a whole number
  double min = 0;           // inclusive bounds of a sane value
  double max = 1e12;
  bool minExclusive = false;  // (added) the value must be strictly greater than `min`
};

/// Timing of one stream instance (a first, placement-free model; the mapper refines it later).
struct StreamTiming {
  std::int64_t latency = 0;        // cycles from the end of a put's transfer until the token is visible
  double bytesPerCycle = 1;        // transfer rate; a put occupies the producer ceil(bytes / rate) cycles
  bool zeroCopy = false;           // (mapped) the consumer reads the producer's buffer: no transfer at all
};

/// Timing of one load or store route of a mapping (docs/timing.md, "Mapped runs"): every channel
/// on the route is held for ceil(bytes / bytesPerCycle) cycles, then `latency` more cycles pass.
struct MemRouteTiming {
  double bytesPerCycle = 1;
  std::int64_t latency = 0;
  /// Of `latency`, the part from the memory tile to the compute tile (a route through a memory
  /// tile is timed as two transfers when its loads are prefetched: DDR -> memory tile, memory
  /// tile -> compute tile; docs/timing.md).
  std::int64_t forwardLatency = 0;
};

/// Buffered DMA on mapped runs (docs/timing.md, "Prefetched loads, drained stores, multicast"):
/// loads are fetched ahead into `depth` buffers per route and stores drain from `depth` buffers,
/// each hand-over costing `lockCycles` on the instance. depth 0: loads and stores block.
struct DmaBuffering {
  int depth = 0;
  std::int64_t lockCycles = 0;
  /// (added) Bytes of DDR reads a load route's shim channel may have requested beyond the buffer
  /// slots that are free for them (docs/timing.md, "Prefetched loads ..."); 0: a tile's read is
  /// requested only once a slot is free for it.
  std::int64_t outstandingBytes = 0;
};

/// Off-chip memory as pools of independent channels of `bytesPerCycle` each, with `latency`
/// cycles of access latency. A load reserves the earliest-free read channel, a store the
/// earliest-free write channel; with `sharedPool` reads and writes use one pool of `readChannels`
/// (FPGA HBM pseudo-channels), otherwise separate pools (NPU shim MM2S / S2MM channels).
struct MemorySystem {
  int readChannels = 1;
  int writeChannels = 1;
  bool sharedPool = false;
  double bytesPerCycle = 1;
  std::int64_t latency = 0;
};

/// A compute call inside a pipelined loop (docs/timing.md, "Pipelined loops"): it holds its datapath
/// `issue` cycles (iterations cannot start more often) and its output is ready `latency` cycles
/// after it starts.
struct PipelinedCost {
  std::int64_t issue = 0;
  std::int64_t latency = 0;
  /// (added) The latency of the accumulation (the adder) when the compute accumulates into its
  /// output (`mac`, or `accumulate`): an accumulation into the same local by a later iteration cannot
  /// start earlier than this after this one started (docs/timing.md, "Pipelined loops"). 0: no
  /// constraint (a `cycles` override, or a model that does not model it).
  std::int64_t accumulate = 0;
  /// (added) The parameter `accumulate` comes from, for reports (e.g. "pe.accumulate_latency_cycles.f32").
  std::string accumulateParam{};
};

class TimingModel {
 public:
  virtual ~TimingModel() = default;
  virtual std::string name() const = 0;
  /// Cycles of one compute call (not counting an explicit `cycles` override, handled by the engine).
  virtual std::int64_t computeCycles(const ir::KernelInfo& k, const ir::KernelWork& w) const = 0;
  /// Fixed cost of a get or put on the instance side (lock acquire/release, stream read), in cycles.
  virtual std::int64_t getCycles(const ir::StreamInst& s, std::int64_t tokenBytes) const = 0;
  virtual StreamTiming streamTiming(const ir::StreamInst& s, std::int64_t tokenBytes) const = 0;
  /// The timing of a stream the mapper routed (shared memory, DMA over `route.hops` stream-switch
  /// hops, an FPGA FIFO). The default ignores the route.
  virtual StreamTiming routedStreamTiming(const ir::StreamInst& s, const ir::StreamRoute& route,
                                            std::int64_t tokenBytes) const {
    (void)route;
    return streamTiming(s, tokenBytes);
  }
  /// The timing of a load or store along a mapped route. The default: the memory system's rate and latency.
  virtual MemRouteTiming memRouteTiming(const ir::MemRoute& route) const {
    (void)route;
    const MemorySystem m = memorySystem();
    return MemRouteTiming{m.bytesPerCycle, m.latency};
  }
  /// Whether loops with a `pipeline` hint run as pipelines (docs/timing.md, "Pipelined loops"). The
  /// default: no, they run as plain loops. A model that pipelines loops has no buffered DMA.
  virtual bool pipelinesLoops() const { return false; }
  /// The cost of a compute call in a pipelined loop (only asked when pipelinesLoops()). The default:
  /// the call's whole cost as both issue and latency.
  virtual PipelinedCost pipelinedComputeCycles(const ir::KernelInfo& k, const ir::KernelWork& w) const {
    const std::int64_t c = computeCycles(k, w);
    return PipelinedCost{c, c};
  }
  /// Buffered DMA on mapped runs. The default: none (every load and store blocks its instance).
  virtual DmaBuffering dmaBuffering() const { return {}; }
  virtual MemorySystem memorySystem() const = 0;
  /// Fixed issue cost of a load/store (DMA set-up), before the memory system's transfer time.
  virtual std::int64_t memoryIssueCycles() const = 0;
  /// Clock of the simulated fabric.
  virtual double clockHz() const = 0;
  /// Host wall-clock of one call of the whole design beyond the array's own time (kernel launch,
  /// instruction stream, completion wait; docs/timing.md, "End-to-end time"). 0: not modelled.
  virtual double hostLaunchSeconds() const { return 0; }
  /// Peak multiply-accumulates per cycle of the whole architecture for `dt` (for "% of peak").
  virtual double peakMacsPerCycle(ir::DType dt) const = 0;
  /// The same for a MAC of operand dtypes `m`. The default: a mixed pair runs at the rate of its
  /// wider dtype (the narrower operand widened); a model with native mixed-precision modes overrides it.
  virtual double peakMacsPerCycle(ir::MacType m) const { return peakMacsPerCycle(m.wide()); }
};

/// An optional family of parameters whose keys follow a pattern (e.g. measured kernel cycles per
/// tile shape, `matmul.cycles.i16.64x64x64`): a config may hold any number of them, none required.
struct ParamFamily {
  std::string pattern;      // for --list-models and docs, e.g. "matmul.cycles.<dtype>.<m>x<k>x<n>"
  std::string unit;
  std::string description;
  /// Whether `key` belongs to the family.
  std::function<bool(const std::string& key)> matches;
  /// "" if the value is acceptable, else what is wrong as a predicate ("must be ...", "is ..."), read
  /// after the parameter's name (the other parameters of `arch` may be read when present).
  std::function<std::string(const std::string& key, double value, const ir::Arch& arch)> check;
};

struct TimingModelEntry {
  std::string name;
  std::string description;
  /// What the rest of datosim asks of the architecture (arch/family.h); nullptr only for models
  /// registered by tests, which the mapper, the bound and the emitters then do not know.
  const Family* family = nullptr;
  std::vector<ParamSpec> params;
  std::vector<ParamFamily> families;
  /// Parameters an earlier version of the model had: key -> what replaced it (for the diagnostic).
  std::vector<std::pair<std::string, std::string>> retired;
  /// Checks that relate several parameters (run once every parameter is valid on its own): the
  /// (key, message) pairs of what is wrong. Empty: none.
  std::function<std::vector<std::pair<std::string, std::string>>(const ir::Arch&)> crossCheck;
  std::function<std::unique_ptr<TimingModel>(const ir::Arch&)> create;
};

class TimingModelRegistry {
 public:
  void add(TimingModelEntry e);
  const TimingModelEntry* find(const std::string& name) const;
  const std::vector<TimingModelEntry>& entries() const { return entries_; }
  /// The registry with every built-in model.
  static const TimingModelRegistry& builtin();

 private:
  std::vector<TimingModelEntry> entries_;
};

void registerBuiltinTimingModels(TimingModelRegistry& r);

/// Check an Arch against its model's parameter table: unknown model, unknown parameter (closest
/// name suggested), missing parameter, value out of its range. Adds diagnostics; true if valid.
/// `malformed`: parameters the config has but the loader rejected (frontend::PartialArch), which
/// are not reported missing.
/// A parameter value as diagnostics print it: the shortest text that reads back as the same number
/// ("4", "0.8", "1e+12").
std::string paramNumber(double v);

bool validateArch(const ir::Arch& arch, Diagnostics& diags, const std::vector<std::string>& malformed = {});
/// Create the model for a validated Arch.
std::unique_ptr<TimingModel> createTimingModel(const ir::Arch& arch);

}  // namespace datosim::arch
