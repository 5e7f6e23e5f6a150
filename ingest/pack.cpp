// Loading packs: JSON entity files and lexicons with RapidJSON, rule files line by line, and the
// "extends" chain. Every error names the file and the line.
#include "ingest/pack.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cstdlib>
#include <sstream>

#include "graph/error.hpp"
#include "graph/json_escapes.hpp"
#include "graph/store.hpp"
#include "ingest/sha256.hpp"

namespace policygraph::ingest {
namespace fs = std::filesystem;

namespace {

std::string lower_ascii(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

int line_of(const std::string& text, std::size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(std::min(offset, text.size())), '\n'));
}

// A JSON file of a pack: parsed DOM plus the text, to give line numbers in messages.
class PackFile {
 public:
  explicit PackFile(const fs::path& path) : path_(path), text_(read_file(path)) {
    document_.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag |
                    rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag>(text_.c_str(), text_.size());
    if (document_.HasParseError())
      throw InputError(path_.string() + ": line " + std::to_string(line_of(text_, document_.GetErrorOffset())) + ": " +
                       rapidjson::GetParseError_En(document_.GetParseError()));
    // RapidJSON does not check what escapes decode to (graph/json_escapes.hpp).
    if (auto lone = find_lone_surrogate_escape(text_, true))
      fail(*lone, "'" + text_.substr(*lone, 6) + "' is a lone UTF-16 surrogate, not a character");
    if (!document_.IsObject()) fail(0, "a pack file is a JSON object");
  }

  const rapidjson::Value& root() const { return document_; }

  [[noreturn]] void fail(std::size_t offset, const std::string& message) const {
    throw InputError(path_.string() + ": line " + std::to_string(line_of(text_, offset)) + ": " + message);
  }

  // The line of an entry is found by its id, the most useful anchor a DOM without positions has.
  [[noreturn]] void fail_at(const std::string& id, const std::string& message) const {
    std::size_t at = id.empty() ? std::string::npos : text_.find("\"" + id + "\"");
    fail(at == std::string::npos ? 0 : at, message);
  }

  const rapidjson::Value& array(const char* key) const {
    auto found = document_.FindMember(key);
    if (found == document_.MemberEnd() || !found->value.IsArray())
      fail(0, std::string("'") + key + "' must be an array");
    return found->value;
  }

  // Returns the entries of a top-level array, each an object (RapidJSON's member lookup on
  // anything else is undefined: the fuzzer found it). The DOM has no positions: a string entry
  // is found by its text, anything else at the array's key.
  const rapidjson::Value& objects(const char* key) const {
    const rapidjson::Value& list = array(key);
    for (const auto& entry : list.GetArray())
      if (!entry.IsObject())
        fail_at(entry.IsString() ? std::string(entry.GetString(), entry.GetStringLength()) : std::string(key),
                std::string("each entry of '") + key + "' must be an object");
    return list;
  }

  std::string string(const rapidjson::Value& object, const char* key, const std::string& anchor, bool required) const {
    auto found = object.FindMember(key);
    if (found == object.MemberEnd() || found->value.IsNull()) {
      if (required) fail_at(anchor, std::string("missing '") + key + "'");
      return "";
    }
    if (!found->value.IsString()) fail_at(anchor, std::string("'") + key + "' must be a string");
    return std::string(found->value.GetString(), found->value.GetStringLength());
  }

  std::vector<std::string> strings(const rapidjson::Value& object, const char* key, const std::string& anchor) const {
    std::vector<std::string> out;
    auto found = object.FindMember(key);
    if (found == object.MemberEnd()) return out;
    if (!found->value.IsArray()) fail_at(anchor, std::string("'") + key + "' must be an array of strings");
    for (const auto& item : found->value.GetArray()) {
      if (!item.IsString()) fail_at(anchor, std::string("'") + key + "' must be an array of strings");
      out.emplace_back(item.GetString(), item.GetStringLength());
    }
    return out;
  }

  std::optional<Date> date(const rapidjson::Value& object, const char* key, const std::string& anchor, bool required) const {
    std::string text = string(object, key, anchor, required);
    if (text.empty()) return std::nullopt;
    auto parsed = Date::parse(text);
    if (!parsed) fail_at(anchor, std::string("'") + key + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + text + "'");
    return parsed;
  }

