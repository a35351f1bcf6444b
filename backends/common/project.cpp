#include "backends/common/project.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "data/npy.h"

namespace datosim::backends {

namespace fs = std::filesystem;

namespace {

const std::set<std::string>& cxxKeywords() {
  static const std::set<std::string> k = {
      "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case", "catch",
      "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval", "constexpr",
      "constinit", "const_cast", "continue", "co_await", "co_return", "co_yield", "decltype", "default", "delete",
      "do", "double", "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "float", "for",
      "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq",
      "nullptr", "operator", "or", "or_eq", "private", "protected", "public", "register", "reinterpret_cast",
      "requires", "return", "short", "signed", "sizeof", "static", "static_assert", "static_cast", "struct",
      "switch", "template", "this", "thread_local", "throw", "true", "try", "typedef", "typeid", "typename",
      "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq",
      // names the generated code and its headers use
      "main", "hls", "dsim", "dsim_csim", "std", "ap_int", "ap_uint", "xrt"};
  return k;
}

// Write `bytes` to `path` (a new file); "" or the error.
std::string writeFile(const fs::path& path, const std::string& bytes) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) return "cannot create '" + path.string() + "': " + std::strerror(errno);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  f.close();
  if (!f) return "cannot write '" + path.string() + "'";
  return "";
}

}  // namespace

bool Project::add(const std::string& path, std::string bytes) {
  if (!isConfinedPath(path) || files.count(path)) return false;
  files.emplace(path, std::move(bytes));
  return true;
}

std::string sanitizeIdentifier(const std::string& name) {
  std::string s;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    s += ok ? c : '_';
  }
  if (s.size() > 64) s.resize(64);  // names in generated code stay readable
  if (s.empty() || (s[0] >= '0' && s[0] <= '9')) s = "_" + s;
  return s;
}

std::string Names::take(const std::string& wanted) {
  std::string base = sanitizeIdentifier(wanted);
  // Reserved in C++: a double underscore anywhere, or '_' followed by a capital at the start.
  while (base.find("__") != std::string::npos) base.replace(base.find("__"), 2, "_");
  if (base.size() >= 2 && base[0] == '_' && base[1] >= 'A' && base[1] <= 'Z') base = "v" + base;
  if (base == "_") base = "v_";
  if (cxxKeywords().count(base)) base += "_";
  std::string name = base;
  for (int i = 2; used_.count(name); ++i) name = base + "_" + std::to_string(i);
  used_.insert(name);
  return name;
}

bool isConfinedPath(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.back() == '/') return false;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string part = path.substr(start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    for (char c : part) {
      const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                      c == '.' || c == '-';
      if (!ok) return false;
    }
    start = end + 1;
  }
  return true;
}

std::string writeProject(const Project& p, const std::string& dirArg) {
  if (dirArg.empty()) return "the output folder name is empty";
  fs::path dir = fs::path(dirArg).lexically_normal();
  if (dir.filename().empty()) dir = dir.parent_path();  // "out/" -> "out"
  if (dir.empty() || dir.filename() == "." || dir.filename() == "..")
    return "'" + dirArg + "' cannot be the project folder: name a new folder (e.g. out/project)";
  std::error_code ec;
  const fs::path parent = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
  if (!fs::is_directory(parent, ec)) return "the folder '" + parent.string() + "' (where '" + dirArg + "' goes) does not exist";
  const fs::file_status st = fs::symlink_status(dir, ec);
  bool replace = false;
  if (fs::exists(st)) {
    if (!fs::is_directory(st))
      return "'" + dirArg + "' exists and is not a folder; datosim writes a project only into a new folder, an empty one or an earlier project";
    const bool empty = fs::is_empty(dir, ec);
    if (!empty && !fs::is_regular_file(dir / kManifestName, ec))
      return "'" + dirArg + "' exists and is not a datosim project (no " + std::string(kManifestName) +
             "); datosim replaces only its own projects: choose a new folder";
    replace = true;
  }
  const std::string tag = "." + dir.filename().string() + ".tmp." + std::to_string(::getpid());
  const fs::path tmp = parent / tag;
  fs::remove_all(tmp, ec);
  auto fail = [&](const std::string& why) {
    std::error_code ignore;
    fs::remove_all(tmp, ignore);
    return why;
  };
  if (!fs::create_directory(tmp, ec)) return fail("cannot create '" + tmp.string() + "': " + ec.message());
  for (const auto& [rel, bytes] : p.files) {
    if (!isConfinedPath(rel)) return fail("internal: generated path '" + rel + "' is not confined");
    const fs::path file = tmp / rel;
    fs::create_directories(file.parent_path(), ec);
    if (ec) return fail("cannot create '" + file.parent_path().string() + "': " + ec.message());
    std::string why = writeFile(file, bytes);
    if (!why.empty()) return fail(why);
  }
  if (replace) {
    const fs::path old = parent / ("." + dir.filename().string() + ".old." + std::to_string(::getpid()));
    fs::remove_all(old, ec);
    fs::rename(dir, old, ec);
    if (ec) return fail("cannot move the earlier project '" + dirArg + "' aside: " + ec.message());
    fs::rename(tmp, dir, ec);
    if (ec) {
      std::error_code back;
      fs::rename(old, dir, back);
      return fail("cannot move the project into '" + dirArg + "': " + ec.message());
    }
    fs::remove_all(old, ec);
    return "";
  }
  fs::rename(tmp, dir, ec);
  if (ec) return fail("cannot move the project into '" + dirArg + "': " + ec.message());
  return "";
}

