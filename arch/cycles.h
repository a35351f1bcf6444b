// Whole-cycle arithmetic shared by the timing models and the simulation engine.
#pragma once

#include <cstdint>

namespace datosim::arch {

/// ceil(amount / perCycle): the whole cycles needed to move or process `amount` units at `perCycle`
/// units per cycle. `amount` >= 0, `perCycle` > 0. A quotient within 1e-9 (relative) of an integer
/// counts as that integer, so 12 / 0.1 is 120 cycles, not 121. 0 for amount 0, else at least 1.
std::int64_t ceilCycles(double amount, double perCycle);

}  // namespace datosim::arch
