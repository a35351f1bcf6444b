// What happened when, for a timeline of the run (datosim --trace / --vcd; docs/observability.md): every
// span of every instance (busy in a compute, a load, a store, a get or put; blocked on get or put;
// waiting for a shared core), every change of every stream's occupancy, and every transfer that held
// a memory channel, DMA channel or HBM pseudo-channel. No SystemC here: the engine records into it,
// the writers (tools/trace_format.h) read it.
//
// Size policy: the trace keeps every event inside the window [from, to) (default: the whole run), up
// to `maxEvents`. Past that it keeps the earliest part of the window: it ends at a cycle
// (recordedUntil) before which it holds every event, and says so (truncated). While recording, memory
// stays below about twice `maxEvents` events, whatever the length of the run; the finished trace holds
// at most `maxEvents` (unless more than that start in the window's first cycle).
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace datosim::sim {

enum class TraceKind : std::uint8_t {
  // Spans of an instance (track: the instance id). The first five are busy cycles, the report's `busy`.
  Compute,     // value: name id of the kernel (Trace::name)
  Load,        // value: name id of the argument loaded
  Store,       // value: name id of the argument stored
  Get,         // the get's fixed cost; value: stream instance id
  Put,         // the put's fixed cost and transfer; value: stream instance id
  Pipelined,   // a pipelined loop's cycles outside its stalls on streams; value: name id of the loop
  BlockedGet,  // value: stream instance id
  BlockedPut,  // value: stream instance id
  CoreWait,    // waiting for the core of a tile shared with other instances
  Deadlocked,  // the wait that never ended, from its start to the end of the run; value: stream instance id
  // A stream's occupancy from the end of cycle `begin` (track: stream instance id; value: tokens).
  Occupancy,
  // A resource held by a transfer (track: resource id, Trace::resources; value: holder, Trace::holders).
  Hold,
};

/// True for the kinds that count as the report's busy cycles.
inline bool isBusy(TraceKind k) { return k <= TraceKind::Pipelined; }

struct TraceEvent {
  std::int64_t begin = 0, end = 0;  // [begin, end) in cycles; Occupancy: begin == end
  std::int64_t value = 0;
  std::int32_t track = 0;
  TraceKind kind = TraceKind::Compute;
};

struct TraceOptions {
  static constexpr std::int64_t kNoEnd = std::numeric_limits<std::int64_t>::max();
  std::int64_t from = 0, to = kNoEnd;  // the window, in cycles
  std::size_t maxEvents = 1000000;     // >= 1
};

class Trace {
 public:
  explicit Trace(TraceOptions o = {});

  const TraceOptions& options() const { return opts_; }

  /// Forget everything recorded (a run that starts again); the options stay.
  void reset(std::size_t streams);

  /// Record a span [begin, end) of `kind` on `track`. Empty spans and spans outside the window are not kept.
  void span(TraceKind kind, int track, std::int64_t begin, std::int64_t end, std::int64_t value) {
    if (begin < opts_.from) begin = opts_.from;
    if (end > cutoff_) end = cutoff_;
    if (begin >= end) return;
    add({begin, end, value, track, kind});
  }
  /// Record that stream `stream` holds `tokens` tokens from the end of cycle `cycle` on (in cycle order per stream).
  void occupancy(int stream, std::int64_t cycle, std::int64_t tokens) {
    if (cycle < opts_.from) {
      before_[static_cast<std::size_t>(stream)] = tokens;
      return;
    }
    if (cycle >= cutoff_) return;
    add({cycle, cycle, tokens, stream, TraceKind::Occupancy});
  }

  /// The id of a name (kernel, argument, loop), the same for the same text.
  std::int64_t name(const std::string& text);
  const std::string& nameOf(std::int64_t id) const { return names_[static_cast<std::size_t>(id)]; }

  /// Sort the events (by kind group, track, begin, end, kind, value) and close the recording.
  void finish();

  /// After finish(): every event kept, sorted.
  const std::vector<TraceEvent>& events() const { return events_; }
  /// Per stream: its occupancy at the window's start (from events before it).
  const std::vector<std::int64_t>& occupancyAtStart() const { return before_; }
  /// Every event that starts before this cycle (and lies in the window) is in the trace.
  std::int64_t recordedUntil() const { return cutoff_; }
  /// Some events of the window were left out (recordedUntil() is before the window's end).
  bool truncated() const { return truncated_; }

  /// Names of the arbitrated resources (memory channels, DMA channels, HBM pseudo-channels, shared cores)
  /// and of whoever holds them (instances, DMA agents), indexed as in Hold events. Set by the engine.
  std::vector<std::string> resources, holders;

 private:
  void add(const TraceEvent& e) {
    events_.push_back(e);
    if (events_.size() >= pruneAt_) prune();
  }
  void prune();

  TraceOptions opts_;
  std::int64_t cutoff_;
  std::size_t pruneAt_;
  bool truncated_ = false;
  std::vector<TraceEvent> events_;
  std::vector<std::int64_t> before_;
  std::vector<std::string> names_;
  std::map<std::string, std::int64_t> nameIds_;
};

}  // namespace datosim::sim
