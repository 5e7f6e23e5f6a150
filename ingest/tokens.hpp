// Tokens with byte offsets: words (keeping "R&D", "People's", "Moo-hyun", "5+2" whole), numbers
// and punctuation, each with a folded form for matching. One linear pass, no regular expressions.
//
// Scraped text: a token's offsets always cover the original bytes; only its `norm` is cleaned.
// - Invisible characters (zero-width space, non-joiner and joiner U+200B-U+200D, word joiner
//   U+2060, byte order mark U+FEFF, soft hyphen U+00AD) between two word characters are skipped:
//   "Partici<U+200B>pation" is one token "participation". Anywhere else they separate like spaces.
// - Every Unicode White_Space character (no-break space U+00A0, narrow no-break space U+202F,
//   figure space U+2007, ...) and U+180E separates tokens.
// - Line-end hyphenation: a word, a hyphen (ASCII or U+2010), a line break (\n or \r\n, spaces or
//   tabs around it allowed) and a word character go on as one token, its span from the first
//   character to the last. The hyphen is dropped ("inno-\nvation" is "innovation") when the
//   continuation starts with a lower-case letter, unless the part before the hyphen (its word
//   characters back to the last joiner) ends in a digit or a capital ("R&D-\nbased", "BK21-\nplus"),
//   is one letter ("e-\ngovernment": no typesetter breaks after one), or is a capitalised word of
//   two or three letters ("Moo-\nhyun", "Jae-\nin"). Before a capital, a digit or a letter without
//   case it stays ("R&D-\nBased" is "r&d-based"). A soft hyphen before a line break always goes.
// - Dashes (figure dash U+2012, en dash U+2013, em dash U+2014, horizontal bar U+2015, minus
//   U+2212) are punctuation tokens with norm "-"; curly quotes fold to straight ones; a prime U+2032
//   or an acute accent U+00B4 between two letters is an apostrophe ("People´s" is "people's").
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace policygraph::ingest {

struct Token {
  uint32_t begin = 0;  ///< byte offsets in the text the tokenizer was given (plus its base)
  uint32_t end = 0;
  std::string norm;    ///< lower case, curly quotes straight, dashes "-", invisible characters and line-end hyphens gone
  bool word = false;   ///< letters or digits (not punctuation)
  bool capitalised = false;  ///< starts with an upper-case letter
  bool all_caps = false;     ///< two or more letters, all upper case ("KIAT")
  bool number = false;       ///< digits only
  bool hangul = false;       ///< contains Hangul

  /// Returns the surface text of the token in `text`.
  std::string_view surface(std::string_view text) const { return text.substr(begin, end - begin); }
};

/// Splits text into tokens; offsets are relative to `text` plus `base`. Stops after `max_tokens`
/// tokens: a caller that needs only the first few does not pay for a long line.
std::vector<Token> tokenize(std::string_view text, uint32_t base = 0,
                            std::size_t max_tokens = std::numeric_limits<std::size_t>::max());
/// Returns the folded form of a name for matching (the norms of its tokens joined by spaces).
std::string fold_name(std::string_view text);
/// Returns text as a label shows it: invisible characters dropped, line-end hyphenations joined
/// as the tokenizer joins them, every run of white space (line breaks, tabs, no-break spaces) one
/// ASCII space, no space at either end. Other characters stay as written.
std::string display_text(std::string_view text);

}  // namespace policygraph::ingest
