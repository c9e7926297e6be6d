// "My situation" screening: which techniques list a reader's factors (blood thinners, infection,
// pregnancy…) as a reason not to do them (absolute), as needing extra care (relative), or not
// at all. Educational only: it reads the content, it does not judge a person's case.
#pragma once

#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace painatlas {

enum class ScreeningStatus { None, Relative, Absolute };
std::string_view screening_status_id(ScreeningStatus status);     // "none", "relative", "absolute"
std::string_view screening_status_words(ScreeningStatus status);  // for people

struct ScreeningReason {
  std::string factor;  // the factor the reader chose
  std::string term;  // the contraindication as the technique lists it (may be broader or narrower)
  ScreeningStatus status = ScreeningStatus::None;
  std::string text;  // one plain sentence, with the content's note
};

struct ScreeningResult {
  TechniqueIndex technique = 0;
  ScreeningStatus status = ScreeningStatus::None;
  std::vector<ScreeningReason> reasons;
};

// Every technique in catalog order. Unknown factor ids are ignored (the caller resolves names).
std::vector<ScreeningResult> screen(const Catalog& catalog,
                                    const std::vector<std::string>& factors);

// Whether a factor is one of the blood-thinner or bleeding factors, whose meaning depends on the
// technique's bleeding-risk class.
bool is_bleeding_factor(const Catalog& catalog, const std::string& factor);

}  // namespace painatlas
