// A patient handout: one self-contained, printable page in plain language (what it is, why it is
// offered, what happens, before and after, risks in words and "1 in N", questions to ask, the
// disclaimer and the review date), and the reader's own situation if they choose. Every piece of
// content is escaped.
#pragma once

#include <string>

#include "catalog/catalog.h"
#include "export/document_writer.h"
#include "reader/screening.h"

namespace painatlas {

// With `situation`, the handout also has a "Your situation" section: what the content lists for
// the factors the reader ticked, in plain words.
std::string render_handout(const Catalog& catalog, const Technique& technique,
                           HandoutFormat format, const ScreeningResult* situation = nullptr);

}  // namespace painatlas
