// The layer every backend writes through: identifiers from graph names, confined paths, and the
// atomic project writer (a new folder, an earlier project replaced, anything else refused).
#include "backends/common/project.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace datosim::backends;

namespace {

TEST(Names, SanitisedUniqueAndNeverAKeyword) {
  Names n;
  EXPECT_EQ(n.take("fifo_A"), "fifo_A");
  EXPECT_EQ(n.take("fifo_A"), "fifo_A_2");
  EXPECT_EQ(n.take("int"), "int_");
  EXPECT_EQ(n.take("9lives"), "_9lives");
  EXPECT_EQ(n.take("a\"; system(\"rm -rf /\"); //"), "a_system_rm_rf_");
  EXPECT_EQ(n.take("__reserved"), "_reserved");
  EXPECT_EQ(n.take("_Upper"), "v_Upper");
  EXPECT_EQ(n.take(""), "v_");
  n.reserve("top");
  EXPECT_EQ(n.take("top"), "top_2");
  EXPECT_LE(n.take(std::string(100000, 'x')).size(), 64u);
}

TEST(Paths, OnlyPlainRelativePathsAreConfined) {
  EXPECT_TRUE(isConfinedPath("src/kernel.cpp"));
  EXPECT_TRUE(isConfinedPath("data/expected/Y.npy"));
  for (const char* bad : {"", "/etc/passwd", "../x", "a/../../x", "a//b", "./a", "a/", "a b", "a\nb", "a/.."})
    EXPECT_FALSE(isConfinedPath(bad)) << bad;
  Project p;
  EXPECT_FALSE(p.add("../escape", "x"));
  EXPECT_TRUE(p.add("ok.txt", "x"));
  EXPECT_FALSE(p.add("ok.txt", "again"));
}

class WriteProject : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("datosim-project-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  static std::string read(const fs::path& p) {
    std::ifstream f(p);
    return std::string(std::istreambuf_iterator<char>(f), {});
  }
  // Nothing but the named entries in dir_ (no temporary folder left behind).
  std::vector<std::string> entries() const {
    std::vector<std::string> v;
    for (const auto& e : fs::directory_iterator(dir_)) v.push_back(e.path().filename().string());
    std::sort(v.begin(), v.end());
    return v;
  }
  fs::path dir_;
};

TEST_F(WriteProject, NewFolderThenReplacesItsOwnProjectOnly) {
  Project p;
  p.add(kManifestName, "{}\n");
  p.add("src/a.cpp", "int a;\n");
  ASSERT_EQ(writeProject(p, (dir_ / "out").string()), "");
  EXPECT_EQ(read(dir_ / "out/src/a.cpp"), "int a;\n");
  // An earlier project is replaced whole: a file it had and the new one has not is gone.
  Project q;
  q.add(kManifestName, "{}\n");
  q.add("b.txt", "b\n");
  ASSERT_EQ(writeProject(q, (dir_ / "out/").string()), "");
  EXPECT_FALSE(fs::exists(dir_ / "out/src/a.cpp"));
  EXPECT_EQ(read(dir_ / "out/b.txt"), "b\n");
  EXPECT_EQ(entries(), std::vector<std::string>{"out"});
  // A folder that is not a datosim project is refused and left as it was.
  fs::create_directories(dir_ / "mine");
  std::ofstream(dir_ / "mine/notes.txt") << "keep\n";
  const std::string why = writeProject(q, (dir_ / "mine").string());
  EXPECT_NE(why.find("is not a datosim project"), std::string::npos) << why;
  EXPECT_EQ(read(dir_ / "mine/notes.txt"), "keep\n");
  // So is a file, and a folder whose parent does not exist.
  std::ofstream(dir_ / "file") << "x";
  EXPECT_NE(writeProject(q, (dir_ / "file").string()).find("not a folder"), std::string::npos);
  EXPECT_NE(writeProject(q, (dir_ / "no/such/out").string()).find("does not exist"), std::string::npos);
  EXPECT_EQ(entries(), (std::vector<std::string>{"file", "mine", "out"}));
}

}  // namespace
