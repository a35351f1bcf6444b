#include "tools/cli.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <limits>
#include <map>
#include <set>
#include <exception>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <unistd.h>

#include "data/npy.h"
#include "frontend/frontend.h"
#include "ir/kernels.h"
#include "kernels/kernel.h"
#include "mapper/mapper.h"
#include "sim/simulator.h"
#include "arch/family.h"
#include "arch/timing_model.h"
#include "pipeline/run.h"
#include "backends/common/project.h"
#include "backends/hls/emit_hls.h"
#include "backends/npu/check.h"
#include "backends/npu/emit_npu.h"
#include "backends/npu/roundtrip.h"
#include "data/npy.h"
#include "data/numerics.h"
#include <cmath>
#include <cstdio>
#include "ir/file_io.h"
#include "tools/report_format.h"
#include "tools/trace_format.h"
#include "pipeline/fifo_sizing.h"
#include "ir/log.h"

#include <chrono>
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>
#include <unistd.h>
#include "tools/mapping_format.h"

#ifndef DATOSIM_CONFIG_DIR
#define DATOSIM_CONFIG_DIR ""
#endif
#ifndef DATOSIM_VERSION
#define DATOSIM_VERSION "0.0.0"
#endif

namespace datosim::tools {

namespace fs = std::filesystem;

namespace {

const char* kExitCodesHelp =
    "Exit codes:\n"
    "  0   completed\n"
    "  1   invalid input: graph, architecture, --param, --input file, a chain/bundle/--mapping request, or --check without a reference (every error printed as file:/json/pointer: message)\n"
    "  2   invalid command line\n"
    "  3   the simulation deadlocked (the report names who waits on what)\n"
    "  4   --max-cycles reached before the graph finished\n"
    "  5   run-time error in the graph (e.g. an index out of range)\n"
    "  6   --check: an output tensor differs from the graph's reference\n"
    "  7   an output file could not be written\n"
    "  8   the graph does not fit the architecture (tiles, memory, DMA channels, resources; every violation printed)\n"
    "  9   --emit: the graph has constructs the backend cannot generate, or the config lacks what the project names\n"
    "  10  the run would need more memory than --max-memory allows (the estimate's parts printed; nothing simulated)\n"
    "  70  internal error (a bug in datosim)\n";

std::string selfDir() {
  std::error_code ec;
  fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : p.parent_path().string();
}

struct Options {
  std::string graph;
  std::string arch;
  std::vector<std::string> params;
  std::string jsonOut;
  long long maxCycles = 0;
  long long maxStepsPerCycle = 0;
  std::string maxMemory;
  bool quiet = false;
  int verbose = 0;  // -v: what each stage did; -vv: also the details
  std::string functional = "auto";
  std::vector<std::string> inputs;
  std::string outputDir;
  bool check = false;
  std::uint64_t seed = 1;
  bool listKernels = false, listModels = false, listArchs = false, version = false;
  // Mapping (docs/mapping.md).
  std::string mappingIn, mappingOut;
  std::vector<std::string> chains, bundles;
  bool noAutoBundle = false, mapOnly = false;
  std::string timing = "placed";
  std::string emit;  // "", "hls": generate a hardware project into outputDir (docs/backends.md)
  // Timeline (docs/observability.md).
  std::string traceOut, vcdOut, traceWindow;
  long long traceMaxEvents = 1000000;
  // FIFO sizing (docs/observability.md).
  std::string sizeFifos;  // "" or the tolerance, e.g. "1%"
  std::string depthsOut, depthsIn;
};

// --size-fifos=TOL: "1%", "0.5%", "0%" (or without '%', the same percent) into a fraction.
bool parseTolerance(const std::string& text, double& fraction, std::string& error) {
  std::string v = text;
  if (!v.empty() && v.back() == '%') v.pop_back();
  char* end = nullptr;
  errno = 0;
  const double pct = v.empty() ? -1 : std::strtod(v.c_str(), &end);
  if (v.empty() || errno || *end != '\0' || !(pct >= 0) || pct > 1000 || v.find_first_not_of("0123456789.") != std::string::npos) {
    error = "--size-fifos=" + text + ": expected a tolerance in percent of the cycles with deep FIFOs, from 0% to 1000%, "
            "e.g. --size-fifos=0% (exact) or --size-fifos=2%";
    return false;
  }
  fraction = pct / 100;
  return true;
}

// The sizing's summary: cycles with the graph's depths, deep and sized, then one row per stream.
std::string formatFifoSizing(const pipeline::FifoSizing& s, const ir::Graph& g, const ir::Arch& arch, bool placed,
                             const std::string& tolerance) {
  std::ostringstream o;
  auto pct = [&](std::int64_t v) {
    return formatDouble("%+.2f%%",
                        s.deepCycles > 0 ? 100.0 * (static_cast<double>(v) / static_cast<double>(s.deepCycles) - 1) : 0.0);
  };
  o << "graph    " << g.name << " (" << g.file << ")\n";
  o << "arch     " << arch.name << " (model " << arch.model << "), timing " << (placed ? "placed" : "placement-free") << "\n";
  o << "fifos    sized within " << tolerance << " of the cycles with FIFOs that never fill (" << s.runs << " runs)\n";
  o << "cycles   graph depths: "
    << (s.graphOutcome == sim::Outcome::Completed ? groupDigits(s.graphCycles) + " (" + pct(s.graphCycles) + ")"
                                                   : std::string(sim::outcomeName(s.graphOutcome)) + " at cycle " + groupDigits(s.graphCycles))
    << "; deep: " << groupDigits(s.deepCycles) << "; sized: " << groupDigits(s.sizedCycles) << " (" << pct(s.sizedCycles)
    << ", at most " << groupDigits(s.target) << ")\n\n";
  o << "  stream                 instances  token bytes  graph depth  sized depth   deep depth  peak\n";
  for (const pipeline::StreamSizing& x : s.streams) {
    char row[256];
    std::snprintf(row, sizeof row, "  %-22s %9d %12s %12s %12s %12s %5s\n", x.name.c_str(), x.instances,
                  groupDigits(x.tokenBytes).c_str(), groupDigits(x.graphDepth).c_str(), groupDigits(x.sizedDepth).c_str(),
                  groupDigits(x.deepDepth).c_str(), groupDigits(x.peak).c_str());
    o << row;
  }
  const std::int64_t saved = s.bytesBefore - s.bytesAfter;
  o << "\nbuffers  stream buffer memory " << groupDigits(s.bytesBefore) << " -> " << groupDigits(s.bytesAfter) << " bytes ("
    << (saved >= 0 ? groupDigits(saved) + " saved" : groupDigits(-saved) + " more") << "; "
    << arch::familyOf(arch).fifoMemory(placed) << ")\n";
  return o.str();
}

// A progress line on a terminal's stderr while a simulation runs longer than a second: the simulated
// cycle, the instances finished, the rate; redrawn four times a second and erased when the run ends
// (sim::Progress::atEnd), before anything else is written.
class ProgressLine {
 public:
  ProgressLine(sim::Progress& p, std::ostream& err) : p_(p), err_(err) {
    p_.atEnd = [this] {  // called with p_.lock held
      if (shown_) err_ << "\r\033[K" << std::flush;
      shown_ = false;
    };
    thread_ = std::thread([this] { loop(); });
  }
  ~ProgressLine() {
    {
      std::lock_guard<std::mutex> l(m_);
      stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
    std::lock_guard<std::mutex> l(p_.lock);
    p_.atEnd = nullptr;
  }
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

 private:
  using Clock = std::chrono::steady_clock;
  void loop() {
    std::optional<Clock::time_point> since;
    std::int64_t lastCycle = 0;
    Clock::time_point lastAt = Clock::now();
    double rate = 0;
    for (;;) {
      {
        std::unique_lock<std::mutex> l(m_);
        if (cv_.wait_for(l, std::chrono::milliseconds(250), [this] { return stop_; })) return;
      }
      std::lock_guard<std::mutex> l(p_.lock);
      if (!p_.running) {
        since.reset();
        continue;
      }
      const Clock::time_point now = Clock::now();
      if (!since) {
        since = now;
        lastCycle = 0;
        lastAt = now;
      }
      const std::int64_t cycle = p_.cycle.load(std::memory_order_relaxed);
      const double dt = std::chrono::duration<double>(now - lastAt).count();
      if (dt > 0 && cycle >= lastCycle) rate = static_cast<double>(cycle - lastCycle) / dt;
      lastCycle = cycle;
      lastAt = now;
      const double elapsed = std::chrono::duration<double>(now - *since).count();
      if (elapsed < 1.0) continue;
      char line[160];
      std::snprintf(line, sizeof line, "datosim: simulating: cycle %s, %s of %s instances finished, %s cycles/s, %.0f s",
                    groupDigits(cycle).c_str(), groupDigits(p_.finished.load()).c_str(),
                    groupDigits(p_.instances.load()).c_str(), siPrefix(rate).c_str(), elapsed);
      err_ << "\r\033[K" << line << std::flush;
      shown_ = true;
    }
  }
  sim::Progress& p_;
  std::ostream& err_;
  std::thread thread_;
  std::mutex m_;
  std::condition_variable cv_;
  bool stop_ = false;
  bool shown_ = false;  // guarded by p_.lock
};

// --trace-window FROM:TO (either side may be empty: the run's start, its end) into `w`.
bool parseTraceWindow(const std::string& text, sim::TraceOptions& w, std::string& error) {
  const auto colon = text.find(':');
  auto number = [](const std::string& v, std::int64_t& out) {
    if (v.empty() || v.size() > 18 || v.find_first_not_of("0123456789") != std::string::npos) return false;
    out = std::stoll(v);
    return true;
  };
  const std::string a = colon == std::string::npos ? text : text.substr(0, colon);
  const std::string b = colon == std::string::npos ? "" : text.substr(colon + 1);
  std::int64_t from = 0, to = sim::TraceOptions::kNoEnd;
  if (colon == std::string::npos || (!a.empty() && !number(a, from)) || (!b.empty() && !number(b, to)) || to <= from) {
    error = "--trace-window '" + text +
            "': expected FROM:TO in cycles with FROM < TO (either may be left out: 1000: or :5000), e.g. 0:100000";
    return false;
  }
  w.from = from;
  w.to = to;
  return true;
}

// --chain P,C and --bundle A,B,... into mapping hints; a malformed one is a usage error.
bool parseMappingFlags(const Options& o, ir::MappingHints& hints, std::string& error) {
  auto split = [](const std::string& s) {
    std::vector<std::string> parts;
    std::stringstream ss(s);
    std::string x;
    while (std::getline(ss, x, ',')) parts.push_back(x);
    if (!s.empty() && s.back() == ',') parts.push_back("");
    return parts;
  };
  const SourceLoc cli{"<command line>", ""};
  for (const std::string& c : o.chains) {
    std::vector<std::string> p = split(c);
    if (p.size() != 2 || p[0].empty() || p[1].empty()) {
      error = "--chain '" + c + "': expected PRODUCER,CONSUMER (two instance names), e.g. --chain gemm_0_0,gemm_1_0";
      return false;
    }
    hints.chains.push_back({p[0], p[1], cli});
  }
  for (const std::string& b : o.bundles) {
    std::vector<std::string> p = split(b);
    if (p.size() < 2 || std::find(p.begin(), p.end(), "") != p.end()) {
      error = "--bundle '" + b + "': expected at least two instance names separated by commas, e.g. --bundle pe_0,pe_1";
      return false;
    }
    hints.bundles.push_back({p, cli});
  }
  return true;
}

// NAME=VALUE with VALUE a decimal integer; errors name the offending argument.
bool parseParamOverrides(const std::vector<std::string>& in, std::map<std::string, std::int64_t>& out,
                         std::string& error) {
  for (const std::string& p : in) {
    auto eq = p.find('=');
    std::string name = eq == std::string::npos ? p : p.substr(0, eq);
    if (eq == std::string::npos || name.empty()) {
      error = "--param '" + p + "': expected NAME=VALUE, e.g. --param M=1024";
      return false;
    }
    std::string value = p.substr(eq + 1);
    errno = 0;
    char* end = nullptr;
    long long v = std::strtoll(value.c_str(), &end, 10);
    if (value.empty() || *end != '\0' || errno == ERANGE) {
      error = "--param '" + p + "': the value must be a 64-bit integer, found '" + value + "'";
      return false;
    }
    if (out.count(name)) {
      error = "--param '" + name + "' is given twice";
      return false;
    }
    out[name] = v;
  }
  return true;
}

int listArchs(std::ostream& out) {
  std::set<std::string> seen;
  for (const std::string& dir : configSearchDirs()) {
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir, ec))
      if (e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      std::string name = f.stem().string();
      if (!seen.insert(name).second) continue;
      Diagnostics d;
      auto a = frontend::loadArch(f.string(), {}, d);
      out << name << "  " << (a ? a->model + "  " + a->description : "(invalid: " + d.str() + ")") << "  [" << f.string()
          << "]\n";
    }
  }
  return kExitOk;
}

int listModels(std::ostream& out) {
  for (const arch::TimingModelEntry& e : arch::TimingModelRegistry::builtin().entries()) {
    out << e.name << ": " << e.description << "\n";
    for (const arch::ParamSpec& p : e.params)
      out << "  " << p.key << " [" << p.unit << "]  " << p.description << "\n";
    for (const arch::ParamFamily& f : e.families)
      out << "  " << f.pattern << " [" << f.unit << "]  (optional, any number) " << f.description << "\n";
  }
  return kExitOk;
}

int listKernels(std::ostream& out) {
  for (const kernels::Kernel& def : kernels::library()) {
    const ir::KernelInfo& k = def.info;
    out << k.name << " (" << ir::kernelClassName(k.cls) << "): " << k.summary << "\n";
  }
  return kExitOk;
}

// The arguments CLI11 could not place (`left`, in any order), in command-line order, without the
// value that directly follows an unknown option ("--parm M=2": only "--parm" is reported).
std::vector<std::string> unexpectedArguments(const std::vector<std::string>& left,
                                             const std::vector<std::string>& args) {
  std::multiset<std::string> pending(left.begin(), left.end());
  std::vector<std::string> out;
  bool afterUnknownOption = false;
  for (const std::string& a : args) {
    auto it = pending.find(a);
    if (it == pending.end()) {
      afterUnknownOption = false;
      continue;
    }
    pending.erase(it);
    const bool option = a.size() > 1 && a[0] == '-';
    if (!option && afterUnknownOption) {
      afterUnknownOption = false;
      continue;
    }
    out.push_back(a);
    afterUnknownOption = option && a.find('=') == std::string::npos;
  }
  return out;
}

int exitCodeFor(sim::Outcome o) {
  switch (o) {
    case sim::Outcome::Completed: return kExitOk;
    case sim::Outcome::Deadlock: return kExitDeadlock;
    case sim::Outcome::CycleLimit: return kExitCycleLimit;
    case sim::Outcome::RuntimeError: return kExitRuntimeError;
  }
  return kExitInternalError;
}

// --input NAME=FILE, split; a malformed or repeated one is a usage error.
bool parseInputs(const std::vector<std::string>& in, std::vector<std::pair<std::string, std::string>>& out,
                 std::string& error) {
  std::set<std::string> seen;
  for (const std::string& a : in) {
    const auto eq = a.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == a.size()) {
      error = "--input '" + a + "': expected NAME=FILE.npy, e.g. --input A=a.npy";
      return false;
    }
    std::string name = a.substr(0, eq);
    if (!seen.insert(name).second) {
      error = "--input '" + name + "' is given twice";
      return false;
    }
    out.emplace_back(std::move(name), a.substr(eq + 1));
  }
  return true;
}

