// Graph files (docs/graph-format.md) -> ir::Graph: strict parsing, validation of every
// declaration and statement with all errors reported, then elaboration (elaborate.cpp).
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "frontend/expr_parser.h"
#include "frontend/frontend.h"
#include "frontend/graph_internal.h"
#include "frontend/json_util.h"
#include "frontend/trace_table.h"
#include "ir/kernels.h"
#include "kernels/kernel.h"

namespace datosim::frontend {

namespace {

using ir::Expr;
using ir::ExprPtr;
using ir::Shape;
using namespace detail;

constexpr const char* kFormat = "datosim-graph/1";
constexpr std::uintmax_t kMaxFileBytes = std::uintmax_t{256} << 20;

const std::vector<std::string> kStmtKinds = {"for",   "if",  "get",     "put",     "load",
                                             "store", "compute", "set", "while", "get_any"};

bool isIdentifier(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  if (!alpha(s[0])) return false;
  return std::all_of(s.begin(), s.end(), [&](char c) { return alpha(c) || (c >= '0' && c <= '9'); });
}

std::string q(const std::string& s) { return "'" + printable(s) + "'"; }

std::string typeDesc(ir::DType t, const Shape& s) { return std::string(ir::dtypeName(t)) + " " + ir::shapeString(s); }

// Saturating product of extents (for limit checks without overflow).
std::int64_t productSat(const Shape& s) {
  // An empty extent anywhere makes the product 0, whatever overflow the other extents would cause.
  for (std::int64_t d : s)
    if (d <= 0) return 0;
  std::int64_t n = 1;
  for (std::int64_t d : s)
    if (__builtin_mul_overflow(n, d, &n)) return INT64_MAX;
  return n;
}

enum class Kind { Param, Coord, Arg, Local, LoopVar, Var };
const char* kindName(Kind k) {
  switch (k) {
    case Kind::Param: return "parameter";
    case Kind::Coord: return "coordinate";
    case Kind::Arg: return "argument";
    case Kind::Local: return "local";
    case Kind::LoopVar: return "loop variable";
    case Kind::Var: return "variable";
  }
  return "name";
}

// Names visible while checking one task.
struct TaskCtx {
  ir::Task* task = nullptr;
  bool mappingOk = false;
  std::map<std::string, Kind> names;         // coordinates, arguments, locals
  std::set<std::string> brokenArgs, brokenLocals;  // declared but invalid: uses stay silent
  bool argsBroken = false, localsBroken = false;   // the whole section is unusable: likewise
  std::vector<std::string> loops;            // enclosing loop variables, outermost first
  int pipelined = 0;                         // inside a pipelined loop (its body may not steer control)
};

// Where an expression is evaluated, for name checks and messages.
struct ExprCtx {
  const char* where;           // "a tensor shape", "a statement", ...
  const TaskCtx* task = nullptr;
  bool runtime = false;        // may name coordinates and loop variables
};

class Loader {
 public:
  Loader(std::string file, const GraphOptions& opts, Diagnostics& d) : file_(std::move(file)), opts_(opts), d_(d) {}

  std::optional<ir::Graph> run(const std::string& text) {
    std::size_t before = d_.errorCount();
    std::optional<Json> doc = parseJson(text, file_, d_);
    if (!doc) return std::nullopt;
    SourceLoc root{file_, ""};
    g_.file = file_;
    if (!expectObject(*doc, root, d_, "a graph file")) return std::nullopt;
    const Json& j = *doc;
    checkKeys(j, root,
              {"format", "name", "description", "params", "tables", "tensors", "streams", "tasks", "reference",
               "mapping", "coverage"},
              {"format", "name", "tasks"}, d_);
    if (j.contains("format") && expectString(j["format"], root.child("format"), d_, "'format'") &&
        j["format"].get_ref<const std::string&>() != kFormat)
      d_.error(root.child("format"), "unsupported format '" + printable(j["format"].get<std::string>()) +
                                         "'; this datosim reads '" + kFormat + "'");
    if (j.contains("name") && expectString(j["name"], root.child("name"), d_, "'name'")) {
      g_.name = j["name"].get<std::string>();
      checkName(g_.name, root.child("name"), "graph");
    }
    if (j.contains("description")) expectString(j["description"], root.child("description"), d_, "'description'");
    if (j.contains("coverage") && expectString(j["coverage"], root.child("coverage"), d_, "'coverage'")) {
      const std::string& c = j["coverage"].get_ref<const std::string&>();
      if (c == "error") g_.coverageErrors = true;
      else if (c != "warn")
        d_.error(root.child("coverage"), "'coverage' is \"warn\" (the default) or \"error\", found '" + printable(c) + "'");
      g_.coverageLoc = root.child("coverage");
    }

    loadParams(j.contains("params") ? &j["params"] : nullptr, root.child("params"),
               j.contains("tables") ? &j["tables"] : nullptr, root.child("tables"));
    if (j.contains("tensors")) loadTensors(j["tensors"], root.child("tensors"));
    if (j.contains("streams")) loadStreams(j["streams"], root.child("streams"));
    if (j.contains("tasks")) loadTasks(j["tasks"], root.child("tasks"));
    checkTokenUses();
    if (j.contains("reference")) loadReference(j["reference"], root.child("reference"));
    if (j.contains("mapping")) loadMappingHints(j["mapping"], root.child("mapping"));

    if (d_.errorCount() > before) return std::nullopt;
    for (std::size_t s = 0; s < g_.streams.size(); ++s)
      if (!streamUsed_.count(static_cast<int>(s)))
        d_.warning(g_.streams[s].loc, "stream '" + g_.streams[s].name + "' is declared but no task uses it");
    if (!elaborate(g_, d_)) return std::nullopt;
    if (d_.errorCount() > before) return std::nullopt;
    return std::move(g_);
  }

 private:
  std::string file_;
  const GraphOptions& opts_;
  Diagnostics& d_;
  ir::Graph g_;

  std::map<std::string, std::int64_t> paramValue_;
  std::map<std::string, ir::TablePtr> tables_;  // evaluated tables
  bool tablesReady_ = false;                     // exprOf binds tables from here on
  std::set<std::string> paramFailed_;       // declared, value unknown (its error is reported)
  std::set<std::string> tensorsDeclared_;   // including broken ones
  std::set<std::string> streamsDeclared_;
  std::set<int> streamUsed_;
  std::int64_t totalInstances_ = 0;
  std::int64_t totalStreamElements_ = 0;

  // ---- names -------------------------------------------------------------------------------

  bool checkName(const std::string& name, const SourceLoc& loc, const char* what) {
    if (name == "min" || name == "max") {
      d_.error(loc, "'" + name + "' is reserved (a function in expressions) and cannot name a " + what);
      return false;
    }
    if (isIdentifier(name)) return true;
    d_.error(loc, std::string("invalid ") + what + " name " + q(name) +
                      ": names are [A-Za-z_][A-Za-z0-9_]*, at most 64 characters");
    return false;
  }

  // A name declared inside a task must not clash with a parameter or another task-level name.
  bool checkUnique(const std::string& name, Kind kind, const SourceLoc& loc, const TaskCtx& c) {
    if (tables_.count(name)) {
      d_.error(loc, std::string(kindName(kind)) + " '" + name + "' shadows the table '" + name +
                        "' (tables, parameters, coordinates, arguments, locals and loop variables share one namespace)");
      return false;
    }
    if (paramValue_.count(name) || paramFailed_.count(name)) {
      d_.error(loc, std::string(kindName(kind)) + " '" + name + "' shadows the parameter '" + name +
                        "' (parameters, coordinates, arguments, locals and loop variables share one namespace)");
      return false;
    }
    auto it = c.names.find(name);
    if (it != c.names.end()) {
      d_.error(loc, std::string(kindName(kind)) + " '" + name + "' clashes with the " + kindName(it->second) + " '" +
                        name + "' (parameters, coordinates, arguments, locals and loop variables share one namespace)");
      return false;
    }
    if (std::find(c.loops.begin(), c.loops.end(), name) != c.loops.end()) {
      d_.error(loc, std::string(kindName(kind)) + " '" + name + "' shadows the enclosing loop variable '" + name + "'");
      return false;
    }
    return true;
  }

  // ---- expressions -------------------------------------------------------------------------

  // A JSON integer or an expression string; nullptr (reported) otherwise.
  ExprPtr exprOf(const Json& v, const SourceLoc& loc, const std::string& what) {
    if (v.is_number_integer()) {
      auto i = getInt64(v, loc, d_, what);
      return i ? Expr::constant(*i) : nullptr;
    }
    if (v.is_string()) {
      const std::string& s = v.get_ref<const std::string&>();
      ExprError err;
      ExprPtr e = parseExpr(s, err);
      if (!e) d_.error(loc, describeExprError(s, err));
      if (e && tablesReady_) e = bindTables(e, loc);
      return e;
    }
    std::string found = jsonTypeName(v);
    if (v.is_number() || v.is_boolean()) found += " " + v.dump();
    d_.error(loc, what + " must be an integer or an integer expression (a string), found " + found);
    return nullptr;
  }

  // Attach the tables an expression reads (after the parameters and tables are evaluated); nullptr when
  // one is not a table (reported, unless its own declaration failed).
  ExprPtr bindTables(const ExprPtr& e, const SourceLoc& loc) {
    std::vector<std::string> unbound;
    ExprPtr b;
    try {
      b = ir::bindTables(
          e,
          [this](const std::string& n) -> ir::TablePtr {
            auto it = tables_.find(n);
            return it == tables_.end() ? nullptr : it->second;
          },
          unbound);
    } catch (const ir::EvalError& x) {
      d_.error(loc, std::string(x.what()) + " in '" + ir::toString(*e) + "'");
      return nullptr;
    }
    bool ok = true;
    for (const std::string& n : unbound) {
      ok = false;
      if (paramFailed_.count(n)) continue;
      if (paramValue_.count(n)) {
        d_.error(loc, "'" + n + "' is a parameter, not a table, in '" + ir::toString(*e) + "'");
        continue;
      }
      std::vector<std::string> cands;
      for (const auto& kv : tables_) cands.push_back(kv.first);
      std::string msg = "undefined table " + q(n) + " in '" + ir::toString(*e) + "'";
      std::string near = n.size() <= 64 ? closestName(n, cands) : "";
      if (!near.empty()) msg += "; did you mean '" + near + "'?";
      if (cands.empty()) msg += " (the graph declares no 'tables')";
      d_.error(loc, msg);
    }
    return ok ? b : nullptr;
  }

  // Every name in `e` must be visible in `c`. Returns false when one is not; errors are reported
  // except for names whose own definition already failed (no cascades).
  bool checkNames(const Expr& e, const SourceLoc& loc, const ExprCtx& c) {
    bool ok = true;
    for (const std::string& n : ir::freeVars(e)) {
      if (paramValue_.count(n)) continue;
      if (tables_.count(n)) {
        d_.error(loc, "'" + n + "' is a table, not a number, in " + c.where + ": index it (" + n + "[i]) or reduce it (len(" +
                          n + "), sum(" + n + "), min(" + n + "), max(" + n + "))");
        ok = false;
        continue;
      }
      if (paramFailed_.count(n)) {
        ok = false;
        continue;
      }
      if (c.task) {
        auto it = c.task->names.find(n);
        if (it != c.task->names.end()) {
          if (it->second == Kind::Coord || it->second == Kind::Var) {
            if (c.runtime) continue;
            d_.error(loc, "'" + n + "' is a " + kindName(it->second) + " of task '" + c.task->task->name + "'; " + c.where +
                              " may only name parameters");
          } else {
            d_.error(loc, "'" + n + "' is " + (it->second == Kind::Arg ? "an argument" : "a local") +
                              ", not an integer; expressions name parameters, coordinates and loop variables");
          }
          ok = false;
          continue;
        }
        if (c.runtime && std::find(c.task->loops.begin(), c.task->loops.end(), n) != c.task->loops.end()) continue;
      }
      // Innermost names first: closestName keeps the first of equally close candidates.
      std::vector<std::string> cands;
      if (c.task && c.runtime) {
        cands.assign(c.task->loops.rbegin(), c.task->loops.rend());
        for (const std::string& cn : c.task->task->coordNames)
          if (!cn.empty()) cands.push_back(cn);
        for (const ir::TaskVar& tv : c.task->task->vars) cands.push_back(tv.name);
      }
      for (const auto& kv : paramValue_) cands.push_back(kv.first);
      std::string msg = "undefined name " + q(n) + " in " + c.where;
      std::string near = n.size() <= 64 ? closestName(n, cands) : "";
      if (!near.empty()) msg += "; did you mean '" + near + "'?";
      d_.error(loc, msg);
      ok = false;
    }
    return ok;
  }

  ExprPtr foldParams(const ExprPtr& e) {
    return ir::fold(e, [this](const std::string& n) -> std::optional<std::int64_t> {
      auto it = paramValue_.find(n);
      if (it == paramValue_.end()) return std::nullopt;
      return it->second;
    });
  }

