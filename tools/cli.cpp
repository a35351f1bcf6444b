#include "tools/cli.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <map>
#include <set>
#include <exception>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <unistd.h>

#include "frontend/frontend.h"
#include "ir/kernels.h"
#include "sim/simulator.h"
#include "sim/timing_model.h"
#include "tools/output_file.h"
#include "tools/report_format.h"

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
    "  1   invalid input: graph, architecture or --param (every error printed as file:/json/pointer: message)\n"
    "  2   invalid command line\n"
    "  3   the simulation deadlocked (the report names who waits on what)\n"
    "  4   --max-cycles reached before the graph finished\n"
    "  5   run-time error in the graph (e.g. an index out of range)\n"
    "  7   an output file could not be written\n"
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
  bool quiet = false;
  bool listKernels = false, listModels = false, listArchs = false, version = false;
};

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
  for (const sim::TimingModelEntry& e : sim::TimingModelRegistry::builtin().entries()) {
    out << e.name << ": " << e.description << "\n";
    for (const sim::ParamSpec& p : e.params)
      out << "  " << p.key << " [" << p.unit << "]  " << p.description << "\n";
  }
  return kExitOk;
}

int listKernels(std::ostream& out) {
  for (const ir::KernelInfo& k : ir::builtinKernels())
    out << k.name << " (" << ir::kernelClassName(k.cls) << "): " << k.summary << "\n";
  return kExitOk;
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

int simulateGraph(const Options& o, std::ostream& out, std::ostream& err) {
  frontend::GraphOptions gopts;
  std::string perr;
  if (!parseParamOverrides(o.params, gopts.paramOverrides, perr)) {
    err << "datosim: " << perr << "\n";
    return kExitUsage;
  }
  Diagnostics diags;
  auto graph = frontend::loadGraph(o.graph, gopts, diags);
  auto arch = frontend::loadArch(o.arch, configSearchDirs(), diags);
  if (arch) sim::validateArch(*arch, diags);
  err << diags.str();
  if (!graph || !arch || diags.hasErrors()) {
    err << "datosim: " << diags.errorCount() << " error(s); nothing was simulated\n";
    return kExitInvalidInput;
  }
  std::unique_ptr<sim::TimingModel> model = sim::createTimingModel(*arch);
  sim::SimOptions sopts;
  sopts.maxCycles = o.maxCycles;
  sim::Report report = sim::simulate(*graph, *arch, *model, sopts);

  if (!o.quiet) out << formatTextReport(report, *graph);
  if (!o.jsonOut.empty()) {
    std::string werr;
    if (!writeFileAtomic(o.jsonOut, reportToJson(report, *graph).dump(2) + "\n", werr)) {
      err << "datosim: " << werr << "\n";
      return kExitOutputError;
    }
  }
  int code = exitCodeFor(report.outcome);
  if (o.quiet && code != kExitOk) {
    // Even when quiet, say why the exit code is not 0.
    err << "datosim: " << sim::outcomeName(report.outcome) << " at cycle " << report.cycles << "\n";
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

int runDatosim(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CLI::App app{"datosim: simulate a dataflow task graph on an NPU or FPGA architecture model", "datosim"};
  app.footer(kExitCodesHelp);
  Options o;
  app.add_option("graph", o.graph, "the graph file (JSON, format datosim-graph/1)");
  app.add_option("--arch", o.arch, "architecture: a config name (see --list-archs) or a path to a config file");
  app.add_option("--param", o.params, "override a graph parameter, NAME=VALUE (repeatable)")->take_all();
  app.add_option("--json", o.jsonOut, "write the full report as JSON to this file");
  app.add_option("--max-cycles", o.maxCycles, "stop the simulation past this many cycles (0: no limit)")
      ->check(CLI::NonNegativeNumber);
  app.add_flag("-q,--quiet", o.quiet, "do not print the summary");
  app.add_flag("--list-kernels", o.listKernels, "list the built-in kernels");
  app.add_flag("--list-models", o.listModels, "list the timing models and their parameters");
  app.add_flag("--list-archs", o.listArchs, "list the architecture configs found");
  app.add_flag("--version", o.version, "print the version");

  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes arguments in reverse
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e, out, err);
    return code == 0 ? kExitOk : kExitUsage;
  }
  try {
    if (o.version) {
      out << "datosim " << DATOSIM_VERSION << "\n";
      return kExitOk;
    }
    if (o.listKernels) return listKernels(out);
    if (o.listModels) return listModels(out);
    if (o.listArchs) return listArchs(out);
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
