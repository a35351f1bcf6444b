// The NPU backend end to end: every NPU example emits an MLIR-AIE project whose generic form Debian's
// mlir-opt-19 parses and verifies, whose kernels compile with g++, and which `datosim check-project`
// passes; mutated projects (a tile out of range, an objectfifo too deep for L1, a dropped release, a
// transfer missing a row, a duplicated BD id) are each reported with their line; reference outputs of
// the emitted files (DATOSIM_UPDATE_GOLDEN=1 regenerates them) and byte-identical re-emission.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <regex>
#include <set>
#include <sstream>
#include <tuple>

#include <nlohmann/json.hpp>

#include "tools/cli.h"

namespace fs = std::filesystem;
using datosim::tools::runDatosim;

namespace {

struct Result {
  int code;
  std::string out, err;
};

Result datosim(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int code = runDatosim(args, out, err);
  return {code, out.str(), err.str()};
}

std::string read(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), {});
}

// A shell command's exit code and output; the test fails loudly when the shell cannot run it.
Result sh(const std::string& cmd, const fs::path& log) {
  const int st = std::system((cmd + " > '" + log.string() + "' 2>&1").c_str());
  if (st == -1 || !WIFEXITED(st)) {
    ADD_FAILURE() << "could not run: " << cmd;
    return {-1, "", ""};
  }
  return {WEXITSTATUS(st), read(log), ""};
}

struct Example {
  std::string graph, arch, name;
};

const std::vector<Example>& examples() {
  static const std::vector<Example> e = {
      {"examples/pipeline3.json", "npu4x4", "pipeline3"},
      {"examples/npu_gemm_splitk.json", "npu4x4", "npu_gemm_splitk"},
      {"examples/ffn.json", "npu4x4", "ffn"},
      {"examples/attention.json", "npu4x4", "attention"},
      {"examples/npu_gemm_splitk.json", "npu2", "npu_gemm_splitk_npu2"},
      {"examples/ffn.json", "npu2", "ffn_npu2"},
      {"examples/systolic_gemm.json", "npu2", "systolic_gemm_npu2"},
      {"examples/validation/whole_array_bf16.json", "npu2", "whole_array_bf16_npu2"},
      {"examples/validation/whole_array_bf16.json", "npu4x4", "whole_array_bf16"},
      {"tests/examples/npu/round_robin.json", "npu4x4", "round_robin"},  // stream indices computed at run time
  };
  return e;
}

class NpuBackend : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("datosim-npu-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    if (!HasFailure()) fs::remove_all(dir_);
  }
  Result emit(const std::string& graph, const std::string& arch, const std::string& name) {
    return datosim({graph, "--arch=" + arch, "--emit=npu", "--output-dir", (dir_ / name).string(), "-q"});
  }
  Result check(const std::string& name) { return datosim({"check-project", (dir_ / name).string()}); }
  // `datosim ARGS --emit=npu --output-dir DIR/name -q` is refused (exit 9) and writes nothing; its result.
  Result refused(std::vector<std::string> args, const std::string& name) {
    args.insert(args.end(), {"--emit=npu", "--output-dir", (dir_ / name).string(), "-q"});
    const Result r = datosim(args);
    EXPECT_EQ(r.code, 9) << name << ":\n" << r.err;
    EXPECT_FALSE(fs::exists(dir_ / name)) << name;
    return r;
  }
  // The emitted project `name` passes check-project, whose round trip gives the source graph's cycles and outputs.
  void expectExactRoundTrip(const std::string& name) {
    const Result c = check(name);
    EXPECT_EQ(c.code, 0) << name << ":\n" << c.out << c.err;
    EXPECT_NE(c.out.find("+0.00%); outputs bit-identical"), std::string::npos) << name << ":\n" << c.out << c.err;
  }
  fs::path dir_;
};

TEST_F(NpuBackend, EveryExampleParsesCompilesAndChecks) {
  const Result version = sh("mlir-opt-19 --version", dir_ / "mlir-version.log");
  ASSERT_EQ(version.code, 0) << "mlir-opt-19 is needed (Debian package mlir-19-tools; tools/install-deps.sh installs it):\n"
                             << version.out;
  for (const Example& ex : examples()) {
    const Result r = emit(ex.graph, ex.arch, ex.name);
    ASSERT_EQ(r.code, 0) << ex.name << ":\n" << r.err;
    const fs::path prj = dir_ / ex.name;
    const Result parse = sh("mlir-opt-19 --allow-unregistered-dialect '" + (prj / "aie.generic.mlir").string() + "'",
                         dir_ / (ex.name + ".mlir.log"));
    EXPECT_EQ(parse.code, 0) << ex.name << ": mlir-opt-19 rejects the generic form:\n" << parse.out.substr(0, 4000);
    // The AIE API kernels against the host emulation of the API (tests/aie_api_emul; aie_kernels_test.cpp runs them).
    const Result kernels = sh("g++ -std=c++20 -O1 -ffp-contract=off -Wall -Wno-unknown-pragmas -DDSIM_AIE_ARCH=" +
                                  std::string(ex.arch == "npu2" ? "21" : "20") + " -Itests/aie_api_emul -I'" + (prj / "kernels").string() +
                               "' -c '" + (prj / "kernels/kernels.cc").string() + "' -o '" + (dir_ / (ex.name + ".o")).string() + "'",
                           dir_ / (ex.name + ".cc.log"));
    EXPECT_EQ(kernels.code, 0) << ex.name << ": kernels.cc does not compile:\n" << kernels.out.substr(0, 4000);
    const Result c = check(ex.name);
    EXPECT_EQ(c.code, 0) << ex.name << ":\n" << c.err;
    EXPECT_NE(c.out.find("every check passed"), std::string::npos) << c.out;
    EXPECT_NE(read(prj / "aie.mlir").find("aie.runtime_sequence("), std::string::npos);
  }
  // The mlir-aie kernel point of docs/validation.md, and a tile row longer than the DMA's 1023-element
  // counters (split into two dimensions): both emit, check and round-trip exactly.
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"examples/validation/mm_kernel_i16.json", "--arch=npu4x4"},
        std::vector<std::string>{"examples/pipeline3.json", "--arch=npu4x4", "--param", "N=128", "--param", "D=2048", "--param", "T=2"}}) {
    std::vector<std::string> a = args;
    const std::string name = "extra" + std::to_string(a.size());
    a.insert(a.end(), {"--emit=npu", "--output-dir", (dir_ / name).string(), "-q"});
    const Result r = datosim(a);
    ASSERT_EQ(r.code, 0) << args[0] << ":\n" << r.err;
    SCOPED_TRACE(args[0]);
    expectExactRoundTrip(name);
  }
}

