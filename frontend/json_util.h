// Strict JSON helpers shared by the graph and architecture loaders: a parse that reports syntax
// errors with line and column and rejects duplicate keys, type expectations that say what was
// expected and what was found, and a strict-object key check with closest-name suggestions.
// Everything reports into Diagnostics; nothing throws to the caller.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ir/diag.h"

namespace datosim::frontend {

/// Declaration order matters (parameters, tasks, instances), so objects keep it.
using Json = nlohmann::ordered_json;

/// Deepest nesting of arrays and objects accepted by parseJson (a guard against absurd inputs).
constexpr std::size_t kMaxJsonDepth = 512;
/// Most keys accepted in one object (ordered_json looks keys up linearly, so a huge object would
/// take quadratic time).
constexpr std::size_t kMaxJsonObjectKeys = 10000;

/// Parse `text` strictly. A syntax error becomes one error at the document root whose message
/// has the line and column ("JSON syntax error at line 3, column 7: ..."); each duplicate key in
/// an object becomes an error at the duplicate's pointer. Returns nullopt on a syntax error or on
/// nesting deeper than `maxDepth` or an object with more than kMaxJsonObjectKeys keys; with duplicate keys it returns the document (later values win)
/// so that callers can report further errors, but `diags` then has errors.
std::optional<Json> parseJson(const std::string& text, const std::string& file, Diagnostics& diags,
                              std::size_t maxDepth = kMaxJsonDepth);

/// "object", "array", "string", "integer", "number" (non-integer), "boolean", "null".
const char* jsonTypeName(const Json& v);

/// A user string made safe for a one-line message: control characters escaped, cut to `max`
/// characters with "..." appended.
std::string printable(const std::string& s, std::size_t max = 64);

/// "an object", "an array", "a string", ... for messages.
const char* withArticle(const char* typeName);

/// Type expectations: report "<what> must be an object, found array" (or "expected an object,
/// found array" when `what` is empty) at `loc` and return false when `v` has another type.
bool expectObject(const Json& v, const SourceLoc& loc, Diagnostics& diags, const std::string& what = "");
bool expectArray(const Json& v, const SourceLoc& loc, Diagnostics& diags, const std::string& what = "");
bool expectString(const Json& v, const SourceLoc& loc, Diagnostics& diags, const std::string& what = "");
bool expectBool(const Json& v, const SourceLoc& loc, Diagnostics& diags, const std::string& what = "");
/// A JSON number (integer or not).
bool expectNumber(const Json& v, const SourceLoc& loc, Diagnostics& diags, const std::string& what = "");

/// A JSON integer that fits in int64 (a float such as 2.0 is not an integer); reports and returns
/// nullopt otherwise.
std::optional<std::int64_t> getInt64(const Json& v, const SourceLoc& loc, Diagnostics& diags,
                                     const std::string& what = "");

/// Strict object keys. `obj` must be an object. Reports, at the key's pointer, every key not in
/// `allowed` ("unknown key 'mapings'; did you mean 'mapping'?", or with the list of valid keys
/// when none is close), and at `loc` every key of `required` that is missing ("missing key
/// 'mapping'"). `required` keys must also be listed in `allowed`. Returns true when all is well.
bool checkKeys(const Json& obj, const SourceLoc& loc, const std::vector<std::string>& allowed,
               const std::vector<std::string>& required, Diagnostics& diags, const std::string& what = "");

/// "a, b or c" for messages.
std::string joinOr(const std::vector<std::string>& items);

}  // namespace datosim::frontend
