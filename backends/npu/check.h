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

#include "ir/diag.h"

namespace datosim::backends::npu {

/// true when every check passes; every finding goes to `diags`.
bool checkProject(const std::string& dir, Diagnostics& diags);

}  // namespace datosim::backends::npu
