// Loads a content directory into an immutable Catalog. Problems never stop the load: valid files
// still load, invalid values are left out, and every problem comes back with the catalog.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "catalog/catalog.h"
#include "content/content_limits.h"
#include "content/problem.h"

namespace painatlas {

struct LoadResult {
  std::shared_ptr<const Catalog> catalog;  // never null, possibly empty
  std::vector<Problem> problems;
};

LoadResult load_content(const std::filesystem::path& directory, const ContentLimits& limits = {});

}  // namespace painatlas
