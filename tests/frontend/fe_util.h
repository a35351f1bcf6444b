// Helpers shared by the frontend tests.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "frontend/frontend.h"

namespace datosim::frontend::test {

inline std::string sourceDir() { return DATOSIM_SOURCE_DIR; }

inline std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// Parse `text` as a graph; on failure the diagnostics are in `d`.
inline std::optional<ir::Graph> parse(const std::string& text, Diagnostics& d, GraphOptions opts = {}) {
  return parseGraph(text, "test.json", opts, d);
}

/// True if some diagnostic is at `pointer` and its message contains `fragment`.
inline bool hasDiag(const Diagnostics& d, const std::string& pointer, const std::string& fragment) {
  for (const Diagnostic& x : d.all())
    if (x.loc.pointer == pointer && x.message.find(fragment) != std::string::npos) return true;
  return false;
}

/// The value of parameter `name` of `g` (a test failure when there is none).
inline std::int64_t param(const ir::Graph& g, const std::string& name) {
  for (const ir::Param& p : g.params)
    if (p.name == name) return p.value;
  ADD_FAILURE() << "no parameter " << name;
  return 0;
}

/// A minimal valid graph around one task body (JSON text of the statements list), with the
/// declarations most tests need.
inline std::string wrapTask(const std::string& taskJson, const std::string& extraStreams = "",
                            const std::string& params = R"({"N": 8, "T": 4})") {
  return R"({"format": "datosim-graph/1", "name": "t", "params": )" + params +
         R"(, "tensors": {"X": {"dtype": "i16", "shape": ["N", 8], "role": "inout"}},
            "streams": {)" + extraStreams + R"(},
            "tasks": {)" + taskJson + "}}";
}

}  // namespace datosim::frontend::test
