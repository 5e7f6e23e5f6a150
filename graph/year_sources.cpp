// The `years` attribute of edges whose sources disagree: "2008: doc-a#7, doc-b#2; 2013: doc-c#3".
#include "graph/year_sources.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace policygraph {
namespace {

std::vector<std::string> split(std::string_view text, std::string_view separator) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) out.emplace_back(text.substr(start, end - start));
    start = end + separator.size();
  }
  return out;
}

using YearMap = std::map<int, std::set<std::string>>;

YearMap parse(const Edge& edge) {
  YearMap years;
  auto found = edge.attributes.find(edge_attributes::years);
  if (found == edge.attributes.end()) return years;
  for (const std::string& part : split(found->second, "; ")) {
    std::size_t colon = part.find(": ");
    if (colon != 4 || !std::all_of(part.begin(), part.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) continue;
    auto& citations = years[std::stoi(part.substr(0, 4))];
    for (std::string& citation : split(std::string_view(part).substr(colon + 2), ", ")) citations.insert(std::move(citation));
  }
  return years;
}

void store(Edge& edge, const YearMap& years) {
  if (years.size() < 2) {
    edge.attributes.erase(edge_attributes::years);
    return;
  }
  std::string text;
  for (const auto& [year, citations] : years) {
    if (!text.empty()) text += "; ";
    text += std::to_string(year) + ":";
    bool first = true;
    for (const std::string& citation : citations) {
      text += (first ? " " : ", ") + citation;
      first = false;
    }
  }
  edge.attributes[edge_attributes::years] = text;
}

std::string citation_of(const Evidence& evidence) { return evidence.document + "#" + std::to_string(evidence.sentence); }

// The sentences of an edge that give its year: those that contain its digits, else all of them.
std::set<std::string> citing(const Edge& edge, int year) {
  std::set<std::string> out;
  std::string digits = std::to_string(year);
  for (const Evidence& evidence : edge.evidence)
    if (evidence.text.find(digits) != std::string::npos) out.insert(citation_of(evidence));
  if (out.empty())
    for (const Evidence& evidence : edge.evidence) out.insert(citation_of(evidence));
  return out;
}

}  // namespace

std::vector<YearSource> year_sources(const Edge& edge) {
  std::vector<YearSource> out;
  for (const auto& [year, citations] : parse(edge)) out.push_back({year, {citations.begin(), citations.end()}});
  if (out.size() < 2) out.clear();
  return out;
}

void record_year_disagreement(Edge& existing, const Edge& incoming) {
  YearMap years = parse(existing);
  YearMap added = parse(incoming);
  if (existing.year && years.empty()) years[*existing.year] = citing(existing, *existing.year);
  if (incoming.year && added.empty()) added[*incoming.year] = citing(incoming, *incoming.year);
  if (years.empty() || added.empty()) return;
  for (auto& [year, citations] : added) years[year].insert(citations.begin(), citations.end());
  store(existing, years);
}

void forget_year_sources(Edge& edge, std::string_view document) {
  YearMap years = parse(edge);
  if (years.empty()) return;
  std::string prefix = std::string(document) + "#";
  for (auto it = years.begin(); it != years.end();) {
    std::erase_if(it->second, [&](const std::string& citation) { return citation.rfind(prefix, 0) == 0; });
    it = it->second.empty() ? years.erase(it) : std::next(it);
  }
  if (!years.empty()) edge.year = years.begin()->first;
  store(edge, years);
}

std::string year_sources_text(const std::vector<YearSource>& sources) {
  std::string out;
  for (const YearSource& source : sources) {
    if (!out.empty()) out += ", ";
    out += std::to_string(source.year) + " (";
    for (std::size_t i = 0; i < source.citations.size(); ++i) out += (i ? ", " : "") + source.citations[i];
    out += ")";
  }
  return out;
}

}  // namespace policygraph
