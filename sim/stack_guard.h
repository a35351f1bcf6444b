// A guard that turns a simulation process's stack overflow into a diagnostic (docs/hardening.md,
// "Stack overflow"): every instance runs as a SystemC coroutine on a stack of SimOptions::stackBytes,
// below which SystemC maps a guard page; running into it would otherwise end the program with a bare
// SIGSEGV.
#pragma once

namespace datosim::sim {

/// Install a SIGSEGV / SIGBUS handler, on an alternate signal stack, that recognises a fault just below
/// the faulting code's stack pointer (a stack overflow, in a coroutine or not), writes
/// "datosim: internal error: a simulation process ran out of stack ..." to stderr and exits with 70 (a
/// bug in datosim). Any other fault keeps its default action (the handler restores it and the fault
/// repeats). A program-wide setting: the command-line program installs it in main(); libraries do not.
/// Does nothing under AddressSanitizer, which reports faults itself. Calling it again changes nothing.
void installStackOverflowGuard();

}  // namespace datosim::sim
