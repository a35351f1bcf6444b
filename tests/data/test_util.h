// Helpers of the data tests: a private temporary directory and running /usr/bin/python3 with NumPy.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace datosim::data::test {

/// A fresh directory for one test, removed with everything in it when the test ends.
class TempDir {
 public:
  TempDir() {
    const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = std::string("datosim-data-") + std::to_string(::getpid()) + "-" +
                       (info ? std::string(info->test_suite_name()) + "." + info->name() : "x");
    dir_ = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  std::string path(const std::string& file) const { return (dir_ / file).string(); }

 private:
  std::filesystem::path dir_;
};

inline std::string readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void writeAll(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

constexpr const char* kPython = "/usr/bin/python3";

/// Whether Debian's python3 with numpy is there (the pyenv python3 on PATH has no numpy).
inline bool haveNumpy() {
  static const bool have =
      std::system((std::string(kPython) + " -c 'import numpy' >/dev/null 2>&1").c_str()) == 0;
  return have;
}

#define DATOSIM_REQUIRE_NUMPY()                                                                       \
  do {                                                                                                \
    if (!::datosim::data::test::haveNumpy())                                                          \
      GTEST_SKIP() << "/usr/bin/python3 with numpy is not installed (apt-get install python3-numpy)"; \
  } while (0)

/// Run `/usr/bin/python3 SCRIPT ARGS` (arguments are single-quoted; they must not contain quotes).
/// Returns the exit status; `log` gets stdout and stderr.
inline int runPython(const std::string& script, const std::string& args, const TempDir& tmp, std::string& log) {
  std::string logPath = tmp.path("python.log");
  std::string cmd = std::string(kPython) + " '" + script + "' " + args + " >'" + logPath + "' 2>&1";
  int status = std::system(cmd.c_str());
  log = readAll(logPath);
  return status;
}

}  // namespace datosim::data::test
