#include "export/html_page.h"

#include "export/site_style.h"

namespace painatlas {

void open_page(HtmlWriter& html, const PageHead& head) {
  html.markup("<!DOCTYPE html>\n");
  html.open("html", {{"lang", "en"}});
  html.line_break();
  html.open("head");
  html.line_break();
  html.empty_element("meta", {{"charset", "utf-8"}});
  html.line_break();
  html.empty_element("meta",
                     {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
  html.line_break();
  html.element("title", head.title);
  html.line_break();
  if (!head.description.empty()) {
    html.empty_element("meta", {{"name", "description"}, {"content", head.description}});
    html.line_break();
  }
  if (!head.stylesheet_href.empty()) {
    html.empty_element("link", {{"rel", "stylesheet"}, {"href", head.stylesheet_href}});
    html.line_break();
  }
  if (head.inline_style || !head.extra_style.empty()) {
    html.open("style");
    if (head.inline_style) html.markup(site_stylesheet());
    html.markup(head.extra_style);
    html.close();
    html.line_break();
  }
  html.close();  // head
  html.line_break();
  html.open("body", {{"class", head.body_class}});
  html.line_break();
}

void close_page(HtmlWriter& html) {
  while (html.depth() > 0) {
    html.close();
    html.line_break();
  }
}

}  // namespace painatlas
