#include "data/npy.h"

#include "ir/file_io.h"

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <sys/stat.h>
#include <utility>
#include <vector>

namespace datosim::data {

namespace {

constexpr char kMagic[] = "\x93NUMPY";
constexpr std::size_t kMagicLen = 6;
constexpr std::size_t kMaxRank = 32;  // numpy's NPY_MAXDIMS
constexpr int kMaxNesting = 16;       // of the header's literal (the real one needs 3)

// ---- The header: a Python literal dict, e.g. {'descr': '<i4', 'fortran_order': False, 'shape': (3, 4), } ----

struct PyValue {
  enum class Kind { Str, Bool, Int, None, Tuple, List, Dict } kind = Kind::None;
  std::string str;
  bool flag = false;
  std::int64_t num = 0;
  std::vector<PyValue> items;                            // Tuple, List
  std::vector<std::pair<std::string, PyValue>> entries;  // Dict (keys are strings in a .npy header)
};

const char* kindName(PyValue::Kind k) {
  switch (k) {
    case PyValue::Kind::Str: return "a string";
    case PyValue::Kind::Bool: return "a boolean";
    case PyValue::Kind::Int: return "an integer";
    case PyValue::Kind::None: return "None";
    case PyValue::Kind::Tuple: return "a tuple";
    case PyValue::Kind::List: return "a list";
    case PyValue::Kind::Dict: return "a dict";
  }
  return "?";
}

/// A parser for the small subset of Python literals a .npy header uses: dicts, tuples, lists, strings,
/// integers, True, False and None.
class LiteralParser {
 public:
  explicit LiteralParser(std::string_view text) : s_(text) {}

  /// The whole text as one value (surrounding whitespace allowed). "" or what is wrong.
  std::string parse(PyValue& v) {
    skipSpace();
    if (!value(v, 0)) return error_;
    skipSpace();
    if (pos_ != s_.size()) return failAt("unexpected text after the dict");
    return "";
  }

 private:
  std::string failAt(const std::string& what) {
    std::string near;
    for (std::size_t i = pos_; i < s_.size() && near.size() < 12; ++i) {
      unsigned char c = static_cast<unsigned char>(s_[i]);
      near += (c >= 0x20 && c < 0x7f) ? static_cast<char>(c) : '?';
    }
    error_ = what + " at character " + std::to_string(pos_) + (near.empty() ? " (end of header)" : " ('" + near + "')");
    return error_;
  }
  bool fail(const std::string& what) {
    failAt(what);
    return false;
  }

