// `datosim check-project DIR`: reads an emitted MLIR-AIE project back (aie.mlir, in the subset of
// mlir-aie syntax datosim writes, and datosim-manifest.json) and checks what aiecc.py would reject late
// or the hardware would hang on: tiles inside the device; objectfifo endpoints defined and of kinds
// that can be connected; DMA channels per tile; L1 per core (buffers + objectfifo elements + stack) and
// memory-tile bytes; every acquire released in the same block on every path; every symbol defined;
// buffer-descriptor ids unique per shim tile; and the runtime sequence replayed element by element
// (every output element written exactly once, as many input elements read as the graph reads). Every
// finding is a diagnostic `DIR/aie.mlir:LINE: error: ...`.
#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "ir/diag.h"

namespace datosim::backends::npu {

/// true when every check passes; every finding goes to `diags`.
bool checkProject(const std::string& dir, Diagnostics& diags);

/// The manifest's `tensors` as datosim writes them (a user may have edited them): an array of objects
/// with a name, a distinct runtime-sequence argument index, a role, a dtype, a shape of 1 to 8 dimensions
/// of 1 to 2^31 elements each (2^40 in all), `elements` equal to its product and `elements_read` within it.
/// Every finding goes to `diags` at its JSON pointer in `manifestPath`.
bool validManifestTensors(const nlohmann::json& manifest, const std::string& manifestPath, Diagnostics& diags);

}  // namespace datosim::backends::npu
