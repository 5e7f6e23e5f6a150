// Unit tests of the notebook and tool exports (export/node_link, graphml, gexf, rdf, csv, timeline)
// and their shared escaping: structure, evidence, escaping of hostile labels, determinism, UTF-8.
// The readers themselves (networkx, rdflib, rapper, pandas) check the files in tests/e2e.
#include <catch2/catch.hpp>
#include <rapidjson/document.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "export/exporter.hpp"
#include "export/text_escape.hpp"
#include "graph/error.hpp"

using namespace policygraph;
using namespace policygraph::exporting;
namespace fs = std::filesystem;

namespace {

// A label that breaks every naive writer: quotes, backslash, markup, newline, a control character, Korean.
const std::string hostile = "Say \"no\" \\ <b>R&D</b>\n'참여정부'\x01 end";

PolicyGraph policy_graph() {
  PolicyGraph g;
  g.add_document({"krihs-2019", "corpus/krihs-2019.txt", "Regional innovation <systems> & \"clusters\"", "2019-04-02", "ab"});
  g.add_document({"stepi-2018", "corpus/stepi-2018.txt", "STEPI seminar", "2018", "cd"});
  Evidence pack{"pack:korea", -1, 0, 0, "", "pack", 1.0, ""};
  Evidence pilot{"krihs-2019", 3, 120, 260,
                 "The People's Government launched a pilot project for an innovation cluster in 1999.", "introduce.active",
                 0.9, ""};
  Evidence rsi{"krihs-2019", 5, 400, 520,
               "It was expanded into the regional strategic industry by the Participation Government in 2004.",
               "evolve.passive", 0.8, "it = pilot project for an innovation cluster"};
  Evidence rd{"stepi-2018", 7, 30, 190,
              "The Lee Myung-bak administration converted it to R&D-oriented regional industry in 2008; \"results\" were <weak>.",
              "evolve.convert", 0.85, ""};
  Evidence problem{"stepi-2018", 9, 200, 300, "Line one\nline two with a tab\tand \"quotes\", commas; semicolons",
                   "problem.cue", 0.7, ""};
  g.add_node({"administration/kim-dae-jung", NodeKind::administration, "People's Government", {"국민의 정부"},
              {{"leader", "Kim Dae-jung"}, {"start", "1998-02-25"}, {"end", "2003-02-24"}}, {pack}});
  g.add_node({"administration/roh-moo-hyun", NodeKind::administration, "Participation Government",
              {"Participatory Government", "참여정부"}, {{"leader", "Roh Moo-hyun"}, {"start", "2003-02-25"}, {"end", "2008-02-24"}},
              {pack}});
  g.add_node({"administration/lee-myung-bak", NodeKind::administration, "Lee Myung-bak administration", {"이명박 정부"},
              {{"leader", "Lee Myung-bak"}, {"start", "2008-02-25"}}, {pack}});
  g.add_node({"programme/pilot-project-for-an-innovation-cluster", NodeKind::programme,
              "pilot project for an innovation cluster", {}, {}, {pilot}});
  g.add_node({"programme/regional-strategic-industry", NodeKind::programme, "regional strategic industry",
              {"지역전략산업"}, {}, {rsi}});
  g.add_node({"programme/r-d-oriented-regional-industry", NodeKind::programme, "R&D-oriented regional industry", {},
              {}, {rd}});
  g.add_node({"programme/hostile", NodeKind::programme, hostile, {"a;b", "x,y"}, {{"label", "attribute named label"}}, {rd}});
  g.add_node({"problem/weak-linkage", NodeKind::problem, "weak linkage between R&D and firms", {}, {}, {problem}});
  g.add_node({"event/stepi-seminar", NodeKind::event, "STEPI seminar", {}, {{"date", "2018-04"}}, {rd}});
  g.add_edge({"administration/kim-dae-jung", "programme/pilot-project-for-an-innovation-cluster", Relation::introduced,
              1999, {}, {pilot}});
  g.add_edge({"administration/roh-moo-hyun", "programme/regional-strategic-industry", Relation::introduced, 2004, {},
              {rsi}});
  g.add_edge({"administration/lee-myung-bak", "programme/r-d-oriented-regional-industry", Relation::introduced,
              std::nullopt, {}, {rd}});
  g.add_edge({"administration/lee-myung-bak", "programme/hostile", Relation::introduced, 2009, {}, {rd}});
  g.add_edge({"programme/pilot-project-for-an-innovation-cluster", "programme/regional-strategic-industry",
              Relation::evolved_into, 2004, {{"mode", "expanded"}}, {rsi}});
  g.add_edge({"programme/regional-strategic-industry", "programme/r-d-oriented-regional-industry",
              Relation::evolved_into, 2008, {{"mode", "converted"}}, {rd}});
  // Two relations between the same pair: the formats must keep both.
  g.add_edge({"programme/regional-strategic-industry", "programme/r-d-oriented-regional-industry", Relation::part_of,
              std::nullopt, {}, {rd}});
  g.add_edge({"programme/regional-strategic-industry", "problem/weak-linkage", Relation::has_problem, std::nullopt, {},
              {problem}});
  g.add_edge({"administration/kim-dae-jung", "administration/roh-moo-hyun", Relation::succeeded_by, std::nullopt, {},
              {pack}});
  return g;
}

std::string render(const ExportFormat& format, const PolicyGraph& graph, const ExportOptions& options = {}) {
  std::ostringstream out;
  format.write(graph, out, options);
  return out.str();
}

std::string render(const char* name, const PolicyGraph& graph = policy_graph()) {
  const ExportFormat* format = find_export_format(name);
  REQUIRE(format);
  return render(*format, graph);
}

std::size_t count(const std::string& text, std::string_view needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
  return n;
}

// True when no byte below 0x20 other than newline occurs (tab and CR must be escaped too).
bool no_raw_controls(const std::string& text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) < 0x20 && c != '\n') return false;
  return true;
}

