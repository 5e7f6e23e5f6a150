// Tests of graph/review: each check on small hand-built graphs, finding what it should and nothing
// where it should not, the ranking, the curate suggestions and the JSON.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <sstream>

#include "graph/review.hpp"

using namespace policygraph;

namespace {

Evidence said(int sentence, std::string text, double confidence = 0.9, std::string rule = "rule.test") {
  auto begin = static_cast<std::size_t>(sentence) * 100;
  return {"doc", sentence, begin, begin + text.size(), std::move(text), std::move(rule), confidence, ""};
}

void add_node(PolicyGraph& g, const std::string& id, const std::string& label, std::vector<std::string> aliases = {},
              std::vector<Evidence> evidence = {}) {
  auto kind = kind_of_id(id);
  REQUIRE(kind);
  if (evidence.empty()) evidence = {said(0, label + " was mentioned.", 1.0, "mention")};
  g.add_node({id, *kind, label, std::move(aliases), {}, std::move(evidence)});
}

void add_administration(PolicyGraph& g, const std::string& key, const std::string& label, const std::string& start, const std::string& end) {
  Attributes attributes{{"leader", label}, {"start", start}};
  if (!end.empty()) attributes["end"] = end;
  g.add_node({"administration/" + key, NodeKind::administration, label, {}, attributes, {{"pack:korea", -1, 0, 0, "", "pack", 1.0, ""}}});
}

void add_edge(PolicyGraph& g, const std::string& source, Relation relation, const std::string& target, std::optional<int> year = std::nullopt,
              std::vector<Evidence> evidence = {}) {
  if (evidence.empty()) evidence = {said(1, source + " " + std::string(to_string(relation)) + " " + target + ".")};
  g.add_edge({source, target, relation, year, {}, std::move(evidence)});
}

std::vector<ReviewItem> run(const PolicyGraph& g, ReviewCheck check, double weak = 0.6) {
  ReviewOptions options;
  options.checks = {check};
  options.weak_confidence = weak;
  return review_graph(g, options);
}

PolicyGraph two_governments() {
  PolicyGraph g;
  add_administration(g, "kim-dae-jung", "People's Government", "1998-02-25", "2003-02-24");
  add_administration(g, "roh-moo-hyun", "Participation Government", "2003-02-25", "2008-02-24");
  add_administration(g, "yoon-suk-yeol", "Yoon Suk Yeol administration", "2022-05-10", "");
  return g;
}

}  // namespace

TEST_CASE("review checks have stable names", "[review]") {
  for (ReviewCheck check : all_review_checks()) CHECK(parse_review_check(to_string(check)) == check);
  CHECK(all_review_checks().size() == 7);
  CHECK(to_string(ReviewCheck::likely_duplicate) == "likely_duplicate");
  CHECK_FALSE(parse_review_check("duplicates"));
  CHECK_FALSE(parse_review_check(""));
}

TEST_CASE("a programme introduced by two administrations is one item with a retract of the later", "[review]") {
  PolicyGraph g = two_governments();
  add_node(g, "programme/free-economic-zone-act", "Free Economic Zone Act");
  add_edge(g, "administration/kim-dae-jung", Relation::introduced, "programme/free-economic-zone-act", 2002,
           {said(10, "The Kim Dae-jung government enacted the Free Economic Zone Act in December 2002.")});
  add_edge(g, "administration/roh-moo-hyun", Relation::introduced, "programme/free-economic-zone-act", 2003,
           {said(11, "The Roh Moo-hyun government designated the first three zones in August 2003.")});
  auto items = run(g, ReviewCheck::two_introducers);
  REQUIRE(items.size() == 1);
  const ReviewItem& item = items[0];
  CHECK(item.check == ReviewCheck::two_introducers);
  CHECK(item.edges.size() == 2);
  REQUIRE(item.nodes.size() == 3);
  CHECK(item.nodes[0]->id == "programme/free-economic-zone-act");
  CHECK(item.explanation ==
        "\"Free Economic Zone Act\" is introduced by 2 administrations: People's Government in 2002, Participation Government in "
        "2003; one attribution is probably wrong, or a later one continued it");
  CHECK(item.suggestion ==
        "policygraph curate retract '\"administration/roh-moo-hyun\" introduced \"programme/free-economic-zone-act\"'");
  CHECK(item.evidence.size() == 2);
  CHECK(item.score > 0);

  SECTION("an introduction with more sentences is kept, even if later") {
    add_edge(g, "administration/roh-moo-hyun", Relation::introduced, "programme/free-economic-zone-act", 2003,
             {said(12, "The Participation Government introduced the Free Economic Zone Act.")});
    auto again = run(g, ReviewCheck::two_introducers);
    REQUIRE(again.size() == 1);
    CHECK(again[0].suggestion.find("\"administration/kim-dae-jung\" introduced") != std::string::npos);
  }
}

