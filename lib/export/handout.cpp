#include "export/handout.h"

#include "export/technique_document.h"

namespace painatlas {

// The patient page of the site without its links and navigation: one file to print or keep.
std::string render_handout(const Catalog& catalog, const Technique& t, HandoutFormat format) {
  Document body;
  body.paragraph(std::string(kDisclaimer), "disclaimer");
  body.append(technique_document(catalog, t, Audience::Patient, {nullptr, false}));
  body.paragraph("Last reviewed " + t.last_reviewed + ". Pain Atlas content version " +
                     catalog.info().version + ".",
                 "note");
  return render_handout_page(t.name, body, format);
}

}  // namespace painatlas
