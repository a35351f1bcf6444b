#include "tools/report_format.h"

#include "arch/family.h"

#include <algorithm>
#include <cmath>
#include <cinttypes>
#include <cstdio>
#include <numeric>

namespace datosim::tools {

namespace {

std::string fmt(const char* f, double v) { return formatDouble(f, v); }

std::string pad(std::string s, std::size_t w, bool right = false) {
  if (s.size() >= w) return right ? " " + s : s + " ";  // an overlong cell still keeps its columns apart
  return right ? std::string(w - s.size(), ' ') + s : s + std::string(w - s.size(), ' ');
}

double pct(std::int64_t part, std::int64_t whole) { return whole > 0 ? 100.0 * part / whole : 0.0; }

std::string timeString(double seconds) {
  if (seconds >= 1) return fmt("%.3f s", seconds);
  if (seconds >= 1e-3) return fmt("%.3f ms", seconds * 1e3);
  if (seconds >= 1e-6) return fmt("%.3f us", seconds * 1e6);
  return fmt("%.1f ns", seconds * 1e9);
}

const ir::Instance* instanceOf(const ir::Graph& g, int id) {
  return id >= 0 && id < static_cast<int>(g.instances.size()) ? &g.instances[id] : nullptr;
}
std::string instName(const ir::Graph& g, int id) {
  const ir::Instance* i = instanceOf(g, id);
  return i ? i->name : "?";
}
std::string streamName(const ir::Graph& g, int id) {
  return id >= 0 && id < static_cast<int>(g.streamInsts.size()) ? g.streamInsts[id].name : "?";
}

std::string instanceTableRow(const sim::InstanceStats& s, std::int64_t total) {
  std::string row = "  " + pad(s.name, 22) + pad(fmt("%.1f%%", pct(s.busy, total)), 8, true);
  row += pad(groupDigits(s.compute), 14, true) + pad(groupDigits(s.memory), 12, true);
  row += pad(groupDigits(s.blockedGet), 14, true) + pad(groupDigits(s.blockedPut), 14, true);
  row += pad(s.finish >= 0 ? groupDigits(s.finish) : "-", 14, true);
  return row + "\n";
}

std::string instanceTableHeader() {
  return "  " + pad("instance", 22) + pad("busy", 8, true) + pad("compute", 14, true) + pad("memory", 12, true) +
         pad("blocked-get", 14, true) + pad("blocked-put", 14, true) + pad("finished", 14, true) + "\n";
}

// Indices of the `n` largest by key, ties by index (deterministic).
template <class Key>
std::vector<std::size_t> topN(std::size_t count, std::size_t n, Key key) {
  std::vector<std::size_t> idx(count);
  std::iota(idx.begin(), idx.end(), 0);
  std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return key(a) > key(b); });
  if (idx.size() > n) idx.resize(n);
  return idx;
}

// "5 of 16, the rest in --json; " when a table shows only some of the rows, else "".
std::string shownOf(std::size_t shown, std::size_t total) {
  return shown < total ? std::to_string(shown) + " of " + std::to_string(total) + ", the rest in --json; " : "";
}

// "update waits for data on fwd (get at FILE:/ptr), which only accumulate fills"
// "hub waits for data on any of done[0], done[1] (get_any at FILE:/ptr), which only lane_0, lane_1 fill"
std::string waitLine(const sim::BlockedWait& b, const ir::Graph& g) {
  if (b.anyOf.size() > 1) {
    std::string on, fill;
    std::vector<int> producers;
    for (int s : b.anyOf) {
      on += (on.empty() ? "" : ", ") + streamName(g, s);
      const int p = g.streamInsts[static_cast<std::size_t>(s)].producer;
      if (std::find(producers.begin(), producers.end(), p) != producers.end()) continue;
      producers.push_back(p);
      fill += (fill.empty() ? "" : ", ") + instName(g, p);
    }
    return instName(g, b.instance) + " waits for data on any of " + on + " (get_any at " + b.loc.str() + "), which only " +
           fill + (producers.size() > 1 ? " fill" : " fills");
  }
  std::string out = instName(g, b.instance) + " waits for " + (b.waitingForData ? "data on " : "space on ") +
                    streamName(g, b.stream) + " (" + (b.waitingForData ? "get" : "put") + " at " + b.loc.str() + ")";
  if (b.waitsOn >= 0) {
    out += ", which only " + instName(g, b.waitsOn) + (b.waitingForData ? " fills" : " drains");
    if (b.waitsOnFinished) out += ", and it has finished";
  }
  return out;
}

