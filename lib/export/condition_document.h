// A condition guide in one register as a Document: what the condition is, how it usually goes,
// when to get help at once, every option answering the same questions (the option grid), the
// questions to ask, what matters to different people and the sources. Written once for the
// printable condition handout (the grid as one table) and the site's guide pages (one section
// per option, which reads in order and reflows on a narrow screen).
#pragma once

#include <string>

#include "catalog/catalog.h"
#include "export/document.h"
#include "export/document_links.h"
#include "reader/audience.h"

namespace painatlas {

struct ConditionDocumentOptions {
  const DocumentLinks* links = nullptr;  // null: plain text
  bool grid_as_table = true;             // false: a section per option
};

Document condition_document(const Catalog& catalog, const ConditionGuide& guide, Audience audience,
                            const ConditionDocumentOptions& options);

}  // namespace painatlas