TEST_CASE("one introducer, or introduced edges from non-administrations, give no two_introducers item", "[review]") {
  PolicyGraph g = two_governments();
  add_node(g, "programme/technopark", "Technopark Programme");
  add_node(g, "organisation/motie", "Ministry of Trade, Industry and Energy");
  add_edge(g, "administration/kim-dae-jung", Relation::introduced, "programme/technopark", 1998);
  add_edge(g, "organisation/motie", Relation::introduced, "programme/technopark");
  CHECK(run(g, ReviewCheck::two_introducers).empty());
}

TEST_CASE("a year outside the introducing administration's term is flagged, with the distance", "[review]") {
  PolicyGraph g = two_governments();
  add_node(g, "programme/late", "late programme");
  add_node(g, "programme/early", "early programme");
  add_edge(g, "administration/kim-dae-jung", Relation::introduced, "programme/late", 2010);
  add_edge(g, "administration/roh-moo-hyun", Relation::introduced, "programme/early", 2002);
  auto items = run(g, ReviewCheck::year_outside_term);
  REQUIRE(items.size() == 2);
  // Seven years off is surer than one: it ranks first.
  CHECK(items[0].explanation ==
        "People's Government (1998\u20132003) introduced \"late programme\" in 2010, 7 years after its term ended; the year or the "
        "administration is wrong");
  CHECK(items[1].explanation.find("in 2002, 1 year before its term began") != std::string::npos);
  CHECK(items[0].score > items[1].score);
  CHECK(items[0].suggestion == "policygraph curate retract '\"administration/kim-dae-jung\" introduced \"programme/late\"'");
  REQUIRE(items[0].edges.size() == 1);
  CHECK(items[0].edges[0]->year == 2010);
}

TEST_CASE("years inside the term, at its ends, undated, or in an open term are not flagged", "[review]") {
  PolicyGraph g = two_governments();
  for (const char* id : {"programme/a", "programme/b", "programme/c", "programme/d"}) add_node(g, id, id);
  add_edge(g, "administration/kim-dae-jung", Relation::introduced, "programme/a", 2003);  // the term ended in February 2003
  add_edge(g, "administration/roh-moo-hyun", Relation::introduced, "programme/b", 2003);
  add_edge(g, "administration/roh-moo-hyun", Relation::introduced, "programme/c");
  add_edge(g, "administration/yoon-suk-yeol", Relation::introduced, "programme/d", 2030);  // in office: no end
  CHECK(run(g, ReviewCheck::year_outside_term).empty());
}

TEST_CASE("an evolution cycle is one item that reads as a path, with the weakest step to retract", "[review]") {
  PolicyGraph g;
  add_node(g, "programme/a", "regional strategic industry");
  add_node(g, "programme/b", "R&D-oriented regional industry");
  add_node(g, "programme/c", "regional industry promotion policy");
  g.add_edge({"programme/a", "programme/b", Relation::evolved_into, std::nullopt, {{"mode", "converted"}},
              {said(6, "It was converted to R&D-oriented regional industry."), said(9, "Later it became R&D-oriented regional industry.")}});
  g.add_edge({"programme/b", "programme/a", Relation::evolved_into, std::nullopt, {{"mode", "renamed"}},
              {said(7, "R&D-oriented regional industry was renamed regional strategic industry.", 0.7)}});
  add_edge(g, "programme/b", Relation::evolved_into, "programme/c");  // leaves the cycle: not part of it
  auto items = run(g, ReviewCheck::evolution_cycle);
  REQUIRE(items.size() == 1);
  CHECK(items[0].explanation ==
        "evolved_into goes round in a cycle: \"regional strategic industry\" \u2192 (converted) \"R&D-oriented regional industry\" "
        "\u2192 (renamed) \"regional strategic industry\"; one step is read backwards or names the wrong programme");
  CHECK(items[0].edges.size() == 2);
  CHECK(items[0].nodes.size() == 2);
  CHECK(items[0].suggestion == "policygraph curate retract '\"programme/b\" evolved_into \"programme/a\"'");
}

