// Whole-file reads and writes for snapshots and exports: regular files are replaced atomically and
// durably (temporary file, fsync, rename, fsync of the folder); FIFOs, terminals, sockets and the
// files behind standard output or error are written through, never replaced.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace policygraph {

/// Reads a whole file, throwing InputError ("FILE: cannot read: reason") when it cannot.
std::string read_file(const std::filesystem::path& path);

/// Writes a whole file. A new path or a regular file (through a symbolic link: the file it names)
/// is written to a temporary file in the same folder, synced, and renamed over it, the folder synced
/// after; the file keeps its permission bits. A FIFO, a character device or a socket, and the file
/// open as standard output or standard error, are written through as they are. A folder or a block
/// device is refused. Throws OutputError ("PATH: reason"); a failure never leaves a partial file.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

/// Returns the file a write to `path` replaces: the target of a symbolic link, else `path` itself.
std::filesystem::path replaced_file(const std::filesystem::path& path);

/// True when `name` is a temporary file that write_file_atomically makes while it replaces `file`.
bool is_temporary_of(std::string_view name, std::string_view file);

/// Removes the temporary files left beside `file` by writers that were killed (their process is
/// gone); returns how many it removed. A live writer's temporary file is left alone.
std::size_t remove_stale_temporaries(const std::filesystem::path& file);

}  // namespace policygraph
