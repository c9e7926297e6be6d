#include "export/html_writer.h"

#include "export/html_escape.h"

namespace painatlas {

void HtmlWriter::start_tag(std::string_view tag, Attributes attributes) {
  out_ += '<';
  out_.append(tag);
  for (const auto& [name, value] : attributes) {
    if (value.empty()) continue;
    out_ += ' ';
    out_.append(name);
    out_ += "=\"";
    out_ += escape_html(value);
    out_ += '"';
  }
  out_ += '>';
}

void HtmlWriter::open(std::string_view tag, Attributes attributes) {
  start_tag(tag, attributes);
  open_.emplace_back(tag);
}

void HtmlWriter::close() {
  if (open_.empty()) return;
  out_ += "</";
  out_ += open_.back();
  out_ += '>';
  open_.pop_back();
}

void HtmlWriter::text(std::string_view words) { out_ += escape_html(words); }

void HtmlWriter::element(std::string_view tag, std::string_view words, Attributes attributes) {
  open(tag, attributes);
  text(words);
  close();
}

void HtmlWriter::empty_element(std::string_view tag, Attributes attributes) {
  start_tag(tag, attributes);
}

void HtmlWriter::markup(std::string_view fixed) { out_.append(fixed); }

}  // namespace painatlas
