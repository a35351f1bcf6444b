#include "backends/npu/emit_npu.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "arch/family.h"
#include "arch/npu/npu.h"
#include "backends/common/locals.h"
#include "backends/hls/runtime_files.h"
#include "backends/npu/in_place.h"
#include "backends/npu/mlir.h"
#include "backends/npu/runtime_files.h"
#include "backends/npu/unroll.h"
#include "data/npy.h"
#include "ir/kernels.h"
#include "kernels/aie.h"
#include "kernels/kernel.h"
#include "ir/visit.h"

namespace datosim::backends::npu {

namespace {

// Shim DMA limits a transfer is split to fit (mlir-aie's aiex.npu.dma_memcpy_nd: four dimensions, the
// innermost contiguous; sizes of the three inner ones up to 1023, the outermost a repeat count up to 64;
// 32-bit word granularity). Estimates from mlir-aie's verifier messages, not from AM020's register map.
constexpr std::int64_t kMaxInnerSize = 1023;
constexpr std::int64_t kMaxRepeat = 64;
constexpr std::int64_t kMaxBdIds = 16;
// A shim DMA channel's task queue holds 4 transfers; a push onto a full one is dropped and the design
// hangs (mlir-aie PR #3734, mlir-air PR #1826). The runtime sequence keeps at most 4 unretired per channel.
constexpr std::int64_t kMaxQueued = 4;
constexpr std::int64_t kMaxWalkedTransfers = 1 << 20;

std::string mlirType(ir::DType t) {
  switch (t) {
    case ir::DType::I4: return "i4";
    case ir::DType::I8: return "i8";
    case ir::DType::I16: return "i16";
    case ir::DType::I32: return "i32";
    case ir::DType::BF16: return "bf16";
    case ir::DType::F32: return "f32";
  }
  return "?";
}

std::string memrefOf(ir::DType t, const ir::Shape& s) {
  std::string r = "memref<";
  if (s.empty()) r += "1x";
  for (std::int64_t d : s) r += std::to_string(d) + "x";
  return r + mlirType(t) + ">";
}

std::string safe(const std::string& text) { return commentSafe(text); }

std::string sym(const std::string& name) { return "@" + name; }

std::int64_t elems(const ir::Shape& s) { return std::max<std::int64_t>(1, ir::numElements(s)); }

// ---- the tile sequence each instance moves through each of its tensor arguments ----

struct Access {
  int arg = -1;      // -1: a get or put of stream instance `stream`
  bool write = false;
  int local = -1;
  ir::Shape origin;  // in the global tensor
  int stream = -1;   // a get or put: the stream instance (-1: none that datosim's elaboration knows)
};

// Execute an instance's control flow (loops and conditions only) and list its loads, stores, gets and puts
// in order.
class Walker {
 public:
  Walker(const ir::Graph& g, const ir::Instance& inst) : g_(g), inst_(inst), task_(g.tasks[static_cast<std::size_t>(inst.task)]) {
    slots_.assign(static_cast<std::size_t>(std::max(inst.numSlots, 1)), 0);
  }
  bool run(std::vector<Access>& out) {
    out_ = &out;
    try {
      block(inst_.body);
    } catch (const ir::EvalError&) {
      return false;
    }
    return !tooMany_;
  }
  bool tooMany() const { return tooMany_; }

 private:
  const ir::Graph& g_;
  const ir::Instance& inst_;
  const ir::Task& task_;
  std::vector<std::int64_t> slots_;
  std::vector<Access>* out_ = nullptr;
  bool tooMany_ = false;

  std::int64_t ev(const ir::ExprPtr& e) { return ir::eval(*e, slots_.data()); }

  void block(const ir::Block& b) {
    for (const ir::Stmt& s : b) {
      if (tooMany_) return;
      if (const auto* f = std::get_if<ir::ForStmt>(&s.node)) {
        const std::int64_t lo = ev(f->lo), hi = ev(f->hi), st = ev(f->step);
        for (std::int64_t v = lo; v < hi; v += st) {
          slots_[static_cast<std::size_t>(f->slot)] = v;
          block(f->body);
          if (tooMany_) return;
        }
      } else if (const auto* br = std::get_if<ir::IfStmt>(&s.node)) {
        bool taken = false;
        for (const auto& [cond, body] : br->branches)
          if (ev(cond)) {
            block(body);
            taken = true;
            break;
          }
        if (!taken) block(br->elseBody);
      } else if (const auto* ld = std::get_if<ir::LoadStmt>(&s.node)) {
        access(ld->arg, false, ld->local, ld->at);
      } else if (const auto* st = std::get_if<ir::StoreStmt>(&s.node)) {
        access(st->arg, true, st->local, st->at);
      } else if (const auto* gs = std::get_if<ir::GetStmt>(&s.node)) {
        token(gs->stream, false);
      } else if (const auto* ps = std::get_if<ir::PutStmt>(&s.node)) {
        token(ps->stream, true);
      }
    }
  }

  void token(const ir::StreamRef& ref, bool put) {
    if (static_cast<std::int64_t>(out_->size()) >= kMaxWalkedTransfers) {
      tooMany_ = true;
      return;
    }
    Access a;
    a.write = put;
    a.stream = ref.inst;
    if (ref.inst < 0) {  // an index computed at run time: the element it names now (none when out of range)
      const ir::StreamDecl& d = g_.streams[static_cast<std::size_t>(ref.decl)];
      ir::Shape index;
      for (const ir::ExprPtr& e : ref.index) index.push_back(ev(e));
      bool inside = index.size() == d.dims.size();
      for (std::size_t i = 0; inside && i < index.size(); ++i) inside = index[i] >= 0 && index[i] < d.dims[i];
      if (inside) a.stream = g_.streamInstId(ref.decl, index);
    }
    out_->push_back(std::move(a));
  }

  void access(int argId, bool write, int local, const std::vector<ir::ExprPtr>& at) {
    if (static_cast<std::int64_t>(out_->size()) >= kMaxWalkedTransfers) {
      tooMany_ = true;
      return;
    }
    const ir::TaskArg& arg = task_.args[static_cast<std::size_t>(argId)];
    Access a;
    a.arg = argId;
    a.write = write;
    a.local = local;
    const std::size_t n = g_.tensors[static_cast<std::size_t>(arg.tensor)].shape.size();
    for (std::size_t d = 0; d < n; ++d) {
      std::int64_t o = d < at.size() ? ev(at[d]) : 0;
      if (d < arg.layout.size() && arg.layout[d].shard)
        o += inst_.coords[static_cast<std::size_t>(arg.layout[d].axis)] * arg.localShape[d];
      a.origin.push_back(o);
    }
    out_->push_back(std::move(a));
  }
};

// ---- flows: one path shim <-> memory tile <-> core(s) per tensor and tile sequence ----

struct Flow {
  int tensor = -1;
  bool write = false;
  int shimTile = -1, memTile = -1;
  std::vector<int> computeTiles;     // consumers (load) or the producer (store)
  std::vector<int> instances;
  ir::Shape tile;                    // the local's shape
  std::vector<ir::Shape> origins;    // per transfer, in order
  std::string l1Fifo;                // memtile <-> core(s)
  int shimPort = -1;                 // the mapper's shim DMA channel (Mapping::ports)
  int channel = -1;                  // Emitter::channels_
  bool inPlace = false;              // every core of the flow uses its element in place (planInPlace)
};

/// One shim DMA channel of the mapper: one shim <-> memory-tile objectfifo whose element holds one tile
/// of each of its flows side by side; the memory tile distributes them to (or joins them from) the
/// flows' own objectfifos with aie.objectfifo.link offsets.
struct Channel {
  int tensor = -1;
  bool write = false;
  int shimTile = -1, memTile = -1;
  std::vector<int> flows;
  std::string l2Fifo;
  std::int64_t spacing = 0;  // between the flows' tiles at every step (elements); -1: not constant
};

struct Transfer {
  std::int64_t offset = 0;
  std::int64_t sizes[4] = {1, 1, 1, 1};    // outermost first
  std::int64_t strides[4] = {0, 0, 0, 1};
};

std::string arr(const std::int64_t* v, bool brackets = true) {
  std::string s = brackets ? "[" : "";
  for (int i = 0; i < 4; ++i) s += (i ? ", " : "") + std::to_string(v[i]);
  return s + (brackets ? "]" : "");
}

}  // namespace

bool targets(const ir::Arch& arch) {
  const arch::Family* f = arch::findFamily(arch.model);
  return f && f->emitTarget() == "npu";
}

namespace {

class Emitter {
 public:
  Emitter(const EmitInput& in, Diagnostics& diags) : in_(in), g_(*in.graph), arch_(*in.arch), npu_(arch::npu::params(*in.arch)), m_(*in.mapping), diags_(diags) {}

  Project run(std::vector<std::string>& userFiles);

 private:
  const EmitInput& in_;
  const ir::Graph& g_;
  const ir::Arch& arch_;
  const arch::npu::NpuParams npu_;
  const ir::Mapping& m_;
  Diagnostics& diags_;
  Names names_;
  std::string device_;
  std::map<int, std::string> tileSsa_;            // tile index -> %tile_c_r
  std::vector<Flow> flows_;
  std::vector<Channel> channels_;
  std::map<std::pair<int, int>, int> flowOf_;     // (instance, arg*2+write) -> flow
  std::map<int, std::vector<Access>> accesses_;   // instance -> its loads, stores, gets and puts in program order
  std::vector<std::string> streamFifo_;           // per StreamInst
  std::map<std::string, std::string> kernelSym_;  // signature -> symbol
  std::vector<std::pair<std::string, std::string>> kernelDecls_;  // symbol, function type
  std::vector<std::string> kernelBodies_;         // C++ wrappers
  std::vector<std::string> customDecls_;
  std::vector<std::string> vectorised_;           // symbols whose entry is an AIE API kernel (dsim_aie.h)
  std::vector<std::string> scalar_;               // symbols on the scalar library (dsim_kernels.h)
  bool floatSums_ = false;                        // a vectorised float matmul: its outputs may differ in the last bit
  nlohmann::ordered_json kernelTable_ = nlohmann::ordered_json::object();  // symbol -> what it computes
  std::map<std::pair<int, int>, std::string> bufferOf_;  // (instance, local) -> %buf
  std::map<int, InPlace> inPlace_;                        // instance -> its loads and stores that may work in place
  std::set<std::pair<int, int>> inPlaceLocals_;           // (instance, local) kept in objectfifo elements: no buffer
  int ssa_ = 0;

  std::string fresh(const std::string& stem) { return "%" + stem + std::to_string(ssa_++); }
  kernels::AieGen gen() const { return device_ == "npu2" ? kernels::AieGen::Aie2p : kernels::AieGen::Aie2; }

  const ir::Tile& tile(int t) const { return m_.tiles[static_cast<std::size_t>(t)]; }

