#include "reader/deep_link.h"

#include <algorithm>

#include "catalog/term_lookup.h"
#include "catalog/text_fold.h"
#include "content/enums.h"

namespace painatlas {

namespace {

// Longer values are not ids or searches anyone typed; they are cut off rather than kept.
constexpr std::size_t kMaxValueBytes = 200;
constexpr std::size_t kMaxFilters = 32;

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// A malformed escape ("%zz", a lone "%") is kept as typed, as browsers do.
std::string percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '+') {
      out += ' ';
    } else if (c == '%' && i + 2 < text.size() && hex_digit(text[i + 1]) >= 0 &&
               hex_digit(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_digit(text[i + 1]) * 16 + hex_digit(text[i + 2]));
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

// Letters, digits and - . _ ~ stay as they are (RFC 3986 unreserved); so do ":" and "," in
// values, which read better in an address bar and are allowed in a query.
std::string percent_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~' || c == ':' || c == ',') {
      out += c;
    } else if (c == ' ') {
      out += '+';
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  return out;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(separator, start), text.size());
    if (end > start) parts.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

std::optional<Facet> parse_facet(std::string_view id) {
  for (Facet facet : kAllFacets)
    if (facet_id(facet) == id) return facet;
  return std::nullopt;
}

// Quotes a value in a notice, shortened so that a hostile URL cannot flood the screen.
std::string in_quotes(std::string_view value) {
  constexpr std::size_t kShown = 40;
  return "\u201c" + std::string(value.substr(0, kShown)) + (value.size() > kShown ? "\u2026" : "") +
         "\u201d";
}

template <typename E>
std::optional<E> enum_by_id_or_label(std::string_view typed) {
  const std::string wanted = fold(typed);
  for (const auto& entry : enum_entries<E>())
    if (entry.id == typed || fold(entry.label) == wanted) return entry.value;
  return std::nullopt;
}

std::optional<std::string> resolve_facet_value(const Catalog& catalog, Facet facet,
                                               const std::string& typed) {
  const auto term_of = [&](TermKind kind) -> std::optional<std::string> {
    if (const Term* term = catalog.find_term(typed); term && term->kind == kind) return term->id;
    if (const Term* term = lookup_term(catalog, kind, typed).term) return term->id;
    return std::nullopt;
  };
  switch (facet) {
    case Facet::Indication:
      return term_of(TermKind::Condition);
    case Facet::Contraindication:
      return term_of(TermKind::Factor);
    case Facet::Risk:
      return term_of(TermKind::Complication);
    case Facet::Region: {
      if (const Region* region = catalog.find_region(typed)) return region->id;
      const std::string wanted = fold(typed);
      for (const Region& region : catalog.regions())
        if (fold(region.name) == wanted) return region.id;
      return std::nullopt;
    }
    case Facet::Category:
      if (auto category = enum_by_id_or_label<Category>(typed))
        return std::string(enum_id(*category));
      return std::nullopt;
    case Facet::BleedingRisk:
      if (auto risk = enum_by_id_or_label<BleedingRisk>(typed)) return std::string(enum_id(*risk));
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::pair<Facet, std::string>> parse_facet_filter(std::string_view text) {
  const std::size_t at = text.find_first_of(":=");
  if (at == std::string_view::npos || at + 1 >= text.size()) return std::nullopt;
  const auto facet = parse_facet(text.substr(0, at));
  if (!facet) return std::nullopt;
  return std::pair{*facet, std::string(text.substr(at + 1))};
}

ParsedDeepLink parse_deep_link(std::string_view query_string) {
  ParsedDeepLink parsed;
  DeepLink& link = parsed.link;
  if (!query_string.empty() && query_string.front() == '?') query_string.remove_prefix(1);
  // A fragment is not part of the query.
  query_string = query_string.substr(0, query_string.find('#'));
  for (const std::string& pair : split(query_string, '&')) {
    const std::size_t equals = pair.find('=');
    const std::string key = percent_decode(pair.substr(0, equals));
    std::string value = equals == std::string::npos ? "" : percent_decode(pair.substr(equals + 1));
    if (value.size() > kMaxValueBytes) value.resize(kMaxValueBytes);
    if (key == "select") {
      link.select = value;
    } else if (key == "audience") {
      if (auto audience = parse_audience(value))
        link.audience = audience;
      else
        parsed.notices.push_back("The link's audience " + in_quotes(value) +
                                 " is not student or patient; it was ignored.");
    } else if (key == "q") {
      link.query = value;
    } else if (key == "filter") {
      if (auto filter = parse_facet_filter(value); filter && link.filters.size() < kMaxFilters)
        link.filters.push_back(std::move(*filter));
      else
        parsed.notices.push_back("The link's filter " + in_quotes(value) +
                                 " is not FACET:VALUE with a known facet; it was ignored.");
    } else if (key == "view") {
      if (auto view = parse_view(value))
        link.view = view;
      else
        parsed.notices.push_back("The link's view " + in_quotes(value) +
                                 " is not browse, compare, study, condition or map; it was "
                                 "ignored.");
    } else if (key == "condition") {
      link.condition = value;
    } else if (key == "region") {
      link.region = value;
    } else if (key == "compare") {
      for (auto& id : split(value, ','))
        if (std::find(link.compare.begin(), link.compare.end(), id) == link.compare.end())
          link.compare.push_back(std::move(id));
    } else if (key == "theme") {
      if (auto theme = parse_theme(value))
        link.theme = theme;
      else
        parsed.notices.push_back("The link's theme " + in_quotes(value) +
                                 " is not light, dark or high-contrast; it was ignored.");
    } else if (!key.empty()) {
      // Other sites add their own parameters (utm_source, fbclid): skipped without a word.
    }
  }
  return parsed;
}

std::vector<std::string> resolve_deep_link(const Catalog& catalog, DeepLink& link) {
  std::vector<std::string> notices;
  const auto technique_id = [&](const std::string& typed) -> std::optional<std::string> {
    if (const Technique* technique = lookup_technique(catalog, typed).technique)
      return technique->id;
    notices.push_back("The link names a technique this catalog does not have (" + in_quotes(typed) +
                      "); it was ignored.");
    return std::nullopt;
  };
  if (!link.select.empty()) link.select = technique_id(link.select).value_or("");
  std::vector<std::string> compared;
  for (const auto& typed : link.compare)
    if (auto id = technique_id(typed);
        id && std::find(compared.begin(), compared.end(), *id) == compared.end())
      compared.push_back(*id);
  link.compare = std::move(compared);
  std::vector<std::pair<Facet, std::string>> filters;
  for (const auto& [facet, typed] : link.filters) {
    if (auto value = resolve_facet_value(catalog, facet, typed))
      filters.emplace_back(facet, *value);
    else
      notices.push_back("The link's filter " +
                        in_quotes(std::string(facet_id(facet)) + ":" + typed) +
                        " is not in this catalog; it was ignored.");
  }
  link.filters = std::move(filters);
  if (!link.condition.empty()) {
    const ConditionLookupResult found = lookup_condition(catalog, link.condition);
    if (found.term) {
      link.condition = found.term->id;
    } else {
      notices.push_back("The link names a condition this catalog does not have (" +
                        in_quotes(link.condition) + "); it was ignored.");
      link.condition.clear();
    }
  }
  if (!link.region.empty()) {
    if (const Region* region = lookup_region(catalog, link.region).region) {
      link.region = region->id;
    } else {
      notices.push_back("The link names a body area this catalog does not have (" +
                        in_quotes(link.region) + "); it was ignored.");
      link.region.clear();
    }
  }
  return notices;
}

std::string format_deep_link(const DeepLink& link) {
  std::string out;
  const auto add = [&](std::string_view key, std::string_view value) {
    out += out.empty() ? '?' : '&';
    out += key;
    out += '=';
    out += percent_encode(value);
  };
  if (link.view && *link.view != MainView::Browse) add("view", view_id(*link.view));
  if (!link.condition.empty()) add("condition", link.condition);
  if (!link.region.empty()) add("region", link.region);
  if (!link.select.empty()) add("select", link.select);
  if (link.audience) add("audience", audience_id(*link.audience));
  if (link.query && !link.query->empty()) add("q", *link.query);
  for (const auto& [facet, value] : link.filters)
    add("filter", std::string(facet_id(facet)) + ":" + value);
  if (!link.compare.empty()) {
    std::string ids;
    for (const auto& id : link.compare) ids += (ids.empty() ? "" : ",") + id;
    add("compare", ids);
  }
  if (link.theme) add("theme", theme_id(*link.theme));
  return out;
}

}  // namespace painatlas
