// Segmentation with ICU's BreakIterator over UTF-8 UText, so boundaries come back as byte offsets.
#include "ingest/segment.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

#include "graph/error.hpp"
#include "ingest/tokens.hpp"

namespace policygraph::ingest {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool ends_sentence(std::string_view line) {
  while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
  if (line.empty()) return true;
  char last = line.back();
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';') return true;
  // A closing quote after the full stop.
  return line.size() >= 4 && (line.substr(line.size() - 3) == "\xE2\x80\x9D" || line.substr(line.size() - 3) == "\xE2\x80\x99") &&
         (line[line.size() - 4] == '.' || line[line.size() - 4] == '?' || line[line.size() - 4] == '!');
}

bool starts_lower(std::string_view line) { return !line.empty() && line[0] >= 'a' && line[0] <= 'z'; }

bool ends_with_function_word(std::string_view line, const Lexicon& lexicon) {
  std::vector<Token> tokens = tokenize(line);
  if (tokens.empty()) return false;
  const std::string& last = tokens.back().norm;
  return lexicon.has("determiners", last) || lexicon.has("prepositions", last) || lexicon.has("conjunctions", last) ||
         lexicon.has("extending_prepositions", last);
}

}  // namespace

std::size_t list_marker_length(std::string_view line) {
  auto followed_by_space = [&](std::size_t at) { return at < line.size() && (line[at] == ' ' || line[at] == '\t') ? at + 1 : 0; };
  if (line.empty()) return 0;
  if (line[0] == '-' || line[0] == '*' || line[0] == '+') return followed_by_space(1);
  for (std::string_view bullet : {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x96\xA0", "\xE2\x97\x8B", "\xE2\x97\x8F",
                                  "\xE2\x80\x93", "\xE2\x96\xB6", "\xE2\x80\xA3", "\xE2\x81\x83"})
    if (line.substr(0, bullet.size()) == bullet) return followed_by_space(bullet.size());
  std::size_t digits = 0;
  while (digits < line.size() && digits < 3 && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')')) return followed_by_space(digits + 1);
  // "a) ", "(b) ", "(3) "
  std::size_t at = line[0] == '(' ? 1 : 0;
  std::size_t mark = at;
  while (mark < line.size() && mark - at < 2 && ((line[mark] >= 'a' && line[mark] <= 'z') || (line[mark] >= '0' && line[mark] <= '9'))) ++mark;
  if (mark > at && mark < line.size() && line[mark] == ')' && (at == 1 || mark - at == 1)) return followed_by_space(mark + 1);
  return 0;
}

