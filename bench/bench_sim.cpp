// Benchmark: simulated stream transfers per second of datosim on a long pipeline and a large systolic
// array, next to a plain SystemC model of the same pipeline (sc_fifo<int> between SC_THREADs, one token
// per cycle) measured in the same run. Not a test: results go to docs/performance.md.
//
//   bench_sim [--reps N] [--stages S] [--tokens T] [--pe P] [--k K]
#include <systemc>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "frontend/frontend.h"
#include "sim/simulator.h"
#include "arch/timing_model.h"

namespace {

using Clock = std::chrono::steady_clock;

using datosim::bench::median;

// A chain of `stages` tasks: the first puts `tokens` scalars, each middle one gets and forwards, the
// last gets. Transfers = tokens * (stages - 1).
std::string pipelineGraph(int stages, long tokens) {
  std::ostringstream s;
  s << R"J({"format": "datosim-graph/1", "name": "bench_pipeline",
  "params": {"S": )J" << stages << R"J(, "T": )J" << tokens << R"J(},
  "streams": {"s": {"dtype": "i32", "tile": [], "depth": 2, "array": ["S - 1"]}},
  "tasks": {"stage": {"mapping": ["S"], "coords": ["i"], "locals": {"x": {"dtype": "i32", "shape": []}},
    "body": [{"for": "t", "range": "T", "body": [
      {"if": "i > 0", "then": [{"get": "s[i - 1]", "into": "x"}]},
      {"compute": "custom", "in": ["x"], "out": "x", "cycles": 1},
      {"if": "i < S - 1", "then": [{"put": "s[i]", "from": "x"}]}]}]}}})J";
  return s.str();
}

// Output-stationary systolic array of P x P PEs on a (P+2) x (P+2) grid, K scalar tokens per row and
// column. Transfers = 2 * K * P * (P + 1).
std::string systolicGraph(int p, long k) {
  std::ostringstream s;
  s << R"J({"format": "datosim-graph/1", "name": "bench_systolic",
  "params": {"P": )J" << p << R"J(, "K": )J" << k << R"J(},
  "tensors": {"A": {"dtype": "f32", "shape": ["P", "K"], "role": "input"},
              "B": {"dtype": "f32", "shape": ["K", "P"], "role": "input"},
              "C": {"dtype": "f32", "shape": ["P", "P"], "role": "output"}},
  "streams": {"fa": {"dtype": "f32", "tile": [], "depth": 2, "array": ["P + 2", "P + 2"]},
              "fb": {"dtype": "f32", "tile": [], "depth": 2, "array": ["P + 2", "P + 2"]}},
  "tasks": {"pe": {"mapping": ["P + 2", "P + 2"], "coords": ["i", "j"],
    "args": {"a": {"tensor": "A", "layout": ["R", "R"]}, "b": {"tensor": "B", "layout": ["R", "R"]},
             "c": {"tensor": "C", "layout": ["R", "R"]}},
    "locals": {"x": {"dtype": "f32", "shape": []}, "y": {"dtype": "f32", "shape": []},
               "acc": {"dtype": "f32", "shape": []}},
    "body": [{"if": "(i == 0 || i == P + 1) && (j == 0 || j == P + 1)", "then": [],
      "elif": [
        {"if": "j == 0", "then": [{"for": "k", "range": "K", "body": [
           {"load": "a", "at": ["i - 1", "k"], "into": "x"}, {"put": "fa[i][1]", "from": "x"}]}]},
        {"if": "i == 0", "then": [{"for": "k", "range": "K", "body": [
           {"load": "b", "at": ["k", "j - 1"], "into": "y"}, {"put": "fb[1][j]", "from": "y"}]}]},
        {"if": "j == P + 1", "then": [{"for": "k", "range": "K", "body": [{"get": "fa[i][j]", "into": "x"}]}]},
        {"if": "i == P + 1", "then": [{"for": "k", "range": "K", "body": [{"get": "fb[i][j]", "into": "y"}]}]}],
      "else": [
        {"compute": "zero", "out": "acc"},
        {"for": "k", "range": "K", "body": [
          {"get": "fa[i][j]", "into": "x"}, {"get": "fb[i][j]", "into": "y"},
          {"compute": "mac", "in": ["x", "y"], "out": "acc"},
          {"put": "fa[i][j + 1]", "from": "x"}, {"put": "fb[i + 1][j]", "from": "y"}]},
        {"store": "c", "at": ["i - 1", "j - 1"], "from": "acc"}]}]}}})J";
  return s.str();
}

struct Result {
  double seconds;
  long long cycles;
};

Result runDatosim(const std::string& text, const datosim::ir::Arch& arch, const datosim::arch::TimingModel& model) {
  datosim::Diagnostics d;
  auto g = datosim::frontend::parseGraph(text, "bench.json", {}, d);
  if (!g) {
    std::fprintf(stderr, "bench graph invalid:\n%s", d.str().c_str());
    std::exit(1);
  }
  auto t0 = Clock::now();
  datosim::sim::Report r = datosim::sim::simulate(*g, arch, model, {});
  double s = std::chrono::duration<double>(Clock::now() - t0).count();
  if (r.outcome != datosim::sim::Outcome::Completed) {
    std::fprintf(stderr, "bench graph did not complete (%s)\n", datosim::sim::outcomeName(r.outcome));
    std::exit(1);
  }
  return {s, r.cycles};
}

