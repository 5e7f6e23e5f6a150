// Unit tests of graph/snapshot_lock: one writer at a time, a second one waits (with a message) or
// fails at once, the lock is free again when its holder ends, and special files are not locked.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "graph/error.hpp"
#include "graph/snapshot_lock.hpp"

using namespace policygraph;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() : path(fs::temp_directory_path() / ("policygraph-lock-test-" + std::to_string(::getpid()) + "-" + std::to_string(next_number()))) {
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

}  // namespace

TEST_CASE("the lock file sits beside the snapshot", "[snapshot_lock]") {
  CHECK(lock_file_of("graphs/policygraph.json") == fs::path("graphs/policygraph.json.lock"));
}

TEST_CASE("a second writer without waiting fails naming the snapshot", "[snapshot_lock]") {
  TempDir dir;
  fs::path snapshot = dir.path / "policygraph.json";
  {
    SnapshotLock first(snapshot, false);
    CHECK(fs::exists(dir.path / "policygraph.json.lock"));
    try {
      SnapshotLock second(snapshot, false);
      FAIL("the second lock was taken");
    } catch (const LockError& e) {
      std::string message = e.what();
      CHECK(message.rfind(snapshot.string() + ": another policygraph is writing this snapshot", 0) == 0);
      CHECK(message.find('\n') == std::string::npos);
      CHECK(e.code() == ExitCode::bad_input);
    }
  }
  SnapshotLock again(snapshot, false);  // free once the holder is gone
}

TEST_CASE("a waiting writer says so and gets the lock when it is released", "[snapshot_lock]") {
  TempDir dir;
  fs::path snapshot = dir.path / "policygraph.json";
  auto first = std::make_unique<SnapshotLock>(snapshot, false);
  std::atomic<bool> waiting{false};
  std::atomic<bool> locked{false};
  std::string message;
  std::thread second([&] {
    SnapshotLock lock(snapshot, true, [&](const std::string& text) {
      message = text;
      waiting = true;
    });
    locked = true;
  });
  for (int i = 0; i < 500 && !waiting; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  CHECK(waiting);
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  CHECK_FALSE(locked);
  first.reset();
  second.join();
  CHECK(locked);
  CHECK(message == "waiting for the lock on " + snapshot.string() + " held by another policygraph");
}

TEST_CASE("a FIFO given as the snapshot is not locked", "[snapshot_lock]") {
  TempDir dir;
  fs::path fifo = dir.path / "graph.fifo";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  SnapshotLock first(fifo, false);
  SnapshotLock second(fifo, false);
  CHECK_FALSE(fs::exists(dir.path / "graph.fifo.lock"));
}

TEST_CASE("a lock file that cannot be created is an output error naming it", "[snapshot_lock]") {
  CHECK_THROWS_WITH(SnapshotLock("/nonexistent-folder/policygraph.json", true),
                    Catch::StartsWith("/nonexistent-folder/policygraph.json.lock: cannot create the lock file: "));
}

TEST_CASE("a lock file that is a FIFO or a symbolic link is refused without waiting or following", "[snapshot_lock]") {
  TempDir dir;
  fs::path snapshot = dir.path / "policygraph.json";
  REQUIRE(::mkfifo((dir.path / "policygraph.json.lock").c_str(), 0600) == 0);
  CHECK_THROWS_WITH(SnapshotLock(snapshot, true),
                    (dir.path / "policygraph.json.lock").string() +
                        ": not a regular file; a snapshot's lock file is an empty file (remove this one)");
  fs::path other = dir.path / "other.json";
  fs::create_symlink(dir.path / "elsewhere" / "created", dir.path / "other.json.lock");
  CHECK_THROWS_WITH(SnapshotLock(other, true), Catch::StartsWith((dir.path / "other.json.lock").string() + ": cannot create the lock file: "));
  CHECK_FALSE(fs::exists(dir.path / "elsewhere"));
}
