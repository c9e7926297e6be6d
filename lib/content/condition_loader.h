// Reads the condition guides (content/conditions/*.yaml) once terms, regions and techniques are
// known, and checks every link: the guide's own term and the terms it covers must be condition
// terms no other guide claims, regions must be in regions.yaml, and an option's technique must
// be in the catalog. A broken link is reported where it stands and left out; the guide stays.
#pragma once

#include <filesystem>
#include <vector>

#include "content/condition_guide.h"
#include "content/content_limits.h"
#include "content/problem.h"

namespace painatlas {

std::vector<ConditionGuide> read_condition_guides(const std::vector<std::filesystem::path>& files,
                                                  const std::vector<Term>& terms,
                                                  const std::vector<Region>& regions,
                                                  const std::vector<Technique>& techniques,
                                                  const ContentLimits& limits,
                                                  std::vector<Problem>& problems);

}  // namespace painatlas
