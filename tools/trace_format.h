// Writing a run's timeline (sim/trace.h): the Chrome / Perfetto trace-event JSON of `--trace FILE.json`
// and the VCD of `--vcd FILE.vcd` (docs/observability.md). Library code: returns text, prints nothing;
// the same trace gives byte-identical text.
#pragma once

#include <string>

#include "ir/graph.h"
#include "ir/mapping.h"
#include "sim/simulator.h"
#include "sim/trace.h"

namespace datosim::tools {

/// Time on both outputs: one cycle is shown as one nanosecond (the report gives the clock).
///
/// JSON: one process per tile of the mapping (per task without a mapping), one thread per instance with
/// its spans (busy: the kernel, "load A", "get S"; "blocked on get S", "blocked on put S", "waiting for
/// the core", "deadlocked: ..."), a counter per stream (its occupancy in tokens), and a process of
/// the memory and DMA channels with the transfers that held them, named after who held them.
std::string traceToJson(const sim::Trace& t, const sim::Report& r, const ir::Graph& g, const ir::Mapping* mapping);

/// The VCD's instance state codes (a 4-bit wire per instance).
enum class VcdState : int {
  Idle = 0,        // not started, between spans, or finished
  Compute = 1,
  Memory = 2,      // a load or store
  Stream = 3,      // a get's or put's own cycles
  Pipelined = 4,   // a pipelined loop outside its stalls
  BlockedGet = 5,
  BlockedPut = 6,
  CoreWait = 7,
  Deadlocked = 8,
  Finished = 9,
};

/// VCD: a 4-bit state wire per instance (VcdState) and a wire per stream holding its occupancy.
std::string traceToVcd(const sim::Trace& t, const sim::Report& r, const ir::Graph& g, const std::string& version);

}  // namespace datosim::tools
