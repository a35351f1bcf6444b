// The stack-overflow guard (sim/stack_guard.h): a SystemC process that runs past the end of its
// coroutine stack ends the program with the diagnostic and exit code 70, not a bare SIGSEGV; a fault
// that is not a stack overflow keeps its default action.
#include "sim/stack_guard.h"

#include <gtest/gtest.h>
#include <signal.h>

#include <cstdint>
#include <cstdlib>

#ifndef SC_INCLUDE_DYNAMIC_PROCESSES
#define SC_INCLUDE_DYNAMIC_PROCESSES  // sc_spawn
#endif
#include <systemc>

namespace datosim::sim {
namespace {

// Recurse until the stack ends (a limit far beyond any stack keeps compilers from calling it infinite);
// the volatile frame keeps the compiler from turning it into a loop.
int deeper(int n) {
  volatile char frame[512];
  frame[0] = static_cast<char>(n);
  if (n > (1 << 30)) return frame[0];
  return deeper(n + 1) + frame[0];
}

// A fresh SystemC context with one process on a 32 KiB stack that recurses for ever.
void overflowInAProcess() {
  ::setenv("SYSTEMC_DISABLE_COPYRIGHT_MESSAGE", "1", 0);
  auto* context = new sc_core::sc_simcontext();
  sc_core::sc_curr_simcontext = context;
  sc_core::sc_default_global_context = context;
  sc_core::sc_spawn_options o;
  o.set_stack_size(32 * 1024);
  sc_core::sc_spawn([] { deeper(0); }, nullptr, &o);
  sc_core::sc_start();
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DATOSIM_TEST_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define DATOSIM_TEST_ASAN 1
#endif

TEST(StackGuardDeathTest, AProcessThatOverflowsItsStackExitsWith70AndSaysSo) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
#if defined(DATOSIM_TEST_ASAN)
  // Under AddressSanitizer the guard stands aside and ASan reports the fault itself.
  EXPECT_DEATH(
      {
        installStackOverflowGuard();
        overflowInAProcess();
      },
      "");
#else
  EXPECT_EXIT(
      {
        installStackOverflowGuard();
        installStackOverflowGuard();  // twice: no change
        overflowInAProcess();
      },
      ::testing::ExitedWithCode(70), "datosim: internal error: a simulation process ran out of stack");
#endif
}

#if !defined(DATOSIM_TEST_ASAN)
TEST(StackGuardDeathTest, OtherFaultsKeepTheirDefaultAction) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        installStackOverflowGuard();
        volatile std::uintptr_t address = 16;  // far from any stack; volatile so the compiler cannot see it
        *reinterpret_cast<volatile int*>(address) = 1;
      },
      ::testing::KilledBySignal(SIGSEGV), "");
}
#endif

}  // namespace
}  // namespace datosim::sim
