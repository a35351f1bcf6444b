// Dense row-major tensor data: the values of global tensors, locals and stream tokens in a
// functional simulation, and the expected outputs of generated hardware projects.
#pragma once

#include <cassert>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "data/numerics.h"
#include "ir/dtype.h"

namespace datosim::data {

/// A dense row-major tensor of one dtype and shape (an empty shape is a scalar of one element).
/// Each element takes its dtype's own width (storageBytes): integers always inside the dtype's range
/// (i4 in [-8, 7], in a byte), bf16 as the upper half of a float, f32 as a float. Every setter keeps
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

  // Element access by row-major (flat) index. Elements are stored at their own width (storageBytes):
  // i4 and i8 in a byte, i16 and bf16 in two, i32 and f32 in four.
  /// The element's exact value, whatever the dtype.
  double get(std::int64_t i) const {
    assert(i >= 0 && i < size_ && "buffer index out of range");
    return isFloat() ? static_cast<double>(loadFloat(i)) : static_cast<double>(loadInt(i));
  }
  /// Stores convert(v, dtype()).
  void set(std::int64_t i, double v);
  /// Integer dtypes only.
  std::int32_t getInt(std::int64_t i) const {
    assert(!isFloat() && i >= 0 && i < size_ && "getInt on a float buffer or out of range");
    return loadInt(i);
  }
  /// Integer dtypes only: stores `v` wrapped to the dtype's width.
  void setInt(std::int64_t i, std::int64_t v) {
    assert(!isFloat() && i >= 0 && i < size_ && "setInt on a float buffer or out of range");
    storeInt(i, wrapInt(v, dtype_));
  }
  /// Float dtypes only.
  float getFloat(std::int64_t i) const {
    assert(isFloat() && i >= 0 && i < size_ && "getFloat on an integer buffer or out of range");
    return loadFloat(i);
  }
  /// Float dtypes only: stores `v` (rounded to nearest even for bf16).
  void setFloat(std::int64_t i, float v) {
    assert(isFloat() && i >= 0 && i < size_ && "setFloat on an integer buffer or out of range");
    storeFloat(i, dtype_ == ir::DType::BF16 ? roundToBF16(v) : v);
  }

  // Element access by multi-index (one coordinate per dimension, each in range: asserted).
  std::int64_t flatIndex(const ir::Shape& index) const;
  double at(const ir::Shape& index) const { return get(flatIndex(index)); }
  void setAt(const ir::Shape& index, double v) { set(flatIndex(index), v); }

  /// Every element = convert(v, dtype()).
  void fill(double v);

  /// Bytes one element takes in memory: 1 (i4, i8), 2 (i16, bf16) or 4 (i32, f32).
  static int storageBytes(ir::DType t) {
    switch (t) {
      case ir::DType::I4:
      case ir::DType::I8: return 1;
      case ir::DType::I16:
      case ir::DType::BF16: return 2;
      case ir::DType::I32:
      case ir::DType::F32: return 4;
    }
    return 4;
  }
  /// The bytes the elements take: size() x storageBytes(dtype()).
  std::size_t storageSize() const { return bytes_.size(); }

  /// Same dtype, shape and element values. Floats compare by representation: -0 differs from +0,
  /// and any NaN equals any NaN (so results containing NaN can be compared for determinism).
  bool operator==(const Buffer& other) const;
  bool operator!=(const Buffer& other) const { return !(*this == other); }

 private:
  friend std::string copyTileOut(const Buffer& src, const ir::Shape& offset, Buffer& dstTile);
  friend std::string copyTileIn(Buffer& dst, const ir::Shape& offset, const Buffer& srcTile);
  friend Buffer convertBuffer(const Buffer& b, ir::DType to);
  friend void fillRandom(Buffer& b, std::uint64_t seed);  // data/random.h: in-range values, stored directly

  // Raw element access at the dtype's width. Integers: the value fits the width (wrapInt has been
  // applied). bf16: its float's upper 16 bits (the float is bf16-exact).
  std::int32_t loadInt(std::int64_t i) const {
    const unsigned char* p = bytes_.data() + i * width_;
    if (width_ == 1) return static_cast<std::int8_t>(*p);
    if (width_ == 2) {
      std::int16_t v;
      std::memcpy(&v, p, 2);
      return v;
    }
    std::int32_t v;
    std::memcpy(&v, p, 4);
    return v;
  }
  void storeInt(std::int64_t i, std::int32_t v) {
    unsigned char* p = bytes_.data() + i * width_;
    if (width_ == 1) {
      *p = static_cast<unsigned char>(static_cast<std::int8_t>(v));
    } else if (width_ == 2) {
      const auto h = static_cast<std::int16_t>(v);
      std::memcpy(p, &h, 2);
    } else {
      std::memcpy(p, &v, 4);
    }
  }
  float loadFloat(std::int64_t i) const {
    const unsigned char* p = bytes_.data() + i * width_;
    if (width_ == 2) {
      std::uint16_t h;
      std::memcpy(&h, p, 2);
      const std::uint32_t bits = std::uint32_t{h} << 16;
      float f;
      std::memcpy(&f, &bits, 4);
      return f;
    }
    float f;
    std::memcpy(&f, p, 4);
    return f;
  }
  // `v` must be representable in the dtype (bf16: already rounded).
  void storeFloat(std::int64_t i, float v) {
    unsigned char* p = bytes_.data() + i * width_;
    if (width_ == 2) {
      std::uint32_t bits;
      std::memcpy(&bits, &v, 4);
      const auto h = static_cast<std::uint16_t>(bits >> 16);
      std::memcpy(p, &h, 2);
    } else {
      std::memcpy(p, &v, 4);
    }
  }

  ir::DType dtype_;
  ir::Shape shape_;
  std::int64_t size_ = 1;
  std::int64_t width_ = 4;            // storageBytes(dtype_)
  std::vector<unsigned char> bytes_;  // size_ elements of width_ bytes, native byte order
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
