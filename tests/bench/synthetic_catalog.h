// Writes synthetic content directories of N techniques with realistic field sizes and the
// bundled vocabularies, for load, search and filter benchmarks at scale.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace painatlas::bench {

// Writes (or reuses, when a complete one is already there) `directory` holding `count`
// techniques built from the words and terms of `bundled`. Returns the bytes of technique YAML.
std::uintmax_t ensure_synthetic_catalog(const std::filesystem::path& bundled,
                                        const std::filesystem::path& directory, std::size_t count);

}  // namespace painatlas::bench
