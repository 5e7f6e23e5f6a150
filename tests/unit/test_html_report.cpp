// Unit tests of the report page (export/html_report*): the rows of the programme table as the query
// layer reads them, the page's tables and evidence, escaping of hostile words everywhere, the inline
// SVG, determinism, and a diagram too large to draw. tests/browser/ loads the page in Chromium.
#include <catch2/catch.hpp>

#include <cctype>
#include <set>
#include <sstream>

#include "export/dot.hpp"
#include "export/exporter.hpp"
#include "export/html_report.hpp"
#include "graph/error.hpp"

using namespace policygraph;
using namespace policygraph::exporting;

namespace {

Evidence sentence(std::string document, int index, std::string text, std::string rule = "rule.test") {
  return {std::move(document), index, static_cast<std::size_t>(index) * 100, static_cast<std::size_t>(index) * 100 + 80,
          std::move(text), std::move(rule), 0.9, ""};
}

// Three administrations, a lineage of three programmes, a problem, an outcome, a recommendation
// made at an event of the document that discusses one programme, and a programme nobody introduced.
PolicyGraph small_graph() {
  PolicyGraph g;
  g.add_document({"krihs-2019", "corpus/krihs-2019.txt", "Regional innovation systems", "2019-04-02", "ab"});
  g.add_document({"stepi-2018", "corpus/stepi-2018.txt", "STEPI seminar", "2018", "cd"});
  Evidence pack{"pack:korea", -1, 0, 0, "", "pack", 1.0, ""};
  Evidence pilot = sentence("krihs-2019", 3, "The People's Government launched a pilot project for an innovation cluster in 1999.");
  Evidence rsi = sentence("krihs-2019", 5, "It was expanded into the regional strategic industry by the Participation Government.");
  Evidence rd = sentence("stepi-2018", 7, "The Lee Myung-bak administration converted it to R&D-oriented regional industry in 2008.");
  Evidence weak = sentence("stepi-2018", 9, "Its linkage between R&D and firms stayed weak.");
  Evidence jobs = sentence("krihs-2019", 11, "The regional strategic industry created 10,000 jobs.");
  Evidence advice = sentence("stepi-2018", 12, "Participants called for a single regional budget.");
  g.add_node({"administration/kim-dae-jung", NodeKind::administration, "People's Government", {"국민의 정부"},
              {{"leader", "Kim Dae-jung"}, {"start", "1998-02-25"}, {"end", "2003-02-24"}}, {pack}});
  g.add_node({"administration/roh-moo-hyun", NodeKind::administration, "Participation Government", {"참여정부"},
              {{"leader", "Roh Moo-hyun"}, {"start", "2003-02-25"}, {"end", "2008-02-24"}}, {pack}});
  g.add_node({"administration/lee-myung-bak", NodeKind::administration, "Lee Myung-bak administration", {},
              {{"leader", "Lee Myung-bak"}, {"start", "2008-02-25"}}, {pack}});
  g.add_node({"programme/pilot", NodeKind::programme, "pilot project for an innovation cluster", {}, {}, {pilot}});
  g.add_node({"programme/rsi", NodeKind::programme, "regional strategic industry", {"지역전략산업"}, {}, {rsi}});
  g.add_node({"programme/rd", NodeKind::programme, "R&D-oriented regional industry", {}, {}, {rd, weak}});
  g.add_node({"programme/orphan", NodeKind::programme, "orphan fund", {}, {}, {jobs}});
  g.add_node({"problem/weak", NodeKind::problem, "weak linkage between R&D and firms", {}, {}, {weak}});
  g.add_node({"outcome/jobs", NodeKind::outcome, "10,000 jobs", {}, {}, {jobs}});
  g.add_node({"event/seminar", NodeKind::event, "STEPI seminar", {}, {{"date", "2018-04"}}, {advice}});
  g.add_node({"recommendation/budget", NodeKind::recommendation, "a single regional budget", {}, {}, {advice}});
  g.add_edge({"administration/kim-dae-jung", "programme/pilot", Relation::introduced, 1999, {}, {pilot}});
  g.add_edge({"administration/roh-moo-hyun", "programme/rsi", Relation::introduced, std::nullopt, {}, {rsi}});
  g.add_edge({"administration/lee-myung-bak", "programme/rd", Relation::introduced, 2008, {}, {rd}});
  g.add_edge({"programme/pilot", "programme/rsi", Relation::evolved_into, std::nullopt, {{"mode", "expanded"}}, {rsi}});
  g.add_edge({"programme/rsi", "programme/rd", Relation::evolved_into, 2008, {{"mode", "converted"}}, {rd}});
  g.add_edge({"programme/rd", "problem/weak", Relation::has_problem, std::nullopt, {}, {weak}});
  g.add_edge({"programme/rsi", "outcome/jobs", Relation::resulted_in, std::nullopt, {}, {jobs}});
  g.add_edge({"event/seminar", "recommendation/budget", Relation::recommends, std::nullopt, {}, {advice}});
  return g;
}

std::string page(const PolicyGraph& graph, const ExportOptions& options = {}) {
  std::ostringstream out;
  write_html_report(graph, out, options);
  return out.str();
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

// The <tr> of the programme table whose name cell shows this (escaped) label.
std::string row_of(const std::string& html, const std::string& escaped_label) {
  std::size_t name = html.find("<span class=\"pg-name\">" + escaped_label + "</span>");
  REQUIRE(name != std::string::npos);
  std::size_t begin = html.rfind("<tr ", name);
  std::size_t end = html.find("</tr>", name);
  return html.substr(begin, end - begin);
}

// Reads every tag of HTML without scripts: "<name" then attributes, each `name` or `name="value"`
// with no quote or '<' in the value, then ">" or "/>"; end tags and the doctype. Collects the names
// of start tags; returns false at the first '<' that does not start such a tag.
bool tag_names(const std::string& html, std::set<std::string>& names) {
  auto name_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':' || c == '_' || c == '.'; };
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    std::size_t i = at + 1;
    if (html.compare(at, 9, "<!DOCTYPE") == 0) continue;
    bool end_tag = i < html.size() && html[i] == '/';
    if (end_tag) ++i;
    std::size_t begin = i;
    while (i < html.size() && name_char(html[i])) ++i;
    if (i == begin) return false;
    if (!end_tag) names.insert(html.substr(begin, i - begin));
    while (true) {
      while (i < html.size() && std::isspace(static_cast<unsigned char>(html[i]))) ++i;
      if (i >= html.size()) return false;
      if (html[i] == '>' || html.compare(i, 2, "/>") == 0) break;
      if (end_tag) return false;
      std::size_t attribute = i;
      while (i < html.size() && name_char(html[i])) ++i;
      if (i == attribute) return false;
      if (html[i] == '=') {
        if (html[i + 1] != '"') return false;
        std::size_t close = html.find_first_of("\"<", i + 2);
        if (close == std::string::npos || html[close] != '"') return false;
        i = close + 1;
      }
    }
  }
  return true;
}

