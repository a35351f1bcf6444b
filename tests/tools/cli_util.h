// Running the datosim command line in-process in tests: its exit code, stdout and stderr, and a
// fixture with a fresh temporary folder per test.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tools/cli.h"

namespace datosim::testing {

namespace fs = std::filesystem;

struct CliRun {
  int code;
  std::string out, err;
};

inline CliRun run(std::vector<std::string> args) {
  std::ostringstream out, err;
  int code = datosim::tools::runDatosim(args, out, err);
  return {code, out.str(), err.str()};
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("datosim-cli-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& text) {
    fs::path p = dir_ / name;
    std::ofstream(p) << text;
    return p.string();
  }
  fs::path dir_;
};

}  // namespace datosim::testing
