#include <algorithm>

#include "catalog/text_fold.h"
#include "export/site_pages.h"
#include "export/site_paths.h"
#include "reader/presentation.h"

namespace painatlas {

namespace {

// A technique as an item of the index: its clinical page, then its plain-language page. The
// second link's visible words rely on the first; the hidden rest names the technique, so a
// screen reader's list of links still reads "Plain language version of Vertebroplasty".
Spans technique_item(const Technique& technique) {
  Span plain = link("plain language", technique_page(technique.id, Audience::Patient));
  plain.hidden = " version of " + technique.name;
  return {link(technique.name, technique_page(technique.id, Audience::Student)), text(" (also in "),
          plain, text(")")};
}

std::vector<Spans> technique_items(const Catalog& catalog,
                                   std::span<const TechniqueIndex> techniques) {
  std::vector<Spans> items;
  for (TechniqueIndex index : techniques) {
    const Technique& technique = catalog.techniques()[index];
    if (safe_page_id(technique.id)) items.push_back(technique_item(technique));
  }
  return items;
}

void by_category(const Catalog& catalog, Document& body) {
  body.heading(2, "Techniques by category", "by-category");
  for (const auto& entry : enum_entries<Category>()) {
    const auto techniques = catalog.techniques_with(Facet::Category, entry.id);
    if (techniques.empty()) continue;
    body.heading(3, std::string(entry.label), "category-" + std::string(entry.id));
    body.list(technique_items(catalog, techniques));
  }
}

std::string condition_heading(const Term& term) {
  if (term.lay_name.empty() || fold(term.lay_name) == fold(term.name)) return term.name;
  return term.name + " (" + term.lay_name + ")";
}

void by_condition(const Catalog& catalog, Document& body) {
  body.heading(2, "Techniques by condition", "by-condition");
  body.paragraph(
      "Each condition has its clinical name first and its everyday name in brackets. A "
      "condition includes the narrower ones under it: radiculopathy includes sciatica.");
  for (const Term* term : terms_by_name(catalog, TermKind::Condition)) {
    if (!safe_page_id(term->id)) continue;
    const auto techniques = catalog.techniques_with(Facet::Indication, term->id);
    if (techniques.empty()) continue;
    body.heading(3, condition_heading(*term), "for-" + term->id);
    body.paragraph(term->definition, "note");
    body.list(technique_items(catalog, techniques));
  }
}

}  // namespace

std::vector<const Term*> terms_by_name(const Catalog& catalog, TermKind kind) {
  std::vector<const Term*> terms;
  for (const Term& term : catalog.terms())
    if (term.kind == kind) terms.push_back(&term);
  std::stable_sort(terms.begin(), terms.end(),
                   [](const Term* a, const Term* b) { return fold(a->name) < fold(b->name); });
  return terms;
}

std::string condition_target(const Catalog& catalog, const std::string& term_id) {
  const Term* term = catalog.find_term(term_id);
  if (!term || !safe_page_id(term_id) ||
      catalog.techniques_with(Facet::Indication, term_id).empty())
    return {};
  return condition_section(term_id);
}

SitePage index_page(const Catalog& catalog) {
  Document body;
  body.paragraph(
      {text("Interventional pain procedures explained twice: for medical students, with clinical "
            "terms, risks with how often they happen, evidence and references; and in plain "
            "language for patients, with what happens before, during and after, and questions "
            "to ask. The "),
       link("glossary", std::string(kGlossaryPage)), text(" explains every term, and "),
       link("the comparison tables", std::string(kComparePage)),
       text(" put the techniques of each category side by side.")});
  body.paragraph(std::string(kDisclaimer), "disclaimer");
  body.list({{link("Techniques by category", "index.html#by-category")},
             {link("Techniques by condition", "index.html#by-condition")}});
  by_category(catalog, body);
  by_condition(catalog, body);
  SitePageFrame frame;
  frame.path = kIndexPage;
  frame.title = "Pain Atlas: interventional pain procedures for students and patients";
  frame.heading = "Pain Atlas: interventional pain procedures";
  frame.description = std::to_string(catalog.techniques().size()) +
                      " interventional pain procedures explained for medical students and, in "
                      "plain language, for patients.";
  frame.nav_current = kIndexPage;
  frame.review_line = review_span(catalog);
  return render_site_page(catalog, frame, std::move(body));
}

}  // namespace painatlas
