#include <set>

#include "catalog/text_fold.h"
#include "export/site_pages.h"
#include "export/site_paths.h"

namespace painatlas {

namespace {

struct KindSection {
  TermKind kind;
  std::string_view anchor;
  std::string_view heading;
  std::string_view role;  // how a technique uses a term of this kind
};
constexpr KindSection kSections[] = {
    {TermKind::Condition, "conditions", "Conditions", "as an indication"},
    {TermKind::Factor, "factors", "Contraindication factors", "as a contraindication"},
    {TermKind::Complication, "complications", "Complications", "as a risk"},
};

bool lists_term(const Technique& technique, const Term& term) {
  const auto has = [&](const auto& items) {
    for (const auto& item : items)
      if (item.term == term.id) return true;
    return false;
  };
  switch (term.kind) {
    case TermKind::Condition:
      return has(technique.indications);
    case TermKind::Factor:
      return has(technique.contraindications);
    case TermKind::Complication:
      return has(technique.risks);
  }
  return false;
}

// The other names of a term, each once: the everyday name is given on its own line.
std::string other_names(const Term& term) {
  std::set<std::string> seen{fold(term.name), fold(term.lay_name)};
  std::string out;
  for (const auto& synonym : term.synonyms)
    if (seen.insert(fold(synonym)).second) out += (out.empty() ? "" : ", ") + synonym;
  return out;
}

void entry(const Catalog& catalog, const Term& term, std::string_view role, Document& body) {
  body.heading(3, term.name, "term-" + term.id);
  if (!term.lay_name.empty() && fold(term.lay_name) != fold(term.name))
    body.paragraph("Everyday name: " + term.lay_name + ".");
  body.paragraph(term.definition);
  if (const std::string names = other_names(term); !names.empty())
    body.paragraph("Also called: " + names + ".", "note");
  if (const Term* broader = term.broader.empty() ? nullptr : catalog.find_term(term.broader))
    body.paragraph(
        {text("A kind of "), link(broader->name, glossary_entry(broader->id)), text(".")});
  std::vector<Spans> narrower;
  for (const Term& other : catalog.terms())
    if (other.broader == term.id && safe_page_id(other.id))
      narrower.push_back({link(other.name, glossary_entry(other.id))});
  if (!narrower.empty()) {
    body.paragraph("Narrower terms:");
    body.list(std::move(narrower));
  }
  std::vector<Spans> users;
  for (const Technique& technique : catalog.techniques())
    if (lists_term(technique, term) && safe_page_id(technique.id))
      users.push_back({link(technique.name, technique_page(technique.id, Audience::Student))});
  if (users.empty()) {
    body.paragraph(
        "No technique in this version of the content lists it " + std::string(role) + ".", "note");
    return;
  }
  body.paragraph("Techniques that list it " + std::string(role) + " (" +
                 std::to_string(users.size()) + "):");
  body.list(std::move(users));
}

}  // namespace

SitePage glossary_page(const Catalog& catalog) {
  Document body;
  body.paragraph(
      "Every term the techniques use: its clinical name, the everyday name patients use, a short "
      "definition, other names it goes by, and the techniques that list it.");
  std::vector<Spans> contents;
  for (const KindSection& section : kSections)
    contents.push_back({link(std::string(section.heading),
                             std::string(kGlossaryPage) + "#" + std::string(section.anchor))});
  body.list(std::move(contents));
  for (const KindSection& section : kSections) {
    body.heading(2, std::string(section.heading), std::string(section.anchor));
    for (const Term* term : terms_by_name(catalog, section.kind))
      if (safe_page_id(term->id)) entry(catalog, *term, section.role, body);
  }
  const SitePageFrame frame = catalog_page_frame(
      catalog, kGlossaryPage, "Glossary of terms", "Glossary of terms - Pain Atlas",
      "Conditions, contraindication factors and complications of interventional pain "
      "procedures, each with its everyday name and a short definition.");
  return render_site_page(catalog, frame, std::move(body));
}

}  // namespace painatlas
