// Random graphs of the shapes the hardware backends lower (random_project_test.cpp): one to three
// stages over a 1-D or 2-D grid of instances, each instance loading the tiles of its shard of a 2-D
// tensor (sharded or replicated per dimension, so some loads are broadcasts), element-wise kernels or a
// matmul into a wider accumulator, streams of random depth between the stages along the grid, an
// optional second operand loaded once (the same tile for every instance), and stores of each
// instance's shard. Dtypes i8, i16, i32, bf16 and f32; tile rows of whole 32-bit words.
#pragma once

#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace datosim::testing {

struct RandomProject {
  std::string json;
  std::string summary;  // what was chosen, for failure messages
};

inline RandomProject randomProjectGraph(std::mt19937& rng) {
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  auto oneOf = [&](const std::vector<std::string>& v) { return v[static_cast<std::size_t>(pick(0, static_cast<int>(v.size()) - 1))]; };
  auto q = [](const std::string& x) { return "\"" + x + "\""; };
  struct DT {
    std::string name, acc;  // the dtype and a matmul's accumulator
    bool isFloat;
  };
  const std::vector<DT> dts = {{"i8", "i32", false}, {"i16", "i32", false}, {"i32", "i32", false},
                               {"bf16", "f32", true}, {"f32", "f32", true}};
  const DT dt = dts[static_cast<std::size_t>(pick(0, 4))];
  const bool twoD = pick(0, 2) == 0;
  const int P = pick(1, 4), Q = twoD ? pick(1, 2) : 1;
  const int TR = std::vector<int>{1, 2, 4, 8}[static_cast<std::size_t>(pick(0, 3))];
  const int TC = std::vector<int>{4, 8, 16, 32}[static_cast<std::size_t>(pick(0, 3))];
  const int NT = pick(1, 4), CT = pick(1, 3);  // tiles per shard: NT down, CT across
  const bool matmul = pick(0, 3) == 0;
  const int KK = std::vector<int>{4, 8, 16}[static_cast<std::size_t>(pick(0, 2))], KT = pick(1, 3);
  const bool bias = pick(0, 2) == 0;  // a second operand loaded once: the same tile for every instance
  const int stages = pick(1, 3);
  const bool shift = P > 1 && pick(0, 2) == 0;  // stage k's instance i feeds stage k + 1's instance i + 1
  const std::string outT = matmul ? dt.acc : dt.name;
  // Y's layout: each grid axis shards one dimension (a 1-D grid leaves the other replicated).
  std::vector<std::string> yl = twoD ? std::vector<std::string>{"S(0)", "S(1)"} : std::vector<std::string>{"S(0)", "R"};
  if (pick(0, 1)) std::swap(yl[0], yl[1]);
  auto parts = [&](const std::string& l) { return l == "S(0)" ? P : l == "S(1)" ? Q : 1; };
  // X: like Y, or one grid axis reading the same shard (a broadcast).
  std::vector<std::string> xl = yl;
  const int bcast = pick(0, 3) == 0 ? pick(0, 1) : -1;
  if (bcast >= 0 && xl[static_cast<std::size_t>(bcast)] != "R") xl[static_cast<std::size_t>(bcast)] = "R";
  const bool reduce = !twoD && yl[0] == "S(0)" && CT == 1 && pick(0, 3) == 0;  // row sums into a 1-D output
  const int SR = NT * TR, SC = CT * TC;  // an instance's shard of Y
  // A 1-D grid's first stage may be one instance loading every shard and sending each to its instance
  // (scatter), its last one instance receiving from every instance and storing it all (gather); both
  // visit the instances p in the same place of their loop nest, outermost or innermost.
  const bool rowsByI = !twoD && yl[0] == "S(0)";
  const bool scatter = rowsByI && stages > 1 && !matmul && bcast < 0 && pick(0, 2) == 0;
  const bool gather = rowsByI && stages > 1 && pick(0, 2) == 0;
  const bool pOuter = pick(0, 1) == 0;
  // Ragged: row of tiles t covers only its first RG[t] column tiles (an inline trace table; the loop over t
  // indexes it, so the NPU backend unrolls it). Drawn from a copy of the generator, so that the graphs of
  // the other choices stay what they were for every seed.
  std::mt19937 side = rng;
  side.discard(7919);
  auto sidePick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(side); };
  const bool ragged = !scatter && !gather && sidePick(0, 3) == 0;
  std::vector<int> rg;
  for (int t = 0; t < NT; ++t) rg.push_back(sidePick(t == 0 ? 1 : 0, CT));

  std::ostringstream s, sum;
  sum << dt.name << " grid " << P << "x" << Q << (twoD ? " (2-D)" : "") << " tile " << TR << "x" << TC << " tiles " << NT
      << "x" << CT << " Y " << yl[0] << "," << yl[1] << " X " << xl[0] << "," << xl[1]
      << (matmul ? " matmul K " + std::to_string(KK) + "x" + std::to_string(KT) : "") << (bias ? " bias" : "")
      << (reduce ? " reduce" : "") << (shift ? " shifted" : "") << (scatter ? " scatter" : "") << (gather ? " gather" : "")
      << (scatter || gather ? (pOuter ? " p-outer" : " p-inner") : "") << (ragged ? " ragged" : "") << " stages " << stages;
  const std::string grid = twoD ? R"(["P", "Q"])" : R"(["P"])";
  const std::string coords = twoD ? R"(["i", "j"])" : R"(["i"])";
  const std::string sIdx = twoD ? "[i][j]" : "[i]";
  auto shape = [&](int a, int b) { return "[" + std::to_string(a) + ", " + std::to_string(b) + "]"; };
  auto layout = [&](const std::string& a, const std::string& b) { return "[" + q(a) + ", " + q(b) + "]"; };
  s << R"({"format": "datosim-graph/1", "name": "random_project", "params": {"TR": )" << TR << R"(, "TC": )" << TC
    << R"(, "KK": )" << KK << R"(, "P": )" << P << R"(, "Q": )" << Q << R"(, "NT": )" << NT << "},";
  if (ragged) {
    s << R"( "tables": {"RG": {"values": [)";
    for (std::size_t t = 0; t < rg.size(); ++t) s << (t ? ", " : "") << rg[t];
    s << "]}},";
  }
  s << R"(
  "tensors": {"Y": {"dtype": )" << q(outT) << R"(, "shape": )" << shape(SR * parts(yl[0]), SC * parts(yl[1]))
    << R"(, "role": "output"})";
  if (matmul) {
    s << R"(, "X": {"dtype": )" << q(dt.name) << R"(, "shape": )" << shape(SR * parts(xl[0]), KT * KK)
      << R"(, "role": "input"}, "W": {"dtype": )" << q(dt.name) << R"(, "shape": )" << shape(KT * KK, SC * parts(xl[1]))
      << R"(, "role": "input"})";
  } else {
    s << R"(, "X": {"dtype": )" << q(dt.name) << R"(, "shape": )" << shape(SR * parts(xl[0]), SC * parts(xl[1]))
      << R"(, "role": "input"})";
  }
  if (bias) s << R"(, "Z": {"dtype": )" << q(outT) << R"(, "shape": ["TR", "TC"], "role": "input"})";
  if (reduce) s << R"(, "S": {"dtype": )" << q(outT) << R"(, "shape": [)" << SR * P << R"(], "role": "output"})";
  s << R"(},
  "streams": {)";
  for (int k = 1; k < stages; ++k)
    s << (k > 1 ? ", " : "") << "\"s" << k << R"(": {"dtype": )" << q(outT) << R"(, "tile": ["TR", "TC"], "depth": )"
      << pick(1, 16) << R"(, "array": )" << grid << "}";
  s << R"(},
  "tasks": {)";
  // An element-wise step from `in` into `out` (both TR x TC locals of the stage's dtype).
  auto step = [&](const std::string& in, const std::string& out) {
    std::vector<std::string> k = {"add2", "relu", "max2", "copy", "mul2", "sub2"};
    if (dt.isFloat) k.push_back("scale");
    const std::string which = oneOf(k);
    if (which == "relu" || which == "copy")
      return R"({"compute": ")" + which + R"(", "in": [")" + in + R"("], "out": ")" + out + "\"}";
    if (which == "scale")
      return R"({"compute": "scale", "in": [")" + in + R"("], "out": ")" + out + R"(", "attrs": {"factor": 0.5}})";
    return R"({"compute": ")" + which.substr(0, 3) + R"(", "in": [")" + in + R"(", ")" + in + R"("], "out": ")" + out +
           "\"}";
  };
  for (int k = 0; k < stages; ++k) {
    const bool first = k == 0, last = k + 1 == stages;
    const bool single = (first && scatter) || (last && gather);
    const std::string row = single ? "p * NT * TR + t * TR" : "t * TR";
    s << (first ? "" : ", ") << "\"stage" << k << R"(": {"mapping": )" << (single ? "[1]" : grid) << R"(, "coords": )"
      << (single ? R"(["i"])" : coords) << R"(, "args": {)";
    std::vector<std::string> args;
    if (first)
      args.push_back(R"("x": {"tensor": "X", "layout": )" +
                     (single ? layout("R", "R") : matmul ? layout(xl[0], "R") : layout(xl[0], xl[1])) + "}");
    if (first && matmul) args.push_back(R"("w": {"tensor": "W", "layout": )" + layout("R", xl[1]) + "}");
    if (first && bias) args.push_back(R"("z": {"tensor": "Z", "layout": ["R", "R"]})");
    if (last) args.push_back(R"("y": {"tensor": "Y", "layout": )" + (single ? layout("R", "R") : layout(yl[0], yl[1])) + "}");
    if (last && reduce) args.push_back(R"("sr": {"tensor": "S", "layout": [)" + q(single ? "R" : "S(0)") + "]}");
    for (std::size_t a = 0; a < args.size(); ++a) s << (a ? ", " : "") << args[a];
    s << R"(}, "locals": {"v": {"dtype": )" << q(outT) << R"(, "shape": ["TR", "TC"]}, "u": {"dtype": )" << q(outT)
      << R"(, "shape": ["TR", "TC"]})";
    if (first && matmul)
      s << R"(, "a": {"dtype": )" << q(dt.name) << R"(, "shape": ["TR", "KK"]}, "b": {"dtype": )" << q(dt.name)
        << R"(, "shape": ["KK", "TC"]})";
    if (first && bias) s << R"(, "z0": {"dtype": )" << q(outT) << R"(, "shape": ["TR", "TC"]})";
    if (last && reduce) s << R"(, "r": {"dtype": )" << q(outT) << R"(, "shape": ["TR"]})";
    s << R"(}, "body": [)";
    std::vector<std::string> body, pre;
    if (first && bias) pre.push_back(R"({"load": "z", "at": [0, 0], "into": "z0"})");
    if (first) {
      if (matmul) {
        body.push_back(R"({"compute": "zero", "out": "v"})");
        body.push_back(R"({"for": "kt", "range": )" + std::to_string(KT) +
                       R"(, "body": [{"load": "x", "at": ["t * TR", "kt * KK"], "into": "a"}, )"
                       R"({"load": "w", "at": ["kt * KK", "c * TC"], "into": "b"}, )"
                       R"({"compute": "matmul", "in": ["a", "b"], "out": "v", "accumulate": true}]})");
      } else {
        body.push_back(R"({"load": "x", "at": [")" + row + R"(", "c * TC"], "into": "v"})");
      }
      if (bias) body.push_back(R"({"compute": "add", "in": ["v", "z0"], "out": "v"})");
    } else {
      body.push_back(R"({"get": "s)" + std::to_string(k) + (single ? "[p]" : sIdx) + R"(", "into": "v"})");
    }
    const int steps = pick(0, 2);
    std::string cur = "v";
    for (int n = 0; n < steps; ++n) {
      const std::string nxt = cur == "v" ? "u" : "v";
      const std::string st = step(cur, nxt);
      // Now and then only some instances do the step: the others copy (their programs differ).
      body.push_back(pick(0, 3) == 0 && P > 1 ? R"({"if": "i == 0", "then": [)" + st +
                                                    R"(], "else": [{"compute": "copy", "in": [")" + cur +
                                                    R"("], "out": ")" + nxt + R"("}]})"
                                              : st);
      cur = nxt;
    }
    if (last) {
      body.push_back(R"({"store": "y", "at": [")" + row + R"(", "c * TC"], "from": ")" + cur + "\"}");
      if (reduce) {
        body.push_back(R"({"compute": "reduce_sum", "in": [")" + cur + R"("], "out": "r", "attrs": {"axis": 1}})");
        body.push_back(R"({"store": "sr", "at": [")" + row + R"("], "from": "r"})");
      }
    } else {
      // Now and then to the next instance along the first axis rather than to its own column.
      const std::string to = single ? "[p]" : shift ? (twoD ? "[(i + 1) % P][j]" : "[(i + 1) % P]") : sIdx;
      body.push_back(R"({"put": "s)" + std::to_string(k + 1) + to + R"(", "from": ")" + cur + "\"}");
    }
    for (const std::string& p : pre) s << p << ", ";
    // The tiles in row-major or column-major order (each stage chooses; the stream carries them in
    // the producer's order, so a consumer's order permutes where they land).
    const bool rowMajor = pick(0, 1) == 0;
    // A loop nest cannot be pipelined: only an innermost loop without one inside.
    const std::string pipe = pick(0, 3) == 0 && !(first && matmul) ? R"(, "pipeline": {"ii": 1})" : "";
    const std::string outer = rowMajor ? "t" : "c", inner = rowMajor ? "c" : "t";
    const int outerN = rowMajor ? NT : CT, innerN = rowMajor ? CT : NT;
    if (single && pOuter) s << R"({"for": "p", "range": "P", "body": [)";
    // Ragged, row-major: the inner loop runs RG[t] column tiles; column-major: an `if` skips the others.
    const std::string innerRange = ragged && rowMajor ? "\"RG[t]\"" : std::to_string(innerN);
    s << R"({"for": ")" << outer << R"(", "range": )" << outerN << R"(, "body": [{"for": ")" << inner
      << R"(", "range": )" << innerRange << (single && !pOuter ? "" : pipe) << R"(, "body": [)";
    if (single && !pOuter) s << R"({"for": "p", "range": "P")" << pipe << R"(, "body": [)";
    if (ragged && !rowMajor) s << R"({"if": "c < RG[t]", "then": [)";
    for (std::size_t b = 0; b < body.size(); ++b) s << (b ? ", " : "") << body[b];
    if (ragged && !rowMajor) s << "]}";
    s << (single ? "]}" : "") << "]}]}]}";
  }
  s << "}}";
  return {s.str(), sum.str()};
}

}  // namespace datosim::testing
