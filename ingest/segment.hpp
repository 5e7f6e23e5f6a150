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
};

/// Splits a document's text into sentences (white space trimmed, empty ones dropped).
std::vector<SentenceSpan> split_sentences(std::string_view text, const Lexicon& lexicon);

}  // namespace policygraph::ingest
