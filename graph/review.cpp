// The review checks: each reads the graph once (or its names once, in buckets) and returns items
// with a certainty and the facts they touch; ranking turns those into a score (docs/review.md).
#include "graph/review.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <ostream>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "graph/evidence_json.hpp"
#include "graph/name_index.hpp"
#include "graph/query.hpp"  // term_text

namespace policygraph {
namespace {

constexpr std::pair<ReviewCheck, std::string_view> check_names[] = {
    {ReviewCheck::two_introducers, "two_introducers"}, {ReviewCheck::year_outside_term, "year_outside_term"},
    {ReviewCheck::evolution_cycle, "evolution_cycle"}, {ReviewCheck::label_two_kinds, "label_two_kinds"},
    {ReviewCheck::likely_duplicate, "likely_duplicate"}, {ReviewCheck::weak_evidence, "weak_evidence"},
    {ReviewCheck::no_subject, "no_subject"},
};

// Evidence shown for a node: a few sentences are enough to recognise it; the node's own entry in
// the snapshot has the rest.
constexpr std::size_t node_evidence_shown = 2;
// Sorted neighbours compared for spelling: a typo near the end of a name sorts next to the original
// in forward order, one near the start in the order of reversed names.
constexpr std::size_t spelling_window = 8;
constexpr std::size_t spelling_min_length = 8;
constexpr std::size_t spelling_two_edits_length = 12;

// Words that say how the others relate, not what the entity is: "Committee for X" and "Committee on
// X" are one committee.
const std::unordered_set<std::string_view> function_words = {"of", "for", "on", "in", "and", "the", "a", "an", "to", "at", "by", "with"};

double round2(double value) { return std::round(value * 100.0) / 100.0; }

// certainty (0..1) × reach: a finding about nodes that carry many facts changes more answers when
// fixed, with diminishing returns so that one hub does not bury everything else.
double score_of(double certainty, std::size_t facts) {
  return round2(10.0 * certainty * (1.0 + std::log2(1.0 + static_cast<double>(facts))));
}

// Built by appending: `"\"" + string` trips a false -Wrestrict in GCC 12.
std::string quoted(const Node& node) {
  std::string out = "\"";
  out += one_line(node.label.empty() ? node.id : node.label);
  out += '"';
  return out;
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) words.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string digits_of(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c >= '0' && c <= '9') out += c;
  return out;
}

// A curate argument must survive the shell inside double quotes and the pattern parser inside its
// quotes; ids are slugs, so this fails only for hand-made snapshots.
bool safe_to_quote(std::string_view id) {
  return !id.empty() && std::none_of(id.begin(), id.end(), [](char c) {
    return c == '"' || c == '\'' || c == '\\' || c == '$' || c == '`' || c == '!' || static_cast<unsigned char>(c) < 0x20;
  });
}

std::string retract_command(const Edge& edge) {
  if (!safe_to_quote(edge.source) || !safe_to_quote(edge.target)) return "";
  return "policygraph curate retract '\"" + edge.source + "\" " + std::string(to_string(edge.relation)) + " \"" + edge.target + "\"'";
}

// The node read as the wrong kind takes the kind of the one with the label's facts; when the two
// ids then agree, the retype also merges them.
std::string retype_command(const Node& node, NodeKind kind) {
  if (!safe_to_quote(node.id)) return "";
  return "policygraph curate retype \"" + node.id + "\" " + std::string(to_string(kind));
}

std::string merge_command(const Node& keep, const Node& other) {
  if (!safe_to_quote(keep.id) || !safe_to_quote(other.id)) return "";
  return "policygraph curate merge \"" + keep.id + "\" \"" + other.id + "\"";
}

bool is_sentence(const Evidence& e) { return e.sentence >= 0 && !e.text.empty(); }

std::size_t distinct_sentences(const Edge& edge) {
  std::set<std::pair<std::string_view, int>> seen;
  for (const Evidence& e : edge.evidence) seen.emplace(e.document, e.sentence);
  return seen.size();
}

double best_confidence(const Edge& edge) {
  double best = 0;
  for (const Evidence& e : edge.evidence) best = std::max(best, e.confidence);
  return best;
}

// The edge with the least behind it: fewer sentences, then a lower best confidence; ties go to the
// later key so that the choice never depends on input order.
const Edge* weakest_edge(const std::vector<const Edge*>& edges) {
  auto strength = [](const Edge* e) { return std::make_tuple(distinct_sentences(*e), best_confidence(*e)); };
  auto key = [](const Edge* e) { return std::tie(e->source, e->relation, e->target); };
  return *std::min_element(edges.begin(), edges.end(), [&](const Edge* a, const Edge* b) {
    if (strength(a) != strength(b)) return strength(a) < strength(b);
    return key(a) > key(b);
  });
}

// Of several introductions of one programme, the one to doubt: the one with fewer sentences, then
// the later one (a programme starts once; a later administration more often continued or relaunched
// it), then the less confident.
const Edge* likely_wrong_introduction(const std::vector<const Edge*>& edges) {
  auto doubt = [](const Edge* e) {
    return std::make_tuple(-static_cast<long>(distinct_sentences(*e)), e->year.value_or(0), -best_confidence(*e), std::cref(e->source));
  };
  return *std::max_element(edges.begin(), edges.end(), [&](const Edge* a, const Edge* b) { return doubt(a) < doubt(b); });
}

void sort_edges(std::vector<const Edge*>& edges) {
  std::sort(edges.begin(), edges.end(),
            [](const Edge* a, const Edge* b) { return std::tie(a->source, a->relation, a->target) < std::tie(b->source, b->relation, b->target); });
}

std::string edge_key(const Edge& edge) { return edge.source + " " + std::string(to_string(edge.relation)) + " " + edge.target; }

// What every check needs: the graph and how many edges each node takes part in.
class Reviewer {
 public:
  Reviewer(const PolicyGraph& graph, const ReviewOptions& options) : graph_(graph), options_(options) {
    for (const Edge* edge : graph_.edges()) {
      ++degree_[edge->source];
      ++degree_[edge->target];
    }
  }

