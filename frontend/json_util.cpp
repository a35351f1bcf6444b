#include "frontend/json_util.h"

#include <algorithm>
#include <cstdio>
#include <unordered_set>

namespace datosim::frontend {

namespace {

struct TooDeep {};
struct TooManyKeys {};

// One open array or object while parsing: where we are inside it, and (objects) the keys seen.
struct Frame {
  bool array = false;
  std::size_t index = 0;
  std::string key;
  std::unordered_set<std::string> keys;
};

std::string pointerOf(const std::vector<Frame>& stack, std::size_t frames) {
  std::string p;
  for (std::size_t i = 0; i < frames && i < stack.size(); ++i) {
    const Frame& f = stack[i];
    p += "/" + (f.array ? std::to_string(f.index) : escapePointerToken(f.key));
  }
  return p;
}

// "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..." -> its parts.
std::string syntaxMessage(const std::string& what, const std::string& text, std::size_t byte) {
  long line = 0, col = 0;
  std::size_t at = what.find(" at line ");
  if (at != std::string::npos) std::sscanf(what.c_str() + at, " at line %ld, column %ld", &line, &col);
  if (line <= 0) {  // compute from the byte offset
    line = 1;
    col = 0;
    for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
      if (text[i] == '\n') {
        ++line;
        col = 0;
      } else {
        ++col;
      }
    }
  }
  std::string reason = what;
  std::size_t pe = what.find("parse error");
  std::size_t colon = what.find(": ", pe == std::string::npos ? 0 : pe);
  if (colon != std::string::npos) reason = what.substr(colon + 2);
  return "JSON syntax error at line " + std::to_string(line) + ", column " + std::to_string(col) + ": " +
         printable(reason, 200);
}

std::string stripPrefix(const std::string& what) {
  std::size_t p = what.find("] ");
  return p == std::string::npos ? what : what.substr(p + 2);
}

bool typeError(const Json& v, const SourceLoc& loc, Diagnostics& diags, const std::string& what, const char* want) {
  std::string found = jsonTypeName(v);
  if (v.is_string()) found += " \"" + printable(v.get_ref<const std::string&>(), 40) + "\"";
  if (what.empty())
    diags.error(loc, std::string("expected ") + want + ", found " + found);
  else
    diags.error(loc, what + " must be " + want + ", found " + found);
  return false;
}

}  // namespace

std::optional<Json> parseJson(const std::string& text, const std::string& file, Diagnostics& diags,
                              std::size_t maxDepth) {
  std::vector<Frame> stack;
  SourceLoc root{file, ""};
  auto cb = [&](int, Json::parse_event_t ev, Json& parsed) -> bool {
    switch (ev) {
      case Json::parse_event_t::object_start:
      case Json::parse_event_t::array_start:
        if (stack.size() >= maxDepth) throw TooDeep{};
        stack.push_back(Frame{});
        stack.back().array = ev == Json::parse_event_t::array_start;
        break;
      case Json::parse_event_t::key: {
        if (stack.empty() || !parsed.is_string()) break;
        Frame& f = stack.back();
        f.key = parsed.get<std::string>();
        if (f.keys.size() >= kMaxJsonObjectKeys) throw TooManyKeys{};
        if (!f.keys.insert(f.key).second)
          diags.error(SourceLoc{file, pointerOf(stack, stack.size())},
                      "duplicate key '" + printable(f.key) + "' (each key may appear once in an object)");
        break;
      }
      case Json::parse_event_t::value:
        if (!stack.empty() && stack.back().array) ++stack.back().index;
        break;
      case Json::parse_event_t::object_end:
      case Json::parse_event_t::array_end:
        if (!stack.empty()) stack.pop_back();
        if (!stack.empty() && stack.back().array) ++stack.back().index;
        break;
    }
    return true;
  };
  try {
    return Json::parse(text, cb, /*allow_exceptions=*/true, /*ignore_comments=*/false);
  } catch (const TooDeep&) {
    diags.error(SourceLoc{file, pointerOf(stack, stack.size())},
                "JSON nested deeper than " + std::to_string(maxDepth) + " levels");
  } catch (const TooManyKeys&) {
    stack.pop_back();  // report at the object, not at its last key
    diags.error(SourceLoc{file, pointerOf(stack, stack.size())},
                "JSON object with more than " + std::to_string(kMaxJsonObjectKeys) + " keys");
  } catch (const Json::parse_error& e) {
    diags.error(root, syntaxMessage(e.what(), text, e.byte));
  } catch (const Json::exception& e) {  // e.g. out_of_range.406 "number overflow parsing '1e999'"
    diags.error(SourceLoc{file, pointerOf(stack, stack.size())}, "JSON error: " + printable(stripPrefix(e.what()), 200));
  }
  return std::nullopt;
}

