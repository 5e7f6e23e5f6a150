// Compiling rule patterns to RE2 over the symbol alphabet, and matching them with an RE2::Set
// prefilter so that each sentence is scanned once for all rules before any rule runs alone.
#include "ingest/rules.hpp"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cstdio>

#include "graph/error.hpp"

namespace policygraph::ingest {
namespace {

std::string join(const std::vector<std::string>& tags) {
  std::string key;
  for (const std::string& tag : tags) {
    if (!key.empty()) key += '|';
    key += tag;
  }
  return key;
}

void sort_unique(std::vector<std::string>& tags) {
  std::sort(tags.begin(), tags.end());
  tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
}

bool is_literal(const std::string& tag) { return !tag.empty() && tag.front() == '\''; }

std::string char_class(const std::vector<uint32_t>& symbols, bool negate) {
  std::string out = negate ? "[^" : "[";
  if (symbols.empty()) return negate ? "[\\x{1000}-\\x{CFFF}]" : "[^\\x{0}-\\x{10FFFF}]";
  char buffer[40];
  for (std::size_t i = 0; i < symbols.size();) {
    std::size_t j = i;
    while (j + 1 < symbols.size() && symbols[j + 1] == symbols[j] + 1) ++j;
    uint32_t a = SymbolTable::base + symbols[i], b = SymbolTable::base + symbols[j];
    if (a == b)
      std::snprintf(buffer, sizeof buffer, "\\x{%X}", a);
    else
      std::snprintf(buffer, sizeof buffer, "\\x{%X}-\\x{%X}", a, b);
    out += buffer;
    i = j + 1;
  }
  return out + "]";
}

// Translates one rule pattern (with macros) to an RE2 pattern.
class PatternCompiler {
 public:
  PatternCompiler(const SymbolTable& symbols, const std::map<std::string, std::string>& defines, const RuleSource& rule)
      : symbols_(symbols), defines_(defines), rule_(rule) {}

  std::string compile(CompiledRule& out) {
    std::string regex = translate(rule_.pattern, 0, out);
    return regex;
  }

 private:
  [[noreturn]] void fail(const std::string& message) const {
    throw InputError(rule_.file + ": line " + std::to_string(rule_.line) + ": rule '" + rule_.id + "': " + message);
  }

