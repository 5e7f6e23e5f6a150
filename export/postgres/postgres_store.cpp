// Loads a graph into PostgreSQL through libpqxx: COPY into temporary staging tables, then set-based
// statements that replace the evidence of the documents loaded and upsert the rest, all in one
// transaction that a failure rolls back.
#include "export/postgres/postgres_store.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <charconv>
#include <pqxx/pqxx>
#include <set>
#include <tuple>

#include "graph/error.hpp"

namespace policygraph::exporting {
namespace {

// libpq and the server report on several lines (a hint after a tab); errors here are one line.
std::string one_line(std::string_view message) {
  std::string out;
  for (char c : message) {
    bool space = c == '\n' || c == '\r' || c == '\t' || c == ' ';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string attributes_json(const Attributes& attributes) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.StartObject();
  for (const auto& [key, value] : attributes) {
    writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
    writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  }
  writer.EndObject();
  return buffer.GetString();
}

// The shortest text that reads back as the same double.
std::string number_text(double value) {
  char buffer[32];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return error == std::errc() ? std::string(buffer, end) : std::to_string(value);
}

// Staging tables live for the transaction only; every column is text, converted by the statements
// that read them, so that COPY needs no type of ours and '' stands for NULL.
constexpr const char* staging_sql = R"sql(
CREATE TEMP TABLE stage_documents (id text, path text, title text, date text, sha256 text) ON COMMIT DROP;
CREATE TEMP TABLE stage_nodes (id text, kind text, label text, attributes text) ON COMMIT DROP;
CREATE TEMP TABLE stage_aliases (node_id text, alias text) ON COMMIT DROP;
CREATE TEMP TABLE stage_edges (source text, relation text, target text, year text, attributes text) ON COMMIT DROP;
CREATE TEMP TABLE stage_evidence (node_id text, edge_source text, edge_relation text, edge_target text,
  document text, sentence text, begin_offset text, end_offset text, text text, rule text, confidence text,
  note text) ON COMMIT DROP;
)sql";

// What the staged rows do to the schema's tables. First the evidence the load replaces goes,
// remembering what it supported: all evidence of the documents loaded, and the evidence from other
// sources (a pack's terms, the corrections file) of the nodes and edges loaded, since a graph of a
// few documents holds only the pack facts about what those documents name. Then documents, nodes,
// aliases and edges are upserted and the new evidence inserted.
constexpr const char* merge_sql = R"sql(
CREATE TEMP TABLE stage_touched ON COMMIT DROP AS
  WITH gone AS (
    DELETE FROM evidence v
    WHERE v.document IN (SELECT id FROM stage_documents)
       OR (v.document NOT IN (SELECT id FROM documents)
           AND (v.node_id IN (SELECT id FROM stage_nodes)
                OR (v.edge_source, v.edge_relation, v.edge_target) IN (SELECT source, relation, target FROM stage_edges)))
    RETURNING node_id, edge_source, edge_relation, edge_target)
  SELECT node_id, edge_source, edge_relation, edge_target, count(*) AS rows FROM gone
  GROUP BY node_id, edge_source, edge_relation, edge_target;
INSERT INTO documents (id, path, title, date, sha256)
  SELECT id, path, title, NULLIF(date, ''), sha256 FROM stage_documents
  ON CONFLICT (id) DO UPDATE SET path = excluded.path, title = excluded.title, date = excluded.date,
                                 sha256 = excluded.sha256;
INSERT INTO nodes (id, kind, label, attributes)
  SELECT id, kind, label, attributes::jsonb FROM stage_nodes
  ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, label = excluded.label,
                                 attributes = nodes.attributes || excluded.attributes;
INSERT INTO aliases (node_id, alias) SELECT node_id, alias FROM stage_aliases ON CONFLICT DO NOTHING;
DELETE FROM aliases a USING stage_nodes s WHERE a.node_id = s.id AND a.alias = s.label;
INSERT INTO edges (source, relation, target, year, attributes)
  SELECT source, relation, target, NULLIF(year, '')::integer, attributes::jsonb FROM stage_edges
  ON CONFLICT (source, relation, target) DO UPDATE SET year = excluded.year,
                                                       attributes = edges.attributes || excluded.attributes;
INSERT INTO evidence (node_id, edge_source, edge_relation, edge_target, document, sentence, begin_offset,
                      end_offset, text, rule, confidence, note)
  SELECT NULLIF(node_id, ''), NULLIF(edge_source, ''), NULLIF(edge_relation, ''), NULLIF(edge_target, ''),
         document, sentence::integer, begin_offset::bigint, end_offset::bigint, text, rule,
         confidence::double precision, NULLIF(note, '')
  FROM stage_evidence;
)sql";

constexpr const char* remove_edges_sql = R"sql(
DELETE FROM edges e USING stage_touched t
WHERE t.edge_source = e.source AND t.edge_relation = e.relation AND t.edge_target = e.target
  AND NOT EXISTS (SELECT 1 FROM evidence v WHERE v.edge_source = e.source AND v.edge_relation = e.relation
                                             AND v.edge_target = e.target)
  AND NOT EXISTS (SELECT 1 FROM stage_edges s WHERE s.source = e.source AND s.relation = e.relation
                                                AND s.target = e.target)
)sql";

