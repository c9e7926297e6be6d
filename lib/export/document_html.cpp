#include "export/document_html.h"

namespace painatlas {

namespace {

void write_span(HtmlWriter& html, const Span& span) {
  if (!span.href.empty()) html.open("a", {{"href", span.href}});
  if (!span.style.empty()) {
    html.element("span", span.text, {{"class", span.style}});
  } else {
    html.text(span.text);
  }
  if (!span.hidden.empty()) html.element("span", span.hidden, {{"class", "visually-hidden"}});
  if (!span.href.empty()) html.close();
}

void write_list(HtmlWriter& html, const Block& block, std::string_view tag) {
  html.open(tag, {{"class", block.style}});
  html.line_break();
  for (std::size_t i = 0; i < block.items.size(); ++i) {
    html.open("li", {{"id", i < block.item_anchors.size() ? block.item_anchors[i] : ""}});
    write_spans(html, block.items[i]);
    html.close();
    html.line_break();
  }
  html.close();
}

// Column headers name the columns and the first cell of each row names the row, so a screen
// reader announces "How often: Uncommon" while moving through a row.
void write_table(HtmlWriter& html, const Table& table) {
  const std::string caption_id = table.id.empty() ? std::string() : table.id + "-caption";
  if (table.wide)
    html.open("div", {{"class", "table-scroll"},
                      {"role", "region"},
                      {"aria-labelledby", caption_id},
                      {"tabindex", "0"}});
  else
    html.open("div", {{"class", "table-scroll"}});
  html.open("table", {{"id", table.id}});
  html.element("caption", table.caption, {{"id", caption_id}});
  html.line_break();
  html.open("thead");
  html.open("tr");
  for (const auto& header : table.headers) html.element("th", header, {{"scope", "col"}});
  html.close();
  html.close();
  html.line_break();
  html.open("tbody");
  html.line_break();
  for (const auto& row : table.rows) {
    html.open("tr");
    for (std::size_t column = 0; column < row.size(); ++column) {
      if (column == 0)
        html.open("th", {{"scope", "row"}});
      else
        html.open("td");
      write_spans(html, row[column]);
      html.close();
    }
    html.close();
    html.line_break();
  }
  html.close();
  html.close();
  html.close();
}

}  // namespace

void write_spans(HtmlWriter& html, const Spans& spans) {
  for (const auto& span : spans) write_span(html, span);
}

void write_html(HtmlWriter& html, const Document& document) {
  for (const Block& block : document.blocks()) {
    switch (block.kind) {
      case BlockKind::Heading: {
        const std::string tag = "h" + std::to_string(block.level);
        html.open(tag, {{"id", block.anchor}});
        write_spans(html, block.spans);
        html.close();
        break;
      }
      case BlockKind::Paragraph:
        html.open("p", {{"class", block.style}});
        write_spans(html, block.spans);
        html.close();
        break;
      case BlockKind::List:
        write_list(html, block, "ul");
        break;
      case BlockKind::NumberedList:
        write_list(html, block, "ol");
        break;
      case BlockKind::Table:
        write_table(html, block.table);
        break;
    }
    html.line_break();
  }
}

}  // namespace painatlas
