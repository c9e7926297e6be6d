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

// A guide as an item: its clinical page, then its plain-language page.
Spans guide_item(const Catalog& catalog, const ConditionGuide& guide) {
  const std::string name = catalog.condition_name(guide, false);
  Span plain = link("plain language", condition_page(guide.term, Audience::Patient));
  plain.hidden = " guide to " + name;
  return {link("Guide to " + name, condition_page(guide.term, Audience::Student)),
          text(" (also in "), plain, text(")")};
}

void guides(const Catalog& catalog, Document& body) {
  if (catalog.conditions().empty()) return;
  body.heading(2, "Condition guides", "guides");
  body.paragraph(
      "A guide explains a condition and every option for it, from self-care and exercise to "
      "medicines, procedures and surgery, each answering the same questions.");
  std::vector<Spans> items;
  for (const ConditionGuide& guide : catalog.conditions())
    if (safe_page_id(guide.term)) items.push_back(guide_item(catalog, guide));
  body.list(std::move(items));
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
    body.heading(3, name_with_lay_name(term->name, term->lay_name), "for-" + term->id);
    body.paragraph(term->definition, "note");
    if (const ConditionGuide* guide = catalog.find_condition(term->id);
        guide && safe_page_id(guide->term))
      body.paragraph(guide_item(catalog, *guide));
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

std::string name_with_lay_name(const std::string& name, const std::string& lay_name) {
  if (lay_name.empty() || fold(lay_name) == fold(name)) return name;
  return name + " (" + lay_name + ")";
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
  std::vector<Spans> contents{{link("Techniques by category", "index.html#by-category")},
                              {link("Techniques by condition", "index.html#by-condition")}};
  if (!catalog.conditions().empty())
    contents.push_back({link("Condition guides", std::string(kGuidesSection))});
  body.list(std::move(contents));
  by_category(catalog, body);
  by_condition(catalog, body);
  guides(catalog, body);
  const SitePageFrame frame = catalog_page_frame(
      catalog, kIndexPage, "Pain Atlas: interventional pain procedures",
      "Pain Atlas: interventional pain procedures for students and patients",
      std::to_string(catalog.techniques().size()) +
          " interventional pain procedures explained for medical students and, in plain "
          "language, for patients.");
  return render_site_page(catalog, frame, std::move(body));
}

}  // namespace painatlas
