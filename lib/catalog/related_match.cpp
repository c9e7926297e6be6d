#include "catalog/related_match.h"

#include <algorithm>

#include "catalog/text_fold.h"

namespace painatlas {

namespace {

// The same test the search index applies to one word: a prefix, or one typo in a longer word.
bool word_matches(const std::string& typed, const std::string& word) {
  if (word.starts_with(typed)) return true;
  return typed.size() >= 4 && prefix_within_one_edit(typed, word);
}

bool text_matches(const std::string& typed, std::string_view text) {
  const auto words = split_words(fold(text));
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& word) { return word_matches(typed, word); });
}

bool term_matches(const std::string& typed, const Term& term) {
  return text_matches(typed, term.name) || text_matches(typed, term.lay_name) ||
         std::any_of(term.synonyms.begin(), term.synonyms.end(),
                     [&](const std::string& synonym) { return text_matches(typed, synonym); });
}

struct Listed {
  Facet facet;
  const std::string* term;
};

}  // namespace

std::vector<RelatedMatch> related_matches(const Catalog& catalog, TechniqueIndex technique,
                                          std::string_view query) {
  std::vector<RelatedMatch> out;
  if (technique >= catalog.techniques().size()) return out;
  const Technique& t = catalog.techniques()[technique];
  std::vector<Listed> listed;
  for (const auto& item : t.indications) listed.push_back({Facet::Indication, &item.term});
  for (const auto& item : t.contraindications)
    listed.push_back({Facet::Contraindication, &item.term});
  for (const auto& item : t.risks) listed.push_back({Facet::Risk, &item.term});

  for (const auto& typed : split_words(fold(query))) {
    const bool direct =
        text_matches(typed, t.name) ||
        std::any_of(t.aliases.begin(), t.aliases.end(),
                    [&](const std::string& alias) { return text_matches(typed, alias); }) ||
        std::any_of(listed.begin(), listed.end(), [&](const Listed& item) {
          const Term* term = catalog.find_term(*item.term);
          return term && term_matches(typed, *term);
        });
    if (direct) continue;
    for (const Listed& item : listed) {
      const auto related = catalog.related_terms(*item.term);
      const auto found = std::find_if(related.begin(), related.end(),
                                      [&](const Term* term) { return term_matches(typed, *term); });
      if (found == related.end()) continue;
      const bool known = std::any_of(out.begin(), out.end(), [&](const RelatedMatch& match) {
        return match.listed == *item.term && match.matched == (*found)->id;
      });
      if (!known) out.push_back({item.facet, *item.term, (*found)->id});
      break;
    }
  }
  return out;
}

}  // namespace painatlas
