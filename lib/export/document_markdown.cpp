#include "export/document_markdown.h"

#include "export/html_escape.h"

namespace painatlas {

namespace {

// Badges, labels and serious risks stand out; notes and screen-reader pauses are plain text.
bool strong(const std::string& style) {
  return style.starts_with("badge") || style == "label" || style == "serious";
}

std::string spans_markdown(const Spans& spans) {
  std::string out;
  for (const auto& span : spans) {
    std::string words = escape_markdown(span.text);
    if (!span.hidden.empty()) words += escape_markdown(span.hidden);
    if (strong(span.style)) words = "**" + words + "**";
    if (!span.href.empty()) words = "[" + words + "](" + escape_markdown(span.href) + ")";
    out += words;
  }
  return out;
}

}  // namespace

std::string escape_markdown(std::string_view text) {
  // Markdown also renders inline HTML, so escape both.
  std::string out;
  for (char c : escape_html(text)) {
    if (c == '\\' || c == '*' || c == '_' || c == '[' || c == ']' || c == '`' || c == '#' ||
        c == '|')
      out += '\\';
    out += c;
  }
  return out;
}

std::string render_markdown(const Document& document) {
  std::string out;
  for (const Block& block : document.blocks()) {
    switch (block.kind) {
      case BlockKind::Heading:
        out.append(static_cast<std::size_t>(block.level), '#');
        out += ' ';
        out += spans_markdown(block.spans);
        out += "\n\n";
        break;
      case BlockKind::Paragraph: {
        const bool note = block.style == "note";
        if (block.style == "disclaimer") out += "> ";
        if (note) out += '*';
        out += spans_markdown(block.spans);
        out += note ? "*\n\n" : "\n\n";
        break;
      }
      case BlockKind::List:
      case BlockKind::NumberedList: {
        int number = 1;
        for (const auto& item : block.items) {
          out += block.kind == BlockKind::NumberedList ? std::to_string(number++) + ". " : "- ";
          out += spans_markdown(item);
          out += '\n';
        }
        out += '\n';
        break;
      }
      case BlockKind::Table: {
        const Table& table = block.table;
        out += "**" + escape_markdown(table.caption) + "**\n\n|";
        for (const auto& header : table.headers) out += ' ' + escape_markdown(header) + " |";
        out += "\n|";
        for (std::size_t i = 0; i < table.headers.size(); ++i) out += " --- |";
        out += '\n';
        for (const auto& row : table.rows) {
          out += '|';
          for (const auto& cell : row) out += ' ' + spans_markdown(cell) + " |";
          out += '\n';
        }
        out += '\n';
        break;
      }
    }
  }
  return out;
}

}  // namespace painatlas
