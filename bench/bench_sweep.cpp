// Benchmark: points per second of `datosim sweep` on pipeline3-size graphs (examples/pipeline3.json,
// N around its default 1024), next to the same points run one process per point (xargs -P2, the loop
// users wrote before `datosim sweep`), and the in-process time of one point (sweep::evaluatePoint,
// what a worker runs), so the per-point overhead of the sweep is measured. Not a test: results go to
// docs/performance.md.
//
//   bench_sweep [--reps R] [--points P] [--functional auto|off]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include <unistd.h>

#include "bench/bench_util.h"
#include "sweep/plan.h"
#include "sweep/rows.h"
#include "sweep/runner.h"
#include "sweep/space.h"

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

using datosim::bench::median;

double timeCommand(const std::string& cmd) {
  const auto t0 = Clock::now();
  const int rc = std::system(cmd.c_str());
  const double s = std::chrono::duration<double>(Clock::now() - t0).count();
  if (rc != 0) {
    std::fprintf(stderr, "bench_sweep: command failed (%d): %s\n", rc, cmd.c_str());
    std::exit(1);
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  int reps = 5, points = 1000;
  std::string functional = "auto";
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--reps") && i + 1 < argc) reps = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--points") && i + 1 < argc) points = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--functional") && i + 1 < argc) functional = argv[++i];
    else {
      std::fprintf(stderr, "usage: bench_sweep [--reps R] [--points P] [--functional auto|off]\n");
      return 2;
    }
  }
  const std::string datosim = DATOSIM_BINARY;
  const std::string graph = std::string(DATOSIM_SOURCE_DIR) + "/examples/pipeline3.json";
  const int lo = 1024 - points / 2, hi = lo + points - 1;  // N = lo..hi: pipeline3 at about its default size
  const std::string values = std::to_string(lo) + ":" + std::to_string(hi);
  const fs::path tmp = fs::temp_directory_path() / ("bench_sweep." + std::to_string(::getpid()));
  fs::create_directories(tmp);

  // In-process: the time of one point as a worker runs it.
  datosim::Diagnostics d;
  std::optional<datosim::sweep::Space> space = datosim::sweep::spaceFromCommandLine({"npu4x4"}, {"N=" + values}, {}, d);
  datosim::sweep::Settings settings;
  settings.functional = functional;
  std::optional<datosim::sweep::Plan> plan = datosim::sweep::makePlan(
      graph, *space, settings, datosim::sweep::Format::Csv, {DATOSIM_CONFIG_DIR}, "bench", d);
  if (!plan) {
    std::fprintf(stderr, "%s", d.str().c_str());
    return 1;
  }
  datosim::sweep::keepFreedMemory();  // as a worker does
  std::vector<double> inProcess;
  for (int r = 0; r < reps; ++r) {
    const auto t0 = Clock::now();
    for (const datosim::sweep::Point& p : plan->points) (void)datosim::sweep::evaluatePoint(*plan, p);
    inProcess.push_back(std::chrono::duration<double>(Clock::now() - t0).count() / plan->points.size());
  }
  const double perPoint = median(inProcess);

  const std::string sweep = datosim + " sweep " + graph + " --arch npu4x4 --param N=" + values + " --functional " +
                            functional + " -q --restart -o " + (tmp / "r.csv").string();
  std::vector<double> j1, j2, perProcess;
  for (int r = 0; r < reps; ++r) {
    j1.push_back(timeCommand(sweep + " -j 1"));
    j2.push_back(timeCommand(sweep + " -j 2"));
  }
  // One process per point, two at a time, for 200 of the points (the loop of the issue).
  const int baselinePoints = std::min(points, 200);
  for (int r = 0; r < reps; ++r)
    perProcess.push_back(timeCommand("seq " + std::to_string(lo) + " " + std::to_string(lo + baselinePoints - 1) +
                                     " | xargs -P2 -I{} " + datosim + " " + graph +
                                     " --arch npu4x4 -q --functional " + functional + " --param N={}") /
                         baselinePoints);
  fs::remove_all(tmp);

  const double n = static_cast<double>(plan->points.size());
  const double m1 = median(j1), m2 = median(j2), mp = median(perProcess);
  std::printf("pipeline3, N = %d..%d on npu4x4, --functional %s, %d points, median of %d runs\n", lo, hi,
              functional.c_str(), points, reps);
  std::printf("  in-process, one point (evaluatePoint)   %8.3f ms\n", perPoint * 1e3);
  std::printf("  datosim sweep -j 1                     %8.0f points/s  (%.3f ms/point, overhead %.3f ms)\n", n / m1,
              m1 / n * 1e3, (m1 / n - perPoint) * 1e3);
  std::printf("  datosim sweep -j 2                     %8.0f points/s  (%.2fx -j 1)\n", n / m2, m1 / m2);
  std::printf("  one process per point, xargs -P2       %8.0f points/s  (datosim sweep -j 2: %.1fx)\n", 1 / mp,
              (n / m2) * mp);
  return 0;
}

// libsystemc.so refers to sc_main; this program has its own main().
extern "C" int sc_main(int, char**) { return 0; }