  void run(ReviewCheck check) {
    switch (check) {
      case ReviewCheck::two_introducers: two_introducers(); return;
      case ReviewCheck::year_outside_term: year_outside_term(); return;
      case ReviewCheck::evolution_cycle: evolution_cycles(); return;
      case ReviewCheck::label_two_kinds: label_two_kinds(); return;
      case ReviewCheck::likely_duplicate: likely_duplicates(); return;
      case ReviewCheck::weak_evidence: weak_evidence(); return;
      case ReviewCheck::no_subject: no_subject(); return;
    }
  }

  std::vector<ReviewItem> take_items() { return std::move(items_); }

 private:
  std::size_t facts(const Node& node) const {
    auto found = degree_.find(node.id);
    return found == degree_.end() ? 0 : static_cast<std::size_t>(found->second);
  }

  static void add_edge_evidence(ReviewItem& item, const Edge& edge) {
    for (const Evidence& e : edge.evidence)
      if (is_sentence(e)) item.evidence.push_back(e);
  }

  static void add_node_evidence(ReviewItem& item, const Node& node) {
    std::size_t shown = 0;
    for (const Evidence& e : node.evidence) {
      if (shown == node_evidence_shown) break;
      if (!is_sentence(e)) continue;
      item.evidence.push_back(e);
      ++shown;
    }
  }

  void add(ReviewItem item, double certainty, std::size_t reach) {
    item.score = score_of(certainty, reach);
    std::string key(to_string(item.check));
    for (const Node* node : item.nodes) key += " " + node->id;
    for (const Edge* edge : item.edges) key += " | " + edge_key(*edge);
    item.key = std::move(key);
    std::sort(item.evidence.begin(), item.evidence.end());
    item.evidence.erase(std::unique(item.evidence.begin(), item.evidence.end()), item.evidence.end());
    items_.push_back(std::move(item));
  }

  // --- introductions -------------------------------------------------------------------------

  static std::string when_of(const Edge& edge) { return edge.year ? "in " + std::to_string(*edge.year) : "(no year)"; }

