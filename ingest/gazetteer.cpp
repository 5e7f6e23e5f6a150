// The gazetteer's token trie. Lookups are one hash probe per token and name length, so matching
// is linear in the text.
#include "ingest/gazetteer.hpp"

#include <algorithm>

namespace policygraph::ingest {

namespace {
bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() > suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

Gazetteer::Gazetteer(const Pack& pack) {
  nodes_.emplace_back();
  for (const std::string& particle : pack.lexicon.list("particles")) particles_.push_back(particle);
  const auto& articles = pack.lexicon.list("articles");
  articles_.assign(articles.begin(), articles.end());
  const auto& possessives = pack.lexicon.list("possessive_endings");
  possessives_.assign(possessives.begin(), possessives.end());
  std::sort(particles_.begin(), particles_.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  // Entries are indexed in pack order, so ambiguous names list their candidates deterministically.
  for (const AdministrationEntry& a : pack.administrations) {
    GazetteerEntry entry{NodeKind::administration, a.id, false};
    add(a.label, entry);
    for (const std::string& alias : a.aliases) add(alias, entry);
    GazetteerEntry leader{NodeKind::administration, a.id, true};
    for (const std::string& alias : a.leader_aliases) add(alias, leader);
    if (!a.leader.empty()) add(a.leader, leader);
  }
  for (const OrganisationEntry& o : pack.organisations) {
    GazetteerEntry entry{NodeKind::organisation, o.id, false};
    add(o.label, entry);
    for (const std::string& alias : o.aliases) add(alias, entry);
  }
  for (const ProgrammeEntry& p : pack.programmes) {
    GazetteerEntry entry{NodeKind::programme, p.id, false};
    add(p.label, entry);
    for (const std::string& alias : p.aliases) add(alias, entry);
  }
}

void Gazetteer::add(const std::string& name, const GazetteerEntry& entry) {
  std::vector<Token> tokens = tokenize(name);
  // A leading article is not part of a name: "the People's Government" is found after "the".
  if (tokens.size() > 1 && std::find(articles_.begin(), articles_.end(), tokens[0].norm) != articles_.end())
    tokens.erase(tokens.begin());
  if (tokens.empty()) return;
  uint32_t at = 0;
  for (const Token& token : tokens) {
    auto found = nodes_[at].next.find(token.norm);
    if (found == nodes_[at].next.end()) {
      uint32_t created = static_cast<uint32_t>(nodes_.size());
      nodes_[at].next.emplace(token.norm, created);
      nodes_.emplace_back();
      at = created;
    } else {
      at = found->second;
    }
  }
  // Short all-capital names are acronyms: "MOST" must not match the word "most".
  bool needs_caps = tokens.size() == 1 && tokens[0].all_caps && tokens[0].norm.size() <= 6;
  uint32_t index = static_cast<uint32_t>(entries_.size());
  for (uint32_t i = 0; i < entries_.size(); ++i)
    if (entries_[i].kind == entry.kind && entries_[i].id == entry.id && entries_[i].leader == entry.leader) index = i;
  if (index == entries_.size()) entries_.push_back(entry);
  auto& list = nodes_[at].entries;
  auto existing = std::find_if(list.begin(), list.end(), [&](const auto& e) { return e.first == index; });
  if (existing == list.end()) {
    list.emplace_back(index, needs_caps);
    ++names_;
  } else {
    existing->second = existing->second && needs_caps;
  }
}

const Gazetteer::Node* Gazetteer::step(const Node& node, const Token& token, bool allow_suffix, bool* stripped) const {
  auto found = node.next.find(token.norm);
  if (found != node.next.end()) return &nodes_[found->second];
  if (!allow_suffix) return nullptr;
  // "Government's" and Korean particles: the name ends inside the token.
  std::string base;
  auto possessive = std::find_if(possessives_.begin(), possessives_.end(),
                                 [&](const std::string& ending) { return ends_with(token.norm, ending); });
  if (possessive != possessives_.end()) {
    base = token.norm.substr(0, token.norm.size() - possessive->size());
  } else if (token.hangul) {
    for (const std::string& particle : particles_)
      if (ends_with(token.norm, particle)) {
        base = token.norm.substr(0, token.norm.size() - particle.size());
        if (node.next.count(base)) break;
        base.clear();
      }
  }
  if (base.empty()) return nullptr;
  found = node.next.find(base);
  if (found == node.next.end()) return nullptr;
  *stripped = true;
  return &nodes_[found->second];
}

std::vector<GazetteerMatch> Gazetteer::find(const std::vector<Token>& tokens) const {
  std::vector<GazetteerMatch> matches;
  std::size_t i = 0;
  while (i < tokens.size()) {
    std::size_t best_end = 0;
    const Node* best = nullptr;
    const Node* at = &nodes_[0];
    for (std::size_t j = i; j < tokens.size(); ++j) {
      bool stripped = false;
      const Node* next = step(*at, tokens[j], true, &stripped);
      if (!next) break;
      if (!next->entries.empty()) {
        bool caps_ok = true;
        for (auto& [entry, needs_caps] : next->entries)
          if (needs_caps && !tokens[j].all_caps) caps_ok = false;
        if (caps_ok || next->entries.size() > 1) {
          best = next;
          best_end = j + 1;
        }
      }
      if (stripped) break;  // a suffixed token ends the name
      at = next;
    }
    if (!best) {
      ++i;
      continue;
    }
    GazetteerMatch match{i, best_end, {}};
    for (auto& [entry, needs_caps] : best->entries)
      if (!needs_caps || tokens[best_end - 1].all_caps) match.entries.push_back(&entries_[entry]);
    if (!match.entries.empty()) {
      matches.push_back(std::move(match));
      i = best_end;
    } else {
      ++i;
    }
  }
  return matches;
}

}  // namespace policygraph::ingest
