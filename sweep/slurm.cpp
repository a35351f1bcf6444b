#include "sweep/slurm.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ir/file_io.h"

namespace datosim::sweep {

namespace fs = std::filesystem;

namespace {

bool hasControl(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

}  // namespace

std::vector<std::int64_t> shardPoints(const Plan& plan, int k, int n) {
  std::vector<std::int64_t> out;
  for (const Point& p : plan.points)
    if (p.index % n == k) out.push_back(p.index);
  return out;
}

std::string shardOutput(const std::string& dir, const Plan& plan, int k) {
  return (fs::path(dir) / "shards" / ("shard-" + std::to_string(k) + formatExtension(plan.format))).string();
}

std::string shellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

std::string writeSlurmJob(const Plan& plan, const SlurmOptions& o, int& shards) {
  std::error_code ec;
  const fs::path dir = fs::absolute(o.dir, ec).lexically_normal();
  if (hasControl(dir.string()) || hasControl(o.datosim))
    return "the job folder and datosim's path must not hold control characters";
  if (dir.string().find_first_of(" \t%") != std::string::npos)
    return "the job folder '" + dir.string() + "' has a space or a '%', which #SBATCH --output cannot carry; choose another --slurm folder";
  for (const std::string& opt : o.sbatchOptions)
    if (hasControl(opt) || opt.rfind("-", 0) != 0)
      return "--sbatch-option '" + opt + "': expected one sbatch option such as --partition=debug, on one line";
  const std::int64_t n = static_cast<std::int64_t>(plan.points.size());
  if (n == 0) return "the space has no points; nothing to submit";
  shards = o.shards > 0 ? o.shards : static_cast<int>(std::min<std::int64_t>(n, 100));
  if (shards > n) return "--shards " + std::to_string(shards) + " is more than the " + std::to_string(n) + " points";
  const fs::path planFile = dir / "plan.json";
  if (fs::exists(dir, ec)) {
    if (!fs::is_directory(dir, ec)) return dir.string() + " exists and is not a folder";
    const bool empty = fs::directory_iterator(dir, ec) == fs::directory_iterator();
    if (!empty) {
      std::ifstream in(planFile);
      std::stringstream ss;
      ss << in.rdbuf();
      bool same = false;
      try {
        const frontend::Json j = frontend::Json::parse(ss.str());
        same = j.value("fingerprint", "") == plan.fingerprint && j.value("shards", 0) == shards;
      } catch (const std::exception&) {
      }
      if (!same)
        return dir.string() + " is not empty and holds no plan of this sweep; choose an empty or new folder for --slurm";
    }
  }
  fs::create_directories(dir / "shards", ec);
  if (!ec) fs::create_directories(dir / "logs", ec);
  if (ec) return dir.string() + ": cannot create the job folder: " + ec.message();
  frontend::Json j = planToJson(plan);
  j["shards"] = shards;
  j["jobs"] = o.runner.jobs;
  j["point_timeout"] = o.runner.pointTimeout;
  j["point_memory_mib"] = o.runner.pointMemoryMiB;
  std::string why = writeFileAtomic(planFile.string(), j.dump(2) + "\n");
  if (!why.empty()) return why;
  std::ostringstream s;
  s << "#!/bin/bash\n"
    << "# A datosim sweep as a Slurm job array: " << n << " points of " << plan.graph << " in " << shards
    << " shards (point i in shard i mod " << shards << ").\n"
    << "# Submit:  sbatch " << shellQuote((dir / "sweep.sbatch").string()) << "\n"
    << "# Then:    " << shellQuote(o.datosim) << " sweep --merge " << shellQuote(dir.string()) << " -o RESULTS"
    << formatExtension(plan.format) << "\n"
    << "# A task that failed runs again with the same script; each shard resumes where it stopped.\n"
    << "#SBATCH --job-name=datosim-sweep\n"
    << "#SBATCH --array=0-" << shards - 1;
  if (o.maxRunning > 0) s << "%" << o.maxRunning;
  s << "\n#SBATCH --cpus-per-task=" << o.runner.jobs << "\n"
    << "#SBATCH --output=" << (dir / "logs" / "shard-%a.log").string() << "\n";
  for (const std::string& opt : o.sbatchOptions) s << "#SBATCH " << opt << "\n";
  s << "set -eu\n"
    << "exec " << shellQuote(o.datosim) << " sweep --plan " << shellQuote(planFile.string())
    << " --shard \"${SLURM_ARRAY_TASK_ID}\"\n";
  why = writeFileAtomic((dir / "sweep.sbatch").string(), s.str());
  if (!why.empty()) return why;
  ::chmod((dir / "sweep.sbatch").c_str(), 0755);
  return "";
}

}  // namespace datosim::sweep
