// Name normalisation (ICU, with an ASCII fast path) and the name index: a hash map from normalised
// forms to nodes for exact lookups, and a sorted token index for search and suggestions.
#include "graph/name_index.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdlib>
#include <functional>
#include <iterator>
#include <unordered_set>

#include "graph/topology.hpp"

namespace policygraph {
namespace {

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool is_apostrophe(UChar32 c) { return c == 0x27 || c == 0x2018 || c == 0x2019 || c == 0x02BC; }

// Steps 1-3 of normalise_name for ASCII text: the ICU path gives the same bytes for it.
// "LINC+", "BK21+": a plus sign that ends a word is a word of the name ("linc plus"), so that the
// name stays apart from the one without it.
bool trailing_plus(std::string_view text, std::size_t at) {
  auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  return text[at] == '+' && at > 0 && alnum(text[at - 1]) && (at + 1 == text.size() || !alnum(text[at + 1]));
}

std::string fold_ascii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size(); ++at) {
    char c = text[at];
    if (trailing_plus(text, at)) {
      out += " plus ";
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    } else if (c != '\'') {
      out += ' ';
    }
  }
  return out;
}

std::string fold_unicode(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw Error(std::string("name normalisation: ICU data missing: ") + u_errorName(status));
  icu::UnicodeString input = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString decomposed = nfd->normalize(casefold->normalize(input, status), status);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    UChar32 previous = i > 0 ? decomposed.char32At(i - 1) : 0;
    i += U16_LENGTH(c);
    if (is_apostrophe(c)) continue;
    if (c == '+' && u_isalnum(previous) && (i >= decomposed.length() || !u_isalnum(decomposed.char32At(i)))) {
      kept.append(icu::UnicodeString(u" plus "));
      continue;
    }
    int8_t type = u_charType(c);
    switch (type) {
      case U_NON_SPACING_MARK:
        continue;
      case U_CONNECTOR_PUNCTUATION:
      case U_DASH_PUNCTUATION:
      case U_START_PUNCTUATION:
      case U_END_PUNCTUATION:
      case U_INITIAL_PUNCTUATION:
      case U_FINAL_PUNCTUATION:
      case U_OTHER_PUNCTUATION:
      case U_MATH_SYMBOL:
      case U_CURRENCY_SYMBOL:
      case U_MODIFIER_SYMBOL:
      case U_OTHER_SYMBOL:
      case U_SPACE_SEPARATOR:
      case U_LINE_SEPARATOR:
      case U_PARAGRAPH_SEPARATOR:
      case U_CONTROL_CHAR:
      case U_FORMAT_CHAR:
      case U_UNASSIGNED:
      case U_SURROGATE:
      case U_PRIVATE_USE_CHAR:
        kept.append(static_cast<UChar32>(' '));
        break;
      default:
        kept.append(c);
    }
  }
  icu::UnicodeString composed = nfc->normalize(kept, status);
  if (U_FAILURE(status)) throw Error(std::string("name normalisation failed: ") + u_errorName(status));
  std::string out;
  composed.toUTF8String(out);
  return out;
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

bool ends_with(std::string_view word, std::string_view suffix) {
  return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

std::string singular(std::string_view word) {
  static constexpr std::array<std::string_view, 4> invariant{"news", "series", "species", "means"};
  if (word.size() < 4 || word.back() != 's') return std::string(word);
  char before = word[word.size() - 2];
  if (before < 'a' || before > 'z') return std::string(word);
  if (ends_with(word, "ss") || ends_with(word, "us") || ends_with(word, "is")) return std::string(word);
  if (std::find(invariant.begin(), invariant.end(), word) != invariant.end()) return std::string(word);
  if (ends_with(word, "ies") && word.size() > 4) return std::string(word.substr(0, word.size() - 3)) + "y";
  if (ends_with(word, "sses") || ends_with(word, "xes") || ends_with(word, "ches") || ends_with(word, "shes"))
    return std::string(word.substr(0, word.size() - 2));
  return std::string(word.substr(0, word.size() - 1));
}

// Decodes valid UTF-8 (normalised forms always are); a stray byte counts as one code point.
std::u32string code_points(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    auto byte = static_cast<unsigned char>(text[i]);
    int length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    if (i + static_cast<std::size_t>(length) > text.size()) length = 1;
    char32_t c = length == 1 ? byte : byte & (0xFF >> (length + 1));
    for (int k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0x3F);
    out += c;
    i += static_cast<std::size_t>(length);
  }
  return out;
}

