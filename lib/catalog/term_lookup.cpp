#include "catalog/term_lookup.h"

#include "catalog/text_fold.h"

namespace painatlas {

namespace {

// The names a thing answers to, folded, with the name to suggest for each.
template <typename Visit>
void for_each_spelling(const Term& term, Visit visit) {
  visit(term.id, term.name);
  visit(term.name, term.name);
  visit(term.lay_name, term.name);
  for (const auto& synonym : term.synonyms) visit(synonym, term.name);
}

std::string normalised(std::string_view text) {
  std::string out;
  for (const auto& word : split_words(fold(text))) {
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

}  // namespace

TermLookupResult lookup_term(const Catalog& catalog, TermKind kind, std::string_view typed) {
  TermLookupResult result;
  const std::string wanted = normalised(typed);
  std::vector<std::string> spellings;
  std::vector<std::string> names;
  for (const Term& term : catalog.terms()) {
    if (term.kind != kind) continue;
    bool found = false;
    for_each_spelling(term, [&](const std::string& spelling, const std::string& name) {
      const std::string candidate = normalised(spelling);
      if (candidate == wanted) found = true;
      spellings.push_back(candidate);
      names.push_back(name);
    });
    if (found) {
      result.term = &term;
      return result;
    }
  }
  for (const auto& close : closest_matches(wanted, spellings, 3)) {
    const auto at = std::find(spellings.begin(), spellings.end(), close) - spellings.begin();
    const std::string& name = names[static_cast<std::size_t>(at)];
    if (std::find(result.suggestions.begin(), result.suggestions.end(), name) ==
        result.suggestions.end())
      result.suggestions.push_back(name);
  }
  // Nothing close by spelling: offer terms whose names contain the typed words.
  if (result.suggestions.empty() && !wanted.empty())
    for (std::size_t i = 0; i < spellings.size() && result.suggestions.size() < 3; ++i)
      if (spellings[i].find(wanted) != std::string::npos &&
          std::find(result.suggestions.begin(), result.suggestions.end(), names[i]) ==
              result.suggestions.end())
        result.suggestions.push_back(names[i]);
  return result;
}

TechniqueLookupResult lookup_technique(const Catalog& catalog, std::string_view typed) {
  TechniqueLookupResult result;
  if (const Technique* exact = catalog.find_technique(typed)) {
    result.technique = exact;
    return result;
  }
  const std::string wanted = normalised(typed);
  std::vector<std::string> spellings;
  std::vector<std::string> ids;
  for (const Technique& technique : catalog.techniques()) {
    std::vector<std::string> own{technique.id, technique.name};
    own.insert(own.end(), technique.aliases.begin(), technique.aliases.end());
    for (const auto& spelling : own) {
      const std::string candidate = normalised(spelling);
      if (candidate == wanted) {
        result.technique = &technique;
        return result;
      }
      spellings.push_back(candidate);
      ids.push_back(technique.id);
    }
  }
  for (const auto& close : closest_matches(wanted, spellings, 3)) {
    const auto at = std::find(spellings.begin(), spellings.end(), close) - spellings.begin();
    const std::string& id = ids[static_cast<std::size_t>(at)];
    if (std::find(result.suggestions.begin(), result.suggestions.end(), id) ==
        result.suggestions.end())
      result.suggestions.push_back(id);
  }
  return result;
}

ConditionLookupResult lookup_condition(const Catalog& catalog, std::string_view typed) {
  ConditionLookupResult result;
  TermLookupResult found = lookup_term(catalog, TermKind::Condition, typed);
  result.term = found.term;
  result.suggestions = std::move(found.suggestions);
  if (found.term) result.guide = catalog.condition_for_term(found.term->id);
  return result;
}

}  // namespace painatlas