std::vector<SentenceSpan> split_sentences(std::string_view text, const Lexicon& lexicon) {
  // 1. Blocks: a line ends its block unless it was hard-wrapped in the middle of a sentence.
  std::vector<SentenceSpan> blocks;
  std::size_t block_begin = std::string_view::npos;
  std::size_t position = 0;
  while (position < text.size()) {
    std::size_t newline = text.find('\n', position);
    std::size_t line_end = newline == std::string_view::npos ? text.size() : newline;
    std::string_view line = text.substr(position, line_end - position);
    bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
    if (!blank && block_begin == std::string_view::npos) block_begin = position;
    std::size_t next_start = newline == std::string_view::npos ? text.size() : newline + 1;
    std::size_t next_end = text.find('\n', next_start);
    std::string_view next = next_start < text.size()
                                ? text.substr(next_start, (next_end == std::string_view::npos ? text.size() : next_end) - next_start)
                                : std::string_view();
    bool next_blank = next.find_first_not_of(" \t\r") == std::string_view::npos;
    std::size_t next_indent = next.find_first_not_of(" \t");
    bool next_item = !next_blank && list_marker_length(next.substr(next_indent)) > 0;
    bool join = !blank && !next_blank && !next_item && !ends_sentence(line) &&
                (starts_lower(next) || ends_with_function_word(line, lexicon));
    if (block_begin != std::string_view::npos && (blank || !join)) {
      blocks.push_back({block_begin, blank ? position : line_end});
      block_begin = std::string_view::npos;
    }
    position = next_start;
  }
  if (block_begin != std::string_view::npos) blocks.push_back({block_begin, text.size()});

  // 2. Sentences inside each block.
  UErrorCode status = U_ZERO_ERROR;
  // The lexicon's `sentence_locale` ("en"; ICU's root rules without one). A plain language code:
  // the "ss=standard" suppressions match word endings ("KIAT." reads as "…at."), and the pack's
  // abbreviation list already rejoins "Dr.", "Apr.", "Mr.".
  const auto& locales = lexicon.list("sentence_locale");
  std::unique_ptr<icu::BreakIterator> iterator(
      icu::BreakIterator::createSentenceInstance(icu::Locale(locales.empty() ? "" : locales.begin()->c_str()), status));
  if (U_FAILURE(status)) throw Error(std::string("ICU sentence iterator unavailable: ") + u_errorName(status));
  std::vector<SentenceSpan> sentences;
  const auto& abbreviations = lexicon.list("abbreviations");
  for (const SentenceSpan& block : blocks) {
    // ICU ends a sentence at every line break; a hard-wrapped block is one paragraph, so its line
    // breaks are given to ICU as spaces (same bytes, same offsets).
    std::string flat(text.substr(block.begin, block.end - block.begin));
    for (char& c : flat)
      if (c == '\n' || c == '\r') c = ' ';
    UText* utext = utext_openUTF8(nullptr, flat.data(), static_cast<int64_t>(flat.size()), &status);
    if (U_FAILURE(status)) throw Error(std::string("ICU text unavailable: ") + u_errorName(status));
    iterator->setText(utext, status);
    std::vector<std::size_t> breaks;
    for (int32_t at = iterator->next(); at != icu::BreakIterator::DONE; at = iterator->next())
      breaks.push_back(block.begin + static_cast<std::size_t>(at));
    utext_close(utext);
    std::size_t start = block.begin;
    for (std::size_t b = 0; b < breaks.size(); ++b) {
      std::size_t end = breaks[b];
      if (b + 1 < breaks.size()) {
        // Join a break that follows an abbreviation of the pack or a single initial ("J.").
        std::string_view piece = text.substr(start, end - start);
        std::size_t trimmed = piece.find_last_not_of(" \t\r\n");
        std::vector<Token> tail = tokenize(piece.substr(0, trimmed == std::string_view::npos ? 0 : trimmed + 1));
        if (tail.size() >= 2 && tail.back().norm == ".") {
          const Token& word = tail[tail.size() - 2];
          bool initial = word.norm.size() == 1 && word.capitalised;
          bool list_number = tail.size() == 2 && word.number;  // "1. Budgets were cut"
          if (initial || list_number || abbreviations.count(word.norm + ".")) continue;
        }
      }
      std::size_t s = start, e = end;
      while (s < e && is_space(text[s])) ++s;
      while (e > s && is_space(text[e - 1])) --e;
      if (e > s) {
        SentenceSpan sentence{s, e, s};
        std::size_t line_begin = s;
        while (line_begin > 0 && (text[line_begin - 1] == ' ' || text[line_begin - 1] == '\t')) --line_begin;
        bool opens_line = line_begin == 0 || text[line_begin - 1] == '\n';
        std::size_t line_end = e;
        while (line_end < text.size() && (text[line_end] == ' ' || text[line_end] == '\t' || text[line_end] == '\r')) ++line_end;
        bool closes_line = line_end == text.size() || text[line_end] == '\n';
        sentence.opens_line = opens_line;
        if (opens_line) sentence.indent = s - line_begin;
        sentence.whole_line = opens_line && closes_line;
        if (opens_line) {
          std::size_t marker = list_marker_length(text.substr(s, e - s));
          if (marker > 0 && s + marker < e) {
            sentence.list_item = true;
            sentence.body = s + marker;
            while (sentence.body < e && is_space(text[sentence.body])) ++sentence.body;
          }
        }
        // "1. Background" followed by a blank line and a paragraph is a numbered heading, not an item.
        if (sentence.list_item && sentence.whole_line && !ends_sentence(text.substr(s, e - s))) {
          std::size_t after = text.find('\n', e);
          std::size_t blank_end = after;
          int newlines = 0;
          while (blank_end != std::string_view::npos && blank_end < text.size() && is_space(text[blank_end])) {
            if (text[blank_end] == '\n') ++newlines;
            ++blank_end;
          }
          if (newlines >= 2 && blank_end < text.size() && list_marker_length(text.substr(blank_end, 8)) == 0 &&
              text[s] >= '0' && text[s] <= '9')
            sentence.list_item = false;
        }
        sentences.push_back(sentence);
      }
      start = end;
    }
  }
  return sentences;
}

}  // namespace policygraph::ingest