// DIR/NAME.npy for every output and inout tensor and every randomly generated input, into `set`.
// Every path is checked to stay directly inside DIR.
bool addOutputs(const std::string& dir, const ir::Graph& g, const std::vector<data::Buffer>& tensors,
                const FunctionalInfo& info, OutputSet& set, std::ostream& err) {
  fs::path base = fs::path(dir).lexically_normal();
  if (base.filename().empty() && base.has_parent_path()) base = base.parent_path();  // "out/" -> "out"
  const std::vector<bool> write = pipeline::tensorsToWrite(g, info);
  for (std::size_t i = 0; i < g.tensors.size(); ++i) {
    const ir::Tensor& x = g.tensors[i];
    if (!write[i]) continue;
    // Names are identifiers (the frontend checks); still confine the file to DIR itself.
    const bool plain = pipeline::isPlainFileStem(x.name);
    const fs::path file = base / (x.name + ".npy");
    if (!plain || file.parent_path() != base) {
      err << "datosim: --output-dir: tensor name '" << x.name << "' would leave the directory '" << dir << "'\n";
      return false;
    }
    set.add(file.string(), data::encodeNpy(tensors[i]), "--output-dir (tensor " + x.name + ")");
  }
  return true;
}

// --emit: the project of the run into --output-dir (docs/backends.md). A deadlocked run is emitted too
// (without expected outputs), so its C simulation shows the same deadlock; other incomplete runs are not.
int emitProject(const Options& o, const pipeline::RunResult& r, std::ostream& out, std::ostream& err) {
  const bool deadlock = r.report.outcome == sim::Outcome::Deadlock;
  if (!r.completed() && !deadlock) {
    err << "datosim: --emit=" << o.emit << ": nothing written, the run did not complete ("
        << sim::outcomeName(r.report.outcome) << ")\n";
    return kExitOk;  // the run's own exit code says why
  }
  Diagnostics d;
  std::vector<std::string> userFiles;
  auto fill = [&](auto& in) {
    in.graph = &*r.graph;
    in.arch = &*r.arch;
    in.mapping = &*r.mapping;
    in.before = &r.initialTensors;
    in.after = &r.tensors;
    in.expectedOutputs = !deadlock;
    in.predictedCycles = r.report.cycles;
    in.predictedSeconds = r.report.seconds;
    in.seed = o.seed;
    in.datosimVersion = DATOSIM_VERSION;
  };
  backends::Project project;
  if (o.emit == "hls") {
    backends::hls::EmitInput in;
    fill(in);
    project = backends::hls::emit(in, d, userFiles);
  } else {
    backends::npu::EmitInput in;
    fill(in);
    project = backends::npu::emit(in, d, userFiles);
  }
  err << d.str();
  if (d.hasErrors()) {
    err << "datosim: --emit=" << o.emit << ": " << counted(static_cast<long long>(d.errorCount()), "error")
        << "; no project written\n";
    return kExitCannotEmit;
  }
  const std::string why = backends::writeProject(project, o.outputDir);
  if (!why.empty()) {
    err << "datosim: --output-dir: " << why << "\n";
    return kExitOutputError;
  }
  if (deadlock)
    err << "datosim: warning: the run deadlocked; the project in " << o.outputDir
        << " is written without expected outputs, and its C simulation (make csim) shows the deadlock\n";
  if (!o.quiet && o.jsonOut != "-" && o.mappingOut != "-") {
    out << "project  " << o.emit << ": " << o.outputDir << " (" << counted(static_cast<long long>(project.files.size()), "file")
        << "); "
        << (o.emit == "hls" ? "make -C " + o.outputDir + " csim runs datosim's C simulation of it"
                            : "datosim check-project " + o.outputDir + " checks it before a vendor build")
        << "\n";
    if (!userFiles.empty()) {
      out << "         to fill in:";
      for (const std::string& f : userFiles) out << " " << f;
      out << "\n";
    }
  }
  return kExitOk;
}

