// A synthetic policy graph of any size for benchmarks, shaped like extracted ones: countries with
// successive administrations (terms, leaders, Korean aliases), lineages of programmes handed from
// one administration to the next (evolved_into with a mode), problems, outcomes, goals,
// organisations, events, people and recommendations, every edge with a sentence of evidence.
// Deterministic: the same size and seed give the same graph on every platform.
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "graph/policy_graph.hpp"

namespace policygraph::bench {

/// A generated graph and names to ask about.
struct SyntheticGraph {
  PolicyGraph graph;
  std::vector<std::string> programme_labels;  ///< a sample of programme labels
  std::vector<std::string> korean_aliases;    ///< a sample of Korean programme aliases
  std::vector<std::string> lineage_tails;     ///< labels of the last programme of lineages of 3 or more
  std::vector<std::pair<std::string, std::string>> lineage_ends;  ///< first and last programme of lineages
  std::size_t lineages = 0;
};

namespace detail {

inline const std::vector<std::string> qualifiers{
    "pilot", "regional", "strategic", "smart", "green", "digital", "balanced", "innovative", "national", "local",
    "advanced", "integrated", "global", "creative", "sustainable", "cooperative", "specialised", "leading", "future", "new"};
inline const std::vector<std::string> regions{
    "Gyeonggi", "Gangwon", "Chungbuk", "Chungnam", "Jeonbuk", "Jeonnam", "Gyeongbuk", "Gyeongnam", "Jeju", "Busan",
    "Daegu", "Incheon", "Gwangju", "Daejeon", "Ulsan", "Sejong", "Seoul", "Suwon", "Changwon", "Pohang",
    "Cheonan", "Jeonju", "Gimhae", "Yongin", "Goyang", "Hwaseong", "Cheongju", "Ansan", "Namyang", "Gumi",
    "Asan", "Wonju", "Gangneung", "Mokpo", "Yeosu", "Suncheon", "Andong", "Gyeongju", "Tongyeong", "Sokcho"};
inline const std::vector<std::string> sectors{
    "semiconductor", "automotive", "shipbuilding", "biotechnology", "robotics", "software", "battery", "hydrogen",
    "aerospace", "textile", "steel", "petrochemical", "display", "medical device", "agri-food", "tourism", "logistics",
    "fintech", "content", "fashion", "machinery", "materials", "energy", "water", "mobility", "healthcare", "education",
    "defence", "marine", "forestry", "culture", "sports", "nuclear", "solar", "wind power", "carbon capture", "5G",
    "artificial intelligence", "data", "cloud", "quantum", "space", "drone", "smart farm", "bio-health", "cosmetics",
    "games", "film", "music", "design"};
inline const std::vector<std::string> heads{
    "programme", "project", "plan", "policy", "cluster", "zone", "industry", "fund", "initiative", "strategy",
    "centre", "network", "platform", "hub", "complex", "park", "agenda", "act", "scheme", "partnership",
    "foundation", "campus", "valley", "belt", "corridor"};
inline const std::vector<std::string> surnames{"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
                                               "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong"};
inline const std::vector<std::string> given{"min", "jun", "seo", "ha", "ji", "woo", "hyun", "soo", "young", "jae",
                                            "hoon", "eun", "dong", "sung", "kyung", "hee", "won", "tae", "jin", "yeon"};
inline const std::vector<std::string> hangul_surnames{"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임",
                                                      "한", "오", "서", "신", "권", "황", "안", "송", "유", "홍"};
inline const std::vector<std::string> hangul_given{"민", "준", "서", "하", "지", "우", "현", "수", "영", "재",
                                                   "훈", "은", "동", "성", "경", "희", "원", "태", "진", "연"};
inline const std::vector<std::string> hangul_words{"지역", "전략", "산업", "혁신", "클러스터", "육성", "사업", "지원",
                                                   "특구", "단지", "기술", "창조", "녹색", "미래", "균형", "발전"};
inline const std::vector<std::string> modes{"expanded", "converted", "replaced", "renamed", "merged", "reorganised", "followed_by"};

// Words for an index, digit by digit in a mixed radix; distinct indexes give distinct names.
inline std::string words_for(std::size_t index, const std::vector<const std::vector<std::string>*>& lists) {
  std::string out;
  for (const auto* list : lists) {
    if (!out.empty()) out += ' ';
    out += (*list)[index % list->size()];
    index /= list->size();
  }
  return out;
}

inline std::string slug(const std::string& text) {
  std::string out;
  for (char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      out += c;
    else if (c >= 'A' && c <= 'Z')
      out += static_cast<char>(c - 'A' + 'a');
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  return out;
}

}  // namespace detail

/// Generates a graph of about `node_count` nodes (at least a few thousand).
inline SyntheticGraph make_synthetic_graph(std::size_t node_count, std::uint32_t seed = 20180413) {
  using namespace detail;
  std::mt19937 random(seed);
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
  SyntheticGraph out;
  PolicyGraph& g = out.graph;

  const std::size_t documents = std::max<std::size_t>(1, node_count / 100);
  for (std::size_t d = 0; d < documents; ++d)
    g.add_document({"doc-" + std::to_string(d), "corpus/doc-" + std::to_string(d) + ".txt", "Document " + std::to_string(d),
                    std::to_string(1950 + d % 70), ""});
  auto evidence = [&](std::string text) {
    std::size_t d = pick(documents);
    int sentence = static_cast<int>(pick(40));
    auto begin = static_cast<std::size_t>(sentence) * 160;
    return Evidence{"doc-" + std::to_string(d), sentence, begin, begin + text.size(), std::move(text), "rule.synthetic", 0.9, ""};
  };

  // Countries with 20 successive administrations of five years each.
  const std::size_t countries = std::max<std::size_t>(1, node_count / 10000);
  const std::size_t terms = 20;
  std::vector<std::vector<std::string>> administrations(countries);
  std::vector<std::vector<int>> starts(countries);
  for (std::size_t c = 0; c < countries; ++c) {
    for (std::size_t t = 0; t < terms; ++t) {
      std::size_t person = c * terms + t;
      std::string leader = surnames[person % 20] + " " + given[(person / 20) % 20] + "-" + given[(person / 400) % 20] +
                           (person >= 8000 ? " " + std::to_string(person / 8000) : "");
      std::string hangul = hangul_surnames[person % 20] + hangul_given[(person / 20) % 20] + hangul_given[(person / 400) % 20];
      int start = 1920 + static_cast<int>(t) * 5;
      std::string id = "administration/" + slug(leader) + "-c" + std::to_string(c);
      g.add_node({id, NodeKind::administration, leader + " administration",
                  {leader + " government", hangul + " 정부 " + std::to_string(c)},
                  {{"leader", leader}, {"start", std::to_string(start) + "-02-25"}, {"end", std::to_string(start + 5) + "-02-24"}},
                  {Evidence{"pack:synthetic", -1, 0, 0, "", "pack", 1.0, ""}}});
      administrations[c].push_back(id);
      starts[c].push_back(start);
    }
  }
  const std::size_t administration_count = countries * terms;

  const std::size_t programmes = node_count * 50 / 100;
  const std::size_t problems = node_count * 14 / 100;
  const std::size_t outcomes = node_count * 12 / 100;
  const std::size_t goals = node_count * 3 / 100;
  const std::size_t organisations = node_count * 5 / 100;
  const std::size_t recommendations = node_count * 6 / 100;
  const std::size_t events = node_count * 3 / 100;
  std::size_t used = administration_count + programmes + problems + outcomes + goals + organisations + recommendations + events;
  const std::size_t persons = node_count > used ? node_count - used : 1;

  auto add_nodes = [&](NodeKind kind, const char* prefix, std::size_t count, auto label_of) {
    std::vector<std::string> ids;
    ids.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
      std::string label = label_of(i);
      std::string id = std::string(prefix) + std::to_string(i);
      g.add_node({id, kind, label, {}, {}, {evidence("The " + label + " was discussed.")}});
      ids.push_back(std::move(id));
    }
    return ids;
  };
  // A bijection of [0, 1,000,000) keeps neighbouring indexes from sharing most words.
  auto spread = [](std::size_t i) { return (i * 999983) % 1000000; };
  auto programme_label = [&](std::size_t i) { return words_for(spread(i), {&qualifiers, &regions, &sectors, &heads}); };
  std::vector<std::string> problem_ids = add_nodes(NodeKind::problem, "problem/p", problems, [&](std::size_t i) {
    return "weak " + words_for(spread(i), {&sectors, &regions, &qualifiers}) + " support " + std::to_string(i / 40000);
  });
  std::vector<std::string> outcome_ids = add_nodes(NodeKind::outcome, "outcome/o", outcomes, [&](std::size_t i) {
    return "growth of " + words_for(spread(i), {&qualifiers, &regions, &sectors}) + " firms " + std::to_string(i / 40000);
  });
  std::vector<std::string> goal_ids = add_nodes(NodeKind::goal, "goal/g", goals, [&](std::size_t i) {
    return words_for(spread(i), {&qualifiers, &sectors, &regions}) + " competitiveness " + std::to_string(i / 40000);
  });
  std::vector<std::string> organisation_ids = add_nodes(NodeKind::organisation, "organisation/m", organisations, [&](std::size_t i) {
    return "Ministry of " + words_for(spread(i), {&sectors, &regions, &qualifiers}) + " " + std::to_string(i / 40000);
  });
  std::vector<std::string> event_ids = add_nodes(NodeKind::event, "event/e", events, [&](std::size_t i) {
    return words_for(spread(i), {&regions, &sectors, &qualifiers}) + " forum " + std::to_string(i / 40000);
  });
  std::vector<std::string> recommendation_ids = add_nodes(NodeKind::recommendation, "recommendation/r", recommendations, [&](std::size_t i) {
    return "build a " + words_for(spread(i), {&qualifiers, &sectors, &regions}) + " hub " + std::to_string(i / 40000);
  });
  std::vector<std::string> person_ids = add_nodes(NodeKind::person, "person/q", persons, [&](std::size_t i) {
    return surnames[i % 20] + " " + given[(i / 20) % 20] + "-" + given[(i / 400) % 20] + " " + std::to_string(i / 8000);
  });

