// The graph IR: what the frontend produces from a graph JSON file, and all that the mapper,
// simulator and code generators see. No JSON beyond this point.
//
// Two levels:
//  - declarations (Tensor, StreamDecl, Task with its unspecialised body), as written;
//  - the elaborated graph (Instance, StreamInst): one Instance per point of a task's mapping grid,
//    its body specialised for its coordinates (parameters and coordinates folded to constants,
//    compile-time `if`s resolved, loop variables bound to frame slots), and one StreamInst per
//    element of a stream array that some instance uses, with exactly one producer and one consumer.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "ir/diag.h"
#include "ir/dtype.h"
#include "ir/expr.h"
#include "ir/mapping.h"

namespace datosim::ir {

struct KernelInfo;

enum class TensorRole : std::uint8_t { Input, Output, InOut };
const char* tensorRoleName(TensorRole r);

struct Tensor {
  std::string name;
  DType dtype = DType::I32;
  Shape shape;
  TensorRole role = TensorRole::Input;
  SourceLoc loc;
};

struct StreamDecl {
  std::string name;
  DType dtype = DType::I32;
  Shape tile;          // token shape; empty = scalar token
  std::int64_t depth = 1;
  Shape dims;          // stream-array dimensions; empty = a single stream
  SourceLoc loc;
  /// Carries values (its gets go into task variables) that some puts take from a one-element integer
  /// local rather than an expression: the values come from data, so a run needs functional mode.
  bool valuesFromData = false;
  SourceLoc valuesFromDataAt;  // the first such put
  std::int64_t tokenBytes() const { return tileBytes(dtype, tile); }
};

/// One entry per tensor dimension: Replicate (R) or Shard over mapping axis `axis` (S(axis)).
struct LayoutDim {
  bool shard = false;
  int axis = -1;
};

/// A task argument: a global tensor seen through a layout. Each instance sees its local shard,
/// of shape `localShape` (global extent / mapping[axis] on sharded dims, global extent on R dims).
struct TaskArg {
  std::string name;
  int tensor = -1;
  std::vector<LayoutDim> layout;
  Shape localShape;
  SourceLoc loc;
};

/// A task-local buffer (scalar or tile); operands of get/put/load/store/compute.
struct LocalVar {
  std::string name;
  DType dtype = DType::I32;
  Shape shape;  // empty = scalar
  SourceLoc loc;
};

struct Stmt;
using Block = std::vector<Stmt>;

/// A reference to one element of a stream array. `inst` is the StreamInst id once the index is
/// known at elaboration; -1 while the index depends on loop variables (computed at run time).
struct StreamRef {
  int decl = -1;
  std::vector<ExprPtr> index;
  int inst = -1;
};

/// for var in range(lo, hi, step)   (step > 0)
/// With `ii` set, the loop is pipelined with that initiation interval (Vitis HLS `#pragma HLS
/// PIPELINE II=ii`; docs/timing.md, "Pipelined loops"): its body contains no loop, and `ii` may name
/// parameters, coordinates and the variables of enclosing loops (not its own).
struct ForStmt {
  std::string var;
  int slot = -1;
  ExprPtr lo, hi, step;
  ExprPtr ii;  // nullptr: not pipelined
  Block body;
};

/// if / elif ... / else. In an elaborated body, conditions that depended only on parameters and
/// coordinates (Dato's meta_if) are already resolved; remaining ones depend on loop variables.
struct IfStmt {
  std::vector<std::pair<ExprPtr, Block>> branches;
  Block elseBody;
};

/// local = stream.get()  (blocks while the stream is empty). With `at` (one offset per dimension of the
/// local), the token goes into the block of the local at that offset instead: the token's shape, padded
/// with leading 1s to the local's rank, placed at `at` (`tile[i, :] = s.get()`).
///
/// Into a task variable (`var` >= 0, `local` -1): the token is a value that steers control (`r = s.get()`);
/// the stream carries values put by `PutStmt::value`.
/// `any` >= 0 (the slot of a task variable): an arrival-order merge (`get_any`): the token is taken from
/// whichever of the streams `stream` names for each value of that variable in its range delivers first
/// (the lowest value among those that deliver at the same cycle), and the variable is set to that value.
struct GetStmt {
  StreamRef stream;
  int local = -1;
  std::vector<ExprPtr> at;  // empty: the whole local is the token
  int var = -1;             // >= 0: the task variable the token's value goes into (no local)
  int any = -1;             // >= 0: get_any over this task variable's range
};

/// stream.put(local)     (blocks while the stream is full). With `at`, the block of the local at that
/// offset is put (`s.put(tile[i, :])`).
///
/// With `value` (no local): the token is that integer (`s.put(r)`), for a consumer's task variable.
struct PutStmt {
  StreamRef stream;
  int local = -1;
  std::vector<ExprPtr> at;  // empty: the whole local is the token
  ExprPtr value;            // set: a value token (local -1)
};

/// local = arg[at ...]: a tile of the local's shape, whose origin is `at` in the instance's local
/// shard of the argument. A local of lower rank than the tensor takes the trailing dimensions.
struct LoadStmt {
  int arg = -1;
  std::vector<ExprPtr> at;
  int local = -1;
};

/// arg[at ...] = local
struct StoreStmt {
  int arg = -1;
  std::vector<ExprPtr> at;
  int local = -1;
};

/// out (+)= kernel(ins...). `cycles`, when set, overrides the architecture's cost model.
struct ComputeStmt {
  std::string kernel;
  const KernelInfo* info = nullptr;
  std::vector<int> ins;
  int out = -1;  // -1 only for the `custom` kernel without an output
  bool accumulate = false;
  std::map<std::string, double> attrs;
  ExprPtr cycles;
};

/// var = value, for a task variable (`var` is its slot: task variables take slots 0..vars-1). A value outside
/// the variable's range is a run-time error.
struct SetStmt {
  int var = -1;
  ExprPtr value;
};

/// while cond: body, at most `max` iterations (one more is a run-time error; a while loop steered by
/// values received at run time has no trip count an analysis could know, and this bounds it).
struct WhileStmt {
  ExprPtr cond;
  ExprPtr max;
  Block body;
};

struct Stmt {
  SourceLoc loc;
  std::variant<ForStmt, IfStmt, GetStmt, PutStmt, LoadStmt, StoreStmt, ComputeStmt, SetStmt, WhileStmt> node;
};

/// An integer variable of a task (`"vars"`): set by `set`, by a get of a value token and by `get_any`; read by
/// every expression of the body. Its values are in [0, extent); it starts at 0.
struct TaskVar {
  std::string name;
  std::int64_t extent = 1;
  SourceLoc loc;
};

struct Task {
  std::string name;
  Shape mapping;                       // grid extents; {1} for a single instance
  std::vector<std::string> coordNames; // one per mapping axis
  std::vector<TaskArg> args;
  std::vector<LocalVar> locals;
  std::vector<TaskVar> vars;           // frame slots 0..vars.size()-1 of every instance
  Block body;                          // as written (variables by name)
  /// Data memory each instance's core reserves for its stack (NPU; mlir-aie's core stack_size), when
  /// the task says; otherwise the architecture's compute.stack_bytes.
  std::optional<std::int64_t> stackBytes;
  SourceLoc loc;
};

struct Instance {
  std::string name;   // <task>_<c0>_<c1>... ; just <task> for a 1-point mapping
  int task = -1;
  Shape coords;
  Block body;         // specialised for `coords`
  int numSlots = 0;   // loop-variable frame size
  std::vector<int> inStreams;   // StreamInst ids this instance gets from, ascending
  std::vector<int> outStreams;  // StreamInst ids this instance puts to, ascending
};

struct StreamInst {
  std::string name;   // decl name with its index, e.g. "pipe[0][1][1]"
  int decl = -1;
  Shape index;
  int producer = -1;  // Instance id
  int consumer = -1;  // Instance id
};

struct Param {
  std::string name;
  std::int64_t value = 0;
  bool overridden = false;  // set from the command line
  SourceLoc loc;
};

/// A table the graph reads from a trace or lists inline (graph `tables`), with where it came from.
struct TableDecl {
  std::string name;
  std::string source;       // the trace path as written in the graph, or "" for inline values
  std::string selection;    // how the rows were chosen, e.g. "kv_len where batch_id == 3", or ""
  TablePtr data;
  SourceLoc loc;
};

/// A tensor the reference section declares for its own intermediate results (never seen by tasks).
struct RefTensor {
  std::string name;
  DType dtype = DType::F32;
  Shape shape;
  SourceLoc loc;
  /// `init`: each element's value, an integer expression of its indices (loop-variable slots 0..rank-1),
  /// parameters already folded, tables bound. nullptr: the tensor starts at zero.
  ExprPtr init;
};

/// An operand of a reference step: a global tensor (Graph::tensors) or a reference temporary
/// (Reference::temps).
struct RefOperand {
  bool temp = false;
  int index = -1;
};

/// out (+)= kernel(ins...) over whole tensors. With `batch` = b > 0 the leading b dimensions of
/// every operand are batch dimensions (equal extents): the kernel runs once per batch index on the
/// sub-tensors of the trailing dimensions.
struct RefStep {
  std::string kernel;
  const KernelInfo* info = nullptr;
  std::vector<RefOperand> ins;
  RefOperand out;
  bool accumulate = false;
  std::map<std::string, double> attrs;
  int batch = 0;
  SourceLoc loc;
};

/// The optional top-level "reference" section: what the graph computes, written as whole-tensor
/// kernel steps from the inputs only, independently of the dataflow (docs/functional.md).
struct Reference {
  bool present = false;
  std::vector<RefTensor> temps;
  std::vector<RefStep> steps;
  double rtol = -1;  // < 0: not given (the default of each output's dtype applies)
  double atol = -1;  // < 0: not given (rtol x the largest magnitude of the reference)
  SourceLoc loc;
};

struct Graph {
  std::string name;
  std::string file;
  std::vector<Param> params;  // declaration order
  std::vector<TableDecl> tables;  // declaration order
  std::vector<Tensor> tensors;
  std::vector<StreamDecl> streams;
  std::vector<Task> tasks;
  Reference reference;
  MappingHints mappingHints;  // the optional "mapping" section: chain and bundle requests
  /// The optional "coverage": "error": a store or load coverage gap is an error, not a warning.
  bool coverageErrors = false;
  SourceLoc coverageLoc;