// The exit code of a run that stopped before simulating (kExitOk: it went on).
int exitCodeFor(pipeline::Status s) {
  switch (s) {
    case pipeline::Status::InvalidInput:
    case pipeline::Status::InvalidRequest: return kExitInvalidInput;
    case pipeline::Status::DoesNotFit: return kExitMappingError;
    case pipeline::Status::TooLarge: return kExitTooLarge;
    case pipeline::Status::Mapped:
    case pipeline::Status::Simulated: break;
  }
  return kExitOk;
}

// Write a run's output files, all or none (ir/file_io.h); the exit code.
int commitOutputs(OutputSet& outputs, std::ostream& err) {
  if (const std::string c = outputs.clash(); !c.empty()) {
    err << "datosim: " << c << "; give each output its own file (nothing written)\n";
    return kExitUsage;
  }
  if (const std::string werr = outputs.commit(); !werr.empty()) {
    err << "datosim: " << werr << " (no output file written)\n";
    return kExitOutputError;
  }
  return kExitOk;
}

// --size-fifos: map as a run would, size every stream's FIFO (pipeline/fifo_sizing.h), print the depths
// and write them with --depths-out.
int sizeFifos(const Options& o, pipeline::RunOptions ro, std::ostream& out, std::ostream& err) {
  double tolerance = 0;
  std::string perr;
  if (!parseTolerance(o.sizeFifos, tolerance, perr)) {
    err << "datosim: " << perr << "\n";
    return kExitUsage;
  }
  ro.prepareOnly = true;
  ro.functional = pipeline::Functional::Off;
  pipeline::RunResult r = pipeline::run(ro);
  for (const pipeline::Message& m : r.messages) err << m.text << "\n";
  if (const int e = exitCodeFor(r.status); e != kExitOk) return e;
  const bool placed = r.mapping && ro.timing != pipeline::Timing::Free;
  const pipeline::FifoSizing s =
      pipeline::sizeFifos(*r.graph, *r.arch, placed ? &*r.mapping : nullptr, tolerance, o.maxStepsPerCycle);
  if (!s.ok()) {
    err << "datosim: --size-fifos: " << s.error << "\n";
    return s.graphOutcome == sim::Outcome::RuntimeError ? kExitRuntimeError : kExitDeadlock;
  }
  OutputSet outputs;
  if (!o.depthsOut.empty()) outputs.add(o.depthsOut, pipeline::depthsToJson(*r.graph, s), "--depths-out");
  if (const int e = commitOutputs(outputs, err); e != kExitOk) return e;
  if (!o.quiet) {
    out << formatFifoSizing(s, *r.graph, *r.arch, placed, o.sizeFifos);
    if (!o.depthsOut.empty()) out << "depths   " << o.depthsOut << " (datosim --depths " << o.depthsOut << " applies them)\n";
  }
  return kExitOk;
}

