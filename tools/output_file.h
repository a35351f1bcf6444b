// Writing output files so that nothing half-written is ever left on disk: the content goes to a
// temporary file beside the target, which is renamed over it only when complete.
#pragma once

#include <string>

namespace datosim::tools {

/// Write `content` to `path` atomically. On failure returns false and sets `error` (with the path
/// and the system's reason); no file is created or changed then.
bool writeFileAtomic(const std::string& path, const std::string& content, std::string& error);

}  // namespace datosim::tools
