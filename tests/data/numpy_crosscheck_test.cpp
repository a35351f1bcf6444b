// Every reference kernel against an independent NumPy implementation (tests/data/numpy_kernels.py) on
// random inputs, with the tolerances of docs/numerics.md.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <set>

#include "kernels/kernel.h"
#include "data/npy.h"
#include "data/random.h"
#include "test_util.h"

using namespace datosim::data;
using datosim::kernels::referenceKernelNames;
using datosim::kernels::runKernel;
using namespace datosim::data::test;
using datosim::ir::DType;
using datosim::ir::KernelAttrs;
using datosim::ir::Shape;

namespace {

struct Input {
  DType dtype;
  Shape shape;
  double range = 1;  // random values scaled by this (floats: [-range, range))
};

struct Case {
  Case(std::string name, std::string kernel, std::vector<Input> ins, DType outDType, Shape outShape,
       bool accumulate = false, KernelAttrs attrs = {})
      : name(std::move(name)), kernel(std::move(kernel)), ins(std::move(ins)), outDType(outDType),
        outShape(std::move(outShape)), accumulate(accumulate), attrs(std::move(attrs)) {}
  std::string name;
  std::string kernel;
  std::vector<Input> ins;
  DType outDType;
  Shape outShape;
  bool accumulate;
  KernelAttrs attrs;
};

/// How far a float result may be from the float64 reference (docs/numerics.md, "Tolerances").
struct Tolerance {
  double rtol, atol;
};

Tolerance tolerance(const std::string& kernel, DType out) {
  if (!datosim::ir::isFloat(out)) return {0, 0};
  static const std::set<std::string> accumulating = {"matmul", "softmax", "layernorm", "rmsnorm", "reduce_sum"};
  static const std::set<std::string> elementary = {"gelu", "silu", "exp"};
  Tolerance t = accumulating.count(kernel) ? Tolerance{1e-5, 1e-5}
                : elementary.count(kernel) ? Tolerance{1e-6, 1e-6}
                                           : Tolerance{2.5e-7, 1e-7};
  if (out == DType::BF16) t.rtol = 1.0 / 128;  // one bf16 ulp
  return t;
}

std::vector<Case> cases() {
  const DType F = DType::F32, H = DType::BF16, I4 = DType::I4, I8 = DType::I8, I16 = DType::I16, I32 = DType::I32;
  std::vector<Case> c = {
      {"matmul_f32", "matmul", {{F, {8, 32}}, {F, {32, 16}}}, F, {8, 16}},
      {"matmul_bf16_acc", "matmul", {{H, {4, 64}}, {H, {64, 8}}}, F, {4, 8}, true},
      {"matmul_bf16_bf16", "matmul", {{H, {8, 16}}, {H, {16, 8}}}, H, {8, 8}},
      {"matmul_i8_i32_acc", "matmul", {{I8, {8, 32}}, {I8, {32, 8}}}, I32, {8, 8}, true},
      {"matmul_i16_wrap", "matmul", {{I16, {4, 16}}, {I16, {16, 4}}}, I16, {4, 4}},
      {"matmul_i4_i8", "matmul", {{I4, {4, 16}}, {I4, {16, 4}}}, I8, {4, 4}},
      {"mac_bf16", "mac", {{H, {8, 8}}, {H, {}}}, F, {8, 8}},
      {"mac_f32", "mac", {{F, {64}}, {F, {64}}}, F, {64}},
      {"mac_i8", "mac", {{I8, {64}}, {I8, {64}}}, I16, {64}},
      {"add_f32", "add", {{F, {8, 8}}, {F, {8, 8}}}, F, {8, 8}},
      {"add_bf16_bcast", "add", {{H, {}}, {H, {8, 8}}}, H, {8, 8}},
      {"add_i8_wrap", "add", {{I8, {64}}, {I8, {64}}}, I8, {64}},
      {"sub_f32", "sub", {{F, {8, 8}}, {F, {}}}, F, {8, 8}},
      {"sub_i4", "sub", {{I4, {64}}, {I4, {64}}}, I4, {64}},
      {"mul_bf16", "mul", {{H, {8, 8}}, {H, {8, 8}}}, H, {8, 8}},
      {"mul_i16", "mul", {{I16, {64}}, {I16, {64}}}, I16, {64}},
      {"max_f32", "max", {{F, {8, 8}}, {F, {8, 8}}}, F, {8, 8}},
      {"max_i4_bcast", "max", {{I4, {64}}, {I4, {}}}, I4, {64}},
      // Broadcast along axes (numpy's rule): a row over rows, a column over columns, three runs, both operands.
      {"add_f32_row", "add", {{F, {4, 8}}, {F, {8}}}, F, {4, 8}},
      {"mul_bf16_col", "mul", {{H, {4, 1}}, {H, {4, 8}}}, H, {4, 8}},
      {"sub_i8_runs", "sub", {{I8, {2, 1, 8}}, {I8, {3, 1}}}, I8, {2, 3, 8}},
      {"max_i16_outer", "max", {{I16, {8}}, {I16, {4, 1}}}, I16, {4, 8}},
      {"add_f32_both_rows", "add", {{F, {8}}, {F, {1, 8}}}, F, {3, 8}},
      {"scale_f32", "scale", {{F, {8, 8}}}, F, {8, 8}, false, {{"factor", 0.37}}},
      {"scale_bf16", "scale", {{H, {8, 8}}}, H, {8, 8}, false, {{"factor", -2.5}}},
      {"scale_i16", "scale", {{I16, {64}}}, I16, {64}, false, {{"factor", 0.3}}},
      {"relu_f32", "relu", {{F, {8, 8}}}, F, {8, 8}},
      {"relu_i8", "relu", {{I8, {64}}}, I8, {64}},
      {"gelu_f32", "gelu", {{F, {16, 16}, 4}}, F, {16, 16}},
      {"gelu_bf16", "gelu", {{H, {16, 16}, 4}}, H, {16, 16}},
      {"silu_f32", "silu", {{F, {16, 16}, 4}}, F, {16, 16}},
      {"silu_bf16", "silu", {{H, {16, 16}, 4}}, H, {16, 16}},
      {"exp_f32", "exp", {{F, {16, 16}, 4}}, F, {16, 16}},
      {"exp_bf16", "exp", {{H, {16, 16}, 4}}, H, {16, 16}},
      {"softmax_f32", "softmax", {{F, {8, 16}, 4}}, F, {8, 16}},
      {"softmax_bf16_3d", "softmax", {{H, {2, 4, 8}, 4}}, H, {2, 4, 8}},
      {"layernorm_f32", "layernorm", {{F, {8, 64}}}, F, {8, 64}},
      {"layernorm_bf16_eps", "layernorm", {{H, {4, 32}}}, H, {4, 32}, false, {{"eps", 1e-3}}},
      {"rmsnorm_f32", "rmsnorm", {{F, {8, 64}}}, F, {8, 64}},
      {"rmsnorm_bf16", "rmsnorm", {{H, {32}}}, H, {32}, false, {{"eps", 1e-2}}},
      {"reduce_sum_f32_axis1", "reduce_sum", {{F, {4, 16, 8}}}, F, {4, 8}, false, {{"axis", 1}}},
      {"reduce_sum_bf16_f32", "reduce_sum", {{H, {8, 32}}}, F, {8}, false, {{"axis", 1}}},
      {"reduce_sum_i16_wrap", "reduce_sum", {{I16, {64, 4}}}, I16, {4}, false, {{"axis", 0}}},
      {"reduce_sum_i8_i32", "reduce_sum", {{I8, {4, 64}}}, I32, {4}, false, {{"axis", 1}}},
      {"reduce_max_f32", "reduce_max", {{F, {4, 16, 8}}}, F, {4, 8}, false, {{"axis", 1}}},
      {"reduce_max_i4", "reduce_max", {{I4, {8, 8}}}, I4, {8}, false, {{"axis", 0}}},
      {"argmax_f32_axis1", "argmax", {{F, {4, 16, 8}}}, I32, {4, 8}, false, {{"axis", 1}}},
      {"argmax_i8_axis0_i8", "argmax", {{I8, {64, 4}}}, I8, {4}, false, {{"axis", 0}}},
      {"argmax_bf16_last", "argmax", {{H, {8, 32}}}, I16, {8}, false, {{"axis", 1}}},
      {"transpose_bf16", "transpose", {{H, {8, 16}}}, H, {16, 8}},
      {"transpose_i32", "transpose", {{I32, {8, 16}}}, I32, {16, 8}},
      {"cast_f32_bf16", "cast", {{F, {64}}}, H, {64}},
      {"cast_f32_i16", "cast", {{F, {64}, 1000}}, I16, {64}},
      {"cast_f32_i8_wrap", "cast", {{F, {64}, 1000}}, I8, {64}},
      {"cast_i32_bf16", "cast", {{I32, {64}}}, H, {64}},
      {"cast_i32_i4", "cast", {{I32, {64}}}, I4, {64}},
      {"cast_bf16_f32", "cast", {{H, {64}}}, F, {64}},
      {"copy_bf16", "copy", {{H, {8, 8}}}, H, {8, 8}},
      {"copy_i4", "copy", {{I4, {64}}}, I4, {64}},
      {"copy_i16_reshape", "copy", {{I16, {4, 2, 8}}}, I16, {8, 8}},  // a reshape
      {"zero_f32", "zero", {}, F, {8, 8}},
      {"zero_i8", "zero", {}, I8, {8}},
  };
  return c;
}

std::string attrText(const KernelAttrs& attrs) {
  if (attrs.empty()) return "-";
  std::string s;
  for (const auto& [k, v] : attrs) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    s += (s.empty() ? "" : ";") + k + "=" + buf;
  }
  return s;
}

}  // namespace

