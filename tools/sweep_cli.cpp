// `datosim sweep`: flags, progress and exit codes around the sweep library (sweep/, docs/sweeps.md).
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <thread>

#include "sweep/plan.h"
#include "sweep/results.h"
#include "sweep/rows.h"
#include "sweep/runner.h"
#include "sweep/slurm.h"
#include "tools/cli.h"

#ifndef DATOSIM_VERSION
#define DATOSIM_VERSION "0.0.0"
#endif

namespace datosim::tools {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

struct SweepFlags {
  std::string graph, spaceFile, output, format;
  std::vector<std::string> archs, params, where, sbatchOptions;
  int jobs = 0;
  double pointTimeout = 0;
  std::int64_t pointMemory = -1;
  std::int64_t maxCycles = 0;
  std::string functional = "auto", timing = "placed";
  std::uint64_t seed = 1;
  bool noAutoBundle = false, restart = false, quiet = false;
  std::string slurmDir, planFile, mergeDir;
  int shards = 0, maxRunning = 0, shard = -1;
};

std::string selfExe() {
  std::error_code ec;
  const fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string("datosim") : p.string();
}

std::string duration(double s) {
  if (!std::isfinite(s) || s < 0) return "?";
  const long long t = static_cast<long long>(std::llround(s));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", t / 3600, t / 60 % 60, t % 60);
  return buf;
}

// Progress on stderr, only when it is a terminal.
class Progress {
 public:
  Progress(std::ostream& err, bool on, std::size_t total, std::size_t already)
      : err_(err), on_(on), total_(total), already_(already), start_(Clock::now()) {}
  void show(std::size_t done, bool last = false) {
    if (!on_) return;
    const double secs = std::chrono::duration<double>(Clock::now() - start_).count();
    const double rate = secs > 0 ? static_cast<double>(done - already_) / secs : 0;
    const double eta = rate > 0 ? static_cast<double>(total_ - done) / rate : NAN;
    char buf[160];
    std::snprintf(buf, sizeof buf, "\rsweep  %zu/%zu points  %.1f points/s  %s %s   ", done, total_, rate,
                  last ? "took" : "ETA", last ? duration(secs).c_str() : duration(eta).c_str());
    err_ << buf << (last ? "\n" : "") << std::flush;
  }

