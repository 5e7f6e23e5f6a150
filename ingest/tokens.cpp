// The tokenizer: an ASCII fast path and ICU character properties for everything else.
#include "ingest/tokens.hpp"

#include <algorithm>
#include <cctype>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace policygraph::ingest {
namespace {

bool is_hangul(UChar32 c) { return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F); }

bool is_word_char(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || (U_GET_GC_MASK(c) & U_GC_M_MASK);
}

// Characters that do not show: zero-width space, zero-width non-joiner and joiner, word joiner,
// byte order mark, soft hyphen. Between two word characters they are skipped, elsewhere ignored.
bool is_invisible(UChar32 c) { return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD; }

// Unicode White_Space (tab to carriage return, space, NBSP, the spaces U+2000-U+200A, narrow NBSP,
// line and paragraph separators, ideographic space), and U+180E, a space before Unicode 6.3.
bool is_space(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(c) || c == 0x180E;
}

// Returns where a run of invisible characters that starts at `at` ends.
int32_t skip_invisible(const uint8_t* data, int32_t at, int32_t size) {
  while (at < size) {
    int32_t next = at;
    UChar32 c;
    U8_NEXT(data, next, size, c);
    if (c < 0 || !is_invisible(c)) break;
    at = next;
  }
  return at;
}

bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool is_hyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }
// Figure dash, en dash, em dash, horizontal bar, minus sign: punctuation written "-".
bool is_dash(UChar32 c) { return (c >= 0x2012 && c <= 0x2015) || c == 0x2212; }
// The prime and the acute accent typed for an apostrophe ("People´s"), between two letters only.
bool is_apostrophe_lookalike(UChar32 c) { return c == 0x2032 || c == 0x00B4; }

UChar32 decode(std::string_view text, int32_t at) {
  UChar32 c;
  int32_t i = at;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  return c;
}

// True when the bytes [from, to) hold a soft hyphen.
bool has_soft_hyphen(std::string_view text, int32_t from, int32_t to) {
  return text.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(to - from)).find("\xC2\xAD") != std::string_view::npos;
}

// After a hyphen that ends at `at`: spaces or tabs, one line break (\n or \r\n), spaces or tabs.
// Returns where the next line's text starts, or -1 when no line break follows the hyphen.
int32_t next_line_after_hyphen(const uint8_t* data, int32_t at, int32_t size) {
  while (at < size && (data[at] == ' ' || data[at] == '\t')) ++at;
  if (at < size && data[at] == '\r') ++at;
  if (at >= size || data[at] != '\n') return -1;
  ++at;
  while (at < size && (data[at] == ' ' || data[at] == '\t')) ++at;
  return at;
}

// A line-end hyphen at `hyphen` before the continuation's first character: whether it is part of
// the word ("Moo-hyun", "R&D-Based", "BK21-plus", "e-government") or only breaks it ("inno-vation").
// The part before it runs back from the hyphen over word characters to `begin` at most.
bool keeps_line_end_hyphen(const uint8_t* data, int32_t begin, int32_t hyphen, UChar32 continuation) {
  if (!u_islower(continuation)) return true;  // a capital, a digit, a letter without case
  int letters = 0, others = 0;
  UChar32 first = -1, last = -1;
  for (int32_t i = hyphen; i > begin;) {
    UChar32 c;
    U8_PREV(data, begin, i, c);
    if (c >= 0 && is_invisible(c)) continue;
    if (c < 0 || !is_word_char(c)) break;
    if (last < 0) last = c;
    first = c;
    if (u_isalpha(c))
      ++letters;
    else
      ++others;
  }
  if (last < 0 || u_isdigit(last) || u_isupper(last)) return true;
  if (others > 0) return false;
  // No typesetter breaks a word after one letter; a capitalised part of two or three letters is a
  // syllable of a name ("Moo-hyun", "Jae-in").
  return letters == 1 || (letters <= 3 && u_isupper(first));
}

