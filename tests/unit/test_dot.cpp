// Unit tests of export/dot and export/render: escaping, the timeline's lanes, hostile labels read
// back by Graphviz, deterministic DOT, rendering to SVG, PNG and PDF, and the size limits.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "export/dot.hpp"
#include "graph/error.hpp"

using namespace policygraph;
using namespace policygraph::exporting;

namespace {

Evidence cite(const std::string& document, int sentence) {
  return {document, sentence, 0, 10, "A sentence of the seminar notes.", "rule.test", 0.9, ""};
}

Node administration(const std::string& key, const std::string& label, const std::string& leader, const std::string& start,
                    const std::string& end, std::vector<std::string> aliases) {
  return {"administration/" + key, NodeKind::administration, label, std::move(aliases),
          {{"leader", leader}, {"start", start}, {"end", end}}, {cite("pack", -1)}};
}

Node node(NodeKind kind, const std::string& key, const std::string& label) {
  return {make_node_id(kind, key), kind, label, {}, {}, {cite("seminar-2019", 3)}};
}

Edge edge(const std::string& source, Relation relation, const std::string& target, std::optional<int> year = std::nullopt,
          Attributes attributes = {}) {
  return {source, target, relation, year, std::move(attributes), {cite("seminar-2019", 4)}};
}

/// Three administrations and the lineage of Korea's regional industry policy, with what went wrong.
PolicyGraph regional_policy() {
  PolicyGraph g;
  g.add_document({"seminar-2019", "notes/seminar-2019.txt", "Seminar on regional innovation", "2019-04-02", "00"});
  g.add_document({"pack", "data/packs/korea", "Korea pack", "", "01"});
  g.add_node(administration("lee-myung-bak", "Lee Myung-bak administration", "Lee Myung-bak", "2008-02-25", "2013-02-24",
                            {"이명박 정부"}));
  g.add_node(administration("kim-dae-jung", "People's Government", "Kim Dae-jung", "1998-02-25", "2003-02-24",
                            {"국민의 정부", "Kim Dae-jung administration"}));
  g.add_node(administration("roh-moo-hyun", "Participation Government", "Roh Moo-hyun", "2003-02-25", "2008-02-24",
                            {"참여정부", "노무현 정부", "Participatory Government"}));
  g.add_node(node(NodeKind::programme, "pilot-innovation-cluster", "pilot project for an innovation cluster"));
  g.add_node(node(NodeKind::programme, "regional-strategic-industry", "regional strategic industry"));
  g.add_node(node(NodeKind::programme, "rd-regional-industry", "R&D-oriented regional industry"));
  g.add_node(node(NodeKind::programme, "innovation-cities", "Innovation Cities"));
  g.add_node(node(NodeKind::programme, "technopark", "Technopark programme"));
  g.add_node(node(NodeKind::goal, "balanced-development", "balanced national development"));
  g.add_node(node(NodeKind::problem, "weak-links", "weak links to local industry"));
  g.add_node(node(NodeKind::problem, "fragmentation", "fragmentation into too many small projects"));
  g.add_node(node(NodeKind::outcome, "relocation", "relocation of 153 public institutions"));
  g.add_node(node(NodeKind::recommendation, "evaluation-body", "permanent body for the evaluation of regional policy"));
  g.add_node(node(NodeKind::organisation, "motie", "Ministry of Trade, Industry and Energy"));
  g.add_node(node(NodeKind::programme, "venture-funds", "series of venture funds"));
  Node forum = node(NodeKind::event, "forum-2009", "Wide Economic Region Forum");
  forum.attributes["date"] = "2009-12-10";
  g.add_node(forum);
  g.add_edge(edge("administration/kim-dae-jung", Relation::introduced, "programme/pilot-innovation-cluster", 2002));
  g.add_edge(edge("administration/roh-moo-hyun", Relation::introduced, "programme/regional-strategic-industry", 2004));
  g.add_edge(edge("administration/roh-moo-hyun", Relation::introduced, "programme/innovation-cities", 2005));
  g.add_edge(edge("administration/lee-myung-bak", Relation::introduced, "programme/rd-regional-industry", 2008));
  g.add_edge(edge("administration/roh-moo-hyun", Relation::emphasised, "goal/balanced-development"));
  g.add_edge(edge("programme/pilot-innovation-cluster", Relation::evolved_into, "programme/regional-strategic-industry", 2004,
                  {{"mode", "expanded"}}));
  g.add_edge(edge("programme/regional-strategic-industry", Relation::evolved_into, "programme/rd-regional-industry", 2008,
                  {{"mode", "converted"}}));
  g.add_edge(edge("programme/technopark", Relation::evolved_into, "programme/regional-strategic-industry", std::nullopt,
                  {{"mode", "expanded"}}));
  g.add_edge(edge("programme/innovation-cities", Relation::has_problem, "problem/weak-links"));
  g.add_edge(edge("programme/regional-strategic-industry", Relation::has_problem, "problem/fragmentation"));
  g.add_edge(edge("programme/innovation-cities", Relation::resulted_in, "outcome/relocation"));
  g.add_edge(edge("event/forum-2009", Relation::recommends, "recommendation/evaluation-body"));
  g.add_edge(edge("programme/rd-regional-industry", Relation::led_by, "organisation/motie"));
  return g;
}

const DotObject* find(const std::vector<DotObject>& objects, const std::string& name) {
  for (const DotObject& object : objects)
    if (object.name == name) return &object;
  return nullptr;
}

const DotObject* lane_holding(const ParsedDot& dot, const std::string& node_name) {
  // The innermost lane: lanes are clusters named cluster_pg_lane_NN inside the body.
  for (const DotObject& subgraph : dot.subgraphs)
    if (subgraph.name.rfind("cluster_pg_lane_", 0) == 0 &&
        std::find(subgraph.members.begin(), subgraph.members.end(), node_name) != subgraph.members.end())
      return &subgraph;
  return nullptr;
}

std::string attribute(const DotObject* object, const std::string& name) {
  if (!object) return "<no object>";
  auto found = object->attributes.find(name);
  return found == object->attributes.end() ? "" : found->second;
}

/// The text a node's label shows, with wrapped lines joined by spaces.
std::string shown_text(const DotObject* object) {
  std::string text = html_label_text(attribute(object, "label"));
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

}  // namespace

TEST_CASE("escString escaping doubles backslashes so nothing is interpreted", "[diagram]") {
  CHECK(escape_graphviz_string("a\\") == "a\\\\");
  CHECK(escape_graphviz_string("\\N \\G \\l") == "\\\\N \\\\G \\\\l");
  CHECK(escape_graphviz_string("line 1\nline 2") == "line 1\\nline 2");
  CHECK(escape_graphviz_string("say \"hi\"") == "say \"hi\"");  // quoting is cgraph's job
  for (std::string text : {"a\\", "\\\\", "\\N", "x\ny", "\"q\"", "참여정부 \\ end\\", ""})
    CHECK(unescape_graphviz_string(escape_graphviz_string(text)) == text);
}

TEST_CASE("HTML-like label escaping uses entities and survives decoding", "[diagram]") {
  CHECK(escape_graphviz_html("R&D <B>") == "R&amp;D &lt;B&gt;");
  CHECK(escape_graphviz_html("a\\b") == "a\\\\b");
  CHECK(escape_graphviz_html("one\ntwo") == "one<BR/>two");
  CHECK(escape_graphviz_html("\"it's\"") == "&quot;it&#39;s&quot;");
  CHECK(escape_graphviz_html("a\xff<") == "a\xEF\xBF\xBD&lt;");  // invalid UTF-8, as html_escape does
  for (std::string text : {"<B>bold</B>", "&amp;", "a\\", "\\N\\G", "x\ny", "\"];evil [label=\"x", "참여정부 & 국민의 정부"})
    CHECK(html_label_text("<FONT POINT-SIZE=\"9\">" + escape_graphviz_html(text) + "</FONT>") == text);
  CHECK(html_label_text("a&#92;b &#x41;") == "a\\b A");
}

TEST_CASE("displayable text replaces what no font can show", "[diagram]") {
  CHECK(displayable_text("plain 참여정부") == "plain 참여정부");
  CHECK(displayable_text("a\r\nb\rc") == "a\nb\nc");
  CHECK(displayable_text("a\tb") == "a b");
  CHECK(displayable_text(std::string("a\x01" "b")) == "a\xEF\xBF\xBD" "b");
  CHECK(displayable_text("bad \xff byte") == "bad \xEF\xBF\xBD byte");
  CHECK(displayable_text("cut \xE2\x82") == "cut \xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("wrapping breaks at spaces and counts Hangul as wide", "[diagram]") {
  CHECK(wrap_text("pilot project for an innovation cluster", 20) == "pilot project for an\ninnovation cluster");
  CHECK(wrap_text("short", 20) == "short");
  CHECK(wrap_text("keeps\nits breaks", 40) == "keeps\nits breaks");
  // Six Hangul syllables are twelve columns: two words do not fit in ten.
  CHECK(wrap_text("지역혁신 체계사업", 10) == "지역혁신\n체계사업");
  std::string url = "https://example.org/a-very-long-address-without-any-spaces-at-all";
  std::string wrapped = wrap_text(url, 20);
  CHECK(wrapped.find('\n') != std::string::npos);
  wrapped.erase(std::remove(wrapped.begin(), wrapped.end(), '\n'), wrapped.end());
  CHECK(wrapped == url);
  std::string text = "fragmentation into too many small projects under the special account";
  std::string spaced = wrap_text(text, 16);
  std::replace(spaced.begin(), spaced.end(), '\n', ' ');
  CHECK(spaced == text);
}

TEST_CASE("views and engines are checked", "[diagram]") {
  CHECK(parse_diagram_view("timeline") == DiagramView::timeline);
  CHECK(parse_diagram_view("lineage") == DiagramView::lineage);
  CHECK_FALSE(parse_diagram_view("gantt"));
  PolicyGraph g = regional_policy();
  ExportOptions options;
  options.view = "gantt";
  CHECK_THROWS_AS(diagram_dot(g, options), UsageError);
  options.view = "timeline";
  options.engine = "graphviz-magic";
  CHECK_THROWS_AS(diagram_dot(g, options), UsageError);
  options.engine = "dot";
  options.focus = "programme/none";
  CHECK_THROWS_AS(diagram_dot(g, options), UsageError);
  CHECK_THROWS_AS(render_diagram(g, ExportOptions{}, "gif"), UsageError);
}

TEST_CASE("the timeline puts each programme in the lane of the administration that introduced it", "[diagram]") {
  ParsedDot dot = parse_dot(diagram_dot(regional_policy(), ExportOptions{}), "timeline.dot");
  CHECK(dot.attributes.at("rankdir") == "TB");  // rows are ranks: time reads left to right

  // Lanes in order of term, labelled with name, leader and years, and the Korean name.
  std::vector<std::string> lanes;
  for (const DotObject& subgraph : dot.subgraphs)
    if (subgraph.name.rfind("cluster_pg_lane_", 0) == 0) lanes.push_back(html_label_text(attribute(&subgraph, "label")));
  REQUIRE(lanes.size() == 4);  // three administrations and the programmes no administration claims
  CHECK(lanes[0].find("People's Government\n(Kim Dae-jung, 1998–2003)\n국민의 정부") == 0);
  CHECK(lanes[1].find("Participation Government\n(Roh Moo-hyun, 2003–2008)\n참여정부") == 0);
  CHECK(lanes[2].find("Lee Myung-bak administration\n(Lee Myung-bak, 2008–2013)\n이명박 정부") == 0);
  CHECK(lanes[3] == "Not attributed to an administration");

  auto lane_of = [&](const std::string& id) { return html_label_text(attribute(lane_holding(dot, id), "label")); };
  CHECK(lane_of("programme/pilot-innovation-cluster").find("People's Government") == 0);
  CHECK(lane_of("programme/regional-strategic-industry").find("Participation Government") == 0);
  CHECK(lane_of("programme/innovation-cities").find("Participation Government") == 0);
  CHECK(lane_of("programme/rd-regional-industry").find("Lee Myung-bak") == 0);
  CHECK(lane_of("goal/balanced-development").find("Participation Government") == 0);
  // Satellites beside their programme; a recommendation in the term when its forum met.
  CHECK(lane_of("problem/weak-links").find("Participation Government") == 0);
  CHECK(lane_of("outcome/relocation").find("Participation Government") == 0);
  CHECK(lane_of("recommendation/evaluation-body").find("Lee Myung-bak") == 0);
  CHECK(lane_of("event/forum-2009").find("Lee Myung-bak") == 0);
  // Without an introducer but with a lineage: free, beside it, with a dashed outline.
  CHECK_FALSE(lane_holding(dot, "programme/technopark"));
  CHECK(attribute(find(dot.nodes, "programme/technopark"), "style").find("dashed") != std::string::npos);
  CHECK(lane_of("programme/venture-funds") == "Not attributed to an administration");
  // Bodies are not drawn in the timeline; the lead body is named in the programme instead.
  CHECK_FALSE(find(dot.nodes, "organisation/motie"));
  CHECK(shown_text(find(dot.nodes, "programme/rd-regional-industry")).find("led by Ministry of Trade, Industry and Energy") !=
        std::string::npos);
  CHECK(shown_text(find(dot.nodes, "programme/regional-strategic-industry")).find("introduced 2004") != std::string::npos);

  // Lineage edges are bold and say how the programme changed.
  const DotObject* converted = find(dot.edges, "programme/regional-strategic-industry -> programme/rd-regional-industry");
  REQUIRE(converted);
  CHECK(attribute(converted, "style") == "bold");
  CHECK(html_label_text(attribute(converted, "xlabel")) == "converted, 2008");
  CHECK(converted->html.count("xlabel"));
  // Introducing is what the lanes show: no edges from administrations.
  for (const DotObject& e : dot.edges) CHECK(e.name.find("administration/") == std::string::npos);

  // Title on top, legend and sources in the footer.
  const DotObject* body = find(dot.subgraphs, "cluster_pg_body");
  CHECK(html_label_text(attribute(body, "label")).find("Policy evolution by administration, 1998–2013") == 0);
  std::string footer = html_label_text(dot.attributes.at("label"));
  CHECK(footer.find("Legend") != std::string::npos);
  CHECK(footer.find("evolved into") != std::string::npos);
  CHECK(footer.find("Seminar on regional innovation (2019-04-02)") != std::string::npos);
}

TEST_CASE("the full view adds bodies and events, the lineage view keeps only lineages", "[diagram]") {
  PolicyGraph g = regional_policy();
  ExportOptions options;
  options.view = "full";
  ParsedDot full = parse_dot(diagram_dot(g, options), "full.dot");
  CHECK(find(full.nodes, "organisation/motie"));
  CHECK(find(full.edges, "programme/rd-regional-industry -> organisation/motie"));

  options.view = "lineage";
  ParsedDot lineage = parse_dot(diagram_dot(g, options), "lineage.dot");
  std::vector<std::string> names;
  for (const DotObject& n : lineage.nodes)
    if (n.name.rfind("pg:", 0) != 0) names.push_back(n.name);
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"programme/pilot-innovation-cluster", "programme/rd-regional-industry",
                                          "programme/regional-strategic-industry", "programme/technopark"});

