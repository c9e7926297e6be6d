#include "catalog/term_lookup.h"

#include <algorithm>

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

// True when `words` appear in `name` as whole words, in order ("pancreatic cancer" in
// "pancreatic cancer pain", not "cancer" in "cancerous").
bool contains_words(const std::string& name, const std::string& words) {
  if (words.empty()) return false;
  for (std::size_t at = name.find(words); at != std::string::npos; at = name.find(words, at + 1)) {
    const bool starts = at == 0 || name[at - 1] == ' ';
    const bool ends = at + words.size() == name.size() || name[at + words.size()] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

std::vector<const Term*> terms_named_by_words(const Catalog& catalog, TermKind kind,
                                              const std::string& wanted) {
  std::vector<const Term*> named;
  for (const Term& term : catalog.terms()) {
    if (term.kind != kind) continue;
    bool found = false;
    for_each_spelling(term, [&](const std::string& spelling, const std::string&) {
      found = found || contains_words(normalised(spelling), wanted);
    });
    if (found) named.push_back(&term);
  }
  // A broader term among the matches already stands for its narrower ones.
  std::erase_if(named, [&](const Term* term) {
    const auto chain = catalog.broader_chain(term->id);
    return std::any_of(chain.begin() + 1, chain.end(), [&](const std::string& above) {
      return std::any_of(named.begin(), named.end(),
                         [&](const Term* other) { return other->id == above; });
    });
  });
  return named;
}

// The names of the spellings closest to `wanted`, each name once: spellings[i] belongs to names[i].
std::vector<std::string> closest_names(const std::string& wanted,
                                       const std::vector<std::string>& spellings,
                                       const std::vector<std::string>& names) {
  std::vector<std::string> out;
  for (const auto& close : closest_matches(wanted, spellings, 3)) {
    const auto at = std::find(spellings.begin(), spellings.end(), close) - spellings.begin();
    const std::string& name = names[static_cast<std::size_t>(at)];
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
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
      result.terms = {&term};
      return result;
    }
  }
  result.terms = terms_named_by_words(catalog, kind, wanted);
  if (!result.terms.empty()) {
    result.by_words = true;
    if (result.terms.size() == 1) result.term = result.terms.front();
    return result;
  }
  result.suggestions = closest_names(wanted, spellings, names);
  // Nothing close by spelling: offer terms whose names contain the typed words.
  if (result.suggestions.empty() && !wanted.empty())
    for (std::size_t i = 0; i < spellings.size() && result.suggestions.size() < 3; ++i)
      if (spellings[i].find(wanted) != std::string::npos &&
          std::find(result.suggestions.begin(), result.suggestions.end(), names[i]) ==
              result.suggestions.end())
        result.suggestions.push_back(names[i]);
  return result;
}

std::vector<const Term*> terms_named_in(const Catalog& catalog, TermKind kind,
                                        std::string_view query, std::size_t limit) {
  // Longer spellings than this many words beyond the query are sentences, not names for it.
  constexpr std::size_t kExtraWords = 2;
  constexpr std::size_t kMinLetters = 4;  // "an", "the", "hip" alone would name too much
  const std::vector<std::string> wanted = split_words(fold(query));
  std::size_t letters = 0;
  for (const auto& word : wanted) letters += word.size();
  std::vector<const Term*> exact, inside;
  if (wanted.empty() || letters < kMinLetters) return {};
  for (const Term& term : catalog.terms()) {
    if (term.kind != kind) continue;
    bool is_exact = false, is_inside = false;
    for_each_spelling(term, [&](const std::string& spelling, const std::string&) {
      const std::vector<std::string> words = split_words(fold(spelling));
      if (words == wanted) is_exact = true;
      if (words.size() > wanted.size() + kExtraWords || words.size() < wanted.size()) return;
      if (std::search(words.begin(), words.end(), wanted.begin(), wanted.end()) != words.end())
        is_inside = true;
    });
    if (is_exact)
      exact.push_back(&term);
    else if (is_inside)
      inside.push_back(&term);
  }
  exact.insert(exact.end(), inside.begin(), inside.end());
  if (exact.size() > limit) exact.resize(limit);
  return exact;
}

std::vector<FacetValueMatch> facet_values_named(const Catalog& catalog, std::string_view typed) {
  std::vector<FacetValueMatch> out;
  constexpr std::pair<Facet, TermKind> kTermFacets[] = {{Facet::Indication, TermKind::Condition},
                                                        {Facet::Contraindication, TermKind::Factor},
                                                        {Facet::Risk, TermKind::Complication}};
  for (const auto& [facet, kind] : kTermFacets) {
    const TermLookupResult found = lookup_term(catalog, kind, typed);
    for (const Term* term : found.terms) out.push_back({facet, term, found.by_words});
  }
  return out;
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
  result.suggestions = closest_names(wanted, spellings, ids);
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

RegionLookupResult lookup_region(const Catalog& catalog, std::string_view typed) {
  RegionLookupResult result;
  const std::string wanted = normalised(typed);
  std::vector<std::string> spellings, names;
  std::vector<const Region*> by_words;
  for (const Region& region : catalog.regions()) {
    bool word_match = false;
    for (const std::string* spelling : {&region.id, &region.name, &region.lay_name}) {
      const std::string candidate = normalised(*spelling);
      if (candidate == wanted) {
        result.region = &region;
        return result;
      }
      word_match = word_match || contains_words(candidate, wanted);
      spellings.push_back(candidate);
      names.push_back(region.name);
    }
    if (word_match) by_words.push_back(&region);
  }
  if (by_words.size() == 1) {
    result.region = by_words.front();
    return result;
  }
  for (const Region* region : by_words) result.suggestions.push_back(region->name);
  if (result.suggestions.empty()) result.suggestions = closest_names(wanted, spellings, names);
  return result;
}

}  // namespace painatlas
