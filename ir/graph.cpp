#include "ir/graph.h"

namespace datosim::ir {

const char* tensorRoleName(TensorRole r) {
  switch (r) {
    case TensorRole::Input: return "input";
    case TensorRole::Output: return "output";
    case TensorRole::InOut: return "inout";
  }
  return "?";
}

std::int64_t flatIndex(const Shape& dims, const Shape& index) {
  std::int64_t f = 0;
  for (std::size_t i = 0; i < dims.size(); ++i) f = f * dims[i] + index[i];
  return f;
}

int Graph::streamInstId(int decl, const Shape& index) const {
  const auto& table = streamInstOf[decl];
  std::int64_t f = flatIndex(streams[decl].dims, index);
  return table[static_cast<std::size_t>(f)];
}

namespace {
template <class V>
int findByName(const V& v, const std::string& name) {
  for (std::size_t i = 0; i < v.size(); ++i)
    if (v[i].name == name) return static_cast<int>(i);
  return -1;
}
}  // namespace

int Graph::findTensor(const std::string& name) const { return findByName(tensors, name); }
int Graph::findStream(const std::string& name) const { return findByName(streams, name); }
int Graph::findTask(const std::string& name) const { return findByName(tasks, name); }
int Graph::findInstance(const std::string& name) const { return findByName(instances, name); }

}  // namespace datosim::ir
