// The datosim command line, callable in-process (tests) and from main().
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "pipeline/run.h"

namespace datosim::tools {

/// Exit codes of `datosim` (documented in README.md and `datosim --help`).
enum ExitCode : int {
  kExitOk = 0,
  kExitInvalidInput = 1,   // the graph, the architecture, a --param or an --input is wrong (diagnostics on stderr)
  kExitUsage = 2,          // the command line itself is wrong
  kExitDeadlock = 3,       // the simulation deadlocked (report says who waits on what)
  kExitCycleLimit = 4,     // --max-cycles reached before the graph finished
  kExitRuntimeError = 5,   // the graph failed while running (e.g. an index out of range)
  kExitCheckFailed = 6,    // --check: an output differs from the graph's reference
  kExitOutputError = 7,    // an output file could not be written
  kExitMappingError = 8,   // the graph does not fit the architecture (mapper diagnostics on stderr)
  kExitCannotEmit = 9,     // --emit: a construct the backend cannot generate, or the config lacks a device fact
  kExitTooLarge = 10,      // the run would need more memory than --max-memory allows
  kExitInternalError = 70, // a bug in datosim
};

/// Run datosim with `args` (without the program name); summary to `out`, diagnostics to `err`.
int runDatosim(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// `datosim sweep ARGS` (args without "sweep"): docs/sweeps.md.
int runSweep(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// `--functional=auto`: pipeline/run.h
using pipeline::kFunctionalAutoLimitBytes;

/// The seed of each global tensor for --seed N (pipeline/run.h).
using pipeline::tensorSeed;

/// Directories searched for `--arch NAME`: $DATOSIM_CONFIG_PATH (colon-separated), the source
/// tree's configs/ (for a build tree), and <prefix>/share/datosim/configs next to the executable.
std::vector<std::string> configSearchDirs();

}  // namespace datosim::tools
