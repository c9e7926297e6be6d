// The immutable, indexed catalog: techniques, terms and regions as loaded, plus the indexes that
// filtering, facet counts and search use. Built once per load; every query is const.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "catalog/search_index.h"
#include "content/body_map.h"
#include "content/condition_guide.h"
#include "content/model.h"

namespace painatlas {

using TechniqueIndex = std::uint32_t;
using ConditionIndex = std::uint32_t;

enum class Facet { Indication, Contraindication, Risk, Category, Region, BleedingRisk };
inline constexpr std::array kAllFacets{Facet::Indication, Facet::Contraindication,
                                       Facet::Risk,       Facet::Category,
                                       Facet::Region,     Facet::BleedingRisk};
inline constexpr std::size_t kFacetCount = kAllFacets.size();
std::string_view facet_id(Facet facet);     // "indication", "bleeding-risk"...
std::string_view facet_label(Facet facet);  // "Indication", "Bleeding risk"...

// How a technique lists a contraindication value, as bits: a technique may list a term as
// absolute and a narrower one as relative, so both can be set.
inline constexpr std::uint8_t kAbsoluteBit = 1;
inline constexpr std::uint8_t kRelativeBit = 2;
inline std::uint8_t severity_bit(Severity severity) {
  return severity == Severity::Absolute ? kAbsoluteBit : kRelativeBit;
}

class Catalog {
 public:
  Catalog(ContentInfo info, std::vector<Term> terms, std::vector<Region> regions,
          std::vector<Technique> techniques, BodyMap body_map = {},
          std::vector<Guideline> guidelines = {}, std::vector<ConditionGuide> conditions = {});

  const ContentInfo& info() const { return info_; }
  const std::vector<Technique>& techniques() const { return techniques_; }
  const std::vector<Term>& terms() const { return terms_; }
  const std::vector<Region>& regions() const { return regions_; }
  const SearchIndex& search_index() const { return search_index_; }
  const BodyMap& body_map() const { return body_map_; }
  const std::vector<Guideline>& guidelines() const { return guidelines_; }
  // Condition guides, sorted by the clinical name of their term.
  const std::vector<ConditionGuide>& conditions() const { return conditions_; }
  const SearchIndex& condition_search_index() const { return condition_search_index_; }

  const Technique* find_technique(std::string_view id) const;
  std::optional<TechniqueIndex> technique_index(std::string_view id) const;
  const Term* find_term(std::string_view id) const;
  const Region* find_region(std::string_view id) const;

  struct GuidelineEntry {
    const Guideline* guideline = nullptr;
    const GuidelineItem* item = nullptr;
  };
  // The guideline item a technique's bleeding-risk class comes from (its bleeding_risk_basis).
  std::optional<GuidelineEntry> find_guideline_item(std::string_view item_id) const;
  // The guide for a condition term: the guide of that term, or the guide that covers it.
  const ConditionGuide* find_condition(std::string_view term_id) const;
  std::optional<ConditionIndex> condition_index(std::string_view term_id) const;
  // The guide for a term or, failing that, for the nearest broader term that has one.
  const ConditionGuide* condition_for_term(const std::string& term_id) const;
  // The guides a technique's indications lead to (through `broader` too), in indication order.
  std::span<const ConditionIndex> conditions_for_technique(TechniqueIndex technique) const {
    return conditions_by_technique_[technique];
  }
  // The guides that list a region.
  std::vector<ConditionIndex> conditions_in_region(std::string_view region_id) const;
  // The guide's name: its term's clinical name, or its lay name for patients.
  std::string condition_name(const ConditionGuide& guide, bool lay) const;

  // Facet values are the ids of terms, regions, categories or bleeding-risk classes. Each facet
  // numbers its values densely so counting needs no hashing.
  std::size_t facet_value_count(Facet facet) const { return facets_[index(facet)].values.size(); }
  const std::string& facet_value(Facet facet, std::uint32_t value) const {
    return facets_[index(facet)].values[value];
  }
  std::optional<std::uint32_t> facet_value_number(Facet facet, std::string_view value) const;
  // The values one technique has in a facet, as numbers.
  std::span<const std::uint32_t> values_of(TechniqueIndex technique, Facet facet) const {
    return facets_[index(facet)].per_technique[technique];
  }
  // Parallel to values_of(technique, Facet::Contraindication): the severity bits of each value.
  std::span<const std::uint8_t> severities_of(TechniqueIndex technique) const {
    return contraindication_severities_[technique];
  }
  // The techniques that have a value, in catalog order (sorted by name). A term value includes
  // the techniques that list a narrower term (its `broader` chain).
  std::span<const TechniqueIndex> techniques_with(Facet facet, std::string_view value) const;
  // A readable name for a facet value: the term, region or category name.
  std::string facet_value_name(Facet facet, std::string_view value, bool lay) const;

  // The term and every broader term above it ("warfarin-therapy", "anticoagulant-therapy").
  std::vector<std::string> broader_chain(const std::string& term_id) const;
  // Every term below it, at any depth ("anticoagulant-therapy": warfarin, DOACs, heparins...).
  std::vector<const Term*> narrower_terms(std::string_view term_id) const;
  // The terms above and below it, not the term itself: what search follows.
  std::vector<const Term*> related_terms(std::string_view term_id) const;

  // How many techniques refer to a term, or a narrower one, in any role.
  std::size_t term_usage(std::string_view term_id) const;

 private:
  struct FacetIndex {
    std::vector<std::string> values;
    std::unordered_map<std::string, std::uint32_t> numbers;
    std::vector<std::vector<TechniqueIndex>> postings;      // by value number
    std::vector<std::vector<std::uint32_t>> per_technique;  // by technique
  };
  static std::size_t index(Facet facet) { return static_cast<std::size_t>(facet); }
  void build_facets();
  // Returns the value's position in the technique's list for that facet.
  std::size_t add_facet_value(Facet facet, TechniqueIndex technique, const std::string& value);
  void index_conditions();

  ContentInfo info_;
  std::vector<Term> terms_;
  std::vector<Region> regions_;
  std::vector<Technique> techniques_;
  std::unordered_map<std::string, std::size_t> technique_by_id_;
  std::unordered_map<std::string, std::size_t> term_by_id_;
  std::unordered_map<std::string, std::size_t> region_by_id_;
  std::unordered_map<std::string, std::vector<std::size_t>> narrower_by_id_;  // direct children
  std::array<FacetIndex, kFacetCount> facets_;
  std::vector<std::vector<std::uint8_t>> contraindication_severities_;  // by technique
  SearchIndex search_index_;
  BodyMap body_map_;
  std::vector<Guideline> guidelines_;
  std::vector<ConditionGuide> conditions_;
  std::unordered_map<std::string, ConditionIndex> condition_by_term_;  // own and covered terms
  std::vector<std::vector<ConditionIndex>> conditions_by_technique_;
  SearchIndex condition_search_index_;
};

}  // namespace painatlas
