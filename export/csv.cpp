// The "csv" export: nodes.csv and relationships.csv with Neo4j's bulk-import headers (id:ID, :LABEL,
// :START_ID, :END_ID, :TYPE, name:type), which pandas and spreadsheets read as they are.
#include <stdlib.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <ostream>
#include <set>
#include <system_error>

#include "export/exporter.hpp"
#include "export/text_escape.hpp"
#include "graph/error.hpp"

namespace policygraph::exporting {
namespace {

const std::initializer_list<std::string_view> node_fields = {
    "id", "label", "kind", "aliases", "first_year", "last_year", "confidence", "documents", "evidence_text", "evidence"};
const std::initializer_list<std::string_view> edge_fields = {
    "relation", "year", "confidence", "documents", "evidence_text", "evidence"};

// Neo4j reads "name:type" headers, so a ':' in an attribute name would be taken for a type.
std::string column_name(const std::string& key, std::initializer_list<std::string_view> reserved) {
  std::string name = attribute_name(key, reserved);
  for (char& c : name)
    if (c == ':') c = '_';
  return name;
}

// Neo4j splits array columns at ';' and has no escape for it: an element's own ';' becomes the
// full-width '；' (U+FF1B) so that the element count survives.
std::string array_field(const std::vector<std::string>& items) {
  std::string joined;
  for (const std::string& item : items) {
    if (!joined.empty()) joined += ';';
    for (char c : item) {
      if (c == ';') joined += "\xEF\xBC\x9B";
      else joined += c;
    }
  }
  return csv_field(joined);
}

std::string sentences(const std::vector<Evidence>& evidence) {
  std::string out;
  for (const Evidence& e : evidence) {
    if (e.text.empty()) continue;
    if (!out.empty()) out += '\n';
    out += e.text;
  }
  return out;
}

// The evidence columns shared by both files: confidence:float, documents:string[], evidence_text, evidence.
void evidence_fields(std::ostream& out, const std::vector<Evidence>& evidence) {
  auto confidence = best_confidence(evidence);
  out << ',' << (confidence ? number_text(*confidence) : "") << ',' << array_field(cited_documents(evidence)) << ','
      << csv_field(sentences(evidence)) << ',' << (evidence.empty() ? "" : csv_field(evidence_json(evidence)));
}

std::string neo4j_label(NodeKind kind) {
  std::string name(to_string(kind));
  name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

std::string neo4j_type(Relation relation) {
  std::string name(to_string(relation));
  for (char& c : name) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return name;
}

}  // namespace

void write_csv_nodes(const PolicyGraph& graph, std::ostream& out, const ExportOptions&) {
  std::set<std::string> keys;
  for (const Node* node : graph.nodes())
    for (const auto& [key, value] : node->attributes) keys.insert(key);
  out << "id:ID,:LABEL,label,kind,aliases:string[],first_year:int,last_year:int";
  for (const std::string& key : keys) out << ',' << csv_field(column_name(key, node_fields));
  out << ",confidence:float,documents:string[],evidence_text,evidence\n";
  for (const Node* node : graph.nodes()) {
    out << csv_field(node->id) << ',' << neo4j_label(node->kind) << ',' << csv_field(node->label) << ','
        << to_string(node->kind) << ',' << array_field(node->aliases) << ',';
    auto years = covered_years(graph, *node);
    if (years) out << years->first;
    out << ',';
    if (years && years->last) out << *years->last;
    for (const std::string& key : keys) {
      auto found = node->attributes.find(key);
      out << ',' << (found == node->attributes.end() ? "" : csv_field(found->second));
    }
    evidence_fields(out, node->evidence);
    out << '\n';
  }
}

void write_csv_relationships(const PolicyGraph& graph, std::ostream& out, const ExportOptions&) {
  std::set<std::string> keys;
  for (const Edge* edge : graph.edges())
    for (const auto& [key, value] : edge->attributes) keys.insert(key);
  out << ":START_ID,:END_ID,:TYPE,relation,year:int";
  for (const std::string& key : keys) out << ',' << csv_field(column_name(key, edge_fields));
  out << ",confidence:float,documents:string[],evidence_text,evidence\n";
  for (const Edge* edge : graph.edges()) {
    out << csv_field(edge->source) << ',' << csv_field(edge->target) << ',' << neo4j_type(edge->relation) << ','
        << to_string(edge->relation) << ',';
    if (edge->year) out << *edge->year;
    for (const std::string& key : keys) {
      auto found = edge->attributes.find(key);
      out << ',' << (found == edge->attributes.end() ? "" : csv_field(found->second));
    }
    evidence_fields(out, edge->evidence);
    out << '\n';
  }
}

void write_csv_folder(const PolicyGraph& graph, const std::filesystem::path& requested, const ExportOptions& options) {
  namespace fs = std::filesystem;
  fs::path folder = requested.lexically_normal();
  if (folder.filename().empty()) folder = folder.parent_path();  // "out/" names "out"
  if (folder.empty() || folder == "." || folder == "..") throw OutputError(requested.string() + ": give a folder name");
  fs::path parent = folder.parent_path().empty() ? fs::path(".") : folder.parent_path();
  std::error_code error;
  const std::set<std::string> ours = {"nodes.csv", "relationships.csv"};
  if (fs::exists(folder, error)) {
    if (!fs::is_directory(folder, error)) throw OutputError(folder.string() + ": exists and is not a folder");
    // Replacing a folder is safe only when it holds nothing but an earlier export.
    for (const auto& entry : fs::directory_iterator(folder, error))
      if (!ours.count(entry.path().filename().string()))
        throw OutputError(folder.string() + ": holds other files (" + entry.path().filename().string() +
                          "); not replacing it");
  }

  auto temporary = [&](const char* tag) {
    std::string pattern = (parent / ("." + folder.filename().string() + tag + "XXXXXX")).string();
    if (!::mkdtemp(pattern.data())) throw OutputError(parent.string() + ": cannot create a folder: " + std::strerror(errno));
    return fs::path(pattern);
  };
  fs::path partial = temporary(".partial-");
  try {
    auto write = [&](const char* name, auto writer) {
      std::ofstream file(partial / name, std::ios::binary);
      writer(graph, file, options);
      file.close();
      if (!file) throw OutputError((folder / name).string() + ": cannot write");
    };
    write("nodes.csv", write_csv_nodes);
    write("relationships.csv", write_csv_relationships);
    if (fs::exists(folder, error)) {
      fs::path previous = temporary(".previous-");
      fs::rename(folder, previous);
      try {
        fs::rename(partial, folder);
      } catch (...) {
        fs::rename(previous, folder);
        throw;
      }
      fs::remove_all(previous, error);
    } else {
      fs::rename(partial, folder);
    }
  } catch (const fs::filesystem_error& e) {
    fs::remove_all(partial, error);
    throw OutputError(folder.string() + ": cannot write: " + e.code().message());
  } catch (...) {
    fs::remove_all(partial, error);
    throw;
  }
}

}  // namespace policygraph::exporting