  void skipSpace() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }
  bool peek(char c) const { return pos_ < s_.size() && s_[pos_] == c; }
  bool word(std::string_view w) {
    if (s_.substr(pos_, w.size()) != w) return false;
    std::size_t end = pos_ + w.size();
    if (end < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[end])) || s_[end] == '_')) return false;
    pos_ = end;
    return true;
  }

  bool value(PyValue& v, int depth) {
    if (depth > kMaxNesting) return fail("nesting too deep");
    if (pos_ >= s_.size()) return fail("expected a value");
    char c = s_[pos_];
    if (c == '\'' || c == '"') return string(v);
    if (c == '{') return dict(v, depth);
    if (c == '(') return sequence(v, depth, ')', PyValue::Kind::Tuple);
    if (c == '[') return sequence(v, depth, ']', PyValue::Kind::List);
    if (c == '-' || (c >= '0' && c <= '9')) return integer(v);
    for (bool b : {true, false}) {
      if (!word(b ? "True" : "False")) continue;
      v.kind = PyValue::Kind::Bool;
      v.flag = b;
      return true;
    }
    if (word("None")) {
      v.kind = PyValue::Kind::None;
      return true;
    }
    return fail("expected a value");
  }

  bool string(PyValue& v) {
    char quote = s_[pos_++];
    v.kind = PyValue::Kind::Str;
    v.str.clear();
    while (pos_ < s_.size() && s_[pos_] != quote) {
      char c = s_[pos_++];
      if (c == '\n') return fail("unterminated string");
      if (c == '\\') {
        if (pos_ >= s_.size()) break;
        c = s_[pos_++];  // \' \" \\ stand for themselves; other escapes are not in a .npy header
      }
      v.str += c;
    }
    if (pos_ >= s_.size()) return fail("unterminated string");
    ++pos_;
    return true;
  }

  bool integer(PyValue& v) {
    bool neg = false;
    if (peek('-')) {
      neg = true;
      ++pos_;
    }
    if (pos_ >= s_.size() || s_[pos_] < '0' || s_[pos_] > '9') return fail("expected digits");
    std::uint64_t mag = 0;
    const std::uint64_t limit = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') {
      mag = mag * 10 + static_cast<std::uint64_t>(s_[pos_] - '0');
      if (mag > limit) return fail("integer too large");
      ++pos_;
    }
    if (peek('L') || peek('l')) ++pos_;  // Python 2 long, as in .npy files written by Python 2
    v.kind = PyValue::Kind::Int;
    v.num = neg ? -static_cast<std::int64_t>(mag) : static_cast<std::int64_t>(mag);
    return true;
  }

  /// `(a, b)`, `(a,)`, `()`, `[a, b]`; `(a)` is just `a`, as in Python.
  bool sequence(PyValue& v, int depth, char close, PyValue::Kind kind) {
    ++pos_;
    std::vector<PyValue> items;
    bool comma = false;
    while (true) {
      skipSpace();
      if (peek(close)) break;
      if (!items.empty() && !comma) return fail(std::string("expected ',' or '") + close + "'");
      items.emplace_back();
      if (!value(items.back(), depth + 1)) return false;
      skipSpace();
      comma = peek(',');
      if (comma) ++pos_;
    }
    ++pos_;
    if (kind == PyValue::Kind::Tuple && items.size() == 1 && !comma) {
      PyValue inner = std::move(items[0]);
      v = std::move(inner);
      return true;
    }
    v.kind = kind;
    v.items = std::move(items);
    return true;
  }

  bool dict(PyValue& v, int depth) {
    ++pos_;
    v.kind = PyValue::Kind::Dict;
    v.entries.clear();
    bool comma = true;
    while (true) {
      skipSpace();
      if (peek('}')) break;
      if (!comma) return fail("expected ',' or '}'");
      if (!peek('\'') && !peek('"')) return fail("expected a string key");
      PyValue key;
      if (!string(key)) return false;
      for (const auto& e : v.entries)
        if (e.first == key.str) return fail("duplicate key '" + key.str + "'");
      skipSpace();
      if (!peek(':')) return fail("expected ':' after key '" + key.str + "'");
      ++pos_;
      skipSpace();
      PyValue val;
      if (!value(val, depth + 1)) return false;
      v.entries.emplace_back(key.str, std::move(val));
      skipSpace();
      comma = peek(',');
      if (comma) ++pos_;
    }
    ++pos_;
    return true;
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  std::string error_;
};

// ---- Element types ----

/// A supported .npy element type.
struct NpyType {
  char kind = 0;  // 'i' or 'f'
  int size = 0;   // bytes
  bool bigEndian = false;
};

/// '<i4' -> {i, 4, little}; false for anything datosim cannot hold.
bool parseDescr(const std::string& d, NpyType& t) {
  if (d.size() != 3) return false;
  char order = d[0], kind = d[1];
  int size = d[2] - '0';
  bool known = (kind == 'i' && (size == 1 || size == 2 || size == 4)) || (kind == 'f' && size == 4);
  if (!known) return false;
  if (order == '|' && size != 1) return false;  // '|' means "byte order not applicable"
  if (order != '<' && order != '>' && order != '|') return false;
  t.kind = kind;
  t.size = size;
  t.bigEndian = order == '>';
  return true;
}

/// How dtype `t` is stored: '|i1', '<i2', '<i4' or '<f4'.
std::string storedDescr(ir::DType t) {
  switch (t) {
    case ir::DType::I4:
    case ir::DType::I8: return "|i1";
    case ir::DType::I16: return "<i2";
    case ir::DType::I32: return "<i4";
    case ir::DType::BF16:
    case ir::DType::F32: return "<f4";
  }
  return "?";
}