// check-project's round trip: the graph rebuilt from aie.mlir gives datosim's outputs bit for bit and
// the source graph's cycles exactly (every example that emits).
TEST_F(NpuBackend, RoundTripRebuildsTheGraph) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"examples/pipeline3.json", "npu4x4"},       {"examples/attention.json", "npu4x4"},
      {"examples/npu_gemm_splitk.json", "npu4x4"}, {"examples/pipeline3.json", "npu2"},
      {"examples/attention.json", "npu2"},         {"examples/ffn.json", "npu4x4"},
      {"examples/ffn.json", "npu2"},               {"examples/npu_gemm_splitk.json", "npu2"},
      {"examples/systolic_gemm.json", "npu2"},     {"examples/validation/whole_array_i16_i16out.json", "npu2"},
      {"examples/validation/whole_array_i16_i16out.json", "npu4x4"}, {"tests/examples/npu/round_robin.json", "npu4x4"},
      {"tests/examples/npu/round_robin.json", "npu2"},
  };
  for (const auto& [graph, arch] : cases) {
    const std::string name = fs::path(graph).stem().string() + "_" + arch;
    ASSERT_EQ(emit(graph, arch, name).code, 0);
    const fs::path rebuilt = dir_ / (name + ".rebuilt.json");
    const Result r = datosim({"check-project", (dir_ / name).string(), "--rebuilt-graph", rebuilt.string()});
    EXPECT_EQ(r.code, 0) << name << ":\n" << r.err;
    EXPECT_NE(r.out.find("+0.00%); outputs bit-identical"), std::string::npos) << name << ":\n" << r.out << r.err;
    EXPECT_EQ(r.err.find("warning"), std::string::npos) << name << ":\n" << r.err;
    // The rebuilt graph is a graph datosim reads like any other.
    const Result sim = datosim({rebuilt.string(), "--arch=" + arch, "-q"});
    EXPECT_EQ(sim.code, 0) << name << ":\n" << sim.err;
  }
}

// The mapping file's "routes" (what the round trip imposes) are checked like the rest of a mapping.
TEST_F(NpuBackend, ImposedRoutesAreChecked) {
  const fs::path m = dir_ / "m.json";
  const std::string groups =
      R"("groups": [{"tile": [0, 2], "instances": ["producer"]}, {"tile": [1, 2], "instances": ["compute"]},
                    {"tile": [2, 2], "instances": ["consumer"]}])";
  std::ofstream(m) << R"({"format": "datosim-mapping/1", )" << groups << R"(, "routes": [
      {"instance": "producer", "arg": "x", "direction": "load", "shim": [3, 0], "memtile": [3, 1], "channel": "c0"}]})";
  Result r = datosim({"examples/pipeline3.json", "--arch=npu4x4", "--mapping", m.string(), "--mapping-out",
                      (dir_ / "out.json").string(), "-q"});
  ASSERT_EQ(r.code, 0) << r.err;
  const nlohmann::json out = nlohmann::json::parse(read(dir_ / "out.json"));
  const auto& route = out["derived"]["tensor_routes"][0];
  EXPECT_EQ(route["instance"], "producer");
  EXPECT_EQ(route["shim"], nlohmann::json::array({3, 0}));
  EXPECT_EQ(route["memtile"], nlohmann::json::array({3, 1}));
  std::ofstream(m) << R"({"format": "datosim-mapping/1", )" << groups << R"(, "routes": [
      {"instance": "nobody", "arg": "x", "direction": "load", "shim": [3, 0], "memtile": [3, 1], "channel": "c0"},
      {"instance": "producer", "arg": "x", "direction": "load", "shim": [9, 0], "memtile": [3, 1], "channel": "c0"}]})";
  r = datosim({"examples/pipeline3.json", "--arch=npu4x4", "--mapping", m.string(), "-q"});
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find("/routes/0/instance: error: the graph has no instance 'nobody'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("/routes/1/shim: error: not a shim tile of npu4x4 (row 0, columns 0-3)"), std::string::npos) << r.err;
  // The rows come from the config: with two memory-tile rows, row 2 is one, row 3 is not.
  nlohmann::json cfg = nlohmann::json::parse(read("configs/npu4x4.json"));
  cfg["params"]["array.mem_rows"]["value"] = 2;
  std::ofstream(dir_ / "two_mem_rows.json") << cfg.dump(2);
  for (const auto& [row, ok] : {std::pair{2, true}, std::pair{3, false}}) {
    std::ofstream(m) << R"({"format": "datosim-mapping/1", "groups": [{"tile": [0, 3], "instances": ["producer"]},
        {"tile": [1, 3], "instances": ["compute"]}, {"tile": [2, 3], "instances": ["consumer"]}], "routes": [
        {"instance": "producer", "arg": "x", "direction": "load", "shim": [3, 0], "memtile": [3, )"
                     << row << R"(], "channel": "c0"}]})";
    r = datosim({"examples/pipeline3.json", "--arch=" + (dir_ / "two_mem_rows.json").string(), "--mapping", m.string(), "-q"});
    if (ok) {
      EXPECT_EQ(r.code, 0) << r.err;
    } else {
      EXPECT_EQ(r.code, 1) << r.err;
      EXPECT_NE(r.err.find("/routes/0/memtile: error: not a memory tile of"), std::string::npos) << r.err;
      EXPECT_NE(r.err.find("(rows 1-2, columns 0-3)"), std::string::npos) << r.err;
    }
  }
}

// Replace the first match of `re` in the project's aie.mlir with `with`; the line it was on.
int mutate(const fs::path& prj, const std::string& re, const std::string& with) {
  std::string text = read(prj / "aie.mlir");
  std::smatch m;
  if (!std::regex_search(text, m, std::regex(re))) return -1;
  const auto pos = static_cast<std::size_t>(m.position(0));
  const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
  text.replace(pos, static_cast<std::size_t>(m.length(0)), m.format(with));
  std::ofstream(prj / "aie.mlir", std::ios::binary) << text;
  return line;
}

TEST_F(NpuBackend, MutationsAreReportedWithTheirLine) {
  struct Mutation {
    std::string what, re, with, expect;
    bool atItsLine = false;  // the finding names the mutated line
  };
  const std::vector<Mutation> mutations = {
      {"tile out of range", R"(aie\.tile\(0, 2\))", "aie.tile(9, 2)", "is outside npu1_3col"},
      {"objectfifo too deep for L1", R"(aie\.objectfifo @s_in\((%\w+), \{(%\w+)\}, 2 : i32\))",
       "aie.objectfifo @s_in($1, {$2}, 40 : i32)", "bytes of data memory"},
      {"dropped release", R"(\n\s*aie\.objectfifo\.release @X_in0\(Consume, 1\))", "", "is not released before the end of its block"},
      {"transfer missing a row", R"(\[1, 32, 32, 64\]\[0, 2048, 64, 1\]\) \{id = 0 : i64, issue_token = true)",
       "[1, 32, 31, 64][0, 2048, 64, 1]) {id = 0 : i64, issue_token = true", "elements never written"},
      {"kernel not declared", R"(func\.func private @relu_i16_i16)", "func.func private @relu_renamed", "which is not declared"},
      {"link removed", R"(\n\s*aie\.objectfifo\.link \[@Y_out1\][^\n]*)", "",
       "objectfifo @Y_out1 ends at a memory tile but is in no aie.objectfifo.link"},
      // The line grammar: what is not a line datosim writes is a finding, not skipped.
      {"misspelt op", R"(aie\.objectfifo\.release @X_in0\(Consume, 1\))", "aie.objectfifo.relase @X_in0(Consume, 1)",
       "not a line of the MLIR subset datosim writes and check-project reads: 'aie.objectfifo.relase", true},
      {"text after an op", R"((func\.call @relu_i16_i16\([^\n]*\) -> \(\)))", "$1 extra", "-> () extra'", true},
      {"operand missing", R"((= aie\.objectfifo\.acquire @X_in0)\(Consume, 1\))", "$1(Consume) ",
       "not a line of the MLIR subset", true},
      {"value renamed", R"(func\.call @relu_i16_i16\(%)", "func.call @relu_i16_i16(%renamed_", "is used here but not defined above", true},
      {"closing brace dropped", R"(\n\s*aie\.end)", "\n      aie.end {", "still open at the end of the file"},
  };
  for (const Mutation& mu : mutations) {
    const std::string name = "p" + std::to_string(&mu - mutations.data());
    ASSERT_EQ(emit("examples/pipeline3.json", "npu4x4", name).code, 0);
    ASSERT_EQ(check(name).code, 0) << mu.what << ": the unmutated project must pass";
    const int line = mutate(dir_ / name, mu.re, mu.with);
    ASSERT_GT(line, 0) << mu.what << ": pattern not found";
    const Result c = check(name);
    EXPECT_EQ(c.code, 1) << mu.what << ":\n" << c.err;
    EXPECT_NE(c.err.find(mu.expect), std::string::npos) << mu.what << ":\n" << c.err;
    EXPECT_NE(c.err.find("aie.mlir:"), std::string::npos) << mu.what << ": no location\n" << c.err;
    if (mu.atItsLine)
      EXPECT_NE(c.err.find("aie.mlir:" + std::to_string(line) + ": error: "), std::string::npos) << mu.what << ":\n" << c.err;
  }
  // A core moved to another tile: every structural check passes, but the round trip runs more than 1% slower
  // than the graph datosim simulated, which check-project refuses (exit 1) with the difference.
  ASSERT_EQ(emit("examples/pipeline3.json", "npu4x4", "moved").code, 0);
  ASSERT_GT(mutate(dir_ / "moved", R"(= aie\.tile\(1, 2\))", "= aie.tile(2, 5)"), 0);
  const Result moved = check("moved");
  EXPECT_EQ(moved.code, 1) << moved.out << moved.err;
  EXPECT_NE(moved.out.find("every check passed"), std::string::npos) << moved.out;
  EXPECT_NE(moved.err.find("cycles against the source graph (more than 1%)"), std::string::npos) << moved.err;
  // A duplicated buffer-descriptor id on one shim tile (the split-K GEMM issues several transfers on a shim).
  ASSERT_EQ(emit("examples/npu_gemm_splitk.json", "npu4x4", "bd").code, 0);
  const std::string text = read(dir_ / "bd/aie.mlir");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(text, m, std::regex(R"(\{id = 1 : i64, issue_token = (true|false), metadata = @(\w+)\})")));
  const int line = mutate(dir_ / "bd", R"(\{id = 1 : i64)", "{id = 0 : i64");
  const Result c = check("bd");
  EXPECT_EQ(c.code, 1);
  EXPECT_NE(c.err.find("aie.mlir:" + std::to_string(line) + ": error: buffer descriptor id 0 is used twice"), std::string::npos)
      << c.err;
}

