#include "data/npy.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "data/random.h"
#include "test_util.h"

using namespace datosim::data;
using namespace datosim::data::test;
using datosim::ir::DType;
using datosim::ir::Shape;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

const DType kAllDTypes[] = {DType::I4, DType::I8, DType::I16, DType::I32, DType::BF16, DType::F32};

Buffer randomBuffer(DType t, Shape s, std::uint64_t seed) {
  Buffer b(t, std::move(s));
  fillRandom(b, seed);
  return b;
}

/// A .npy file with header dict `dict`, padded as numpy pads it, then `data`.
std::string makeNpy(const std::string& dict, const std::string& data, int major = 1) {
  std::size_t prefix = major == 1 ? 10 : 12;
  std::string header = dict;
  header.append(64 - (prefix + header.size() + 1) % 64, ' ');
  header += '\n';
  std::string out = std::string("\x93NUMPY", 6) + static_cast<char>(major) + '\0';
  std::size_t len = header.size();
  for (std::size_t b = 0; b < prefix - 8; ++b) out += static_cast<char>((len >> (8 * b)) & 0xff);
  return out + header + data;
}

std::string dict(const std::string& descr, const std::string& shape, const std::string& fortran = "False") {
  return "{'descr': '" + descr + "', 'fortran_order': " + fortran + ", 'shape': " + shape + ", }";
}

/// `n` little-endian int32 values 0, 1, 2, ...
std::string i32Data(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += std::string{static_cast<char>(i), 0, 0, 0};
  return s;
}

}  // namespace

TEST(Npy, RoundTripEveryDtype) {
  TempDir tmp;
  for (DType t : kAllDTypes) {
    for (const Shape& s : {Shape{3, 5, 7}, Shape{}, Shape{17}, Shape{1, 1}}) {
      Buffer b = randomBuffer(t, s, 11);
      std::string path = tmp.path(std::string("rt_") + datosim::ir::dtypeName(t) + ".npy");
      ASSERT_EQ(writeNpy(path, b), "");
      Buffer back;
      ASSERT_EQ(readNpy(path, t, s, back), "");
      EXPECT_EQ(back, b) << datosim::ir::dtypeName(t) << " " << datosim::ir::shapeString(s);
      // readNpyAny gives the stored dtype: i4 comes back as i8, bf16 as f32, with the same values.
      Buffer any;
      ASSERT_EQ(readNpyAny(path, any), "");
      DType natural = t == DType::I4 ? DType::I8 : t == DType::BF16 ? DType::F32 : t;
      EXPECT_EQ(any, convertBuffer(b, natural)) << datosim::ir::dtypeName(t);
    }
  }
}

TEST(Npy, HeaderLayoutIsNumpys) {
  std::string bytes = encodeNpy(Buffer(DType::I32, {3, 4}));
  std::string expectHeader = "{'descr': '<i4', 'fortran_order': False, 'shape': (3, 4), }";
  ASSERT_EQ(bytes.size(), 128u + 48u);
  EXPECT_EQ(bytes.substr(0, 10), std::string("\x93NUMPY\x01\x00\x76\x00", 10));
  EXPECT_EQ(bytes.substr(10, expectHeader.size()), expectHeader);
  EXPECT_EQ(bytes[127], '\n');
  EXPECT_EQ(bytes.substr(10 + expectHeader.size(), 127 - 10 - expectHeader.size()),
            std::string(127 - 10 - expectHeader.size(), ' '));
  EXPECT_TRUE(contains(encodeNpy(Buffer(DType::F32, {})), "'shape': (), }"));
  EXPECT_TRUE(contains(encodeNpy(Buffer(DType::I4, {5})), "{'descr': '|i1', 'fortran_order': False, 'shape': (5,), }"));
  EXPECT_TRUE(contains(encodeNpy(Buffer(DType::BF16, {2})), "'<f4'"));
  // Data: little-endian, i4 as one signed byte each.
  std::string i4 = encodeNpy(Buffer(DType::I4, {2}, {-8, 7}));
  EXPECT_EQ(i4.substr(i4.size() - 2), std::string("\xf8\x07", 2));
  std::string i16 = encodeNpy(Buffer(DType::I16, {1}, {-2}));
  EXPECT_EQ(i16.substr(i16.size() - 2), std::string("\xfe\xff", 2));
  std::string f32 = encodeNpy(Buffer(DType::F32, {1}, {1.0}));
  EXPECT_EQ(f32.substr(f32.size() - 4), std::string("\x00\x00\x80\x3f", 4));
  for (const Shape& s : {Shape{}, Shape{7}, Shape{123456789, 0}, Shape{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}})
    EXPECT_EQ(encodeNpy(Buffer(DType::I8, s)).find('\n') % 64, 63u) << datosim::ir::shapeString(s);
}