 private:
  std::ostream& err_;
  bool on_;
  std::size_t total_, already_;
  Clock::time_point start_;
};

int fail(std::ostream& err, const std::string& msg, int code) {
  err << "datosim: sweep: " << msg << "\n";
  return code;
}

// Run `todo` of `plan` into `file` (flushed atomically, at a rate that keeps rewriting cheap).
int runInto(const sweep::Plan& plan, sweep::ResultFile& file, const std::vector<std::int64_t>& todo,
            const sweep::RunnerOptions& ropts, bool progressOn, std::size_t total, std::ostream& err) {
  Progress progress(err, progressOn, total, total - todo.size());
  std::string writeError;
  auto lastFlush = Clock::now();
  double flushCost = 0;
  auto flush = [&]() {
    const auto t0 = Clock::now();
    writeError = file.flush();
    flushCost = std::chrono::duration<double>(Clock::now() - t0).count();
    lastFlush = Clock::now();
  };
  const std::string why = sweep::runPoints(
      plan, todo, ropts, [&](sweep::Row&& row) { file.add(row); },
      [&]() {
        progress.show(file.size());
        const double since = std::chrono::duration<double>(Clock::now() - lastFlush).count();
        if (file.dirty() && writeError.empty() && since >= std::max(0.5, 20 * flushCost)) flush();
      });
  if (writeError.empty()) flush();
  progress.show(file.size(), true);
  if (!writeError.empty()) return fail(err, writeError, kExitOutputError);
  if (!why.empty()) return fail(err, why, kExitInternalError);
  return kExitOk;
}

// Rows to stdout, in point order, as soon as every earlier point has its row.
int runToStdout(const sweep::Plan& plan, const sweep::RunnerOptions& ropts, bool progressOn, std::ostream& out,
                std::ostream& err) {
  std::vector<std::int64_t> todo;
  for (const sweep::Point& p : plan.points) todo.push_back(p.index);
  out << sweep::headerLine(plan);
  std::map<std::int64_t, std::string> pending;
  std::int64_t next = 0;
  std::size_t done = 0;
  Progress progress(err, progressOn, todo.size(), 0);
  const std::string why = sweep::runPoints(
      plan, todo, ropts,
      [&](sweep::Row&& row) {
        ++done;
        pending[row.point] = sweep::rowLine(plan, row);
        while (!pending.empty() && pending.begin()->first == next) {
          out << pending.begin()->second;
          pending.erase(pending.begin());
          ++next;
        }
        out.flush();
      },
      [&]() { progress.show(done); });
  progress.show(done, true);
  if (!why.empty()) return fail(err, why, kExitInternalError);
  return kExitOk;
}

int mergeCommand(const SweepFlags& f, std::ostream& out, std::ostream& err) {
  if (f.output.empty() || f.output == "-") return fail(err, "--merge needs -o FILE, the merged result", kExitUsage);
  Diagnostics d;
  const std::string planFile = (fs::path(f.mergeDir) / "plan.json").string();
  std::optional<sweep::Plan> plan = sweep::loadPlan(planFile, d);
  err << d.str();
  if (!plan) return fail(err, "cannot merge " + f.mergeDir + " (no valid plan.json)", kExitInvalidInput);
  std::ifstream in(planFile);
  frontend::Json j = frontend::Json::parse(in, nullptr, false);
  const int shards = j.is_object() ? j.value("shards", 0) : 0;
  if (shards <= 0) return fail(err, planFile + " has no shard count", kExitInvalidInput);
  std::vector<std::string> files, missing;
  for (int k = 0; k < shards; ++k) {
    const std::string file = sweep::shardOutput(f.mergeDir, *plan, k);
    std::error_code ec;
    if (fs::exists(file, ec)) files.push_back(file);
    else missing.push_back(std::to_string(k));
  }
  if (!missing.empty()) {
    std::string list;
    for (std::size_t i = 0; i < missing.size() && i < 20; ++i) list += (i ? "," : "") + missing[i];
    return fail(err, std::to_string(missing.size()) + " of " + std::to_string(shards) + " shards have not written rows yet (array tasks " +
                         list + (missing.size() > 20 ? ",..." : "") + "); wait for them, or resubmit with sbatch --array=" + list,
                kExitInvalidInput);
  }
  const std::string why = sweep::mergeShards(*plan, files, f.output);
  if (!why.empty()) return fail(err, why, kExitInvalidInput);
  if (!f.quiet) out << "sweep    " << plan->points.size() << " points from " << shards << " shards -> " << f.output << "\n";
  return kExitOk;
}

int shardCommand(const SweepFlags& f, std::ostream& err) {
  Diagnostics d;
  std::optional<sweep::Plan> plan = sweep::loadPlan(f.planFile, d);
  err << d.str();
  if (!plan) return fail(err, "cannot run a shard of " + f.planFile, kExitInvalidInput);
  std::ifstream in(f.planFile);
  const frontend::Json j = frontend::Json::parse(in, nullptr, false);
  const int shards = j.value("shards", 0);
  if (shards <= 0 || f.shard < 0 || f.shard >= shards)
    return fail(err, "--shard " + std::to_string(f.shard) + ": the plan has shards 0.." + std::to_string(shards - 1), kExitUsage);
  sweep::RunnerOptions ropts;
  ropts.jobs = std::max(1, j.value("jobs", 1));
  ropts.pointTimeout = j.value("point_timeout", 0.0);
  ropts.pointMemoryMiB = j.value("point_memory_mib", static_cast<std::int64_t>(0));
  const std::string dir = fs::path(f.planFile).parent_path().string();
  const std::vector<std::int64_t> mine = sweep::shardPoints(*plan, f.shard, shards);
  const std::string shardName = std::to_string(f.shard) + "/" + std::to_string(shards);
  std::string error;
  std::optional<sweep::ResultFile> file =
      sweep::ResultFile::open(sweep::shardOutput(dir, *plan, f.shard), *plan, shardName, &mine, f.restart, error);
  if (!file) return fail(err, error, kExitInvalidInput);
  std::vector<std::int64_t> todo;
  for (std::int64_t p : mine)
    if (!file->has(p)) todo.push_back(p);
  return runInto(*plan, *file, todo, ropts, false, mine.size(), err);
}

}  // namespace