  void two_introducers() {
    std::map<std::string_view, std::vector<const Edge*>> by_target;
    for (const Edge* edge : graph_.edges()) {
      const Node* source = graph_.node(edge->source);
      if (edge->relation == Relation::introduced && source && source->kind == NodeKind::administration)
        by_target[edge->target].push_back(edge);
    }
    for (auto& [target_id, edges] : by_target) {
      if (edges.size() < 2) continue;
      const Node* target = graph_.node(target_id);
      // Earliest first, as a reader tells the story; undated last.
      std::sort(edges.begin(), edges.end(), [](const Edge* a, const Edge* b) {
        return std::make_tuple(!a->year, a->year.value_or(0), a->source) < std::make_tuple(!b->year, b->year.value_or(0), b->source);
      });
      ReviewItem item;
      item.check = ReviewCheck::two_introducers;
      item.nodes.push_back(target);
      std::string who;
      for (const Edge* edge : edges) {
        const Node* administration = graph_.node(edge->source);
        item.nodes.push_back(administration);
        who += (who.empty() ? "" : ", ") + one_line(administration->label) + " " + when_of(*edge);
        add_edge_evidence(item, *edge);
      }
      item.explanation = quoted(*target) + " is introduced by " + std::to_string(edges.size()) + " administrations: " + who +
                         "; one attribution is probably wrong, or a later one continued it";
      item.suggestion = retract_command(*likely_wrong_introduction(edges));
      item.edges = edges;
      sort_edges(item.edges);
      add(std::move(item), 0.75, facts(*target));
    }
  }

  void year_outside_term() {
    for (const Edge* edge : graph_.edges()) {
      if (edge->relation != Relation::introduced || !edge->year) continue;
      const Node* administration = graph_.node(edge->source);
      if (!administration || administration->kind != NodeKind::administration) continue;
      auto start = administration->date_attribute(attributes::start);
      if (!start) continue;
      auto end = administration->date_attribute(attributes::end);
      // Years are compared with years: a term starting in February 2003 includes 2003, and so does
      // the term that ended then.
      int year = *edge->year;
      int off = year < start->year ? start->year - year : end && year > end->year ? year - end->year : 0;
      if (off == 0) continue;
      const Node* target = graph_.node(edge->target);
      ReviewItem item;
      item.check = ReviewCheck::year_outside_term;
      item.nodes = {administration, target};
      item.edges = {edge};
      item.explanation = one_line(administration->label) + " (" + term_text(*administration) + ") introduced " + quoted(*target) +
                         " in " + std::to_string(year) + ", " + std::to_string(off) + (off == 1 ? " year " : " years ") +
                         (year < start->year ? "before its term began" : "after its term ended") +
                         "; the year or the administration is wrong";
      item.suggestion = retract_command(*edge);
      add_edge_evidence(item, *edge);
      // A year off by one may be a term's edge read loosely; further off is a plain error.
      add(std::move(item), std::min(0.95, 0.8 + 0.05 * off), facts(*target));
    }
  }

  // --- evolution -----------------------------------------------------------------------------

  // Strongly connected components of the evolved_into edges (Tarjan, iterative so that a long
  // lineage cannot overflow the stack); a component of two or more nodes, or a node evolving into
  // itself, is a cycle.
  void evolution_cycles() {
    std::vector<const Edge*> evolutions;
    std::unordered_map<std::string_view, int> index_of;
    std::vector<std::string_view> ids;
    for (const Edge* edge : graph_.edges()) {
      if (edge->relation != Relation::evolved_into) continue;
      evolutions.push_back(edge);
      for (std::string_view id : {std::string_view(edge->source), std::string_view(edge->target)})
        if (index_of.emplace(id, static_cast<int>(ids.size())).second) ids.push_back(id);
    }
    const int n = static_cast<int>(ids.size());
    std::vector<std::vector<int>> successors(static_cast<std::size_t>(n));
    for (const Edge* edge : evolutions) successors[static_cast<std::size_t>(index_of[edge->source])].push_back(index_of[edge->target]);

    std::vector<int> order(static_cast<std::size_t>(n), -1), low(static_cast<std::size_t>(n), 0), component(static_cast<std::size_t>(n), -1);
    std::vector<int> stack;
    std::vector<bool> on_stack(static_cast<std::size_t>(n), false);
    int counter = 0, components = 0;
    for (int root = 0; root < n; ++root) {
      if (order[static_cast<std::size_t>(root)] >= 0) continue;
      std::vector<std::pair<int, std::size_t>> frames{{root, 0}};
      order[static_cast<std::size_t>(root)] = low[static_cast<std::size_t>(root)] = counter++;
      stack.push_back(root);
      on_stack[static_cast<std::size_t>(root)] = true;
      while (!frames.empty()) {
        auto& [v, next] = frames.back();
        auto vi = static_cast<std::size_t>(v);
        if (next < successors[vi].size()) {
          int w = successors[vi][next++];
          auto wi = static_cast<std::size_t>(w);
          if (order[wi] < 0) {
            order[wi] = low[wi] = counter++;
            stack.push_back(w);
            on_stack[wi] = true;
            frames.emplace_back(w, 0);
          } else if (on_stack[wi]) {
            low[vi] = std::min(low[vi], order[wi]);
          }
          continue;
        }
        if (low[vi] == order[vi]) {
          int w;
          do {
            w = stack.back();
            stack.pop_back();
            on_stack[static_cast<std::size_t>(w)] = false;
            component[static_cast<std::size_t>(w)] = components;
          } while (w != v);
          ++components;
        }
        int finished = v;
        frames.pop_back();
        if (!frames.empty()) {
          auto parent = static_cast<std::size_t>(frames.back().first);
          low[parent] = std::min(low[parent], low[static_cast<std::size_t>(finished)]);
        }
      }
    }

    std::vector<std::vector<const Edge*>> cycle_edges(static_cast<std::size_t>(components));
    for (const Edge* edge : evolutions) {
      int a = component[static_cast<std::size_t>(index_of[edge->source])];
      if (a == component[static_cast<std::size_t>(index_of[edge->target])]) cycle_edges[static_cast<std::size_t>(a)].push_back(edge);
    }
    for (const std::vector<const Edge*>& edges : cycle_edges) {
      if (edges.empty()) continue;  // a single node without a self-loop
      report_cycle(edges);
    }
  }

