// The catalog cache the site starts from. Parsing the YAML in the browser costs most of the
// start-up, so the build loads the content once, with the same code at the same path (/content)
// under node, and ships lib/'s own binary cache of the result beside it; the program reads that
// instead, as the desktop reads its cache on every start after the first.
//
// lib/'s cache is keyed by every content file's path, size and time stamp. A site's files are
// fixed when it is built and their time stamps in the browser's memory file system mean nothing
// (they are the moment of each visit), so both sides pin them to one value first: the key is then
// the paths and sizes, and any change to the content still misses the cache and loads the YAML.
#pragma once

#include <filesystem>

namespace painatlas::web {

inline constexpr const char* kContentDirectory = "/content";
inline constexpr const char* kContentCacheFile = "/cache/catalog.cbor";

// Sets the time stamp of every file under `directory` to one fixed value.
void pin_content_times(const std::filesystem::path& directory);

}  // namespace painatlas::web
