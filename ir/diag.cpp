#include "ir/diag.h"

#include <cstdio>
#include <algorithm>

namespace datosim {

std::string SourceLoc::str() const { return file + ":" + pointer; }

std::string escapePointerToken(const std::string& token) {
  std::string out;
  for (char c : token) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

SourceLoc SourceLoc::child(const std::string& key) const {
  return SourceLoc{file, pointer + "/" + escapePointerToken(key)};
}
SourceLoc SourceLoc::child(std::size_t index) const {
  return SourceLoc{file, pointer + "/" + std::to_string(index)};
}

std::string Diagnostic::str() const {
  const char* sev = severity == Severity::Error ? "error" : severity == Severity::Warning ? "warning" : "note";
  // The document root has the empty pointer: "file: error: ..." rather than "file:: error: ...".
  const std::string where = loc.pointer.empty() ? loc.file : loc.str();
  return shortenLongWords(where + ": " + sev + ": " + message);
}

std::string shortenLongWords(const std::string& text, std::size_t max) {
  const std::size_t keepHead = max / 2, keepTail = max / 4;
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\n' && text[j] != '\t') ++j;
    if (j - i > max) {
      out.append(text, i, keepHead);
      out += "...(" + std::to_string(j - i) + " characters)...";
      out.append(text, j - keepTail, keepTail);
    } else {
      out.append(text, i, j - i);
    }
    if (j < text.size()) out += text[j++];
    i = j;
  }
  return out;
}

void Diagnostics::error(const SourceLoc& loc, std::string message) {
  diags_.push_back({Severity::Error, loc, std::move(message)});
  ++errors_;
}
void Diagnostics::warning(const SourceLoc& loc, std::string message) {
  diags_.push_back({Severity::Warning, loc, std::move(message)});
}
void Diagnostics::note(const SourceLoc& loc, std::string message) {
  diags_.push_back({Severity::Note, loc, std::move(message)});
}

std::string Diagnostics::str() const {
  std::string out;
  for (const Diagnostic& d : diags_) out += d.str() + "\n";
  return out;
}

void Diagnostics::append(const Diagnostics& other) {
  for (const Diagnostic& d : other.diags_) {
    diags_.push_back(d);
    if (d.severity == Severity::Error) ++errors_;
  }
}

namespace {
// Edit distance where a swap of two neighbouring letters counts as one edit ("alpah" -> "alpha").
std::size_t editDistance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> prev2(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], prev2[j - 2] + 1);
    }
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}
}  // namespace

std::string closestName(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t bestD = std::string::npos;
  for (const std::string& c : candidates) {
    std::size_t d = editDistance(word, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  // Close enough: at most a third of the longer word, and at least one character in common.
  std::size_t limit = std::max<std::size_t>(1, std::max(word.size(), best.size()) / 3);
  if (best.empty() || bestD > limit) return "";
  return best;
}

std::string formatDouble(const char* printfFormat, double v) {
  char b[64];
  std::snprintf(b, sizeof b, printfFormat, v);
  return b;
}

std::string groupDigits(long long v) {
  const std::string s = std::to_string(v);  // the sign stays in front; no negation, so LLONG_MIN works
  const std::size_t digits = s.size() - (v < 0 ? 1 : 0);
  std::string out = v < 0 ? "-" : "";
  for (std::size_t i = 0; i < digits; ++i) {
    if (i && (digits - i) % 3 == 0) out += ',';
    out += s[s.size() - digits + i];
  }
  return out;
}

std::string counted(long long n, const std::string& noun, const std::string& plural) {
  return groupDigits(n) + " " + (n == 1 || n == -1 ? noun : plural.empty() ? noun + "s" : plural);
}

}  // namespace datosim