/// The dtype readNpyAny gives a stored type.
ir::DType naturalDType(const NpyType& t) {
  if (t.kind == 'f') return ir::DType::F32;
  if (t.size == 1) return ir::DType::I8;
  return t.size == 2 ? ir::DType::I16 : ir::DType::I32;
}

bool storedAs(ir::DType d, const NpyType& t) {
  NpyType want;
  parseDescr(storedDescr(d), want);
  return want.kind == t.kind && want.size == t.size;  // either byte order
}

std::string shapeRepr(const ir::Shape& s) {
  std::string r = "(";
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i) r += ", ";
    r += std::to_string(s[i]);
  }
  if (s.size() == 1) r += ",";
  return r + ")";
}

std::string indexString(std::int64_t i, const ir::Shape& shape) {
  ir::Shape idx(shape.size(), 0);
  for (std::size_t d = shape.size(); d-- > 0;) {
    idx[d] = i % shape[d];
    i /= shape[d];
  }
  std::string s = "[";
  for (std::size_t d = 0; d < idx.size(); ++d) s += (d ? ", " : "") + std::to_string(idx[d]);
  return s + "]";
}

std::uint64_t loadUnsigned(const unsigned char* p, int size, bool bigEndian) {
  std::uint64_t v = 0;
  for (int b = 0; b < size; ++b) {
    int byte = bigEndian ? b : size - 1 - b;
    v = (v << 8) | p[byte];
  }
  return v;
}

void storeLittle(std::string& out, std::uint64_t v, int size) {
  for (int b = 0; b < size; ++b) out += static_cast<char>((v >> (8 * b)) & 0xffu);
}

/// Reads the whole file, which must be a regular file of at most `maxBytes` (checked before reading:
/// a device such as /dev/zero, a pipe or an oversized file is refused without reading it).
/// "" or "PATH: reason".
std::string readFile(const std::string& path, std::string& bytes,
                     std::uint64_t maxBytes = std::numeric_limits<std::uint64_t>::max()) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return path + ": is a directory, not a .npy file";
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return path + ": cannot open: " + std::strerror(errno);
  if (!S_ISREG(st.st_mode))
    return path + ": is not a regular file (a device, a pipe or a socket); give a .npy file";
  if (static_cast<std::uint64_t>(st.st_size) > maxBytes)
    return path + ": has " + std::to_string(st.st_size) + " bytes, more than a .npy file of this tensor can have (" +
           std::to_string(maxBytes) + " at most, header included); is it the right file?";
  std::ifstream in(path, std::ios::binary);
  if (!in) return path + ": cannot open: " + std::strerror(errno);
  bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) return path + ": cannot read: " + std::strerror(errno);
  return "";
}

}  // namespace