  // An expression that may name parameters only, evaluated now.
  std::optional<std::int64_t> constOf(const Json& v, const SourceLoc& loc, const std::string& what, const char* where,
                                      const TaskCtx* task = nullptr) {
    ExprPtr e = exprOf(v, loc, what);
    if (!e) return std::nullopt;
    if (!checkNames(*e, loc, ExprCtx{where, task, false})) return std::nullopt;
    try {
      ExprPtr f = foldParams(e);
      if (f->isConst()) return f->value;
    } catch (const ir::EvalError& x) {
      d_.error(loc, std::string(x.what()) + " in " + what + " '" + ir::toString(*e) + "'");
      return std::nullopt;
    }
    d_.error(loc, what + " is not a constant");  // unreachable after checkNames
    return std::nullopt;
  }

  // An expression checked against the names visible at run time (statements), not evaluated.
  ExprPtr runtimeExpr(const Json& v, const SourceLoc& loc, const std::string& what, const TaskCtx& c) {
    ExprPtr e = exprOf(v, loc, what);
    if (!e) return nullptr;
    if (!checkNames(*e, loc, ExprCtx{"a statement", &c, true})) return nullptr;
    return e;
  }

  // An array of parameter expressions, each >= minExtent (1; a stream array may be empty); rank in
  // [minRank, kMaxRank].
  std::optional<Shape> shapeOf(const Json& v, const SourceLoc& loc, const std::string& what, const char* where,
                               std::size_t minRank, const TaskCtx* task = nullptr, std::int64_t minExtent = 1) {
    if (!expectArray(v, loc, d_, what)) return std::nullopt;
    if (v.size() < minRank) {
      d_.error(loc, what + " needs at least " + std::to_string(minRank) + " extent" + (minRank > 1 ? "s" : ""));
      return std::nullopt;
    }
    if (v.size() > static_cast<std::size_t>(kMaxRank)) {
      d_.error(loc, what + " has rank " + std::to_string(v.size()) + "; the limit is " + std::to_string(kMaxRank));
      return std::nullopt;
    }
    Shape s;
    bool ok = true;
    for (std::size_t i = 0; i < v.size(); ++i) {
      auto x = constOf(v[i], loc.child(i), "an extent", where, task);
      if (!x) {
        ok = false;
        continue;
      }
      if (*x < minExtent) {
        d_.error(loc.child(i), "extent must be >= " + std::to_string(minExtent) + ", found " + std::to_string(*x));
        ok = false;
        continue;
      }
      s.push_back(*x);
    }
    if (!ok) return std::nullopt;
    return s;
  }

  std::optional<ir::DType> dtypeOf(const Json& v, const SourceLoc& loc) {
    if (!expectString(v, loc, d_, "'dtype'")) return std::nullopt;
    const std::string& s = v.get_ref<const std::string&>();
    if (auto t = ir::parseDType(s)) return t;
    std::vector<std::string> names;
    for (std::string_view n : ir::dtypeNames()) names.emplace_back(n);
    std::string msg = "unknown dtype " + q(s);
    std::string near = s.size() <= 64 ? closestName(s, names) : "";
    if (!near.empty()) msg += "; did you mean '" + near + "'?";
    std::string all;
    for (const std::string& n : names) all += (all.empty() ? "" : " ") + n;
    d_.error(loc, msg + " (dtypes: " + all + ")");
    return std::nullopt;
  }

  // ---- params ------------------------------------------------------------------------------

  // Parameters and tables are evaluated together, in dependency order: a table's row selection may name
  // parameters (`"where": {"batch_id": "BATCH"}`) and a parameter may read a table (`"B": "len(KV)"`).
  struct P {
    std::string name;
    SourceLoc loc;
    bool overridden = false;
    std::int64_t value = 0;
    ExprPtr expr;  // a parameter's definition
    // A table: its selection expressions (where values, then the rows pair), what they select from.
    bool isTable = false;
    bool declOk = true;
    std::vector<std::pair<SourceLoc, ExprPtr>> sel;
    std::vector<std::string> whereCols;
    bool hasRows = false;
    std::string trace, column, orderBy;
    TableSelection::Scan scan = TableSelection::Scan::None;
    std::vector<std::int64_t> inlineValues;
    ir::TablePtr table;
    std::vector<std::string> deps() const {
      std::set<std::string> out;
      auto add = [&](const ExprPtr& e) {
        if (!e) return;
        for (std::string& n : ir::freeVars(*e)) out.insert(std::move(n));
        for (std::string& n : ir::tableRefs(*e)) out.insert(std::move(n));
      };
      if (!overridden) add(expr);
      for (const auto& s : sel) add(s.second);
      return {out.begin(), out.end()};
    }
  };

  // One table declaration: `{"trace": PATH, "column": C, "where": {COL: expr}, "rows": [first, count]}` or
  // `{"values": [...]}`.
  P tableDecl(const std::string& name, const Json& t, const SourceLoc& tl) {
    P p;
    p.name = name;
    p.loc = tl;
    p.isTable = true;
    if (!expectObject(t, tl, d_, "table '" + name + "'")) {
      p.declOk = false;
      return p;
    }
    const std::size_t before = d_.errorCount();
    checkKeys(t, tl, {"trace", "column", "where", "rows", "order_by", "scan", "values"}, {}, d_);
    const bool trace = t.contains("trace"), values = t.contains("values");
    if (trace == values) {
      d_.error(tl, "table '" + name + "' needs exactly one of 'trace' (a CSV file and a column) and 'values' (a list of integers)");
    } else if (values) {
      for (const char* k : {"column", "where", "rows", "order_by", "scan"})
        if (t.contains(k)) d_.error(tl.child(k), std::string("'") + k + "' selects from a trace; table '" + name + "' lists its 'values'");
      if (expectArray(t["values"], tl.child("values"), d_, "'values'")) {
        if (t["values"].empty()) d_.error(tl.child("values"), "table '" + name + "' needs at least one value");
        if (t["values"].size() > kMaxTableValues)
          d_.error(tl.child("values"), "table '" + name + "' has more than " +
                                           groupDigits(static_cast<long long>(kMaxTableValues)) + " values");
        else
          for (std::size_t i = 0; i < t["values"].size(); ++i) {
            const Json& x = t["values"][i];
            if (!x.is_number_integer()) {
              d_.error(tl.child("values").child(i), "a table value must be an integer, found " + std::string(jsonTypeName(x)) +
                                                        (x.is_number() ? " " + x.dump() : ""));
              continue;
            }
            if (auto v = getInt64(x, tl.child("values").child(i), d_, "a table value")) p.inlineValues.push_back(*v);
          }
      }
    } else {
      if (expectString(t["trace"], tl.child("trace"), d_, "'trace'")) {
        p.trace = t["trace"].get<std::string>();
        if (p.trace.empty() || p.trace.find('\0') != std::string::npos)
          d_.error(tl.child("trace"), "'trace' must be a file path");
      }
      if (!t.contains("column"))
        d_.error(tl, "table '" + name + "' reads a trace: it needs 'column', the name of the column that holds its values");
      else if (expectString(t["column"], tl.child("column"), d_, "'column'"))
        p.column = t["column"].get<std::string>();
      if (t.contains("where") && expectObject(t["where"], tl.child("where"), d_, "'where'"))
        for (auto it = t["where"].begin(); it != t["where"].end(); ++it) {
          ExprPtr e = exprOf(it.value(), tl.child("where").child(it.key()), "the value of '" + it.key() + "'");
          p.whereCols.push_back(it.key());
          p.sel.emplace_back(tl.child("where").child(it.key()), e);
        }
      if (t.contains("order_by") && expectString(t["order_by"], tl.child("order_by"), d_, "'order_by'"))
        p.orderBy = t["order_by"].get<std::string>();
      if (t.contains("scan") && expectString(t["scan"], tl.child("scan"), d_, "'scan'")) {
        const std::string& sc = t["scan"].get_ref<const std::string&>();
        if (sc == "exclusive")
          p.scan = TableSelection::Scan::Exclusive;
        else if (sc == "inclusive")
          p.scan = TableSelection::Scan::Inclusive;
        else
          d_.error(tl.child("scan"), "'scan' is \"exclusive\" (each value becomes the sum of the values before it) or "
                                     "\"inclusive\" (the sum up to and including it), found '" + printable(sc) + "'");
      }
      if (t.contains("rows") && expectArray(t["rows"], tl.child("rows"), d_, "'rows'")) {
        if (t["rows"].size() != 2) {
          d_.error(tl.child("rows"), "'rows' is [first, count] (rows of the trace after 'where', counted from 0), found " +
                                         std::to_string(t["rows"].size()) + " entries");
        } else {
          p.hasRows = true;
          p.sel.emplace_back(tl.child("rows").child(std::size_t{0}), exprOf(t["rows"][0], tl.child("rows").child(std::size_t{0}), "the first row"));
          p.sel.emplace_back(tl.child("rows").child(1), exprOf(t["rows"][1], tl.child("rows").child(1), "the row count"));
        }
      }
    }
    for (const auto& s : p.sel)
      if (!s.second) p.declOk = false;
    if (d_.errorCount() > before) p.declOk = false;
    return p;
  }

  // The path of a trace named in the graph: relative to the graph file's folder.
  std::string tracePath(const std::string& trace) const {
    std::filesystem::path t(trace);
    if (t.is_absolute()) return t.lexically_normal().string();
    return (std::filesystem::path(file_).parent_path() / t).lexically_normal().string();
  }

