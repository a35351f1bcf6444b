// One stream instance in the simulator: a bounded FIFO of tokens, each carrying the cycle it becomes
// visible, with its get/put timing, its values (value tokens; token data in functional mode) and the
// SystemC events its consumer and producer wait on. The engine's get and put (engine.cpp, pipeline.cpp)
// decide when; this class keeps the FIFO's state consistent and its peak occupancy. Internal to sim/.
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

#ifndef SC_INCLUDE_DYNAMIC_PROCESSES
#define SC_INCLUDE_DYNAMIC_PROCESSES
#endif
#include <systemc>

#include "data/buffer.h"
#include "ir/graph.h"
#include "sim/arbiter.h"
#include "sim/trace.h"

namespace datosim::sim {

// A FIFO of cycles on a power-of-two ring that grows when full (never allocates once it is big enough).
class CycleQueue {
 public:
  bool empty() const { return n_ == 0; }
  std::int64_t front() const { return buf_[head_]; }
  void push(std::int64_t v) {
    if (n_ == buf_.size()) grow();
    buf_[(head_ + n_) & (buf_.size() - 1)] = v;
    ++n_;
  }
  void pop() {
    head_ = (head_ + 1) & (buf_.size() - 1);
    --n_;
  }

 private:
  void grow() {
    std::vector<std::int64_t> bigger(std::max<std::size_t>(4, buf_.size() * 2));
    for (std::size_t i = 0; i < n_; ++i) bigger[i] = buf_[(head_ + i) & (buf_.size() - 1)];
    buf_.swap(bigger);
    head_ = 0;
  }
  std::vector<std::int64_t> buf_;
  std::size_t head_ = 0, n_ = 0;
};

// Its producer and consumer may act at local times ahead of SystemC time (Engine's `exact` off, see
// Engine::takeToken), so every put and get carries the cycle it happens at, and nothing here depends on
// the order in which the two sides act in real time: a put k takes the place freed by get k - depth at
// that get's cycle (spaceFreeAt), and the peak occupancy is computed from the two time-ordered logs of
// puts and gets (settle).
class StreamFifo {
 public:
  /// Stream `id` of declaration `d`; `functional`: its tokens carry data, with places for up to
  /// `preallocate` tokens made now (more grow on demand).
  StreamFifo(int id, const ir::StreamDecl& d, bool functional, std::int64_t preallocate) : id_(id), depth_(d.depth) {
    valueDType = d.dtype;
    valuesFromData = d.valuesFromData;
    if (!functional) return;
    tokenDType_ = d.dtype;
    tokenShape_ = d.tile;
    ring_.assign(static_cast<std::size_t>(preallocate), 0);
    contents_.assign(static_cast<std::size_t>(preallocate), data::Buffer(d.dtype, d.tile));
  }
  StreamFifo(const StreamFifo&) = delete;
  StreamFifo& operator=(const StreamFifo&) = delete;

  // ---- timing, set by the engine from the model (and the mapping's route) ----
  std::int64_t access = 0;    // fixed get/put cost on the instance side
  std::int64_t transfer = 0;  // ceil(token bytes / rate), on the producer
  std::int64_t latency = 0;
  Arbiter::Needs portNeeds;   // (mapped) a DMA channel this stream shares with others: puts arbitrate for it
  ir::DType valueDType = ir::DType::I32;  // the stream's dtype (value tokens are checked against it)
  bool valuesFromData = false;            // puts of a local give the local's value (StreamDecl::valuesFromData)

  // ---- waiting ----
  sc_core::sc_event data;                             // a token was put
  sc_core::sc_event space;                            // a token was got
  bool consumerWaits = false, producerWaits = false;  // notify only when someone listens
  // Value tokens (a put's `value`, got into a task variable), in FIFO order; carried in every mode.
  CycleQueue values;

  /// Record every change of the occupancy into `t` (nullptr: none).
  void traceInto(Trace* t) { trace_ = t; }

  bool empty() const { return count_ == 0; }
  bool full() const { return static_cast<std::int64_t>(count_) >= depth_; }
  /// The visibility cycle of the oldest token (!empty()).
  std::int64_t front() const { return ring_[head_]; }
  /// The cycle from which the next put has a place, given that one is free (!full()).
  std::int64_t spaceFreeAt() const { return tokens_ >= depth_ ? freedAt_.front() : 0; }
  /// Functional mode: the data of the oldest token and of the token pushed last.
  data::Buffer& frontData() { return contents_[head_]; }
  data::Buffer& backData() { return contents_[(head_ + count_ - 1) % ring_.size()]; }

