#include "backends/npu/roundtrip.h"

#include "backends/npu/check.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "backends/common/project.h"

namespace datosim::backends::npu {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

struct Memref {
  std::vector<std::int64_t> shape;
  std::string dtype;
};

bool parseMemref(const std::string& t, Memref& m) {
  static const std::regex re(R"re(memref<((?:\d+x)+)(\w+)>)re");
  std::smatch s;
  if (!std::regex_search(t, s, re)) return false;
  m.shape.clear();
  std::stringstream dims(s[1].str());
  std::string d;
  while (std::getline(dims, d, 'x'))
    if (!d.empty()) m.shape.push_back(std::stoll(d));
  m.dtype = s[2].str();
  return true;
}

std::int64_t count(const std::vector<std::int64_t>& s) {
  std::int64_t n = 1;
  for (std::int64_t v : s) n *= v;
  return n;
}

struct Fifo {
  std::string producer;
  std::vector<std::string> consumers;
  std::int64_t depth = 0;
  Memref type;
};

struct LoopCtx {
  std::size_t line = 0;  // of its scf.for: which loop it is
  std::string iv;
  bool constant = false;
  std::int64_t lo = 0, hi = 0, step = 1;
};

// A load or store statement whose `at` is filled once the tiles of its flow are known.
struct Site {
  std::string core, fifo;
  std::vector<LoopCtx> loops;
  bool underIf = false;
  int line = 0;
};

class Parser {
 public:
  Parser(std::vector<std::string> lines, const std::string& file, Diagnostics& d) : lines_(std::move(lines)), file_(file), d_(d) {}
  bool run(const Json& man, Rebuilt& out);

 private:
  std::vector<std::string> lines_;
  std::string file_;
  Diagnostics& d_;
  std::map<std::string, std::pair<int, int>> tiles_;
  std::map<std::string, std::pair<std::string, Memref>> buffers_;  // ssa -> sym_name, type
  std::map<std::string, Fifo> fifos_;
  std::vector<std::string> fifoOrder_;  // as the file declares them
  std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> links_;
  std::vector<std::vector<std::int64_t>> linkOffsets_;
  // Per core being parsed.
  std::map<std::string, std::string> expr_;          // SSA -> datosim expression
  std::map<std::string, std::int64_t> const_;        // SSA -> constant value
  std::map<std::string, std::pair<std::string, bool>> acquired_;  // subview / element SSA -> fifo, produce
  std::set<std::string> scalarLocals_;
  std::set<std::string> inPlace_;                                  // element SSAs a core computes on directly
  std::map<std::string, std::map<std::string, Memref>> inPlaceLocals_;  // core -> the locals those elements stand for
  std::map<std::string, std::string> pendingStore_;                // fifo -> the local its held Produce element holds
  std::map<std::string, std::set<std::string>> streamLocals_;      // fifo -> the locals put into / got from it                             // locals that are scalars (rank0_operands)
  std::string core_;
  std::vector<LoopCtx> loops_;
  int ifDepth_ = 0;
  std::vector<Site> sites_;  // in body order; their statements are found again by order of appearance
  std::map<std::string, std::string> argOf_;         // fifo -> argument name in its core's task
  std::map<std::string, std::set<std::string>> argsOfCore_;
  std::vector<std::string> coreNames_;
  std::map<std::string, std::string> coreTile_;

