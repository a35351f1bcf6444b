// The NPU projects' kernels run and compute datosim's numbers. Every extern "C" entry of an emitted
// kernels/kernels.cc (the AIE API ones of dsim_aie.h and the scalar library ones) is built with g++
// against a host emulation of the AIE API (tests/aie_api_emul: the vector and mmul semantics of
// AMD's AIE API guide, and the checks the real API and hardware make: vector sizes, the target's
// mmul shapes, alignment), loaded with dlopen and run on random operands placed 16 bytes off a 32-byte
// boundary; its output must equal, byte for byte, what datosim's reference kernels (kernels/)
// compute on the same operands. The emulation's own checks are shown to fire.
#include <gtest/gtest.h>

#include <dlfcn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "data/buffer.h"
#include "kernels/aie.h"
#include "kernels/kernel.h"
#include "data/random.h"
#include "ir/dtype.h"
#include "tools/cli.h"

namespace fs = std::filesystem;
using datosim::data::Buffer;
using datosim::ir::DType;

namespace {

std::string read(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), {});
}

int sh(const std::string& cmd, const fs::path& log) {
  const int st = std::system((cmd + " > '" + log.string() + "' 2>&1").c_str());
  if (st == -1 || !WIFEXITED(st)) {
    ADD_FAILURE() << "could not run: " << cmd;
    return -1;
  }
  return WEXITSTATUS(st);
}

struct Operand {
  DType dtype = DType::I32;
  datosim::ir::Shape shape;
};

// memref<16x64xbf16> -> {bf16, {16, 64}}.
Operand parseMemref(const std::string& t) {
  Operand o;
  const std::string in = t.substr(t.find('<') + 1, t.rfind('>') - t.find('<') - 1);
  std::stringstream ss(in);
  std::string part;
  std::vector<std::string> parts;
  while (std::getline(ss, part, 'x')) parts.push_back(part);
  // The dtype is the last part; bf16 has no 'x', so splitting on 'x' is safe.
  const auto d = datosim::ir::parseDType(parts.back());
  EXPECT_TRUE(d.has_value()) << t;
  if (d) o.dtype = *d;
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) o.shape.push_back(std::stoll(parts[i]));
  return o;
}

// A buffer's elements as the kernels see them in memory (bf16: the 16-bit pattern), and back.
std::vector<unsigned char> toBytes(const Buffer& b) {
  const int w = Buffer::storageBytes(b.dtype());
  std::vector<unsigned char> out(static_cast<std::size_t>(b.size()) * static_cast<std::size_t>(w));
  for (std::int64_t i = 0; i < b.size(); ++i) {
    unsigned char* p = out.data() + i * w;
    if (b.dtype() == DType::F32 || b.dtype() == DType::BF16) {
      const float f = b.getFloat(i);
      std::uint32_t u;
      std::memcpy(&u, &f, 4);
      if (b.dtype() == DType::BF16) {
        const std::uint16_t h = static_cast<std::uint16_t>(u >> 16);
        std::memcpy(p, &h, 2);
      } else {
        std::memcpy(p, &u, 4);
      }
    } else {
      const std::int32_t v = b.getInt(i);
      if (w == 1) *p = static_cast<unsigned char>(static_cast<std::int8_t>(v));
      if (w == 2) {
        const std::int16_t h = static_cast<std::int16_t>(v);
        std::memcpy(p, &h, 2);
      }
      if (w == 4) std::memcpy(p, &v, 4);
    }
  }
  return out;
}

// Memory for one operand: 16 bytes past a 32-byte boundary, so that a vector access wider than 16 bytes
// that assumes more alignment fails in the emulation.
struct Mem {
  explicit Mem(const std::vector<unsigned char>& bytes) : raw(bytes.size() + 64) {
    const std::uintptr_t a = (reinterpret_cast<std::uintptr_t>(raw.data()) + 31) & ~std::uintptr_t{31};
    p = reinterpret_cast<unsigned char*>(a + 16);
    std::memcpy(p, bytes.data(), bytes.size());
    n = bytes.size();
  }
  std::vector<unsigned char> raw;
  unsigned char* p = nullptr;
  std::size_t n = 0;
};

