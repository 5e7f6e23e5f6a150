// Years that disagree: when two sources date one edge differently ("introduced in 2008" in one
// sentence, "in 2009" in another), the edge keeps the earliest year and the `years` attribute keeps
// every year with the sentences that give it, so that answers can say the sources disagree.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/model.hpp"

namespace policygraph {

namespace edge_attributes {
inline constexpr const char* years = "years";  ///< the years sources give for an edge when they disagree
}  // namespace edge_attributes

/// A year some sources give for an edge, with the evidence citing it ("DOCUMENT#SENTENCE").
struct YearSource {
  int year = 0;
  std::vector<std::string> citations;
};

/// Returns the years the `years` attribute records, earliest first; empty when the sources agree.
std::vector<YearSource> year_sources(const Edge& edge);

/// Notes the year of `incoming` on `existing` before the two are merged, when both are dated and
/// the years differ. Each side's year is cited by its sentences that contain the year's digits
/// (all its sentences when none does).
void record_year_disagreement(Edge& existing, const Edge& incoming);

/// Forgets the citations of a removed document; when one year is left, the edge takes it and the
/// attribute goes.
void forget_year_sources(Edge& edge, std::string_view document);

/// Returns "2008 (news-a#7), 2013 (news-b#3)": the years and their citations, for messages.
std::string year_sources_text(const std::vector<YearSource>& sources);

}  // namespace policygraph
