// A patient handout: one self-contained, printable page in plain language (what it is, why it is
// offered, what happens, before and after, risks in words and "1 in N", questions to ask, the
// disclaimer and the review date). Every piece of content is escaped.
#pragma once

#include <string>

#include "catalog/catalog.h"
#include "export/document_writer.h"

namespace painatlas {

std::string render_handout(const Catalog& catalog, const Technique& technique,
                           HandoutFormat format);

}  // namespace painatlas
