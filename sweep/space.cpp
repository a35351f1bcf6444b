#include "sweep/space.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <utility>

#include "frontend/expr_parser.h"

namespace datosim::sweep {

using frontend::Json;

namespace {

const SourceLoc kCommandLine{"<command line>", ""};

bool isIdentifier(const std::string& s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

std::vector<std::string> splitComma(const std::string& s) {
  std::vector<std::string> parts;
  std::string cur;
  for (char c : s) {
    if (c == ',') {
      parts.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  parts.push_back(cur);
  return parts;
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  const auto e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

// A decimal 64-bit integer, the whole of `s`.
bool parseInt(const std::string& s, std::int64_t& v) {
  if (s.empty()) return false;
  errno = 0;
  char* end = nullptr;
  const long long x = std::strtoll(s.c_str(), &end, 10);
  if (*end != '\0' || errno == ERANGE || std::isspace(static_cast<unsigned char>(s[0]))) return false;
  v = x;
  return true;
}

// One item of a value list: an integer or a range.
std::string parseItem(const std::string& item, std::vector<std::int64_t>& out) {
  const std::string t = trim(item);
  if (t.empty()) return "an empty item (two commas in a row, or a comma at an end)";
  std::vector<std::string> parts;
  std::stringstream ss(t);
  std::string p;
  while (std::getline(ss, p, ':')) parts.push_back(trim(p));
  if (!t.empty() && t.back() == ':') parts.push_back("");
  std::int64_t v = 0;
  if (parts.size() == 1) {
    if (!parseInt(t, v)) return "'" + t + "' is neither an integer nor a range LO:HI[:STEP]";
    out.push_back(v);
    return "";
  }
  if (parts.size() > 3) return "'" + t + "': a range is LO:HI or LO:HI:STEP";
  std::int64_t lo = 0, hi = 0;
  if (!parseInt(parts[0], lo)) return "'" + t + "': the range's start '" + parts[0] + "' is not an integer";
  if (!parseInt(parts[1], hi)) return "'" + t + "': the range's end '" + parts[1] + "' is not an integer";
  if (hi < lo) return "'" + t + "': the range ends before it starts";
  bool geometric = false;
  std::int64_t step = 1;
  if (parts.size() == 3) {
    std::string s = parts[2];
    if (!s.empty() && (s[0] == '*' || s[0] == '+')) {
      geometric = s[0] == '*';
      s = s.substr(1);
    }
    if (!parseInt(s, step)) return "'" + t + "': the step '" + parts[2] + "' is not +K, *K or K with K an integer";
    if (geometric && step < 2) return "'" + t + "': a geometric step *K needs K >= 2";
    if (!geometric && step < 1) return "'" + t + "': the step must be at least 1";
    if (geometric && lo < 1) return "'" + t + "': a geometric range *K must start at 1 or more";
  }
  const std::size_t before = out.size();
  for (std::int64_t x = lo;;) {
    out.push_back(x);
    if (static_cast<std::int64_t>(out.size() - before) > kMaxValuesPerParam)
      return "'" + t + "' has more than " + groupDigits(kMaxValuesPerParam) + " values";
    std::int64_t next = 0;
    const bool overflow = geometric ? __builtin_mul_overflow(x, step, &next) : __builtin_add_overflow(x, step, &next);
    if (overflow || next > hi) break;
    x = next;
  }
  return "";
}

// A constraint's text, checked against the swept parameters.
std::optional<Constraint> parseConstraint(const std::string& text, const std::vector<std::string>& params,
                                          const SourceLoc& loc, Diagnostics& diags) {
  frontend::ExprError err;
  ir::ExprPtr e = frontend::parseExpr(text, err);
  if (!e) {
    diags.error(loc, "constraint: " + frontend::describeExprError(text, err));
    return std::nullopt;
  }
  if (auto t = ir::tableRefs(*e); !t.empty()) {
    diags.error(loc, "constraint '" + frontend::printable(text) + "' reads the table '" + frontend::printable(t[0]) +
                         "': constraints are over the swept parameters only (the graph's tables are not read here)");
    return std::nullopt;
  }
  for (const std::string& v : ir::freeVars(*e)) {
    if (std::find(params.begin(), params.end(), v) != params.end()) continue;
    std::string msg = "constraint '" + frontend::printable(text) + "' names '" + frontend::printable(v) +
                      "', which the sweep does not vary (constraints are over the swept parameters: ";
    for (std::size_t i = 0; i < params.size(); ++i) msg += (i ? ", " : "") + params[i];
    msg += params.empty() ? "none" : "";
    const std::string near = closestName(v, params);
    diags.error(loc, msg + ")" + (near.empty() ? "" : "; did you mean '" + near + "'?"));
    return std::nullopt;
  }
  return Constraint{text, e, loc};
}

// Architecture names: a comma list; each a config name or a path, printable and non-empty.
bool addArchs(const std::string& text, const SourceLoc& loc, std::vector<std::string>& out, Diagnostics& diags) {
  bool ok = true;
  for (const std::string& raw : splitComma(text)) {
    const std::string a = trim(raw);
    if (a.empty()) {
      diags.error(loc, "architecture list '" + frontend::printable(text) + "' has an empty name");
      ok = false;
    } else if (std::any_of(a.begin(), a.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; })) {
      diags.error(loc, "architecture name '" + frontend::printable(a) + "' has a control character");
      ok = false;
    } else if (std::find(out.begin(), out.end(), a) != out.end()) {
      diags.error(loc, "architecture '" + frontend::printable(a) + "' is listed twice");
      ok = false;
    } else {
      out.push_back(a);
    }
  }
  return ok;
}

// Values of one parameter in a sweep file: an integer, a string in the command-line grammar, or an
// array of those.
bool valuesFromJson(const Json& v, const SourceLoc& loc, std::vector<std::int64_t>& out, Diagnostics& diags) {
  auto one = [&](const Json& x, const SourceLoc& at) {
    if (x.is_number_integer()) {
      std::optional<std::int64_t> i = frontend::getInt64(x, at, diags, "a parameter value");
      if (!i) return false;
      out.push_back(*i);
      return true;
    }
    if (x.is_string()) {
      const std::string why = parseValues(x.get<std::string>(), out);
      if (!why.empty()) diags.error(at, why);
      return why.empty();
    }
    diags.error(at, std::string("expected an integer or a string of values such as \"1:16:*2,100\", found ") +
                        frontend::jsonTypeName(x));
    return false;
  };
  if (!v.is_array()) return one(v, loc);
  if (v.empty()) {
    diags.error(loc, "the list of values is empty");
    return false;
  }
  bool ok = true;
  for (std::size_t i = 0; i < v.size(); ++i) ok = one(v[i], loc.child(i)) && ok;
  return ok;
}

bool checkDistinct(const Axis& a, const SourceLoc& loc, Diagnostics& diags) {
  std::set<std::int64_t> seen;
  for (std::int64_t x : a.values)
    if (!seen.insert(x).second) {
      diags.error(loc, "parameter " + a.name + " takes the value " + std::to_string(x) + " twice");
      return false;
    }
  if (static_cast<std::int64_t>(a.values.size()) > kMaxValuesPerParam) {
    diags.error(loc, "parameter " + a.name + " has more than " + groupDigits(kMaxValuesPerParam) + " values");
    return false;
  }
  return true;
}

bool stringOrStrings(const Json& v, const SourceLoc& loc, std::vector<std::pair<std::string, SourceLoc>>& out,
                     Diagnostics& diags, const char* what) {
  if (v.is_string()) {
    out.emplace_back(v.get<std::string>(), loc);
    return true;
  }
  if (!v.is_array() || v.empty()) {
    diags.error(loc, std::string(what) + " must be a string or a non-empty array of strings, found " +
                         (v.is_array() ? "an empty array" : frontend::jsonTypeName(v)));
    return false;
  }
  bool ok = true;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (!frontend::expectString(v[i], loc.child(i), diags, what)) {
      ok = false;
      continue;
    }
    out.emplace_back(v[i].get<std::string>(), loc.child(i));
  }
  return ok;
}

// One block of a sweep file: "arch", "params", "where". `params` fixes the column order (the first
// block's order) and must match in every block.
bool parseBlock(const Json& obj, const SourceLoc& loc, const Json* defaultArch, const SourceLoc& defaultArchLoc,
                Space& s, bool first, Diagnostics& diags) {
  Block b;
  b.loc = loc;
  bool ok = true;
  const Json* arch = obj.contains("arch") ? &obj["arch"] : defaultArch;
  const SourceLoc archLoc = obj.contains("arch") ? loc.child("arch") : defaultArchLoc;
  if (!arch) {
    diags.error(loc, "missing key 'arch' (the architectures of these points)");
    ok = false;
  } else {
    std::vector<std::pair<std::string, SourceLoc>> names;
    if (stringOrStrings(*arch, archLoc, names, diags, "arch"))
      for (const auto& [n, at] : names) ok = addArchs(n, at, b.archs, diags) && ok;
    else
      ok = false;
  }
  if (obj.contains("params")) {
    const Json& p = obj["params"];
    const SourceLoc ploc = loc.child("params");
    if (!frontend::expectObject(p, ploc, diags, "params")) return false;
    std::vector<std::string> names;
    for (auto it = p.begin(); it != p.end(); ++it) {
      const SourceLoc at = ploc.child(it.key());
      if (!isIdentifier(it.key())) {
        diags.error(at, "parameter name '" + frontend::printable(it.key()) + "' is not an identifier");
        ok = false;
        continue;
      }
      Axis a{it.key(), {}};
      if (!valuesFromJson(it.value(), at, a.values, diags) || !checkDistinct(a, at, diags)) {
        ok = false;
        continue;
      }
      names.push_back(a.name);
      b.axes.push_back(std::move(a));
    }
    if (!ok) return false;
    if (first) {
      s.params = names;
    } else if (names != s.params) {
      std::string want;
      for (std::size_t i = 0; i < s.params.size(); ++i) want += (i ? ", " : "") + s.params[i];
      diags.error(ploc, "every block of the space sweeps the same parameters in the same order (" +
                            (want.empty() ? std::string("none") : want) +
                            ", as the first block); give a parameter one value where it does not vary");
      return false;
    }
  } else if (!first && !s.params.empty()) {
    diags.error(loc, "missing key 'params': every block sweeps the first block's parameters");
    return false;
  }
  if (obj.contains("where")) {
    std::vector<std::pair<std::string, SourceLoc>> texts;
    if (!stringOrStrings(obj["where"], loc.child("where"), texts, diags, "where")) return false;
    for (const auto& [t, at] : texts) {
      std::optional<Constraint> c = parseConstraint(t, s.params, at, diags);
      if (c) b.where.push_back(std::move(*c));
      else ok = false;
    }
  }
  if (ok) s.blocks.push_back(std::move(b));
  return ok;
}

}  // namespace

std::string parseValues(const std::string& spec, std::vector<std::int64_t>& out) {
  for (const std::string& item : splitComma(spec)) {
    const std::string why = parseItem(item, out);
    if (!why.empty()) return "values '" + frontend::printable(spec) + "': " + why;
  }
  return "";
}

std::optional<Space> spaceFromCommandLine(const std::vector<std::string>& archs,
                                          const std::vector<std::string>& params,
                                          const std::vector<std::string>& where, Diagnostics& diags) {
  Space s;
  Block b;
  b.loc = kCommandLine;
  bool ok = true;
  for (const std::string& a : archs) ok = addArchs(a, kCommandLine, b.archs, diags) && ok;
  if (archs.empty()) {
    diags.error(kCommandLine, "no architecture given: add --arch NAME[,NAME...] (or a sweep file with --space)");
    ok = false;
  }
  for (const std::string& p : params) {
    const auto eq = p.find('=');
    const std::string name = eq == std::string::npos ? "" : trim(p.substr(0, eq));
    if (eq == std::string::npos || !isIdentifier(name)) {
      diags.error(kCommandLine, "--param '" + frontend::printable(p) +
                                    "': expected NAME=VALUES, e.g. --param M=256,512,1024 or --param D=1:16:*2");
      ok = false;
      continue;
    }
    if (std::find(s.params.begin(), s.params.end(), name) != s.params.end()) {
      diags.error(kCommandLine, "--param " + name + " is given twice; list every value in one --param");
      ok = false;
      continue;
    }
    Axis a{name, {}};
    const std::string why = parseValues(p.substr(eq + 1), a.values);
    if (!why.empty()) {
      diags.error(kCommandLine, "--param " + name + ": " + why);
      ok = false;
      continue;
    }
    if (!checkDistinct(a, kCommandLine, diags)) {
      ok = false;
      continue;
    }
    s.params.push_back(name);
    b.axes.push_back(std::move(a));
  }
  if (!ok) return std::nullopt;
  for (const std::string& w : where) {
    std::optional<Constraint> c = parseConstraint(w, s.params, kCommandLine, diags);
    if (c) s.where.push_back(std::move(*c));
    else ok = false;
  }
  if (!ok) return std::nullopt;
  s.blocks.push_back(std::move(b));
  return s;
}

std::optional<Space> parseSpace(const Json& doc, const SourceLoc& root, Diagnostics& diags) {
  if (!frontend::expectObject(doc, root, diags, "a sweep file")) return std::nullopt;
  if (!frontend::checkKeys(doc, root, {"format", "arch", "params", "where", "space"}, {"format"}, diags))
    return std::nullopt;
  if (!frontend::expectString(doc["format"], root.child("format"), diags, "format")) return std::nullopt;
  if (doc["format"].get<std::string>() != "datosim-sweep/1") {
    diags.error(root.child("format"), "expected \"datosim-sweep/1\", found \"" +
                                          frontend::printable(doc["format"].get<std::string>()) + "\"");
    return std::nullopt;
  }
  Space s;
  const Json* defaultArch = doc.contains("arch") ? &doc["arch"] : nullptr;
  bool ok = true;
  if (doc.contains("space")) {
    const SourceLoc sl = root.child("space");
    if (doc.contains("params")) {
      diags.error(root.child("params"), "with \"space\", each block lists its own \"params\"");
      return std::nullopt;
    }
    if (!frontend::expectArray(doc["space"], sl, diags, "space")) return std::nullopt;
    if (doc["space"].empty()) {
      diags.error(sl, "the space has no blocks");
      return std::nullopt;
    }
    for (std::size_t i = 0; i < doc["space"].size(); ++i) {
      const Json& blk = doc["space"][i];
      const SourceLoc bl = sl.child(i);
      if (!frontend::expectObject(blk, bl, diags, "a block of the space") ||
          !frontend::checkKeys(blk, bl, {"arch", "params", "where"}, {}, diags)) {
        ok = false;
        continue;
      }
      ok = parseBlock(blk, bl, defaultArch, root.child("arch"), s, i == 0, diags) && ok;
      if (!ok) break;  // later blocks are compared with the first one's parameters
    }
  } else {
    Json top = Json::object();
    if (doc.contains("params")) top["params"] = doc["params"];
    ok = parseBlock(top, root, defaultArch, root.child("arch"), s, true, diags);
  }
  if (!ok) return std::nullopt;
  if (doc.contains("where")) {
    std::vector<std::pair<std::string, SourceLoc>> texts;
    if (!stringOrStrings(doc["where"], root.child("where"), texts, diags, "where")) return std::nullopt;
    for (const auto& [t, at] : texts) {
      std::optional<Constraint> c = parseConstraint(t, s.params, at, diags);
      if (c) s.where.push_back(std::move(*c));
      else ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return s;
}

std::optional<Space> loadSpaceFile(const std::string& path, Diagnostics& diags) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error({path, ""}, "cannot read the sweep file");
    return std::nullopt;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  std::optional<Json> doc = frontend::parseJson(ss.str(), path, diags);
  if (!doc || diags.hasErrors()) return std::nullopt;
  return parseSpace(*doc, {path, ""}, diags);
}

Json spaceToJson(const Space& s) {
  Json j = Json::object();
  j["format"] = "datosim-sweep/1";
  Json blocks = Json::array();
  for (const Block& b : s.blocks) {
    Json o = Json::object();
    o["arch"] = b.archs;
    Json p = Json::object();
    for (const Axis& a : b.axes) p[a.name] = a.values;
    o["params"] = p;
    if (!b.where.empty()) {
      Json w = Json::array();
      for (const Constraint& c : b.where) w.push_back(c.text);
      o["where"] = w;
    }
    blocks.push_back(o);
  }
  j["space"] = blocks;
  if (!s.where.empty()) {
    Json w = Json::array();
    for (const Constraint& c : s.where) w.push_back(c.text);
    j["where"] = w;
  }
  return j;
}

std::optional<std::vector<Point>> enumerate(const Space& s, Diagnostics& diags) {
  std::vector<Point> points;
  std::set<std::pair<std::string, std::vector<std::int64_t>>> seen;
  const std::size_t n = s.params.size();
  for (const Block& b : s.blocks) {
    std::vector<const Constraint*> cons;
    for (const Constraint& c : s.where) cons.push_back(&c);
    for (const Constraint& c : b.where) cons.push_back(&c);
    for (const std::string& arch : b.archs) {
      std::vector<std::size_t> at(n, 0);
      if (std::any_of(b.axes.begin(), b.axes.end(), [](const Axis& a) { return a.values.empty(); })) continue;
      for (;;) {
        std::vector<std::int64_t> values(n);
        for (std::size_t i = 0; i < n; ++i) values[i] = b.axes[i].values[at[i]];
        bool keep = true;
        for (const Constraint* c : cons) {
          auto lookup = [&](const std::string& name) -> std::optional<std::int64_t> {
            for (std::size_t i = 0; i < n; ++i)
              if (s.params[i] == name) return values[i];
            return std::nullopt;
          };
          try {
            ir::ExprPtr v = ir::fold(c->expr, lookup);
            if (!v->isConst()) throw ir::EvalError("not every name has a value");
            keep = v->value != 0;
          } catch (const ir::EvalError& e) {
            std::string at;
            for (std::size_t i = 0; i < n; ++i) at += (i ? ", " : "") + s.params[i] + "=" + std::to_string(values[i]);
            diags.error(c->loc, "constraint '" + frontend::printable(c->text) + "' cannot be evaluated at " + arch +
                                    (at.empty() ? "" : " " + at) + ": " + e.what() +
                                    " (guard it: 'D != 0 && M % D == 0' evaluates the right side only when D != 0)");
            return std::nullopt;
          }
          if (!keep) break;
        }
        if (keep && seen.insert({arch, values}).second) {
          if (static_cast<std::int64_t>(points.size()) >= kMaxPoints) {
            diags.error(b.loc, "the space has more than " + groupDigits(kMaxPoints) +
                                   " points; split it (Slurm shards still enumerate the whole space)");
            return std::nullopt;
          }
          points.push_back({static_cast<std::int64_t>(points.size()), arch, std::move(values)});
        }
        // Odometer: the last parameter varies fastest.
        std::size_t i = n;
        while (i > 0) {
          --i;
          if (++at[i] < b.axes[i].values.size()) break;
          at[i] = 0;
          if (i == 0) {
            i = n + 1;
            break;
          }
        }
        if (n == 0 || i == n + 1) break;
      }
    }
  }
  return points;
}

}  // namespace datosim::sweep
