// parseArch / loadArch: structure checks, diagnostics with JSON pointers, config lookup by name.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "frontend/frontend.h"

namespace datosim::frontend {
namespace {

namespace fs = std::filesystem;

// A minimal valid config; tests splice errors into it.
std::string config(const std::string& params, const std::string& extra = "") {
  return R"({"format": "datosim-arch/1", "name": "t", "model": "aie-ml", )" + extra + R"("params": {)" + params + "}}";
}

const char* kGoodParam = R"("clock_mhz": {"value": 1000, "source": "AM020"})";

// Every diagnostic, one per line, to make failures readable.
std::string all(const Diagnostics& d) { return d.str(); }

bool hasError(const Diagnostics& d, const std::string& pointer, const std::string& fragment) {
  for (const Diagnostic& x : d.all())
    if (x.severity == Severity::Error && x.loc.pointer == pointer && x.message.find(fragment) != std::string::npos)
      return true;
  return false;
}

TEST(ParseArch, ValidConfigFillsArch) {
  Diagnostics d;
  auto a = parseArch(config(std::string(kGoodParam) + R"(, "macs_per_cycle.i16": {"value": 64.5, "source": "x y"})",
                            R"("description": "a test", )"),
                     "t.json", d);
  ASSERT_TRUE(a) << all(d);
  EXPECT_TRUE(d.all().empty());
  EXPECT_EQ(a->name, "t");
  EXPECT_EQ(a->file, "t.json");
  EXPECT_EQ(a->model, "aie-ml");
  EXPECT_EQ(a->description, "a test");
  ASSERT_EQ(a->params.size(), 2u);
  EXPECT_EQ(a->get("clock_mhz"), 1000);
  EXPECT_EQ(a->get("macs_per_cycle.i16"), 64.5);
  EXPECT_EQ(a->params.at("clock_mhz").source, "AM020");
  EXPECT_EQ(a->params.at("macs_per_cycle.i16").loc.pointer, "/params/macs_per_cycle.i16");
  EXPECT_EQ(a->params.at("macs_per_cycle.i16").loc.file, "t.json");
}

TEST(ParseArch, UnknownTopLevelKeySuggestsClosest) {
  Diagnostics d;
  EXPECT_FALSE(parseArch(config(kGoodParam, R"("descripton": "x", )"), "t.json", d));
  EXPECT_TRUE(hasError(d, "/descripton", "did you mean 'description'?")) << all(d);
  EXPECT_EQ(d.errorCount(), 1u) << all(d);
}

TEST(ParseArch, UnknownParamFieldSuggestsClosest) {
  Diagnostics d;
  EXPECT_FALSE(parseArch(config(R"("clock_mhz": {"value": 1000, "sorce": "x"})"), "t.json", d));
  EXPECT_TRUE(hasError(d, "/params/clock_mhz/sorce", "did you mean 'source'?")) << all(d);
  // And the required 'source' is then missing.
  EXPECT_TRUE(hasError(d, "/params/clock_mhz", "missing key 'source'")) << all(d);
}

TEST(ParseArch, MissingSource) {
  Diagnostics d;
  EXPECT_FALSE(parseArch(config(R"("clock_mhz": {"value": 1000})"), "t.json", d));
  EXPECT_TRUE(hasError(d, "/params/clock_mhz", "missing key 'source'")) << all(d);
}

TEST(ParseArch, BlankSource) {
  Diagnostics d;
  EXPECT_FALSE(parseArch(config(R"("clock_mhz": {"value": 1000, "source": "  "})"), "t.json", d));
  EXPECT_TRUE(hasError(d, "/params/clock_mhz/source", "where the value comes from")) << all(d);
}

TEST(ParseArch, NonStringSource) {
  Diagnostics d;
  EXPECT_FALSE(parseArch(config(R"("clock_mhz": {"value": 1000, "source": 7})"), "t.json", d));
  EXPECT_TRUE(hasError(d, "/params/clock_mhz/source", "must be a string")) << all(d);
}

TEST(ParseArch, NonNumericValue) {
  Diagnostics d;
  EXPECT_FALSE(parseArch(config(R"("clock_mhz": {"value": "1000", "source": "x"})"), "t.json", d));
  EXPECT_TRUE(hasError(d, "/params/clock_mhz/value", "must be a number, found string")) << all(d);
}

TEST(ParseArch, BooleanAndNullValuesAreNotNumbers) {
  Diagnostics d;
  EXPECT_FALSE(parseArch(config(R"("a": {"value": true, "source": "x"}, "b": {"value": null, "source": "x"})"),
                         "t.json", d));
  EXPECT_TRUE(hasError(d, "/params/a/value", "must be a number, found boolean")) << all(d);
  EXPECT_TRUE(hasError(d, "/params/b/value", "must be a number, found null")) << all(d);
}

TEST(ParseArch, ParamMustBeAnObject) {
  Diagnostics d;
  EXPECT_FALSE(parseArch(config(R"("clock_mhz": 1000)"), "t.json", d));
  EXPECT_TRUE(hasError(d, "/params/clock_mhz", "a parameter must be an object")) << all(d);
}

TEST(ParseArch, DuplicateParamKey) {
  Diagnostics d;
  EXPECT_FALSE(parseArch(config(std::string(kGoodParam) + ", " + kGoodParam), "t.json", d));
  EXPECT_TRUE(hasError(d, "/params/clock_mhz", "duplicate key 'clock_mhz'")) << all(d);
}

TEST(ParseArch, DuplicateKeyInsideAParam) {
  Diagnostics d;
  EXPECT_FALSE(parseArch(config(R"("clock_mhz": {"value": 1, "value": 2, "source": "x"})"), "t.json", d));
  EXPECT_TRUE(hasError(d, "/params/clock_mhz/value", "duplicate key 'value'")) << all(d);
}

TEST(ParseArch, MissingRequiredKeysAreAllReported) {
  Diagnostics d;
  EXPECT_FALSE(parseArch("{}", "t.json", d));
  for (const char* key : {"format", "name", "model", "params"})
    EXPECT_TRUE(hasError(d, "", std::string("missing key '") + key + "'")) << key << "\n" << all(d);
  EXPECT_EQ(d.errorCount(), 4u) << all(d);
}

TEST(ParseArch, WrongFormat) {
  Diagnostics d;
  std::string text = config(kGoodParam);
  text.replace(text.find("datosim-arch/1"), 14, "datosim-arch/2");
  EXPECT_FALSE(parseArch(text, "t.json", d));
  EXPECT_TRUE(hasError(d, "/format", "unsupported format 'datosim-arch/2'")) << all(d);
}

TEST(ParseArch, EmptyNameAndModel) {
  Diagnostics d;
  EXPECT_FALSE(parseArch(R"({"format": "datosim-arch/1", "name": "", "model": 3, "params": {"a": {"value": 1,
      "source": "x"}}})", "t.json", d));
  EXPECT_TRUE(hasError(d, "/name", "must not be empty")) << all(d);
  EXPECT_TRUE(hasError(d, "/model", "must be a string")) << all(d);
}