  // An atom: NAME, NAME&NAME, 'literal', alternatives joined by '|' inside a slot.
  std::vector<uint32_t> atom_symbols(const std::string& expression) {
    std::vector<uint32_t> out;
    std::size_t start = 0;
    while (start <= expression.size()) {
      std::size_t bar = expression.find('|', start);
      std::string alternative = expression.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
      std::vector<std::string> required;
      std::size_t piece_start = 0;
      while (piece_start <= alternative.size()) {
        std::size_t amp = alternative.find('&', piece_start);
        std::string tag = alternative.substr(piece_start, amp == std::string::npos ? std::string::npos : amp - piece_start);
        if (tag.size() >= 2 && tag.front() == '\'' && tag.back() == '\'') {
          std::string word = tag.substr(1, tag.size() - 2);
          for (char& c : word)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
          tag = "'" + word + "'";
        }
        bool negated = !tag.empty() && tag[0] == '!';
        std::string name = negated ? tag.substr(1) : tag;
        if (name.empty() || !symbols_.knows(name)) fail("unknown symbol '" + name + "'");
        required.push_back(tag);
        if (amp == std::string::npos) break;
        piece_start = amp + 1;
      }
      for (uint32_t s : symbols_.symbols_with(required)) out.push_back(s);
      if (bar == std::string::npos) break;
      start = bar + 1;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  std::string translate(const std::string& pattern, int depth, CompiledRule& out) {
    if (depth > 8) fail("macros nest too deeply (a macro that uses itself?)");
    std::string regex;
    std::size_t i = 0;
    auto is_name_char = [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '&' || c == '\'' ||
             c == '!';
    };
    while (i < pattern.size()) {
      char c = pattern[i];
      if (c == ' ' || c == '\t') {
        ++i;
        continue;
      }
      if (c == '(') {
        regex += "(?:";
        ++i;
        continue;
      }
      if (c == ')' || c == '|' || c == '?' || c == '*' || c == '+' || c == '^' || c == '$') {
        regex += c;
        ++i;
        continue;
      }
      if (pattern.compare(i, 3, "...") == 0) {
        // A bounded gap that does not cross a sentence or clause end.
        std::vector<uint32_t> stops = atom_symbols("';'|':'|'.'");
        regex += char_class(stops, true) + "{0,12}?";
        i += 3;
        continue;
      }
      if (c == '.') {
        regex += char_class({}, true);
        ++i;
        continue;
      }
      if (c == '{') {
        std::size_t close = pattern.find('}', i);
        if (close == std::string::npos) fail("unclosed '{'");
        std::string inside = pattern.substr(i + 1, close - i - 1);
        i = close + 1;
        if (!inside.empty() && inside.find_first_not_of("0123456789,") == std::string::npos) {
          regex += "{" + inside + "}";
          continue;
        }
        std::size_t colon = inside.find(':');
        if (colon == std::string::npos || colon == 0) fail("a slot is {name:TYPES}: '{" + inside + "}'");
        std::string name = inside.substr(0, colon);
        std::string types = inside.substr(colon + 1);
        int group = static_cast<int>(out.slots.size()) + 1;
        std::string group_name = "s" + std::to_string(group);
        out.slots.emplace_back(name, group);
        if (types == "REST" || types == "CLAUSE") {
          out.rest_slots.insert(name);
          if (types == "CLAUSE") out.clause_slots.insert(name);
          std::vector<uint32_t> stops = atom_symbols("';'|'.'");
          regex += "(?P<" + group_name + ">" + char_class(stops, true) + "+)";
          continue;
        }
        std::vector<std::string> declared;
        std::size_t start = 0;
        bool entity = false;
        while (start <= types.size()) {
          std::size_t bar = types.find('|', start);
          std::string type = types.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
          declared.push_back(type);
          std::string base = type.substr(0, type.find('&'));
          for (const char* entity_type : {"ADMIN", "ORG", "PROG", "EVENT", "PERSON", "NP"})
            if (base == entity_type) entity = true;
          if (bar == std::string::npos) break;
          start = bar + 1;
        }
        out.slot_types[name] = declared;
        // Entity slots also take pronouns and lists; the extractor resolves them by the first type.
        std::string expression = types + (entity ? "|PRON" : "");
        regex += "(?P<" + group_name + ">" + char_class(atom_symbols(expression), false) + ")";
        continue;
      }
      if (c == '@') {
        std::size_t end = i + 1;
        while (end < pattern.size() && is_name_char(pattern[end])) ++end;
        std::string name = pattern.substr(i + 1, end - i - 1);
        auto found = defines_.find(name);
        if (found == defines_.end()) fail("unknown macro '@" + name + "'");
        regex += "(?:" + translate(found->second, depth + 1, out) + ")";
        i = end;
        continue;
      }
      bool negate = false;
      if (c == '!') {
        negate = true;
        ++i;
      }
      std::size_t end = i;
      if (end < pattern.size() && pattern[end] == '\'') {
        std::size_t close = pattern.find('\'', end + 1);
        if (close == std::string::npos) fail("unclosed quote");
        end = close + 1;
        while (end < pattern.size() && is_name_char(pattern[end])) ++end;
      } else {
        while (end < pattern.size() && is_name_char(pattern[end])) ++end;
      }
      if (end == i) fail(std::string("unexpected '") + pattern[i] + "'");
      regex += char_class(atom_symbols(pattern.substr(i, end - i)), negate);
      i = end;
    }
    return regex;
  }

  const SymbolTable& symbols_;
  const std::map<std::string, std::string>& defines_;
  const RuleSource& rule_;
};

void collect_literals(const std::string& pattern, std::set<std::string>& out) {
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '\'') continue;
    std::size_t close = pattern.find('\'', i + 1);
    if (close == std::string::npos) return;
    std::string word = pattern.substr(i + 1, close - i - 1);
    for (char& c : word)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out.insert(word);
    i = close;
  }
}

}  // namespace

void append_symbol(std::string& out, uint32_t symbol) {
  uint32_t c = SymbolTable::base + symbol;
  out += static_cast<char>(0xE0 | (c >> 12));
  out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out += static_cast<char>(0x80 | (c & 0x3F));
}

SymbolTable::SymbolTable(const Lexicon& lexicon, const std::set<std::string>& literals) {
  for (const auto& [cls, words] : lexicon.classes) {
    known_.insert(cls);
    for (const std::string& word : words) word_tags_[word].push_back(cls);
  }
  for (const std::string& literal : literals) {
    known_.insert("'" + literal + "'");
    word_tags_[literal].push_back("'" + literal + "'");
  }
  for (auto& [word, tags] : word_tags_) sort_unique(tags);
  for (const char* fixed : {"WORD", "PUNCT"}) known_.insert(fixed);
  add({"WORD"});
  add({"PUNCT"});
  std::set<std::vector<std::string>> class_sets;
  for (const auto& [word, tags] : word_tags_) {
    add(tags);
    std::vector<std::string> classes;
    for (const std::string& tag : tags)
      if (!is_literal(tag)) classes.push_back(tag);
    class_sets.insert(classes);
  }
  // Mentions: a type, the noun classes of the head, and PROPER for capitalised names and pack names.
  known_.insert("PROPER");
  for (const std::string& type : item_types()) {
    known_.insert(type);
    for (const auto& classes : class_sets) {
      std::vector<std::string> tags = classes;
      tags.push_back(type);
      add(tags);
      tags.push_back("PROPER");
      add(tags);
    }
  }
  if (tags_.size() > 0xBF00) throw InputError("pack: too many distinct word classes for the rule alphabet");
}

uint32_t SymbolTable::add(std::vector<std::string> tags) {
  sort_unique(tags);
  std::string key = join(tags);
  auto found = index_.find(key);
  if (found != index_.end()) return found->second;
  uint32_t id = static_cast<uint32_t>(tags_.size());
  tags_.push_back(std::move(tags));
  index_.emplace(std::move(key), id);
  return id;
}

bool SymbolTable::has(const std::vector<std::string>& tags) const { return index_.count(join(tags)) > 0; }

uint32_t SymbolTable::symbol(const std::vector<std::string>& tags) const {
  auto found = index_.find(join(tags));
  if (found != index_.end()) return found->second;
  for (const std::string& type : item_types())
    if (std::find(tags.begin(), tags.end(), type) != tags.end()) return index_.at(type);
  return index_.at("WORD");
}

const std::vector<std::string>& SymbolTable::word_tags(const std::string& norm) const {
  static const std::vector<std::string> none;
  auto found = word_tags_.find(norm);
  return found == word_tags_.end() ? none : found->second;
}

std::vector<uint32_t> SymbolTable::symbols_with(const std::vector<std::string>& required) const {
  std::vector<uint32_t> out;
  for (uint32_t s = 0; s < tags_.size(); ++s) {
    bool all = true;
    for (const std::string& tag : required) {
      // "!TAG" requires the tag to be absent: NP&!GOAL_NOUN.
      bool negated = !tag.empty() && tag[0] == '!';
      bool present = std::binary_search(tags_[s].begin(), tags_[s].end(), negated ? tag.substr(1) : tag);
      if (present == negated) {
        all = false;
        break;
      }
    }
    if (all) out.push_back(s);
  }
  return out;
}

CompiledRule::CompiledRule() = default;
CompiledRule::~CompiledRule() = default;
CompiledRule::CompiledRule(CompiledRule&&) noexcept = default;

std::set<std::string> rule_literals(const Pack& pack) {
  std::set<std::string> literals{",", ";", ":", ".", "(", ")"};
  for (const RuleSource& rule : pack.rules) collect_literals(rule.pattern, literals);
  for (const auto& [name, pattern] : pack.defines) collect_literals(pattern, literals);
  return literals;
}

RuleSet::RuleSet(const Pack& pack) : symbols_(std::make_unique<SymbolTable>(pack.lexicon, rule_literals(pack))) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  prefilter_ = std::make_unique<re2::RE2::Set>(options, RE2::UNANCHORED);
  for (const RuleSource& source : pack.rules) {
    CompiledRule rule;
    rule.source = &source;
    rule.sets = source.sets;
    rule.needs = source.needs;
    PatternCompiler compiler(*symbols_, pack.defines, source);
    std::string regex = compiler.compile(rule);
    rule.regex = std::make_unique<RE2>(regex, options);
    if (!rule.regex->ok())
      throw InputError(source.file + ": line " + std::to_string(source.line) + ": rule '" + source.id +
                       "': " + rule.regex->error());
    for (const EmitSpec& emit : source.emits) {
      auto known = [&](const std::string& spec) {
        std::size_t start = 0;
        while (start <= spec.size()) {
          std::size_t bar = spec.find('|', start);
          std::string name = spec.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
          bool found = !name.empty() && name[0] == '@';
          for (auto& [slot, group] : rule.slots) found = found || slot == name;
          if (!found) return false;
          if (bar == std::string::npos) break;
          start = bar + 1;
        }
        return true;
      };
      if (!known(emit.subject) || !known(emit.object))
        throw InputError(source.file + ": line " + std::to_string(emit.line) + ": rule '" + source.id +
                         "': emit names a slot the pattern does not have");
    }
    std::string error;
    if (prefilter_->Add(regex, &error) < 0)
      throw InputError(source.file + ": line " + std::to_string(source.line) + ": rule '" + source.id + "': " + error);
    rules_.push_back(std::move(rule));
  }
  if (!prefilter_->Compile()) throw InputError("rules: the rule set is too large to compile");
}

