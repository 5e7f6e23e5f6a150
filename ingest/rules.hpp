// The rule language compiled to RE2 (docs/rules.md). A sentence (or clause) becomes a string of
// symbols, one per item: a typed mention (ADMIN, PROG, ORG, EVENT, PERSON, NP, PRON, YEAR, DATE)
// carrying the word classes of its head, a word with its classes ('as', INTRODUCE, BE …), or
// WORD. Each symbol is one code point, so RE2 offsets map straight back to items, and matching
// stays linear in the sentence whatever a rule says.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "ingest/pack.hpp"

#include <re2/re2.h>
#include <re2/set.h>

namespace policygraph::ingest {

/// Item types, written in rules in upper case.
inline const std::vector<std::string>& item_types() {
  static const std::vector<std::string> types{"ADMIN", "ORG", "PROG", "EVENT", "PERSON", "NP", "PRON", "YEAR", "DATE"};
  return types;
}

/// The alphabet of sentence strings: each distinct set of tags (types, classes, 'literals') is a symbol.
class SymbolTable {
 public:
  /// First code point used for symbols; all symbols are three bytes in UTF-8.
  static constexpr char32_t base = 0x1000;
  SymbolTable(const Lexicon& lexicon, const std::set<std::string>& literals);

  /// Returns the symbol of a set of tags (sorted, unique); unknown sets map to the nearest known
  /// subset that keeps the type, or to WORD.
  /// Whether the alphabet has a symbol for exactly these tags (sorted).
  bool has(const std::vector<std::string>& tags) const;
  uint32_t symbol(const std::vector<std::string>& tags) const;
  /// Returns the tags of a word or lexicon phrase (its classes and, when rules quote it, itself).
  const std::vector<std::string>& word_tags(const std::string& norm) const;
  /// Returns every symbol whose tags include all of `required`.
  std::vector<uint32_t> symbols_with(const std::vector<std::string>& required) const;
  /// Returns every symbol.
  std::size_t size() const { return tags_.size(); }
  /// Returns the tags of a symbol.
  const std::vector<std::string>& tags(uint32_t symbol) const { return tags_.at(symbol); }
  /// True when the tag names a class, a type or a quoted literal known to the table.
  bool knows(const std::string& tag) const { return known_.count(tag) > 0; }
  /// Returns the classes of the lexicon (for phrases).
  const std::unordered_map<std::string, std::vector<std::string>>& words() const { return word_tags_; }

 private:
  uint32_t add(std::vector<std::string> tags);
  std::vector<std::vector<std::string>> tags_;
  std::unordered_map<std::string, uint32_t> index_;
  std::unordered_map<std::string, std::vector<std::string>> word_tags_;
  std::set<std::string> known_;
};

/// Appends the UTF-8 form of a symbol.
void append_symbol(std::string& out, uint32_t symbol);

/// Where a slot matched: items [first, last) of the sentence string.
struct SlotMatch {
  std::size_t first = 0;
  std::size_t last = 0;
};

struct CompiledRule {
  const RuleSource* source = nullptr;
  std::unique_ptr<re2::RE2> regex;
  std::vector<std::pair<std::string, int>> slots;  ///< slot name → capture group (several per name are allowed)
  std::set<std::string> rest_slots;                ///< slots that take the rest of the clause (REST, CLAUSE)
  std::set<std::string> clause_slots;              ///< … without splitting it into a list (CLAUSE)
  std::map<std::string, std::vector<std::string>> slot_types;  ///< declared types, first is preferred
  std::string sets;   ///< flag set for the next sentence when the rule matches
  std::string needs;  ///< flag the previous sentence must have set
  ~CompiledRule();
  CompiledRule();
  CompiledRule(CompiledRule&&) noexcept;
};

/// One match of one rule.
struct RuleMatch {
  const CompiledRule* rule = nullptr;
  std::size_t first = 0;  ///< item range of the whole match
  std::size_t last = 0;
  std::map<std::string, SlotMatch> slots;
};

/// All rules of a pack, compiled once.
class RuleSet {
 public:
  explicit RuleSet(const Pack& pack);
  ~RuleSet();
  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;

  const SymbolTable& symbols() const { return *symbols_; }
  const std::vector<CompiledRule>& rules() const { return rules_; }
  /// Returns the matches of every rule in a sentence string, rules in file order, each rule's
  /// matches left to right without overlap.
  std::vector<RuleMatch> match(const std::string& sentence) const;
  /// Returns the RE2 pattern a rule compiled to (for docs and debugging).
  std::string compiled_pattern(const std::string& rule_id) const;

 private:
  std::unique_ptr<SymbolTable> symbols_;
  std::vector<CompiledRule> rules_;
  std::unique_ptr<re2::RE2::Set> prefilter_;
};

/// Collects the quoted literals ('as', ',') used by a pack's rules and macros.
std::set<std::string> rule_literals(const Pack& pack);

}  // namespace policygraph::ingest
