// The PostgreSQL sink's checks that need no server: schema names, the compiled-in schema, and the
// one-line error of a server that is not there (tests/e2e/test_postgres.sh loads into a real one).
#include <catch2/catch.hpp>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "export/postgres/postgres_store.hpp"
#include "graph/error.hpp"

using namespace policygraph;
using namespace policygraph::exporting;

namespace {

// A loopback port that nothing listens on: bound, read back, then closed.
int unused_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  socklen_t size = sizeof address;
  REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) == 0);
  ::close(fd);
  return ntohs(address.sin_port);
}

PolicyGraph small_graph() {
  PolicyGraph graph;
  graph.add_document({"doc", "doc.txt", "A document", "2020", "00"});
  Evidence evidence{"doc", 0, 0, 10, "A sentence.", "test", 0.5, ""};
  graph.add_node({"administration/a", NodeKind::administration, "A", {}, {}, {evidence}});
  graph.add_node({"programme/p", NodeKind::programme, "P", {}, {}, {evidence}});
  graph.add_edge({"administration/a", "programme/p", Relation::introduced, 2004, {}, {evidence}});
  return graph;
}

}  // namespace

TEST_CASE("schema names are plain identifiers of at most 63 bytes", "[postgres]") {
  CHECK(is_valid_schema_name("policygraph"));
  CHECK(is_valid_schema_name("_archive_2024"));
  CHECK(is_valid_schema_name(std::string(63, 'a')));
  CHECK_FALSE(is_valid_schema_name(""));
  CHECK_FALSE(is_valid_schema_name("2024"));
  CHECK_FALSE(is_valid_schema_name("two words"));
  CHECK_FALSE(is_valid_schema_name("x\"; DROP SCHEMA public; --"));
  CHECK_FALSE(is_valid_schema_name(std::string(64, 'a')));
}

TEST_CASE("the compiled-in schema has the version table, the five tables and the three views", "[postgres]") {
  std::string_view sql = postgres_schema_sql();
  for (const char* part : {"CREATE TABLE policygraph_schema", "CREATE TABLE documents", "CREATE TABLE nodes",
                           "CREATE TABLE aliases", "CREATE TABLE edges", "CREATE TABLE evidence",
                           "CREATE VIEW who_introduced", "CREATE VIEW programme_lineage", "WITH RECURSIVE",
                           "CREATE VIEW timeline"})
    CHECK(sql.find(part) != std::string_view::npos);
}

TEST_CASE("a server that is not there is one line of error naming where, without the password", "[postgres]") {
  int port = unused_port();
  PostgresTarget target;
  target.dsn = "host=127.0.0.1 port=" + std::to_string(port) + " dbname=x user=y password=hunter2 connect_timeout=5";
  try {
    load_into_postgres(small_graph(), target);
    FAIL("the load succeeded");
  } catch (const OutputError& e) {
    std::string message = e.what();
    CHECK(message.find("cannot connect") != std::string::npos);
    CHECK(message.find("port " + std::to_string(port)) != std::string::npos);
    CHECK(message.find('\n') == std::string::npos);
    CHECK(message.find("hunter2") == std::string::npos);
    CHECK(e.code() == ExitCode::bad_input);
  }
}

TEST_CASE("a schema name that needs quoting is refused before connecting", "[postgres]") {
  PostgresTarget target;
  target.dsn = "host=127.0.0.1 port=1";
  target.schema = "my graph";
  CHECK_THROWS_AS(load_into_postgres(small_graph(), target), UsageError);
}
