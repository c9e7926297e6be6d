// A technique in one register as a Document: the sections the desktop's detail panel shows, in
// the same order, written once for the site's technique pages and the patient handout.
#pragma once

#include <string>

#include "catalog/catalog.h"
#include "export/document.h"
#include "export/document_links.h"
#include "reader/audience.h"

namespace painatlas {

struct TechniqueDocumentOptions {
  const DocumentLinks* links = nullptr;  // null: plain text
  bool related = true;                   // end with the related techniques
};

Document technique_document(const Catalog& catalog, const Technique& technique, Audience audience,
                            const TechniqueDocumentOptions& options);

// "Vertebroplasty in plain language", "Vertebroplasty (for students)": page titles and links.
std::string technique_title(const Technique& technique, Audience audience);

}  // namespace painatlas
