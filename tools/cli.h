// The datosim command line, callable in-process (tests) and from main().
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

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
  kExitInternalError = 70, // a bug in datosim
};

/// Run datosim with `args` (without the program name); summary to `out`, diagnostics to `err`.
int runDatosim(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// `--functional=auto` simulates with tensor data when the global tensors total at most this many
/// bytes (in their dtypes), or when --check, --input or --output-dir asks for data.
constexpr long long kFunctionalAutoLimitBytes = 64LL * 1024 * 1024;

/// The seed of global tensor `index` (declaration order) for `--seed N`: the (index+1)-th output of
/// SplitMix64(N), so every tensor gets its own stream and a run is reproducible from N alone.
std::uint64_t tensorSeed(std::uint64_t seed, std::size_t index);

/// Directories searched for `--arch NAME`: $DATOSIM_CONFIG_PATH (colon-separated), the source
/// tree's configs/ (for a build tree), and <prefix>/share/datosim/configs next to the executable.
std::vector<std::string> configSearchDirs();

}  // namespace datosim::tools
