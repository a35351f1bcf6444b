#include "analysis/coverage.h"

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <unordered_map>

#include "ir/visit.h"

namespace datosim::analysis {

namespace {

// Ends the enumeration of every tensor (a limit of CoverageOptions::maxSteps, or an arithmetic
// error the simulator will report).
struct Abort : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// "96..99", or "99" for one index.
std::string span(std::int64_t lo, std::int64_t hi) {
  return lo == hi ? std::to_string(lo) : std::to_string(lo) + ".." + std::to_string(hi);
}

// One bit per element of a tensor, row-major.
class Bitmap {
 public:
  explicit Bitmap(std::int64_t n) : n_(n), words_(static_cast<std::size_t>((n + 63) / 64), 0) {}

  void fill(std::int64_t b, std::int64_t e) {
    while (b < e) {
      const std::size_t w = static_cast<std::size_t>(b / 64);
      const int lo = static_cast<int>(b % 64);
      const std::int64_t wordEnd = (b / 64 + 1) * 64;
      const int hi = static_cast<int>(std::min(e, wordEnd) - (b / 64) * 64);  // exclusive, 1..64
      const std::uint64_t mask = (hi == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << hi) - 1) & ~((std::uint64_t{1} << lo) - 1);
      words_[w] |= mask;
      b = std::min(e, wordEnd);
    }
  }

  bool get(std::int64_t i) const { return (words_[static_cast<std::size_t>(i / 64)] >> (i % 64)) & 1u; }

  /// Unset bits in [b, e): how many, the first and the last (-1 when none).
  void zeros(std::int64_t b, std::int64_t e, std::int64_t& count, std::int64_t& first, std::int64_t& last) const {
    count = 0;
    first = last = -1;
    std::int64_t i = b;
    while (i < e) {
      const std::size_t w = static_cast<std::size_t>(i / 64);
      const std::int64_t wordEnd = std::min(e, (i / 64 + 1) * 64);
      if (i % 64 == 0 && wordEnd - i == 64 && words_[w] == ~std::uint64_t{0}) {
        i = wordEnd;
        continue;
      }
      for (; i < wordEnd; ++i) {
        if (get(i)) continue;
        ++count;
        if (first < 0) first = i;
        last = i;
      }
    }
  }

  std::int64_t size() const { return n_; }

 private:
  std::int64_t n_;
  std::vector<std::uint64_t> words_;
};

// What the check knows about one output tensor.
struct TensorState {
  bool tracked = false;  // an output tensor within maxElements
  bool skipped = false;  // over a limit: no warning
  std::int64_t stores = 0, runs = 0;
  std::vector<SourceLoc> stmts;  // distinct store statements into it, in instance and body order
  std::unique_ptr<Bitmap> bits;
};

// The statement a coverage check follows: StoreStmt for outputs, LoadStmt for inputs (same fields).
template <class Access>
class Walker {
 public:
  Walker(const ir::Graph& g, const ir::Instance& inst, std::vector<TensorState>& state, std::int64_t& steps,
         const CoverageOptions& opts, const std::vector<std::int64_t>* received)
      : g_(g), inst_(inst), task_(g.tasks[static_cast<std::size_t>(inst.task)]), state_(state), steps_(steps),
        opts_(opts), slots_(static_cast<std::size_t>(std::max(inst.numSlots, 1)), 0), received_(received) {}

  void run() {
    const bool steered = ir::steeredAtRunTime(task_);
    if (!steered || received_) {
      block(inst_.body);
      if (steered && next_ != received_->size()) throw Abort("the replay did not take every received value");
      return;
    }
    // Which tiles it accesses depends on values it receives at run time: its tensors are not checked.
    ir::forEachStmt(inst_.body, [&](const ir::Stmt& s) {
      if (const auto* st = std::get_if<Access>(&s.node))
        if (const int t = tensorOf(*st); t >= 0) state_[static_cast<std::size_t>(t)].skipped = true;
    });
  }

 private:
  std::int64_t value(const ir::ExprPtr& e) {
    try {
      return ir::eval(*e, slots_.data());
    } catch (const ir::EvalError& err) {
      throw Abort(err.what());
    }
  }