bool is_cjk(char32_t c) {
  return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3130 && c <= 0x318F) ||
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

bool has_cjk(std::string_view form) {
  if (is_ascii(form)) return false;
  auto points = code_points(form);
  return std::any_of(points.begin(), points.end(), is_cjk);
}

std::string without_spaces(std::string_view form) {
  std::string out;
  for (char c : form)
    if (c != ' ') out += c;
  return out;
}

// Byte offsets at which the proper suffixes of a word start (code point boundaries).
std::vector<std::size_t> suffix_starts(std::string_view word) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 1; i < word.size(); ++i)
    if ((static_cast<unsigned char>(word[i]) & 0xC0) != 0x80) starts.push_back(i);
  return starts;
}

template <typename PostingsList>
auto lower_bound_token(const PostingsList& list, std::string_view token) {
  return std::lower_bound(list.begin(), list.end(), token, [](const auto& p, std::string_view t) { return p.token < t; });
}

NamedNode named(const Node& node) { return {node.id, node.label, node.kind}; }

std::string list_nodes(const std::vector<NamedNode>& nodes) {
  std::string out;
  for (const NamedNode& node : nodes) {
    if (!out.empty()) out += "; ";
    out += one_line(node.label.empty() ? node.id : node.label + " (" + node.id + ")");
  }
  return out;
}

// A prefix range of a sorted token list would cover most of a large graph for a one-letter text;
// past this many postings per word the prefix part of a search is skipped.
constexpr std::size_t max_prefix_postings = 50000;
// Suggestions rank at most this many candidates (those sharing most words) by edit distance.
constexpr std::size_t max_suggestion_candidates = 400;

// Kinds whose labels are phrases from a sentence rather than names of things.
bool is_phrase_kind(NodeKind kind) {
  return kind == NodeKind::problem || kind == NodeKind::outcome || kind == NodeKind::goal || kind == NodeKind::recommendation;
}

}  // namespace

std::string normalise_name(std::string_view name) {
  std::string folded = is_ascii(name) ? fold_ascii(name) : fold_unicode(name);
  std::vector<std::string_view> words = split_words(folded);
  if (words.size() > 1 && (words.front() == "the" || words.front() == "a" || words.front() == "an"))
    words.erase(words.begin());
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i) out += ' ';
    if (i + 1 == words.size())
      out += singular(words[i]);
    else
      out += words[i];
  }
  return out;
}

std::string name_slug(std::string_view name) {
  std::string slug = normalise_name(name);
  for (char& c : slug)
    if (c == ' ') c = '-';
  return slug.empty() ? "unnamed" : slug;
}

std::string_view to_string(NameSource source) {
  switch (source) {
    case NameSource::label: return "label";
    case NameSource::alias: return "alias";
    case NameSource::id: return "id";
    case NameSource::leader: return "leader";
  }
  return "label";
}

std::string_view to_string(MatchQuality quality) {
  switch (quality) {
    case MatchQuality::exact: return "exact";
    case MatchQuality::prefix: return "prefix";
    case MatchQuality::all_words: return "all words";
    case MatchQuality::all_word_prefixes: return "word prefixes";
    case MatchQuality::some_words: return "some words";
  }
  return "exact";
}

std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  return out;
}

AmbiguousName::AmbiguousName(std::string name, std::vector<NamedNode> candidates)
    : Error("ambiguous name '" + one_line(name) + "': it fits " + std::to_string(candidates.size()) + " entities: " +
                list_nodes(candidates) + "; give the id or a longer name",
            ExitCode::bad_input),
      name_(std::move(name)),
      candidates_(std::move(candidates)) {}

UnknownName::UnknownName(std::string name, std::vector<NamedNode> suggestions)
    : NoAnswer("no entity named '" + one_line(name) + "'" +
               (suggestions.empty() ? std::string() : "; closest: " + list_nodes(suggestions))),
      name_(std::move(name)),
      suggestions_(std::move(suggestions)) {}