TEST_CASE("a programme evolving into itself is a cycle, a chain is not", "[review]") {
  PolicyGraph g;
  add_node(g, "programme/a", "a");
  add_node(g, "programme/b", "b");
  add_node(g, "programme/c", "c");
  add_edge(g, "programme/a", Relation::evolved_into, "programme/b");
  add_edge(g, "programme/b", Relation::evolved_into, "programme/c");
  add_edge(g, "programme/a", Relation::evolved_into, "programme/c");
  CHECK(run(g, ReviewCheck::evolution_cycle).empty());
  add_edge(g, "programme/c", Relation::evolved_into, "programme/c");
  auto items = run(g, ReviewCheck::evolution_cycle);
  REQUIRE(items.size() == 1);
  CHECK(items[0].nodes.size() == 1);
  CHECK(items[0].explanation.find("\"c\" \u2192 \"c\"") != std::string::npos);
}

TEST_CASE("a long lineage is searched without recursion", "[review]") {
  PolicyGraph g;
  const int length = 20000;
  auto id = [](int i) {  // appended, not "…" + string: that trips a false -Wrestrict in GCC 12
    std::string out = "programme/p";
    out += std::to_string(i);
    return out;
  };
  for (int i = 0; i < length; ++i) add_node(g, id(i), id(i).substr(10));
  for (int i = 0; i + 1 < length; ++i) add_edge(g, id(i), Relation::evolved_into, id(i + 1));
  CHECK(run(g, ReviewCheck::evolution_cycle).empty());
  add_edge(g, id(length - 1), Relation::evolved_into, id(0));
  auto items = run(g, ReviewCheck::evolution_cycle);
  REQUIRE(items.size() == 1);
  CHECK(items[0].nodes.size() == static_cast<std::size_t>(length));
}

TEST_CASE("one label on nodes of two kinds is flagged, different labels are not", "[review]") {
  PolicyGraph g;
  add_node(g, "programme/korean-new-deal", "Korean New Deal");
  add_node(g, "goal/korean-new-deal", "the Korean New Deal");
  add_node(g, "goal/local-autonomy", "local autonomy");
  add_node(g, "programme/local-autonomy-act", "Local Autonomy Act");
  auto items = run(g, ReviewCheck::label_two_kinds);
  REQUIRE(items.size() == 1);
  CHECK(items[0].explanation ==
        "\"the Korean New Deal\" is a goal (goal/korean-new-deal) and programme (programme/korean-new-deal); one entity read as two "
        "kinds, or the label is too vague");
  CHECK(items[0].nodes.size() == 2);
  CHECK(items[0].suggestion.empty());  // as many facts on each: which kind is right is not known
  CHECK_FALSE(items[0].evidence.empty());

  add_node(g, "administration/moon-jae-in", "Moon Jae-in administration");
  add_edge(g, "administration/moon-jae-in", Relation::introduced, "programme/korean-new-deal");
  items = run(g, ReviewCheck::label_two_kinds);
  REQUIRE(items.size() == 1);
  CHECK(items[0].suggestion == "policygraph curate retype \"goal/korean-new-deal\" programme");
}