// A project a user edited by hand is still input: whatever the edit, check-project answers with findings
// (exit 1) or passes (exit 0), never a crash or an internal error. Random line edits of aie.mlir (a line
// deleted, duplicated, cut off, two words swapped, a number changed, a bracket dropped in) and random
// values in the manifest, from fixed seeds; then the edits that once crashed it, each with its finding.
TEST_F(NpuBackend, EditedProjectsGiveFindingsNotCrashes) {
  ASSERT_EQ(datosim({"examples/attention.json", "--arch=npu4x4", "--emit=npu", "--output-dir", (dir_ / "base").string(), "-q"}).code, 0);
  const std::string mlir = read(dir_ / "base/aie.mlir"), manifest = read(dir_ / "base/datosim-manifest.json");
  std::vector<std::string> lines;
  for (std::istringstream in(mlir); std::getline(in, lines.emplace_back());) {
  }
  std::mt19937 rng(20261206);
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(std::uniform_int_distribution<std::size_t>(0, n - 1)(rng)); };
  auto fresh = [&](const std::string& name) {
    fs::remove_all(dir_ / name);
    fs::copy(dir_ / "base", dir_ / name, fs::copy_options::recursive);
  };
  int findings = 0;
  for (int k = 0; k < 80; ++k) {
    std::vector<std::string> l = lines;
    const std::size_t j = pick(l.size());
    std::string edit;
    switch (k % 6) {
      case 0: l.erase(l.begin() + static_cast<std::ptrdiff_t>(j)); edit = "line deleted"; break;
      case 1: l.insert(l.begin() + static_cast<std::ptrdiff_t>(j), l[pick(l.size())]); edit = "line duplicated"; break;
      case 2: l.resize(j); edit = "file cut"; break;
      case 3: {
        std::vector<std::string> w;
        for (std::istringstream in(l[j]); in >> w.emplace_back();) {
        }
        w.pop_back();
        if (w.size() > 1) std::swap(w[pick(w.size())], w[pick(w.size())]);
        std::string joined;
        for (const std::string& x : w) joined += (joined.empty() ? "" : " ") + x;
        l[j] = joined;
        edit = "words swapped";
        break;
      }
      case 4: {
        static const char* values[] = {"0", "-1", "7", "65536", "99999999999999999999", "2147483648"};
        const std::regex num(R"(-?\d+)");
        std::vector<std::smatch> all;
        for (std::sregex_iterator it(l[j].begin(), l[j].end(), num), end; it != end; ++it) all.push_back(*it);
        if (!all.empty()) {
          const std::smatch& m = all[pick(all.size())];
          l[j] = l[j].substr(0, static_cast<std::size_t>(m.position(0))) + values[pick(6)] +
                 l[j].substr(static_cast<std::size_t>(m.position(0) + m.length(0)));
        }
        edit = "number changed";
        break;
      }
      default:
        if (!l[j].empty()) l[j][pick(l[j].size())] = "(){}%@\",<>:"[pick(11)];
        edit = "bracket dropped in";
    }
    fresh("e");
    std::string text;
    for (const std::string& x : l) text += x + "\n";
    std::ofstream(dir_ / "e/aie.mlir", std::ios::binary) << text;
    const Result c = check("e");
    EXPECT_TRUE(c.code == 0 || c.code == 1) << edit << " at line " << j + 1 << ": exit " << c.code << "\n" << c.err;
    findings += c.code == 1;
  }
  const nlohmann::json man = nlohmann::json::parse(manifest);
  const nlohmann::json flat = man.flatten();
  std::vector<std::string> pointers;
  for (const auto& [p, v] : flat.items()) {
    pointers.push_back(p);
    pointers.push_back(p.substr(0, p.rfind('/')));  // the enclosing array or object as well
  }
  const std::vector<nlohmann::json> values = {"x", nullptr, -1, nlohmann::json::array(), nlohmann::json::object(), 1e300, 0, true};
  for (int k = 0; k < 60; ++k) {
    nlohmann::json m = man;
    const std::string p = pointers[pick(pointers.size())];
    if (p.empty()) continue;
    m[nlohmann::json::json_pointer(p)] = values[pick(values.size())];
    fresh("m");
    std::ofstream(dir_ / "m/datosim-manifest.json") << m.dump();
    const Result c = check("m");
    EXPECT_TRUE(c.code == 0 || c.code == 1) << p << " = " << m[nlohmann::json::json_pointer(p)].dump() << ": exit " << c.code
                                            << "\n" << c.err;
    findings += c.code == 1;
  }
  EXPECT_GT(findings, 70);  // most edits break something the checks see
  // Edits that crashed check-project (a segmentation fault, an uncaught exception), now findings.
  struct Edit {
    std::string pointer, value, expect;
  };
  for (const Edit& e : std::vector<Edit>{
           {"/limits/memtile_dma", "[]", "datosim-manifest.json:/limits/memtile_dma: error: expected [inputs, outputs], found []"},
           {"/limits/compute_bds", "1e300", "/limits/compute_bds: error: expected an integer from 0 to 2^40, found 1e+300"},
           {"/tensors/0/shape/1", "0", "/tensors/0/shape: error: expected 1 to 8 dimensions"},
           {"/tensors/1", "\"x\"", "/tensors/1: error: expected an object, found \"x\""},
       }) {
    nlohmann::json m = man;
    m[nlohmann::json::json_pointer(e.pointer)] = nlohmann::json::parse(e.value);
    fresh("m");
    std::ofstream(dir_ / "m/datosim-manifest.json") << m.dump();
    const Result c = check("m");
    EXPECT_EQ(c.code, 1) << e.pointer << "\n" << c.err;
    EXPECT_NE(c.err.find(e.expect), std::string::npos) << e.pointer << "\n" << c.err;
  }
  {
    nlohmann::json m = man;
    const std::string k = m["kernels"].begin().key();
    m["kernels"][k] = "x";
    fresh("m");
    std::ofstream(dir_ / "m/datosim-manifest.json") << m.dump();
    const Result c = check("m");
    EXPECT_EQ(c.code, 1) << c.err;
    EXPECT_NE(c.err.find("the manifest's kernel table entry for @" + k + " is not an object"), std::string::npos) << c.err;
  }
  {
    // A core's closing brace moved to the front of a line: the block count goes below zero.
    fresh("e");
    std::string text = mlir;
    const std::size_t at = text.find("aie.objectfifo.release");
    ASSERT_NE(at, std::string::npos);
    text.insert(at, "} ");
    std::ofstream(dir_ / "e/aie.mlir", std::ios::binary) << text;
    const Result c = check("e");
    EXPECT_TRUE(c.code == 0 || c.code == 1) << c.err;
  }
  {
    fresh("e");
    std::string text = mlir;
    const std::smatch m = [&] {
      std::smatch r;
      std::regex_search(text, r, std::regex(R"(aie\.tile\((\d+), (\d+)\))"));
      return r;
    }();
    ASSERT_FALSE(m.empty());
    const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + m.position(0), '\n'));
    text.replace(static_cast<std::size_t>(m.position(0)), static_cast<std::size_t>(m.length(0)), "aie.tile(99999999999, 2)");
    std::ofstream(dir_ / "e/aie.mlir", std::ios::binary) << text;
    const Result c = check("e");
    EXPECT_EQ(c.code, 1) << c.err;
    EXPECT_NE(c.err.find("aie.mlir:" + std::to_string(line) + ": error: cannot read this line: a number out of range"),
              std::string::npos)
        << c.err;
  }
}

