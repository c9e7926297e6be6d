// A binary cache of the loaded catalog, so the desktop program starts without parsing YAML when
// nothing changed. The cache is keyed by a fingerprint of every content file's name, size and
// modification time; any difference means a fresh load (and a new cache).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "content/loader.h"

namespace painatlas {

// Name, size and modification time of every file the loader reads, as one string.
std::string content_fingerprint(const std::filesystem::path& directory);

// $XDG_CACHE_HOME/painatlas (or ~/.cache/painatlas): what the programs can always make again.
std::filesystem::path cache_folder();

// The cache file for a content directory, under cache_folder().
std::filesystem::path default_cache_file(const std::filesystem::path& directory);

// The catalog from the cache when its fingerprint matches; otherwise a fresh load, whose result
// is then written to the cache (atomically; a failure to write only costs the next start).
LoadResult load_content_cached(const std::filesystem::path& directory,
                               const std::filesystem::path& cache_file,
                               const ContentLimits& limits = {});

// The catalog in a cache file written by load_content_cached, whatever content it was made from:
// for a build that ships the cache instead of the YAML (the browser's site). Nothing when the file
// is missing, damaged or of another format.
std::optional<LoadResult> read_catalog_snapshot(const std::filesystem::path& cache_file);

}  // namespace painatlas