  // Focused: the lineage of one programme, and nothing of an unrelated one.
  g.add_node(node(NodeKind::programme, "korean-new-deal", "Korean New Deal"));
  g.add_node(node(NodeKind::programme, "korean-new-deal-2", "Korean New Deal 2.0"));
  g.add_edge(edge("programme/korean-new-deal", Relation::evolved_into, "programme/korean-new-deal-2", 2021, {{"mode", "expanded"}}));
  options.focus = "programme/rd-regional-industry";
  ParsedDot focused = parse_dot(diagram_dot(g, options), "focused.dot");
  CHECK(find(focused.nodes, "programme/pilot-innovation-cluster"));
  CHECK_FALSE(find(focused.nodes, "programme/korean-new-deal"));
  CHECK(html_label_text(attribute(find(focused.subgraphs, "cluster_pg_body"), "label")).find("Lineage of R&D-oriented regional industry") == 0);
}

TEST_CASE("a vertical diagram runs time top to bottom", "[diagram]") {
  ExportOptions options;
  options.vertical = true;
  ParsedDot dot = parse_dot(diagram_dot(regional_policy(), options), "vertical.dot");
  CHECK(dot.attributes.at("rankdir") == "LR");
}

TEST_CASE("the DOT of a graph is the same bytes however the graph was built", "[diagram]") {
  PolicyGraph forward = regional_policy();
  std::string first = diagram_dot(forward, ExportOptions{});
  CHECK(diagram_dot(forward, ExportOptions{}) == first);
  // The same facts poured in the other order.
  PolicyGraph backward;
  std::vector<const Node*> nodes = forward.nodes();
  std::vector<const Edge*> edges = forward.edges();
  for (const Document* document : forward.documents()) backward.add_document(*document);
  for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) backward.add_node(**it);
  for (auto it = edges.rbegin(); it != edges.rend(); ++it) backward.add_edge(**it);
  CHECK(diagram_dot(backward, ExportOptions{}) == first);
}