// Buffer descriptors of the objectfifo ends (one per element), which aiecc allocates late: a compute
// tile's 16 are shared by its channels; a memory tile's 48 are split by channel parity (24 each), so ends
// whose total fits can still fail when no assignment to channels keeps both halves within 24. Tokens of
// 4 x 16 i16 keep every mutated depth within L1, so only the descriptors are wrong.
TEST_F(NpuBackend, BufferDescriptorsOfObjectfifoEndsAreCounted) {
  auto small = [&](const std::string& name) {
    const Result r = datosim({"examples/pipeline3.json", "--arch=npu4x4", "--param", "T=4", "--param", "D=16", "--emit=npu",
                              "--output-dir", (dir_ / name).string(), "-q"});
    EXPECT_EQ(r.code, 0) << r.err;
    const Result c = check(name);
    EXPECT_EQ(c.code, 0) << "the unmutated project must pass:\n" << c.err;
  };
  auto fifo = [](const std::string& f, int depth) {
    return std::pair<std::string, std::string>{R"re(aie\.objectfifo @)re" + f + R"re(\((%\w+), \{(%\w+)\}, \d+ : i32\))re",
                                               "aie.objectfifo @" + f + "($1, {$2}, " + std::to_string(depth) + " : i32)"};
  };
  // The first core reads X through a DMA channel: 17 elements need 17 of its 16 descriptors.
  small("c16");
  auto [re, with] = fifo("X_in0", 16);
  ASSERT_GT(mutate(dir_ / "c16", re, with), 0);
  Result c = check("c16");
  EXPECT_EQ(c.code, 0) << c.err;  // 16 is the limit, not over it
  small("c17");
  std::tie(re, with) = fifo("X_in0", 17);
  const int line = mutate(dir_ / "c17", re, with);
  ASSERT_GT(line, 0);
  c = check("c17");
  EXPECT_EQ(c.code, 1);
  EXPECT_NE(c.err.find("aie.mlir:" + std::to_string(line) + ": error: compute tile %tile_0_2 needs 17 buffer descriptors"),
            std::string::npos)
      << c.err;
  EXPECT_EQ(c.err.find("bytes of data memory"), std::string::npos) << c.err;
  // The memory tile reading X (X_in0_L2 in, X_in0 out): 25 + 2 descriptors are within its 48, but one end's
  // ring lies on one channel, whose parity half holds 24; 24 + 2 fits.
  small("m25");
  std::tie(re, with) = fifo("X_in0_L2", 25);
  const int memLine = mutate(dir_ / "m25", re, with);
  ASSERT_GT(memLine, 0);
  c = check("m25");
  EXPECT_EQ(c.code, 1);
  EXPECT_NE(c.err.find("aie.mlir:" + std::to_string(memLine) + ": error: memory tile %tile_0_1: no assignment of its objectfifo "
                       "ends to DMA channels keeps each channel parity within its 24 buffer descriptors"),
            std::string::npos)
      << c.err;
  small("m24");
  std::tie(re, with) = fifo("X_in0_L2", 24);
  ASSERT_GT(mutate(dir_ / "m24", re, with), 0);
  c = check("m24");
  EXPECT_EQ(c.err.find("buffer descriptors"), std::string::npos) << c.err;
}

