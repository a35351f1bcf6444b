#pragma once

// Facts about a task's locals that every backend's generated code needs.

#include <set>

#include "ir/graph.h"

namespace datosim::backends {

/// Whether a compute reads its output before writing it (`accumulate`, or a kernel such as `mac` that
/// always adds into it).
bool readsOut(const ir::ComputeStmt& c);

/// The locals of `body` that one run may read before writing them: datosim's locals start each run at zero,
/// so generated code clears these at the start of every run. A local counts as written after a load or a
/// whole get into it, or a compute's output; a loop whose trip count is not a positive constant, a
/// `while` and each branch of an `if` may not run, so what they write counts only after a loop that
/// certainly runs, or when every branch writes it.
std::set<int> readBeforeWritten(const ir::Block& body);

}  // namespace datosim::backends
