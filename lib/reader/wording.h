// Small pieces of English the generated text needs: the indefinite article and which of a
// technique's references a sentence cites.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"
#include "content/model.h"
#include "reader/audience.h"

namespace painatlas {

// "an intermediate", "a high", "an absolute", "a unilateral": the article for the word as spoken.
std::string with_article(std::string_view phrase);

// "Authors. Title. Journal. Year;..." as a reader would cite the work.
std::string full_citation(const Reference& reference);

// The citations of `technique.references` that `text` cites by author or short name and year
// ("(Dohm 2014)", "Narouze 2018", "ASBMR 2019", "NICE TA279 (2013)"), in the order of the list.
std::vector<std::string> cited_references(const std::vector<Reference>& references,
                                          std::string_view text);
std::vector<std::string> cited_references(const Technique& technique, std::string_view text);

// "Sciatica" reads "sciatica" inside a sentence; "CRPS" stays as it is.
std::string in_sentence(std::string name);

// "Your options for sciatica" for patients, "Lumbar radiculopathy: the options" for students.
std::string condition_title(const Catalog& catalog, const ConditionGuide& guide, Audience audience);

}  // namespace painatlas