std::string decodeNpy(std::string_view bytes, const std::string& name, const ir::DType* expectDType,
                      const ir::Shape* expectShape, Buffer& out) {
  auto err = [&](const std::string& what) { return name + ": " + what; };
  if (bytes.size() < kMagicLen || bytes.substr(0, kMagicLen) != std::string_view(kMagic, kMagicLen))
    return err(bytes.empty() ? "empty file, not a .npy file" : "not a .npy file (no \\x93NUMPY magic string)");
  if (bytes.size() < kMagicLen + 2) return err("truncated: the file ends inside the format version");
  int major = static_cast<unsigned char>(bytes[6]), minor = static_cast<unsigned char>(bytes[7]);
  if (minor != 0 || major < 1 || major > 3)
    return err("unsupported .npy format version " + std::to_string(major) + "." + std::to_string(minor) +
               " (1.0, 2.0 and 3.0 are supported)");
  int lenBytes = major == 1 ? 2 : 4;
  std::size_t prefix = kMagicLen + 2 + static_cast<std::size_t>(lenBytes);
  if (bytes.size() < prefix) return err("truncated: the file ends inside the header length");
  std::uint64_t headerLen = loadUnsigned(reinterpret_cast<const unsigned char*>(bytes.data()) + 8, lenBytes, false);
  if (headerLen > bytes.size() - prefix)
    return err("truncated: the header should have " + std::to_string(headerLen) + " bytes, the file has " +
               std::to_string(bytes.size() - prefix) + " after the header length");
  std::string_view headerText = bytes.substr(prefix, static_cast<std::size_t>(headerLen));
  std::string_view data = bytes.substr(prefix + static_cast<std::size_t>(headerLen));

  // The header dict.
  PyValue header;
  std::string perr = LiteralParser(headerText).parse(header);
  if (!perr.empty()) return err("malformed header: " + perr);
  if (header.kind != PyValue::Kind::Dict)
    return err(std::string("malformed header: expected a dict, found ") + kindName(header.kind));
  const PyValue *descr = nullptr, *fortran = nullptr, *shapeV = nullptr;
  for (const auto& [key, val] : header.entries) {
    if (key == "descr")
      descr = &val;
    else if (key == "fortran_order")
      fortran = &val;
    else if (key == "shape")
      shapeV = &val;
    else
      return err("malformed header: unexpected key '" + key +
                 "' (a .npy header has 'descr', 'fortran_order', 'shape')");
  }
  for (auto [v, key] : {std::pair{descr, "descr"}, std::pair{fortran, "fortran_order"}, std::pair{shapeV, "shape"}})
    if (!v) return err(std::string("malformed header: no '") + key + "' key");
  if (descr->kind != PyValue::Kind::Str)
    return err(std::string("unsupported dtype: 'descr' is ") + kindName(descr->kind) +
               " (a structured dtype?); supported: '|i1', '<i2', '<i4', '<f4' in either byte order");
  if (fortran->kind != PyValue::Kind::Bool)
    return err(std::string("malformed header: 'fortran_order' must be True or False, found ") +
               kindName(fortran->kind));
  if (shapeV->kind != PyValue::Kind::Tuple)
    return err(std::string("malformed header: 'shape' must be a tuple, found ") + kindName(shapeV->kind));
  if (shapeV->items.size() > kMaxRank)
    return err("malformed header: shape has " + std::to_string(shapeV->items.size()) + " dimensions, at most " +
               std::to_string(kMaxRank) + " are allowed");
  ir::Shape shape;
  for (const PyValue& d : shapeV->items) {
    if (d.kind != PyValue::Kind::Int || d.num < 0)
      return err("malformed header: the entries of 'shape' must be non-negative integers");
    shape.push_back(d.num);
  }
  if (fortran->flag)
    return err("Fortran-ordered (column-major) arrays are not supported; save a C-ordered array "
               "(numpy.ascontiguousarray)");

  NpyType type;
  bool known = parseDescr(descr->str, type);
  ir::DType dtype;
  if (expectDType) {
    if (!known || !storedAs(*expectDType, type))
      return err(std::string("expected ") + ir::dtypeName(*expectDType) + " data (stored as '" +
                 storedDescr(*expectDType) + "'), found dtype '" + descr->str + "'");
    dtype = *expectDType;
  } else {
    if (!known)
      return err("unsupported dtype '" + descr->str + "'; supported: '|i1', '<i2', '<i4', '<f4' in either byte order");
    dtype = naturalDType(type);
  }
  if (expectShape && *expectShape != shape)
    return err("expected shape " + ir::shapeString(*expectShape) + " " + shapeRepr(*expectShape) + ", found " +
               ir::shapeString(shape) + " " + shapeRepr(shape));

  // The data: exactly count * size bytes.
  std::uint64_t count = 1;
  bool huge = false;
  for (std::int64_t d : shape) {
    if (d == 0) {
      count = 0;
      huge = false;
      break;
    }
    if (!huge && __builtin_mul_overflow(count, static_cast<std::uint64_t>(d), &count)) huge = true;
  }
  std::uint64_t need = 0;
  if (huge || __builtin_mul_overflow(count, static_cast<std::uint64_t>(type.size), &need) || need > data.size())
    return err("truncated: shape " + shapeRepr(shape) + " of '" + descr->str + "' needs " +
               (huge ? std::string("more than 2^64") : std::to_string(need)) + " bytes of data, the file has " +
               std::to_string(data.size()));
  if (need < data.size())
    return err(std::to_string(data.size() - need) + " unexpected bytes after the data of shape " + shapeRepr(shape) +
               " '" + descr->str + "'");

  Buffer result(dtype, shape);
  const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data());
  for (std::int64_t i = 0; i < result.size(); ++i, p += type.size) {
    std::uint64_t raw = loadUnsigned(p, type.size, type.bigEndian);
    if (type.kind == 'f') {
      std::uint32_t bits = static_cast<std::uint32_t>(raw);
      float f;
      std::memcpy(&f, &bits, sizeof f);
      result.setFloat(i, f);  // bf16: rounds to nearest even
      continue;
    }
    // Sign-extend the stored two's-complement value.
    int shift = 64 - 8 * type.size;
    std::int64_t v = static_cast<std::int64_t>(raw << shift) >> shift;
    if (dtype == ir::DType::I4 && (v < intMin(dtype) || v > intMax(dtype)))
      return err("element " + indexString(i, shape) + " = " + std::to_string(v) + " is outside the i4 range [-8, 7]");
    result.setInt(i, v);
  }
  out = std::move(result);
  return "";
}

