// The site's DocumentLinks: glossary anchors, index sections, technique and condition pages,
// written from the site's root (render_site_page makes them relative to each page).
#pragma once

#include "catalog/catalog.h"
#include "export/document_links.h"

namespace painatlas {

class SiteLinks : public DocumentLinks {
 public:
  explicit SiteLinks(const Catalog& catalog) : catalog_(catalog) {}
  std::string term(const std::string& term_id) const override;
  std::string condition(const std::string& term_id, Audience audience) const override;
  std::string techniques_for(const std::string& term_id) const override;
  std::string technique(const std::string& technique_id, Audience audience) const override;

 private:
  const Catalog& catalog_;
};

}  // namespace painatlas