TEST(Npy, BadFilesGiveTheirMessage) {
  TempDir tmp;
  struct Case {
    std::string name;
    std::string bytes;
    bool any;  // readNpyAny; else readNpy expecting i32 2x3
    std::string message;
  };
  std::string good = makeNpy(dict("<i4", "(2, 3)"), i32Data(6));
  std::string deep =
      "{'descr': '<i4', 'fortran_order': False, 'shape': " + std::string(100, '(') + std::string(100, ')') + "}";
  std::string rank33 = "(";
  for (int i = 0; i < 33; ++i) rank33 += "1, ";
  rank33 += ")";
  std::vector<Case> cases = {
      {"empty", "", false, "empty file, not a .npy file"},
      {"magic", "\x93NUMPZ\x01\x00" + good.substr(8), false, "not a .npy file (no \\x93NUMPY magic string)"},
      {"text", "descr,shape\n1,2\n", false, "not a .npy file"},
      {"short_version", std::string("\x93NUMPY\x01", 7), false, "the file ends inside the format version"},
      {"short_len", std::string("\x93NUMPY\x02\x00\x10", 9), false, "the file ends inside the header length"},
      {"version4", std::string("\x93NUMPY\x04\x00", 8) + good.substr(8), false, "unsupported .npy format version 4.0"},
      {"version1_1", std::string("\x93NUMPY\x01\x01", 8) + good.substr(8), false, "version 1.1 (1.0, 2.0 and 3.0"},
      {"short_header", good.substr(0, 60), false, "truncated: the header should have 118 bytes, the file has 50"},
      {"not_dict", makeNpy("[1, 2]", ""), false, "malformed header: expected a dict, found a list"},
      {"no_colon", makeNpy("{'descr' '<i4'}", ""), false, "expected ':' after key 'descr' at character 9"},
      {"no_comma", makeNpy("{'descr': '<i4' 'shape': (2, 3)}", ""), false, "expected ',' or '}'"},
      {"unterminated", makeNpy("{'descr': '<i4", ""), false, "unterminated string"},
      {"bad_value", makeNpy("{'descr': <i4}", ""), false, "expected a value at character 10 ('<i4}"},
      {"trailing_text", makeNpy(dict("<i4", "(2, 3)") + " x", i32Data(6)), false, "unexpected text after the dict"},
      {"missing_shape", makeNpy("{'descr': '<i4', 'fortran_order': False}", ""), false, "no 'shape' key"},
      {"extra_key", makeNpy("{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), 'x': 1}", i32Data(6)), false,
       "unexpected key 'x'"},
      {"duplicate_key", makeNpy("{'descr': '<i4', 'descr': '<i4'}", ""), false, "duplicate key 'descr'"},
      {"fortran", makeNpy(dict("<i4", "(2, 3)", "True"), i32Data(6)), false, "Fortran-ordered (column-major) arrays"},
      {"fortran_type", makeNpy(dict("<i4", "(2, 3)", "0"), i32Data(6)), false, "'fortran_order' must be True or False"},
      {"shape_int", makeNpy(dict("<i4", "6"), i32Data(6)), false, "'shape' must be a tuple, found an integer"},
      {"shape_paren", makeNpy(dict("<i4", "(6)"), i32Data(6)), false, "'shape' must be a tuple, found an integer"},
      {"shape_negative", makeNpy(dict("<i4", "(-2, 3)"), i32Data(6)), false, "non-negative integers"},
      {"shape_string", makeNpy(dict("<i4", "('2', 3)"), i32Data(6)), false, "non-negative integers"},
      {"shape_rank33", makeNpy(dict("<i4", rank33), i32Data(1)), true, "shape has 33 dimensions, at most 32"},
      {"deep", makeNpy(deep, ""), false, "nesting too deep"},
      {"huge_int", makeNpy(dict("<i4", "(99999999999999999999, 3)"), ""), false, "integer too large"},
      {"structured", makeNpy("{'descr': [('a', '<i4')], 'fortran_order': False, 'shape': (2,), }", i32Data(2)), true,
       "'descr' is a list (a structured dtype?)"},
      {"wrong_dtype", makeNpy(dict("<f4", "(2, 3)"), i32Data(6)), false,
       "expected i32 data (stored as '<i4'), found dtype '<f4'"},
      {"wrong_dtype_i8", makeNpy(dict("<i8", "(2, 3)"), i32Data(12)), false, "found dtype '<i8'"},
      {"unsupported_f8", makeNpy(dict("<f8", "(3,)"), std::string(24, '\0')), true, "unsupported dtype '<f8'"},
      {"unsupported_pipe_i4", makeNpy(dict("|i4", "(1,)"), i32Data(1)), true, "unsupported dtype '|i4'"},
      {"wrong_shape", makeNpy(dict("<i4", "(3, 2)"), i32Data(6)), false, "expected shape 2x3 (2, 3), found 3x2 (3, 2)"},
      {"wrong_rank", makeNpy(dict("<i4", "(6,)"), i32Data(6)), false, "expected shape 2x3 (2, 3), found 6 (6,)"},
      {"short_data", makeNpy(dict("<i4", "(2, 3)"), i32Data(5)), false,
       "truncated: shape (2, 3) of '<i4' needs 24 bytes of data, the file has 20"},
      {"long_data", makeNpy(dict("<i4", "(2, 3)"), i32Data(7)), false, "4 unexpected bytes after the data"},
      {"overflow_shape", makeNpy(dict("<i4", "(4611686018427387904, 4611686018427387904)"), ""), true,
       "needs more than 2^64 bytes"},
      {"big_shape", makeNpy(dict("<i4", "(1000000000, 1000000000)"), ""), true,
       "needs 4000000000000000000 bytes of data, the file has 0"},
  };
  for (const Case& c : cases) {
    std::string path = tmp.path(c.name + ".npy");
    writeAll(path, c.bytes);
    Buffer out(DType::I16, {1}, {5});
    std::string err = c.any ? readNpyAny(path, out) : readNpy(path, DType::I32, {2, 3}, out);
    EXPECT_TRUE(contains(err, path + ": ")) << c.name << ": " << err;
    EXPECT_TRUE(contains(err, c.message)) << c.name << ": " << err;
    EXPECT_EQ(out, Buffer(DType::I16, {1}, {5})) << c.name;  // untouched
  }
  // The good file reads (so the corpus differs from it only where each case says).
  Buffer out;
  ASSERT_EQ(readNpy(tmp.path("good.npy"), DType::I32, {2, 3}, out),
            tmp.path("good.npy") + ": cannot open: No such file or directory");
  writeAll(tmp.path("good.npy"), good);
  ASSERT_EQ(readNpy(tmp.path("good.npy"), DType::I32, {2, 3}, out), "");
  EXPECT_EQ(out, Buffer(DType::I32, {2, 3}, {0, 1, 2, 3, 4, 5}));
  EXPECT_TRUE(contains(readNpyAny(tmp.dir().string(), out), "is a directory"));
}

