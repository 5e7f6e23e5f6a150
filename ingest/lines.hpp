// Line helpers the readers share: ASCII lower case, trimming of blanks (and no-break spaces at the
// edges), and splitting into lines without their CR.
#pragma once

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace policygraph::ingest {

inline std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

inline bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

inline std::string trim_blank(std::string_view text) {
  std::size_t begin = 0, end = text.size();
  while (begin < end && is_blank(text[begin])) ++begin;
  while (end > begin && is_blank(text[end - 1])) --end;
  // Non-breaking spaces (U+00A0) at the edges are layout, not text.
  // (cppcheck 2.10 takes the view for empty after the loops above and calls both conditions
  // always false; the reader's tests of no-break spaces at line edges show they are not.)
  // cppcheck-suppress knownConditionTrueFalse
  while (end - begin >= 2 && text.substr(begin, 2) == "\xC2\xA0") begin += 2;
  // cppcheck-suppress knownConditionTrueFalse
  while (end - begin >= 2 && text.substr(end - 2, 2) == "\xC2\xA0") end -= 2;
  return std::string(text.substr(begin, end - begin));
}

inline std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::string line;
  std::istringstream in(text);
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

}  // namespace policygraph::ingest
