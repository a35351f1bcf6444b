// Writing output files so that nothing half-written is ever left on disk: the bytes go to a new
// temporary file beside the target, which is renamed over it only when complete. Shared by every
// writer (reports, .npy tensors, later generated projects).
#pragma once

#include <string>

namespace datosim {

/// Write `bytes` to `path` atomically. Returns "" on success, else a message naming the path and
/// the system's reason; then no file is created or changed. New files get mode 0666 & ~umask.
std::string writeFileAtomic(const std::string& path, const std::string& bytes);

}  // namespace datosim
