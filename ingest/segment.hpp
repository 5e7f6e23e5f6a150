// Sentence segmentation: lines and paragraphs first (headings and list items stand alone, hard-
// wrapped lines are joined), then ICU's sentence iterator, with breaks after abbreviations from
// the pack ("Dr.", "Apr.") joined again.
#pragma once

#include <string_view>
#include <vector>

#include "ingest/pack.hpp"

namespace policygraph::ingest {

struct SentenceSpan {
  std::size_t begin = 0;  ///< byte offsets in the document text
  std::size_t end = 0;
  std::size_t body = 0;   ///< where the words start: after a list marker ("- ", "2. ", "b) "), else begin
  bool opens_line = false;  ///< the sentence starts a line (white space before it aside)
  bool list_item = false; ///< the sentence opens a line with a list marker
  bool whole_line = false;  ///< the sentence is a line of its own (a heading, a label, a list item)
  std::size_t indent = 0;   ///< white space before the sentence on its line, when it opens one (nested lists)
};

/// Returns the length of the list marker that opens `line` ("- ", "* ", "• ", "12. ", "3) ",
/// "(a) ", "b) "), 0 when there is none.
std::size_t list_marker_length(std::string_view line);

/// Splits a document's text into sentences (white space trimmed, empty ones dropped).
std::vector<SentenceSpan> split_sentences(std::string_view text, const Lexicon& lexicon);

}  // namespace policygraph::ingest