std::string cycleLine(const sim::Report& r, const ir::Graph& g) {
  if (r.deadlock.cycle.empty())
    return "no cycle of waits: a put/get count mismatch (an instance waits on one that has finished)";
  std::string out = "cycle of waits: ";
  for (int id : r.deadlock.cycle) out += instName(g, id) + " -> ";
  return out + instName(g, r.deadlock.cycle.front());
}

void appendDeadlock(std::string& out, const sim::Report& r, const ir::Graph& g) {
  out += "DEADLOCK at cycle " + groupDigits(r.cycles) + ": " +
         counted(static_cast<long long>(r.deadlock.blocked.size()), "instance") + " blocked forever\n";
  for (const sim::BlockedWait& b : r.deadlock.blocked) out += "  " + waitLine(b, g) + "\n";
  out += "  " + cycleLine(r, g) + "\n";
}

// Pipelined loops that ran at a larger II than requested (docs/timing.md, "Pipelined loops"): one
// warning per loop statement and reason, naming the instances it happened in (first seen first).
std::vector<Diagnostic> pipelineWarnings(const sim::Report& r) {
  struct Group {
    const sim::PipelineNote* note;
    std::vector<std::string> instances;
  };
  std::vector<Group> groups;
  for (const sim::InstanceStats& s : r.instances)
    for (const sim::PipelineNote& n : s.pipelineNotes) {
      auto same = [&](const Group& gr) {
        const sim::PipelineNote& m = *gr.note;
        return m.loc.file == n.loc.file && m.loc.pointer == n.loc.pointer && m.requestedII == n.requestedII &&
               m.effectiveII == n.effectiveII && m.local == n.local && m.param == n.param;
      };
      auto it = std::find_if(groups.begin(), groups.end(), same);
      if (it == groups.end()) it = groups.insert(groups.end(), Group{&n, {}});
      it->instances.push_back(s.name);
    }
  std::vector<Diagnostic> out;
  for (const Group& gr : groups) {
    const sim::PipelineNote& n = *gr.note;
    std::string who;
    for (std::size_t i = 0; i < gr.instances.size() && i < 3; ++i) who += (i ? ", " : "") + gr.instances[i];
    if (gr.instances.size() > 3) who += ", ...";
    out.push_back({Severity::Warning, n.loc,
                   "pipelined loop at II " + std::to_string(n.requestedII) + " requested ran at II " +
                       std::to_string(n.effectiveII) + ": " + n.dtype + " accumulation through local '" + n.local +
                       "' (" + n.param + " = " + std::to_string(n.latency) + "), in " +
                       counted(static_cast<long long>(gr.instances.size()), "instance") + ": " + who});
  }
  return out;
}

// What the report calls the whole fabric ("array", "device").
std::string fabricNoun(const sim::Report& r) {
  const arch::Family* f = arch::findFamily(r.modelName);
  return f ? f->fabricNoun() : "array";
}

// Whose MAC peak percent_of_peak is measured against, up to the opening parenthesis before the
// peak's rate: the whole architecture, whatever the graph uses.
std::string peakScope(const sim::Report& r, const analysis::Bound* bound) {
  const int units = bound ? bound->arrayUnits : 0;
  const arch::Family* f = arch::findFamily(r.modelName);
  return f ? f->peakScope(units) : "whole architecture (";
}

// "16 PEs", "1 tile": the bound's compute unit, counted.
std::string unitsCounted(const analysis::Bound& b, int n) {
  std::string singular = b.unitName;
  if (singular.size() > 1 && singular.back() == 's') singular.pop_back();
  return counted(n, singular, b.unitName);
}

}  // namespace

std::string siPrefix(double v) {
  const char* p[] = {"", "k", "M", "G", "T", "P"};
  int i = 0;
  while (v >= 1000 && i < 5) {
    v /= 1000;
    ++i;
  }
  return fmt("%.1f ", v) + p[i];
}