const ProgrammeRow& find_row(const std::vector<ProgrammeRow>& rows, const std::string& id) {
  for (const ProgrammeRow& row : rows)
    if (row.programme->id == id) return row;
  FAIL("no row for " << id);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("html report rows say who introduced each programme, what it became and its findings", "[report]") {
  PolicyGraph graph = small_graph();
  std::vector<ProgrammeRow> rows = programme_rows(graph);
  REQUIRE(rows.size() == 4);
  // By label, whatever the case: the table starts in the order a reader scans it.
  CHECK(rows[0].programme->label == "orphan fund");
  CHECK(rows[1].programme->label == "pilot project for an innovation cluster");
  CHECK(rows[2].programme->label == "R&D-oriented regional industry");

  const ProgrammeRow& rsi = find_row(rows, "programme/rsi");
  REQUIRE(rsi.introduced_by.size() == 1);
  CHECK(rsi.introduced_by[0].text == "Participation Government");
  CHECK(rsi.when == "during 2003\u20132008");  // no year in the text, so none is invented
  CHECK(rsi.first_year == 2003);
  CHECK(rsi.last_year == 2008);
  REQUIRE(rsi.came_from.size() == 1);
  CHECK(rsi.came_from[0].text == "pilot project for an innovation cluster");
  CHECK(rsi.came_from[0].detail == "expanded");
  REQUIRE(rsi.became.size() == 1);
  CHECK(rsi.became[0].text == "R&D-oriented regional industry");
  CHECK(rsi.became[0].detail == "converted, 2008");
  REQUIRE(rsi.outcomes.size() == 1);
  CHECK(rsi.outcomes[0].text == "10,000 jobs");
  CHECK(rsi.outcomes[0].evidence.at(0).sentence == 11);

  const ProgrammeRow& rd = find_row(rows, "programme/rd");
  CHECK(rd.when == "2008");
  CHECK(rd.first_year == 2008);
  CHECK(rd.last_year == 2008);
  REQUIRE(rd.problems.size() == 1);
  CHECK(rd.problems[0].text == "weak linkage between R&D and firms");
  // No recommendation of its own: those of the documents that discuss it, as `query recommendations` answers.
  CHECK(rd.recommendations_by_document);
  REQUIRE(rd.recommendations.size() == 1);
  CHECK(rd.recommendations[0].text == "a single regional budget");
  CHECK(rd.recommendations[0].detail == "from STEPI seminar");

  const ProgrammeRow& orphan = find_row(rows, "programme/orphan");
  CHECK(orphan.introduced_by.empty());
  CHECK(orphan.administrations.empty());
  CHECK(orphan.when.empty());
  CHECK_FALSE(orphan.first_year);
  // Its document holds no recommendation: none is borrowed from elsewhere.
  CHECK(orphan.recommendations.empty());
  CHECK_FALSE(orphan.recommendations_by_document);

  std::vector<const Node*> administrations = administrations_by_term(graph);
  REQUIRE(administrations.size() == 3);
  CHECK(administrations[0]->id == "administration/kim-dae-jung");
  CHECK(administrations[2]->id == "administration/lee-myung-bak");
}

TEST_CASE("html report tables hold every programme, its facts and their evidence", "[report]") {
  std::string html = page(small_graph());
  CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
  CHECK(count(html, "<tr id=\"pg-p") == 4);
  // Nothing is fetched: no external reference and a policy forbidding any.
  CHECK(html.find("default-src 'none'") != std::string::npos);
  for (const char* reference : {"src=\"", "href=\"http", "href=\"//", "url(", "@import"})
    CHECK(html.find(reference) == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);

  std::string rsi = row_of(html, "regional strategic industry");
  CHECK(rsi.find("data-administrations=\"a1\"") != std::string::npos);  // the second term in order
  CHECK(rsi.find("data-first=\"2003\" data-last=\"2008\"") != std::string::npos);
  CHECK(rsi.find("<span class=\"pg-aliases\">also 지역전략산업</span>") != std::string::npos);
  CHECK(rsi.find(">during 2003\u20132008</td>") != std::string::npos);
  CHECK(rsi.find("<span class=\"pg-fact\">R&amp;D-oriented regional industry</span> <span class=\"pg-detail\">converted, 2008</span>") !=
        std::string::npos);
  // Each fact opens to its sentence and the document it comes from, linked to the documents table.
  CHECK(rsi.find("<summary><span class=\"pg-fact\">10,000 jobs</span></summary><div class=\"pg-evidence\"><blockquote>"
                 "The regional strategic industry created 10,000 jobs.</blockquote>") != std::string::npos);
  std::size_t krihs = html.find("<th scope=\"row\">Regional innovation systems</th>");
  REQUIRE(krihs != std::string::npos);
  std::string anchor = html.substr(html.rfind("<tr id=\"", krihs) + 8, 5);
  CHECK(anchor == "pg-d1");  // documents by date: stepi-2018 first
  CHECK(rsi.find("<a href=\"#pg-d1\">Regional innovation systems</a> (2019-04-02), sentence 12") != std::string::npos);

  std::string rd = row_of(html, "R&amp;D-oriented regional industry");
  CHECK(rd.find("data-first=\"2008\" data-last=\"2008\"") != std::string::npos);
  CHECK(rd.find("In the documents that discuss it:") != std::string::npos);
  CHECK(rd.find("<td data-sort=\"1\">") != std::string::npos);  // one problem: count columns sort by count

  std::string orphan = row_of(html, "orphan fund");
  CHECK(orphan.find("data-administrations=\"\"") != std::string::npos);
  CHECK(orphan.find("data-first") == std::string::npos);
  // The filter offers the administrations that introduced something, and "not attributed".
  CHECK(html.find("<option value=\"a2\">Lee Myung-bak administration</option>") != std::string::npos);
  CHECK(html.find("<option value=\"none\">") != std::string::npos);
  CHECK(html.find("<input type=\"number\" id=\"pg-from\" inputmode=\"numeric\" placeholder=\"1999\"") != std::string::npos);
  // The diagram is the SVG export's, inline.
  CHECK(count(html, "<svg") == 1);
  CHECK(html.find("<?xml") == std::string::npos);
  CHECK(html.find("<!--") == std::string::npos);
  CHECK(html.find("People&#39;s Government") != std::string::npos);
}

TEST_CASE("html report keeps hostile words as text in tables, attributes, the diagram and the title", "[report]") {
  const std::string hostile = "</script><script>alert(\"x\")</script> & 'q' <!-- <b>bold</b> \x01";
  PolicyGraph graph = small_graph();
  graph.add_document({"evil-doc", "corpus/evil.txt", hostile, "2020", "ef"});
  Evidence evil = sentence("evil-doc", 2, "Said: " + hostile, "rule." + hostile);
  evil.note = "it = " + hostile;
  graph.add_node({"administration/evil", NodeKind::administration, hostile + " government", {hostile},
                  {{"leader", hostile}, {"start", "2013-02-25"}, {"end", "2017-03-10"}}, {evil}});
  graph.add_node({"programme/evil", NodeKind::programme, hostile, {hostile + " alias"}, {}, {evil}});
  graph.add_node({"problem/evil", NodeKind::problem, "problem " + hostile, {}, {}, {evil}});
  graph.add_edge({"administration/evil", "programme/evil", Relation::introduced, 2014, {}, {evil}});
  graph.add_edge({"programme/evil", "problem/evil", Relation::has_problem, std::nullopt, {}, {evil}});
  graph.add_edge({"programme/evil", "programme/rd", Relation::evolved_into, 2015, {{"mode", hostile}}, {evil}});
  ExportOptions options;
  options.title = hostile;
  std::string html = page(graph, options);

  // One script element, the page's own; the words never open or close one, nor any other tag.
  CHECK(count(html, "<script") == 1);
  CHECK(count(html, "</script") == 1);
  CHECK(html.find("alert(\"x\")") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("<!--") == std::string::npos);
  CHECK(html.find('\x01') == std::string::npos);
  const std::string escaped = "&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; &lt;!-- "
                              "&lt;b&gt;bold&lt;/b&gt; \xEF\xBF\xBD";
  CHECK(html.find("<title>" + escaped + "</title>") != std::string::npos);
  CHECK(html.find("<h1>" + escaped + "</h1>") != std::string::npos);
  std::string row = row_of(html, escaped);
  CHECK(row.find("also " + escaped + " alias") != std::string::npos);
  CHECK(row.find("<blockquote>Said: " + escaped + "</blockquote>") != std::string::npos);
  CHECK(row.find("it = " + escaped) != std::string::npos);
  CHECK(row.find("rule." + escaped) != std::string::npos);
  CHECK(row.find("<span class=\"pg-detail\">" + escaped + ", 2015</span>") != std::string::npos);
  CHECK(row.find("<td data-sort=\"" + escaped + " government\">") != std::string::npos);  // attributes too
  CHECK(html.find("<option value=\"a") != std::string::npos);
  CHECK(html.find(">" + escaped + " government</option>") != std::string::npos);
  // Every tag before the page's script parses as a name and quoted attributes: no word opened one.
  std::set<std::string> names;
  CHECK(tag_names(html.substr(0, html.find("<script>")), names));
  CHECK(names.count("table"));
  CHECK(names.count("svg"));
  CHECK_FALSE(names.count("b"));
  CHECK_FALSE(names.count("script"));
}

TEST_CASE("html report is the same bytes for the same graph", "[report]") {
  ExportOptions options;
  options.title = "Twice";
  CHECK(page(small_graph(), options) == page(small_graph(), options));
  const ExportFormat* format = find_export_format("html");
  REQUIRE(format);
  CHECK_FALSE(format->binary);
  std::ostringstream out;
  format->write(small_graph(), out, options);
  CHECK(out.str() == page(small_graph(), options));
}

TEST_CASE("html report leaves out a diagram too large to lay out, and refuses an unknown view", "[report]") {
  PolicyGraph graph;
  graph.add_node({"administration/a", NodeKind::administration, "A", {}, {{"start", "2000-01-01"}}, {}});
  for (std::size_t i = 0; i <= dot_node_limit; ++i) {
    std::string id = "programme/p" + std::to_string(i);
    graph.add_node({id, NodeKind::programme, "programme " + std::to_string(i), {}, {}, {}});
    graph.add_edge({"administration/a", id, Relation::introduced, 2001, {}, {}});
  }
  std::string html = page(graph);
  CHECK(html.find("<svg") == std::string::npos);
  CHECK(html.find("The diagram is left out: the diagram has ") != std::string::npos);
  CHECK(count(html, "<tr id=\"pg-p") == dot_node_limit + 1);  // the table is whole

  ExportOptions options;
  options.view = "sideways";
  CHECK_THROWS_AS(page(small_graph(), options), UsageError);
}

TEST_CASE("inline_svg drops the prolog and comments of Graphviz's SVG", "[report]") {
  std::string svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<!-- Generated -->\n<svg width=\"1pt\">\n"
                    "<!-- a&#45;&gt;b -->\n<g><title>a&#45;&gt;b</title></g>\n</svg>\n";
  CHECK(inline_svg(svg) == "<svg width=\"1pt\">\n<g><title>a&#45;&gt;b</title></g>\n</svg>\n");
  CHECK_THROWS_AS(inline_svg("<html></html>"), OutputError);
  CHECK_THROWS_AS(inline_svg("<svg><!-- open"), OutputError);
}
