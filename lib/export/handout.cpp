#include "export/handout.h"

#include "export/document_html.h"
#include "export/document_markdown.h"
#include "export/html_page.h"
#include "export/technique_document.h"

namespace painatlas {

// The patient page of the site without its links and navigation: one file to print or keep.
std::string render_handout(const Catalog& catalog, const Technique& t, HandoutFormat format) {
  Document body;
  body.paragraph(std::string(kDisclaimer), "disclaimer");
  body.append(technique_document(catalog, t, Audience::Patient, {nullptr, false}));
  body.paragraph("Last reviewed " + t.last_reviewed + ". Pain Atlas content version " +
                     catalog.info().version + ".",
                 "note");
  if (format == HandoutFormat::Markdown)
    return "# " + escape_markdown(t.name) + "\n\n" + render_markdown(body);
  HtmlWriter html;
  PageHead head;
  head.title = t.name + " - Pain Atlas handout";
  head.inline_style = true;
  open_page(html, head);
  html.open("main");
  html.line_break();
  html.element("h1", t.name);
  html.line_break();
  write_html(html, body);
  close_page(html);
  return html.str();
}

}  // namespace painatlas