TEST(ParseArch, ParamsMustBeANonEmptyObject) {
  Diagnostics d1;
  EXPECT_FALSE(parseArch(R"({"format": "datosim-arch/1", "name": "t", "model": "m", "params": []})", "t.json", d1));
  EXPECT_TRUE(hasError(d1, "/params", "must be an object, found array")) << all(d1);
  Diagnostics d2;
  EXPECT_FALSE(parseArch(R"({"format": "datosim-arch/1", "name": "t", "model": "m", "params": {}})", "t.json", d2));
  EXPECT_TRUE(hasError(d2, "/params", "must not be empty")) << all(d2);
}

TEST(ParseArch, RootMustBeAnObject) {
  Diagnostics d;
  EXPECT_FALSE(parseArch("[1, 2]", "t.json", d));
  EXPECT_TRUE(hasError(d, "", "must be an object, found array")) << all(d);
}

TEST(ParseArch, SyntaxErrorHasLineAndColumn) {
  Diagnostics d;
  EXPECT_FALSE(parseArch("{\n  \"format\": \"datosim-arch/1\",\n  \"name\" \"t\"\n}", "t.json", d));
  ASSERT_EQ(d.errorCount(), 1u) << all(d);
  EXPECT_NE(d.all()[0].message.find("line 3"), std::string::npos) << all(d);
  EXPECT_EQ(d.all()[0].str().rfind("t.json:", 0), 0u) << all(d);
}

TEST(ParseArch, CommentsAndGarbageAreRejected) {
  for (const char* text : {"", "// c\n{}", "{\"a\": 1} x", "\x01\x02"}) {
    Diagnostics d;
    EXPECT_FALSE(parseArch(text, "t.json", d)) << text;
    EXPECT_TRUE(d.hasErrors()) << text;
  }
}

