#include "sim/trace.h"

#include <algorithm>
#include <tuple>

#include "ir/log.h"

namespace datosim::sim {

Trace::Trace(TraceOptions o) : opts_(o), cutoff_(o.to) {
  if (opts_.maxEvents < 1) opts_.maxEvents = 1;
  pruneAt_ = 2 * opts_.maxEvents;
}

void Trace::reset(std::size_t streams) {
  cutoff_ = opts_.to;
  pruneAt_ = 2 * opts_.maxEvents;
  truncated_ = false;
  events_.clear();
  before_.assign(streams, 0);
  // Names keep their ids: a name asked for again gets the same one.
}

std::int64_t Trace::name(const std::string& text) {
  auto [it, fresh] = nameIds_.emplace(text, static_cast<std::int64_t>(names_.size()));
  if (fresh) names_.push_back(text);
  return it->second;
}

// Too many events: keep the earliest maxEvents by start cycle. The new cutoff is the start of the first
// event not kept, so the trace holds every event that starts before it (events spanning it are cut there),
// and drops every later one on arrival. It is at least one cycle past the window's start, so a trace
// never ends up empty (all events of that one cycle are kept, however many).
void Trace::prune() {
  const auto keep = static_cast<std::ptrdiff_t>(opts_.maxEvents);
  std::nth_element(events_.begin(), events_.begin() + keep, events_.end(),
                   [](const TraceEvent& a, const TraceEvent& b) { return a.begin < b.begin; });
  const std::int64_t cut = std::max(events_[static_cast<std::size_t>(keep)].begin, opts_.from + 1);
  if (cut >= cutoff_) {  // nothing to cut (every event starts in the window's first cycle): look again later
    pruneAt_ *= 2;
    return;
  }
  cutoff_ = cut;
  truncated_ = true;
  log::get().debug("trace: more than {} events; keeping those before cycle {}", opts_.maxEvents, cutoff_);
  events_.erase(std::remove_if(events_.begin(), events_.end(), [&](const TraceEvent& e) { return e.begin >= cutoff_; }),
                events_.end());
  for (TraceEvent& e : events_) e.end = std::min(e.end, std::max(e.begin, cutoff_));
}

void Trace::finish() {
  if (events_.size() > opts_.maxEvents) prune();  // recording kept up to twice the limit; the trace keeps the limit
  auto group = [](TraceKind k) { return k == TraceKind::Occupancy ? 1 : k == TraceKind::Hold ? 2 : 0; };
  std::sort(events_.begin(), events_.end(), [&](const TraceEvent& a, const TraceEvent& b) {
    return std::make_tuple(group(a.kind), a.track, a.begin, a.end, a.kind, a.value) <
           std::make_tuple(group(b.kind), b.track, b.begin, b.end, b.kind, b.value);
  });
}

}  // namespace datosim::sim