rapidjson::Document parse_json(const std::string& text) {
  rapidjson::Document document;
  document.Parse(text.c_str(), text.size());
  REQUIRE_FALSE(document.HasParseError());
  return document;
}

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("policygraph-export-test-" + std::to_string(::getpid()) + "-" +
                                                std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Counts CSV records: newlines outside quoted fields.
std::size_t csv_records(const std::string& text) {
  std::size_t records = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (c == '\n' && !quoted) ++records;
  }
  return records;
}

}  // namespace

TEST_CASE("escapes keep every format's text valid", "[export]") {
  CHECK(valid_utf8("ok 참여정부") == "ok 참여정부");
  CHECK(valid_utf8("a\xff" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(valid_utf8("\xE2\x82") == "\xEF\xBF\xBD");  // truncated sequence
  CHECK(xml_escape("<a href=\"x\">R&D's</a>") == "&lt;a href=&quot;x&quot;&gt;R&amp;D&apos;s&lt;/a&gt;");
  CHECK(xml_escape("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d");
  CHECK(xml_escape(std::string("nul\0bell\x07", 9)) == "nul\xEF\xBF\xBD" "bell\xEF\xBF\xBD");
  CHECK(xml_escape("\xEF\xBF\xBF") == "\xEF\xBF\xBD");  // U+FFFF is not an XML character
  CHECK(html_escape("<script>\"x\" & 'y'</script>") == "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;");
  CHECK(iri_encode("programme/r-d 참") == "programme/r-d%20%EC%B0%B8");
  CHECK(iri_encode("pack:korea") == "pack%3Akorea");
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"\nbye") == "\"say \"\"hi\"\"\nbye\"");
  CHECK(csv_field(" padded") == "\" padded\"");
  CHECK(number_text(0.9) == "0.9");
  CHECK(number_text(1.0) == "1");
  CHECK(first_day(*Date::parse("2004")) == "2004-01-01");
  CHECK(last_day(*Date::parse("2008-02")) == "2008-02-29");
  CHECK(last_day(*Date::parse("2003-02-24")) == "2003-02-24");
  CHECK(attribute_name("label", {"id", "label"}) == "attribute_label");
  CHECK(attribute_name("leader", {"id", "label"}) == "leader");
}

TEST_CASE("every format is registered, deterministic, valid UTF-8 and without raw controls", "[export]") {
  PolicyGraph graph = policy_graph();
  for (const char* name : {"json", "node-link", "graphml", "gexf", "ttl", "nt", "csv", "timeline"}) {
    INFO(name);
    const ExportFormat* format = find_export_format(name);
    REQUIRE(format);
    if (!format->write) {
      CHECK(format->write_folder);
      continue;
    }
    std::string first = render(*format, graph);
    CHECK(first == render(*format, policy_graph()));
    CHECK(is_valid_utf8(first));
    CHECK(no_raw_controls(first));
    CHECK(first.back() == '\n');
    CHECK(first.find("9999") == std::string::npos);  // no sentinel year leaks out of an open term
  }
  CHECK_FALSE(find_export_format("xlsx"));
}

TEST_CASE("node-link JSON is a directed multigraph under 'links' with evidence", "[export]") {
  PolicyGraph graph = policy_graph();
  std::string text = render("node-link", graph);
  rapidjson::Document doc = parse_json(text);
  CHECK(doc["directed"].GetBool());
  CHECK(doc["multigraph"].GetBool());
  CHECK_FALSE(doc.HasMember("edges"));
  REQUIRE(doc["nodes"].Size() == graph.node_count());
  REQUIRE(doc["links"].Size() == graph.edge_count());
  CHECK(doc["graph"]["documents"].Size() == 2);

  const rapidjson::Value* hostile_node = nullptr;
  for (const auto& node : doc["nodes"].GetArray())
    if (std::string(node["id"].GetString()) == "programme/hostile") hostile_node = &node;
  REQUIRE(hostile_node);
  CHECK(std::string((*hostile_node)["label"].GetString(), (*hostile_node)["label"].GetStringLength()) == hostile);
  CHECK(std::string((*hostile_node)["attribute_label"].GetString()) == "attribute named label");
  CHECK((*hostile_node)["aliases"].Size() == 2);
  CHECK((*hostile_node)["first_year"].GetInt() == 2009);
  // A term still running has a first year and no last one (not a sentinel such as 9999).
  for (const auto& node : doc["nodes"].GetArray()) {
    if (std::string(node["id"].GetString()) != "administration/lee-myung-bak") continue;
    CHECK(node["first_year"].GetInt() == 2008);
    CHECK_FALSE(node.HasMember("last_year"));
  }

  int part_of = 0, evolved = 0;
  for (const auto& link : doc["links"].GetArray()) {
    CHECK(std::string(link["key"].GetString()) == link["relation"].GetString());
    REQUIRE(link["evidence"].Size() >= 1);
    CHECK(link["evidence"][0].HasMember("document"));
    CHECK(link["evidence"][0].HasMember("text"));
    std::string source = link["source"].GetString(), target = link["target"].GetString();
    if (source == "programme/regional-strategic-industry" && target == "programme/r-d-oriented-regional-industry") {
      std::string relation = link["relation"].GetString();
      part_of += relation == "part_of";
      evolved += relation == "evolved_into";
      if (relation == "evolved_into") {
        CHECK(link["year"].GetInt() == 2008);
        CHECK(std::string(link["mode"].GetString()) == "converted");
        CHECK(link["confidence"].GetDouble() == Approx(0.85));
      }
    }
  }
  CHECK(part_of == 1);
  CHECK(evolved == 1);
}

TEST_CASE("GraphML declares typed keys and escapes labels", "[export]") {
  std::string text = render("graphml");
  CHECK(text.find("attr.name=\"year\" attr.type=\"int\"") != std::string::npos);
  CHECK(text.find("for=\"node\" attr.name=\"confidence\" attr.type=\"double\"") != std::string::npos);
  CHECK(text.find("for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"") != std::string::npos);
  CHECK(text.find("edgedefault=\"directed\"") != std::string::npos);
  CHECK(text.find("Say &quot;no&quot; \\ &lt;b&gt;R&amp;D&lt;/b&gt;&#10;&apos;참여정부&apos;\xEF\xBF\xBD end") != std::string::npos);
  CHECK(count(text, "<node id=") == 9);
  CHECK(count(text, "<edge id=") == 9);
  CHECK(text.find("attr.name=\"attribute_label\"") != std::string::npos);
  CHECK(text.find("The People&apos;s Government launched a pilot project") != std::string::npos);
}

TEST_CASE("GEXF 1.3 is dynamic: terms, introduction years, dated events and edges", "[export]") {
  std::string text = render("gexf");
  CHECK(text.find("<gexf xmlns=\"http://gexf.net/1.3\"") != std::string::npos);
  CHECK(text.find("version=\"1.3\"") != std::string::npos);
  CHECK(text.find("mode=\"dynamic\"") != std::string::npos);
  CHECK(text.find("timeformat=\"date\"") != std::string::npos);
  CHECK(text.find("<node id=\"administration/roh-moo-hyun\" label=\"Participation Government\" start=\"2003-02-25\" "
                  "end=\"2008-02-24\">") != std::string::npos);
  // An open term has a start and no end.
  CHECK(text.find("label=\"Lee Myung-bak administration\" start=\"2008-02-25\">") != std::string::npos);
  CHECK(text.find("label=\"regional strategic industry\" start=\"2004-01-01\">") != std::string::npos);
  // No year in the text: the introducing administration's term start.
  CHECK(text.find("label=\"R&amp;D-oriented regional industry\" start=\"2008-02-25\">") != std::string::npos);
  CHECK(text.find("label=\"STEPI seminar\" start=\"2018-04-01\" end=\"2018-04-30\">") != std::string::npos);
  CHECK(text.find("label=\"weak linkage between R&amp;D and firms\">") != std::string::npos);
  CHECK(text.find("kind=\"evolved_into\" label=\"evolved_into\" start=\"2008-01-01\">") != std::string::npos);
  CHECK(text.find("kind=\"part_of\" label=\"part_of\">") != std::string::npos);
  CHECK(count(text, "<edge id=") == 9);
}

TEST_CASE("RDF has the same triples in Turtle and N-Triples, with typed dates and PROV-O evidence", "[export]") {
  std::string nt = render("nt");
  std::string ttl = render("ttl");
  CHECK(nt.find("<urn:policygraph:node:administration/roh-moo-hyun> <urn:policygraph:vocab:introduced> "
                "<urn:policygraph:node:programme/regional-strategic-industry> .\n") != std::string::npos);
  CHECK(nt.find("\"2004\"^^<http://www.w3.org/2001/XMLSchema#gYear>") != std::string::npos);
  CHECK(nt.find("<urn:policygraph:vocab:start> \"2003-02-25\"^^<http://www.w3.org/2001/XMLSchema#date>") !=
        std::string::npos);
  CHECK(nt.find("<http://www.w3.org/ns/prov#wasDerivedFrom> <urn:policygraph:document:krihs-2019>") != std::string::npos);
  CHECK(nt.find("<http://www.w3.org/ns/prov#wasDerivedFrom> <urn:policygraph:document:pack%3Akorea>") !=
        std::string::npos);
  CHECK(nt.find("<http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement>") != std::string::npos);
  // The hostile label as one escaped literal on one line.
  CHECK(nt.find("\"Say \\\"no\\\" \\\\ <b>R&D</b>\\n'참여정부'\\u0001 end\"") != std::string::npos);
  // Every N-Triples line is a statement; Turtle states each one as a "p o" line under its subject.
  std::size_t statements = count(nt, " .\n");
  CHECK(statements == count(nt, "\n"));
  CHECK(count(ttl, "@prefix ") == 7);
  CHECK(count(ttl, " ;\n") + count(ttl, " .\n") - count(ttl, "@prefix ") == statements);
  CHECK(ttl.find("    a pg:Administration ;") != std::string::npos);
  CHECK(ttl.find("prov:value \"The People's Government launched") != std::string::npos);
}

TEST_CASE("CSV files carry Neo4j import headers and one record per node and edge", "[export]") {
  PolicyGraph graph = policy_graph();
  std::ostringstream nodes, relationships;
  write_csv_nodes(graph, nodes, {});
  write_csv_relationships(graph, relationships, {});
  std::string n = nodes.str(), r = relationships.str();
  CHECK(n.rfind("id:ID,:LABEL,label,kind,aliases:string[],first_year:int,last_year:int,date,end,attribute_label,"
                "leader,start,confidence:float,documents:string[],evidence_text,evidence\n",
                0) == 0);
  CHECK(r.rfind(":START_ID,:END_ID,:TYPE,relation,year:int,mode,confidence:float,documents:string[],evidence_text,"
                "evidence\n",
                0) == 0);
  CHECK(csv_records(n) == graph.node_count() + 1);
  CHECK(csv_records(r) == graph.edge_count() + 1);
  CHECK(n.find("administration/roh-moo-hyun,Administration,Participation Government,administration,"
               "Participatory Government;참여정부,2003,2008,,2008-02-24,,Roh Moo-hyun,2003-02-25,1,pack:korea,,") !=
        std::string::npos);
  CHECK(n.find("administration/lee-myung-bak,Administration,Lee Myung-bak administration,administration,"
               "이명박 정부,2008,,") != std::string::npos);
  CHECK(n.find("9999") == std::string::npos);
  // An alias's own ';' must not split the Neo4j array.
  CHECK(n.find("a\xEF\xBC\x9B" "b;\"x,y\"") == std::string::npos);
  CHECK(n.find("\"a\xEF\xBC\x9B" "b;x,y\"") != std::string::npos);
  CHECK(r.find("programme/regional-strategic-industry,programme/r-d-oriented-regional-industry,EVOLVED_INTO,"
               "evolved_into,2008,converted,0.85,stepi-2018,") != std::string::npos);
}

TEST_CASE("a CSV folder appears whole or not at all", "[export]") {
  TempDir dir;
  PolicyGraph graph = policy_graph();
  fs::path out = dir.path / "neo4j";
  write_csv_folder(graph, out, {});
  CHECK(csv_records(read(out / "nodes.csv")) == graph.node_count() + 1);
  CHECK(csv_records(read(out / "relationships.csv")) == graph.edge_count() + 1);

  // A second export replaces the first.
  PolicyGraph small;
  small.add_node({"programme/only", NodeKind::programme, "only", {}, {}, {}});
  write_csv_folder(small, dir.path / "neo4j/", {});
  CHECK(csv_records(read(out / "nodes.csv")) == 2);
  CHECK(csv_records(read(out / "relationships.csv")) == 1);

  // A folder holding anything else is not ours to replace.
  std::ofstream(out / "notes.txt") << "mine";
  CHECK_THROWS_AS(write_csv_folder(graph, out, {}), OutputError);
  CHECK(read(out / "notes.txt") == "mine");
  CHECK(csv_records(read(out / "nodes.csv")) == 2);

  std::ofstream(dir.path / "file") << "x";
  CHECK_THROWS_AS(write_csv_folder(graph, dir.path / "file", {}), OutputError);
  CHECK_THROWS_AS(write_csv_folder(graph, dir.path / "missing-parent" / "out", {}), OutputError);
  CHECK_FALSE(fs::exists(dir.path / "missing-parent"));

  // Nothing half-written is left next to the folders.
  std::size_t entries = 0;
  for (const auto& entry : fs::directory_iterator(dir.path)) {
    CHECK(entry.path().filename().string().find(".partial-") == std::string::npos);
    ++entries;
  }
  CHECK(entries == 2);
}

TEST_CASE("the timeline has TimelineJS eras and events and vis-timeline items, all HTML-escaped", "[export]") {
  rapidjson::Document doc = parse_json(render("timeline"));
  REQUIRE(doc["title"]["text"].HasMember("headline"));
  CHECK(std::string(doc["scale"].GetString()) == "human");
  REQUIRE(doc["eras"].Size() == 3);
  const auto& roh = doc["eras"][1];
  CHECK(roh["start_date"]["year"].GetInt() == 2003);
  CHECK(roh["start_date"]["month"].GetInt() == 2);
  CHECK(roh["end_date"]["year"].GetInt() == 2008);
  CHECK(std::string(roh["text"]["headline"].GetString()) == "Participation Government");
  // An open term ends at the last year the graph mentions.
  CHECK(doc["eras"][2]["end_date"]["year"].GetInt() == 2019);

  std::map<std::string, const rapidjson::Value*> events;
  for (const auto& event : doc["events"].GetArray()) {
    REQUIRE(event["start_date"].HasMember("year"));
    REQUIRE(event["text"].HasMember("headline"));
    events[event["unique_id"].GetString()] = &event;
  }
  CHECK(events.size() == 5);  // four programmes and one event
  const auto& rsi = *events.at("programme/regional-strategic-industry");
  CHECK(rsi["start_date"]["year"].GetInt() == 2004);
  std::string text = rsi["text"]["text"].GetString();
  CHECK(text.find("Introduced by Participation Government in 2004.") != std::string::npos);
  CHECK(text.find("Evolved from pilot project for an innovation cluster (expanded, 2004).") != std::string::npos);
  CHECK(text.find("Evolved into R&amp;D-oriented regional industry (converted, 2008).") != std::string::npos);
  CHECK(text.find("&quot;results&quot; were &lt;weak&gt;") != std::string::npos);
  const auto& rd = *events.at("programme/r-d-oriented-regional-industry");
  CHECK(rd["start_date"]["year"].GetInt() == 2008);
  CHECK(std::string(rd["display_date"].GetString()) == "introduced during 2008\u2013present");
  CHECK(std::string((*events.at("programme/hostile"))["text"]["headline"].GetString()).find("&lt;b&gt;R&amp;D") !=
        std::string::npos);

  const auto& vis = doc["vis"];
  CHECK(vis["groups"].Size() == 2);
  std::size_t background = 0, points = 0;
  for (const auto& item : vis["items"].GetArray()) {
    std::string type = item["type"].GetString();
    background += type == "background";
    points += type == "point";
    CHECK(std::string(item["start"].GetString()).size() == 10);
    if (type == "point") CHECK(item.HasMember("group"));
    if (type == "background") CHECK(std::string(item["end"].GetString()).size() == 10);
  }
  CHECK(background == 3);
  CHECK(points == 5);
}

TEST_CASE("an empty graph exports in every format", "[export]") {
  PolicyGraph empty;
  for (const char* name : {"json", "node-link", "graphml", "gexf", "ttl", "nt", "timeline"}) {
    const ExportFormat& format = *find_export_format(name);
    INFO(format.name);
    std::string text = render(format, empty);
    CHECK_FALSE(text.empty());
    CHECK(is_valid_utf8(text));
  }
  rapidjson::Document timeline = parse_json(render("timeline", empty));
  CHECK(timeline["events"].Size() == 0);
  rapidjson::Document node_link = parse_json(render("node-link", empty));
  CHECK(node_link["links"].Size() == 0);
}