  // Whether `b` (or a block inside it) accesses a tracked tensor, or takes a received value (which the
  // replay must not skip); remembered per block.
  bool storesIn(const ir::Block& b) {
    auto it = memo_.find(&b);
    if (it != memo_.end()) return it->second;
    bool any = false;
    ir::forEachStmt(b, [&](const ir::Stmt& s) {
      if (const auto* st = std::get_if<Access>(&s.node)) any = any || tensorOf(*st) >= 0;
      if (const auto* gs = std::get_if<ir::GetStmt>(&s.node)) any = any || (received_ && (gs->var >= 0 || gs->any >= 0));
      if (std::holds_alternative<ir::SetStmt>(s.node) || std::holds_alternative<ir::WhileStmt>(s.node)) any = any || received_;
    });
    memo_[&b] = any;
    return any;
  }

  // The tracked tensor a store writes, or -1.
  int tensorOf(const Access& st) const {
    if (st.arg < 0 || static_cast<std::size_t>(st.arg) >= task_.args.size()) return -1;
    const int t = task_.args[static_cast<std::size_t>(st.arg)].tensor;
    if (t < 0 || static_cast<std::size_t>(t) >= state_.size() || !state_[static_cast<std::size_t>(t)].tracked) return -1;
    return t;
  }

  void block(const ir::Block& b) {
    for (const ir::Stmt& s : b) {
      if (++steps_ > opts_.maxSteps) throw Abort("too many statements");
      // One lambda per statement kind (ir::Overloaded).
      std::visit(ir::Overloaded{
                     [&](const ir::ForStmt& f) {
                       if (!storesIn(f.body)) return;
                       const std::int64_t lo = value(f.lo), hi = value(f.hi), step = value(f.step);
                       if (step < 1) throw Abort("loop step below 1");
                       for (std::int64_t v = lo; v < hi; v += step) {
                         slots_[static_cast<std::size_t>(f.slot)] = v;
                         block(f.body);
                         if (hi - v <= step) break;  // v + step would overflow near INT64_MAX
                       }
                     },
                     [&](const ir::IfStmt& i) {
                       for (const auto& [cond, body] : i.branches)
                         if (value(cond) != 0) return block(body);
                       block(i.elseBody);
                     },
                     [&](const ir::LoadStmt& l) {
                       if constexpr (std::is_same_v<Access, ir::LoadStmt>) store(l);
                     },
                     [&](const ir::StoreStmt& st) {
                       if constexpr (std::is_same_v<Access, ir::StoreStmt>) store(st);
                     },
                     // Neither loads nor stores; a get into a variable or a get_any takes what the run received.
                     [&](const ir::GetStmt& gs) {
                       if (gs.any >= 0) slots_[static_cast<std::size_t>(gs.any)] = take();
                       if (gs.var >= 0) slots_[static_cast<std::size_t>(gs.var)] = take();
                     },
                     [](const ir::PutStmt&) {}, [](const ir::ComputeStmt&) {},
                     // Run-time control, replaying the run (run() walks a steered task only with a replay).
                     [&](const ir::WhileStmt& w) {
                       const std::int64_t max = value(w.max);
                       for (std::int64_t n = 0; value(w.cond) != 0; ++n) {
                         if (n == max) throw Abort("a while loop ran past its max in the replay");
                         block(w.body);
                       }
                     },
                     [&](const ir::SetStmt& st) { slots_[static_cast<std::size_t>(st.var)] = value(st.value); },
                 },
                 s.node);
    }
  }

