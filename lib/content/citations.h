// In-text citations and the references they name. A reference answers to "<first author's
// surname> <year>" ("Kornick 2004", "van Kleef 1999") and to its `cite_as` label ("Cochrane 2018",
// "NICE NG59"); text cites it as "(Kornick 2004)", "Smith et al. 2002" or "Kemler and Barendse
// 2000". Risk sources use the same labels. `validate` resolves every mention, and citations are
// taken out of text that is graded for readability, shown to patients or read aloud.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/model.h"

namespace painatlas {

// "van Kleef" from "van Kleef M, Barendse GA, ..."; an organisation's whole name when the first
// author has no initials ("National Institute for Health and Care Excellence").
std::string first_author_surname(const Reference& reference);

// How the text names the reference: its cite_as label when it has one, else "Kornick 2004".
std::string citation_label(const Reference& reference);
// The label of each reference, in order (parallel to the list).
std::vector<std::string> citation_labels(const std::vector<Reference>& references);

struct CitationMention {
  std::string name;  // "Kemler", "van Kleef", "Cochrane"
  int year = 0;
  std::string text;  // as written, for messages: "Kemler 2008"
};

// Author-year mentions in free text; words that only look like names ("In 2016",
// "November 2018") are left out.
std::vector<CitationMention> find_citations(std::string_view text);

struct CitationMatch {
  std::optional<std::size_t> reference;  // index into the references
  std::size_t candidates = 0;            // more than one: ambiguous
};

// The reference a name and year point at, by surname or cite_as label.
CitationMatch resolve_citation(const std::vector<Reference>& references, std::string_view name,
                               int year);
// The same for a whole label such as a risk's source ("Kornick 2004", "Cochrane 2018",
// "NICE NG59"); a label without a year matches a cite_as exactly.
CitationMatch resolve_label(const std::vector<Reference>& references, std::string_view label);

// A citation inside parentheses, such as "(Chou 2015, Oliveira 2020; Wang et al. 2025)" or
// "(NICE NG59)": a piece (split at ";" and ",") that equals one of `labels`, or that reads like
// "Surname YEAR" (one to three capitalised words and a year), known or not.
struct LabelledCitation {
  std::string label;   // as written, "et al." left out
  std::size_t offset;  // byte offset of the label in the text
  bool known = false;  // equals one of the labels given
};
std::vector<LabelledCitation> find_labelled_citations(std::string_view text,
                                                      const std::vector<std::string>& labels);

// The text without its citations: a parenthesis holding only citations goes, with the space
// before it; citations inside a parenthesis that also holds other words are taken out of it.
std::string strip_citations(std::string_view text, const std::vector<std::string>& labels = {});

}  // namespace painatlas
