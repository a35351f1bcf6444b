#include "backends/npu/check.h"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <vector>

#include <nlohmann/json.hpp>

#include "backends/common/project.h"
#include "ir/dtype.h"

namespace datosim::backends::npu {

namespace {

namespace fs = std::filesystem;

struct TileInfo {
  int col = 0, row = 0, line = 0;
};
struct FifoInfo {
  std::string producer;
  std::vector<std::string> consumers;
  std::int64_t depth = 0, bytes = 0, elemBytes = 0;
  int line = 0;
};
struct BlockState {
  std::map<std::string, int> net;    // fifo|port -> acquired - released
  std::map<std::string, int> first;  // fifo|port -> line of the first acquire
};
struct Dma {
  std::string arg, fifo;
  std::int64_t offsets[4] = {0, 0, 0, 0}, sizes[4] = {1, 1, 1, 1}, strides[4] = {0, 0, 0, 1};
  std::int64_t id = -1;
  bool token = false;
  int line = 0;
};

struct Wait {
  std::string fifo;
  std::size_t after = 0;  // the transfers issued before it
  int line = 0;
};

/// Bytes of one element of an MLIR element type, and the element count of a memref type.
int elemBytes(const std::string& t) {
  if (t == "i8" || t == "i4") return 1;
  if (t == "i16" || t == "bf16") return 2;
  if (t == "i32" || t == "f32") return 4;
  return 0;
}
bool memref(const std::string& type, std::int64_t& count, int& bytes) {
  static const std::regex re(R"re(memref<((?:\d+x)+)(\w+)>)re");
  std::smatch m;
  if (!std::regex_search(type, m, re)) return false;
  // A hand-edited file may hold any number: dimensions and the element count stay below 2^31, so the
  // byte counts summed over a tile cannot overflow (a larger one is an error on its line).
  constexpr std::int64_t kMost = std::int64_t{1} << 31;
  count = 1;
  std::stringstream dims(m[1].str());
  std::string d;
  while (std::getline(dims, d, 'x'))
    if (!d.empty()) {
      const std::int64_t n = std::stoll(d);
      if (n > kMost || count * n > kMost) throw std::out_of_range("memref of more than 2^31 elements: " + type);
      count *= n;
    }
  bytes = elemBytes(m[2].str());
  return bytes > 0;
}

std::vector<std::int64_t> ints(const std::string& s) {
  std::vector<std::int64_t> v;
  static const std::regex num(R"re(-?\d+)re");
  for (std::sregex_iterator it(s.begin(), s.end(), num), end; it != end; ++it) v.push_back(std::stoll(it->str()));
  return v;
}

std::string kind(int row) { return row == 0 ? "shim" : row == 1 ? "memory" : "compute"; }

/// One end of an objectfifo that a tile's DMA serves: the objectfifo lowering gives it one buffer
/// descriptor per element, chained in a ring on its channel.
struct Endpoint {
  std::string fifo;
  std::int64_t bds = 0;
  int line = 0;
  bool in = false;  // S2MM (into the tile) or MM2S
};

/// The buffer descriptors a tile's objectfifo ends need (a shim's come from the runtime sequence, checked
/// there). A compute tile's channels share its pool; a memory tile's even channels (either direction)
/// draw from BDs 0 to pool/2 - 1 and its odd ones from the rest (AM020; mlir-aie PR #2921), so the
/// ends must be assignable to channels (one end per channel, `inLim` S2MM and `outLim` MM2S) with each
/// half's sum within pool/2. Reported at the objectfifo with the most descriptors on the tile.
void checkBds(const std::string& kindName, const std::string& tile, const std::vector<Endpoint>& ends, std::int64_t pool,
              int inLim, int outLim, const std::function<SourceLoc(int)>& at, Diagnostics& d) {
  if (kindName == "shim" || ends.empty()) return;
  std::int64_t total = 0;
  const Endpoint* widest = &ends.front();
  for (const Endpoint& e : ends) {
    total += e.bds;
    if (e.bds >= widest->bds) widest = &e;
  }
  auto list = [&] {
    std::string s;
    for (const Endpoint& e : ends) s += (s.empty() ? "" : ", ") + ("@" + e.fifo) + " " + std::to_string(e.bds);
    return s;
  };
  if (total > pool) {
    d.error(at(widest->line), kindName + " tile " + tile + " needs " + std::to_string(total) +
                                  " buffer descriptors for its objectfifo ends (one per element: " + list() + "), it has " +
                                  std::to_string(pool));
    return;
  }
  const auto ins = std::count_if(ends.begin(), ends.end(), [](const Endpoint& e) { return e.in; });
  const auto outs = static_cast<std::ptrdiff_t>(ends.size()) - ins;
  if (kindName != "memory" || ins > inLim || outs > outLim || ends.size() > 20) return;  // channels reported already
  // Even channels: ceil(lim / 2) per direction; search the ends' split (at most 12 ends: 2^12 splits).
  const int evenIn = (inLim + 1) / 2, oddIn = inLim / 2, evenOut = (outLim + 1) / 2, oddOut = outLim / 2;
  const std::int64_t half = pool / 2;
  bool fits = false;
  for (std::uint32_t mask = 0; !fits && mask < (1u << ends.size()); ++mask) {
    std::int64_t even = 0, odd = 0;
    int ei = 0, oi = 0, eo = 0, oo = 0;
    for (std::size_t i = 0; i < ends.size(); ++i) {
      const bool isEven = (mask >> i) & 1u;
      (isEven ? even : odd) += ends[i].bds;
      (ends[i].in ? (isEven ? ei : oi) : (isEven ? eo : oo)) += 1;
    }
    fits = even <= half && odd <= half && ei <= evenIn && oi <= oddIn && eo <= evenOut && oo <= oddOut;
  }
  if (!fits)
    d.error(at(widest->line), "memory tile " + tile + ": no assignment of its objectfifo ends to DMA channels keeps each "
                              "channel parity within its " + std::to_string(half) + " buffer descriptors (even channels use BDs 0-" +
                              std::to_string(half - 1) + ", odd ones " + std::to_string(half) + "-" + std::to_string(pool - 1) +
                              "; one per element: " + list() + ")");
}

}  // namespace

namespace {
/// The lines datosim writes into aie.mlir, each as one full-line pattern (comments and the indentation
/// removed). `check-project` reads only this subset of MLIR: a line that is none of these (a misspelt op, a
/// missing operand, anything after the op) is a finding, not skipped, so that what passes was read in full.
const std::vector<std::regex>& lineForms() {
  static const std::string V = R"re(%\w+)re", S = R"re(@\w+)re", M = R"re(memref<(?:\d+x)*\w+>)re",
                           I = R"re(-?\d+)re";
  static const std::string Is = "(?:" + I + "(?:, " + I + ")*)?";
  static const std::string Ms = "(?:" + M + "(?:, " + M + ")*)?";
  static const std::string Vs = "(?:" + V + "(?:, " + V + ")*)?";
  static const std::string Ss = S + "(?:, " + S + ")*";
  static const std::vector<std::regex> forms = [&] {
    const std::vector<std::string> text = {
        R"re(module \{)re",
        R"re(aie\.device\(\w+\) \{)re",
        V + R"re( = aie\.tile\()re" + I + ", " + I + R"re(\))re",
        V + R"re( = aie\.buffer\()re" + V + R"re(\) \{sym_name = "\w+"\} : )re" + M,
        R"re(aie\.objectfifo )re" + S + R"re(\()re" + V + R"re(, \{)re" + V + "(?:, " + V + R"re()*\}, \d+ : i32\) : !aie\.objectfifo<)re" + M + ">",
        R"re(aie\.objectfifo\.link \[)re" + Ss + R"re(\] -> \[)re" + Ss + R"re(\] \(\[)re" + Is + R"re(\] \[)re" + Is + R"re(\]\))re",
        R"re(func\.func private )re" + S + R"re(\()re" + Ms + R"re(\) attributes \{link_with = "[\w.]+"\})re",
        V + R"re( = aie\.core\()re" + V + R"re(\) \{)re",
        R"re(aie\.end)re",
        R"re(\})re",
        R"re(\} else \{)re",
        R"re(\} \{stack_size = \d+ : i32\})re",
        V + R"re( = arith\.constant (?:-?\d+ : index|true))re",
        V + R"re( = arith\.(?:addi|subi|muli|floordivsi|remsi|minsi|maxsi|andi|ori|xori) )re" + V + ", " + V + R"re( : (?:index|i1))re",
        V + R"re( = arith\.cmpi (?:eq|ne|slt|sle|sgt|sge), )re" + V + ", " + V + " : index",
        V + R"re( = arith\.extui )re" + V + " : i1 to i64",
        V + R"re( = arith\.index_cast )re" + V + " : i64 to index",
        V + R"re( = arith\.select )re" + V + ", " + V + ", " + V + " : index",
        R"re(scf\.for )re" + V + " = " + V + " to " + V + " step " + V + R"re( \{)re",
        R"re(scf\.if )re" + V + R"re( \{)re",
        V + R"re( = aie\.objectfifo\.acquire )re" + S + R"re(\((?:Produce|Consume), \d+\) : !aie\.objectfifosubview<)re" + M + ">",
        V + R"re( = aie\.objectfifo\.subview\.access )re" + V + R"re(\[\d+\] : !aie\.objectfifosubview<)re" + M + "> -> " + M,
        R"re(aie\.objectfifo\.release )re" + S + R"re(\((?:Produce|Consume), \d+\))re",
        R"re(func\.call )re" + S + R"re(\()re" + Vs + R"re(\) : \()re" + Ms + R"re(\) -> \(\))re",
        R"re(aie\.runtime_sequence\((?:)re" + V + ": " + M + "(?:, " + V + ": " + M + R"re()*)?\) \{)re",
        R"re(aiex\.npu\.dma_memcpy_nd\()re" + V + R"re(\[)re" + Is + R"re(\]\[)re" + Is + R"re(\]\[)re" + Is +
            R"re(\]\) \{id = \d+ : i64, issue_token = (?:true|false), metadata = )re" + S + R"re(\} : )re" + M,
        R"re(aiex\.npu\.dma_wait \{symbol = )re" + S + R"re(\})re",
    };
    std::vector<std::regex> v;
    for (const std::string& t : text) v.emplace_back(t, std::regex::optimize);
    return v;
  }();
  return forms;
}

bool knownLineForm(const std::string& code) {
  for (const std::regex& r : lineForms())
    if (std::regex_match(code, r)) return true;
  return false;
}

bool checkProjectFiles(const std::string& dir, Diagnostics& d);
}  // namespace

bool validManifestTensors(const nlohmann::json& man, const std::string& path, Diagnostics& d) {
  const std::size_t before = d.errorCount();
  auto bad = [&](const std::string& pointer, const std::string& what, const nlohmann::json& found) {
    d.error(SourceLoc{path, pointer}, "expected " + what + ", found " + found.dump());
  };
  if (!man.contains("tensors") || !man["tensors"].is_array()) {
    bad("/tensors", "an array of tensors", man.contains("tensors") ? man["tensors"] : nlohmann::json());
    return false;
  }
  const nlohmann::json& ts = man["tensors"];
  std::set<std::int64_t> argsSeen;
  for (std::size_t i = 0; i < ts.size(); ++i) {
    const nlohmann::json& t = ts[i];
    const std::string at = "/tensors/" + std::to_string(i);
    if (!t.is_object()) {
      bad(at, "an object", t);
      continue;
    }
    auto field = [&](const char* k) { return t.contains(k) ? t[k] : nlohmann::json(); };
    if (!field("name").is_string() || field("name").get<std::string>().empty()) bad(at + "/name", "a name", field("name"));
    const nlohmann::json arg = field("arg");
    if (!arg.is_number_integer() || arg.get<std::int64_t>() < 0 || arg.get<std::int64_t>() >= static_cast<std::int64_t>(ts.size()) ||
        !argsSeen.insert(arg.get<std::int64_t>()).second)
      bad(at + "/arg", "a distinct argument index from 0 to " + std::to_string(ts.size() - 1), arg);
    const nlohmann::json role = field("role");
    if (!role.is_string() || (role != "input" && role != "output" && role != "inout"))
      bad(at + "/role", "\"input\", \"output\" or \"inout\"", role);
    const nlohmann::json dtype = field("dtype");
    if (!dtype.is_string() || !ir::parseDType(dtype.get<std::string>())) bad(at + "/dtype", "a dtype", dtype);
    const nlohmann::json shape = field("shape");
    std::int64_t elements = 1;
    bool shapeOk = shape.is_array() && !shape.empty() && shape.size() <= 8;
    for (std::size_t k = 0; shapeOk && k < shape.size(); ++k) {
      const nlohmann::json& n = shape[k];
      shapeOk = n.is_number_integer() && n.get<std::int64_t>() >= 1 && n.get<std::int64_t>() <= (std::int64_t{1} << 31) &&
                elements * n.get<std::int64_t>() <= (std::int64_t{1} << 40);
      if (shapeOk) elements *= n.get<std::int64_t>();
    }
    if (!shapeOk) {
      bad(at + "/shape", "1 to 8 dimensions of 1 to 2^31 elements (2^40 in all)", shape);
      continue;
    }
    const nlohmann::json n = field("elements");
    if (!n.is_number_integer() || n.get<std::int64_t>() != elements)
      bad(at + "/elements", "the shape's element count " + std::to_string(elements), n);
    for (const char* k : {"elements_read", "elements_written"})
      if (t.contains(k)) {
        const nlohmann::json& r = t[k];
        if (!r.is_number_integer() || r.get<std::int64_t>() < 0 || r.get<std::int64_t>() > elements)
          bad(at + "/" + k, "an element count from 0 to " + std::to_string(elements), r);
      }
  }
  return d.errorCount() == before;
}

bool checkProject(const std::string& dir, Diagnostics& d) {
  // The manifest is JSON a user may have edited: a value of another type than datosim wrote is an error
  // at the manifest, not a crash.
  try {
    return checkProjectFiles(dir, d);
  } catch (const nlohmann::json::exception& e) {
    d.error(SourceLoc{(fs::path(dir) / kManifestName).string(), ""},
            std::string("the manifest holds a value of an unexpected type or shape: ") + e.what());
    return false;
  }
}

namespace {

bool checkProjectFiles(const std::string& dir, Diagnostics& d) {
  const std::size_t before = d.errorCount();
  const fs::path mlirPath = fs::path(dir) / "aie.mlir";
  const fs::path manPath = fs::path(dir) / kManifestName;
  const std::string file = mlirPath.string();
  auto at = [&](int line) { return SourceLoc{file + ":" + std::to_string(line), ""}; };
  std::ifstream in(mlirPath);
  if (!in) {
    d.error(SourceLoc{file, ""}, "cannot read the project's aie.mlir (is '" + dir + "' a folder written by --emit=npu?)");
    return false;
  }
  nlohmann::json man;
  try {
    std::ifstream mf(manPath);
    man = nlohmann::json::parse(mf);
  } catch (const std::exception&) {
    d.error(SourceLoc{manPath.string(), ""}, "cannot read the project's manifest");
    return false;
  }
  if (!man.is_object()) {
    d.error(SourceLoc{manPath.string(), ""}, "the manifest is not a JSON object");
    return false;
  }
  if (man.value("backend", "") != "npu") {
    d.error(SourceLoc{manPath.string(), "/backend"}, "not an NPU project (backend '" + man.value("backend", "") + "')");
    return false;
  }
  if (!validManifestTensors(man, manPath.string(), d)) return false;
  // The limits as datosim wrote them: integers from 0 to 2^40 (a user may have edited them; anything else
  // is an error at its JSON pointer and the default is used).
  const nlohmann::json noLimits = nlohmann::json::object();
  const nlohmann::json& lim = man.contains("limits") && man["limits"].is_object() ? man["limits"] : noLimits;
  auto limitAt = [&](const nlohmann::json& v, const std::string& pointer, std::int64_t def) -> std::int64_t {
    if (v.is_number_integer() && v.get<std::int64_t>() >= 0 && v.get<std::int64_t>() <= (std::int64_t{1} << 40))
      return v.get<std::int64_t>();
    d.error(SourceLoc{manPath.string(), pointer}, "expected an integer from 0 to 2^40, found " + v.dump());
    return def;
  };
  auto limit = [&](const char* k, std::int64_t def) {
    return lim.contains(k) ? limitAt(lim[k], std::string("/limits/") + k, def) : def;
  };
  const std::int64_t l1 = limit("compute_l1_bytes", 0), stackDefault = limit("compute_stack_bytes", 0),
                     memBytes = limit("memtile_bytes", 0), shimBds = limit("shim_bds", 16),
                     computeBds = limit("compute_bds", 16), memtileBds = limit("memtile_bds", 48),
                     computeLocks = limit("compute_locks", 16), memtileLocks = limit("memtile_locks", 64);
  auto pair = [&](const char* k, int i) -> int {
    if (!lim.contains(k)) return 0;
    const nlohmann::json& v = lim[k];
    const std::string pointer = std::string("/limits/") + k;
    if (!v.is_array() || v.size() != 2) {
      if (i == 0) d.error(SourceLoc{manPath.string(), pointer}, "expected [inputs, outputs], found " + v.dump());
      return 0;
    }
    return static_cast<int>(std::min<std::int64_t>(limitAt(v[static_cast<std::size_t>(i)], pointer + "/" + std::to_string(i), 0), 1024));
  };

  static const std::regex reDevice(R"re(^\s*aie\.device\((\w+)\)\s*\{)re");
  static const std::regex reTile(R"re(^\s*(%\w+) = aie\.tile\((-?\d+), (-?\d+)\))re");
  static const std::regex reBuffer(R"re(^\s*(%\w+) = aie\.buffer\((%\w+)\) \{sym_name = "(\w+)"\} : (memref<[^>]*>))re");
  static const std::regex reFifo(R"re(^\s*aie\.objectfifo @(\w+)\((%\w+), \{([^}]*)\}, (\d+) : i32\) : !aie\.objectfifo<(memref<[^>]*>)>)re");
  static const std::regex reLink(R"re(^\s*aie\.objectfifo\.link \[([^\]]*)\] -> \[([^\]]*)\])re");
  static const std::regex reFunc(R"re(^\s*func\.func private @(\w+)\()re");
  static const std::regex reCore(R"re(^\s*(%\w+) = aie\.core\((%\w+)\) \{)re");
  static const std::regex reAcq(R"re((?:(%\w+) = )?aie\.objectfifo\.acquire @(\w+)\((Produce|Consume), (\d+)\))re");
  static const std::regex reRel(R"re(aie\.objectfifo\.release @(\w+)\((Produce|Consume), (\d+)\))re");
  static const std::regex reCall(R"re(func\.call @(\w+)\()re");
  static const std::regex reAccess(R"re((%\w+) = aie\.objectfifo\.subview\.access (%\w+)\[)re");
  static const std::regex reSsa(R"re(%\w+)re");
  static const std::regex reSeq(R"re(^\s*aie\.runtime_sequence\((.*)\) \{)re");
  static const std::regex reArg(R"re((%\w+): (memref<[^>]*>))re");
  static const std::regex reDma(R"re(aiex\.npu\.dma_memcpy_nd\((%\w+)\[([^\]]*)\]\[([^\]]*)\]\[([^\]]*)\]\) \{id = (\d+) : i64, issue_token = (true|false), metadata = @(\w+)\})re");
  static const std::regex reWait(R"re(aiex\.npu\.dma_wait \{symbol = @(\w+)\})re");
  static const std::regex reStack(R"re(^\s*\} \{stack_size = (\d+) : i32\})re");

  std::string device;
  std::map<std::string, TileInfo> tiles;
  std::map<std::string, std::int64_t> l1Use;  // tile SSA -> bytes
  std::map<std::string, FifoInfo> fifos;
  std::map<std::string, std::string> linkedTo;  // out fifo -> in fifo (memory-tile buffers shared)
  // Links: an output fifo (its producer is the memory tile holding the shared set), how many parts a join or
  // distribute cuts the set into, the line.
  struct Link {
    std::string out;
    int parts = 1, line = 0;
  };
  std::vector<Link> links;
  std::set<std::string> inLink;  // every fifo on either side of a link
  std::set<std::string> funcs;
  std::vector<std::pair<std::string, int>> calls, fifoRefs;
  std::map<std::string, std::int64_t> stackOf;  // tile -> stack bytes
  std::map<std::string, std::pair<std::int64_t, int>> args;  // runtime arg -> elements, bytes
  std::vector<std::string> argOrder;                          // as the signature lists them (tensor order)
  std::vector<Dma> dmas;
  std::vector<Wait> waits;
  std::vector<BlockState> blocks;
  // Objectfifo elements a core uses in place: subview -> fifo|port, element -> fifo|port while held, and
  // elements whose fifo was released since (element -> line of the release).
  std::map<std::string, std::string> subviewOf, heldElem;
  std::map<std::string, int> releasedElem;
  std::string coreTile;
  int coreDepth = -1, depth = 0, lineNo = 0;
  std::set<std::string> ssaDefined, ssaReported;  // SSA values defined so far; those already reported
  bool unbalancedReported = false;
  bool inSeq = false;
  int seqDepth = -1;
  std::string line;
  while (std::getline(in, line)) try {
    ++lineNo;
    const std::string code = line.substr(0, line.find("//"));
    std::smatch m;
    const int opens = static_cast<int>(std::count(code.begin(), code.end(), '{')) -
                      static_cast<int>(std::count(code.begin(), code.end(), '}'));
    const bool closesFirst = code.find_first_not_of(" ") != std::string::npos && code[code.find_first_not_of(" ")] == '}';
    // Blocks inside a core: a line starting with '}' closes one, a line ending with '{' opens one.
    auto trimmed = code;
    while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
    const bool opensBlock = !trimmed.empty() && trimmed.back() == '{';
    // The line itself: one of the forms datosim writes, and every SSA value it uses defined above it.
    const std::size_t lead = trimmed.find_first_not_of(' ');
    const std::string stmt = lead == std::string::npos ? std::string() : trimmed.substr(lead);
    if (!stmt.empty()) {
      if (!knownLineForm(stmt)) {
        d.error(at(lineNo), "not a line of the MLIR subset datosim writes and check-project reads: '" +
                                (stmt.size() > 120 ? stmt.substr(0, 120) + "...'" : stmt + "'"));
      } else {
        static const std::regex reResult(R"re(^(%\w+) = )re"), reIv(R"re(^scf\.for (%\w+) = )re"),
            reSeqArg(R"re((%\w+): memref)re");
        std::set<std::string> here;
        std::smatch dm;
        if (std::regex_search(stmt, dm, reResult) || std::regex_search(stmt, dm, reIv)) here.insert(dm[1].str());
        if (stmt.rfind("aie.runtime_sequence(", 0) == 0)
          for (std::sregex_iterator it(stmt.begin(), stmt.end(), reSeqArg), end; it != end; ++it) here.insert((*it)[1].str());
        for (std::sregex_iterator it(stmt.begin(), stmt.end(), reSsa), end; it != end; ++it) {
          const std::string v = it->str();
          if (here.count(v)) continue;
          if (!ssaDefined.count(v) && ssaReported.insert(v).second)
            d.error(at(lineNo), v + " is used here but not defined above (a renamed or missing value)");
        }
        for (const std::string& v : here)
          if (!ssaDefined.insert(v).second && stmt.rfind("scf.for ", 0) != 0 && ssaReported.insert(v).second)
            d.error(at(lineNo), v + " is defined twice");
      }
    }
    if (depth + opens < 0 && !unbalancedReported) {
      d.error(at(lineNo), "a '}' that closes no block");
      unbalancedReported = true;
    }
    if (coreDepth >= 0 && closesFirst && !blocks.empty()) {
      BlockState& b = blocks.back();
      for (const auto& [key, n] : b.net)
        if (n > 0)
          d.error(at(b.first[key]), "acquire of @" + key.substr(0, key.find('|')) + " (" + key.substr(key.find('|') + 1) +
                                        ") is not released before the end of its block (line " + std::to_string(lineNo) +
                                        "): a path leaves it held");
      blocks.pop_back();
    }
    if (std::regex_search(code, m, reStack) && !coreTile.empty()) stackOf[coreTile] = std::stoll(m[1].str());
    depth += opens;
    if (coreDepth >= 0 && depth <= coreDepth) {
      coreDepth = -1;
      blocks.clear();
    }
    if (coreDepth >= 0 && opensBlock) blocks.emplace_back();
    if (inSeq && depth <= seqDepth) inSeq = false;

    if (std::regex_search(code, m, reDevice)) {
      device = m[1].str();
    } else if (std::regex_search(code, m, reTile)) {
      const std::string name = m[1].str();
      if (tiles.count(name)) d.error(at(lineNo), "tile " + name + " is defined twice");
      tiles[name] = {std::stoi(m[2].str()), std::stoi(m[3].str()), lineNo};
    } else if (std::regex_search(code, m, reBuffer)) {
      std::int64_t n = 0;
      int b = 0;
      if (!tiles.count(m[2].str())) d.error(at(lineNo), "buffer on undefined tile " + m[2].str());
      if (memref(m[4].str(), n, b)) l1Use[m[2].str()] += n * b;
    } else if (std::regex_search(code, m, reFifo)) {
      FifoInfo f;
      f.producer = m[2].str();
      std::stringstream cs(m[3].str());
      std::string c;
      while (std::getline(cs, c, ',')) {
        c.erase(std::remove(c.begin(), c.end(), ' '), c.end());
        if (!c.empty()) f.consumers.push_back(c);
      }
      f.depth = std::stoll(m[4].str());
      if (f.depth < 1 || f.depth > (1 << 20)) {
        d.error(at(lineNo), "objectfifo @" + m[1].str() + " has depth " + m[4].str() + "; expected 1 to 1,048,576");
        f.depth = 1;
      }
      std::int64_t n = 0;
      int b = 0;
      memref(m[5].str(), n, b);
      f.elemBytes = b;
      f.bytes = n * b;
      f.line = lineNo;
      if (fifos.count(m[1].str())) d.error(at(lineNo), "objectfifo @" + m[1].str() + " is defined twice");
      fifos[m[1].str()] = f;
    } else if (std::regex_search(code, m, reLink)) {
      auto names = [](const std::string& list) {
        std::vector<std::string> v;
        static const std::regex sym(R"re(@(\w+))re");
        for (std::sregex_iterator it(list.begin(), list.end(), sym), end; it != end; ++it) v.push_back((*it)[1].str());
        return v;
      };
      const std::vector<std::string> src = names(m[1].str()), dst = names(m[2].str());
      if (src.empty() || dst.empty() || (src.size() > 1 && dst.size() > 1))
        d.error(at(lineNo), "a link joins several objectfifos into one or distributes one into several");
      for (const std::string& x : src) fifoRefs.emplace_back(x, lineNo);
      for (const std::string& x : dst) {
        fifoRefs.emplace_back(x, lineNo);
        if (!src.empty()) linkedTo[x] = src[0];
      }
      if (!dst.empty()) links.push_back(Link{dst[0], static_cast<int>(std::max(src.size(), dst.size())), lineNo});
      inLink.insert(src.begin(), src.end());
      inLink.insert(dst.begin(), dst.end());
    } else if (std::regex_search(code, m, reFunc)) {
      funcs.insert(m[1].str());
    } else if (std::regex_search(code, m, reCore)) {
      coreTile = m[2].str();
      if (!tiles.count(coreTile)) d.error(at(lineNo), "core on undefined tile " + coreTile);
      else if (tiles[coreTile].row < 2) d.error(at(lineNo), "a core on " + kind(tiles[coreTile].row) + " tile " + coreTile);
      coreDepth = depth - opens;
      blocks.clear();
      blocks.emplace_back();
    } else if (std::regex_search(code, m, reSeq)) {
      inSeq = true;
      seqDepth = depth - opens;
      const std::string params = m[1].str();
      for (std::sregex_iterator it(params.begin(), params.end(), reArg), end; it != end; ++it) {
        std::int64_t n = 0;
        int b = 0;
        memref((*it)[2].str(), n, b);
        args[(*it)[1].str()] = {n, b};
        argOrder.push_back((*it)[1].str());
      }
    }
    if (coreDepth >= 0 && !blocks.empty()) {
      BlockState& b = blocks.size() >= 2 && opensBlock ? blocks[blocks.size() - 2] : blocks.back();
      if (std::regex_search(code, m, reAcq)) {
        const std::string key = m[2].str() + "|" + m[3].str();
        if (m[1].matched) subviewOf[m[1].str()] = key;
        if (!b.first.count(key) || b.net[key] == 0) b.first[key] = lineNo;
        b.net[key] += std::stoi(m[4].str());
        fifoRefs.emplace_back(m[2].str(), lineNo);
      } else if (std::regex_search(code, m, reAccess)) {
        if (subviewOf.count(m[2].str())) heldElem[m[1].str()] = subviewOf[m[2].str()];
      } else {
        // An element used after its objectfifo was released: the DMA may already be refilling that buffer.
        for (std::sregex_iterator it(code.begin(), code.end(), reSsa), end; it != end; ++it) {
          auto r = releasedElem.find(it->str());
          if (r != releasedElem.end())
            d.error(at(lineNo), "objectfifo element " + it->str() + " is used after its release (line " +
                                    std::to_string(r->second) + "): the DMA may already be refilling that buffer");
        }
      }
      if (std::regex_search(code, m, reRel)) {
        const std::string key = m[1].str() + "|" + m[2].str();
        b.net[key] -= std::stoi(m[3].str());
        for (auto h = heldElem.begin(); h != heldElem.end();)
          if (h->second == key) {
            releasedElem[h->first] = lineNo;
            h = heldElem.erase(h);
          } else {
            ++h;
          }
        if (b.net[key] < 0) {
          d.error(at(lineNo), "release of @" + m[1].str() + " (" + m[2].str() + ") without a matching acquire in its block");
          b.net[key] = 0;
        }
        fifoRefs.emplace_back(m[1].str(), lineNo);
      }
      if (std::regex_search(code, m, reCall)) calls.emplace_back(m[1].str(), lineNo);
    }
    if (inSeq) {
      if (std::regex_search(code, m, reDma)) {
        Dma x;
        x.arg = m[1].str();
        const auto o = ints(m[2].str()), s = ints(m[3].str()), t = ints(m[4].str());
        if (o.size() != 4 || s.size() != 4 || t.size() != 4) {
          d.error(at(lineNo), "a dma_memcpy_nd needs 4 offsets, 4 sizes and 4 strides");
          continue;
        }
        for (int i = 0; i < 4; ++i) {
          x.offsets[i] = o[static_cast<std::size_t>(i)];
          x.sizes[i] = s[static_cast<std::size_t>(i)];
          x.strides[i] = t[static_cast<std::size_t>(i)];
        }
        x.id = std::stoll(m[5].str());
        x.token = m[6].str() == "true";
        x.fifo = m[7].str();
        x.line = lineNo;
        fifoRefs.emplace_back(x.fifo, lineNo);
        dmas.push_back(x);
      } else if (std::regex_search(code, m, reWait)) {
        fifoRefs.emplace_back(m[1].str(), lineNo);
        waits.push_back({m[1].str(), dmas.size(), lineNo});
      }
    }
  } catch (const std::logic_error& e) {  // std::stoi / stoll, a memref too large: a hand-edited number
    const std::string what = e.what();
    d.error(at(lineNo), "cannot read this line: " + (what.rfind("sto", 0) == 0 ? std::string("a number out of range") : what));
  }
  if (depth > 0)
    d.error(at(lineNo), std::to_string(depth) + " block" + (depth > 1 ? "s are" : " is") +
                            " still open at the end of the file (a missing '}')");
  if (device.empty()) {
    d.error(SourceLoc{file, ""}, "no aie.device(...) found");
    return false;
  }

  // Tiles inside the device.
  int cols = 0;
  static const std::regex reDev(R"re((npu1|npu2)(?:_(\d)col)?)re");
  std::smatch dm;
  if (std::regex_match(device, dm, reDev))
    cols = dm[2].matched ? std::stoi(dm[2].str()) : (dm[1].str() == "npu1" ? 4 : 8);
  else
    d.error(SourceLoc{file, ""}, "unknown device '" + device + "' (npu1, npu1_Ncol, npu2, npu2_Ncol)");
  for (const auto& [name, t] : tiles)
    if (t.col < 0 || t.col >= cols || t.row < 0 || t.row > 5)
      d.error(at(t.line), "tile " + name + " (" + std::to_string(t.col) + ", " + std::to_string(t.row) + ") is outside " +
                              device + " (" + std::to_string(cols) + " columns, rows 0-5)");

  // Objectfifo endpoints, DMA channels, memory.
  std::map<std::string, int> dmaIn, dmaOut;
  std::map<std::string, std::int64_t> memUse;
  std::map<std::string, std::vector<Endpoint>> endpoints;  // tile -> its DMA channels' objectfifo ends
  // Locks: the objectfifo lowering gives every buffer set a producer and a consumer lock in the tile that
  // holds it (a linked set cut into k parts by a join or distribute: k pairs).
  std::map<std::string, std::vector<std::pair<std::string, int>>> lockUsers;  // tile -> (what, locks)
  auto locks = [&](const std::string& tile, const std::string& what, int n) { lockUsers[tile].emplace_back(what, n); };
  auto adjacent = [&](const TileInfo& a, const TileInfo& b) {
    return a.row >= 2 && b.row >= 2 && std::abs(a.col - b.col) + std::abs(a.row - b.row) == 1;
  };
  for (const auto& [name, f] : fifos) {
    if (!tiles.count(f.producer)) {
      d.error(at(f.line), "objectfifo @" + name + ": producer " + f.producer + " is not a tile");
      continue;
    }
    const TileInfo& p = tiles[f.producer];
    // A memory tile has no core: what an objectfifo brings there must leave through a link, and what
    // leaves it must have come in through one; otherwise the DMA waits for ever.
    bool atMemtile = kind(p.row) == "memory";
    for (const std::string& c : f.consumers) atMemtile = atMemtile || (tiles.count(c) && kind(tiles[c].row) == "memory");
    if (atMemtile && !inLink.count(name))
      d.error(at(f.line), "objectfifo @" + name + " ends at a memory tile but is in no aie.objectfifo.link: the memory "
                          "tile has no core, so its data would go nowhere (or come from nowhere) and the DMA would wait for ever");
    bool producerDma = false;
    for (const std::string& c : f.consumers) {
      if (!tiles.count(c)) {
        d.error(at(f.line), "objectfifo @" + name + ": consumer " + c + " is not a tile");
        continue;
      }
      const TileInfo& q = tiles[c];
      const std::string pk = kind(p.row), qk = kind(q.row);
      const bool ok = (pk == "shim" && qk == "memory") || (pk == "memory" && (qk == "shim" || qk == "compute")) ||
                      (pk == "compute" && (qk == "memory" || qk == "compute"));
      if (!ok) d.error(at(f.line), "objectfifo @" + name + ": a " + pk + " tile cannot feed a " + qk + " tile here");
      if (adjacent(p, q)) {
        // One buffer set both cores address: in the west tile of an east-west pair whose consumer is
        // the east one, else in the consumer's memory (datosim's mapper places it so, docs/mapping.md).
        const bool eastward = q.row == p.row && q.col == p.col + 1;
        l1Use[eastward ? f.producer : c] += f.depth * f.bytes;
        locks(eastward ? f.producer : c, "@" + name, 2);
        continue;
      }
      producerDma = true;
      ++dmaIn[c];
      endpoints[c].push_back(Endpoint{name, f.depth, f.line, true});
      if (qk == "compute") l1Use[c] += f.depth * f.bytes;
      if (qk == "compute" || (qk == "memory" && !inLink.count(name))) locks(c, "@" + name, 2);
      if (qk == "memory" && !linkedTo.count(name)) memUse[c] += f.depth * f.bytes;
    }
    if (producerDma) {
      ++dmaOut[f.producer];
      endpoints[f.producer].push_back(Endpoint{name, f.depth, f.line, false});
      if (kind(p.row) == "compute") l1Use[f.producer] += f.depth * f.bytes;
      if (kind(p.row) == "compute" || (kind(p.row) == "memory" && !inLink.count(name))) locks(f.producer, "@" + name, 2);
      if (kind(p.row) == "memory" && !linkedTo.count(name)) memUse[f.producer] += f.depth * f.bytes;
    }
  }
  for (const Link& lk : links)
    if (fifos.count(lk.out) && tiles.count(fifos[lk.out].producer))
      locks(fifos[lk.out].producer, "the link of line " + std::to_string(lk.line), 2 * lk.parts);
  for (const auto& [name, t] : tiles) {
    const std::string k = kind(t.row);
    if (k != "shim") {
      const std::int64_t lockLim = k == "compute" ? computeLocks : memtileLocks;
      int n = 0;
      std::string who;
      for (const auto& [what, c] : lockUsers[name]) {
        n += c;
        who += (who.empty() ? "" : ", ") + what + " " + std::to_string(c);
      }
      if (n > lockLim)
        d.error(at(t.line), k + " tile " + name + " needs " + std::to_string(n) +
                                " locks (a producer and a consumer lock per objectfifo buffer set it holds: " + who +
                                "), it has " + std::to_string(lockLim));
    }
    const int inLim = k == "compute" ? pair("compute_dma", 0) : k == "memory" ? pair("memtile_dma", 0) : pair("shim_dma", 0);
    const int outLim = k == "compute" ? pair("compute_dma", 1) : k == "memory" ? pair("memtile_dma", 1) : pair("shim_dma", 1);
    if (dmaIn[name] > inLim)
      d.error(at(t.line), k + " tile " + name + " needs " + std::to_string(dmaIn[name]) + " S2MM DMA channels, it has " +
                              std::to_string(inLim));
    if (dmaOut[name] > outLim)
      d.error(at(t.line), k + " tile " + name + " needs " + std::to_string(dmaOut[name]) + " MM2S DMA channels, it has " +
                              std::to_string(outLim));
    if (k == "compute") {
      const std::int64_t stack = stackOf.count(name) ? stackOf[name] : stackDefault;
      if (l1Use[name] + stack > l1)
        d.error(at(t.line), "compute tile " + name + " needs " + std::to_string(l1Use[name] + stack) +
                                " bytes of data memory (buffers and objectfifo elements " + std::to_string(l1Use[name]) +
                                " + stack " + std::to_string(stack) + "), it has " + std::to_string(l1));
    }
    checkBds(k, name, endpoints[name], k == "compute" ? computeBds : memtileBds, inLim, outLim, at, d);
    if (k == "memory" && memUse[name] > memBytes)
      d.error(at(t.line), "memory tile " + name + " needs " + std::to_string(memUse[name]) + " bytes, it has " +
                              std::to_string(memBytes));
  }

  // Symbols.
  for (const auto& [fn, l] : calls)
    if (!funcs.count(fn)) d.error(at(l), "func.call of @" + fn + ", which is not declared");
  for (const auto& [f, l] : fifoRefs)
    if (!fifos.count(f)) d.error(at(l), "@" + f + " is not an objectfifo");

  // The runtime sequence: BD ids, DMA limits, and every element replayed. Each shim channel (objectfifo)
  // queues its transfers. A dma_wait consumes the oldest token on its channel and retires that transfer
  // and those queued before it. A shim channel's task queue holds 4 transfers, and a push onto a full one
  // is dropped: the transfer never runs and the design hangs (mlir-aie PR #3734, mlir-air PR #1826). A
  // buffer descriptor is busy from its transfer until a wait consumes the transfer's token; a transfer
  // without a token holds its descriptor to the end.
  struct Queued {
    std::string shim;
    std::int64_t id;
    int line;
    bool token;
  };
  constexpr std::size_t kQueue = 4;
  std::map<std::string, std::map<std::int64_t, int>> busy;  // shim tile -> id -> line of its transfer
  std::map<std::string, std::deque<Queued>> queued;         // objectfifo -> its unretired transfers
  std::size_t nextWait = 0;
  auto waitUntil = [&](std::size_t issued) {
    for (; nextWait < waits.size() && waits[nextWait].after <= issued; ++nextWait) {
      auto& q = queued[waits[nextWait].fifo];
      const auto token = std::find_if(q.begin(), q.end(), [](const Queued& x) { return x.token; });
      if (token == q.end()) {
        d.error(at(waits[nextWait].line), "dma_wait on @" + waits[nextWait].fifo + ", which has no transfer with a token pending");
        continue;
      }
      busy[token->shim].erase(token->id);
      q.erase(q.begin(), token + 1);
    }
  };
  std::map<std::string, std::vector<int>> written;    // arg -> writes per element
  std::map<std::string, std::vector<char>> read;
  for (const Dma& x : dmas) {
    if (!fifos.count(x.fifo) || !args.count(x.arg)) {
      if (!args.count(x.arg)) d.error(at(x.line), x.arg + " is not an argument of the runtime sequence");
      continue;
    }
    const FifoInfo& f = fifos[x.fifo];
    const bool fromShim = tiles.count(f.producer) && tiles[f.producer].row == 0;
    const bool toShim = !f.consumers.empty() && tiles.count(f.consumers[0]) && tiles[f.consumers[0]].row == 0;
    if (!fromShim && !toShim) {
      d.error(at(x.line), "metadata @" + x.fifo + " is not an objectfifo of a shim tile");
      continue;
    }
    const std::string shim = fromShim ? f.producer : f.consumers[0];
    waitUntil(static_cast<std::size_t>(&x - dmas.data()));
    if (const auto held = busy[shim].find(x.id); held != busy[shim].end())
      d.error(at(x.line), "buffer descriptor id " + std::to_string(x.id) + " is used twice on shim tile " + shim +
                              " while the transfer of line " + std::to_string(held->second) +
                              " may still run (no dma_wait has consumed its token)");
    busy[shim][x.id] = x.line;
    auto& q = queued[x.fifo];
    if (q.size() >= kQueue)
      d.error(at(x.line), "a " + std::to_string(q.size() + 1) + "th transfer outstanding on the shim channel of @" + x.fifo +
                              ", whose task queue holds " + std::to_string(kQueue) +
                              " (a push onto a full queue is dropped and the design hangs); wait for an earlier one first");
    q.push_back({shim, x.id, x.line, x.token});
    if (x.id >= shimBds)
      d.error(at(x.line), "buffer descriptor id " + std::to_string(x.id) + " is beyond the shim's " + std::to_string(shimBds));
    const auto [count, bytes] = args[x.arg];
    if (x.strides[3] != 1) d.error(at(x.line), "the innermost stride must be 1");
    for (int i = 1; i < 4; ++i)
      if (x.sizes[i] > 1023) d.error(at(x.line), "size " + std::to_string(x.sizes[i]) + " exceeds the shim DMA's 1023");
    if (x.sizes[0] > 64) d.error(at(x.line), "repeat count " + std::to_string(x.sizes[0]) + " exceeds 64");
    if ((x.sizes[3] * bytes) % 4 != 0 || (x.offsets[3] * bytes) % 4 != 0)
      d.error(at(x.line), "the transfer is not made of whole 32-bit words");
    const std::int64_t moved = x.sizes[0] * x.sizes[1] * x.sizes[2] * x.sizes[3] * bytes;
    if (f.bytes && moved % f.bytes != 0)
      d.error(at(x.line), "the transfer moves " + std::to_string(moved) + " bytes, not a whole number of @" + x.fifo +
                              " elements (" + std::to_string(f.bytes) + " bytes each)");
    std::int64_t base = 0;
    for (int i = 0; i < 4; ++i) base += x.offsets[i] * x.strides[i];
    auto& w = written[x.arg];
    auto& r = read[x.arg];
    if (w.empty()) w.assign(static_cast<std::size_t>(count), 0);
    if (r.empty()) r.assign(static_cast<std::size_t>(count), 0);
    bool outOfRange = false;
    for (std::int64_t a = 0; a < x.sizes[0]; ++a)
      for (std::int64_t b = 0; b < x.sizes[1]; ++b)
        for (std::int64_t c = 0; c < x.sizes[2]; ++c)
          for (std::int64_t e = 0; e < x.sizes[3]; ++e) {
            const std::int64_t el = base + a * x.strides[0] + b * x.strides[1] + c * x.strides[2] + e * x.strides[3];
            if (el < 0 || el >= count) {
              outOfRange = true;
              continue;
            }
            if (toShim) ++w[static_cast<std::size_t>(el)];
            else r[static_cast<std::size_t>(el)] = 1;
          }
    if (outOfRange) d.error(at(x.line), "the transfer reaches outside " + x.arg + " (" + std::to_string(count) + " elements)");
  }
  waitUntil(dmas.size());
  for (const auto& [fifo, q] : queued)
    for (const Queued& x : q)
      if (x.token) d.error(at(x.line), "the transfer's token on @" + fifo + " is never waited for (dma_wait)");
  // Against the manifest's tensors: outputs written exactly once, inputs read as much as the graph reads.
  if (man.contains("tensors")) {
    const std::vector<std::string>& order = argOrder;
    for (const auto& t : man["tensors"]) {
      const std::size_t i = t.value("arg", 0);
      if (i >= order.size()) {
        d.error(SourceLoc{file, ""}, "the runtime sequence has no argument for tensor " + t.value("name", std::string()));
        continue;
      }
      const std::string& a = order[i];
      const std::string role = t.value("role", "");
      if (role != "input") {
        const auto& w = written[a];
        std::int64_t missing = 0, twice = 0, first = -1;
        for (std::size_t e = 0; e < static_cast<std::size_t>(t.value("elements", 0)); ++e) {
          const int n = e < w.size() ? w[e] : 0;
          if (n != 1 && first < 0) first = static_cast<std::int64_t>(e);
          missing += n == 0;
          twice += n > 1;
        }
        // A ragged graph stores only part of an output (the rest keeps the zeros the host wrote): the manifest
        // says how many elements the graph stores, and the sequence must write exactly as many, each once.
        const std::int64_t elements = t.value("elements", std::int64_t{0});
        const std::int64_t unstored = t.contains("elements_written") ? elements - t["elements_written"].get<std::int64_t>() : 0;
        if (twice || missing != unstored)
          d.error(SourceLoc{file, ""}, "output " + t.value("name", std::string()) + " (" + a + "): " +
                                           std::to_string(missing) + " elements never written" +
                                           (unstored ? " (the graph leaves " + std::to_string(unstored) + " unstored)" : "") +
                                           ", " + std::to_string(twice) +
                                           " written more than once by the runtime sequence (first: element " +
                                           std::to_string(first) + ")");
      }
      if (t.contains("elements_read")) {
        const auto& r = read[a];
        const std::int64_t got = std::count(r.begin(), r.end(), 1);
        if (got != t["elements_read"].get<std::int64_t>())
          d.error(SourceLoc{file, ""}, "input " + t.value("name", std::string()) + " (" + a + "): the runtime sequence reads " +
                                           std::to_string(got) + " distinct elements, the graph reads " +
                                           std::to_string(t["elements_read"].get<std::int64_t>()));
      }
    }
  }
  return d.errorCount() == before;
}

}  // namespace

}  // namespace datosim::backends::npu
