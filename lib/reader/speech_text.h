// What read-aloud says: patient text turned into paragraphs a speech synthesiser reads well.
// Citations are left out; symbols and abbreviations become words ("1 in 100" is "one in a
// hundred", "≥" is "at least", "SCS" is "spinal cord stimulation" the first time), with the
// expansions taken from the catalog's own vocabulary. Pure text work: no audio here.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"

namespace painatlas {

// One paragraph to read, with the key of the block of the page it belongs to, so the reader can
// see which part is being read ("what_happens", "option.3").
struct SpeechParagraph {
  std::string key;
  std::string text;
};

// Abbreviations the catalog uses (technique aliases and term synonyms in capitals), each with
// the words it stands for: a run of words whose initials spell it, or else its owner's name.
class SpeechVocabulary {
 public:
  explicit SpeechVocabulary(const Catalog& catalog);
  SpeechVocabulary() = default;
  // The words for an abbreviation, or empty.
  const std::string& expansion(const std::string& abbreviation) const;
  std::size_t size() const { return expansions_.size(); }

 private:
  std::map<std::string, std::string> expansions_;
};

// Speaks one text: the first use of each abbreviation in `already_said`'s absence is expanded
// and remembered there; later uses are spelled out letter by letter.
std::string speakable(std::string_view text, const SpeechVocabulary& vocabulary,
                      std::vector<std::string>& already_said,
                      const std::vector<std::string>& citation_labels = {});

// "1" as "one", "12" as "twelve"; other numbers stay digits (synthesisers read those well).
std::string small_number_in_words(int number);

// The patient view of a technique (also its handout), section by section.
std::vector<SpeechParagraph> technique_speech(const Catalog& catalog, const Technique& technique,
                                              const SpeechVocabulary& vocabulary);

// A condition guide in plain words: about, course, warning signs, each option, questions and
// what matters; one paragraph each.
std::vector<SpeechParagraph> condition_speech(const Catalog& catalog, const ConditionGuide& guide,
                                              const SpeechVocabulary& vocabulary);

// Just the texts, for a synthesiser.
std::vector<std::string> speech_texts(const std::vector<SpeechParagraph>& paragraphs);

}  // namespace painatlas