TEST(Npy, I4ValuesAreRangeChecked) {
  TempDir tmp;
  std::string path = tmp.path("i4.npy");
  writeAll(path, makeNpy(dict("|i1", "(2, 2)"), std::string("\x01\xf8\x07\x08", 4)));
  Buffer out;
  EXPECT_EQ(readNpy(path, DType::I4, {2, 2}, out), path + ": element [1, 1] = 8 is outside the i4 range [-8, 7]");
  ASSERT_EQ(readNpy(path, DType::I8, {2, 2}, out), "");  // the same bytes are fine as i8
  EXPECT_EQ(out, Buffer(DType::I8, {2, 2}, {1, -8, 7, 8}));
  writeAll(path, makeNpy(dict("|i1", "(3,)"), std::string("\x01\xf8\x07", 3)));
  ASSERT_EQ(readNpy(path, DType::I4, {3}, out), "");
  EXPECT_EQ(out, Buffer(DType::I4, {3}, {1, -8, 7}));
}

TEST(Npy, VersionsAndByteOrders) {
  // Written here (NpyNumpy below checks the same against files numpy writes).
  Buffer out;
  std::string be = std::string("\xff\xff\xff\xfe", 4) + std::string("\x00\x00\x01\x00", 4);
  ASSERT_EQ(decodeNpy(makeNpy(dict(">i4", "(2,)"), be), "be", nullptr, nullptr, out), "");
  EXPECT_EQ(out, Buffer(DType::I32, {2}, {-2, 256}));
  std::string oneBE = std::string("\x3f\x80\x00\x00", 4);
  ASSERT_EQ(decodeNpy(makeNpy(dict(">f4", "(1,)"), oneBE), "bef", nullptr, nullptr, out), "");
  EXPECT_EQ(out, Buffer(DType::F32, {1}, {1.0}));
  for (int major : {2, 3}) {
    ASSERT_EQ(decodeNpy(makeNpy(dict("<i4", "(2, 3)"), i32Data(6), major), "v", nullptr, nullptr, out), "");
    EXPECT_EQ(out, Buffer(DType::I32, {2, 3}, {0, 1, 2, 3, 4, 5}));
  }
  // Python 2 longs, double quotes, no trailing comma, keys in another order.
  std::string odd = "{\"shape\": (2L, 3L), \"fortran_order\": False, \"descr\": \"<i4\"}";
  ASSERT_EQ(decodeNpy(makeNpy(odd, i32Data(6)), "odd", nullptr, nullptr, out), "");
  EXPECT_EQ(out.shape(), (Shape{2, 3}));
  // A bf16 read rounds the f32 values to nearest even.
  std::string f = std::string("\x00\x80\x80\x3f", 4);  // 1 + 2^-8
  DType bf16 = DType::BF16;
  Shape one{1};
  ASSERT_EQ(decodeNpy(makeNpy(dict("<f4", "(1,)"), f), "h", &bf16, &one, out), "");
  EXPECT_EQ(out, Buffer(DType::BF16, {1}, {1.0}));
}

