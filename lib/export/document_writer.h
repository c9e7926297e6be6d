// The parts of a printable document (title, headings, paragraphs, lists, a table), written once
// for HTML and Markdown and escaped for both, so content can never inject markup. The technique
// handout and the condition handout are both built from it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace painatlas {

enum class HandoutFormat { Html, Markdown };

class DocumentWriter {
 public:
  explicit DocumentWriter(HandoutFormat format) : html_(format == HandoutFormat::Html) {}

  // The HTML head (with the handout style and `extra_style`) or nothing for Markdown.
  void begin(std::string_view title, std::string_view extra_style = {});
  void end();
  void title(std::string_view text);
  void heading(std::string_view text);
  void disclaimer();
  void paragraph(std::string_view text, bool note = false);
  void list(const std::vector<std::string>& items, bool numbered = false);
  // A table with a header row; `first_column_is_header` marks each row's first cell as a label.
  void table(const std::vector<std::string>& header,
             const std::vector<std::vector<std::string>>& rows, bool first_column_is_header);
  std::string& raw() { return out_; }
  bool html() const { return html_; }

 private:
  void element(std::string_view open, std::string_view text, std::string_view close);
  std::string esc(std::string_view text) const;
  bool html_;
  std::string out_;
};

}  // namespace painatlas