int simulateGraph(const Options& o, std::ostream& out, std::ostream& err) {
  if (o.mapOnly && (!o.jsonOut.empty() || !o.outputDir.empty() || o.check || !o.traceOut.empty() || !o.vcdOut.empty())) {
    // --map-only simulates nothing, so these would silently write or check nothing.
    const char* what = !o.jsonOut.empty() ? "--json" : !o.outputDir.empty() ? "--output-dir" : o.check ? "--check"
                       : !o.traceOut.empty() ? "--trace" : "--vcd";
    err << "datosim: --map-only does not simulate, so " << what
        << " has nothing to report; use --mapping-out FILE for the placement as JSON\n";
    return kExitUsage;
  }
  if (!o.sizeFifos.empty()) {
    const char* other = !o.jsonOut.empty() ? "--json" : !o.outputDir.empty() ? "--output-dir" : o.check ? "--check"
                        : !o.traceOut.empty() ? "--trace" : !o.vcdOut.empty() ? "--vcd" : !o.emit.empty() ? "--emit"
                        : o.mapOnly ? "--map-only" : !o.inputs.empty() ? "--input" : nullptr;
    if (other) {
      err << "datosim: --size-fifos runs many timing-only simulations and reports depths, so " << other
          << " cannot go with it; apply the depths (--depths-out FILE, then --depths FILE) and run again with " << other
          << "\n";
      return kExitUsage;
    }
  } else if (!o.depthsOut.empty()) {
    err << "datosim: --depths-out writes what --size-fifos finds; add --size-fifos\n";
    return kExitUsage;
  }
  if ((!o.traceWindow.empty() || o.traceMaxEvents != 1000000) && o.traceOut.empty() && o.vcdOut.empty()) {
    err << "datosim: " << (o.traceWindow.empty() ? "--trace-max-events" : "--trace-window")
        << " shapes a timeline, but none is asked for; add --trace FILE.json or --vcd FILE.vcd\n";
    return kExitUsage;
  }
  for (const auto& [flag, file] : {std::pair<const char*, const std::string*>{"--trace", &o.traceOut}, {"--vcd", &o.vcdOut}})
    if (*file == "-") {
      err << "datosim: " << flag << " writes a file; '-' (stdout) is for --json and --mapping-out\n";
      return kExitUsage;
    }
  if (!o.emit.empty()) {
    if (o.outputDir.empty()) {
      err << "datosim: --emit=" << o.emit << " needs --output-dir DIR, the folder the project is written to\n";
      return kExitUsage;
    }
    if (o.mapOnly || o.functional == "off") {
      err << "datosim: --emit=" << o.emit << " simulates with data (the project's expected outputs come from the run), so "
          << (o.mapOnly ? "--map-only" : "--functional=off") << " cannot go with it\n";
      return kExitUsage;
    }
  }
  pipeline::RunOptions ro;
  ro.graph = o.graph;
  ro.arch = o.arch;
  ro.configDirs = configSearchDirs();
  ro.paramsText = o.params;
  std::string perr;
  if (!parseParamOverrides(o.params, ro.params, perr)) {
    err << "datosim: " << perr << "\n";
    return kExitUsage;
  }
  const bool wantsData = o.check || !o.inputs.empty() || !o.outputDir.empty();
  if (o.functional == "off" && wantsData) {
    err << "datosim: " << (o.check ? "--check" : !o.inputs.empty() ? "--input" : "--output-dir")
        << " needs tensor data, but --functional=off simulates timing only; drop --functional=off\n";
    return kExitUsage;
  }
  if (!parseInputs(o.inputs, ro.inputs, perr) || !parseMappingFlags(o, ro.extraHints, perr)) {
    err << "datosim: " << perr << "\n";
    return kExitUsage;
  }
  ro.maxCycles = o.maxCycles;
  ro.maxStepsPerCycle = o.maxStepsPerCycle;
  if (!o.maxMemory.empty()) {
    std::uint64_t b = 0;
    pipeline::parseBytes(o.maxMemory, b);  // checked by the option's validator
    ro.maxMemory = b;
  }
  ro.functional = o.functional == "on" ? pipeline::Functional::On
                  : o.functional == "off" ? pipeline::Functional::Off : pipeline::Functional::Auto;
  ro.seed = o.seed;
  ro.check = o.check;
  ro.keepTensors = !o.outputDir.empty();
  ro.mappingIn = o.mappingIn;
  ro.autoBundle = !o.noAutoBundle;
  ro.timing = o.timing == "free" ? pipeline::Timing::Free : pipeline::Timing::Placed;
  ro.requireMapping = !o.mappingOut.empty() || !o.emit.empty();
  ro.mapOnly = o.mapOnly;
  if (!o.traceOut.empty() || !o.vcdOut.empty()) {
    sim::TraceOptions to;
    if (!o.traceWindow.empty() && !parseTraceWindow(o.traceWindow, to, perr)) {
      err << "datosim: " << perr << "\n";
      return kExitUsage;
    }
    to.maxEvents = static_cast<std::size_t>(o.traceMaxEvents);
    ro.trace = to;
  }
  ro.depthsIn = o.depthsIn;
  if (!o.sizeFifos.empty()) return sizeFifos(o, ro, out, err);

  // Progress on a terminal only, never in scripting (-q, JSON on stdout) or for an in-process caller.
  sim::Progress progress;
  std::optional<ProgressLine> progressLine;
  if (&err == &std::cerr && ::isatty(STDERR_FILENO) && !o.quiet && o.jsonOut != "-" && o.mappingOut != "-") {
    ro.progress = &progress;
    progressLine.emplace(progress, err);
  }
  const pipeline::RunResult r = pipeline::run(ro);
  progressLine.reset();
  for (const pipeline::Message& m : r.messages) err << m.text << "\n";
  if (const int e = exitCodeFor(r.status); e != kExitOk) return e;
  const ir::Graph& graph = *r.graph;
  const ir::Arch& arch = *r.arch;
  if (o.emit == "hls" && !backends::hls::targets(arch)) {
    err << "datosim: --emit=hls generates Vitis HLS projects for FPGA architectures (model hls); " << arch.name
        << " is model " << arch.model << "; --emit=npu is for NPUs\n";
    return kExitUsage;
  }
  if (o.emit == "npu" && !backends::npu::targets(arch)) {
    err << "datosim: --emit=npu generates MLIR-AIE projects for NPU architectures (model aie-ml); " << arch.name
        << " is model " << arch.model << "; --emit=hls is for FPGAs\n";
    return kExitUsage;
  }
  // Every output file of the run is written at the end, all or nothing (ir/file_io.h); '-' is stdout.
  OutputSet outputs;
  if (o.emit.empty() && !o.outputDir.empty()) outputs.mayCreate(o.outputDir);  // --emit makes its own
  std::string toStdout;
  if (r.mapping && !o.mappingOut.empty()) {
    const std::string text = mappingToJson(*r.mapping, graph).dump(2) + "\n";
    if (o.mappingOut == "-") toStdout = text;
    else outputs.add(o.mappingOut, text, "--mapping-out");
  }
  auto finishOutputs = [&]() -> int {
    if (const int e = commitOutputs(outputs, err); e != kExitOk) return e;
    out << toStdout;
    return kExitOk;
  };
  if (r.status == pipeline::Status::Mapped) {
    if (!o.quiet && toStdout.empty()) out << "graph    " << graph.name << " (" << graph.file << ")\narch     " << arch.name
                      << " (model " << arch.model << ")\n" << formatMappingText(*r.mapping, graph);
    return finishOutputs();
  }
  const sim::Report& report = r.report;
  const FunctionalInfo& finfo = r.functional;
  const bool completed = r.completed();

  const bool quiet = o.quiet || o.jsonOut == "-" || o.mappingOut == "-";  // stdout carries the JSON
  if (quiet)  // the summary is not printed, its warnings are still diagnostics
    for (const std::string& w : runWarnings(report)) err << w << "\n";
  if (!quiet) out << formatTextReport(report, graph, &r.bound) << formatFunctional(finfo) << (r.mapping ? formatMappingText(*r.mapping, graph) : "")
        << "timing   " << (r.placed ? "placed (stream and memory timing follow the mapping)"
                                   : "placement-free (" + std::string(r.mapping ? "--timing=free" : "the graph does not fit") + ")")
        << "\n";
  if (!o.jsonOut.empty()) {
    nlohmann::ordered_json j = reportToJson(report, graph, &r.bound);
    std::vector<std::string> loadWarnings;  // e.g. a stream no task uses (printed on stderr at load)
    for (const Diagnostic& d : r.loadDiagnostics.all())
      if (d.severity == Severity::Warning) loadWarnings.push_back(d.str());
    if (!r.coverage.empty() || !loadWarnings.empty()) {  // the static warnings first, then the run's
      nlohmann::ordered_json warnings = nlohmann::ordered_json::array();
      for (const std::string& w : loadWarnings) warnings.push_back(w);
      for (const Diagnostic& d : r.coverage) warnings.push_back(d.str());
      for (const auto& w : j["warnings"]) warnings.push_back(w);
      j["warnings"] = warnings;
    }
    j["functional"] = functionalToJson(finfo);
    if (r.mapping) j["mapping"] = mappingToJson(*r.mapping, graph);
    if (o.jsonOut == "-") toStdout = j.dump(2) + "\n";
    else outputs.add(o.jsonOut, j.dump(2) + "\n", "--json");
  }
  if (r.trace) {
    if (r.trace->truncated())
      err << "datosim: warning: " << (o.traceOut.empty() ? "--vcd" : "--trace") << ": more than "
          << groupDigits(o.traceMaxEvents) << " events; the timeline stops at cycle " << r.trace->recordedUntil()
          << " (--trace-window " << r.trace->recordedUntil() << ": shows what follows; --trace-max-events raises the limit)\n";
    const ir::Mapping* m = r.mapping ? &*r.mapping : nullptr;
    if (!o.traceOut.empty()) outputs.add(o.traceOut, traceToJson(*r.trace, report, graph, m), "--trace");
    if (!o.vcdOut.empty()) outputs.add(o.vcdOut, traceToVcd(*r.trace, report, graph, DATOSIM_VERSION), "--vcd");
  }
  if (o.emit.empty() && !o.outputDir.empty()) {
    if (!completed)
      err << "datosim: --output-dir: nothing written, the run did not complete\n";
    else if (!addOutputs(o.outputDir, graph, r.tensors, finfo, outputs, err))
      return kExitOutputError;
  }
  if (const int e = finishOutputs(); e != kExitOk) return e;
  if (!o.emit.empty()) {
    const int e = emitProject(o, r, out, err);
    if (e != kExitOk) return e;
  }
  int code = exitCodeFor(report.outcome);
  if (code == kExitOk && finfo.checked && !finfo.check.passed) {
    code = kExitCheckFailed;
    if (quiet) {
      err << "datosim: --check failed:";
      std::size_t failed = 0;
      for (const sim::TensorCheck& c : finfo.check.tensors)
        if (!c.passed) {
          err << " " << c.name;
          ++failed;
        }
      err << (failed == 1 ? " differs" : " differ") << " from the reference\n";
    }
  }
  if (quiet && code != kExitOk && code != kExitCheckFailed) {
    // Even when quiet, say why the exit code is not 0 (a failed check said so above).
    if (report.outcome == sim::Outcome::Deadlock) err << formatDeadlockBrief(report, graph);  // the waits are the result
    else err << "datosim: " << sim::outcomeName(report.outcome) << " at cycle " << report.cycles << "\n";
    for (const Diagnostic& d : report.errors) err << d.str() << "\n";
  }
  return code;
}

}  // namespace