  // Elaborated.
  std::vector<Instance> instances;
  std::vector<StreamInst> streamInsts;
  /// StreamInst id of element `index` of stream decl `decl`, or -1 if no instance uses it.
  /// `index` must be in range of the decl's dims.
  int streamInstId(int decl, const Shape& index) const;
  /// Filled by the frontend: for each decl, flat element -> StreamInst id (-1 unused).
  std::vector<std::vector<int>> streamInstOf;

  int findTensor(const std::string& name) const;
  int findStream(const std::string& name) const;
  int findTask(const std::string& name) const;
  int findInstance(const std::string& name) const;
};

/// Call `f` on every statement of `b` and of the blocks nested in it (loop bodies, every branch of
/// every `if`), in pre-order. For static analyses that do not care how often a statement runs.
template <class F>
void forEachStmt(const Block& b, F&& f) {
  for (const Stmt& s : b) {
    f(s);
    if (const auto* loop = std::get_if<ForStmt>(&s.node)) {
      forEachStmt(loop->body, f);
    } else if (const auto* w = std::get_if<WhileStmt>(&s.node)) {
      forEachStmt(w->body, f);
    } else if (const auto* branch = std::get_if<IfStmt>(&s.node)) {
      for (const auto& br : branch->branches) forEachStmt(br.second, f);
      forEachStmt(branch->elseBody, f);
    }
  }
}

/// Whether a task's control flow depends on values received at run time: it has task variables (set by
/// `set`, value tokens and `get_any`) or a `while` loop. Its trip counts, stream indices and tile origins
/// are known only to the simulation, not to a static walk of the body.
inline bool steeredAtRunTime(const Task& t) {
  bool any = !t.vars.empty();
  if (!any) forEachStmt(t.body, [&](const Stmt& s) { any = any || std::holds_alternative<WhileStmt>(s.node); });
  return any;
}

/// Call `f` on every expression a statement holds itself (not those of nested statements): loop bounds,
/// step and initiation interval, `if` and `while` conditions, a while's bound, stream indices, `at` offsets, a
/// put's value, a set's value, `cycles`.
template <class F>
void forEachExpr(const Stmt& s, F&& f) {
  auto each = [&](const std::vector<ExprPtr>& v) {
    for (const ExprPtr& e : v)
      if (e) f(*e);
  };
  std::visit(
      [&](const auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, ForStmt>) each({n.lo, n.hi, n.step, n.ii});
        if constexpr (std::is_same_v<T, IfStmt>)
          for (const auto& br : n.branches)
            if (br.first) f(*br.first);
        if constexpr (std::is_same_v<T, GetStmt> || std::is_same_v<T, PutStmt>) {
          each(n.stream.index);
          each(n.at);
        }
        if constexpr (std::is_same_v<T, PutStmt>)
          if (n.value) f(*n.value);
        if constexpr (std::is_same_v<T, SetStmt>)
          if (n.value) f(*n.value);
        if constexpr (std::is_same_v<T, WhileStmt>) each({n.cond, n.max});
        if constexpr (std::is_same_v<T, LoadStmt> || std::is_same_v<T, StoreStmt>) each(n.at);
        if constexpr (std::is_same_v<T, ComputeStmt>)
          if (n.cycles) f(*n.cycles);
      },
      s.node);
}

/// Row-major flat index of `index` in `dims` (no bounds check).
std::int64_t flatIndex(const Shape& dims, const Shape& index);

}  // namespace datosim::ir