constexpr const char* remove_nodes_sql = R"sql(
DELETE FROM nodes n USING stage_touched t
WHERE t.node_id = n.id
  AND NOT EXISTS (SELECT 1 FROM evidence v WHERE v.node_id = n.id)
  AND NOT EXISTS (SELECT 1 FROM edges e WHERE e.source = n.id OR e.target = n.id)
  AND NOT EXISTS (SELECT 1 FROM stage_nodes s WHERE s.id = n.id)
)sql";

using EvidenceRow = std::tuple<std::string, std::string, std::string, std::string, std::string, std::string, std::string,
                               std::string, std::string, std::string, std::string, std::string>;

EvidenceRow evidence_row(const Evidence& e, const std::string& node, const Edge* edge) {
  return {node,
          edge ? edge->source : std::string(),
          edge ? std::string(to_string(edge->relation)) : std::string(),
          edge ? edge->target : std::string(),
          e.document,
          std::to_string(e.sentence),
          std::to_string(e.begin),
          std::to_string(e.end),
          e.text,
          e.rule,
          number_text(e.confidence),
          e.note};
}

void stage(pqxx::work& tx, const PolicyGraph& graph, PostgresLoadReport& report) {
  tx.exec(staging_sql);
  {
    pqxx::stream_to out(tx, "stage_documents", std::vector<std::string>{"id", "path", "title", "date", "sha256"});
    for (const Document* d : graph.documents()) {
      out << std::make_tuple(d->id, d->path, d->title, d->date, d->sha256);
      ++report.documents;
    }
    out.complete();
  }
  {
    pqxx::stream_to out(tx, "stage_nodes", std::vector<std::string>{"id", "kind", "label", "attributes"});
    for (const Node* n : graph.nodes()) {
      out << std::make_tuple(n->id, std::string(to_string(n->kind)), n->label, attributes_json(n->attributes));
      ++report.nodes;
    }
    out.complete();
  }
  {
    pqxx::stream_to out(tx, "stage_aliases", std::vector<std::string>{"node_id", "alias"});
    for (const Node* n : graph.nodes())
      for (const std::string& alias : n->aliases) out << std::make_tuple(n->id, alias);
    out.complete();
  }
  {
    pqxx::stream_to out(tx, "stage_edges", std::vector<std::string>{"source", "relation", "target", "year", "attributes"});
    for (const Edge* e : graph.edges()) {
      out << std::make_tuple(e->source, std::string(to_string(e->relation)), e->target,
                             e->year ? std::to_string(*e->year) : std::string(), attributes_json(e->attributes));
      ++report.edges;
    }
    out.complete();
  }
  {
    pqxx::stream_to out(tx, "stage_evidence",
                        std::vector<std::string>{"node_id", "edge_source", "edge_relation", "edge_target", "document",
                                                 "sentence", "begin_offset", "end_offset", "text", "rule", "confidence",
                                                 "note"});
    for (const Node* n : graph.nodes())
      for (const Evidence& e : n->evidence) {
        out << evidence_row(e, n->id, nullptr);
        ++report.evidence;
      }
    for (const Edge* edge : graph.edges())
      for (const Evidence& e : edge->evidence) {
        out << evidence_row(e, std::string(), edge);
        ++report.evidence;
      }
    out.complete();
  }
}

