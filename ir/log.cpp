#include "ir/log.h"

#include <memory>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/ostream_sink.h>

namespace datosim::log {

namespace {

std::shared_ptr<spdlog::logger> silent() {
  auto x = std::make_shared<spdlog::logger>("datosim", std::make_shared<spdlog::sinks::null_sink_st>());
  x->set_level(spdlog::level::off);
  return x;
}

std::shared_ptr<spdlog::logger>& logger() {
  static std::shared_ptr<spdlog::logger> l = silent();
  return l;
}

}  // namespace

spdlog::logger& get() { return *logger(); }

void enable(spdlog::level::level_enum level, std::ostream& out) {
  // Flushed line by line: the log interleaves with the run's diagnostics on the same stream.
  auto l = std::make_shared<spdlog::logger>("datosim", std::make_shared<spdlog::sinks::ostream_sink_st>(out, true));
  l->set_pattern("datosim [%l] %v");
  l->set_level(level);
  logger() = l;
}

void disable() { logger() = silent(); }

}  // namespace datosim::log
