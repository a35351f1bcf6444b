// NumPy .npy files (https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html): the input
// tensors of a functional simulation and its outputs.
//
// dtype mapping (docs/numerics.md): i4 <-> '|i1' (values checked to lie in [-8, 7] on read), i8 <-> '|i1',
// i16 <-> '<i2', i32 <-> '<i4', f32 <-> '<f4', bf16 <-> '<f4' (written as the f32 values; read from f32
// with round to nearest even). Reading accepts format versions 1.0, 2.0 and 3.0, either byte order, C
// order only; writing produces version 1.0 (2.0 if the header would not fit), byte for byte what
// numpy.save writes for the same array.
#pragma once

#include <string>
#include <string_view>

#include "data/buffer.h"

namespace datosim::data {

/// Read `path`, which must hold an array that maps to `dtype` with shape `shape`, into `out`.
/// Returns "" on success; else "PATH: what is wrong" (missing file, not a .npy file, unsupported version,
/// malformed header, Fortran order, the expected vs the found dtype or shape, truncated data, an i4 value
/// out of range), and `out` is unchanged.
std::string readNpy(const std::string& path, ir::DType dtype, const ir::Shape& shape, Buffer& out);

/// Read whatever `path` holds ('|i1' gives i8, '<i2' i16, '<i4' i32, '<f4' f32; other dtypes are an error).
std::string readNpyAny(const std::string& path, Buffer& out);

/// Write `b` to `path` atomically: the bytes go to a new temporary file in the same directory, renamed
/// over `path` only when complete, so `path` is never left half-written. "" or "PATH: reason".
std::string writeNpy(const std::string& path, const Buffer& b);

/// The bytes of the .npy file writeNpy writes.
std::string encodeNpy(const Buffer& b);

/// Decode the bytes of a .npy file; `name` prefixes messages. With `expectDType`/`expectShape` non-null,
/// the array must match them (as readNpy); with both null, as readNpyAny.
std::string decodeNpy(std::string_view bytes, const std::string& name, const ir::DType* expectDType,
                      const ir::Shape* expectShape, Buffer& out);

}  // namespace datosim::data