// Makes the schema's tables and views when the schema holds none of them; refuses a schema whose
// version is not ours, or one that holds tables of our names without a version table.
bool prepare_schema(pqxx::work& tx, const PostgresTarget& target) {
  const std::string schema = tx.quote_name(target.schema);
  const std::string where = "schema " + target.schema + ": ";
  tx.exec0("CREATE SCHEMA IF NOT EXISTS " + schema);
  tx.exec0("SET LOCAL search_path TO " + schema);
  pqxx::row version_table = tx.exec1("SELECT to_regclass(" + tx.quote(schema + ".policygraph_schema") + ") IS NOT NULL");
  if (version_table[0].as<bool>()) {
    pqxx::result versions = tx.exec("SELECT version FROM policygraph_schema");
    if (versions.size() != 1)
      throw OutputError(where + "its policygraph_schema table has " + std::to_string(versions.size()) +
                        " rows instead of one; it was not written by policygraph (docs/postgres.md)");
    int version = versions[0][0].as<int>();
    if (version != postgres_schema_version)
      throw OutputError(where + "holds policygraph schema version " + std::to_string(version) +
                        ", this policygraph writes version " + std::to_string(postgres_schema_version) +
                        "; load into another --schema, or drop that one (docs/postgres.md)");
    return false;
  }
  pqxx::row ours = tx.exec1(
      "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = " + tx.quote(target.schema) +
      " AND tablename IN ('documents', 'nodes', 'aliases', 'edges', 'evidence')");
  if (ours[0].as<int>() > 0)
    throw OutputError(where + "has tables named as policygraph's but no policygraph_schema table; "
                      "load into another --schema (docs/postgres.md)");
  tx.exec(std::string(postgres_schema_sql()));
  tx.exec0("INSERT INTO policygraph_schema (version, written_by) VALUES (" + std::to_string(postgres_schema_version) +
           ", " + tx.quote(target.written_by) + ")");
  return true;
}

}  // namespace

bool is_valid_schema_name(std::string_view name) {
  if (name.empty() || name.size() > 63) return false;
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  if (!letter(name.front())) return false;
  for (char c : name)
    if (!letter(c) && !(c >= '0' && c <= '9')) return false;
  return true;
}

PostgresLoadReport load_into_postgres(const PolicyGraph& graph, const PostgresTarget& target) {
  if (!is_valid_schema_name(target.schema))
    throw UsageError("--schema '" + target.schema + "': a letter or '_', then letters, digits or '_' (at most 63)");
  std::unique_ptr<pqxx::connection> connection;
  try {
    connection = std::make_unique<pqxx::connection>(target.dsn);
  } catch (const std::exception& e) {
    throw OutputError("PostgreSQL: cannot connect: " + one_line(e.what()));
  }
  PostgresLoadReport report;
  try {
    connection->set_client_encoding("UTF8");
    pqxx::work tx(*connection, "policygraph export");
    // One loader of a schema at a time: a second waits here until the first commits or rolls back.
    tx.exec1("SELECT pg_advisory_xact_lock(hashtext(" + tx.quote("policygraph:" + target.schema) + "))");
    report.created_schema = prepare_schema(tx, target);
    stage(tx, graph, report);
    tx.exec(merge_sql);
    report.replaced_evidence = tx.exec1("SELECT coalesce(sum(rows), 0) FROM stage_touched")[0].as<std::size_t>();
    report.removed_edges = tx.exec(remove_edges_sql).affected_rows();
    report.removed_nodes = tx.exec(remove_nodes_sql).affected_rows();
    tx.commit();
  } catch (const Error&) {
    throw;
  } catch (const pqxx::broken_connection& e) {
    throw OutputError("PostgreSQL: connection lost, nothing loaded: " + one_line(e.what()));
  } catch (const pqxx::in_doubt_error& e) {
    throw OutputError("PostgreSQL: the connection broke while committing; the load may or may not have happened: " +
                      one_line(e.what()));
  } catch (const std::exception& e) {
    throw OutputError("PostgreSQL schema " + target.schema + ": nothing loaded (rolled back): " + one_line(e.what()));
  }
  return report;
}

}  // namespace policygraph::exporting