const char* jsonTypeName(const Json& v) {
  switch (v.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "object";
    case Json::value_t::array: return "array";
    case Json::value_t::string: return "string";
    case Json::value_t::boolean: return "boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "integer";
    case Json::value_t::number_float: return "number";
    case Json::value_t::binary: return "binary";
    case Json::value_t::discarded: return "nothing";
  }
  return "?";
}

const char* withArticle(const char* typeName) {
  std::string t = typeName;
  if (t == "object") return "an object";
  if (t == "array") return "an array";
  if (t == "string") return "a string";
  if (t == "boolean") return "a boolean";
  if (t == "integer") return "an integer";
  if (t == "number") return "a number";
  if (t == "null") return "null";
  return "a value";
}

std::string printable(const std::string& s, std::size_t max) {
  std::string out;
  std::size_t n = 0;
  for (unsigned char c : s) {
    if (n >= max) {
      out += "...";
      break;
    }
    if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
    // Count characters, not UTF-8 continuation bytes.
    if ((c & 0xC0) != 0x80) ++n;
  }
  return out;
}

bool expectObject(const Json& v, const SourceLoc& loc, Diagnostics& diags, const std::string& what) {
  return v.is_object() || typeError(v, loc, diags, what, "an object");
}
bool expectArray(const Json& v, const SourceLoc& loc, Diagnostics& diags, const std::string& what) {
  return v.is_array() || typeError(v, loc, diags, what, "an array");
}
bool expectString(const Json& v, const SourceLoc& loc, Diagnostics& diags, const std::string& what) {
  return v.is_string() || typeError(v, loc, diags, what, "a string");
}
bool expectBool(const Json& v, const SourceLoc& loc, Diagnostics& diags, const std::string& what) {
  return v.is_boolean() || typeError(v, loc, diags, what, "a boolean (true or false)");
}
bool expectNumber(const Json& v, const SourceLoc& loc, Diagnostics& diags, const std::string& what) {
  return v.is_number() || typeError(v, loc, diags, what, "a number");
}

std::optional<std::int64_t> getInt64(const Json& v, const SourceLoc& loc, Diagnostics& diags, const std::string& what) {
  if (v.is_number_unsigned()) {
    auto u = v.get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(INT64_MAX)) {
      diags.error(loc, (what.empty() ? std::string("integer ") : what + " ") + std::to_string(u) +
                           " is out of range (64-bit signed integers)");
      return std::nullopt;
    }
    return static_cast<std::int64_t>(u);
  }
  if (v.is_number_integer()) return v.get<std::int64_t>();
  typeError(v, loc, diags, what, "an integer");
  return std::nullopt;
}

std::string joinOr(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += i + 1 == items.size() ? " or " : ", ";
    out += items[i];
  }
  return out;
}

bool checkKeys(const Json& obj, const SourceLoc& loc, const std::vector<std::string>& allowed,
               const std::vector<std::string>& required, Diagnostics& diags, const std::string& what) {
  bool ok = true;
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    const std::string& k = it.key();
    if (std::find(allowed.begin(), allowed.end(), k) != allowed.end()) continue;
    ok = false;
    std::string msg = "unknown key '" + printable(k) + "'";
    if (!what.empty()) msg += " in " + what;
    std::string near = k.size() <= 64 ? closestName(k, allowed) : "";
    if (!near.empty()) {
      msg += "; did you mean '" + near + "'?";
    } else {
      std::vector<std::string> quoted;
      for (const std::string& a : allowed) quoted.push_back("'" + a + "'");
      msg += "; valid keys are " + joinOr(quoted);
    }
    diags.error(loc.child(k), msg);
  }
  for (const std::string& r : required) {
    if (obj.contains(r)) continue;
    ok = false;
    diags.error(loc, "missing key '" + r + "'" + (what.empty() ? "" : " in " + what));
  }
  return ok;
}

}  // namespace datosim::frontend
