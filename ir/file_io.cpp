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

std::string writeFileAtomic(const std::string& pathIn, const std::string& bytes) {
  if (pathIn.empty()) return "cannot write a file to an empty path";
  // Only regular files are replaced: renaming over /dev/null (as root) would replace the device node.
  // A symbolic link to a regular file is followed, so the link stays and its target gets the bytes.
  std::string path = pathIn;
  struct stat st {};
  if (::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
    char resolved[PATH_MAX];
    if (::realpath(path.c_str(), resolved) != nullptr) path = resolved;
  }
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
    return pathIn + ": cannot write: it is not a regular file (" +
           (S_ISDIR(st.st_mode) ? std::string("a folder") : std::string("a device, a pipe or a socket")) +
           "); datosim only replaces regular files (give '-' for stdout where the option allows it)";
  static std::atomic<unsigned> counter{0};
  std::string tmp;
  int fd = -1;
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    tmp = path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter++);
    fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) return path + ": cannot write: " + std::strerror(errno);
  }
  if (fd < 0) return path + ": cannot write: no free temporary file name";
  const char* p = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      std::string why = n < 0 ? std::strerror(errno) : "no progress";
      ::close(fd);
      ::unlink(tmp.c_str());
      return path + ": cannot write: " + why;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0 || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::string why = std::strerror(errno);
    ::unlink(tmp.c_str());
    return path + ": cannot write: " + why;
  }
  return "";
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
  static std::atomic<unsigned> counter{0};
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
    std::string path = f.path;
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
      char resolved[PATH_MAX];
      if (::realpath(path.c_str(), resolved) != nullptr) path = resolved;
    }
    if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
      error = f.what + ": " + f.path + " is not a regular file (" +
              (S_ISDIR(st.st_mode) ? std::string("a folder") : std::string("a device, a pipe or a socket")) +
              "); datosim only replaces regular files (give '-' for stdout where the option allows it)";
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
      for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        tmp = path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter++);
        fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST) break;
      }
      if (fd >= 0) {
        temps.emplace_back(tmp, path);
        pendingTemporaries().push_back(tmp);
      }
    }
    if (fd < 0) {
      error = f.what + ": " + f.path + ": cannot write: " + std::strerror(errno);
      break;
    }
    const char* p = f.bytes.data();
    std::size_t left = f.bytes.size();
    while (left > 0) {
      const ssize_t n = ::write(fd, p, left);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error = f.what + ": " + f.path + ": cannot write: " + (n < 0 ? std::strerror(errno) : "no progress");
        break;
      }
      p += n;
      left -= static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0 && error.empty()) error = f.what + ": " + f.path + ": cannot write: " + std::strerror(errno);
    if (!error.empty()) break;
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