  void loadParams(const Json* v, const SourceLoc& loc, const Json* tv, const SourceLoc& tloc) {
    std::vector<P> ps;
    std::map<std::string, int> index;
    if (v && expectObject(*v, loc, d_, "'params'")) {
      for (auto it = v->begin(); it != v->end(); ++it) {
        P p;
        p.name = it.key();
        p.loc = loc.child(p.name);
        if (!checkName(p.name, p.loc, "parameter")) {
          paramFailed_.insert(p.name);  // uses stay silent
          continue;
        }
        p.expr = exprOf(it.value(), p.loc, "parameter '" + p.name + "'");
        index[p.name] = static_cast<int>(ps.size());
        ps.push_back(std::move(p));
      }
    }
    if (tv && expectObject(*tv, tloc, d_, "'tables'")) {
      for (auto it = tv->begin(); it != tv->end(); ++it) {
        const std::string& name = it.key();
        SourceLoc tl = tloc.child(name);
        if (!checkName(name, tl, "table")) {
          paramFailed_.insert(name);
          continue;
        }
        if (index.count(name)) {
          d_.error(tl, "table '" + name + "' has the name of a parameter (parameters and tables share one namespace)");
          paramFailed_.insert(name);
          continue;
        }
        index[name] = static_cast<int>(ps.size());
        ps.push_back(tableDecl(name, it.value(), tl));
      }
    }
    for (const auto& [name, value] : opts_.paramOverrides) {
      auto it = index.find(name);
      if (it != index.end() && ps[static_cast<std::size_t>(it->second)].isTable) {
        d_.error(loc, "'" + printable(name) + "' (from --param " + printable(name) + "=" + std::to_string(value) +
                          ") is a table, not a parameter; choose its rows with a parameter in its 'where' or 'rows'");
        continue;
      }
      if (it == index.end()) {
        std::vector<std::string> cands;
        for (const P& p : ps)
          if (!p.isTable) cands.push_back(p.name);
        std::string msg = "unknown parameter " + q(name) + " (from --param " + printable(name) + "=" +
                          std::to_string(value) + ")";
        std::string near = closestName(name, cands);
        if (!near.empty()) msg += "; did you mean '" + near + "'?";
        if (cands.empty()) msg += "; the graph has no parameters";
        d_.error(loc, msg);
        continue;
      }
      P& p = ps[static_cast<std::size_t>(it->second)];
      p.overridden = true;
      p.value = value;
    }

    // A parameter's or selection's expression, with the tables and parameters evaluated so far.
    auto evalIn = [&](const ExprPtr& e, const SourceLoc& at, const std::string& what) -> std::optional<std::int64_t> {
      auto isTable = [&](const std::string& n) {
        auto jt = index.find(n);
        return jt != index.end() && ps[static_cast<std::size_t>(jt->second)].isTable;
      };
      try {
        std::vector<std::string> unbound;
        ExprPtr b = ir::bindTables(
            e,
            [&](const std::string& n) -> ir::TablePtr {
              auto jt = index.find(n);
              return jt == index.end() ? nullptr : ps[static_cast<std::size_t>(jt->second)].table;
            },
            unbound);
        for (const std::string& n : unbound)
          if (!isTable(n)) d_.error(at, "'" + n + "' is a parameter, not a table, in " + what + " = " + ir::toString(*e));
        if (!unbound.empty()) return std::nullopt;
        for (const std::string& n : ir::freeVars(*b))
          if (isTable(n)) {
            d_.error(at, "'" + n + "' is a table, not a number, in " + what + " = " + ir::toString(*e) + ": index it (" +
                             n + "[i]) or reduce it (len(" + n + "), sum(" + n + "), min(" + n + "), max(" + n + "))");
            return std::nullopt;
          }
        ExprPtr f = ir::fold(b, [&](const std::string& n) -> std::optional<std::int64_t> {
          auto jt = index.find(n);
          if (jt == index.end()) return std::nullopt;
          return ps[static_cast<std::size_t>(jt->second)].value;
        });
        if (f->isConst()) return f->value;
      } catch (const ir::EvalError& x) {
        d_.error(at, std::string(x.what()) + " in " + what + " = " + ir::toString(*e));
      }
      return std::nullopt;
    };
    std::map<std::string, std::shared_ptr<const TraceFile>> traces;
    auto evalTable = [&](P& p) -> bool {
      auto t = std::make_shared<ir::Table>();
      std::string desc;  // how a trace's rows were chosen
      if (p.trace.empty()) {
        // Non-empty: checked at the declaration.
        t->name = p.name;
        t->values = p.inlineValues;
        t->lo = *std::min_element(t->values.begin(), t->values.end());
        t->hi = *std::max_element(t->values.begin(), t->values.end());
      } else {
        TableSelection sel;
        sel.column = p.column;
        sel.loc = p.loc;
        sel.orderBy = p.orderBy;
        sel.scan = p.scan;
        for (std::size_t w = 0; w < p.whereCols.size(); ++w) {
          auto x = evalIn(p.sel[w].second, p.sel[w].first, "the value of '" + p.whereCols[w] + "'");
          if (!x) return false;
          sel.where.emplace_back(p.whereCols[w], *x);
        }
        if (p.hasRows) {
          auto first = evalIn(p.sel[p.whereCols.size()].second, p.sel[p.whereCols.size()].first, "the first row");
          auto count = evalIn(p.sel[p.whereCols.size() + 1].second, p.sel[p.whereCols.size() + 1].first, "the row count");
          if (!first || !count) return false;
          sel.first = *first;
          sel.count = *count;
        }
        const std::string path = tracePath(p.trace);
        auto it = traces.find(path);
        if (it == traces.end())
          it = traces.emplace(path, readTraceFile(path, " (trace of table '" + p.name + "', " + p.loc.child("trace").str() + ")", d_)).first;
        if (!it->second) return false;
        auto sel2 = selectTable(p.name, *it->second, sel, d_);
        if (!sel2) return false;
        *t = std::move(*sel2);
        desc = p.column;
        for (const auto& [col, val] : sel.where) desc += (desc == p.column ? " where " : " and ") + col + " == " + std::to_string(val);
        if (sel.first) desc += " rows " + std::to_string(*sel.first) + ".." + std::to_string(*sel.first + *sel.count - 1);
        if (!sel.orderBy.empty()) desc += " ordered by " + sel.orderBy;
        if (sel.scan != TableSelection::Scan::None)
          desc += sel.scan == TableSelection::Scan::Exclusive ? ", exclusive prefix sums" : ", inclusive prefix sums";
      }
      g_.tables.push_back(ir::TableDecl{p.name, p.trace, desc, t, p.loc});
      p.table = std::move(t);
      return true;
    };

    // Evaluate in dependency order: an iterative depth-first search, so that long chains of
    // parameters cannot exhaust the stack.
    enum State { New, Active, Done, Failed };
    std::vector<State> state(ps.size(), New);
    struct Frame {
      int p;
      std::vector<std::string> deps;
      std::size_t next = 0;
      bool failed = false;
    };
    std::vector<Frame> stack;
    auto push = [&](int p) {
      P& pp = ps[static_cast<std::size_t>(p)];
      if (pp.isTable ? !pp.declOk : (!pp.overridden && !pp.expr)) {
        state[static_cast<std::size_t>(p)] = Failed;  // its error is reported
        return;
      }
      state[static_cast<std::size_t>(p)] = Active;
      Frame f;
      f.p = p;
      f.deps = pp.deps();
      stack.push_back(std::move(f));
    };
    for (int root = 0; root < static_cast<int>(ps.size()); ++root) {
      if (state[static_cast<std::size_t>(root)] != New) continue;
      push(root);
      while (!stack.empty()) {
        Frame& f = stack.back();
        P& p = ps[static_cast<std::size_t>(f.p)];
        const std::string what = std::string(p.isTable ? "table '" : "parameter '") + p.name + "'";
        if (f.next < f.deps.size()) {
          std::string dep = f.deps[f.next++];
          auto it = index.find(dep);
          if (it == index.end()) {
            if (paramFailed_.count(dep)) {  // an invalid name, reported at its declaration
              f.failed = true;
              continue;
            }
            std::vector<std::string> cands;
            for (const P& x : ps) cands.push_back(x.name);
            std::string msg = "undefined name " + q(dep) + " in " + what;
            std::string near = dep.size() <= 64 ? closestName(dep, cands) : "";
            if (!near.empty()) msg += "; did you mean '" + near + "'?";
            d_.error(p.loc, msg);
            f.failed = true;
            continue;
          }
          int qd = it->second;
          State s = state[static_cast<std::size_t>(qd)];
          if (s == New) {
            push(qd);  // invalidates f
            if (state[static_cast<std::size_t>(qd)] == Failed) stack.back().failed = true;
            continue;
          }
          if (s == Active) {
            std::size_t k = 0;
            while (stack[k].p != qd) ++k;
            std::string cyc;
            for (std::size_t i = k; i < stack.size(); ++i) {
              cyc += ps[static_cast<std::size_t>(stack[i].p)].name + " -> ";
              stack[i].failed = true;
            }
            cyc += ps[static_cast<std::size_t>(qd)].name;
            d_.error(ps[static_cast<std::size_t>(qd)].loc, "cyclic parameter definitions: " + cyc);
            continue;
          }
          if (s == Failed) f.failed = true;
          continue;
        }
        bool ok = !f.failed;
        if (ok && p.isTable) {
          ok = evalTable(p);
        } else if (ok && !p.overridden) {
          auto x = evalIn(p.expr, p.loc, what);
          if (x) p.value = *x;
          ok = x.has_value();
        }
        state[static_cast<std::size_t>(f.p)] = ok ? Done : Failed;
        stack.pop_back();
        if (!ok && !stack.empty()) stack.back().failed = true;
      }
    }
    for (std::size_t i = 0; i < ps.size(); ++i) {
      if (state[i] != Done) {
        paramFailed_.insert(ps[i].name);
        continue;
      }
      if (ps[i].isTable) {
        tables_[ps[i].name] = ps[i].table;
        continue;
      }
      paramValue_[ps[i].name] = ps[i].value;
      g_.params.push_back(ir::Param{ps[i].name, ps[i].value, ps[i].overridden, ps[i].loc});
    }
    tablesReady_ = true;
    // Declaration order in the IR (evaluation order may differ).
    std::stable_sort(g_.tables.begin(), g_.tables.end(), [&](const ir::TableDecl& a, const ir::TableDecl& b) {
      return index[a.name] < index[b.name];
    });
  }

  // ---- tensors and streams -----------------------------------------------------------------

  void loadTensors(const Json& v, const SourceLoc& loc) {
    if (!expectObject(v, loc, d_, "'tensors'")) return;
    for (auto it = v.begin(); it != v.end(); ++it) {
      const std::string& name = it.key();
      SourceLoc tl = loc.child(name);
      tensorsDeclared_.insert(name);
      const Json& t = it.value();
      bool ok = checkName(name, tl, "tensor");
      if (!expectObject(t, tl, d_, "tensor '" + printable(name) + "'")) continue;
      ok = checkKeys(t, tl, {"dtype", "shape", "role"}, {"dtype", "shape", "role"}, d_, "tensor '" + printable(name) + "'") && ok;
      ir::Tensor x;
      x.name = name;
      x.loc = tl;
      if (t.contains("dtype")) {
        auto dt = dtypeOf(t["dtype"], tl.child("dtype"));
        ok = ok && dt;
        if (dt) x.dtype = *dt;
      }
      if (t.contains("shape")) {
        auto s = shapeOf(t["shape"], tl.child("shape"), "tensor shape", "a tensor shape", 1);
        ok = ok && s;
        if (s) {
          x.shape = *s;
          if (productSat(x.shape) > kMaxTensorElements) {
            d_.error(tl.child("shape"), "tensor '" + name + "' has " + groupDigits(productSat(x.shape)) +
                                            " elements; the limit is 2^40 (" + groupDigits(kMaxTensorElements) + ")");
            ok = false;
          }
        }
      }
      if (t.contains("role") && expectString(t["role"], tl.child("role"), d_, "'role'")) {
        const std::string& r = t["role"].get_ref<const std::string&>();
        if (r == "input")
          x.role = ir::TensorRole::Input;
        else if (r == "output")
          x.role = ir::TensorRole::Output;
        else if (r == "inout")
          x.role = ir::TensorRole::InOut;
        else {
          std::string near = closestName(r, {"input", "output", "inout"});
          d_.error(tl.child("role"), "unknown role " + q(r) + (near.empty() ? "" : "; did you mean '" + near + "'?") +
                                         " (roles: input, output, inout)");
          ok = false;
        }
      } else {
        ok = false;
      }
      if (ok) g_.tensors.push_back(std::move(x));
    }
  }

  // ---- mapping hints -------------------------------------------------------------------------
  // {"chain": [["producer", "consumer"], ...], "bundle": [["a", "b", ...], ...]}: instance names,
  // checked by the mapper once the instances exist.

  void loadMappingHints(const Json& v, const SourceLoc& loc) {
    if (!expectObject(v, loc, d_, "'mapping'")) return;
    checkKeys(v, loc, {"chain", "bundle"}, {}, d_, "'mapping'");
    auto names = [&](const Json& a, const SourceLoc& al, const std::string& what) -> std::optional<std::vector<std::string>> {
      if (!expectArray(a, al, d_, what)) return std::nullopt;
      std::vector<std::string> out;
      bool ok = true;
      for (std::size_t i = 0; i < a.size(); ++i) {
        if (!expectString(a[i], al.child(i), d_, "an instance name")) {
          ok = false;
          continue;
        }
        out.push_back(a[i].get<std::string>());
      }
      if (!ok) return std::nullopt;
      return out;
    };
    if (v.contains("chain") && expectArray(v["chain"], loc.child("chain"), d_, "'mapping/chain'")) {
      const Json& c = v["chain"];
      for (std::size_t i = 0; i < c.size(); ++i) {
        const SourceLoc el = loc.child("chain").child(i);
        auto n = names(c[i], el, "a chain");
        if (!n) continue;
        if (n->size() != 2) {
          d_.error(el, "a chain is [producer, consumer], two instance names; found " + std::to_string(n->size()));
          continue;
        }
        g_.mappingHints.chains.push_back({(*n)[0], (*n)[1], el});
      }
    }
    if (v.contains("bundle") && expectArray(v["bundle"], loc.child("bundle"), d_, "'mapping/bundle'")) {
      const Json& b = v["bundle"];
      for (std::size_t i = 0; i < b.size(); ++i) {
        const SourceLoc el = loc.child("bundle").child(i);
        auto n = names(b[i], el, "a bundle");
        if (!n) continue;
        if (n->size() < 2) {
          d_.error(el, "a bundle lists at least two instances; found " + std::to_string(n->size()));
          continue;
        }
        g_.mappingHints.bundles.push_back({*n, el});
      }
    }
  }

  // ---- reference ---------------------------------------------------------------------------

  // A reference tensor's `init`: {"index": [one name per dimension], "value": expr of those names,
  // parameters and tables}. The names become loop-variable slots 0..rank-1. nullptr when reported.
  ExprPtr refInit(const Json& v, const SourceLoc& loc, const Shape& shape) {
    if (!expectObject(v, loc, d_, "'init'") ||
        !checkKeys(v, loc, {"index", "value"}, {"index", "value"}, d_, "'init'"))
      return nullptr;
    if (!expectArray(v["index"], loc.child("index"), d_, "'index'")) return nullptr;
    std::vector<std::string> idx;
    bool ok = true;
    if (v["index"].size() != shape.size()) {
      d_.error(loc.child("index"), "'index' names one index per dimension: the tensor has rank " +
                                       std::to_string(shape.size()) + ", found " + std::to_string(v["index"].size()));
      ok = false;
    }
    for (std::size_t i = 0; i < v["index"].size(); ++i) {
      const SourceLoc il = loc.child("index").child(i);
      if (!expectString(v["index"][i], il, d_, "an index name")) {
        ok = false;
        continue;
      }
      const std::string n = v["index"][i].get<std::string>();
      if (!checkName(n, il, "index")) {
        ok = false;
        continue;
      }
      if (paramValue_.count(n) || tables_.count(n) || std::find(idx.begin(), idx.end(), n) != idx.end()) {
        d_.error(il, "index '" + n + "' has the name of " +
                         (paramValue_.count(n) ? "a parameter" : tables_.count(n) ? "a table" : "another index"));
        ok = false;
        continue;
      }
      idx.push_back(n);
    }
    ExprPtr e = exprOf(v["value"], loc.child("value"), "'value'");
    if (!ok || !e) return nullptr;
    for (const std::string& n : ir::freeVars(*e)) {
      if (paramValue_.count(n) || std::find(idx.begin(), idx.end(), n) != idx.end()) continue;
      if (paramFailed_.count(n)) return nullptr;
      std::vector<std::string> cands = idx;
      for (const auto& kv : paramValue_) cands.push_back(kv.first);
      const std::string near = n.size() <= 64 ? closestName(n, cands) : "";
      d_.error(loc.child("value"), "undefined name " + q(n) + " in 'value' (it may name its indices, parameters and tables)" +
                                       (near.empty() ? "" : "; did you mean '" + near + "'?"));
      return nullptr;
    }
    try {
      e = foldParams(e);
    } catch (const ir::EvalError& x) {
      d_.error(loc.child("value"), std::string(x.what()) + " in 'value' '" + ir::toString(*e) + "'");
      return nullptr;
    }
    std::vector<std::string> unbound;
    e = ir::bindSlots(
        e,
        [&](const std::string& n) {
          auto it = std::find(idx.begin(), idx.end(), n);
          return it == idx.end() ? -1 : static_cast<int>(it - idx.begin());
        },
        unbound);
    return unbound.empty() ? e : nullptr;
  }