  auto edge = [&](const std::string& source, const std::string& target, Relation relation, std::optional<int> year,
                  Attributes attributes, std::string sentence) {
    g.add_edge({source, target, relation, year, std::move(attributes), {evidence(std::move(sentence))}});
  };

  // Lineages of one to six programmes, each step introduced by the next administration.
  std::size_t p = 0;
  while (p < programmes) {
    std::size_t length = std::min<std::size_t>(1 + pick(6), programmes - p);
    std::size_t country = pick(countries);
    std::size_t first_term = pick(terms - length + 1);
    std::string previous;
    std::string first_label;
    for (std::size_t k = 0; k < length; ++k, ++p) {
      std::string label = programme_label(p);
      std::string id = "programme/" + std::to_string(p);
      std::vector<std::string> aliases;
      if (p % 10 == 0) {
        std::string korean = words_for(spread(p), {&hangul_words, &hangul_words, &hangul_words}) + " " + std::to_string(p / 4096);
        aliases.push_back(korean);
        if (out.korean_aliases.size() < 4096) out.korean_aliases.push_back(korean);
      }
      g.add_node({id, NodeKind::programme, label, aliases, {}, {evidence("The " + label + " was introduced.")}});
      const std::string& administration = administrations[country][first_term + k];
      std::optional<int> year;
      if (pick(10) < 6) year = starts[country][first_term + k] + static_cast<int>(pick(5));
      edge(administration, id, Relation::introduced, year, {}, "The administration introduced the " + label + ".");
      if (!previous.empty())
        edge(previous, id, Relation::evolved_into, std::nullopt, {{"mode", modes[pick(modes.size())]}},
             "It was later turned into the " + label + ".");
      edge(id, problem_ids[pick(problem_ids.size())], Relation::has_problem, std::nullopt, {}, "Problems of the " + label + " were raised.");
      if (pick(2)) edge(id, outcome_ids[pick(outcome_ids.size())], Relation::resulted_in, std::nullopt, {}, "The " + label + " brought growth.");
      edge(id, organisation_ids[pick(organisation_ids.size())], Relation::led_by, std::nullopt, {}, "The ministry ran the " + label + ".");
      if (out.programme_labels.size() < 4096 && pick(8) == 0) out.programme_labels.push_back(label);
      if (k == 0) first_label = label;
      previous = id;
      if (k + 1 == length && length >= 3) {
        if (out.lineage_tails.size() < 4096) out.lineage_tails.push_back(label);
        if (out.lineage_ends.size() < 4096) out.lineage_ends.emplace_back(first_label, label);
      }
    }
    ++out.lineages;
  }
  for (std::size_t c = 0; c < countries; ++c) {
    for (std::size_t t = 0; t < terms; ++t) {
      for (int k = 0; k < 3; ++k)
        edge(administrations[c][t], goal_ids[pick(goal_ids.size())], Relation::emphasised, std::nullopt, {}, "It put focus on the goal.");
      if (t + 1 < terms) edge(administrations[c][t], administrations[c][t + 1], Relation::succeeded_by, std::nullopt, {}, "");
    }
  }
  for (std::size_t e = 0; e < event_ids.size(); ++e) {
    edge(organisation_ids[pick(organisation_ids.size())], event_ids[e], Relation::hosted, std::nullopt, {}, "The forum was held.");
    for (int k = 0; k < 2; ++k)
      edge(event_ids[e], recommendation_ids[pick(recommendation_ids.size())], Relation::recommends, std::nullopt, {}, "It was claimed that we need it.");
  }
  for (std::size_t q = 0; q < person_ids.size(); ++q) {
    edge(person_ids[q], organisation_ids[pick(organisation_ids.size())], Relation::affiliated_with, std::nullopt, {{"role", "researcher"}},
         "A researcher of the ministry.");
    edge(person_ids[q], event_ids[pick(event_ids.size())], Relation::presented_at, std::nullopt, {}, "She made a presentation.");
  }
  return out;
}

}  // namespace policygraph::bench
