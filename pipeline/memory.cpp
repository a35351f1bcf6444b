#include "pipeline/memory.h"

#include "sim/simulator.h"
#include "data/buffer.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>

namespace datosim::pipeline {

namespace {

constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
// Bytes per element as a functional run stores it: its own width (data/buffer.h).
std::uint64_t storedBytes(ir::DType t) { return static_cast<std::uint64_t>(data::Buffer::storageBytes(t)); }
// Per instance: the touched part of its SystemC thread's stack, its frame, statistics and program state;
// per stream instance: its channel, timing state and statistics. Rounded up from the peak RSS of
// timing-only runs of 36 and 4,356 instances (docs/performance.md, "Memory of a run").
constexpr std::uint64_t kInstanceBytes = 16 * 1024;
constexpr std::uint64_t kStreamBytes = 1024;

std::uint64_t add(std::uint64_t a, std::uint64_t b) { return a > kMax - b ? kMax : a + b; }
std::uint64_t mul(std::uint64_t a, std::uint64_t b) { return b != 0 && a > kMax / b ? kMax : a * b; }

std::uint64_t elements(const ir::Shape& s) {
  std::uint64_t n = 1;
  for (std::int64_t e : s) n = mul(n, static_cast<std::uint64_t>(std::max<std::int64_t>(e, 0)));
  return n;
}

}  // namespace

MemoryEstimate estimateMemory(const ir::Graph& g, bool functional, int tensorCopies, std::uint64_t encodedTensors) {
  MemoryEstimate m;
  std::vector<MemoryPart> parts;
  if (functional) {
    // A tensor stores write is kept once more while the simulator runs (sim::storedTensors).
    std::vector<char> stored(g.tensors.size(), 0);
    for (std::size_t t : sim::storedTensors(g)) stored[t] = 1;
    for (std::size_t i = 0; i < g.tensors.size(); ++i) {
      const ir::Tensor& t = g.tensors[i];
      const int copies = std::max(1, tensorCopies) + (stored[i] ? 1 : 0);
      parts.push_back({"tensor " + t.name + " (" + ir::dtypeName(t.dtype) + " " + ir::shapeString(t.shape) +
                           (copies > 1 ? ", " + std::to_string(copies) + " copies" : "") + ")",
                       mul(mul(elements(t.shape), storedBytes(t.dtype)), static_cast<std::uint64_t>(copies))});
    }
    if (encodedTensors > 0) parts.push_back({".npy files to write", encodedTensors});
    std::uint64_t locals = 0;
    for (const ir::Instance& inst : g.instances)
      for (const ir::LocalVar& lv : g.tasks[static_cast<std::size_t>(inst.task)].locals)
        locals = add(locals, mul(elements(lv.shape), storedBytes(lv.dtype)));
    parts.push_back({"locals of " + std::to_string(g.instances.size()) + " instances", locals});
    std::uint64_t slots = 0;
    for (const ir::StreamInst& s : g.streamInsts) {
      const ir::StreamDecl& d = g.streams[static_cast<std::size_t>(s.decl)];
      const std::uint64_t perToken = std::max<std::uint64_t>(1, elements(d.tile));
      const std::uint64_t n = std::max<std::uint64_t>(
          1, std::min<std::uint64_t>(static_cast<std::uint64_t>(std::max<std::int64_t>(d.depth, 1)),
                                     static_cast<std::uint64_t>(sim::kMaxPreallocatedTokenElements) / perToken));
      slots = add(slots, mul(mul(n, perToken), storedBytes(d.dtype)));
    }
    parts.push_back({"token slots of " + std::to_string(g.streamInsts.size()) + " streams", slots});
  }
  parts.push_back({"simulation state of " + std::to_string(g.instances.size()) + " instances and " +
                       std::to_string(g.streamInsts.size()) + " streams",
                   add(mul(g.instances.size(), kInstanceBytes), mul(g.streamInsts.size(), kStreamBytes))});
  std::stable_sort(parts.begin(), parts.end(), [](const MemoryPart& a, const MemoryPart& b) { return a.bytes > b.bytes; });
  std::uint64_t rest = 0;
  for (const MemoryPart& p : parts) {
    m.total = add(m.total, p.bytes);
    if (p.bytes >= (std::uint64_t{1} << 20) && m.parts.size() < 8) m.parts.push_back(p);
    else rest = add(rest, p.bytes);
  }
  if (rest > 0) m.parts.push_back({"the rest", rest});
  return m;
}

MemoryBudget defaultMemoryBudget() {
  MemoryBudget b;
  std::uint64_t physical = 0;
  const long pages = ::sysconf(_SC_PHYS_PAGES), pageSize = ::sysconf(_SC_PAGE_SIZE);
  if (pages > 0 && pageSize > 0) physical = static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(pageSize);
  struct rlimit rl {};
  const bool limited = ::getrlimit(RLIMIT_AS, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY;
  if (limited && (physical == 0 || static_cast<std::uint64_t>(rl.rlim_cur) < physical)) {
    b.bytes = static_cast<std::uint64_t>(rl.rlim_cur) / 10 * 8;
    b.source = "80% of the process's " + formatBytes(rl.rlim_cur) + " address-space limit (RLIMIT_AS)";
  } else if (physical > 0) {
    b.bytes = physical / 10 * 8;
    b.source = "80% of this machine's " + formatBytes(physical);
  }
  return b;
}

std::string formatBytes(std::uint64_t b) {
  if (b == kMax) return "more than 16 EiB";
  const char* units[] = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
  if (b < 1024) return std::to_string(b) + (b == 1 ? " byte" : " bytes");
  double v = static_cast<double>(b);
  int u = -1;
  while (v >= 1024 && u < 5) {
    v /= 1024;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
  return buf;
}

bool parseBytes(const std::string& text, std::uint64_t& bytes) {
  std::size_t i = 0;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.')) ++i;
  if (i == 0 || std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(i), '.') > 1) return false;
  double v = 0;
  try {
    v = std::stod(text.substr(0, i));
  } catch (...) {
    return false;
  }
  std::string unit = text.substr(i);
  if (!unit.empty() && (unit.back() == 'B' || unit.back() == 'b')) unit.pop_back();
  if (unit.size() == 2 && (unit[1] == 'i' || unit[1] == 'I')) unit.pop_back();
  double scale = 1;
  if (unit.empty()) scale = 1;
  else if (unit == "K" || unit == "k") scale = 1024.0;
  else if (unit == "M" || unit == "m") scale = 1024.0 * 1024;
  else if (unit == "G" || unit == "g") scale = 1024.0 * 1024 * 1024;
  else if (unit == "T" || unit == "t") scale = 1024.0 * 1024 * 1024 * 1024;
  else return false;
  const double r = v * scale;
  if (!std::isfinite(r) || r >= 1.8e19) return false;
  bytes = static_cast<std::uint64_t>(std::llround(r));
  return true;
}

}  // namespace datosim::pipeline
