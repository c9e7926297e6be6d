#include "reader/wording.h"

#include <algorithm>
#include <cctype>

namespace painatlas {

namespace {

bool starts_with_any(std::string_view text, std::initializer_list<std::string_view> prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](std::string_view prefix) { return text.starts_with(prefix); });
}

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Words before a year that name a work but also start ordinary sentences.
bool is_common_word(std::string_view word) {
  static constexpr std::string_view kCommon[] = {"The",  "In",   "High",  "Low",   "For",
                                                 "And",  "See",  "After", "From",  "With",
                                                 "This", "That", "Trial", "Trials"};
  return std::find(std::begin(kCommon), std::end(kCommon), word) != std::end(kCommon);
}

bool contains_word(std::string_view text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    const bool starts = at == 0 || !is_letter(text[at - 1]);
    const std::size_t end = at + word.size();
    const bool ends = end == text.size() || !is_letter(text[end]);
    if (starts && ends) return true;
  }
  return false;
}

// The capitalised words (3+ letters) shortly before `at`, back to the last clause break.
std::vector<std::string_view> names_before(std::string_view text, std::size_t at) {
  constexpr std::size_t kWindow = 32;
  std::size_t begin = at > kWindow ? at - kWindow : 0;
  const std::size_t cut = text.substr(0, at).find_last_of(".;,");
  if (cut != std::string_view::npos && cut + 1 > begin) begin = cut + 1;
  std::vector<std::string_view> names;
  for (std::size_t i = begin; i < at;) {
    while (i < at && !is_letter(text[i])) ++i;
    std::size_t j = i;
    while (j < at && (is_letter(text[j]) || text[j] == '-')) ++j;
    const std::string_view word = text.substr(i, j - i);
    if (word.size() >= 3 && std::isupper(static_cast<unsigned char>(word[0])) &&
        !is_common_word(word))
      names.push_back(word);
    i = j;
  }
  return names;
}

}  // namespace

std::string full_citation(const Reference& reference) {
  return reference.authors.empty() ? reference.citation
                                   : reference.authors + ". " + reference.citation;
}

std::string with_article(std::string_view phrase) {
  std::string lower;
  for (char c : phrase.substr(0, 8))
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  bool vowel_sound =
      !lower.empty() && std::string_view("aeiou").find(lower[0]) != std::string::npos;
  // Spelled with a vowel, spoken with a consonant ("a unilateral", "a one-off"), and the reverse.
  if (starts_with_any(lower, {"uni", "use", "usu", "uti", "eu", "one", "ure"})) vowel_sound = false;
  if (starts_with_any(lower, {"hour", "honest", "honour", "honor"})) vowel_sound = true;
  return std::string(vowel_sound ? "an " : "a ") + std::string(phrase);
}

std::vector<std::string> cited_references(const Technique& technique, std::string_view text) {
  return cited_references(technique.references, text);
}

std::vector<std::string> cited_references(const std::vector<Reference>& references,
                                          std::string_view text) {
  std::vector<std::string> cited;
  for (const Reference& reference : references) {
    if (reference.year <= 0) continue;
    const std::string year = std::to_string(reference.year);
    // A label the content cites it by ("Cochrane 2018") settles it; otherwise an author's or a
    // short name's word shortly before the year.
    bool found = !reference.cite_as.empty() && contains_word(text, reference.cite_as);
    const std::string named = reference.authors + " " + reference.citation;
    for (std::size_t at = text.find(year); at != std::string_view::npos && !found;
         at = text.find(year, at + 1)) {
      const bool whole = (at == 0 || !std::isdigit(static_cast<unsigned char>(text[at - 1]))) &&
                         (at + year.size() == text.size() ||
                          !std::isdigit(static_cast<unsigned char>(text[at + year.size()])));
      if (!whole) continue;
      for (std::string_view name : names_before(text, at))
        if (contains_word(named, name)) found = true;
    }
    if (found) cited.push_back(full_citation(reference));
  }
  return cited;
}

std::string in_sentence(std::string name) {
  if (name.size() > 1 && name[0] >= 'A' && name[0] <= 'Z' && name[1] >= 'a' && name[1] <= 'z')
    name[0] = static_cast<char>(name[0] - 'A' + 'a');
  return name;
}

std::string condition_title(const Catalog& catalog, const ConditionGuide& guide,
                            Audience audience) {
  const bool patient = audience == Audience::Patient;
  const std::string name = catalog.condition_name(guide, patient);
  return patient ? "Your options for " + in_sentence(name) : name + ": the options";
}

}  // namespace painatlas