void call(void* f, std::vector<Mem>& m) {
  using F1 = void (*)(void*);
  using F2 = void (*)(void*, void*);
  using F3 = void (*)(void*, void*, void*);
  using F4 = void (*)(void*, void*, void*, void*);
  switch (m.size()) {
    case 1: reinterpret_cast<F1>(f)(m[0].p); break;
    case 2: reinterpret_cast<F2>(f)(m[0].p, m[1].p); break;
    case 3: reinterpret_cast<F3>(f)(m[0].p, m[1].p, m[2].p); break;
    case 4: reinterpret_cast<F4>(f)(m[0].p, m[1].p, m[2].p, m[3].p); break;
    default: ADD_FAILURE() << "a kernel entry with " << m.size() << " operands";
  }
}

class AieKernels : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("datosim-aiek-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    if (!HasFailure()) fs::remove_all(dir_);
  }
  fs::path dir_;
};

struct Tally {
  int entries = 0, vectorised = 0, vectorisedMatmuls = 0;
};

// Emits `graph` on `arch`, builds its kernels.cc against the emulation, runs every entry against the
// reference kernels.
void runProject(const fs::path& dir, const std::string& graph, const std::string& arch, const std::string& name, Tally& t) {
  SCOPED_TRACE(name);
  std::ostringstream out, err;
  const fs::path prj = dir / name;
  ASSERT_EQ(datosim::tools::runDatosim({graph, "--arch=" + arch, "--emit=npu", "--output-dir", prj.string(), "-q"}, out, err), 0)
      << err.str();
  const std::string archDef = arch == "npu2" ? "21" : "20";
  const fs::path so = dir / (name + ".so");
  ASSERT_EQ(sh("g++ -std=c++20 -O1 -ffp-contract=off -Wall -Wno-unknown-pragmas -fPIC -shared -DDSIM_AIE_ARCH=" + archDef +
                   " -Itests/aie_api_emul -I'" + (prj / "kernels").string() + "' '" + (prj / "kernels/kernels.cc").string() +
                   "' -o '" + so.string() + "'",
               dir / (name + ".log")),
            0)
      << read(dir / (name + ".log")).substr(0, 4000);
  void* lib = ::dlopen(so.c_str(), RTLD_NOW | RTLD_LOCAL);
  ASSERT_NE(lib, nullptr) << ::dlerror();
  const nlohmann::json man = nlohmann::json::parse(read(prj / "datosim-manifest.json"));
  const std::string mlir = read(prj / "aie.mlir");
  const std::string cc = read(prj / "kernels/kernels.cc");
  static const std::regex decl(R"(func\.func private @([A-Za-z0-9_]+)\(([^)]*)\))");
  std::uint64_t seed = 1;
  for (auto it = std::sregex_iterator(mlir.begin(), mlir.end(), decl); it != std::sregex_iterator(); ++it) {
    const std::string fn = (*it)[1];
    std::string kernel;
    bool accumulate = false;
    datosim::ir::KernelAttrs attrs;
    std::vector<std::size_t> rank0;
    if (fn.rfind("dsim_copy_", 0) == 0) {
      kernel = "copy";
    } else if (fn.rfind("dsim_reset_", 0) == 0) {
      kernel = "zero";  // clears a local at the start of a run
    } else {
      ASSERT_TRUE(man["kernels"].contains(fn)) << fn;
      const auto& k = man["kernels"][fn];
      kernel = k["kernel"];
      accumulate = k.value("accumulate", false);
      for (const auto& [a, v] : k["attrs"].items()) attrs[a] = v.get<double>();
      for (const auto& r : k.value("rank0_operands", nlohmann::json::array())) rank0.push_back(r.get<std::size_t>());
    }
    if (kernel == "custom") continue;
    std::vector<Operand> ops;
    std::stringstream ss((*it)[2].str());
    std::string a;
    while (std::getline(ss, a, ',')) ops.push_back(parseMemref(a));
    for (std::size_t r : rank0) ops[r].shape.clear();
    std::vector<Buffer> bufs;
    for (const Operand& o : ops) {
      bufs.emplace_back(o.dtype, o.shape);
      datosim::data::fillRandom(bufs.back(), seed++);
    }
    std::vector<Mem> mem;
    for (const Buffer& b : bufs) mem.emplace_back(toBytes(b));
    std::vector<const Buffer*> ins;
    for (std::size_t i = 0; i + 1 < bufs.size(); ++i) ins.push_back(&bufs[i]);
    Buffer& ref = bufs.back();
    const std::string msg = datosim::kernels::runKernel(kernel, ins, ref, accumulate, attrs);
    ASSERT_EQ(msg, "") << fn;
    void* f = ::dlsym(lib, fn.c_str());
    ASSERT_NE(f, nullptr) << fn << " is declared in aie.mlir but not defined in kernels.cc";
    call(f, mem);
    const std::vector<unsigned char> want = toBytes(ref);
    ASSERT_EQ(mem.back().n, want.size());
    std::size_t bad = 0, first = want.size();
    for (std::size_t i = 0; i < want.size(); ++i)
      if (mem.back().p[i] != want[i]) {
        ++bad;
        first = std::min(first, i);
      }
    EXPECT_EQ(bad, 0u) << fn << " (" << kernel << "): " << bad << " of " << want.size() << " output bytes differ from datosim's, first at byte "
                       << first;
    const std::size_t at = cc.find("void " + fn + "(");
    const std::string line = at == std::string::npos ? "" : cc.substr(at, cc.find('\n', at) - at);
    const bool vec = line.find("dsim_aie::") != std::string::npos;
    ++t.entries;
    if (vec) ++t.vectorised;
    if (vec && kernel == "matmul") ++t.vectorisedMatmuls;
  }
  ::dlclose(lib);
}

