#include "tools/trace_format.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <set>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

namespace datosim::tools {

namespace {

using sim::TraceEvent;
using sim::TraceKind;

// A JSON string literal (names come from the graph: quotes, backslashes and control characters escaped).
std::string quote(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Cycles as microseconds of the trace-event format, one cycle shown as one nanosecond: exact decimals.
std::string micros(std::int64_t cycles) {
  const std::int64_t frac = cycles % 1000;
  std::string f = std::to_string(frac);
  return std::to_string(cycles / 1000) + "." + std::string(3 - f.size(), '0') + f;
}

std::string streamName(const ir::Graph& g, std::int64_t id) {
  return id >= 0 && static_cast<std::size_t>(id) < g.streamInsts.size() ? g.streamInsts[static_cast<std::size_t>(id)].name
                                                                          : "?";
}

// The span's name and category (cat: "busy", "blocked_get", "blocked_put", "core_wait", "deadlock").
std::pair<std::string, const char*> spanName(const sim::Trace& t, const ir::Graph& g, const TraceEvent& e) {
  switch (e.kind) {
    case TraceKind::Compute: return {t.nameOf(e.value), "busy,compute"};
    case TraceKind::Load: return {"load " + t.nameOf(e.value), "busy,memory"};
    case TraceKind::Store: return {"store " + t.nameOf(e.value), "busy,memory"};
    case TraceKind::Get: return {"get " + streamName(g, e.value), "busy,stream"};
    case TraceKind::Put: return {"put " + streamName(g, e.value), "busy,stream"};
    case TraceKind::Pipelined: return {t.nameOf(e.value), "busy,pipelined"};
    case TraceKind::BlockedGet: return {"blocked on get " + streamName(g, e.value), "blocked_get"};
    case TraceKind::BlockedPut: return {"blocked on put " + streamName(g, e.value), "blocked_put"};
    case TraceKind::CoreWait: return {"waiting for the core", "core_wait"};
    case TraceKind::Deadlocked: return {"deadlocked on " + streamName(g, e.value), "deadlock"};
    case TraceKind::Occupancy:
    case TraceKind::Hold: break;
  }
  return {"?", "?"};
}

struct Json {
  std::string out;
  bool first = true;
  void event(const std::string& body) {
    out += first ? "\n" : ",\n";
    first = false;
    out += body;
  }
  // A process (tid < 0) or thread: its name and its place in the list.
  void named(int pid, int tid, const std::string& name, std::int64_t sortIndex) {
    const std::string kind = tid < 0 ? "process" : "thread";
    const std::string ids = ",\"pid\":" + std::to_string(pid) + (tid < 0 ? "" : ",\"tid\":" + std::to_string(tid));
    event("{\"ph\":\"M\",\"name\":\"" + kind + "_name\"" + ids + ",\"args\":{\"name\":" + quote(name) + "}}");
    event("{\"ph\":\"M\",\"name\":\"" + kind + "_sort_index\"" + ids + ",\"args\":{\"sort_index\":" +
          std::to_string(sortIndex) + "}}");
  }
  void span(const std::string& name, const std::string& cat, int pid, int tid, std::int64_t begin, std::int64_t end) {
    event("{\"ph\":\"X\",\"name\":" + quote(name) + ",\"cat\":\"" + cat + "\",\"pid\":" + std::to_string(pid) +
          ",\"tid\":" + std::to_string(tid) + ",\"ts\":" + micros(begin) + ",\"dur\":" + micros(end - begin) + "}");
  }
  void counter(const std::string& name, int pid, std::int64_t cycle, std::int64_t tokens) {
    event("{\"ph\":\"C\",\"name\":" + quote(name) + ",\"pid\":" + std::to_string(pid) + ",\"ts\":" + micros(cycle) +
          ",\"args\":{\"tokens\":" + std::to_string(tokens) + "}}");
  }
};

}  // namespace

std::string traceToJson(const sim::Trace& t, const sim::Report& r, const ir::Graph& g, const ir::Mapping* mapping) {
  // Processes: the mapping's tiles in tile order (or the tasks), then the streams, then the channels.
  std::vector<int> pidOf(g.instances.size(), 0);
  std::vector<std::string> processes;  // by pid - 1
  if (mapping) {
    std::map<int, int> pidOfTile;
    std::vector<int> tiles;
    for (const ir::TileGroup& grp : mapping->groups) tiles.push_back(grp.tile);
    std::sort(tiles.begin(), tiles.end());
    tiles.erase(std::unique(tiles.begin(), tiles.end()), tiles.end());
    for (int tile : tiles) {
      pidOfTile[tile] = static_cast<int>(processes.size()) + 1;
      const ir::Tile& x = mapping->tiles[static_cast<std::size_t>(tile)];
      processes.push_back(x.kind == ir::TileKind::Pe ? "processing element " + x.name()
                                                     : std::string(ir::tileKindName(x.kind)) + " tile " + x.name());
    }
    int unplaced = 0;
    for (std::size_t i = 0; i < g.instances.size(); ++i) {
      const int tile = mapping->tileOf(static_cast<int>(i));
      if (tile >= 0) {
        pidOf[i] = pidOfTile[tile];
        continue;
      }
      if (!unplaced) {
        processes.push_back("not placed (nothing to do)");
        unplaced = static_cast<int>(processes.size());
      }
      pidOf[i] = unplaced;
    }
  } else {
    for (const ir::Task& task : g.tasks) processes.push_back("task " + task.name);
    for (std::size_t i = 0; i < g.instances.size(); ++i) pidOf[i] = g.instances[i].task + 1;
  }
  const int streamsPid = static_cast<int>(processes.size()) + 1;
  const int channelsPid = streamsPid + 1;

  Json j;
  j.out = "{\"displayTimeUnit\":\"ns\",\n\"otherData\":{";
  j.out += "\"generator\":\"datosim\",\"graph\":" + quote(r.graphName) + ",\"arch\":" + quote(r.archName) +
           ",\"outcome\":" + quote(sim::outcomeName(r.outcome)) + ",\"cycles\":" + std::to_string(r.cycles) +
           ",\"clock_hz\":" + nlohmann::json(r.clockHz).dump() +
           ",\"time_axis\":\"one cycle is shown as one nanosecond\"" +
           ",\"window_from\":" + std::to_string(t.options().from) + ",\"window_to\":" +
           (t.options().to == sim::TraceOptions::kNoEnd ? std::string("null") : std::to_string(t.options().to)) +
           ",\"truncated\":" + (t.truncated() ? "true" : "false");
  if (t.truncated()) j.out += ",\"recorded_until\":" + std::to_string(t.recordedUntil());
  j.out += "},\n\"traceEvents\":[";

  for (std::size_t p = 0; p < processes.size(); ++p)
    j.named(static_cast<int>(p) + 1, -1, processes[p], static_cast<std::int64_t>(p));
  for (std::size_t i = 0; i < g.instances.size(); ++i)
    j.named(pidOf[i], static_cast<int>(i) + 1, g.instances[i].name, static_cast<std::int64_t>(i));
  j.named(streamsPid, -1, "streams (occupancy in tokens)", static_cast<std::int64_t>(processes.size()));
  // Channels: only those some transfer held.
  std::set<int> held;
  for (const TraceEvent& e : t.events())
    if (e.kind == TraceKind::Hold) held.insert(e.track);
  if (!held.empty()) {
    j.named(channelsPid, -1, "memory and DMA channels (transfers)", static_cast<std::int64_t>(processes.size()) + 1);
    for (int res : held)
      j.named(channelsPid, res + 1,
              static_cast<std::size_t>(res) < t.resources.size() ? t.resources[static_cast<std::size_t>(res)] : "?", res);
  }

  // Each stream's counter starts at its occupancy at the window's start, unless it changes right then.
  std::set<int> changesAtStart;
  for (const TraceEvent& e : t.events())
    if (e.kind == TraceKind::Occupancy && e.begin == t.options().from) changesAtStart.insert(e.track);
  for (std::size_t s = 0; s < g.streamInsts.size(); ++s) {
    if (changesAtStart.count(static_cast<int>(s))) continue;
    j.counter(g.streamInsts[s].name, streamsPid, t.options().from,
              s < t.occupancyAtStart().size() ? t.occupancyAtStart()[s] : 0);
  }
  for (const TraceEvent& e : t.events()) {
    if (e.kind == TraceKind::Occupancy) {
      j.counter(streamName(g, e.track), streamsPid, e.begin, e.value);
    } else if (e.kind == TraceKind::Hold) {
      j.span(static_cast<std::size_t>(e.value) < t.holders.size() ? t.holders[static_cast<std::size_t>(e.value)] : "?",
             "transfer", channelsPid, e.track + 1, e.begin, e.end);
    } else {
      const auto [name, cat] = spanName(t, g, e);
      j.span(name, cat, pidOf[static_cast<std::size_t>(e.track)], e.track + 1, e.begin, e.end);
    }
  }
  // A deadlock: a marker where each blocked instance started its last wait, saying on whom it waits.
  const std::int64_t until = std::min(t.options().to, t.recordedUntil());
  std::map<int, std::int64_t> since;  // instance -> start of its last wait, where the trace shows it
  for (const TraceEvent& e : t.events())
    if (e.kind == TraceKind::Deadlocked) since[e.track] = e.begin;
  for (const sim::BlockedWait& w : r.deadlock.blocked) {
    const auto it = since.find(w.instance);
    // A wait that started in the run's last cycle has no span: its marker is at that cycle.
    const std::int64_t at = it != since.end() ? it->second : r.cycles;
    if (at < t.options().from || at >= until) continue;
    const std::string& other = g.instances[static_cast<std::size_t>(w.waitsOn)].name;
    const std::string what = std::string(w.waitingForData ? "get " : "put ") + streamName(g, w.stream);
    j.event("{\"ph\":\"i\",\"s\":\"t\",\"name\":" +
            quote("deadlock: " + what + " waits on " + other + (w.waitsOnFinished ? " (finished)" : "")) +
            ",\"cat\":\"deadlock\",\"pid\":" + std::to_string(pidOf[static_cast<std::size_t>(w.instance)]) +
            ",\"tid\":" + std::to_string(w.instance + 1) + ",\"ts\":" + micros(at) + "}");
  }
  j.out += "\n]}\n";
  return j.out;
}

namespace {

// A VCD reference: letters, digits and '_' (brackets would read as bit selects), not starting with a digit.
std::string vcdName(const std::string& s) {
  std::string n;
  for (char c : s) n += (std::isalnum(static_cast<unsigned char>(c)) || c == '_') ? c : '_';
  if (n.empty() || std::isdigit(static_cast<unsigned char>(n[0]))) n = "_" + n;
  return n;
}

// Unique references within one scope: a clash gets _2, _3, ...
std::vector<std::string> uniqueNames(const std::vector<std::string>& raw) {
  std::set<std::string> used;
  std::vector<std::string> out;
  for (const std::string& r : raw) {
    std::string n = vcdName(r);
    for (int k = 2; !used.insert(n).second; ++k) n = vcdName(r) + "_" + std::to_string(k);
    out.push_back(n);
  }
  return out;
}

// The identifier code of signal k: printable ASCII '!'..'~', base 94.
std::string vcdId(std::size_t k) {
  std::string id;
  do {
    id += static_cast<char>('!' + k % 94);
    k /= 94;
  } while (k);
  return id;
}

std::string binary(std::int64_t v) {
  if (v <= 0) return "0";
  std::string b;
  for (; v; v >>= 1) b += (v & 1) ? '1' : '0';
  std::reverse(b.begin(), b.end());
  return b;
}

int bitsFor(std::int64_t v) {
  int n = 1;
  while (n < 63 && (std::int64_t{1} << n) <= v) ++n;
  return n;
}

VcdState stateOf(TraceKind k) {
  switch (k) {
    case TraceKind::Compute: return VcdState::Compute;
    case TraceKind::Load:
    case TraceKind::Store: return VcdState::Memory;
    case TraceKind::Get:
    case TraceKind::Put: return VcdState::Stream;
    case TraceKind::Pipelined: return VcdState::Pipelined;
    case TraceKind::BlockedGet: return VcdState::BlockedGet;
    case TraceKind::BlockedPut: return VcdState::BlockedPut;
    case TraceKind::CoreWait: return VcdState::CoreWait;
    case TraceKind::Deadlocked: return VcdState::Deadlocked;
    case TraceKind::Occupancy:
    case TraceKind::Hold: break;
  }
  return VcdState::Idle;
}

}  // namespace

std::string traceToVcd(const sim::Trace& t, const sim::Report& r, const ir::Graph& g, const std::string& version) {
  const std::size_t ni = g.instances.size(), ns = g.streamInsts.size();
  std::vector<std::string> instRaw, streamRaw;
  for (const ir::Instance& in : g.instances) instRaw.push_back(in.name);
  for (const ir::StreamInst& s : g.streamInsts) streamRaw.push_back(s.name);
  const std::vector<std::string> instNames = uniqueNames(instRaw), streamNames = uniqueNames(streamRaw);
  std::vector<int> width(ns, 1);
  for (std::size_t s = 0; s < ns; ++s) {
    std::int64_t most = s < r.streams.size() ? std::max(r.streams[s].depth, r.streams[s].peak) : 1;
    if (s < t.occupancyAtStart().size()) most = std::max(most, t.occupancyAtStart()[s]);
    width[s] = bitsFor(most);
  }

  // Value changes (time, signal, value); signals 0..ni-1 are instances, then streams.
  struct Change {
    std::int64_t time;
    std::size_t signal;
    std::int64_t value;
  };
  std::vector<Change> changes;
  const std::int64_t from = t.options().from;
  std::int64_t end = std::min({t.options().to, t.recordedUntil(), std::max(r.cycles, from)});
  // Instances: each span sets its state at its start and idles at its end (a later change at the same time wins).
  for (const TraceEvent& e : t.events()) {
    if (e.kind == TraceKind::Occupancy) {
      changes.push_back({e.begin, ni + static_cast<std::size_t>(e.track), e.value});
      continue;
    }
    if (e.kind == TraceKind::Hold) continue;
    changes.push_back({e.end, static_cast<std::size_t>(e.track), static_cast<int>(VcdState::Idle)});
    changes.push_back({e.begin, static_cast<std::size_t>(e.track), static_cast<int>(stateOf(e.kind))});
  }
  for (std::size_t i = 0; i < ni && i < r.instances.size(); ++i) {
    const std::int64_t f = r.instances[i].finish;
    if (f >= 0 && f <= end) changes.push_back({std::max(f, from), i, static_cast<int>(VcdState::Finished)});
  }
  // The last time stamp shows how the run left each instance: finished, deadlocked, or idle.
  if (end == r.cycles)
    for (const sim::BlockedWait& w : r.deadlock.blocked)
      changes.push_back({end, static_cast<std::size_t>(w.instance), static_cast<int>(VcdState::Deadlocked)});
  // In time order; at one time a span's start comes after the end of the one before it (added later
  // within a track's time-sorted events), and the final states after both.
  std::stable_sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) { return a.time < b.time; });

