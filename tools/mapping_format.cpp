#include "tools/mapping_format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "tools/report_format.h"

namespace datosim::tools {

namespace {

using Json = nlohmann::ordered_json;

std::string pad(std::string s, std::size_t w) {
  if (s.size() > w) return s.substr(0, w - 1) + "~";
  return s + std::string(w - s.size(), ' ');
}

// "48.0K"; below 1 KiB the bytes ("8B"), so a memory tile holding a few scalars does not read "0.0K".
std::string kib(std::int64_t bytes) {
  char b[32];
  if (bytes < 1024)
    std::snprintf(b, sizeof b, "%lldB", static_cast<long long>(bytes));
  else
    std::snprintf(b, sizeof b, "%.1fK", static_cast<double>(bytes) / 1024.0);
  return b;
}

std::string pct(double part, double whole) { return formatDouble("%.1f%%", whole > 0 ? 100.0 * part / whole : 0.0); }

std::string count(double v) {
  std::string s = std::to_string(static_cast<long long>(std::llround(v)));
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i && (s.size() - i) % 3 == 0) out += ',';
    out += s[i];
  }
  return out;
}

Json tileJson(const ir::Mapping& m, int t) {
  if (t < 0 || static_cast<std::size_t>(t) >= m.tiles.size()) return nullptr;
  const ir::Tile& x = m.tiles[static_cast<std::size_t>(t)];
  if (x.kind == ir::TileKind::Pe) return x.col;
  return Json::array({x.col, x.row});
}

std::string instName(const ir::Graph& g, int id) {
  return id >= 0 && static_cast<std::size_t>(id) < g.instances.size() ? g.instances[static_cast<std::size_t>(id)].name
                                                                        : "?";
}

std::string groupLabel(const ir::Graph& g, const ir::TileGroup& grp) {
  std::string s = instName(g, grp.members.front());
  if (grp.members.size() > 1) s += "+" + std::to_string(grp.members.size() - 1);
  return s;
}

std::string fpgaText(const ir::Mapping& m, const ir::Graph& g) {
  std::string out = "\nmapping  " + counted(static_cast<long long>(m.groups.size()), "processing element") + " on " +
                    m.archName + " (estimated resources)\n";
  struct Row {
    const char* name;
    double ir::PeUse::*f;
  };
  for (const Row& r : {Row{"DSP", &ir::PeUse::dsp}, Row{"LUT", &ir::PeUse::lut}, Row{"FF", &ir::PeUse::ff},
                       Row{"BRAM36", &ir::PeUse::bram36}, Row{"URAM", &ir::PeUse::uram}})
    out += "  " + pad(r.name, 8) + pad(count(m.fpga->total.*r.f), 12) + "of " + pad(count(m.fpga->limit.*r.f), 12) +
           pct(m.fpga->total.*r.f, m.fpga->limit.*r.f) + "\n";
  out += "  HBM:";
  for (std::size_t t = 0; t < m.fpga->tensorChannels.size() && t < g.tensors.size(); ++t) {
    const std::vector<int>& ch = m.fpga->tensorChannels[t];
    out += " " + g.tensors[t].name + "->";
    if (ch.empty()) {
      out += "-";
      continue;
    }
    out += ch.size() == 1 ? "HBM[" + std::to_string(ch.front()) + "]"
                          : "HBM[" + std::to_string(ch.front()) + ":" + std::to_string(ch.back()) + "]";
  }
  out += "\n";
  for (const std::string& n : m.notes) out += "  note: " + n + "\n";
  return out;
}

}  // namespace