  void store(const Access& st) {
    const int t = tensorOf(st);
    if (t < 0) return;
    TensorState& ts = state_[static_cast<std::size_t>(t)];
    if (ts.skipped) return;
    if (++ts.stores > opts_.maxStores) {
      ts.skipped = true;
      return;
    }
    const ir::Tensor& tensor = g_.tensors[static_cast<std::size_t>(t)];
    const ir::TaskArg& arg = task_.args[static_cast<std::size_t>(st.arg)];
    const ir::LocalVar& local = task_.locals.at(static_cast<std::size_t>(st.local));
    const std::size_t rank = tensor.shape.size();
    if (rank == 0 || local.shape.size() > rank || arg.layout.size() != rank || arg.localShape.size() != rank ||
        (!st.at.empty() && st.at.size() != rank)) {
      ts.skipped = true;  // malformed IR: not this check's business
      return;
    }
    // The tile in global coordinates, clipped to the tensor (an out-of-range tile is the
    // simulator's run-time error).
    ir::Shape lo(rank), hi(rank);
    for (std::size_t d = 0; d < rank; ++d) {
      const std::size_t lead = rank - local.shape.size();
      const std::int64_t extent = d < lead ? 1 : local.shape[d - lead];
      std::int64_t origin = st.at.empty() ? 0 : value(st.at[d]);
      const ir::LayoutDim& l = arg.layout[d];
      if (l.shard) {
        if (l.axis < 0 || static_cast<std::size_t>(l.axis) >= inst_.coords.size()) {
          ts.skipped = true;
          return;
        }
        origin += inst_.coords[static_cast<std::size_t>(l.axis)] * arg.localShape[d];
      }
      lo[d] = std::max<std::int64_t>(origin, 0);
      hi[d] = std::min(origin + extent, tensor.shape[d]);
      if (lo[d] >= hi[d]) return;
    }
    std::int64_t runs = 1;
    for (std::size_t d = 0; d + 1 < rank; ++d) runs *= hi[d] - lo[d];
    ts.runs += runs;
    if (ts.runs > opts_.maxRuns) {
      ts.skipped = true;
      return;
    }
    // Every run along the last dimension: the leading indices count through the tile like an odometer.
    ir::Shape idx(lo.begin(), lo.end());
    for (;;) {
      std::int64_t base = 0;
      for (std::size_t d = 0; d < rank; ++d) base = base * tensor.shape[d] + (d + 1 < rank ? idx[d] : 0);
      ts.bits->fill(base + lo[rank - 1], base + hi[rank - 1]);
      std::size_t d = rank - 1;
      while (d > 0) {
        --d;
        if (++idx[d] < hi[d]) break;
        idx[d] = lo[d];
        if (d == 0) return;
      }
      if (rank == 1) return;
    }
  }

  const ir::Graph& g_;
  const ir::Instance& inst_;
  const ir::Task& task_;
  std::vector<TensorState>& state_;
  std::int64_t& steps_;
  const CoverageOptions& opts_;
  std::vector<std::int64_t> slots_;
  std::unordered_map<const ir::Block*, bool> memo_;
  const std::vector<std::int64_t>* received_;  // CoverageOptions::received for this instance, or null
  std::size_t next_ = 0;

