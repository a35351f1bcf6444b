#include "ir/mapping.h"

namespace datosim::ir {

const char* tileKindName(TileKind k) {
  switch (k) {
    case TileKind::Shim: return "shim";
    case TileKind::Memory: return "memtile";
    case TileKind::Compute: return "compute";
    case TileKind::Pe: return "pe";
  }
  return "?";
}

const char* routeKindName(RouteKind k) {
  switch (k) {
    case RouteKind::Local: return "local";
    case RouteKind::SharedMemory: return "shared-memory";
    case RouteKind::Dma: return "dma";
    case RouteKind::Fifo: return "fifo";
  }
  return "?";
}

std::string Tile::name() const {
  if (kind == TileKind::Pe) return "pe" + std::to_string(col);
  return "(" + std::to_string(col) + "," + std::to_string(row) + ")";
}

}  // namespace datosim::ir
