// Sweeps on a Slurm cluster (docs/sweeps.md): a folder with the plan and a job-array script, one
// shard of points per array task (point i goes to shard i mod N), each shard a resumable output of
// its own; `datosim sweep --merge DIR` gathers them into the result a local run writes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sweep/plan.h"
#include "sweep/runner.h"

namespace datosim::sweep {

struct SlurmOptions {
  std::string dir;                        // the job folder
  int shards = 0;                         // array tasks (0: min(points, 100))
  int maxRunning = 0;                     // %M of --array (0: no limit)
  std::vector<std::string> sbatchOptions; // extra #SBATCH lines, e.g. "--partition=gpu"
  RunnerOptions runner;                   // per shard: -j (also --cpus-per-task), timeout, memory
  std::string datosim;                    // the executable the tasks run (absolute)
};

/// The points of shard `k` of `n`.
std::vector<std::int64_t> shardPoints(const Plan& plan, int k, int n);

/// Where shard `k` writes its rows.
std::string shardOutput(const std::string& dir, const Plan& plan, int k);

/// Write DIR/plan.json, DIR/sweep.sbatch and the folders the tasks write to. A folder holding the
/// plan of another sweep is refused (shards already there would be lost). "" or why not; `shards`
/// gets the number of array tasks.
std::string writeSlurmJob(const Plan& plan, const SlurmOptions& opts, int& shards);

/// Shell quoting for a script line: 'text' with each ' written '\''.
std::string shellQuote(const std::string& s);

}  // namespace datosim::sweep
