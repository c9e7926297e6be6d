// The frame every HTML page shares: doctype, language, character set, viewport, title and style
// sheet. Site pages link the shared style sheet; a handout carries it inline so that it stays one
// self-contained file.
#pragma once

#include <string>
#include <string_view>

#include "export/html_writer.h"

namespace painatlas {

struct PageHead {
  std::string title;
  std::string description;      // for search engines and link previews; may be empty
  std::string stylesheet_href;  // a linked style sheet, or
  bool inline_style = false;    // the style sheet inside the page
  std::string extra_style;      // inline rules after the style sheet (a handout's page layout)
  std::string body_class;
};

// Writes everything up to and including <body>; close_page() ends the document.
void open_page(HtmlWriter& html, const PageHead& head);
void close_page(HtmlWriter& html);

}  // namespace painatlas
