// A hand-built graph shaped like the extraction of the STEPI seminar note (2018-04-13), shared by
// the query, name index, match and ask tests: three administrations and a lineage of three
// programmes, problems, an outcome, a recommendation, ambiguous aliases and hostile labels.
#pragma once

#include "graph/policy_graph.hpp"

namespace policygraph::testing {

inline Evidence sentence(int index, std::string text, std::string rule = "rule.test") {
  auto begin = static_cast<std::size_t>(index) * 100;
  return {"stepi-seminar-2018-04-13", index, begin, begin + text.size(), std::move(text), std::move(rule), 0.9, ""};
}

inline const std::string started_sentence =
    "The regional industry promotion policy was started as a pilot project for an innovation cluster in the People\u2019s "
    "Government, and then expanded to regional strategic industry in the Participation Government.";
inline const std::string converted_sentence =
    "The Lee Myung-bak administration converted it to R&D-oriented regional industry to enhance global competitiveness and "
    "strengthened support for export.";

inline PolicyGraph seminar_graph() {
  PolicyGraph g;
  g.add_document({"stepi-seminar-2018-04-13", "corpus/stepi-seminar-2018-04-13.txt", "Regional Research Seminar", "2018-04-13", "00"});
  Evidence pack{"pack:korea", -1, 0, 0, "", "pack", 1.0, ""};
  auto administration = [&](const std::string& key, std::string label, std::vector<std::string> aliases, std::string leader,
                            std::string start, std::string end) {
    g.add_node({"administration/" + key, NodeKind::administration, std::move(label), std::move(aliases),
                {{"leader", std::move(leader)}, {"start", std::move(start)}, {"end", std::move(end)}}, {pack}});
  };
  administration("kim-young-sam", "Civilian Government", {"Kim Young-sam administration", "Kim administration", "문민정부"},
                 "Kim Young-sam", "1993-02-25", "1998-02-24");
  administration("kim-dae-jung", "People's Government", {"Kim Dae-jung administration", "Kim administration", "국민의 정부"},
                 "Kim Dae-jung", "1998-02-25", "2003-02-24");
  administration("roh-moo-hyun", "Participation Government", {"Participatory Government", "Roh Moo-hyun administration", "참여정부"},
                 "Roh Moo-hyun", "2003-02-25", "2008-02-24");
  administration("lee-myung-bak", "Lee Myung-bak administration", {"MB government", "이명박 정부"}, "Lee Myung-bak", "2008-02-25",
                 "2013-02-24");
  administration("park-geun-hye", "Park Geun-hye administration", {"박근혜 정부"}, "Park Geun-hye", "2013-02-25", "2017-03-10");

  Evidence started = sentence(5, started_sentence);
  Evidence converted = sentence(6, converted_sentence);
  Evidence focus = sentence(7, "And the Park Geun-hye administration put more focus on the job creation of industry.");
  Evidence problems = sentence(10, "To name a few, the vulnerability of regional industry in environmental changes, weakened "
                                   "investment effect under limited budget.");
  Evidence claimed = sentence(11, "In order to improve the issues, it was claimed that we need to build a new growth hub.");
  auto node = [&](std::string id, NodeKind kind, std::string label, std::vector<std::string> aliases, Evidence e) {
    g.add_node({std::move(id), kind, std::move(label), std::move(aliases), {}, {std::move(e)}});
  };
  node("programme/pilot-project-for-an-innovation-cluster", NodeKind::programme, "pilot project for an innovation cluster", {}, started);
  node("programme/regional-strategic-industry", NodeKind::programme, "regional strategic industry", {"지역전략산업"}, started);
  node("programme/r-d-oriented-regional-industry", NodeKind::programme, "R&D-oriented regional industry", {}, converted);
  node("programme/technopark", NodeKind::programme, "Technopark Programme", {"Technoparks", "테크노파크"}, started);
  node("goal/job-creation", NodeKind::goal, "job creation of industry", {}, focus);
  node("problem/vulnerability", NodeKind::problem, "vulnerability of regional industry in environmental changes", {}, problems);
  node("problem/weakened-investment-effect", NodeKind::problem, "weakened investment effect under limited budget", {}, problems);
  node("outcome/balanced-regional-development", NodeKind::outcome, "balanced regional development", {}, started);
  node("recommendation/new-growth-hub", NodeKind::recommendation, "build a new growth hub", {}, claimed);
  node("event/stepi-seminar", NodeKind::event, "Regional Research Seminar", {}, claimed);
  node("organisation/kiat", NodeKind::organisation, "Korea Institute for Advancement of Technology", {"KIAT"}, started);
  node("programme/hostile", NodeKind::programme, "the \"quoted\" <b>&amp;</b> back\\slash\nnew line", {}, started);

  g.add_edge({"administration/kim-dae-jung", "programme/pilot-project-for-an-innovation-cluster", Relation::introduced, std::nullopt, {}, {started}});
  g.add_edge({"administration/roh-moo-hyun", "programme/regional-strategic-industry", Relation::introduced, std::nullopt, {}, {started}});
  g.add_edge({"administration/lee-myung-bak", "programme/r-d-oriented-regional-industry", Relation::introduced, 2008, {}, {converted}});
  g.add_edge({"programme/pilot-project-for-an-innovation-cluster", "programme/regional-strategic-industry", Relation::evolved_into,
              std::nullopt, {{"mode", "expanded"}}, {started}});
  g.add_edge({"programme/regional-strategic-industry", "programme/r-d-oriented-regional-industry", Relation::evolved_into, std::nullopt,
              {{"mode", "converted"}}, {converted}});
  g.add_edge({"administration/park-geun-hye", "goal/job-creation", Relation::emphasised, std::nullopt, {}, {focus}});
  g.add_edge({"programme/regional-strategic-industry", "problem/vulnerability", Relation::has_problem, std::nullopt, {}, {problems}});
  g.add_edge({"programme/r-d-oriented-regional-industry", "problem/weakened-investment-effect", Relation::has_problem, std::nullopt, {},
              {problems}});
  g.add_edge({"programme/regional-strategic-industry", "outcome/balanced-regional-development", Relation::resulted_in, std::nullopt, {},
              {started}});
  g.add_edge({"event/stepi-seminar", "recommendation/new-growth-hub", Relation::recommends, std::nullopt, {}, {claimed}});
  g.add_edge({"programme/technopark", "organisation/kiat", Relation::led_by, std::nullopt, {}, {started}});
  return g;
}

}  // namespace policygraph::testing
