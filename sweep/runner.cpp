#include "sweep/runner.h"

#include <fcntl.h>
#include <malloc.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>

namespace datosim::sweep {

namespace {

using Clock = std::chrono::steady_clock;

bool writeAll(int fd, const void* data, std::size_t n) {
  const char* p = static_cast<const char*>(data);
  while (n > 0) {
    const ssize_t w = ::write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    p += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

// false on end of file or an error before `n` bytes arrived.
bool readAll(int fd, void* data, std::size_t n) {
  char* p = static_cast<char*>(data);
  while (n > 0) {
    const ssize_t r = ::read(fd, p, n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    p += r;
    n -= static_cast<std::size_t>(r);
  }
  return true;
}

// A point index named by a test hook variable, or -1.
std::int64_t hookPoint(const char* name) {
  const char* v = std::getenv(name);
  return v && *v ? std::strtoll(v, nullptr, 10) : -1;
}

// The worker: read a point index, run it, send its row; until the request pipe closes.
[[noreturn]] void workerMain(const Plan& plan, int reqFd, int respFd, std::int64_t memoryMiB) {
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);  // the sweep was killed: stop too
#if defined(__SANITIZE_ADDRESS__)
  constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  constexpr bool kAddressSanitizer = true;
#else
  constexpr bool kAddressSanitizer = false;
#endif
#else
  constexpr bool kAddressSanitizer = false;
#endif
  // AddressSanitizer reserves terabytes of address space for its shadow memory: a sanitized build
  // (docs/hardening.md) cannot limit it, and its workers run without --point-memory.
  if (memoryMiB > 0 && !kAddressSanitizer) {
    const rlim_t bytes = static_cast<rlim_t>(memoryMiB) * 1024 * 1024;
    const struct rlimit lim{bytes, bytes};
    ::setrlimit(RLIMIT_AS, &lim);
  }
  if (::chdir(plan.workdir.c_str()) != 0) ::_exit(3);
  keepFreedMemory();
  // Test hooks (docs/sweeps.md): make one point crash or hang, to test the isolation.
  const std::int64_t crashAt = hookPoint("DATOSIM_SWEEP_TEST_CRASH_POINT");
  const std::int64_t hangAt = hookPoint("DATOSIM_SWEEP_TEST_HANG_POINT");
  for (;;) {
    std::int64_t index = -1;
    if (!readAll(reqFd, &index, sizeof index)) ::_exit(0);
    if (index < 0 || index >= static_cast<std::int64_t>(plan.points.size())) ::_exit(4);
    if (index == crashAt) ::raise(SIGSEGV);
    if (index == hangAt)
      for (;;) ::pause();
    const Row row = evaluatePoint(plan, plan.points[static_cast<std::size_t>(index)]);
    std::string payload;
    for (const std::string& c : row.cells) {
      payload += c;
      payload += '\0';
    }
    // After running out of memory the process may be in any state: it retires, a fresh worker goes on.
    const std::uint32_t retire = row.cells.back() == "out of memory" ? 1 : 0;
    const std::uint32_t len = static_cast<std::uint32_t>(payload.size());
    if (!writeAll(respFd, &index, sizeof index) || !writeAll(respFd, &retire, sizeof retire) ||
        !writeAll(respFd, &len, sizeof len) || !writeAll(respFd, payload.data(), payload.size()))
      ::_exit(0);
    if (retire) ::_exit(0);
  }
}

std::string describeStatus(int status) {
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    std::string s = "the worker was killed by signal " + std::to_string(sig) + " (" + strsignal(sig) + ")";
    if (sig == SIGKILL) s += "; the system may have run out of memory";
    return s;
  }
  if (WIFEXITED(status)) return "the worker exited with code " + std::to_string(WEXITSTATUS(status)) + " without a row";
  return "the worker stopped without a row";
}

struct Worker {
  pid_t pid = -1;
  int reqFd = -1, respFd = -1;
  bool busy = false;
  std::int64_t point = -1;
  Clock::time_point started;
};

class Pool {
 public:
  Pool(const Plan& plan, const RunnerOptions& opts) : plan_(plan), opts_(opts) {}
  ~Pool() {
    for (Worker& w : workers_) stop(w, false);
  }

  // Start a worker in slot `w`; "" or why not.
  std::string spawn(Worker& w) {
    int req[2], resp[2];
    if (::pipe2(req, O_CLOEXEC) != 0) return std::string("cannot create a pipe: ") + std::strerror(errno);
    if (::pipe2(resp, O_CLOEXEC) != 0) {
      ::close(req[0]);
      ::close(req[1]);
      return std::string("cannot create a pipe: ") + std::strerror(errno);
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
      for (int fd : {req[0], req[1], resp[0], resp[1]}) ::close(fd);
      return std::string("cannot start a worker process: ") + std::strerror(errno);
    }
    if (pid == 0) {
      // Other workers' pipe ends must not stay open here, or they would never see end of file.
      for (const Worker& o : workers_) {
        if (o.reqFd >= 0) ::close(o.reqFd);
        if (o.respFd >= 0) ::close(o.respFd);
      }
      ::close(req[1]);
      ::close(resp[0]);
      ::signal(SIGPIPE, SIG_DFL);
      workerMain(plan_, req[0], resp[1], opts_.pointMemoryMiB);
    }
    ::close(req[0]);
    ::close(resp[1]);
    w = Worker{};
    w.pid = pid;
    w.reqFd = req[1];
    w.respFd = resp[0];
    return "";
  }

  // Close a worker's pipes and reap it (killing it first when `kill`); its status.
  int stop(Worker& w, bool kill) {
    int status = 0;
    if (w.pid < 0) return status;
    if (kill) ::kill(w.pid, SIGKILL);
    if (w.reqFd >= 0) ::close(w.reqFd);
    if (w.respFd >= 0) ::close(w.respFd);
    while (::waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
    }
    w = Worker{};
    return status;
  }

  std::string run(const std::vector<std::int64_t>& todo, const std::function<void(Row&&)>& onRow,
                  const std::function<void()>& tick) {
    const std::size_t n = std::max<std::size_t>(1, std::min<std::size_t>(static_cast<std::size_t>(std::max(1, opts_.jobs)), todo.size()));
    workers_.resize(n);
    for (Worker& w : workers_) {
      const std::string why = spawn(w);
      if (!why.empty()) return why;
    }
    std::size_t next = 0, done = 0;
    auto lastTick = Clock::now();
    while (done < todo.size()) {
      // Hand out work.
      for (Worker& w : workers_) {
        if (w.busy || next >= todo.size()) continue;
        if (w.pid < 0) {
          const std::string why = spawn(w);
          if (!why.empty()) return why;
        }
        const std::int64_t p = todo[next];
        if (!writeAll(w.reqFd, &p, sizeof p)) {  // it died while idle: replace it, retry the point
          stop(w, true);
          continue;
        }
        ++next;
        w.busy = true;
        w.point = p;
        w.started = Clock::now();
      }
      // Wait for a row, a death, a timeout or the next tick.
      std::vector<pollfd> fds;
      std::vector<Worker*> who;
      int waitMs = 200;
      const auto now = Clock::now();
      for (Worker& w : workers_) {
        if (w.pid < 0) continue;
        fds.push_back({w.respFd, POLLIN, 0});
        who.push_back(&w);
        if (w.busy && opts_.pointTimeout > 0) {
          const double left = opts_.pointTimeout - std::chrono::duration<double>(now - w.started).count();
          waitMs = std::min(waitMs, std::max(0, static_cast<int>(std::ceil(left * 1000))));
        }
      }
      const int ready = ::poll(fds.data(), fds.size(), waitMs);
      if (ready < 0 && errno != EINTR) return std::string("poll failed: ") + std::strerror(errno);
      for (std::size_t i = 0; ready > 0 && i < fds.size(); ++i) {
        if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        Worker& w = *who[i];
        std::int64_t index = -1;
        std::uint32_t len = 0, retire = 0;
        std::string payload;
        bool ok = readAll(w.respFd, &index, sizeof index) && readAll(w.respFd, &retire, sizeof retire) &&
                  readAll(w.respFd, &len, sizeof len) && len < (64u << 20);
        if (ok) {
          payload.resize(len);
          ok = readAll(w.respFd, payload.data(), len) && index == w.point;
        }
        if (!ok) {  // it died (or talks nonsense): the point in hand gets an error row
          const bool wasBusy = w.busy;
          const std::int64_t point = w.point;
          const int status = stop(w, true);
          if (wasBusy) {
            onRow(failedRow(plan_, plan_.points[static_cast<std::size_t>(point)], describeStatus(status)));
            ++done;
          }
          continue;
        }
        Row row;
        row.point = index;
        std::size_t start = 0;
        for (std::size_t k = 0; k < payload.size(); ++k)
          if (payload[k] == '\0') {
            row.cells.push_back(payload.substr(start, k - start));
            start = k + 1;
          }
        w.busy = false;
        w.point = -1;
        if (retire) stop(w, false);  // it exits by itself; a new one is started when there is work
        onRow(std::move(row));
        ++done;
      }
      if (opts_.pointTimeout > 0) {
        const auto t = Clock::now();
        for (Worker& w : workers_) {
          if (!w.busy || std::chrono::duration<double>(t - w.started).count() < opts_.pointTimeout) continue;
          const std::int64_t point = w.point;
          stop(w, true);
          char secs[32];
          std::snprintf(secs, sizeof secs, "%g", opts_.pointTimeout);
          onRow(failedRow(plan_, plan_.points[static_cast<std::size_t>(point)],
                          std::string("timeout: no result after ") + secs + " s (--point-timeout)"));
          ++done;
        }
      }
      if (Clock::now() - lastTick >= std::chrono::milliseconds(200)) {
        tick();
        lastTick = Clock::now();
      }
    }
    for (Worker& w : workers_) stop(w, false);
    return "";
  }

 private:
  const Plan& plan_;
  const RunnerOptions& opts_;
  std::vector<Worker> workers_;
};

}  // namespace

void keepFreedMemory() {
  ::mallopt(M_MMAP_THRESHOLD, 64 << 20);
  ::mallopt(M_TRIM_THRESHOLD, 256 << 20);
}

std::int64_t defaultPointMemoryMiB(int jobs) {
  std::ifstream in("/proc/meminfo");
  std::string key;
  std::int64_t kib = 0;
  while (in >> key >> kib) {
    if (key == "MemTotal:") break;
    in.ignore(1 << 10, '\n');
    kib = 0;
  }
  const std::int64_t mib = kib / 1024 / std::max(1, jobs);
  return std::max<std::int64_t>(mib, 1024);
}

std::string runPoints(const Plan& plan, const std::vector<std::int64_t>& todo, const RunnerOptions& opts,
                      const std::function<void(Row&&)>& onRow, const std::function<void()>& tick) {
  if (todo.empty()) return "";
  // A worker that dies while being handed a point must not kill the sweep with SIGPIPE.
  struct sigaction ignore {}, old{};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ignore, &old);
  std::string why;
  {
    Pool pool(plan, opts);
    why = pool.run(todo, onRow, tick);
  }
  ::sigaction(SIGPIPE, &old, nullptr);
  return why;
}

}  // namespace datosim::sweep
