// The report page: one self-contained HTML file (style and script inline, nothing fetched) with the
// timeline diagram as inline SVG, the table of programmes with every fact opening to its evidence,
// and tables of administrations and documents. Everything is in the HTML; the script only filters,
// sorts and zooms. Every word from a document is HTML-escaped; the script reads no data but the page.
#include <algorithm>
#include <map>
#include <ostream>

#include "export/dot.hpp"
#include "export/exporter.hpp"
#include "export/html_report.hpp"
#include "export/text_escape.hpp"
#include "graph/error.hpp"
#include "graph/query.hpp"

namespace policygraph::exporting {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// Escaped text for HTML character data and quoted attribute values alike; control characters
// other than tab and line breaks (which HTML reports as errors) become U+FFFD.
std::string text(std::string_view raw) {
  std::string escaped = html_escape(raw);
  std::string out;
  out.reserve(escaped.size());
  for (char c : escaped) {
    auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && c != '\t' && c != '\n' && c != '\r') || byte == 0x7F) out += replacement;
    else out += c;
  }
  return out;
}

std::string lower_ascii(std::string value) {
  std::transform(value.begin(), value.end(), value.begin(), [](unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; });
  return value;
}

// Where evidence points: the documents table's anchors, in the order that table lists them.
class DocumentIndex {
 public:
  explicit DocumentIndex(const PolicyGraph& graph) : documents_(graph.documents()) {
    std::stable_sort(documents_.begin(), documents_.end(), [](const Document* a, const Document* b) {
      return std::tie(a->date, a->id) < std::tie(b->date, b->id);
    });
    for (std::size_t i = 0; i < documents_.size(); ++i) positions_[documents_[i]->id] = i;
  }
  const std::vector<const Document*>& documents() const { return documents_; }
  const Document* find(const std::string& id, std::string* anchor) const {
    auto found = positions_.find(id);
    if (found == positions_.end()) return nullptr;
    *anchor = "pg-d" + std::to_string(found->second);
    return documents_[found->second];
  }

 private:
  std::vector<const Document*> documents_;
  std::map<std::string, std::size_t> positions_;
};

// A sentence and where it stands: "— Title (2019-05-21), sentence 4 · rule, confidence 0.9". A
// sentence that several rules read is quoted once, with each rule.
void write_evidence(std::ostream& out, const std::vector<Evidence>& evidence, const DocumentIndex& documents) {
  for (std::size_t i = 0; i < evidence.size();) {
    const Evidence& e = evidence[i];
    std::size_t next = i + 1;
    while (next < evidence.size() && evidence[next].document == e.document && evidence[next].sentence == e.sentence &&
           evidence[next].text == e.text)
      ++next;
    out << "<blockquote>" << text(e.text.empty() ? "(no sentence: stated by " + e.document + ")" : e.text)
        << "</blockquote><p class=\"pg-source\">\u2014 ";
    std::string anchor;
    if (const Document* document = documents.find(e.document, &anchor)) {
      out << "<a href=\"#" << anchor << "\">" << text(document->title.empty() ? document->id : document->title) << "</a>";
      if (!document->date.empty()) out << " (" << text(document->date) << ")";
    } else {
      out << text(e.document);
    }
    if (e.sentence >= 0) out << ", sentence " << e.sentence + 1;
    for (std::size_t k = i; k < next; ++k) {
      if (!evidence[k].note.empty()) out << " \u00b7 " << text(evidence[k].note);
      out << " \u00b7 <span class=\"pg-rule\">" << text(evidence[k].rule) << ", confidence "
          << number_text(evidence[k].confidence) << "</span>";
    }
    out << "</p>";
    i = next;
  }
}

// Names beside a label: the first few in the open, the rest behind "N more" (all of them searchable).
void write_names(std::ostream& out, const std::vector<std::string>& names, std::size_t shown) {
  for (std::size_t i = 0; i < names.size() && i < shown; ++i) out << (i ? ", " : "") << text(names[i]);
  if (names.size() <= shown) return;
  out << " <details class=\"pg-more\"><summary>" << names.size() - shown << " more</summary>";
  for (std::size_t i = shown; i < names.size(); ++i) out << (i > shown ? ", " : "") << text(names[i]);
  out << "</details>";
}

