// Random dataflow graphs for property tests (engines_test.cpp, bound_test.cpp): a source, a chain of
// stages, a fork into two branches and a join, with random depths, kernels, costs and pipelined loops.
#pragma once

#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace datosim::testing {

inline int pick(std::mt19937& rng, int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

// A source loading X, a chain of stages with random depths, kernels and costs, a fork into two
// branches and a join storing Y; some loops pipelined, and with `starve` the second branch sends one
// token too few, so the join waits for ever (a deadlock).
inline std::string randomGraph(std::mt19937& rng, bool starve) {
  const int n = pick(rng, 3, 40), t = std::vector<int>{1, 4, 16}[static_cast<std::size_t>(pick(rng, 0, 2))];
  const int stages = pick(rng, 1, 5);
  std::ostringstream s;
  s << R"({"format": "datosim-graph/1", "name": "random", "params": {"N": )" << n << R"(, "T": )" << t << R"(},
  "tensors": {"X": {"dtype": "i32", "shape": ["N * T"], "role": "input"},
              "Y": {"dtype": "i32", "shape": ["N * T"], "role": "output"}},
  "streams": {)";
  std::vector<std::string> names;
  for (int k = 0; k < stages; ++k) names.push_back("s" + std::to_string(k));
  for (const char* b : {"f1", "f2", "g1", "g2"}) names.push_back(b);
  for (std::size_t i = 0; i < names.size(); ++i)
    s << (i ? ", " : "") << "\"" << names[i] << R"(": {"dtype": "i32", "tile": ["T"], "depth": )" << pick(rng, 1, 6)
      << "}";
  s << R"(},
  "tasks": {)";
  auto loop = [&](const std::string& range, const std::string& body) {
    const bool pipelined = pick(rng, 0, 3) == 0;
    return R"({"for": "t", "range": ")" + range + "\"" + (pipelined ? R"(, "pipeline": {"ii": 1})" : "") +
           R"(, "body": [)" + body + "]}";
  };
  auto step = [&](const std::string& in, const std::string& out) {
    switch (pick(rng, 0, 3)) {
      case 0: return R"({"compute": "add", "in": [")" + in + R"(", ")" + in + R"("], "out": ")" + out + "\"}";
      case 1: return R"({"compute": "relu", "in": [")" + in + R"("], "out": ")" + out + "\"}";
      case 2:
        return R"({"compute": "copy", "in": [")" + in + R"("], "out": ")" + out + R"(", "cycles": "1 + (t * )" +
               std::to_string(pick(rng, 1, 9)) + ") % " + std::to_string(pick(rng, 2, 7)) + "\"}";
      default: return R"({"compute": "max", "in": [")" + in + R"(", ")" + in + R"("], "out": ")" + out + "\"}";
    }
  };
  const std::string locals = R"("locals": {"v": {"dtype": "i32", "shape": ["T"]}, "w": {"dtype": "i32", "shape": ["T"]}})";
  s << R"("src": {"mapping": [1], "args": {"x": {"tensor": "X", "layout": ["R"]}}, )" << locals << R"(, "body": [)"
    << loop("N", R"({"load": "x", "at": ["t * T"], "into": "v"}, )" + step("v", "w") + R"(, {"put": "s0", "from": "w"})")
    << "]}";
  for (int k = 1; k <= stages; ++k) {
    const std::string in = "s" + std::to_string(k - 1);
    const std::string puts = k < stages ? R"({"put": "s)" + std::to_string(k) + R"(", "from": "w"})"
                                        : R"({"put": "f1", "from": "w"}, {"put": "f2", "from": "v"})";
    s << R"(, "stage)" << k << R"(": {"mapping": [1], )" << locals << R"(, "body": [)"
      << loop("N", R"({"get": ")" + in + R"(", "into": "v"}, )" + step("v", "w") + ", " + puts) << "]}";
  }
  for (int b = 1; b <= 2; ++b) {
    const std::string range = b == 2 && starve ? "N - 1" : "N";
    s << R"(, "branch)" << b << R"(": {"mapping": [1], )" << locals << R"(, "body": [)"
      << loop(range, R"({"get": "f)" + std::to_string(b) + R"(", "into": "v"}, )" + step("v", "w") +
                         R"(, {"put": "g)" + std::to_string(b) + R"(", "from": "w"})")
      << "]}";
  }
  s << R"(, "join": {"mapping": [1], "args": {"y": {"tensor": "Y", "layout": ["R"]}}, )" << locals << R"(, "body": [)"
    << loop("N", R"({"get": "g1", "into": "v"}, {"get": "g2", "into": "w"}, {"compute": "add", "in": ["v", "w"], "out": "v"},
              {"store": "y", "at": ["t * T"], "from": "v"})")
    << "]}}}";
  return s.str();
}

}  // namespace datosim::testing
