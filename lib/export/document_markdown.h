// Renders a Document as Markdown (CommonMark with pipe tables), escaped so that neither Markdown
// syntax nor inline HTML in content takes effect.
#pragma once

#include <string>

#include "export/document.h"

namespace painatlas {

std::string escape_markdown(std::string_view text);
std::string render_markdown(const Document& document);

}  // namespace painatlas
