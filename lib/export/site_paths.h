// Where each page of the static site lives (paths relative to the site's root, always with '/')
// and the anchors links land on. One place, so the exporter, its tests and the desktop program's
// "Open as a web page" agree.
#pragma once

#include <string>
#include <string_view>

#include "reader/audience.h"

namespace painatlas {

inline constexpr std::string_view kIndexPage = "index.html";
inline constexpr std::string_view kGlossaryPage = "glossary.html";
inline constexpr std::string_view kComparePage = "compare.html";
inline constexpr std::string_view kStylesheetFile = "style.css";
inline constexpr std::string_view kGuidesSection = "index.html#guides";

// "techniques/<id>.html" for students, "techniques/<id>.patient.html" for patients.
std::string technique_page(std::string_view technique_id, Audience audience);
// "conditions/<term>.html" for students, "conditions/<term>.patient.html" for patients.
std::string condition_page(std::string_view term_id, Audience audience);
// The glossary entry of a term: "glossary.html#term-<id>".
std::string glossary_entry(std::string_view term_id);
// The index section listing the techniques for a condition: "index.html#for-<id>".
std::string condition_section(std::string_view term_id);
// The index section of a category: "index.html#category-<id>".
std::string category_section(std::string_view category_id);

// The href that leads from the page at `from` to `target` (both relative to the root).
std::string relative_href(std::string_view from, std::string_view target);

// Ids become file names and anchors: only lower-case letters, digits and '-' are accepted (the
// loader enforces this already; the exporter checks again before it names a file).
bool safe_page_id(std::string_view id);

}  // namespace painatlas