TEST_F(AieKernels, EveryEntryComputesDatosimsNumbersUnderTheAieApiEmulation) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"tests/examples/npu/kernel_mix.json", "npu4x4"},
      {"tests/examples/npu/kernel_mix.json", "npu2"},
      {"tests/examples/npu/in_place.json", "npu4x4"},  // a reset at the start of each run
      {"examples/validation/whole_array_bf16.json", "npu4x4"},
      {"examples/validation/whole_array_bf16.json", "npu2"},
      {"examples/validation/whole_array_i16_i16out.json", "npu4x4"},
      {"examples/validation/whole_array_i16_i16out.json", "npu2"},
      {"examples/npu_gemm_splitk.json", "npu4x4"},
      {"examples/npu_gemm_splitk.json", "npu2"},
      {"examples/ffn.json", "npu4x4"},
      {"examples/ffn.json", "npu2"},
      {"examples/attention.json", "npu4x4"},
      {"examples/pipeline3.json", "npu4x4"},
      {"examples/validation/memcpy_passthrough.json", "npu2"},
      {"examples/validation/mm_kernel_i16.json", "npu4x4"},
      {"examples/systolic_gemm.json", "npu2"},
  };
  Tally t;
  for (const auto& [g, a] : cases) runProject(dir_, g, a, fs::path(g).stem().string() + "_" + a, t);
  // The vector forms were exercised, not only the scalar library: every matmul of these examples has one.
  EXPECT_GE(t.vectorisedMatmuls, 14) << t.entries << " entries, " << t.vectorised << " vectorised";
  EXPECT_GE(t.vectorised, 40) << t.entries << " entries";
  EXPECT_GT(t.entries, t.vectorised);  // and the scalar library (softmax, gelu, reduce_max, an odd-shaped matmul)
}

