// Benchmark: wall time of a functional simulation (tokens carry data, kernels compute) against a
// timing-only run of the same graph, for every example on every shipped config. Only
// sim::simulate is timed; inputs are filled before. Not a test: results go to docs/performance.md.
//
//   bench_functional [--reps N] [EXAMPLES_DIR]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "data/random.h"
#include "frontend/frontend.h"
#include "sim/reference.h"
#include "sim/simulator.h"
#include "arch/timing_model.h"

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

using datosim::bench::median;

}  // namespace

int main(int argc, char** argv) {
  int reps = 7;
  std::string dir = std::string(DATOSIM_SOURCE_DIR) + "/examples";
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--reps") && i + 1 < argc) {
      reps = std::max(1, std::atoi(argv[++i]));
    } else if (argv[i][0] == '-') {
      std::fprintf(stderr, "usage: bench_functional [--reps N] [EXAMPLES_DIR]\n");
      return std::strcmp(argv[i], "--help") && std::strcmp(argv[i], "-h") ? 2 : 0;
    } else {
      dir = argv[i];
    }
  }
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".json") files.push_back(it->path().string());
  if (ec) {
    std::fprintf(stderr, "bench_functional: cannot read %s: %s\n", dir.c_str(), ec.message().c_str());
    return 1;
  }
  std::sort(files.begin(), files.end());

  std::printf("%-22s %-8s %12s %14s %14s %8s\n", "example", "config", "cycles", "timing-only ms", "functional ms",
              "ratio");
  for (const std::string& config : {std::string("npu4x4"), std::string("u280")}) {
    datosim::Diagnostics d;
    auto arch = datosim::frontend::loadArch(config, {DATOSIM_CONFIG_DIR}, d);
    if (!arch || !datosim::arch::validateArch(*arch, d)) {
      std::fprintf(stderr, "%s", d.str().c_str());
      return 1;
    }
    std::unique_ptr<datosim::arch::TimingModel> model = datosim::arch::createTimingModel(*arch);
    for (const std::string& file : files) {
      auto g = datosim::frontend::loadGraph(file, {}, d);
      if (!g) {
        std::fprintf(stderr, "%s", d.str().c_str());
        return 1;
      }
      std::vector<double> tOff, tOn;
      std::int64_t cycles = 0;
      for (int r = 0; r < reps; ++r) {
        datosim::sim::SimOptions off;
        auto t0 = Clock::now();
        cycles = datosim::sim::simulate(*g, *arch, *model, off).cycles;
        tOff.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());

        std::vector<datosim::data::Buffer> tensors = datosim::sim::makeTensorBuffers(*g);
        for (std::size_t i = 0; i < tensors.size(); ++i) datosim::data::fillRandom(tensors[i], i + 1);
        datosim::sim::SimOptions on;
        on.tensors = &tensors;
        t0 = Clock::now();
        const std::int64_t c = datosim::sim::simulate(*g, *arch, *model, on).cycles;
        tOn.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        if (c != cycles) {
          std::fprintf(stderr, "%s: functional mode changed the cycle count (%lld vs %lld)\n", file.c_str(),
                       static_cast<long long>(c), static_cast<long long>(cycles));
          return 1;
        }
      }
      const double off = median(tOff), on = median(tOn);
      std::printf("%-22s %-8s %12lld %14.2f %14.2f %7.1fx\n", fs::path(file).stem().c_str(), config.c_str(),
                  static_cast<long long>(cycles), off, on, on / off);
    }
  }
  return 0;
}

// libsystemc.so wants an sc_main symbol; this program has its own main().
extern "C" int sc_main(int, char**) { return 0; }