std::string commentSafe(const std::string& text) {
  std::string s;
  for (char c : text) s += static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? '?' : c;
  return s;
}

nlohmann::ordered_json manifestHead(const ir::Graph& g, const ir::Arch& arch, const std::string& backend,
                                    const std::string& version, std::uint64_t seed) {
  nlohmann::ordered_json man;
  man["format"] = "datosim-project/1";
  man["backend"] = backend;
  man["graph"] = g.name;
  man["graph_file"] = g.file;
  man["arch"] = arch.name;
  nlohmann::ordered_json params = nlohmann::ordered_json::object();
  for (const ir::Param& x : g.params) params[x.name] = x.value;
  man["params"] = params;
  man["datosim_version"] = version;
  man["seed"] = seed;
  return man;
}

void addRunData(Project& p, const ir::Graph& g, const std::vector<data::Buffer>& before,
                const std::vector<data::Buffer>& after, bool expected, const std::vector<std::string>& stems,
                std::vector<std::string>& inputs, std::vector<std::string>& outputs) {
  for (std::size_t t = 0; t < g.tensors.size(); ++t) {
    const ir::Tensor& x = g.tensors[t];
    if (x.role != ir::TensorRole::Output) {
      p.add("data/" + stems[t] + ".npy", data::encodeNpy(before[t]));
      inputs.push_back(stems[t]);
    }
    if (x.role != ir::TensorRole::Input && expected) {
      p.add("data/expected/" + stems[t] + ".npy", data::encodeNpy(after[t]));
      outputs.push_back(stems[t]);
    }
  }
}

std::string cppShapeList(const std::vector<std::int64_t>& s) {
  std::string r = "{";
  for (std::size_t i = 0; i < s.size(); ++i) r += (i ? ", " : "") + std::to_string(s[i]);
  return r + "}";
}

std::string hostCType(ir::DType t) {
  switch (t) {
    case ir::DType::I4:
    case ir::DType::I8: return "int8_t";
    case ir::DType::I16: return "int16_t";
    case ir::DType::I32: return "int32_t";
    case ir::DType::BF16: return "uint16_t";
    case ir::DType::F32: return "float";
  }
  return "?";
}

nlohmann::ordered_json fileList(const Project& p) {
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  for (const auto& [path, bytes] : p.files) files.push_back(path);
  files.push_back(kManifestName);
  files.push_back("README.md");
  return files;
}

bool refuseRunTimeControl(const ir::Graph& g, Diagnostics& d, const std::string& backend) {
  const std::size_t before = d.errorCount();
  const std::string yet = ": " + backend + " has no lowering for run-time control yet (docs/dynamic.md)";
  for (const ir::Task& t : g.tasks) {
    for (const ir::TaskVar& v : t.vars)
      d.error(v.loc, "task '" + commentSafe(t.name) + "' has the task variable '" + commentSafe(v.name) + "'" + yet);
    ir::forEachStmt(t.body, [&](const ir::Stmt& s) {
      std::string what;
      if (std::holds_alternative<ir::SetStmt>(s.node)) what = "a 'set'";
      if (std::holds_alternative<ir::WhileStmt>(s.node)) what = "a 'while' loop";
      if (const auto* get = std::get_if<ir::GetStmt>(&s.node)) {
        if (get->any >= 0) what = "a 'get_any' (the first token of several streams)";
        else if (get->var >= 0) what = "a get of a value token";
      }
      if (const auto* put = std::get_if<ir::PutStmt>(&s.node); put && put->value) what = "a put of a value token";
      if (!what.empty()) d.error(s.loc, "task '" + commentSafe(t.name) + "': " + what + yet);
    });
  }
  return d.errorCount() == before;
}

}  // namespace datosim::backends
