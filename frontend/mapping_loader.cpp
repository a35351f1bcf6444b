// `datosim --mapping FILE`: a placement the user imposes, in the format `--mapping-out` writes
// (docs/mapping.md). Only the placement is read ("groups", and "hbm" for an FPGA); "derived"
// (routes, channels, resource use) is recomputed from it and checked like any placement.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "frontend/frontend.h"
#include "frontend/json_util.h"

namespace datosim::frontend {

namespace {

constexpr std::uintmax_t kMaxMappingBytes = 64u * 1024 * 1024;
constexpr const char* kMappingFormat = "datosim-mapping/1";

std::optional<std::vector<int>> intList(const Json& v, const SourceLoc& loc, Diagnostics& d, const std::string& what) {
  if (!expectArray(v, loc, d, what)) return std::nullopt;
  std::vector<int> out;
  bool ok = true;
  for (std::size_t i = 0; i < v.size(); ++i) {
    auto x = getInt64(v[i], loc.child(i), d, "an index");
    if (!x || *x < 0 || *x > 1000000) {
      if (x) d.error(loc.child(i), "an index must be in [0, 1000000], found " + std::to_string(*x));
      ok = false;
      continue;
    }
    out.push_back(static_cast<int>(*x));
  }
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace

std::optional<ir::MappingRequest> parseMappingRequest(const std::string& text, const std::string& fileName,
                                                      Diagnostics& diags) {
  const std::size_t before = diags.errorCount();
  std::optional<Json> doc = parseJson(text, fileName, diags);
  if (!doc) return std::nullopt;
  const SourceLoc root{fileName, ""};
  if (!expectObject(*doc, root, diags, "a mapping file")) return std::nullopt;
  const Json& j = *doc;
  checkKeys(j, root, {"format", "graph", "arch", "groups", "hbm", "routes", "derived"}, {"format"}, diags, "a mapping file");
  if (j.contains("format") && expectString(j["format"], root.child("format"), diags, "'format'") &&
      j["format"].get_ref<const std::string&>() != kMappingFormat)
    diags.error(root.child("format"), "unsupported format '" + printable(j["format"].get<std::string>()) +
                                          "'; this datosim reads '" + kMappingFormat + "'");
  for (const char* k : {"graph", "arch"})
    if (j.contains(k)) expectString(j[k], root.child(k), diags, std::string("'") + k + "'");
  if (j.contains("derived")) expectObject(j["derived"], root.child("derived"), diags, "'derived'");
  ir::MappingRequest r;
  r.file = fileName;
  if (j.contains("groups") && expectArray(j["groups"], root.child("groups"), diags, "'groups'")) {
    for (std::size_t i = 0; i < j["groups"].size(); ++i) {
      const Json& g = j["groups"][i];
      const SourceLoc gl = root.child("groups").child(i);
      if (!expectObject(g, gl, diags, "a group")) continue;
      if (!checkKeys(g, gl, {"tile", "instances", "kind", "how"}, {"tile", "instances"}, diags, "a group")) continue;
      ir::MappingRequest::Group grp;
      grp.loc = gl;
      auto tile = intList(g["tile"], gl.child("tile"), diags, "'tile'");
      if (tile && tile->size() != 2) diags.error(gl.child("tile"), "'tile' is [column, row]");
      if (tile && tile->size() == 2) {
        grp.col = (*tile)[0];
        grp.row = (*tile)[1];
      }
      if (expectArray(g["instances"], gl.child("instances"), diags, "'instances'")) {
        if (g["instances"].empty()) diags.error(gl.child("instances"), "a group needs at least one instance");
        for (std::size_t k = 0; k < g["instances"].size(); ++k)
          if (expectString(g["instances"][k], gl.child("instances").child(k), diags, "an instance name"))
            grp.instances.push_back(g["instances"][k].get<std::string>());
      }
      r.groups.push_back(std::move(grp));
    }
  }
  if (j.contains("hbm") && expectArray(j["hbm"], root.child("hbm"), diags, "'hbm'")) {
    for (std::size_t i = 0; i < j["hbm"].size(); ++i) {
      const Json& h = j["hbm"][i];
      const SourceLoc hl = root.child("hbm").child(i);
      if (!expectObject(h, hl, diags, "an 'hbm' entry")) continue;
      if (!checkKeys(h, hl, {"tensor", "channels"}, {"tensor", "channels"}, diags, "an 'hbm' entry")) continue;
      ir::MappingRequest::Hbm e;
      e.loc = hl;
      if (expectString(h["tensor"], hl.child("tensor"), diags, "'tensor'")) e.tensor = h["tensor"].get<std::string>();
      auto ch = intList(h["channels"], hl.child("channels"), diags, "'channels'");
      if (ch && ch->empty()) diags.error(hl.child("channels"), "a tensor needs at least one channel");
      if (ch) e.channels = *ch;
      r.hbm.push_back(std::move(e));
    }
  }
  if (j.contains("routes") && expectArray(j["routes"], root.child("routes"), diags, "'routes'")) {
    for (std::size_t i = 0; i < j["routes"].size(); ++i) {
      const Json& x = j["routes"][i];
      const SourceLoc xl = root.child("routes").child(i);
      if (!expectObject(x, xl, diags, "a route")) continue;
      if (!checkKeys(x, xl, {"instance", "arg", "direction", "shim", "memtile", "channel"},
                     {"instance", "arg", "direction", "shim", "memtile", "channel"}, diags, "a route"))
        continue;
      ir::MappingRequest::Route rt;
      rt.loc = xl;
      if (expectString(x["instance"], xl.child("instance"), diags, "'instance'")) rt.instance = x["instance"].get<std::string>();
      if (expectString(x["arg"], xl.child("arg"), diags, "'arg'")) rt.arg = x["arg"].get<std::string>();
      if (expectString(x["channel"], xl.child("channel"), diags, "'channel'")) rt.channel = x["channel"].get<std::string>();
      if (expectString(x["direction"], xl.child("direction"), diags, "'direction'")) {
        const std::string d = x["direction"].get<std::string>();
        if (d != "load" && d != "store") diags.error(xl.child("direction"), "'direction' is \"load\" or \"store\", found '" + d + "'");
        rt.write = d == "store";
      }
      for (const char* k : {"shim", "memtile"}) {
        auto t = intList(x[k], xl.child(k), diags, std::string("'") + k + "'");
        if (t && t->size() != 2) diags.error(xl.child(k), std::string("'") + k + "' is [column, row]");
        if (!t || t->size() != 2) continue;
        (std::string(k) == "shim" ? rt.shimCol : rt.memCol) = (*t)[0];
        (std::string(k) == "shim" ? rt.shimRow : rt.memRow) = (*t)[1];
      }
      r.routes.push_back(std::move(rt));
    }
  }
  if (diags.errorCount() != before) return std::nullopt;
  return r;
}

std::optional<ir::MappingRequest> loadMappingRequest(const std::string& path, Diagnostics& diags) {
  namespace fs = std::filesystem;
  const SourceLoc loc{path, ""};
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    diags.error(loc, "cannot read the mapping: no such file");
    return std::nullopt;
  }
  if (fs::is_directory(st)) {
    diags.error(loc, "cannot read the mapping: it is a directory");
    return std::nullopt;
  }
  const std::uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > kMaxMappingBytes) {
    diags.error(loc, "the mapping file is too large (" + std::to_string(size) + " bytes; at most " +
                         std::to_string(kMaxMappingBytes) + ")");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  if (!in || in.bad()) {
    diags.error(loc, "cannot read the mapping: cannot open or read the file");
    return std::nullopt;
  }
  return parseMappingRequest(ss.str(), path, diags);
}

}  // namespace datosim::frontend
