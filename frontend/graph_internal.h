// Internal to the graph frontend: limits (documented in docs/graph-format.md) and the
// elaboration entry point that graph_loader.cpp calls once declarations and task bodies are valid.
#pragma once

#include <cstdint>

#include "ir/diag.h"
#include "ir/graph.h"

namespace datosim::frontend::detail {

constexpr std::int64_t kMaxInstances = 65536;                 // in the whole graph
constexpr std::int64_t kMaxTensorElements = std::int64_t{1} << 40;
constexpr std::int64_t kMaxTileElements = std::int64_t{1} << 26;  // one tile, local or token
constexpr std::int64_t kMaxDepth = 1048576;                   // stream depth, tokens
constexpr std::int64_t kMaxStackBytes = 1 << 30;               // a task's stack_bytes
constexpr std::int64_t kMaxStreamArrayElements = std::int64_t{1} << 20;  // one stream array
constexpr std::int64_t kMaxAllStreamElements = std::int64_t{1} << 22;    // all stream arrays together
constexpr int kMaxRank = 8;                                   // tensor, tile, local, mapping, array
/// A task variable's values (`vars`): [0, extent). get_any tries one stream per value.
constexpr std::int64_t kMaxVarExtent = std::int64_t{1} << 20;
constexpr int kMaxNesting = 64;                               // statements inside statements
constexpr std::int64_t kMaxElaboratedStatements = std::int64_t{1} << 22;  // all instance bodies
/// Loop iterations enumerated to find the stream elements an instance uses (per instance, and
/// for the whole graph).
constexpr std::int64_t kMaxEnumerationPerInstance = 4000000;
constexpr std::int64_t kMaxEnumerationTotal = 64000000;

/// Elaborate `g` (declarations and task bodies already validated): instances with specialised
/// bodies, stream instances with their producer and consumer. Reports every error found; returns
/// false when there was any.
bool elaborate(ir::Graph& g, Diagnostics& diags);

}  // namespace datosim::frontend::detail
