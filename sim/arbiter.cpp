#include "sim/arbiter.h"

#include <algorithm>

namespace datosim::sim {

int Arbiter::add(int n) {
  const int first = size();
  freeAt_.resize(freeAt_.size() + static_cast<std::size_t>(std::max(0, n)), 0);
  return first;
}

void Arbiter::request(Waiter& w, const Needs& needs, std::int64_t duration, std::int64_t latency) {
  requests_.push_back({&w, &needs, duration, latency});
  requested_.notify();
}

// Requests made in the same cycle are placed in the requesters' order, after every process has
// done what it does in that cycle (no pending activity at the current time).
void Arbiter::run(const std::function<bool()>& stopping) {
  for (;;) {
    while (requests_.empty() && !stopping()) sc_core::wait(requested_);
    while (!stopping() && sc_core::sc_pending_activity_at_current_time()) sc_core::wait(sc_core::SC_ZERO_TIME);
    if (stopping()) return;
    grant();
  }
}

void Arbiter::grant() {
  std::sort(requests_.begin(), requests_.end(),
            [](const Request& a, const Request& b) { return a.who->order < b.who->order; });
  const std::int64_t t = now_();
  std::vector<int> chosen;
  for (const Request& r : requests_) {
    // From each need the candidate free earliest (the first of equal minima), all held from one start.
    std::int64_t start = t;
    chosen.clear();
    for (const std::vector<int>& candidates : *r.needs) {
      int best = candidates.front();
      for (int id : candidates)
        if (freeAt_[static_cast<std::size_t>(id)] < freeAt_[static_cast<std::size_t>(best)]) best = id;
      chosen.push_back(best);
      start = std::max(start, freeAt_[static_cast<std::size_t>(best)]);
    }
    for (int id : chosen) freeAt_[static_cast<std::size_t>(id)] = start + r.duration;
    if (trace_)
      for (int id : chosen) trace_->span(TraceKind::Hold, id, start, start + r.duration, r.who->order);
    r.who->grantResume = start + r.duration + r.latency;
    r.who->granted.notify();
  }
  requests_.clear();
}

}  // namespace datosim::sim
