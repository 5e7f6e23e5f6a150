// Dates written in text: "2018-04-13", "2018.04.13", "Apr. 2, 2019", "15 November 2023",
// "March 2020", "on March 28" (year from the document), "2018년 4월 13일".
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "graph/model.hpp"
#include "ingest/pack.hpp"
#include "ingest/tokens.hpp"

namespace policygraph::ingest {

struct DateMention {
  std::size_t first_token = 0;  ///< token range of the date
  std::size_t last_token = 0;   ///< exclusive
  Date date;
  bool year_given = true;  ///< false when the year came from the document
};

/// Finds dates in a token sequence. A month and day without a year take `default_year` when given
/// and are skipped otherwise.
std::vector<DateMention> scan_dates(const std::vector<Token>& tokens, std::string_view text, const Lexicon& lexicon,
                                    std::optional<int> default_year);

/// True when the token is a plausible year of a policy text (1900–2099).
bool is_year_token(const Token& token);

}  // namespace policygraph::ingest