TEST_CASE("likely duplicates: word order, plural, small words, acronyms, shared names and spelling", "[review]") {
  PolicyGraph g;
  add_node(g, "organisation/office-of-science-and-technology-innovation", "Office of Science and Technology Innovation");
  add_node(g, "organisation/office-of-science-technology-and-innovation", "Office of Science, Technology and Innovation");
  add_node(g, "programme/innovation-clusters-programme", "innovation clusters programme");
  add_node(g, "programme/innovation-cluster-programme", "innovation cluster programme");
  add_node(g, "organisation/committee-on-regional-policy", "Committee on Regional Policy");
  add_node(g, "organisation/committee-for-regional-policy", "Committee for Regional Policy");
  add_node(g, "organisation/kiat", "KIAT");
  add_node(g, "organisation/korea-institute-for-advancement-of-technology", "Korea Institute for Advancement of Technology");
  add_node(g, "programme/bk21", "BK21");
  add_node(g, "programme/brain-korea-21", "Brain Korea 21", {"BK21"});
  add_node(g, "programme/technopark-programme", "Technopark Programme");
  add_node(g, "programme/technopak-programme", "Technopak Programme");
  // Facts make the keeper: the Technopark Programme has one more.
  add_node(g, "organisation/motie", "MOTIE");
  add_edge(g, "programme/technopark-programme", Relation::led_by, "organisation/motie");

  auto items = run(g, ReviewCheck::likely_duplicate);
  std::map<std::string, const ReviewItem*> by_suggestion;
  for (const ReviewItem& item : items) by_suggestion[item.suggestion] = &item;
  auto find = [&](const std::string& keep, const std::string& other) -> const ReviewItem* {
    auto found = by_suggestion.find("policygraph curate merge \"" + keep + "\" \"" + other + "\"");
    return found == by_suggestion.end() ? nullptr : found->second;
  };
  CHECK(items.size() == 6);

  const ReviewItem* order = find("organisation/office-of-science-and-technology-innovation", "organisation/office-of-science-technology-and-innovation");
  REQUIRE(order);
  CHECK(order->explanation.find("look like one: the same words in another order") != std::string::npos);

  const ReviewItem* plural = find("programme/innovation-cluster-programme", "programme/innovation-clusters-programme");
  REQUIRE(plural);
  CHECK(plural->explanation.find("singular and plural") != std::string::npos);

  const ReviewItem* small_words = find("organisation/committee-for-regional-policy", "organisation/committee-on-regional-policy");
  REQUIRE(small_words);
  CHECK(small_words->explanation.find("but for of, for, on") != std::string::npos);

  // The expansion keeps its id; the acronym becomes its alias.
  const ReviewItem* acronym = find("organisation/korea-institute-for-advancement-of-technology", "organisation/kiat");
  REQUIRE(acronym);
  CHECK(acronym->explanation.find("\"KIAT\" is the initials of \"Korea Institute for Advancement of Technology\"") != std::string::npos);

  const ReviewItem* shared = find("programme/brain-korea-21", "programme/bk21");
  REQUIRE(shared);
  CHECK(shared->explanation.find("\"BK21\" is also a name of \"Brain Korea 21\"") != std::string::npos);

  const ReviewItem* spelling = find("programme/technopark-programme", "programme/technopak-programme");
  REQUIRE(spelling);
  CHECK(spelling->explanation.find("one letter apart") != std::string::npos);
  // Between nodes with no facts, a shared name is surer than the same words.
  CHECK(shared->score > plural->score);
}

TEST_CASE("different numbers, short names two letters apart, other kinds and administrations are not duplicates", "[review]") {
  PolicyGraph g;
  add_node(g, "event/2018-technopark-forum", "2018 Technopark Forum");
  add_node(g, "event/2019-technopark-forum", "2019 Technopark Forum");
  add_node(g, "person/lee-jae-won", "Lee Jae-won");
  add_node(g, "person/seo-jae-won", "Seo Jae-won");
  add_node(g, "programme/smart-factory", "smart factory");
  add_node(g, "goal/smart-factories", "smart factories of the regions");
  add_node(g, "programme/regional-innovation-system", "Regional Innovation System");
  add_node(g, "programme/national-innovation-system", "National Innovation System");
  add_administration(g, "kim-young-sam", "Civilian Government", "1993-02-25", "1998-02-24");
  add_administration(g, "kim-dae-jung", "Civilian Governments", "1998-02-25", "2003-02-24");
  CHECK(run(g, ReviewCheck::likely_duplicate).empty());
}

TEST_CASE("two pack entries that look alike rank low and say so", "[review]") {
  PolicyGraph g;
  Evidence seen = said(3, "The Ministry of Economy and Finance and the Ministry of Finance and Economy.", 1.0, "gazetteer");
  add_node(g, "organisation/moef", "Ministry of Economy and Finance", {"MOEF"}, {seen});
  add_node(g, "organisation/mofe", "Ministry of Finance and Economy", {"MOFE"}, {seen});
  add_node(g, "organisation/a", "Office of Regional Policy");
  add_node(g, "organisation/b", "Regional Policy Office");
  auto items = run(g, ReviewCheck::likely_duplicate);
  REQUIRE(items.size() == 2);
  CHECK(items[0].nodes[0]->id == "organisation/a");
  CHECK(items[1].explanation.find("both are pack entries") != std::string::npos);
  CHECK(items[1].score < items[0].score);
}