void write_facts(std::ostream& out, const std::vector<ReportFact>& facts, const DocumentIndex& documents) {
  out << "<ul class=\"pg-facts\">";
  for (const ReportFact& fact : facts) {
    out << "<li>";
    std::string shown = "<span class=\"pg-fact\">" + text(fact.text) + "</span>";
    if (!fact.detail.empty()) shown += " <span class=\"pg-detail\">" + text(fact.detail) + "</span>";
    if (fact.evidence.empty()) {
      out << shown;
    } else {
      out << "<details><summary>" << shown << "</summary><div class=\"pg-evidence\">";
      write_evidence(out, fact.evidence, documents);
      out << "</div></details>";
    }
    out << "</li>";
  }
  out << "</ul>";
}

// A cell of facts; it sorts by its first fact, or by the number of facts for count columns.
void write_fact_cell(std::ostream& out, const std::vector<ReportFact>& facts, bool by_count, const DocumentIndex& documents,
                     const std::string& note = "") {
  std::string key = by_count ? std::to_string(facts.size()) : facts.empty() ? "" : lower_ascii(facts.front().text);
  out << "<td data-sort=\"" << text(key) << "\">";
  if (facts.empty()) {
    out << "<span class=\"pg-none\">\u2013</span>";
  } else {
    if (!note.empty()) out << "<p class=\"pg-note-small\">" << text(note) << "</p>";
    write_facts(out, facts, documents);
  }
  out << "</td>";
}

std::string page_title(const ExportOptions& options) {
  return options.title.empty() ? "Policy evolution report" : options.title;
}

// The diagram, or a note saying why it is left out (too large to lay out) and how to narrow it.
void write_diagram(std::ostream& out, const PolicyGraph& graph, const ExportOptions& options) {
  std::string svg;
  std::string left_out;
  if (!parse_diagram_view(options.view)) throw UsageError("unknown diagram view '" + options.view + "' (timeline, full or lineage)");
  const auto& engines = layout_engines();
  if (std::find(engines.begin(), engines.end(), options.engine) == engines.end())
    throw UsageError("unknown layout engine '" + options.engine + "'");
  try {
    svg = inline_svg(render_diagram(graph, options, "svg"));
  } catch (const UsageError& error) {
    left_out = error.what();  // only the size limits remain: view and engine were checked above
  }
  out << "<section id=\"pg-timeline\"><h2>Timeline</h2>\n";
  if (svg.empty()) {
    out << "<p class=\"pg-note\">The diagram is left out: " << text(left_out) << ".</p></section>\n";
    return;
  }
  out << "<p class=\"pg-hint\">Programmes sit in the lane of the administration that introduced them."
         "<span class=\"pg-js\"> Turn the wheel over the diagram to zoom, drag it to move.</span></p>\n"
         "<div class=\"pg-zoom\" id=\"pg-zoom\" hidden><button type=\"button\" data-zoom=\"out\" title=\"Zoom out\">\u2212</button>"
         "<button type=\"button\" data-zoom=\"in\" title=\"Zoom in\">+</button>"
         "<button type=\"button\" data-zoom=\"fit\">Fit</button><button type=\"button\" data-zoom=\"actual\">100%</button>"
         "<output id=\"pg-zoom-level\">100%</output></div>\n"
         "<div class=\"pg-diagram\" id=\"pg-diagram\" tabindex=\"0\" aria-label=\"Timeline diagram\">\n"
      << svg << "</div>\n</section>\n";
}