  void loadReference(const Json& v, const SourceLoc& loc) {
    ir::Reference& r = g_.reference;
    r.loc = loc;
    if (!expectObject(v, loc, d_, "'reference'")) return;
    bool ok = checkKeys(v, loc, {"tensors", "steps", "tolerance"}, {"steps"}, d_, "'reference'");
    std::map<std::string, ir::RefOperand> names;  // every operand name -> what it is
    for (std::size_t i = 0; i < g_.tensors.size(); ++i) names[g_.tensors[i].name] = ir::RefOperand{false, static_cast<int>(i)};
    std::set<std::string> broken = tensorsDeclared_;  // declared names whose declaration failed
    for (const ir::Tensor& t : g_.tensors) broken.erase(t.name);
    if (v.contains("tensors")) {
      const SourceLoc tl = loc.child("tensors");
      if (expectObject(v["tensors"], tl, d_, "'reference/tensors'")) {
        for (auto it = v["tensors"].begin(); it != v["tensors"].end(); ++it) {
          const std::string& name = it.key();
          const SourceLoc el = tl.child(name);
          bool tok = checkName(name, el, "reference tensor");
          if (tok && tensorsDeclared_.count(name)) {
            d_.error(el, "reference tensor '" + name + "' has the name of the global tensor '" + name +
                             "' (reference tensors hold intermediate results; choose another name)");
            tok = false;
          }
          if (!expectObject(it.value(), el, d_, "reference tensor '" + printable(name) + "'")) {
            broken.insert(name);
            ok = false;
            continue;
          }
          const Json& t = it.value();
          tok = checkKeys(t, el, {"dtype", "shape", "init"}, {"dtype", "shape"}, d_,
                          "reference tensor '" + printable(name) + "'") &&
                tok;
          ir::RefTensor x;
          x.name = name;
          x.loc = el;
          if (t.contains("dtype")) {
            auto dt = dtypeOf(t["dtype"], el.child("dtype"));
            tok = tok && dt;
            if (dt) x.dtype = *dt;
          }
          if (t.contains("shape")) {
            auto sh = shapeOf(t["shape"], el.child("shape"), "reference tensor shape", "a tensor shape", 0);
            tok = tok && sh;
            if (sh) {
              x.shape = *sh;
              if (productSat(x.shape) > kMaxTensorElements) {
                d_.error(el.child("shape"), "reference tensor '" + name + "' has " + groupDigits(productSat(x.shape)) +
                                                " elements; the limit is 2^40 (" + groupDigits(kMaxTensorElements) + ")");
                tok = false;
              }
            }
          }
          if (tok && t.contains("init")) {
            x.init = refInit(t["init"], el.child("init"), x.shape);
            tok = x.init != nullptr;
          }
          if (!tok) {
            broken.insert(name);
            ok = false;
            continue;
          }
          names[name] = ir::RefOperand{true, static_cast<int>(r.temps.size())};
          r.temps.push_back(std::move(x));
        }
      } else {
        ok = false;
      }
    }
    if (v.contains("tolerance")) ok = loadTolerance(v["tolerance"], loc.child("tolerance"), r) && ok;
    std::set<int> written;
    if (v.contains("steps")) {
      const SourceLoc sl = loc.child("steps");
      if (expectArray(v["steps"], sl, d_, "'reference/steps'")) {
        if (v["steps"].empty()) {
          d_.error(sl, "'reference/steps' needs at least one step");
          ok = false;
        }
        for (std::size_t i = 0; i < v["steps"].size(); ++i) {
          std::optional<ir::RefStep> st = loadRefStep(v["steps"][i], sl.child(i), names, broken);
          if (!st) {
            ok = false;
            continue;
          }
          if (!st->out.temp) written.insert(st->out.index);
          r.steps.push_back(std::move(*st));
        }
      } else {
        ok = false;
      }
    }
    if (!ok) return;
    for (std::size_t i = 0; i < g_.tensors.size(); ++i)
      if (g_.tensors[i].role == ir::TensorRole::Output && !written.count(static_cast<int>(i)))
        d_.error(loc.child("steps"), "the reference never writes the output tensor '" + g_.tensors[i].name +
                                         "': every output needs a step with \"out\": \"" + g_.tensors[i].name + "\"");
    r.present = true;
  }

  bool loadTolerance(const Json& v, const SourceLoc& loc, ir::Reference& r) {
    if (!expectObject(v, loc, d_, "'reference/tolerance'")) return false;
    bool ok = checkKeys(v, loc, {"rtol", "atol"}, {}, d_, "'reference/tolerance'");
    for (const char* key : {"rtol", "atol"}) {
      if (!v.contains(key)) continue;
      const SourceLoc kl = loc.child(key);
      if (!expectNumber(v[key], kl, d_, std::string("'") + key + "'")) {
        ok = false;
        continue;
      }
      const double x = v[key].get<double>();
      if (!(x >= 0) || !std::isfinite(x)) {
        d_.error(kl, std::string("'") + key + "' must be a finite number >= 0, found " + v[key].dump());
        ok = false;
        continue;
      }
      (std::string(key) == "rtol" ? r.rtol : r.atol) = x;
    }
    return ok;
  }

  // One operand name of a reference step; -1 index (and an error) if it names nothing usable.
  std::optional<ir::RefOperand> refOperand(const Json& v, const SourceLoc& loc,
                                           const std::map<std::string, ir::RefOperand>& names,
                                           const std::set<std::string>& broken) {
    if (!expectString(v, loc, d_, "a tensor name")) return std::nullopt;
    const std::string& n = v.get_ref<const std::string&>();
    auto it = names.find(n);
    if (it != names.end()) return it->second;
    if (broken.count(n)) return std::nullopt;  // its declaration has an error already
    std::vector<std::string> all;
    for (const auto& kv : names) all.push_back(kv.first);
    std::string near = n.size() <= 64 ? closestName(n, all) : "";
    d_.error(loc, "unknown tensor " + q(n) + (near.empty() ? "" : "; did you mean '" + near + "'?") +
                      " (a reference step names global tensors and the reference's own 'tensors')");
    return std::nullopt;
  }

  std::optional<ir::RefStep> loadRefStep(const Json& v, const SourceLoc& loc,
                                         const std::map<std::string, ir::RefOperand>& names,
                                         const std::set<std::string>& broken) {
    if (!expectObject(v, loc, d_, "a reference step")) return std::nullopt;
    bool ok = checkKeys(v, loc, {"compute", "in", "out", "accumulate", "attrs", "batch"}, {"compute", "out"}, d_,
                        "a reference step");
    ir::RefStep st;
    st.loc = loc;
    if (v.contains("compute") && expectString(v["compute"], loc.child("compute"), d_, "a kernel name")) {
      st.kernel = v["compute"].get<std::string>();
      st.info = kernels::findKernel(st.kernel);
      if (!st.info) {
        std::vector<std::string> kn;
        for (const kernels::Kernel& k : kernels::library()) kn.push_back(k.info.name);
        std::string near = st.kernel.size() <= 64 ? closestName(st.kernel, kn) : "";
        d_.error(loc.child("compute"), "unknown kernel " + q(st.kernel) +
                                           (near.empty() ? "" : "; did you mean '" + near + "'?") +
                                           " (datosim --list-kernels lists them)");
        ok = false;
      } else if (st.info->cls == ir::KernelClass::Custom) {
        d_.error(loc.child("compute"), "kernel 'custom' has no semantics and cannot be a reference step");
        ok = false;
      }
    } else {
      ok = false;
    }
    bool operandsOk = true;
    if (v.contains("in")) {
      const SourceLoc il = loc.child("in");
      if (expectArray(v["in"], il, d_, "'in'")) {
        for (std::size_t i = 0; i < v["in"].size(); ++i) {
          auto o = refOperand(v["in"][i], il.child(i), names, broken);
          operandsOk = operandsOk && o;
          if (o) st.ins.push_back(*o);
        }
      } else {
        operandsOk = false;
      }
    }
    if (v.contains("out")) {
      auto o = refOperand(v["out"], loc.child("out"), names, broken);
      operandsOk = operandsOk && o;
      if (o) {
        st.out = *o;
        if (!o->temp && g_.tensors[static_cast<std::size_t>(o->index)].role == ir::TensorRole::Input) {
          d_.error(loc.child("out"), "the reference writes the input tensor '" +
                                         g_.tensors[static_cast<std::size_t>(o->index)].name +
                                         "'; it may write outputs, inouts and its own tensors");
          ok = false;
        }
      }
    }
    if (v.contains("accumulate") && expectBool(v["accumulate"], loc.child("accumulate"), d_, "'accumulate'")) {
      st.accumulate = v["accumulate"].get<bool>();
      if (st.accumulate && st.info && !st.info->allowAccumulate) {
        d_.error(loc.child("accumulate"), "kernel '" + st.kernel + "' cannot accumulate ('accumulate' is for matmul)");
        ok = false;
      }
    } else if (v.contains("accumulate")) {
      ok = false;
    }
    if (v.contains("attrs")) {
      const SourceLoc al = loc.child("attrs");
      if (expectObject(v["attrs"], al, d_, "'attrs'")) {
        for (auto it = v["attrs"].begin(); it != v["attrs"].end(); ++it) {
          if (!expectNumber(it.value(), al.child(it.key()), d_, "attribute '" + printable(it.key()) + "'")) {
            ok = false;
            continue;
          }
          st.attrs[it.key()] = it.value().get<double>();
        }
      } else {
        ok = false;
      }
    }
    if (v.contains("batch")) {
      auto b = getInt64(v["batch"], loc.child("batch"), d_, "'batch'");
      if (b && (*b < 0 || *b > kMaxRank)) {
        d_.error(loc.child("batch"), "'batch' must be in [0, " + std::to_string(kMaxRank) + "], found " +
                                         std::to_string(*b));
        b.reset();
      }
      ok = ok && b;
      if (b) st.batch = static_cast<int>(*b);
    }
    if (!ok || !operandsOk || !st.info) return std::nullopt;
    if (std::string why = checkRefOperands(st); !why.empty()) {
      d_.error(loc, why);
      return std::nullopt;
    }
    return st;
  }

  std::pair<ir::DType, Shape> refTypeOf(const ir::RefOperand& o) const {
    if (o.temp) {
      const ir::RefTensor& t = g_.reference.temps[static_cast<std::size_t>(o.index)];
      return {t.dtype, t.shape};
    }
    const ir::Tensor& t = g_.tensors[static_cast<std::size_t>(o.index)];
    return {t.dtype, t.shape};
  }

  std::string refName(const ir::RefOperand& o) const {
    return o.temp ? g_.reference.temps[static_cast<std::size_t>(o.index)].name
                  : g_.tensors[static_cast<std::size_t>(o.index)].name;
  }

  // The kernel's operand check on the per-batch sub-tensors; "" when they fit.
  std::string checkRefOperands(const ir::RefStep& st) const {
    std::vector<ir::RefOperand> all = st.ins;
    all.push_back(st.out);
    Shape batchDims;
    std::vector<ir::LocalVar> vars;
    for (std::size_t i = 0; i < all.size(); ++i) {
      auto [dt, shape] = refTypeOf(all[i]);
      const std::string name = refName(all[i]);
      if (static_cast<std::size_t>(st.batch) > shape.size())
        return "'batch' is " + std::to_string(st.batch) + " but '" + name + "' (" + typeDesc(dt, shape) + ") has rank " +
               std::to_string(shape.size());
      Shape lead(shape.begin(), shape.begin() + st.batch);
      if (i == 0) batchDims = lead;
      if (lead != batchDims)
        return "the " + std::to_string(st.batch) + " batch dimension(s) of the operands differ: '" + refName(all[0]) +
               "' has " + ir::shapeString(batchDims) + ", '" + name + "' has " + ir::shapeString(lead);
      vars.push_back(ir::LocalVar{name, dt, Shape(shape.begin() + st.batch, shape.end()), {}});
    }
    std::vector<const ir::LocalVar*> ins;
    for (std::size_t i = 0; i + 1 < vars.size(); ++i) ins.push_back(&vars[i]);
    return kernels::check(*st.info, ins, &vars.back(), st.attrs);
  }

