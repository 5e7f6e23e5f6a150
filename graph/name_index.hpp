// Finding entities by name: one normalisation of names shared by queries and ingest, and an index
// from normalised labels, aliases, ids and leaders to nodes, with partial and fuzzy matching.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/error.hpp"
#include "graph/policy_graph.hpp"

namespace policygraph {

/// Returns the form under which two names count as the same name. The rules, in order:
///  1. NFKC with case folding (ICU's NFKC_Casefold): full-width and half-width forms become their
///     ordinary forms, "ß" becomes "ss", invisible format characters go.
///  2. Accents go: NFD, then every non-spacing mark is removed, then NFC (so Hangul stays whole).
///  3. Apostrophes (' ‘ ’ ʼ) are deleted ("People’s" = "Peoples"); every other punctuation mark,
///     symbol, control or space character becomes a space ("R&D-oriented" = "r d oriented").
///  4. Runs of spaces become one space; leading and trailing spaces go.
///  5. A leading article ("the", "a", "an") goes when another word follows.
///  6. The last word is made singular when it is a regular English plural: "-ies" → "-y"
///     (industries, policies), "-sses"/"-xes"/"-ches"/"-shes" → drop "es" (businesses, taxes),
///     other "-s" → drop "s" (programmes, zones); words of fewer than four letters, words ending in
///     "ss", "us" or "is" (business, status, analysis) and news/series/species/means are kept.
/// ASCII input takes a fast path that gives the same result as the ICU path.
std::string normalise_name(std::string_view name);

/// Returns the slug of a name for node ids: normalised, words joined by '-' ("unnamed" when empty).
std::string name_slug(std::string_view name);

/// Which name of a node matched.
enum class NameSource : std::uint8_t { label, alias, id, leader };
/// Returns "label", "alias", "id" or "leader".
std::string_view to_string(NameSource source);

/// How well a search text matches a name, best first.
enum class MatchQuality : std::uint8_t { exact, prefix, all_words, all_word_prefixes, some_words };
/// Returns "exact", "prefix", "all words", "word prefixes" or "some words".
std::string_view to_string(MatchQuality quality);

/// A node found under one of its names.
struct NameHit {
  const Node* node = nullptr;
  NameSource source = NameSource::label;
  std::string name;  ///< the name as the graph spells it
};

/// A search result; `words_extra` counts the words of the name the search text did not cover.
struct SearchHit {
  const Node* node = nullptr;
  NameSource source = NameSource::label;
  std::string name;
  MatchQuality quality = MatchQuality::exact;
  int words_extra = 0;
};

/// A close name offered when a name is unknown; `distance` is the edit distance of the
/// normalised forms (-1 when it was offered for sharing words rather than for spelling).
struct Suggestion {
  const Node* node = nullptr;
  std::string name;
  int distance = -1;
};

/// A node named in an error message.
struct NamedNode {
  std::string id;
  std::string label;
  NodeKind kind = NodeKind::programme;
};

/// A name that fits several nodes equally well (exit code 2); lists them.
class AmbiguousName : public Error {
 public:
  AmbiguousName(std::string name, std::vector<NamedNode> candidates);
  /// Returns the name as given.
  const std::string& name() const { return name_; }
  /// Returns the nodes the name fits, ordered by id.
  const std::vector<NamedNode>& candidates() const { return candidates_; }

 private:
  std::string name_;
  std::vector<NamedNode> candidates_;
};

/// A name that fits no node (exit code 3); carries the closest names.
class UnknownName : public NoAnswer {
 public:
  UnknownName(std::string name, std::vector<NamedNode> suggestions);
  /// Returns the name as given.
  const std::string& name() const { return name_; }
  /// Returns the closest names, best first.
  const std::vector<NamedNode>& suggestions() const { return suggestions_; }

 private:
  std::string name_;
  std::vector<NamedNode> suggestions_;
};

/// An index of every name of every node of one graph, built once when the graph is loaded. The graph
/// must outlive the index and must not change while the index is used.
class NameIndex {
 public:
  /// Indexes labels, aliases, the name part of ids ("programme/regional-strategic-industry") and the
  /// leader attribute of nodes that have one (administrations).
  explicit NameIndex(const PolicyGraph& graph);
  ~NameIndex();
  NameIndex(const NameIndex&) = delete;
  NameIndex& operator=(const NameIndex&) = delete;

  /// Returns the nodes having a name whose normalised form equals that of `name` (for Korean, also
  /// ignoring spaces), one hit per node with its best name, ordered by source then id.
  std::vector<NameHit> lookup(std::string_view name) const;

  /// Returns the one node a name means. An exact node id wins; otherwise nodes of a `preferred`
  /// kind win over the others, and labels and aliases win over id names and leaders.
  /// Throws AmbiguousName when several nodes remain and UnknownName (with suggestions) when none does.
  const Node& resolve(std::string_view name, const std::vector<NodeKind>& preferred = {}) const;

  /// Returns the nodes whose names match the text, best first, at most `limit` (0: no limit):
  /// the whole name, a prefix of it, all its words, prefixes of its words (and, for Korean and other
  /// scripts written without spaces, parts of words), then some of its words.
  std::vector<SearchHit> search(std::string_view text, std::size_t limit = 20) const;

  /// Returns up to `limit` names close to an unknown name, by kind first: nodes of a `preferred`
  /// kind, then other named things, then phrases (problems, outcomes, goals, recommendations) only
  /// when no kind is preferred and nothing else is close. Within a kind: spelling (edit distance of normalised forms, bounded
  /// by a third of the length, at least 2) when any is close enough, else names sharing half the words.
  std::vector<Suggestion> suggest(std::string_view name, std::size_t limit = 5, const std::vector<NodeKind>& preferred = {}) const;

  /// Returns how many distinct normalised names the index holds.
  std::size_t size() const;

 private:
  struct Entry {
    const std::string* form;  // key in by_form_
    std::uint32_t node;       // vertex index
    NameSource source;
    std::uint32_t alias;  // index into aliases when source is alias
  };
  struct Postings {
    std::string token;
    std::vector<std::uint32_t> entries;
  };
  using FormMap = std::unordered_map<std::string, std::vector<std::uint32_t>>;

  void add(std::uint32_t node, NameSource source, std::uint32_t alias, std::string_view name);
  void build_token_index() const;
  std::string entry_name(const Entry& entry) const;
  NameHit make_hit(const Entry& entry) const;
  std::vector<std::uint32_t> best_entries_per_node(const std::vector<std::uint32_t>& entries) const;

  const PolicyGraph& graph_;
  std::vector<Entry> entries_;
  FormMap by_form_;
  FormMap by_compact_form_;  // forms with CJK letters, spaces removed
  // The token index serves only search and suggestions, so it is built on their first use.
  mutable std::once_flag tokens_built_;
  mutable std::vector<Postings> tokens_;   // sorted by token
  mutable std::vector<Postings> infixes_;  // proper suffixes of CJK tokens, sorted
};

/// Returns the text with control characters (newlines, tabs ...) replaced by spaces, so that a
/// name or label never breaks a one-line message.
std::string one_line(std::string_view text);

/// Returns the Levenshtein distance of two strings counted in code points, or `bound` + 1 as soon as
/// it is known to exceed `bound`.
int edit_distance(std::string_view a, std::string_view b, int bound);

}  // namespace policygraph
