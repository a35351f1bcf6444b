// The malformed-graph corpus: every tests/frontend/bad/NAME.json must fail to load, and every line
// "<json pointer> | <message fragment>" of NAME.expect must match some diagnostic (same pointer,
// message containing the fragment). Lines starting with '#' and blank lines are ignored.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "fe_util.h"

using namespace datosim;
using namespace datosim::frontend;
using namespace datosim::frontend::test;

namespace fs = std::filesystem;

namespace {

std::string trim(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\r"), e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

}  // namespace

TEST(BadGraphs, EveryFileFailsWithTheExpectedDiagnostics) {
  fs::path dir = fs::path(sourceDir()) / "tests/frontend/bad";
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  EXPECT_GE(files.size(), 30u);
  for (const fs::path& f : files) {
    SCOPED_TRACE(f.filename().string());
    fs::path expect = f;
    expect.replace_extension(".expect");
    ASSERT_TRUE(fs::exists(expect)) << "missing " << expect;
    Diagnostics d;
    auto g = loadGraph(f.string(), {}, d);
    EXPECT_FALSE(g.has_value());
    EXPECT_TRUE(d.hasErrors());
    std::istringstream lines(readFile(expect.string()));
    std::string line;
    int checks = 0;
    while (std::getline(lines, line)) {
      if (trim(line).empty() || trim(line)[0] == '#') continue;
      std::size_t bar = line.find(" | ");
      ASSERT_NE(bar, std::string::npos) << "bad line in " << expect << ": " << line;
      std::string pointer = trim(line.substr(0, bar)), fragment = trim(line.substr(bar + 3));
      ++checks;
      EXPECT_TRUE(hasDiag(d, pointer, fragment)) << "expected at '" << pointer << "': " << fragment << "\ngot:\n" << d.str();
      for (const Diagnostic& x : d.all()) EXPECT_EQ(x.loc.file, f.string());
    }
    EXPECT_GT(checks, 0) << expect << " checks nothing";
  }
}