 private:
  fs::path path_;
  std::string text_;
  rapidjson::Document document_;
};

void check_id(const PackFile& file, const std::string& id) {
  if (id.empty()) file.fail(0, "an entry without an id");
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
      file.fail_at(id, "id '" + id + "' must be lower-case letters, digits, '-', '_' or '.'");
}

void load_administrations(const fs::path& path, Pack& pack) {
  PackFile file(path);
  for (const auto& entry : file.objects("administrations").GetArray()) {
    AdministrationEntry a;
    a.id = file.string(entry, "id", "", true);
    check_id(file, a.id);
    a.label = file.string(entry, "label", a.id, true);
    a.leader = file.string(entry, "leader", a.id, false);
    a.leader_aliases = file.strings(entry, "leader_aliases", a.id);
    a.aliases = file.strings(entry, "aliases", a.id);
    a.start = *file.date(entry, "start", a.id, true);
    a.end = file.date(entry, "end", a.id, false);
    if (a.end && *a.end < a.start) file.fail_at(a.id, "'end' is before 'start'");
    if (pack.administration(a.id)) file.fail_at(a.id, "duplicate administration id '" + a.id + "'");
    pack.administrations.push_back(std::move(a));
  }
  std::stable_sort(pack.administrations.begin(), pack.administrations.end(),
                   [](const AdministrationEntry& x, const AdministrationEntry& y) { return x.start < y.start; });
}

void load_organisations(const fs::path& path, Pack& pack) {
  PackFile file(path);
  for (const auto& entry : file.objects("organisations").GetArray()) {
    OrganisationEntry o;
    o.id = file.string(entry, "id", "", true);
    check_id(file, o.id);
    o.label = file.string(entry, "label", o.id, true);
    o.aliases = file.strings(entry, "aliases", o.id);
    o.type = file.string(entry, "type", o.id, false);
    o.parent = file.string(entry, "parent", o.id, false);
    o.predecessor = file.string(entry, "predecessor", o.id, false);
    o.start = file.date(entry, "start", o.id, false);
    o.end = file.date(entry, "end", o.id, false);
    if (pack.organisation(o.id)) file.fail_at(o.id, "duplicate organisation id '" + o.id + "'");
    pack.organisations.push_back(std::move(o));
  }
  for (const OrganisationEntry& o : pack.organisations) {
    if (!o.parent.empty() && !pack.organisation(o.parent)) file.fail_at(o.id, "unknown parent '" + o.parent + "'");
    if (!o.predecessor.empty() && !pack.organisation(o.predecessor))
      file.fail_at(o.id, "unknown predecessor '" + o.predecessor + "'");
  }
}

void load_programmes(const fs::path& path, Pack& pack) {
  PackFile file(path);
  for (const auto& entry : file.objects("programmes").GetArray()) {
    ProgrammeEntry p;
    p.id = file.string(entry, "id", "", true);
    check_id(file, p.id);
    p.label = file.string(entry, "label", p.id, true);
    p.aliases = file.strings(entry, "aliases", p.id);
    p.introduced_by = file.string(entry, "introduced_by", p.id, false);
    if (!p.introduced_by.empty() && !pack.administration(p.introduced_by))
      file.fail_at(p.id, "unknown administration '" + p.introduced_by + "'");
    auto year = entry.FindMember("year");
    if (year != entry.MemberEnd() && !year->value.IsNull()) {
      if (!year->value.IsInt()) file.fail_at(p.id, "'year' must be an integer");
      p.year = year->value.GetInt();
    }
    pack.programmes.push_back(std::move(p));
  }
}

void load_lexicon(const fs::path& path, Lexicon& lexicon) {
  PackFile file(path);
  for (const auto& member : file.root().GetObject()) {
    std::string key(member.name.GetString(), member.name.GetStringLength());
    if (key == "comment") continue;
    if (key == "classes") {
      if (!member.value.IsObject()) file.fail(0, "'classes' must be an object of string arrays");
      for (const auto& cls : member.value.GetObject()) {
        std::string name(cls.name.GetString(), cls.name.GetStringLength());
        for (char c : name)
          if (!((c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9')))
            file.fail_at(name, "class name '" + name + "' must be upper case (A-Z, 0-9, _)");
        if (!cls.value.IsArray()) file.fail_at(name, "class '" + name + "' must be an array of strings");
        auto& words = lexicon.classes[name];
        for (const auto& word : cls.value.GetArray()) {
          if (!word.IsString()) file.fail_at(name, "class '" + name + "' must be an array of strings");
          words.push_back(lower_ascii(std::string(word.GetString(), word.GetStringLength())));
        }
      }
    } else if (key == "months") {
      if (!member.value.IsObject()) file.fail(0, "'months' must map names to numbers");
      for (const auto& month : member.value.GetObject()) {
        if (!month.value.IsInt() || month.value.GetInt() < 1 || month.value.GetInt() > 12)
          file.fail_at(month.name.GetString(), "month numbers run from 1 to 12");
        lexicon.months[lower_ascii(month.name.GetString())] = month.value.GetInt();
      }
    } else if (member.value.IsObject()) {
      auto& table = lexicon.maps[key];
      for (const auto& pair : member.value.GetObject()) {
        if (!pair.value.IsString()) file.fail_at(key, "'" + key + "' must map strings to strings");
        table[std::string(pair.name.GetString(), pair.name.GetStringLength())] = std::string(pair.value.GetString(), pair.value.GetStringLength());
      }
    } else {
      if (!member.value.IsArray()) file.fail_at(key, "'" + key + "' must be an array of strings, or an object of strings");
      auto& list = lexicon.lists[key];
      for (const auto& word : member.value.GetArray()) {
        if (!word.IsString()) file.fail_at(key, "'" + key + "' must be an array of strings");
        list.insert(lower_ascii(std::string(word.GetString(), word.GetStringLength())));
      }
    }
  }
}

// Verb classes name base forms ("launch", "roll out"); their inflections come from morphology. An
// entry whose first word is no base form of a verb ("responsible for", "was born") stays as written.
// Forms ending in a suffix of "class_skipped_suffixes" are not added: a gerund
// ("building") heads a noun phrase as often as a clause, so a class lists the gerunds it means.
void inflect_classes(Pack& pack) {
  const Morphology& morphology = *pack.morphology;
  for (auto& [name, words] : pack.lexicon.classes) {
    if (!pack.lexicon.has("inflected_classes", lower_ascii(name))) continue;
    std::vector<std::string> forms;
    for (const std::string& entry : words) {
      std::string first = entry.substr(0, entry.find(' '));
      if (!morphology.words().has(first, verb)) continue;
      for (std::string& form : morphology.verb_forms(entry, &morphology.class_skipped_suffixes())) forms.push_back(std::move(form));
    }
    for (std::string& form : forms)
      if (std::find(words.begin(), words.end(), form) == words.end()) words.push_back(std::move(form));
  }
}

void load_one(const fs::path& folder, Pack& pack, std::vector<std::string>& loading) {
  fs::path manifest = folder / "pack.json";
  if (!fs::exists(manifest)) throw InputError(manifest.string() + ": line 1: no pack here (pack.json is missing)");
  PackFile file(manifest);
  std::string name = file.string(file.root(), "name", "", true);
  if (std::find(pack.names.begin(), pack.names.end(), name) != pack.names.end()) return;
  if (std::find(loading.begin(), loading.end(), name) != loading.end())
    file.fail_at(name, "pack '" + name + "' extends itself through " + loading.front());
  loading.push_back(name);
  for (const std::string& base : file.strings(file.root(), "extends", name)) load_one(folder.parent_path() / base, pack, loading);
  loading.pop_back();

  if (fs::exists(folder / "lexicon.json")) load_lexicon(folder / "lexicon.json", pack.lexicon);
  std::string words = file.string(file.root(), "lexicon", name, false);
  if (words == "wordnet") {
    pack.wordnet_folder = WordNet::default_folder();
  } else if (!words.empty()) {
    file.fail_at(words, "'lexicon' names the lexicon of open-class words: \"wordnet\" is the one there is");
  }
  if (fs::exists(folder / "administrations.json")) load_administrations(folder / "administrations.json", pack);
  if (fs::exists(folder / "organisations.json")) load_organisations(folder / "organisations.json", pack);
  if (fs::exists(folder / "programmes.json")) load_programmes(folder / "programmes.json", pack);
  if (fs::exists(folder / "rules.pgr"))
    parse_rules(read_file(folder / "rules.pgr"), (folder / "rules.pgr").string(), pack.rules, pack.defines);
  // Digested in load_pack: each file's name and digest, base packs first.
  for (const char* part : {"pack.json", "lexicon.json", "administrations.json", "organisations.json", "programmes.json", "rules.pgr"})
    if (fs::exists(folder / part)) pack.sha256 += name + "/" + part + " " + sha256_hex(read_file(folder / part)) + "\n";
  pack.names.push_back(name);
  pack.name = name;
}

std::string trim(const std::string& text) {
  std::size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return "";
  std::size_t end = text.find_last_not_of(" \t\r");
  return text.substr(begin, end - begin + 1);
}

EmitSpec parse_emit(const std::string& text, const std::string& file, int line) {
  auto fail = [&](const std::string& message) -> EmitSpec {
    throw InputError(file + ": line " + std::to_string(line) + ": " + message);
  };
  EmitSpec emit;
  emit.line = line;
  std::size_t open = text.find('('), close = text.find(')');
  if (open == std::string::npos || close == std::string::npos || close < open)
    return fail("emit needs RELATION(SUBJECT, OBJECT): '" + text + "'");
  std::string relation = trim(text.substr(0, open));
  if (relation == "form") {
    emit.form = true;
  } else {
    auto parsed = parse_relation(relation);
    if (!parsed) return fail("unknown relation '" + relation + "'");
    emit.relation = *parsed;
  }
  std::string arguments = text.substr(open + 1, close - open - 1);
  std::size_t comma = arguments.find(',');
  if (comma == std::string::npos) return fail("emit needs two arguments: '" + text + "'");
  emit.subject = trim(arguments.substr(0, comma));
  emit.object = trim(arguments.substr(comma + 1));
  if (emit.subject.empty() || emit.object.empty()) return fail("emit needs two arguments: '" + text + "'");
  std::istringstream rest(text.substr(close + 1));
  std::string pair;
  while (rest >> pair) {
    std::size_t equals = pair.find('=');
    if (equals == std::string::npos || equals == 0) return fail("attribute must be key=slot or key=\"text\": '" + pair + "'");
    std::string value = pair.substr(equals + 1);
    // A quoted literal may contain spaces: read on to the closing quote.
    if (!value.empty() && value.front() == '"') {
      while (value.size() < 2 || value.back() != '"') {
        std::string more;
        if (!(rest >> more)) return fail("unterminated \" in '" + pair + "'");
        value += " " + more;
      }
    }
    emit.attributes[pair.substr(0, equals)] = value;
  }
  return emit;
}

}  // namespace

const std::set<std::string>& Lexicon::list(const std::string& name) const {
  static const std::set<std::string> empty;
  auto found = lists.find(name);
  return found == lists.end() ? empty : found->second;
}

bool Lexicon::has(const std::string& name, const std::string& word) const {
  if (index_.empty()) return list(name).count(word) > 0;
  auto found = index_.find(name);
  return found != index_.end() && found->second.count(word) > 0;
}

void Lexicon::build_index() {
  index_.clear();
  for (const auto& [name, words] : lists) index_[name] = std::unordered_set<std::string>(words.begin(), words.end());
}

const AdministrationEntry* Pack::administration(const std::string& id) const {
  for (const AdministrationEntry& a : administrations)
    if (a.id == id) return &a;
  return nullptr;
}

const OrganisationEntry* Pack::organisation(const std::string& id) const {
  for (const OrganisationEntry& o : organisations)
    if (o.id == id) return &o;
  return nullptr;
}

void parse_rules(const std::string& text, const std::string& file, std::vector<RuleSource>& rules,
                 std::map<std::string, std::string>& defines) {
  std::istringstream in(text);
  std::string raw;
  int line = 0;
  RuleSource* current = nullptr;
  std::string* continuing = nullptr;  // the pattern a continuation line extends
  auto fail = [&](const std::string& message) { throw InputError(file + ": line " + std::to_string(line) + ": " + message); };
  while (std::getline(in, raw)) {
    ++line;
    std::size_t hash = raw.find('#');
    // '#' starts a comment unless it is inside a quoted word such as '#'.
    if (hash != std::string::npos && (hash == 0 || raw[hash - 1] != '\'')) raw.resize(hash);
    std::string text_line = trim(raw);
    if (text_line.empty()) {
      continuing = nullptr;
      continue;
    }
    std::istringstream words(text_line);
    std::string keyword;
    words >> keyword;
    std::string rest = trim(text_line.substr(keyword.size()));
    bool indented = raw[0] == ' ' || raw[0] == '\t';
    if (keyword == "define") {
      std::size_t equals = rest.find('=');
      if (equals == std::string::npos) fail("define needs NAME = pattern");
      std::string name = trim(rest.substr(0, equals));
      if (name.empty()) fail("define needs NAME = pattern");
      defines[name] = trim(rest.substr(equals + 1));
      continuing = &defines[name];
      current = nullptr;
    } else if (keyword == "rule") {
      std::istringstream header(rest);
      RuleSource rule;
      rule.file = file;
      rule.line = line;
      if (!(header >> rule.id)) fail("rule needs an id");
      for (const RuleSource& existing : rules)
        if (existing.id == rule.id) fail("duplicate rule id '" + rule.id + "' (first at line " + std::to_string(existing.line) + ")");
      std::string option;
      while (header >> option) {
        if (option.rfind("sets=", 0) == 0) {
          rule.sets = option.substr(5);
          continue;
        }
        if (option.rfind("needs=", 0) == 0) {
          rule.needs = option.substr(6);
          continue;
        }
        if (option == "negation=ok") {
          rule.negation = true;
          continue;
        }
        if (option == "modal=ok") {
          rule.modal = true;
          continue;
        }
        if (option.rfind("confidence=", 0) != 0) fail("unknown rule option '" + option + "'");
        try {
          rule.confidence = std::stod(option.substr(11));
        } catch (const std::exception&) {
          fail("confidence must be a number: '" + option + "'");
        }
        if (rule.confidence <= 0 || rule.confidence > 1) fail("confidence must be in (0, 1]");
      }
      rules.push_back(std::move(rule));
      current = &rules.back();
      continuing = nullptr;
    } else if (keyword == "match") {
      if (!current) fail("'match' outside a rule");
      if (!current->pattern.empty()) fail("a rule has one 'match' (continue it on indented lines)");
      current->pattern = rest;
      continuing = &current->pattern;
    } else if (keyword == "emit") {
      if (!current) fail("'emit' outside a rule");
      current->emits.push_back(parse_emit(rest, file, line));
      continuing = nullptr;
    } else if (indented && continuing) {
      *continuing += " " + text_line;
    } else {
      fail("expected 'rule', 'match', 'emit' or 'define', found '" + keyword + "'");
    }
  }
  for (const RuleSource& rule : rules)
    if (rule.file == file && (rule.pattern.empty() || rule.emits.empty()))
      throw InputError(file + ": line " + std::to_string(rule.line) + ": rule '" + rule.id + "' needs a 'match' and an 'emit'");
}

Pack load_pack(const fs::path& folder) {
  Pack pack;
  std::vector<std::string> loading;
  // "packs/uk/" names the same folder as "packs/uk": its siblings are what "extends" means.
  fs::path clean = folder.lexically_normal();
  if (clean.has_filename() == false && clean.has_parent_path()) clean = clean.parent_path();
  load_one(clean, pack, loading);
  pack.sha256 = sha256_hex(pack.sha256);
  pack.lexicon.build_index();
  if (!pack.wordnet_folder.empty()) {
    pack.morphology = std::make_shared<Morphology>(WordNet::shared(pack.wordnet_folder), pack.lexicon);
    inflect_classes(pack);
  }
  return pack;
}

fs::path default_pack_dir() {
  if (const char* env = std::getenv("POLICYGRAPH_PACK"); env && *env) return env;
  // An installed binary finds its packs beside it (PREFIX/bin → PREFIX/share/policygraph), wherever
  // the tree was installed; a binary in the build tree uses the source tree's packs.
  std::error_code error;
  fs::path self = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    fs::path installed = self.parent_path().parent_path() / "share" / "policygraph" / "packs" / "korea";
    if (fs::exists(installed / "pack.json", error)) return installed;
  }
  fs::path source = fs::path(POLICYGRAPH_SOURCE_DATA_DIR) / "packs" / "korea";
  if (fs::exists(source / "pack.json", error)) return source;
  return fs::path(POLICYGRAPH_DATA_DIR) / "packs" / "korea";
}

}  // namespace policygraph::ingest