  void report_cycle(std::vector<const Edge*> edges) {
    sort_edges(edges);
    std::set<std::string_view> member_ids;
    for (const Edge* edge : edges) member_ids.insert(edge->source);
    ReviewItem item;
    item.check = ReviewCheck::evolution_cycle;
    std::size_t reach = 0;
    for (std::string_view id : member_ids) {
      item.nodes.push_back(graph_.node(id));
      reach += facts(*item.nodes.back());
    }
    // A simple cycle reads as a path from its first id back to it; anything knottier as a list.
    std::string path;
    if (edges.size() == member_ids.size()) {
      std::map<std::string_view, const Edge*> out;
      for (const Edge* edge : edges) out.emplace(edge->source, edge);
      if (out.size() == edges.size()) {
        std::string_view at = *member_ids.begin();
        path = quoted(*graph_.node(at));
        do {
          const Edge* step = out.at(at);
          auto mode = step->attributes.find("mode");
          path += mode == step->attributes.end() ? " → " : " → (" + mode->second + ") ";
          at = step->target;
          path += quoted(*graph_.node(at));
        } while (at != *member_ids.begin());
      }
    }
    if (path.empty()) {
      for (const Node* node : item.nodes) path += (path.empty() ? "" : ", ") + quoted(*node);
      path = "among " + path;
    }
    item.explanation = "evolved_into goes round in a cycle: " + path + "; one step is read backwards or names the wrong programme";
    item.suggestion = retract_command(*weakest_edge(edges));
    for (const Edge* edge : edges) add_edge_evidence(item, *edge);
    item.edges = std::move(edges);
    add(std::move(item), 0.95, reach);
  }

  // --- names ---------------------------------------------------------------------------------

  void label_two_kinds() {
    std::map<std::string, std::vector<const Node*>> by_label;
    for (const Node* node : graph_.nodes()) {
      std::string form = normalise_name(node->label);
      if (!form.empty()) by_label[std::move(form)].push_back(node);
    }
    for (auto& [form, nodes] : by_label) {
      std::set<NodeKind> kinds;
      for (const Node* node : nodes) kinds.insert(node->kind);
      if (kinds.size() < 2) continue;
      ReviewItem item;
      item.check = ReviewCheck::label_two_kinds;
      item.nodes = nodes;  // ordered by id, so by kind
      std::string which;
      std::size_t reach = 0;
      for (const Node* node : nodes) {
        which += (which.empty() ? "" : " and ") + std::string(to_string(node->kind)) + " (" + node->id + ")";
        reach += facts(*node);
        add_node_evidence(item, *node);
      }
      item.explanation = quoted(*nodes.front()) + " is a " + which + "; one entity read as two kinds, or the label is too vague";
      auto by_facts = [this](const Node* a, const Node* b) { return facts(*a) < facts(*b); };
      const Node* main = *std::max_element(nodes.begin(), nodes.end(), by_facts);
      const Node* least = *std::min_element(nodes.begin(), nodes.end(), by_facts);
      if (main != least && main->kind != least->kind) item.suggestion = retype_command(*least, main->kind);
      add(std::move(item), 0.6, reach);
    }
  }

