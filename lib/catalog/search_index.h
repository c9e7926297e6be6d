// Full-text search over techniques: names, aliases, the names, lay names and synonyms of their
// terms and of the terms `broader` links relate to them (up and down: a technique listing
// "anticoagulant therapy" is found by "warfarin"), and both summaries. Case- and accent-insensitive, prefix matching for search as you
// type, one typo per word tolerated; a hit in a name or alias outranks a hit in prose.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "content/condition_guide.h"
#include "content/model.h"

namespace painatlas {

// Where a query matched, as bits, strongest first.
enum class SearchField : std::uint8_t {
  Name = 1 << 0,
  Alias = 1 << 1,
  Indication = 1 << 2,
  Contraindication = 1 << 3,
  Risk = 1 << 4,
  Summary = 1 << 5,
  PatientSummary = 1 << 6,
  Related = 1 << 7,  // a broader or narrower term of one the technique lists
};
std::string_view search_field_id(SearchField field);  // "name", "alias", "indication"...
std::vector<SearchField> fields_in(std::uint8_t mask);

struct SearchHit {
  std::uint32_t technique = 0;  // index into Catalog::techniques() (or conditions(), for guides)
  float score = 0;
  std::uint8_t fields = 0;  // SearchField bits that matched
};

class SearchIndex {
 public:
  using TermLookup = std::function<const Term*(std::string_view)>;
  SearchIndex() = default;
  // The terms linked to a term by `broader`, above and below it, not the term itself.
  using RelatedLookup = std::function<std::vector<const Term*>(std::string_view)>;
  SearchIndex(const std::vector<Technique>& techniques, const TermLookup& find_term,
              const RelatedLookup& related_terms);
  // Condition guides, found by the names, lay names and synonyms of their terms (Name for the
  // guide's own term, Alias for the terms it covers) and by their descriptions (Summary,
  // PatientSummary). A separate, small index, so technique search pays nothing for it.
  SearchIndex(const std::vector<ConditionGuide>& guides, const TermLookup& find_term);

  // Every technique that matches all words of the query, best first; ties keep catalog order.
  // An empty query matches nothing.
  std::vector<SearchHit> search(std::string_view query) const;

  std::size_t word_count() const { return words_.size(); }

 private:
  struct Posting {
    std::uint32_t technique;
    std::uint8_t fields;
  };
  // Posting lists a query word draws on, with the quality of the match.
  struct Source {
    const std::vector<Posting>* postings;
    float quality;
  };
  using WordFields = std::unordered_map<std::string, std::uint8_t>;
  // Indexes `count` documents; `collect` fills the words of one document with their fields.
  void build(std::size_t count, const std::function<void(std::uint32_t, WordFields&)>& collect);
  std::vector<Source> sources_for(const std::string& typed) const;
  static void sort_hits(std::vector<SearchHit>& hits);

  std::vector<std::string> words_;              // sorted, unique, folded
  std::vector<std::vector<Posting>> postings_;  // parallel to words_
  // The first keystrokes match thousands of words; their merged lists are kept ready so a one- or
  // two-letter query reads one list instead of thousands.
  std::unordered_map<std::string, std::vector<Posting>> short_prefixes_;
  // The names each entry answers to, folded: a technique's name; a guide's condition names and
  // synonyms, and those of the conditions it covers. A query that starts one ranks first.
  std::vector<std::vector<std::string>> folded_names_;
  std::size_t technique_count_ = 0;
};

}  // namespace painatlas