TEST_CASE("hostile labels come back from Graphviz exactly and inject nothing", "[diagram]") {
  const std::vector<std::string> hostile{
      "ends with a backslash \\",
      "\\N \\G \\E \\T \\H \\L \\n \\l \\r",
      "say \"R&D\" <B>bold</B> &amp; more",
      "\"]; injected [label=\"pwned\"]; x [label=\"",
      ">] <TABLE> & </FONT>",
      "two\nlines",
      "참여정부 \"따옴표\" \\ 끝",
      "'single' quotes",
  };
  PolicyGraph g = regional_policy();
  for (std::size_t i = 0; i < hostile.size(); ++i) {
    g.add_node(node(NodeKind::programme, "hostile-" + std::to_string(i), hostile[i]));
    g.add_edge(edge("administration/roh-moo-hyun", Relation::introduced, "programme/hostile-" + std::to_string(i)));
  }
  g.add_edge(edge("programme/hostile-0", Relation::evolved_into, "programme/hostile-1", std::nullopt, {{"mode", "re\\named \"<x>\""}}));
  // Ids that cgraph cannot write as names are replaced, and the tooltip keeps the id.
  g.add_node(node(NodeKind::programme, "back\\slash\"id", "odd id"));
  g.add_edge(edge("administration/roh-moo-hyun", Relation::introduced, "programme/back\\slash\"id"));

  std::string text = diagram_dot(g, ExportOptions{});
  ParsedDot dot = parse_dot(text, "hostile.dot");
  std::size_t drawn = 0;
  for (const DotObject& n : dot.nodes) drawn += n.name.rfind("pg:", 0) != 0 || n.name.rfind("pg:node:", 0) == 0;
  CHECK(drawn == 12 + hostile.size() + 1);  // the timeline drops the body; nothing injected
  CHECK_FALSE(find(dot.nodes, "injected"));
  CHECK_FALSE(find(dot.nodes, "x"));
  for (std::size_t i = 0; i < hostile.size(); ++i) {
    const DotObject* object = find(dot.nodes, "programme/hostile-" + std::to_string(i));
    REQUIRE(object);
    CHECK(object->html.count("label"));
    std::string expected = hostile[i];
    std::replace(expected.begin(), expected.end(), '\n', ' ');
    CHECK(shown_text(object) == expected);
    CHECK(unescape_graphviz_string(attribute(object, "tooltip")) == "programme: " + hostile[i] + "\nprogramme/hostile-" + std::to_string(i));
    for (const auto& [key, value] : object->attributes) {
      INFO(key);
      CHECK((key == "label" || key == "tooltip" || key == "fillcolor" || key == "color"));
    }
  }
  const DotObject* renamed = find(dot.edges, "programme/hostile-0 -> programme/hostile-1");
  REQUIRE(renamed);
  CHECK(html_label_text(attribute(renamed, "xlabel")) == "re\\named \"<x>\"");
  bool odd_found = false;
  for (const DotObject& n : dot.nodes)
    if (n.name.rfind("pg:node:", 0) == 0)
      odd_found = odd_found || unescape_graphviz_string(attribute(&n, "tooltip")) == "programme: odd id\nprogramme/back\\slash\"id";
  CHECK(odd_found);

  // The SVG shows the same characters (XML-escaped by Graphviz), and Korean.
  std::string svg = render_diagram(g, ExportOptions{}, "svg");
  CHECK(svg.find("ends with a backslash \\</text>") != std::string::npos);
  CHECK(svg.find("\\N \\G \\E \\T \\H \\L \\n \\l</text>") != std::string::npos);
  CHECK(svg.find("&lt;B&gt;bold&lt;/B&gt;") != std::string::npos);
  CHECK(svg.find("참여정부") != std::string::npos);
  CHECK(svg.find("pwned") != std::string::npos);  // as text, inside a label
  CHECK(svg.find("<B>") == std::string::npos);
}