  std::string out;
  out += "$version datosim " + version + " $end\n";
  out += "$comment graph " + vcdName(r.graphName) + " on " + vcdName(r.archName) + ", outcome " +
         sim::outcomeName(r.outcome) + " at cycle " + std::to_string(r.cycles) +
         "; one cycle is one ns of the time scale. Instance states: 0 idle, 1 compute, 2 load/store, 3 get/put, "
         "4 pipelined loop, 5 blocked on get, 6 blocked on put, 7 waiting for the core, 8 deadlocked, 9 finished. "
         "Streams: occupancy in tokens at the end of each cycle.";
  if (t.truncated()) out += " Truncated: events from cycle " + std::to_string(t.recordedUntil()) + " on are left out.";
  out += " $end\n$timescale 1 ns $end\n";
  out += "$scope module " + vcdName(r.graphName) + " $end\n$scope module instances $end\n";
  for (std::size_t i = 0; i < ni; ++i) out += "$var wire 4 " + vcdId(i) + " " + instNames[i] + " $end\n";
  out += "$upscope $end\n$scope module streams $end\n";
  for (std::size_t s = 0; s < ns; ++s)
    out += "$var wire " + std::to_string(width[s]) + " " + vcdId(ni + s) + " " + streamNames[s] + " $end\n";
  out += "$upscope $end\n$upscope $end\n$enddefinitions $end\n";

