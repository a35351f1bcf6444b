// --trace (Chrome / Perfetto trace-event JSON) and --vcd: the files are read back with parsers other than
// the writers (nlohmann's JSON parser; a VCD reader here, and GTKWave's own vcd2fst / fst2vcd), checked
// against the formats, and their spans and states must add up to the report's cycles exactly.
#include "tests/tools/cli_util.h"
#include "tools/trace_format.h"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace fs = std::filesystem;
using datosim::testing::CliRun;
using datosim::testing::CliTest;
using datosim::testing::run;
using nlohmann::json;
using namespace datosim;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Trace-event microseconds back to cycles (one cycle is written as one nanosecond, three decimals).
std::int64_t cycles(const json& v) { return static_cast<std::int64_t>(std::llround(v.get<double>() * 1000)); }

struct Span {
  std::int64_t begin, end;
  std::string name, cat;
};

// What a trace file says, read back and checked against the trace-event format.
struct ReadTrace {
  std::map<int, std::vector<Span>> byInstance;               // tid - 1 -> spans, in file order
  std::map<int, std::vector<Span>> byChannel;                // channel tracks
  std::map<std::string, std::vector<std::pair<std::int64_t, std::int64_t>>> counters;  // stream -> (cycle, tokens)
  std::vector<json> instants;
  json otherData;
};

ReadTrace readTrace(const std::string& text) {
  ReadTrace t;
  json j;
  try {
    j = json::parse(text);
  } catch (const std::exception& e) {
    ADD_FAILURE() << "not JSON: " << e.what();
    return t;
  }
  EXPECT_TRUE(j.is_object());
  EXPECT_EQ(j.value("displayTimeUnit", ""), "ns");
  EXPECT_TRUE(j.contains("traceEvents") && j["traceEvents"].is_array());
  t.otherData = j["otherData"];
  std::map<int, std::string> processName;
  int channelsPid = -1;
  for (const json& e : j["traceEvents"]) {
    EXPECT_TRUE(e.is_object());
    const std::string ph = e.at("ph").get<std::string>();
    EXPECT_TRUE(e.at("name").is_string());
    EXPECT_TRUE(e.at("pid").is_number_integer());
    if (ph == "M") {
      const std::string n = e["name"];
      EXPECT_TRUE(n == "process_name" || n == "process_sort_index" || n == "thread_name" || n == "thread_sort_index") << n;
      EXPECT_TRUE(e.at("args").is_object());
      if (n == "process_name") {
        processName[e["pid"]] = e["args"]["name"];
        if (e["args"]["name"].get<std::string>().rfind("memory and DMA channels", 0) == 0) channelsPid = e["pid"];
      }
      continue;
    }
    EXPECT_TRUE(e.at("ts").is_number()) << e.dump();
    EXPECT_GE(e["ts"].get<double>(), 0.0);
    EXPECT_TRUE(processName.count(e["pid"])) << "event of a process with no name: " << e.dump();
    if (ph == "X") {
      EXPECT_TRUE(e.at("tid").is_number_integer());
      EXPECT_TRUE(e.at("dur").is_number());
      EXPECT_GT(cycles(e["dur"]), 0) << e.dump();
      Span s{cycles(e["ts"]), cycles(e["ts"]) + cycles(e["dur"]), e["name"], e.at("cat")};
      (e["pid"] == channelsPid ? t.byChannel : t.byInstance)[e["tid"].get<int>() - 1].push_back(s);
    } else if (ph == "C") {
      EXPECT_TRUE(e.at("args").at("tokens").is_number_integer());
      t.counters[e["name"]].push_back({cycles(e["ts"]), e["args"]["tokens"]});
    } else if (ph == "i") {
      EXPECT_EQ(e.value("s", ""), "t");
      t.instants.push_back(e);
    } else {
      ADD_FAILURE() << "unexpected phase " << ph;
    }
  }
  return t;
}

