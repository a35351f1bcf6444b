// Benchmark: what a timeline costs (datosim --trace / --vcd; docs/observability.md). Not a test: results go
// to docs/performance.md. An n x n systolic array (examples/systolic_gemm.json, u280, placement-free,
// timing only) over K, run through pipeline::run:
//   - without a trace, recording one, recording one limited to 100,000 events;
//   - writing the recorded trace as trace-event JSON and as VCD;
// median wall seconds of --reps runs, the events recorded and the bytes written.
//
//   bench_trace [--reps N] [--n N] [--k K]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "pipeline/run.h"
#include "tools/trace_format.h"

namespace {

using Clock = std::chrono::steady_clock;

using datosim::bench::median;

}  // namespace

int main(int argc, char** argv) {
  int reps = 5;
  long n = 16, k = 1024;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--reps")) reps = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--n")) n = std::atol(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--k")) k = std::atol(argv[i + 1]);
  }
  datosim::pipeline::RunOptions o;
  o.graph = std::string(DATOSIM_SOURCE_DIR) + "/examples/systolic_gemm.json";
  o.arch = "u280";
  o.configDirs = {DATOSIM_CONFIG_DIR};
  o.maxMemory = 0;
  o.params = {{"M", n}, {"N", n}, {"K", k}};
  o.timing = datosim::pipeline::Timing::Free;
  o.functional = datosim::pipeline::Functional::Off;

  std::printf("systolic %ldx%ld, K = %ld, u280, placement-free, timing only; median of %d runs\n\n", n, n, k, reps);
  std::printf("%-34s %10s %12s %14s\n", "", "wall s", "events", "bytes");
  auto measure = [&](const char* what, std::optional<datosim::sim::TraceOptions> trace) {
    o.trace = trace;
    std::vector<double> t;
    std::size_t events = 0;
    std::vector<double> json, vcd;
    std::size_t jsonBytes = 0, vcdBytes = 0;
    for (int r = 0; r < reps; ++r) {
      const auto start = Clock::now();
      const datosim::pipeline::RunResult res = datosim::pipeline::run(o);
      t.push_back(std::chrono::duration<double>(Clock::now() - start).count());
      if (!res.completed()) {
        std::fprintf(stderr, "bench_trace: the run did not complete\n");
        std::exit(1);
      }
      if (!res.trace) continue;
      events = res.trace->events().size();
      auto s0 = Clock::now();
      jsonBytes = datosim::tools::traceToJson(*res.trace, res.report, *res.graph, nullptr).size();
      json.push_back(std::chrono::duration<double>(Clock::now() - s0).count());
      s0 = Clock::now();
      vcdBytes = datosim::tools::traceToVcd(*res.trace, res.report, *res.graph, "bench").size();
      vcd.push_back(std::chrono::duration<double>(Clock::now() - s0).count());
    }
    std::printf("%-34s %10.3f %12zu %14s\n", what, median(t), events, "");
    if (!json.empty()) {
      std::printf("%-34s %10.3f %12s %14zu\n", "  + write trace-event JSON", median(json), "", jsonBytes);
      std::printf("%-34s %10.3f %12s %14zu\n", "  + write VCD", median(vcd), "", vcdBytes);
    }
  };
  measure("no trace", std::nullopt);
  measure("trace, whole run", datosim::sim::TraceOptions{0, datosim::sim::TraceOptions::kNoEnd, 100000000});
  measure("trace, at most 100,000 events", datosim::sim::TraceOptions{0, datosim::sim::TraceOptions::kNoEnd, 100000});
  return 0;
}

// libsystemc.so refers to sc_main; this program has its own main().
extern "C" int sc_main(int, char**) { return 0; }
