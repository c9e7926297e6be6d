// Writing user files so that a crash at any moment leaves either the old file or the new one,
// never a mix: write a temporary file beside it, fsync it, rename it over, fsync the folder.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace painatlas {

// Who may read the file: user data stays the owner's; published pages are for everyone (as the
// umask allows).
enum class FileAccess { OwnerOnly, Everyone };

// Returns an empty string on success, else what went wrong (the old file is then untouched).
std::string write_file_atomically(const std::filesystem::path& path, std::string_view content,
                                  FileAccess access = FileAccess::OwnerOnly);

// Moves an unreadable file aside as "<name>.corrupt-<UTC timestamp>" and returns the new path,
// so that it is never silently overwritten. Empty on failure.
std::filesystem::path move_aside(const std::filesystem::path& path);

}  // namespace painatlas
