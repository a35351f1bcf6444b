#include "backends/npu/mlir.h"

#include <sstream>

namespace datosim::backends::npu {

namespace {

std::string pad(int depth) { return std::string(static_cast<std::size_t>(depth) * 2, ' '); }

void custom(const Op& op, std::ostringstream& os, int depth) {
  if (!op.comment.empty()) os << pad(depth) << "// " << op.comment << "\n";
  os << pad(depth) << op.custom;
  if (op.regions.empty()) {
    os << "\n";
    return;
  }
  for (std::size_t r = 0; r < op.regions.size(); ++r) {
    if (r > 0 && op.between.empty() && op.regions[r].ops.empty()) continue;  // e.g. scf.if without else
    if (r > 0) os << " " << op.between;
    os << " {\n";
    for (const Op& inner : op.regions[r].ops) custom(inner, os, depth + 1);
    os << pad(depth) << "}";
  }
  os << op.after << "\n";
}

std::string list(const std::vector<std::pair<std::string, std::string>>& kv) {
  std::string s;
  for (std::size_t i = 0; i < kv.size(); ++i) s += (i ? ", " : "") + kv[i].first + " = " + kv[i].second;
  return s;
}

void generic(const Op& op, std::ostringstream& os, int depth) {
  os << pad(depth);
  if (!op.result.empty()) os << op.result << " = ";
  os << "\"" << op.name << "\"(";
  for (std::size_t i = 0; i < op.operands.size(); ++i) os << (i ? ", " : "") << op.operands[i];
  os << ")";
  if (!op.props.empty()) os << " <{" << list(op.props) << "}>";
  if (!op.regions.empty()) {
    os << " (";
    for (std::size_t r = 0; r < op.regions.size(); ++r) {
      const Region& reg = op.regions[r];
      os << (r ? ", " : "") << "{\n";
      if (!reg.args.empty()) {
        os << pad(depth) << "^bb0(";
        for (std::size_t a = 0; a < reg.args.size(); ++a)
          os << (a ? ", " : "") << reg.args[a].first << ": " << reg.args[a].second;
        os << "):\n";
      }
      for (const Op& inner : reg.ops) generic(inner, os, depth + 1);
      if (reg.implicitYield) os << pad(depth + 1) << "\"scf.yield\"() : () -> ()\n";
      os << pad(depth) << "}";
    }
    os << ")";
  }
  if (!op.attrs.empty()) os << " {" << list(op.attrs) << "}";
  os << " : (";
  for (std::size_t i = 0; i < op.operandTypes.size(); ++i) os << (i ? ", " : "") << op.operandTypes[i];
  os << ") -> " << (op.resultType.empty() ? "()" : op.resultType) << "\n";
}

}  // namespace

std::string printCustom(const std::vector<Op>& module) {
  std::ostringstream os;
  os << "module {\n";
  for (const Op& op : module) custom(op, os, 1);
  os << "}\n";
  return os.str();
}

std::string printGeneric(const std::vector<Op>& module) {
  std::ostringstream os;
  os << "\"builtin.module\"() ({\n";
  for (const Op& op : module) generic(op, os, 1);
  os << "}) : () -> ()\n";
  return os.str();
}

}  // namespace datosim::backends::npu