TEST(Npy, TruncationsAndCorruptionsNeverCrash) {
  Buffer b = randomBuffer(DType::F32, {4, 5}, 3);
  std::string good = encodeNpy(b);
  Buffer out;
  for (std::size_t n = 0; n < good.size(); ++n)
    EXPECT_NE(decodeNpy(std::string_view(good).substr(0, n), "t", nullptr, nullptr, out), "") << n;
  ASSERT_EQ(decodeNpy(good, "t", nullptr, nullptr, out), "");
  EXPECT_EQ(out, b);
  SplitMix64 rng(99);
  int accepted = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string bad = good;
    int flips = 1 + static_cast<int>(rng.next() % 4);
    for (int f = 0; f < flips; ++f) {
      std::size_t at = static_cast<std::size_t>(rng.next() % 128);  // inside the header
      bad[at] = static_cast<char>(rng.next() & 0xff);
    }
    Buffer o;
    if (decodeNpy(bad, "t", nullptr, nullptr, o).empty()) ++accepted;
  }
  EXPECT_LT(accepted, 3000);  // most corruptions are caught (some only touch padding spaces)
}

TEST(Npy, WritesAreAtomic) {
  TempDir tmp;
  Buffer a = randomBuffer(DType::I16, {8, 8}, 1), b = randomBuffer(DType::I16, {2}, 2);
  std::string path = tmp.path("x.npy");
  ASSERT_EQ(writeNpy(path, a), "");
  ASSERT_EQ(writeNpy(path, b), "");  // replaces
  Buffer back;
  ASSERT_EQ(readNpyAny(path, back), "");
  EXPECT_EQ(back, b);
  // Nothing but the target is left behind.
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(tmp.dir())) names.push_back(e.path().filename().string());
  EXPECT_EQ(names, std::vector<std::string>{"x.npy"});
  // Failures leave nothing: a missing directory, and a target that is a directory.
  std::string err = writeNpy(tmp.path("no/such/dir/y.npy"), a);
  EXPECT_TRUE(contains(err, "y.npy: cannot write: No such file or directory")) << err;
  std::filesystem::create_directory(tmp.path("adir"));
  err = writeNpy(tmp.path("adir"), a);
  EXPECT_TRUE(contains(err, "adir: cannot write:")) << err;
  names.clear();
  for (const auto& e : std::filesystem::directory_iterator(tmp.dir())) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"adir", "x.npy"}));
  EXPECT_TRUE(std::filesystem::is_empty(tmp.path("adir")));
  EXPECT_TRUE(contains(writeNpy("", a), "empty path"));
}