// Locks: every objectfifo buffer set takes a producer and a consumer lock in the tile that holds it. The first
// core of the small pipeline holds s_in's elements (it is the west end of an east-west pair) and X_in0's consumer
// side: 4 of its 16 locks. Six more shared-memory objectfifos to its east neighbour fit (16); seven do not.
TEST_F(NpuBackend, LocksOfObjectfifoBufferSetsAreCounted) {
  for (const int extra : {6, 7}) {
    const std::string name = "locks" + std::to_string(extra);
    const Result r = datosim({"examples/pipeline3.json", "--arch=npu4x4", "--param", "T=4", "--param", "D=16", "--emit=npu",
                              "--output-dir", (dir_ / name).string(), "-q"});
    ASSERT_EQ(r.code, 0) << r.err;
    ASSERT_EQ(check(name).code, 0);
    std::string more;
    for (int k = 0; k < extra; ++k)
      more += "\n    aie.objectfifo @extra" + std::to_string(k) +
              "(%tile_0_2, {%tile_1_2}, 1 : i32) : !aie.objectfifo<memref<4x16xi16>>";
    ASSERT_GT(mutate(dir_ / name, R"re((aie\.objectfifo @s_in\([^\n]*))re", "$1" + more), 0);
    const std::string text = read(dir_ / name / "aie.mlir");
    const auto tileAt = text.find("%tile_0_2 = aie.tile(0, 2)");
    ASSERT_NE(tileAt, std::string::npos);
    const int tileLine = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(tileAt), '\n'));
    const Result c = check(name);
    if (extra == 6) {
      EXPECT_EQ(c.err.find("locks"), std::string::npos) << c.err;
    } else {
      EXPECT_EQ(c.code, 1);
      EXPECT_NE(c.err.find("aie.mlir:" + std::to_string(tileLine) + ": error: compute tile %tile_0_2 needs 18 locks"),
                std::string::npos)
          << c.err;
      EXPECT_NE(c.err.find("@extra6 2, @s_in 2), it has 16"), std::string::npos) << c.err;
    }
  }
}

// More transfers on a shim tile than its 16 buffer descriptors: the runtime sequence runs in rounds
// (ping-pong banks of 8 ids, round k - 2 waited for before round k), which check-project accepts and
// whose every waiting step it verifies; without a wait, a reused id is reported with its line.
TEST_F(NpuBackend, RuntimeSequenceRunsInRoundsWhenDescriptorsRunOut) {
  const std::vector<std::string> args = {"examples/validation/whole_array_bf16.json", "--arch=npu2", "--param", "M=2048",
                                         "--emit=npu", "-q", "--output-dir"};
  auto emitRounds = [&](const std::string& name) {
    std::vector<std::string> a = args;
    a.push_back((dir_ / name).string());
    return datosim(a);
  };
  ASSERT_EQ(emitRounds("r").code, 0);
  const std::string text = read(dir_ / "r/aie.mlir");
  // Per shim tile, more transfers than descriptors, ids within 0..15, and each id reused only after
  // enough waits: counted here independently of the checker.
  const std::regex dma(R"(dma_memcpy_nd\(%arg_\w+\[[^\]]*\]\[[^\]]*\]\[[^\]]*\]\) \{id = (\d+) : i64, issue_token = (\w+), metadata = @(\w+)\})");
  std::map<std::string, int> perFifo;
  int transfers = 0, maxId = 0;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), dma); it != std::sregex_iterator(); ++it) {
    ++transfers;
    maxId = std::max(maxId, std::stoi((*it)[1].str()));
    EXPECT_EQ((*it)[2].str(), "true");
    ++perFifo[(*it)[3].str()];
  }
  EXPECT_GT(transfers, 16 * 8 / 2) << "the case no longer needs rounds; pick a bigger one";
  EXPECT_LE(maxId, 15);
  // Every transfer is waited for exactly once, and some waits come before the last transfer (rounds).
  const std::regex wait(R"(aiex\.npu\.dma_wait \{symbol = @(\w+)\})");
  std::map<std::string, int> waited;
  std::size_t firstWait = std::string::npos;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), wait); it != std::sregex_iterator(); ++it) {
    ++waited[(*it)[1].str()];
    firstWait = std::min(firstWait, static_cast<std::size_t>(it->position(0)));
  }
  EXPECT_EQ(waited, perFifo);
  EXPECT_LT(firstWait, text.rfind("aiex.npu.dma_memcpy_nd"));
  expectExactRoundTrip("r");
  // Mutations: a wait dropped (an id reused while its transfer may run), a wait added, and the last
  // wait gone (a token nobody waits for).
  ASSERT_EQ(emitRounds("m1").code, 0);
  const int dropped = mutate(dir_ / "m1", R"(\n\s*aiex\.npu\.dma_wait \{symbol = @\w+\})", "");
  ASSERT_GT(dropped, 0);
  const Result c1 = datosim({"check-project", (dir_ / "m1").string()});
  EXPECT_EQ(c1.code, 1);
  EXPECT_NE(c1.err.find("may still run (no dma_wait has consumed its token)"), std::string::npos) << c1.err;
  ASSERT_EQ(emitRounds("m2").code, 0);
  const int extra = mutate(dir_ / "m2", R"((aiex\.npu\.dma_wait \{symbol = @(\w+)\}))", "$1\n      $1");
  ASSERT_GT(extra, 0);
  const Result c2 = datosim({"check-project", (dir_ / "m2").string()});
  EXPECT_EQ(c2.code, 1);
  EXPECT_NE(c2.err.find("which has no transfer with a token pending"), std::string::npos) << c2.err;
  ASSERT_EQ(emitRounds("m3").code, 0);
  std::string t3 = read(dir_ / "m3/aie.mlir");
  const std::size_t last = t3.rfind("aiex.npu.dma_wait");
  t3.erase(last, t3.find('\n', last) - last);
  std::ofstream(dir_ / "m3/aie.mlir", std::ios::binary) << t3;
  const Result c3 = datosim({"check-project", (dir_ / "m3").string()});
  EXPECT_EQ(c3.code, 1);
  EXPECT_NE(c3.err.find("is never waited for (dma_wait)"), std::string::npos) << c3.err;

  // A shim channel's task queue holds 4 transfers (a push onto a full one is dropped): the FFN on npu4x4
  // reads one W2 block 8 times on one channel, so it runs in rounds too. Counted here: at every push,
  // the channel's transfers not yet retired by a wait (a wait retires its token's transfer and those
  // before it on the channel) are at most 4.
  ASSERT_EQ(emit("examples/ffn.json", "npu4x4", "ffn").code, 0);
  const std::string ffn = read(dir_ / "ffn/aie.mlir");
  std::map<std::string, int> outstanding;
  int deepest = 0;
  const std::regex op(R"(metadata = @(\w+)\}|aiex\.npu\.dma_wait \{symbol = @(\w+)\})");
  for (auto it = std::sregex_iterator(ffn.begin(), ffn.end(), op); it != std::sregex_iterator(); ++it) {
    if ((*it)[1].matched) deepest = std::max(deepest, ++outstanding[(*it)[1].str()]);
    else --outstanding[(*it)[2].str()];  // every transfer of a round has a token: one wait retires one
  }
  EXPECT_LE(deepest, 4);
  const Result cf = datosim({"check-project", (dir_ / "ffn").string()});
  EXPECT_EQ(cf.code, 0) << cf.err;
  // Without the first waits, the third round's pushes overflow a queue (and reuse busy descriptors).
  std::string t4 = ffn;
  for (int k = 0; k < 10; ++k) {
    const std::size_t w = t4.find("aiex.npu.dma_wait");
    ASSERT_NE(w, std::string::npos);
    t4.erase(w, t4.find('\n', w) - w);
  }
  std::ofstream(dir_ / "ffn/aie.mlir", std::ios::binary) << t4;
  const Result c4 = datosim({"check-project", (dir_ / "ffn").string()});
  EXPECT_EQ(c4.code, 1);
  EXPECT_NE(c4.err.find("th transfer outstanding on the shim channel of @W2_in7_L2, whose task queue holds 4"), std::string::npos)
      << c4.err;
}

