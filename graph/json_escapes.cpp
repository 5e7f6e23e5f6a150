// The lone-surrogate scan: a walk from backslash to backslash (memchr) for comment-free JSON, where
// every backslash that no escape swallowed starts one; a small lexer when comments may hold them.
#include "graph/json_escapes.hpp"

#include <cstring>

namespace policygraph {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Returns the code unit of a \uXXXX escape at `at`, or -1 when there is none.
long escaped_unit(std::string_view text, std::size_t at) {
  if (at + 6 > text.size() || text[at] != '\\' || text[at + 1] != 'u') return -1;
  long unit = 0;
  for (std::size_t i = at + 2; i < at + 6; ++i) {
    int digit = hex_digit(text[i]);
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

// Looks at the escape starting at `at`: returns how many bytes it spans, and sets `lone` when it
// is a low surrogate with no high one before it (a high one takes its low partner along).
std::size_t read_escape(std::string_view text, std::size_t at, bool& lone) {
  long unit = escaped_unit(text, at);
  if (unit < 0) return 2;
  if (unit >= 0xD800 && unit <= 0xDBFF) {
    long low = escaped_unit(text, at + 6);
    return low >= 0xDC00 && low <= 0xDFFF ? 12 : 6;
  }
  lone = unit >= 0xDC00 && unit <= 0xDFFF;
  return 6;
}

}  // namespace

std::optional<std::size_t> find_lone_surrogate_escape(std::string_view json, bool comments) {
  bool lone = false;
  if (!comments) {
    std::size_t at = 0;
    while (at < json.size()) {
      const void* found = std::memchr(json.data() + at, '\\', json.size() - at);
      if (!found) return std::nullopt;
      at = static_cast<std::size_t>(static_cast<const char*>(found) - json.data());
      std::size_t length = read_escape(json, at, lone);
      if (lone) return at;
      at += length;
    }
    return std::nullopt;
  }
  bool in_string = false;
  for (std::size_t at = 0; at < json.size();) {
    char c = json[at];
    if (in_string) {
      if (c == '\\') {
        std::size_t length = read_escape(json, at, lone);
        if (lone) return at;
        at += length;
        continue;
      }
      if (c == '"') in_string = false;
      ++at;
    } else if (c == '"') {
      in_string = true;
      ++at;
    } else if (c == '/' && at + 1 < json.size() && json[at + 1] == '/') {
      std::size_t end = json.find('\n', at);
      at = end == std::string_view::npos ? json.size() : end;
    } else if (c == '/' && at + 1 < json.size() && json[at + 1] == '*') {
      std::size_t end = json.find("*/", at + 2);
      at = end == std::string_view::npos ? json.size() : end + 2;
    } else {
      ++at;
    }
  }
  return std::nullopt;
}

}  // namespace policygraph