int runSweep(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CLI::App app{"datosim sweep: run a graph over a design space (architectures x parameter values); docs/sweeps.md",
               "datosim sweep"};
  SweepFlags f;
  auto repeatable = [](CLI::Option* o) { o->expected(1)->allow_extra_args(false)->take_all(); };
  app.add_option("graph", f.graph, "the graph file");
  repeatable(app.add_option("--arch", f.archs, "architectures: NAME[,NAME...] (repeatable)"));
  repeatable(app.add_option("--param", f.params,
                            "a swept parameter, NAME=VALUES: integers and ranges LO:HI[:STEP], STEP K, +K or *K, "
                            "comma-separated, e.g. M=256,512 or D=1:16:*2 (repeatable)"));
  repeatable(app.add_option("--where", f.where, "keep only the points where this expression holds, e.g. 'M % D == 0' (repeatable)"));
  app.add_option("--space", f.spaceFile, "a sweep file (format datosim-sweep/1) instead of --arch/--param/--where");
  app.add_option("-o,--output", f.output, "the result file (CSV, or JSON Lines for .jsonl); '-' or none: stdout");
  app.add_option("--format", f.format, "csv or jsonl (default: from the output's extension)")->check(CLI::IsMember({"csv", "jsonl"}));
  app.add_option("-j,--jobs", f.jobs, "worker processes (default: the number of CPUs)")->check(CLI::Range(1, 1024));
  app.add_option("--point-timeout", f.pointTimeout, "seconds one point may take before it becomes an error row (0: no limit)")
      ->check(CLI::Range(0.0, 1e9));
  app.add_option("--point-memory", f.pointMemory,
                 "MiB of address space per worker; a point that needs more is an error row (default: memory / jobs; 0: no limit)")
      ->check(CLI::Range(static_cast<std::int64_t>(0), static_cast<std::int64_t>(1) << 40));
  app.add_option("--max-cycles", f.maxCycles, "stop each simulation past this many cycles (0: no limit)")->check(CLI::NonNegativeNumber);
  app.add_option("--functional", f.functional, "auto, on or off, as for a single run")->check(CLI::IsMember({"auto", "on", "off"}));
  app.add_option("--seed", f.seed, "seed of the random inputs (default 1)");
  app.add_option("--timing", f.timing, "placed or free, as for a single run")->check(CLI::IsMember({"placed", "free"}));
  app.add_flag("--no-auto-bundle", f.noAutoBundle, "do not bundle isomorphic instances automatically");
  app.add_flag("--restart", f.restart, "replace an existing result instead of resuming it");
  app.add_flag("-q,--quiet", f.quiet, "no progress and no summary");
  app.add_option("--slurm", f.slurmDir, "write a Slurm job array into this folder instead of running");
  app.add_option("--shards", f.shards, "--slurm: array tasks (default: min(points, 100))")->check(CLI::Range(1, 100000));
  app.add_option("--max-running", f.maxRunning, "--slurm: array tasks running at once (%M; default: no limit)")->check(CLI::Range(1, 100000));
  repeatable(app.add_option("--sbatch-option", f.sbatchOptions, "--slurm: an extra #SBATCH option, e.g. --partition=debug (repeatable)"));
  app.add_option("--plan", f.planFile, "run one shard of a plan written by --slurm (what the array tasks run)");
  app.add_option("--shard", f.shard, "with --plan: the shard to run");
  app.add_option("--merge", f.mergeDir, "gather the shards of a --slurm folder into -o FILE");

  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e, out, err);
    return code == 0 ? kExitOk : kExitUsage;
  }
  try {
    if (!f.mergeDir.empty()) return mergeCommand(f, out, err);
    if (!f.planFile.empty()) {
      if (f.shard < 0) return fail(err, "--plan needs --shard K", kExitUsage);
      return shardCommand(f, err);
    }
    if (f.graph.empty()) return fail(err, "no graph file given; usage: datosim sweep GRAPH.json --arch A[,B] --param NAME=VALUES ... [-o FILE]", kExitUsage);
    if (!f.spaceFile.empty() && (!f.archs.empty() || !f.params.empty() || !f.where.empty()))
      return fail(err, "give the space either with --space FILE or with --arch/--param/--where, not both", kExitUsage);
    if (f.shard >= 0) return fail(err, "--shard goes with --plan", kExitUsage);
    const bool toStdout = f.output.empty() || f.output == "-";
    sweep::Format format = sweep::Format::Csv;
    if (!f.format.empty()) format = f.format == "jsonl" ? sweep::Format::Jsonl : sweep::Format::Csv;
    else if (!toStdout && (fs::path(f.output).extension() == ".jsonl" || fs::path(f.output).extension() == ".ndjson"))
      format = sweep::Format::Jsonl;
    Diagnostics d;
    std::optional<sweep::Space> space =
        f.spaceFile.empty() ? sweep::spaceFromCommandLine(f.archs, f.params, f.where, d) : sweep::loadSpaceFile(f.spaceFile, d);
    if (!space) {
      err << d.str();
      return fail(err, counted(static_cast<long long>(d.errorCount()), "error") + " in the space; nothing was run", kExitInvalidInput);
    }
    sweep::Settings settings;
    settings.functional = f.functional;
    settings.seed = f.seed;
    settings.maxCycles = f.maxCycles;
    settings.timing = f.timing;
    settings.autoBundle = !f.noAutoBundle;
    std::optional<sweep::Plan> plan =
        sweep::makePlan(f.graph, std::move(*space), settings, format, configSearchDirs(), DATOSIM_VERSION, d);
    err << d.str();
    if (!plan) return fail(err, counted(static_cast<long long>(d.errorCount()), "error") + "; nothing was run", kExitInvalidInput);
    sweep::RunnerOptions ropts;
    const unsigned cpus = std::thread::hardware_concurrency();
    ropts.jobs = f.jobs > 0 ? f.jobs : static_cast<int>(cpus > 0 ? cpus : 1);
    ropts.pointTimeout = f.pointTimeout;
    ropts.pointMemoryMiB = f.pointMemory >= 0 ? f.pointMemory : sweep::defaultPointMemoryMiB(ropts.jobs);
    const bool progressOn = !f.quiet && ::isatty(2) == 1;
    if (!f.slurmDir.empty()) {
      sweep::SlurmOptions so;
      so.dir = f.slurmDir;
      so.shards = f.shards;
      so.maxRunning = f.maxRunning;
      so.sbatchOptions = f.sbatchOptions;
      so.runner = ropts;
      if (f.pointMemory < 0) so.runner.pointMemoryMiB = 0;  // the node's memory is not this machine's
      so.datosim = selfExe();
      int shards = 0;
      const std::string why = sweep::writeSlurmJob(*plan, so, shards);
      if (!why.empty()) return fail(err, why, kExitOutputError);
      if (!f.quiet)
        out << "sweep    " << plan->points.size() << " points in " << shards << " shards: " << f.slurmDir << "\n"
            << "submit   sbatch " << sweep::shellQuote((fs::path(f.slurmDir) / "sweep.sbatch").string()) << "\n"
            << "merge    datosim sweep --merge " << sweep::shellQuote(f.slurmDir) << " -o RESULTS"
            << sweep::formatExtension(plan->format) << "\n";
      return kExitOk;
    }
    if (f.shards > 0 || f.maxRunning > 0 || !f.sbatchOptions.empty())
      return fail(err, "--shards, --max-running and --sbatch-option go with --slurm DIR", kExitUsage);
    if (toStdout) {
      if (f.restart) return fail(err, "--restart needs -o FILE (stdout is never resumed)", kExitUsage);
      return runToStdout(*plan, ropts, progressOn, out, err);
    }
    {
      std::error_code ec;
      const fs::path parent = fs::path(f.output).parent_path();
      if (!parent.empty() && !fs::is_directory(parent, ec))
        return fail(err, "-o " + f.output + ": the folder " + parent.string() + " does not exist", kExitOutputError);
    }
    std::string error;
    std::optional<sweep::ResultFile> file = sweep::ResultFile::open(f.output, *plan, "", nullptr, f.restart, error);
    if (!file) return fail(err, error, kExitInvalidInput);
    std::vector<std::int64_t> todo;
    for (const sweep::Point& p : plan->points)
      if (!file->has(p.index)) todo.push_back(p.index);
    if (progressOn && todo.size() < plan->points.size())
      err << "sweep    resuming " << f.output << ": " << plan->points.size() - todo.size() << " of " << plan->points.size()
          << " points already have rows\n";
    return runInto(*plan, *file, todo, ropts, progressOn, plan->points.size(), err);
  } catch (const std::exception& e) {
    err << "datosim: internal error: " << e.what() << "\n";
    return kExitInternalError;
  }
}

}  // namespace datosim::tools
