// A technique in one register as a Document: the sections the desktop's detail panel shows, in
// the same order, written once for the site's technique pages and the patient handout.
#pragma once

#include <string>

#include "catalog/catalog.h"
#include "export/document.h"
#include "reader/audience.h"

namespace painatlas {

// Where a technique's links point; an empty string means "no link". The site gives every term
// and technique a page or an anchor; the printable handout links nothing.
class TechniqueLinks {
 public:
  virtual ~TechniqueLinks() = default;
  virtual std::string term(const std::string& term_id) const = 0;
  // Where to read about a condition the technique treats: its guide, or the techniques for it.
  virtual std::string indication(const std::string& term_id) const = 0;
  virtual std::string technique(const std::string& technique_id, Audience audience) const = 0;
};

struct TechniqueDocumentOptions {
  const TechniqueLinks* links = nullptr;  // null: plain text
  bool related = true;                    // end with the related techniques
};

Document technique_document(const Catalog& catalog, const Technique& technique, Audience audience,
                            const TechniqueDocumentOptions& options);

// "Vertebroplasty in plain language", "Vertebroplasty (for students)": page titles and links.
std::string technique_title(const Technique& technique, Audience audience);

}  // namespace painatlas
