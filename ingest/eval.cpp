// The gold scorer. Matching is deliberately tolerant of phrasing (outcomes and problems are
// phrases, not names) and strict on who did what: a fact counts only with both ends right.
#include "ingest/eval.hpp"

#include "graph/inference.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "graph/error.hpp"
#include "graph/name_index.hpp"
#include "graph/store.hpp"
#include "ingest/pipeline.hpp"

namespace policygraph::ingest {
namespace fs = std::filesystem;

namespace {

std::vector<std::string> words_of(const std::string& normalised) {
  static const std::set<std::string> stop{"of", "the", "a", "an", "and", "or", "for", "in", "on", "to", "by", "with",
                                          "at", "from", "its", "their", "each", "s"};
  std::vector<std::string> out;
  std::istringstream in(normalised);
  std::string word;
  while (in >> word)
    if (!stop.count(word)) {
      // A crude stem: "transforming" ~ "transformation". A final "s" goes first, because
      // normalise_name makes only a phrase's last word singular: "river works and construction"
      // and "river works" must share "work".
      if (word.size() > 3 && word.back() == 's') word.pop_back();
      out.push_back(word.substr(0, 6));
    }
  return out;
}

std::vector<std::string> names_of(const Node& node) {
  std::vector<std::string> names{node.label};
  names.insert(names.end(), node.aliases.begin(), node.aliases.end());
  if (auto leader = node.attributes.find("leader"); leader != node.attributes.end()) names.push_back(leader->second);
  return names;
}

std::vector<std::string> string_or_list(const rapidjson::Value& value) {
  std::vector<std::string> out;
  if (value.IsString()) out.emplace_back(value.GetString(), value.GetStringLength());
  if (value.IsArray())
    for (const auto& item : value.GetArray())
      if (item.IsString()) out.emplace_back(item.GetString(), item.GetStringLength());
  return out;
}

}  // namespace

namespace {
bool phrase_kind(NodeKind kind) {
  return kind == NodeKind::goal || kind == NodeKind::outcome || kind == NodeKind::problem || kind == NodeKind::recommendation;
}

// Names of entities match exactly, or when the words of one contain all the words of the other
// ("Innovation City project" and "Innovation Cities"); "Green New Deal" is not "Korean New Deal".
bool entity_names_match(const std::string& gold, const std::string& extracted) {
  std::string g = normalise_name(gold), e = normalise_name(extracted);
  if (g.empty() || e.empty()) return false;
  if (g == e) return true;
  std::vector<std::string> gw = words_of(g), ew = words_of(e);
  if (gw.empty() || ew.empty()) return false;
  auto contains_all = [](const std::vector<std::string>& big, const std::vector<std::string>& small) {
    std::multiset<std::string> pool(big.begin(), big.end());
    for (const std::string& w : small) {
      auto it = pool.find(w);
      if (it == pool.end()) return false;
      pool.erase(it);
    }
    return true;
  };
  return contains_all(gw, ew) || contains_all(ew, gw);
}
}  // namespace

bool names_match(const std::string& gold, const std::string& extracted) {
  std::string g = normalise_name(gold), e = normalise_name(extracted);
  if (g.empty() || e.empty()) return false;
  if (g == e) return true;
  std::vector<std::string> gw = words_of(g), ew = words_of(e);
  if (gw.empty() || ew.empty()) return false;
  std::size_t shared = 0;
  std::multiset<std::string> pool(ew.begin(), ew.end());
  for (const std::string& w : gw)
    if (auto it = pool.find(w); it != pool.end()) {
      ++shared;
      pool.erase(it);
    }
  double of_gold = double(shared) / double(gw.size());
  double of_extracted = double(shared) / double(ew.size());
  double dice = 2.0 * double(shared) / double(gw.size() + ew.size());
  // Same phrase in other words, or one phrase containing the other.
  return dice >= 0.6 || (of_gold >= 0.75 && of_extracted >= 0.25) || (of_extracted >= 0.75 && of_gold >= 0.5);
}

std::vector<GoldDocument> load_gold(const fs::path& folder, const fs::path& corpus) {
  std::error_code error;
  if (!fs::is_directory(folder, error)) throw InputError(folder.string() + ": not a folder of gold annotations");
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    std::string name = entry.path().filename().string();
    if (name.size() > 10 && name.compare(name.size() - 10, 10, ".gold.json") == 0) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) throw InputError(folder.string() + ": no *.gold.json files here");
  std::vector<GoldDocument> out;
  for (const fs::path& file : files) {
    std::string text = read_file(file);
    rapidjson::Document json;
    json.Parse<rapidjson::kParseValidateEncodingFlag>(text.c_str(), text.size());
    auto line_at = [&](std::size_t offset) {
      return 1 + std::count(text.begin(), text.begin() + static_cast<long>(std::min(offset, text.size())), '\n');
    };
    if (json.HasParseError())
      throw InputError(file.string() + ": line " + std::to_string(line_at(json.GetErrorOffset())) + ": " +
                       rapidjson::GetParseError_En(json.GetParseError()));
    auto fail = [&](const std::string& message) { throw InputError(file.string() + ": line 1: " + message); };
    if (!json.IsObject() || !json.HasMember("document") || !json["document"].IsString()) fail("needs a \"document\" string");
    if (!json.HasMember("facts") || !json["facts"].IsArray()) fail("needs a \"facts\" array");
    GoldDocument gold;
    gold.gold_file = file;
    fs::path named = json["document"].GetString();
    gold.document = !corpus.empty() && !fs::exists(folder / named) ? corpus / named.filename() : folder / named;
    if (!fs::exists(gold.document)) fail("document '" + named.string() + "' not found (give --corpus DIR)");
    for (const auto& fact : json["facts"].GetArray()) {
      if (!fact.IsObject() || !fact.HasMember("subject") || !fact.HasMember("relation") || !fact.HasMember("object"))
        fail("each fact needs subject, relation and object");
      GoldFact g;
      g.subjects = string_or_list(fact["subject"]);
      g.objects = string_or_list(fact["object"]);
      std::string relation = fact["relation"].IsString() ? fact["relation"].GetString() : "";
      auto parsed = parse_relation(relation);
      if (!parsed) fail("unknown relation '" + relation + "'");
      g.relation = *parsed;
      for (const char* key : {"year", "mode", "role"})
        if (fact.HasMember(key)) {
          const auto& v = fact[key];
          g.detail += std::string(g.detail.empty() ? "" : ", ") + key + "=" + (v.IsString() ? v.GetString() : v.IsInt() ? std::to_string(v.GetInt()) : "?");
        }
      if (g.subjects.empty() || g.objects.empty()) fail("subject and object must be strings or lists of strings");
      gold.facts.push_back(std::move(g));
    }
    out.push_back(std::move(gold));
  }
  return out;
}

