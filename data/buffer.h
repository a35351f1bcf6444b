// Dense row-major tensor data: the values of global tensors, locals and stream tokens in a
// functional simulation, and the expected outputs of generated hardware projects.
#pragma once

#include <cassert>
#include <cstdint>
#include <string>
#include <vector>

#include "data/numerics.h"
#include "ir/dtype.h"

namespace datosim::data {

/// A dense row-major tensor of one dtype and shape (an empty shape is a scalar of one element).
/// Integer dtypes are stored as int32 values always inside the dtype's range (i4 in [-8, 7], ...);
/// bf16 and f32 as floats, bf16 values always exactly representable in bf16. Every setter keeps
/// that invariant by converting as docs/numerics.md says (integers wrap, bf16 rounds to nearest even).
class Buffer;
std::string copyTileOut(const Buffer& src, const ir::Shape& offset, Buffer& dstTile);
std::string copyTileIn(Buffer& dst, const ir::Shape& offset, const Buffer& srcTile);
Buffer convertBuffer(const Buffer& b, ir::DType to);

class Buffer {
 public:
  /// A scalar i32 holding 0.
  Buffer() : Buffer(ir::DType::I32, {}) {}
  /// Zero-filled. Every extent must be >= 0 (asserted; the frontend has checked the shapes).
  Buffer(ir::DType dtype, ir::Shape shape);
  /// Holding `values` in row-major order, each converted with `convert(v, dtype)`;
  /// values.size() must be the element count (asserted).
  Buffer(ir::DType dtype, ir::Shape shape, const std::vector<double>& values);

  ir::DType dtype() const { return dtype_; }
  const ir::Shape& shape() const { return shape_; }
  int rank() const { return static_cast<int>(shape_.size()); }
  /// Number of elements (1 for a scalar).
  std::int64_t size() const { return size_; }
  bool isFloat() const { return ir::isFloat(dtype_); }

  // Element access by row-major (flat) index.
  /// The element's exact value, whatever the dtype.
  double get(std::int64_t i) const {
    assert(i >= 0 && i < size_ && "buffer index out of range");
    return isFloat() ? static_cast<double>(floats_[static_cast<std::size_t>(i)])
                     : static_cast<double>(ints_[static_cast<std::size_t>(i)]);
  }
  /// Stores convert(v, dtype()).
  void set(std::int64_t i, double v);
  /// Integer dtypes only.
  std::int32_t getInt(std::int64_t i) const {
    assert(!isFloat() && i >= 0 && i < size_ && "getInt on a float buffer or out of range");
    return ints_[static_cast<std::size_t>(i)];
  }
  /// Integer dtypes only: stores `v` wrapped to the dtype's width.
  void setInt(std::int64_t i, std::int64_t v) {
    assert(!isFloat() && i >= 0 && i < size_ && "setInt on a float buffer or out of range");
    ints_[static_cast<std::size_t>(i)] = wrapInt(v, dtype_);
  }
  /// Float dtypes only.
  float getFloat(std::int64_t i) const {
    assert(isFloat() && i >= 0 && i < size_ && "getFloat on an integer buffer or out of range");
    return floats_[static_cast<std::size_t>(i)];
  }
  /// Float dtypes only: stores `v` (rounded to nearest even for bf16).
  void setFloat(std::int64_t i, float v) {
    assert(isFloat() && i >= 0 && i < size_ && "setFloat on an integer buffer or out of range");
    floats_[static_cast<std::size_t>(i)] = dtype_ == ir::DType::BF16 ? roundToBF16(v) : v;
  }

  // Element access by multi-index (one coordinate per dimension, each in range: asserted).
  std::int64_t flatIndex(const ir::Shape& index) const;
  double at(const ir::Shape& index) const { return get(flatIndex(index)); }
  void setAt(const ir::Shape& index, double v) { set(flatIndex(index), v); }

  /// Every element = convert(v, dtype()).
  void fill(double v);

  /// The raw storage: int32 values for integer dtypes (nullptr for float dtypes), floats for float
  /// dtypes (nullptr for integer dtypes). size() elements.
  const std::int32_t* intData() const { return isFloat() ? nullptr : ints_.data(); }
  const float* floatData() const { return isFloat() ? floats_.data() : nullptr; }

  /// Same dtype, shape and element values. Floats compare by representation: -0 differs from +0,
  /// and any NaN equals any NaN (so results containing NaN can be compared for determinism).
  bool operator==(const Buffer& other) const;
  bool operator!=(const Buffer& other) const { return !(*this == other); }

 private:
  friend std::string copyTileOut(const Buffer& src, const ir::Shape& offset, Buffer& dstTile);
  friend std::string copyTileIn(Buffer& dst, const ir::Shape& offset, const Buffer& srcTile);
  friend Buffer convertBuffer(const Buffer& b, ir::DType to);
  friend void fillRandom(Buffer& b, std::uint64_t seed);  // data/random.h: in-range values, stored directly

  ir::DType dtype_;
  ir::Shape shape_;
  std::int64_t size_ = 1;
  std::vector<std::int32_t> ints_;  // integer dtypes
  std::vector<float> floats_;       // float dtypes
};

/// `b` with every element converted to `to` (the `cast` kernel; docs/numerics.md).
Buffer convertBuffer(const Buffer& b, ir::DType to);

/// Copy the tile of `dstTile`'s shape at `offset` of `src` into `dstTile` (a graph's `load`).
/// `offset` has one coordinate per dimension of `src` (empty means all zeros). A tile of lower rank than
/// `src` covers its trailing dimensions, with extent 1 on the leading ones. Returns "" on success, else
/// what is wrong (dtypes differ, tile rank above the tensor's, offset of the wrong length, the tile not
/// inside `src`) and leaves `dstTile` unchanged.
std::string copyTileOut(const Buffer& src, const ir::Shape& offset, Buffer& dstTile);
/// The reverse (a graph's `store`): copy `srcTile` into `dst` at `offset`, same rules.
std::string copyTileIn(Buffer& dst, const ir::Shape& offset, const Buffer& srcTile);

/// "i16 2x3 [1, 2, 3, 4, 5, 6]" with at most `maxElements` values (then "...").
std::string toString(const Buffer& b, std::int64_t maxElements = 32);

/// "" if `actual` has the dtype and shape of `expected` and every element satisfies
/// |actual - expected| <= atol + rtol * |expected| (NaN matches only NaN, an infinity only itself; with
/// rtol = atol = 0 integers and finite floats must be equal); else a message naming the first
/// offending element by multi-index, both values and how many elements differ.
std::string compareBuffers(const Buffer& expected, const Buffer& actual, double rtol = 0, double atol = 0);

}  // namespace datosim::data