  struct Candidate {
    double certainty = 0;
    std::string reason;
    bool keep_second = false;  // the second node should keep its id (the expansion of an acronym)
  };

  static bool is_acronym(std::string_view label) {
    if (label.size() < 3 || label.size() > 10) return false;
    int capitals = 0;
    for (char c : label) {
      if (c >= 'A' && c <= 'Z') ++capitals;
      else if (!(c >= '0' && c <= '9') && c != '&') return false;
    }
    return capitals >= 3;
  }

  // The initials of a name's words, all of them and those of the content words only:
  // "Korea Institute for Advancement of Technology" gives "kifaot" and "kiat".
  static std::pair<std::string, std::string> initials(const std::vector<std::string>& words) {
    std::string all, content;
    for (const std::string& word : words) {
      all += word.front();
      if (!function_words.count(word)) content += word.front();
    }
    return {all, content};
  }

  // The words of a name without function words, each made singular, sorted: names equal under it
  // differ only in word order, number or the small words between.
  static std::string word_key(const std::vector<std::string>& words) {
    std::vector<std::string> content;
    for (const std::string& word : words)
      if (!function_words.count(word)) content.push_back(normalise_name(word));
    std::sort(content.begin(), content.end());
    std::string key;
    for (const std::string& word : content) key += (key.empty() ? "" : " ") + word;
    return key;
  }

  static std::string why_same_words(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    auto singular = [](const std::vector<std::string>& words) {
      std::vector<std::string> out;
      for (const std::string& word : words) out.push_back(normalise_name(word));
      return out;
    };
    std::vector<std::string> sa = singular(a), sb = singular(b);
    if (sa == sb) return "the same words, singular and plural";
    std::sort(sa.begin(), sa.end());
    std::sort(sb.begin(), sb.end());
    if (sa == sb) return "the same words in another order";
    return "the same words but for of, for, on, and, &";
  }

  void likely_duplicates() {
    // Administrations are the pack's terms: two of them are never one, and the aliases they share
    // ("Kim administration") are resolved by date on purpose.
    std::map<NodeKind, std::vector<const Node*>> by_kind;
    for (const Node* node : graph_.nodes())
      if (node->kind != NodeKind::administration) by_kind[node->kind].push_back(node);
    for (auto& [kind, nodes] : by_kind) duplicates_of_kind(nodes);
  }

  void duplicates_of_kind(const std::vector<const Node*>& nodes) {
    struct Named {
      const Node* node;
      std::string form;
      std::vector<std::string> words;
    };
    std::vector<Named> named;
    for (const Node* node : nodes) {
      std::string form = normalise_name(node->label);
      if (form.empty()) continue;
      std::vector<std::string> words = split_words(form);
      named.push_back({node, std::move(form), std::move(words)});
    }
    // Pairs are kept once, ordered by id, with the most certain reason found.
    std::map<std::pair<const Node*, const Node*>, Candidate> pairs;
    auto propose = [&](const Node* a, const Node* b, Candidate candidate) {
      if (a == b) return;
      if (b->id < a->id) {
        std::swap(a, b);
        candidate.keep_second = !candidate.keep_second;
      }
      auto [at, inserted] = pairs.emplace(std::make_pair(a, b), candidate);
      if (!inserted && candidate.certainty > at->second.certainty) at->second = std::move(candidate);
    };

    // A label that is another node's alias.
    std::unordered_map<std::string, std::vector<const Node*>> by_alias;
    for (const Named& n : named)
      for (const std::string& alias : n.node->aliases) {
        std::string form = normalise_name(alias);
        if (!form.empty() && form != n.form) by_alias[form].push_back(n.node);
      }
    for (const Named& n : named) {
      auto found = by_alias.find(n.form);
      if (found == by_alias.end()) continue;
      for (const Node* other : found->second)
        propose(n.node, other, {0.9, quoted(*n.node) + " is also a name of " + quoted(*other), true});
    }

    // Same words: bucket by word key; each member is paired with the bucket's first, not with all.
    std::map<std::string, std::vector<const Named*>> by_key;
    for (const Named& n : named) by_key[word_key(n.words)].push_back(&n);
    for (auto& [key, bucket] : by_key) {
      if (key.empty()) continue;
      for (std::size_t i = 1; i < bucket.size(); ++i)
        propose(bucket[0]->node, bucket[i]->node, {0.85, why_same_words(bucket[0]->words, bucket[i]->words), false});
    }

    // An acronym and its expansion.
    std::unordered_map<std::string, std::vector<const Node*>> by_initials;
    for (const Named& n : named) {
      if (n.words.size() < 3) continue;
      auto [all, content] = initials(n.words);
      by_initials[all].push_back(n.node);
      if (content != all) by_initials[content].push_back(n.node);
    }
    for (const Named& n : named) {
      if (!is_acronym(n.node->label)) continue;
      auto found = by_initials.find(n.form);
      if (found == by_initials.end()) continue;
      for (const Node* expansion : found->second)
        propose(n.node, expansion, {0.8, quoted(*n.node) + " is the initials of " + quoted(*expansion), true});
    }

    spelling_neighbours(named, [&](const Named& a, const Named& b, int distance) {
      propose(a.node, b.node, {distance == 1 ? 0.7 : 0.5, distance == 1 ? "one letter apart" : "two letters apart", false});
    });

    for (auto& [pair, candidate] : pairs) report_duplicate(*pair.first, *pair.second, candidate);
  }