void append_folded(std::string& out, UChar32 c) {
  if (c < 0x80) {
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return;
  }
  if (is_apostrophe(c)) {
    out += '\'';
    return;
  }
  if (is_hyphen(c)) {
    out += '-';
    return;
  }
  UChar32 folded = u_foldCase(c, U_FOLD_CASE_DEFAULT);
  char buffer[4];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, folded);
  out.append(buffer, static_cast<std::size_t>(length));
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, uint32_t base, std::size_t max_tokens) {
  std::vector<Token> tokens;
  tokens.reserve(std::min(text.size() / 5 + 1, max_tokens));
  const auto* data = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t size = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < size && tokens.size() < max_tokens) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(data, i, size, c);
    if (c < 0 || is_space(c) || is_invisible(c)) continue;
    Token token;
    token.begin = base + static_cast<uint32_t>(start);
    if (!is_word_char(c)) {
      append_folded(token.norm, c);
      if (c == 0x201C || c == 0x201D) token.norm = "\"";
      if (c == 0x2018) token.norm = "'";
      if (c >= 0x80 && is_dash(c)) token.norm = "-";
      token.end = base + static_cast<uint32_t>(i);
      tokens.push_back(std::move(token));
      continue;
    }
    token.word = true;
    token.capitalised = c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(c);
    bool digits_only = c >= '0' && c <= '9';
    int letters = 0, uppers = 0;
    UChar32 previous = c;  // the last word character
    int32_t end = start;
    int32_t j = start;
    // A word runs over letters and digits, over one joiner (' ’ - & + . , and ′ ´ between letters)
    // between two of them, over invisible characters between two of them, and over a hyphen that
    // ends a line.
    while (j < size) {
      UChar32 d;
      U8_NEXT(data, j, size, d);
      if (d >= 0 && is_word_char(d)) {
        append_folded(token.norm, d);
        bool digit = d >= '0' && d <= '9';
        if (!digit) digits_only = false;
        // An ASCII word character is a letter or a digit: no ICU call for it.
        if (d < 0x80 ? !digit : u_isalpha(d)) {
          ++letters;
          if (d < 0x80 ? d >= 'A' && d <= 'Z' : u_isupper(d)) ++uppers;
        }
        if (d >= 0x80 && is_hangul(d)) token.hangul = true;
        previous = d;
        end = j;
        continue;
      }
      // "Partici\u200Bpation": invisible characters between two word characters are skipped.
      if (d >= 0x80 && is_invisible(d)) {
        int32_t run = j - U8_LENGTH(d);
        int32_t after = skip_invisible(data, j, size);
        if (after < size && is_word_char(decode(text, after))) {
          j = after;
          continue;
        }
        // A soft hyphen marks where a word may break: before a line break it is one ("inno<SHY>\nvation").
        int32_t next_line = has_soft_hyphen(text, run, after) ? next_line_after_hyphen(data, after, size) : -1;
        if (next_line >= 0 && next_line < size && is_word_char(decode(text, next_line))) {
          j = next_line;
          continue;
        }
        break;
      }
      // "inno-\nvation", "Moo-\nhyun": a hyphen at the end of a line inside a word.
      if ((d == '-' || d == 0x2010) && j < size && (data[j] == '\n' || data[j] == '\r' || data[j] == ' ' || data[j] == '\t')) {
        int32_t next_line = next_line_after_hyphen(data, j, size);
        UChar32 next = next_line >= 0 && next_line < size ? decode(text, next_line) : -1;
        if (next >= 0 && is_word_char(next)) {
          if (keeps_line_end_hyphen(data, start, j - U8_LENGTH(d), next)) token.norm += '-';
          digits_only = false;
          j = next_line;
          continue;
        }
      }
      bool lookalike = d >= 0x80 && is_apostrophe_lookalike(d);
      bool joiner = is_apostrophe(d) || is_hyphen(d) || d == '&' || d == '+' || (d == '.' && digits_only) ||
                    (lookalike && u_isalpha(previous));
      // "4,000": a comma between a number and three digits is a thousands separator.
      if (d == ',' && digits_only && j + 3 <= size && std::isdigit(data[j]) && std::isdigit(data[j + 1]) &&
          std::isdigit(data[j + 2]) && (j + 3 == size || !std::isdigit(data[j + 3])))
        joiner = true;
      // "LINC+", "BK21+": a plus sign that ends a name in capitals is part of it.
      if (d == '+' && letters >= 2 && uppers == letters) {
        UChar32 after = j < size ? decode(text, j) : -1;
        if (after < 0 || !is_word_char(after)) {
          append_folded(token.norm, d);
          end = j;
          break;
        }
      }
      if (!joiner || j >= size) break;
      UChar32 next = decode(text, j);
      if (next < 0 || !is_word_char(next) || (lookalike && !u_isalpha(next))) break;
      if (lookalike)
        token.norm += '\'';
      else
        append_folded(token.norm, d);
      if (!((d == '.' || d == ',') && digits_only)) digits_only = false;
      end = j;
    }
    i = end;
    token.end = base + static_cast<uint32_t>(end);
    // "e-Government", "u-City": a name word with a one- or two-letter prefix is capitalised too
    // (also when the hyphen ends a line: "e-\nGovernment").
    if (!token.capitalised && end - start > 3) {
      std::string_view word = text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
      std::size_t hyphen = word.find('-');
      std::size_t after = hyphen == std::string_view::npos ? hyphen : word.find_first_not_of(" \t\r\n", hyphen + 1);
      if ((hyphen == 1 || hyphen == 2) && after < word.size() && word[after] >= 'A' && word[after] <= 'Z' &&
          std::all_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(hyphen), [](char c) { return c >= 'a' && c <= 'z'; }))
        token.capitalised = true;
    }
    token.number = digits_only;
    token.all_caps = letters >= 2 && uppers == letters;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

