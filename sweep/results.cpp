#include "sweep/results.h"

#include <signal.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "ir/file_io.h"

namespace datosim::sweep {

using frontend::Json;
namespace fs = std::filesystem;

namespace {

bool readText(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// Temporary files a killed run left beside `path` (writeFileAtomic names them PATH.tmp.PID.N):
// removed when their process is gone.
void removeStaleTemporaries(const std::string& path) {
  const fs::path p(path);
  const fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
  const std::string prefix = p.filename().string() + ".tmp.";
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    const std::string rest = name.substr(prefix.size());
    const auto dot = rest.find('.');
    if (dot == std::string::npos || dot == 0 || rest.find_first_not_of("0123456789.") != std::string::npos) continue;
    const long pid = std::strtol(rest.substr(0, dot).c_str(), nullptr, 10);
    if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) fs::remove(e.path(), ec);
  }
}

std::string stateText(const Plan& plan, const std::string& shard) {
  Json j = Json::object();
  j["format"] = "datosim-sweep-state/1";
  j["fingerprint"] = plan.fingerprint;
  j["points"] = plan.points.size();
  j["shard"] = shard;
  j["output"] = formatName(plan.format);
  return j.dump(2) + "\n";
}

// The fingerprint and shard a state file records; false (and why) when it is not one.
bool readState(const std::string& path, std::string& fingerprint, std::string& shard, std::string& why) {
  std::string text;
  if (!readText(path, text)) {
    why = "cannot read " + path;
    return false;
  }
  try {
    const Json j = Json::parse(text);
    if (!j.is_object() || j.value("format", "") != "datosim-sweep-state/1" || !j["fingerprint"].is_string() ||
        !j["shard"].is_string())
      throw std::runtime_error("not a sweep state file");
    fingerprint = j["fingerprint"].get<std::string>();
    shard = j["shard"].get<std::string>();
    return true;
  } catch (const std::exception&) {
    why = path + " is not a sweep state file (format datosim-sweep-state/1)";
    return false;
  }
}

// The rows of an existing output of `plan`: every line whole and a row of the plan, no point twice.
bool readRows(const std::string& path, const Plan& plan, const std::set<std::int64_t>* subset,
              std::map<std::int64_t, std::string>& rows, std::string& why) {
  std::string text;
  if (!readText(path, text)) {
    why = "cannot read " + path;
    return false;
  }
  const std::string header = headerLine(plan);
  if (text.compare(0, header.size(), header) != 0) {
    why = path + ": the header is not this sweep's columns";
    return false;
  }
  std::size_t pos = header.size(), lineNo = header.empty() ? 0 : 1;
  while (pos < text.size()) {
    const std::size_t nl = text.find('\n', pos);
    ++lineNo;
    if (nl == std::string::npos) {
      why = path + ":" + std::to_string(lineNo) + ": the last line is cut short";
      return false;
    }
    const std::string line = text.substr(pos, nl - pos);
    std::string lineWhy;
    const std::optional<std::int64_t> point = pointOfLine(plan, line, lineWhy);
    if (!point) {
      why = path + ":" + std::to_string(lineNo) + ": " + lineWhy;
      return false;
    }
    if (subset && !subset->count(*point)) {
      why = path + ":" + std::to_string(lineNo) + ": point " + std::to_string(*point) + " is not in this shard";
      return false;
    }
    if (!rows.emplace(*point, line + "\n").second) {
      why = path + ":" + std::to_string(lineNo) + ": point " + std::to_string(*point) + " appears twice";
      return false;
    }
    pos = nl + 1;
  }
  return true;
}

std::string writeRows(const Plan& plan, const std::string& path, const std::map<std::int64_t, std::string>& rows) {
  std::string text = headerLine(plan);
  std::size_t size = text.size();
  for (const auto& [p, line] : rows) size += line.size();
  text.reserve(size);
  for (const auto& [p, line] : rows) text += line;
  return writeFileAtomic(path, text);
}

}  // namespace

std::string statePath(const std::string& output) { return output + ".sweep.json"; }

std::optional<ResultFile> ResultFile::open(const std::string& path, const Plan& plan, const std::string& shard,
                                           const std::vector<std::int64_t>* subset, bool restart, std::string& error) {
  ResultFile f;
  f.plan_ = &plan;
  f.path_ = path;
  f.shard_ = shard;
  removeStaleTemporaries(path);
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    error = path + " is a directory; -o names the output file";
    return std::nullopt;
  }
  if (restart || !fs::exists(path, ec)) return f;
  const std::string state = statePath(path);
  std::string fingerprint, oldShard, why;
  if (!fs::exists(state, ec)) {
    error = path + " exists but was not written by a datosim sweep (there is no " + state +
            "); remove it, write elsewhere with -o, or give --restart to replace it";
    return std::nullopt;
  }
  if (!readState(state, fingerprint, oldShard, why)) {
    error = why + "; give --restart to start over";
    return std::nullopt;
  }
  if (fingerprint != plan.fingerprint || oldShard != shard) {
    error = path + " holds the rows of another sweep (the graph, a config, the space, the settings, the output "
                   "format or the shard differ); give --restart to replace them, or write elsewhere with -o";
    return std::nullopt;
  }
  std::set<std::int64_t> allowed;
  if (subset) allowed.insert(subset->begin(), subset->end());
  if (!readRows(path, plan, subset ? &allowed : nullptr, f.rows_, why)) {
    error = why + "; give --restart to start over";
    return std::nullopt;
  }
  f.stateWritten_ = true;
  return f;
}

void ResultFile::add(const Row& row) {
  rows_[row.point] = rowLine(*plan_, row);
  dirty_ = true;
}

std::string ResultFile::flush() {
  if (!stateWritten_) {
    const std::string why = writeFileAtomic(statePath(path_), stateText(*plan_, shard_));
    if (!why.empty()) return why;
    stateWritten_ = true;
  }
  const std::string why = writeRows(*plan_, path_, rows_);
  if (why.empty()) dirty_ = false;
  return why;
}

std::string mergeShards(const Plan& plan, const std::vector<std::string>& files, const std::string& out) {
  std::map<std::int64_t, std::string> rows;
  for (const std::string& file : files) {
    std::string fingerprint, shard, why;
    if (!readState(statePath(file), fingerprint, shard, why)) return why;
    if (fingerprint != plan.fingerprint) return file + " was written for another plan (fingerprint " + fingerprint + ")";
    std::map<std::int64_t, std::string> part;
    if (!readRows(file, plan, nullptr, part, why)) return why;
    for (auto& [p, line] : part)
      if (!rows.emplace(p, std::move(line)).second)
        return file + ": point " + std::to_string(p) + " is in two shards";
  }
  if (rows.size() != plan.points.size()) {
    std::string missing;
    int shown = 0;
    for (const Point& p : plan.points) {
      if (rows.count(p.index)) continue;
      if (shown++ < 10) missing += (missing.empty() ? "" : ", ") + std::to_string(p.index);
    }
    return std::to_string(plan.points.size() - rows.size()) + " of " + std::to_string(plan.points.size()) +
           " points have no row yet (points " + missing + (shown > 10 ? ", ..." : "") +
           "); run the unfinished shards again (each resumes), then merge";
  }
  std::string why = writeFileAtomic(statePath(out), stateText(plan, ""));
  if (!why.empty()) return why;
  return writeRows(plan, out, rows);
}

}  // namespace datosim::sweep
