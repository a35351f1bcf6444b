// FPGA mapping (docs/mapping.md): every instance becomes a processing element; a resource
// estimate from its structure (control, ports, datapath), its locals and stream FIFOs by shape;
// global tensors on HBM pseudo-channels.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "arch/fpga/fpga.h"
#include "ir/dtype.h"
#include "ir/kernels.h"
#include "kernels/kernel.h"
#include "mapper/internal.h"

namespace datosim::mapper::detail {

namespace {


// Block RAMs by shape (AMD UG573, UltraScale Architecture Memory Resources): a RAMB36E2 port is 1,
// 2, 4, 9, 18, 36 or 72 (simple dual port) bits wide; the 9-bit multiples use all bram36.bits
// (parity bits as data), 1, 2 and 4 only the 32 Kb of data bits: 32K x 1 ... 4K x 9 ... 512 x 72.
// A RAMB18E2 is half of one (up to 36 bits wide) and half a BRAM36 tile, as Vivado counts it. A
// buffer read `widthBits` per cycle takes the cheapest configuration, tiled ceil(width / w) x
// ceil(depth / d) times.
double bram36ForShape(double bramBits, double widthBits, double depth) {
  if (widthBits <= 0 || depth <= 0) return 0;
  double best = std::numeric_limits<double>::infinity();
  for (const double w : {1.0, 2.0, 4.0, 9.0, 18.0, 36.0, 72.0}) {
    const double words = std::floor((std::fmod(w, 9.0) == 0 ? bramBits : bramBits * 8.0 / 9.0) / w);
    best = std::min(best, std::ceil(widthBits / w) * std::ceil(depth / words));
    if (w <= 36) best = std::min(best, 0.5 * std::ceil(widthBits / w) * std::ceil(depth / std::floor(words / 2)));
  }
  return best;
}

// A buffer `widthBits` wide (read that much per cycle) and `depth` words deep: registers when it is
// one word, LUTRAM up to est.lutram_max_bytes, URAM from est.uram_min_bytes, else BRAM by shape.
void addMemory(const arch::fpga::FpgaParams& p, double widthBits, double depth, ir::PeUse& u) {
  if (widthBits <= 0 || depth <= 0) return;
  const double bytes = widthBits * depth / 8.0;
  if (depth <= 1) {
    u.ff += widthBits;
  } else if (bytes <= p.estLutramMaxBytes) {
    u.lut += widthBits * std::ceil(depth / p.lutramBitsPerLut);  // a LUT is a lutram.bits_per_lut x 1 RAM
  } else if (bytes >= p.estUramMinBytes) {
    u.uram += std::ceil(widthBits / p.uramWidthBits) * std::ceil(depth / (p.uramBits / p.uramWidthBits));
  } else {
    u.bram36 += bram36ForShape(p.bram36Bits, widthBits, depth);
  }
}

// A stream FIFO of `depth` tokens of `tokenBytes`, moved min(token, stream.bytes_per_cycle) bytes
// per cycle: an SRL FIFO when shallow or small (Vitis HLS config_storage fifo defaults), else a
// memory of that width.
void addFifo(const arch::fpga::FpgaParams& p, std::int64_t depth, std::int64_t tokenBytes, ir::PeUse& u) {
  if (depth <= 0 || tokenBytes <= 0) return;
  const double wordBytes = std::min(static_cast<double>(tokenBytes), p.streamBytesPerCycle);
  const double words = static_cast<double>(depth) * std::ceil(static_cast<double>(tokenBytes) / wordBytes);
  const double bits = 8.0 * wordBytes;
  if (words <= p.estFifoSrlMaxDepth || words * bits <= p.estFifoSrlMaxBits)
    u.lut += bits * std::ceil(words / p.srlDepthPerLut);
  else
    addMemory(p, bits, words, u);
}

// Walks an instance's body: the datapath of each compute statement, and how wide each local is
// read or written per cycle (the widest of its uses, in elements).
struct KernelWalker {
  const ir::Graph& g;
  const ir::Task& task;
  const arch::fpga::FpgaParams& p;
  ir::PeUse& u;
  std::vector<double> widthElems;  // per local, 0 = not used by a compute, stream or load/store

