#include "ir/file_io.h"

#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

namespace datosim {

namespace {

// The file a write to `path` replaces: `path` itself, or the target of a symbolic link (the link stays,
// its target gets the bytes). "" in `why` when it may be replaced, else why not: only regular files are
// replaced, as renaming over /dev/null (as root) would replace the device node.
std::string replaceableTarget(const std::string& path, std::string& why) {
  std::string target = path;
  struct stat st {};
  if (::lstat(target.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
    char resolved[PATH_MAX];
    if (::realpath(target.c_str(), resolved) != nullptr) target = resolved;
  }
  why.clear();
  if (::stat(target.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
    why = std::string("it is not a regular file (") + (S_ISDIR(st.st_mode) ? "a folder" : "a device, a pipe or a socket") +
          "); datosim only replaces regular files (give '-' for stdout where the option allows it)";
  return target;
}

// A new temporary file beside `path` (PATH.tmp.PID.N): its descriptor, or -1 with errno set.
int openTemporary(const std::string& path, std::string& tmp) {
  static std::atomic<unsigned> counter{0};
  for (int attempt = 0; attempt < 100; ++attempt) {
    tmp = path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter++);
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;  // errno is EEXIST
}

// Write all of `bytes` to `fd` and close it: "" or the system's reason.
std::string writeAndClose(int fd, const std::string& bytes) {
  std::string why;
  const char* p = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      why = n < 0 ? std::strerror(errno) : "no progress";
      break;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0 && why.empty()) why = std::strerror(errno);
  return why;
}

}  // namespace

std::string writeFileAtomic(const std::string& pathIn, const std::string& bytes) {
  if (pathIn.empty()) return "cannot write a file to an empty path";
  std::string why;
  const std::string path = replaceableTarget(pathIn, why);
  if (!why.empty()) return pathIn + ": cannot write: " + why;
  std::string tmp;
  const int fd = openTemporary(path, tmp);
  if (fd < 0) return path + ": cannot write: " + std::strerror(errno);
  why = writeAndClose(fd, bytes);
  if (why.empty() && std::rename(tmp.c_str(), path.c_str()) != 0) why = std::strerror(errno);
  if (why.empty()) return "";
  ::unlink(tmp.c_str());
  return path + ": cannot write: " + why;
}

namespace {

// Temporaries being written, for the signal handler. Changed only with the signals blocked.
std::vector<std::string>& pendingTemporaries() {
  static std::vector<std::string> t;
  return t;
}

// Folders a commit created, innermost last, for the signal handler (rmdir only removes empty ones).
std::vector<std::string>& pendingFolders() {
  static std::vector<std::string> f;
  return f;
}

extern "C" void removeTemporariesAndDie(int sig) {
  for (const std::string& t : pendingTemporaries()) ::unlink(t.c_str());
  for (auto it = pendingFolders().rbegin(); it != pendingFolders().rend(); ++it) ::rmdir(it->c_str());
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

class SignalGuard {
 public:
  SignalGuard() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    ::sigprocmask(SIG_BLOCK, &set, &old_);
  }
  ~SignalGuard() { ::sigprocmask(SIG_SETMASK, &old_, nullptr); }

 private:
  sigset_t old_;
};

std::string normalised(const std::string& path) {
  std::error_code ec;
  std::filesystem::path p = std::filesystem::weakly_canonical(std::filesystem::absolute(path, ec), ec);
  return (ec ? std::filesystem::path(path).lexically_normal() : p).string();
}

}  // namespace

void OutputSet::mayCreate(const std::string& folder) { creatable_.push_back(normalised(folder)); }

void OutputSet::add(std::string path, std::string bytes, std::string what) {
  files_.push_back({std::move(path), std::move(bytes), std::move(what)});
}

std::string OutputSet::clash() const {
  std::map<std::string, const File*> seen;
  for (const File& f : files_) {
    auto [it, fresh] = seen.emplace(normalised(f.path), &f);
    if (!fresh) return it->second->what + " and " + f.what + " name the same file, " + f.path;
  }
  return "";
}

std::string OutputSet::commit() {
  namespace fs = std::filesystem;
  struct sigaction act {}, oldInt{}, oldTerm{};
  act.sa_handler = removeTemporariesAndDie;
  ::sigaction(SIGINT, &act, &oldInt);
  ::sigaction(SIGTERM, &act, &oldTerm);
  std::vector<std::string> created;  // folders this commit made, removed again on an error
  std::vector<std::pair<std::string, std::string>> temps;  // temporary -> target
  std::string error;
  auto cleanup = [&] {
    SignalGuard g;
    for (const auto& [tmp, target] : temps) ::unlink(tmp.c_str());
    pendingTemporaries().clear();
    pendingFolders().clear();
    for (auto it = created.rbegin(); it != created.rend(); ++it) ::rmdir(it->c_str());
  };
  for (const File& f : files_) {
    std::string why;
    const std::string path = replaceableTarget(f.path, why);
    if (!why.empty()) {
      error = f.what + ": " + f.path + ": cannot write: " + why;
      break;
    }
    // Folders the file needs, outermost first.
    std::vector<fs::path> missing;
    std::error_code ec;
    for (fs::path d = fs::path(path).parent_path(); !d.empty() && !fs::exists(d, ec); d = d.parent_path())
      missing.push_back(d);
    for (auto it = missing.rbegin(); it != missing.rend() && error.empty(); ++it) {
      // Only the folders a user asked for (--output-dir and the folders above it) are made; a missing
      // folder in another path is more likely a typo than a wish.
      const std::string n = normalised(it->string());
      bool allowed = false;
      for (const std::string& c : creatable_)
        allowed = allowed || c == n || (c.size() > n.size() && c.compare(0, n.size(), n) == 0 && c[n.size()] == '/');
      if (!allowed) {
        error = f.what + ": " + f.path + ": cannot write: the folder " + it->string() + " does not exist";
        break;
      }
      SignalGuard g;
      if (::mkdir(it->c_str(), 0777) != 0) {
        error = f.what + ": cannot create the folder " + it->string() + ": " + std::strerror(errno);
      } else {
        created.push_back(it->string());
        pendingFolders().push_back(it->string());
      }
    }
    if (!error.empty()) break;
    std::string tmp;
    int fd = -1;
    {
      SignalGuard g;
      fd = openTemporary(path, tmp);
      if (fd >= 0) {
        temps.emplace_back(tmp, path);
        pendingTemporaries().push_back(tmp);
      }
    }
    if (fd < 0) {
      error = f.what + ": " + f.path + ": cannot write: " + std::strerror(errno);
      break;
    }
    if (const std::string w = writeAndClose(fd, f.bytes); !w.empty()) {
      error = f.what + ": " + f.path + ": cannot write: " + w;
      break;
    }
  }
  // Test hook (tests/tools/hardening_test.cpp): a SIGTERM arriving after every temporary is written,
  // just before they are renamed, the worst moment for a set of outputs.
  if (error.empty() && std::getenv("DATOSIM_TEST_SIGTERM_IN_COMMIT") != nullptr) ::raise(SIGTERM);
  if (error.empty()) {
    SignalGuard g;
    for (const auto& [tmp, target] : temps) {
      if (std::rename(tmp.c_str(), target.c_str()) != 0) {
        error = target + ": cannot write: " + std::strerror(errno);
        break;
      }
    }
    if (error.empty()) {
      temps.clear();
      pendingTemporaries().clear();
      pendingFolders().clear();
    }
  }
  if (!error.empty()) cleanup();
  ::sigaction(SIGINT, &oldInt, nullptr);
  ::sigaction(SIGTERM, &oldTerm, nullptr);
  return error;
}

}  // namespace datosim
