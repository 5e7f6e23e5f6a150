// The report page (`export --format html`): what its table of programmes holds, row by row, and the
// style and script the page carries inline. The page itself is written by write_html_report.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/policy_graph.hpp"

namespace policygraph::exporting {

/// One fact of a programme as the report shows it: a short text that opens to its evidence.
struct ReportFact {
  std::string text;                ///< what is stated ("Participation Government", "regional strategic industry")
  std::string detail;              ///< how, when known ("expanded, 2004", "inferred by date", "said at: …")
  std::vector<Evidence> evidence;  ///< the sentences that state it
};

/// One programme of the report's table.
struct ProgrammeRow {
  const Node* programme = nullptr;
  std::vector<const Node*> administrations;  ///< those that introduced it, earliest first
  std::vector<ReportFact> introduced_by;
  std::string when;                          ///< "2004", "during 2003–2008" or "" (never an invented year)
  std::optional<int> first_year;             ///< the years it covers, as --from/--to read them
  std::optional<int> last_year;              ///< absent while an open term runs
  std::vector<ReportFact> became;            ///< evolved_into, from this programme
  std::vector<ReportFact> came_from;         ///< evolved_into, to this programme
  std::vector<ReportFact> problems;          ///< has_problem
  std::vector<ReportFact> outcomes;          ///< resulted_in
  std::vector<ReportFact> recommendations;   ///< as `query recommendations NAME` finds them
  bool recommendations_by_document = false;  ///< true when they come from the documents that discuss it
};

/// Returns a row for every programme of the graph, by label (ASCII case folded) then id.
std::vector<ProgrammeRow> programme_rows(const PolicyGraph& graph);

/// Returns the administrations of the graph in order of term (those without a start last, by label).
std::vector<const Node*> administrations_by_term(const PolicyGraph& graph);

/// Returns an SVG document (as Graphviz writes it) ready to sit inside HTML: the XML declaration,
/// doctype and comments dropped, so that it starts at "<svg".
std::string inline_svg(std::string_view svg);

/// Returns the page's style sheet.
std::string_view report_style();
/// Returns the page's script: search, filters, sorting and zoom over what the HTML already holds.
std::string_view report_script();

}  // namespace policygraph::exporting