std::vector<std::string> runWarnings(const sim::Report& r) {
  std::vector<std::string> out;
  for (const Diagnostic& d : r.warnings) out.push_back(d.str());
  for (const Diagnostic& d : pipelineWarnings(r)) out.push_back(d.str());
  return out;
}

std::string formatDeadlockBrief(const sim::Report& r, const ir::Graph& g, std::size_t maxWaits) {
  std::string out = "datosim: deadlock at cycle " + groupDigits(r.cycles) + ": " +
                    counted(static_cast<long long>(r.deadlock.blocked.size()), "instance") + " blocked forever\n";
  out += "  " + cycleLine(r, g) + "\n";
  // The waits of the cycle (or, without one, the first waits), so the stream and statement are there too.
  std::vector<const sim::BlockedWait*> shown;
  for (const sim::BlockedWait& b : r.deadlock.blocked)
    if (r.deadlock.cycle.empty() ||
        std::find(r.deadlock.cycle.begin(), r.deadlock.cycle.end(), b.instance) != r.deadlock.cycle.end())
      shown.push_back(&b);
  const std::size_t n = std::min(shown.size(), maxWaits);
  for (std::size_t i = 0; i < n; ++i) out += "  " + waitLine(*shown[i], g) + "\n";
  if (r.deadlock.blocked.size() > n)
    out += "  ... and " + counted(static_cast<long long>(r.deadlock.blocked.size() - n), "other blocked instance") +
           " (the summary without -q, or --json, lists them all)\n";
  return out;
}

namespace {
// "KV: 16 values 376..1145 (kv_len where batch_id == 0 of traces/kv_lengths_b16.csv)"
std::string tableSummary(const ir::TableDecl& t) {
  std::string s = t.name + ": " + counted(static_cast<long long>(t.data->values.size()), "value") + " " +
                  std::to_string(t.data->lo) + ".." + std::to_string(t.data->hi);
  if (!t.source.empty()) s += " (" + t.selection + " of " + t.source + ")";
  return s;
}
}  // namespace

