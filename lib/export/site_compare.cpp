#include "export/site_pages.h"
#include "export/site_paths.h"
#include "reader/presentation.h"

namespace painatlas {

namespace {

std::string imaging_of(const Technique& technique) {
  std::string out;
  for (Imaging way : technique.imaging)
    out += (out.empty() ? "" : ", ") + std::string(enum_label(way));
  return out.empty() ? "Not stated" : out;
}

Spans serious_risks(const Catalog& catalog, const Technique& technique) {
  Spans out;
  for (const auto& [frequency, band] : risks_by_frequency(technique))
    for (const Risk* risk : band) {
      if (risk->severity != RiskSeverity::Serious) continue;
      if (!out.empty()) out.push_back(text(", "));
      out.push_back(text(term_display_name(catalog, risk->term, Audience::Student) + " (" +
                         std::string(enum_label(frequency)) + ")"));
    }
  if (out.empty()) out.push_back(text("None listed"));
  return out;
}

Table category_table(const Catalog& catalog, const EnumEntry<Category>& category) {
  Table table;
  table.id = "compare-" + std::string(category.id);
  table.caption = std::string(category.label) + ": techniques compared";
  table.headers = {"Technique", "Bleeding-risk class", "Imaging", "Evidence certainty",
                   "Serious risks, most frequent first"};
  table.wide = true;
  for (TechniqueIndex index : catalog.techniques_with(Facet::Category, category.id)) {
    const Technique& t = catalog.techniques()[index];
    if (!safe_page_id(t.id)) continue;
    table.rows.push_back({{link(t.name, technique_page(t.id, Audience::Student))},
                          {Span{std::string(enum_label(t.bleeding_risk)),
                                {},
                                "badge bleeding-" + std::string(enum_id(t.bleeding_risk)),
                                {}}},
                          {text(imaging_of(t))},
                          {text(std::string(enum_label(t.evidence.level)))},
                          serious_risks(catalog, t)});
  }
  return table;
}

}  // namespace

SitePage compare_page(const Catalog& catalog) {
  Document body;
  body.paragraph(
      "The techniques of each category side by side: the bleeding-risk class (Narouze et al. "
      "2018), the imaging used, the certainty of the evidence, and the complications the content "
      "marks as serious with their frequency band. Each technique's page gives the figures and "
      "their sources.");
  for (const auto& category : enum_entries<Category>()) {
    Table table = category_table(catalog, category);
    if (table.rows.empty()) continue;
    body.heading(2, std::string(category.label), "category-" + std::string(category.id));
    body.table(std::move(table));
  }
  SitePageFrame frame = catalog_page_frame(
      catalog, kComparePage, "Compare techniques", "Compare techniques - Pain Atlas",
      "Interventional pain procedures compared by category: bleeding-risk class, imaging, "
      "evidence and serious risks.");
  frame.wide = true;
  return render_site_page(catalog, frame, std::move(body));
}

}  // namespace painatlas