  SourceLoc at(std::size_t i) const { return SourceLoc{file_ + ":" + std::to_string(i + 1), ""}; }
  std::string e(const std::string& ssa, std::size_t i) {
    auto it = expr_.find(ssa);
    if (it != expr_.end()) return it->second;
    d_.error(at(i), "round trip: value " + ssa + " is not defined in its core");
    return "0";
  }
  bool block(std::size_t& i, Json& body, const Json& kernels);
  // A load (store) through tensor-flow objectfifo `fifo` into (from) `local`, made at line i; its `at` is
  // filled once the runtime sequence is replayed.
  void memStatement(const std::string& fifo, bool store, const std::string& local, std::size_t i, Json& body) {
    argsOfCore_[core_].insert(fifo);
    body.push_back(Json{{store ? "store" : "load", argOf_[fifo]}, {"at", Json::array()}, {store ? "from" : "into", local}});
    sites_.push_back(Site{core_, fifo, loops_, ifDepth_ > 0, static_cast<int>(i + 1)});
  }
};

bool Parser::block(std::size_t& i, Json& body, const Json& kernels) {
  static const std::regex reConst(R"re(^\s*(%\w+) = arith\.constant (-?\d+) : index)re");
  static const std::regex reTrue(R"re(^\s*(%\w+) = arith\.constant true)re");
  static const std::regex reBin(R"re(^\s*(%\w+) = arith\.(addi|subi|muli|floordivsi|remsi|minsi|maxsi|andi|ori|xori) (%\w+), (%\w+) :)re");
  static const std::regex reCmp(R"re(^\s*(%\w+) = arith\.cmpi (\w+), (%\w+), (%\w+) :)re");
  static const std::regex reCast(R"re(^\s*(%\w+) = arith\.(extui|index_cast) (%\w+) :)re");
  static const std::regex reSel(R"re(^\s*(%\w+) = arith\.select (%\w+), (%\w+), (%\w+) :)re");
  static const std::regex reFor(R"re(^\s*scf\.for (%\w+) = (%\w+) to (%\w+) step (%\w+) \{)re");
  static const std::regex reIf(R"re(^\s*scf\.if (%\w+) \{)re");
  static const std::regex reAcq(R"re(^\s*(%\w+) = aie\.objectfifo\.acquire @(\w+)\((Produce|Consume), 1\))re");
  static const std::regex reAccess(R"re(^\s*(%\w+) = aie\.objectfifo\.subview\.access (%\w+)\[0\])re");
  static const std::regex reRel(R"re(^\s*aie\.objectfifo\.release @(\w+)\((Produce|Consume), 1\))re");
  static const std::regex reCall(R"re(^\s*func\.call @(\w+)\(([^)]*)\))re");
  for (; i < lines_.size(); ++i) {
    const std::string& l = lines_[i];
    std::smatch m;
    const std::string trimmed = l.substr(l.find_first_not_of(' ') == std::string::npos ? 0 : l.find_first_not_of(' '));
    if (trimmed.rfind("}", 0) == 0) return true;  // the caller handles "} else {"
    if (trimmed.rfind("//", 0) == 0 || trimmed.empty()) continue;
    if (std::regex_search(l, m, reConst)) {
      expr_[m[1]] = m[2].str().front() == '-' ? "(" + m[2].str() + ")" : m[2].str();
      const_[m[1]] = std::stoll(m[2].str());
    } else if (std::regex_search(l, m, reTrue)) {
      expr_[m[1]] = "1";
    } else if (std::regex_search(l, m, reBin)) {
      const std::string op = m[2], a = e(m[3], i), b = e(m[4], i);
      std::string r;
      if (op == "addi") r = "(" + a + " + " + b + ")";
      else if (op == "subi") r = "(" + a + " - " + b + ")";
      else if (op == "muli") r = "(" + a + " * " + b + ")";
      else if (op == "floordivsi") r = "(" + a + " / " + b + ")";
      else if (op == "remsi") r = "(" + a + " % " + b + ")";  // only in ((a rem b) + b) rem b: floor modulo
      else if (op == "minsi") r = "min(" + a + ", " + b + ")";
      else if (op == "maxsi") r = "max(" + a + ", " + b + ")";
      else if (op == "andi") r = "(" + a + " && " + b + ")";
      else if (op == "ori") r = "(" + a + " || " + b + ")";
      else r = "(!" + a + ")";  // xori with true
      expr_[m[1]] = r;
    } else if (std::regex_search(l, m, reCmp)) {
      static const std::map<std::string, std::string> ops = {{"eq", "=="}, {"ne", "!="}, {"slt", "<"},
                                                             {"sle", "<="}, {"sgt", ">"}, {"sge", ">="}};
      expr_[m[1]] = "(" + e(m[3], i) + " " + ops.at(m[2]) + " " + e(m[4], i) + ")";
    } else if (std::regex_search(l, m, reCast)) {
      expr_[m[1]] = e(m[3], i);
    } else if (std::regex_search(l, m, reSel)) {
      expr_[m[1]] = "(" + e(m[2], i) + " ? " + e(m[3], i) + " : " + e(m[4], i) + ")";
    } else if (std::regex_search(l, m, reFor) && loops_.empty() && ifDepth_ == 0 && body.empty() && const_.count(m[2]) &&
               const_.count(m[3]) && const_.count(m[4]) && const_[m[2]] == 0 && const_[m[4]] == 1 &&
               const_[m[3]] == std::numeric_limits<std::int64_t>::max()) {
      // The core's run loop (one pass per run of the runtime sequence): its body is the program.
      ++i;
      if (!block(i, body, kernels)) return false;
    } else if (std::regex_search(l, m, reFor)) {
      LoopCtx c;
      c.line = i;
      c.iv = "i" + std::to_string(loops_.size());  // by depth: equal programs read equally
      c.constant = const_.count(m[2]) && const_.count(m[3]) && const_.count(m[4]);
      if (c.constant) {
        c.lo = const_[m[2]];
        c.hi = const_[m[3]];
        c.step = const_[m[4]];
      }
      Json s;
      s["for"] = c.iv;
      s["range"] = Json::array({e(m[2], i), e(m[3], i), e(m[4], i)});
      expr_[m[1]] = c.iv;
      Json inner = Json::array();
      loops_.push_back(c);
      ++i;
      if (!block(i, inner, kernels)) return false;
      loops_.pop_back();
      s["body"] = inner;
      body.push_back(s);
    } else if (std::regex_search(l, m, reIf)) {
      Json s;
      s["if"] = e(m[1], i);
      Json then = Json::array(), els = Json::array();
      ++ifDepth_;
      ++i;
      if (!block(i, then, kernels)) return false;
      if (i < lines_.size() && lines_[i].find("} else {") != std::string::npos) {
        ++i;
        if (!block(i, els, kernels)) return false;
      }
      --ifDepth_;
      s["then"] = then;
      if (!els.empty()) s["else"] = els;
      body.push_back(s);
    } else if (std::regex_search(l, m, reAcq)) {
      acquired_[m[1]] = {m[2], m[3] == "Produce"};
    } else if (std::regex_search(l, m, reAccess)) {
      auto it = acquired_.find(m[2]);
      if (it == acquired_.end()) {
        d_.error(at(i), "round trip: access of " + m[2].str() + ", which no acquire defined");
        return false;
      }
      const auto [fifo, produce] = it->second;
      const std::string elem = m[1];
      acquired_[elem] = it->second;
      // Copied into (out of) a buffer by the next call, or used in place by the core's kernels until its release.
      std::size_t next = i + 1;
      while (next < lines_.size() && lines_[next].find_first_not_of(' ') == std::string::npos) ++next;
      std::smatch cm;
      bool copied = false;
      if (next < lines_.size() && std::regex_search(lines_[next], cm, reCall) && cm[1].str().rfind("dsim_copy_", 0) == 0) {
        std::stringstream ops(cm[2].str());
        for (std::string x; std::getline(ops, x, ',');) {
          x.erase(std::remove(x.begin(), x.end(), ' '), x.end());
          copied = copied || x == elem;
        }
      }
      if (copied) continue;
      if (!fifos_.count(fifo) || !argOf_.count(fifo)) {
        d_.error(at(i), "round trip: an element of @" + fifo + " used in place, which is not a tensor flow's objectfifo");
        return false;
      }
      // The local it stands for: named after the fifo, distinct from the core's buffers.
      std::set<std::string> taken;
      for (const auto& [ssa, b] : buffers_) taken.insert(b.first);
      std::string name = fifo + "_elem";
      for (int k = 2; taken.count(name); ++k) name = fifo + "_elem" + std::to_string(k);
      buffers_[elem] = {name, fifos_[fifo].type};
      inPlace_.insert(elem);
      inPlaceLocals_[core_][name] = fifos_[fifo].type;
      if (produce) {
        pendingStore_[fifo] = name;  // the store is made at the release
      } else {
        memStatement(fifo, false, name, i, body);
      }
    } else if (std::regex_search(l, m, reRel)) {
      // A copied element's statement was made at the copy; a Produce element held in place is stored here.
      auto p = pendingStore_.find(m[1]);
      if (m[2] == "Produce" && p != pendingStore_.end()) {
        memStatement(p->first, true, p->second, i, body);
        pendingStore_.erase(p);
      }
    } else if (std::regex_search(l, m, reCall)) {
      std::vector<std::string> ops;
      std::stringstream ss(m[2].str());
      std::string x;
      while (std::getline(ss, x, ',')) {
        x.erase(std::remove(x.begin(), x.end(), ' '), x.end());
        ops.push_back(x);
      }
      const std::string fn = m[1];
      auto local = [&](const std::string& ssa) -> std::string {
        auto b = buffers_.find(ssa);
        if (b == buffers_.end()) {
          d_.error(at(i), "round trip: operand " + ssa + " of @" + fn + " is not a buffer of the core");
          return "?";
        }
        return b->second.first;
      };
      if (fn.rfind("dsim_reset_", 0) == 0 && ops.size() == 1) {
        // Clears a local at the start of a run: datosim's locals start at zero; nothing to rebuild.
      } else if (fn.rfind("dsim_copy_", 0) == 0 && ops.size() == 2) {
        // The element copied: the operand that is an objectfifo element not held in place.
        auto copiedElem = [&](const std::string& x) { return acquired_.count(x) != 0 && !inPlace_.count(x); };
        const bool fromFifo = copiedElem(ops[0]);
        const std::string elem = fromFifo ? ops[0] : ops[1];
        auto a = copiedElem(elem) ? acquired_.find(elem) : acquired_.end();
        if (a == acquired_.end()) {
          d_.error(at(i), "round trip: a copy that touches no objectfifo element");
          return false;
        }
        const std::string& fifo = a->second.first;
        const bool produce = a->second.second;
        const Fifo& f = fifos_[fifo];
        const bool stream = tiles_[f.producer].second >= 2 && !f.consumers.empty() && tiles_[f.consumers[0]].second >= 2;
        Json s;
        const std::string buf = local(fromFifo ? ops[1] : ops[0]);
        if (stream) {
          streamLocals_[fifo].insert(buf);
          s[produce ? "put" : "get"] = fifo;
          s[produce ? "from" : "into"] = buf;
          body.push_back(s);
        } else {
          memStatement(fifo, produce, buf, i, body);
        }
      } else {
        if (!kernels.contains(fn)) {
          d_.error(at(i), "round trip: @" + fn + " is not in the manifest's kernel table");
          return false;
        }
        const Json& k = kernels[fn];
        if (!k.is_object() || !k.contains("kernel") || !k["kernel"].is_string() ||
            (k.contains("attrs") && !k["attrs"].is_object())) {
          d_.error(at(i), "round trip: the manifest's kernel table entry for @" + fn +
                              " is not an object with a 'kernel' name (and 'attrs', if any, an object): " + k.dump());
          return false;
        }
        Json s;
        s["compute"] = k["kernel"];
        Json ins = Json::array();
        const bool custom = k["kernel"] == "custom";
        for (std::size_t o = 0; o + (custom ? 0 : 1) < ops.size(); ++o) ins.push_back(local(ops[o]));
        s["in"] = ins;
        if (!custom && !ops.empty()) s["out"] = local(ops.back());
        // Scalar locals are one-element memrefs in aie.mlir; the kernel table says which operands were scalars.
        for (const Json& r : k.value("rank0_operands", Json::array()))
          if (r.is_number_unsigned() && r.get<std::size_t>() < ops.size()) scalarLocals_.insert(local(ops[r.get<std::size_t>()]));
        if (k.value("accumulate", false)) s["accumulate"] = true;
        if (k.contains("attrs") && !k["attrs"].empty()) s["attrs"] = k["attrs"];
        if (k.contains("cycles")) s["cycles"] = k["cycles"];  // a cost the graph gave
        body.push_back(s);
      }
    }
  }
  return true;
}

bool Parser::run(const Json& man, Rebuilt& out) {
  static const std::regex reTile(R"re(^\s*(%\w+) = aie\.tile\((\d+), (\d+)\))re");
  static const std::regex reBuffer(R"re(^\s*(%\w+) = aie\.buffer\((%\w+)\) \{sym_name = "(\w+)"\} : (memref<[^>]*>))re");
  static const std::regex reFifo(R"re(^\s*aie\.objectfifo @(\w+)\((%\w+), \{([^}]*)\}, (\d+) : i32\) : !aie\.objectfifo<(memref<[^>]*>)>)re");
  static const std::regex reLink(R"re(^\s*aie\.objectfifo\.link \[([^\]]*)\] -> \[([^\]]*)\] \(\[([^\]]*)\] \[([^\]]*)\]\))re");
  static const std::regex reCore(R"re(^\s*%\w+ = aie\.core\((%\w+)\) \{)re");
  static const std::regex reDma(R"re(aiex\.npu\.dma_memcpy_nd\((%\w+)\[([^\]]*)\]\[([^\]]*)\]\[([^\]]*)\]\) \{id = \d+ : i64, issue_token = \w+, metadata = @(\w+)\})re");
  static const std::regex reSeq(R"re(aie\.runtime_sequence\((.*)\) \{)re");
  static const std::regex reArg(R"re((%\w+): memref)re");
  static const std::regex reSym(R"re(@(\w+))re");
  auto nums = [](const std::string& s) {
    std::vector<std::int64_t> v;
    static const std::regex n(R"re(-?\d+)re");
    for (std::sregex_iterator it(s.begin(), s.end(), n), end; it != end; ++it) v.push_back(std::stoll(it->str()));
    return v;
  };
  auto syms = [](const std::string& s) {
    std::vector<std::string> v;
    for (std::sregex_iterator it(s.begin(), s.end(), reSym), end; it != end; ++it) v.push_back((*it)[1].str());
    return v;
  };
  // Pass 1: declarations.
  std::map<std::string, std::vector<std::vector<std::int64_t>>> dmaOf;  // L2 fifo -> transfers (16 numbers + offset)
  std::map<std::string, std::string> dmaArg;                            // L2 fifo -> runtime argument
  std::vector<std::string> seqArgs;
  std::vector<std::pair<std::size_t, std::string>> cores;  // line, tile
  std::string lastComment;
  std::vector<std::string> coreComment;
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    const std::string& l = lines_[i];
    std::smatch m;
    if (l.find("// ") != std::string::npos && l.find_first_not_of(' ') == l.find("//")) lastComment = l.substr(l.find("// ") + 3);
    if (std::regex_search(l, m, reTile)) {
      tiles_[m[1]] = {std::stoi(m[2]), std::stoi(m[3])};
    } else if (std::regex_search(l, m, reBuffer)) {
      Memref t;
      parseMemref(m[4], t);
      buffers_[m[1]] = {m[3], t};
    } else if (std::regex_search(l, m, reFifo)) {
      Fifo f;
      f.producer = m[2];
      std::stringstream cs(m[3].str());
      std::string c;
      while (std::getline(cs, c, ',')) {
        c.erase(std::remove(c.begin(), c.end(), ' '), c.end());
        if (!c.empty()) f.consumers.push_back(c);
      }
      f.depth = std::stoll(m[4]);
      parseMemref(m[5], f.type);
      fifos_[m[1]] = f;
      fifoOrder_.push_back(m[1]);
    } else if (std::regex_search(l, m, reLink)) {
      links_.push_back({syms(m[1]), syms(m[2])});
      const auto so = nums(m[3]), dof = nums(m[4]);
      linkOffsets_.push_back(so.empty() ? dof : so);
    } else if (std::regex_search(l, m, reCore)) {
      cores.emplace_back(i, m[1]);
      coreComment.push_back(lastComment);
    } else if (std::regex_search(l, m, reSeq)) {
      const std::string params = m[1];
      for (std::sregex_iterator it(params.begin(), params.end(), reArg), end; it != end; ++it) seqArgs.push_back((*it)[1].str());
    } else if (std::regex_search(l, m, reDma)) {
      std::vector<std::int64_t> v = nums(m[2]);
      for (std::int64_t x : nums(m[3])) v.push_back(x);
      for (std::int64_t x : nums(m[4])) v.push_back(x);
      if (v.size() != 12) {
        d_.error(at(i), "round trip: a dma_memcpy_nd without 4 offsets, sizes and strides");
        return false;
      }
      dmaOf[m[5]].push_back(v);
      dmaArg[m[5]] = m[1];
    }
  }
  // Tensors (manifest) and runtime arguments.
  Json tensors = Json::object();
  std::map<std::string, Json> tensorOfArg;
  for (const Json& t : man["tensors"]) {
    const std::size_t a = t["arg"];
    if (a >= seqArgs.size()) {
      d_.error(SourceLoc{file_, ""}, "round trip: the runtime sequence has fewer arguments than the manifest has tensors");
      return false;
    }
    tensorOfArg[seqArgs[a]] = t;
    Json x;
    x["dtype"] = t["dtype"];
    x["shape"] = t["shape"];
    x["role"] = t["role"];
    tensors[t["name"].get<std::string>()] = x;
    const std::string stem = sanitizeIdentifier(t["name"].get<std::string>());
    if (t["role"] != "output") out.inputs.emplace_back(t["name"], "data/" + stem + ".npy");
    if (t["role"] != "input") out.expected.emplace_back(t["name"], "data/expected/" + stem + ".npy");
  }
  // Flow fifos: the L1 end of every link; their tiles, replayed from the transfers of their L2 fifo.
  std::map<std::string, std::vector<std::vector<std::int64_t>>> tilesOf;  // L1 fifo -> element lists
  std::map<std::string, std::string> tensorOfFifo;
  for (std::size_t k = 0; k < links_.size(); ++k) {
    const auto& [src, dst] = links_[k];
    const bool load = src.size() == 1 && dmaOf.count(src[0]);
    const std::string l2 = load ? src[0] : dst.empty() ? "" : dst[0];
    const std::vector<std::string>& l1s = load ? dst : src;
    if (!dmaOf.count(l2)) {
      d_.error(SourceLoc{file_, ""}, "round trip: objectfifo @" + l2 + " is linked but no transfer uses it");
      return false;
    }
    std::vector<std::int64_t> elems;
    for (const auto& v : dmaOf[l2]) {
      const std::int64_t* off = &v[0];
      const std::int64_t* sz = &v[4];
      const std::int64_t* st = &v[8];
      std::int64_t base = 0;
      for (int q = 0; q < 4; ++q) base += off[q] * st[q];
      for (std::int64_t a = 0; a < sz[0]; ++a)
        for (std::int64_t b = 0; b < sz[1]; ++b)
          for (std::int64_t c = 0; c < sz[2]; ++c)
            for (std::int64_t e2 = 0; e2 < sz[3]; ++e2) elems.push_back(base + a * st[0] + b * st[1] + c * st[2] + e2 * st[3]);
    }
    const std::int64_t l2n = count(fifos_[l2].type.shape);
    const std::vector<std::int64_t>& offs = linkOffsets_[k];
    for (std::size_t f = 0; f < l1s.size(); ++f) {
      const std::int64_t n = count(fifos_[l1s[f]].type.shape);
      const std::int64_t o = offs.empty() ? 0 : offs[f];
      for (std::size_t s = 0; s + static_cast<std::size_t>(l2n) <= elems.size(); s += static_cast<std::size_t>(l2n))
        tilesOf[l1s[f]].emplace_back(elems.begin() + static_cast<std::ptrdiff_t>(s + o),
                                     elems.begin() + static_cast<std::ptrdiff_t>(s + o + n));
      tensorOfFifo[l1s[f]] = tensorOfArg[dmaArg[l2]]["name"];
    }
  }
  // Arguments: one per flow fifo, named after it.
  for (const auto& [fifo, t] : tensorOfFifo) argOf_[fifo] = fifo;

