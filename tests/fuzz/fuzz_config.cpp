// libFuzzer target: an architecture config's text (and, from the same input, a mapping file's) through
// loading, the timing model's validation, and a bounded timing run of examples/pipeline3.json and
// examples/systolic_gemm.json on it. A crash, a sanitizer report, an escaping exception or a hang is a
// finding. docs/hardening.md says how to run it.
#include "tests/fuzz/sanitizer_defaults.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "frontend/frontend.h"
#include "mapper/mapper.h"
#include "sim/simulator.h"
#include "arch/timing_model.h"

namespace {
const datosim::ir::Graph& example(const char* name) {
  static std::map<std::string, datosim::ir::Graph> graphs;
  auto it = graphs.find(name);
  if (it == graphs.end()) {
    datosim::Diagnostics d;
    it = graphs.emplace(name, *datosim::frontend::loadGraph(std::string(DATOSIM_SOURCE_DIR) + "/examples/" + name, {}, d)).first;
  }
  return it->second;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 64 * 1024) return -1;
  const std::string text(reinterpret_cast<const char*>(data), size);
  const datosim::ir::Graph& g = example(size % 2 ? "pipeline3.json" : "systolic_gemm.json");
  // The input as a config.
  datosim::Diagnostics d;
  datosim::frontend::PartialArch a = datosim::frontend::parseArchPartial(text, "fuzz.json", d);
  if (a.arch) datosim::arch::validateArch(*a.arch, d, a.malformed);
  if (a.complete && !d.hasErrors()) {
    std::unique_ptr<datosim::arch::TimingModel> model = datosim::arch::createTimingModel(*a.arch);
    datosim::mapper::MapOptions mo;
    datosim::Diagnostics md;
    std::optional<datosim::ir::Mapping> m = datosim::mapper::mapGraph(g, *a.arch, mo, md, nullptr);
    datosim::sim::SimOptions so;
    so.maxCycles = 200000;
    so.maxStepsPerCycle = 1000000;
    if (m) so.mapping = &*m;
    (void)datosim::sim::simulate(g, *a.arch, *model, so);
  }
  // The input as a mapping file, imposed on the example on npu4x4.
  static const std::optional<datosim::ir::Arch> npu = [] {
    datosim::Diagnostics ad;
    return datosim::frontend::loadArch(std::string(DATOSIM_CONFIG_DIR) + "/npu4x4.json", {}, ad);
  }();
  datosim::Diagnostics rd;
  std::optional<datosim::ir::MappingRequest> req = datosim::frontend::parseMappingRequest(text, "fuzz.json", rd);
  if (req && npu) {
    datosim::mapper::MapOptions mo;
    mo.request = &*req;
    datosim::Diagnostics md;
    (void)datosim::mapper::mapGraph(g, *npu, mo, md, nullptr);
  }
  return 0;
}

extern "C" int sc_main(int, char**) { return 0; }