std::string formatTextReport(const sim::Report& r, const ir::Graph& g, const analysis::Bound* bound) {
  std::string out;
  out += "graph    " + r.graphName + " (" + g.file + ")\n";
  out += "arch     " + r.archName + " (model " + r.modelName + ", " + fmt("%.0f MHz", r.clockHz / 1e6) + ")\n";
  if (!g.params.empty()) {
    out += "params  ";
    for (const ir::Param& p : g.params) out += " " + p.name + "=" + std::to_string(p.value) + (p.overridden ? "*" : "");
    out += "\n";
  }
  for (const ir::TableDecl& t : g.tables) out += "table    " + tableSummary(t) + "\n";
  out += "size     " + counted(static_cast<long long>(g.instances.size()), "instance") + ", " +
         counted(static_cast<long long>(g.streamInsts.size()), "stream") + "\n\n";

  out += "result   " + std::string(sim::outcomeName(r.outcome)) + "\n";
  out += "cycles   " + groupDigits(r.cycles) + "  (" + timeString(r.seconds) + " at " +
         fmt("%.0f MHz", r.clockHz / 1e6) + ")\n";
  if (r.hostSeconds > 0 && r.outcome == sim::Outcome::Completed)
    out += "host     " + timeString(r.endToEndSeconds()) + " end to end: " + timeString(r.hostSeconds) +
           " of launch and completion per call (host.launch_us) + " + timeString(r.seconds) + " on the " +
           fabricNoun(r) + "\n";
  out += "work     " + counted(r.macs, "MAC") + ", " + counted(r.vectorOps, "vector op") + "\n";
  out += "achieved " + siPrefix(r.opsPerSecond) + "op/s";
  if (r.peakOpsPerSecond > 0) {
    // Two different peaks, each named: the whole architecture's (every tile of the NPU array, every
    // DSP of the FPGA device; JSON percent_of_peak) and the bound's (only the units doing MACs).
    // Vector ops are not MACs: the percentage is of the MAC operations only, so it never exceeds 100.
    if (r.vectorOps > 0) out += ", of which MACs " + siPrefix(r.macOpsPerSecond) + "op/s";
    out += " = " + fmt("%.1f%%", 100.0 * r.macOpsPerSecond / r.peakOpsPerSecond) + " of the " + r.peakDType +
           " MAC peak of the " + peakScope(r, bound) + siPrefix(r.peakOpsPerSecond) + "op/s)";
    if (bound && bound->complete && bound->computeCycles > 0 && bound->work.macInstances > 0 &&
        bound->work.macInstances != bound->arrayUnits && r.outcome == sim::Outcome::Completed && r.cycles > 0)
      out += "; " + fmt("%.1f%%", 100.0 * std::ceil(bound->computeCycles) / static_cast<double>(r.cycles)) +
             " of the peak of the " + unitsCounted(*bound, bound->work.macInstances) + " doing MACs";
  }
  out += "\n";
  if (bound) out += analysis::formatBound(*bound, r.outcome == sim::Outcome::Completed ? r.cycles : -1);

  const auto& is = r.instances;
  if (!is.empty()) {
    std::size_t n = std::min<std::size_t>(5, is.size());
    out += "\nbusiest instances (" + shownOf(n, is.size()) + "busy = share of " + counted(r.cycles, "cycle") +
           "):\n" + instanceTableHeader();
    for (std::size_t i : topN(is.size(), n, [&](std::size_t k) { return is[k].busy; }))
      out += instanceTableRow(is[i], r.cycles);
    // Only instances that did wait on a stream: a list of instances that never stalled says nothing.
    const auto stalls = [&](std::size_t k) { return is[k].blockedGet + is[k].blockedPut; };
    std::size_t stalled = 0;
    for (std::size_t k = 0; k < is.size(); ++k) stalled += stalls(k) > 0 ? 1 : 0;
    if (stalled == 0) {
      out += "most stalled instances: none (no instance waited on a stream)\n";
    } else {
      const std::size_t m = std::min<std::size_t>(5, stalled);
      out += "most stalled instances (" + shownOf(m, stalled) + "stalled = blocked-get + blocked-put):\n" +
             instanceTableHeader();
      for (std::size_t i : topN(is.size(), m, stalls)) out += instanceTableRow(is[i], r.cycles);
    }
  }
  const auto& ss = r.streams;
  if (!ss.empty()) {
    std::size_t n = std::min<std::size_t>(5, ss.size());
    out += "\nstreams by peak occupancy" + (n < ss.size() ? " (" + std::to_string(n) + " of " + std::to_string(ss.size()) + ", the rest in --json)" : std::string()) + ":\n  " + pad("stream", 24) + pad("depth", 8, true) + pad("peak", 8, true) +
           pad("tokens", 12, true) + pad("token bytes", 14, true) + "\n";
    for (std::size_t i : topN(ss.size(), n, [&](std::size_t k) { return ss[k].peak; }))
      out += "  " + pad(ss[i].name, 24) + pad(std::to_string(ss[i].depth), 8, true) +
             pad(std::to_string(ss[i].peak), 8, true) + pad(groupDigits(ss[i].tokens), 12, true) +
             pad(groupDigits(ss[i].tokenBytes), 14, true) + "\n";
  }
  if (r.outcome == sim::Outcome::Deadlock) {
    out += "\n";
    appendDeadlock(out, r, g);
  }
  for (const Diagnostic& d : r.errors) out += d.str() + "\n";
  for (const Diagnostic& d : r.warnings) out += d.str() + "\n";
  for (const Diagnostic& d : pipelineWarnings(r)) out += d.str() + "\n";
  return out;
}