  // Calls `found` for names of at least eight letters within one edit (two from twelve letters) of
  // a neighbour in sorted order, forwards and backwards. Names with other than ASCII letters are
  // left out (two Hangul syllables apart are two words apart), and so are names whose numbers
  // differ ("2018 Technopark Forum", "2019 Technopark Forum").
  template <typename Named, typename Found>
  static void spelling_neighbours(const std::vector<Named>& named, Found&& found) {
    std::vector<std::pair<std::string, const Named*>> forward, backward;
    for (const Named& n : named) {
      if (n.form.size() < spelling_min_length || !is_ascii(n.form)) continue;
      forward.emplace_back(n.form, &n);
      backward.emplace_back(std::string(n.form.rbegin(), n.form.rend()), &n);
    }
    std::set<std::pair<const Named*, const Named*>> compared;
    for (auto* sorted : {&forward, &backward}) {
      std::sort(sorted->begin(), sorted->end(), [](const auto& a, const auto& b) { return std::tie(a.first, a.second->node->id) < std::tie(b.first, b.second->node->id); });
      for (std::size_t i = 0; i < sorted->size(); ++i)
        for (std::size_t j = i + 1; j < sorted->size() && j <= i + spelling_window; ++j) {
          const Named* a = (*sorted)[i].second;
          const Named* b = (*sorted)[j].second;
          if (!compared.emplace(std::min(a, b), std::max(a, b)).second) continue;
          std::size_t shorter = std::min(a->form.size(), b->form.size());
          int bound = shorter >= spelling_two_edits_length ? 2 : 1;
          if (digits_of(a->form) != digits_of(b->form)) continue;
          int distance = edit_distance(a->form, b->form, bound);
          if (distance >= 1 && distance <= bound) found(*a, *b, distance);
        }
    }
  }

  // Pack names seen in a text leave gazetteer evidence (docs/ontology.md#evidence).
  static bool from_pack(const Node& node) {
    return std::any_of(node.evidence.begin(), node.evidence.end(), [](const Evidence& e) { return e.rule == evidence_rule::gazetteer; });
  }