RuleSet::~RuleSet() = default;

std::vector<RuleMatch> RuleSet::match(const std::string& sentence) const {
  std::vector<RuleMatch> out;
  std::vector<int> hits;
  if (rules_.empty()) return out;
  re2::RE2::Set::ErrorInfo info{};
  if (!prefilter_->Match(sentence, &hits, &info)) {
    if (info.kind == re2::RE2::Set::kNoError) return out;
    // The set's automaton ran out of memory on this sentence: every rule is tried on its own,
    // slower but with the same matches (RE2 says nothing; a lost fact would be silent).
    hits.resize(rules_.size());
    for (std::size_t k = 0; k < rules_.size(); ++k) hits[k] = static_cast<int>(k);
  }
  std::sort(hits.begin(), hits.end());
  for (int index : hits) {
    const CompiledRule& rule = rules_[static_cast<std::size_t>(index)];
    int groups = rule.regex->NumberOfCapturingGroups();
    std::vector<re2::StringPiece> captures(static_cast<std::size_t>(groups) + 1);
    std::size_t start = 0;
    while (start <= sentence.size()) {
      if (!rule.regex->Match(sentence, start, sentence.size(), RE2::UNANCHORED, captures.data(), groups + 1)) break;
      RuleMatch match;
      match.rule = &rule;
      std::size_t begin = static_cast<std::size_t>(captures[0].data() - sentence.data());
      std::size_t end = begin + captures[0].size();
      match.first = begin / 3;
      match.last = end / 3;
      for (auto& [name, group] : rule.slots) {
        const re2::StringPiece& piece = captures[static_cast<std::size_t>(group)];
        if (!piece.data() || match.slots.count(name)) continue;
        std::size_t at = static_cast<std::size_t>(piece.data() - sentence.data());
        match.slots[name] = {at / 3, (at + piece.size()) / 3};
      }
      out.push_back(std::move(match));
      start = end > begin ? end : end + 3;
    }
  }
  return out;
}

std::string RuleSet::compiled_pattern(const std::string& rule_id) const {
  for (const CompiledRule& rule : rules_)
    if (rule.source->id == rule_id) return rule.regex->pattern();
  return "";
}

}  // namespace policygraph::ingest
