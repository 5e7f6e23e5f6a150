// The PostgreSQL sink: loads a graph into a schema of a PostgreSQL database (docs/postgres.md) with
// COPY, in one transaction, replacing the rows of the documents it carries and no others.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "graph/policy_graph.hpp"

namespace policygraph::exporting {

/// The version of the schema this build writes (export/postgres/schema.sql); a schema that holds
/// another version is refused, never altered.
inline constexpr int postgres_schema_version = 1;

/// Where to load: a libpq connection string ("host=… port=… dbname=… user=…", or a postgresql:// URI)
/// and the schema that holds the graph.
struct PostgresTarget {
  std::string dsn;
  std::string schema = "policygraph";
  std::string written_by = "policygraph";  ///< recorded in the schema's version table when it is created
};

/// What one load did.
struct PostgresLoadReport {
  bool created_schema = false;    ///< the tables and views were made by this load
  std::size_t documents = 0;      ///< documents written (inserted or replaced)
  std::size_t nodes = 0;          ///< nodes written
  std::size_t edges = 0;          ///< edges written
  std::size_t evidence = 0;       ///< evidence rows written
  std::size_t replaced_evidence = 0;  ///< evidence rows of earlier loads deleted (the documents' and the nodes' and edges' own)
  std::size_t removed_nodes = 0;  ///< nodes left with no evidence by the replacement and removed
  std::size_t removed_edges = 0;  ///< edges left with no evidence and removed
};

/// Returns true when a name is a schema name --schema accepts: a letter or '_', then letters, digits
/// or '_', at most 63 bytes (PostgreSQL's limit), so that it needs no quoting in psql or pandas.
bool is_valid_schema_name(std::string_view name);

/// Returns the SQL that creates the tables and views of the schema (without a schema name).
std::string_view postgres_schema_sql();

/// Loads the graph into the target in one transaction: creates the schema, tables and views when
/// they are missing, refuses a schema of another version, serialises with other loaders of the same
/// schema, replaces the evidence of every document the graph holds (and the pack and correction
/// evidence of its nodes and edges), upserts its documents, nodes, aliases and edges, and removes
/// nodes and edges that no evidence supports any more. Throws OutputError (one line, naming the server or schema) and rolls back on any failure.
PostgresLoadReport load_into_postgres(const PolicyGraph& graph, const PostgresTarget& target);

}  // namespace policygraph::exporting