  void use(int local, double elems) {
    if (local < 0 || static_cast<std::size_t>(local) >= task.locals.size()) return;
    const double n = static_cast<double>(ir::numElements(task.locals[static_cast<std::size_t>(local)].shape));
    double& w = widthElems[static_cast<std::size_t>(local)];
    w = std::max(w, std::max(1.0, std::min(n, elems)));
  }
  // A port moving `bytes` per cycle into or out of `local`.
  void useBytes(int local, double bytes) {
    if (local < 0 || static_cast<std::size_t>(local) >= task.locals.size()) return;
    const double bits = ir::dtypeBits(task.locals[static_cast<std::size_t>(local)].dtype);
    use(local, std::floor(8.0 * bytes / bits));
  }
  void block(const ir::Block& b) {
    widthElems.assign(task.locals.size(), 0.0);
    const double axiWidth = static_cast<double>(p.axiDataWidthBytes);
    ir::forEachStmt(b, [&](const ir::Stmt& s) {
      if (const auto* c = std::get_if<ir::ComputeStmt>(&s.node)) {
        compute(*c);
      } else if (const auto* gs = std::get_if<ir::GetStmt>(&s.node)) {
        useBytes(gs->local, std::min(static_cast<double>(g.streams[static_cast<std::size_t>(gs->stream.decl)].tokenBytes()), p.streamBytesPerCycle));
      } else if (const auto* ps = std::get_if<ir::PutStmt>(&s.node)) {
        useBytes(ps->local, std::min(static_cast<double>(g.streams[static_cast<std::size_t>(ps->stream.decl)].tokenBytes()), p.streamBytesPerCycle));
      } else if (const auto* ls = std::get_if<ir::LoadStmt>(&s.node)) {
        useBytes(ls->local, axiWidth);
      } else if (const auto* ss = std::get_if<ir::StoreStmt>(&s.node)) {
        useBytes(ss->local, axiWidth);
      }
    });
  }
  // Each compute statement is its own hardware (HLS instantiates a datapath per call site).
  void compute(const ir::ComputeStmt& c) {
    const ir::KernelInfo* info = kernels::infoOf(c);
    if (!info || info->cls == ir::KernelClass::Custom) return;
    std::vector<const ir::LocalVar*> ins;
    for (int i : c.ins)
      if (i >= 0 && static_cast<std::size_t>(i) < task.locals.size()) ins.push_back(&task.locals[static_cast<std::size_t>(i)]);
    const ir::LocalVar* out =
        c.out >= 0 && static_cast<std::size_t>(c.out) < task.locals.size() ? &task.locals[static_cast<std::size_t>(c.out)] : nullptr;
    if (ins.size() != c.ins.size() || (info->hasOut && !out)) return;
    const ir::KernelWork w = kernels::work(*info, ins, out, c.attrs);
    if (info->cls == ir::KernelClass::Mac) {
      const double rate = arch::of(p.macsPerCycle, w.dtype);
      const double macs = std::min(rate, static_cast<double>(std::max<std::int64_t>(1, w.macs)));
      const double dsp = std::ceil(macs * arch::of(p.dspPerMac, w.dtype));
      u.dsp += dsp;
      u.lut += dsp * p.estLutPerDsp;
      u.ff += dsp * p.estFfPerDsp;
      for (int i : c.ins) use(i, rate);
      use(c.out, rate);
      return;
    }
    const double lanes = std::min(p.vectorLanes, static_cast<double>(std::max<std::int64_t>(1, w.elements)));
    u.lut += lanes * p.estLutPerLane;
    u.ff += lanes * p.estFfPerLane;
    for (int i : c.ins) use(i, p.vectorLanes);
    use(c.out, p.vectorLanes);
  }
};

std::string num(double v) { return groupDigits(static_cast<std::int64_t>(std::llround(v))); }

std::optional<ir::Mapping> mapFpga(const ir::Graph& g, const ir::Arch& arch, const std::vector<InstanceFacts>& facts,
                                   const ir::MappingRequest* request, Diagnostics& diags) {
  const arch::fpga::FpgaParams p = arch::fpga::params(arch);
  const double axiWidth = static_cast<double>(p.axiDataWidthBytes);  // an m_axi port's beat
  const std::size_t before = diags.errorCount();
  ir::Mapping m;
  m.archName = arch.name;
  m.fpga.emplace();
  m.groupOf.assign(g.instances.size(), -1);
  m.fpga->peUse.resize(g.instances.size());
  for (std::size_t i = 0; i < g.instances.size(); ++i) {
    if (facts[i].idle) continue;
    ir::Tile t;
    t.kind = ir::TileKind::Pe;
    t.col = static_cast<int>(m.tiles.size());
    ir::TileGroup grp;
    grp.members = {static_cast<int>(i)};
    grp.tile = static_cast<int>(m.tiles.size());
    grp.how = "single";
    m.groupOf[i] = static_cast<int>(m.groups.size());
    m.groups.push_back(grp);
    m.tiles.push_back(t);
    const ir::Instance& in = g.instances[i];
    const ir::Task& task = g.tasks[static_cast<std::size_t>(in.task)];
    ir::PeUse& u = m.fpga->peUse[i];
    // Control: the process's state machine, loop counters and handshakes.
    u.lut += p.estPeLut;
    u.ff += p.estPeFf;
    KernelWalker walker{g, task, p, u, {}};
    walker.block(in.body);
    // Locals by shape: as wide as their widest use, as deep as that leaves.
    for (std::size_t l = 0; l < task.locals.size(); ++l) {
      const ir::LocalVar& lv = task.locals[l];
      const double n = static_cast<double>(ir::numElements(lv.shape));
      const double we = walker.widthElems[l] > 0 ? walker.widthElems[l] : 1.0;
      addMemory(p, we * ir::dtypeBits(lv.dtype), std::ceil(n / we), u);
    }
    // Ports: every stream end and every (argument, direction) it loads or stores has its
    // handshake; an input port also registers the word it reads.
    for (int s : in.inStreams) {
      const ir::StreamDecl& d = g.streams[static_cast<std::size_t>(g.streamInsts[static_cast<std::size_t>(s)].decl)];
      u.lut += p.estPortLut;
      u.ff += p.estPortFfPerByte * std::min(static_cast<double>(d.tokenBytes()), p.streamBytesPerCycle);
      addFifo(p, d.depth, d.tokenBytes(), u);  // the FIFO is counted at its consumer
    }
    u.lut += p.estPortLut * static_cast<double>(in.outStreams.size());
    for (const MemUse& mu : facts[i].mem) {
      u.lut += p.estPortLut;
      if (!mu.write) u.ff += p.estPortFfPerByte * std::min(static_cast<double>(mu.tileBytes), axiWidth);
    }
  }
  // One m_axi adapter per global tensor the design loads or stores (one kernel argument, one
  // bundle), counted at the first instance that uses it.
  {
    std::vector<char> adapter(g.tensors.size(), 0);
    for (std::size_t i = 0; i < g.instances.size(); ++i) {
      if (facts[i].idle) continue;
      for (const MemUse& mu : facts[i].mem) {
        if (mu.tensor < 0 || adapter[static_cast<std::size_t>(mu.tensor)]) continue;
        adapter[static_cast<std::size_t>(mu.tensor)] = 1;
        m.fpga->peUse[i].lut += p.estAxiAdapterLut + p.estAxiAdapterLutPerByte * axiWidth;
        m.fpga->peUse[i].ff += p.estAxiAdapterFf + p.estAxiAdapterFfPerByte * axiWidth;
      }
    }
  }
  m.use.resize(m.tiles.size());
  {
    std::size_t idle = 0;
    for (const InstanceFacts& f : facts) idle += f.idle ? 1 : 0;
    if (idle) m.notes.push_back((idle == 1 ? std::string("1 instance with nothing to do needs") : std::to_string(idle) + " instances with nothing to do need") + " no hardware");
  }
  for (const ir::PeUse& u : m.fpga->peUse) {
    m.fpga->total.dsp += u.dsp;
    m.fpga->total.lut += u.lut;
    m.fpga->total.ff += u.ff;
    m.fpga->total.bram36 += u.bram36;
    m.fpga->total.uram += u.uram;
  }
  m.fpga->limit.dsp = p.dsp;
  m.fpga->limit.lut = p.lut;
  m.fpga->limit.ff = p.ff;
  m.fpga->limit.bram36 = p.bram36;
  m.fpga->limit.uram = p.uram;
  struct Res {
    const char* what;
    const char* key;
    double ir::PeUse::*field;
  };
  const Res res[] = {{"DSP slices", "resources.dsp", &ir::PeUse::dsp},
                     {"LUTs", "resources.lut", &ir::PeUse::lut},
                     {"flip-flops", "resources.ff", &ir::PeUse::ff},
                     {"BRAM36 blocks", "resources.bram36", &ir::PeUse::bram36},
                     {"UltraRAMs", "resources.uram", &ir::PeUse::uram}};
  for (const Res& r : res) {
    const double need = m.fpga->total.*r.field, have = m.fpga->limit.*r.field;
    if (need <= have) continue;
    // The largest users, to say where the demand comes from.
    std::vector<std::size_t> idx;
    for (std::size_t i = 0; i < m.fpga->peUse.size(); ++i)
      if (m.fpga->peUse[i].*r.field > 0) idx.push_back(i);
    std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return m.fpga->peUse[a].*r.field > m.fpga->peUse[b].*r.field; });
    std::string top;
    for (std::size_t k = 0; k < idx.size() && k < 3; ++k)
      top += (k ? ", " : "") + g.instances[idx[k]].name + " " + num(m.fpga->peUse[idx[k]].*r.field);
    // By task too: a large array of identical PEs is one decision for the user, not thousands.
    struct PerTask {
      double sum = 0, most = 0;
      std::int64_t count = 0;
    };
    std::map<int, PerTask> perTask;
    for (std::size_t i : idx) {
      PerTask& t = perTask[g.instances[i].task];
      t.sum += m.fpga->peUse[i].*r.field;
      t.most = std::max(t.most, m.fpga->peUse[i].*r.field);
      ++t.count;
    }
    std::vector<std::pair<int, PerTask>> tasks(perTask.begin(), perTask.end());
    std::stable_sort(tasks.begin(), tasks.end(), [](const auto& a, const auto& b) { return a.second.sum > b.second.sum; });
    std::string byTask;
    for (std::size_t k = 0; k < tasks.size() && k < 3; ++k) {
      const PerTask& t = tasks[k].second;
      byTask += (k ? ", " : "") + g.tasks[static_cast<std::size_t>(tasks[k].first)].name + " " + num(t.sum) +
                (t.count > 1 ? " (" + groupDigits(t.count) + " instances, up to " + num(t.most) + " each)" : "");
    }
    diags.error(SourceLoc{g.file, ""}, "the design needs an estimated " + num(need) + " " + r.what + ", " + arch.name +
                                           " has " + num(have) + " (" + r.key + "); by task: " + byTask +
                                           "; largest instances: " + top);
  }

