// Writing output files so that nothing half-written is ever left on disk: the bytes go to a new
// temporary file beside the target, which is renamed over it only when complete. Shared by every
// writer (reports, .npy tensors, later generated projects).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace datosim {

/// Write `bytes` to `path` atomically. Returns "" on success, else a message naming the path and
/// the system's reason; then no file is created or changed. New files get mode 0666 & ~umask.
std::string writeFileAtomic(const std::string& path, const std::string& bytes);


/// Several output files of one run, written all or nothing: each goes to a temporary file beside its
/// target; only when every one is written are they renamed into place (folders they need are created
/// then, where allowed by mayCreate). On an error nothing is changed. SIGINT and SIGTERM during the write remove the temporaries
/// before the process ends (SIGKILL cannot be caught: its temporaries, PATH.tmp.PID.N, stay).
class OutputSet {
 public:
  /// `what` names the file in messages ("--json", "tensor Y").
  void add(std::string path, std::string bytes, std::string what);
  /// `folder` (and the folders above it) may be created by commit; any other missing folder is an error.
  void mayCreate(const std::string& folder);
  /// Two entries naming the same file (after normalising the paths): "" or a message naming both.
  std::string clash() const;
  /// Write the set. "" or why not (then no target was created or changed).
  std::string commit();
  bool empty() const { return files_.empty(); }

 private:
  struct File {
    std::string path, bytes, what;
  };
  std::vector<File> files_;
  std::vector<std::string> creatable_;
};

}  // namespace datosim