void expectNoOverlap(const std::vector<Span>& spans, const std::string& what) {
  std::vector<Span> s = spans;
  std::sort(s.begin(), s.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  for (std::size_t i = 1; i < s.size(); ++i)
    EXPECT_LE(s[i - 1].end, s[i].begin) << what << ": '" << s[i - 1].name << "' overlaps '" << s[i].name << "'";
}

// Per instance, the cycles of each category of the trace's spans.
std::map<std::string, std::int64_t> totals(const std::vector<Span>& spans) {
  std::map<std::string, std::int64_t> t;
  for (const Span& s : spans) t[s.cat.substr(0, s.cat.find(','))] += s.end - s.begin;
  return t;
}

// The trace of a whole run agrees with its report: every instance's spans add up, category by category,
// to its busy, blocked and core-wait cycles, never overlap and (finished instances) cover [0, finish)
// exactly; each stream's counter peaks at the report's peak and ends at the tokens left; no channel is
// held by two transfers at once.
void expectTraceMatchesReport(const ReadTrace& t, const json& report) {
  const json& inst = report["instances"];
  for (std::size_t i = 0; i < inst.size(); ++i) {
    SCOPED_TRACE(inst[i]["name"].get<std::string>());
    const auto it = t.byInstance.find(static_cast<int>(i));
    const std::vector<Span> none;
    const std::vector<Span>& spans = it == t.byInstance.end() ? none : it->second;
    expectNoOverlap(spans, inst[i]["name"]);
    std::map<std::string, std::int64_t> sum = totals(spans);
    EXPECT_EQ(sum["busy"], inst[i]["busy"].get<std::int64_t>());
    EXPECT_EQ(sum["blocked_get"], inst[i]["blocked_get"].get<std::int64_t>());
    EXPECT_EQ(sum["blocked_put"], inst[i]["blocked_put"].get<std::int64_t>());
    EXPECT_EQ(sum["core_wait"], inst[i]["core_wait"].get<std::int64_t>());
    const std::int64_t finish = inst[i]["finish"];
    if (finish >= 0) {
      EXPECT_EQ(sum["busy"] + sum["blocked_get"] + sum["blocked_put"] + sum["core_wait"], finish);
      for (const Span& s : spans) EXPECT_LE(s.end, finish);
    }
    for (const auto& [cat, n] : sum)
      EXPECT_TRUE(cat == "busy" || cat == "blocked_get" || cat == "blocked_put" || cat == "core_wait" || cat == "deadlock")
          << cat;
  }
  for (const json& s : report["streams"]) {
    const std::string name = s["name"];
    SCOPED_TRACE("stream " + name);
    const auto it = t.counters.find(name);
    ASSERT_NE(it, t.counters.end());
    std::int64_t peak = 0, last = -1, lastAt = -1;
    for (const auto& [at, tokens] : it->second) {
      EXPECT_GE(at, lastAt);
      EXPECT_GE(tokens, 0);
      EXPECT_LE(tokens, s["depth"].get<std::int64_t>());
      peak = std::max(peak, tokens);
      last = tokens;
      lastAt = at;
    }
    EXPECT_EQ(peak, s["peak"].get<std::int64_t>());
    if (report["outcome"] == "completed") EXPECT_EQ(last, s["left"].get<std::int64_t>());
  }
  for (const auto& [channel, spans] : t.byChannel) expectNoOverlap(spans, "channel " + std::to_string(channel));
}

std::vector<std::string> exampleGraphs() {
  std::vector<std::string> files;
  for (const char* dir : {"examples", "examples/validation", "tests/examples/deadlock"})
    for (const auto& e : fs::directory_iterator(fs::path(DATOSIM_SOURCE_DIR) / dir))
      if (e.path().extension() == ".json" && slurp(e.path()).find("\"datosim-graph/1\"") != std::string::npos)
        files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

TEST_F(CliTest, TraceOfEveryExampleLoadsAsTraceEventsAndAddsUpToTheReport) {
  const std::vector<std::string> graphs = exampleGraphs();
  ASSERT_GE(graphs.size(), 12u);
  int deadlocks = 0, withChannels = 0, coreWaits = 0, blocked = 0, pipelined = 0;
  for (const std::string& graph : graphs) {
    for (const std::vector<std::string> arch : {std::vector<std::string>{"--arch=npu4x4"},
                                                 {"--arch=npu4x4", "--timing=free"}, {"--arch=u280"}}) {
      SCOPED_TRACE(graph + " " + arch[0] + (arch.size() > 1 ? " " + arch[1] : ""));
      const std::string trace = (dir_ / "t.json").string(), report = (dir_ / "r.json").string();
      std::vector<std::string> args = {graph, "--trace", trace, "--json", report, "-q", "--functional=off",
                                       "--trace-max-events", "2000000"};  // the AutoSA array has ~1.1 million
      args.insert(args.end(), arch.begin(), arch.end());
      // The AutoSA MTTKRP array at its published size makes tens of millions of events: traced at a small size.
      if (fs::path(graph).filename() == "autosa_mttkrp_u250.json")
        for (const char* p : {"I=32", "J=32", "K=4", "L=16", "TI=16", "TJ=16", "LI=4", "LJ=4"}) {
          args.push_back("--param");
          args.push_back(p);
        }
      const CliRun r = run(args);
      if (r.code == 8) continue;  // does not fit this architecture (and --timing=free would run it unplaced)
      ASSERT_TRUE(r.code == 0 || r.code == 3) << r.err;
      const json rep = json::parse(slurp(report));
      const ReadTrace t = readTrace(slurp(trace));
      expectTraceMatchesReport(t, rep);
      EXPECT_EQ(t.otherData["cycles"], rep["cycles"]);
      EXPECT_EQ(t.otherData["truncated"], false);
      if (rep["outcome"] == "deadlock") {
        ++deadlocks;
        // A marker per blocked instance, naming whom it waits on.
        EXPECT_EQ(t.instants.size(), rep["deadlock"]["blocked"].size());
        for (const json& e : t.instants) EXPECT_NE(e["name"].get<std::string>().find(" waits on "), std::string::npos);
      }
      withChannels += !t.byChannel.empty();
      for (const auto& [i, spans] : t.byInstance) {
        const std::map<std::string, std::int64_t> sum = totals(spans);
        coreWaits += sum.count("core_wait");
        blocked += sum.count("blocked_get") + sum.count("blocked_put");
        for (const Span& s : spans) pipelined += s.cat == "busy,pipelined";
      }
    }
  }
  // The examples exercise every kind of span.
  EXPECT_GE(deadlocks, 3);
  EXPECT_GT(withChannels, 10);
  EXPECT_GT(coreWaits, 0);
  EXPECT_GT(blocked, 50);
  EXPECT_GT(pipelined, 0);
}

TEST_F(CliTest, TraceIsTheSameBytesEveryRunAndWithOrWithoutData) {
  const std::string graph = std::string(DATOSIM_SOURCE_DIR) + "/examples/npu_gemm_splitk.json";
  const std::string a = (dir_ / "a.json").string(), b = (dir_ / "b.json").string(), c = (dir_ / "c.json").string();
  ASSERT_EQ(run({graph, "--arch=npu4x4", "--trace", a, "-q"}).code, 0);
  ASSERT_EQ(run({graph, "--arch=npu4x4", "--trace", b, "-q"}).code, 0);
  ASSERT_EQ(run({graph, "--arch=npu4x4", "--trace", c, "-q", "--functional=off"}).code, 0);
  EXPECT_EQ(slurp(a), slurp(b));
  EXPECT_EQ(slurp(a), slurp(c));
}

// The part of [b, e) inside [from, to).
std::int64_t overlap(std::int64_t b, std::int64_t e, std::int64_t from, std::int64_t to) {
  return std::max<std::int64_t>(0, std::min(e, to) - std::max(b, from));
}

TEST_F(CliTest, TraceWindowKeepsExactlyThePartOfTheRunInsideIt) {
  const std::string graph = std::string(DATOSIM_SOURCE_DIR) + "/examples/systolic_gemm.json";
  const std::string full = (dir_ / "full.json").string(), part = (dir_ / "part.json").string();
  const std::string report = (dir_ / "r.json").string();
  ASSERT_EQ(run({graph, "--arch=u280", "--trace", full, "--json", report, "-q"}).code, 0);
  const std::int64_t total = json::parse(slurp(report))["cycles"];
  const std::int64_t from = total / 3, to = 2 * total / 3;
  ASSERT_GT(from, 100);
  const CliRun r =
      run({graph, "--arch=u280", "--trace", part, "--trace-window", std::to_string(from) + ":" + std::to_string(to), "-q"});
  ASSERT_EQ(r.code, 0) << r.err;
  const ReadTrace f = readTrace(slurp(full)), w = readTrace(slurp(part));
  EXPECT_EQ(w.otherData["window_from"], from);
  EXPECT_EQ(w.otherData["window_to"], to);
  ASSERT_FALSE(w.byInstance.empty());
  for (const auto& [inst, spans] : f.byInstance) {
    std::map<std::string, std::int64_t> want;
    for (const Span& s : spans) want[s.cat.substr(0, s.cat.find(','))] += overlap(s.begin, s.end, from, to);
    std::map<std::string, std::int64_t> got;
    if (w.byInstance.count(inst)) got = totals(w.byInstance.at(inst));
    for (auto& [k, v] : want)
      if (v == 0) got.emplace(k, 0);
    EXPECT_EQ(got, want) << "instance " << inst;
    if (w.byInstance.count(inst))
      for (const Span& s : w.byInstance.at(inst)) EXPECT_TRUE(s.begin >= from && s.end <= to);
  }
  // Each counter starts at the occupancy the full trace has at the window's start.
  for (const auto& [stream, samples] : w.counters) {
    std::int64_t at = 0;
    for (const auto& [c, v] : f.counters.at(stream))
      if (c <= from) at = v;
    ASSERT_FALSE(samples.empty());
    EXPECT_EQ(samples.front().first, from);
    EXPECT_EQ(samples.front().second, at) << stream;
    for (const auto& [c, v] : samples) EXPECT_TRUE(c >= from && c < to);
  }
}

TEST_F(CliTest, TraceOverItsEventLimitStopsAtACycleAndHoldsEverythingBeforeIt) {
  const std::string graph = std::string(DATOSIM_SOURCE_DIR) + "/examples/systolic_gemm.json";
  const std::string full = (dir_ / "full.json").string(), part = (dir_ / "part.json").string();
  ASSERT_EQ(run({graph, "--arch=u280", "--trace", full, "-q"}).code, 0);
  const CliRun r = run({graph, "--arch=u280", "--trace", part, "--trace-max-events", "200", "-q"});
  ASSERT_EQ(r.code, 0) << r.err;
  const ReadTrace f = readTrace(slurp(full)), p = readTrace(slurp(part));
  ASSERT_EQ(p.otherData["truncated"], true);
  const std::int64_t until = p.otherData["recorded_until"];
  EXPECT_NE(r.err.find("stops at cycle " + std::to_string(until)), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--trace-window " + std::to_string(until) + ":"), std::string::npos) << r.err;
  std::size_t kept = 0, before = 0;
  for (const auto& [inst, spans] : p.byInstance) kept += spans.size();
  for (const auto& [inst, spans] : f.byInstance) {
    std::vector<std::pair<std::int64_t, std::int64_t>> want, got;
    for (const Span& s : spans)
      if (s.begin < until) want.push_back({s.begin, std::min(s.end, until)});
    if (p.byInstance.count(inst))
      for (const Span& s : p.byInstance.at(inst)) got.push_back({s.begin, s.end});
    before += want.size();
    EXPECT_EQ(got, want) << "instance " << inst;
  }
  EXPECT_GT(kept, 20u);
  EXPECT_LE(kept, 200u);
  EXPECT_EQ(kept, before);
}

// A VCD file read back: signal reference -> its changes (time, value), the widths, and the end time.
struct Vcd {
  std::map<std::string, std::vector<std::pair<std::int64_t, std::int64_t>>> changes;
  std::map<std::string, int> width;
  std::int64_t last = 0;
};

Vcd readVcd(const std::string& text) {
  Vcd v;
  std::map<std::string, std::string> nameOf;  // id -> scoped reference
  std::vector<std::string> scope;
  std::istringstream in(text);
  std::string tok;
  std::int64_t now = -1;
  bool defs = true;
  while (in >> tok) {
    if (defs) {
      if (tok == "$scope") {
        std::string kind, name;
        in >> kind >> name >> tok;
        EXPECT_EQ(tok, "$end");
        scope.push_back(name);
      } else if (tok == "$upscope") {
        in >> tok;
        scope.pop_back();
      } else if (tok == "$var") {
        std::string type, id, ref;
        int w = 0;
        in >> type >> w >> id >> ref >> tok;
        EXPECT_EQ(tok, "$end") << "a reference with spaces: " << ref;
        EXPECT_TRUE(std::regex_match(ref, std::regex("[A-Za-z_][A-Za-z0-9_]*"))) << ref;
        std::string full;
        for (const std::string& s : scope) full += s + ".";
        full += ref;
        EXPECT_TRUE(nameOf.emplace(id, full).second) << "identifier used twice: " << id;
        EXPECT_TRUE(v.width.emplace(full, w).second) << "reference declared twice: " << full;
      } else if (tok == "$enddefinitions") {
        in >> tok;
        defs = false;
      } else if (tok[0] == '$') {
        while (in >> tok && tok != "$end") {
        }
      }
      continue;
    }
    if (tok == "$dumpvars" || tok == "$end") continue;
    if (tok[0] == '#') {
      const std::int64_t t = std::stoll(tok.substr(1));
      EXPECT_GT(t, now) << "time does not increase";
      now = t;
      v.last = t;
      continue;
    }
    if (tok[0] == 'b') {
      std::string id;
      in >> id;
      EXPECT_TRUE(nameOf.count(id)) << "undeclared identifier " << id;
      const std::string bits = tok.substr(1);
      EXPECT_LE(static_cast<int>(bits.size()), v.width[nameOf[id]]) << nameOf[id];
      auto& c = v.changes[nameOf[id]];
      const std::int64_t value = std::stoll(bits, nullptr, 2);
      if (c.empty() || c.back().second != value) c.push_back({now, value});  // fst2vcd may repeat values
      continue;
    }
    ADD_FAILURE() << "unexpected VCD token " << tok;
  }
  return v;
}

// Time spent in each value until `end`.
std::map<std::int64_t, std::int64_t> timeIn(const std::vector<std::pair<std::int64_t, std::int64_t>>& c, std::int64_t end) {
  std::map<std::int64_t, std::int64_t> t;
  for (std::size_t i = 0; i < c.size(); ++i) t[c[i].second] += (i + 1 < c.size() ? c[i + 1].first : end) - c[i].first;
  return t;
}

std::string shell(const std::string& cmd, int& code) {
  std::string out;
  FILE* p = ::popen((cmd + " 2>&1").c_str(), "r");
  if (!p) {
    code = -1;
    return out;
  }
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  const int status = ::pclose(p);
  code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return out;
}

TEST_F(CliTest, VcdStatesAddUpToTheReportAndReadTheSameThroughGtkwave) {
  int checked = 0;
  for (const char* name : {"examples/systolic_gemm.json", "examples/npu_gemm_splitk.json",
                           "tests/examples/deadlock/cyclic_wait.json"}) {
    for (const char* arch : {"--arch=npu4x4", "--arch=u280"}) {
      SCOPED_TRACE(std::string(name) + " " + arch);
      const std::string graph = std::string(DATOSIM_SOURCE_DIR) + "/" + name;
      const std::string vcd = (dir_ / "t.vcd").string(), report = (dir_ / "r.json").string();
      const CliRun r = run({graph, arch, "--vcd", vcd, "--json", report, "-q"});
      ASSERT_TRUE(r.code == 0 || r.code == 3) << r.err;
      const json rep = json::parse(slurp(report));
      const Vcd v = readVcd(slurp(vcd));
      EXPECT_EQ(v.last, rep["cycles"].get<std::int64_t>());
      const std::string top = rep["graph"];
      for (const json& inst : rep["instances"]) {
        const std::string ref = top + ".instances." + inst["name"].get<std::string>();
        ASSERT_TRUE(v.changes.count(ref)) << ref;
        EXPECT_EQ(v.width.at(ref), 4);
        std::map<std::int64_t, std::int64_t> in = timeIn(v.changes.at(ref), v.last);
        EXPECT_EQ(in[1] + in[2] + in[3] + in[4], inst["busy"].get<std::int64_t>()) << ref;
        EXPECT_LE(in[2], inst["memory"].get<std::int64_t>()) << ref;  // a pipelined loop's loads and stores show as the loop
        EXPECT_EQ(in[5], inst["blocked_get"].get<std::int64_t>()) << ref;
        EXPECT_EQ(in[6], inst["blocked_put"].get<std::int64_t>()) << ref;
        EXPECT_EQ(in[7], inst["core_wait"].get<std::int64_t>()) << ref;
        if (inst["finish"] >= 0) EXPECT_EQ(v.changes.at(ref).back().second, 9) << ref;
        if (rep["outcome"] == "deadlock" && inst["finish"] < 0) EXPECT_EQ(v.changes.at(ref).back().second, 8) << ref;
      }
      for (const json& s : rep["streams"]) {
        std::string ref = top + ".streams." + std::regex_replace(s["name"].get<std::string>(), std::regex("[^A-Za-z0-9_]"), "_");
        ASSERT_TRUE(v.changes.count(ref)) << ref;
        std::int64_t peak = 0;
        for (const auto& [t, x] : v.changes.at(ref)) peak = std::max(peak, x);
        EXPECT_EQ(peak, s["peak"].get<std::int64_t>()) << ref;
      }
      // GTKWave's converters read it, and write back the same values.
      int code = 0;
      const std::string fst = (dir_ / "t.fst").string(), back = (dir_ / "back.vcd").string();
      const std::string out = shell("vcd2fst '" + vcd + "' '" + fst + "'", code);
      ASSERT_EQ(code, 0) << "vcd2fst (package gtkwave, tools/install-deps.sh) failed: " << out;
      shell("fst2vcd '" + fst + "' > '" + back + "'", code);
      ASSERT_EQ(code, 0) << "fst2vcd failed";
      const Vcd w = readVcd(slurp(back));
      EXPECT_EQ(w.changes, v.changes);
      ++checked;
    }
  }
  EXPECT_EQ(checked, 6);
}

TEST_F(CliTest, TraceAndVcdKeepNamesInsideTheirSyntax) {
  // The graph's names are identifiers (the frontend checks), but a config's name is free text, and the
  // writers take whatever a caller gives: quotes, backslashes, spaces, VCD keywords, names that clash
  // once made VCD references.
  ir::Graph g;
  g.name = "g";
  g.tasks.push_back(ir::Task{});
  g.tasks[0].name = "t";
  for (const char* n : {"a b[0]", "a_b_0_", "9lives"}) {
    ir::Instance in;
    in.name = n;
    in.task = 0;
    g.instances.push_back(in);
  }
  ir::StreamInst st;
  st.name = "s[0]\"$end";
  st.producer = 0;
  st.consumer = 1;
  g.streamInsts.push_back(st);
  sim::Report r;
  r.graphName = "x\" $end $var \\ y";
  r.archName = "my \"arch\"\n$enddefinitions";
  r.cycles = 20;
  r.clockHz = 1e9;
  for (const ir::Instance& in : g.instances) r.instances.push_back(sim::InstanceStats{in.name});
  r.instances[0].finish = 12;
  r.streams.push_back(sim::StreamStats{st.name, 2});
  sim::Trace t;
  t.reset(1);
  t.span(sim::TraceKind::Compute, 0, 0, 10, t.name("k\"\\ernel"));
  t.span(sim::TraceKind::Put, 0, 10, 12, 0);
  t.occupancy(0, 11, 1);
  t.span(sim::TraceKind::BlockedGet, 1, 0, 11, 0);
  t.span(sim::TraceKind::Get, 1, 11, 13, 0);
  t.occupancy(0, 13, 0);
  t.span(sim::TraceKind::Compute, 2, 3, 20, t.name("<script>"));
  t.finish();

  const json j = json::parse(tools::traceToJson(t, r, g, nullptr));
  EXPECT_EQ(j["otherData"]["graph"], r.graphName);
  EXPECT_EQ(j["otherData"]["arch"], r.archName);
  std::set<std::string> names;
  for (const json& e : j["traceEvents"]) names.insert(e["ph"] == "M" && e["args"].contains("name") ? e["args"]["name"] : e["name"]);
  for (const std::string& n : {std::string("a b[0]"), std::string("9lives"), std::string("k\"\\ernel"),
                               std::string("s[0]\"$end"), std::string("<script>")})
    EXPECT_TRUE(names.count(n)) << n;

  const std::string vcd = tools::traceToVcd(t, r, g, "1.0");
  const std::string path = write("t.vcd", vcd);
  const Vcd v = readVcd(vcd);
  EXPECT_TRUE(v.changes.count("x___end__var___y.instances.a_b_0_")) << vcd;
  EXPECT_TRUE(v.changes.count("x___end__var___y.instances.a_b_0__2")) << vcd;
  EXPECT_TRUE(v.changes.count("x___end__var___y.instances._9lives")) << vcd;
  EXPECT_EQ(v.last, 20);
  int code = 0;
  const std::string out = shell("vcd2fst '" + path + "' '" + (dir_ / "t.fst").string() + "'", code);
  EXPECT_EQ(code, 0) << out;
}

TEST_F(CliTest, TraceOptionsThatCannotWorkAreUsageErrorsAndWriteNothing) {
  const std::string graph = std::string(DATOSIM_SOURCE_DIR) + "/examples/pipeline3.json";
  const std::string t = (dir_ / "t.json").string();
  for (const std::vector<std::string>& bad :
       {std::vector<std::string>{"--trace", t, "--trace-window", "5:5"},
        {"--trace", t, "--trace-window", "9:3"},
        {"--trace", t, "--trace-window", "x:3"},
        {"--trace", t, "--trace-window", "100"},
        {"--trace", t, "--trace-window", "-1:3"},
        {"--trace-window", "0:100"},
        {"--trace-max-events", "10"},
        {"--trace", t, "--trace-max-events", "0"},
        {"--trace", "-"},
        {"--vcd", "-"},
        {"--trace", t, "--map-only"}}) {
    std::vector<std::string> args = {graph, "--arch=u280", "-q"};
    args.insert(args.end(), bad.begin(), bad.end());
    const CliRun r = run(args);
    std::string joined;
    for (const std::string& a : bad) joined += a + " ";
    EXPECT_EQ(r.code, 2) << joined << r.err;
    EXPECT_FALSE(r.err.empty()) << joined;
    EXPECT_FALSE(fs::exists(t)) << joined;
  }
  // An output that cannot be written: nothing else is written either.
  const std::string report = (dir_ / "r.json").string();
  const CliRun r = run({graph, "--arch=u280", "-q", "--json", report, "--trace", (dir_ / "no/such/dir/t.json").string()});
  EXPECT_EQ(r.code, 7) << r.err;
  EXPECT_FALSE(fs::exists(report));
}

}  // namespace