void write_programmes(std::ostream& out, const std::vector<ProgrammeRow>& rows, const std::vector<const Node*>& administrations,
                      const DocumentIndex& documents) {
  std::map<std::string, std::size_t> administration_index;
  for (std::size_t i = 0; i < administrations.size(); ++i) administration_index[administrations[i]->id] = i;
  std::optional<int> min_year, max_year;
  std::vector<bool> introduced_something(administrations.size());
  bool unattributed = false;
  for (const ProgrammeRow& row : rows) {
    for (const Node* administration : row.administrations) introduced_something[administration_index.at(administration->id)] = true;
    unattributed = unattributed || row.administrations.empty();
    for (std::optional<int> year : {row.first_year, row.last_year}) {
      if (!year) continue;
      min_year = std::min(min_year.value_or(*year), *year);
      max_year = std::max(max_year.value_or(*year), *year);
    }
  }

  out << "<section id=\"pg-programmes\"><h2>Programmes</h2>\n"
         "<noscript><p class=\"pg-note\">Search, filters and sorting need JavaScript; every programme is listed below, "
         "and every fact opens to its evidence.</p></noscript>\n"
         "<form class=\"pg-controls\" id=\"pg-controls\" role=\"search\" hidden>"
         "<label>Search <input type=\"search\" id=\"pg-search\" placeholder=\"programme, administration, problem, sentence\u2026\" "
         "autocomplete=\"off\"></label>"
         "<label>Administration <select id=\"pg-administration\"><option value=\"\">All</option>";
  for (std::size_t i = 0; i < administrations.size(); ++i)
    if (introduced_something[i]) out << "<option value=\"a" << i << "\">" << text(administrations[i]->label) << "</option>";
  if (unattributed) out << "<option value=\"none\">Not attributed to an administration</option>";
  out << "</select></label><label>Years <input type=\"number\" id=\"pg-from\" inputmode=\"numeric\"";
  if (min_year) out << " placeholder=\"" << *min_year << "\"";
  out << " aria-label=\"From year\"> \u2013 <input type=\"number\" id=\"pg-to\" inputmode=\"numeric\"";
  if (max_year) out << " placeholder=\"" << *max_year << "\"";
  out << " aria-label=\"To year\"></label><button type=\"reset\">Clear</button>"
         "<output id=\"pg-count\" aria-live=\"polite\"></output></form>\n";

  static const char* const headers[][2] = {
      {"Programme", "text"}, {"Introduced by", "text"}, {"Year", "number"}, {"Became", "text"}, {"Came from", "text"},
      {"Problems", "number"}, {"Outcomes", "number"}, {"Recommendations", "number"}};
  out << "<div class=\"pg-scroll\"><table class=\"pg-table\" id=\"pg-programme-table\">\n<thead><tr>";
  for (const auto& header : headers)
    out << "<th scope=\"col\" data-type=\"" << header[1] << "\"><button type=\"button\">" << header[0] << "</button></th>";
  out << "</tr></thead>\n<tbody>\n";
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const ProgrammeRow& row = rows[r];
    std::string administration_keys;
    for (const Node* administration : row.administrations)
      administration_keys += (administration_keys.empty() ? "a" : " a") + std::to_string(administration_index.at(administration->id));
    out << "<tr id=\"pg-p" << r << "\" data-administrations=\"" << administration_keys << "\"";
    if (row.first_year) out << " data-first=\"" << *row.first_year << "\"";
    if (row.last_year) out << " data-last=\"" << *row.last_year << "\"";
    const Node& programme = *row.programme;
    out << "><th scope=\"row\" data-sort=\"" << text(lower_ascii(programme.label)) << "\"><span class=\"pg-name\">"
        << text(programme.label) << "</span>";
    if (!programme.aliases.empty()) {
      out << "<span class=\"pg-aliases\">also ";
      write_names(out, programme.aliases, 3);
      out << "</span>";
    }
    out << "</th>";
    write_fact_cell(out, row.introduced_by, false, documents);
    out << "<td data-sort=\"" << (row.first_year ? std::to_string(*row.first_year) : "") << "\">" << text(row.when) << "</td>";
    write_fact_cell(out, row.became, false, documents);
    write_fact_cell(out, row.came_from, false, documents);
    write_fact_cell(out, row.problems, true, documents);
    write_fact_cell(out, row.outcomes, true, documents);
    write_fact_cell(out, row.recommendations, true, documents,
                    row.recommendations_by_document ? "In the documents that discuss it:" : "");
    out << "</tr>\n";
  }
  out << "</tbody></table></div>\n<p class=\"pg-note\" id=\"pg-empty\" hidden>No programme matches the search and filters.</p>\n"
         "</section>\n";
}

