// How a generated HLS project starts its dataflow processes. For Vitis HLS (and Vitis' own C
// simulation) DSIM_PROCESS("instance", f, args...) is the plain call f(args...) inside the `#pragma HLS dataflow`
// region. For datosim's C simulation (-DDATOSIM_CSIM, the Makefile's csim target) every process runs
// in a thread of its own over bounded, blocking streams, so a design whose FIFOs are too shallow
// deadlocks here as it would in hardware, and streams left with data are reported at the end.
#pragma once

#ifndef DATOSIM_CSIM

#define DSIM_DATAFLOW_BEGIN()
#define DSIM_PROCESS(name, f, ...) f(__VA_ARGS__)
#define DSIM_DATAFLOW_END()

#else

#include <cstdio>
#include <functional>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

#include "hls_stream.h"

namespace dsim_csim {

template <typename T>
void collect_channel(std::vector<channel*>& out, T& x) {
  if constexpr (std::is_base_of<channel, T>::value) out.push_back(&x);
}

class dataflow {
  struct entry {
    process proc;
    std::function<void()> body;
    std::vector<channel*> channels;
  };
  std::vector<entry> entries_;

 public:
  template <typename F, typename... A>
  void add(const char* name, F body, A&... args) {
    entry e;
    e.proc.name = name;
    e.body = body;
    (collect_channel(e.channels, args), ...);
    entries_.push_back(std::move(e));
  }
  /// DSIM_PROCESS: `f(args...)` as a process (a process may take no argument at all).
  template <typename F, typename... A>
  void start(const char* name, F f, A&... args) {
    add(name, [f, &args...]() { f(args...); }, args...);
  }

  void run() {
    state& s = st();
    std::vector<channel*> all;
    {
      lock l;
      s.procs.clear();
      for (entry& e : entries_) {
        s.procs.push_back(&e.proc);
        for (channel* c : e.channels) {
          c->users.push_back(&e.proc);
          bool seen = false;
          for (channel* a : all) seen = seen || a == c;
          if (!seen) all.push_back(c);
        }
      }
      s.live = static_cast<int>(entries_.size());
    }
    std::vector<std::thread> threads;
    for (entry& e : entries_)
      threads.emplace_back([&e] {
        current = &e.proc;
        e.body();
        lock l;
        e.proc.finished = true;
        --st().live;
        st().cv.notify_all();
        check_deadlock();
      });
    for (std::thread& t : threads) t.join();
    lock l;
    for (channel* c : all)
      if (c->left() > 0) {
        std::fprintf(stderr, "csim: stream %s has %zu token(s) left unread\n", c->name().c_str(), c->left());
        s.leftover = true;
      }
    for (channel* c : all) c->users.clear();
    s.procs.clear();
  }
};

}  // namespace dsim_csim

#define DSIM_DATAFLOW_BEGIN() ::dsim_csim::dataflow dsim_dataflow_region_
#define DSIM_PROCESS(...) dsim_dataflow_region_.start(__VA_ARGS__)
#define DSIM_DATAFLOW_END() dsim_dataflow_region_.run()

#endif
