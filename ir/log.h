// The run's log (datosim -v / -vv): what each stage did and how long it took, on stderr, never on
// stdout. Libraries log through log::get(); it says nothing until a program (tools/cli.cpp) turns it
// on, so a library user or a test sees no output it did not ask for.
#pragma once

#include <ostream>

#include <spdlog/spdlog.h>

namespace datosim::log {

/// The "datosim" logger. Off until enable() is called.
spdlog::logger& get();

/// Log at `level` and above to `out` (the program's stderr), each line "datosim [info] ...". `out` must
/// outlive the logging: call disable() before it goes away.
void enable(spdlog::level::level_enum level, std::ostream& out);

/// Off again, writing nowhere.
void disable();

/// Whether a message of `level` would be written (to skip building costly messages).
inline bool on(spdlog::level::level_enum level) { return get().should_log(level); }

}  // namespace datosim::log