TEST_CASE("many names are compared in buckets and sorted neighbours, not in pairs", "[review]") {
  PolicyGraph g;
  const int count = 30000;
  for (int i = 0; i < count; ++i) {
    std::string number = std::to_string(100000 + i);
    add_node(g, "programme/p" + number, "regional programme number " + number);
  }
  add_node(g, "programme/regional-programme-numbr-100007", "regional programme numbr 100007");
  auto items = run(g, ReviewCheck::likely_duplicate);
  REQUIRE(items.size() == 1);
  CHECK(items[0].suggestion == "policygraph curate merge \"programme/p100007\" \"programme/regional-programme-numbr-100007\"");
}

TEST_CASE("a fact read once by a low-confidence rule is weak, more sentences or confidence are not", "[review]") {
  PolicyGraph g;
  add_node(g, "person/kang", "Kang Hyun-soo");
  add_node(g, "recommendation/budget", "multi-year R&D budget framework");
  add_node(g, "recommendation/memory", "institutional memory");
  add_node(g, "recommendation/evaluation", "independent evaluation");
  add_edge(g, "person/kang", Relation::recommends, "recommendation/budget", std::nullopt,
           {said(26, "Korea needs a multi-year R&D budget framework.", 0.59, "recommends.country_needs")});
  add_edge(g, "person/kang", Relation::recommends, "recommendation/memory", std::nullopt,
           {said(27, "Korea needs institutional memory.", 0.5), said(28, "He repeated that Korea needs institutional memory.", 0.5)});
  add_edge(g, "person/kang", Relation::recommends, "recommendation/evaluation", std::nullopt,
           {said(29, "Kang called for independent evaluation.", 0.7)});

  auto items = run(g, ReviewCheck::weak_evidence);
  REQUIRE(items.size() == 1);
  CHECK(items[0].explanation ==
        "\"Kang Hyun-soo\" recommends \"multi-year R&D budget framework\" rests on one sentence read by rule "
        "recommends.country_needs at confidence 0.59");
  CHECK(items[0].suggestion == "policygraph curate retract '\"person/kang\" recommends \"recommendation/budget\"'");
  REQUIRE(items[0].evidence.size() == 1);
  CHECK(items[0].evidence[0].sentence == 26);

  // A higher threshold makes the 0.7 fact weak too; two sentences never are.
  auto stricter = run(g, ReviewCheck::weak_evidence, 0.75);
  CHECK(stricter.size() == 2);

  SECTION("a phrase of one word is more suspect") {
    add_node(g, "programme/cyber-korea-21", "Cyber Korea 21");
    add_node(g, "outcome/striking", "striking");
    add_edge(g, "programme/cyber-korea-21", Relation::resulted_in, "outcome/striking", std::nullopt,
             {said(12, "The results were striking.", 0.59, "resulted_in.heading")});
    auto both = run(g, ReviewCheck::weak_evidence);
    REQUIRE(both.size() == 2);
    CHECK(both[0].explanation.find(", and \"striking\" is a single word") != std::string::npos);
    CHECK(both[0].score > both[1].score);
  }
}

TEST_CASE("a problem or recommendation nothing points at has no subject", "[review]") {
  PolicyGraph g;
  add_node(g, "programme/technopark", "Technopark Programme");
  add_node(g, "problem/fragmentation", "fragmentation into many small projects");
  add_node(g, "problem/orphan", "lack of evaluation");
  add_node(g, "recommendation/orphan", "build a new growth hub");
  add_node(g, "outcome/orphan", "balanced regional development");  // outcomes are not this check's business
  add_edge(g, "programme/technopark", Relation::has_problem, "problem/fragmentation");
  auto items = run(g, ReviewCheck::no_subject);
  REQUIRE(items.size() == 2);
  std::set<std::string> ids;
  for (const ReviewItem& item : items) ids.insert(item.nodes.at(0)->id);
  CHECK(ids == std::set<std::string>{"problem/orphan", "recommendation/orphan"});
  for (const ReviewItem& item : items) {
    CHECK(item.suggestion.empty());
    CHECK(item.evidence.size() == 1);
  }
  CHECK(items[0].explanation.find("has no subject: nothing") != std::string::npos);
}

