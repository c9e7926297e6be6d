// A Document as one self-contained file to print or keep: an HTML page carrying the shared style
// sheet inside it (plus what the handout adds, such as a landscape page), or Markdown.
#pragma once

#include <string>
#include <string_view>

#include "export/document.h"

namespace painatlas {

enum class HandoutFormat { Html, Markdown };

std::string render_handout_page(const std::string& title, const Document& body,
                                HandoutFormat format, std::string_view extra_style = {});

}  // namespace painatlas