std::vector<std::string> configSearchDirs() {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("DATOSIM_CONFIG_PATH")) {
    std::stringstream ss(env);
    std::string d;
    while (std::getline(ss, d, ':'))
      if (!d.empty()) dirs.push_back(d);
  }
  if (*DATOSIM_CONFIG_DIR && fs::is_directory(DATOSIM_CONFIG_DIR)) dirs.push_back(DATOSIM_CONFIG_DIR);
  std::string self = selfDir();
  if (!self.empty()) {
    fs::path installed = fs::path(self).parent_path() / "share" / "datosim" / "configs";
    if (fs::is_directory(installed)) dirs.push_back(installed.string());
  }
  return dirs;
}

// check-project's round trip: the graph rebuilt from the project's aie.mlir, simulated on the project's
// architecture with the cores where the project puts them and the project's inputs; the same outputs bit
// for bit and the predicted cycles within 1% (docs/backends.md).
int roundTrip(const std::string& dir, const std::string& rebuiltOut, std::ostream& out, std::ostream& err) {
  backends::npu::Rebuilt rb;
  Diagnostics d;
  if (!backends::npu::rebuildGraph(dir, rb, d)) {
    err << d.str() << "datosim: check-project: the graph could not be rebuilt from " << dir << "/aie.mlir\n";
    return kExitInvalidInput;
  }
  if (!rebuiltOut.empty()) {
    const std::string why = writeFileAtomic(rebuiltOut, rb.graphJson);
    if (!why.empty()) {
      err << "datosim: --rebuilt-graph: " << why << "\n";
      return kExitOutputError;
    }
  }
  const fs::path tmp = fs::temp_directory_path() / ("datosim-roundtrip-" + std::to_string(::getpid()));
  std::error_code ec;
  fs::remove_all(tmp, ec);
  fs::create_directories(tmp, ec);
  struct Cleanup {
    fs::path p;
    ~Cleanup() {
      std::error_code e;
      fs::remove_all(p, e);
    }
  } cleanup{tmp};
  const std::string graphFile = (tmp / "rebuilt.json").string(), mappingFile = (tmp / "mapping.json").string();
  if (!writeFileAtomic(graphFile, rb.graphJson).empty() || !writeFileAtomic(mappingFile, rb.mappingJson).empty()) {
    err << "datosim: check-project: cannot write the rebuilt graph under " << tmp.string() << "\n";
    return kExitOutputError;
  }
  pipeline::RunOptions ro;
  ro.graph = graphFile;
  ro.arch = rb.arch;
  ro.configDirs = configSearchDirs();
  ro.functional = pipeline::Functional::On;
  ro.mappingIn = mappingFile;
  for (const auto& [name, file] : rb.inputs) ro.inputs.emplace_back(name, (fs::path(dir) / file).string());
  const pipeline::RunResult r = pipeline::run(ro);
  if (!r.completed()) {
    for (const pipeline::Message& m : r.messages) err << m.text << "\n";
    err << "datosim: check-project: the rebuilt graph did not run to completion ("
        << (r.status == pipeline::Status::Simulated ? sim::outcomeName(r.report.outcome) : "not simulated") << ")\n";
    return kExitInvalidInput;
  }
  int bad = 0;
  for (const auto& [name, file] : rb.expected) {
    const int t = r.graph->findTensor(name);
    data::Buffer want;
    const std::string why = t < 0 ? "no such tensor" : data::readNpyAny((fs::path(dir) / file).string(), want);
    if (!why.empty()) {
      err << "datosim: check-project: " << file << ": " << why << "\n";
      ++bad;
      continue;
    }
    if (!(want == r.tensors[static_cast<std::size_t>(t)]) &&
        !(want.dtype() != r.tensors[static_cast<std::size_t>(t)].dtype() &&
          data::convertBuffer(want, r.tensors[static_cast<std::size_t>(t)].dtype()) == r.tensors[static_cast<std::size_t>(t)])) {
      err << "datosim: check-project: round trip: output " << name << " of the rebuilt graph differs from " << file << "\n";
      ++bad;
    }
  }
  const double diff = rb.predictedCycles ? 100.0 * static_cast<double>(r.report.cycles - rb.predictedCycles) /
                                                static_cast<double>(rb.predictedCycles)
                                          : 0.0;
  const std::string pct = formatDouble("%+.2f%%", diff);
  out << "round trip: the graph rebuilt from aie.mlir runs " << groupDigits(r.report.cycles) << " cycles (the source graph "
      << groupDigits(rb.predictedCycles) << ", " << pct << "); outputs "
      << (bad ? "DIFFER" : "bit-identical") << "\n";
  const bool slow = std::abs(diff) > 1.0;
  if (slow)
    err << "datosim: check-project: round trip: the rebuilt graph runs " << pct
        << " cycles against the source graph (more than 1%): the project does not run as the simulated graph did "
           "(a core or buffer moved, a depth changed?); compare the source graph's mapping with the rebuilt one "
           "(--rebuilt-graph; docs/backends.md, \"Round trip\")\n";
  return bad || slow ? kExitInvalidInput : kExitOk;
}

