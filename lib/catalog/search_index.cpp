#include "catalog/search_index.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "catalog/text_fold.h"

namespace painatlas {

namespace {

constexpr float kExactQuality = 1.0f;
constexpr float kPrefixQuality = 0.75f;
constexpr float kTypoQuality = 0.5f;
// Words shorter than this get no typo tolerance: "the" one edit away matches half the language.
constexpr std::size_t kMinTypoLength = 4;
constexpr float kNamePrefixBonus = 6.0f;
// Queries up to this many letters read the merged prefix lists.
constexpr std::size_t kShortPrefix = 2;
constexpr std::size_t kMaxQueryWords = 32;

float field_weight(std::uint8_t fields) {
  if (fields & static_cast<std::uint8_t>(SearchField::Name)) return 10.0f;
  if (fields & static_cast<std::uint8_t>(SearchField::Alias)) return 8.0f;
  if (fields & static_cast<std::uint8_t>(SearchField::Indication)) return 5.0f;
  if (fields & (static_cast<std::uint8_t>(SearchField::Contraindication) |
                static_cast<std::uint8_t>(SearchField::Risk)))
    return 3.0f;
  if (fields & static_cast<std::uint8_t>(SearchField::Related)) return 2.5f;
  if (fields & static_cast<std::uint8_t>(SearchField::Summary)) return 2.0f;
  return 1.5f;
}

void add_text(std::unordered_map<std::string, std::uint8_t>& words, std::string_view text,
              SearchField field) {
  for (auto& word : split_words(fold(text)))
    words[std::move(word)] |= static_cast<std::uint8_t>(field);
}

// A guide's own term: its names as Name, its synonyms (some only mention the condition, "back
// pain without sciatica") as Alias.
void add_guide_term(std::unordered_map<std::string, std::uint8_t>& words, const Term* term) {
  if (!term) return;
  add_text(words, term->name, SearchField::Name);
  add_text(words, term->lay_name, SearchField::Name);
  for (const auto& synonym : term->synonyms) add_text(words, synonym, SearchField::Alias);
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
    case SearchField::Name:
      return "name";
    case SearchField::Alias:
      return "alias";
    case SearchField::Indication:
      return "indication";
    case SearchField::Contraindication:
      return "contraindication";
    case SearchField::Risk:
      return "risk";
    case SearchField::Summary:
      return "summary";
    case SearchField::PatientSummary:
      return "patient_summary";
    case SearchField::Related:
      return "related";
  }
  return {};
}

std::vector<SearchField> fields_in(std::uint8_t mask) {
  std::vector<SearchField> out;
  for (std::uint8_t bit = 1; bit != 0 && bit <= static_cast<std::uint8_t>(SearchField::Related);
       bit = static_cast<std::uint8_t>(bit << 1))
    if (mask & bit) out.push_back(static_cast<SearchField>(bit));
  return out;
}

SearchIndex::SearchIndex(const std::vector<Technique>& techniques, const TermLookup& find_term,
                         const RelatedLookup& related_terms) {
  folded_names_.reserve(techniques.size());
  for (const Technique& technique : techniques) folded_names_.push_back({fold(technique.name)});
  // Related terms are looked up once per term, not once per technique that lists it.
  std::unordered_map<std::string, std::vector<const Term*>> related_of;
  const auto add_listed = [&](WordFields& words, const std::string& term, SearchField field) {
    add_term(words, find_term(term), field);
    auto it = related_of.find(term);
    if (it == related_of.end()) it = related_of.emplace(term, related_terms(term)).first;
    for (const Term* related : it->second) add_term(words, related, SearchField::Related);
  };
  build(techniques.size(), [&](std::uint32_t t, WordFields& words) {
    const Technique& technique = techniques[t];
    add_text(words, technique.name, SearchField::Name);
    for (const auto& alias : technique.aliases) add_text(words, alias, SearchField::Alias);
    for (const auto& item : technique.indications)
      add_listed(words, item.term, SearchField::Indication);
    for (const auto& item : technique.contraindications)
      add_listed(words, item.term, SearchField::Contraindication);
    for (const auto& item : technique.risks) add_listed(words, item.term, SearchField::Risk);
    add_text(words, technique.summary, SearchField::Summary);
    add_text(words, technique.patient_summary, SearchField::PatientSummary);
  });
}

SearchIndex::SearchIndex(const std::vector<ConditionGuide>& guides, const TermLookup& find_term) {
  folded_names_.reserve(guides.size());
  for (const ConditionGuide& guide : guides) {
    std::vector<std::string> names;
    const auto add = [&](const Term* term) {
      if (!term) return;
      names.push_back(fold(term->name));
      names.push_back(fold(term->lay_name));
      for (const auto& synonym : term->synonyms) names.push_back(fold(synonym));
    };
    add(find_term(guide.term));
    for (const auto& covered : guide.covers) add(find_term(covered));
    if (names.empty()) names.push_back(fold(guide.term));
    folded_names_.push_back(std::move(names));
  }
  build(guides.size(), [&](std::uint32_t g, WordFields& words) {
    const ConditionGuide& guide = guides[g];
    add_guide_term(words, find_term(guide.term));
    for (const auto& covered : guide.covers)
      add_term(words, find_term(covered), SearchField::Alias);
    add_text(words, guide.about.student, SearchField::Summary);
    add_text(words, guide.about.patient, SearchField::PatientSummary);
  });
}

void SearchIndex::build(std::size_t count,
                        const std::function<void(std::uint32_t, WordFields&)>& collect) {
  technique_count_ = count;
  std::unordered_map<std::string, std::vector<Posting>> postings;
  WordFields words;
  for (std::uint32_t t = 0; t < count; ++t) {
    words.clear();
    collect(t, words);
    for (const auto& [word, fields] : words) postings[word].push_back({t, fields});
  }
  words_.reserve(postings.size());
  for (const auto& entry : postings) words_.push_back(entry.first);
  std::sort(words_.begin(), words_.end());
  postings_.reserve(words_.size());
  for (const auto& word : words_) {
    postings_.push_back(std::move(postings[word]));
    postings_.back().shrink_to_fit();
  }
  // Merge the lists of every word under each one- and two-letter prefix, one entry per technique.
  for (std::size_t length = 1; length <= kShortPrefix; ++length) {
    for (std::size_t w = 0; w < words_.size(); ++w) {
      if (words_[w].size() < length) continue;
      auto& merged = short_prefixes_[words_[w].substr(0, length)];
      merged.insert(merged.end(), postings_[w].begin(), postings_[w].end());
    }
  }
  for (auto& [prefix, merged] : short_prefixes_) {
    std::sort(merged.begin(), merged.end(),
              [](const Posting& a, const Posting& b) { return a.technique < b.technique; });
    std::size_t out = 0;
    for (std::size_t i = 0; i < merged.size(); ++i) {
      if (out > 0 && merged[out - 1].technique == merged[i].technique)
        merged[out - 1].fields |= merged[i].fields;
      else
        merged[out++] = merged[i];
    }
    merged.resize(out);
    merged.shrink_to_fit();
  }
}

std::vector<SearchIndex::Source> SearchIndex::sources_for(const std::string& typed) const {
  std::vector<Source> sources;
  auto first = std::lower_bound(words_.begin(), words_.end(), typed);
  const bool exact = first != words_.end() && *first == typed;
  if (exact)
    sources.push_back(
        {&postings_[static_cast<std::size_t>(first - words_.begin())], kExactQuality});
  if (typed.size() <= kShortPrefix) {
    if (auto merged = short_prefixes_.find(typed); merged != short_prefixes_.end())
      sources.push_back({&merged->second, kPrefixQuality});
    return sources;
  }
  for (auto it = exact ? first + 1 : first; it != words_.end() && it->starts_with(typed); ++it)
    sources.push_back({&postings_[static_cast<std::size_t>(it - words_.begin())], kPrefixQuality});
  if (!sources.empty() || typed.size() < kMinTypoLength) return sources;
  // Typos rarely hit the first letter; scanning only words that share it keeps this cheap.
  const std::string first_letter(1, typed.front());
  for (auto it = std::lower_bound(words_.begin(), words_.end(), first_letter);
       it != words_.end() && it->front() == typed.front(); ++it)
    if (prefix_within_one_edit(typed, *it))
      sources.push_back({&postings_[static_cast<std::size_t>(it - words_.begin())], kTypoQuality});
  return sources;
}

std::vector<SearchHit> SearchIndex::search(std::string_view query) const {
  const std::string folded_query = fold(query);
  std::vector<std::string> typed = split_words(folded_query);
  std::sort(typed.begin(), typed.end());
  typed.erase(std::unique(typed.begin(), typed.end()), typed.end());
  if (typed.empty() || typed.size() > kMaxQueryWords) return {};

  // Dense per-technique accumulators: no hashing on the hot path, one pass per posting.
  std::vector<float> score(technique_count_, 0.0f);
  std::vector<float> word_best(technique_count_, 0.0f);
  std::vector<std::uint8_t> fields(technique_count_, 0);
  std::vector<std::uint8_t> words_matched(technique_count_, 0);
  std::vector<std::uint32_t> touched;
  for (std::size_t w = 0; w < typed.size(); ++w) {
    touched.clear();
    for (const Source& source : sources_for(typed[w])) {
      for (const Posting& posting : *source.postings) {
        const std::uint32_t t = posting.technique;
        if (words_matched[t] != w) continue;  // it missed an earlier word
        const float value = field_weight(posting.fields) * source.quality;
        if (word_best[t] == 0.0f) touched.push_back(t);
        word_best[t] = std::max(word_best[t], value);
        fields[t] |= posting.fields;
      }
    }
    if (touched.empty()) return {};
    for (std::uint32_t t : touched) {
      score[t] += word_best[t];
      word_best[t] = 0.0f;
      ++words_matched[t];
    }
  }

  // `touched` now holds exactly the techniques that matched every word, in the order their
  // postings came; hits go out in catalog order, which sort_hits keeps among equal scores. When
  // most of the catalog matched (the first letters typed), one pass over it is quicker than
  // sorting the indexes.
  if (touched.size() > technique_count_ / 16) {
    touched.clear();
    for (std::uint32_t t = 0; t < technique_count_; ++t)
      if (words_matched[t] == typed.size()) touched.push_back(t);
  } else {
    std::sort(touched.begin(), touched.end());
  }
  std::vector<SearchHit> hits;
  hits.reserve(touched.size());
  for (std::uint32_t t : touched) {
    float bonus = 0.0f;
    for (const std::string& name : folded_names_[t]) {
      // A whole name typed out beats a name that merely starts with the words.
      if (name == folded_query) bonus = std::max(bonus, 2 * kNamePrefixBonus);
      if (name.starts_with(folded_query)) bonus = std::max(bonus, kNamePrefixBonus);
      // "sciatca" for "sciatica": a whole name mistyped still names the entry.
      else if (folded_query.size() >= kMinTypoLength && edit_distance(folded_query, name, 1) <= 1)
        bonus = std::max(bonus, kNamePrefixBonus);
    }
    hits.push_back({t, score[t] + bonus, fields[t]});
  }
  sort_hits(hits);
  return hits;
}

// Scores come from a handful of weights, so a counting sort on them (in steps of 1/8) orders
// 100,000 hits in one pass where a comparison sort would take milliseconds. The hits come in
// catalog (name) order, and ties keep it.
void SearchIndex::sort_hits(std::vector<SearchHit>& hits) {
  if (hits.size() < 64) {
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
    return;
  }
  const auto key = [](const SearchHit& hit) {
    return static_cast<std::size_t>(hit.score * 8.0f + 0.5f);
  };
  std::size_t top = 0;
  for (const auto& hit : hits) top = std::max(top, key(hit));
  std::vector<std::size_t> start(top + 2, 0);
  for (const auto& hit : hits) ++start[top - key(hit) + 1];
  for (std::size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
  std::vector<SearchHit> sorted(hits.size());
  for (const auto& hit : hits) sorted[start[top - key(hit)]++] = hit;
  hits = std::move(sorted);
}

}  // namespace painatlas