  void loadStreams(const Json& v, const SourceLoc& loc) {
    if (!expectObject(v, loc, d_, "'streams'")) return;
    for (auto it = v.begin(); it != v.end(); ++it) {
      const std::string& name = it.key();
      SourceLoc sl = loc.child(name);
      streamsDeclared_.insert(name);
      const Json& s = it.value();
      bool ok = checkName(name, sl, "stream");
      if (!expectObject(s, sl, d_, "stream '" + printable(name) + "'")) continue;
      ok = checkKeys(s, sl, {"dtype", "tile", "depth", "array"}, {"dtype", "tile", "depth"}, d_,
                     "stream '" + printable(name) + "'") && ok;
      ir::StreamDecl x;
      x.name = name;
      x.loc = sl;
      if (s.contains("dtype")) {
        auto dt = dtypeOf(s["dtype"], sl.child("dtype"));
        ok = ok && dt;
        if (dt) x.dtype = *dt;
      }
      if (s.contains("tile")) {
        auto t = shapeOf(s["tile"], sl.child("tile"), "stream tile", "a stream tile", 0);
        ok = ok && t;
        if (t) {
          x.tile = *t;
          if (productSat(x.tile) > kMaxTileElements) {
            d_.error(sl.child("tile"), "tokens of stream '" + name + "' have " + groupDigits(productSat(x.tile)) +
                                           " elements; the limit is 2^26 (" + groupDigits(kMaxTileElements) + ")");
            ok = false;
          }
        }
      }
      if (s.contains("depth")) {
        auto dep = constOf(s["depth"], sl.child("depth"), "stream depth", "a stream depth");
        if (dep && (*dep < 1 || *dep > kMaxDepth)) {
          d_.error(sl.child("depth"), "stream depth must be in [1, " + groupDigits(kMaxDepth) + "] tokens, found " +
                                          std::to_string(*dep));
          dep.reset();
        }
        ok = ok && dep;
        if (dep) x.depth = *dep;
      }
      if (s.contains("array")) {
        // An empty stream array (extent 0) has no streams: a graph swept down to one stage keeps its
        // declarations, and any statement still using one is an error when the graph is elaborated.
        auto a = shapeOf(s["array"], sl.child("array"), "stream array", "a stream array", 1, nullptr, 0);
        ok = ok && a;
        if (a) {
          x.dims = *a;
          std::int64_t n = productSat(x.dims);
          if (n > kMaxStreamArrayElements) {
            d_.error(sl.child("array"), "stream array '" + name + "' has " + groupDigits(n) +
                                            " elements; the limit is 2^20 (" + groupDigits(kMaxStreamArrayElements) + ")");
            ok = false;
          } else if ((totalStreamElements_ += n) > kMaxAllStreamElements) {
            d_.error(sl.child("array"), "stream arrays have more than " + groupDigits(kMaxAllStreamElements) +
                                            " elements in all (the limit is 2^22)");
            ok = false;
          }
        }
      }
      if (ok) g_.streams.push_back(std::move(x));
    }
  }

  // ---- tasks -------------------------------------------------------------------------------

  void loadTasks(const Json& v, const SourceLoc& loc) {
    if (!expectObject(v, loc, d_, "'tasks'")) return;
    if (v.empty()) {
      d_.error(loc, "a graph needs at least one task");
      return;
    }
    for (auto it = v.begin(); it != v.end(); ++it) loadTask(it.key(), it.value(), loc.child(it.key()));
  }

  void loadTask(const std::string& name, const Json& v, const SourceLoc& loc) {
    bool ok = checkName(name, loc, "task");
    if (!expectObject(v, loc, d_, "task '" + printable(name) + "'")) return;
    ok = checkKeys(v, loc, {"mapping", "coords", "args", "locals", "vars", "body", "stack_bytes"}, {"mapping", "body"}, d_,
                   "task '" + printable(name) + "'") && ok;
    ir::Task t;
    t.name = name;
    t.loc = loc;
    TaskCtx c;
    c.task = &t;

    if (v.contains("mapping")) {
      auto m = shapeOf(v["mapping"], loc.child("mapping"), "'mapping'", "a mapping", 1);
      if (m) {
        t.mapping = *m;
        c.mappingOk = true;
        std::int64_t n = productSat(t.mapping);
        bool wasOver = totalInstances_ > kMaxInstances;
        totalInstances_ += std::min(n, kMaxInstances + 1);  // no overflow: at most 10,000 tasks
        if (n > kMaxInstances) {
          d_.error(loc.child("mapping"), "task '" + name + "' has " + groupDigits(n) + " instances; the limit is " +
                                             groupDigits(kMaxInstances) + " in the whole graph");
          ok = false;
        } else if (totalInstances_ > kMaxInstances && !wasOver) {
          d_.error(loc.child("mapping"), "with task '" + name + "' the graph has more than " + groupDigits(kMaxInstances) +
                                             " instances (the limit)");
          ok = false;
        }
      } else {
        ok = false;
      }
    }

    if (v.contains("stack_bytes")) {
      auto sb = constOf(v["stack_bytes"], loc.child("stack_bytes"), "stack size", "a task's stack_bytes");
      if (sb && (*sb < 0 || *sb > kMaxStackBytes)) {
        d_.error(loc.child("stack_bytes"), "stack_bytes must be in [0, " + groupDigits(kMaxStackBytes) +
                                               "] bytes, found " + std::to_string(*sb));
        sb.reset();
      }
      ok = ok && sb;
      if (sb) t.stackBytes = *sb;
    }

    if (v.contains("coords")) {
      SourceLoc cl = loc.child("coords");
      const Json& cs = v["coords"];
      if (expectArray(cs, cl, d_, "'coords'")) {
        if (c.mappingOk && cs.size() != t.mapping.size()) {
          d_.error(cl, "'coords' has " + std::to_string(cs.size()) + " name" + (cs.size() == 1 ? "" : "s") +
                           " but the mapping has " + std::to_string(t.mapping.size()) + " axes");
          ok = false;
        }
        for (std::size_t i = 0; i < cs.size(); ++i) {
          if (!expectString(cs[i], cl.child(i), d_, "a coordinate name")) {
            ok = false;
            continue;
          }
          std::string cn = cs[i].get<std::string>();
          if (!checkName(cn, cl.child(i), "coordinate") || !checkUnique(cn, Kind::Coord, cl.child(i), c)) {
            ok = false;
            continue;
          }
          c.names[cn] = Kind::Coord;
          t.coordNames.push_back(cn);
        }
      } else {
        ok = false;
      }
    }
    if (t.coordNames.size() < t.mapping.size()) t.coordNames.resize(t.mapping.size());

    if (v.contains("args") && !loadArgs(v["args"], loc.child("args"), c)) {
      ok = false;
      c.argsBroken = !v["args"].is_object();
    }
    if (v.contains("locals") && !loadLocals(v["locals"], loc.child("locals"), c)) {
      ok = false;
      c.localsBroken = !v["locals"].is_object();
    }
    if (v.contains("vars") && !loadVars(v["vars"], loc.child("vars"), c)) ok = false;

    if (v.contains("body")) {
      SourceLoc bl = loc.child("body");
      if (expectArray(v["body"], bl, d_, "a task body")) {
        if (v["body"].empty()) {
          d_.error(bl, "task '" + name + "' has an empty body");
          ok = false;
        }
        t.body = parseBlock(v["body"], bl, c, 1);
      } else {
        ok = false;
      }
    }
    if (ok) g_.tasks.push_back(std::move(t));
  }

  bool loadArgs(const Json& v, const SourceLoc& loc, TaskCtx& c) {
    if (!expectObject(v, loc, d_, "'args'")) return false;
    bool all = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
      const std::string& name = it.key();
      SourceLoc al = loc.child(name);
      const Json& a = it.value();
      bool ok = checkName(name, al, "argument") && checkUnique(name, Kind::Arg, al, c);
      c.names.emplace(name, Kind::Arg);
      if (!ok) c.brokenArgs.insert(name);
      if (!expectObject(a, al, d_, "argument '" + printable(name) + "'") ||
          !checkKeys(a, al, {"tensor", "layout"}, {"tensor", "layout"}, d_, "argument '" + printable(name) + "'")) {
        c.brokenArgs.insert(name);
        all = false;
        continue;
      }
      ir::TaskArg x;
      x.name = name;
      x.loc = al;
      const ir::Tensor* tensor = nullptr;
      if (expectString(a["tensor"], al.child("tensor"), d_, "'tensor'")) {
        const std::string& tn = a["tensor"].get_ref<const std::string&>();
        x.tensor = g_.findTensor(tn);
        if (x.tensor >= 0) {
          tensor = &g_.tensors[static_cast<std::size_t>(x.tensor)];
        } else if (!tensorsDeclared_.count(tn)) {
          std::vector<std::string> cands(tensorsDeclared_.begin(), tensorsDeclared_.end());
          std::string near = tn.size() <= 64 ? closestName(tn, cands) : "";
          d_.error(al.child("tensor"), "unknown tensor " + q(tn) + (near.empty() ? "" : "; did you mean '" + near + "'?"));
        }
      }
      bool layoutOk = false;
      SourceLoc ll = al.child("layout");
      if (expectArray(a["layout"], ll, d_, "'layout'")) {
        layoutOk = true;
        const Json& lay = a["layout"];
        for (std::size_t i = 0; i < lay.size(); ++i) {
          ir::LayoutDim ld;
          if (!expectString(lay[i], ll.child(i), d_, "a layout entry")) {
            layoutOk = false;
            continue;
          }
          std::string s = lay[i].get<std::string>();
          s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
          if (s == "R") {
            x.layout.push_back(ld);
            continue;
          }
          bool shard = s.size() >= 4 && s[0] == 'S' && s[1] == '(' && s.back() == ')' && s.size() <= 6;
          int axis = -1;
          if (shard) {
            std::string num = s.substr(2, s.size() - 3);
            shard = !num.empty() && std::all_of(num.begin(), num.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
            if (shard) axis = std::stoi(num);
          }
          if (!shard) {
            d_.error(ll.child(i), "layout entry must be \"R\" (replicated) or \"S(a)\" (sharded over mapping axis a), "
                                  "found \"" + printable(lay[i].get<std::string>()) + "\"");
            layoutOk = false;
            continue;
          }
          if (c.mappingOk && axis >= static_cast<int>(c.task->mapping.size())) {
            d_.error(ll.child(i), "layout S(" + std::to_string(axis) + ") names mapping axis " + std::to_string(axis) +
                                      ", but task '" + c.task->name + "' has a mapping of " +
                                      std::to_string(c.task->mapping.size()) + " ax" +
                                      (c.task->mapping.size() == 1 ? "is (axis 0)" : "es (axes 0 to " +
                                       std::to_string(c.task->mapping.size() - 1) + ")"));
            layoutOk = false;
            continue;
          }
          ld.shard = true;
          ld.axis = axis;
          x.layout.push_back(ld);
        }
        if (layoutOk && tensor && x.layout.size() != tensor->shape.size()) {
          d_.error(ll, "layout has " + std::to_string(x.layout.size()) + " entr" + (x.layout.size() == 1 ? "y" : "ies") +
                           " but tensor '" + tensor->name + "' has rank " + std::to_string(tensor->shape.size()) +
                           " (one entry per dimension)");
          layoutOk = false;
        }
        if (layoutOk && tensor && c.mappingOk) {
          for (std::size_t d = 0; d < x.layout.size(); ++d) {
            std::int64_t ext = tensor->shape[d];
            if (!x.layout[d].shard) {
              x.localShape.push_back(ext);
              continue;
            }
            std::int64_t parts = c.task->mapping[static_cast<std::size_t>(x.layout[d].axis)];
            if (ext % parts != 0) {
              d_.error(ll.child(d), "layout S(" + std::to_string(x.layout[d].axis) + ") does not divide dimension " +
                                        std::to_string(d) + " of tensor '" + tensor->name + "' evenly: extent " +
                                        std::to_string(ext) + " is not a multiple of mapping[" +
                                        std::to_string(x.layout[d].axis) + "] = " + std::to_string(parts));
              layoutOk = false;
              continue;
            }
            x.localShape.push_back(ext / parts);
          }
        }
      }
      if (!tensor || !layoutOk || !c.mappingOk || !ok) {
        if (!tensor || !layoutOk) all = false;
        c.brokenArgs.insert(name);
        if (!ok) all = false;
        continue;
      }
      c.task->args.push_back(std::move(x));
    }
    return all;
  }

