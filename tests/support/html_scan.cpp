#include "html_scan.h"

#include <cctype>

namespace painatlas::testing {

std::string unescape_html(const std::string& text) {
  static const std::pair<const char*, const char*> kEntities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    if (text[i] == '&')
      for (const auto& [entity, character] : kEntities)
        if (text.compare(i, std::string(entity).size(), entity) == 0) {
          out += character;
          i += std::string(entity).size();
          replaced = true;
          break;
        }
    if (!replaced) out += text[i++];
  }
  return out;
}

std::vector<HtmlTag> scan_tags(const std::string& html) {
  std::vector<HtmlTag> tags;
  std::size_t at = 0;
  while ((at = html.find('<', at)) != std::string::npos) {
    const std::size_t close = html.find('>', at);
    if (close == std::string::npos) break;
    std::string inside = html.substr(at + 1, close - at - 1);
    HtmlTag tag;
    tag.begin = at;
    tag.end = close + 1;
    at = close + 1;
    if (inside.empty() || inside[0] == '!') continue;  // doctype, comments
    std::size_t i = 0;
    if (inside[0] == '/') {
      tag.closing = true;
      i = 1;
    }
    while (i < inside.size() && (std::isalnum(static_cast<unsigned char>(inside[i])) != 0))
      tag.name += static_cast<char>(std::tolower(static_cast<unsigned char>(inside[i++])));
    while (i < inside.size()) {
      while (i < inside.size() && std::isspace(static_cast<unsigned char>(inside[i]))) ++i;
      std::string name;
      while (i < inside.size() && inside[i] != '=' && inside[i] != '>' &&
             !std::isspace(static_cast<unsigned char>(inside[i])) && inside[i] != '/')
        name += inside[i++];
      if (name.empty()) {
        ++i;
        continue;
      }
      std::string value;
      if (i < inside.size() && inside[i] == '=') {
        ++i;
        const char quote = i < inside.size() ? inside[i] : '\0';
        if (quote == '"' || quote == '\'') {
          const std::size_t end = inside.find(quote, i + 1);
          value = inside.substr(i + 1, end - i - 1);
          i = end == std::string::npos ? inside.size() : end + 1;
        } else {
          while (i < inside.size() && !std::isspace(static_cast<unsigned char>(inside[i])))
            value += inside[i++];
        }
      }
      tag.attributes[name] = unescape_html(value);
    }
    tags.push_back(std::move(tag));
  }
  return tags;
}

std::string element_text(const std::string& html, const std::vector<HtmlTag>& tags,
                         std::size_t index) {
  const HtmlTag& start = tags[index];
  int depth = 0;
  std::string raw;
  std::size_t from = start.end;
  for (std::size_t i = index + 1; i < tags.size(); ++i) {
    raw += html.substr(from, tags[i].begin - from);
    from = tags[i].end;
    if (tags[i].name != start.name) continue;
    if (!tags[i].closing) {
      ++depth;
    } else if (depth-- == 0) {
      break;
    }
  }
  std::string text;
  for (char c : unescape_html(raw)) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!text.empty() && text.back() != ' ') text += ' ';
    } else {
      text += c;
    }
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

}  // namespace painatlas::testing
