// Text escaping shared by the exporters: every format gets valid UTF-8 and its own escapes, so a
// label with quotes, <, &, newlines, control characters or Korean survives the trip to any reader.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.hpp"
#include "graph/policy_graph.hpp"

namespace policygraph::exporting {

/// Returns the text with every invalid UTF-8 sequence replaced by U+FFFD.
std::string valid_utf8(std::string_view text);

/// Returns the text escaped for XML 1.0 character data and attribute values: & < > " ' as entities,
/// tab, newline and carriage return as character references (so attributes keep them), and the
/// characters XML 1.0 cannot carry at all (other C0 controls, U+FFFE, U+FFFF) as U+FFFD.
std::string xml_escape(std::string_view text);

/// Returns the text escaped for HTML (TimelineJS and vis-timeline render their text as HTML).
std::string html_escape(std::string_view text);

/// Returns the text percent-encoded for use inside an IRI: unreserved ASCII (letters, digits,
/// '-', '.', '_', '~') and '/' stay, every other byte (':' and UTF-8 included) becomes %XX.
std::string iri_encode(std::string_view text);

/// Returns the shortest decimal text that reads back as the same double ("0.9", "1").
std::string number_text(double value);

/// Returns the text as one CSV field (RFC 4180): quoted when it holds a comma, quote, newline or
/// leading/trailing space, with quotes doubled.
std::string csv_field(std::string_view text);

/// Returns the evidence as compact JSON (an array of objects with the snapshot's field names).
std::string evidence_json(const std::vector<Evidence>& evidence);

/// Returns the documents the evidence cites, in order of first citation, without repeats.
std::vector<std::string> cited_documents(const std::vector<Evidence>& evidence);

/// Returns the highest confidence of the evidence, or nothing when there is none.
std::optional<double> best_confidence(const std::vector<Evidence>& evidence);

/// Returns the name under which a flat format writes an attribute: the key itself, or
/// "attribute_KEY" when the key collides with a field the format writes itself (e.g. "label").
std::string attribute_name(const std::string& key, std::initializer_list<std::string_view> reserved);

/// Returns the first day a date covers ("2003" -> "2003-01-01"), for formats that want whole dates.
std::string first_day(const Date& date);
/// Returns the last day a date covers ("2008-02" -> "2008-02-29").
std::string last_day(const Date& date);

/// The years a node covers, as the exports write them: the last year is absent while a term runs.
struct CoveredYears {
  int first = 0;
  std::optional<int> last;
};
/// Returns the years a node covers (graph/subgraph.hpp's node_years without its open-end marker).
std::optional<CoveredYears> covered_years(const PolicyGraph& graph, const Node& node);

/// Returns the edges that introduced a programme, earliest year first (edges without a year last).
std::vector<const Edge*> introductions(const PolicyGraph& graph, const Node& programme);

}  // namespace policygraph::exporting
