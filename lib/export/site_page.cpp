#include "export/site_page.h"

#include <algorithm>

#include "export/document_html.h"
#include "export/html_page.h"
#include "export/site_paths.h"

namespace painatlas {

namespace {

bool external(const std::string& href) {
  return href.starts_with("https://") || href.starts_with("http://") || href.starts_with("#");
}

struct NavItem {
  std::string_view target;
  std::string_view label;
};
constexpr NavItem kNavigation[] = {
    {kIndexPage, "All techniques"},       {"index.html#by-condition", "Techniques by condition"},
    {kGuidesSection, "Condition guides"}, {kGlossaryPage, "Glossary of terms"},
    {kComparePage, "Compare techniques"},
};

void header(HtmlWriter& html, const Catalog& catalog, const SitePageFrame& frame) {
  html.open("a", {{"class", "skip-link"}, {"href", "#main"}});
  html.text("Skip to the main content");
  html.close();
  html.line_break();
  html.open("header");
  html.line_break();
  html.open("p", {{"class", "site-name"}});
  html.element("a", "Pain Atlas", {{"href", relative_href(frame.path, kIndexPage)}});
  html.close();
  html.line_break();
  html.open("nav", {{"aria-label", "Pain Atlas pages"}});
  html.open("ul");
  for (const NavItem& item : kNavigation) {
    if (item.target == kGuidesSection && catalog.conditions().empty()) continue;
    html.open("li");
    const bool current = item.target == frame.nav_current;
    html.element("a", item.label,
                 {{"href", relative_href(frame.path, item.target)},
                  {"aria-current", current ? "page" : ""}});
    html.close();
  }
  html.close();
  html.close();
  html.line_break();
  html.close();  // header
  html.line_break();
}

void footer(HtmlWriter& html, const Catalog& catalog, const SitePageFrame& frame) {
  html.open("footer");
  html.line_break();
  html.element("p", std::string(kDisclaimer));
  html.line_break();
  html.element("p",
               "Pain Atlas content version " + catalog.info().version + ". " + frame.review_line);
  html.line_break();
  html.close();
  html.line_break();
}

}  // namespace

SitePage render_site_page(const Catalog& catalog, const SitePageFrame& frame, Document body) {
  HtmlWriter html;
  PageHead head;
  head.title = frame.title;
  head.description = frame.description;
  head.stylesheet_href = relative_href(frame.path, kStylesheetFile);
  head.body_class = frame.wide ? "wide" : "";
  open_page(html, head);
  header(html, catalog, frame);
  html.open("main", {{"id", "main"}});
  html.line_break();
  html.element("h1", frame.heading);
  html.line_break();
  // Hrefs in the body are written from the root; the page may sit in a folder.
  body.rewrite_links([&](const std::string& href) {
    return external(href) ? href : relative_href(frame.path, href);
  });
  write_html(html, body);
  html.close();  // main
  html.line_break();
  footer(html, catalog, frame);
  close_page(html);
  return {frame.path, html.str()};
}

SitePageFrame catalog_page_frame(const Catalog& catalog, std::string_view path, std::string heading,
                                 std::string title, std::string description) {
  SitePageFrame frame;
  frame.path = std::string(path);
  frame.nav_current = std::string(path);
  frame.heading = std::move(heading);
  frame.title = std::move(title);
  frame.description = std::move(description);
  frame.review_line = review_span(catalog);
  return frame;
}

std::string review_span(const Catalog& catalog) {
  const auto& techniques = catalog.techniques();
  if (techniques.empty()) return {};
  const auto [oldest, newest] = std::minmax_element(
      techniques.begin(), techniques.end(),
      [](const Technique& a, const Technique& b) { return a.last_reviewed < b.last_reviewed; });
  if (oldest->last_reviewed == newest->last_reviewed)
    return "Every technique page was last reviewed " + newest->last_reviewed + ".";
  return "Technique pages were last reviewed between " + oldest->last_reviewed + " and " +
         newest->last_reviewed + ".";
}

}  // namespace painatlas