std::string readNpy(const std::string& path, ir::DType dtype, const ir::Shape& shape, Buffer& out) {
  // The largest file that can hold this tensor: 8 bytes per element (the widest stored type) and a
  // header of at most 1 MiB (numpy writes under 1 KiB).
  std::uint64_t elements = 1;
  for (std::int64_t e : shape) {
    if (e < 0 || (e > 0 && elements > (std::uint64_t{1} << 56) / static_cast<std::uint64_t>(e))) {
      elements = std::uint64_t{1} << 56;
      break;
    }
    elements *= static_cast<std::uint64_t>(e);
  }
  std::string bytes;
  std::string e = readFile(path, bytes, elements * 8 + (std::uint64_t{1} << 20));
  if (!e.empty()) return e;
  return decodeNpy(bytes, path, &dtype, &shape, out);
}

std::string readNpyAny(const std::string& path, Buffer& out) {
  std::string bytes;
  std::string e = readFile(path, bytes);
  if (!e.empty()) return e;
  return decodeNpy(bytes, path, nullptr, nullptr, out);
}

std::string encodeNpy(const Buffer& b) {
  // The header dict as numpy writes it: keys sorted, a trailing ", ", then room for the first extent to
  // grow to 21 digits (numpy >= 1.23 leaves it so that appending along axis 0 can rewrite the header in
  // place), then spaces and a newline so that the data starts at a multiple of 64 bytes.
  std::string header = "{'descr': '" + storedDescr(b.dtype()) + "', 'fortran_order': False, 'shape': " +
                       shapeRepr(b.shape()) + ", }";
  if (b.rank() > 0) header.append(21 - std::to_string(b.shape()[0]).size(), ' ');
  int major = 1;
  std::size_t prefix = kMagicLen + 2 + 2;
  std::size_t pad = 64 - (prefix + header.size() + 1) % 64;
  if (header.size() + 1 + pad > 0xffff) {
    major = 2;
    prefix = kMagicLen + 2 + 4;
    pad = 64 - (prefix + header.size() + 1) % 64;
  }
  header.append(pad, ' ');
  header += '\n';

  std::string out(kMagic, kMagicLen);
  out += static_cast<char>(major);
  out += '\0';
  storeLittle(out, header.size(), major == 1 ? 2 : 4);
  out += header;
  int size = b.dtype() == ir::DType::I4 || b.dtype() == ir::DType::I8 ? 1 : b.dtype() == ir::DType::I16 ? 2 : 4;
  out.reserve(out.size() + static_cast<std::size_t>(b.size()) * static_cast<std::size_t>(size));
  for (std::int64_t i = 0; i < b.size(); ++i) {
    if (b.isFloat()) {
      float f = b.getFloat(i);
      std::uint32_t bits;
      std::memcpy(&bits, &f, sizeof bits);
      storeLittle(out, bits, 4);
    } else {
      storeLittle(out, static_cast<std::uint64_t>(static_cast<std::int64_t>(b.getInt(i))), size);
    }
  }
  return out;
}

std::string writeNpy(const std::string& path, const Buffer& b) {
  if (path.empty()) return "cannot write a .npy file to an empty path";
  return writeFileAtomic(path, encodeNpy(b));
}

}  // namespace datosim::data
