// What every backend shares: a generated project as files in memory, names from the graph turned into
// unique C/C++ (and MLIR) identifiers, and the layer that writes a project folder: atomically (a
// temporary folder renamed at the end, so nothing half-written is left) and with every path confined
// under the output folder. Emitters build a Project and never touch the file system themselves.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/buffer.h"
#include "ir/arch.h"
#include "ir/diag.h"
#include "ir/graph.h"
#include "kernels/kernel.h"

namespace datosim::backends {

/// A generated project: relative path -> bytes, in path order (so a project is written and listed
/// deterministically). Paths use '/' and have no '.', '..' or empty components.
struct Project {
  std::map<std::string, std::string> files;
  /// Adds a file; false (and nothing added) when `path` is not a plain relative path or is taken.
  bool add(const std::string& path, std::string bytes);
};

/// `name` as a C identifier: characters outside [A-Za-z0-9_] become '_', a leading digit gets a '_'
/// before it, and the result is never empty. Not yet unique: see Names.
std::string sanitizeIdentifier(const std::string& name);

/// Hands out identifiers that are unique within one scope, never a C++ keyword or a reserved name
/// (leading "__" or "_" + capital), and stable: the same sequence of requests gives the same names.
class Names {
 public:
  /// Reserve names the generated code uses itself.
  void reserve(const std::string& name) { used_.insert(name); }
  /// A unique identifier close to `wanted` (wanted, then wanted_2, wanted_3, ...).
  std::string take(const std::string& wanted);

 private:
  std::set<std::string> used_;
};

/// True when `path` is relative, uses only [A-Za-z0-9_.-] and '/', and has no empty, "." or ".."
/// component: it cannot leave the folder it is written under.
bool isConfinedPath(const std::string& path);

/// Write `p` as the folder `dir`: every file into a new temporary folder beside it, then that folder
/// renamed to `dir`. An existing `dir` is replaced only when it is an earlier datosim project (it has a
/// datosim-manifest.json and nothing but files datosim writes) or an empty folder; anything else is
/// refused. Returns "" on success, else what went wrong (and nothing is left behind).
std::string writeProject(const Project& p, const std::string& dir);

/// An error for each statement of the graph's tasks that steers control by values received at run time
/// (a task's variables, `set`, `while`, value tokens, `get_any`), which no backend lowers yet (`backend`
/// names the one asking, e.g. "the NPU backend"). True when there is none.
bool refuseRunTimeControl(const ir::Graph& g, Diagnostics& d, const std::string& backend);

/// The name of the manifest every generated project has at its top.
constexpr const char* kManifestName = "datosim-manifest.json";

/// User text (names, paths) for a `//` comment, a `#` comment or a Markdown line: control characters
/// become '?', so nothing a graph or config says can end the comment and start a line of code.
std::string commentSafe(const std::string& text);

/// What every backend's manifest starts with: format, backend, graph, graph file, architecture, the
/// graph's parameters (after --param), datosim's version and the seed of the random inputs.
nlohmann::ordered_json manifestHead(const ir::Graph& g, const ir::Arch& arch, const std::string& backend,
                                    const std::string& version, std::uint64_t seed);

/// datosim's run as data files: data/STEM.npy for every input and inout tensor as it was before the run,
/// and (with `expected`) data/expected/STEM.npy for every output and inout as the run left it. `stems`
/// are the tensors' file stems (identifiers), indexed like Graph::tensors. Returns the stems written in
/// each folder, for the manifest.
void addRunData(Project& p, const ir::Graph& g, const std::vector<data::Buffer>& before,
                const std::vector<data::Buffer>& after, bool expected, const std::vector<std::string>& stems,
                std::vector<std::string>& inputs, std::vector<std::string>& outputs);

/// Text pieces both emitters write into C++: a double as a literal that reads back exactly (the kernel
/// library's, which kernel calls write too), a shape as a brace list ("{32, 64}"), and the plain C type an
/// XRT host holds an element of a dtype in (int8_t, int16_t, int32_t, float; uint16_t for a bf16 pattern).
using kernels::cppDouble;
std::string cppShapeList(const std::vector<std::int64_t>& s);
std::string hostCType(ir::DType t);

/// The project's file list for its manifest: every file in it, then the manifest and README.md.
nlohmann::ordered_json fileList(const Project& p);

}  // namespace datosim::backends