nlohmann::ordered_json reportToJson(const sim::Report& r, const ir::Graph& g, const analysis::Bound* bound) {
  nlohmann::ordered_json j;
  j["format"] = "datosim-report/1";
  j["graph"] = r.graphName;
  j["file"] = g.file;
  j["arch"] = r.archName;
  j["model"] = r.modelName;
  nlohmann::ordered_json params = nlohmann::ordered_json::object();
  for (const ir::Param& p : g.params) params[p.name] = p.value;
  j["params"] = params;
  if (!g.tables.empty()) {  // absent for a graph without tables (reports stay as they were)
    nlohmann::ordered_json tables = nlohmann::ordered_json::object();
    for (const ir::TableDecl& t : g.tables) {
      nlohmann::ordered_json e;
      e["trace"] = t.source;
      e["selection"] = t.selection;
      e["values"] = t.data->values.size();
      e["min"] = t.data->lo;
      e["max"] = t.data->hi;
      tables[t.name] = e;
    }
    j["tables"] = tables;
  }
  j["outcome"] = sim::outcomeName(r.outcome);
  j["cycles"] = r.cycles;
  j["clock_hz"] = r.clockHz;
  j["seconds"] = r.seconds;
  j["host_seconds"] = r.hostSeconds;
  j["end_to_end_seconds"] = r.endToEndSeconds();
  j["macs"] = r.macs;
  j["vector_ops"] = r.vectorOps;
  j["ops_per_second"] = r.opsPerSecond;
  j["peak_ops_per_second"] = r.peakOpsPerSecond;
  j["peak_dtype"] = r.peakDType;
  j["percent_of_peak"] = r.peakOpsPerSecond > 0 ? 100.0 * r.macOpsPerSecond / r.peakOpsPerSecond : 0.0;
  if (bound) j["bound"] = analysis::boundToJson(*bound, r.outcome == sim::Outcome::Completed ? r.cycles : -1);
  nlohmann::ordered_json insts = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < r.instances.size(); ++i) {
    const sim::InstanceStats& s = r.instances[i];
    nlohmann::ordered_json o;
    o["name"] = s.name;
    const ir::Instance* inst = instanceOf(g, static_cast<int>(i));
    if (inst && inst->task >= 0 && inst->task < static_cast<int>(g.tasks.size())) {
      o["task"] = g.tasks[static_cast<std::size_t>(inst->task)].name;
      o["coords"] = inst->coords;
    }
    o["busy"] = s.busy;
    o["compute"] = s.compute;
    o["memory"] = s.memory;
    o["blocked_get"] = s.blockedGet;
    o["blocked_put"] = s.blockedPut;
    o["core_wait"] = s.coreWait;
    o["finish"] = s.finish;
    o["macs"] = s.macs;
    o["vector_ops"] = s.vectorOps;
    nlohmann::ordered_json notes = nlohmann::ordered_json::array();
    for (const sim::PipelineNote& n : s.pipelineNotes) {
      nlohmann::ordered_json x;
      x["at"] = n.loc.str();
      x["requested_ii"] = n.requestedII;
      x["effective_ii"] = n.effectiveII;
      x["reason"] = "accumulation";
      x["local"] = n.local;
      x["dtype"] = n.dtype;
      x["param"] = n.param;
      x["latency"] = n.latency;
      notes.push_back(x);
    }
    o["pipeline_notes"] = notes;
    insts.push_back(o);
  }
  j["instances"] = insts;
  nlohmann::ordered_json streams = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < r.streams.size(); ++i) {
    const sim::StreamStats& s = r.streams[i];
    nlohmann::ordered_json o;
    o["name"] = s.name;
    if (i < g.streamInsts.size()) {
      o["producer"] = instName(g, g.streamInsts[i].producer);
      o["consumer"] = instName(g, g.streamInsts[i].consumer);
    }
    o["depth"] = s.depth;
    o["token_bytes"] = s.tokenBytes;
    o["tokens"] = s.tokens;
    o["peak"] = s.peak;
    o["left"] = s.left;
    streams.push_back(o);
  }
  j["streams"] = streams;
  if (r.outcome == sim::Outcome::Deadlock) {
    nlohmann::ordered_json d;
    nlohmann::ordered_json blocked = nlohmann::ordered_json::array();
    for (const sim::BlockedWait& b : r.deadlock.blocked) {
      nlohmann::ordered_json o;
      o["instance"] = instName(g, b.instance);
      o["stream"] = streamName(g, b.stream);
      o["waits_for"] = b.waitingForData ? "data" : "space";
      o["waits_on"] = b.waitsOn >= 0 ? nlohmann::ordered_json(instName(g, b.waitsOn)) : nlohmann::ordered_json();
      o["waits_on_finished"] = b.waitsOnFinished;
      o["at"] = b.loc.str();
      if (b.anyOf.size() > 1) {
        nlohmann::ordered_json any = nlohmann::ordered_json::array();
        for (int s : b.anyOf) any.push_back(streamName(g, s));
        o["any_of"] = any;
      }
      blocked.push_back(o);
    }
    d["blocked"] = blocked;
    nlohmann::ordered_json cyc = nlohmann::ordered_json::array();
    for (int id : r.deadlock.cycle) cyc.push_back(instName(g, id));
    d["cycle"] = cyc;
    j["deadlock"] = d;
  }
  auto diags = [](const std::vector<Diagnostic>& v) {
    nlohmann::ordered_json a = nlohmann::ordered_json::array();
    for (const Diagnostic& d : v) a.push_back(d.str());
    return a;
  };
  j["errors"] = diags(r.errors);
  nlohmann::ordered_json warnings = diags(r.warnings);
  for (const Diagnostic& d : pipelineWarnings(r)) warnings.push_back(d.str());
  j["warnings"] = warnings;
  return j;
}

