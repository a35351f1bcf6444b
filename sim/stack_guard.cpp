#include "sim/stack_guard.h"

#include <signal.h>
#include <ucontext.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DATOSIM_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define DATOSIM_ASAN 1
#endif

namespace datosim::sim {

#if !defined(DATOSIM_ASAN)
namespace {

// The handler's own stack: the faulting stack has no room left by definition.
alignas(16) char gAltStack[64 * 1024];
bool gInstalled = false;

// The stack pointer at the fault, 0 where this file does not know the register.
std::uintptr_t faultStackPointer(void* context) {
  const auto* uc = static_cast<const ucontext_t*>(context);
#if defined(__x86_64__)
  return static_cast<std::uintptr_t>(uc->uc_mcontext.gregs[REG_RSP]);
#elif defined(__aarch64__)
  return static_cast<std::uintptr_t>(uc->uc_mcontext.sp);
#else
  (void)uc;
  return 0;
#endif
}

void say(const char* text) {
  std::size_t left = std::strlen(text);
  while (left > 0) {
    const ssize_t n = ::write(STDERR_FILENO, text, left);
    if (n <= 0) return;
    text += n;
    left -= static_cast<std::size_t>(n);
  }
}

void onFault(int sig, siginfo_t* info, void* context) {
  const auto addr = reinterpret_cast<std::uintptr_t>(info->si_addr);
  const std::uintptr_t sp = faultStackPointer(context);
  // A push or a frame's first store below the stack's end: the address lies just below the stack
  // pointer (a large frame can reach further down), or at most a red zone above it.
  const bool overflow = sp != 0 && (addr <= sp ? sp - addr < (std::uintptr_t{1} << 20) : addr - sp < 4096);
  if (overflow) {
    say("datosim: internal error: a simulation process ran out of stack (each instance runs on a SystemC "
        "coroutine stack of fixed size; docs/hardening.md, \"Stack overflow\"); this is a bug in datosim: "
        "please report it with the graph and the command line\n");
    ::_exit(70);
  }
  // Not a stack overflow: the default action, when the faulting instruction runs again.
  struct sigaction dfl;
  std::memset(&dfl, 0, sizeof dfl);
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  ::sigaction(sig, &dfl, nullptr);
}

}  // namespace
#endif

void installStackOverflowGuard() {
#if defined(DATOSIM_ASAN)
  return;
#else
  if (gInstalled) return;
  stack_t ss;
  std::memset(&ss, 0, sizeof ss);
  ss.ss_sp = gAltStack;
  ss.ss_size = sizeof gAltStack;
  if (::sigaltstack(&ss, nullptr) != 0) return;
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = onFault;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  ::sigaction(SIGSEGV, &sa, nullptr);
  ::sigaction(SIGBUS, &sa, nullptr);
  gInstalled = true;
#endif
}

}  // namespace datosim::sim
