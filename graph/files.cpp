// Whole-file reads and writes: atomic, durable replacement of regular files and written-through
// special files (POSIX calls, since iostreams can neither fsync nor tell a FIFO from a file).
#include "graph/files.hpp"

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

#include "graph/error.hpp"

namespace policygraph {
namespace fs = std::filesystem;
namespace {

std::string reason() { return std::strerror(errno); }

[[noreturn]] void fail(const fs::path& path, const std::string& what) { throw OutputError(path.string() + ": " + what); }

// Closes a descriptor when it goes out of scope.
class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int get() const { return fd_; }
  // Closes now and returns false when the close reports an error (a delayed write failure).
  bool close() {
    int fd = fd_;
    fd_ = -1;
    return ::close(fd) == 0;
  }

 private:
  int fd_;
};

// Writes every byte, resuming after signals and partial writes. `send` is for sockets, where a
// closed peer must give EPIPE rather than a SIGPIPE that kills the process.
bool write_all(int fd, std::string_view content, bool socket = false) {
  while (!content.empty()) {
    ssize_t written = socket ? ::send(fd, content.data(), content.size(), MSG_NOSIGNAL)
                             : ::write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

bool same_file(const struct stat& file, int fd) {
  struct stat other {};
  return ::fstat(fd, &other) == 0 && other.st_dev == file.st_dev && other.st_ino == file.st_ino;
}

void write_descriptor(const fs::path& path, int fd, std::string_view content) {
  if (!write_all(fd, content)) fail(path, "cannot write: " + reason());
}

void write_through(const fs::path& path, std::string_view content) {
  Descriptor file(::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY));
  if (file.get() < 0) fail(path, "cannot write: " + reason());
  write_descriptor(path, file.get(), content);
  if (!file.close()) fail(path, "cannot write: " + reason());
}

void write_to_socket(const fs::path& path, std::string_view content) {
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  const std::string& name = path.native();
  if (name.size() >= sizeof address.sun_path) fail(path, "cannot write: the socket's path is too long");
  std::memcpy(address.sun_path, name.c_str(), name.size() + 1);
  Descriptor socket(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
  if (socket.get() < 0 || ::connect(socket.get(), reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0)
    fail(path, "cannot write to the socket: " + reason());
  if (!write_all(socket.get(), content, true)) fail(path, "cannot write to the socket: " + reason());
  if (!socket.close()) fail(path, "cannot write to the socket: " + reason());
}

std::string temporary_prefix(std::string_view file) { return "." + std::string(file) + ".tmp-"; }

// Unlinks a temporary file unless the rename that publishes it succeeded.
class Temporary {
 public:
  explicit Temporary(fs::path path) : path_(std::move(path)) {}
  ~Temporary() {
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  Temporary(const Temporary&) = delete;
  Temporary& operator=(const Temporary&) = delete;
  const fs::path& path() const { return path_; }
  void published() { path_.clear(); }

 private:
  fs::path path_;
};

// The rename is atomic; the fsync before it makes sure the name never points at a file whose
// data a power cut lost, and the fsync of the folder after it makes the new name itself durable.
void replace_regular_file(const fs::path& path, const fs::path& target, const struct stat* existing,
                          std::string_view content) {
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::random_device random;
  Temporary temporary(folder / (temporary_prefix(target.filename().string()) + std::to_string(::getpid()) + "-" +
                                std::to_string(random())));
  Descriptor file(::open(temporary.path().c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666));
  if (file.get() < 0) {
    temporary.published();  // nothing was created
    fail(path, "cannot write: " + reason());
  }
  // The new file keeps the old one's permissions (a private snapshot stays private).
  if (existing) (void)::fchmod(file.get(), existing->st_mode & 07777);
  if (!write_all(file.get(), content)) fail(path, "cannot write: " + reason());
  if (::fsync(file.get()) != 0) fail(path, "cannot write: " + reason());
  if (!file.close()) fail(path, "cannot write: " + reason());
  if (::rename(temporary.path().c_str(), target.c_str()) != 0) fail(path, "cannot write: " + reason());
  temporary.published();
  Descriptor directory(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  // Some file systems cannot sync a folder (EINVAL); the file is in place either way.
  if (directory.get() >= 0 && ::fsync(directory.get()) != 0 && errno != EINVAL)
    fail(path, "written, but its folder could not be synced: " + reason());
}

}  // namespace

std::string read_file(const fs::path& path) {
  std::error_code error;
  if (fs::is_directory(path, error)) throw InputError(path.string() + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string() + ": cannot read: " + std::strerror(errno));
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw InputError(path.string() + ": cannot read: " + std::strerror(errno));
  return std::move(content).str();
}

fs::path replaced_file(const fs::path& path) {
  std::error_code error;
  if (fs::is_symlink(path, error)) {
    fs::path target = fs::canonical(path, error);
    if (!error) return target;
  }
  return path;
}

void write_file_atomically(const fs::path& path, std::string_view content) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) {
    // A new file (or a link to one not made yet); anything else (a loop of links, a folder we may
    // not search) is an error, not a reason to replace what the path names.
    if (errno != ENOENT) fail(path, "cannot write: " + reason());
    return replace_regular_file(path, path, nullptr, content);
  }
  // `-o /dev/stdout` with standard output redirected to a file: write where the shell opened it
  // (at its offset, so `>>` appends), not a new file in its place.
  for (int stream : {STDOUT_FILENO, STDERR_FILENO})
    if (same_file(status, stream)) return write_descriptor(path, stream, content);
  if (S_ISREG(status.st_mode)) {
    remove_stale_temporaries(replaced_file(path));
    return replace_regular_file(path, replaced_file(path), &status, content);
  }
  if (S_ISFIFO(status.st_mode) || S_ISCHR(status.st_mode)) return write_through(path, content);
  if (S_ISSOCK(status.st_mode)) return write_to_socket(path, content);
  if (S_ISDIR(status.st_mode)) fail(path, "is a folder");
  fail(path, "is a block device or another special file; not writing to it");
}

bool is_temporary_of(std::string_view name, std::string_view file) {
  std::string prefix = temporary_prefix(file);
  if (name.substr(0, prefix.size()) != prefix) return false;
  std::string_view rest = name.substr(prefix.size());
  std::size_t dash = rest.find('-');
  auto digits = [](std::string_view text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
  };
  return dash != std::string_view::npos && digits(rest.substr(0, dash)) && digits(rest.substr(dash + 1));
}

std::size_t remove_stale_temporaries(const fs::path& file) {
  fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
  std::string name = file.filename().string();
  std::size_t prefix = temporary_prefix(name).size();
  std::size_t removed = 0;
  std::error_code error;
  // increment(error), not ++: a sweep that cannot read the folder gives up quietly, it never throws.
  for (fs::directory_iterator entry(folder, error), end; !error && entry != end; entry.increment(error)) {
    std::string candidate = entry->path().filename().string();
    if (!is_temporary_of(candidate, name)) continue;
    pid_t pid = 0;
    const char* digits = candidate.c_str() + prefix;
    if (std::from_chars(digits, digits + candidate.size() - prefix, pid).ec != std::errc{}) continue;
    // A process that is gone cannot finish its rename; one that lives (or that we may not signal)
    // may still be writing.
    if (pid > 0 && pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH && ::unlink(entry->path().c_str()) == 0)
      ++removed;
  }
  return removed;
}

}  // namespace policygraph
