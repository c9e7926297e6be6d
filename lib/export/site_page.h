// The frame of every site page: a skip link, a header with the site's name and navigation, the
// main content under the page's only <h1>, and a footer with the disclaimer, the content version
// and the review date.
#pragma once

#include <string>
#include <string_view>

#include "catalog/catalog.h"
#include "export/document.h"

namespace painatlas {

struct SitePage {
  std::string path;  // relative to the site's root, with '/'
  std::string content;
};

struct SitePageFrame {
  std::string path;         // where the page lives, for its links
  std::string title;        // the <title>: unique on the site
  std::string heading;      // the <h1>
  std::string description;  // a sentence for search engines; may be empty
  std::string nav_current;  // the navigation target this page is, marked as current
  std::string review_line;  // "Last reviewed 2026-11-28." or a span of dates
  bool wide = false;        // wide tables: the main column may use more of a wide screen
};

// `body` is the page below its <h1>; hrefs in it are relative to the site's root and are made
// relative to the page here.
SitePage render_site_page(const Catalog& catalog, const SitePageFrame& frame, Document body);

// The frame of a page that gathers the whole catalog (index, glossary, comparison): it is its own
// navigation entry and gives the span of review dates.
SitePageFrame catalog_page_frame(const Catalog& catalog, std::string_view path, std::string heading,
                                 std::string title, std::string description);

// "Technique pages were last reviewed between 2026-10-01 and 2026-11-28.", for pages that
// gather many techniques.
std::string review_span(const Catalog& catalog);

}  // namespace painatlas
