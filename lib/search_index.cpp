#include "search_index.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "text_fold.h"

namespace painatlas {

namespace {

constexpr float kExactQuality = 1.0f;
constexpr float kPrefixQuality = 0.75f;
constexpr float kTypoQuality = 0.5f;
// Words shorter than this get no typo tolerance: "the" one edit away matches half the language.
constexpr std::size_t kMinTypoLength = 4;
constexpr float kNamePrefixBonus = 6.0f;

float field_weight(std::uint8_t fields) {
  if (fields & static_cast<std::uint8_t>(SearchField::Name)) return 10.0f;
  if (fields & static_cast<std::uint8_t>(SearchField::Alias)) return 8.0f;
  if (fields & static_cast<std::uint8_t>(SearchField::Indication)) return 5.0f;
  if (fields & (static_cast<std::uint8_t>(SearchField::Contraindication) |
                static_cast<std::uint8_t>(SearchField::Risk)))
    return 3.0f;
  if (fields & static_cast<std::uint8_t>(SearchField::Summary)) return 2.0f;
  return 1.5f;
}

void add_text(std::unordered_map<std::string, std::uint8_t>& words, std::string_view text,
              SearchField field) {
  for (auto& word : split_words(fold(text))) words[std::move(word)] |= static_cast<std::uint8_t>(field);
}

void add_term(std::unordered_map<std::string, std::uint8_t>& words, const Term* term,
              SearchField field) {
  if (!term) return;
  add_text(words, term->name, field);
  add_text(words, term->lay_name, field);
  for (const auto& synonym : term->synonyms) add_text(words, synonym, field);
}

}  // namespace

std::string_view search_field_id(SearchField field) {
  switch (field) {
    case SearchField::Name: return "name";
    case SearchField::Alias: return "alias";
    case SearchField::Indication: return "indication";
    case SearchField::Contraindication: return "contraindication";
    case SearchField::Risk: return "risk";
    case SearchField::Summary: return "summary";
    case SearchField::PatientSummary: return "patient_summary";
  }
  return {};
}

std::vector<SearchField> fields_in(std::uint8_t mask) {
  std::vector<SearchField> out;
  for (std::uint8_t bit = 1; bit != 0 && bit <= static_cast<std::uint8_t>(SearchField::PatientSummary);
       bit = static_cast<std::uint8_t>(bit << 1))
    if (mask & bit) out.push_back(static_cast<SearchField>(bit));
  return out;
}

SearchIndex::SearchIndex(const std::vector<Technique>& techniques, const TermLookup& find_term)
    : technique_count_(techniques.size()) {
  std::unordered_map<std::string, std::vector<Posting>> postings;
  std::unordered_map<std::string, std::uint8_t> words;
  folded_names_.reserve(techniques.size());
  for (std::uint32_t t = 0; t < techniques.size(); ++t) {
    const Technique& technique = techniques[t];
    folded_names_.push_back(fold(technique.name));
    words.clear();
    add_text(words, technique.name, SearchField::Name);
    for (const auto& alias : technique.aliases) add_text(words, alias, SearchField::Alias);
    for (const auto& item : technique.indications) add_term(words, find_term(item.term), SearchField::Indication);
    for (const auto& item : technique.contraindications)
      add_term(words, find_term(item.term), SearchField::Contraindication);
    for (const auto& item : technique.risks) add_term(words, find_term(item.term), SearchField::Risk);
    add_text(words, technique.summary, SearchField::Summary);
    add_text(words, technique.patient_summary, SearchField::PatientSummary);
    for (const auto& [word, fields] : words) postings[word].push_back({t, fields});
  }
  words_.reserve(postings.size());
  for (const auto& entry : postings) words_.push_back(entry.first);
  std::sort(words_.begin(), words_.end());
  postings_.reserve(words_.size());
  for (const auto& word : words_) postings_.push_back(std::move(postings[word]));
}

std::vector<SearchIndex::WordMatch> SearchIndex::match_word(const std::string& typed) const {
  std::vector<WordMatch> matches;
  auto first = std::lower_bound(words_.begin(), words_.end(), typed);
  for (auto it = first; it != words_.end() && it->starts_with(typed); ++it)
    matches.push_back({static_cast<std::size_t>(it - words_.begin()),
                       *it == typed ? kExactQuality : kPrefixQuality});
  if (!matches.empty() || typed.size() < kMinTypoLength) return matches;
  // Typos rarely hit the first letter; scanning only words that share it keeps this cheap.
  const std::string first_letter(1, typed.front());
  auto begin = std::lower_bound(words_.begin(), words_.end(), first_letter);
  for (auto it = begin; it != words_.end() && it->front() == typed.front(); ++it)
    if (prefix_within_one_edit(typed, *it))
      matches.push_back({static_cast<std::size_t>(it - words_.begin()), kTypoQuality});
  return matches;
}

std::vector<SearchHit> SearchIndex::search(std::string_view query) const {
  const std::string folded_query = fold(query);
  std::vector<std::string> typed = split_words(folded_query);
  std::sort(typed.begin(), typed.end());
  typed.erase(std::unique(typed.begin(), typed.end()), typed.end());
  if (typed.empty()) return {};

  // Sparse accumulation: only techniques touched by the first word can match them all.
  std::unordered_map<std::uint32_t, SearchHit> hits;
  std::unordered_map<std::uint32_t, float> word_best;
  for (std::size_t w = 0; w < typed.size(); ++w) {
    word_best.clear();
    std::unordered_map<std::uint32_t, std::uint8_t> word_fields;
    for (const WordMatch& match : match_word(typed[w])) {
      for (const Posting& posting : postings_[match.word]) {
        if (w > 0 && !hits.contains(posting.technique)) continue;
        float& best = word_best[posting.technique];
        best = std::max(best, field_weight(posting.fields) * match.quality);
        word_fields[posting.technique] |= posting.fields;
      }
    }
    if (w == 0) {
      for (const auto& [technique, score] : word_best)
        hits[technique] = {technique, score, word_fields[technique]};
    } else {
      for (auto it = hits.begin(); it != hits.end();) {
        auto found = word_best.find(it->first);
        if (found == word_best.end()) {
          it = hits.erase(it);
          continue;
        }
        it->second.score += found->second;
        it->second.fields |= word_fields[it->first];
        ++it;
      }
    }
    if (hits.empty()) return {};
  }

  std::vector<SearchHit> ranked;
  ranked.reserve(hits.size());
  for (auto& [technique, hit] : hits) {
    if (folded_names_[technique].starts_with(folded_query)) hit.score += kNamePrefixBonus;
    ranked.push_back(hit);
  }
  std::sort(ranked.begin(), ranked.end(), [](const SearchHit& a, const SearchHit& b) {
    return a.score != b.score ? a.score > b.score : a.technique < b.technique;
  });
  return ranked;
}

}  // namespace painatlas
