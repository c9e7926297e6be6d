// A link to a place in Pain Atlas: the technique shown, the register, the search, the filters,
// the view, the techniques compared and the theme. The browser reads it from and writes it to
// its address bar (?select=vertebroplasty&audience=patient); the desktop builds one from its
// command-line options. Both apply it the same way (app/ui/deep_link_state.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "catalog/catalog.h"
#include "reader/audience.h"
#include "store/user_data.h"

namespace painatlas {

struct DeepLink {
  std::string select;  // technique id, or empty
  std::optional<Audience> audience;
  std::optional<std::string> query;
  std::vector<std::pair<Facet, std::string>> filters;  // facet value ids
  std::optional<MainView> view;
  std::string condition;             // a condition's term id (any of its names before resolving)
  std::string region;                // a body region's id (or name) on "Where does it hurt?"
  std::vector<std::string> compare;  // technique ids
  std::optional<Theme> theme;
  bool operator==(const DeepLink&) const = default;
};

struct ParsedDeepLink {
  DeepLink link;
  std::vector<std::string> notices;  // one short sentence per parameter left out
};

// Reads a URL query string, with or without its "?": percent-escapes and "+" for a space are
// decoded, `filter` and `compare` may repeat. Unknown parameters and values that cannot be read
// are left out, each with a notice; nothing here can fail.
ParsedDeepLink parse_deep_link(std::string_view query_string);

// Resolves what the catalog knows and drops what it does not, with a notice each: technique ids
// (an id, name or alias), facet values (an id or any name of the term, region or class), the
// condition (any name of a condition term; the guide that covers it is opened) and the region.
std::vector<std::string> resolve_deep_link(const Catalog& catalog, DeepLink& link);

// The query string for a link, with its "?", or "" when the link names nothing. Parameters come
// in a fixed order, so equal links give equal strings.
std::string format_deep_link(const DeepLink& link);

// "indication:sciatica" (the web) or "indication=sciatica" (the desktop's --filter).
std::optional<std::pair<Facet, std::string>> parse_facet_filter(std::string_view text);

}  // namespace painatlas
