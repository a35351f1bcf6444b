// A test-only builder of elaborated graph IR, for simulator tests that must not depend on the
// frontend. Bodies are written directly in elaborated form: constants folded, loop variables bound
// to frame slots, static stream references resolved to StreamInst ids (ref()), dynamic ones left
// with index expressions (dynRef() plus element() to declare the array elements that exist).
//
// Misuse (two producers for one stream instance, a stream instance nobody consumes) throws
// std::logic_error: a broken test, not a simulator result.
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "kernels/kernel.h"
#include "ir/arch.h"
#include "ir/diag.h"
#include "ir/graph.h"
#include "ir/kernels.h"

namespace datosim::test {

using ir::Block;
using ir::DType;
using ir::ExprPtr;
using ir::Shape;
using ir::Stmt;

inline ExprPtr C(std::int64_t v) { return ir::Expr::constant(v); }
/// Loop variable bound to frame slot `slot`.
inline ExprPtr V(int slot) { return ir::Expr::var("v" + std::to_string(slot), slot); }
inline ExprPtr Add(ExprPtr a, ExprPtr b) { return ir::Expr::binary(ir::ExprOp::Add, std::move(a), std::move(b)); }
inline ExprPtr Mul(ExprPtr a, ExprPtr b) { return ir::Expr::binary(ir::ExprOp::Mul, std::move(a), std::move(b)); }

template <class T>
Stmt makeStmt(T node) {
  Stmt s;
  s.node = std::move(node);
  return s;
}

/// for v<slot> in range(lo, hi)
inline Stmt For(int slot, ExprPtr lo, ExprPtr hi, Block body, ExprPtr step = C(1)) {
  ir::ForStmt f;
  f.var = "v" + std::to_string(slot);
  f.slot = slot;
  f.lo = std::move(lo);
  f.hi = std::move(hi);
  f.step = std::move(step);
  f.body = std::move(body);
  return makeStmt(std::move(f));
}
/// for v<slot> in range(n)
inline Stmt For(int slot, std::int64_t n, Block body) { return For(slot, C(0), C(n), std::move(body)); }

/// The loop `loop` (a For) pipelined with initiation interval `ii`.
inline Stmt Pipelined(Stmt loop, ExprPtr ii) {
  std::get<ir::ForStmt>(loop.node).ii = std::move(ii);
  return loop;
}
inline Stmt Pipelined(Stmt loop, std::int64_t ii) { return Pipelined(std::move(loop), C(ii)); }

inline Stmt If(ExprPtr cond, Block then, Block otherwise = {}) {
  ir::IfStmt f;
  f.branches.emplace_back(std::move(cond), std::move(then));
  f.elseBody = std::move(otherwise);
  return makeStmt(std::move(f));
}

inline Stmt Get(ir::StreamRef r, int local) { return makeStmt(ir::GetStmt{std::move(r), local, {}, -1, -1}); }
inline Stmt Put(ir::StreamRef r, int local) { return makeStmt(ir::PutStmt{std::move(r), local, {}, nullptr}); }
inline Stmt Load(int arg, std::vector<ExprPtr> at, int local) {
  return makeStmt(ir::LoadStmt{arg, std::move(at), local});
}
inline Stmt Store(int arg, std::vector<ExprPtr> at, int local) {
  return makeStmt(ir::StoreStmt{arg, std::move(at), local});
}

/// out (+)= kernel(ins...), costed by the timing model unless `cycles` is given.
inline Stmt Compute(const std::string& kernel, std::vector<int> ins, int out, bool accumulate = false,
                    ExprPtr cycles = nullptr, std::map<std::string, double> attrs = {}) {
  ir::ComputeStmt c;
  c.kernel = kernel;
  c.info = kernels::findKernel(kernel);
  if (!c.info) throw std::logic_error("no kernel " + kernel);
  c.ins = std::move(ins);
  c.out = out;
  c.accumulate = accumulate;
  c.attrs = std::move(attrs);
  c.cycles = std::move(cycles);
  return makeStmt(std::move(c));
}
/// An opaque step of `cycles` cycles (the `custom` kernel without operands).
inline Stmt Busy(ExprPtr cycles) { return Compute("custom", {}, -1, false, std::move(cycles)); }
inline Stmt Busy(std::int64_t cycles) { return Busy(C(cycles)); }

class GraphBuilder {
 public:
  explicit GraphBuilder(std::string name, std::string file = "test.json") {
    g_.name = std::move(name);
    g_.file = std::move(file);
  }

