#include "export/site_links.h"

#include "export/site_paths.h"

namespace painatlas {

std::string SiteLinks::term(const std::string& term_id) const {
  return catalog_.find_term(term_id) && safe_page_id(term_id) ? glossary_entry(term_id)
                                                              : std::string();
}

std::string SiteLinks::condition(const std::string& term_id, Audience audience) const {
  if (const ConditionGuide* guide = catalog_.condition_for_term(term_id);
      guide && safe_page_id(guide->term))
    return condition_page(guide->term, audience);
  return techniques_for(term_id);
}

std::string SiteLinks::techniques_for(const std::string& term_id) const {
  if (!catalog_.find_term(term_id) || !safe_page_id(term_id) ||
      catalog_.techniques_with(Facet::Indication, term_id).empty())
    return {};
  return condition_section(term_id);
}

std::string SiteLinks::technique(const std::string& technique_id, Audience audience) const {
  return catalog_.find_technique(technique_id) && safe_page_id(technique_id)
             ? technique_page(technique_id, audience)
             : std::string();
}

}  // namespace painatlas