  /// A put at cycle `at` of a token visible from `visible` (!full()).
  void push(std::int64_t at, std::int64_t visible) {
    if (tokens_ >= depth_) freedAt_.pop();  // the place this put takes
    putLog_.push(at);
    lastPut_ = at;
    settle(std::min(lastPut_, lastGet_));
    if (count_ == ring_.size()) grow();
    ring_[(head_ + count_) % ring_.size()] = visible;
    ++count_;
    ++tokens_;
  }

  /// A get at cycle `at` of the oldest token (!empty()).
  void pop(std::int64_t at) {
    freedAt_.push(at);
    getLog_.push(at);
    lastGet_ = at;
    settle(std::min(lastPut_, lastGet_));
    head_ = (head_ + 1) % ring_.size();
    --count_;
    ++got_;
  }

  /// Fold every put and get into the peak: the run is over.
  void settleAll() { settle(std::numeric_limits<std::int64_t>::max()); }
  std::int64_t tokens() const { return tokens_; }
  std::int64_t got() const { return got_; }
  std::int64_t peak() const { return peak_; }  // complete after settleAll

 private:
  // Occupancy is sampled at the end of each cycle. A cycle is complete once both sides have acted
  // at a later cycle (each side acts in time order); fold every complete cycle, or all of them
  // (horizon: the largest int64) at the end of the run.
  void settle(std::int64_t horizon) {
    for (;;) {
      const bool puts = !putLog_.empty(), gets = !getLog_.empty();
      if (!puts && !gets) return;
      const std::int64_t x =
          puts && gets ? std::min(putLog_.front(), getLog_.front()) : (puts ? putLog_.front() : getLog_.front());
      if (x >= horizon) return;
      for (; !putLog_.empty() && putLog_.front() == x; putLog_.pop()) ++occupancy_;
      for (; !getLog_.empty() && getLog_.front() == x; getLog_.pop()) --occupancy_;
      peak_ = std::max(peak_, occupancy_);
      if (trace_ && occupancy_ != traced_) {
        trace_->occupancy(id_, x, occupancy_);
        traced_ = occupancy_;
      }
    }
  }

  void grow() {
    std::size_t size = std::max<std::size_t>(4, ring_.size() * 2);
    size = std::min<std::size_t>(size, static_cast<std::size_t>(depth_));
    std::vector<std::int64_t> bigger(std::max(size, count_ + 1));
    for (std::size_t i = 0; i < count_; ++i) bigger[i] = ring_[(head_ + i) % ring_.size()];
    if (!contents_.empty()) {
      std::vector<data::Buffer> more;
      more.reserve(bigger.size());
      for (std::size_t i = 0; i < count_; ++i) more.push_back(std::move(contents_[(head_ + i) % contents_.size()]));
      while (more.size() < bigger.size()) more.emplace_back(tokenDType_, tokenShape_);
      contents_.swap(more);
    }
    ring_.swap(bigger);
    head_ = 0;
  }

  int id_ = -1;
  std::int64_t depth_ = 1;
  std::vector<std::int64_t> ring_;  // visibility cycles; grows up to `depth` entries
  // Functional mode: the tokens' values, place i with ring_[i]. Preallocated, so puts and gets only
  // copy; a ring that must grow beyond the preallocation grows both.
  std::vector<data::Buffer> contents_;
  ir::DType tokenDType_ = ir::DType::I32;
  ir::Shape tokenShape_;
  std::size_t head_ = 0, count_ = 0;
  std::int64_t tokens_ = 0, got_ = 0, peak_ = 0;
  // The cycles of gets whose freed place no put has taken yet (at most `depth`).
  CycleQueue freedAt_;
  // Puts and gets not yet folded into the peak, each in time order, the cycle of the last of each,
  // and the occupancy at the end of the last folded cycle.
  CycleQueue putLog_, getLog_;
  std::int64_t lastPut_ = 0, lastGet_ = 0, occupancy_ = 0;
  Trace* trace_ = nullptr;
  std::int64_t traced_ = 0;  // the occupancy last recorded
};

}  // namespace datosim::sim