  // Pass 2: cores.
  const Json& kernels = man.contains("kernels") ? man["kernels"] : Json::object();
  Json tasks = Json::object();
  Json groups = Json::array();
  for (std::size_t c = 0; c < cores.size(); ++c) {
    core_ = sanitizeIdentifier(coreComment[c].empty() ? "core" + std::to_string(c) : coreComment[c]);
    expr_.clear();
    const_.clear();
    acquired_.clear();
    pendingStore_.clear();
    loops_.clear();
    ifDepth_ = 0;
    Json body = Json::array();
    std::size_t i = cores[c].first + 1;
    if (!block(i, body, kernels)) return false;
    Json task;
    task["mapping"] = Json::array({1});
    task["coords"] = Json::array({"p"});
    Json locals = Json::object();
    for (std::size_t li = 0; li < lines_.size(); ++li) {
      std::smatch m;
      if (std::regex_search(lines_[li], m, reBuffer) && m[2] == cores[c].second) {
        Memref t;
        parseMemref(m[4], t);
        locals[m[3].str()] = Json{{"dtype", t.dtype}, {"shape", t.shape}};
      }
    }
    for (const auto& [name, t] : inPlaceLocals_[core_]) locals[name] = Json{{"dtype", t.dtype}, {"shape", t.shape}};
    task["locals"] = locals;
    task["body"] = body;
    tasks[core_] = task;
    coreTile_[core_] = cores[c].second;
    const auto [col, row] = tiles_[cores[c].second];
    groups.push_back(Json{{"tile", {col, row}}, {"instances", {core_}}});
    coreNames_.push_back(core_);
  }
  // Fill the `at` of every load and store, and the arguments of every task.
  // A fifo may be accessed at several places of a core (an unrolled loop: one copy per iteration), none under
  // a condition and every loop around them with constant bounds: the program is then run in order (each
  // core's sites in a tree of their loops, in the order of the text) and each execution of a site takes the
  // next tile of its fifo's runtime-sequence transfers.
  std::set<std::string> tangled, varying;  // (core|fifo) under a condition; cores with a loop not constant
  for (const Site& site : sites_) {
    if (site.underIf) tangled.insert(site.core + "|" + site.fifo);
    for (const LoopCtx& lc : site.loops)
      if (!lc.constant || lc.step < 1) varying.insert(site.core);
  }
  std::vector<std::vector<std::size_t>> tilesOfSite(sites_.size());  // indices into tilesOf[fifo]
  std::map<std::string, std::size_t> taken;                          // (core|fifo) -> its sites' executions
  {
    struct Node {
      const LoopCtx* loop = nullptr;  // nullptr: the root, or a site (leaf)
      int site = -1;
      std::vector<std::size_t> kids;  // into nodes
    };
    std::map<std::string, std::vector<Node>> trees;  // per core; node 0 the root
    for (std::size_t k = 0; k < sites_.size(); ++k) {
      if (varying.count(sites_[k].core)) continue;
      std::vector<Node>& nodes = trees[sites_[k].core];
      if (nodes.empty()) nodes.emplace_back();
      std::size_t at = 0;
      for (const LoopCtx& lc : sites_[k].loops) {
        std::size_t next = nodes.size();
        for (std::size_t c : nodes[at].kids)
          if (nodes[c].loop && nodes[c].loop->line == lc.line) next = c;
        if (next == nodes.size()) {
          nodes.push_back(Node{&lc, -1, {}});
          nodes[at].kids.push_back(next);
        }
        at = next;
      }
      nodes.push_back(Node{nullptr, static_cast<int>(k), {}});
      nodes[at].kids.push_back(nodes.size() - 1);
    }
    // An execution beyond the tiles the sequence moves stops the walk (the count check below reports it).
    bool overrun = false;
    for (const auto& [core, nodes] : trees) {
      std::function<void(std::size_t)> run = [&](std::size_t n) {
        const Node& node = nodes[n];
        if (node.site >= 0) {
          const Site& st = sites_[static_cast<std::size_t>(node.site)];
          const std::size_t tile = taken[st.core + "|" + st.fifo]++;
          tilesOfSite[static_cast<std::size_t>(node.site)].push_back(tile);
          overrun = overrun || tile >= tilesOf[st.fifo].size();
          return;
        }
        const std::int64_t lo = node.loop ? node.loop->lo : 0, hi = node.loop ? node.loop->hi : 1,
                           step = node.loop ? node.loop->step : 1;
        // Bounds from a hand-edited file may be anything: the iterations counted without overflow.
        const __int128 trips = hi > lo ? (static_cast<__int128>(hi) - lo - 1) / step + 1 : 0;
        for (__int128 v = 0; v < trips && !overrun; ++v)
          for (std::size_t c : node.kids) run(c);
      };
      run(0);
    }
  }
  std::map<std::string, std::size_t> nextSite;
  for (const Site& site : sites_) {
    Json& task = tasks[site.core];
    const std::string tensor = tensorOfFifo[site.fifo];
    if (tensor.empty() || !tensors.contains(tensor)) {
      d_.error(SourceLoc{file_ + ":" + std::to_string(site.line), ""},
               "round trip: @" + site.fifo + " carries no tensor of the runtime sequence (no link joins it to a shim objectfifo)");
      return false;
    }
    const std::vector<std::int64_t> shape = tensors[tensor]["shape"].get<std::vector<std::int64_t>>();
    task["args"][site.fifo] = Json{{"tensor", tensor}, {"layout", Json(std::vector<std::string>(shape.size(), "R"))}};
    // The statement: the n-th load/store of this fifo in this task's body, in order.
    Json* stmt = nullptr;
    std::size_t want = nextSite[site.core + "|" + site.fifo]++, seen = 0;
    std::function<void(Json&)> find = [&](Json& b) {
      for (Json& s : b) {
        if (stmt) return;
        if ((s.contains("load") && s["load"] == site.fifo) || (s.contains("store") && s["store"] == site.fifo)) {
          if (seen++ == want) stmt = &s;
        }
        if (s.contains("body")) find(s["body"]);
        if (s.contains("then")) find(s["then"]);
        if (s.contains("else")) find(s["else"]);
      }
    };
    find(task["body"]);
    if (!stmt) continue;
    if (tangled.count(site.core + "|" + site.fifo)) {
      d_.error(SourceLoc{file_ + ":" + std::to_string(site.line), ""},
               "round trip: @" + site.fifo + " is accessed under a condition in " + site.core +
                   "; which tile each access takes cannot be recovered from the runtime sequence");
      return false;
    }
    for (const LoopCtx& lc : site.loops)
      if (!lc.constant) {
        d_.error(SourceLoc{file_ + ":" + std::to_string(site.line), ""},
                 "round trip: a loop around @" + site.fifo + " has bounds that are not constants");
        return false;
      }
    if (varying.count(site.core)) {
      d_.error(SourceLoc{file_ + ":" + std::to_string(site.line), ""},
               "round trip: a loop around another load or store of " + site.core +
                   " has bounds that are not constants (or a step below 1): the order of its tiles cannot be recovered");
      return false;
    }
    std::vector<std::int64_t> trips, strideK(site.loops.size(), 1);
    // Bounds from a hand-edited file may be anything: trip counts beyond 2^40 (or their product) are an error.
    constexpr __int128 kMostTrips = __int128{1} << 40;
    __int128 product = 1;
    for (const LoopCtx& lc : site.loops) {
      const __int128 trip = lc.step > 0 ? (static_cast<__int128>(lc.hi) - lc.lo + lc.step - 1) / lc.step : -1;
      product *= std::max<__int128>(trip, 1);
      if (trip < 0 || trip > kMostTrips || product > kMostTrips) {
        d_.error(SourceLoc{file_ + ":" + std::to_string(site.line), ""},
                 "round trip: a loop around @" + site.fifo + " has a step below 1 or more than 2^40 iterations");
        return false;
      }
      trips.push_back(static_cast<std::int64_t>(trip));
    }
    for (std::size_t q = site.loops.size(); q-- > 1;) strideK[q - 1] = strideK[q] * trips[q];
    std::size_t expected = 1;
    for (std::int64_t t : trips) expected *= static_cast<std::size_t>(std::max<std::int64_t>(t, 0));
    // The tiles in order: origins, checked to be whole tiles of the fifo's element shape.
    const std::vector<std::int64_t> tshape = fifos_[site.fifo].type.shape;
    const std::string siteKey = site.core + "|" + site.fifo;
    const auto& all = tilesOf[site.fifo];
    const std::size_t siteIndex = static_cast<std::size_t>(&site - sites_.data());
    std::vector<std::vector<std::int64_t>> list;
    for (std::size_t t : tilesOfSite[siteIndex])
      if (t < all.size()) list.push_back(all[t]);
    // Every tile of the fifo taken by exactly the executions of its sites.
    const std::size_t runs = taken[siteKey];
    if (runs != all.size() || list.size() != expected) {
      d_.error(SourceLoc{file_ + ":" + std::to_string(site.line), ""},
               "round trip: the loops around @" + site.fifo + " run " + std::to_string(runs) +
                   " times, the runtime sequence moves " + std::to_string(all.size()) + " tiles through it");
      return false;
    }
    std::vector<std::vector<std::int64_t>> origins;
    std::vector<std::int64_t> stride(shape.size(), 1);
    for (std::size_t dd = shape.size(); dd-- > 1;) stride[dd - 1] = stride[dd] * shape[dd];
    for (const auto& tile : list) {
      std::vector<std::int64_t> o(shape.size());
      std::int64_t rest = tile.empty() ? 0 : tile[0];
      for (std::size_t dd = 0; dd < shape.size(); ++dd) {
        o[dd] = rest / stride[dd];
        rest %= stride[dd];
      }
      // Expected elements of the tile at o (the tile's dimensions are the tensor's trailing ones).
      std::vector<std::int64_t> expect;
      const std::size_t kk = std::min(tshape.size(), shape.size());
      std::vector<std::int64_t> idx(kk, 0);
      const std::int64_t total = count(tshape);
      std::vector<std::int64_t> ts(tshape.end() - static_cast<std::ptrdiff_t>(kk), tshape.end());
      for (std::int64_t q = 0; q < total; ++q) {
        std::int64_t r = q, flat = 0;
        for (std::size_t j = kk; j-- > 0;) {
          idx[j] = r % ts[j];
          r /= ts[j];
        }
        for (std::size_t dd = 0; dd < shape.size(); ++dd) {
          const std::size_t j = dd + kk - shape.size();
          flat += (o[dd] + (dd + kk >= shape.size() ? idx[j] : 0)) * stride[dd];
        }
        expect.push_back(flat);
      }
      if (expect != tile) {
        d_.error(SourceLoc{file_, ""}, "round trip: a transfer into @" + site.fifo + " is not a whole tile of the tensor");
        return false;
      }
      origins.push_back(o);
    }
    // at: an affine function of the enclosing loops' iteration numbers, probed at each loop's first step
    // and checked on every tile.
    Json atj = Json::array();
    const std::size_t n = origins.size();
    for (std::size_t dd = 0; dd < shape.size(); ++dd) {
      if (n == 0) {
        atj.push_back("0");
        continue;
      }
      const std::int64_t c0 = origins[0][dd];
      std::vector<std::int64_t> coef(site.loops.size(), 0);
      for (std::size_t q = 0; q < site.loops.size(); ++q)
        if (trips[q] > 1) coef[q] = origins[static_cast<std::size_t>(strideK[q])][dd] - c0;
      for (std::size_t kk = 0; kk < n; ++kk) {
        std::int64_t want2 = c0;
        for (std::size_t q = 0; q < site.loops.size(); ++q)
          want2 += coef[q] * ((static_cast<std::int64_t>(kk) / strideK[q]) % std::max<std::int64_t>(trips[q], 1));
        if (origins[kk][dd] != want2) {
          d_.error(SourceLoc{file_ + ":" + std::to_string(site.line), ""},
                   "round trip: the tiles of @" + site.fifo + " are not an affine function of the loops around it");
          return false;
        }
      }
      std::string e = std::to_string(c0);
      for (std::size_t q = 0; q < site.loops.size(); ++q) {
        if (coef[q] == 0) continue;
        const LoopCtx& lc = site.loops[q];
        std::string it = lc.iv;
        if (lc.lo != 0) it = "(" + it + " - " + std::to_string(lc.lo) + ")";
        if (lc.step != 1) it = "(" + it + " / " + std::to_string(lc.step) + ")";
        e += " + " + std::to_string(coef[q]) + " * " + it;
      }
      atj.push_back(e);
    }
    (*stmt)["at"] = atj;
  }
  // Scalar locals (from the kernel table) make the streams they travel on streams of scalars, and the
  // locals at those streams' other ends scalars too.
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& [fifo, ls] : streamLocals_) {
      bool any = false;
      for (const std::string& l : ls) any = any || scalarLocals_.count(l);
      if (any && fifos_[fifo].type.shape == std::vector<std::int64_t>{1})
        for (const std::string& l : ls) grew = scalarLocals_.insert(l).second || grew;
    }
  }
  for (auto& [core, task] : tasks.items())
    for (auto& [name, l] : task["locals"].items())
      if (scalarLocals_.count(name) && l["shape"] == Json::array({1})) l["shape"] = Json::array();
  // Streams: objectfifos between two cores.
  Json streams = Json::object();
  for (const std::string& name : fifoOrder_) {
    const Fifo& f = fifos_[name];
    if (f.consumers.size() != 1 || tiles_[f.producer].second < 2 || tiles_[f.consumers[0]].second < 2) continue;
    // A stream of scalars: its one-element memref carries the scalar locals its ends put and get.
    bool scalar = false;
    for (const std::string& l : streamLocals_[name]) scalar = scalar || scalarLocals_.count(l);
    streams[name] = Json{{"dtype", f.type.dtype}, {"tile", scalar ? std::vector<std::int64_t>{} : f.type.shape}, {"depth", f.depth}};
  }
  Json g;
  g["format"] = "datosim-graph/1";
  g["name"] = man.value("graph", std::string("rebuilt"));
  g["description"] = "rebuilt by datosim check-project from " + file_;
  g["params"] = Json::object();
  g["tensors"] = tensors;
  g["streams"] = streams;
  g["tasks"] = tasks;
  out.graphJson = g.dump(2) + "\n";
  // Where each flow enters the array: the shim and memory tiles of its link, one channel per shim objectfifo.
  Json routes = Json::array();
  std::map<std::string, std::string> coreOfTile;
  for (const auto& [core, tile] : coreTile_) coreOfTile[tile] = core;
  for (const auto& [src, dst] : links_) {
    const bool load = src.size() == 1 && dmaOf.count(src[0]);
    const std::string l2 = load ? src[0] : dst[0];
    const Fifo& f2 = fifos_[l2];
    const std::string shim = load ? f2.producer : f2.consumers[0];
    const std::string mem = load ? f2.consumers[0] : f2.producer;
    for (const std::string& l1 : load ? dst : src) {
      const Fifo& f1 = fifos_[l1];
      for (const std::string& t : load ? f1.consumers : std::vector<std::string>{f1.producer}) {
        if (!coreOfTile.count(t)) continue;
        routes.push_back(Json{{"instance", coreOfTile[t]}, {"arg", l1}, {"direction", load ? "load" : "store"},
                              {"shim", {tiles_[shim].first, tiles_[shim].second}},
                              {"memtile", {tiles_[mem].first, tiles_[mem].second}}, {"channel", l2}});
      }
    }
  }
  Json mp;
  mp["format"] = "datosim-mapping/1";
  mp["graph"] = g["name"];
  mp["arch"] = man.value("arch", std::string());
  mp["groups"] = groups;
  mp["routes"] = routes;
  out.mappingJson = mp.dump(2) + "\n";
  out.arch = man.value("arch", std::string());
  out.predictedCycles = man.contains("predicted") ? man["predicted"].value("cycles", 0LL) : 0;
  return !d_.hasErrors();
}

}  // namespace