// Every vector form the selector (the kernels' aieCall in kernels/) chooses, on both targets, including the
// dtype combinations and broadcasts no example uses: each call it writes compiles against the emulation
// and computes datosim's reference bytes; and shapes that do not fit a form get none.
TEST_F(AieKernels, EveryVectorFormOnBothTargets) {
  using D = DType;
  struct Case {
    std::string kernel;
    std::vector<Operand> ins;
    Operand out;
    bool accumulate = false;
    datosim::ir::KernelAttrs attrs;
  };
  // What the selector writes for `c` on `gen` ("" when it has no vector form).
  auto vectorCall = [](const Case& c, datosim::kernels::AieGen gen) {
    std::vector<datosim::ir::LocalVar> lv;
    for (const Operand& o : c.ins) lv.push_back({"x", o.dtype, o.shape, {}});
    const datosim::ir::LocalVar out{"y", c.out.dtype, c.out.shape, {}};
    std::vector<const datosim::ir::LocalVar*> ins;
    for (const auto& v : lv) ins.push_back(&v);
    datosim::ir::ComputeStmt st;
    st.kernel = c.kernel;
    st.accumulate = c.accumulate;
    st.attrs = c.attrs;
    return datosim::kernels::aieCall(datosim::kernels::AieCall{st, ins, out, gen});
  };
  std::vector<Case> cases;
  const std::vector<std::pair<D, D>> mm = {{D::I8, D::I8}, {D::I8, D::I16}, {D::I8, D::I32}, {D::I16, D::I16},
                                           {D::I16, D::I32}, {D::BF16, D::BF16}, {D::BF16, D::F32}};
  for (const auto& [in, out] : mm)
    for (bool acc : {false, true}) cases.push_back({"matmul", {{in, {16, 64}}, {in, {64, 32}}}, {out, {16, 32}}, acc, {}});
  for (D t : {D::I8, D::I16, D::I32, D::BF16}) {
    for (const char* k : {"add", "sub", "mul", "max"}) {
      cases.push_back({k, {{t, {8, 32}}, {t, {8, 32}}}, {t, {8, 32}}});
      cases.push_back({k, {{t, {}}, {t, {8, 32}}}, {t, {8, 32}}});
      cases.push_back({k, {{t, {8, 32}}, {t, {}}}, {t, {8, 32}}});
    }
    cases.push_back({"relu", {{t, {8, 32}}}, {t, {8, 32}}});
    cases.push_back({"transpose", {{t, {16, 32}}}, {t, {32, 16}}});
  }
  for (D t : {D::I8, D::I16, D::I32, D::BF16, D::F32}) {
    cases.push_back({"zero", {}, {t, {4, 64}}});
    cases.push_back({"copy", {{t, {4, 64}}}, {t, {4, 64}}});
  }
  cases.push_back({"cast", {{D::F32, {4, 64}}}, {D::BF16, {4, 64}}});
  for (const auto& [in, out] : std::vector<std::pair<D, D>>{{D::I8, D::I8}, {D::I8, D::I16}, {D::I8, D::I32},
                                                            {D::I16, D::I16}, {D::I16, D::I32}, {D::BF16, D::BF16},
                                                            {D::BF16, D::F32}}) {
    cases.push_back({"mac", {{in, {4, 64}}, {in, {4, 64}}}, {out, {4, 64}}, false, {}});
    cases.push_back({"mac", {{in, {}}, {in, {4, 64}}}, {out, {4, 64}}, false, {}});
    cases.push_back({"mac", {{in, {4, 64}}, {in, {}}}, {out, {4, 64}}, false, {}});
  }
  for (D t : {D::I8, D::I16, D::I32, D::BF16})
    for (const char* k : {"reduce_max", "reduce_sum"}) {
      if (t == D::BF16 && std::string(k) == "reduce_sum") continue;
      cases.push_back({k, {{t, {8, 32}}}, {t, {32}}, false, {{"axis", 0}}});         // across rows
      cases.push_back({k, {{t, {4, 64}}}, {t, {4}}, false, {{"axis", 1}}});          // along each row
      cases.push_back({k, {{t, {2, 4, 32}}}, {t, {2, 32}}, false, {{"axis", 1}}});   // a middle axis
    }
  for (const auto& [arch, gen] : {std::pair{std::string("20"), datosim::kernels::AieGen::Aie2},
                                  std::pair{std::string("21"), datosim::kernels::AieGen::Aie2p}}) {
    SCOPED_TRACE("DSIM_AIE_ARCH=" + arch);
    std::string src = "#include \"dsim_aie.h\"\n";
    std::vector<std::vector<Operand>> sigs;
    for (std::size_t i = 0; i < cases.size(); ++i) {
      const Case& c = cases[i];
      const std::string callText = vectorCall(c, gen);
      ASSERT_FALSE(callText.empty()) << c.kernel << " case " << i << " has no vector form";
      std::string params;
      for (std::size_t k = 0; k < c.ins.size(); ++k)
        params += "const " + datosim::kernels::aieCType(c.ins[k].dtype) + "* in" + std::to_string(k) + ", ";
      params += datosim::kernels::aieCType(c.out.dtype) + "* out";
      src += "extern \"C\" void k" + std::to_string(i) + "(" + params + ") { " + callText + "; }\n";
    }
    const fs::path cc = dir_ / ("forms" + arch + ".cc"), so = dir_ / ("forms" + arch + ".so");
    std::ofstream(cc) << src;
    ASSERT_EQ(sh("g++ -std=c++20 -O1 -Wall -fPIC -shared -DDSIM_AIE_ARCH=" + arch +
                     " -Itests/aie_api_emul -Ibackends/npu/runtime '" + cc.string() + "' -o '" + so.string() + "'",
                 dir_ / ("forms" + arch + ".log")),
              0)
        << read(dir_ / ("forms" + arch + ".log")).substr(0, 4000);
    void* lib = ::dlopen(so.c_str(), RTLD_NOW | RTLD_LOCAL);
    ASSERT_NE(lib, nullptr) << ::dlerror();
    for (std::size_t i = 0; i < cases.size(); ++i) {
      const Case& c = cases[i];
      std::vector<Buffer> bufs;
      for (const Operand& o : c.ins) {
        bufs.emplace_back(o.dtype, o.shape);
        datosim::data::fillRandom(bufs.back(), 100 + i);
      }
      bufs.emplace_back(c.out.dtype, c.out.shape);
      datosim::data::fillRandom(bufs.back(), 200 + i);
      std::vector<Mem> mem;
      for (const Buffer& b : bufs) mem.emplace_back(toBytes(b));
      std::vector<const Buffer*> ins;
      for (std::size_t k = 0; k + 1 < bufs.size(); ++k) ins.push_back(&bufs[k]);
      ASSERT_EQ(datosim::kernels::runKernel(c.kernel, ins, bufs.back(), c.accumulate, c.attrs), "") << c.kernel << " case " << i;
      void* f = ::dlsym(lib, ("k" + std::to_string(i)).c_str());
      ASSERT_NE(f, nullptr);
      call(f, mem);
      const std::vector<unsigned char> want = toBytes(bufs.back());
      EXPECT_EQ(std::memcmp(mem.back().p, want.data(), want.size()), 0) << c.kernel << " case " << i;
    }
    ::dlclose(lib);
  }
  // No vector form: a matmul whose N is not a multiple of the block pair, mixed dtypes, i4, f32 arithmetic.
  auto none = [&](const std::string& k, std::vector<Operand> inOps, Operand outOp) {
    return vectorCall(Case{k, std::move(inOps), std::move(outOp)}, datosim::kernels::AieGen::Aie2).empty();
  };
  EXPECT_TRUE(none("matmul", {{D::BF16, {16, 64}}, {D::BF16, {64, 20}}}, {D::BF16, {16, 20}}));
  EXPECT_TRUE(none("matmul", {{D::I8, {16, 64}}, {D::I16, {64, 32}}}, {D::I32, {16, 32}}));
  EXPECT_TRUE(none("add", {{D::I16, {8, 32}}, {D::I32, {8, 32}}}, {D::I32, {8, 32}}));
  EXPECT_TRUE(none("add", {{D::F32, {8, 32}}, {D::F32, {8, 32}}}, {D::F32, {8, 32}}));
  EXPECT_TRUE(none("relu", {{D::I4, {8, 32}}}, {D::I4, {8, 32}}));
  EXPECT_TRUE(none("add", {{D::BF16, {3, 5}}, {D::BF16, {3, 5}}}, {D::BF16, {3, 5}}));
  EXPECT_TRUE(none("transpose", {{D::BF16, {12, 16}}}, {D::BF16, {16, 12}}));
  EXPECT_TRUE(none("mac", {{D::I8, {4, 64}}, {D::I4, {4, 64}}}, {D::I32, {4, 64}}));
  EXPECT_TRUE(none("mac", {{D::I32, {4, 64}}, {D::I32, {4, 64}}}, {D::I32, {4, 64}}));
  EXPECT_TRUE(none("mac", {{D::I8, {3, 5}}, {D::I8, {3, 5}}}, {D::I32, {3, 5}}));
  // Reductions: a float sum (another order), a widening sum, a row not a multiple of the vector.
  auto noneReduce = [&](const std::string& k, Operand in, Operand out, double axis) {
    return vectorCall(Case{k, {std::move(in)}, std::move(out), false, {{"axis", axis}}},
                      datosim::kernels::AieGen::Aie2).empty();
  };
  EXPECT_TRUE(noneReduce("reduce_sum", {D::BF16, {4, 64}}, {D::BF16, {4}}, 1));
  EXPECT_TRUE(noneReduce("reduce_sum", {D::I8, {4, 64}}, {D::I32, {4}}, 1));
  EXPECT_TRUE(noneReduce("reduce_max", {D::I16, {4, 24}}, {D::I16, {4}}, 1));
  EXPECT_TRUE(noneReduce("reduce_max", {D::F32, {4, 64}}, {D::F32, {4}}, 1));
  EXPECT_FALSE(noneReduce("reduce_max", {D::I16, {4, 32}}, {D::I16, {4}}, 1));
}

