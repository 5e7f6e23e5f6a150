// Unit tests of graph/match: parsing patterns (kinds, constants, filters, errors with positions)
// and matching them (joins, repeated variables, year filters, limits).
#include <catch2/catch.hpp>

#include "graph/match.hpp"
#include "query_fixture.hpp"

using namespace policygraph;

namespace {

std::vector<std::vector<std::string>> labels(const std::vector<PatternMatch>& matches) {
  std::vector<std::vector<std::string>> out;
  for (const auto& match : matches) {
    std::vector<std::string> row;
    for (const Node* node : match.values) row.push_back(node->label);
    out.push_back(row);
  }
  return out;
}

std::string parse_error(const QueryEngine& engine, std::string_view text) {
  try {
    parse_pattern(engine, text);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a two-step pattern joins on the shared variable", "[match]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  Pattern pattern = parse_pattern(engine, "?a introduced ?p . ?p evolved_into ?q");
  CHECK(pattern.variables == std::vector<std::string>{"a", "p", "q"});
  auto matches = match_pattern(engine, pattern);
  CHECK(labels(matches) == std::vector<std::vector<std::string>>{
                               {"Participation Government", "regional strategic industry", "R&D-oriented regional industry"},
                               {"People's Government", "pilot project for an innovation cluster", "regional strategic industry"}});
  REQUIRE(matches[0].edges.size() == 2);
  CHECK(matches[0].edges[1]->attributes.at("mode") == "converted");
}

TEST_CASE("a three-step pattern reaches the problems of successors", "[match]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  auto matches = match_pattern(engine, parse_pattern(engine, "?a introduced ?p . ?p evolved_into ?q . ?q has_problem ?x ."));
  CHECK(labels(matches) == std::vector<std::vector<std::string>>{
                               {"Participation Government", "regional strategic industry", "R&D-oriented regional industry",
                                "weakened investment effect under limited budget"},
                               {"People's Government", "pilot project for an innovation cluster", "regional strategic industry",
                                "vulnerability of regional industry in environmental changes"}});
}

TEST_CASE("kind constraints take either spelling", "[match]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  auto inline_kind = match_pattern(engine, parse_pattern(engine, "?x:programme has_problem ?y"));
  auto clause_kind = match_pattern(engine, parse_pattern(engine, "?x has_problem ?y . ?x kind:programme"));
  CHECK(inline_kind.size() == 2);
  CHECK(labels(inline_kind) == labels(clause_kind));
  CHECK(match_pattern(engine, parse_pattern(engine, "?x:event has_problem ?y")).empty());
}

TEST_CASE("constants are names or ids, resolved through the name index", "[match]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  auto matches = match_pattern(engine, parse_pattern(engine, R"("Regional Strategic Industries" evolved_into ?next)"));
  CHECK(labels(matches) == std::vector<std::vector<std::string>>{{"R&D-oriented regional industry"}});
  matches = match_pattern(engine, parse_pattern(engine, "administration/roh-moo-hyun introduced ?p"));
  CHECK(labels(matches) == std::vector<std::vector<std::string>>{{"regional strategic industry"}});
  matches = match_pattern(engine, parse_pattern(engine, R"("참여정부" introduced "regional strategic industry")"));
  CHECK(matches.size() == 1);
  CHECK(matches[0].values.empty());
  CHECK_THROWS_AS(parse_pattern(engine, R"("no such thing" introduced ?p)"), UnknownName);
  CHECK_THROWS_AS(parse_pattern(engine, R"("Kim administration" introduced ?p)"), AmbiguousName);
}

TEST_CASE("year filters compare edge years or node times", "[match]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  auto dated = match_pattern(engine, parse_pattern(engine, "?a introduced ?p FILTER year >= 2008"));
  CHECK(labels(dated) == std::vector<std::vector<std::string>>{{"Lee Myung-bak administration", "R&D-oriented regional industry"}});
  CHECK(match_pattern(engine, parse_pattern(engine, "?a introduced ?p . FILTER (year < 2008)")).empty());
  auto by_term = match_pattern(engine, parse_pattern(engine, "?a introduced ?p . FILTER year(?a) <= 2003"));
  CHECK(labels(by_term) == std::vector<std::vector<std::string>>{{"Participation Government", "regional strategic industry"},
                                                                 {"People's Government", "pilot project for an innovation cluster"}});
  auto exact = match_pattern(engine, parse_pattern(engine, "?a introduced ?p FILTER year(?p) = 2005"));
  CHECK(labels(exact) == std::vector<std::vector<std::string>>{{"Participation Government", "regional strategic industry"}});
}

TEST_CASE("repeated variables must bind the same node, and limits cut the answer", "[match]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  CHECK(match_pattern(engine, parse_pattern(engine, "?p evolved_into ?p")).empty());
  CHECK(match_pattern(engine, parse_pattern(engine, "?a introduced ?p"), 2).size() == 2);
  Answer answer = answer_match(engine, "?a introduced ?p . ?p evolved_into ?q", 1000);
  CHECK(answer.columns.back().name == "year");
  CHECK(answer.rows.size() == 2);
  CHECK(answer.rows[0].evidence.size() == 2);
  CHECK_THROWS_AS(answer_match(engine, "?a succeeded_by ?b", 1000), NoAnswer);
}

TEST_CASE("bad patterns name the byte and what was expected", "[match]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  CHECK(parse_error(engine, "?a likes ?b") ==
        "match: byte 3: unknown relation 'likes' (relations: introduced, evolved_into, emphasised, resulted_in, has_problem, "
        "recommends, part_of, led_by, hosted, presented_at, affiliated_with, succeeded_by)");
  CHECK(parse_error(engine, "?a introduced").find("expected a ?variable or a name, got the end") != std::string::npos);
  CHECK(parse_error(engine, "?a:ministry introduced ?p").find("byte 0: unknown kind 'ministry'") != std::string::npos);
  CHECK(parse_error(engine, "?a:administration introduced ?p . ?a kind:programme").find("cannot be both") != std::string::npos);
  CHECK(parse_error(engine, "?a introduced ?p ?q evolved_into ?r").find("expected '.' between clauses") != std::string::npos);
  CHECK(parse_error(engine, "?a introduced ?p FILTER year >= soon").find("expected a year") != std::string::npos);
  CHECK(parse_error(engine, "?a introduced ?p FILTER month >= 3").find("FILTER supports 'year'") != std::string::npos);
  CHECK(parse_error(engine, "?a introduced ?p FILTER year(?z) > 2000").find("?z appears in no triple") != std::string::npos);
  CHECK(parse_error(engine, "\"unterminated introduced ?p").find("byte 0: unterminated quoted name") != std::string::npos);
  CHECK(parse_error(engine, "?1a introduced ?p").find("bad variable name") != std::string::npos);
  CHECK(parse_error(engine, "").find("at least one triple") != std::string::npos);
  CHECK(parse_error(engine, "\"KIAT\" kind:programme").find("constrains a ?variable") != std::string::npos);
}
