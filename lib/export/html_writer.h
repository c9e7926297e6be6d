// Builds HTML text: every text and attribute value is escaped on the way in, and elements are
// closed in the order they were opened, so content can neither inject markup nor unbalance a
// page. Shared by the handout, the document renderer and the site pages.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace painatlas {

class HtmlWriter {
 public:
  using Attributes = std::initializer_list<std::pair<std::string_view, std::string_view>>;

  // Attributes with an empty value are left out.
  void open(std::string_view tag, Attributes attributes = {});
  void close();  // the element opened last
  void text(std::string_view words);
  void element(std::string_view tag, std::string_view words, Attributes attributes = {});
  // An element with no content or end tag (meta, link).
  void empty_element(std::string_view tag, Attributes attributes);
  // Fixed markup written by the program itself (the doctype, a style sheet), never content.
  void markup(std::string_view fixed);
  void line_break() { out_ += '\n'; }

  std::size_t depth() const { return open_.size(); }
  const std::string& str() const { return out_; }

 private:
  void start_tag(std::string_view tag, Attributes attributes);
  std::string out_;
  std::vector<std::string> open_;
};

}  // namespace painatlas