  bool loadLocals(const Json& v, const SourceLoc& loc, TaskCtx& c) {
    if (!expectObject(v, loc, d_, "'locals'")) return false;
    bool all = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
      const std::string& name = it.key();
      SourceLoc ll = loc.child(name);
      const Json& l = it.value();
      bool ok = checkName(name, ll, "local") && checkUnique(name, Kind::Local, ll, c);
      c.names.emplace(name, Kind::Local);
      ir::LocalVar x;
      x.name = name;
      x.loc = ll;
      if (!expectObject(l, ll, d_, "local '" + printable(name) + "'") ||
          !checkKeys(l, ll, {"dtype", "shape"}, {"dtype", "shape"}, d_, "local '" + printable(name) + "'")) {
        c.brokenLocals.insert(name);
        all = false;
        continue;
      }
      auto dt = dtypeOf(l["dtype"], ll.child("dtype"));
      auto s = shapeOf(l["shape"], ll.child("shape"), "local shape", "a local shape", 0, &c);
      if (s && productSat(*s) > kMaxTileElements) {
        d_.error(ll.child("shape"), "local '" + name + "' has " + groupDigits(productSat(*s)) +
                                        " elements; the limit is 2^26 (" + groupDigits(kMaxTileElements) + ")");
        s.reset();
      }
      if (!ok || !dt || !s) {
        c.brokenLocals.insert(name);
        all = false;
        continue;
      }
      x.dtype = *dt;
      x.shape = *s;
      c.task->locals.push_back(std::move(x));
    }
    return all;
  }

  // `"vars": {"name": extent}`: integer variables with values in [0, extent), the extent a parameter expression.
  bool loadVars(const Json& v, const SourceLoc& loc, TaskCtx& c) {
    if (!expectObject(v, loc, d_, "'vars'")) return false;
    bool all = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
      const std::string& name = it.key();
      SourceLoc vl = loc.child(name);
      bool ok = checkName(name, vl, "variable") && checkUnique(name, Kind::Var, vl, c);
      c.names.emplace(name, Kind::Var);
      auto n = constOf(it.value(), vl, "the number of values of variable '" + printable(name) + "'",
                       "a variable's extent", &c);
      if (n && (*n < 1 || *n > kMaxVarExtent)) {
        d_.error(vl, "variable '" + name + "' takes values in [0, extent): the extent must be in [1, " +
                         groupDigits(kMaxVarExtent) + "], found " + std::to_string(*n));
        n.reset();
      }
      if (!ok || !n) {
        all = false;
        continue;
      }
      c.task->vars.push_back(ir::TaskVar{name, *n, vl});
    }
    return all;
  }

  // A task variable by name: its slot, or -1 (nothing reported) when `name` is not one.
  static int varSlot(const TaskCtx& c, const std::string& name) {
    for (std::size_t i = 0; i < c.task->vars.size(); ++i)
      if (c.task->vars[i].name == name) return static_cast<int>(i);
    return -1;
  }

  // Where each stream declaration carries value tokens (a put's `value`, a get into a variable) and where
  // data tokens (locals), for the check that no stream mixes them.
  struct TokenUse {
    std::optional<SourceLoc> value, data;
    std::optional<SourceLoc> wholePut;  // a put of a whole local: data, or a value read from data on a value stream
    std::optional<SourceLoc> wholePutPipelined;  // the first such put inside a pipelined loop
  };
  std::map<int, TokenUse> tokenUse_;

  void noteTokens(int decl, bool value, const SourceLoc& loc, bool wholePut = false, bool pipelined = false) {
    TokenUse& u = tokenUse_[decl];
    std::optional<SourceLoc>& slot = value ? u.value : wholePut ? u.wholePut : u.data;
    if (!slot) slot = loc;
    if (wholePut && pipelined && !u.wholePutPipelined) u.wholePutPipelined = loc;
  }

  // A stream that carries values: an integer scalar stream.
  bool valueStream(const ir::StreamRef& ref, const SourceLoc& loc, const char* what) {
    const ir::StreamDecl& sd = g_.streams[static_cast<std::size_t>(ref.decl)];
    if (ir::numElements(sd.tile) == 1 && !ir::isFloat(sd.dtype) && ir::dtypeBits(sd.dtype) >= 8) return true;
    d_.error(loc, std::string(what) + " stream '" + sd.name + "' whose tokens are " + typeDesc(sd.dtype, sd.tile) +
                      ": values travel on i8, i16 or i32 streams of one element (tile [] or [1])");
    return false;
  }

  // The statements of a pipelined loop's body that steer control are not allowed (a pipeline's schedule
  // is fixed when it starts).
  bool notPipelined(const TaskCtx& c, const SourceLoc& loc, const std::string& what) {
    if (c.pipelined == 0) return true;
    d_.error(loc, what + " inside a pipelined loop: a pipeline's schedule is fixed when it starts, so its body may not "
                         "set variables, wait for the first of several streams or move value tokens");
    return false;
  }

  // A stream carries data tokens or value tokens, not both; on a value stream a put of a whole local (of
  // the stream's one-element integer token type, checked with the put) gives the value in the local: a
  // value from data (StreamDecl::valuesFromData).
  void checkTokenUses() {
    for (const auto& [decl, u] : tokenUse_) {
      ir::StreamDecl& sd = g_.streams[static_cast<std::size_t>(decl)];
      if (u.value && u.wholePut && !u.data) {
        sd.valuesFromData = true;
        sd.valuesFromDataAt = *u.wholePut;
        if (u.wholePutPipelined)
          d_.error(*u.wholePutPipelined, "a put of a value (stream '" + sd.name + "' carries values: " + u.value->pointer +
                                             " gets into a variable or puts an expression's value) inside a pipelined "
                                             "loop: a pipeline's schedule is fixed when it starts, so its body may not "
                                             "move value tokens");
      }
      if (!u.value || !u.data) continue;
      d_.error(*u.data, "stream '" + sd.name + "' carries values (" + u.value->pointer +
                            " puts an expression's value or gets into a variable), so every get from it goes into a "
                            "variable and every put to it gives a 'value' or the value in a whole one-element local; "
                            "this one moves a local");
    }
  }

  // ---- statements --------------------------------------------------------------------------

  // A task variable named by `v` (a string); -1 after reporting.
  int varRef(const Json& v, const SourceLoc& loc, const TaskCtx& c, const char* role) {
    if (!expectString(v, loc, d_, role)) return -1;
    const std::string& n = v.get_ref<const std::string&>();
    int slot = varSlot(c, n);
    if (slot >= 0) return slot;
    auto it = c.names.find(n);
    if (it != c.names.end() && it->second == Kind::Var) return -1;  // its declaration's error is reported
    std::vector<std::string> cands;
    for (const ir::TaskVar& tv : c.task->vars) cands.push_back(tv.name);
    std::string near = n.size() <= 64 ? closestName(n, cands) : "";
    std::string msg = std::string(role) + " names " + q(n) + ", which is not a variable of task '" + c.task->name + "'";
    if (!near.empty())
      msg += "; did you mean '" + near + "'?";
    else if (it != c.names.end() || std::find(c.loops.begin(), c.loops.end(), n) != c.loops.end())
      msg += " (it is a " + std::string(it != c.names.end() ? kindName(it->second) : "loop variable") +
             "; declare integer variables in the task's \"vars\")";
    else
      msg += " (declare it in the task's \"vars\": {\"" + printable(n) + "\": extent})";
    d_.error(loc, msg);
    return -1;
  }

  // {"set": var, "value": expr}
  std::optional<ir::Stmt> setStmt(const Json& v, const SourceLoc& loc, TaskCtx& c, ir::Stmt& s) {
    bool ok = checkKeys(v, loc, {"set", "value"}, {"set", "value"}, d_, "a 'set' statement");
    ok = notPipelined(c, loc, "a 'set'") && ok;
    ir::SetStmt st;
    st.var = varRef(v["set"], loc.child("set"), c, "'set'");
    if (v.contains("value")) st.value = runtimeExpr(v["value"], loc.child("value"), "a value", c);
    if (!ok || st.var < 0 || !st.value) return std::nullopt;
    s.node = std::move(st);
    return s;
  }

  // {"while": cond, "max": expr, "body": [...]}
  std::optional<ir::Stmt> whileStmt(const Json& v, const SourceLoc& loc, TaskCtx& c, ir::Stmt& s, int depth) {
    bool ok = checkKeys(v, loc, {"while", "max", "body"}, {"while", "max", "body"}, d_, "a 'while' statement");
    ok = notPipelined(c, loc, "a 'while' loop") && ok;
    ir::WhileStmt w;
    w.cond = runtimeExpr(v["while"], loc.child("while"), "a condition", c);
    if (v.contains("max")) {
      w.max = runtimeExpr(v["max"], loc.child("max"), "the most iterations", c);
      if (w.max) {
        try {
          ExprPtr m = foldParams(w.max);
          if (m->isConst() && m->value < 0) {
            d_.error(loc.child("max"), "'max' must be >= 0, found " + std::to_string(m->value));
            ok = false;
          }
        } catch (const ir::EvalError& x) {
          d_.error(loc.child("max"), std::string(x.what()) + " in 'max' '" + ir::toString(*w.max) + "'");
          ok = false;
        }
      }
    }
    if (v.contains("body")) {
      SourceLoc bl = loc.child("body");
      if (expectArray(v["body"], bl, d_, "a loop body") && v["body"].empty()) {
        d_.error(bl, "a 'while' loop needs a body (something in it must change its condition)");
        ok = false;
      }
      w.body = parseBlock(v["body"], bl, c, depth + 1);
    }
    if (!ok || !w.cond || !w.max) return std::nullopt;
    s.node = std::move(w);
    return s;
  }

  // {"put": stream, "value": expr}
  std::optional<ir::Stmt> valuePut(const Json& v, const SourceLoc& loc, TaskCtx& c, ir::Stmt& s) {
    bool ok = checkKeys(v, loc, {"put", "value"}, {"put", "value"}, d_, "a 'put' of a value");
    ok = notPipelined(c, loc, "a 'put' of a value") && ok;
    ir::PutStmt p;
    bool refOk = streamRef(v["put"], loc.child("put"), c, p.stream);
    if (refOk) {
      noteTokens(p.stream.decl, true, loc);
      refOk = valueStream(p.stream, loc.child("put"), "a 'put' of a value into");
    }
    p.value = runtimeExpr(v["value"], loc.child("value"), "a value", c);
    if (!ok || !refOk || !p.value) return std::nullopt;
    s.node = std::move(p);
    return s;
  }

  // {"get": stream, "into": var}
  std::optional<ir::Stmt> valueGet(const Json& v, const SourceLoc& loc, TaskCtx& c, ir::Stmt& s) {
    bool ok = checkKeys(v, loc, {"get", "into"}, {"get", "into"}, d_, "a 'get' into a variable");
    ok = notPipelined(c, loc, "a 'get' into a variable") && ok;
    ir::GetStmt g;
    bool refOk = streamRef(v["get"], loc.child("get"), c, g.stream);
    if (refOk) {
      noteTokens(g.stream.decl, true, loc);
      refOk = valueStream(g.stream, loc.child("get"), "a 'get' into a variable from");
    }
    g.var = varRef(v["into"], loc.child("into"), c, "'into'");
    if (!ok || !refOk || g.var < 0) return std::nullopt;
    s.node = std::move(g);
    return s;
  }

  // {"get_any": "s[... v ...]", "over": v, "into": local or variable}
  std::optional<ir::Stmt> getAnyStmt(const Json& v, const SourceLoc& loc, TaskCtx& c, ir::Stmt& s) {
    bool ok = checkKeys(v, loc, {"get_any", "over", "into"}, {"get_any", "over", "into"}, d_, "a 'get_any' statement");
    ok = notPipelined(c, loc, "a 'get_any'") && ok;
    ir::GetStmt g;
    g.any = v.contains("over") ? varRef(v["over"], loc.child("over"), c, "'over'") : -1;
    bool refOk = streamRef(v["get_any"], loc.child("get_any"), c, g.stream);
    if (refOk && g.any >= 0) {
      bool names = false;
      const std::string& vn = c.task->vars[static_cast<std::size_t>(g.any)].name;
      for (const ExprPtr& e : g.stream.index)
        for (const std::string& n : ir::freeVars(*e)) names = names || n == vn;
      if (!names) {
        d_.error(loc.child("get_any"), "'get_any' takes the first token of the streams its index names for every value of "
                                       "variable '" + vn + "' ('over'), but the index does not name '" + vn + "'");
        refOk = false;
      }
    }
    bool into = false;
    if (v.contains("into") && v["into"].is_string()) {
      const std::string& n = v["into"].get_ref<const std::string&>();
      if (varSlot(c, n) >= 0) {
        g.var = varSlot(c, n);
        if (refOk) {
          noteTokens(g.stream.decl, true, loc);
          refOk = valueStream(g.stream, loc.child("get_any"), "a 'get_any' into a variable from");
        }
        if (g.var == g.any) {
          d_.error(loc.child("into"), "'into' and 'over' name the same variable '" + n +
                                          "'; 'over' receives the index of the stream the token came from");
          refOk = false;
        }
        into = true;
      }
    }
    if (!into && v.contains("into")) {
      g.local = localRef(v["into"], loc.child("into"), c, "'into'");
      if (refOk && g.local >= 0) {
        noteTokens(g.stream.decl, false, loc);
        const ir::StreamDecl& sd = g_.streams[static_cast<std::size_t>(g.stream.decl)];
        const ir::LocalVar& lv = c.task->locals[static_cast<std::size_t>(g.local)];
        if (lv.dtype != sd.dtype || lv.shape != sd.tile) {
          d_.error(loc, "get_any of '" + lv.name + "' (" + typeDesc(lv.dtype, lv.shape) + ") from stream '" + sd.name +
                            "' whose tokens are " + typeDesc(sd.dtype, sd.tile));
          ok = false;
        }
      }
      ok = ok && g.local >= 0;
    }
    if (!ok || !refOk || g.any < 0) return std::nullopt;
    s.node = std::move(g);
    return s;
  }