  static std::vector<std::string> alias_forms(const Node& node) {
    std::vector<std::string> out;
    for (const std::string& alias : node.aliases) out.push_back(normalise_name(alias));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  void report_duplicate(const Node& a, const Node& b, Candidate candidate) {
    // The keeper: the expansion of an acronym, else the node with more facts, more evidence, more
    // aliases; ties go to the smaller id.
    const Node* keep = &a;
    const Node* other = &b;
    if (candidate.reason.find("is the initials of") != std::string::npos || candidate.reason.find("is also a name of") != std::string::npos) {
      if (candidate.keep_second) std::swap(keep, other);
    } else {
      auto weight = [&](const Node& n) { return std::make_tuple(facts(n), n.evidence.size(), n.aliases.size()); };
      if (weight(b) > weight(a)) std::swap(keep, other);
    }
    double certainty = candidate.certainty;
    std::string note;
    std::vector<std::string> aliases_a = alias_forms(a), aliases_b = alias_forms(b);
    std::vector<std::string> shared;
    std::set_intersection(aliases_a.begin(), aliases_a.end(), aliases_b.begin(), aliases_b.end(), std::back_inserter(shared));
    // Two pack entries are kept apart by the pack's author, even when they share names (the
    // committee of 2003 and its re-creation of 2018 are both "PCBND"): a question for the pack.
    // Otherwise shared aliases confirm, and separate sets suggest two entities (a ministry and
    // its successor).
    if (from_pack(a) && from_pack(b)) {
      certainty *= 0.5;
      note = "; but both are pack entries, which the pack keeps apart: check the pack before merging";
    } else if (!shared.empty()) {
      certainty = std::min(0.95, certainty + 0.05);
      note = "; both are also called \"" + shared.front() + "\"";
    } else if (!a.aliases.empty() && !b.aliases.empty()) {
      certainty *= 0.6;
      note = "; but each has aliases of its own (" + one_line(a.aliases.front()) + ", " + one_line(b.aliases.front()) +
             "): perhaps two entities";
    }
    ReviewItem item;
    item.check = ReviewCheck::likely_duplicate;
    item.nodes = {keep, other};
    item.explanation = quoted(*keep) + " and " + quoted(*other) + " (" + std::string(to_string(a.kind)) + ") look like one: " +
                       candidate.reason + note;
    item.suggestion = merge_command(*keep, *other);
    add_node_evidence(item, *keep);
    add_node_evidence(item, *other);
    add(std::move(item), certainty, facts(a) + facts(b));
  }

  // --- evidence ------------------------------------------------------------------------------

  void weak_evidence() {
    const double threshold = options_.weak_confidence;
    for (const Edge* edge : graph_.edges()) {
      if (edge->evidence.empty() || edge->relation == Relation::succeeded_by) continue;
      double best = best_confidence(*edge);
      if (best >= threshold || distinct_sentences(*edge) != 1) continue;
      const Node* source = graph_.node(edge->source);
      const Node* target = graph_.node(edge->target);
      const Evidence& first = edge->evidence.front();
      ReviewItem item;
      item.check = ReviewCheck::weak_evidence;
      item.nodes = {source, target};
      item.edges = {edge};
      char confidence[16];
      std::snprintf(confidence, sizeof confidence, "%.2f", best);
      item.explanation = quoted(*source) + " " + std::string(to_string(edge->relation)) + " " + quoted(*target) +
                         " rests on one sentence read by rule " + first.rule + " at confidence " + confidence;
      // A phrase of one word ("striking") rarely names an outcome, problem, goal or recommendation:
      // more likely a rule caught the wrong words.
      bool one_word = (target->kind == NodeKind::outcome || target->kind == NodeKind::problem || target->kind == NodeKind::goal ||
                       target->kind == NodeKind::recommendation) &&
                      normalise_name(target->label).find(' ') == std::string::npos;
      if (one_word) item.explanation += ", and " + quoted(*target) + " is a single word";
      item.suggestion = retract_command(*edge);
      add_edge_evidence(item, *edge);
      // The further below the threshold, the surer; who-introduced and lineages rest on
      // introduced and evolved_into, so a weak one of those matters more.
      double certainty = 0.4 + 0.4 * (threshold - best) / threshold;
      if (edge->relation == Relation::introduced || edge->relation == Relation::evolved_into) certainty *= 1.25;
      if (one_word) certainty *= 1.5;
      add(std::move(item), std::min(1.0, certainty), 1);
    }
  }

  void no_subject() {
    for (const Node* node : graph_.nodes()) {
      Relation relation;
      if (node->kind == NodeKind::problem) relation = Relation::has_problem;
      else if (node->kind == NodeKind::recommendation) relation = Relation::recommends;
      else continue;
      std::vector<const Edge*> in = graph_.in_edges(node->id);
      if (std::any_of(in.begin(), in.end(), [&](const Edge* e) { return e->relation == relation; })) continue;
      ReviewItem item;
      item.check = ReviewCheck::no_subject;
      item.nodes = {node};
      item.explanation = std::string(to_string(node->kind)) + " " + quoted(*node) + " has no subject: nothing " +
                         std::string(to_string(relation)) + " it, so no query about a programme or event finds it";
      add_node_evidence(item, *node);
      add(std::move(item), 0.5, facts(*node));
    }
  }

  const PolicyGraph& graph_;
  const ReviewOptions& options_;
  std::unordered_map<std::string_view, int> degree_;
  std::vector<ReviewItem> items_;
};

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void write_string(JsonWriter& w, std::string_view text) { w.String(text.data(), static_cast<rapidjson::SizeType>(text.size())); }

void write_node(JsonWriter& w, const Node& node) {
  w.StartObject();
  w.Key("id");
  write_string(w, node.id);
  w.Key("kind");
  write_string(w, to_string(node.kind));
  w.Key("label");
  write_string(w, node.label);
  w.EndObject();
}

void write_edge(JsonWriter& w, const Edge& edge) {
  w.StartObject();
  w.Key("source");
  write_string(w, edge.source);
  w.Key("relation");
  write_string(w, to_string(edge.relation));
  w.Key("target");
  write_string(w, edge.target);
  w.Key("year");
  if (edge.year) w.Int(*edge.year);
  else w.Null();
  w.EndObject();
}

void write_item(JsonWriter& w, const ReviewItem& item, std::size_t rank) {
  w.StartObject();
  w.Key("rank");
  w.Uint64(rank);
  w.Key("check");
  write_string(w, to_string(item.check));
  w.Key("score");
  w.Double(item.score);
  w.Key("explanation");
  write_string(w, item.explanation);
  w.Key("nodes");
  w.StartArray();
  for (const Node* node : item.nodes) write_node(w, *node);
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (const Edge* edge : item.edges) write_edge(w, *edge);
  w.EndArray();
  w.Key("suggestion");
  if (item.suggestion.empty()) w.Null();
  else write_string(w, item.suggestion);
  w.Key("evidence");
  write_evidence_array(w, item.evidence, [&](std::string_view text) { write_string(w, text); }, EmptyNote::write);
  w.EndObject();
}

}  // namespace

const std::vector<ReviewCheck>& all_review_checks() {
  static const std::vector<ReviewCheck> checks = [] {
    std::vector<ReviewCheck> out;
    for (const auto& [check, name] : check_names) out.push_back(check);
    return out;
  }();
  return checks;
}

std::string_view to_string(ReviewCheck check) {
  for (const auto& [c, name] : check_names)
    if (c == check) return name;
  return "unknown";
}

std::optional<ReviewCheck> parse_review_check(std::string_view name) {
  for (const auto& [check, n] : check_names)
    if (n == name) return check;
  return std::nullopt;
}

std::vector<ReviewItem> review_graph(const PolicyGraph& graph, const ReviewOptions& options) {
  Reviewer reviewer(graph, options);
  const std::vector<ReviewCheck>& checks = options.checks.empty() ? all_review_checks() : options.checks;
  std::set<ReviewCheck> run(checks.begin(), checks.end());
  for (ReviewCheck check : run) reviewer.run(check);
  std::vector<ReviewItem> items = reviewer.take_items();
  std::sort(items.begin(), items.end(), [](const ReviewItem& a, const ReviewItem& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.check != b.check) return a.check < b.check;
    return a.key < b.key;
  });
  return items;
}

