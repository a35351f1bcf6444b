// The runtime behind datosim's C simulation of a generated HLS project (hls_stream.h, dsim_dataflow.h):
// one lock for every stream, the dataflow processes as threads, and the deadlock detector. A deadlock
// is every running process waiting on a stream that cannot serve it; it is reported with who waits on
// whom and the cycle of waits, and the program exits with code 3. Only for -DDATOSIM_CSIM builds.
#pragma once

#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <mutex>
#include <string>
#include <vector>

namespace dsim_csim {

class channel;

struct process {
  std::string name;
  bool finished = false;
  bool blocked = false;
  bool reading = false;  // blocked on a read (else a write)
  channel* on = nullptr;
  std::vector<channel*> any;  // blocked in wait_any: a token on any of these (`on` is the first)
};

struct state {
  std::mutex m;
  std::condition_variable cv;
  std::vector<process*> procs;  // of the running dataflow region
  int live = 0;
  bool leftover = false;
};
inline state& st() {
  static state s;
  return s;
}
inline thread_local process* current = nullptr;

struct lock {
  std::unique_lock<std::mutex> l;
  lock() : l(st().m) {}
};

class channel {
 public:
  explicit channel(const char* name) : name_(name ? name : "") {}
  virtual ~channel() = default;
  const std::string& name() const { return name_; }
  /// Tokens still in the stream, and its capacity (called with the lock held).
  virtual std::size_t left() const = 0;
  virtual std::size_t depth() const = 0;
  /// The processes that pass this stream (both ends, once the dataflow region starts).
  std::vector<process*> users;

 protected:
  template <typename Pred>
  void wait_until(lock& l, Pred ready, bool reading);
  void notify() { st().cv.notify_all(); }
  long long reads_ = 0, writes_ = 0;

 private:
  std::string name_;
};

/// The other end of `c` for process `p` ("" if unknown).
inline process* partner(const channel& c, const process* p) {
  for (process* u : c.users)
    if (u != p) return u;
  return nullptr;
}

/// Can `p`, blocked, go on now? (lock held)
inline bool can_proceed(const process& p) {
  if (!p.on) return true;
  if (!p.any.empty()) {
    for (const channel* c : p.any)
      if (c->left() > 0) return true;
    return false;
  }
  return p.reading ? p.on->left() > 0 : p.on->left() < p.on->depth();
}

[[noreturn]] inline void report_deadlock() {
  state& s = st();
  std::fprintf(stderr, "csim: deadlock: every running process waits on a stream\n");
  for (process* p : s.procs) {
    if (!p->blocked || !p->on) continue;
    if (p->any.size() > 1) {
      std::fprintf(stderr, "  %s waits for data on any of the streams", p->name.c_str());
      for (const channel* c : p->any) {
        const process* q = partner(*c, p);
        std::fprintf(stderr, " %s (written by %s%s)", c->name().c_str(), q ? q->name.c_str() : "no process",
                     q && q->finished ? ", which has finished" : "");
      }
      std::fprintf(stderr, "\n");
      continue;
    }
    process* q = partner(*p->on, p);
    std::fprintf(stderr, "  %s waits for %s on stream %s (%s %s%s)\n", p->name.c_str(),
                 p->reading ? "data" : "space", p->on->name().c_str(), p->reading ? "written by" : "read by",
                 q ? q->name.c_str() : "no process", q && q->finished ? ", which has finished" : "");
  }
  // Follow the waits from each blocked process until one repeats: that is the cycle.
  for (process* start : s.procs) {
    if (!start->blocked) continue;
    std::vector<process*> path;
    process* p = start;
    while (p && p->blocked && p->on) {
      for (std::size_t i = 0; i < path.size(); ++i)
        if (path[i] == p) {
          std::string cyc;
          for (std::size_t j = i; j < path.size(); ++j) cyc += path[j]->name + " -> ";
          cyc += p->name;
          std::fprintf(stderr, "  cycle of waits: %s\n", cyc.c_str());
          std::fflush(stderr);
          std::_Exit(3);
        }
      path.push_back(p);
      p = partner(*p->on, p);
    }
  }
  std::fprintf(stderr, "  no cycle of waits: a process waits on one that has finished\n");
  std::fflush(stderr);
  std::_Exit(3);
}

/// Called with the lock held whenever a process blocks or finishes.
inline void check_deadlock() {
  state& s = st();
  if (s.live == 0) return;
  for (process* p : s.procs)
    if (!p->finished && (!p->blocked || can_proceed(*p))) return;
  report_deadlock();
}

template <typename Pred>
void channel::wait_until(lock& l, Pred ready, bool reading) {
  if (ready()) return;
  process* me = current;
  if (!me) {
    std::fprintf(stderr, "csim: deadlock: a %s of stream %s outside any dataflow process would wait forever\n",
                 reading ? "read" : "write", name_.c_str());
    std::fflush(stderr);
    std::_Exit(3);
  }
  me->blocked = true;
  me->reading = reading;
  me->on = this;
  check_deadlock();
  while (!ready()) st().cv.wait(l.l);
  me->blocked = false;
  me->on = nullptr;
}

/// get_any (dsim::wait_any): block until one of `chans` holds a token. When every running process
/// waits, and none of these streams can get one, it is a deadlock like a blocking read's.
inline void wait_any(std::initializer_list<channel*> chans) {
  lock l;
  auto ready = [&] {
    for (const channel* c : chans)
      if (c->left() > 0) return true;
    return false;
  };
  if (chans.size() == 0 || ready()) return;
  process* me = current;
  if (!me) {
    std::fprintf(stderr, "csim: deadlock: a get_any outside any dataflow process would wait forever\n");
    std::fflush(stderr);
    std::_Exit(3);
  }
  me->blocked = true;
  me->reading = true;
  me->on = *chans.begin();
  me->any.assign(chans.begin(), chans.end());
  check_deadlock();
  while (!ready()) st().cv.wait(l.l);
  me->blocked = false;
  me->on = nullptr;
  me->any.clear();
}

/// Streams left with data after the last dataflow region (reported on stderr when it ended).
inline bool leftover_data() {
  lock l;
  return st().leftover;
}

}  // namespace dsim_csim