int runDatosim(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (!args.empty() && args[0] == "sweep") return runSweep({args.begin() + 1, args.end()}, out, err);
  if (!args.empty() && args[0] == "check-project") {
    const bool keep = args.size() == 4 && args[2] == "--rebuilt-graph" && !args[3].empty();
    if ((args.size() != 2 && !keep) || args[1].empty() || args[1][0] == '-') {
      err << "datosim: usage: datosim check-project DIR [--rebuilt-graph FILE] (DIR: a project written by --emit=npu; "
             "FILE: where to write the graph rebuilt from its aie.mlir)\n";
      return kExitUsage;
    }
    try {
      Diagnostics d;
      const bool ok = backends::npu::checkProject(args[1], d);
      err << d.str();
      if (!ok) {
        err << "datosim: check-project: " << counted(static_cast<long long>(d.errorCount()), "error") << " in " << args[1]
            << "\n";
        return kExitInvalidInput;
      }
      out << "check-project: " << args[1] << ": every check passed\n";
      return roundTrip(args[1], keep ? args[3] : "", out, err);
    } catch (const std::exception& e) {
      err << "datosim: internal error: " << e.what() << "\n";
      return kExitInternalError;
    }
  }
  CLI::App app{"datosim: simulate a dataflow task graph on an NPU or FPGA architecture model\n"
               "  datosim sweep GRAPH --arch A,B --param NAME=VALUES ...   run a design space (datosim sweep --help)\n"
               "  datosim check-project DIR                                 check a generated NPU project",
               "datosim"};
  app.footer(kExitCodesHelp);
  Options o;
  app.add_option("graph", o.graph, "the graph file (JSON, format datosim-graph/1)");
  app.add_option("--arch", o.arch, "architecture: a config name (see --list-archs) or a path to a config file");
  app.add_option("--param", o.params, "override a graph parameter, NAME=VALUE (repeatable)")
      ->expected(1)
      ->allow_extra_args(false)
      ->take_all();
  app.add_option("--json", o.jsonOut, "write the full report as JSON to this file ('-': stdout, instead of the summary)");
  app.add_option("--max-cycles", o.maxCycles, "stop the simulation past this many cycles (0: no limit)")
      ->check(CLI::Validator(
          [](std::string& v) {
            errno = 0;
            const bool digits = !v.empty() && v.find_first_not_of("0123456789") == std::string::npos;
            if (digits && (std::strtoll(v.c_str(), nullptr, 10), errno != ERANGE)) return std::string();
            return "must be a whole number of cycles >= 0 (0: no limit), found '" + v + "'";
          },
          "CYCLES"));
  app.add_option("--max-steps-per-cycle", o.maxStepsPerCycle,
                 "loop iterations one instance may run without its simulated time advancing before the run stops "
                 "with a run-time error (exit 5; default 1,073,741,824): every run ends, even a zero-cost loop of 2^62 iterations")
      ->check(CLI::Range(1LL, std::numeric_limits<long long>::max()));
  app.add_option("--max-memory", o.maxMemory,
                 "memory a run may need, e.g. 8G, 512M (K/M/G/T are powers of 1024; 0: no limit); a run estimated "
                 "above it is refused before allocating (exit 10). Default: 80% of this machine's memory")
      ->check(CLI::Validator(
          [](std::string& v) {
            std::uint64_t b = 0;
            if (pipeline::parseBytes(v, b)) return std::string();
            return "must be a size such as 8G, 512M, 1.5GiB or a number of bytes (0: no limit), found '" + v + "'";
          },
          "SIZE"));
  app.add_flag("-q,--quiet", o.quiet, "do not print the summary");
  app.add_flag("-v,--verbose", o.verbose,
               "log on stderr what each stage did and how long it took (-vv: also the details: mapping notes, "
               "each FIFO-sizing run, ...)");
  app.add_option("--trace", o.traceOut,
                 "write the run's timeline as a Chrome / Perfetto trace-event file (open in ui.perfetto.dev): a track "
                 "per instance, stream occupancy counters, memory and DMA transfers (docs/observability.md)");
  app.add_option("--vcd", o.vcdOut, "write instance states and stream occupancy as VCD (GTKWave)");
  app.add_flag("--size-fifos{1%}", o.sizeFifos,
               "find each stream's smallest depth that keeps the run free of deadlock and within a tolerance of the "
               "cycles with FIFOs that never fill: --size-fifos (1%), --size-fifos=0% (exact)");
  app.add_option("--depths-out", o.depthsOut, "with --size-fifos: write the sized depths to this file");
  app.add_option("--depths", o.depthsIn, "apply a depths file (written by --size-fifos --depths-out) to the graph's streams");
  app.add_option("--trace-window", o.traceWindow,
                 "record the timeline only from cycle FROM to cycle TO, FROM:TO (either may be left out)");
  app.add_option("--trace-max-events", o.traceMaxEvents,
                 "the most events a timeline keeps (default 1,000,000); past it, it stops early and says at which cycle")
      ->check(CLI::Range(1LL, 100000000LL));
  app.add_option("--functional", o.functional,
                 "simulate with tensor data: on, off, or auto (default: on when the global tensors total at most "
                 "64 MiB, or when --check, --input or --output-dir is given)")
      ->check(CLI::IsMember({"auto", "on", "off"}));
  app.add_option("--input", o.inputs, "take input tensor NAME from a .npy file, NAME=FILE (repeatable)")
      ->expected(1)
      ->allow_extra_args(false)
      ->take_all();
  app.add_option("--seed", o.seed, "seed of the random values of inputs not given with --input (default 1)")
      ->check(CLI::Validator(
          [](std::string& v) {
            errno = 0;
            const bool digits = !v.empty() && v.find_first_not_of("0123456789") == std::string::npos;
            if (digits && (std::strtoull(v.c_str(), nullptr, 10), errno != ERANGE)) return std::string();
            return "must be an integer in [0, 2^64), found '" + v + "'";
          },
          "UINT64"));
  app.add_option("--output-dir", o.outputDir,
                 "write every output and inout tensor, and every random input, to DIR/NAME.npy");
  app.add_flag("--check", o.check, "compare the outputs with the graph's reference (exit 6 on a mismatch)");
  app.add_option("--mapping", o.mappingIn,
                 "impose a placement: a mapping file as --mapping-out writes it (its groups, or hbm on an FPGA)");
  app.add_option("--mapping-out", o.mappingOut, "write the mapping (placement, routes, buffers, resource use) as JSON ('-': stdout, instead of the summary)");
  app.add_option("--chain", o.chains, "fuse a producer and its consumer on one tile, PRODUCER,CONSUMER (repeatable)")
      ->expected(1)
      ->allow_extra_args(false)
      ->take_all();
  app.add_option("--bundle", o.bundles, "time-multiplex isomorphic instances on one tile, A,B,... (repeatable)")
      ->expected(1)
      ->allow_extra_args(false)
      ->take_all();
  app.add_flag("--no-auto-bundle", o.noAutoBundle,
               "do not bundle isomorphic instances automatically when they outnumber the compute tiles");
  app.add_flag("--map-only", o.mapOnly, "map the graph and print the placement; do not simulate");
  app.add_option("--timing", o.timing,
                 "placed (default): timing follows the placement (routes, shared DMA channels and cores) and a "
                 "graph that does not fit is an error (exit 8); free: the placement-free model, and a graph that "
                 "does not fit only gets warnings")
      ->check(CLI::IsMember({"placed", "free"}));
  app.add_option("--emit", o.emit,
                 "generate the hardware project of the run into --output-dir: hls (a Vitis HLS project for an FPGA "
                 "architecture, with datosim's C simulation) or npu (an MLIR-AIE project for an NPU; check it with "
                 "'datosim check-project DIR'); docs/backends.md")
      ->check(CLI::IsMember({"hls", "npu"}));
  app.add_flag("--list-kernels", o.listKernels, "list the built-in kernels");
  app.add_flag("--list-models", o.listModels, "list the timing models and their parameters");
  app.add_flag("--list-archs", o.listArchs, "list the architecture configs found");
  app.add_flag("--version", o.version, "print the version");

  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes arguments in reverse
  try {
    app.parse(reversed);
  } catch (const CLI::ExtrasError&) {
    // CLI11 lists the left-over arguments in reverse; name each one in command-line order instead,
    // and suggest the closest option for a mis-typed one.
    std::vector<std::string> longNames;
    for (const CLI::Option* opt : app.get_options())
      for (const std::string& n : opt->get_lnames()) longNames.push_back("--" + n);
    for (const std::string& a : unexpectedArguments(app.remaining(false), args)) {
      if (a.size() > 1 && a[0] == '-') {
        const std::string name = a.substr(0, a.find('='));
        const std::string near = closestName(name, longNames);
        err << "datosim: unknown option '" << name << "'" << (near.empty() ? "" : "; did you mean '" + near + "'?")
            << "\n";
      } else {
        err << "datosim: unexpected argument '" << a << "' ("
            << (a.find('=') != std::string::npos ? "--param and --input take one NAME=VALUE each; repeat the option"
                                                 : "one graph file per run")
            << ")\n";
      }
    }
    err << "Run with --help for more information.\n";
    return kExitUsage;
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e, out, err);
    return code == 0 ? kExitOk : kExitUsage;
  }
  // The log goes to this call's stderr stream, and stops with the call.
  struct LogScope {
    ~LogScope() { log::disable(); }
  } logScope;
  if (o.verbose > 0 && !o.quiet) log::enable(o.verbose >= 2 ? spdlog::level::debug : spdlog::level::info, err);
  try {
    if (o.version) {
      out << "datosim " << DATOSIM_VERSION << "\n";
      return kExitOk;
    }
    if (o.listKernels) return listKernels(out);
    if (o.listModels) return listModels(out);
    if (o.listArchs) return listArchs(out);
    // A path option given an empty value would silently write or read nothing.
    for (const auto& [name, value] : std::vector<std::pair<const char*, const std::string*>>{
             {"--json", &o.jsonOut}, {"--mapping-out", &o.mappingOut}, {"--output-dir", &o.outputDir},
             {"--mapping", &o.mappingIn}, {"graph", &o.graph}, {"--arch", &o.arch}})
      if (app.count(name) > 0 && value->empty()) {
        err << "datosim: " << name << " is given an empty " << (std::string(name) == "--arch" ? "name" : "path") << "\n";
        return kExitUsage;
      }
    if (o.jsonOut == "-" && o.mappingOut == "-") {
      err << "datosim: --json - and --mapping-out - would both write to stdout; give one of them a file\n";
      return kExitUsage;
    }
    if (o.outputDir == "-" || o.mappingIn == "-") {
      err << "datosim: " << (o.outputDir == "-" ? "--output-dir" : "--mapping") << " takes a "
          << (o.outputDir == "-" ? "folder" : "file") << ", not '-'\n";
      return kExitUsage;
    }
    if (o.graph.empty()) {
      err << "datosim: no graph file given\n" << "usage: datosim GRAPH.json --arch NAME|FILE [options]; see --help\n";
      return kExitUsage;
    }
    if (o.arch.empty()) {
      err << "datosim: no architecture given: add --arch NAME (e.g. --arch npu4x4; --list-archs lists them) or "
             "--arch path/to/config.json\n";
      return kExitUsage;
    }
    return simulateGraph(o, out, err);
  } catch (const std::exception& e) {
    err << "datosim: internal error: " << e.what() << "\n";
    return kExitInternalError;
  }
}

}  // namespace datosim::tools
