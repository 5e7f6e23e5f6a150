// Unit tests of graph/files: atomic replacement of regular files, special files written through
// (a FIFO, a socket, a symbolic link's target), refused targets, and stale temporary files.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>

#include "graph/error.hpp"
#include "graph/files.hpp"

using namespace policygraph;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() : path(fs::temp_directory_path() / ("policygraph-files-test-" + std::to_string(::getpid()) + "-" + std::to_string(next_number()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  static int next_number() {
    static std::atomic<int> counter{0};
    return counter++;
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

std::size_t entries_in(const fs::path& folder) {
  std::size_t count = 0;
  for (const auto& entry : fs::directory_iterator(folder)) {
    (void)entry;
    ++count;
  }
  return count;
}

// Reads everything from a descriptor until end of file.
std::string drain(int fd) {
  std::string out;
  char buffer[4096];
  ssize_t n;
  while ((n = ::read(fd, buffer, sizeof buffer)) > 0) out.append(buffer, static_cast<std::size_t>(n));
  return out;
}

// Returns the id of a process that has exited and been reaped.
pid_t finished_process() {
  pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  int status = 0;
  ::waitpid(child, &status, 0);
  return child;
}

}  // namespace

TEST_CASE("a new file is written whole and no temporary file stays", "[files]") {
  TempDir dir;
  fs::path file = dir.path / "out.txt";
  write_file_atomically(file, "first\n");
  CHECK(read_file(file) == "first\n");
  write_file_atomically(file, "second\n");
  CHECK(read_file(file) == "second\n");
  CHECK(entries_in(dir.path) == 1);
}

TEST_CASE("a replaced file keeps its permission bits", "[files]") {
  TempDir dir;
  fs::path file = dir.path / "private.json";
  write_file_atomically(file, "old");
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
  write_file_atomically(file, "new");
  CHECK(read_file(file) == "new");
  CHECK(fs::status(file).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
}

TEST_CASE("a FIFO is written through and stays a FIFO", "[files]") {
  TempDir dir;
  fs::path fifo = dir.path / "out.fifo";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string received;
  std::thread reader([&] {
    int fd = ::open(fifo.c_str(), O_RDONLY);
    received = drain(fd);
    ::close(fd);
  });
  bool written = false;
  try {
    write_file_atomically(fifo, "through the pipe\n");
    written = true;
  } catch (const Error& e) {
    INFO(e.what());
    ::close(::open(fifo.c_str(), O_WRONLY));  // lets the reader finish
  }
  reader.join();
  CHECK(written);
  CHECK(received == "through the pipe\n");
  CHECK(fs::is_fifo(fs::symlink_status(fifo)));
  CHECK(entries_in(dir.path) == 1);
}

TEST_CASE("a socket is written through and stays a socket", "[files]") {
  TempDir dir;
  fs::path socket_path = dir.path / "out.sock";
  int listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  std::strncpy(address.sun_path, socket_path.c_str(), sizeof address.sun_path - 1);
  REQUIRE(::bind(listener, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0);
  REQUIRE(::listen(listener, 1) == 0);
  std::string received;
  std::thread server([&] {
    int connection = ::accept(listener, nullptr, nullptr);
    received = drain(connection);
    ::close(connection);
  });
  bool written = false;
  try {
    write_file_atomically(socket_path, "to the socket\n");
    written = true;
  } catch (const Error& e) {
    INFO(e.what());
    int client = ::socket(AF_UNIX, SOCK_STREAM, 0);  // lets the server finish
    (void)::connect(client, reinterpret_cast<const sockaddr*>(&address), sizeof address);  // failing or not, the server wakes
    ::close(client);
  }
  server.join();
  CHECK(written);
  ::close(listener);
  CHECK(received == "to the socket\n");
  CHECK(fs::is_socket(fs::symlink_status(socket_path)));
}

TEST_CASE("a symbolic link stays and the file it names is replaced", "[files]") {
  TempDir dir;
  fs::create_directories(dir.path / "store");
  fs::path target = dir.path / "store" / "graph.json";
  write_file_atomically(target, "old");
  fs::path link = dir.path / "graph.json";
  fs::create_symlink("store/graph.json", link);
  write_file_atomically(link, "new");
  CHECK(fs::is_symlink(link));
  CHECK(read_file(target) == "new");
  CHECK(replaced_file(link) == fs::canonical(target));
  CHECK(entries_in(dir.path / "store") == 1);
}

TEST_CASE("a folder is refused with its name and left alone", "[files]") {
  TempDir dir;
  fs::create_directories(dir.path / "folder");
  try {
    write_file_atomically(dir.path / "folder", "x");
    FAIL("no error");
  } catch (const OutputError& e) {
    CHECK(std::string(e.what()) == (dir.path / "folder").string() + ": is a folder");
  }
  CHECK(fs::is_directory(dir.path / "folder"));
  CHECK(entries_in(dir.path) == 1);
}

TEST_CASE("a write into a missing folder fails naming the file and leaves nothing", "[files]") {
  TempDir dir;
  CHECK_THROWS_WITH(write_file_atomically(dir.path / "missing" / "x.json", "x"),
                    Catch::StartsWith((dir.path / "missing" / "x.json").string() + ": cannot write: "));
  CHECK(entries_in(dir.path) == 0);
}

TEST_CASE("temporary files are recognised by name", "[files]") {
  CHECK(is_temporary_of(".policygraph.json.tmp-1234-987654", "policygraph.json"));
  CHECK_FALSE(is_temporary_of(".policygraph.json.tmp-1234-", "policygraph.json"));
  CHECK_FALSE(is_temporary_of(".policygraph.json.tmp-x-1", "policygraph.json"));
  CHECK_FALSE(is_temporary_of(".other.json.tmp-1-1", "policygraph.json"));
  CHECK_FALSE(is_temporary_of("policygraph.json", "policygraph.json"));
}

TEST_CASE("stale temporaries of killed writers are removed, live writers' are kept", "[files]") {
  TempDir dir;
  fs::path file = dir.path / "policygraph.json";
  write_file_atomically(file, "{}");
  pid_t gone = finished_process();
  fs::path stale = dir.path / (".policygraph.json.tmp-" + std::to_string(gone) + "-42");
  fs::path live = dir.path / ".policygraph.json.tmp-1-42";  // process 1 always lives
  fs::path other = dir.path / (".notes.txt.tmp-" + std::to_string(gone) + "-42");
  fs::path huge = dir.path / ".policygraph.json.tmp-99999999999999999999-1";
  for (const fs::path& path : {stale, live, other, huge}) std::ofstream(path) << "partial";
  CHECK(remove_stale_temporaries(file) == 1);
  CHECK_FALSE(fs::exists(stale));
  CHECK(fs::exists(live));
  CHECK(fs::exists(other));
  CHECK(fs::exists(huge));
  // A write cleans up beside the file it replaces.
  std::ofstream(stale) << "partial";
  write_file_atomically(file, "{}");
  CHECK_FALSE(fs::exists(stale));
}

TEST_CASE("a loop of symbolic links is an error, not a file to replace", "[files]") {
  TempDir dir;
  fs::create_symlink("b", dir.path / "a");
  fs::create_symlink("a", dir.path / "b");
  CHECK_THROWS_WITH(write_file_atomically(dir.path / "a", "x"), Catch::StartsWith((dir.path / "a").string() + ": cannot write: "));
  CHECK(fs::is_symlink(dir.path / "a"));
  CHECK(entries_in(dir.path) == 2);
}