  int tensor(const std::string& name, DType t, Shape shape) {
    ir::Tensor x;
    x.name = name;
    x.dtype = t;
    x.shape = std::move(shape);
    x.loc = {g_.file, "/tensors/" + name};
    g_.tensors.push_back(std::move(x));
    return static_cast<int>(g_.tensors.size()) - 1;
  }

  int stream(const std::string& name, DType t, Shape tile, std::int64_t depth, Shape dims = {}) {
    ir::StreamDecl d;
    d.name = name;
    d.dtype = t;
    d.tile = std::move(tile);
    d.depth = depth;
    d.dims = std::move(dims);
    d.loc = {g_.file, "/streams/" + name};
    g_.streams.push_back(std::move(d));
    g_.streamInstOf.emplace_back(static_cast<std::size_t>(ir::numElements(g_.streams.back().dims)), -1);
    return static_cast<int>(g_.streams.size()) - 1;
  }

  int task(const std::string& name, Shape mapping = {1}) {
    ir::Task t;
    t.name = name;
    t.mapping = std::move(mapping);
    t.loc = {g_.file, "/tasks/" + name};
    g_.tasks.push_back(std::move(t));
    return static_cast<int>(g_.tasks.size()) - 1;
  }

  int local(int task, const std::string& name, DType t, Shape shape = {}) {
    ir::Task& k = g_.tasks.at(static_cast<std::size_t>(task));
    k.locals.push_back(ir::LocalVar{name, t, std::move(shape), {g_.file, "/tasks/" + k.name + "/locals/" + name}});
    return static_cast<int>(k.locals.size()) - 1;
  }

  /// An argument of `task` seeing tensor `tensor` with local shard `localShape` (layouts are not
  /// needed by the simulator; every dimension is recorded as replicated).
  int arg(int task, const std::string& name, int tensor, Shape localShape) {
    ir::Task& k = g_.tasks.at(static_cast<std::size_t>(task));
    ir::TaskArg a;
    a.name = name;
    a.tensor = tensor;
    a.layout.assign(localShape.size(), ir::LayoutDim{});
    a.localShape = std::move(localShape);
    a.loc = {g_.file, "/tasks/" + k.name + "/args/" + name};
    k.args.push_back(std::move(a));
    return static_cast<int>(k.args.size()) - 1;
  }

  /// A reference to element `index` of stream `name`, resolved now (its StreamInst is created on
  /// first use; producer and consumer are found from the bodies in build()).
  ir::StreamRef ref(const std::string& name, Shape index = {}) {
    ir::StreamRef r;
    r.decl = declOf(name);
    for (std::int64_t i : index) r.index.push_back(C(i));
    r.inst = elementId(r.decl, index);
    return r;
  }

  /// A reference whose index is computed at run time.
  ir::StreamRef dynRef(const std::string& name, std::vector<ExprPtr> index) {
    ir::StreamRef r;
    r.decl = declOf(name);
    r.index = std::move(index);
    return r;
  }

  /// Declare that element `index` of stream `name` exists, with its producer and consumer
  /// instances (for elements only dynamic references reach).
  void element(const std::string& name, Shape index, int producer, int consumer) {
    int id = elementId(declOf(name), index);
    ir::StreamInst& s = g_.streamInsts[static_cast<std::size_t>(id)];
    s.producer = producer;
    s.consumer = consumer;
  }

  int instance(int task, const std::string& name, Block body, int numSlots = 0, Shape coords = {}) {
    ir::Instance in;
    in.name = name;
    in.task = task;
    in.coords = std::move(coords);
    in.body = std::move(body);
    in.numSlots = numSlots;
    g_.instances.push_back(std::move(in));
    return static_cast<int>(g_.instances.size()) - 1;
  }

  /// Locations, producers, consumers and stream lists filled in; throws on inconsistent use.
  ir::Graph build() {
    ir::Graph g = g_;
    for (std::size_t i = 0; i < g.instances.size(); ++i) {
      ir::Instance& in = g.instances[i];
      SourceLoc root{g.file, "/tasks/" + g.tasks[static_cast<std::size_t>(in.task)].name + "/body"};
      walk(g, static_cast<int>(i), in.body, root);
    }
    for (const ir::StreamInst& s : g.streamInsts)
      if (s.producer < 0 || s.consumer < 0)
        throw std::logic_error("stream instance " + s.name + " needs a producer and a consumer");
    for (std::size_t id = 0; id < g.streamInsts.size(); ++id) {
      const ir::StreamInst& s = g.streamInsts[id];
      addUnique(g.instances[static_cast<std::size_t>(s.producer)].outStreams, static_cast<int>(id));
      addUnique(g.instances[static_cast<std::size_t>(s.consumer)].inStreams, static_cast<int>(id));
    }
    return g;
  }

