// The corrections file: reading it with each correction's line (a SAX pass records where each
// entry starts while RapidJSON builds the document), and writing it one correction per line.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <array>
#include <utility>

#include "graph/curation.hpp"
#include "graph/error.hpp"
#include "graph/files.hpp"
#include "graph/json_depth.hpp"
#include "graph/json_escapes.hpp"

namespace policygraph {
namespace {

constexpr std::string_view format_name = "policygraph-corrections";
constexpr int format_version = 1;
constexpr int max_depth = 8;  // the format needs 4: root, list, entry, documents

constexpr std::array<std::pair<CorrectionOp, std::string_view>, 8> op_names{{
    {CorrectionOp::assert_fact, "assert"},
    {CorrectionOp::retract, "retract"},
    {CorrectionOp::merge, "merge"},
    {CorrectionOp::split, "split"},
    {CorrectionOp::rename, "rename"},
    {CorrectionOp::set, "set"},
    {CorrectionOp::retype, "retype"},
    {CorrectionOp::remove, "remove"},
}};

std::size_t line_of(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// Reads the fields of one entry, each checked for its type; the messages name the line.
class EntryReader {
 public:
  EntryReader(const rapidjson::Value& entry, std::string where) : entry_(entry), where_(std::move(where)) {}

  [[noreturn]] void fail(const std::string& message) const { throw InputError(where_ + ": " + message); }

  std::string text(const char* key, bool required) {
    used_.push_back(key);
    auto found = entry_.FindMember(key);
    if (found == entry_.MemberEnd()) {
      if (required) fail(std::string("missing '") + key + "'");
      return {};
    }
    if (!found->value.IsString()) fail(std::string("'") + key + "' must be a string");
    std::string value(found->value.GetString(), found->value.GetStringLength());
    if (required && value.empty()) fail(std::string("'") + key + "' is empty");
    return value;
  }

  std::optional<int> number(const char* key) {
    used_.push_back(key);
    auto found = entry_.FindMember(key);
    if (found == entry_.MemberEnd()) return std::nullopt;
    if (!found->value.IsInt()) fail(std::string("'") + key + "' must be a whole number");
    return found->value.GetInt();
  }

  std::vector<std::string> texts(const char* key, bool required) {
    used_.push_back(key);
    std::vector<std::string> out;
    auto found = entry_.FindMember(key);
    if (found == entry_.MemberEnd()) {
      if (required) fail(std::string("missing '") + key + "'");
      return out;
    }
    if (!found->value.IsArray()) fail(std::string("'") + key + "' must be a list of strings");
    for (const auto& item : found->value.GetArray()) {
      if (!item.IsString()) fail(std::string("'") + key + "' must be a list of strings");
      out.emplace_back(item.GetString(), item.GetStringLength());
    }
    if (required && out.empty()) fail(std::string("'") + key + "' is empty");
    return out;
  }

  // A field the operation does not read is most likely a typo ("targte"): say so.
  void refuse_unknown_fields() const {
    for (const auto& member : entry_.GetObject()) {
      std::string_view key(member.name.GetString(), member.name.GetStringLength());
      if (std::find(used_.begin(), used_.end(), key) == used_.end())
        fail("'" + std::string(key) + "' is not a field of this operation");
    }
  }

 private:
  const rapidjson::Value& entry_;
  std::string where_;
  std::vector<std::string_view> used_;
};

Correction read_entry(const rapidjson::Value& entry, const std::string& where) {
  if (!entry.IsObject()) throw InputError(where + ": a correction is an object");
  EntryReader reader(entry, where);
  Correction c;
  std::string op = reader.text("op", true);
  auto parsed = parse_correction_op(op);
  if (!parsed)
    reader.fail("unknown operation '" + op + "' (assert, retract, merge, split, rename, set, retype, remove)");
  c.op = *parsed;
  c.note = reader.text("note", false);
  switch (c.op) {
    case CorrectionOp::assert_fact:
      c.source = reader.text("source", true);
      c.relation = reader.text("relation", true);
      c.target = reader.text("target", true);
      c.year = reader.number("year");
      c.mode = reader.text("mode", false);
      c.source_kind = reader.text("source_kind", false);
      c.target_kind = reader.text("target_kind", false);
      if (!parse_relation(c.relation)) reader.fail("unknown relation '" + c.relation + "'");
      for (const std::string* kind : {&c.source_kind, &c.target_kind})
        if (!kind->empty() && !parse_node_kind(*kind)) reader.fail("unknown kind '" + *kind + "'");
      break;
    case CorrectionOp::retract:
      c.pattern = reader.text("pattern", true);
      break;
    case CorrectionOp::merge:
      c.node = reader.text("node", true);
      c.other = reader.text("other", true);
      break;
    case CorrectionOp::split:
      c.node = reader.text("node", true);
      c.label = reader.text("label", true);
      c.documents = reader.texts("documents", true);
      break;
    case CorrectionOp::rename:
      c.node = reader.text("node", true);
      c.label = reader.text("label", true);
      break;
    case CorrectionOp::set:
      c.node = reader.text("node", false);
      c.pattern = reader.text("pattern", false);
      c.attribute = reader.text("attribute", true);
      c.value = reader.text("value", false);
      if (c.node.empty() == c.pattern.empty()) reader.fail("'set' needs either 'node' or 'pattern'");
      break;
    case CorrectionOp::retype:
      c.node = reader.text("node", true);
      c.kind = reader.text("kind", true);
      if (!parse_node_kind(c.kind)) reader.fail("unknown kind '" + c.kind + "'");
      break;
    case CorrectionOp::remove:
      c.node = reader.text("node", true);
      break;
  }
  reader.refuse_unknown_fields();
  return c;
}

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void write_text(Writer& w, const char* key, const std::string& value, bool always = false) {
  if (value.empty() && !always) return;
  w.Key(key);
  std::size_t bad = 0;
  if (!is_valid_utf8(value, &bad))
    throw OutputError(std::string("cannot write '") + key + "' with invalid UTF-8 at byte " + std::to_string(bad));
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

}  // namespace

std::string_view to_string(CorrectionOp op) {
  for (const auto& [value, name] : op_names)
    if (value == op) return name;
  return "assert";
}

std::optional<CorrectionOp> parse_correction_op(std::string_view name) {
  for (const auto& [value, known] : op_names)
    if (known == name) return value;
  return std::nullopt;
}

std::string_view to_string(CorrectionOutcome::Status status) {
  switch (status) {
    case CorrectionOutcome::Status::applied: return "applied";
    case CorrectionOutcome::Status::unchanged: return "unchanged";
    case CorrectionOutcome::Status::stale: return "no longer applies";
  }
  return "applied";
}

Corrections read_corrections(std::string_view text, std::string_view name) {
  Corrections out;
  out.name = std::string(name);
  std::string prefix = std::string(name) + ": ";
  std::size_t bad = 0;
  if (!is_valid_utf8(text, &bad))
    throw InputError(prefix + "line " + std::to_string(line_of(text, bad)) + ": invalid UTF-8 at byte " + std::to_string(bad));
  rapidjson::Document document;
  rapidjson::Reader reader;
  rapidjson::MemoryStream stream(text.data(), text.size());
  rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> input(stream);
  std::vector<std::size_t> starts;
  std::vector<std::size_t> ends;
  bool too_deep = false;
  auto generator = [&](rapidjson::Document& builder) {
    DepthLimit<rapidjson::Document> limit(builder, max_depth);
    // Objects two levels down (root object, list, entry) are the entries; the reader has taken
    // the '{' and the '}' when it calls the hooks.
    limit.on_object_start = [&](int depth) {
      if (depth == 2) starts.push_back(input.Tell() - 1);
    };
    limit.on_object_end = [&](int depth) {
      if (depth == 2) ends.push_back(input.Tell());
    };
    bool ok = !reader.Parse<rapidjson::kParseIterativeFlag>(input, limit).IsError();
    too_deep = limit.exceeded();
    return ok;
  };
  document.Populate(generator);
  if (reader.HasParseError()) {
    std::size_t offset = reader.GetErrorOffset();
    throw InputError(prefix + "line " + std::to_string(line_of(text, offset)) + ": byte " + std::to_string(offset) + ": " +
                     (too_deep ? std::string("nested too deep for a corrections file")
                               : std::string(rapidjson::GetParseError_En(reader.GetParseErrorCode()))));
  }
  if (auto lone = find_lone_surrogate_escape(text))
    throw InputError(prefix + "line " + std::to_string(line_of(text, *lone)) + ": '" + std::string(text.substr(*lone, 6)) +
                     "' is a lone UTF-16 surrogate, not a character");
  if (!document.IsObject()) throw InputError(prefix + "line 1: a corrections file is a JSON object");
  auto format = document.FindMember("format");
  if (format == document.MemberEnd() || !format->value.IsString() || format->value.GetString() != format_name)
    throw InputError(prefix + "line 1: 'format' must be \"" + std::string(format_name) + "\"");
  auto version = document.FindMember("version");
  if (version == document.MemberEnd() || !version->value.IsInt() || version->value.GetInt() != format_version)
    throw InputError(prefix + "line 1: 'version' must be " + std::to_string(format_version) + " (this build reads version " +
                     std::to_string(format_version) + ")");
  auto list = document.FindMember("corrections");
  if (list == document.MemberEnd() || !list->value.IsArray()) throw InputError(prefix + "line 1: missing list 'corrections'");
  for (const auto& member : document.GetObject()) {
    std::string_view key(member.name.GetString(), member.name.GetStringLength());
    if (key != "format" && key != "version" && key != "corrections")
      throw InputError(prefix + "line 1: unknown field '" + std::string(key) + "'");
  }
  const auto& entries = list->value;
  for (rapidjson::SizeType i = 0; i < entries.Size(); ++i) {
    // Objects two levels down are the entries, in order (so all must be objects for the offsets).
    if (!entries[i].IsObject())
      throw InputError(prefix + "correction " + std::to_string(i + 1) + " of the list: a correction is an object");
    std::size_t begin = i < starts.size() ? starts[i] : 0;
    std::size_t end = i < ends.size() ? ends[i] : begin;
    std::size_t line = line_of(text, begin);
    Correction c = read_entry(entries[i], prefix + "line " + std::to_string(line));
    c.line = line;
    c.begin = begin;
    c.end = end;
    out.items.push_back(std::move(c));
  }
  return out;
}

Corrections load_corrections(const std::filesystem::path& path) {
  return read_corrections(read_file(path), path.filename().string());
}

std::string correction_json(const Correction& c) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  write_text(w, "op", std::string(to_string(c.op)), true);
  write_text(w, "source", c.source);
  write_text(w, "relation", c.relation);
  write_text(w, "target", c.target);
  if (c.year) {
    w.Key("year");
    w.Int(*c.year);
  }
  write_text(w, "mode", c.mode);
  write_text(w, "source_kind", c.source_kind);
  write_text(w, "target_kind", c.target_kind);
  write_text(w, "pattern", c.pattern);
  write_text(w, "node", c.node);
  write_text(w, "other", c.other);
  write_text(w, "label", c.label);
  if (!c.documents.empty()) {
    w.Key("documents");
    w.StartArray();
    for (const std::string& document : c.documents) w.String(document.data(), static_cast<rapidjson::SizeType>(document.size()));
    w.EndArray();
  }
  write_text(w, "attribute", c.attribute);
  if (c.op == CorrectionOp::set) write_text(w, "value", c.value, true);
  write_text(w, "kind", c.kind);
  write_text(w, "note", c.note);
  w.EndObject();
  // RapidJSON's compact writer puts no space after ':' or ','; one space each reads better.
  std::string compact = buffer.GetString();
  std::string out;
  bool in_string = false;
  for (std::size_t i = 0; i < compact.size(); ++i) {
    char ch = compact[i];
    out += ch;
    if (in_string) {
      if (ch == '\\' && i + 1 < compact.size()) out += compact[++i];
      else if (ch == '"') in_string = false;
    } else if (ch == '"') {
      in_string = true;
    } else if (ch == ':' || ch == ',') {
      out += ' ';
    }
  }
  return out;
}

std::string corrections_text(const Corrections& corrections) {
  std::string out = "{\n  \"format\": \"" + std::string(format_name) + "\",\n  \"version\": " + std::to_string(format_version) +
                    ",\n  \"corrections\": [";
  for (std::size_t i = 0; i < corrections.items.size(); ++i) {
    out += i ? ",\n    " : "\n    ";
    out += correction_json(corrections.items[i]);
  }
  out += corrections.items.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

std::string describe(const Correction& c) {
  auto quoted = [](const std::string& name) { return "\"" + name + "\""; };
  switch (c.op) {
    case CorrectionOp::assert_fact: return "assert " + quoted(c.source) + " " + c.relation + " " + quoted(c.target);
    case CorrectionOp::retract: return "retract " + c.pattern;
    case CorrectionOp::merge: return "merge " + quoted(c.node) + " " + quoted(c.other);
    case CorrectionOp::split: return "split " + quoted(c.node) + " as " + quoted(c.label);
    case CorrectionOp::rename: return "rename " + quoted(c.node) + " to " + quoted(c.label);
    case CorrectionOp::set:
      return "set " + (c.node.empty() ? c.pattern : quoted(c.node)) + " " + c.attribute + " = " + quoted(c.value);
    case CorrectionOp::retype: return "retype " + quoted(c.node) + " as " + c.kind;
    case CorrectionOp::remove: return "remove " + quoted(c.node);
  }
  return std::string(to_string(c.op));
}

}  // namespace policygraph
