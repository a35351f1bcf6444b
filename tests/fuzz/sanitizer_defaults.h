// Sanitizer settings baked into the fuzz targets (docs/hardening.md):
// - SystemC switches coroutine stacks without telling AddressSanitizer (Debian's libsystemc has no
//   fiber annotations), so ASan's fake stacks for use-after-return detection break every simulation:
//   that detection is off.
// - libFuzzer's own driver allocations show up as leaks at exit: suppressed by name; leaks in
//   datosim or SystemC are still reported.
#pragma once

extern "C" const char* __asan_default_options() { return "detect_stack_use_after_return=0"; }
extern "C" const char* __lsan_default_suppressions() { return "leak:fuzzer::\n"; }
