// The mapping IR: where every instance of an elaborated graph runs on an architecture, how each
// stream and each global-tensor access is routed, and what that costs in resources. Produced by
// the mapper (mapper/), consumed by the simulator (timing follows the routes) and the reports.
// docs/mapping.md describes the model.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ir/diag.h"

namespace datosim::ir {

/// Virtual-mapping requests, from the graph's "mapping" section or the command line. Instances are
/// named as the graph's elaborated instances (`gemm_0_1`).
struct ChainHint {
  std::string producer, consumer;
  SourceLoc loc;
};
struct BundleHint {
  std::vector<std::string> instances;
  SourceLoc loc;
};
struct MappingHints {
  std::vector<ChainHint> chains;
  std::vector<BundleHint> bundles;
};

enum class TileKind : std::uint8_t { Shim, Memory, Compute, Pe };
const char* tileKindName(TileKind k);

/// One tile of an NPU array (column, row; row 0 is the shim row), or one FPGA processing element.
struct Tile {
  int col = 0, row = 0;
  TileKind kind = TileKind::Compute;
  std::string name() const;  // "(2,3)"
};

/// How a stream instance travels from its producer's tile to its consumer's.
enum class RouteKind : std::uint8_t {
  Local,         // both ends on one tile (chain or bundle): a buffer in that tile's memory
  SharedMemory,  // neighbouring compute tiles: one buffer both cores address (docs/mapping.md), no DMA
  Dma,           // MM2S channel -> stream switch hops -> S2MM channel
  Fifo,          // FPGA: an on-chip FIFO between two processing elements
};
const char* routeKindName(RouteKind k);

/// A DMA channel of one tile (or an HBM pseudo-channel on an FPGA) and what uses it.
struct Port {
  int tile = -1;
  bool in = true;          // S2MM (into the tile's memory) or MM2S (out of it)
  int channel = 0;         // channel number on that tile, per direction
  std::vector<std::string> users;  // streams and tensor flows using the channel, sorted
};

struct StreamRoute {
  RouteKind kind = RouteKind::Dma;
  int fromTile = -1, toTile = -1;
  int hops = 0;            // stream-switch hops between the two tiles (Dma)
  std::vector<int> path;   // tiles from producer to consumer (Dma), both ends included
  int outPort = -1, inPort = -1;  // Mapping::ports (Dma)
  std::int64_t bufferBytes = 0;   // depth x token bytes, at each end that holds a buffer
};

/// One instance's loads (or stores) of one task argument: how the tiles reach the instance.
/// NPU: shim tile <-> memory tile <-> compute tile; FPGA: HBM pseudo-channels of the tensor.
struct MemRoute {
  int instance = -1;
  int arg = -1;            // the task's argument index
  int tensor = -1;
  bool write = false;
  std::int64_t tileBytes = 0;   // the largest tile moved by one load/store
  int shimTile = -1, memTile = -1, computeTile = -1;
  int hops = 0;            // shim -> memtile -> compute tile hops
  int shimPort = -1, memInPort = -1, memOutPort = -1, tilePort = -1;
  std::string fanout;      // "split", "broadcast", "join", "direct"
  std::vector<int> hbmChannels;  // FPGA
};

/// Instances sharing one tile: one instance, a chain (fused producer/consumer) or a bundle
/// (time-multiplexed isomorphic instances), or a mix built from several requests.
struct TileGroup {
  std::vector<int> members;  // instance ids, ascending
  int tile = -1;
  std::string how;           // "single", "chain", "bundle", "chain+bundle"
};

struct TileUse {
  std::int64_t memoryBytes = 0;   // L1 (compute) or memory-tile bytes in use
  std::int64_t memoryLimit = 0;
  int dmaIn = 0, dmaOut = 0, dmaInLimit = 0, dmaOutLimit = 0;
  int bds = 0, bdLimit = 0;
};

/// FPGA resource estimate of one instance (docs/mapping.md gives the model).
struct PeUse {
  double dsp = 0, lut = 0, ff = 0, bram36 = 0, uram = 0;
};

/// What only an FPGA mapping has (mapper/fpga_mapper.cpp): the resource estimate and the HBM
/// pseudo-channels of the tensors.
struct FpgaMapping {
  std::vector<PeUse> peUse;  // per instance
  PeUse total, limit;
  std::vector<std::vector<int>> tensorChannels;  // HBM pseudo-channels of each global tensor
};

struct Mapping {
  std::string archName;
  int columns = 0, rows = 0;          // NPU array extent (rows include shim and memory rows)
  std::vector<Tile> tiles;            // NPU: every tile, row-major from row 0; FPGA: one per PE
  std::vector<TileGroup> groups;
  std::vector<int> groupOf;           // per instance; -1: not placed (an instance with nothing to do)
  std::vector<StreamRoute> streams;   // per StreamInst
  std::vector<MemRoute> memRoutes;
  std::vector<Port> ports;
  std::vector<TileUse> use;           // per tile
  std::optional<FpgaMapping> fpga;    // an FPGA mapping's own part; unset on an NPU
  std::vector<std::string> notes;     // what the automatic mode did, for the report
  std::int64_t cost = 0;              // the placement objective (weighted hops + channel pressure)

  int tileOf(int instance) const {
    const int g = instance >= 0 && static_cast<std::size_t>(instance) < groupOf.size() ? groupOf[instance] : -1;
    return g >= 0 ? groups[static_cast<std::size_t>(g)].tile : -1;
  }
};

}  // namespace datosim::ir

namespace datosim::ir {

/// A mapping the user imposes (`datosim --mapping FILE`): which instances share which tile, and on
/// an FPGA which HBM pseudo-channels hold which tensor. Checked like any computed mapping.
struct MappingRequest {
  struct Group {
    std::vector<std::string> instances;
    int col = -1, row = -1;
    SourceLoc loc;
  };
  struct Hbm {
    std::string tensor;
    std::vector<int> channels;
    SourceLoc loc;
  };
  /// NPU: where one instance's loads (or stores) of one task argument enter the array: the shim and
  /// memory tiles, and a channel label: routes of one tensor with the same label share one shim channel.
  struct Route {
    std::string instance, arg;
    bool write = false;
    int shimCol = -1, shimRow = -1, memCol = -1, memRow = -1;
    std::string channel;
    SourceLoc loc;
  };
  std::string file;
  std::vector<Group> groups;
  std::vector<Hbm> hbm;
  std::vector<Route> routes;
};

}  // namespace datosim::ir