  ir::Graph& raw() { return g_; }

 private:
  int declOf(const std::string& name) const {
    int d = g_.findStream(name);
    if (d < 0) throw std::logic_error("no stream " + name);
    return d;
  }

  int elementId(int decl, const Shape& index) {
    const ir::StreamDecl& d = g_.streams[static_cast<std::size_t>(decl)];
    if (index.size() != d.dims.size()) throw std::logic_error("wrong index rank for " + d.name);
    auto flat = static_cast<std::size_t>(ir::flatIndex(d.dims, index));
    int& id = g_.streamInstOf[static_cast<std::size_t>(decl)].at(flat);
    if (id >= 0) return id;
    ir::StreamInst s;
    s.name = d.name;
    for (std::int64_t i : index) s.name += "[" + std::to_string(i) + "]";
    s.decl = decl;
    s.index = index;
    g_.streamInsts.push_back(std::move(s));
    id = static_cast<int>(g_.streamInsts.size()) - 1;
    return id;
  }

  static void addUnique(std::vector<int>& v, int x) {
    for (int y : v)
      if (y == x) return;
    v.push_back(x);
    std::sort(v.begin(), v.end());
  }

  void own(ir::Graph& g, int inst, int& side, int self, const std::string& what) {
    if (side >= 0 && side != self)
      throw std::logic_error("two " + what + "s for " + g.streamInsts[static_cast<std::size_t>(inst)].name);
    side = self;
  }

  void walk(ir::Graph& g, int self, Block& body, const SourceLoc& at) {
    for (std::size_t i = 0; i < body.size(); ++i) {
      Stmt& s = body[i];
      if (s.loc.pointer.empty()) s.loc = at.child(i);
      if (auto* f = std::get_if<ir::ForStmt>(&s.node)) walk(g, self, f->body, s.loc.child("body"));
      if (auto* f = std::get_if<ir::IfStmt>(&s.node)) {
        for (auto& br : f->branches) walk(g, self, br.second, s.loc.child("then"));
        walk(g, self, f->elseBody, s.loc.child("else"));
      }
      if (auto* p = std::get_if<ir::PutStmt>(&s.node); p && p->stream.inst >= 0)
        own(g, p->stream.inst, g.streamInsts[static_cast<std::size_t>(p->stream.inst)].producer, self, "producer");
      if (auto* p = std::get_if<ir::GetStmt>(&s.node); p && p->stream.inst >= 0)
        own(g, p->stream.inst, g.streamInsts[static_cast<std::size_t>(p->stream.inst)].consumer, self, "consumer");
    }
  }

