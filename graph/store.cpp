// Snapshot save and load with RapidJSON: canonical writing, iterative validating parsing with a
// depth cap (deep values would make RapidJSON recurse on destruction) and a check for escaped lone
// surrogates, and a checker that can either stop at the first problem (load) or collect them all
// (validate).
#include "graph/store.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>

#include <set>
#include <sstream>

#include "graph/error.hpp"
#include "graph/evidence_json.hpp"
#include "graph/json_depth.hpp"
#include "graph/json_escapes.hpp"

namespace policygraph {
namespace {

// RapidJSON 1.1's PrettyWriter drops its write flags (kWriteValidateEncodingFlag does not compile),
// so strings are validated here before they are written.
using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void write_string(Writer& w, std::string_view text) {
  std::size_t bad = 0;
  if (!is_valid_utf8(text, &bad))
    throw OutputError("cannot write text with invalid UTF-8 at byte " + std::to_string(bad) + " of a string");
  w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void write_key(Writer& w, const char* key) { w.Key(key); }

void write_attributes(Writer& w, const Attributes& attributes) {
  w.StartObject();
  for (const auto& [key, value] : attributes) {
    write_string(w, key);
    write_string(w, value);
  }
  w.EndObject();
}

void write_evidence(Writer& w, const std::vector<Evidence>& evidence) {
  write_evidence_array(w, evidence, [&](std::string_view text) { write_string(w, text); });
}

// Walks a parsed snapshot, reporting problems; in strict mode the first one throws.
class Checker {
 public:
  Checker(std::string_view name, bool strict) : name_(name), strict_(strict) {}

  std::vector<SnapshotProblem> problems;
  PolicyGraph graph;

  void problem(std::string where, std::string message) {
    if (strict_) throw InputError(name_ + ": " + where + ": " + message);
    problems.push_back({std::move(where), std::move(message)});
  }

  void parse(std::string_view text) {
    rapidjson::Document document;
    rapidjson::Reader reader;
    rapidjson::MemoryStream stream(text.data(), text.size());
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> input(stream);
    bool too_deep = false;
    auto generator = [&](rapidjson::Document& builder) {
      DepthLimit<rapidjson::Document> limit(builder, snapshot_max_depth);
      constexpr unsigned flags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;
      bool ok = !reader.Parse<flags>(input, limit).IsError();
      too_deep = limit.exceeded();
      return ok;
    };
    document.Populate(generator);
    if (reader.HasParseError()) {
      std::string where = "byte " + std::to_string(reader.GetErrorOffset());
      if (too_deep)
        problem(where, "nesting deeper than " + std::to_string(snapshot_max_depth) + " levels");
      else
        problem(where, rapidjson::GetParseError_En(reader.GetParseErrorCode()));
      return;
    }
    // RapidJSON validates the bytes of the text but not what escapes decode to: "\udc4d" would
    // become bytes that are no UTF-8 and could not be written back.
    if (auto lone = find_lone_surrogate_escape(text))
      return problem("byte " + std::to_string(*lone),
                     "'" + std::string(text.substr(*lone, 6)) + "' is a lone UTF-16 surrogate, not a character");
    check_root(document);
  }

 private:
  using Value = rapidjson::Value;

  const Value* member(const Value& object, const char* key, const std::string& where, bool required = true) {
    auto found = object.FindMember(key);
    if (found == object.MemberEnd()) {
      if (required) problem(where, std::string("missing '") + key + "'");
      return nullptr;
    }
    return &found->value;
  }

  std::optional<std::string> string_member(const Value& object, const char* key, const std::string& where,
                                           bool required = true) {
    const Value* value = member(object, key, where, required);
    if (!value) return std::nullopt;
    if (!value->IsString()) {
      problem(where, std::string("'") + key + "' must be a string");
      return std::nullopt;
    }
    return std::string(value->GetString(), value->GetStringLength());
  }

  const Value* array_member(const Value& object, const char* key, const std::string& where) {
    const Value* value = member(object, key, where);
    if (value && !value->IsArray()) {
      problem(where, std::string("'") + key + "' must be an array");
      return nullptr;
    }
    return value;
  }

  void check_root(const Value& root) {
    if (!root.IsObject()) return problem("byte 0", "a snapshot is a JSON object");
    auto format = string_member(root, "format", "root");
    if (format && *format != "policygraph") return problem("root", "format is '" + *format + "', not 'policygraph'");
    const Value* version = member(root, "version", "root");
    if (!version) return;
    if (!version->IsInt()) return problem("root", "'version' must be an integer");
    if (version->GetInt() > snapshot_version)
      return problem("root", "version " + std::to_string(version->GetInt()) + " is newer than this build reads (" +
                                 std::to_string(snapshot_version) + ")");
    if (version->GetInt() < 1) return problem("root", "version " + std::to_string(version->GetInt()) + " is not valid");
    if (const Value* pack = member(root, "pack", "root", false)) {
      if (!pack->IsObject()) return problem("root", "'pack' must be an object");
      PackStamp stamp;
      stamp.name = string_member(*pack, "name", "pack").value_or("");
      stamp.sha256 = string_member(*pack, "sha256", "pack").value_or("");
      graph.set_pack(std::move(stamp));
    }
    if (const Value* documents = array_member(root, "documents", "root"))
      for (rapidjson::SizeType i = 0; i < documents->Size(); ++i) check_document((*documents)[i], i);
    if (const Value* nodes = array_member(root, "nodes", "root"))
      for (rapidjson::SizeType i = 0; i < nodes->Size(); ++i) check_node((*nodes)[i], i);
    if (const Value* edges = array_member(root, "edges", "root"))
      for (rapidjson::SizeType i = 0; i < edges->Size(); ++i) check_edge((*edges)[i], i);
  }

  void check_document(const Value& value, rapidjson::SizeType index) {
    std::string where = "documents[" + std::to_string(index) + "]";
    if (!value.IsObject()) return problem(where, "a document is an object");
    Document document;
    auto id = string_member(value, "id", where);
    if (!id) return;
    where += " (id '" + *id + "')";
    document.id = *id;
    document.path = string_member(value, "path", where, false).value_or("");
    document.title = string_member(value, "title", where, false).value_or("");
    document.date = string_member(value, "date", where, false).value_or("");
    document.sha256 = string_member(value, "sha256", where, false).value_or("");
    if (!document.date.empty() && !Date::parse(document.date)) problem(where, "date '" + document.date + "' is not a date");
    if (const Value* revision = member(value, "revision", where, false)) {
      if (!revision->IsInt() || revision->GetInt() < 1) return problem(where, "'revision' must be a whole number from 1");
      document.revision = revision->GetInt();
    }
    if (graph.document(document.id)) return problem(where, "duplicate document id");
    graph.add_document(std::move(document));
  }

  void check_names(const Value& object, const std::string& where, std::vector<std::string>& out) {
    const Value* aliases = member(object, "aliases", where, false);
    if (!aliases) return;
    if (!aliases->IsArray()) return problem(where, "'aliases' must be an array of strings");
    for (const Value& alias : aliases->GetArray()) {
      if (!alias.IsString()) return problem(where, "'aliases' must be an array of strings");
      out.emplace_back(alias.GetString(), alias.GetStringLength());
    }
  }

  void check_attributes(const Value& object, const std::string& where, Attributes& out) {
    const Value* attributes = member(object, "attributes", where, false);
    if (!attributes) return;
    if (!attributes->IsObject()) return problem(where, "'attributes' must be an object of strings");
    for (const auto& entry : attributes->GetObject()) {
      if (!entry.value.IsString()) return problem(where, "attribute '" + std::string(entry.name.GetString()) + "' must be a string");
      out.emplace(std::string(entry.name.GetString(), entry.name.GetStringLength()),
                  std::string(entry.value.GetString(), entry.value.GetStringLength()));
    }
  }

  void check_evidence(const Value& object, const std::string& where, std::vector<Evidence>& out) {
    const Value* list = member(object, "evidence", where, false);
    if (!list) return;
    if (!list->IsArray()) return problem(where, "'evidence' must be an array");
    for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
      const Value& value = (*list)[i];
      std::string at = where + ".evidence[" + std::to_string(i) + "]";
      if (!value.IsObject()) return problem(at, "evidence is an object");
      Evidence e;
      auto document = string_member(value, "document", at);
      if (!document) return;
      e.document = *document;
      // Packs and corrections files are cited by name: "pack:NAME", "curation:FILE" (docs/curation.md).
      if (e.document.rfind("pack:", 0) != 0 && e.document.rfind("curation:", 0) != 0 && !graph.document(e.document))
        problem(at, "cites unknown document '" + e.document + "'");
      if (const Value* sentence = member(value, "sentence", at, false)) {
        if (!sentence->IsInt()) return problem(at, "'sentence' must be an integer");
        e.sentence = sentence->GetInt();
      }
      for (auto [key, field] : {std::pair{"begin", &e.begin}, std::pair{"end", &e.end}}) {
        const Value* offset = member(value, key, at, false);
        if (!offset) continue;
        if (!offset->IsUint64()) return problem(at, std::string("'") + key + "' must be a byte offset");
        *field = offset->GetUint64();
      }
      if (e.end < e.begin) problem(at, "'end' is before 'begin'");
      e.text = string_member(value, "text", at, false).value_or("");
      e.rule = string_member(value, "rule", at, false).value_or("");
      e.note = string_member(value, "note", at, false).value_or("");
      if (const Value* confidence = member(value, "confidence", at, false)) {
        if (!confidence->IsNumber() || confidence->GetDouble() < 0 || confidence->GetDouble() > 1)
          return problem(at, "'confidence' must be a number from 0 to 1");
        e.confidence = confidence->GetDouble();
      }
      out.push_back(std::move(e));
    }
  }

  void check_node(const Value& value, rapidjson::SizeType index) {
    std::string where = "nodes[" + std::to_string(index) + "]";
    if (!value.IsObject()) return problem(where, "a node is an object");
    Node node;
    auto id = string_member(value, "id", where);
    if (!id) return;
    where += " (id '" + *id + "')";
    node.id = *id;
    auto kind_name = string_member(value, "kind", where);
    if (!kind_name) return;
    auto kind = parse_node_kind(*kind_name);
    if (!kind) return problem(where, "unknown kind '" + *kind_name + "'");
    node.kind = *kind;
    if (kind_of_id(node.id) != node.kind) return problem(where, "id does not start with '" + *kind_name + "/'");
    node.label = string_member(value, "label", where).value_or("");
    check_names(value, where, node.aliases);
    check_attributes(value, where, node.attributes);
    check_evidence(value, where, node.evidence);
    if (graph.node(node.id)) return problem(where, "duplicate node id");
    graph.add_node(std::move(node));
  }

  void check_edge(const Value& value, rapidjson::SizeType index) {
    std::string where = "edges[" + std::to_string(index) + "]";
    if (!value.IsObject()) return problem(where, "an edge is an object");
    Edge edge;
    auto source = string_member(value, "source", where);
    auto target = string_member(value, "target", where);
    auto relation_name = string_member(value, "relation", where);
    if (!source || !target || !relation_name) return;
    where += " (" + *source + " " + *relation_name + " " + *target + ")";
    auto relation = parse_relation(*relation_name);
    if (!relation) return problem(where, "unknown relation '" + *relation_name + "'");
    edge.source = *source;
    edge.target = *target;
    edge.relation = *relation;
    if (const Value* year = member(value, "year", where, false)) {
      if (!year->IsInt()) return problem(where, "'year' must be an integer");
      edge.year = year->GetInt();
    }
    check_attributes(value, where, edge.attributes);
    check_evidence(value, where, edge.evidence);
    for (const std::string* end : {&*source, &*target})
      if (!graph.node(*end)) return problem(where, "no node '" + *end + "' (dangling edge)");
    if (graph.edge(edge.source, edge.relation, edge.target)) return problem(where, "duplicate edge");
    graph.add_edge(std::move(edge));
  }

  std::string name_;
  bool strict_;
};

}  // namespace

void write_snapshot(const PolicyGraph& graph, std::ostream& out) { out << snapshot_text(graph); }

std::string snapshot_text(const PolicyGraph& graph) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  write_key(w, "format");
  w.String("policygraph");
  write_key(w, "version");
  w.Int(snapshot_version);
  if (!graph.pack().empty()) {
    write_key(w, "pack");
    w.StartObject();
    write_key(w, "name");
    write_string(w, graph.pack().name);
    write_key(w, "sha256");
    write_string(w, graph.pack().sha256);
    w.EndObject();
  }
  write_key(w, "documents");
  w.StartArray();
  for (const Document* d : graph.documents())
    write_document_object(w, *d, [&](std::string_view text) { write_string(w, text); });
  w.EndArray();
  write_key(w, "nodes");
  w.StartArray();
  for (const Node* n : graph.nodes()) {
    w.StartObject();
    write_key(w, "id");
    write_string(w, n->id);
    write_key(w, "kind");
    write_string(w, to_string(n->kind));
    write_key(w, "label");
    write_string(w, n->label);
    write_key(w, "aliases");
    w.StartArray();
    for (const std::string& alias : n->aliases) write_string(w, alias);
    w.EndArray();
    write_key(w, "attributes");
    write_attributes(w, n->attributes);
    write_key(w, "evidence");
    write_evidence(w, n->evidence);
    w.EndObject();
  }
  w.EndArray();
  write_key(w, "edges");
  w.StartArray();
  for (const Edge* e : graph.edges()) {
    w.StartObject();
    write_key(w, "source");
    write_string(w, e->source);
    write_key(w, "target");
    write_string(w, e->target);
    write_key(w, "relation");
    write_string(w, to_string(e->relation));
    if (e->year) {
      write_key(w, "year");
      w.Int(*e->year);
    }
    write_key(w, "attributes");
    write_attributes(w, e->attributes);
    write_key(w, "evidence");
    write_evidence(w, e->evidence);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::string text(buffer.GetString(), buffer.GetSize());
  text += '\n';
  return text;
}

void save_snapshot(const PolicyGraph& graph, const std::filesystem::path& path) {
  write_file_atomically(path, snapshot_text(graph));
}

PolicyGraph read_snapshot(std::string_view text, std::string_view name) {
  Checker checker(name, true);
  checker.parse(text);
  return std::move(checker.graph);
}

PolicyGraph load_snapshot(const std::filesystem::path& path) {
  return read_snapshot(read_file(path), path.string());
}

std::vector<SnapshotProblem> validate_snapshot(const std::filesystem::path& path) {
  Checker checker(path.string(), false);
  checker.parse(read_file(path));
  return checker.problems;
}

}  // namespace policygraph
