// Every test binary has its own main(): libsystemc.so defines one too, and a GoogleTest binary
// that picked up libsystemc's would silently run no test (docs/architecture.md, "SystemC on Debian 12").
#include <gtest/gtest.h>

#include <cstdlib>

int main(int argc, char** argv) {
  setenv("SYSTEMC_DISABLE_COPYRIGHT_MESSAGE", "1", 1);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}

// libsystemc.so refers to sc_main; tests never call SystemC's main.
extern "C" int sc_main(int, char**) { return 0; }