// The emulation refuses what the AIE API and the hardware refuse, so a kernel that passes above is
// not merely right on the host: an mmul shape the target lacks, a vector of an unsupported width, and
// a vector load from an address not aligned to it.
TEST_F(AieKernels, TheEmulationRefusesWhatTheTargetRefuses) {
  auto compiles = [&](const std::string& arch, const std::string& body, const std::string& name) {
    const fs::path src = dir_ / (name + ".cc");
    std::ofstream(src) << "#include <aie_api/aie.hpp>\nint main() {\n" << body << "\n  return 0;\n}\n";
    return sh("g++ -std=c++20 -DDSIM_AIE_ARCH=" + arch + " -Itests/aie_api_emul '" + src.string() + "' -o '" +
                  (dir_ / name).string() + "'",
              dir_ / (name + ".log")) == 0;
  };
  // A shape that exists compiles; bf16 4x8x4 is AIE-ML's, not XDNA2's (4x8x8 there); i16 4x4x4 vs 4x4x8.
  EXPECT_TRUE(compiles("20", "aie::mmul<4, 8, 4, bfloat16, bfloat16, accfloat> m; (void)m;", "ok_bf16_20"));
  EXPECT_FALSE(compiles("21", "aie::mmul<4, 8, 4, bfloat16, bfloat16, accfloat> m; (void)m;", "bad_bf16_21"));
  EXPECT_TRUE(compiles("21", "aie::mmul<4, 8, 8, bfloat16, bfloat16, accfloat> m; (void)m;", "ok_bf16_21"));
  EXPECT_FALSE(compiles("20", "aie::mmul<4, 4, 8, bfloat16, bfloat16, accfloat> m; (void)m;", "bad_bf16_20"));
  EXPECT_FALSE(compiles("20", "aie::mmul<4, 8, 4, bfloat16, bfloat16, acc32> m; (void)m;", "bad_tag"));
  EXPECT_FALSE(compiles("20", "aie::vector<int16, 4> v; (void)v;", "bad_width"));
  // Misaligned: builds, then aborts when run.
  ASSERT_TRUE(compiles("20",
                       "alignas(32) static int16 buf[64] = {};\n"
                       "  aie::vector<int16, 16> v = aie::load_v<16>(buf + 8);\n  (void)v;",
                       "misaligned"));
  EXPECT_NE(sh("'" + (dir_ / "misaligned").string() + "'", dir_ / "misaligned.run.log"), 0);
  EXPECT_NE(read(dir_ / "misaligned.run.log").find("not aligned"), std::string::npos);
}

}  // namespace
