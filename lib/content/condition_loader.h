// Checks every link of the condition guides (content/conditions/*.yaml, read by the loader
// alongside the techniques) once terms, regions and techniques are known: the guide's own term
// and the terms it covers must be condition terms no other guide claims, regions must be in
// regions.yaml, and an option's technique must be in the catalog. A broken link is reported
// where it stands and left out; the guide stays, unless its own term is wrong.
#pragma once

#include <vector>

#include "content/condition_guide.h"
#include "content/problem.h"

namespace painatlas {

void link_condition_guides(std::vector<ConditionGuide>& guides, const std::vector<Term>& terms,
                           const std::vector<Region>& regions,
                           const std::vector<Technique>& techniques,
                           std::vector<Problem>& problems);

}  // namespace painatlas