// A get at an index computed at run time that reaches no element of its stream array is warned about
// by both backends; one inside a loop that has no iterations for the instance (the int8 systolic
// examples' first-row PEs forward i - 1 = 0 results) is not, since it never runs.
TEST_F(NpuBackend, UnreachedStreamOpsWarnOnlyWhenTheyCanRun) {
  const std::string what = "this get on 's' reaches no stream element in datosim's elaboration";
  const Result n = emit("tests/examples/npu/unreached_get.json", "npu4x4", "unreached");
  ASSERT_EQ(n.code, 0) << n.err;
  EXPECT_NE(n.err.find("unreached_get.json:/tasks/idle/body/0/body/0/then/0: warning: instance idle: " + what), std::string::npos)
      << n.err;
  const Result h = datosim({"tests/examples/npu/unreached_get.json", "--arch=u280", "--emit=hls", "--output-dir",
                            (dir_ / "unreached_hls").string(), "-q"});
  ASSERT_EQ(h.code, 0) << h.err;
  EXPECT_NE(h.err.find("warning: instance idle: " + what), std::string::npos) << h.err;
  for (const std::string g : {"examples/systolic_os_int8.json", "examples/systolic_ws_int8.json"}) {
    const Result sh = datosim({g, "--arch=u280", "--emit=hls", "--output-dir", (dir_ / fs::path(g).stem()).string(), "-q"});
    EXPECT_EQ(sh.code, 0) << g << ":\n" << sh.err;
    EXPECT_EQ(sh.err.find("reaches no stream element"), std::string::npos) << g << ":\n" << sh.err;
    const Result sn = emit(g, "npu2", fs::path(g).stem().string() + "_npu");
    EXPECT_EQ(sn.err.find("reaches no stream element"), std::string::npos) << g << ":\n" << sn.err;
  }
}

// The mapper's second routing (shim channels balanced by the bytes flows move) gives an emitted project
// the same checks as any: here the queries share one shim channel and V three, K^T four.
TEST_F(NpuBackend, RoutesBalancedByBytesEmitAndRoundTrip) {
  ASSERT_EQ(emit("tests/examples/npu/balanced_lanes.json", "npu4x4", "lanes").code, 0);
  expectExactRoundTrip("lanes");
  const std::string mlir = read(dir_ / "lanes" / "aie.mlir");
  // Objectfifos a shim produces (one per shim MM2S channel): the queries' one, and seven for K^T and V.
  const std::regex fromShim(R"(aie\.objectfifo @(\w+)\(%tile_\d+_0, )");
  std::map<char, int> perTensor;
  for (auto it = std::sregex_iterator(mlir.begin(), mlir.end(), fromShim); it != std::sregex_iterator(); ++it)
    ++perTensor[(*it)[1].str()[0]];
  EXPECT_EQ(perTensor['Q'], 1) << mlir;
  EXPECT_EQ(perTensor['K'] + perTensor['V'], 7) << mlir;
  // Lanes of different lengths: two of them share a V channel, which one objectfifo cannot carry.
  const Result u = refused({"tests/examples/npu/balanced_lanes.json", "--arch=npu4x4", "--param", "GROW=1"}, "grow");
  EXPECT_NE(u.err.find("between flows of different shapes or lengths; one objectfifo cannot carry them"), std::string::npos)
      << u.err;
}

// Costs the graph gives (`cycles`: a matmul's override, custom steps) reach the kernel table, so the round
// trip costs them as the source graph does; before, check-project failed on every graph with a custom step.
TEST_F(NpuBackend, GivenCyclesRoundTrip) {
  ASSERT_EQ(emit("tests/examples/npu/given_cycles.json", "npu4x4", "given").code, 0);
  expectExactRoundTrip("given");
  const nlohmann::json man = nlohmann::json::parse(read(dir_ / "given" / "datosim-manifest.json"));
  std::multiset<std::int64_t> custom, given;
  for (const auto& [name, k] : man["kernels"].items()) {
    if (!k.contains("cycles")) continue;
    (k["kernel"] == "custom" ? custom : given).insert(k["cycles"].get<std::int64_t>());
  }
  EXPECT_EQ(custom, (std::multiset<std::int64_t>{300, 1000})) << "one entry per lane's cost";
  EXPECT_EQ(given, (std::multiset<std::int64_t>{5000}));
  // A cost that changes while the instance runs (it reads the loop variable) has no place in the table.
  std::string g = read("tests/examples/npu/given_cycles.json");
  g.replace(g.find("\"300 + 700 * p\""), std::string("\"300 + 700 * p\"").size(), "\"300 + 700 * p + 100 * j\"");
  const fs::path loopCost = dir_ / "loop_cost.json";
  std::ofstream(loopCost) << g;
  const Result r = refused({loopCost.string(), "--arch=npu4x4"}, "loop");
  EXPECT_NE(r.err.find("loop_cost.json:/tasks/lane/body/3/body/0/cycles: error: 'cycles' 300 + 100 * j changes while the "
                       "instance runs"),
            std::string::npos)
      << r.err;
}