  ir::Block parseBlock(const Json& v, const SourceLoc& loc, TaskCtx& c, int depth) {
    ir::Block out;
    if (!expectArray(v, loc, d_, "a list of statements")) return out;
    for (std::size_t i = 0; i < v.size(); ++i)
      if (auto s = parseStmt(v[i], loc.child(i), c, depth)) out.push_back(std::move(*s));
    return out;
  }

  // A local operand by name; -1 when unknown (reported unless its declaration is broken).
  int localRef(const Json& v, const SourceLoc& loc, const TaskCtx& c, const char* role) {
    if (!expectString(v, loc, d_, role)) return -1;
    const std::string& n = v.get_ref<const std::string&>();
    for (std::size_t i = 0; i < c.task->locals.size(); ++i)
      if (c.task->locals[i].name == n) return static_cast<int>(i);
    if (c.brokenLocals.count(n) || c.localsBroken) return -1;
    auto it = c.names.find(n);
    if (it != c.names.end()) {
      d_.error(loc, "'" + n + "' is " + (it->second == Kind::Arg ? "an argument" : "a " + std::string(kindName(it->second))) +
                        ", not a local; " + role + " must name a local" +
                        (it->second == Kind::Var ? " (a put sends a variable's value with \"value\": \"" + n + "\")" : ""));
      return -1;
    }
    std::vector<std::string> cands;
    for (const ir::LocalVar& l : c.task->locals) cands.push_back(l.name);
    std::string near = n.size() <= 64 ? closestName(n, cands) : "";
    d_.error(loc, "unknown local " + q(n) + " in task '" + c.task->name + "'" +
                      (near.empty() ? "" : "; did you mean '" + near + "'?"));
    return -1;
  }

  int argRef(const Json& v, const SourceLoc& loc, const TaskCtx& c, const char* stmt) {
    if (!expectString(v, loc, d_, std::string("'") + stmt + "'")) return -1;
    const std::string& n = v.get_ref<const std::string&>();
    for (std::size_t i = 0; i < c.task->args.size(); ++i)
      if (c.task->args[i].name == n) return static_cast<int>(i);
    if (c.brokenArgs.count(n) || c.argsBroken) return -1;
    auto it = c.names.find(n);
    if (it != c.names.end()) {
      d_.error(loc, "'" + n + "' is a " + kindName(it->second) + ", not an argument; " + stmt +
                        " names an argument (a tensor seen through its layout)");
      return -1;
    }
    std::vector<std::string> cands;
    for (const ir::TaskArg& a : c.task->args) cands.push_back(a.name);
    std::string near = n.size() <= 64 ? closestName(n, cands) : "";
    std::string msg = "unknown argument " + q(n) + " in task '" + c.task->name + "'";
    if (!near.empty())
      msg += "; did you mean '" + near + "'?";
    else if (g_.findTensor(n) >= 0)
      msg += " (tasks reach tensors through 'args': declare an argument for tensor '" + n + "')";
    d_.error(loc, msg);
    return -1;
  }

  const ir::LocalVar* local(const TaskCtx& c, int i) const {
    return i < 0 ? nullptr : &c.task->locals[static_cast<std::size_t>(i)];
  }

  // `"pipeline": {"ii": expr}` of a `for`: the initiation interval, an expression of parameters,
  // coordinates and enclosing loop variables; >= 1 when it is a constant.
  bool pipelineOf(const Json& v, const SourceLoc& loc, const TaskCtx& c, const std::string& loopVar, ExprPtr& ii) {
    if (!expectObject(v, loc, d_, "'pipeline'")) return false;
    if (!checkKeys(v, loc, {"ii"}, {"ii"}, d_, "'pipeline'")) return false;
    SourceLoc il = loc.child("ii");
    if (!loopVar.empty()) {
      if (ExprPtr e = exprOf(v["ii"], il, "an initiation interval")) {
        for (const std::string& n : ir::freeVars(*e)) {
          if (n != loopVar) continue;
          d_.error(il, "the initiation interval of loop " + q(loopVar) +
                           " may not name its own variable (it is fixed when the loop starts)");
          return false;
        }
      } else {
        return false;
      }
    }
    ii = runtimeExpr(v["ii"], il, "an initiation interval", c);
    if (!ii) return false;
    try {
      ExprPtr folded = foldParams(ii);
      if (folded->isConst() && folded->value < 1) {
        d_.error(il, "initiation interval must be >= 1, found " + std::to_string(folded->value));
        return false;
      }
    } catch (const ir::EvalError& x) {
      d_.error(il, std::string(x.what()) + " in initiation interval '" + ir::toString(*ii) + "'");
      return false;
    }
    return true;
  }

  // The first loop in `b`, looking into `if` branches too; nullptr if there is none.
  static const ir::Stmt* firstLoop(const ir::Block& b) {
    for (const ir::Stmt& s : b) {
      if (std::holds_alternative<ir::ForStmt>(s.node)) return &s;
      if (const auto* f = std::get_if<ir::IfStmt>(&s.node)) {
        for (const auto& br : f->branches)
          if (const ir::Stmt* in = firstLoop(br.second)) return in;
        if (const ir::Stmt* in = firstLoop(f->elseBody)) return in;
      }
    }
    return nullptr;
  }

