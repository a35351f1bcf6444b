// Functional simulation support outside the SystemC model: the global tensors as buffers, the graph's
// reference section (whole-tensor kernel steps, docs/functional.md) and the comparison of a run's
// outputs with it. Library code: returns values and messages, prints nothing.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "data/buffer.h"
#include "ir/graph.h"

namespace datosim::sim {

/// Zero-filled buffers, one per global tensor (indexed like Graph::tensors), of its dtype and shape.
std::vector<data::Buffer> makeTensorBuffers(const ir::Graph& g);

/// Bytes of all global tensors in their dtypes (i4 packs two per byte): what `--functional=auto`
/// compares with its limit.
std::int64_t globalTensorBytes(const ir::Graph& g);

/// Run the graph's reference steps in order on `tensors`, which hold the global tensors before the
/// run (inputs filled, outputs and inouts at their initial values); the reference's own tensors
/// start at zero. Afterwards `tensors` holds the reference results. Returns "" on success, else
/// "file:/pointer: message" (a graph from the frontend has checked operands, so only a hand-built
/// graph can fail).
std::string runReference(const ir::Graph& g, std::vector<data::Buffer>& tensors);

/// The tolerance a comparison uses for one tensor.
struct Tolerance {
  double rtol = 0;
  double atol = 0;
};

/// The relative tolerance of `dtype` when the reference gives none: 0 for integers (exact),
/// 1e-5 for f32, 2^-7 (one bf16 ulp) for bf16 (docs/functional.md says why).
double defaultRtol(ir::DType dtype);

/// The tolerance for `expected`: the reference's rtol if given, else defaultRtol; the reference's
/// atol if given, else rtol x the largest finite magnitude in `expected`.
Tolerance toleranceFor(const ir::Reference& ref, const data::Buffer& expected);

/// One output or inout tensor compared with the reference.
struct TensorCheck {
  std::string name;
  ir::DType dtype = ir::DType::I32;
  Tolerance tol;
  double maxAbsError = 0;     // max |actual - expected| (inf when a NaN or infinity mismatches)
  double maxRelError = 0;     // max |actual - expected| / |expected| over elements with expected != 0
  std::int64_t mismatches = 0;
  ir::Shape firstMismatch;    // multi-index of the first mismatching element (row-major); empty if none
  double firstExpected = 0, firstActual = 0;
  bool passed = true;
};

struct CheckResult {
  std::vector<TensorCheck> tensors;  // output and inout tensors, in declaration order
  bool passed = true;
};

/// Compare every output and inout tensor of `actual` with `expected` (both indexed like
/// Graph::tensors). An element matches when |a - e| <= atol + rtol |e|; NaN matches only NaN and an
/// infinity only itself.
CheckResult compareWithReference(const ir::Graph& g, const std::vector<data::Buffer>& expected,
                                 const std::vector<data::Buffer>& actual);

}  // namespace datosim::sim
