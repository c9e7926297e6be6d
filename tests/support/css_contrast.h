// Checks the colour pairs a style sheet declares against WCAG 2.1: the text colour of every rule
// against that rule's background (or the page's, from the body rule), and focus outlines against
// the page. Colours are read from the CSS variables the sheet defines, for its light scheme, its
// dark scheme (prefers-color-scheme) and its print style, so a change of colour is checked as it
// is written.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace painatlas::testing {

struct ColourPair {
  std::string scheme;                  // "light", "dark", "print"
  std::string selector;                // the rule that declares it
  std::string what;                    // "text", "focus outline"
  std::string foreground, background;  // #rrggbb
  double ratio = 0;
  double required = 0;
};

struct ContrastReport {
  std::vector<ColourPair> pairs;
  std::vector<std::string> problems;  // colours that could not be read
};

ContrastReport check_stylesheet_contrast(const std::string& css);

// WCAG 2.1 contrast ratio of two #rgb or #rrggbb colours; nullopt if either cannot be read.
std::optional<double> contrast_ratio(const std::string& a, const std::string& b);

}  // namespace painatlas::testing
