// Turning a mapping into the picture of the array in the text report and the JSON of
// `--mapping-out` (format datosim-mapping/1, docs/mapping.md). Library code: returns strings and
// JSON values, prints nothing.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "ir/graph.h"
#include "ir/mapping.h"

namespace datosim::tools {

/// The placement: a picture of the array (which instance on which tile, DMA channels in use),
/// route and resource summaries; for an FPGA the resource estimate and the HBM assignment.
std::string formatMappingText(const ir::Mapping& m, const ir::Graph& g);

/// The whole mapping; `datosim --mapping FILE` reads back its "groups" and "hbm".
nlohmann::ordered_json mappingToJson(const ir::Mapping& m, const ir::Graph& g);

}  // namespace datosim::tools
