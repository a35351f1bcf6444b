// A fresh SystemC simulation context (the simulation kernel is a global: one elaboration per
// context; docs/architecture.md, "SystemC on Debian 12").
#pragma once

#include <cstdlib>

#ifndef SC_INCLUDE_DYNAMIC_PROCESSES
#define SC_INCLUDE_DYNAMIC_PROCESSES  // sc_spawn, for the files that include this one first
#endif
#include <systemc>

namespace datosim::sim {

// A fresh SystemC simulation context for one run, with SystemC's own messages silenced (library
// code prints nothing). Whatever uses the context (the Engine) must be destroyed first.
class FreshContext {
 public:
  FreshContext() : prevCurrent_(sc_core::sc_curr_simcontext), prevDefault_(sc_core::sc_default_global_context) {
    ::setenv("SYSTEMC_DISABLE_COPYRIGHT_MESSAGE", "1", 0);
    context_ = new sc_core::sc_simcontext();
    sc_core::sc_curr_simcontext = context_;
    sc_core::sc_default_global_context = context_;
    prevInfo_ = sc_core::sc_report_handler::set_actions(sc_core::SC_INFO, sc_core::SC_DO_NOTHING);
    prevWarning_ = sc_core::sc_report_handler::set_actions(sc_core::SC_WARNING, sc_core::SC_DO_NOTHING);
  }
  ~FreshContext() {
    delete context_;
    sc_core::sc_curr_simcontext = prevCurrent_;
    sc_core::sc_default_global_context = prevDefault_;
    sc_core::sc_report_handler::set_actions(sc_core::SC_INFO, prevInfo_);
    sc_core::sc_report_handler::set_actions(sc_core::SC_WARNING, prevWarning_);
  }
  FreshContext(const FreshContext&) = delete;
  FreshContext& operator=(const FreshContext&) = delete;

 private:
  sc_core::sc_simcontext* context_ = nullptr;
  sc_core::sc_simcontext* prevCurrent_;
  sc_core::sc_simcontext* prevDefault_;
  sc_core::sc_actions prevInfo_ = 0, prevWarning_ = 0;
};

}  // namespace datosim::sim
