// In-text citations such as "(Busse 2025)", "(Chou 2015, Oliveira 2020)" or "(NICE NG59)": found
// in a text, matched to the references of the same file by label, and taken out again where the
// text is graded for readability or read aloud.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/model.h"

namespace painatlas {

// The label a citation uses for a reference: its `cite_as`, or "FirstAuthor YEAR" with the first
// author's surname taken from `authors` (or from the start of `citation`).
std::string citation_label(const Reference& reference);
// The labels of a reference list, in order.
std::vector<std::string> citation_labels(const std::vector<Reference>& references);

struct CitationMention {
  std::string label;   // as written, "et al." left out
  std::size_t offset;  // byte offset of the label in the text
  bool known = false;  // equals one of the labels given
};

// Every citation inside parentheses: a piece (split at ";" and ",") that equals one of `labels`,
// or that reads like "Surname YEAR" (one to three capitalised words and a year), known or not.
std::vector<CitationMention> find_citations(std::string_view text,
                                            const std::vector<std::string>& labels);

// The text without its citations: a parenthesis holding only citations goes, with the space
// before it; citations inside a parenthesis that also holds other words are taken out of it.
std::string strip_citations(std::string_view text, const std::vector<std::string>& labels = {});

}  // namespace painatlas