EvalReport evaluate(const std::vector<GoldDocument>& gold, const Extractor& extractor) {
  EvalReport report;
  for (Relation relation : all_relations())
    if (relation != Relation::succeeded_by) report.relations[relation] = Score{};
  for (const GoldDocument& document : gold) {
    Extraction extraction = extract_bytes(document.document.string(), read_file(document.document), extractor);
    const PolicyGraph& graph = extraction.graph;
    std::string name = document.document.filename().string();
    auto node_matches = [&](const std::string& id, const std::vector<std::string>& gold_names) {
      const Node* node = graph.node(id);
      if (!node) return false;
      for (const std::string& g : gold_names)
        for (const std::string& n : names_of(*node))
          if (phrase_kind(node->kind) ? names_match(g, n) : entity_names_match(g, n)) return true;
      return false;
    };
    std::vector<const Edge*> edges;
    // Succession comes from the pack, inferred introductions from dates: neither is extraction.
    for (const Edge* edge : graph.edges())
      if (edge->relation != Relation::succeeded_by && !is_inferred(*edge)) edges.push_back(edge);
    std::vector<char> edge_correct(edges.size(), 0);
    for (const GoldFact& fact : document.facts) {
      Score& score = report.relations[fact.relation];
      ++score.gold;
      bool found = false;
      for (std::size_t k = 0; k < edges.size(); ++k) {
        const Edge& edge = *edges[k];
        if (edge.relation != fact.relation) continue;
        if (node_matches(edge.source, fact.subjects) && node_matches(edge.target, fact.objects)) {
          found = true;
          edge_correct[k] = 1;
        }
      }
      if (found)
        ++score.found;
      else
        report.misses.push_back(name + ": " + fact.subjects.front() + " " + std::string(to_string(fact.relation)) + " " +
                                fact.objects.front() + (fact.detail.empty() ? "" : " (" + fact.detail + ")"));
    }
    for (std::size_t k = 0; k < edges.size(); ++k) {
      Score& score = report.relations[edges[k]->relation];
      ++score.extracted;
      if (edge_correct[k]) {
        ++score.correct;
      } else {
        const Node* source = graph.node(edges[k]->source);
        const Node* target = graph.node(edges[k]->target);
        report.false_facts.push_back(name + ": " + source->label + " " + std::string(to_string(edges[k]->relation)) + " " +
                                     target->label + " [" + edges[k]->evidence.front().rule + "]");
      }
    }
  }
  for (auto& [relation, score] : report.relations) {
    report.overall.gold += score.gold;
    report.overall.found += score.found;
    report.overall.extracted += score.extracted;
    report.overall.correct += score.correct;
  }
  return report;
}

}  // namespace policygraph::ingest
