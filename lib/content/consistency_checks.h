// Catalog-wide checks behind `validate --strict` that no single file can answer: in-text
// citations that name no reference of their technique, the same contraindication graded
// differently without a reason, antithrombotic notes that contradict the bleeding-risk class,
// expected after-effects that an emergency warning also lists, unknown bands without a reason,
// techniques without a review record. Each finding is a warning at the place it concerns.
#pragma once

#include <vector>

#include "catalog/catalog.h"
#include "content/problem.h"

namespace painatlas {

std::vector<Problem> check_consistency(const Catalog& catalog);

// The free texts of a technique with where each stands, for the citation check (and for tests).
struct LocatedText {
  std::string field;  // "evidence.summary", "risks[dural-puncture].note"
  std::string text;
  TextPos at;
};
std::vector<LocatedText> technique_texts(const Technique& technique);

}  // namespace painatlas
