#include "export/site_paths.h"

#include <algorithm>

namespace painatlas {

std::string technique_page(std::string_view technique_id, Audience audience) {
  std::string page = "techniques/";
  page += technique_id;
  page += audience == Audience::Patient ? ".patient.html" : ".html";
  return page;
}

std::string condition_page(std::string_view term_id, Audience audience) {
  std::string page = "conditions/";
  page += term_id;
  page += audience == Audience::Patient ? ".patient.html" : ".html";
  return page;
}

std::string glossary_entry(std::string_view term_id) {
  return std::string(kGlossaryPage) + "#term-" + std::string(term_id);
}

std::string condition_section(std::string_view term_id) {
  return std::string(kIndexPage) + "#for-" + std::string(term_id);
}

std::string category_section(std::string_view category_id) {
  return std::string(kIndexPage) + "#category-" + std::string(category_id);
}

std::string relative_href(std::string_view from, std::string_view target) {
  // Pages in a folder reach the root through "../"; a link to the page itself keeps only its
  // anchor, so following it does not reload the page.
  const std::size_t depth = static_cast<std::size_t>(std::count(from.begin(), from.end(), '/'));
  const std::string_view target_page = target.substr(0, target.find('#'));
  if (target_page == from && target.find('#') != std::string_view::npos)
    return std::string(target.substr(target.find('#')));
  std::string href;
  for (std::size_t i = 0; i < depth; ++i) href += "../";
  href += target;
  return href;
}

bool safe_page_id(std::string_view id) {
  return !id.empty() && id.front() != '-' && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

}  // namespace painatlas