  std::int64_t take() {
    if (!received_ || next_ >= received_->size()) throw Abort("the replay ran out of received values");
    return (*received_)[next_++];
  }
};

// The name of indices along dimension `d` of a tensor of rank `rank`.
std::string indexNoun(std::size_t rank, std::size_t d, bool plural) {
  if (rank == 1) return plural ? "elements" : "element";
  if (rank == 2) return d == 0 ? (plural ? "rows" : "row") : (plural ? "columns" : "column");
  return plural ? "indices" : "index";
}

std::string boxString(const ir::Shape& lo, const ir::Shape& hi) {
  std::string s = "[";
  for (std::size_t d = 0; d < lo.size(); ++d) s += (d ? ", " : "") + span(lo[d], hi[d]);
  return s + "]";
}

std::string indexString(const ir::Shape& s) {
  std::string out = "[";
  for (std::size_t d = 0; d < s.size(); ++d) out += (d ? ", " : "") + std::to_string(s[d]);
  return out + "]";
}

ir::Shape unravel(std::int64_t flat, const ir::Shape& shape) {
  ir::Shape idx(shape.size());
  for (std::size_t d = shape.size(); d-- > 0;) {
    idx[d] = flat % shape[d];
    flat /= shape[d];
  }
  return idx;
}

// The warning's text for a tensor some elements of which no store writes; "" when every element is.
std::string describeGaps(const ir::Tensor& t, const Bitmap& bits, const std::string& verb, const std::string& noun) {
  const std::size_t rank = t.shape.size();
  const std::int64_t last = t.shape[rank - 1], rows = bits.size() / last;
  std::int64_t uncovered = 0, firstFlat = -1;
  ir::Shape lo(rank, -1), hi(rank, -1);
  for (std::int64_t r = 0; r < rows; ++r) {
    std::int64_t count = 0, first = -1, lastZero = -1;
    bits.zeros(r * last, (r + 1) * last, count, first, lastZero);
    if (count == 0) continue;
    if (firstFlat < 0) firstFlat = first;
    uncovered += count;
    const ir::Shape a = unravel(first, t.shape), b = unravel(lastZero, t.shape);
    for (std::size_t d = 0; d < rank; ++d) {
      const std::int64_t mn = std::min(a[d], b[d]), mx = std::max(a[d], b[d]);
      lo[d] = lo[d] < 0 ? mn : std::min(lo[d], mn);
      hi[d] = std::max(hi[d], mx);
    }
  }
  if (uncovered == 0) return "";
  const std::int64_t total = bits.size();
  const std::string name = "tensor '" + t.name + "'";
  if (uncovered == total)
    return name + ": none of its " + counted(total, "element", "elements") + " is ever " + verb;
  std::int64_t box = 1;
  std::vector<std::size_t> partial;  // dimensions the gap does not span entirely
  for (std::size_t d = 0; d < rank; ++d) {
    box *= hi[d] - lo[d] + 1;
    if (lo[d] != 0 || hi[d] != t.shape[d] - 1) partial.push_back(d);
  }
  if (box == uncovered && partial.size() == 1) {
    const std::size_t d = partial.front();
    const std::int64_t n = t.shape[d];
    const bool one = lo[d] == hi[d];
    std::string covered;
    if (lo[d] > 0) covered = span(0, lo[d] - 1);
    if (hi[d] < n - 1) covered += (covered.empty() ? "" : " and ") + span(hi[d] + 1, n - 1);
    std::string where = indexNoun(rank, d, !one) + " " + span(lo[d], hi[d]) + " of " + std::to_string(n);
    if (rank > 2) where += " in dimension " + std::to_string(d);
    return name + " " + where + (one ? " is" : " are") + " never " + verb + " (the " + noun + " cover " + covered + ")";
  }
  if (box == uncovered)
    return name + " elements " + boxString(lo, hi) + " (" + groupDigits(uncovered) + " of " + groupDigits(total) +
           ") are never " + verb;
  return name + ": " + groupDigits(uncovered) + " of " + counted(total, "element", "elements") + (uncovered == 1 ? " is" : " are") +
         " never " + verb + ", within " + boxString(lo, hi) + "; the first is " + indexString(unravel(firstFlat, t.shape));
}

}  // namespace

