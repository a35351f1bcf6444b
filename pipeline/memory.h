// What a run will need in memory, estimated from the loaded graph before anything large is allocated,
// and the default budget it is compared with (docs/hardening.md). A run whose estimate is above the
// budget is refused with the estimate's parts, instead of failing in the allocator.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ir/graph.h"

namespace datosim::pipeline {

struct MemoryPart {
  std::string what;    // "tensor C (f32 4096x4096, 2 copies)", "locals of 16 instances", ...
  std::uint64_t bytes = 0;
};

struct MemoryEstimate {
  std::vector<MemoryPart> parts;  // largest first; parts under 1 MiB are folded into "the rest"
  std::uint64_t total = 0;        // saturates at UINT64_MAX
};

/// What the run's data will take: with `functional`, every global tensor as stored (each element at its
/// dtype's width, data::Buffer::storageBytes) times its copies (`tensorCopies`: the run's, the reference's for a check, the inputs
/// kept for output files; one more for a tensor a store writes, sim::storedTensors) plus
/// `encodedTensors` bytes of files to write, each instance's locals and each stream's token slots;
/// always, each instance's thread and state.
MemoryEstimate estimateMemory(const ir::Graph& g, bool functional, int tensorCopies, std::uint64_t encodedTensors);

struct MemoryBudget {
  std::uint64_t bytes = 0;  // 0: no limit
  std::string source;       // "80% of this machine's 24 GiB", "--max-memory", ...
};

/// The default budget: 80% of the smaller of this machine's physical memory and the address-space limit
/// (RLIMIT_AS) the process runs under; 0 when neither can be read.
MemoryBudget defaultMemoryBudget();

/// "1.5 GiB", "640 MiB", "12 KiB", "512 bytes".
std::string formatBytes(std::uint64_t bytes);

/// A size as a user writes it: "8G", "512M", "1.5GiB", "4096" (bytes); K/M/G/T are powers of 1024.
/// false when `text` is not a size.
bool parseBytes(const std::string& text, std::uint64_t& bytes);

}  // namespace datosim::pipeline
