// The datosim program. Its own main(): libsystemc.so defines one too (docs/architecture.md, "SystemC on Debian 12").
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "sim/stack_guard.h"
#include "tools/cli.h"

int main(int argc, char** argv) {
  // SystemC prints a copyright banner on stdout unless told not to; keep stdout for the report.
  setenv("SYSTEMC_DISABLE_COPYRIGHT_MESSAGE", "1", 1);
  datosim::sim::installStackOverflowGuard();
  std::vector<std::string> args(argv + 1, argv + argc);
  return datosim::tools::runDatosim(args, std::cout, std::cerr);
}

// libsystemc.so wants an sc_main symbol; datosim never calls SystemC's main.
extern "C" int sc_main(int, char**) { return 0; }
