#include "export/document_writer.h"

#include "export/html_escape.h"
#include "reader/audience.h"

namespace painatlas {

namespace {

constexpr std::string_view kStyle =
    "body{font-family:'DejaVu Sans',Verdana,sans-serif;max-width:42em;margin:2em auto;padding:0 "
    "1em;line-height:1.5;color:#1a1c21}h1{font-size:1.7em}h2{font-size:1.2em;margin-top:1.6em;"
    "border-bottom:1px solid #ccd}.note{color:#4a4d55;font-size:.95em}.disclaimer{border:2px "
    "solid #1f5fa8;padding:.6em 1em;border-radius:6px}@media print{body{margin:0}}";

}  // namespace

void DocumentWriter::begin(std::string_view title, std::string_view extra_style) {
  if (!html_) return;
  out_ += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
  out_ += escape_html(title);
  out_ += " - Pain Atlas</title>\n<style>";
  out_ += kStyle;
  out_ += extra_style;
  out_ += "</style>\n</head>\n<body>\n";
}

void DocumentWriter::end() {
  if (html_) out_ += "</body>\n</html>\n";
}

void DocumentWriter::title(std::string_view text) {
  element(html_ ? "<h1>" : "# ", text, html_ ? "</h1>\n" : "\n\n");
}

void DocumentWriter::heading(std::string_view text) {
  element(html_ ? "<h2>" : "## ", text, html_ ? "</h2>\n" : "\n\n");
}

void DocumentWriter::disclaimer() {
  element(html_ ? "<p class=\"disclaimer\">" : "> ", kDisclaimer, html_ ? "</p>\n" : "\n\n");
}

void DocumentWriter::paragraph(std::string_view text, bool note) {
  if (text.empty()) return;
  if (html_)
    element(note ? "<p class=\"note\">" : "<p>", text, "</p>\n");
  else
    element(note ? "*" : "", text, note ? "*\n\n" : "\n\n");
}

void DocumentWriter::list(const std::vector<std::string>& items, bool numbered) {
  if (items.empty()) return;
  if (html_) {
    out_ += numbered ? "<ol>\n" : "<ul>\n";
    for (const auto& item : items) element("  <li>", item, "</li>\n");
    out_ += numbered ? "</ol>\n" : "</ul>\n";
    return;
  }
  int n = 1;
  for (const auto& item : items) element(numbered ? std::to_string(n++) + ". " : "- ", item, "\n");
  out_ += "\n";
}

void DocumentWriter::table(const std::vector<std::string>& header,
                           const std::vector<std::vector<std::string>>& rows,
                           bool first_column_is_header) {
  if (html_) {
    out_ += "<table>\n<thead><tr>";
    for (const auto& cell : header) element("<th scope=\"col\">", cell, "</th>");
    out_ += "</tr></thead>\n<tbody>\n";
    for (const auto& row : rows) {
      out_ += "<tr>";
      for (std::size_t c = 0; c < row.size(); ++c)
        if (c == 0 && first_column_is_header)
          element("<th scope=\"row\">", row[c], "</th>");
        else
          element("<td>", row[c], "</td>");
      out_ += "</tr>\n";
    }
    out_ += "</tbody>\n</table>\n";
    return;
  }
  const auto line = [&](const std::vector<std::string>& cells) {
    out_ += "|";
    for (const auto& cell : cells) element(" ", cell, " |");
    out_ += "\n";
  };
  line(header);
  out_ += "|";
  for (std::size_t c = 0; c < header.size(); ++c) out_ += " --- |";
  out_ += "\n";
  for (const auto& row : rows) line(row);
  out_ += "\n";
}

// Appends piece by piece: GCC 12 warns falsely (-Wrestrict) on chains of string operator+.
void DocumentWriter::element(std::string_view open, std::string_view text, std::string_view close) {
  out_.append(open);
  out_.append(esc(text));
  out_.append(close);
}

std::string DocumentWriter::esc(std::string_view text) const {
  if (html_) return escape_html(text);
  // Markdown renders inline HTML, so <, > and & become entities; its own markup characters are
  // backslash-escaped; '|' would split a table cell and a line break would end a table row.
  std::string out;
  for (char c : text) {
    switch (c) {
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '&':
        out += "&amp;";
        continue;
      case '\n':
        out += ' ';
        continue;
      case '\\':
      case '*':
      case '_':
      case '[':
      case ']':
      case '`':
      case '#':
      case '|':
        out += '\\';
        break;
      default:
        break;
    }
    out += c;
  }
  return out;
}

}  // namespace painatlas
