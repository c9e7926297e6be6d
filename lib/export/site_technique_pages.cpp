#include "export/site_links.h"
#include "export/site_pages.h"
#include "export/site_paths.h"
#include "export/technique_document.h"

namespace painatlas {

namespace {

std::string first_sentence(const std::string& text) {
  const auto end = text.find(". ");
  return end == std::string::npos ? text : text.substr(0, end + 1);
}

SitePage technique_page_for(const Catalog& catalog, const Technique& t, Audience audience) {
  const bool patient = audience == Audience::Patient;
  const SiteLinks links(catalog);
  Document body;
  const std::string category_id(enum_id(t.category));
  body.paragraph(
      {text(patient ? "A plain-language page for patients and families. Kind of procedure: "
                    : "Category: "),
       link(std::string(enum_label(t.category)), category_section(category_id)),
       text(". Last reviewed " + t.last_reviewed + ". "),
       Span{"Bleeding-risk class: " + std::string(enum_label(t.bleeding_risk)),
            {},
            "badge bleeding-" + std::string(enum_id(t.bleeding_risk)),
            {}}},
      "meta");
  if (patient) body.paragraph(std::string(kDisclaimer), "disclaimer");
  body.paragraph({link(patient ? "Read the clinical version of this page (for students)"
                               : "Read this page in plain language (for patients)",
                       technique_page(t.id, patient ? Audience::Student : Audience::Patient))},
                 "other-register");
  body.append(technique_document(catalog, t, audience, {&links, true}));
  SitePageFrame frame;
  frame.path = technique_page(t.id, audience);
  frame.title = technique_title(t, audience) + " - Pain Atlas";
  frame.heading = t.name;
  frame.description = first_sentence(patient ? t.patient_summary : t.summary);
  frame.review_line = "Last reviewed " + t.last_reviewed + ".";
  return render_site_page(catalog, frame, std::move(body));
}

}  // namespace

std::vector<SitePage> technique_pages(const Catalog& catalog) {
  std::vector<SitePage> pages;
  for (const Technique& technique : catalog.techniques()) {
    if (!safe_page_id(technique.id)) continue;
    for (Audience audience : {Audience::Student, Audience::Patient})
      pages.push_back(technique_page_for(catalog, technique, audience));
  }
  return pages;
}

}  // namespace painatlas