bool rebuildGraph(const std::string& dir, Rebuilt& out, Diagnostics& diags) {
  const fs::path mlir = fs::path(dir) / "aie.mlir";
  std::ifstream in(mlir);
  if (!in) {
    diags.error(SourceLoc{mlir.string(), ""}, "cannot read the project's aie.mlir");
    return false;
  }
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  Json man;
  try {
    std::ifstream mf(fs::path(dir) / kManifestName);
    man = Json::parse(mf);
  } catch (const std::exception&) {
    diags.error(SourceLoc{(fs::path(dir) / kManifestName).string(), ""}, "cannot read the project's manifest");
    return false;
  }
  if (!man.is_object() || !validManifestTensors(man, (fs::path(dir) / kManifestName).string(), diags)) {
    if (!man.is_object()) diags.error(SourceLoc{(fs::path(dir) / kManifestName).string(), ""}, "the manifest is not a JSON object");
    return false;
  }
  Parser p(std::move(lines), mlir.string(), diags);
  // A hand-edited project may hold what the checks before the round trip do not read (a number out of
  // range, a manifest value of another type, an objectfifo that carries no tensor): an error, not a crash.
  try {
    return p.run(man, out);
  } catch (const std::exception& e) {
    diags.error(SourceLoc{mlir.string(), ""}, std::string("round trip: cannot rebuild the graph: ") + e.what());
    return false;
  }
}

}  // namespace datosim::backends::npu
