// Reads the pages the site exporter writes, for tests: start and end tags with their attributes,
// and the text inside an element. Enough for generated, escaped markup; not a general parser.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace painatlas::testing {

struct HtmlTag {
  std::string name;  // lower case
  bool closing = false;
  std::map<std::string, std::string> attributes;  // values unescaped
  std::size_t begin = 0;                          // offset of '<'
  std::size_t end = 0;                            // offset after '>'
  bool has(const std::string& attribute) const { return attributes.contains(attribute); }
  std::string get(const std::string& attribute) const {
    auto it = attributes.find(attribute);
    return it == attributes.end() ? std::string() : it->second;
  }
};

std::vector<HtmlTag> scan_tags(const std::string& html);

// The text of the element whose start tag is tags[index], tags stripped, entities decoded and
// white space collapsed: what a screen reader reads for it.
std::string element_text(const std::string& html, const std::vector<HtmlTag>& tags,
                         std::size_t index);

std::string unescape_html(const std::string& text);

}  // namespace painatlas::testing