TEST(NumpyCrossCheck, EveryKernelMatchesNumpy) {
  DATOSIM_REQUIRE_NUMPY();
  TempDir tmp;
  std::vector<Case> all = cases();

  // Every reference kernel has at least one case.
  std::set<std::string> covered;
  for (const Case& c : all) covered.insert(c.kernel);
  for (const std::string& k : referenceKernelNames()) EXPECT_TRUE(covered.count(k)) << "no NumPy case for " << k;

  std::ofstream manifest(tmp.path("cases.txt"));
  std::vector<std::vector<Buffer>> inputs;
  std::vector<Buffer> initial;
  std::uint64_t seed = 1000;
  for (const Case& c : all) {
    std::vector<Buffer> ins;
    for (std::size_t i = 0; i < c.ins.size(); ++i) {
      Buffer b(c.ins[i].dtype, c.ins[i].shape);
      fillRandom(b, ++seed);
      if (c.ins[i].range != 1)
        for (std::int64_t k = 0; k < b.size(); ++k) b.set(k, b.get(k) * c.ins[i].range);
      ASSERT_EQ(writeNpy(tmp.path(c.name + ".in" + std::to_string(i) + ".npy"), b), "");
      ins.push_back(std::move(b));
    }
    Buffer out0(c.outDType, c.outShape);
    fillRandom(out0, ++seed);  // the accumulating kernels start from it; the others must ignore it
    ASSERT_EQ(writeNpy(tmp.path(c.name + ".out0.npy"), out0), "");
    manifest << c.name << " " << c.kernel << " " << datosim::ir::dtypeName(c.outDType) << " " << (c.accumulate ? 1 : 0)
             << " " << attrText(c.attrs) << " " << c.ins.size() << "\n";
    inputs.push_back(std::move(ins));
    initial.push_back(std::move(out0));
  }
  manifest.close();

  std::string log;
  ASSERT_EQ(runPython(std::string(DATOSIM_SOURCE_DIR) + "/tests/data/numpy_kernels.py", "'" + tmp.dir().string() + "'",
                      tmp, log),
            0)
      << log;

  for (std::size_t n = 0; n < all.size(); ++n) {
    const Case& c = all[n];
    SCOPED_TRACE(c.name);
    std::vector<const Buffer*> ins;
    for (const Buffer& b : inputs[n]) ins.push_back(&b);
    Buffer out = initial[n];
    ASSERT_EQ(runKernel(c.kernel, ins, out, c.accumulate, c.attrs), "");
    bool isFloat = datosim::ir::isFloat(c.outDType);
    Buffer ref;
    // Float references are float64 results saved as f32 (never rounded to bf16): compare in f32.
    ASSERT_EQ(readNpy(tmp.path(c.name + ".ref.npy"), isFloat ? DType::F32 : c.outDType, c.outShape, ref), "");
    Tolerance tol = tolerance(c.kernel, c.outDType);
    Buffer actual = isFloat ? convertBuffer(out, DType::F32) : out;
    EXPECT_EQ(compareBuffers(ref, actual, tol.rtol, tol.atol), "");
  }
}
