#include "export/handout_page.h"

#include "export/document_html.h"
#include "export/document_markdown.h"
#include "export/html_page.h"

namespace painatlas {

std::string render_handout_page(const std::string& title, const Document& body,
                                HandoutFormat format, std::string_view extra_style) {
  if (format == HandoutFormat::Markdown)
    return "# " + escape_markdown(title) + "\n\n" + render_markdown(body);
  HtmlWriter html;
  PageHead head;
  head.title = title + " - Pain Atlas";
  head.inline_style = true;
  head.extra_style = std::string(extra_style);
  open_page(html, head);
  html.open("main");
  html.line_break();
  html.element("h1", title);
  html.line_break();
  write_html(html, body);
  close_page(html);
  return html.str();
}

}  // namespace painatlas
