// The snapshot lock: flock(2) on a lock file that is created once and never removed (removing it
// would let two writers lock two different files of the same name).
#include "graph/snapshot_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "graph/error.hpp"
#include "graph/files.hpp"

namespace policygraph {

std::filesystem::path lock_file_of(const std::filesystem::path& snapshot) {
  std::filesystem::path file = replaced_file(snapshot);
  file += ".lock";
  return file;
}

SnapshotLock::SnapshotLock(const std::filesystem::path& snapshot, bool wait,
                           const std::function<void(const std::string&)>& on_wait) {
  // Only a regular file (or one not yet made) is replaced by a rename; a FIFO or a device is
  // written through and has no folder of its own to put a lock file in.
  struct stat status {};
  if (::stat(snapshot.c_str(), &status) == 0 && !S_ISREG(status.st_mode)) return;
  std::filesystem::path lock = lock_file_of(snapshot);
  // Read-only is enough for flock, and lets a user lock a lock file another user created. Not
  // through a symbolic link (in a shared folder it could make us create a file elsewhere), and not
  // blocking on a FIFO put in its place.
  descriptor_ = ::open(lock.c_str(), O_RDONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0666);
  if (descriptor_ < 0) throw OutputError(lock.string() + ": cannot create the lock file: " + std::strerror(errno));
  struct stat lock_status {};
  if (::fstat(descriptor_, &lock_status) != 0 || !S_ISREG(lock_status.st_mode)) {
    ::close(descriptor_);
    throw OutputError(lock.string() + ": not a regular file; a snapshot's lock file is an empty file (remove this one)");
  }
  auto take = [&](int how) {
    int result;
    do result = ::flock(descriptor_, how);
    while (result != 0 && errno == EINTR);
    return result == 0;
  };
  if (!take(LOCK_EX | LOCK_NB)) {
    if (errno != EWOULDBLOCK) {
      std::string why = std::strerror(errno);
      ::close(descriptor_);
      throw OutputError(lock.string() + ": cannot lock: " + why);
    }
    if (!wait) {
      ::close(descriptor_);
      throw LockError(snapshot.string() + ": another policygraph is writing this snapshot (it holds " + lock.string() +
                      "); try again when it has finished, or leave out --no-wait to wait for it");
    }
    if (on_wait) on_wait("waiting for the lock on " + snapshot.string() + " held by another policygraph");
    if (!take(LOCK_EX)) {
      std::string why = std::strerror(errno);
      ::close(descriptor_);
      throw OutputError(lock.string() + ": cannot lock: " + why);
    }
  }
  remove_stale_temporaries(replaced_file(snapshot));
}

SnapshotLock::~SnapshotLock() {
  if (descriptor_ >= 0) ::close(descriptor_);
}

}  // namespace policygraph
