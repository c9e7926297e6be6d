// The one style sheet of the web pages (style.css) and of the handout (inline): readable
// measure, no fixed widths (text reflows at 400 % zoom), visible focus, light and dark colours
// whose text pairs meet WCAG 2.1 AA (the site test computes them from the variables here), and
// a print style.
#pragma once

#include <string_view>

namespace painatlas {

std::string_view site_stylesheet();

}  // namespace painatlas