// Cores call their kernels on objectfifo elements where the program allows it (backends/npu/in_place.h),
// as mlir-aie designs do, instead of copying each tile into a buffer of their own: such a flow's objectfifo
// is one element deeper and the local has no buffer, so L1 holds what the mapper counted. Where a value
// outlives its element (the last tile read after the loop that loads it, a running max initialised before
// the loop that stores it), the copy stays. Either way the round trip is exact.
TEST_F(NpuBackend, CoresComputeInObjectfifoElements) {
  auto count = [](const std::string& text, const std::string& re) {
    const std::regex r(re);
    return static_cast<int>(std::distance(std::sregex_iterator(text.begin(), text.end(), r), std::sregex_iterator()));
  };
  // The whole-array GEMM: A and B are used where they arrive, C is accumulated in its output element.
  ASSERT_EQ(emit("examples/validation/whole_array_bf16.json", "npu4x4", "wa").code, 0);
  const std::string wa = read(dir_ / "wa" / "aie.mlir");
  EXPECT_EQ(count(wa, R"(func\.call @dsim_copy_)"), 0) << wa;
  EXPECT_EQ(count(wa, R"(aie\.buffer\()"), 0) << wa;
  EXPECT_EQ(count(wa, R"(aie\.objectfifo @[ABC]_(in|out)\d+\(.*, 2 : i32\))"), 24) << wa;  // A and B broadcast to 4 cores each, C from 16
  EXPECT_EQ(count(wa, R"(func\.call @matmul_acc_bf16_bf16_bf16\(%e\d+, %e\d+, %e\d+\))"), 16) << wa;
  // Two lanes: y (each block's max) lives in its output element; t (read after its loop), z (running max) and
  // wp (the previous W tile, read before the load that replaces it) are copied.
  ASSERT_EQ(emit("tests/examples/npu/in_place.json", "npu4x4", "ip").code, 0);
  expectExactRoundTrip("ip");
  const std::string ip = read(dir_ / "ip" / "aie.mlir");
  EXPECT_EQ(count(ip, R"re(aie\.buffer\(.*sym_name = "lane_\d_(t|z|wp)")re"), 6) << ip;
  EXPECT_EQ(count(ip, R"(aie\.buffer\()"), 6) << ip;
  EXPECT_EQ(count(ip, R"(func\.call @dsim_copy_)"), 6) << ip;  // per lane: x into t, w into wp, z out
  for (const char* f : {"X_in", "W_in", "ZPRE_out"})
    EXPECT_EQ(count(ip, std::string("aie\\.objectfifo @") + f + R"(\d+\(.*, 1 : i32\))"), 2) << f << "\n" << ip;
  EXPECT_EQ(count(ip, R"(aie\.objectfifo @YMAX_out\d+\(.*, 2 : i32\))"), 2) << ip;
  // Every core serves run after run (mlir-aie's forever loop); wp is read before it is written in a run, so
  // each run clears it first, as datosim's locals start at zero.
  EXPECT_EQ(count(ip, R"(scf\.for %run\d+ = %c0_\d+ to %c9223372036854775807_\d+ step %c1_\d+ \{\n\s*func\.call @dsim_reset_i16_256\(%buf_lane_\d_wp\))"),
            2)
      << ip;
  EXPECT_EQ(count(ip, R"(func\.call @dsim_reset_)"), 2) << ip;
  // An element used after its release is reported at the use: the DMA may be refilling it.
  std::smatch m;
  ASSERT_TRUE(std::regex_search(ip, m, std::regex(R"(func\.call @max_i16_i16_i16\(%buf_lane_0_z, (%e\d+), %buf_lane_0_z\))")));
  const std::string elem = m[1].str();
  const int at = mutate(dir_ / "ip",
                        R"((\n\s*func\.call @max_i16_i16_i16\(%buf_lane_0_z, %e\d+, %buf_lane_0_z\).*)(\n\s*aie\.objectfifo\.release @YMAX_out\d+\(Produce, 1\)))",
                        "$2$1");
  ASSERT_GT(at, 0);
  const Result c = check("ip");
  EXPECT_EQ(c.code, 1) << c.out << c.err;
  EXPECT_NE(c.err.find("aie.mlir:" + std::to_string(at + 2) + ": error: objectfifo element " + elem +
                       " is used after its release (line " + std::to_string(at + 1) + ")"),
            std::string::npos)
      << c.err;
}

TEST_F(NpuBackend, WhatHasNoLoweringIsExit9) {
  // The systolic example is bundled on the 16 tiles of npu4x4: several instances share a core.
  const Result r = refused({"examples/systolic_gemm.json", "--arch=npu4x4"}, "sys");
  EXPECT_NE(r.err.find("16 tiles share a core between instances ((0,5): gemm_0_1, gemm_0_2 (bundle);"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("32 instances that need a core outnumber npu4x4's 16 compute tiles"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("8 instances of stream fifo_A stay on one tile"), std::string::npos) << r.err;
  // On npu2 the int8 systolic example loads single i8 elements: a limit of the tensor, said once per
  // tensor (not once per shim channel its tiles use).
  const Result os = refused({"examples/systolic_os_int8.json", "--arch=npu2"}, "os");
  for (const std::string t : {"A", "B"}) {
    const std::string what = "/tensors/" + t + ": error: tensor " + t + ": tile rows of 1 bytes; the shim DMA moves whole 32-bit words";
    const std::size_t first = os.err.find(what);
    EXPECT_NE(first, std::string::npos) << os.err;
    EXPECT_EQ(os.err.find(what, first + 1), std::string::npos) << "reported twice:\n" << os.err;
  }
  // With i32 data the loads are whole words, but 102 single-element transfers on one shim tile find no cut
  // into rounds: refused, saying so.
  const Result os32 = refused({"tests/examples/npu/systolic_os_i32.json", "--arch=npu2"}, "os32");
  EXPECT_NE(os32.err.find("which has 16 buffer descriptors; no cut of the instances' programs into rounds fits"), std::string::npos)
      << os32.err;
  // Three loads at rows 0, 32 and 96 imposed on one shim channel: no transfer pattern covers an element of
  // the shared objectfifo (the mapper would have regrouped them, but imposed routes are kept as given).
  const fs::path um = dir_ / "uneven_mapping.json";
  std::ofstream(um) << R"({"format": "datosim-mapping/1", "groups": [{"tile": [0, 2], "instances": ["k_0"]},
      {"tile": [0, 3], "instances": ["k_1"]}, {"tile": [0, 4], "instances": ["k_2"]}], "routes": [
      {"instance": "k_0", "arg": "x", "direction": "load", "shim": [0, 0], "memtile": [0, 1], "channel": "c0"},
      {"instance": "k_1", "arg": "x", "direction": "load", "shim": [0, 0], "memtile": [0, 1], "channel": "c0"},
      {"instance": "k_2", "arg": "x", "direction": "load", "shim": [0, 0], "memtile": [0, 1], "channel": "c0"}]})";
  const Result un = refused({"tests/examples/npu/uneven_shards.json", "--arch=npu4x4", "--mapping", um.string()}, "uneven");
  EXPECT_NE(un.err.find("uneven_shards.json:/tensors/X: error: tensor X: the flows sharing shim channel X_in0_L2 do not read "
                        "tiles a constant distance apart"),
            std::string::npos)
      << un.err;
  // Placed by datosim, the same graph emits (each load on its own channel) and round-trips exactly.
  ASSERT_EQ(emit("tests/examples/npu/uneven_shards.json", "npu4x4", "uneven_auto").code, 0);
  expectExactRoundTrip("uneven_auto");
  // A table read at run time whose loop is not unrolled (300 iterations; 256 at most): each statement that
  // reads one is named. With 5 requests the loop is unrolled (TablesReadAtRunTimeAreUnrolled).
  std::string ragged = read("tests/examples/dynamic/ragged_rows.json");
  std::string many = "[";
  for (int k = 0; k < 300; ++k) many += (k ? ", " : "") + std::to_string(1 + k % 7);
  ragged.replace(ragged.find("[40, 3, 17, 64, 1]"), std::string("[40, 3, 17, 64, 1]").size(), many + "]");
  std::ofstream(dir_ / "ragged_rows.json") << ragged;
  const Result t = refused({(dir_ / "ragged_rows.json").string(), "--arch=npu4x4"}, "ragged");
  EXPECT_NE(t.err.find("ragged_rows.json:/tasks/prod/body/0/body/0: error: instance prod: a table read at run time"),
            std::string::npos)
      << t.err;
  EXPECT_NE(t.err.find("ragged_rows.json:/tasks/cons/body/0/body/1: error: instance cons"), std::string::npos) << t.err;
  const Result rows = refused({"tests/examples/dynamic/bufferize_rows.json", "--arch=npu4x4"}, "rows");
  EXPECT_NE(rows.err.find("instance tiler: a get into a block of a local ('at') has no NPU lowering yet"), std::string::npos)
      << rows.err;
  EXPECT_NE(rows.err.find("instance tiler: a put from a block of a local ('at') has no NPU lowering yet"), std::string::npos)
      << rows.err;
  // Run-time control (task variables, value tokens, while, set): every statement is named.
  const Result v = refused({"tests/examples/dynamic/value_while.json", "--arch=npu4x4"}, "values");
  for (const std::string what : {"/tasks/cons/vars/r: error: task 'cons' has the task variable 'r'",
                                 "/tasks/cons/body/1: error: task 'cons': a 'while' loop",
                                 "/tasks/cons/body/1/body/2: error: task 'cons': a 'set'",
                                 "/tasks/prod/body/1: error: task 'prod': a put of a value token"})
    EXPECT_NE(v.err.find(what + std::string(": the NPU backend has no lowering for run-time control yet")),
              std::string::npos)
        << what << "\n" << v.err;
  // Wrong family, and a config without the device name.
  EXPECT_EQ(emit("examples/pipeline3.json", "u280", "fpga").code, 2);
  const Result n = refused({"examples/pipeline3.json", "--arch=npu1"}, "npu1");
  EXPECT_NE(n.err.find("device.aie_device"), std::string::npos) << n.err;
  // check-project on something that is not an NPU project.
  fs::create_directories(dir_ / "empty");
  EXPECT_EQ(check("empty").code, 1);
  EXPECT_EQ(datosim({"check-project"}).code, 2);
}

