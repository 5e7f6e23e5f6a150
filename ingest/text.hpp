// Text normalisation with ICU: UTF-8 repair (invalid bytes become U+FFFD), NFC, case folding.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace policygraph::ingest {

/// The result of making raw bytes into clean text.
struct CleanText {
  std::string text;                  ///< valid UTF-8 in NFC
  std::size_t invalid_bytes = 0;     ///< sequences replaced by U+FFFD
  std::size_t first_invalid = 0;     ///< byte offset of the first one in the input
};

/// Replaces invalid UTF-8 sequences by U+FFFD and normalises to NFC.
CleanText clean_utf8(std::string_view bytes);
/// Returns the text case-folded (full Unicode folding), e.g. for name matching.
std::string fold_case(std::string_view text);

}  // namespace policygraph::ingest