  std::vector<std::int64_t> value(ni + ns, 0), shown(ni + ns, -1);
  for (std::size_t s = 0; s < ns && s < t.occupancyAtStart().size(); ++s) value[ni + s] = t.occupancyAtStart()[s];
  auto line = [&](std::size_t k) { return "b" + binary(value[k]) + " " + vcdId(k) + "\n"; };
  std::size_t c = 0;
  for (; c < changes.size() && changes[c].time <= from; ++c) value[changes[c].signal] = changes[c].value;
  out += "#" + std::to_string(from) + "\n$dumpvars\n";
  for (std::size_t k = 0; k < ni + ns; ++k) {
    out += line(k);
    shown[k] = value[k];
  }
  out += "$end\n";
  bool endShown = end <= from;
  while (c < changes.size() && changes[c].time <= end) {
    const std::int64_t time = changes[c].time;
    std::vector<std::size_t> touched;
    for (; c < changes.size() && changes[c].time == time; ++c) {
      value[changes[c].signal] = changes[c].value;
      touched.push_back(changes[c].signal);
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    std::string lines;
    for (std::size_t k : touched)
      if (value[k] != shown[k]) {
        lines += line(k);
        shown[k] = value[k];
      }
    if (!lines.empty()) {
      out += "#" + std::to_string(time) + "\n" + lines;
      endShown = endShown || time == end;
    }
  }
  if (!endShown) out += "#" + std::to_string(end) + "\n";
  return out;
}

}  // namespace datosim::tools
