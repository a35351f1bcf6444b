// Whatever the input, the frontend returns diagnostics; it never crashes, hangs or throws.
#include <gtest/gtest.h>

#include <random>

#include "fe_util.h"

using namespace datosim;
using namespace datosim::frontend;
using namespace datosim::frontend::test;

namespace {

void mustNotCrash(const std::string& text) {
  Diagnostics d;
  std::optional<ir::Graph> g;
  EXPECT_NO_THROW(g = parse(text, d));
  if (!g) {
    EXPECT_TRUE(d.hasErrors()) << "failed without an error for: " << text.substr(0, 200);
  }
}

}  // namespace

TEST(Robustness, OddDocuments) {
  for (const char* t : {"", " ", "null", "0", "[]", "{}", "\"x\"", "[[[[", "}", "{\"a\":}", "{\"format\": 1}",
                        "\xEF\xBB\xBF{}", "{\"a\": 1, \"a\": 2}", "1e999", "{\"format\": \"datosim-graph/1\", \"name\": \"n\", \"tasks\": []}",
                        "{\"format\": \"datosim-graph/1\", \"name\": \"n\", \"tasks\": {\"t\": {}}}",
                        "{\"format\": \"datosim-graph/1\", \"name\": \"n\", \"tasks\": {\"t\": {\"mapping\": [1], \"body\": [{}]}}}",
                        "{\"format\": \"datosim-graph/1\", \"name\": \"n\", \"tasks\": {\"t\": {\"mapping\": [1.5], \"body\": [[]]}}}",
                        "{\"format\": \"datosim-graph/1\", \"name\": \"\\u0000\", \"tasks\": {\"\": {\"mapping\": [-1], \"body\": null}}}"})
    mustNotCrash(t);
}

TEST(Robustness, DeepNesting) {
  mustNotCrash(std::string(100000, '[') + std::string(100000, ']'));
  std::string objs;
  for (int i = 0; i < 50000; ++i) objs += "{\"a\":";
  mustNotCrash(objs + "1" + std::string(50000, '}'));
  // Statements nested far deeper than the limit.
  std::string body = "{\"compute\": \"zero\", \"out\": \"x\"}";
  for (int i = 0; i < 200; ++i) body = "{\"for\": \"k" + std::to_string(i) + "\", \"range\": 1, \"body\": [" + body + "]}";
  Diagnostics d;
  EXPECT_FALSE(parse(wrapTask("\"w\": {\"mapping\": [1], \"locals\": {\"x\": {\"dtype\": \"i32\", \"shape\": []}}, \"body\": [" + body + "]}"), d));
  EXPECT_NE(d.str().find("nested deeper than 64"), std::string::npos) << d.str();
}

TEST(Robustness, NumbersOfEveryKind) {
  for (const char* v : {"1.5", "1e3", "-0", "18446744073709551615", "9223372036854775808", "-9223372036854775808",
                        "true", "null", "\"9223372036854775807 * 2\"", "\"-9223372036854775807 - 2\"", "\"1 / 0\"",
                        "{}", "[]", "0", "-5", "\"4294967296 * 4294967296\"", "1e400"}) {
    std::string s(v);
    mustNotCrash(R"({"format": "datosim-graph/1", "name": "n", "params": {"P": )" + s + R"(},
      "tensors": {"X": {"dtype": "i8", "shape": [)" + s + R"(, "P"], "role": "input"}},
      "streams": {"s": {"dtype": "i8", "tile": [)" + s + R"(], "depth": )" + s + R"(, "array": [)" + s + R"(]}},
      "tasks": {"t": {"mapping": [)" + s + R"J(], "coords": ["i"],
        "args": {"a": {"tensor": "X", "layout": ["S(0)", "R"]}},
        "locals": {"x": {"dtype": "i8", "shape": [)J" + s + R"(]}},
        "body": [{"for": "k", "range": )" + s + R"(, "body": [{"put": "s[k]", "from": "x"},
                 {"load": "a", "at": [)" + s + ", " + s + R"(], "into": "x"},
                 {"compute": "custom", "in": ["x"], "cycles": )" + s + R"(}]}]}}})");
  }
}

TEST(Robustness, AbsurdSizesAreRejectedQuickly) {
  Diagnostics d;
  EXPECT_FALSE(parse(wrapTask(R"("w": {"mapping": [1000000, 1000000], "locals": {"x": {"dtype": "i32", "shape": [1000000000, 1000000000]}},
      "body": [{"compute": "zero", "out": "x"}]})", R"("s": {"dtype": "i32", "tile": [], "depth": 2, "array": [1000000000, 1000000000]})"), d));
  EXPECT_TRUE(hasDiag(d, "/tasks/w/mapping", "instances; the limit is 65,536")) << d.str();
  EXPECT_TRUE(hasDiag(d, "/tasks/w/locals/x/shape", "the limit is 2^26")) << d.str();
  EXPECT_TRUE(hasDiag(d, "/streams/s/array", "the limit is 2^20")) << d.str();
}

TEST(Robustness, RandomMutationsOfAGoodGraph) {
  std::string good = readFile(sourceDir() + "/tests/frontend/good/systolic.json");
  ASSERT_FALSE(good.empty());
  std::mt19937 rng(12345);
  const std::string alphabet = "{}[]\":,0123456789-+*/%()ijkSR_ abcxyz\\.etrufalsn";
  for (int round = 0; round < 300; ++round) {
    std::string t = good;
    int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits; ++e) {
      std::size_t pos = rng() % t.size();
      switch (rng() % 3) {
        case 0: t[pos] = alphabet[rng() % alphabet.size()]; break;
        case 1: t.erase(pos, 1 + rng() % 8); break;
        default: t.insert(pos, 1, alphabet[rng() % alphabet.size()]); break;
      }
    }
    mustNotCrash(t);
  }
  // Random bytes.
  for (int round = 0; round < 100; ++round) {
    std::string t;
    for (int i = 0; i < 200; ++i) t += static_cast<char>(rng() % 256);
    mustNotCrash(t);
  }
}
