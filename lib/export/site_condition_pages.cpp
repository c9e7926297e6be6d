#include "export/condition_document.h"
#include "reader/wording.h"
#include "export/site_links.h"
#include "export/site_pages.h"
#include "export/site_paths.h"

namespace painatlas {

namespace {

SitePage condition_page_for(const Catalog& catalog, const ConditionGuide& guide,
                            Audience audience) {
  const bool patient = audience == Audience::Patient;
  const SiteLinks links(catalog);
  Document body;
  body.paragraph(patient ? "A plain-language guide for patients and families. Last reviewed " +
                               guide.last_reviewed + "."
                         : "A guide for students. Last reviewed " + guide.last_reviewed + ".",
                 "meta");
  body.paragraph(std::string(kDisclaimer), "disclaimer");
  body.paragraph(
      {link(patient ? "Read the clinical version of this guide (for students)"
                    : "Read this guide in plain language (for patients)",
            condition_page(guide.term, patient ? Audience::Student : Audience::Patient))},
      "other-register");
  const std::string name = catalog.condition_name(guide, patient);
  if (const std::string techniques = links.techniques_for(guide.term); !techniques.empty())
    body.paragraph(
        {link("Every procedure for " + in_sentence(name) + " in Pain Atlas", techniques)});
  Spans covered;
  for (const auto& term_id : guide.covers)
    if (const Term* term = catalog.find_term(term_id)) {
      covered.push_back(text(covered.empty() ? "This guide also covers " : ", "));
      covered.push_back(
          link(in_sentence(patient ? term->lay_name : term->name), links.term(term_id)));
    }
  if (!covered.empty()) {
    covered.push_back(text("."));
    body.paragraph(std::move(covered));
  }
  body.append(condition_document(catalog, guide, audience, {&links, false}));
  SitePageFrame frame;
  frame.path = condition_page(guide.term, audience);
  frame.title = condition_title(catalog, guide, audience) +
                (patient ? " (plain language)" : " (for students)") + " - Pain Atlas";
  frame.heading = condition_title(catalog, guide, audience);
  frame.description = "Every option for " + name + ", from self-care to surgery, " +
                      (patient ? "in plain language." : "for students.");
  frame.review_line = "Last reviewed " + guide.last_reviewed + ".";
  return render_site_page(catalog, frame, std::move(body));
}

}  // namespace

std::vector<SitePage> condition_pages(const Catalog& catalog) {
  std::vector<SitePage> pages;
  for (const ConditionGuide& guide : catalog.conditions()) {
    if (!safe_page_id(guide.term)) continue;
    for (Audience audience : {Audience::Student, Audience::Patient})
      pages.push_back(condition_page_for(catalog, guide, audience));
  }
  return pages;
}

}  // namespace painatlas