void write_administrations(std::ostream& out, const PolicyGraph& graph, const std::vector<const Node*>& administrations) {
  out << "<section id=\"pg-administrations\"><h2>Administrations</h2>\n<div class=\"pg-scroll\"><table class=\"pg-table pg-plain\">"
         "<thead><tr><th scope=\"col\">Administration</th><th scope=\"col\">Leader</th><th scope=\"col\">Term</th>"
         "<th scope=\"col\">Also called</th><th scope=\"col\">Programmes introduced</th></tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < administrations.size(); ++i) {
    const Node& administration = *administrations[i];
    auto leader = administration.attributes.find("leader");
    std::size_t introduced = 0;
    for (const Edge* edge : graph.out_edges(administration.id)) introduced += edge->relation == Relation::introduced;
    out << "<tr id=\"pg-a" << i << "\"><th scope=\"row\">" << text(administration.label) << "</th><td>"
        << (leader == administration.attributes.end() ? "" : text(leader->second)) << "</td><td>" << text(term_text(administration))
        << "</td><td>";
    write_names(out, administration.aliases, 6);
    out << "</td><td>" << introduced << "</td></tr>\n";
  }
  out << "</tbody></table></div>\n</section>\n";
}

void write_documents(std::ostream& out, const DocumentIndex& documents) {
  out << "<section id=\"pg-documents\"><h2>Documents</h2>\n<div class=\"pg-scroll\"><table class=\"pg-table pg-plain\">"
         "<thead><tr><th scope=\"col\">Title</th><th scope=\"col\">Date</th><th scope=\"col\">Document id</th></tr></thead>\n<tbody>\n";
  const auto& list = documents.documents();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Document& document = *list[i];
    out << "<tr id=\"pg-d" << i << "\"><th scope=\"row\">" << text(document.title.empty() ? document.id : document.title)
        << "</th><td>" << text(document.date) << "</td><td><code>" << text(document.id) << "</code></td></tr>\n";
  }
  out << "</tbody></table></div>\n</section>\n";
}

}  // namespace

std::string inline_svg(std::string_view svg) {
  std::size_t start = svg.find("<svg");
  if (start == std::string_view::npos) throw OutputError("Graphviz wrote no <svg> element");
  std::string out;
  out.reserve(svg.size() - start);
  for (std::size_t i = start; i < svg.size();) {
    // Graphviz writes each object's name in a comment; the same name is in its <title>.
    if (svg.compare(i, 4, "<!--") == 0) {
      std::size_t end = svg.find("-->", i + 4);
      if (end == std::string_view::npos) throw OutputError("Graphviz wrote an unterminated comment in the SVG");
      i = end + 3;
      if (i < svg.size() && svg[i] == '\n') ++i;
      continue;
    }
    out += svg[i++];
  }
  return out;
}

void write_html_report(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options) {
  const std::vector<ProgrammeRow> rows = programme_rows(graph);
  const std::vector<const Node*> administrations = administrations_by_term(graph);
  const DocumentIndex documents(graph);
  const std::string title = page_title(options);
  std::size_t introducers = 0;
  for (const Node* administration : administrations)
    introducers += std::any_of(rows.begin(), rows.end(), [&](const ProgrammeRow& row) {
      return std::find(row.administrations.begin(), row.administrations.end(), administration) != row.administrations.end();
    });
  auto attributed = std::count_if(rows.begin(), rows.end(), [](const ProgrammeRow& row) { return !row.administrations.empty(); });
  auto plural = [](std::size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); };

  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         // Nothing is fetched: no network, whatever the page holds.
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "script-src 'unsafe-inline'; img-src data:\">\n"
         "<meta name=\"generator\" content=\"policygraph\">\n<title>"
      << text(title) << "</title>\n<style>\n" << report_style() << "</style>\n</head>\n<body>\n"
      << "<header class=\"pg-header\"><h1>" << text(title) << "</h1>\n<p>" << plural(rows.size(), "programme", "programmes")
      << " from " << plural(documents.documents().size(), "document", "documents") << "; " << attributed
      << " attributed to " << plural(introducers, "administration", "administrations")
      << ". Every fact opens to the sentence it comes from.</p>\n<nav><a href=\"#pg-timeline\">Timeline</a>"
         "<a href=\"#pg-programmes\">Programmes</a><a href=\"#pg-administrations\">Administrations</a>"
         "<a href=\"#pg-documents\">Documents</a></nav></header>\n<main>\n";
  write_diagram(out, graph, options);
  write_programmes(out, rows, administrations, documents);
  write_administrations(out, graph, administrations);
  write_documents(out, documents);
  out << "</main>\n<footer class=\"pg-footer\">Written by policygraph (<code>export --format html</code>). "
         "A year is shown only where a text gives it; otherwise the administration's term.</footer>\n"
         "<script>\n"
      << report_script() << "</script>\n</body>\n</html>\n";
}

}  // namespace policygraph::exporting