namespace {

// Integral values exactly (integer tensors), others with enough digits to tell f32 values apart.
std::string num(double v) {
  if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15) return fmt("%.0f", v);
  return fmt("%.9g", v);
}

std::string indexString(const ir::Shape& s) {
  std::string out = "[";
  for (std::size_t i = 0; i < s.size(); ++i) out += (i ? ", " : "") + std::to_string(s[i]);
  return out + "]";
}

}  // namespace

std::string formatFunctional(const FunctionalInfo& f) {
  std::string out;
  if (!f.enabled) return "data     timing only (" + f.why + ")\n";
  out += "data     functional (" + f.why + "); seed " + std::to_string(f.seed) + "\n";
  for (const auto& [name, from] : f.inputs) out += "  input " + name + ": " + from + "\n";
  if (!f.checkRequested) return out;
  if (!f.checked) return out + "check    not done: the run did not complete\n";
  std::size_t failed = 0;
  for (const sim::TensorCheck& c : f.check.tensors) failed += c.passed ? 0 : 1;
  const std::size_t matched = f.check.tensors.size() - failed;
  out += "check    " + std::string(f.check.passed ? "passed" : "FAILED") + ": " + std::to_string(matched) + " of " +
         counted(static_cast<long long>(f.check.tensors.size()), "tensor") + (matched == 1 ? " matches" : " match") +
         " the reference\n";
  for (const sim::TensorCheck& c : f.check.tensors) {
    out += "  " + pad(c.name, 12) + " " + pad(ir::dtypeName(c.dtype), 5) + (c.passed ? " ok      " : " MISMATCH") +
           "  max abs err " + num(c.maxAbsError) + ", max rel err " + num(c.maxRelError) + " (rtol " +
           num(c.tol.rtol) + ", atol " + num(c.tol.atol) + ")\n";
    if (!c.passed)
      out += "    first mismatch at " + indexString(c.firstMismatch) + ": expected " + num(c.firstExpected) +
             ", found " + num(c.firstActual) + "; " + counted(c.mismatches, "element") +
             (c.mismatches == 1 ? " differs" : " differ") + "\n";
  }
  return out;
}

nlohmann::ordered_json functionalToJson(const FunctionalInfo& f) {
  nlohmann::ordered_json j;
  j["enabled"] = f.enabled;
  j["mode"] = f.why;
  if (!f.enabled) return j;
  j["seed"] = f.seed;
  nlohmann::ordered_json ins = nlohmann::ordered_json::object();
  for (const auto& [name, from] : f.inputs) ins[name] = from;
  j["inputs"] = ins;
  if (!f.checkRequested) return j;
  nlohmann::ordered_json c;
  c["done"] = f.checked;
  c["passed"] = f.checked && f.check.passed;
  nlohmann::ordered_json ts = nlohmann::ordered_json::array();
  for (const sim::TensorCheck& t : f.check.tensors) {
    nlohmann::ordered_json o;
    o["tensor"] = t.name;
    o["dtype"] = ir::dtypeName(t.dtype);
    o["passed"] = t.passed;
    o["rtol"] = t.tol.rtol;
    o["atol"] = t.tol.atol;
    o["max_abs_error"] = t.maxAbsError;  // null when infinite (a NaN or infinity mismatched)
    o["max_rel_error"] = t.maxRelError;
    o["mismatches"] = t.mismatches;
    if (t.passed) {
      o["first_mismatch"] = nullptr;
    } else {
      nlohmann::ordered_json m;
      m["index"] = t.firstMismatch;
      m["expected"] = t.firstExpected;
      m["actual"] = t.firstActual;
      o["first_mismatch"] = m;
    }
    ts.push_back(o);
  }
  c["tensors"] = ts;
  j["check"] = c;
  return j;
}

}  // namespace datosim::tools