int edit_distance(std::string_view a_text, std::string_view b_text, int bound) {
  std::u32string a = code_points(a_text);
  std::u32string b = code_points(b_text);
  if (a.size() > b.size()) std::swap(a, b);
  if (static_cast<int>(b.size() - a.size()) > bound) return bound + 1;
  std::vector<int> row(a.size() + 1);
  for (std::size_t i = 0; i <= a.size(); ++i) row[i] = static_cast<int>(i);
  for (std::size_t j = 1; j <= b.size(); ++j) {
    int diagonal = row[0];
    row[0] = static_cast<int>(j);
    int smallest = row[0];
    for (std::size_t i = 1; i <= a.size(); ++i) {
      int above = row[i];
      row[i] = std::min({row[i] + 1, row[i - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      smallest = std::min(smallest, row[i]);
    }
    if (smallest > bound) return bound + 1;
  }
  return std::min(row[a.size()], bound + 1);
}

NameIndex::NameIndex(const PolicyGraph& graph) : graph_(graph) {
  const detail::Topology& topology = graph.topology();
  entries_.reserve(topology.nodes.size() * 2);
  by_form_.reserve(topology.nodes.size() * 2);
  for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
    const Node& node = topology.nodes[i];
    auto vertex = static_cast<std::uint32_t>(i);
    add(vertex, NameSource::label, 0, node.label);
    for (std::size_t k = 0; k < node.aliases.size(); ++k) add(vertex, NameSource::alias, static_cast<std::uint32_t>(k), node.aliases[k]);
    std::string_view id = node.id;
    add(vertex, NameSource::id, 0, id.substr(id.find('/') == std::string_view::npos ? 0 : id.find('/') + 1));
    if (auto leader = node.attributes.find("leader"); leader != node.attributes.end())
      add(vertex, NameSource::leader, 0, leader->second);
  }
}

NameIndex::~NameIndex() = default;

void NameIndex::add(std::uint32_t node, NameSource source, std::uint32_t alias, std::string_view name) {
  std::string form = normalise_name(name);
  if (form.empty()) return;
  auto [slot, inserted] = by_form_.try_emplace(std::move(form));
  // One entry per node and form, the first source added (label, alias, id, leader) being the best.
  // A node's names are added one after another, so its earlier entry for this form is the last one.
  if (!inserted && entries_[slot->second.back()].node == node) return;
  auto entry = static_cast<std::uint32_t>(entries_.size());
  entries_.push_back({&slot->first, node, source, alias});
  slot->second.push_back(entry);
  if (has_cjk(slot->first)) by_compact_form_[without_spaces(slot->first)].push_back(entry);
}

std::size_t NameIndex::size() const { return by_form_.size(); }

std::string NameIndex::entry_name(const Entry& entry) const {
  const Node& node = graph_.topology().nodes[entry.node];
  switch (entry.source) {
    case NameSource::label: return node.label;
    case NameSource::alias: return node.aliases[entry.alias];
    case NameSource::id: return node.id;
    case NameSource::leader: return node.attributes.at("leader");
  }
  return node.label;
}

NameHit NameIndex::make_hit(const Entry& entry) const {
  return {&graph_.topology().nodes[entry.node], entry.source, entry_name(entry)};
}

std::vector<std::uint32_t> NameIndex::best_entries_per_node(const std::vector<std::uint32_t>& entries) const {
  std::vector<std::uint32_t> best;
  for (std::uint32_t e : entries) {
    auto same = std::find_if(best.begin(), best.end(), [&](std::uint32_t b) { return entries_[b].node == entries_[e].node; });
    if (same == best.end())
      best.push_back(e);
    else if (entries_[e].source < entries_[*same].source)
      *same = e;
  }
  const auto& nodes = graph_.topology().nodes;
  std::sort(best.begin(), best.end(), [&](std::uint32_t a, std::uint32_t b) {
    return std::tie(entries_[a].source, nodes[entries_[a].node].id) < std::tie(entries_[b].source, nodes[entries_[b].node].id);
  });
  return best;
}

std::vector<NameHit> NameIndex::lookup(std::string_view name) const {
  std::string form = normalise_name(name);
  std::vector<NameHit> hits;
  if (form.empty()) return hits;
  const std::vector<std::uint32_t>* entries = nullptr;
  if (auto found = by_form_.find(form); found != by_form_.end()) {
    entries = &found->second;
  } else if (has_cjk(form)) {
    if (auto compact = by_compact_form_.find(without_spaces(form)); compact != by_compact_form_.end()) entries = &compact->second;
  }
  if (!entries) return hits;
  for (std::uint32_t e : best_entries_per_node(*entries)) hits.push_back(make_hit(entries_[e]));
  return hits;
}

const Node& NameIndex::resolve(std::string_view name, const std::vector<NodeKind>& preferred) const {
  if (const Node* node = graph_.node(name)) return *node;
  std::vector<NameHit> hits = lookup(name);
  if (hits.empty()) {
    std::vector<NamedNode> suggestions;
    for (const Suggestion& s : suggest(name, 5, preferred)) suggestions.push_back(named(*s.node));
    throw UnknownName(std::string(name), std::move(suggestions));
  }
  auto is_preferred = [&](const NameHit& hit) {
    return std::find(preferred.begin(), preferred.end(), hit.node->kind) != preferred.end();
  };
  if (std::any_of(hits.begin(), hits.end(), is_preferred)) std::erase_if(hits, [&](const NameHit& hit) { return !is_preferred(hit); });
  // Ids and leaders are names an entity is known by only through another: "roh-moo-hyun" in an
  // administration's id, its leader "Roh Moo-hyun". They count only when no entity bears the name
  // as its label or alias.
  auto secondary = [](const NameHit& hit) { return hit.source == NameSource::id || hit.source == NameSource::leader; };
  if (!std::all_of(hits.begin(), hits.end(), secondary)) std::erase_if(hits, secondary);
  if (hits.size() == 1) return *hits.front().node;
  std::vector<NamedNode> candidates;
  for (const NameHit& hit : hits) candidates.push_back(named(*hit.node));
  std::sort(candidates.begin(), candidates.end(), [](const NamedNode& a, const NamedNode& b) { return a.id < b.id; });
  throw AmbiguousName(std::string(name), std::move(candidates));
}

void NameIndex::build_token_index() const {
  std::call_once(tokens_built_, [this] {
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> words;
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> parts;
    for (std::uint32_t e = 0; e < entries_.size(); ++e) {
      std::vector<std::string_view> tokens = split_words(*entries_[e].form);
      std::sort(tokens.begin(), tokens.end());
      tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
      for (std::string_view token : tokens) {
        words[token].push_back(e);
        if (!has_cjk(token)) continue;
        for (std::size_t start : suffix_starts(token)) parts[token.substr(start)].push_back(e);
      }
    }
    auto to_sorted = [](auto& map, std::vector<Postings>& into) {
      into.reserve(map.size());
      for (auto& [token, entries] : map) {
        std::sort(entries.begin(), entries.end());
        entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
        into.push_back({std::string(token), std::move(entries)});
      }
      std::sort(into.begin(), into.end(), [](const Postings& a, const Postings& b) { return a.token < b.token; });
    };
    to_sorted(words, tokens_);
    to_sorted(parts, infixes_);
  });
}

std::vector<SearchHit> NameIndex::search(std::string_view text, std::size_t limit) const {
  std::string form = normalise_name(text);
  std::vector<std::string_view> query = split_words(form);
  std::sort(query.begin(), query.end());
  query.erase(std::unique(query.begin(), query.end()), query.end());
  if (query.empty()) return {};
  if (query.size() > 64) query.resize(64);
  build_token_index();

  // Per word of the text: the names having it as a word, and those having it as a word, a word
  // prefix ("strat" in "strategic") or, for CJK, part of a word ("전략" in "지역전략산업"). Sorted.
  // Postings are used in place; only a word that also matches as a prefix gets a merged list.
  static const std::vector<std::uint32_t> none;
  struct WordHits {
    const std::vector<std::uint32_t>* whole = &none;
    const std::vector<std::uint32_t>* any = &none;
    std::vector<std::uint32_t> merged;
  };
  std::vector<WordHits> per_word(query.size());
  for (std::size_t q = 0; q < query.size(); ++q) {
    std::string_view word = query[q];
    WordHits& hits = per_word[q];
    auto first = lower_bound_token(tokens_, word);
    if (first != tokens_.end() && first->token == word) {
      hits.whole = &first->entries;
      ++first;
    }
    auto add_prefixed = [&](const std::vector<Postings>& list, auto from) {
      std::size_t seen = 0;
      for (auto it = from; it != list.end() && it->token.compare(0, word.size(), word) == 0; ++it) {
        seen += it->entries.size();
        if (seen > max_prefix_postings) break;
        hits.merged.insert(hits.merged.end(), it->entries.begin(), it->entries.end());
      }
    };
    add_prefixed(tokens_, first);
    if (has_cjk(word)) add_prefixed(infixes_, lower_bound_token(infixes_, word));
    if (hits.merged.empty()) {
      hits.any = hits.whole;
    } else {
      hits.merged.insert(hits.merged.end(), hits.whole->begin(), hits.whole->end());
      std::sort(hits.merged.begin(), hits.merged.end());
      hits.merged.erase(std::unique(hits.merged.begin(), hits.merged.end()), hits.merged.end());
      hits.any = &hits.merged;
    }
  }

  // Names with every word first; names with some of them only when those are too few.
  // Intersect from the rarest word (WordHits point into themselves, so they are not moved).
  std::vector<const WordHits*> rarest;
  for (const WordHits& hits : per_word) rarest.push_back(&hits);
  std::sort(rarest.begin(), rarest.end(), [](const WordHits* a, const WordHits* b) { return a->any->size() < b->any->size(); });
  std::vector<std::uint32_t> candidates = *rarest.front()->any;
  for (std::size_t q = 1; q < rarest.size() && !candidates.empty(); ++q) {
    std::vector<std::uint32_t> both;
    std::set_intersection(candidates.begin(), candidates.end(), rarest[q]->any->begin(), rarest[q]->any->end(), std::back_inserter(both));
    candidates = std::move(both);
  }
  if (limit == 0 || candidates.size() < limit) {
    for (const WordHits& hits : per_word) candidates.insert(candidates.end(), hits.any->begin(), hits.any->end());
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  }

  const std::uint64_t all = query.size() == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << query.size()) - 1;
  struct Ranked {
    SearchHit hit;
    const Entry* entry;
  };
  std::vector<Ranked> ranked;
  ranked.reserve(candidates.size());
  for (std::uint32_t e : candidates) {
    std::uint64_t whole = 0, any = 0;
    for (std::size_t q = 0; q < per_word.size(); ++q) {
      std::uint64_t bit = std::uint64_t{1} << q;
      if (std::binary_search(per_word[q].whole->begin(), per_word[q].whole->end(), e)) whole |= bit;
      if (std::binary_search(per_word[q].any->begin(), per_word[q].any->end(), e)) any |= bit;
    }
    const Entry& entry = entries_[e];
    const std::string& name = *entry.form;
    MatchQuality quality = name == form                                                   ? MatchQuality::exact
                           : name.size() > form.size() && name.compare(0, form.size(), form) == 0 &&
                                     name[form.size()] == ' '                               ? MatchQuality::prefix
                           : whole == all                                                   ? MatchQuality::all_words
                           : any == all                                                     ? MatchQuality::all_word_prefixes
                                                                                            : MatchQuality::some_words;
    auto words = static_cast<int>(std::count(name.begin(), name.end(), ' ') + 1);
    int extra = std::max(0, words - std::popcount(any));
    ranked.push_back({{&graph_.topology().nodes[entry.node], entry.source, {}, quality, extra}, &entry});
  }
  auto rank = [](const Ranked& r) { return std::tie(r.hit.quality, r.hit.words_extra, r.hit.source); };
  // One hit per node, its best name; then the best nodes.
  std::sort(ranked.begin(), ranked.end(), [&](const Ranked& a, const Ranked& b) {
    if (a.entry->node != b.entry->node) return a.entry->node < b.entry->node;
    return std::tie(a.hit.quality, a.hit.words_extra, a.hit.source, *a.entry->form) <
           std::tie(b.hit.quality, b.hit.words_extra, b.hit.source, *b.entry->form);
  });
  ranked.erase(std::unique(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) { return a.entry->node == b.entry->node; }),
               ranked.end());
  auto order = [&](const Ranked& a, const Ranked& b) {
    return std::make_tuple(rank(a), std::cref(a.hit.node->id)) < std::make_tuple(rank(b), std::cref(b.hit.node->id));
  };
  if (limit && ranked.size() > limit) {
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(limit), ranked.end(), order);
    ranked.resize(limit);
  } else {
    std::sort(ranked.begin(), ranked.end(), order);
  }
  std::vector<SearchHit> hits;
  hits.reserve(ranked.size());
  for (Ranked& r : ranked) {
    r.hit.name = entry_name(*r.entry);
    hits.push_back(std::move(r.hit));
  }
  return hits;
}

