#include "catalog_commands.h"

#include <algorithm>
#include <iomanip>

#include "catalog/filter.h"
#include "catalog/term_lookup.h"
#include "catalog/text_fold.h"
#include "export/json_export.h"
#include "text_output.h"

namespace painatlas::cli {

namespace {

using nlohmann::json;

void print_rows(const CliContext& context, const std::vector<TechniqueIndex>& techniques,
                const std::vector<SearchHit>* hits = nullptr) {
  const auto& all = context.catalog().techniques();
  if (context.format == Format::Json) {
    json results = json::array();
    for (std::size_t i = 0; i < techniques.size(); ++i)
      results.push_back(result_row_json(all[techniques[i]], hits ? &(*hits)[i] : nullptr));
    context.out << json{{"results", results}}.dump(2) << '\n';
    return;
  }
  for (std::size_t i = 0; i < techniques.size(); ++i)
    print_result_row(context.out, all[techniques[i]], hits ? &(*hits)[i] : nullptr);
  context.out << techniques.size() << (techniques.size() == 1 ? " technique\n" : " techniques\n");
}

// Resolves one filter argument to facet value ids (several when a word names several terms and
// no broader one: they are meant together), or explains why it cannot.
std::vector<std::string> resolve_value(const CliContext& context, Facet facet,
                                       const std::string& typed) {
  const Catalog& catalog = context.catalog();
  std::vector<std::string> suggestions;
  const auto term_kind = [&]() -> std::optional<TermKind> {
    switch (facet) {
      case Facet::Indication:
        return TermKind::Condition;
      case Facet::Contraindication:
        return TermKind::Factor;
      case Facet::Risk:
        return TermKind::Complication;
      default:
        return std::nullopt;
    }
  }();
  if (term_kind) {
    const auto found = lookup_term(catalog, *term_kind, typed);
    if (found.by_words) {
      context.err << "painatlas-cli: \"" << typed << "\" taken as ";
      for (std::size_t i = 0; i < found.terms.size(); ++i)
        context.err << (i == 0                        ? ""
                        : i + 1 == found.terms.size() ? " or "
                                                      : ", ")
                    << '"' << found.terms[i]->name << '"';
      context.err << '\n';
    }
    if (!found.terms.empty()) {
      std::vector<std::string> ids;
      for (const Term* term : found.terms) ids.push_back(term->id);
      return ids;
    }
    suggestions = found.suggestions;
  } else {
    const std::string wanted = fold(typed);
    std::vector<std::string> choices;
    for (std::uint32_t n = 0; n < catalog.facet_value_count(facet); ++n) {
      const std::string& value = catalog.facet_value(facet, n);
      for (const auto& spelling : {value, catalog.facet_value_name(facet, value, false),
                                   catalog.facet_value_name(facet, value, true)}) {
        if (fold(spelling) == wanted) return {value};
      }
      choices.push_back(value);
    }
    if (facet == Facet::Region)
      for (const Region& region : catalog.regions())
        if (fold(region.id) == wanted || fold(region.name) == wanted ||
            fold(region.lay_name) == wanted)
          return {region.id};
    suggestions = closest_matches(wanted, choices, 3);
  }
  context.err << "painatlas-cli: unknown " << facet_id(facet) << " \"" << typed << "\"";
  if (!suggestions.empty()) {
    context.err << "; did you mean";
    for (std::size_t i = 0; i < suggestions.size(); ++i)
      context.err << (i ? ", \"" : " \"") << suggestions[i] << '"';
    context.err << '?';
  }
  context.err << "\n  (painatlas-cli terms lists every term)\n";
  return {};
}

}  // namespace

int run_list(const CliContext& context) {
  std::vector<TechniqueIndex> all(context.catalog().techniques().size());
  for (TechniqueIndex i = 0; i < all.size(); ++i) all[i] = i;
  print_rows(context, all);
  return kExitOk;
}

int run_search(const CliContext& context, const std::vector<std::string>& words) {
  std::string query;
  for (const auto& word : words) query += (query.empty() ? "" : " ") + word;
  const auto hits = context.catalog().search_index().search(query);
  std::vector<TechniqueIndex> techniques;
  for (const auto& hit : hits) techniques.push_back(hit.technique);
  print_rows(context, techniques, &hits);
  return kExitOk;
}

int run_filter(const CliContext& context, const FilterArguments& arguments) {
  FilterQuery query;
  bool all_known = true;
  const auto add = [&](Facet facet, const std::vector<std::string>& typed) {
    for (const auto& value : typed) {
      const auto resolved = resolve_value(context, facet, value);
      if (resolved.empty()) all_known = false;
      for (const auto& id : resolved) {
        if (facet == Facet::Contraindication && arguments.contraindication_severity)
          query.contraindication_severity.push_back({id, *arguments.contraindication_severity});
        else
          query.values(facet).push_back(id);
      }
    }
  };
  add(Facet::Indication, arguments.indications);
  add(Facet::Contraindication, arguments.contraindications);
  add(Facet::Risk, arguments.risks);
  add(Facet::Category, arguments.categories);
  add(Facet::Region, arguments.regions);
  add(Facet::BleedingRisk, arguments.bleeding_risks);
  if (!all_known) return kExitUsage;
  print_rows(context, apply_filter(context.catalog(), query).techniques);
  return kExitOk;
}

int run_terms(const CliContext& context, const std::string& kind_word) {
  std::optional<TermKind> kind;
  if (kind_word == "conditions")
    kind = TermKind::Condition;
  else if (kind_word == "factors")
    kind = TermKind::Factor;
  else if (kind_word == "complications")
    kind = TermKind::Complication;
  const Catalog& catalog = context.catalog();
  json results = json::array();
  for (const Term& term : catalog.terms()) {
    if (kind && term.kind != *kind) continue;
    const std::size_t uses = catalog.term_usage(term.id);
    if (context.format == Format::Json) {
      results.push_back(term_json(term, uses));
      continue;
    }
    context.out << std::left << std::setw(13) << enum_id(term.kind) << std::setw(40) << term.id
                << std::right << std::setw(3) << uses << "  " << term.name;
    if (term.lay_name != term.name) context.out << " (" << term.lay_name << ")";
    context.out << '\n';
  }
  if (context.format == Format::Json) context.out << json{{"results", results}}.dump(2) << '\n';
  return kExitOk;
}

}  // namespace painatlas::cli
