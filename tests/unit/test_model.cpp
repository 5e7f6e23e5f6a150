// Unit tests of graph/model: names, dates, evidence and alias merging.
#include <catch2/catch.hpp>

#include "graph/model.hpp"

using namespace policygraph;

TEST_CASE("node kinds and relations round-trip through their names", "[graph]") {
  for (NodeKind kind : all_node_kinds()) CHECK(parse_node_kind(to_string(kind)) == kind);
  for (Relation relation : all_relations()) CHECK(parse_relation(to_string(relation)) == relation);
  CHECK(all_node_kinds().size() == 9);
  CHECK(all_relations().size() == 12);
  CHECK_FALSE(parse_node_kind("ministry"));
  CHECK_FALSE(parse_relation("introduces"));
}

TEST_CASE("dates keep their precision", "[graph]") {
  auto year = Date::parse("2003");
  REQUIRE(year);
  CHECK(year->precision() == Date::Precision::year);
  CHECK(year->to_string() == "2003");
  auto month = Date::parse("2003-02");
  REQUIRE(month);
  CHECK(month->precision() == Date::Precision::month);
  auto day = Date::parse("2003-02-25");
  REQUIRE(day);
  CHECK(day->precision() == Date::Precision::day);
  CHECK(day->to_string() == "2003-02-25");
  CHECK(*year < *day);
}

TEST_CASE("Date::parse rejects impossible calendar dates", "[graph]") {
  CHECK_FALSE(Date::parse(""));
  CHECK_FALSE(Date::parse("20"));
  CHECK_FALSE(Date::parse("2003-13"));
  CHECK_FALSE(Date::parse("2003-02-30"));
  CHECK_FALSE(Date::parse("2003/02/01"));
  CHECK_FALSE(Date::parse("2003-02-011"));
  CHECK(Date::parse("2004-02-29"));
  CHECK_FALSE(Date::parse("2003-02-29"));
}

TEST_CASE("node ids carry their kind", "[graph]") {
  CHECK(make_node_id(NodeKind::administration, "roh-moo-hyun") == "administration/roh-moo-hyun");
  CHECK(kind_of_id("programme/x") == NodeKind::programme);
  CHECK_FALSE(kind_of_id("nothing"));
  CHECK_FALSE(kind_of_id("ministry/x"));
}

TEST_CASE("evidence merges sorted and without duplicates", "[graph]") {
  std::vector<Evidence> list;
  Evidence a{"doc-b", 3, 10, 20, "text", "rule", 0.9, ""};
  Evidence b{"doc-a", 1, 0, 5, "text", "rule", 0.9, ""};
  merge_evidence(list, {a, b, a});
  REQUIRE(list.size() == 2);
  CHECK(list[0].document == "doc-a");
  CHECK(list[1].document == "doc-b");
}

TEST_CASE("aliases stay sorted, unique and apart from the label", "[graph]") {
  std::vector<std::string> aliases{"B"};
  merge_aliases(aliases, {"A", "B", "Label", ""}, "Label");
  CHECK(aliases == std::vector<std::string>{"A", "B"});
}
