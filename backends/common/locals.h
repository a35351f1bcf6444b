#pragma once

// Facts about a task's locals that every backend's generated code needs.

#include <set>
#include <vector>

#include "ir/graph.h"

namespace datosim::backends {

/// What one statement does to locals by itself (not through its nested blocks): the locals it reads, then
/// the one it writes (-1: none) and whether it writes all of it (a get into a block of a local reads the
/// local too: the rest keeps what it held). Loops, branches and `set` touch no local themselves.
struct LocalAccess {
  std::vector<int> reads;
  int write = -1;
  bool whole = true;
};
LocalAccess localAccess(const ir::Stmt& s);

/// The locals of `body` that one run may read before writing them: datosim's locals start each run at zero,
/// so generated code clears these at the start of every run. A local counts as written after a load or a
/// whole get into it, or a compute's output; a loop whose trip count is not a positive constant, a
/// `while` and each branch of an `if` may not run, so what they write counts only after a loop that
/// certainly runs, or when every branch writes it.
std::set<int> readBeforeWritten(const ir::Block& body);

}  // namespace datosim::backends
