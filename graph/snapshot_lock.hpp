// One writer at a time per snapshot: an advisory lock (flock) on FILE.lock beside the snapshot,
// taken before the snapshot is read and held until the new one is renamed in place. The kernel
// drops the lock when its holder exits, however it exits, so a killed writer leaves no stale lock.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace policygraph {

/// Returns the lock file of a snapshot: "FILE.lock" beside the file the path names.
std::filesystem::path lock_file_of(const std::filesystem::path& snapshot);

/// The exclusive right to rewrite one snapshot, for as long as the object lives.
class SnapshotLock {
 public:
  /// Takes the lock of the snapshot at `snapshot` (nothing to lock when it is a FIFO or another
  /// special file). When another process holds it: with `wait`, calls `on_wait` once with a
  /// message and blocks until it is free; without, throws LockError. Throws OutputError when the
  /// lock file cannot be opened. Once locked, removes temporary files of killed writers.
  SnapshotLock(const std::filesystem::path& snapshot, bool wait,
               const std::function<void(const std::string&)>& on_wait = {});
  /// Releases the lock.
  ~SnapshotLock();
  SnapshotLock(const SnapshotLock&) = delete;
  SnapshotLock& operator=(const SnapshotLock&) = delete;

 private:
  int descriptor_ = -1;
};

}  // namespace policygraph