TEST(NpyNumpy, NumpyReadsOurFilesAndWritesTheSameBytes) {
  DATOSIM_REQUIRE_NUMPY();
  TempDir tmp;
  struct Out {
    std::string name;
    Buffer b;
  };
  std::vector<Out> outs;
  int seed = 0;
  for (DType t : kAllDTypes)
    for (const Shape& s : {Shape{3, 4}, Shape{}, Shape{5}, Shape{2, 3, 4}, Shape{1000}, Shape{1, 1, 1, 1, 1, 1, 1, 2}})
      outs.push_back({std::string(datosim::ir::dtypeName(t)) + "_" + datosim::ir::shapeString(s),
                      randomBuffer(t, s, static_cast<std::uint64_t>(++seed))});
  for (const Out& o : outs) ASSERT_EQ(writeNpy(tmp.path("ours_" + o.name + ".npy"), o.b), "");
  std::string log;
  ASSERT_EQ(runPython(std::string(DATOSIM_SOURCE_DIR) + "/tests/data/npy_interop.py", "'" + tmp.dir().string() + "'",
                      tmp, log),
            0)
      << log;
  for (const Out& o : outs) {
    std::string ours = readAll(tmp.path("ours_" + o.name + ".npy"));
    std::string theirs = readAll(tmp.path("resaved_" + o.name + ".npy"));
    EXPECT_EQ(ours, theirs) << o.name;  // header and data byte for byte
  }

  Buffer b;
  auto read = [&](const std::string& name) { return readNpyAny(tmp.path(name), b); };
  ASSERT_EQ(read("np_be_i4.npy"), "");
  EXPECT_EQ(b, Buffer(DType::I32, {3, 4}, {-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5}));
  ASSERT_EQ(read("np_be_i2.npy"), "");
  EXPECT_EQ(b, Buffer(DType::I16, {5}, {-300, 0, 300, 32767, -32768}));
  ASSERT_EQ(read("np_be_f4.npy"), "");
  EXPECT_EQ(b, Buffer(DType::F32, {3}, {1.5, -2.25, static_cast<double>(1e-3f)}));
  ASSERT_EQ(readNpy(tmp.path("np_v2_f4.npy"), DType::F32, {2, 2}, b), "");
  EXPECT_EQ(b, Buffer(DType::F32, {2, 2}, {0.5, 1.0, 1.5, -2.0}));
  EXPECT_EQ(readAll(tmp.path("np_v2_f4.npy")).substr(6, 2), std::string("\x02\x00", 2));
  ASSERT_EQ(readNpy(tmp.path("np_v3_i1.npy"), DType::I8, {3}, b), "");
  EXPECT_EQ(b, Buffer(DType::I8, {3}, {-128, 127, 0}));
  ASSERT_EQ(readNpy(tmp.path("np_scalar.npy"), DType::I32, {}, b), "");
  EXPECT_EQ(b.getInt(0), 7);
  ASSERT_EQ(read("np_empty.npy"), "");
  EXPECT_EQ(b, Buffer(DType::I16, {0, 3}));
  ASSERT_EQ(readNpy(tmp.path("np_bf16src.npy"), DType::BF16, {3}, b), "");
  EXPECT_EQ(b, Buffer(DType::BF16, {3}, {1.0, 3.0, 1.015625}));  // ties to even both ways
  EXPECT_TRUE(contains(read("np_fortran.npy"), "Fortran-ordered"));
  EXPECT_TRUE(contains(read("np_f8.npy"), "unsupported dtype '<f8'"));
  EXPECT_TRUE(
      contains(readNpy(tmp.path("np_i4range.npy"), DType::I4, {3}, b), "element [1] = 9 is outside the i4 range"));
}