std::string formatMappingText(const ir::Mapping& m, const ir::Graph& g) {
  if (m.fpga) return fpgaText(m, g);
  constexpr std::size_t kCell = 20;
  std::map<int, const ir::TileGroup*> groupAt;
  for (const ir::TileGroup& grp : m.groups) groupAt[grp.tile] = &grp;
  std::size_t computeTiles = 0;
  for (const ir::Tile& t : m.tiles) computeTiles += t.kind == ir::TileKind::Compute ? 1 : 0;
  std::string out = "\nmapping  " + std::to_string(m.groups.size()) + " of " +
                    counted(static_cast<long long>(computeTiles), "compute tile") + " of " + m.archName +
                    " in use; each tile: instance(s), DMA channels in/out\n";
  out += "        ";
  for (int c = 0; c < m.columns; ++c) out += pad("col " + std::to_string(c), kCell);
  out += "\n";
  for (int r = m.rows - 1; r >= 0; --r) {
    std::string line = pad("row " + std::to_string(r), 8);
    for (int c = 0; c < m.columns; ++c) {
      const int t = r * m.columns + c;
      const ir::Tile& tile = m.tiles[static_cast<std::size_t>(t)];
      const ir::TileUse& u = m.use[static_cast<std::size_t>(t)];
      const std::string io = " " + std::to_string(u.dmaIn) + "/" + std::to_string(u.dmaOut);
      std::string cell;
      if (tile.kind == ir::TileKind::Compute) {
        auto it = groupAt.find(t);
        cell = it == groupAt.end() ? "." : pad(groupLabel(g, *it->second), kCell - 1 - io.size()) + io;
      } else if (tile.kind == ir::TileKind::Memory) {
        cell = u.dmaIn + u.dmaOut == 0 ? "mem ." : "mem " + kib(u.memoryBytes) + io;
      } else {
        cell = u.dmaIn + u.dmaOut == 0 ? "shim ." : "shim" + io;
      }
      line += pad(cell, kCell);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  std::map<ir::RouteKind, int> kinds;
  int hops = 0, maxHops = 0;
  for (const ir::StreamRoute& r : m.streams) {
    ++kinds[r.kind];
    hops += r.hops;
    maxHops = std::max(maxHops, r.hops);
  }
  out += "  streams: " + std::to_string(kinds[ir::RouteKind::Local]) + " local, " +
         std::to_string(kinds[ir::RouteKind::SharedMemory]) + " through a neighbour's shared memory, " +
         std::to_string(kinds[ir::RouteKind::Dma]) + " over DMA (" + counted(hops, "hop") + " in all, at most " +
         std::to_string(maxHops) + ")\n";
  std::int64_t l1 = 0, l1Limit = 0;
  for (std::size_t t = 0; t < m.tiles.size(); ++t) {
    if (m.tiles[t].kind != ir::TileKind::Compute || !groupAt.count(static_cast<int>(t))) continue;
    if (m.use[t].memoryBytes >= l1) {
      l1 = m.use[t].memoryBytes;
      l1Limit = m.use[t].memoryLimit;
    }
  }
  out += "  tensor routes: " + std::to_string(m.memRoutes.size()) + "; fullest L1 " + count(static_cast<double>(l1)) +
         " of " + count(static_cast<double>(l1Limit)) + " bytes\n";
  for (const ir::TileGroup& grp : m.groups) {
    if (grp.members.size() < 2) continue;
    std::string names;
    for (std::size_t i = 0; i < grp.members.size(); ++i) names += (i ? ", " : "") + instName(g, grp.members[i]);
    out += "  " + m.tiles[static_cast<std::size_t>(grp.tile)].name() + " " + grp.how + ": " + names + "\n";
  }
  for (const std::string& n : m.notes) out += "  note: " + n + "\n";
  return out;
}

Json mappingToJson(const ir::Mapping& m, const ir::Graph& g) {
  Json j;
  j["format"] = "datosim-mapping/1";
  j["graph"] = g.name;
  j["arch"] = m.archName;
  Json groups = Json::array();
  for (const ir::TileGroup& grp : m.groups) {
    Json o;
    o["tile"] = tileJson(m, grp.tile);
    o["kind"] = ir::tileKindName(m.tiles[static_cast<std::size_t>(grp.tile)].kind);
    o["how"] = grp.how;
    Json names = Json::array();
    for (int id : grp.members) names.push_back(instName(g, id));
    o["instances"] = names;
    groups.push_back(o);
  }
  if (!m.fpga) j["groups"] = groups;
  if (m.fpga) {
    Json hbm = Json::array();
    for (std::size_t t = 0; t < m.fpga->tensorChannels.size() && t < g.tensors.size(); ++t)
      hbm.push_back(Json{{"tensor", g.tensors[t].name}, {"channels", m.fpga->tensorChannels[t]}});
    j["hbm"] = hbm;
  }
  Json d;
  d["cost"] = m.cost;
  d["notes"] = m.notes;
  if (m.fpga) d["processing_elements"] = groups;
  Json streams = Json::array();
  for (std::size_t s = 0; s < m.streams.size() && s < g.streamInsts.size(); ++s) {
    const ir::StreamRoute& r = m.streams[s];
    Json o;
    o["stream"] = g.streamInsts[s].name;
    o["producer"] = instName(g, g.streamInsts[s].producer);
    o["consumer"] = instName(g, g.streamInsts[s].consumer);
    o["route"] = ir::routeKindName(r.kind);
    o["from"] = tileJson(m, r.fromTile);
    o["to"] = tileJson(m, r.toTile);
    o["hops"] = r.hops;
    Json path = Json::array();
    for (int t : r.path) path.push_back(tileJson(m, t));
    o["path"] = path;
    o["buffer_bytes"] = r.bufferBytes;
    o["out_channel"] = r.outPort >= 0 ? Json(m.ports[static_cast<std::size_t>(r.outPort)].channel) : Json();
    o["in_channel"] = r.inPort >= 0 ? Json(m.ports[static_cast<std::size_t>(r.inPort)].channel) : Json();
    streams.push_back(o);
  }
  d["streams"] = streams;
  Json routes = Json::array();
  for (const ir::MemRoute& r : m.memRoutes) {
    Json o;
    const ir::Instance& in = g.instances[static_cast<std::size_t>(r.instance)];
    o["instance"] = in.name;
    o["arg"] = g.tasks[static_cast<std::size_t>(in.task)].args[static_cast<std::size_t>(r.arg)].name;
    o["tensor"] = g.tensors[static_cast<std::size_t>(r.tensor)].name;
    o["direction"] = r.write ? "store" : "load";
    o["tile_bytes"] = r.tileBytes;
    o["fanout"] = r.fanout;
    if (m.fpga) {
      o["hbm_channels"] = r.hbmChannels;
    } else {
      o["shim"] = tileJson(m, r.shimTile);
      o["memtile"] = tileJson(m, r.memTile);
      o["compute"] = tileJson(m, r.computeTile);
      o["hops"] = r.hops;
    }
    routes.push_back(o);
  }
  d["tensor_routes"] = routes;
  if (m.fpga) {
    Json pes = Json::array();
    auto use = [](const ir::PeUse& u) {
      return Json{{"dsp", u.dsp}, {"lut", u.lut}, {"ff", u.ff}, {"bram36", u.bram36}, {"uram", u.uram}};
    };
    for (std::size_t i = 0; i < m.fpga->peUse.size() && i < g.instances.size(); ++i) {
      if (m.groupOf[i] < 0) continue;
      Json o = use(m.fpga->peUse[i]);
      o["instance"] = g.instances[i].name;
      pes.push_back(o);
    }
    d["resources"] = Json{{"per_instance", pes}, {"total", use(m.fpga->total)}, {"limit", use(m.fpga->limit)}};
  } else {
    Json tiles = Json::array();
    for (std::size_t t = 0; t < m.tiles.size(); ++t) {
      const ir::TileUse& u = m.use[t];
      if (u.memoryBytes == 0 && u.dmaIn == 0 && u.dmaOut == 0) continue;
      Json o;
      o["tile"] = tileJson(m, static_cast<int>(t));
      o["kind"] = ir::tileKindName(m.tiles[t].kind);
      o["memory_bytes"] = u.memoryBytes;
      o["memory_limit"] = u.memoryLimit;
      o["dma_in"] = u.dmaIn;
      o["dma_in_limit"] = u.dmaInLimit;
      o["dma_out"] = u.dmaOut;
      o["dma_out_limit"] = u.dmaOutLimit;
      o["bds"] = u.bds;
      o["bd_limit"] = u.bdLimit;
      tiles.push_back(o);
    }
    d["tiles"] = tiles;
    Json ports = Json::array();
    for (const ir::Port& p : m.ports)
      ports.push_back(Json{{"tile", tileJson(m, p.tile)},
                           {"direction", p.in ? "s2mm" : "mm2s"},
                           {"channel", p.channel},
                           {"users", p.users}});
    d["channels"] = ports;
  }
  j["derived"] = d;
  return j;
}

}  // namespace datosim::tools
