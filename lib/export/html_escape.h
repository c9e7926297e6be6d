// Escaping for text placed into HTML, so content can never inject markup into a handout or deck.
#pragma once

#include <string>
#include <string_view>

namespace painatlas {

std::string escape_html(std::string_view text);

}  // namespace painatlas
