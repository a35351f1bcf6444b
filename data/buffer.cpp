#include "data/buffer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <utility>

namespace datosim::data {

namespace {

std::string offsetString(const ir::Shape& offset) {
  std::string s = "[";
  for (std::size_t i = 0; i < offset.size(); ++i) {
    if (i) s += ", ";
    s += std::to_string(offset[i]);
  }
  return s + "]";
}

std::string valueString(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
  if (v == std::trunc(v) && std::fabs(v) < 1e15) return std::to_string(static_cast<std::int64_t>(v));
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  return buf;
}

/// Row-major multi-index of flat index `i` in `shape`.
ir::Shape unflatten(std::int64_t i, const ir::Shape& shape) {
  ir::Shape idx(shape.size(), 0);
  for (std::size_t d = shape.size(); d-- > 0;) {
    idx[d] = i % shape[d];
    i /= shape[d];
  }
  return idx;
}

/// Where a tile of `tileShape` goes in a tensor of `tensorShape` at `offset`: the tile's extents padded
/// with leading 1s to the tensor's rank and the offset (zeros if empty). "" or what is wrong.
std::string placeTile(const ir::Shape& tensorShape, const ir::Shape& offset, const ir::Shape& tileShape,
                      ir::Shape& off, ir::Shape& ext) {
  std::size_t rank = tensorShape.size();
  if (tileShape.size() > rank)
    return "a tile of rank " + std::to_string(tileShape.size()) + " (" + ir::shapeString(tileShape) +
           ") does not fit a tensor of rank " + std::to_string(rank) + " (" + ir::shapeString(tensorShape) + ")";
  if (!offset.empty() && offset.size() != rank)
    return "offset " + offsetString(offset) + " has " + std::to_string(offset.size()) + " coordinates, the tensor (" +
           ir::shapeString(tensorShape) + ") has " + std::to_string(rank) + " dimensions";
  off = offset.empty() ? ir::Shape(rank, 0) : offset;
  ext.assign(rank - tileShape.size(), 1);
  ext.insert(ext.end(), tileShape.begin(), tileShape.end());
  for (std::size_t d = 0; d < rank; ++d) {
    // Written so that no addition can overflow, whatever the offset.
    if (off[d] < 0 || off[d] > tensorShape[d] || ext[d] > tensorShape[d] - off[d])
      return "the tile " + ir::shapeString(tileShape) + " at offset " + offsetString(off) +
             " is not inside the tensor " + ir::shapeString(tensorShape) + " (dimension " + std::to_string(d) + ")";
  }
  return "";
}

/// Calls f(tensorFlatIndex, tileFlatIndex, runLength) for each contiguous run (innermost dimension).
template <typename F>
void forEachRun(const ir::Shape& tensorShape, const ir::Shape& off, const ir::Shape& ext, F f) {
  std::size_t rank = tensorShape.size();
  if (rank == 0) {
    f(0, 0, 1);
    return;
  }
  for (std::int64_t e : ext)
    if (e == 0) return;
  std::int64_t runLen = ext[rank - 1];
  ir::Shape idx(rank, 0);  // idx[rank-1] stays 0
  std::int64_t tileIndex = 0;
  while (true) {
    std::int64_t flat = 0;
    for (std::size_t d = 0; d < rank; ++d) flat = flat * tensorShape[d] + off[d] + idx[d];
    f(flat, tileIndex, runLen);
    tileIndex += runLen;
    // Next row: increment the multi-index over dimensions 0 .. rank-2.
    std::size_t d = rank - 1;
    while (d > 0) {
      --d;
      if (++idx[d] < ext[d]) break;
      idx[d] = 0;
      if (d == 0) return;
    }
    if (rank == 1) return;
  }
}

}  // namespace

Buffer::Buffer(ir::DType dtype, ir::Shape shape) : dtype_(dtype), shape_(std::move(shape)) {
  assert(std::all_of(shape_.begin(), shape_.end(), [](std::int64_t d) { return d >= 0; }) && "negative extent");
  size_ = ir::numElements(shape_);
  width_ = storageBytes(dtype_);
  bytes_.assign(static_cast<std::size_t>(size_ * width_), 0);  // 0 is +0.0 in f32 and bf16 too
}

Buffer::Buffer(ir::DType dtype, ir::Shape shape, const std::vector<double>& values) : Buffer(dtype, std::move(shape)) {
  assert(static_cast<std::int64_t>(values.size()) == size_ && "value count differs from the element count");
  for (std::int64_t i = 0; i < size_; ++i) set(i, values[static_cast<std::size_t>(i)]);
}

void Buffer::set(std::int64_t i, double v) {
  assert(i >= 0 && i < size_ && "buffer index out of range");
  if (isFloat())
    storeFloat(i, roundToFloat(v, dtype_));
  else
    storeInt(i, floatToInt(v, dtype_));
}

std::int64_t Buffer::flatIndex(const ir::Shape& index) const {
  assert(index.size() == shape_.size() && "index rank differs from the buffer's rank");
  std::int64_t flat = 0;
  for (std::size_t d = 0; d < shape_.size(); ++d) {
    assert(index[d] >= 0 && index[d] < shape_[d] && "index out of range");
    flat = flat * shape_[d] + index[d];
  }
  return flat;
}

void Buffer::fill(double v) {
  if (size_ == 0) return;
  set(0, v);  // the first element holds the converted value; copy its bytes
  for (std::int64_t i = 1; i < size_; ++i) std::memcpy(bytes_.data() + i * width_, bytes_.data(), static_cast<std::size_t>(width_));
}

bool Buffer::operator==(const Buffer& other) const {
  if (dtype_ != other.dtype_ || shape_ != other.shape_) return false;
  if (!isFloat()) return bytes_ == other.bytes_;
  for (std::int64_t i = 0; i < size_; ++i) {
    const float a = loadFloat(i), b = other.loadFloat(i);
    if (std::isnan(a) && std::isnan(b)) continue;
    if (std::memcmp(&a, &b, sizeof a) != 0) return false;
  }
  return true;
}

Buffer convertBuffer(const Buffer& b, ir::DType to) {
  Buffer out(to, b.shape_);
  const std::int64_t n = b.size_;
  if (b.dtype_ == to) {
    out.bytes_ = b.bytes_;
  } else if (b.isFloat() && to == ir::DType::F32) {
    for (std::int64_t i = 0; i < n; ++i) out.storeFloat(i, b.loadFloat(i));  // bf16 -> f32 is exact
  } else if (b.isFloat() && to == ir::DType::BF16) {
    for (std::int64_t i = 0; i < n; ++i) out.storeFloat(i, roundToBF16(b.loadFloat(i)));
  } else if (b.isFloat()) {
    for (std::int64_t i = 0; i < n; ++i) out.storeInt(i, floatToInt(b.loadFloat(i), to));
  } else if (ir::isFloat(to)) {
    for (std::int64_t i = 0; i < n; ++i) out.storeFloat(i, roundToFloat(b.loadInt(i), to));
  } else {
    for (std::int64_t i = 0; i < n; ++i) out.storeInt(i, wrapInt(b.loadInt(i), to));
  }
  return out;
}

std::string copyTileOut(const Buffer& src, const ir::Shape& offset, Buffer& dstTile) {
  if (src.dtype() != dstTile.dtype())
    return std::string("cannot copy a tile of ") + ir::dtypeName(src.dtype()) + " into a " +
           ir::dtypeName(dstTile.dtype()) + " buffer";
  ir::Shape off, ext;
  std::string err = placeTile(src.shape(), offset, dstTile.shape(), off, ext);
  if (!err.empty()) return err;
  const std::int64_t w = src.width_;
  forEachRun(src.shape(), off, ext, [&](std::int64_t t, std::int64_t k, std::int64_t n) {
    std::memcpy(dstTile.bytes_.data() + k * w, src.bytes_.data() + t * w, static_cast<std::size_t>(n * w));
  });
  return "";
}

std::string copyTileIn(Buffer& dst, const ir::Shape& offset, const Buffer& srcTile) {
  if (dst.dtype() != srcTile.dtype())
    return std::string("cannot copy a tile of ") + ir::dtypeName(srcTile.dtype()) + " into a " +
           ir::dtypeName(dst.dtype()) + " tensor";
  ir::Shape off, ext;
  std::string err = placeTile(dst.shape(), offset, srcTile.shape(), off, ext);
  if (!err.empty()) return err;
  const std::int64_t w = dst.width_;
  forEachRun(dst.shape(), off, ext, [&](std::int64_t t, std::int64_t k, std::int64_t n) {
    std::memcpy(dst.bytes_.data() + t * w, srcTile.bytes_.data() + k * w, static_cast<std::size_t>(n * w));
  });
  return "";
}

std::string toString(const Buffer& b, std::int64_t maxElements) {
  std::string s = std::string(ir::dtypeName(b.dtype())) + " " + ir::shapeString(b.shape()) + " [";
  std::int64_t shown = std::min(b.size(), std::max<std::int64_t>(maxElements, 0));
  for (std::int64_t i = 0; i < shown; ++i) {
    if (i) s += ", ";
    s += valueString(b.get(i));
  }
  if (shown < b.size()) s += shown ? ", ..." : "...";
  return s + "]";
}

std::string compareBuffers(const Buffer& expected, const Buffer& actual, double rtol, double atol) {
  if (expected.dtype() != actual.dtype() || expected.shape() != actual.shape())
    return std::string("expected ") + ir::dtypeName(expected.dtype()) + " " + ir::shapeString(expected.shape()) +
           ", found " + ir::dtypeName(actual.dtype()) + " " + ir::shapeString(actual.shape());
  std::int64_t bad = 0, first = -1;
  for (std::int64_t i = 0; i < expected.size(); ++i) {
    double e = expected.get(i), a = actual.get(i);
    bool ok;
    if (std::isnan(e) || std::isnan(a))
      ok = std::isnan(e) && std::isnan(a);
    else if (std::isinf(e) || std::isinf(a))
      ok = e == a;
    else
      ok = std::fabs(a - e) <= atol + rtol * std::fabs(e);
    if (ok) continue;
    if (first < 0) first = i;
    ++bad;
  }
  if (bad == 0) return "";
  ir::Shape idx = unflatten(first, expected.shape());
  return "element " + offsetString(idx) + ": expected " + valueString(expected.get(first)) + ", found " +
         valueString(actual.get(first)) + " (" + std::to_string(bad) + " of " + std::to_string(expected.size()) +
         " elements differ beyond atol " + valueString(atol) + " + rtol " + valueString(rtol) + ")";
}

}  // namespace datosim::data
