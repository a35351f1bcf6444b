// datosim's C-simulation stand-in for Vitis HLS's hls_stream.h. Unlike Vitis' own C simulation,
// where a stream is an unbounded queue and dataflow processes run one after another, a stream here
// holds at most DEPTH tokens and blocks: read() waits while it is empty, write() while it is full, and
// every dataflow process runs in a thread of its own (dsim_dataflow.h). When every running process
// waits, the run is a deadlock: the processes, the streams they wait on and the cycle of waits are
// printed and the program exits with code 3. Not Xilinx's header: Vitis builds the same sources with
// its own. Used only when the project is compiled with -DDATOSIM_CSIM (the Makefile's csim target).
#pragma once

#include <cstddef>
#include <deque>
#include <string>

#include "dsim_csim_runtime.h"

namespace hls {

template <typename T, int DEPTH = 2>
class stream : public dsim_csim::channel {
  static_assert(DEPTH >= 1, "a stream holds at least one token");
  std::deque<T> q_;

 public:
  stream() : dsim_csim::channel("") {}
  explicit stream(const char* name) : dsim_csim::channel(name) {}
  stream(const stream&) = delete;
  stream& operator=(const stream&) = delete;

  T read() {
    dsim_csim::lock l;
    wait_until(l, [this] { return !q_.empty(); }, true);
    T x = q_.front();
    q_.pop_front();
    ++reads_;
    notify();
    return x;
  }
  void read(T& x) { x = read(); }
  void write(const T& x) {
    dsim_csim::lock l;
    wait_until(l, [this] { return q_.size() < static_cast<std::size_t>(DEPTH); }, false);
    q_.push_back(x);
    ++writes_;
    notify();
  }
  bool read_nb(T& x) {
    dsim_csim::lock l;
    if (q_.empty()) return false;
    x = q_.front();
    q_.pop_front();
    ++reads_;
    notify();
    return true;
  }
  bool write_nb(const T& x) {
    dsim_csim::lock l;
    if (q_.size() >= static_cast<std::size_t>(DEPTH)) return false;
    q_.push_back(x);
    ++writes_;
    notify();
    return true;
  }
  bool empty() {
    dsim_csim::lock l;
    return q_.empty();
  }
  bool full() {
    dsim_csim::lock l;
    return q_.size() >= static_cast<std::size_t>(DEPTH);
  }
  std::size_t size() {
    dsim_csim::lock l;
    return q_.size();
  }
  std::size_t left() const override { return q_.size(); }
  std::size_t depth() const override { return DEPTH; }
};

}  // namespace hls