TEST_CASE("parse_dot reports Graphviz's own message and recovers", "[diagram]") {
  try {
    parse_dot("digraph { a -> ; }", "broken.dot");
    FAIL("a broken graph parsed");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).find("broken.dot: ") == 0);
    CHECK(std::string(e.what()).find("syntax error") != std::string::npos);
  }
  CHECK_THROWS_AS(parse_dot("", "empty.dot"), InputError);
  ParsedDot after = parse_dot("digraph g { a -> b }", "good.dot");
  CHECK(after.nodes.size() == 2);
  CHECK(after.edges.size() == 1);
}

TEST_CASE("diagrams render in-process to SVG, PNG and PDF", "[diagram]") {
  PolicyGraph g = regional_policy();
  std::string svg = render_diagram(g, ExportOptions{}, "svg");
  CHECK(svg.rfind("<?xml", 0) == 0);
  CHECK(svg.find("</svg>") != std::string::npos);
  CHECK(svg.find("font-family=\"Liberation Sans,NanumGothic") != std::string::npos);
  std::string png = render_diagram(g, ExportOptions{}, "png");
  CHECK(png.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
  CHECK(png.size() > 20000);
  std::string pdf = render_diagram(g, ExportOptions{}, "pdf");
  CHECK(pdf.rfind("%PDF-", 0) == 0);
  CHECK(pdf.find("%%EOF") != std::string::npos);
  CHECK(pdf.size() > 5000);
  // The same graph twice: the same SVG.
  CHECK(render_diagram(g, ExportOptions{}, "svg") == svg);
  ExportOptions vertical;
  vertical.vertical = true;
  CHECK(render_diagram(g, vertical, "svg").find("</svg>") != std::string::npos);
}

TEST_CASE("an empty view still draws, with a note", "[diagram]") {
  PolicyGraph g;
  std::string svg = render_diagram(g, ExportOptions{}, "svg");
  CHECK(svg.find("Nothing to draw") != std::string::npos);
  ParsedDot dot = parse_dot(diagram_dot(g, ExportOptions{}), "empty.dot");
  CHECK(find(dot.nodes, "pg:empty"));
}

TEST_CASE("a diagram too large for dot is refused with advice, sfdp draws it", "[diagram]") {
  PolicyGraph g;
  g.add_node(administration("roh-moo-hyun", "Participation Government", "Roh Moo-hyun", "2003-02-25", "2008-02-24", {}));
  for (std::size_t i = 0; i < dot_node_limit + 20; ++i) {
    std::string id = std::to_string(1000 + i);
    g.add_node(node(NodeKind::programme, "p" + id, "programme " + id));
    g.add_edge(edge("administration/roh-moo-hyun", Relation::introduced, "programme/p" + id));
    if (i > 0)
      g.add_edge(edge("programme/p" + std::to_string(1000 + i - 1), Relation::evolved_into, "programme/p" + id, std::nullopt,
                      {{"mode", "renamed"}}));
  }
  try {
    render_diagram(g, ExportOptions{}, "svg");
    FAIL("dot drew a diagram past its limit");
  } catch (const UsageError& e) {
    std::string message = e.what();
    CHECK(message.find("420 nodes") != std::string::npos);
    CHECK(message.find("--engine sfdp") != std::string::npos);
    CHECK(message.find("--focus") != std::string::npos);
  }
  CHECK_NOTHROW(diagram_dot(g, ExportOptions{}));  // DOT itself is cheap to write
  ExportOptions sfdp;
  sfdp.engine = "sfdp";
  auto start = std::chrono::steady_clock::now();
  std::string svg = render_diagram(g, sfdp, "svg");
  CHECK(svg.find("</svg>") != std::string::npos);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(60));
  CHECK(parse_dot(diagram_dot(g, sfdp), "sfdp.dot").attributes.at("layout") == "sfdp");
}

TEST_CASE("save_diagram picks the format from the extension and creates the folder", "[diagram]") {
  namespace fs = std::filesystem;
  fs::path folder = fs::temp_directory_path() / ("policygraph-diagram-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  PolicyGraph g = regional_policy();
  save_diagram(g, folder / "demo" / "timeline.png", ExportOptions{});
  save_diagram(g, folder / "timeline.DOT", ExportOptions{});
  std::ifstream png(folder / "demo" / "timeline.png", std::ios::binary);
  std::string magic(8, '\0');
  png.read(magic.data(), 8);
  CHECK(magic == "\x89PNG\r\n\x1a\n");
  CHECK(fs::file_size(folder / "timeline.DOT") == diagram_dot(g, ExportOptions{}).size());
  CHECK_THROWS_AS(save_diagram(g, folder / "timeline.gif", ExportOptions{}), UsageError);
  CHECK_FALSE(fs::exists(folder / "timeline.gif"));
  fs::remove_all(folder);
}
