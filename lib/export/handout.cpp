#include "export/handout.h"

#include "export/technique_document.h"
#include "reader/presentation.h"

namespace painatlas {

// The patient page of the site without its links and navigation: one file to print or keep.
std::string render_handout(const Catalog& catalog, const Technique& t, HandoutFormat format,
                           const ScreeningResult* situation) {
  Document body;
  body.paragraph(std::string(kDisclaimer), "disclaimer");
  if (situation) {
    body.heading(2, "Your situation");
    body.paragraph(std::string(screening_status_words(situation->status)) + ".");
    std::vector<std::string> reasons;
    for (const auto& reason : situation->reasons)
      reasons.push_back(reason_text(reason, Audience::Patient));
    body.list(reasons);
    body.paragraph(std::string(kSituationCaveat), "note");
  }
  body.append(technique_document(catalog, t, Audience::Patient, {nullptr, false}));
  body.paragraph("Last reviewed " + t.last_reviewed + ". Pain Atlas content version " +
                     catalog.info().version + ".",
                 "note");
  return render_handout_page(t.name, body, format);
}

}  // namespace painatlas
