#include "export/site.h"

#include "export/site_pages.h"
#include "export/site_paths.h"
#include "export/site_style.h"

namespace painatlas {

std::vector<SitePage> build_site(const Catalog& catalog) {
  std::vector<SitePage> pages;
  pages.push_back({std::string(kStylesheetFile), std::string(site_stylesheet())});
  pages.push_back(index_page(catalog));
  pages.push_back(glossary_page(catalog));
  pages.push_back(compare_page(catalog));
  for (SitePage& page : technique_pages(catalog)) pages.push_back(std::move(page));
  for (SitePage& page : condition_pages(catalog)) pages.push_back(std::move(page));
  return pages;
}

}  // namespace painatlas