  std::optional<ir::Stmt> parseStmt(const Json& v, const SourceLoc& loc, TaskCtx& c, int depth) {
    if (!expectObject(v, loc, d_, "a statement")) return std::nullopt;
    if (depth > kMaxNesting) {
      d_.error(loc, "statements nested deeper than " + std::to_string(kMaxNesting) + " levels");
      return std::nullopt;
    }
    std::vector<std::string> kinds;
    for (const std::string& k : kStmtKinds)
      if (v.contains(k)) kinds.push_back(k);
    if (kinds.empty()) {
      std::string msg = v.empty() ? "empty statement" : "not a statement";
      msg += ": a statement has exactly one of the keys 'for', 'if', 'get', 'put', 'load', 'store', 'compute', 'set', "
             "'while', 'get_any'";
      for (auto it = v.begin(); it != v.end(); ++it) {
        std::string near = it.key().size() <= 64 ? closestName(it.key(), kStmtKinds) : "";
        if (!near.empty()) {
          msg += "; did you mean '" + near + "' for " + q(it.key()) + "?";
          break;
        }
      }
      d_.error(loc, msg);
      return std::nullopt;
    }
    if (kinds.size() > 1) {
      d_.error(loc, "statement has both '" + kinds[0] + "' and '" + kinds[1] + "'; write one statement for each");
      return std::nullopt;
    }
    const std::string& kind = kinds[0];
    ir::Stmt s;
    s.loc = loc;
    if (kind == "for") {
      bool ok =
          checkKeys(v, loc, {"for", "range", "pipeline", "body"}, {"for", "range", "body"}, d_, "a 'for' statement");
      ir::ForStmt f;
      bool varOk = false, named = false;
      if (expectString(v["for"], loc.child("for"), d_, "a loop variable")) {
        f.var = v["for"].get<std::string>();
        named = true;
        varOk = checkName(f.var, loc.child("for"), "loop variable") && checkUnique(f.var, Kind::LoopVar, loc.child("for"), c);
      }
      if (v.contains("range")) {
        SourceLoc rl = loc.child("range");
        const Json& r = v["range"];
        if (r.is_array()) {
          if (r.size() != 2 && r.size() != 3) {
            d_.error(rl, "range must be an expression (0..n-1), [lo, hi] or [lo, hi, step]; found an array of " +
                             std::to_string(r.size()));
            ok = false;
          } else {
            f.lo = runtimeExpr(r[0], rl.child(0), "a range bound", c);
            f.hi = runtimeExpr(r[1], rl.child(1), "a range bound", c);
            f.step = r.size() == 3 ? runtimeExpr(r[2], rl.child(2), "a range step", c) : Expr::constant(1);
            ok = ok && f.lo && f.hi && f.step;
            if (f.step) {
              try {
                ExprPtr st = foldParams(f.step);
                if (st->isConst() && st->value < 1) {
                  d_.error(rl.child(2), "range step must be >= 1, found " + std::to_string(st->value));
                  ok = false;
                }
              } catch (const ir::EvalError& x) {
                d_.error(rl.child(2), std::string(x.what()) + " in range step '" + ir::toString(*f.step) + "'");
                ok = false;
              }
            }
          }
        } else {
          f.lo = Expr::constant(0);
          f.hi = runtimeExpr(r, rl, "range", c);
          f.step = Expr::constant(1);
          ok = ok && f.hi;
        }
      }
      // Before the loop variable enters scope: the initiation interval may not name it.
      if (v.contains("pipeline"))
        ok = pipelineOf(v["pipeline"], loc.child("pipeline"), c, named ? f.var : std::string(), f.ii) && ok;
      // In scope even when its declaration is wrong, so the body reports no follow-on errors.
      if (named) c.loops.push_back(f.var);
      if (f.ii) ++c.pipelined;
      if (v.contains("body")) f.body = parseBlock(v["body"], loc.child("body"), c, depth + 1);
      if (f.ii) --c.pipelined;
      if (named) c.loops.pop_back();
      if (f.ii) {
        if (const ir::Stmt* inner = firstLoop(f.body)) {
          d_.error(loc.child("pipeline"),
                   "loop " + q(f.var) + " is pipelined, but its body contains loop " +
                       q(std::get<ir::ForStmt>(inner->node).var) + " (" + inner->loc.pointer +
                       "); only loops without nested loops can be pipelined: pipeline the inner loop instead");
          ok = false;
        }
      }
      if (!ok || !varOk) return std::nullopt;
      s.node = std::move(f);
      return s;
    }
    if (kind == "if") {
      bool ok = checkKeys(v, loc, {"if", "then", "elif", "else"}, {"if", "then"}, d_, "an 'if' statement");
      ir::IfStmt f;
      ExprPtr cond = runtimeExpr(v["if"], loc.child("if"), "a condition", c);
      ok = ok && cond;
      ir::Block then = v.contains("then") ? parseBlock(v["then"], loc.child("then"), c, depth + 1) : ir::Block{};
      f.branches.emplace_back(cond, std::move(then));
      if (v.contains("elif")) {
        SourceLoc el = loc.child("elif");
        if (expectArray(v["elif"], el, d_, "'elif'")) {
          for (std::size_t i = 0; i < v["elif"].size(); ++i) {
            const Json& b = v["elif"][i];
            SourceLoc bl = el.child(i);
            if (!expectObject(b, bl, d_, "an 'elif' branch") ||
                !checkKeys(b, bl, {"if", "then"}, {"if", "then"}, d_, "an 'elif' branch")) {
              ok = false;
              continue;
            }
            ExprPtr bc = runtimeExpr(b["if"], bl.child("if"), "a condition", c);
            ok = ok && bc;
            f.branches.emplace_back(bc, parseBlock(b["then"], bl.child("then"), c, depth + 1));
          }
        } else {
          ok = false;
        }
      }
      if (v.contains("else")) f.elseBody = parseBlock(v["else"], loc.child("else"), c, depth + 1);
      if (!ok) return std::nullopt;
      s.node = std::move(f);
      return s;
    }
    if (kind == "set") return setStmt(v, loc, c, s);
    if (kind == "while") return whileStmt(v, loc, c, s, depth);
    if (kind == "get_any") return getAnyStmt(v, loc, c, s);
    if (kind == "put" && v.contains("value") && !v.contains("from")) return valuePut(v, loc, c, s);
    if (kind == "get" && v.contains("into") && v["into"].is_string() && varSlot(c, v["into"].get<std::string>()) >= 0)
      return valueGet(v, loc, c, s);
    if (kind == "get" || kind == "put") {
      bool get = kind == "get";
      const char* lk = get ? "into" : "from";
      bool ok = checkKeys(v, loc, {kind, lk, "at"}, {kind, lk}, d_, std::string("a '") + kind + "' statement");
      if (!get && v.contains("value")) {
        d_.error(loc, "a 'put' has either 'from' (a local) or 'value' (an integer expression), not both");
        ok = false;
      }
      ir::StreamRef ref;
      bool refOk = streamRef(v[kind], loc.child(kind), c, ref);
      if (refOk) noteTokens(ref.decl, false, loc, !get && !v.contains("at"), c.pipelined > 0);
      int l = v.contains(lk) ? localRef(v[lk], loc.child(lk), c, get ? "'into'" : "'from'") : -1;
      std::vector<ExprPtr> at;
      if (v.contains("at")) ok = offsetsOf(v["at"], loc.child("at"), c, at) && ok;
      if (refOk && l >= 0) {
        const ir::StreamDecl& sd = g_.streams[static_cast<std::size_t>(ref.decl)];
        const ir::LocalVar& lv = c.task->locals[static_cast<std::size_t>(l)];
        const std::string what = std::string(get ? "get of '" : "put of '") + lv.name + "' (" + typeDesc(lv.dtype, lv.shape) +
                                 ") " + (get ? "from" : "into") + " stream '" + sd.name + "' whose tokens are " +
                                 typeDesc(sd.dtype, sd.tile);
        if (!v.contains("at")) {
          if (lv.dtype != sd.dtype || lv.shape != sd.tile) {
            d_.error(loc, what + (lv.dtype == sd.dtype && lv.shape.size() >= sd.tile.size() && lv.shape.size() > 0
                                      ? std::string(" (a token into or out of a part of the local takes 'at')")
                                      : std::string()));
            ok = false;
          }
        } else if (lv.dtype != sd.dtype) {
          d_.error(loc, what + ": dtypes differ (convert with the 'cast' kernel)");
          ok = false;
        } else if (sd.tile.size() > lv.shape.size()) {
          d_.error(loc, what + ": the token has a higher rank than the local");
          ok = false;
        } else if (v["at"].is_array() && v["at"].size() != lv.shape.size()) {
          d_.error(loc.child("at"), "'at' has " + std::to_string(v["at"].size()) + " offset" +
                                        (v["at"].size() == 1 ? "" : "s") + " but local '" + lv.name + "' has rank " +
                                        std::to_string(lv.shape.size()) + " (one offset per dimension)");
          ok = false;
        } else {
          const std::size_t off = lv.shape.size() - sd.tile.size();
          for (std::size_t d = 0; d < sd.tile.size(); ++d)
            if (sd.tile[d] > lv.shape[off + d]) {
              d_.error(loc, what + ": the token does not fit in the local (dimension " + std::to_string(off + d) + ": " +
                                std::to_string(sd.tile[d]) + " > " + std::to_string(lv.shape[off + d]) + ")");
              ok = false;
              break;
            }
        }
      }
      if (!ok || !refOk || l < 0) return std::nullopt;
      if (get)
        s.node = ir::GetStmt{std::move(ref), l, std::move(at)};
      else
        s.node = ir::PutStmt{std::move(ref), l, std::move(at), nullptr};
      return s;
    }
    if (kind == "load" || kind == "store") {
      bool load = kind == "load";
      const char* lk = load ? "into" : "from";
      bool ok = checkKeys(v, loc, {kind, "at", lk}, {kind, lk}, d_, std::string("a '") + kind + "' statement");
      int a = argRef(v[kind], loc.child(kind), c, kind.c_str());
      int l = v.contains(lk) ? localRef(v[lk], loc.child(lk), c, load ? "'into'" : "'from'") : -1;
      const ir::TaskArg* arg = a >= 0 ? &c.task->args[static_cast<std::size_t>(a)] : nullptr;
      const ir::Tensor* tensor = arg ? &g_.tensors[static_cast<std::size_t>(arg->tensor)] : nullptr;
      std::vector<ExprPtr> at;
      if (v.contains("at")) {
        ok = offsetsOf(v["at"], loc.child("at"), c, at) && ok;
        if (tensor && v["at"].is_array() && v["at"].size() != tensor->shape.size()) {
          d_.error(loc.child("at"), "'at' has " + std::to_string(v["at"].size()) + " offset" +
                                        (v["at"].size() == 1 ? "" : "s") + " but tensor '" + tensor->name + "' has rank " +
                                        std::to_string(tensor->shape.size()) + " (one offset per dimension)");
          ok = false;
        }
      }
      const ir::LocalVar* lv = local(c, l);
      if (arg && lv) {
        std::string what = std::string(load ? "load into '" : "store from '") + lv->name + "' (" +
                           typeDesc(lv->dtype, lv->shape) + ") " + (load ? "from" : "into") + " argument '" +
                           arg->name + "' (" + typeDesc(tensor->dtype, arg->localShape) + " local shard of tensor '" +
                           tensor->name + "')";
        if (lv->dtype != tensor->dtype) {
          d_.error(loc, what + ": dtypes differ (convert with the 'cast' kernel)");
          ok = false;
        } else if (lv->shape.size() > arg->localShape.size()) {
          d_.error(loc, what + ": the local has a higher rank than the tensor");
          ok = false;
        } else {
          std::size_t off = arg->localShape.size() - lv->shape.size();
          for (std::size_t d = 0; d < lv->shape.size(); ++d)
            if (lv->shape[d] > arg->localShape[off + d]) {
              d_.error(loc, what + ": the tile does not fit in the shard (dimension " + std::to_string(off + d) + ": " +
                                std::to_string(lv->shape[d]) + " > " + std::to_string(arg->localShape[off + d]) + ")");
              ok = false;
              break;
            }
          if (ok && !v.contains("at") && lv->shape != arg->localShape) {
            d_.error(loc, what + ": 'at' may be omitted only when the local's shape equals the shard's shape");
            ok = false;
          }
        }
        if (load && tensor->role == ir::TensorRole::Output) {
          d_.error(loc.child(kind), "load from argument '" + arg->name + "' of output tensor '" + tensor->name +
                                        "' (declare the tensor \"inout\" to read it back)");
          ok = false;
        }
        if (!load && tensor->role == ir::TensorRole::Input) {
          d_.error(loc.child(kind), "store into argument '" + arg->name + "' of input tensor '" + tensor->name +
                                        "' (declare the tensor \"output\" or \"inout\")");
          ok = false;
        }
      }
      if (!ok || !arg || !lv) return std::nullopt;
      if (!v.contains("at")) at.assign(arg->localShape.size(), Expr::constant(0));
      if (load)
        s.node = ir::LoadStmt{a, std::move(at), l};
      else
        s.node = ir::StoreStmt{a, std::move(at), l};
      return s;
    }
    // compute
    bool ok = checkKeys(v, loc, {"compute", "in", "out", "accumulate", "attrs", "cycles"}, {"compute"}, d_,
                        "a 'compute' statement");
    ir::ComputeStmt cs;
    if (expectString(v["compute"], loc.child("compute"), d_, "a kernel name")) {
      cs.kernel = v["compute"].get<std::string>();
      cs.info = kernels::findKernel(cs.kernel);
      if (!cs.info) {
        std::vector<std::string> names;
        for (const kernels::Kernel& k : kernels::library()) names.push_back(k.info.name);
        std::string near = cs.kernel.size() <= 64 ? closestName(cs.kernel, names) : "";
        d_.error(loc.child("compute"), "unknown kernel " + q(cs.kernel) +
                                           (near.empty() ? "" : "; did you mean '" + near + "'?") +
                                           " (datosim --list-kernels lists them)");
        ok = false;
      }
    } else {
      ok = false;
    }
    bool operandsOk = true;
    if (v.contains("in")) {
      SourceLoc il = loc.child("in");
      if (expectArray(v["in"], il, d_, "'in'")) {
        for (std::size_t i = 0; i < v["in"].size(); ++i) {
          int l = localRef(v["in"][i], il.child(i), c, "an input");
          operandsOk = operandsOk && l >= 0;
          cs.ins.push_back(l);
        }
      } else {
        operandsOk = false;
      }
    }
    if (v.contains("out")) {
      cs.out = localRef(v["out"], loc.child("out"), c, "'out'");
      operandsOk = operandsOk && cs.out >= 0;
    } else if (cs.info && cs.info->hasOut) {
      d_.error(loc, "missing key 'out': kernel '" + cs.kernel + "' writes an output local");
      ok = false;
    }
    if (v.contains("accumulate") && expectBool(v["accumulate"], loc.child("accumulate"), d_, "'accumulate'")) {
      cs.accumulate = v["accumulate"].get<bool>();
      if (cs.accumulate && cs.info && !cs.info->allowAccumulate) {
        d_.error(loc.child("accumulate"), "kernel '" + cs.kernel + "' cannot accumulate ('accumulate' is for matmul)");
        ok = false;
      }
    } else if (v.contains("accumulate")) {
      ok = false;
    }
    if (v.contains("attrs")) {
      SourceLoc al = loc.child("attrs");
      if (expectObject(v["attrs"], al, d_, "'attrs'")) {
        for (auto it = v["attrs"].begin(); it != v["attrs"].end(); ++it) {
          if (!expectNumber(it.value(), al.child(it.key()), d_, "attribute '" + printable(it.key()) + "'")) {
            ok = false;
            continue;
          }
          cs.attrs[it.key()] = it.value().get<double>();
        }
      } else {
        ok = false;
      }
    }
    if (v.contains("cycles")) {
      cs.cycles = runtimeExpr(v["cycles"], loc.child("cycles"), "'cycles'", c);
      ok = ok && cs.cycles;
      if (cs.cycles) {
        try {
          ExprPtr f = foldParams(cs.cycles);
          if (f->isConst() && f->value < 0) {
            d_.error(loc.child("cycles"), "'cycles' must be >= 0, found " + std::to_string(f->value));
            ok = false;
          }
        } catch (const ir::EvalError& x) {
          d_.error(loc.child("cycles"), std::string(x.what()) + " in 'cycles' '" + ir::toString(*cs.cycles) + "'");
          ok = false;
        }
      }
    } else if (cs.info && cs.info->cls == ir::KernelClass::Custom) {
      d_.error(loc, "kernel 'custom' needs 'cycles' (the cost of an opaque step cannot be modelled)");
      ok = false;
    }
    if (cs.info && operandsOk && (cs.out >= 0 || !cs.info->hasOut)) {
      std::vector<const ir::LocalVar*> ins;
      for (int i : cs.ins) ins.push_back(local(c, i));
      std::string err = kernels::check(*cs.info, ins, local(c, cs.out), cs.attrs);
      if (!err.empty()) {
        d_.error(loc, err);
        ok = false;
      }
    }
    if (!ok || !operandsOk) return std::nullopt;
    s.node = std::move(cs);
    return s;
  }

  // An `at` list of offsets (run-time expressions); false when it is not an array or an offset is bad.
  bool offsetsOf(const Json& v, const SourceLoc& loc, TaskCtx& c, std::vector<ExprPtr>& at) {
    if (!expectArray(v, loc, d_, "'at'")) return false;
    bool ok = true;
    for (std::size_t i = 0; i < v.size(); ++i) {
      ExprPtr e = runtimeExpr(v[i], loc.child(i), "an offset", c);
      ok = ok && e;
      at.push_back(e);
    }
    return ok;
  }

  bool streamRef(const Json& v, const SourceLoc& loc, TaskCtx& c, ir::StreamRef& ref) {
    if (!expectString(v, loc, d_, "a stream reference")) return false;
    const std::string& text = v.get_ref<const std::string&>();
    StreamRefText r;
    ExprError err;
    if (!parseStreamRef(text, r, err)) {
      d_.error(loc, describeExprError(text, err, "stream reference"));
      return false;
    }
    ref.decl = g_.findStream(r.name);
    if (ref.decl < 0) {
      if (streamsDeclared_.count(r.name)) return false;  // its declaration's error is reported
      std::vector<std::string> cands(streamsDeclared_.begin(), streamsDeclared_.end());
      std::string near = r.name.size() <= 64 ? closestName(r.name, cands) : "";
      d_.error(loc, "unknown stream " + q(r.name) + (near.empty() ? "" : "; did you mean '" + near + "'?"));
      return false;
    }
    streamUsed_.insert(ref.decl);
    const ir::StreamDecl& sd = g_.streams[static_cast<std::size_t>(ref.decl)];
    if (r.index.size() != sd.dims.size()) {
      if (sd.dims.empty())
        d_.error(loc, "stream '" + sd.name + "' is not an array: write '" + sd.name + "' without an index");
      else
        d_.error(loc, "stream '" + sd.name + "' is a " + std::to_string(sd.dims.size()) + "-D array (" +
                          ir::shapeString(sd.dims) + "): give " + std::to_string(sd.dims.size()) + " ind" +
                          (sd.dims.size() == 1 ? "ex" : "ices") + ", found " + std::to_string(r.index.size()));
      return false;
    }
    bool ok = true;
    for (ExprPtr& e : r.index) {
      e = bindTables(e, loc);
      ok = e && checkNames(*e, loc, ExprCtx{"a stream index", &c, true}) && ok;
    }
    if (!ok) return false;
    ref.index = std::move(r.index);
    return true;
  }
};

}  // namespace

std::optional<ir::Graph> parseGraph(const std::string& text, const std::string& fileName, const GraphOptions& opts,
                                    Diagnostics& diags) {
  Loader loader(fileName, opts, diags);
  return loader.run(text);
}

std::optional<ir::Graph> loadGraph(const std::string& path, const GraphOptions& opts, Diagnostics& diags) {
  SourceLoc loc{path, ""};
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    diags.error(loc, std::filesystem::exists(path, ec) ? "not a regular file" : "no such file");
    return std::nullopt;
  }
  auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxFileBytes) {
    diags.error(loc, "file is larger than 256 MiB");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error(loc, "cannot open the file");
    return std::nullopt;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    diags.error(loc, "cannot read the file");
    return std::nullopt;
  }
  return parseGraph(ss.str(), path, opts, diags);
}

}  // namespace datosim::frontend
