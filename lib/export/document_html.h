// Renders a Document as an HTML fragment (the inside of <main>, or of a handout's body).
#pragma once

#include "export/document.h"
#include "export/html_writer.h"

namespace painatlas {

void write_html(HtmlWriter& html, const Document& document);
void write_spans(HtmlWriter& html, const Spans& spans);

}  // namespace painatlas
