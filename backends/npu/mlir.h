// A small tree of MLIR operations that prints in two forms: the custom syntax of current mlir-aie
// (aie.mlir, what aiecc.py builds) and MLIR's generic form (aie.generic.mlir, which Debian's
// mlir-opt-19 parses with --allow-unregistered-dialect). One printing pattern per operation kind.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace datosim::backends::npu {

struct Op;

struct Region {
  std::vector<std::pair<std::string, std::string>> args;  // block arguments: SSA name, type
  std::vector<Op> ops;
  /// The custom form leaves the terminator implicit (scf.for, scf.if); the generic form prints
  /// `"scf.yield"() : () -> ()` at the end.
  bool implicitYield = false;
};

struct Op {
  std::string name;                   // "aie.tile"
  std::string result;                 // "%tile_0_2", or ""
  std::string resultType;             // "index", or "" for none
  std::vector<std::string> operands;  // SSA names
  std::vector<std::string> operandTypes;
  /// Generic-form attributes, in print order: name = value text.
  std::vector<std::pair<std::string, std::string>> attrs;
  /// Generic-form properties (`<{...}>`) of registered ops (arith, func, scf).
  std::vector<std::pair<std::string, std::string>> props;
  std::vector<Region> regions;
  /// The custom form: the op's line before its regions (e.g. "scf.for %i = %c0 to %c4 step %c1"),
  /// `between` the text between two regions ("else"), `after` the text after the last region.
  std::string custom, between, after;
  std::string comment;  // printed before the op in the custom form only
};

/// The module as mlir-aie writes it (`module { ... }`).
std::string printCustom(const std::vector<Op>& module);
/// The same module in generic form (`"builtin.module"() ({ ... }) : () -> ()`).
std::string printGeneric(const std::vector<Op>& module);

}  // namespace datosim::backends::npu