  bool checkLowerable();
  void buildFlows();
  void planInPlaceFlows();
  enum class Helper { Copy, Reset };
  std::string helperSym(Helper h, ir::DType t, const ir::Shape& s);
  std::string kernelSymFor(const ir::ComputeStmt& c, const ir::Task& task, const ir::Stmt& s);
  Op core(int instance);
  Op runtimeSequence(nlohmann::ordered_json& reads);
  std::int64_t storedElements(int tensor) const;
  std::vector<Transfer> transfers(const Channel& c, const SourceLoc& loc, std::size_t begin, std::size_t end, Diagnostics& d);
  std::int64_t flatOrigin(const Flow& f, std::size_t step) const;
  std::int64_t spacing(const std::vector<int>& flows) const;
  std::vector<std::vector<std::pair<std::size_t, Transfer>>> rounds(const std::vector<std::size_t>& steps);
};

// ---- what has no lowering yet ----

bool Emitter::checkLowerable() {
  const std::size_t before = diags_.errorCount();
  auto dev = arch_.device.find("aie_device");
  if (dev == arch_.device.end()) {
    diags_.error(SourceLoc{arch_.file, "/device"},
                 "the NPU backend needs the config's device.aie_device (the mlir-aie device name, e.g. npu1; "
                 "docs/architectures.md)");
  } else if (dev->second.value != "npu1" && dev->second.value != "npu2") {
    diags_.error(dev->second.loc, "device.aie_device must be npu1 or npu2, found '" + safe(dev->second.value) + "'");
  } else {
    device_ = dev->second.value;
  }
  refuseRunTimeControl(g_, diags_, "the NPU backend");
  // Cores shared by several instances: one error per task (the tiles listed), with what would emit instead:
  // one core per instance, so as many compute tiles as placed instances.
  std::size_t placed = 0, computeTiles = 0;
  for (const ir::TileGroup& grp : m_.groups) placed += grp.members.size();
  for (const ir::Tile& t : m_.tiles) computeTiles += t.kind == ir::TileKind::Compute;
  constexpr std::size_t kListed = 4;
  std::map<int, std::vector<const ir::TileGroup*>> sharedByTask;  // task of the first member -> its shared tiles
  for (const ir::TileGroup& grp : m_.groups)
    if (grp.members.size() > 1) sharedByTask[g_.instances[static_cast<std::size_t>(grp.members[0])].task].push_back(&grp);
  for (const auto& [task, groups] : sharedByTask) {
    std::string list;
    bool bundled = false;
    for (std::size_t k = 0; k < groups.size() && k < kListed; ++k) {
      const ir::TileGroup& grp = *groups[k];
      list += std::string(k ? "; " : "") + tile(grp.tile).name() + ": ";
      for (std::size_t j = 0; j < grp.members.size() && j < 3; ++j)
        list += (j ? ", " : "") + safe(g_.instances[static_cast<std::size_t>(grp.members[j])].name);
      if (grp.members.size() > 3) list += ", ...";
      list += " (" + grp.how + ")";
    }
    for (const ir::TileGroup* grp : groups) bundled = bundled || grp->how.find("bundle") != std::string::npos;
    if (groups.size() > kListed) list += "; and " + std::to_string(groups.size() - kListed) + " more tiles";
    std::string hint;
    if (bundled && placed > computeTiles)
      hint = "; the mapper bundled because the graph's " + std::to_string(placed) + " instances that need a core outnumber " +
             safe(m_.archName) + "'s " + std::to_string(computeTiles) + " compute tiles: an array with at least " +
             std::to_string(placed) + " of them, or a graph with at most " + std::to_string(computeTiles) +
             " such instances, emits one instance per core";
    diags_.error(g_.tasks[static_cast<std::size_t>(task)].loc,
                 std::to_string(groups.size()) + " tile" + (groups.size() > 1 ? "s" : "") + " share a core between instances (" +
                     list + "): the NPU backend emits one instance per core; sharing a core (chain, bundle) has no lowering yet" +
                     hint);
  }
  // Streams kept on one tile: one error per declaration.
  std::map<int, std::vector<std::size_t>> localByDecl;
  for (std::size_t s = 0; s < g_.streamInsts.size(); ++s)
    if (m_.streams[s].kind == ir::RouteKind::Local) localByDecl[g_.streamInsts[s].decl].push_back(s);
  for (const auto& [decl, insts] : localByDecl) {
    std::string list;
    for (std::size_t k = 0; k < insts.size() && k < kListed; ++k) list += (k ? ", " : "") + safe(g_.streamInsts[insts[k]].name);
    if (insts.size() > kListed) list += ", and " + std::to_string(insts.size() - kListed) + " more";
    diags_.error(g_.streams[static_cast<std::size_t>(decl)].loc,
                 std::to_string(insts.size()) + " instance" + (insts.size() > 1 ? "s" : "") + " of stream " +
                     safe(g_.streams[static_cast<std::size_t>(decl)].name) + " stay" + (insts.size() > 1 ? "" : "s") +
                     " on one tile (" + list + "): a stream between instances that share a core has no lowering yet");
  }
  for (const ir::Instance& inst : g_.instances) {
    ir::forEachStmt(inst.body, [&](const ir::Stmt& s) {
      const auto* gs = std::get_if<ir::GetStmt>(&s.node);
      const auto* ps = std::get_if<ir::PutStmt>(&s.node);
      if ((gs && !gs->at.empty()) || (ps && !ps->at.empty()))
        diags_.error(s.loc, "instance " + safe(inst.name) + ": a " + (gs ? "get into" : "put from") +
                                " a block of a local ('at') has no NPU lowering yet");
      bool table = false;
      ir::forEachExpr(s, [&](const ir::Expr& e) { table = table || ir::readsTable(e); });
      if (table)
        diags_.error(s.loc, "instance " + safe(inst.name) +
                                ": a table read at run time (its index depends on a loop variable that cannot be unrolled: bounds "
                                "not constant, more than " + std::to_string(kMaxUnrolledTrips) +
                                " iterations or too many statements) has no NPU lowering yet");
    });
  }
  for (const ir::Tensor& t : g_.tensors)
    if (t.dtype == ir::DType::I4)
      diags_.error(t.loc, "tensor " + safe(t.name) + ": i4 data has no NPU lowering yet (two elements per byte)");
  return diags_.errorCount() == before;
}

// ---- flows ----

void Emitter::buildFlows() {
  // Walk every instance once.
  for (std::size_t i = 0; i < g_.instances.size(); ++i) {
    Walker w(g_, g_.instances[i]);
    std::vector<Access> a;
    if (!w.run(a)) {
      diags_.error(g_.tasks[static_cast<std::size_t>(g_.instances[i].task)].loc,
                   "instance " + safe(g_.instances[i].name) + ": " +
                       (w.tooMany() ? "more than " + std::to_string(kMaxWalkedTransfers) + " loads and stores to lower"
                                    : std::string("its loads could not be enumerated")));
      continue;
    }
    accesses_[static_cast<int>(i)] = std::move(a);
  }
  std::map<std::string, int> byKey;
  for (std::size_t r = 0; r < m_.memRoutes.size(); ++r) {
    const ir::MemRoute& mr = m_.memRoutes[r];
    const ir::Instance& inst = g_.instances[static_cast<std::size_t>(mr.instance)];
    const ir::Task& task = g_.tasks[static_cast<std::size_t>(inst.task)];
    std::vector<ir::Shape> origins;
    int local = -1;
    bool mixed = false;
    for (const Access& a : accesses_[mr.instance]) {
      if (a.arg != mr.arg || a.write != mr.write) continue;
      if (local >= 0 && task.locals[static_cast<std::size_t>(local)].shape != task.locals[static_cast<std::size_t>(a.local)].shape)
        mixed = true;
      local = a.local;
      origins.push_back(a.origin);
    }
    if (local < 0) continue;  // an argument the instance never moves
    if (mixed) {
      diags_.error(task.loc, "instance " + safe(inst.name) + " moves tiles of different shapes through argument '" +
                                 safe(task.args[static_cast<std::size_t>(mr.arg)].name) +
                                 "': one objectfifo carries one shape; no lowering yet");
      continue;
    }
    std::ostringstream key;
    key << mr.tensor << "|" << mr.write << "|" << mr.shimTile << "|" << mr.memTile << "|";
    if (mr.write) key << "route" << r;
    for (const ir::Shape& o : origins) {
      for (std::int64_t v : o) key << v << ",";
      key << ";";
    }
    const ir::Shape& shape = task.locals[static_cast<std::size_t>(local)].shape;
    for (std::int64_t v : shape) key << "s" << v;
    auto it = byKey.find(key.str());
    if (it == byKey.end()) {
      Flow f;
      f.tensor = mr.tensor;
      f.write = mr.write;
      f.shimTile = mr.shimTile;
      f.memTile = mr.memTile;
      f.tile = shape;
      f.origins = origins;
      const std::string base = g_.tensors[static_cast<std::size_t>(mr.tensor)].name + (mr.write ? "_out" : "_in") +
                               std::to_string(flows_.size());
      f.l1Fifo = names_.take(base);
      f.shimPort = mr.shimPort;
      it = byKey.emplace(key.str(), static_cast<int>(flows_.size())).first;
      flows_.push_back(std::move(f));
    }
    Flow& f = flows_[static_cast<std::size_t>(it->second)];
    const int ct = m_.tileOf(mr.instance);
    if (std::find(f.computeTiles.begin(), f.computeTiles.end(), ct) == f.computeTiles.end()) f.computeTiles.push_back(ct);
    f.instances.push_back(mr.instance);
    flowOf_[{mr.instance, mr.arg * 2 + (mr.write ? 1 : 0)}] = it->second;
  }
  // Channels: the flows the mapper put on one shim DMA channel (and one memory tile) share one objectfifo.
  std::map<std::pair<int, int>, int> chanOf;
  for (std::size_t i = 0; i < flows_.size(); ++i) {
    Flow& f = flows_[i];
    auto it = chanOf.find({f.shimPort, f.memTile});
    if (f.shimPort < 0 || it == chanOf.end()) {
      Channel c;
      c.tensor = f.tensor;
      c.write = f.write;
      c.shimTile = f.shimTile;
      c.memTile = f.memTile;
      c.l2Fifo = names_.take(g_.tensors[static_cast<std::size_t>(f.tensor)].name + (f.write ? "_out" : "_in") +
                             std::to_string(channels_.size()) + "_L2");
      it = chanOf.emplace(std::make_pair(f.shimPort < 0 ? -1 - static_cast<int>(i) : f.shimPort, f.memTile),
                          static_cast<int>(channels_.size())).first;
      channels_.push_back(c);
    }
    Channel& c = channels_[static_cast<std::size_t>(it->second)];
    const Flow& first = c.flows.empty() ? f : flows_[static_cast<std::size_t>(c.flows[0])];
    if (!c.flows.empty() && (first.tensor != f.tensor || first.write != f.write || first.tile != f.tile ||
                             first.origins.size() != f.origins.size())) {
      diags_.error(g_.tensors[static_cast<std::size_t>(f.tensor)].loc,
                   "tensor " + safe(g_.tensors[static_cast<std::size_t>(f.tensor)].name) +
                       ": the mapper shares shim channel of tile " + tile(f.shimTile).name() +
                       " between flows of different shapes or lengths; one objectfifo cannot carry them (no lowering yet)");
      continue;
    }
    f.channel = it->second;
    c.flows.push_back(static_cast<int>(i));
  }
  // The flows of a channel in the order that puts their tiles a constant distance apart, when one does.
  for (Channel& c : channels_) {
    if (c.flows.size() < 2) continue;
    c.spacing = spacing(c.flows);
    if (c.spacing >= 0) continue;
    std::vector<int> sorted = c.flows;
    std::stable_sort(sorted.begin(), sorted.end(), [&](int a, int b) {
      return flatOrigin(flows_[static_cast<std::size_t>(a)], 0) < flatOrigin(flows_[static_cast<std::size_t>(b)], 0);
    });
    if (spacing(sorted) >= 0) {
      c.flows = sorted;
      c.spacing = spacing(sorted);
    }
  }
}

/// A flow works in place when every instance on it has its one load (store) of the argument in place:
/// the flow's objectfifo depth is one element more than with a copy, for all of its cores.
void Emitter::planInPlaceFlows() {
  for (std::size_t i = 0; i < g_.instances.size(); ++i) {
    const ir::Instance& inst = g_.instances[i];
    if (m_.tileOf(static_cast<int>(i)) < 0) continue;
    inPlace_[static_cast<int>(i)] = planInPlace(g_.tasks[static_cast<std::size_t>(inst.task)], inst.body);
  }
  // (instance, arg*2+write) -> the statement and its local, when in place.
  std::map<std::pair<int, int>, int> candidate;
  for (const auto& [i, plan] : inPlace_) {
    for (const auto& [s, rel] : plan.loadReleaseAfter) {
      const auto& ld = std::get<ir::LoadStmt>(s->node);
      candidate[{i, ld.arg * 2}] = ld.local;
    }
    for (const auto& [s, acq] : plan.storeAcquireBefore) {
      const auto& st = std::get<ir::StoreStmt>(s->node);
      candidate[{i, st.arg * 2 + 1}] = st.local;
    }
  }
  std::vector<bool> ok(flows_.size(), true);
  for (const auto& [key, f] : flowOf_)
    if (!candidate.count(key)) ok[static_cast<std::size_t>(f)] = false;
  for (const auto& [key, f] : flowOf_)
    if (ok[static_cast<std::size_t>(f)]) {
      flows_[static_cast<std::size_t>(f)].inPlace = true;
      inPlaceLocals_.insert({key.first, candidate[key]});
    }
}

std::int64_t Emitter::flatOrigin(const Flow& f, std::size_t step) const {
  return ir::flatIndex(g_.tensors[static_cast<std::size_t>(f.tensor)].shape, f.origins[step]);
}

std::int64_t Emitter::spacing(const std::vector<int>& flows) const {
  const Flow& f0 = flows_[static_cast<std::size_t>(flows[0])];
  const std::int64_t step = flatOrigin(flows_[static_cast<std::size_t>(flows[1])], 0) - flatOrigin(f0, 0);
  if (step < 0) return -1;
  for (std::size_t k = 1; k < flows.size(); ++k) {
    const Flow& fk = flows_[static_cast<std::size_t>(flows[k])];
    for (std::size_t i = 0; i < fk.origins.size(); ++i)
      if (flatOrigin(fk, i) - flatOrigin(f0, i) != static_cast<std::int64_t>(k) * step) return -1;
  }
  return step;
}

// ---- kernels ----

/// `a`, `b`, `c` (symbols in README prose).
std::string joinNames(const std::vector<std::string>& v) {
  std::string r;
  for (std::size_t i = 0; i < v.size(); ++i) r += (i ? ", `" : "`") + v[i] + "`";
  return r;
}

std::string dtOf(ir::DType t) { return t == ir::DType::BF16 ? "dsim::dt_bf16_bits" : "dsim::dt_" + mlirType(t); }

/// The cores' own helpers, not kernels of the graph (not in the kernel table, not costed): `dsim_copy_*`
/// moves a tile between an objectfifo element and a local's buffer; `dsim_reset_*` clears a local at the
/// start of a run (datosim's locals start at zero; the round trip skips it; docs/backends.md).
std::string Emitter::helperSym(Helper h, ir::DType t, const ir::Shape& s) {
  const bool copy = h == Helper::Copy;
  const std::string what = copy ? "copy" : "reset";
  const std::string type = memrefOf(t, s);
  const std::string key = what + "|" + type;
  auto it = kernelSym_.find(key);
  if (it != kernelSym_.end()) return it->second;
  const std::string n = std::to_string(elems(s));
  const std::string name = names_.take("dsim_" + what + "_" + mlirType(t) + "_" + n);
  kernelSym_[key] = name;
  kernelDecls_.emplace_back(name, "(" + (copy ? type + ", " : std::string()) + type + ") -> ()");
  const std::string vcall = copy ? kernels::aieCopyCall(t, elems(s)) : kernels::aieZeroCall(t, elems(s));
  (vcall.empty() ? scalar_ : vectorised_).push_back(name);
  const std::string T = vcall.empty() ? dtOf(t) + "::T" : kernels::aieCType(t);
  const std::string call = !vcall.empty() ? vcall
                                          : std::string(copy ? "dsim::copy<" : "dsim::zero<") + dtOf(t) + ", " + n + ">(" +
                                                (copy ? "src, " : "") + "dst)";
  kernelBodies_.push_back("extern \"C\" void " + name + "(" + (copy ? "const " + T + "* src, " : std::string()) + T +
                          "* dst) { " + call + "; }\n");
  return name;
}

std::string Emitter::kernelSymFor(const ir::ComputeStmt& c, const ir::Task& task, const ir::Stmt& s) {
  auto lv = [&](int i) -> const ir::LocalVar& { return task.locals[static_cast<std::size_t>(i)]; };
  std::vector<int> ops = c.ins;
  if (c.out >= 0) ops.push_back(c.out);
  std::string type = "(";
  std::string key = c.kernel + (c.accumulate ? "+acc" : "");
  nlohmann::ordered_json rank0 = nlohmann::ordered_json::array();  // scalars: memref<1xT> as for a one-element tile
  for (std::size_t i = 0; i < ops.size(); ++i) {
    type += (i ? ", " : "") + memrefOf(lv(ops[i]).dtype, lv(ops[i]).shape);
    key += "|" + memrefOf(lv(ops[i]).dtype, lv(ops[i]).shape) + (lv(ops[i]).shape.empty() ? "s" : "");
    if (lv(ops[i]).shape.empty()) rank0.push_back(i);
  }
  type += ") -> ()";
  for (const auto& [k, v] : c.attrs) key += "|" + k + "=" + cppDouble(v);
  if (c.kernel == "custom") key += "|" + s.loc.str();
  // A cost the graph gives (`cycles`, required by `custom`) goes into the kernel table, so that the round
  // trip costs the call as the source graph does: one number per entry, fixed for the instance.
  std::optional<std::int64_t> cycles;
  if (c.cycles) {
    if (c.cycles->isConst()) {
      cycles = c.cycles->value;
      key += "|cycles=" + std::to_string(*cycles);
    } else {
      diags_.error(s.loc.child("cycles"), "'cycles' " + ir::toString(*c.cycles) +
                                              " changes while the instance runs (it reads a loop variable or a table at run "
                                              "time); the NPU project's kernel table gives each call one cost (no lowering yet)");
    }
  }
  auto it = kernelSym_.find(key);
  if (it != kernelSym_.end()) return it->second;
  std::string stem = c.kernel + (c.accumulate ? "_acc" : "");
  for (int o : ops) stem += "_" + mlirType(lv(o).dtype);
  const std::string name = names_.take(c.kernel == "custom" ? "custom_" + task.name : stem);
  kernelSym_[key] = name;
  kernelDecls_.emplace_back(name, type);
  {
    nlohmann::ordered_json k;
    k["kernel"] = c.kernel;
    k["accumulate"] = c.accumulate;
    nlohmann::ordered_json attrs = nlohmann::ordered_json::object();
    for (const auto& [a, v] : c.attrs) attrs[a] = v;
    k["attrs"] = attrs;
    if (!rank0.empty()) k["rank0_operands"] = rank0;
    if (cycles) k["cycles"] = *cycles;
    kernelTable_[name] = k;
  }
  // The C++ entry point: the kernel library's template on the operands' shapes.
  std::string params;
  for (std::size_t i = 0; i < ops.size(); ++i)
    params += (i ? ", " : "") + std::string(i + 1 == ops.size() && c.out >= 0 ? "" : "const ") + dtOf(lv(ops[i]).dtype) +
              "::T* " + (i + 1 == ops.size() && c.out >= 0 ? std::string("out") : "in" + std::to_string(i));
  if (c.kernel == "custom") {
    customDecls_.push_back("extern \"C\" void " + name + "(" + params + ") {\n  // FILL IN: " + safe(s.loc.str()) +
                           " (datosim knows only its cycles; its functional model leaves the data unchanged)\n}\n");
    return name;
  }
  std::vector<const ir::LocalVar*> operands;
  std::vector<std::string> inNames;
  for (std::size_t i = 0; i < c.ins.size(); ++i) {
    operands.push_back(&lv(c.ins[i]));
    inNames.push_back("in" + std::to_string(i));
  }
  const std::string& k = c.kernel;
  const std::string vcall = c.out >= 0 ? kernels::aieCall(kernels::AieCall{c, operands, lv(c.out), gen()}) : "";
  if (!vcall.empty()) {
    std::string vparams;
    for (std::size_t i = 0; i < ops.size(); ++i) {
      const bool isOut = i + 1 == ops.size();
      vparams += (i ? ", " : "") + std::string(isOut ? "" : "const ") + kernels::aieCType(lv(ops[i]).dtype) + "* " +
                 (isOut ? std::string("out") : "in" + std::to_string(i));
    }
    vectorised_.push_back(name);
    kernelTable_[name]["vectorised"] = true;
    if (k == "matmul" && ir::isFloat(lv(c.out).dtype)) floatSums_ = true;
    kernelBodies_.push_back("// " + safe(k) + (c.accumulate ? " (accumulate)" : "") + ": AIE API\nextern \"C\" void " + name +
                            "(" + vparams + ") { " + vcall + "; }\n");
    return name;
  }
  kernelTable_[name]["vectorised"] = false;
  scalar_.push_back(name);
  static const std::function<std::string(ir::DType)> tag = dtOf;
  const std::string call = c.out >= 0 ? kernels::libraryCall(kernels::Call{c, operands, lv(c.out), inNames, "out", tag}) : "";
  if (call.empty()) {
    diags_.error(s.loc, "kernel '" + k + "' has no NPU lowering");
    return name;
  }
  kernelBodies_.push_back("// " + safe(k) + (c.accumulate ? " (accumulate)" : "") + "\nextern \"C\" void " + name + "(" +
                          params + ") { " + call + "; }\n");
  return name;
}

// ---- one core ----

Op Emitter::core(int instance) {
  const ir::Instance& inst = g_.instances[static_cast<std::size_t>(instance)];
  const ir::Task& task = g_.tasks[static_cast<std::size_t>(inst.task)];
  const int t = m_.tileOf(instance);
  Op core;
  core.name = "aie.core";
  core.result = "%core_" + std::to_string(tile(t).col) + "_" + std::to_string(tile(t).row);
  core.resultType = "index";
  core.operands = {tileSsa_[t]};
  core.operandTypes = {"index"};
  core.custom = core.result + " = aie.core(" + tileSsa_[t] + ")";
  core.comment = safe(inst.name);
  if (task.stackBytes) {
    core.attrs.emplace_back("stack_size", std::to_string(*task.stackBytes) + " : i32");
    core.after = " {stack_size = " + std::to_string(*task.stackBytes) + " : i32}";
  }
  Region body;
  std::map<std::int64_t, std::string> consts;
  std::vector<Op> constOps;
  std::map<int, std::string> iv;
  auto constant = [&](std::int64_t v) {
    auto it = consts.find(v);
    if (it != consts.end()) return it->second;
    const std::string name = "%c" + (v < 0 ? "m" + std::to_string(-v) : std::to_string(v)) + "_" + std::to_string(ssa_++);
    Op c;
    c.name = "arith.constant";
    c.result = name;
    c.resultType = "index";
    c.props.emplace_back("value", std::to_string(v) + " : index");
    c.custom = name + " = arith.constant " + std::to_string(v) + " : index";
    constOps.push_back(c);
    consts[v] = name;
    return name;
  };
  // Expressions: (SSA value, is i1).
  std::function<std::pair<std::string, bool>(const ir::Expr&, std::vector<Op>&)> expr;
  auto bin = [&](const char* opName, const std::string& a, const std::string& b, const std::string& type,
                 std::vector<Op>& out, const std::string& resultType = "") {
    Op o;
    o.name = opName;
    o.result = fresh("v");
    o.resultType = resultType.empty() ? type : resultType;
    o.operands = {a, b};
    o.operandTypes = {type, type};
    o.custom = o.result + " = " + opName + " " + a + ", " + b + " : " + type;
    out.push_back(o);
    return o.result;
  };
  auto toIndex = [&](std::pair<std::string, bool> v, std::vector<Op>& out) {
    if (!v.second) return v.first;
    Op e;
    e.name = "arith.extui";
    e.result = fresh("v");
    e.resultType = "i64";
    e.operands = {v.first};
    e.operandTypes = {"i1"};
    e.custom = e.result + " = arith.extui " + v.first + " : i1 to i64";
    out.push_back(e);
    Op c;
    c.name = "arith.index_cast";
    c.result = fresh("v");
    c.resultType = "index";
    c.operands = {e.result};
    c.operandTypes = {"i64"};
    c.custom = c.result + " = arith.index_cast " + e.result + " : i64 to index";
    out.push_back(c);
    return c.result;
  };
  auto cmp = [&](int pred, const char* predName, const std::string& a, const std::string& b, std::vector<Op>& out) {
    Op o;
    o.name = "arith.cmpi";
    o.result = fresh("v");
    o.resultType = "i1";
    o.operands = {a, b};
    o.operandTypes = {"index", "index"};
    o.props.emplace_back("predicate", std::to_string(pred) + " : i64");
    o.custom = o.result + " = arith.cmpi " + predName + ", " + a + ", " + b + " : index";
    out.push_back(o);
    return o.result;
  };
  auto toBool = [&](std::pair<std::string, bool> v, std::vector<Op>& out) {
    if (v.second) return v.first;
    return cmp(1, "ne", v.first, constant(0), out);
  };
  expr = [&](const ir::Expr& e, std::vector<Op>& out) -> std::pair<std::string, bool> {
    using ir::ExprOp;
    auto idx = [&](std::size_t i) { return toIndex(expr(*e.args[i], out), out); };
    switch (e.op) {
      case ExprOp::Const: return {constant(e.value), false};
      case ExprOp::Var: {
        auto it = iv.find(e.slot);
        return {it != iv.end() ? it->second : constant(0), false};
      }
      case ExprOp::Neg: {
        const std::string a = idx(0);
        return {bin("arith.subi", constant(0), a, "index", out), false};
      }
      case ExprOp::Not: {
        const std::string b = toBool(expr(*e.args[0], out), out);
        Op t;
        t.name = "arith.constant";
        t.result = fresh("true");
        t.resultType = "i1";
        t.props.emplace_back("value", "true");
        t.custom = t.result + " = arith.constant true";
        out.push_back(t);
        return {bin("arith.xori", b, t.result, "i1", out), true};
      }
      case ExprOp::Add: { auto a = idx(0), b = idx(1); return {bin("arith.addi", a, b, "index", out), false}; }
      case ExprOp::Sub: { auto a = idx(0), b = idx(1); return {bin("arith.subi", a, b, "index", out), false}; }
      case ExprOp::Mul: { auto a = idx(0), b = idx(1); return {bin("arith.muli", a, b, "index", out), false}; }
      case ExprOp::Div: { auto a = idx(0), b = idx(1); return {bin("arith.floordivsi", a, b, "index", out), false}; }
      case ExprOp::Mod: {  // floor modulo: ((a rem b) + b) rem b
        auto a = idx(0), b = idx(1);
        const std::string r = bin("arith.remsi", a, b, "index", out);
        const std::string s = bin("arith.addi", r, b, "index", out);
        return {bin("arith.remsi", s, b, "index", out), false};
      }
      case ExprOp::Lt: { auto a = idx(0), b = idx(1); return {cmp(2, "slt", a, b, out), true}; }
      case ExprOp::Le: { auto a = idx(0), b = idx(1); return {cmp(3, "sle", a, b, out), true}; }
      case ExprOp::Gt: { auto a = idx(0), b = idx(1); return {cmp(4, "sgt", a, b, out), true}; }
      case ExprOp::Ge: { auto a = idx(0), b = idx(1); return {cmp(5, "sge", a, b, out), true}; }
      case ExprOp::Eq: { auto a = idx(0), b = idx(1); return {cmp(0, "eq", a, b, out), true}; }
      case ExprOp::Ne: { auto a = idx(0), b = idx(1); return {cmp(1, "ne", a, b, out), true}; }
      case ExprOp::And:
      case ExprOp::Or: {
        const std::string a = toBool(expr(*e.args[0], out), out);
        const std::string b = toBool(expr(*e.args[1], out), out);
        return {bin(e.op == ExprOp::And ? "arith.andi" : "arith.ori", a, b, "i1", out), true};
      }
      case ExprOp::Min: { auto a = idx(0), b = idx(1); return {bin("arith.minsi", a, b, "index", out), false}; }
      case ExprOp::Max: { auto a = idx(0), b = idx(1); return {bin("arith.maxsi", a, b, "index", out), false}; }
      case ExprOp::Index:   // refused by checkLowerable
      case ExprOp::Reduce:  // bound to a constant by the frontend
        break;
      case ExprOp::Select: {
        const std::string c = toBool(expr(*e.args[0], out), out);
        const std::string a = idx(1), b = idx(2);
        Op o;
        o.name = "arith.select";
        o.result = fresh("v");
        o.resultType = "index";
        o.operands = {c, a, b};
        o.operandTypes = {"i1", "index", "index"};
        o.custom = o.result + " = arith.select " + c + ", " + a + ", " + b + " : index";
        out.push_back(o);
        return {o.result, false};
      }
    }
    return {constant(0), false};
  };
  auto local = [&](int l) -> const ir::LocalVar& { return task.locals[static_cast<std::size_t>(l)]; };
  auto call = [&](const std::string& fn, const std::vector<std::string>& args, const std::vector<std::string>& types,
                  std::vector<Op>& out) {
    // In the generic form the call is dsim.kernel_call: mlir-opt cannot resolve func.call's callee from
    // inside an unregistered op (aie.core), where its symbol lookup stops. Same operands and callee.
    Op c;
    c.name = "dsim.kernel_call";
    c.operands = args;
    c.operandTypes = types;
    c.attrs.emplace_back("callee", sym(fn));
    std::string a, t;
    for (std::size_t i = 0; i < args.size(); ++i) {
      a += (i ? ", " : "") + args[i];
      t += (i ? ", " : "") + types[i];
    }
    c.custom = "func.call " + sym(fn) + "(" + a + ") : (" + t + ") -> ()";
    out.push_back(c);
  };
  // Locals kept in an objectfifo element (planInPlaceFlows): the element's SSA value while it is held.
  std::map<int, std::string> held;
  auto ssaOf = [&](int l) {
    auto it = held.find(l);
    return it != held.end() ? it->second : bufferOf_[{instance, l}];
  };
  // acquire and access: the element.
  auto acquire = [&](const std::string& fifo, bool produce, const std::string& type, std::vector<Op>& out) {
    const std::string sub = "!aie.objectfifosubview<" + type + ">";
    const char* port = produce ? "Produce" : "Consume";
    Op acq;
    acq.name = "aie.objectfifo.acquire";
    acq.result = fresh("sv");
    acq.resultType = sub;
    acq.attrs = {{"objFifo_name", sym(fifo)}, {"port", produce ? "0 : i32" : "1 : i32"}, {"size", "1 : i32"}};
    acq.custom = acq.result + " = aie.objectfifo.acquire " + sym(fifo) + "(" + port + ", 1) : " + sub;
    out.push_back(acq);
    Op acc;
    acc.name = "aie.objectfifo.subview.access";
    acc.result = fresh("e");
    acc.resultType = type;
    acc.operands = {acq.result};
    acc.operandTypes = {sub};
    acc.attrs = {{"index", "0 : i32"}};
    acc.custom = acc.result + " = aie.objectfifo.subview.access " + acq.result + "[0] : " + sub + " -> " + type;
    out.push_back(acc);
    return acc.result;
  };
  auto release = [&](const std::string& fifo, bool produce, std::vector<Op>& out) {
    Op rel;
    rel.name = "aie.objectfifo.release";
    rel.attrs = {{"objFifo_name", sym(fifo)}, {"port", produce ? "0 : i32" : "1 : i32"}, {"size", "1 : i32"}};
    rel.custom = std::string("aie.objectfifo.release ") + sym(fifo) + "(" + (produce ? "Produce" : "Consume") + ", 1)";
    out.push_back(rel);
  };
  // acquire, access, copy between the element and the local, release.
  auto through = [&](const std::string& fifo, bool produce, int l, std::vector<Op>& out) {
    const ir::LocalVar& v = local(l);
    const std::string type = memrefOf(v.dtype, v.shape);
    const std::string elem = acquire(fifo, produce, type, out);
    const std::string cp = helperSym(Helper::Copy, v.dtype, v.shape);
    if (produce)
      call(cp, {ssaOf(l), elem}, {type, type}, out);
    else
      call(cp, {elem, ssaOf(l)}, {type, type}, out);
    release(fifo, produce, out);
  };
  // In place: the statements after which held elements are released, and before which stores' elements
  // are taken.
  const InPlace& plan = inPlace_[instance];
  struct Held {
    std::string fifo;  // a Consume element: loads are the only elements released after a later statement
    int local = -1;
  };
  std::map<const ir::Stmt*, std::vector<Held>> releaseAfter;
  std::map<const ir::Stmt*, std::vector<const ir::Stmt*>> acquireBefore;
  auto flowOf = [&](int arg, bool write) -> const Flow* {  // the instance's flow through an argument, if any
    auto it = flowOf_.find({instance, arg * 2 + (write ? 1 : 0)});
    return it == flowOf_.end() ? nullptr : &flows_[static_cast<std::size_t>(it->second)];
  };
  for (const auto& [st, opener] : plan.storeAcquireBefore)
    if (const Flow* f = flowOf(std::get<ir::StoreStmt>(st->node).arg, true); f && f->inPlace) acquireBefore[opener].push_back(st);
  // scf.if cond { thenOps } else { elseOps }: the generic form has both regions, the custom one omits an
  // empty else.
  auto ifElse = [&](const std::string& cond, std::vector<Op> thenOps, std::vector<Op> elseOps, std::vector<Op>& o) {
    Op iff;
    iff.name = "scf.if";
    iff.operands = {cond};
    iff.operandTypes = {"i1"};
    iff.custom = "scf.if " + cond;
    Region then, els;
    then.implicitYield = els.implicitYield = true;
    then.ops = std::move(thenOps);
    els.ops = std::move(elseOps);
    if (!els.ops.empty()) iff.between = "else";
    iff.regions.push_back(std::move(then));
    iff.regions.push_back(std::move(els));
    o.push_back(std::move(iff));
  };
  int neverRuns = 0;  // > 0 inside a loop of no iterations for this instance (its statements warn of nothing)
  std::function<void(const ir::Block&, std::vector<Op>&)> block = [&](const ir::Block& b, std::vector<Op>& out) {
    for (const ir::Stmt& s : b) {
      // A store's element, taken where its local is first written (its compute writes into the element).
      for (const ir::Stmt* st : acquireBefore[&s]) {
        const auto& store = std::get<ir::StoreStmt>(st->node);
        const ir::LocalVar& v = local(store.local);
        held[store.local] = acquire(flowOf(store.arg, true)->l1Fifo, true, memrefOf(v.dtype, v.shape), out);
      }
      // One lambda per statement kind (ir::Overloaded: a kind without one does not compile).
      const auto loopOps = [&](const ir::ForStmt& f) {
        const bool empty = f.lo->isConst() && f.hi->isConst() && f.hi->value <= f.lo->value;
        const std::string lo = toIndex(expr(*f.lo, out), out);
        const std::string hi = toIndex(expr(*f.hi, out), out);
        const std::string st = toIndex(expr(*f.step, out), out);
        Op loop;
        loop.name = "scf.for";
        loop.operands = {lo, hi, st};
        loop.operandTypes = {"index", "index", "index"};
        const std::string v = fresh("iv_" + sanitizeIdentifier(f.var) + "_");
        iv[f.slot] = v;
        loop.custom = "scf.for " + v + " = " + lo + " to " + hi + " step " + st;
        Region r;
        r.args = {{v, "index"}};
        r.implicitYield = true;
        neverRuns += empty;
        block(f.body, r.ops);
        neverRuns -= empty;
        loop.regions.push_back(std::move(r));
        out.push_back(std::move(loop));
      };
      const auto ifOps = [&](const ir::IfStmt& br) {
        // if / elif / else as nested scf.if in the else regions.
        std::function<void(std::size_t, std::vector<Op>&)> chain = [&](std::size_t i, std::vector<Op>& o) {
          if (i == br.branches.size()) {
            block(br.elseBody, o);
            return;
          }
          const std::string c = toBool(expr(*br.branches[i].first, o), o);
          std::vector<Op> thenOps, elseOps;
          block(br.branches[i].second, thenOps);
          chain(i + 1, elseOps);
          ifElse(c, std::move(thenOps), std::move(elseOps), o);
        };
        chain(0, out);
      };
      // A stream index computed at run time: a chain of scf.if over the elements of the stream array
      // this instance gets from (puts to) in datosim's elaboration, as the HLS backend's switch; another
      // index does nothing, as there.
      const auto streamOps = [&](const ir::StreamRef& ref, bool produce, int l) {
        if (ref.inst >= 0) {
          through(streamFifo_[static_cast<std::size_t>(ref.inst)], produce, l, out);
          return;
        }
        const ir::StreamDecl& d = g_.streams[static_cast<std::size_t>(ref.decl)];
        std::string flat;
        for (std::size_t i = 0; i < ref.index.size(); ++i) {
          const std::string v = toIndex(expr(*ref.index[i], out), out);
          flat = i == 0 ? v : bin("arith.addi", bin("arith.muli", flat, constant(d.dims[i]), "index", out), v, "index", out);
        }
        std::vector<int> reached;
        for (std::size_t k = 0; k < g_.streamInsts.size(); ++k) {
          const ir::StreamInst& si = g_.streamInsts[k];
          if (si.decl == ref.decl && (produce ? si.producer : si.consumer) == instance) reached.push_back(static_cast<int>(k));
        }
        if (reached.empty() && !neverRuns)
          diags_.warning(s.loc, "instance " + safe(inst.name) + ": this " + (produce ? "put on '" : "get on '") + safe(d.name) +
                                    "' reaches no stream element in datosim's elaboration; it does nothing");
        std::function<void(std::size_t, std::vector<Op>&)> chain = [&](std::size_t k, std::vector<Op>& o) {
          if (k == reached.size()) return;
          const ir::StreamInst& si = g_.streamInsts[static_cast<std::size_t>(reached[k])];
          const std::string c = cmp(0, "eq", flat, constant(ir::flatIndex(d.dims, si.index)), o);
          std::vector<Op> thenOps, elseOps;
          through(streamFifo_[static_cast<std::size_t>(reached[k])], produce, l, thenOps);
          chain(k + 1, elseOps);
          ifElse(c, std::move(thenOps), std::move(elseOps), o);
        };
        chain(0, out);
      };
      const auto getOps = [&](const ir::GetStmt& gs) { streamOps(gs.stream, false, gs.local); };
      const auto putOps = [&](const ir::PutStmt& ps) { streamOps(ps.stream, true, ps.local); };
      // A flow is in place only when this statement is in the instance's plan (planInPlaceFlows).
      const auto loadOps = [&](const ir::LoadStmt& ld) {
        const Flow* f = flowOf(ld.arg, false);
        if (!f) return;
        if (!f->inPlace) return through(f->l1Fifo, false, ld.local, out);
        const ir::LocalVar& v = local(ld.local);
        held[ld.local] = acquire(f->l1Fifo, false, memrefOf(v.dtype, v.shape), out);
        releaseAfter[plan.loadReleaseAfter.at(&s)].push_back(Held{f->l1Fifo, ld.local});
      };
      const auto storeOps = [&](const ir::StoreStmt& st) {
        const Flow* f = flowOf(st.arg, true);
        if (!f) return;
        if (!f->inPlace) return through(f->l1Fifo, true, st.local, out);
        release(f->l1Fifo, true, out);  // the element holds the local: the DMA takes it from here
        held.erase(st.local);
      };
      // Run-time control: backends::refuseRunTimeControl stops the emission first.
      const auto whileOps = [&](const ir::WhileStmt&) { ir::refusedEarlier(s, "a 'while' loop", "the NPU emitter"); };
      const auto setOps = [&](const ir::SetStmt&) { ir::refusedEarlier(s, "a 'set'", "the NPU emitter"); };
      const auto computeOps = [&](const ir::ComputeStmt& c) {
        const std::string fn = kernelSymFor(c, task, s);
        std::vector<int> ops = c.ins;
        if (c.out >= 0) ops.push_back(c.out);
        std::vector<std::string> args, types;
        for (int o : ops) {
          args.push_back(ssaOf(o));
          types.push_back(memrefOf(local(o).dtype, local(o).shape));
        }
        call(fn, args, types, out);
      };
      std::visit(ir::Overloaded{loopOps, ifOps, getOps, putOps, loadOps, storeOps, whileOps, setOps, computeOps}, s.node);
      // Loaded elements whose local is not read after this statement.
      for (const Held& h : releaseAfter[&s]) {
        release(h.fifo, false, out);
        held.erase(h.local);
      }
    }
  };
  // One pass of the program per run of the runtime sequence, forever, as mlir-aie cores do: the host runs
  // the design again and again. Each pass first clears the buffers the program may read before writing
  // them (datosim's locals start every run at zero).
  std::vector<Op> ops;
  for (int l : readBeforeWritten(inst.body)) {
    if (inPlaceLocals_.count({instance, l})) continue;  // an element: written before it is read
    const ir::LocalVar& v = local(l);
    call(helperSym(Helper::Reset, v.dtype, v.shape), {bufferOf_[{instance, l}]}, {memrefOf(v.dtype, v.shape)}, ops);
  }
  block(inst.body, ops);
  Op run;
  run.name = "scf.for";
  const std::string lo = constant(0), hi = constant(std::numeric_limits<std::int64_t>::max()), st = constant(1);
  run.operands = {lo, hi, st};
  run.operandTypes = {"index", "index", "index"};
  const std::string runIv = fresh("run");
  run.custom = "scf.for " + runIv + " = " + lo + " to " + hi + " step " + st;
  Region runBody;
  runBody.args = {{runIv, "index"}};
  runBody.implicitYield = true;
  runBody.ops = std::move(ops);
  run.regions.push_back(std::move(runBody));
  body.ops = constOps;
  body.ops.push_back(std::move(run));
  Op end;
  end.name = "aie.end";
  end.custom = "aie.end";
  body.ops.push_back(end);
  core.regions.push_back(std::move(body));
  return core;
}

// ---- the runtime sequence ----

std::vector<Transfer> Emitter::transfers(const Channel& c, const SourceLoc& loc, std::size_t begin, std::size_t end,
                                         Diagnostics& d) {
  const Flow& f = flows_[static_cast<std::size_t>(c.flows[0])];
  const ir::Tensor& t = g_.tensors[static_cast<std::size_t>(f.tensor)];
  const std::size_t n = t.shape.size(), k = f.tile.size();
  std::vector<std::int64_t> stride(n, 1);
  for (std::size_t d = n; d-- > 1;) stride[d - 1] = stride[d] * t.shape[d];
  // The tile's element pattern, innermost first, contiguous dimensions merged while they fit.
  std::vector<std::pair<std::int64_t, std::int64_t>> dims;  // size, stride
  for (std::size_t j = k; j-- > 0;) {
    const std::int64_t size = f.tile[j], st = stride[n - k + j];
    if (size == 1) continue;
    if (!dims.empty() && dims.back().first * dims.back().second == st && dims.back().first * size <= kMaxInnerSize)
      dims.back().first *= size;
    else
      dims.push_back({size, st});
  }
  if (dims.empty()) dims.push_back({1, 1});
  if (dims[0].second != 1) dims.insert(dims.begin(), {1, 1});
  // A dimension longer than the DMA's counters is split into two (1024 = 512 x 2).
  for (std::size_t j = 0; j < dims.size(); ++j) {
    const auto [size, st] = dims[j];
    if (size <= kMaxInnerSize) continue;
    std::int64_t inner = kMaxInnerSize;
    while (inner > 1 && size % inner != 0) --inner;
    if (inner <= 1 || size / inner > kMaxInnerSize) continue;  // reported below
    dims[j] = {inner, st};
    dims.insert(dims.begin() + static_cast<std::ptrdiff_t>(j) + 1, {size / inner, inner * st});
    ++j;
  }
  const int bytes = ir::dtypeBits(t.dtype) / 8;
  std::vector<Transfer> out;
  if (dims.size() > 3) {
    d.error(loc, "tensor " + safe(t.name) + ": a tile of shape " + ir::shapeString(f.tile) +
                          " needs more than 3 DMA dimensions; no lowering yet");
    return out;
  }
  for (const auto& [size, st] : dims)
    if (size > kMaxInnerSize) {
      d.error(loc, "tensor " + safe(t.name) + ": a tile dimension of " + std::to_string(size) +
                            " elements exceeds the shim DMA's " + std::to_string(kMaxInnerSize) + "; no lowering yet");
      return out;
    }
  if ((dims[0].first * bytes) % 4 != 0) {
    d.error(loc, "tensor " + safe(t.name) + ": tile rows of " + std::to_string(dims[0].first * bytes) +
                          " bytes; the shim DMA moves whole 32-bit words");
    return out;
  }
  // The steps [begin, end) of the channel. Several flows on one channel: each element holds one tile of
  // each, side by side, their tiles a constant distance apart at every step (buildFlows orders them so),
  // and one more dimension covers them.
  auto emitDims = [&](std::vector<std::pair<std::int64_t, std::int64_t>> all, std::int64_t offset) {
    if (all.size() > 4) return false;
    if (all.size() == 4 && all.back().first > kMaxRepeat) return false;
    Transfer tr;
    tr.offset = offset;
    int slot = 3;
    for (const auto& [size, st] : all) {
      tr.sizes[slot] = size;
      tr.strides[slot] = size > 1 ? st : 0;
      --slot;
    }
    tr.strides[3] = 1;
    out.push_back(tr);
    return true;
  };
  auto wordAligned = [&] {
    for (const Transfer& tr : out)
      if ((tr.offset * bytes) % 4 != 0) {
        d.error(loc, "tensor " + safe(t.name) + ": a tile starts at element " + std::to_string(tr.offset) +
                              ", not on a 32-bit word; no lowering yet");
        out.clear();
        break;
      }
    return out;
  };
  // A transfer must move whole objectfifo elements (a partial one leaves the memory tile's buffer
  // descriptor short and the array hangs: mlir-aie PRs #3601, #3672), so the flows' tiles of a step
  // must be one 4-D pattern.
  if (c.flows.size() > 1 && c.spacing < 0) {
    d.error(loc, "tensor " + safe(t.name) + ": the flows sharing shim channel " + c.l2Fifo +
                     " do not read tiles a constant distance apart in any order, so one transfer cannot cover an element of it;"
                     " no lowering yet");
    return {};
  }
  if (c.flows.size() > 1 && dims.size() >= 3) {
    d.error(loc, "tensor " + safe(t.name) + ": flows sharing a shim channel with 3-D tiles; no lowering yet");
    return {};
  }
  if (c.flows.size() > 1) dims.push_back({static_cast<std::int64_t>(c.flows.size()), c.spacing});
  std::vector<std::int64_t> offs;
  for (std::size_t i = begin; i < end; ++i) offs.push_back(flatOrigin(f, i));
  // Runs of tiles whose offsets step evenly, then runs of equal runs whose starts step evenly: one
  // transfer covers a two-level loop nest of tiles when the dimensions fit.
  struct Run {
    std::size_t first = 0;
    std::int64_t start = 0, len = 1, delta = 0;
  };
  std::vector<Run> runs;
  for (std::size_t i = 0; i < offs.size();) {
    Run r;
    r.first = i;
    r.start = offs[i];
    if (i + 1 < offs.size() && offs[i + 1] - offs[i] >= 0) {
      r.delta = offs[i + 1] - offs[i];
      while (i + static_cast<std::size_t>(r.len) < offs.size() && offs[i + r.len] - offs[i + r.len - 1] == r.delta &&
             r.len < kMaxInnerSize)
        ++r.len;
    }
    runs.push_back(r);
    i += static_cast<std::size_t>(r.len);
  }
  for (std::size_t i = 0; i < runs.size();) {
    std::size_t count = 1;
    std::int64_t delta2 = 0;
    if (i + 1 < runs.size() && runs[i + 1].len == runs[i].len && runs[i + 1].delta == runs[i].delta &&
        runs[i + 1].start >= runs[i].start) {
      delta2 = runs[i + 1].start - runs[i].start;
      while (i + count < runs.size() && runs[i + count].len == runs[i].len && runs[i + count].delta == runs[i].delta &&
             runs[i + count].start - runs[i + count - 1].start == delta2 && static_cast<std::int64_t>(count) < kMaxRepeat)
        ++count;
    }
    auto all = dims;
    if (runs[i].len > 1) all.push_back({runs[i].len, runs[i].delta});
    if (count > 1) all.push_back({static_cast<std::int64_t>(count), delta2});
    if (emitDims(all, runs[i].start)) {
      i += count;
      continue;
    }
    // Does not fit: the run alone, else tile by tile.
    auto one = dims;
    if (runs[i].len > 1) one.push_back({runs[i].len, runs[i].delta});
    if (!emitDims(one, runs[i].start))
      for (std::int64_t k = 0; k < runs[i].len; ++k) emitDims(dims, runs[i].start + k * runs[i].delta);
    ++i;
  }
  return wordAligned();
}

// The rounds of the runtime sequence, when it must reuse buffer descriptors or pace a channel's task
// queue: per round, its transfers (channel, transfer) in channel order; empty when no cut fits. A round
// is a cut of every instance's program: along each instance's loads, stores, gets and puts (and along
// each channel's steps and each stream's tokens) the round never decreases, so an instance finishes its
// part of round k with the transfers of rounds <= k alone, and a step two instances share, or a token,
// lies in one round for both. The first round count tried (2, 3, 4, then a quarter more each time) whose
// rounds fit half the shim's descriptors and half a channel's task queue each is chosen.
std::vector<std::vector<std::pair<std::size_t, Transfer>>> Emitter::rounds(const std::vector<std::size_t>& steps) {
  // Events: each channel step, then each token of each stream instance (its put and its get are one
  // event, so a token lies in one round for its producer and its consumer).
  std::vector<std::size_t> base(channels_.size() + 1, 0);
  for (std::size_t ci = 0; ci < channels_.size(); ++ci) base[ci + 1] = base[ci] + steps[ci];
  std::vector<std::size_t> tokens(g_.streamInsts.size(), 0);
  for (const auto& [inst, acc] : accesses_)
    for (const Access& a : acc)
      if (a.arg < 0 && a.write && a.stream >= 0) ++tokens[static_cast<std::size_t>(a.stream)];
  std::vector<std::size_t> sbase(g_.streamInsts.size() + 1, base.back());
  for (std::size_t k = 0; k < g_.streamInsts.size(); ++k) sbase[k + 1] = sbase[k] + tokens[k];
  std::vector<std::vector<std::size_t>> lists;  // per instance, the events it takes part in, in order
  std::size_t longest = 1;
  for (const auto& [inst, acc] : accesses_) {
    std::vector<std::size_t> l;
    std::map<int, std::size_t> count;
    std::map<std::pair<int, bool>, std::size_t> taken;  // (stream instance, put) -> tokens so far
    for (const Access& a : acc) {
      if (a.arg < 0) {
        if (a.stream < 0) continue;
        const std::size_t i = taken[{a.stream, a.write}]++;
        if (i < tokens[static_cast<std::size_t>(a.stream)]) l.push_back(sbase[static_cast<std::size_t>(a.stream)] + i);
        continue;
      }
      const int key = a.arg * 2 + (a.write ? 1 : 0);
      const std::size_t step = count[key]++;
      const auto it = flowOf_.find({inst, key});
      if (it == flowOf_.end()) continue;
      const int ch = flows_[static_cast<std::size_t>(it->second)].channel;
      if (ch < 0 || step >= steps[static_cast<std::size_t>(ch)]) continue;
      l.push_back(base[static_cast<std::size_t>(ch)] + step);
    }
    longest = std::max(longest, l.size());
    if (!l.empty()) lists.push_back(std::move(l));
  }
  // The orders a round may not decrease along: each instance's events, each channel's steps, each
  // stream's tokens (an edge from each event to the next).
  std::vector<std::vector<std::size_t>> next(sbase.back());
  for (const auto& l : lists)
    for (std::size_t j = 1; j < l.size(); ++j) next[l[j - 1]].push_back(l[j]);
  for (std::size_t ci = 0; ci < channels_.size(); ++ci)
    for (std::size_t e = base[ci] + 1; e < base[ci + 1]; ++e) next[e - 1].push_back(e);
  for (std::size_t k = 0; k < g_.streamInsts.size(); ++k)
    for (std::size_t e = sbase[k] + 1; e < sbase[k + 1]; ++e) next[e - 1].push_back(e);
  Diagnostics scratch;
  // Rounds tried: 2, 3, 4, ... growing by a quarter (so a long sequence costs tens of tries, not one per
  // event).
  for (std::size_t n = 2; n <= longest; n = std::max(n + 1, n + n / 4)) {
    std::vector<int> round(sbase.back(), 0);
    for (const auto& l : lists)
      for (std::size_t j = 0; j < l.size(); ++j) round[l[j]] = std::max(round[l[j]], static_cast<int>(j * n / l.size()));
    // Raise along the edges until no event is below one before it (values only grow, up to n - 1).
    std::vector<std::size_t> work(sbase.back());
    for (std::size_t e = 0; e < work.size(); ++e) work[e] = e;
    while (!work.empty()) {
      const std::size_t e = work.back();
      work.pop_back();
      for (std::size_t f : next[e])
        if (round[f] < round[e]) {
          round[f] = round[e];
          work.push_back(f);
        }
    }
    std::map<int, std::vector<std::pair<std::size_t, Transfer>>> byRound;
    std::map<std::pair<int, int>, std::int64_t> used;  // (round, shim tile) -> transfers
    bool ok = true;
    for (std::size_t ci = 0; ci < channels_.size() && ok; ++ci) {
      const Channel& c = channels_[ci];
      for (std::size_t lo = base[ci]; lo < base[ci + 1] && ok;) {
        std::size_t hi = lo;
        while (hi < base[ci + 1] && round[hi] == round[lo]) ++hi;
        const auto trs = transfers(c, g_.tensors[static_cast<std::size_t>(c.tensor)].loc, lo - base[ci], hi - base[ci], scratch);
        ok = !scratch.hasErrors() && static_cast<std::int64_t>(trs.size()) <= kMaxQueued / 2 &&
             (used[{round[lo], c.shimTile}] += static_cast<std::int64_t>(trs.size())) <= kMaxBdIds / 2;
        for (const Transfer& tr : trs) byRound[round[lo]].emplace_back(ci, tr);
        lo = hi;
      }
    }
    if (!ok) continue;
    std::vector<std::vector<std::pair<std::size_t, Transfer>>> plan;
    for (auto& [r, trs] : byRound) plan.push_back(std::move(trs));
    return plan;
  }
  return {};
}

Op Emitter::runtimeSequence(nlohmann::ordered_json& reads) {
  Op seq;
  seq.name = "aie.runtime_sequence";
  Region r;
  std::string params;
  std::vector<std::string> argOf;
  for (std::size_t t = 0; t < g_.tensors.size(); ++t) {
    const ir::Tensor& x = g_.tensors[t];
    const std::string a = "%arg_" + names_.take(x.name);
    const std::string type = "memref<" + std::to_string(elems(x.shape)) + "x" + mlirType(x.dtype) + ">";
    r.args.emplace_back(a, type);
    argOf.push_back(a);
    params += (t ? ", " : "") + a + ": " + type;
  }
  seq.custom = "aie.runtime_sequence(" + params + ")";
  // Every channel's transfers at once, and what they read.
  std::vector<std::size_t> steps(channels_.size(), 0);
  std::vector<std::vector<Transfer>> all(channels_.size());
  std::map<int, std::int64_t> perShim;
  std::vector<std::vector<bool>> readMask(g_.tensors.size());
  std::set<std::string> reported;
  for (std::size_t ci = 0; ci < channels_.size(); ++ci) {
    const Channel& f = channels_[ci];
    const ir::Tensor& x = g_.tensors[static_cast<std::size_t>(f.tensor)];
    steps[ci] = flows_[static_cast<std::size_t>(f.flows[0])].origins.size();
    Diagnostics found;  // a limit of the tensor's tiles is reported once, not once per channel
    all[ci] = transfers(f, x.loc, 0, steps[ci], found);
    for (const Diagnostic& dg : found.all())
      if (reported.insert(dg.str()).second) diags_.error(dg.loc, dg.message);
    perShim[f.shimTile] += static_cast<std::int64_t>(all[ci].size());
    if (f.write) continue;
    auto& mask = readMask[static_cast<std::size_t>(f.tensor)];
    if (mask.empty()) mask.assign(static_cast<std::size_t>(elems(x.shape)), false);
    for (const Transfer& tr : all[ci])
      for (std::int64_t a = 0; a < tr.sizes[0]; ++a)
        for (std::int64_t b = 0; b < tr.sizes[1]; ++b)
          for (std::int64_t c = 0; c < tr.sizes[2]; ++c)
            for (std::int64_t d = 0; d < tr.sizes[3]; ++d) {
              const std::int64_t e = tr.offset + a * tr.strides[0] + b * tr.strides[1] + c * tr.strides[2] + d * tr.strides[3];
              if (e >= 0 && e < static_cast<std::int64_t>(mask.size())) mask[static_cast<std::size_t>(e)] = true;
            }
  }
  if (diags_.hasErrors()) return seq;
  auto dmaOp = [&](std::size_t ci, const Transfer& tr, std::int64_t id, bool token) {
    const Channel& f = channels_[ci];
    const std::int64_t zero[4] = {0, 0, 0, tr.offset};
    Op dma;
    dma.name = "aiex.npu.dma_memcpy_nd";
    const std::string& a = argOf[static_cast<std::size_t>(f.tensor)];
    const std::string& type = r.args[static_cast<std::size_t>(f.tensor)].second;
    const std::string tok = token ? "true" : "false";
    dma.operands = {a};
    dma.operandTypes = {type};
    dma.attrs = {{"id", std::to_string(id) + " : i64"},
                 {"issue_token", tok},
                 {"metadata", sym(f.l2Fifo)},
                 {"static_offsets", "array<i64: " + arr(zero, false) + ">"},
                 {"static_sizes", "array<i64: " + arr(tr.sizes, false) + ">"},
                 {"static_strides", "array<i64: " + arr(tr.strides, false) + ">"}};
    dma.custom = "aiex.npu.dma_memcpy_nd(" + a + arr(zero) + arr(tr.sizes) + arr(tr.strides) + ") {id = " +
                 std::to_string(id) + " : i64, issue_token = " + tok + ", metadata = " + sym(f.l2Fifo) + "} : " + type;
    r.ops.push_back(dma);
  };
  auto waitOp = [&](const std::string& fifo) {
    Op w;
    w.name = "aiex.npu.dma_wait";
    w.attrs = {{"symbol", sym(fifo)}};
    w.custom = "aiex.npu.dma_wait {symbol = " + sym(fifo) + "}";
    r.ops.push_back(w);
  };
  const bool fits = std::all_of(perShim.begin(), perShim.end(), [](const auto& kv) { return kv.second <= kMaxBdIds; }) &&
                    std::all_of(all.begin(), all.end(), [](const auto& trs) { return static_cast<std::int64_t>(trs.size()) <= kMaxQueued; });
  if (fits) {
    // Every transfer in flight at once, each with its own buffer descriptor; the outputs are waited for.
    std::map<int, std::int64_t> nextId;  // per shim tile
    std::vector<std::string> waits;
    for (std::size_t ci = 0; ci < channels_.size(); ++ci)
      for (const Transfer& tr : all[ci]) {
        dmaOp(ci, tr, nextId[channels_[ci].shimTile]++, channels_[ci].write);
        if (channels_[ci].write) waits.push_back(channels_[ci].l2Fifo);
      }
    for (const std::string& w : waits) waitOp(w);
  } else {
    // More transfers on a shim tile than it has buffer descriptors, or on a shim channel than its task
    // queue holds: the sequence runs in rounds, each a cut of every instance's program (docs/backends.md,
    // "Rounds"). Round k uses the descriptors of bank k % 2 and at most 2 transfers per channel; before
    // round k is issued the transfers of round k - 2 are waited for, so two rounds are in flight and a
    // core never waits for a transfer that is not issued yet.
    const auto plan = rounds(steps);
    if (plan.empty()) {
      const std::string why = "no cut of the instances' programs into rounds fits " + std::to_string(kMaxBdIds / 2) +
                              " descriptors per shim tile and " + std::to_string(kMaxQueued / 2) + " transfers per channel";
      const auto worst = std::max_element(perShim.begin(), perShim.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
      std::size_t deepest = 0;
      for (std::size_t ci = 1; ci < all.size(); ++ci)
        if (all[ci].size() > all[deepest].size()) deepest = ci;
      const std::string what =
          worst->second > kMaxBdIds
              ? std::to_string(worst->second) + " transfers on shim tile " + tile(worst->first).name() + ", which has " +
                    std::to_string(kMaxBdIds) + " buffer descriptors"
              : std::to_string(all[deepest].size()) + " transfers on the shim channel of " + channels_[deepest].l2Fifo +
                    ", whose task queue holds " + std::to_string(kMaxQueued);
      std::size_t at = deepest;  // a channel of the shim tile named, when the shim's descriptors are the limit
      if (worst->second > kMaxBdIds)
        for (std::size_t ci = 0; ci < channels_.size(); ++ci)
          if (channels_[ci].shimTile == worst->first) {
            at = ci;
            break;
          }
      diags_.error(g_.tensors[static_cast<std::size_t>(channels_[at].tensor)].loc, what + "; " + why + "; no lowering yet");
      return seq;
    }
    std::vector<std::vector<std::string>> tokens(plan.size());  // per round, the objectfifo of each transfer
    for (std::size_t k = 0; k < plan.size(); ++k) {
      if (k >= 2)
        for (const std::string& w : tokens[k - 2]) waitOp(w);
      std::map<int, std::int64_t> nextId;  // per shim tile, within the round's bank
      for (const auto& [ci, tr] : plan[k]) {
        const Channel& c = channels_[ci];
        dmaOp(ci, tr, static_cast<std::int64_t>(k % 2) * (kMaxBdIds / 2) + nextId[c.shimTile]++, true);
        tokens[k].push_back(c.l2Fifo);
      }
    }
    for (std::size_t k = plan.size() < 2 ? 0 : plan.size() - 2; k < plan.size(); ++k)
      for (const std::string& w : tokens[k]) waitOp(w);
  }
  for (std::size_t t = 0; t < g_.tensors.size(); ++t) {
    if (readMask[t].empty()) continue;
    reads[g_.tensors[t].name] = static_cast<std::int64_t>(std::count(readMask[t].begin(), readMask[t].end(), true));
  }
  seq.regions.push_back(std::move(r));
  return seq;
}

// The distinct elements of `tensor` the graph's stores write (its instances' walks, not the transfers).
std::int64_t Emitter::storedElements(int tensor) const {
  const ir::Tensor& x = g_.tensors[static_cast<std::size_t>(tensor)];
  std::vector<bool> mask(static_cast<std::size_t>(elems(x.shape)), false);
  for (const auto& [i, list] : accesses_) {
    const ir::Instance& inst = g_.instances[static_cast<std::size_t>(i)];
    const ir::Task& task = g_.tasks[static_cast<std::size_t>(inst.task)];
    for (const Access& a : list) {
      if (a.arg < 0 || !a.write || task.args[static_cast<std::size_t>(a.arg)].tensor != tensor) continue;
      // The local covers the trailing dimensions of the tensor (leading extents 1).
      const ir::Shape& ls = task.locals[static_cast<std::size_t>(a.local)].shape;
      ir::Shape ext(x.shape.size(), 1);
      for (std::size_t k = 0; k < ls.size() && k < ext.size(); ++k) ext[ext.size() - ls.size() + k] = ls[k];
      ir::Shape idx(x.shape.size(), 0);
      for (;;) {
        std::int64_t flat = 0;
        bool inside = true;
        for (std::size_t d = 0; d < idx.size() && inside; ++d) {
          const std::int64_t v = a.origin[d] + idx[d];
          inside = v >= 0 && v < x.shape[d];
          flat = flat * x.shape[d] + v;
        }
        if (inside) mask[static_cast<std::size_t>(flat)] = true;
        std::size_t d = idx.size();
        while (d > 0 && ++idx[d - 1] == ext[d - 1]) idx[--d] = 0;
        if (d == 0) break;
      }
    }
  }
  return static_cast<std::int64_t>(std::count(mask.begin(), mask.end(), true));
}

// ---- the project ----

Project Emitter::run(std::vector<std::string>& userFiles) {
  Project p;
  if (!checkLowerable()) return p;
  buildFlows();
  if (diags_.hasErrors()) return p;
  planInPlaceFlows();

  // Which columns are used: the device name counts them.
  int maxCol = 0;
  std::set<int> used;
  for (const ir::TileGroup& grp : m_.groups) used.insert(grp.tile);
  for (const Channel& c : channels_) {
    used.insert(c.shimTile);
    used.insert(c.memTile);
  }
  for (int t : used) maxCol = std::max(maxCol, tile(t).col);
  const int columns = static_cast<int>(npu_.columns);
  const std::string device = maxCol + 1 < columns ? device_ + "_" + std::to_string(maxCol + 1) + "col" : device_;

  Op dev;
  dev.name = "aie.device";
  dev.custom = "aie.device(" + device + ")";
  dev.attrs = {{"device", "#aie<device " + device + ">"}};
  Region body;
  for (int t : used) {
    const ir::Tile& x = tile(t);
    const std::string name = "%tile_" + std::to_string(x.col) + "_" + std::to_string(x.row);
    tileSsa_[t] = name;
    Op o;
    o.name = "aie.tile";
    o.result = name;
    o.resultType = "index";
    o.attrs = {{"col", std::to_string(x.col) + " : i32"}, {"row", std::to_string(x.row) + " : i32"}};
    o.custom = name + " = aie.tile(" + std::to_string(x.col) + ", " + std::to_string(x.row) + ")";
    body.ops.push_back(o);
  }
  // Locals: one buffer each in its core's memory.
  for (std::size_t i = 0; i < g_.instances.size(); ++i) {
    const int t = m_.tileOf(static_cast<int>(i));
    if (t < 0) continue;
    const ir::Instance& inst = g_.instances[i];
    const ir::Task& task = g_.tasks[static_cast<std::size_t>(inst.task)];
    for (std::size_t l = 0; l < task.locals.size(); ++l) {
      if (inPlaceLocals_.count({static_cast<int>(i), static_cast<int>(l)})) continue;  // lives in objectfifo elements
      const ir::LocalVar& lv = task.locals[l];
      const std::string name = names_.take(inst.name + "_" + lv.name);
      const std::string ssa = "%buf_" + name;
      bufferOf_[{static_cast<int>(i), static_cast<int>(l)}] = ssa;
      Op b;
      b.name = "aie.buffer";
      b.result = ssa;
      b.resultType = memrefOf(lv.dtype, lv.shape);
      b.operands = {tileSsa_[t]};
      b.operandTypes = {"index"};
      b.attrs = {{"sym_name", "\"" + name + "\""}};
      b.custom = ssa + " = aie.buffer(" + tileSsa_[t] + ") {sym_name = \"" + name + "\"} : " + b.resultType;
      body.ops.push_back(b);
    }
  }
  // Streams: one objectfifo per stream instance, at the graph's depth.
  auto fifo = [&](const std::string& name, int from, const std::vector<int>& to, std::int64_t depth,
                  const std::string& type, const std::string& comment) {
    Op o;
    o.name = "aie.objectfifo";
    o.operands = {tileSsa_[from]};
    std::string cons;
    for (std::size_t i = 0; i < to.size(); ++i) {
      o.operands.push_back(tileSsa_[to[i]]);
      cons += (i ? ", " : "") + tileSsa_[to[i]];
    }
    o.operandTypes.assign(o.operands.size(), "index");
    const std::string ft = "!aie.objectfifo<" + type + ">";
    o.attrs = {{"sym_name", "\"" + name + "\""}, {"elemNumber", std::to_string(depth) + " : i32"}, {"elemType", ft}};
    o.custom = "aie.objectfifo " + sym(name) + "(" + tileSsa_[from] + ", {" + cons + "}, " + std::to_string(depth) + " : i32) : " + ft;
    o.comment = comment;
    body.ops.push_back(o);
  };
  for (std::size_t s = 0; s < g_.streamInsts.size(); ++s) {
    const ir::StreamInst& si = g_.streamInsts[s];
    const ir::StreamDecl& d = g_.streams[static_cast<std::size_t>(si.decl)];
    std::string nm;
    for (char c : si.name) nm += c == '[' ? '_' : c == ']' ? '\0' : c;
    nm.erase(std::remove(nm.begin(), nm.end(), '\0'), nm.end());
    streamFifo_.push_back(names_.take(nm));
    fifo(streamFifo_.back(), m_.streams[s].fromTile, {m_.streams[s].toTile}, d.depth, memrefOf(d.dtype, d.tile),
         "stream " + safe(si.name) + " (" + ir::routeKindName(m_.streams[s].kind) + ")");
  }
  const std::int64_t l1Depth = std::max<std::int64_t>(1, npu_.bufferDepth - 1);
  for (const Channel& ch : channels_) {
    const ir::Tensor& x = g_.tensors[static_cast<std::size_t>(ch.tensor)];
    const Flow& f0 = flows_[static_cast<std::size_t>(ch.flows[0])];
    const std::string type = memrefOf(x.dtype, f0.tile);
    const std::int64_t e = elems(f0.tile);
    const std::string l2type = ch.flows.size() == 1 ? type
                                                    : "memref<" + std::to_string(e * static_cast<std::int64_t>(ch.flows.size())) +
                                                          "x" + mlirType(x.dtype) + ">";
    std::string who;
    for (int fi : ch.flows)
      for (int i : flows_[static_cast<std::size_t>(fi)].instances)
        who += (who.empty() ? "" : ", ") + g_.instances[static_cast<std::size_t>(i)].name;
    std::vector<std::string> l1s;
    std::string offsets;
    for (std::size_t k = 0; k < ch.flows.size(); ++k) {
      l1s.push_back(sym(flows_[static_cast<std::size_t>(ch.flows[k])].l1Fifo));
      offsets += (k ? ", " : "") + std::to_string(static_cast<std::int64_t>(k) * e);
    }
    if (!ch.write) fifo(ch.l2Fifo, ch.shimTile, {ch.memTile}, 2, l2type, "tensor " + safe(x.name) + " -> " + safe(who));
    for (int fi : ch.flows) {
      const Flow& f = flows_[static_cast<std::size_t>(fi)];
      // In place, the core's local is one of the elements: dma.buffer_depth of them, as the mapper counts.
      const std::int64_t depth = f.inPlace ? std::max<std::int64_t>(1, npu_.bufferDepth) : l1Depth;
      if (!ch.write)
        fifo(f.l1Fifo, ch.memTile, f.computeTiles, depth, type, "");
      else
        fifo(f.l1Fifo, f.computeTiles[0], {ch.memTile}, depth, type,
             ch.flows.size() == 1 || fi == ch.flows[0] ? "tensor " + safe(x.name) + " <- " + safe(who) : "");
    }
    if (ch.write) fifo(ch.l2Fifo, ch.memTile, {ch.shimTile}, 2, l2type, "");
    Op link;
    link.name = "aie.objectfifo.link";
    const bool many = ch.flows.size() > 1;
    const std::string l1list = "[" + [&] {
      std::string r;
      for (std::size_t k = 0; k < l1s.size(); ++k) r += (k ? ", " : "") + l1s[k];
      return r;
    }() + "]";
    const std::string src = ch.write ? l1list : "[" + sym(ch.l2Fifo) + "]";
    const std::string dst = ch.write ? "[" + sym(ch.l2Fifo) + "]" : l1list;
    const std::string srcOff = ch.write && many ? offsets : "", dstOff = !ch.write && many ? offsets : "";
    link.attrs = {{"fifoIns", src}, {"fifoOuts", dst},
                  {"src_offsets", srcOff.empty() ? "array<i64>" : "array<i64: " + srcOff + ">"},
                  {"dst_offsets", dstOff.empty() ? "array<i64>" : "array<i64: " + dstOff + ">"}};
    link.custom = "aie.objectfifo.link " + src + " -> " + dst + " ([" + srcOff + "] [" + dstOff + "])";
    body.ops.push_back(link);
  }
  // Cores (their kernels are declared once all are known).
  std::vector<Op> cores;
  for (std::size_t i = 0; i < g_.instances.size(); ++i)
    if (m_.tileOf(static_cast<int>(i)) >= 0 && !g_.instances[i].body.empty()) cores.push_back(core(static_cast<int>(i)));
  nlohmann::ordered_json reads = nlohmann::ordered_json::object();
  Op seq = runtimeSequence(reads);
  if (diags_.hasErrors()) return {};
  std::vector<Op> decls;
  const std::string object = "kernels.o";
  for (const auto& [name, type] : kernelDecls_) {
    const bool custom = name.rfind("custom_", 0) == 0;
    Op d;
    d.name = "func.func";
    d.props = {{"function_type", type}, {"sym_name", "\"" + name + "\""}, {"sym_visibility", "\"private\""}};
    d.attrs = {{"link_with", std::string("\"") + (custom ? "custom_kernels.o" : object) + "\""}};
    d.custom = "func.func private " + sym(name) + type.substr(0, type.find(" ->")) + " attributes {link_with = \"" +
               (custom ? "custom_kernels.o" : object) + "\"}";
    d.regions.clear();
    decls.push_back(d);
  }
  for (const Op& d : decls) body.ops.push_back(d);
  for (Op& c : cores) body.ops.push_back(std::move(c));
  body.ops.push_back(seq);
  dev.regions.push_back(std::move(body));

  for (Op& o : dev.regions[0].ops)
    if (o.name == "func.func") o.regions.push_back(Region{});  // a declaration: an empty body region
  std::vector<Op> genericModule = {dev};
  for (Op& o : dev.regions[0].ops)
    if (o.name == "func.func") o.regions.clear();
  const std::string header = "// " + safe(g_.name) + " on " + safe(arch_.name) + ": generated by datosim from " +
                             safe(g_.file) + " (docs/backends.md). Build: make (aiecc.py).\n";
  p.add("aie.mlir", header + printCustom({dev}));
  p.add("aie.generic.mlir", "// The module of aie.mlir in MLIR's generic form, for mlir-opt without mlir-aie\n"
                            "// (mlir-opt-19 --allow-unregistered-dialect aie.generic.mlir). Op for op the same, except that\n"
                            "// each func.call of a kernel is written dsim.kernel_call (same operands, same callee): mlir-opt\n"
                            "// cannot resolve a callee from inside an unregistered op such as aie.core.\n" +
                                printGeneric(genericModule));

  // Kernels: the library's templates on plain types (kernels/ap_int.h), one extern "C" entry per signature.
  std::string kernels = "// The kernels of " + safe(g_.name) +
                        " for the AIE cores: one extern \"C\" entry per signature, on the operands'\n"
                        "// shapes, with datosim's numerics. " + std::to_string(vectorised_.size()) +
                        " use the AIE API (dsim_aie.h: aie::mmul, vector ops); " + std::to_string(scalar_.size()) +
                        " use datosim's scalar\n// kernel library (dsim_kernels.h), which has the kernels, dtypes and "
                        "shapes the vector forms lack.\n";
  if (!scalar_.empty()) kernels += "#include \"ap_int.h\"\n#include \"dsim_kernels.h\"\n";
  if (!vectorised_.empty()) kernels += "#include \"dsim_aie.h\"\n";
  kernels += "\n";
  for (const std::string& b : kernelBodies_) kernels += b + "\n";
  p.add("kernels/kernels.cc", kernels);
  for (const hls::RuntimeFile& f : hls::runtimeFiles())
    if (f.path == "src/dsim_kernels.h") p.add("kernels/dsim_kernels.h", f.text);
  for (const hls::RuntimeFile& f : runtimeFiles()) p.add(f.path, f.text);
  p.add("kernels/ap_int.h",
        "// Plain-type stand-ins for ap_int<W> / ap_uint<W> so that datosim's kernel library compiles for the\n"
        "// AIE cores (and any C++17 compiler): the widths a datosim graph uses, as the C integer types of\n"
        "// that width. bf16 operands use dsim::dt_bf16_bits (16-bit patterns).\n"
        "#pragma once\n#include <stdint.h>\n\n"
        "template <int W> struct dsim_int_of;\n"
        "template <> struct dsim_int_of<4> { typedef int8_t s; typedef uint8_t u; };\n"
        "template <> struct dsim_int_of<8> { typedef int8_t s; typedef uint8_t u; };\n"
        "template <> struct dsim_int_of<16> { typedef int16_t s; typedef uint16_t u; };\n"
        "template <> struct dsim_int_of<32> { typedef int32_t s; typedef uint32_t u; };\n"
        "template <int W> using ap_int = typename dsim_int_of<W>::s;\n"
        "template <int W> using ap_uint = typename dsim_int_of<W>::u;\n");
  if (!customDecls_.empty()) {
    std::string c = "// FILL IN: the custom steps of " + safe(g_.name) + ".\n#include \"ap_int.h\"\n#include \"dsim_kernels.h\"\n\n";
    for (const std::string& d : customDecls_) c += d + "\n";
    p.add("kernels/custom_kernels.cc", c);
    userFiles.push_back("kernels/custom_kernels.cc");
  }

  // Data.
  std::vector<std::string> inputs, outputs, stems;
  for (const ir::Tensor& x : g_.tensors) stems.push_back(sanitizeIdentifier(x.name));
  addRunData(p, g_, *in_.before, *in_.after, in_.expectedOutputs, stems, inputs, outputs);
  nlohmann::ordered_json tensors = nlohmann::ordered_json::array();
  for (std::size_t t = 0; t < g_.tensors.size(); ++t) {
    const ir::Tensor& x = g_.tensors[t];
    nlohmann::ordered_json j;
    j["name"] = x.name;
    j["arg"] = static_cast<int>(t);
    j["role"] = ir::tensorRoleName(x.role);
    j["dtype"] = ir::dtypeName(x.dtype);
    j["elements"] = elems(x.shape);
    j["shape"] = x.shape;
    if (reads.contains(x.name)) j["elements_read"] = reads[x.name];
    if (x.role != ir::TensorRole::Input) {
      const std::int64_t stored = storedElements(static_cast<int>(t));
      if (stored < elems(x.shape)) j["elements_written"] = stored;  // a ragged graph: the rest stays zero
    }
    tensors.push_back(j);
  }

  // Host program (mlir-aie's test.cpp conventions).
  std::ostringstream h;
  h << "// XRT host of " << safe(g_.name) << " (mlir-aie programming_examples conventions): loads final.xclbin and\n"
    << "// insts.bin, writes datosim's inputs, runs the design N times, times it, compares the outputs.\n"
    << "// usage: host final.xclbin insts.bin [DATA_DIR [ITERATIONS]]\n"
    << "#include <chrono>\n#include <cstdint>\n#include <cstdio>\n#include <cstring>\n#include <fstream>\n#include <string>\n#include <vector>\n\n"
    << "#include \"xrt/xrt_bo.h\"\n#include \"xrt/xrt_device.h\"\n#include \"xrt/xrt_hw_context.h\"\n#include \"xrt/xrt_kernel.h\"\n\n"
    << "#include \"dsim_npy.h\"\n\n"
    << "static std::vector<uint32_t> read_insts(const char* path) {\n  std::ifstream f(path, std::ios::binary);\n"
    << "  std::vector<char> b((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());\n"
    << "  std::vector<uint32_t> w(b.size() / 4);\n  std::memcpy(w.data(), b.data(), w.size() * 4);\n  return w;\n}\n\n"
    << "int main(int argc, char** argv) {\n  if (argc < 3) {\n    std::fprintf(stderr, \"usage: %s final.xclbin insts.bin [DATA_DIR [ITERATIONS]]\\n\", argv[0]);\n    return 2;\n  }\n"
    << "  const std::string data = argc > 3 ? argv[3] : \"data\";\n  const int iterations = argc > 4 ? std::stoi(argv[4]) : 10;\n"
    << "  const std::vector<uint32_t> insts = read_insts(argv[2]);\n"
    << "  xrt::device device(0);\n  xrt::xclbin xclbin(argv[1]);\n  device.register_xclbin(xclbin);\n"
    << "  xrt::hw_context context(device, xclbin.get_uuid());\n  xrt::kernel kernel(context, \"MLIR_AIE\");\n"
    << "  xrt::bo bo_insts(device, insts.size() * sizeof(uint32_t), XCL_BO_FLAGS_CACHEABLE, kernel.group_id(1));\n"
    << "  bo_insts.write(insts.data());\n  bo_insts.sync(XCL_BO_SYNC_BO_TO_DEVICE);\n  int bad = 0;\n";
  for (std::size_t t = 0; t < g_.tensors.size(); ++t) {
    const ir::Tensor& x = g_.tensors[t];
    const std::string v = sanitizeIdentifier(x.name);
    h << "  std::vector<" << hostCType(x.dtype) << "> " << v << "(" << elems(x.shape) << ");\n";
    if (x.role != ir::TensorRole::Output)
      h << "  if (!dsim_npy::load_host(data + \"/" << v << ".npy\", " << cppShapeList(x.shape) << ", " << v << ")) return 2;\n";
    h << "  xrt::bo bo_" << v << "(device, " << v << ".size() * sizeof(" << hostCType(x.dtype)
      << "), XRT_BO_FLAGS_HOST_ONLY, kernel.group_id(" << t + 3 << "));\n"
      << "  bo_" << v << ".write(" << v << ".data());\n  bo_" << v << ".sync(XCL_BO_SYNC_BO_TO_DEVICE);\n";
  }
  h << "  double total = 0;\n  for (int it = 0; it < iterations; ++it) {\n    const auto start = std::chrono::steady_clock::now();\n"
    << "    const unsigned int opcode = 3;\n    xrt::run run = kernel(opcode, bo_insts, insts.size()";
  for (const ir::Tensor& x : g_.tensors) h << ", bo_" << sanitizeIdentifier(x.name);
  h << ");\n    run.wait();\n    total += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();\n  }\n";
  for (const ir::Tensor& x : g_.tensors) {
    if (x.role == ir::TensorRole::Input || !in_.expectedOutputs) continue;
    const std::string v = sanitizeIdentifier(x.name);
    h << "  bo_" << v << ".sync(XCL_BO_SYNC_BO_FROM_DEVICE);\n  bo_" << v << ".read(" << v << ".data());\n"
      << "  bad += dsim_npy::compare_host(data + \"/expected/" << v << ".npy\", " << cppShapeList(x.shape) << ", " << v
      << ", \"" << v << "\"" << (floatSums_ && ir::isFloat(x.dtype) ? ", 2" : "") << ");\n";
  }
  h << "  std::printf(\"%d run(s), mean %.3f us per run (datosim predicted " << cppDouble(in_.predictedSeconds * 1e6)
    << " us for the array)\\n\", iterations, total / iterations * 1e6);\n"
    << "  std::printf(bad ? \"FAILED\\n\" : \"PASSED\\n\");\n  return bad ? 1 : 0;\n}\n";
  p.add("host/host.cpp", h.str());
  for (const hls::RuntimeFile& f : hls::runtimeFiles())
    if (f.path == "tb/dsim_npy.h") p.add("host/dsim_npy.h", f.text);

  const bool npu2 = device_ == "npu2";
  std::ostringstream mk;
  mk << "# " << safe(g_.name) << " on " << safe(arch_.name) << " (aie.device " << device << "), generated by datosim.\n"
     << "#   make            kernels.o (Peano), then aiecc.py: final.xclbin and insts.bin\n"
     << "#   make host run   the XRT host program, run on the NPU\n"
     << "#   make check      datosim check-project on this folder\n"
     << "PEANO_INSTALL_DIR ?= $(shell python3 -c 'import llvm_aie, os; print(os.path.dirname(llvm_aie.__file__))' 2>/dev/null)\n"
     << "# mlir-aie's install: its include/ holds the AIE API (aie_api/aie.hpp) the vectorised kernels use.\n"
     << "AIEOPT_DIR ?= $(shell realpath $(dir $(shell which aie-opt))/.. 2>/dev/null)\n"
     << "AIE_TARGET := " << (npu2 ? "aie2p" : "aie2") << "-none-unknown-elf\nDATOSIM ?= datosim\n\n"
     << ".PHONY: all host run check clean\n\nall: final.xclbin\n\n"
     << "kernels.o: kernels/kernels.cc kernels/dsim_kernels.h kernels/ap_int.h kernels/dsim_aie.h\n"
     << "\t$(PEANO_INSTALL_DIR)/bin/clang++ --target=$(AIE_TARGET) -std=c++20 -O2 -ffp-contract=off -DNDEBUG -Ikernels "
        "-I$(AIEOPT_DIR)/include -c $< -o $@\n\n";
  if (!customDecls_.empty())
    mk << "custom_kernels.o: kernels/custom_kernels.cc\n"
       << "\t$(PEANO_INSTALL_DIR)/bin/clang++ --target=$(AIE_TARGET) -std=c++17 -O2 -Ikernels -c $< -o $@\n\n";
  mk << "final.xclbin: aie.mlir kernels.o" << (customDecls_.empty() ? "" : " custom_kernels.o") << "\n"
     << "\taiecc.py --aie-generate-xclbin --aie-generate-npu-insts --no-compile-host --no-xchesscc --no-xbridge "
        "--peano $(PEANO_INSTALL_DIR) --xclbin-name=final.xclbin --npu-insts-name=insts.bin aie.mlir\n\n"
     << "host: build/host\nbuild/host: host/host.cpp host/dsim_npy.h\n\tmkdir -p build\n"
     << "\t$(CXX) -std=c++17 -O2 -Ihost -I$(XILINX_XRT)/include host/host.cpp -o $@ -L$(XILINX_XRT)/lib -lxrt_coreutil -pthread\n\n"
     << "run: build/host final.xclbin\n\t./build/host final.xclbin insts.bin data\n\n"
     << "check:\n\t$(DATOSIM) check-project .\n\n"
     << "clean:\n\trm -rf build *.o final.xclbin insts.bin aie.mlir.prj\n";
  p.add("Makefile", mk.str());

  nlohmann::ordered_json man = manifestHead(g_, arch_, "npu", in_.datosimVersion, in_.seed);
  man["aie_device"] = device;
  man["limits"] = {{"compute_l1_bytes", npu_.l1Bytes},
                   {"compute_stack_bytes", npu_.stackBytes},
                   {"memtile_bytes", npu_.memtileBytes},
                   {"compute_dma", {static_cast<int>(npu_.computeDmaIn), static_cast<int>(npu_.computeDmaOut)}},
                   {"memtile_dma", {static_cast<int>(npu_.memtileDmaIn), static_cast<int>(npu_.memtileDmaOut)}},
                   {"shim_dma", {static_cast<int>(npu_.shimS2mm), static_cast<int>(npu_.shimMm2s)}},
                   {"shim_bds", static_cast<int>(npu_.shimBds)},
                   {"compute_bds", static_cast<int>(npu_.computeBds)},
                   {"memtile_bds", static_cast<int>(npu_.memtileBds)},
                   {"compute_locks", static_cast<int>(npu_.computeLocks)},
                   {"memtile_locks", static_cast<int>(npu_.memtileLocks)}};
  man["predicted"] = {{"cycles", in_.predictedCycles}, {"seconds", in_.predictedSeconds}};
  man["tensors"] = tensors;
  man["kernels"] = kernelTable_;
  man["inputs"] = inputs;
  man["expected_outputs"] = outputs;
  man["user_files"] = userFiles;
  man["files"] = fileList(p);
  p.add(kManifestName, man.dump(2) + "\n");

  const auto inPlaceFlows = std::count_if(flows_.begin(), flows_.end(), [](const Flow& f) { return f.inPlace; });
  std::ostringstream rd;
  rd << "# " << safe(g_.name) << " on " << safe(arch_.name) << " (MLIR-AIE project generated by datosim)\n\n"
     << "`aie.mlir` is the design in current mlir-aie syntax for `aie.device(" << device << ")`: the tiles datosim's mapper "
        "placed, one objectfifo per stream at the graph's depth, shim -> memory tile -> core objectfifos joined by "
        "`aie.objectfifo.link` per tensor flow, one `aie.core` per instance, and the runtime sequence of "
        "`aiex.npu.dma_memcpy_nd` transfers. `aie.generic.mlir` is the same module in MLIR's generic form.\n\n"
     << "datosim predicted " << groupDigits(in_.predictedCycles) << " cycles (" << cppDouble(in_.predictedSeconds * 1e6)
     << " us) for the array.\n\n"
     << "| command | what |\n|---|---|\n"
     << "| `datosim check-project .` (`make check`) | the checks aiecc.py would fail late on or the hardware would hang on: tiles, "
        "objectfifo endpoints, DMA channels, L1 and memory-tile bytes, acquire/release balance, symbols, BD ids, and the "
        "runtime sequence replayed element by element |\n"
     << "| `mlir-opt-19 --allow-unregistered-dialect aie.generic.mlir` | MLIR's own parser and verifier on the structure |\n"
     << "| `make` | `kernels.o` with Peano, then `aiecc.py` -> `final.xclbin`, `insts.bin` |\n"
     << "| `make host run` | the XRT host: datosim's inputs in, outputs compared with `data/expected/` |\n\n"
     << "The cores call the kernels of `kernels/kernels.cc` on the objectfifo elements themselves wherever a tile is not "
        "needed after its element is released (" << inPlaceFlows << " of " << flows_.size()
     << " tensor flows); elsewhere, and for the streams between cores, they copy between the element and a local buffer "
        "with `dsim_copy_*`. All kernels have datosim's numerics. On the AIE API (`kernels/dsim_aie.h`, `aie::mmul` and "
        "vector ops): "
     << (vectorised_.empty() ? std::string("none") : joinNames(vectorised_))
     << ". On datosim's scalar library (`kernels/dsim_kernels.h`: correct, not vectorised): "
     << (scalar_.empty() ? std::string("none") : joinNames(scalar_)) << ".\n";
  if (floatSums_)
    rd << "\nA vectorised float matmul adds each block's products in the order of the AIE's `mmul`, not datosim's "
          "ascending k, so the host accepts float outputs within 2 units in the last place of datosim's (integer outputs "
          "must match exactly).\n";
  if (!userFiles.empty()) rd << "\n**To fill in**: kernels/custom_kernels.cc (custom steps; datosim knows only their cycles).\n";
  p.add("README.md", rd.str());
  return p;
}

}  // namespace

Project emit(const EmitInput& in, Diagnostics& diags, std::vector<std::string>& userFiles) {
  // Loops whose variable indexes a table are unrolled (the tables are known; a core has none), on a copy.
  std::optional<ir::Graph> unrolled;
  EmitInput input = in;
  for (std::size_t i = 0; i < in.graph->instances.size(); ++i) {
    std::optional<ir::Block> body = unrollTableLoops(in.graph->instances[i]);
    if (!body) continue;
    if (!unrolled) unrolled = *in.graph;
    unrolled->instances[i].body = std::move(*body);
  }
  if (unrolled) input.graph = &*unrolled;
  Emitter e(input, diags);
  Project p = e.run(userFiles);
  if (diags.hasErrors()) return {};
  return p;
}

}  // namespace datosim::backends::npu
