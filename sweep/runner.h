// Points run in worker processes forked from this one (docs/sweeps.md): each worker runs points
// in-process, one after another, each in a fresh simulation context (SystemC's kernel is a global,
// so parallel simulations need separate processes). A worker that crashes, hangs past the point
// timeout or runs out of memory costs one `error` row and is replaced; the sweep goes on.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "sweep/plan.h"
#include "sweep/rows.h"

namespace datosim::sweep {

struct RunnerOptions {
  int jobs = 1;                      // worker processes
  double pointTimeout = 0;           // seconds of wall time per point; 0: none
  std::int64_t pointMemoryMiB = 0;   // address-space limit of each worker; 0: none
};

/// What each worker does first: points allocate and free the same large buffers (tensors, stream
/// slots) again and again, so freed memory stays in the process instead of going back to the system
/// after every point, which would cost a page fault per page at the next one (docs/performance.md).
void keepFreedMemory();

/// The default address-space limit of a worker: the machine's memory over the number of workers
/// (at least 1 GiB), so one runaway point cannot take the machine down with it.
std::int64_t defaultPointMemoryMiB(int jobs);

/// Run the points `todo` (indices into plan.points). `onRow` gets each row in this process, in
/// completion order; `tick` is called at least every 200 ms. Returns "" or why the workers could not
/// be started (then some points may have no row).
std::string runPoints(const Plan& plan, const std::vector<std::int64_t>& todo, const RunnerOptions& opts,
                      const std::function<void(Row&&)>& onRow, const std::function<void()>& tick);

}  // namespace datosim::sweep
