// Whole files. Writing user files so that a crash at any moment leaves either the old file or
// the new one, never a mix: write a temporary file beside it, fsync it, rename it over, fsync the
// folder.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace painatlas {

// Who may read the file: user data stays the owner's; published pages are for everyone (as the
// umask allows).
enum class FileAccess { OwnerOnly, Everyone };

// When the file must be on disk: before the call returns (user data), or at the caller's
// sync_filesystem() after a batch of files, one flush for a whole folder of web pages instead of
// two per page. Either way the rename keeps each file whole: old or new, never a mix.
enum class Durability { Now, AtSync };

// Returns an empty string on success, else what went wrong (the old file is then untouched).
std::string write_file_atomically(const std::filesystem::path& path, std::string_view content,
                                  FileAccess access = FileAccess::OwnerOnly,
                                  Durability durability = Durability::Now);

// Flushes everything written to the filesystem that holds `path` (syncfs); empty on success.
std::string sync_filesystem(const std::filesystem::path& path);

// A whole file, read in one go; std::nullopt when it cannot be opened or read. (Copying a file
// through a stream buffer goes character by character in some C++ libraries: the browser build's
// took a quarter of a second for 700 kB.)
std::optional<std::string> read_whole_file(const std::filesystem::path& path);

// Moves an unreadable file aside as "<name>.corrupt-<UTC timestamp>" and returns the new path,
// so that it is never silently overwritten. Empty on failure.
std::filesystem::path move_aside(const std::filesystem::path& path);

}  // namespace painatlas