TEST_CASE("items are ranked by score and the same graph gives the same items in any insertion order", "[review]") {
  auto build = [](bool reversed) {
    PolicyGraph g = two_governments();
    std::vector<std::pair<std::string, std::string>> nodes = {
        {"programme/x", "innovation clusters programme"}, {"programme/y", "innovation cluster programme"},
        {"problem/orphan", "lack of evaluation"},        {"programme/z", "late programme"}};
    if (reversed) std::reverse(nodes.begin(), nodes.end());
    for (const auto& [id, label] : nodes) add_node(g, id, label);
    add_edge(g, "administration/kim-dae-jung", Relation::introduced, "programme/z", 2012);
    add_edge(g, "administration/roh-moo-hyun", Relation::introduced, "programme/z", 2004);
    return g;
  };
  PolicyGraph a = build(false);
  PolicyGraph b = build(true);
  auto items_a = review_graph(a);
  auto items_b = review_graph(b);
  REQUIRE(items_a.size() == 4);
  REQUIRE(items_a.size() == items_b.size());
  for (std::size_t i = 0; i < items_a.size(); ++i) {
    CHECK(items_a[i].key == items_b[i].key);
    CHECK(items_a[i].score == items_b[i].score);
    if (i) CHECK(items_a[i - 1].score >= items_a[i].score);
  }
  // A year seven years out of term is the surest thing here.
  CHECK(items_a[0].check == ReviewCheck::year_outside_term);
  CHECK(items_a.back().check == ReviewCheck::no_subject);

  ReviewOptions only;
  only.checks = {ReviewCheck::no_subject};
  auto counts = count_by_check(review_graph(a, only), only);
  REQUIRE(counts.size() == 1);
  CHECK(counts[0] == std::make_pair(ReviewCheck::no_subject, std::size_t{1}));
}

TEST_CASE("an empty graph has nothing to review", "[review]") {
  PolicyGraph g;
  CHECK(review_graph(g).empty());
  std::ostringstream out;
  write_review_json({}, {}, 0, out);
  rapidjson::Document d;
  d.Parse(out.str().c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(d["total"].GetUint64() == 0);
  CHECK(d["items"].GetArray().Size() == 0);
  CHECK(d["counts"]["likely_duplicate"].GetUint64() == 0);
}

TEST_CASE("review JSON has counts of all items, ranked items up to the limit, and null for no suggestion", "[review]") {
  PolicyGraph g;
  add_node(g, "problem/a", "lack of \"evaluation\"");
  add_node(g, "problem/b", "lack of coordination");
  add_node(g, "programme/korean-new-deal", "Korean New Deal");
  add_node(g, "goal/korean-new-deal", "Korean New Deal");
  ReviewOptions options;
  auto items = review_graph(g, options);
  REQUIRE(items.size() == 3);
  std::ostringstream out;
  write_review_json(items, options, 2, out);
  rapidjson::Document d;
  d.Parse(out.str().c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(d["total"].GetUint64() == 3);
  CHECK(d["counts"]["no_subject"].GetUint64() == 2);
  CHECK(d["counts"]["label_two_kinds"].GetUint64() == 1);
  CHECK(d["checks"].GetArray().Size() == 7);
  CHECK(d["weak_confidence"].GetDouble() == 0.6);
  const auto& list = d["items"];
  REQUIRE(list.GetArray().Size() == 2);
  CHECK(list[0]["rank"].GetUint64() == 1);
  CHECK(std::string(list[0]["check"].GetString()) == "label_two_kinds");
  CHECK(list[0]["suggestion"].IsNull());
  CHECK(list[0]["nodes"].GetArray().Size() == 2);
  CHECK(std::string(list[0]["nodes"][0]["kind"].GetString()) == "goal");
  CHECK(list[0]["evidence"][0].HasMember("note"));
  CHECK(list[1]["score"].GetDouble() <= list[0]["score"].GetDouble());
}

TEST_CASE("ids a shell or a pattern cannot take get no suggestion", "[review]") {
  PolicyGraph g;
  add_node(g, "programme/it's", "Bob's programme");
  add_node(g, "programme/its", "Bobs programmes");
  add_node(g, "recommendation/r", "something");
  add_edge(g, "programme/it's", Relation::recommends, "recommendation/r", std::nullopt, {said(2, "Weakly.", 0.3)});
  for (const ReviewItem& item : review_graph(g)) {
    if (item.check == ReviewCheck::likely_duplicate || item.check == ReviewCheck::weak_evidence) {
      CHECK(item.suggestion.empty());
      CHECK_FALSE(item.explanation.empty());
    }
  }
  CHECK(run(g, ReviewCheck::weak_evidence).size() == 1);
  CHECK(run(g, ReviewCheck::likely_duplicate).size() == 1);
}