// The plain SystemC reference: the same chain as pipelineGraph, sc_fifo<int> of depth 2, one token
// per 1 ns stage step, SC_THREADs.
struct PlainStage : sc_core::sc_module {
  sc_core::sc_fifo<int>* in = nullptr;
  sc_core::sc_fifo<int>* out = nullptr;
  long tokens;
  SC_HAS_PROCESS(PlainStage);
  PlainStage(sc_core::sc_module_name n, long t) : sc_core::sc_module(n), tokens(t) { SC_THREAD(run); }
  void run() {
    for (long t = 0; t < tokens; ++t) {
      int x = in ? in->read() : static_cast<int>(t);
      sc_core::wait(1, sc_core::SC_NS);
      if (out) out->write(x);
    }
  }
};

double runPlainSystemC(int stages, long tokens) {
  sc_core::sc_curr_simcontext = new sc_core::sc_simcontext();
  sc_core::sc_default_global_context = sc_core::sc_curr_simcontext;
  double s;
  {
    std::vector<std::unique_ptr<sc_core::sc_fifo<int>>> fifos;
    std::vector<std::unique_ptr<PlainStage>> mods;
    for (int i = 0; i + 1 < stages; ++i)
      fifos.push_back(std::make_unique<sc_core::sc_fifo<int>>(("f" + std::to_string(i)).c_str(), 2));
    for (int i = 0; i < stages; ++i) {
      mods.push_back(std::make_unique<PlainStage>(("m" + std::to_string(i)).c_str(), tokens));
      if (i > 0) mods.back()->in = fifos[i - 1].get();
      if (i + 1 < stages) mods.back()->out = fifos[i].get();
    }
    auto t0 = Clock::now();
    sc_core::sc_start();
    s = std::chrono::duration<double>(Clock::now() - t0).count();
  }
  return s;
}

long argValue(int argc, char** argv, const char* name, long def) {
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], name) == 0) return std::atol(argv[i + 1]);
  return def;
}

}  // namespace

int main(int argc, char** argv) {
  setenv("SYSTEMC_DISABLE_COPYRIGHT_MESSAGE", "1", 1);
  int reps = static_cast<int>(argValue(argc, argv, "--reps", 5));
  int stages = static_cast<int>(argValue(argc, argv, "--stages", 64));
  long tokens = argValue(argc, argv, "--tokens", 20000);
  int pe = static_cast<int>(argValue(argc, argv, "--pe", 32));
  long k = argValue(argc, argv, "--k", 512);

  datosim::Diagnostics d;
  auto arch = datosim::frontend::loadArch("npu4x4", {DATOSIM_CONFIG_DIR}, d);
  if (!arch || !datosim::arch::validateArch(*arch, d)) {
    std::fprintf(stderr, "%s", d.str().c_str());
    return 1;
  }
  auto model = datosim::arch::createTimingModel(*arch);

  std::string pipe = pipelineGraph(stages, tokens), sys = systolicGraph(pe, k);
  double pipeTransfers = static_cast<double>(tokens) * (stages - 1);
  double sysTransfers = 2.0 * k * pe * (pe + 1);
  std::vector<double> tPipe, tSys, tPlain;
  long long cPipe = 0, cSys = 0;
  for (int r = 0; r < reps; ++r) {
    Result a = runDatosim(pipe, *arch, *model);
    tPipe.push_back(a.seconds);
    cPipe = a.cycles;
    Result b = runDatosim(sys, *arch, *model);
    tSys.push_back(b.seconds);
    cSys = b.cycles;
    tPlain.push_back(runPlainSystemC(stages, tokens));
  }
  double mPipe = median(tPipe), mSys = median(tSys), mPlain = median(tPlain);
  std::printf("repetitions: %d (medians)\n", reps);
  std::printf("%-44s %12s %14s %16s\n", "model", "wall s", "transfers", "transfers/s");
  std::printf("%-44s %12.4f %14.0f %16.3e\n", ("datosim pipeline, " + std::to_string(stages) + " stages").c_str(), mPipe,
              pipeTransfers, pipeTransfers / mPipe);
  std::printf("%-44s %12.4f %14.0f %16.3e\n", "plain SystemC pipeline (sc_fifo, SC_THREAD)", mPlain, pipeTransfers,
              pipeTransfers / mPlain);
  std::printf("%-44s %12.4f %14.0f %16.3e\n",
              ("datosim systolic " + std::to_string(pe) + "x" + std::to_string(pe) + " PEs, K=" + std::to_string(k)).c_str(),
              mSys, sysTransfers, sysTransfers / mSys);
  std::printf("datosim / plain SystemC wall time on the pipeline: %.2fx\n", mPipe / mPlain);
  std::printf("simulated cycles: pipeline %lld, systolic %lld\n", cPipe, cSys);
  return 0;
}

int sc_main(int, char**) { return 0; }
