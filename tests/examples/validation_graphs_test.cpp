// Every graph of examples/validation/ computes what its reference section says (--check) at a small
// size (the kernel-only graph, which has no tensors, only runs), so a validation point is always run on a
// graph that is right, not only on one that runs.
// (autosa_mm_int8_u250.json has its own tests in autosa_mm_test.cpp.)
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tools/cli.h"

namespace datosim::testing {
namespace {

struct Case {
  std::string graph, arch;
  std::vector<std::string> params;
  bool check = true;  // false: the graph has no tensors (a kernel alone), so it only has to run
};

std::string path(const std::string& graph) { return std::string(DATOSIM_SOURCE_DIR) + "/examples/validation/" + graph; }

TEST(ValidationGraphs, EachComputesItsReferenceAtASmallSize) {
  const std::vector<Case> cases = {
      {"whole_array_i16.json", "npu4x4", {"M=256", "K=128", "N=256", "m=32", "k=32", "n=32"}},
      {"whole_array_i16_i16out.json", "npu4x4", {"M=256", "K=128", "N=256"}},
      {"whole_array_bf16.json", "npu4x4", {"M=256", "K=128", "N=256"}},
      {"whole_array_i16.json", "npu2", {"M=64", "K=64", "N=64", "m=32", "k=32", "n=32", "R=1", "C=1"}},
      {"mm_kernel_i16.json", "npu4x4", {}, false},
      {"memcpy_passthrough.json", "npu2", {"LEN=65536"}},
      {"autosa_mttkrp_u250.json", "u250", {"I=32", "J=32", "K=4", "L=16", "TI=16", "TJ=16", "LI=4", "LJ=4"}},
  };
  std::set<std::string> covered = {"autosa_mm_int8_u250.json"};
  for (const Case& c : cases) {
    std::vector<std::string> args = {path(c.graph), "--arch", c.arch, "-q"};
    if (c.check) args.push_back("--check");
    for (const std::string& p : c.params) {
      args.push_back("--param");
      args.push_back(p);
    }
    std::ostringstream out, err;
    const int code = tools::runDatosim(args, out, err);
    EXPECT_EQ(code, tools::kExitOk) << c.graph << " on " << c.arch << ":\n" << err.str();
    covered.insert(c.graph);
  }
  // A graph added to examples/validation/ must be added here too.
  for (const auto& e : std::filesystem::directory_iterator(std::string(DATOSIM_SOURCE_DIR) + "/examples/validation")) {
    const std::string name = e.path().filename().string();
    if (e.path().extension() == ".json" && name != "points.json")
      EXPECT_TRUE(covered.count(name)) << name << " is not checked here";
  }
}

}  // namespace
}  // namespace datosim::testing
