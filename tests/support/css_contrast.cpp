#include "css_contrast.h"

#include <cmath>
#include <map>
#include <regex>

namespace painatlas::testing {

namespace {

struct Rule {
  std::string selector;
  std::map<std::string, std::string> declarations;
};

// A style sheet as blocks: rules at the top, and rules inside each @media block.
struct Sheet {
  std::vector<Rule> rules;
  std::map<std::string, std::vector<Rule>> media;  // by the @media condition
};

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::map<std::string, std::string> parse_declarations(const std::string& body) {
  std::map<std::string, std::string> out;
  std::size_t at = 0;
  while (at < body.size()) {
    std::size_t end = body.find(';', at);
    if (end == std::string::npos) end = body.size();
    const std::string declaration = body.substr(at, end - at);
    at = end + 1;
    const auto colon = declaration.find(':');
    if (colon == std::string::npos) continue;
    out[trim(declaration.substr(0, colon))] = trim(declaration.substr(colon + 1));
  }
  return out;
}

// Parses "selector { ... }" blocks from `css` starting at `at`, until an unmatched '}'.
std::vector<Rule> parse_rules(const std::string& css, std::size_t& at, Sheet* sheet) {
  std::vector<Rule> rules;
  while (at < css.size()) {
    const std::size_t open = css.find_first_of("{}", at);
    if (open == std::string::npos || css[open] == '}') {
      at = open == std::string::npos ? css.size() : open + 1;
      return rules;
    }
    const std::string selector = trim(css.substr(at, open - at));
    at = open + 1;
    if (selector.starts_with("@media")) {
      std::vector<Rule> inner = parse_rules(css, at, nullptr);
      if (sheet) sheet->media[trim(selector.substr(6))] = std::move(inner);
      continue;
    }
    const std::size_t close = css.find('}', at);
    rules.push_back({selector, parse_declarations(css.substr(at, close - at))});
    at = close + 1;
  }
  return rules;
}

Sheet parse_sheet(std::string css) {
  static const std::regex comments(R"(/\*[\s\S]*?\*/)");
  css = std::regex_replace(css, comments, "");
  Sheet sheet;
  std::size_t at = 0;
  sheet.rules = parse_rules(css, at, &sheet);
  return sheet;
}

using Variables = std::map<std::string, std::string>;

void add_variables(const std::vector<Rule>& rules, Variables& variables) {
  for (const Rule& rule : rules)
    if (rule.selector == ":root")
      for (const auto& [name, value] : rule.declarations)
        if (name.starts_with("--")) variables[name] = value;
}

// A colour from a declaration's value: var(--x), or #hex; the first one found in a shorthand.
std::optional<std::string> resolve(const std::string& value, const Variables& variables) {
  static const std::regex var(R"(var\(\s*(--[a-zA-Z0-9-]+)\s*\))");
  static const std::regex hex(R"(#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b)");
  std::smatch match;
  if (std::regex_search(value, match, var)) {
    auto it = variables.find(match[1]);
    if (it == variables.end()) return std::nullopt;
    return resolve(it->second, variables);
  }
  if (std::regex_search(value, match, hex)) return match[0].str();
  return std::nullopt;
}

std::optional<std::string> declared(const Rule& rule, const std::vector<std::string>& names) {
  for (const auto& name : names)
    if (auto it = rule.declarations.find(name); it != rule.declarations.end()) return it->second;
  return std::nullopt;
}

void check_scheme(const std::string& scheme, const std::vector<Rule>& rules,
                  const Variables& variables, ContrastReport& report) {
  std::string page_bg, page_text;
  for (const Rule& rule : rules)
    if (rule.selector == "body") {
      if (auto bg = declared(rule, {"background", "background-color"}))
        page_bg = resolve(*bg, variables).value_or("");
      if (auto fg = declared(rule, {"color"})) page_text = resolve(*fg, variables).value_or("");
    }
  if (page_bg.empty() || page_text.empty()) {
    report.problems.push_back(scheme + ": the body rule sets no readable background and colour");
    return;
  }
  const auto add = [&](const Rule& rule, std::string what, const std::string& fg_value,
                       const std::string& bg_value, double required) {
    const auto fg = resolve(fg_value, variables);
    const auto bg = resolve(bg_value, variables);
    if (!fg || !bg) {
      report.problems.push_back(scheme + ": " + rule.selector + ": cannot read colour \"" +
                                (!fg ? fg_value : bg_value) + "\"");
      return;
    }
    ColourPair pair{scheme, rule.selector, std::move(what), *fg, *bg, 0, required};
    pair.ratio = contrast_ratio(*fg, *bg).value_or(0);
    report.pairs.push_back(pair);
  };
  for (const Rule& rule : rules) {
    if (rule.selector == ":root") continue;
    const auto fg = declared(rule, {"color"});
    const auto bg = declared(rule, {"background", "background-color"});
    // Keywords that inherit or follow the system (forced colours) have nothing to check.
    const auto checkable = [](const std::optional<std::string>& value) {
      return value && *value != "inherit" && *value != "currentColor" && *value != "transparent";
    };
    if (checkable(fg) || checkable(bg))
      add(rule, "text", checkable(fg) ? *fg : page_text, checkable(bg) ? *bg : page_bg, 4.5);
    // WCAG 2.1 1.4.11: a focus indicator needs 3:1 against what it sits on.
    if (const auto outline = declared(rule, {"outline", "outline-color"});
        outline && *outline != "none" && *outline != "0")
      add(rule, "focus outline", *outline, page_bg, 3.0);
  }
}

double channel(int value) {
  const double c = value / 255.0;
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

std::optional<double> luminance(const std::string& colour) {
  std::string hex = colour.substr(colour.starts_with('#') ? 1 : 0);
  if (hex.size() == 3) hex = {hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]};
  if (hex.size() != 6) return std::nullopt;
  int rgb[3];
  for (int i = 0; i < 3; ++i)
    rgb[i] = std::stoi(hex.substr(static_cast<std::size_t>(i) * 2, 2), nullptr, 16);
  return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
}

}  // namespace

std::optional<double> contrast_ratio(const std::string& a, const std::string& b) {
  const auto la = luminance(a), lb = luminance(b);
  if (!la || !lb) return std::nullopt;
  return (std::max(*la, *lb) + 0.05) / (std::min(*la, *lb) + 0.05);
}

ContrastReport check_stylesheet_contrast(const std::string& css) {
  const Sheet sheet = parse_sheet(css);
  ContrastReport report;
  Variables light;
  add_variables(sheet.rules, light);
  check_scheme("light", sheet.rules, light, report);
  for (const auto& [condition, rules] : sheet.media) {
    if (condition.find("prefers-color-scheme: dark") != std::string::npos) {
      Variables dark = light;
      add_variables(rules, dark);
      std::vector<Rule> all = sheet.rules;
      all.insert(all.end(), rules.begin(), rules.end());
      check_scheme("dark", all, dark, report);
    } else if (condition == "print") {
      check_scheme("print", rules, light, report);
    }
  }
  return report;
}

}  // namespace painatlas::testing