std::vector<Suggestion> NameIndex::suggest(std::string_view name, std::size_t limit, const std::vector<NodeKind>& preferred) const {
  std::string form = normalise_name(name);
  std::vector<Suggestion> out;
  if (form.empty() || limit == 0) return out;
  build_token_index();
  std::vector<std::string_view> query = split_words(form);

  // Candidates: names sharing a word with the query, or a word within one or two edits of one.
  std::unordered_map<std::uint32_t, int> shared;  // entry -> words in common
  for (std::string_view word : query) {
    std::size_t letters = code_points(word).size();
    int bound = letters <= 4 ? 0 : letters <= 8 ? 1 : 2;  // short words are too easily one edit from another
    for (const Postings& postings : tokens_) {
      if (std::abs(static_cast<long>(postings.token.size()) - static_cast<long>(word.size())) > 4L * bound) continue;
      if (postings.token != word && edit_distance(postings.token, word, bound) > bound) continue;
      for (std::uint32_t e : postings.entries) ++shared[e];
    }
  }
  std::vector<std::pair<int, std::uint32_t>> ranked;
  ranked.reserve(shared.size());
  for (auto [e, count] : shared) ranked.emplace_back(-count, e);
  std::size_t keep = std::min(ranked.size(), max_suggestion_candidates);
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end(),
                    [&](const auto& a, const auto& b) {
                      return std::tie(a.first, *entries_[a.second].form) < std::tie(b.first, *entries_[b.second].form);
                    });
  ranked.resize(keep);

  int bound = std::max(2, static_cast<int>(code_points(form).size()) / 3);
  struct Scored {
    int distance;
    int shared;
    std::uint32_t entry;
  };
  std::vector<Scored> scored;
  for (auto [negative_count, e] : ranked) {
    int distance = edit_distance(form, *entries_[e].form, bound);
    scored.push_back({distance <= bound ? distance : bound + 1, -negative_count, e});
  }
  const auto& nodes = graph_.topology().nodes;
  std::sort(scored.begin(), scored.end(), [&](const Scored& a, const Scored& b) {
    return std::tie(a.distance, b.shared, entries_[a.entry].source, nodes[entries_[a.entry].node].id) <
           std::tie(b.distance, a.shared, entries_[b.entry].source, nodes[entries_[b.entry].node].id);
  });
  // By kind: the kinds the query asks for, then the other named things (administrations,
  // programmes, organisations, people, events); phrases (problems, outcomes, goals,
  // recommendations) only for a query that asks for no kind, and when no name qualifies. Within a
  // tier, close spellings when there are any; otherwise names sharing at least half of the words.
  auto tier_of = [&](const Scored& s) {
    NodeKind kind = nodes[entries_[s.entry].node].kind;
    if (std::find(preferred.begin(), preferred.end(), kind) != preferred.end()) return 0;
    return is_phrase_kind(kind) ? 2 : 1;
  };
  std::size_t half = (query.size() + 1) / 2;
  std::unordered_set<std::uint32_t> seen;
  for (int tier = 0; tier < 3; ++tier) {
    if (tier == 2 && (!out.empty() || !preferred.empty())) break;
    bool any_close = std::any_of(scored.begin(), scored.end(), [&](const Scored& s) { return tier_of(s) == tier && s.distance <= bound; });
    for (const Scored& s : scored) {
      if (out.size() >= limit) break;
      if (tier_of(s) != tier) continue;
      if (any_close ? s.distance > bound : static_cast<std::size_t>(s.shared) < half) continue;
      const Entry& entry = entries_[s.entry];
      if (!seen.insert(entry.node).second) continue;
      out.push_back({&nodes[entry.node], entry_name(entry), s.distance <= bound ? s.distance : -1});
    }
  }
  return out;
}

}  // namespace policygraph
