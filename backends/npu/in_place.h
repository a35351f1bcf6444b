#pragma once

// Which loads and stores of an instance's program can work on their objectfifo element in place, so that
// the core calls its kernels on the element instead of copying it into (or out of) a buffer of its own.
//
// In datosim's model a tensor route holds the core's local plus dma.buffer_depth - 1 tiles in flight; a
// core that keeps its local in the objectfifo element holds one of dma.buffer_depth elements while it uses
// it, the same memory and the same overlap, without the copy the model does not charge.

#include <map>

#include "ir/graph.h"

namespace datosim::backends::npu {

struct InPlace {
  /// A load whose local can live in the element: the statement after which the element is released (the
  /// last one in the load's block that reads the local; the load itself when nothing reads it).
  std::map<const ir::Stmt*, const ir::Stmt*> loadReleaseAfter;
  /// A store whose local can live in the element: the statement before which the element is acquired (the
  /// compute, in the store's block, that first writes the whole local).
  std::map<const ir::Stmt*, const ir::Stmt*> storeAcquireBefore;
};

/// The loads and stores of `body` (an instance's elaborated program over `task`'s locals) that qualify:
///
/// - a load into local X, the only load of its argument: nothing else writes X, and every statement that
///   reads X comes after the load in the load's own block (directly or nested), so X's value never
///   outlives the block's iteration;
/// - a store from local X, the only store of its argument and the only one from X: X is written only by
///   computes, every statement touching X lies before the store in the store's block, and the first of
///   them is a compute in that block that writes all of X without reading it (not accumulating, X not an
///   input), so the element can be taken there and handed to the DMA at the store.
InPlace planInPlace(const ir::Task& task, const ir::Block& body);

}  // namespace datosim::backends::npu
