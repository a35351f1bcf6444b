// The mapper: an elaborated graph -> a physical mapping on an architecture (ir/mapping.h).
//
// Virtual mapping first (Dato's primitives): `chain` fuses a producer and its consumer onto one
// tile, `bundle` time-multiplexes isomorphic instances on one tile; the automatic mode bundles
// when the instances outnumber the tiles. Then the physical placement: NPU compute tiles, stream
// routes (shared memory between neighbours, else DMA over the stream switch), global-tensor
// routes shim <-> memory tile <-> compute tile; or, on an FPGA, one processing element per
// instance with a resource estimate and HBM pseudo-channels per tensor. Every limit is checked
// and every violation is a diagnostic naming the instance or tile, the limit and the demand.
// Deterministic: the same inputs give the same mapping. Library code: prints nothing.
#pragma once

#include <optional>

#include "ir/arch.h"
#include "ir/diag.h"
#include "ir/graph.h"
#include "ir/mapping.h"

namespace datosim::mapper {

struct MapOptions {
  /// chain / bundle requests (the graph's "mapping" section plus the command line).
  ir::MappingHints hints;
  /// Bundle isomorphic instances automatically when there are more of them than compute tiles.
  bool autoBundle = true;
  /// A placement to impose instead of searching for one (`--mapping FILE`); nullptr: search.
  const ir::MappingRequest* request = nullptr;
};

/// Why mapGraph returned no mapping.
enum class MapFailure {
  None,
  InvalidRequest,  // a chain, bundle or imposed mapping is wrong in itself (unknown instance, cycle, ...)
  DoesNotFit,      // the design exceeds the hardware (tiles, memory, DMA channels, BDs, resources)
};

/// Map `g` on `arch` (a validated config of a model with an architecture family, arch/family.h). nullopt when `diags` got
/// errors, and then `*failure` (if given) says which kind; warnings and notes may be added either way.
std::optional<ir::Mapping> mapGraph(const ir::Graph& g, const ir::Arch& arch, const MapOptions& opts,
                                    Diagnostics& diags, MapFailure* failure = nullptr);

/// True if the architecture's model has a family (arch/family.h), which says how to lay a graph out on it.
bool canMap(const ir::Arch& arch);

}  // namespace datosim::mapper
