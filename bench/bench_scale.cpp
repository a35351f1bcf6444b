// Benchmark: how datosim scales with the size of the graph (issue "speed at scale"), every run through
// pipeline::run as the command line does it. Not a test: results go to docs/performance.md.
//
//   - the NPU mapper on an n x n output-stationary systolic array (examples/systolic_gemm.json), --map-only
//     on npu4x4;
//   - functional / timing-only wall time of that array (placement-free timing, u280);
//   - wall time per PE-iteration (n^2 PEs x K) as n grows, timing-only;
//   - set-up and tear-down per instance: a graph of I instances doing one compute each, at two sizes.
//
//   bench_scale [--reps N] [--k K] [--sizes 16,32,64]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "pipeline/run.h"

namespace {

using Clock = std::chrono::steady_clock;

using datosim::bench::median;

datosim::pipeline::RunOptions base(const std::string& arch) {
  datosim::pipeline::RunOptions o;
  o.arch = arch;
  o.configDirs = {DATOSIM_CONFIG_DIR};
  o.maxMemory = 0;
  return o;
}

// Median wall seconds of `reps` runs; exits on a run that does not end as `want`.
double timeRuns(const datosim::pipeline::RunOptions& o, int reps, datosim::pipeline::Status want, std::int64_t* cycles) {
  std::vector<double> t;
  for (int r = 0; r < reps; ++r) {
    const auto start = Clock::now();
    const datosim::pipeline::RunResult res = datosim::pipeline::run(o);
    t.push_back(std::chrono::duration<double>(Clock::now() - start).count());
    if (res.status != want) {
      std::fprintf(stderr, "bench_scale: unexpected status of %s\n", o.graph.c_str());
      for (const auto& m : res.messages) std::fprintf(stderr, "%s\n", m.text.c_str());
      std::exit(1);
    }
    if (cycles) *cycles = res.report.cycles;
  }
  return median(t);
}

std::string manyInstances(long n) {
  std::ostringstream s;
  s << R"({"format": "datosim-graph/1", "name": "many", "params": {"P": )" << n << R"(},
  "tasks": {"t": {"mapping": ["P"], "coords": ["i"], "locals": {"x": {"dtype": "i32", "shape": []}},
    "body": [{"compute": "custom", "in": ["x"], "cycles": "1 + i % 7"}]}}})";
  return s.str();
}

}  // namespace

int main(int argc, char** argv) {
  using datosim::pipeline::Functional;
  using datosim::pipeline::Status;
  using datosim::pipeline::Timing;
  int reps = 3;
  long k = 4096;
  std::vector<long> sizes = {16, 32, 64};
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--reps") && i + 1 < argc) {
      reps = std::max(1, std::atoi(argv[++i]));
    } else if (!std::strcmp(argv[i], "--k") && i + 1 < argc) {
      k = std::max(1L, std::atol(argv[++i]));
    } else if (!std::strcmp(argv[i], "--sizes") && i + 1 < argc) {
      sizes.clear();
      std::stringstream ss(argv[++i]);
      for (std::string x; std::getline(ss, x, ',');) sizes.push_back(std::max(1L, std::atol(x.c_str())));
    } else {
      std::fprintf(stderr, "usage: bench_scale [--reps N] [--k K] [--sizes 16,32,64]\n");
      return 2;
    }
  }
  const std::string systolic = std::string(DATOSIM_SOURCE_DIR) + "/examples/systolic_gemm.json";
  std::printf("bench_scale: medians of %d runs, K = %ld\n\n", reps, k);

  std::printf("%-34s %10s\n", "NPU mapper, npu4x4, --map-only", "wall s");
  for (long n : sizes) {
    datosim::pipeline::RunOptions o = base("npu4x4");
    o.graph = systolic;
    o.params = {{"M", n}, {"N", n}, {"K", k}};
    o.mapOnly = true;
    // A big array does not fit npu4x4's 16 tiles; what is timed is the search that finds it out.
    datosim::pipeline::RunResult probe = datosim::pipeline::run(o);
    const double t = timeRuns(o, reps, probe.status, nullptr);
    std::printf("  systolic %3ldx%-3ld (%5ld instances)  %10.3f  (%s)\n", n, n, (n + 2) * (n + 2), t,
                probe.status == Status::Mapped ? "mapped" : "does not fit");
  }

  std::printf("\n%-26s %12s %12s %12s %8s %14s\n", "systolic, u280, free", "cycles", "timing s", "functional s",
              "ratio", "ns/PE-iter");
  for (long n : sizes) {
    datosim::pipeline::RunOptions o = base("u280");
    o.graph = systolic;
    o.params = {{"M", n}, {"N", n}, {"K", k}};
    o.timing = Timing::Free;
    o.functional = Functional::Off;
    std::int64_t c0 = 0, c1 = 0;
    const double t0 = timeRuns(o, reps, Status::Simulated, &c0);
    o.functional = Functional::On;
    const double t1 = timeRuns(o, reps, Status::Simulated, &c1);
    if (c0 != c1) {
      std::fprintf(stderr, "bench_scale: functional cycles %lld differ from timing-only %lld\n",
                   static_cast<long long>(c1), static_cast<long long>(c0));
      return 1;
    }
    std::printf("  %3ldx%-3ld PEs                 %12lld %12.3f %12.3f %7.2fx %14.1f\n", n, n,
                static_cast<long long>(c0), t0, t1, t1 / t0, t0 * 1e9 / (static_cast<double>(n * n) * k));
  }

  std::printf("\n%-34s %10s\n", "instances with one compute each", "wall s");
  double per[2] = {0, 0};
  const long counts[2] = {2000, 20000};
  for (int i = 0; i < 2; ++i) {
    datosim::pipeline::RunOptions o = base("u280");
    o.graph = "many.json";
    o.graphText = manyInstances(counts[i]);
    o.timing = Timing::Free;
    o.functional = Functional::Off;
    per[i] = timeRuns(o, reps, Status::Simulated, nullptr);
    std::printf("  %6ld instances                  %10.3f\n", counts[i], per[i]);
  }
  std::printf("  per instance (difference / 18,000): %.1f us\n", (per[1] - per[0]) * 1e6 / (counts[1] - counts[0]));
  return 0;
}

// libsystemc.so refers to sc_main; this program has its own main().
extern "C" int sc_main(int, char**) { return 0; }