  ir::Graph g_;
};

/// An `aie-ml` architecture with round numbers for hand-worked cycle counts: 1 GHz, one column
/// with one compute tile, 1 MAC and 1 vector lane per cycle for every dtype, efficiency 1, no
/// call, lock or issue overheads, 4-byte/cycle streams of latency 0, one shim channel each way
/// at 4 bytes/cycle with DDR latency 0. `overrides` replaces values (or adds unknown keys).
inline ir::Arch testAieArch(const std::map<std::string, double>& overrides = {}) {
  std::map<std::string, double> v = {
      {"clock_mhz", 1000}, {"host.launch_us", 0}, {"array.columns", 1},        {"array.compute_rows", 1},
      {"array.mem_rows", 1},        {"array.shim_rows", 1},
      {"kernel_call_cycles", 0},    {"lock_cycles", 0},          {"stream.bytes_per_cycle", 4},
      {"stream.latency_cycles", 0}, {"dma.issue_cycles", 0},     {"shim.mm2s_channels", 1},
      {"shim.s2mm_channels", 1},    {"shim.bytes_per_cycle", 4}, {"shim.bds", 16},
      {"shim.first_dma_column", 0},  // every column's shim has a DMA
      {"ddr.latency_cycles", 0},    {"shim.outstanding_bytes", 0}, {"compute.l1_bytes", 65536}, {"compute.program_bytes", 16384},
      {"compute.dma_in", 2},        {"compute.dma_out", 2},      {"compute.bds", 16},
      {"compute.locks", 16},        {"memtile.bytes", 524288},   {"memtile.dma_in", 6},
      {"memtile.dma_out", 6},       {"memtile.bds", 48},         {"memtile.locks", 64},
      // Placement (mapped runs only): no stack, 1 cycle per extra hop, free hand-offs.
      {"compute.stack_bytes", 0},   {"switch.hop_cycles", 1},    {"shared_memory.latency_cycles", 0},
      {"memtile.latency_cycles", 0},
      // Buffered DMA of mapped runs: ping-pong buffers.
      {"dma.buffer_depth", 2},
  };
  for (const char* t : {"i4", "i8", "i16", "i32", "bf16", "f32"}) {
    v[std::string("macs_per_cycle.") + t] = 1;
    v[std::string("vector_lanes.") + t] = 1;
    // A matmul costs exactly its MACs: 1x1x1 intrinsics, no per-block cost.
    v[std::string("mmul.r.") + t] = 1;
    v[std::string("mmul.s.") + t] = 1;
    v[std::string("mmul.t.") + t] = 1;
    v[std::string("matmul.block_cycles.") + t] = 0;
  }
  for (const auto& [k, x] : overrides) v[k] = x;
  ir::Arch a;
  a.name = "test-aie";
  a.file = "test-arch.json";
  a.model = "aie-ml";
  for (const auto& [k, x] : v) a.params[k] = ir::ArchParam{x, "test value", {a.file, "/params/" + k}};
  return a;
}

/// An `hls` architecture with round numbers: 100 MHz, 1 MAC per cycle and 1 vector lane, no
/// pipeline depth or overheads, 4-byte/cycle FIFOs of latency 0, one HBM channel of 4 bytes/cycle
/// and latency 0, 1 DSP per MAC, 100 DSPs.
inline ir::Arch testHlsArch(const std::map<std::string, double>& overrides = {}) {
  std::map<std::string, double> v = {
      {"clock_mhz", 100}, {"host.launch_us", 0},
      {"pe.vector_lanes", 1},
      {"pe.pipeline_depth_cycles", 0},
      {"pe.call_overhead_cycles", 0},
      {"stream.bytes_per_cycle", 4},
      {"stream.latency_cycles", 0},
      {"fifo.access_cycles", 0},
      {"hbm.channels", 1},
      {"hbm.bytes_per_cycle", 4},
      {"hbm.latency_cycles", 0},
      {"axi.issue_cycles", 0},
      // m_axi bursts of 16 beats of 64 bytes, 16 in flight, 4 KB boundary: never binding at 4 bytes/cycle.
      {"axi.data_width_bytes", 64},
      {"axi.max_burst_beats", 16},
      {"axi.outstanding", 16},
      {"axi.boundary_bytes", 4096},
      {"resources.dsp", 100},
      {"resources.bram36", 10},
      {"resources.uram", 10},
      {"resources.lut", 1000},
      {"resources.ff", 2000},
      {"resources.slrs", 1},
      // Mapping: 256 MiB per channel; UltraScale+ block sizes; LUTRAM up to 64 bytes, URAM from
      // 64 KiB (UltraRAM 4K x 72); SRL FIFOs up to depth 2 or 1,024 bits (32 deep per LUT); 100 LUTs
      // and FFs per PE, 10 LUTs per port and 8 FFs per byte of an input port's word, an m_axi adapter
      // of 100 + 10 per byte (LUTs and FFs), 10 per vector lane, none around DSPs.
      {"hbm.channel_bytes", 268435456},
      {"bram36.bits", 36864},
      {"uram.bits", 294912},
      {"lutram.bits_per_lut", 64},
      {"est.lutram_max_bytes", 64},
      {"est.uram_min_bytes", 65536},
      {"uram.width_bits", 72},
      {"srl.depth_per_lut", 32},
      {"est.fifo_srl_max_depth", 2},
      {"est.fifo_srl_max_bits", 1024},
      {"est.pe_lut", 100},
      {"est.pe_ff", 100},
      {"est.port_lut", 10},
      {"est.port_ff_per_byte", 8},
      {"est.axi_adapter_lut", 100},
      {"est.axi_adapter_lut_per_byte", 10},
      {"est.axi_adapter_ff", 100},
      {"est.axi_adapter_ff_per_byte", 10},
      {"est.lut_per_dsp", 0},
      {"est.ff_per_dsp", 0},
      {"est.lut_per_lane", 10},
      {"est.ff_per_lane", 10},
  };
  for (const char* t : {"i4", "i8", "i16", "i32", "bf16", "f32"}) {
    v[std::string("pe.macs_per_cycle.") + t] = 1;
    v[std::string("dsp_per_mac.") + t] = 1;
    v[std::string("pe.accumulate_latency_cycles.") + t] = 1;  // every accumulation reaches II = 1
  }
  for (const auto& [k, x] : overrides) v[k] = x;
  ir::Arch a;
  a.name = "test-hls";
  a.file = "test-arch.json";
  a.model = "hls";
  for (const auto& [k, x] : v) a.params[k] = ir::ArchParam{x, "test value", {a.file, "/params/" + k}};
  return a;
}

}  // namespace datosim::test