std::vector<std::pair<ReviewCheck, std::size_t>> count_by_check(const std::vector<ReviewItem>& items, const ReviewOptions& options) {
  std::vector<std::pair<ReviewCheck, std::size_t>> counts;
  for (ReviewCheck check : all_review_checks()) {
    bool ran = options.checks.empty() || std::find(options.checks.begin(), options.checks.end(), check) != options.checks.end();
    if (!ran) continue;
    auto n = static_cast<std::size_t>(std::count_if(items.begin(), items.end(), [&](const ReviewItem& i) { return i.check == check; }));
    counts.emplace_back(check, n);
  }
  return counts;
}

void write_review_json(const std::vector<ReviewItem>& items, const ReviewOptions& options, std::size_t limit, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("checks");
  w.StartArray();
  auto counts = count_by_check(items, options);
  for (const auto& [check, count] : counts) write_string(w, to_string(check));
  w.EndArray();
  w.Key("weak_confidence");
  w.Double(options.weak_confidence);
  w.Key("total");
  w.Uint64(items.size());
  w.Key("counts");
  w.StartObject();
  for (const auto& [check, count] : counts) {
    std::string_view name = to_string(check);
    w.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
    w.Uint64(count);
  }
  w.EndObject();
  w.Key("items");
  w.StartArray();
  std::size_t shown = limit == 0 ? items.size() : std::min(limit, items.size());
  for (std::size_t i = 0; i < shown; ++i) write_item(w, items[i], i + 1);
  w.EndArray();
  w.EndObject();
  out << buffer.GetString() << "\n";
}

}  // namespace policygraph