TEST(ParseArch, HugeNumberIsAnErrorNotACrash) {
  Diagnostics d;
  EXPECT_FALSE(parseArch(config(R"("clock_mhz": {"value": 1e999, "source": "x"})"), "t.json", d));
  EXPECT_TRUE(d.hasErrors());
}

TEST(ParseArch, DiagnosticsUseFilePointerFormat) {
  Diagnostics d;
  parseArch(config(R"("clock_mhz": {"value": "x", "source": "s"})"), "cfg/a.json", d);
  ASSERT_TRUE(d.hasErrors());
  EXPECT_EQ(d.all()[0].str().rfind("cfg/a.json:/params/clock_mhz/value: error: ", 0), 0u) << all(d);
}

// --- loadArch ---------------------------------------------------------------------------------

class LoadArchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("datosim_arch_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    write("alpha.json", config(kGoodParam));
    write("beta_board.json", config(kGoodParam));
    write("broken.json", "{\"format\": ");
    write("notes.txt", "not a config");
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }
  std::string dir() const { return dir_.string(); }
  fs::path dir_;
};

TEST_F(LoadArchTest, ByName) {
  Diagnostics d;
  auto a = loadArch("alpha", {"/nonexistent-dir", dir()}, d);
  ASSERT_TRUE(a) << all(d);
  EXPECT_EQ(a->file, (dir_ / "alpha.json").string());
  EXPECT_EQ(a->params.at("clock_mhz").loc.file, (dir_ / "alpha.json").string());
}

TEST_F(LoadArchTest, ByPath) {
  Diagnostics d;
  std::string path = (dir_ / "beta_board.json").string();
  auto a = loadArch(path, {}, d);
  ASSERT_TRUE(a) << all(d);
  EXPECT_EQ(a->file, path);
}

TEST_F(LoadArchTest, UnknownNameListsAvailableAndSuggests) {
  Diagnostics d;
  EXPECT_FALSE(loadArch("alphx", {dir()}, d));
  ASSERT_EQ(d.errorCount(), 1u) << all(d);
  const std::string& m = d.all()[0].message;
  EXPECT_NE(m.find("unknown architecture config 'alphx'"), std::string::npos) << m;
  EXPECT_NE(m.find("did you mean 'alpha'?"), std::string::npos) << m;
  EXPECT_NE(m.find("available: alpha, beta_board, broken"), std::string::npos) << m;
  EXPECT_EQ(m.find("notes"), std::string::npos) << m;
}

TEST_F(LoadArchTest, UnknownNameWithoutCloseMatchStillListsAvailable) {
  Diagnostics d;
  EXPECT_FALSE(loadArch("zzzzzzzz", {dir()}, d));
  ASSERT_EQ(d.errorCount(), 1u) << all(d);
  EXPECT_EQ(d.all()[0].message.find("did you mean"), std::string::npos) << all(d);
  EXPECT_NE(d.all()[0].message.find("available: alpha, beta_board, broken"), std::string::npos) << all(d);
}

TEST_F(LoadArchTest, UnknownNameWithoutSearchDirs) {
  Diagnostics d;
  EXPECT_FALSE(loadArch("alpha", {}, d));
  EXPECT_TRUE(d.hasErrors());
}

TEST_F(LoadArchTest, MissingFileIsAClearError) {
  Diagnostics d;
  std::string path = (dir_ / "missing.json").string();
  EXPECT_FALSE(loadArch(path, {dir()}, d));
  ASSERT_EQ(d.errorCount(), 1u) << all(d);
  EXPECT_EQ(d.all()[0].loc.file, path);
  EXPECT_NE(d.all()[0].message.find("no such file"), std::string::npos) << all(d);
}

TEST_F(LoadArchTest, DirectoryIsAClearError) {
  Diagnostics d;
  EXPECT_FALSE(loadArch(dir(), {}, d));
  EXPECT_TRUE(hasError(d, "", "directory")) << all(d);
}

TEST_F(LoadArchTest, BrokenFileReportsSyntaxErrorWithItsPath) {
  Diagnostics d;
  EXPECT_FALSE(loadArch("broken", {dir()}, d));
  ASSERT_EQ(d.errorCount(), 1u) << all(d);
  EXPECT_EQ(d.all()[0].loc.file, (dir_ / "broken.json").string());
  EXPECT_NE(d.all()[0].message.find("JSON syntax error"), std::string::npos) << all(d);
}

TEST_F(LoadArchTest, EmptyName) {
  Diagnostics d;
  EXPECT_FALSE(loadArch("", {dir()}, d));
  EXPECT_TRUE(d.hasErrors());
}

}  // namespace
}  // namespace datosim::frontend
