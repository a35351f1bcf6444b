// libFuzzer target: a graph file's text through the whole run (load -> map -> simulate -> bound ->
// check), bounded: small graphs simulate with data on npu4x4 or u280, larger ones are only mapped.
// Whatever the input, the run must end with a status and messages: a crash, a sanitizer report, an
// exception escaping pipeline::run or a hang is a finding. docs/hardening.md says how to run it.
#include "tests/fuzz/sanitizer_defaults.h"

#include <cstddef>
#include <cstdint>
#include <string>

#include "frontend/frontend.h"
#include "pipeline/run.h"
#include "sim/reference.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 64 * 1024) return -1;
  const std::string text(reinterpret_cast<const char*>(data), size);
  datosim::Diagnostics d;
  const std::optional<datosim::ir::Graph> g = datosim::frontend::parseGraph(text, "fuzz.json", {}, d);
  datosim::pipeline::RunOptions o;
  o.graph = "fuzz.json";
  o.graphText = text;
  // The architecture follows the input, so both families are reached.
  o.arch = std::string(DATOSIM_CONFIG_DIR) + ((size % 2) ? "/npu4x4.json" : "/u280.json");
  o.maxCycles = 200000;
  o.maxStepsPerCycle = 1000000;
  const bool small = g && g->instances.size() <= 256 && datosim::sim::globalTensorBytes(*g) <= (1 << 20);
  o.functional = small ? datosim::pipeline::Functional::On : datosim::pipeline::Functional::Off;
  o.check = small && g->reference.present;
  o.mapOnly = !small;
  const datosim::pipeline::RunResult r = datosim::pipeline::run(o);
  (void)r;
  return 0;
}

// libsystemc.so refers to sc_main; libFuzzer provides main().
extern "C" int sc_main(int, char**) { return 0; }