std::string fold_name(std::string_view text) {
  std::string out;
  for (const Token& token : tokenize(text)) {
    if (!out.empty()) out += ' ';
    out += token.norm;
  }
  return out;
}

std::string display_text(std::string_view text) {
  // Most labels are printable ASCII with single spaces inside: they stay as they are.
  bool plain = !text.empty() && text.front() != ' ' && text.back() != ' ';
  for (std::size_t k = 0; k < text.size() && plain; ++k) {
    auto byte = static_cast<unsigned char>(text[k]);
    plain = byte > ' ' ? byte < 0x7F : byte == ' ' && text[k - 1] != ' ';
  }
  if (plain) return std::string(text);

  std::string out;
  out.reserve(text.size());
  const auto* data = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t size = static_cast<int32_t>(text.size());
  bool space = false;      // white space since the last character written
  bool after_word = false; // the last character written is a word character
  int32_t i = 0;
  while (i < size) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(data, i, size, c);
    if (c >= 0 && is_space(c)) {
      space = true;
      continue;
    }
    // Line-end hyphens and invisible characters as the tokenizer reads them.
    auto continues_next_line = [&](int32_t at) {
      int32_t next_line = next_line_after_hyphen(data, at, size);
      return next_line >= 0 && next_line < size && is_word_char(decode(text, next_line)) ? next_line : -1;
    };
    if (after_word && !space && (c == '-' || c == 0x2010)) {
      if (int32_t next_line = continues_next_line(i); next_line >= 0) {
        if (keeps_line_end_hyphen(data, 0, start, decode(text, next_line)))
          out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
        i = next_line;
        continue;
      }
    }
    if (c >= 0 && is_invisible(c)) {
      int32_t after = skip_invisible(data, i, size);
      bool soft_hyphen = has_soft_hyphen(text, start, after);
      if (int32_t next_line = after_word && !space && soft_hyphen ? continues_next_line(after) : -1; next_line >= 0) {
        i = next_line;
        continue;
      }
      // Only between two word characters does the word go on.
      after_word = after_word && !space && after < size && is_word_char(decode(text, after));
      i = after;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    after_word = is_word_char(c);
  }
  return out;
}

}  // namespace policygraph::ingest
