// The dispatch: what every mapping needs (the instances' facts), then the placer of the family's fabric.
#include "mapper/mapper.h"

#include <stdexcept>

#include "arch/family.h"
#include "mapper/internal.h"

namespace datosim::mapper {

using namespace detail;

namespace {

/// One line per fabric: adding a way of laying graphs out is a Fabric value, its Placer and its line here.
const Placer& placerFor(arch::Fabric f) {
  switch (f) {
    case arch::Fabric::TileArray: return tileArrayPlacer();
    case arch::Fabric::Fpga: return fpgaPlacer();
  }
  throw std::logic_error("no placer for this fabric");
}

}  // namespace

bool canMap(const ir::Arch& arch) { return arch::findFamily(arch.model) != nullptr; }

std::optional<ir::Mapping> mapGraph(const ir::Graph& g, const ir::Arch& arch, const MapOptions& opts,
                                    Diagnostics& diags, MapFailure* failure) {
  MapFailure ignored;
  MapFailure& why = failure ? *failure : ignored;
  why = MapFailure::None;
  if (!canMap(arch)) {
    diags.error(SourceLoc{arch.file, "/model"}, "the mapper does not know timing model '" + arch.model + "'");
    why = MapFailure::InvalidRequest;
    return std::nullopt;
  }
  std::vector<InstanceFacts> facts = analyseInstances(g);
  PlaceJob job{g, arch, facts, opts, diags, why};
  std::optional<ir::Mapping> m = placerFor(arch::familyOf(arch).fabric()).place(job);
  if (!m && why == MapFailure::None) why = MapFailure::DoesNotFit;
  return m;
}

}  // namespace datosim::mapper
