// User-facing diagnostics: `file:/json/pointer: message`.
#pragma once

#include <string>
#include <vector>

namespace datosim {

/// Where something came from: the input file and the JSON pointer (RFC 6901) inside it.
struct SourceLoc {
  std::string file;
  std::string pointer;  // "" is the document root
  /// `file:/pointer` (or just `file:` for the root).
  std::string str() const;
  /// A child location: loc.child("tasks").child(2)
  SourceLoc child(const std::string& key) const;
  SourceLoc child(std::size_t index) const;
};

enum class Severity { Error, Warning, Note };

struct Diagnostic {
  Severity severity = Severity::Error;
  SourceLoc loc;
  std::string message;
  /// `file:/pointer: error: message` (`file: error: message` for the document root)
  std::string str() const;
};

/// `text` with every run of more than `max` characters without a space shortened to its first and last
/// characters around "...(N characters)...", so that a 100,000-character key or path in an input does
/// not flood the terminal. Text without such runs is returned unchanged.
std::string shortenLongWords(const std::string& text, std::size_t max = 200);

/// Collects every diagnostic of a phase; phases report all errors, not just the first.
class Diagnostics {
 public:
  void error(const SourceLoc& loc, std::string message);
  void warning(const SourceLoc& loc, std::string message);
  void note(const SourceLoc& loc, std::string message);
  bool hasErrors() const { return errors_ > 0; }
  std::size_t errorCount() const { return errors_; }
  const std::vector<Diagnostic>& all() const { return diags_; }
  /// Every diagnostic, one per line, in the order reported.
  std::string str() const;
  void append(const Diagnostics& other);

 private:
  std::vector<Diagnostic> diags_;
  std::size_t errors_ = 0;
};

/// Escape one reference token of a JSON pointer (`~` -> `~0`, `/` -> `~1`).
std::string escapePointerToken(const std::string& token);

/// The closest of `candidates` to `word` by edit distance, or "" if none is close enough
/// (for "unknown key 'mapings'; did you mean 'mapping'?").
std::string closestName(const std::string& word, const std::vector<std::string>& candidates);

/// 1234567 -> "1,234,567"
std::string groupDigits(long long v);

/// One double by a printf format of one conversion ("%.1f%%", "%+.2f%%", "%.3g"); the formatter every
/// report, sweep row and message uses for a number with a chosen precision.
std::string formatDouble(const char* printfFormat, double v);

/// A count and its noun, digits grouped: (1, "cycle") -> "1 cycle", (1024, "cycle") -> "1,024 cycles",
/// (2, "copy", "copies") -> "2 copies". The singular for exactly 1 (or -1); `plural` defaults to noun + "s".
std::string counted(long long n, const std::string& noun, const std::string& plural = "");

}  // namespace datosim