namespace {

template <class Access>
std::vector<Diagnostic> checkCoverage(const ir::Graph& g, const CoverageOptions& opts, bool loads) {
  const std::string verb = loads ? "loaded" : "stored", noun = loads ? "loads" : "stores";
  std::vector<Diagnostic> out;
  std::vector<TensorState> state(g.tensors.size());
  // With a replay, only the tensors a steered task accesses (the static pass skipped just those).
  std::vector<char> steeredTensor(g.tensors.size(), 0);
  if (opts.received)
    for (const ir::Instance& inst : g.instances) {
      if (inst.task < 0 || static_cast<std::size_t>(inst.task) >= g.tasks.size()) return out;
      const ir::Task& task = g.tasks[static_cast<std::size_t>(inst.task)];
      if (!ir::steeredAtRunTime(task)) continue;
      ir::forEachStmt(inst.body, [&](const ir::Stmt& s) {
        const auto* st = std::get_if<Access>(&s.node);
        if (!st || st->arg < 0 || static_cast<std::size_t>(st->arg) >= task.args.size()) return;
        const int t = task.args[static_cast<std::size_t>(st->arg)].tensor;
        if (t >= 0 && static_cast<std::size_t>(t) < steeredTensor.size()) steeredTensor[static_cast<std::size_t>(t)] = 1;
      });
    }
  for (std::size_t t = 0; t < g.tensors.size(); ++t) {
    const ir::TensorRole role = g.tensors[t].role;
    state[t].tracked = !g.tensors[t].shape.empty() && (!opts.received || steeredTensor[t]) &&
                       (loads ? role == ir::TensorRole::Input || role == ir::TensorRole::InOut : role == ir::TensorRole::Output);
  }

  // The statements accessing each tracked tensor, in instance and body order.
  for (const ir::Instance& inst : g.instances) {
    if (inst.task < 0 || static_cast<std::size_t>(inst.task) >= g.tasks.size()) return out;
    const ir::Task& task = g.tasks[static_cast<std::size_t>(inst.task)];
    ir::forEachStmt(inst.body, [&](const ir::Stmt& s) {
      const auto* st = std::get_if<Access>(&s.node);
      if (!st || st->arg < 0 || static_cast<std::size_t>(st->arg) >= task.args.size()) return;
      const int t = task.args[static_cast<std::size_t>(st->arg)].tensor;
      if (t < 0 || static_cast<std::size_t>(t) >= state.size() || !state[static_cast<std::size_t>(t)].tracked) return;
      std::vector<SourceLoc>& stmts = state[static_cast<std::size_t>(t)].stmts;
      const bool seen = std::any_of(stmts.begin(), stmts.end(), [&](const SourceLoc& l) {
        return l.file == s.loc.file && l.pointer == s.loc.pointer;
      });
      if (!seen) stmts.push_back(s.loc);
    });
  }
  for (std::size_t t = 0; t < state.size(); ++t) {
    TensorState& ts = state[t];
    if (!ts.tracked) continue;
    if (ts.stmts.empty()) {
      // An output nobody writes is a bug; an input nobody reads may be on purpose (a graph that
      // ignores an operand in some configuration), so only partial loads are reported.
      if (!loads)
        out.push_back({Severity::Warning, g.tensors[t].loc,
                       "output tensor '" + g.tensors[t].name + "' is never stored: no instance has a store into it"});
      ts.tracked = false;
      continue;
    }
    const std::int64_t n = ir::numElements(g.tensors[t].shape);
    if (n <= 0 || n > opts.maxElements) {
      ts.tracked = false;
      continue;
    }
    ts.bits = std::make_unique<Bitmap>(n);
  }

  std::int64_t steps = 0;
  try {
    for (std::size_t i = 0; i < g.instances.size(); ++i) {
      const std::vector<std::int64_t>* rec = opts.received && i < opts.received->size() ? &(*opts.received)[i] : nullptr;
      Walker<Access>(g, g.instances[i], state, steps, opts, rec).run();
    }
  } catch (const Abort&) {
    return out;  // only the "never stored" warnings, which need no enumeration
  } catch (const std::out_of_range&) {
    return out;  // malformed IR (a local index out of range): not this check's business
  }

  // A graph whose statements read a table at run time is ragged: its loads leave padding unread on purpose.
  bool ragged = false;
  for (const ir::Instance& inst : g.instances)
    ir::forEachStmt(inst.body, [&](const ir::Stmt& s) {
      ir::forEachExpr(s, [&](const ir::Expr& e) { ragged = ragged || ir::readsTable(e); });
    });
  for (std::size_t t = 0; t < state.size(); ++t) {
    const TensorState& ts = state[t];
    if (!ts.tracked || ts.skipped || !ts.bits) continue;
    std::string msg = describeGaps(g.tensors[t], *ts.bits, verb, noun);
    if (msg.empty()) continue;
    if (loads)
      msg = "input " + msg + ": the results do not depend on them " +
            (ragged ? "(the graph's loops read a table at run time: ragged data leaves padding unread)"
                    : "(a tile size that does not divide the extent?)");
    else if (ragged)
      msg += ": they keep the output's initial zeros (the graph's loops read a table at run time: ragged data leaves "
             "padding unwritten)";
    if (opts.received)  // only steered tasks' tensors, along one run
      msg += "; in this run: steered " + std::string(noun) + " (the tiles depend on values received at run time) may "
             "cover them with other data";
    if (ts.stmts.size() > 1)
      msg += "; " + counted(static_cast<std::int64_t>(ts.stmts.size()) - 1,
                            "other " + std::string(loads ? "load" : "store") + " statement " + (loads ? "reads" : "writes"),
                            "other " + std::string(loads ? "load" : "store") + " statements " + (loads ? "read" : "write")) +
             " it too";
    out.push_back({Severity::Warning, ts.stmts.front(), msg});
  }
  return out;
}

}  // namespace

std::vector<Diagnostic> checkStoreCoverage(const ir::Graph& g, const CoverageOptions& opts) {
  return checkCoverage<ir::StoreStmt>(g, opts, false);
}

std::vector<Diagnostic> checkLoadCoverage(const ir::Graph& g, const CoverageOptions& opts) {
  return checkCoverage<ir::LoadStmt>(g, opts, true);
}

}  // namespace datosim::analysis