  // HBM: each tensor on its own pseudo-channels, in declaration order, as many as its size needs
  // (one m_axi port per tensor, as Vitis connects `sp=top.arg:HBM[a:b]`), or as --mapping says.
  m.fpga->tensorChannels.resize(g.tensors.size());
  const int channels = static_cast<int>(p.hbmChannels);
  std::vector<char> given(g.tensors.size(), 0);
  if (request) {
    for (const ir::MappingRequest::Hbm& h : request->hbm) {
      const int t = g.findTensor(h.tensor);
      if (t < 0) {
        std::vector<std::string> names;
        for (const ir::Tensor& x : g.tensors) names.push_back(x.name);
        const std::string near = closestName(h.tensor, names);
        diags.error(h.loc.child("tensor"), "the graph has no tensor '" + h.tensor + "'" +
                                               (near.empty() ? "" : "; did you mean '" + near + "'?"));
        continue;
      }
      for (std::size_t k = 0; k < h.channels.size(); ++k)
        if (h.channels[k] < 0 || h.channels[k] >= channels)
          diags.error(h.loc.child("channels").child(k), "HBM pseudo-channel " + std::to_string(h.channels[k]) +
                                                            " does not exist: " + arch.name + " has " +
                                                            std::to_string(channels) + " (0-" + std::to_string(channels - 1) +
                                                            ", hbm.channels)");
      std::set<int> uniq(h.channels.begin(), h.channels.end());
      m.fpga->tensorChannels[static_cast<std::size_t>(t)].assign(uniq.begin(), uniq.end());
      given[static_cast<std::size_t>(t)] = 1;
    }
    if (!request->groups.empty())
      diags.warning(SourceLoc{request->file, "/groups"}, "an FPGA places every instance in its own hardware; the groups are ignored");
  }
  int next = 0;
  for (std::size_t t = 0; t < g.tensors.size(); ++t) {
    const std::int64_t bytes = ir::tileBytes(g.tensors[t].dtype, g.tensors[t].shape);
    const int need = std::max(1, static_cast<int>(std::ceil(static_cast<double>(bytes) / p.hbmChannelBytes)));
    if (given[t]) {
      const int have = static_cast<int>(m.fpga->tensorChannels[t].size());
      if (have < need)
        diags.error(request->hbm.front().loc, "tensor '" + g.tensors[t].name + "' (" + groupDigits(bytes) + " bytes) needs " +
                                                  std::to_string(need) + (need == 1 ? " HBM pseudo-channel of " : " HBM pseudo-channels of ") +
                                                  groupDigits(static_cast<std::int64_t>(p.hbmChannelBytes)) +
                                                  " bytes (hbm.channel_bytes), --mapping gives it " + std::to_string(have));
      continue;
    }
    if (next + need > channels) {
      diags.error(g.tensors[t].loc, "tensor '" + g.tensors[t].name + "' (" + groupDigits(bytes) + " bytes) needs " +
                                        std::to_string(need) + (need == 1 ? " HBM pseudo-channel, but only " : " HBM pseudo-channels, but only ") +
                                        std::to_string(std::max(0, channels - next)) + " of " + arch.name + "'s " +
                                        std::to_string(channels) + " are left (hbm.channels, hbm.channel_bytes)");
      continue;
    }
    for (int k = 0; k < need; ++k) m.fpga->tensorChannels[t].push_back(next++);
  }
  // Which instance uses which tensor: one route per (instance, argument, direction).
  for (std::size_t i = 0; i < g.instances.size(); ++i) {
    for (const MemUse& u : facts[i].mem) {
      ir::MemRoute r = memRouteOf(static_cast<int>(i), u, m.tileOf(static_cast<int>(i)));
      r.hbmChannels = m.fpga->tensorChannels[static_cast<std::size_t>(u.tensor)];
      r.fanout = "direct";
      m.memRoutes.push_back(r);
    }
  }
  m.streams.resize(g.streamInsts.size());
  for (std::size_t s = 0; s < g.streamInsts.size(); ++s) {
    const ir::StreamInst& si = g.streamInsts[s];
    const ir::StreamDecl& d = g.streams[static_cast<std::size_t>(si.decl)];
    ir::StreamRoute& r = m.streams[s];
    r.kind = ir::RouteKind::Fifo;
    r.fromTile = m.tileOf(si.producer);
    r.toTile = m.tileOf(si.consumer);
    r.bufferBytes = d.depth * d.tokenBytes();
  }
  if (diags.errorCount() != before) return std::nullopt;
  return m;
}

// Chain and bundle share NPU tiles; every instance of an FPGA design is its own hardware.
class FpgaPlacer final : public Placer {
 public:
  std::optional<ir::Mapping> place(PlaceJob& job) const override {
    if (!job.opts.hints.chains.empty() || !job.opts.hints.bundles.empty())
      job.diags.warning(SourceLoc{job.g.file, "/mapping"},
                        "chain and bundle apply to NPU tiles; on an FPGA every instance becomes its own hardware, so "
                        "they are ignored");
    return mapFpga(job.g, job.arch, job.facts, job.opts.request, job.diags);
  }
};

}  // namespace

const Placer& fpgaPlacer() {
  static const FpgaPlacer placer;
  return placer;
}

}  // namespace datosim::mapper::detail