// A loop whose variable indexes a trace table is unrolled, so the table reads fold to constants: ragged
// requests, the grouped MoE experts (a pair serving two experts with their own token counts; the pairs' token
// rows move different bytes, so each takes a shim channel of its own) and decode attention over a real KV batch
// emit, check and round-trip exactly. An output the graph stores only partly says so in the manifest, and a
// runtime sequence that writes more or less than that is an error.
TEST_F(NpuBackend, TablesReadAtRunTimeAreUnrolled) {
  struct Case {
    std::vector<std::string> args;
    std::string name;
  };
  const std::vector<Case> cases = {
      {{"tests/examples/dynamic/ragged_rows.json", "--arch=npu4x4"}, "ragged"},
      {{"examples/dynamic/moe_experts.json", "--arch=npu4x4"}, "moe"},
      {{"examples/dynamic/moe_experts.json", "--arch=npu4x4", "--param", "DYN=0"}, "moe_static"},
      {{"examples/dynamic/moe_experts_qwen.json", "--arch=npu2"}, "qwen"},
      {{"examples/dynamic/decode_attention_kv.json", "--arch=npu2"}, "decode"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> a = c.args;
    a.insert(a.end(), {"--emit=npu", "--output-dir", (dir_ / c.name).string(), "-q"});
    const Result r = datosim(a);
    ASSERT_EQ(r.code, 0) << c.name << ":\n" << r.err;
    SCOPED_TRACE(c.name);
    expectExactRoundTrip(c.name);
  }
  // The Mixtral pairs serve experts 2p and 2p + 1: their W1 loads are two places of one objectfifo in each
  // `up` core, one after the other.
  const std::string moe = read(dir_ / "moe" / "aie.mlir");
  const std::regex acquireW1(R"(aie\.objectfifo\.acquire @W1_\w+\(Consume, 1\))");
  EXPECT_EQ(std::distance(std::sregex_iterator(moe.begin(), moe.end(), acquireW1), std::sregex_iterator()), 8) << moe;
  // Dynamic tiling stores 12 tiles of 16 rows of YS (8 x 64 x 64); static tiling all of it.
  const nlohmann::json man = nlohmann::json::parse(read(dir_ / "moe" / "datosim-manifest.json"));
  const nlohmann::json manStatic = nlohmann::json::parse(read(dir_ / "moe_static" / "datosim-manifest.json"));
  for (const auto& [m, written] : {std::pair<const nlohmann::json*, std::int64_t>{&man, 12 * 16 * 64},
                                   std::pair<const nlohmann::json*, std::int64_t>{&manStatic, -1}})
    for (const auto& t : (*m)["tensors"])
      if (t["name"] == "YS") {
        if (written < 0) EXPECT_FALSE(t.contains("elements_written")) << t.dump();
        else EXPECT_EQ(t.value("elements_written", std::int64_t{-1}), written) << t.dump();
      }
  // A manifest that claims more (or fewer) stored elements than the runtime sequence writes.
  for (const std::int64_t claim : {12 * 16 * 64 + 1, 12 * 16 * 64 - 64}) {
    nlohmann::json edited = man;
    for (auto& t : edited["tensors"])
      if (t["name"] == "YS") t["elements_written"] = claim;
    std::ofstream(dir_ / "moe" / "datosim-manifest.json") << edited.dump(2);
    const Result c = check("moe");
    EXPECT_EQ(c.code, 1) << claim;
    EXPECT_NE(c.err.find("output YS (%arg_YS): 20480 elements never written (the graph leaves " +
                         std::to_string(8 * 64 * 64 - claim) + " unstored)"),
              std::string::npos)
        << c.err;
  }
}

TEST_F(NpuBackend, GoldenFilesAndDeterminism) {
  const bool update = std::getenv("DATOSIM_UPDATE_GOLDEN") != nullptr;
  const std::vector<std::string> files = {"aie.mlir", "aie.generic.mlir", "kernels/kernels.cc", "host/host.cpp",
                                          "Makefile", "README.md", "datosim-manifest.json"};
  for (const Example& ex : examples()) {
    ASSERT_EQ(emit(ex.graph, ex.arch, ex.name).code, 0);
    ASSERT_EQ(emit(ex.graph, ex.arch, ex.name + "_again").code, 0);
    for (const auto& e : fs::recursive_directory_iterator(dir_ / ex.name)) {
      if (!e.is_regular_file()) continue;
      const fs::path rel = fs::relative(e.path(), dir_ / ex.name);
      EXPECT_EQ(read(e.path()), read(dir_ / (ex.name + "_again") / rel)) << ex.name << "/" << rel.string();
    }
    for (const std::string& f : files) {
      const fs::path golden = fs::path("tests/backends/golden/npu") / ex.name / f;
      const std::string got = read(dir_ / ex.name / f);
      if (update) {
        fs::create_directories(golden.parent_path());
        std::ofstream(golden, std::ios::binary) << got;
        continue;
      }
      ASSERT_TRUE(fs::exists(golden)) << golden << " is missing (DATOSIM_UPDATE_GOLDEN=1 writes it)";
      EXPECT_EQ(got, read(golden)) << ex.name << "/" << f << " differs from " << golden
                                   << " (regenerate on purpose with DATOSIM_UPDATE_GOLDEN=1)";
    }
  }
}

}  // namespace
