#include "catalog/catalog.h"

#include <algorithm>

#include "catalog/text_fold.h"

namespace painatlas {

std::string_view facet_id(Facet facet) {
  switch (facet) {
    case Facet::Indication:
      return "indication";
    case Facet::Contraindication:
      return "contraindication";
    case Facet::Risk:
      return "risk";
    case Facet::Category:
      return "category";
    case Facet::Region:
      return "region";
    case Facet::BleedingRisk:
      return "bleeding-risk";
  }
  return {};
}

std::string_view facet_label(Facet facet) {
  switch (facet) {
    case Facet::Indication:
      return "Indication";
    case Facet::Contraindication:
      return "Contraindication";
    case Facet::Risk:
      return "Risk";
    case Facet::Category:
      return "Category";
    case Facet::Region:
      return "Region";
    case Facet::BleedingRisk:
      return "Bleeding risk";
  }
  return {};
}

namespace {

// The reader grows each list one item at a time, leaving up to half of its storage unused; the
// catalog lives as long as the program, so the spare room is given back once.
void trim_lists(Technique& t) {
  for (auto* list : {&t.aliases, &t.regions, &t.procedure, &t.what_happens, &t.before, &t.after,
                     &t.related, &t.patient_questions})
    list->shrink_to_fit();
  t.indications.shrink_to_fit();
  t.contraindications.shrink_to_fit();
  t.risks.shrink_to_fit();
  t.imaging.shrink_to_fit();
  t.references.shrink_to_fit();
  t.region_positions.shrink_to_fit();
  t.related_positions.shrink_to_fit();
}

}  // namespace

Catalog::Catalog(ContentInfo info, std::vector<Term> terms, std::vector<Region> regions,
                 std::vector<Technique> techniques, BodyMap body_map,
                 std::vector<Guideline> guidelines, std::vector<ConditionGuide> conditions)
    : info_(std::move(info)),
      terms_(std::move(terms)),
      regions_(std::move(regions)),
      techniques_(std::move(techniques)),
      body_map_(std::move(body_map)),
      guidelines_(std::move(guidelines)),
      conditions_(std::move(conditions)) {
  // Catalog order is alphabetical by folded name, so every list starts sorted for people.
  std::vector<std::string> keys;
  keys.reserve(techniques_.size());
  std::vector<std::size_t> order(techniques_.size());
  for (std::size_t i = 0; i < techniques_.size(); ++i) {
    order[i] = i;
    keys.push_back(fold(techniques_[i].name));
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  std::vector<Technique> sorted;
  sorted.reserve(techniques_.size());
  for (std::size_t i : order) {
    sorted.push_back(std::move(techniques_[i]));
    trim_lists(sorted.back());
  }
  techniques_ = std::move(sorted);

  for (std::size_t i = 0; i < techniques_.size(); ++i)
    technique_by_id_.emplace(techniques_[i].id, i);
  for (std::size_t i = 0; i < terms_.size(); ++i) term_by_id_.emplace(terms_[i].id, i);
  for (std::size_t i = 0; i < regions_.size(); ++i) region_by_id_.emplace(regions_[i].id, i);
  for (std::size_t i = 0; i < terms_.size(); ++i)
    if (!terms_[i].broader.empty()) narrower_by_id_[terms_[i].broader].push_back(i);
  build_facets();
  search_index_ = SearchIndex(
      techniques_, [this](std::string_view id) { return find_term(id); },
      [this](std::string_view id) { return related_terms(id); });
  index_conditions();
}

void Catalog::index_conditions() {
  std::vector<std::string> keys;
  for (const auto& guide : conditions_) {
    const Term* term = find_term(guide.term);
    keys.push_back(fold(term ? term->name : guide.term));
  }
  std::vector<std::size_t> order(conditions_.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  std::vector<ConditionGuide> sorted;
  sorted.reserve(conditions_.size());
  for (std::size_t i : order) sorted.push_back(std::move(conditions_[i]));
  conditions_ = std::move(sorted);

  for (ConditionIndex c = 0; c < conditions_.size(); ++c) {
    condition_by_term_.emplace(conditions_[c].term, c);
    for (const auto& covered : conditions_[c].covers) condition_by_term_.emplace(covered, c);
  }
  conditions_by_technique_.resize(techniques_.size());
  if (!conditions_.empty())
    for (TechniqueIndex t = 0; t < techniques_.size(); ++t) {
      auto& mine = conditions_by_technique_[t];
      for (const auto& indication : techniques_[t].indications)
        for (const auto& term : broader_chain(indication.term)) {
          const auto found = condition_index(term);
          if (!found) continue;
          if (std::find(mine.begin(), mine.end(), *found) == mine.end()) mine.push_back(*found);
          break;
        }
    }
  condition_search_index_ =
      SearchIndex(conditions_, [this](std::string_view id) { return find_term(id); });
}

std::optional<ConditionIndex> Catalog::condition_index(std::string_view term_id) const {
  auto it = condition_by_term_.find(std::string(term_id));
  if (it == condition_by_term_.end()) return std::nullopt;
  return it->second;
}

const ConditionGuide* Catalog::find_condition(std::string_view term_id) const {
  const auto found = condition_index(term_id);
  return found ? &conditions_[*found] : nullptr;
}

const ConditionGuide* Catalog::condition_for_term(const std::string& term_id) const {
  for (const auto& term : broader_chain(term_id))
    if (const ConditionGuide* guide = find_condition(term)) return guide;
  return nullptr;
}

std::vector<ConditionIndex> Catalog::conditions_in_region(std::string_view region_id) const {
  std::vector<ConditionIndex> out;
  for (ConditionIndex c = 0; c < conditions_.size(); ++c) {
    const auto& regions = conditions_[c].regions;
    if (std::find(regions.begin(), regions.end(), region_id) != regions.end()) out.push_back(c);
  }
  return out;
}

std::string Catalog::condition_name(const ConditionGuide& guide, bool lay) const {
  const Term* term = find_term(guide.term);
  if (!term) return guide.term;
  return lay ? term->lay_name : term->name;
}

std::optional<Catalog::GuidelineEntry> Catalog::find_guideline_item(
    std::string_view item_id) const {
  // A handful of guidelines with a few dozen items: a scan is as fast as an index.
  for (const Guideline& guideline : guidelines_)
    for (const GuidelineItem& item : guideline.items)
      if (item.id == item_id) return GuidelineEntry{&guideline, &item};
  return std::nullopt;
}

std::size_t Catalog::add_facet_value(Facet facet, TechniqueIndex technique,
                                     const std::string& value) {
  FacetIndex& index = facets_[Catalog::index(facet)];
  auto [it, inserted] =
      index.numbers.emplace(value, static_cast<std::uint32_t>(index.values.size()));
  if (inserted) {
    index.values.push_back(value);
    index.postings.emplace_back();
  }
  auto& mine = index.per_technique[technique];
  const auto known = std::find(mine.begin(), mine.end(), it->second);
  if (known != mine.end()) return static_cast<std::size_t>(known - mine.begin());
  mine.push_back(it->second);
  index.postings[it->second].push_back(technique);
  return mine.size() - 1;
}

void Catalog::build_facets() {
  for (auto& facet : facets_) facet.per_technique.resize(techniques_.size());
  contraindication_severities_.resize(techniques_.size());
  // Fixed enums get every value up front, so a facet shows all classes even at zero.
  for (const auto& entry : enum_entries<Category>()) {
    FacetIndex& index = facets_[Catalog::index(Facet::Category)];
    index.numbers.emplace(std::string(entry.id), static_cast<std::uint32_t>(index.values.size()));
    index.values.emplace_back(entry.id);
    index.postings.emplace_back();
  }
  for (const auto& entry : enum_entries<BleedingRisk>()) {
    FacetIndex& index = facets_[Catalog::index(Facet::BleedingRisk)];
    index.numbers.emplace(std::string(entry.id), static_cast<std::uint32_t>(index.values.size()));
    index.values.emplace_back(entry.id);
    index.postings.emplace_back();
  }
  // A term also files the technique under every broader term, so that choosing "taking a blood
  // thinner" finds the technique that lists "taking warfarin".
  const auto add_term = [&](Facet facet, TechniqueIndex t, const std::string& id) {
    for (const auto& value : broader_chain(id)) add_facet_value(facet, t, value);
  };
  for (TechniqueIndex t = 0; t < techniques_.size(); ++t) {
    const Technique& technique = techniques_[t];
    for (const auto& indication : technique.indications)
      add_term(Facet::Indication, t, indication.term);
    for (const auto& item : technique.contraindications) {
      auto& severities = contraindication_severities_[t];
      for (const auto& value : broader_chain(item.term)) {
        const std::size_t at = add_facet_value(Facet::Contraindication, t, value);
        if (at >= severities.size()) severities.resize(at + 1, 0);
        severities[at] |= severity_bit(item.severity);
      }
    }
    for (const auto& risk : technique.risks) add_term(Facet::Risk, t, risk.term);
    for (const auto& region : technique.regions) add_facet_value(Facet::Region, t, region);
    add_facet_value(Facet::Category, t, std::string(enum_id(technique.category)));
    add_facet_value(Facet::BleedingRisk, t, std::string(enum_id(technique.bleeding_risk)));
  }
}

const Technique* Catalog::find_technique(std::string_view id) const {
  auto it = technique_by_id_.find(std::string(id));
  return it == technique_by_id_.end() ? nullptr : &techniques_[it->second];
}

std::optional<TechniqueIndex> Catalog::technique_index(std::string_view id) const {
  auto it = technique_by_id_.find(std::string(id));
  if (it == technique_by_id_.end()) return std::nullopt;
  return static_cast<TechniqueIndex>(it->second);
}

const Term* Catalog::find_term(std::string_view id) const {
  auto it = term_by_id_.find(std::string(id));
  return it == term_by_id_.end() ? nullptr : &terms_[it->second];
}

const Region* Catalog::find_region(std::string_view id) const {
  auto it = region_by_id_.find(std::string(id));
  return it == region_by_id_.end() ? nullptr : &regions_[it->second];
}

std::optional<std::uint32_t> Catalog::facet_value_number(Facet facet,
                                                         std::string_view value) const {
  const FacetIndex& index = facets_[Catalog::index(facet)];
  auto it = index.numbers.find(std::string(value));
  if (it == index.numbers.end()) return std::nullopt;
  return it->second;
}

std::span<const TechniqueIndex> Catalog::techniques_with(Facet facet,
                                                         std::string_view value) const {
  const auto number = facet_value_number(facet, value);
  if (!number) return {};
  return facets_[Catalog::index(facet)].postings[*number];
}

std::string Catalog::facet_value_name(Facet facet, std::string_view value, bool lay) const {
  switch (facet) {
    case Facet::Indication:
    case Facet::Contraindication:
    case Facet::Risk:
      if (const Term* term = find_term(value)) return lay ? term->lay_name : term->name;
      break;
    case Facet::Region:
      if (const Region* region = find_region(value)) return lay ? region->lay_name : region->name;
      break;
    case Facet::Category:
      if (auto category = parse_enum<Category>(value)) return std::string(enum_label(*category));
      break;
    case Facet::BleedingRisk:
      if (auto risk = parse_enum<BleedingRisk>(value)) return std::string(enum_label(*risk));
      break;
  }
  return std::string(value);
}

std::vector<std::string> Catalog::broader_chain(const std::string& term_id) const {
  std::vector<std::string> chain{term_id};
  const Term* term = find_term(term_id);
  // The loader rejects a term that is its own broader term; the depth cap guards longer cycles.
  for (int depth = 0; term && !term->broader.empty() && depth < 8; ++depth) {
    chain.push_back(term->broader);
    term = find_term(term->broader);
  }
  return chain;
}

std::vector<const Term*> Catalog::narrower_terms(std::string_view term_id) const {
  std::vector<const Term*> out;
  std::vector<std::string> pending{std::string(term_id)};
  // The loader rejects cycles of one; the count cap guards longer ones.
  while (!pending.empty() && out.size() < terms_.size()) {
    const std::string id = std::move(pending.back());
    pending.pop_back();
    auto it = narrower_by_id_.find(id);
    if (it == narrower_by_id_.end()) continue;
    for (std::size_t child : it->second) {
      out.push_back(&terms_[child]);
      pending.push_back(terms_[child].id);
    }
  }
  return out;
}

std::vector<const Term*> Catalog::related_terms(std::string_view term_id) const {
  std::vector<const Term*> out;
  const auto chain = broader_chain(std::string(term_id));
  for (std::size_t i = 1; i < chain.size(); ++i)
    if (const Term* term = find_term(chain[i])) out.push_back(term);
  for (const Term* term : narrower_terms(term_id)) out.push_back(term);
  return out;
}

std::size_t Catalog::term_usage(std::string_view term_id) const {
  std::size_t uses = 0;
  for (Facet facet : {Facet::Indication, Facet::Contraindication, Facet::Risk})
    uses += techniques_with(facet, term_id).size();
  return uses;
}

}  // namespace painatlas
