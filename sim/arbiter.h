// The arbiter of a run's shared resources (docs/timing.md, "Mapped runs"): memory channels, DMA
// channels, HBM pseudo-channels and the cores of tiles holding several instances. Requests made in one
// cycle are granted once every process has acted in that cycle, in the requesters' order; each holds
// its resources for a duration from one common start.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#ifndef SC_INCLUDE_DYNAMIC_PROCESSES
#define SC_INCLUDE_DYNAMIC_PROCESSES  // sc_spawn, for the files that include this one first
#endif
#include <systemc>

#include "sim/trace.h"

namespace datosim::sim {

class Arbiter {
 public:
  /// What one request holds: an entry per resource it needs, each the list of interchangeable
  /// candidates (the channels of a pool). It gets, from each entry, the candidate free earliest.
  using Needs = std::vector<std::vector<int>>;
  /// Whoever asks: an instance, or a DMA agent of a mapped run.
  struct Waiter {
    int order = 0;  // requests of one cycle are granted in this order (instances by id, then DMA agents)
    sc_core::sc_event granted;
    std::int64_t grantResume = 0;  // start + duration + latency of the last grant
  };

  /// `now`: the current cycle. `trace`, when set, records every hold.
  explicit Arbiter(std::function<std::int64_t()> now) : now_(std::move(now)) {}
  void setTrace(Trace* trace) { trace_ = trace; }

  /// `n` more resources, free from cycle 0; the id of the first.
  int add(int n);
  int size() const { return static_cast<int>(freeAt_.size()); }
  void reserve(std::size_t requests) { requests_.reserve(requests); }

  /// Queue the request of `w`, made at the current cycle; the caller then waits for `w.granted`
  /// (and reads `w.grantResume`). `needs` must live until the grant.
  void request(Waiter& w, const Needs& needs, std::int64_t duration, std::int64_t latency);

  /// The arbiter's process: grants each cycle's requests until `stopping()` holds.
  void run(const std::function<bool()>& stopping);
  /// Wake the process (to see that the run is stopping).
  void wake() { requested_.notify(sc_core::SC_ZERO_TIME); }

 private:
  struct Request {
    Waiter* who;
    const Needs* needs;
    std::int64_t duration;
    std::int64_t latency;
  };
  void grant();

  std::function<std::int64_t()> now_;
  Trace* trace_ = nullptr;
  std::vector<std::int64_t> freeAt_;  // the cycle each resource is free from
  std::vector<Request> requests_;
  sc_core::sc_event requested_;
};

}  // namespace datosim::sim
