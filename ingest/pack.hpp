// Domain packs: administrations, organisations, programmes, word classes and relation rules, read
// from a folder of JSON files and a rule file (docs/packs.md). A pack may extend others, e.g. a
// country pack extends the "english" language pack; lists are merged, entities are added.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/model.hpp"
#include "ingest/morphology.hpp"

namespace policygraph::ingest {

/// An administration with its term and names in every language the pack covers.
struct AdministrationEntry {
  std::string id;  ///< slug without the kind prefix, e.g. "roh-moo-hyun"
  std::string label;
  std::string leader;
  std::vector<std::string> leader_aliases;
  std::vector<std::string> aliases;
  Date start;
  std::optional<Date> end;  ///< none while in office
};

struct OrganisationEntry {
  std::string id;
  std::string label;
  std::vector<std::string> aliases;
  std::string type;
  std::string parent;       ///< id of a parent organisation of the pack, or empty
  std::string predecessor;  ///< id of the organisation it was renamed or reorganised from
  std::optional<Date> start;
  std::optional<Date> end;
};

struct ProgrammeEntry {
  std::string id;
  std::string label;
  std::vector<std::string> aliases;
  std::string introduced_by;  ///< administration id, or empty
  std::optional<int> year;
};

/// Word lists and classes the reader, segmenter, chunker and rules use.
struct Lexicon {
  std::map<std::string, std::vector<std::string>> classes;  ///< rule symbols → words and phrases
  std::map<std::string, std::set<std::string>> lists;        ///< programme_heads, determiners, … (lower case)
  std::map<std::string, int> months;
  std::map<std::string, std::map<std::string, std::string>> maps;  ///< word → word tables: spellings, evolution_modes …

  /// Returns the named list, or an empty one.
  const std::set<std::string>& list(const std::string& name) const;
  /// True when the lower-case word is in the named list.
  bool has(const std::string& name, const std::string& word) const;
  /// Builds the hashed copy of `lists` that `has` uses (load_pack calls it; without it `has`
  /// searches the ordered lists).
  void build_index();

 private:
  std::unordered_map<std::string, std::unordered_set<std::string>> index_;
};

/// One `emit` line of a rule: relation(subject, object) with attributes.
struct EmitSpec {
  Relation relation = Relation::introduced;
  bool form = false;    ///< `form(whole, first)`: no fact; the whole is now known by its first form
  std::string subject;  ///< slot name, or "@KIND" for the current entity of that kind in the discourse
  std::string object;
  std::map<std::string, std::string> attributes;  ///< value: slot name, or a "quoted literal"
  int line = 0;
};

/// A relation rule as written in a rule file, before compilation.
struct RuleSource {
  std::string id;
  std::string file;
  int line = 0;
  double confidence = 0.8;
  std::string pattern;
  std::vector<EmitSpec> emits;
  std::string sets;   ///< option sets=FLAG: the next sentence may use rules that need FLAG
  std::string needs;  ///< option needs=FLAG: the rule runs only after a sentence that set FLAG
  bool negation = false;  ///< option negation=ok: a negation in the match does not block it ("failed to")
  bool modal = false;     ///< option modal=ok: a modal does not block it ("will be run by": who runs it, said ahead)
};

/// A loaded pack (with everything it extends merged in).
struct Pack {
  std::string name;
  std::vector<std::string> names;  ///< this pack and those it extends, base first
  /// SHA-256 over the files of this pack and those it extends: what a snapshot records of its
  /// pack, so that merge can tell shards extracted with another pack (docs/scale.md).
  std::string sha256;
  std::vector<AdministrationEntry> administrations;  ///< in order of term
  std::vector<OrganisationEntry> organisations;
  std::vector<ProgrammeEntry> programmes;
  Lexicon lexicon;
  std::vector<RuleSource> rules;
  std::map<std::string, std::string> defines;  ///< rule macros: name → pattern
  /// The lexicon of open-class words a pack names ("lexicon": "wordnet" in pack.json), with the
  /// pack's suffix rules; null when no pack of the chain names one.
  std::shared_ptr<const Morphology> morphology;
  std::filesystem::path wordnet_folder;  ///< where that lexicon was read from

  /// Returns the administration with that id, or nullptr.
  const AdministrationEntry* administration(const std::string& id) const;
  /// Returns the organisation with that id, or nullptr.
  const OrganisationEntry* organisation(const std::string& id) const;
};

/// Loads the pack in a folder and the packs it extends (siblings of the folder). Throws InputError
/// as "FILE: line N: reason" for a malformed file, an unknown field value or a cycle.
Pack load_pack(const std::filesystem::path& folder);
/// Returns the folder of the default pack: $POLICYGRAPH_PACK, else the source tree's or the
/// installed data/packs/korea.
std::filesystem::path default_pack_dir();
/// Parses a rule file (text) into rules and macros; `file` names it in errors.
void parse_rules(const std::string& text, const std::string& file, std::vector<RuleSource>& rules,
                 std::map<std::string, std::string>& defines);

}  // namespace policygraph::ingest
