// An instance's specialised body compiled into a flat list of operations for the simulator's
// interpreter: loops and ifs become jumps, and everything that does not depend on loop variables
// (stream timing, tile sizes, compute costs) is worked out once, before the simulation starts.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ir/diag.h"
#include "ir/graph.h"
#include "arch/timing_model.h"

namespace datosim::sim {

enum class OpKind : std::uint8_t {
  LoopBegin,  // evaluate lo, hi, step; slot = lo; skip to `target` when the range is empty.
              // With `ii` set the engine runs the whole loop as a pipeline (its body has no loop).
  LoopNext,   // slot += step; back to `target` (the body) while slot < hi
  Branch,     // go to `target` when the condition is 0
  Jump,       // go to `target`
  Get,       // `var` >= 0: the token is a value for that task variable (no local)
  GetAny,    // the first token of the streams `aux` names for each value of task variable `any`
  Put,       // expr[0] set: a value token (no local)
  Set,       // frame[slot] = expr[0], checked against [0, extent)
  WhileBegin,  // frame[slot] (a hidden counter) = 0, loopHi[slot] = expr[1] (the most iterations)
  WhileTest,   // leave to `target` when expr[0] is 0; an iteration more than loopHi[slot] is an error
  Load,
  Store,
  Compute,
};

struct Op {
  OpKind kind = OpKind::Jump;
  int slot = -1;    // LoopBegin / LoopNext
  int stream = -1;  // Get / Put: StreamInst id, or -1 when the index is dynamic (`aux` names it)
  int aux = -1;     // Get / Put: index in Program::dynamic; Load / Store: in Program::mem; Compute: in Program::compute
  int target = -1;  // jumps
  int local = -1;   // Get / Put: the local taken from or put (the task's local index)
  int slice = -1;   // Get / Put with `at`: index in Program::slices (the token is a block of the local)
  const ir::Expr* expr[3] = {nullptr, nullptr, nullptr};  // LoopBegin: lo, hi, step; Branch: condition
  const ir::Expr* ii = nullptr;  // LoopBegin of a pipelined loop: its initiation interval (else nullptr)
  int var = -1;                  // Get / GetAny: the task variable the token's value goes into (slot)
  int any = -1;                  // GetAny: the task variable whose range gives the streams (slot)
  std::int64_t extent = 0;       // Set, Get into a variable: the variable's extent
  const ir::Stmt* stmt = nullptr;                         // for locations
};

/// A stream-array element chosen at run time.
struct DynamicStream {
  int decl = -1;
  std::vector<const ir::Expr*> index;
};

/// Where a get puts its token in the local, or which block of the local a put sends: the token's
/// shape (the stream's tile) padded with leading 1s to the local's rank, at offsets `at`.
struct SliceAccess {
  std::vector<const ir::Expr*> at;  // one per dimension of the local
  ir::Shape token;                  // padded to the local's rank
  ir::Shape tile;                   // the stream's token shape as declared (a put's value has this shape)
  ir::Shape local;
};

/// One load or store: a tile of `tile` at offset `at` of the local shard `shard` (same rank).
struct MemAccess {
  std::string argName;
  int arg = -1;                     // the task's argument index
  bool write = false;               // a store
  int tensor = -1;                  // Graph::tensors id
  int local = -1;                   // the task's local index
  ir::Shape origin;                 // this instance's shard origin in the global tensor (functional mode)
  std::vector<const ir::Expr*> at;  // empty: the origin
  ir::Shape tile;                   // the local's shape, padded with leading 1s to the tensor's rank
  ir::Shape shard;
  std::int64_t bytes = 0;
};

/// Whether offset `at` in dimension `d` keeps the tile inside the shard.
inline bool tileFitsAt(const MemAccess& m, std::size_t d, std::int64_t at) {
  return at >= 0 && at <= m.shard[d] - m.tile[d];
}

/// Whether the tile at the offsets `m.at` evaluates to (loop variables in `frame`) lies inside the
/// shard. Throws ir::EvalError.
bool tileFits(const MemAccess& m, const std::int64_t* frame);

struct ComputeCost {
  std::int64_t cycles = 0;               // the timing model's cost (or a constant override)
  arch::PipelinedCost pipelined;               // the cost inside a pipelined loop (a constant override: both parts)
  const ir::Expr* cyclesExpr = nullptr;  // a `cycles` override that depends on loop variables
  std::int64_t macs = 0;
  std::int64_t vectorOps = 0;
  ir::DType dtype = ir::DType::I32;
  ir::MacType mac;                        // a Mac kernel's operand dtypes (the MACs are counted per pair)
  const ir::ComputeStmt* stmt = nullptr;  // kernel, operands and attributes (functional mode)
};

struct Program {
  int instance = -1;
  int numSlots = 0;
  std::vector<Op> ops;
  std::vector<DynamicStream> dynamic;
  std::vector<SliceAccess> slices;
  std::vector<MemAccess> mem;
  std::vector<ComputeCost> compute;
  /// Its control depends on values it receives at run time (task variables set by gets, get_any, while):
  /// its future loads cannot be walked ahead, so none is prefetched.
  bool steered = false;
};

/// The largest rank the engine handles (the graph format's limit).
constexpr std::size_t kMaxRank = 8;

/// Check the parts of an elaborated graph the simulator relies on (ids in range, one producer and
/// one consumer per stream instance, lookup tables of the right size). A graph the frontend built
/// always passes; anything else gives errors instead of a crash.
bool checkGraph(const ir::Graph& g, std::vector<Diagnostic>& errors);

/// Compile instance `inst` of a checked graph. Malformed statements add errors.
Program compileProgram(const ir::Graph& g, int inst, const arch::TimingModel& model, std::vector<Diagnostic>& errors);

}  // namespace datosim::sim
