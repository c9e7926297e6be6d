// "My situation" screening: which techniques list a reader's factors (blood thinners, infection,
// pregnancy…) as a reason not to do them (absolute), as needing extra care (relative), or not
// at all. Educational only: it reads the content, it does not judge a person's case.
#pragma once

#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "reader/audience.h"

namespace painatlas {

enum class ScreeningStatus { None, Relative, Absolute };

// Said wherever a screening result is shown.
inline constexpr std::string_view kSituationCaveat =
    "From the content only. Your own doctors weigh your situation; do not change a medicine "
    "because of this.";
std::string_view screening_status_id(ScreeningStatus status);     // "none", "relative", "absolute"
std::string_view screening_status_words(ScreeningStatus status);  // for people

struct ScreeningReason {
  std::string factor;  // the factor the reader chose
  std::string term;  // the contraindication as the technique lists it (may be broader or narrower)
  ScreeningStatus status = ScreeningStatus::None;
  std::string text;          // one plain sentence
  std::string note;          // the content's clinical note on the contraindication, or empty
  std::string patient_note;  // its plain-words note for patients, or empty
};

struct ScreeningResult {
  TechniqueIndex technique = 0;
  ScreeningStatus status = ScreeningStatus::None;
  std::vector<ScreeningReason> reasons;
};

// Every technique in catalog order. Unknown factor ids are ignored (the caller resolves names).
std::vector<ScreeningResult> screen(const Catalog& catalog,
                                    const std::vector<std::string>& factors);

// The reason as a reader of `audience` sees it: the sentence, then the note in their register.
std::string reason_text(const ScreeningReason& reason, Audience audience);

// How many of `rows` fall under each status: what the Situation view's split shows.
struct ScreeningSplit {
  std::size_t absolute = 0;
  std::size_t relative = 0;
  std::size_t none = 0;
};
ScreeningSplit split_by_status(const std::vector<ScreeningResult>& screening,
                               const std::vector<TechniqueIndex>& techniques);

// Whether a factor is one of the blood-thinner or bleeding factors, whose meaning depends on the
// technique's bleeding-risk class.
bool is_bleeding_factor(const Catalog& catalog, const std::string& factor);

}  // namespace painatlas
