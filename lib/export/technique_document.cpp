#include "export/technique_document.h"

#include "reader/presentation.h"

namespace painatlas {

namespace {

// Sections:
//   patient  what it is, why, what happens, before, after, benefit, problems, reasons,
//            bleeding, questions
//   student  overview, indications, contraindications, risks, bleeding, procedure, before
//            and after, benefit, evidence, references
//   both     related techniques

class Writer {
 public:
  Writer(const Catalog& catalog, const Technique& technique, Audience audience,
         const TechniqueDocumentOptions& options)
      : catalog_(catalog), t_(technique), audience_(audience), options_(options) {}

  Document write() {
    if (patient())
      patient_sections();
    else
      student_sections();
    if (options_.related) related();
    return std::move(doc_);
  }

 private:
  bool patient() const { return audience_ == Audience::Patient; }
  std::string name_of(const std::string& term_id) const {
    return term_display_name(catalog_, term_id, audience_);
  }
  std::string href(std::string (TechniqueLinks::*where)(const std::string&) const,
                   const std::string& id) const {
    return options_.links ? (options_.links->*where)(id) : std::string();
  }
  Span term_span(const std::string& term_id) const {
    return link(name_of(term_id), href(&TechniqueLinks::term, term_id));
  }
  Span indication_span(const std::string& term_id) const {
    return link(name_of(term_id), href(&TechniqueLinks::indication, term_id));
  }
  // A clinical note under an item: shown on its own line, read after a pause.
  static void add_note(Spans& item, const std::string& note) {
    if (note.empty()) return;
    item.push_back({": ", {}, "visually-hidden", {}});
    item.push_back({note, {}, "item-note", {}});
  }

  void indications() {
    std::vector<Spans> items;
    for (const auto& indication : t_.indications) {
      Spans item{indication_span(indication.term)};
      if (!patient()) add_note(item, indication.note);
      items.push_back(std::move(item));
    }
    doc_.list(std::move(items));
  }

  void contraindications() {
    for (Severity severity : {Severity::Absolute, Severity::Relative}) {
      const auto found = contraindications_with(t_, severity);
      if (found.empty()) continue;
      const bool absolute = severity == Severity::Absolute;
      doc_.heading(
          3, patient() ? (absolute ? "Listed as a reason not to do it" : "Needs extra care")
                       : (absolute ? "Absolute contraindications" : "Relative contraindications"));
      std::vector<Spans> items;
      for (const Contraindication* item : found) {
        Spans spans{term_span(item->term)};
        if (!patient()) add_note(spans, item->note);
        items.push_back(std::move(spans));
      }
      doc_.list(std::move(items));
    }
  }

  // One row per risk, most frequent band first, serious before minor within a band.
  void risks() {
    Table table;
    table.id = "risks";
    table.caption = patient() ? "Possible problems after " + t_.name + ", most common first"
                              : "Risks of " + t_.name + ", by frequency band";
    table.headers = {patient() ? "Problem" : "Complication", "How often", "Serious?"};
    if (!patient()) table.headers.push_back("Figure and source");
    for (const auto& [frequency, band] : risks_by_frequency(t_)) {
      const std::string how_often = patient() ? frequency_for_patients(frequency)
                                              : std::string(enum_label(frequency)) + " (" +
                                                    std::string(frequency_range(frequency)) + ")";
      for (const Risk* risk : band) {
        const bool serious = risk->severity == RiskSeverity::Serious;
        std::vector<Spans> row{
            {term_span(risk->term)},
            {text(how_often)},
            {Span{serious ? "Yes, serious" : "No, minor", {}, serious ? "serious" : "", {}}}};
        if (!patient()) row.push_back({text(risk->note.empty() ? "Not given" : risk->note)});
        table.rows.push_back(std::move(row));
      }
    }
    if (table.rows.empty()) {
      doc_.paragraph("The content lists no risks for this procedure.");
      return;
    }
    doc_.table(std::move(table));
  }

  void bleeding() {
    const std::string label(enum_label(t_.bleeding_risk));
    doc_.paragraph({Span{"Bleeding-risk class: " + label,
                         {},
                         "badge bleeding-" + std::string(enum_id(t_.bleeding_risk)),
                         {}}});
    doc_.paragraph(std::string(bleeding_risk_in_words(t_.bleeding_risk)));
    if (patient()) return;
    doc_.paragraph(std::string(kBleedingRiskClassSource), "note");
    doc_.paragraph(t_.bleeding_risk_note);
  }

  void benefit() {
    const auto& expected = t_.expected_benefit;
    std::vector<std::string> when;
    if (!expected.onset.empty()) when.push_back("When: " + expected.onset);
    if (!expected.duration.empty()) when.push_back("How long: " + expected.duration);
    doc_.list(when);
    doc_.paragraph(expected.summary);
  }

  // Identifiers become links. A link's text must make sense read on its own (a screen reader's
  // list of links), so web pages name the work they lead to.
  void references() {
    std::vector<Spans> items;
    for (const auto& reference : t_.references) {
      Spans item{text(reference.citation)};
      const auto add = [&](std::string words, std::string url, std::string hidden) {
        item.push_back(text(" "));
        Span target = link(std::move(words), std::move(url));
        target.hidden = std::move(hidden);
        item.push_back(std::move(target));
      };
      if (!reference.doi.empty())
        add("doi:" + reference.doi, "https://doi.org/" + reference.doi, {});
      if (!reference.pmid.empty())
        add("PubMed " + reference.pmid, "https://pubmed.ncbi.nlm.nih.gov/" + reference.pmid + "/",
            {});
      // Only web addresses become links: "javascript:" or a file path in content must not.
      if (reference.url.starts_with("https://") || reference.url.starts_with("http://"))
        add("Web page", reference.url, " for " + citation_lead(reference));
      else if (!reference.url.empty())
        item.push_back(text(" " + reference.url));
      items.push_back(std::move(item));
    }
    doc_.list(std::move(items), "references");
  }

  void related() {
    std::vector<Spans> items;
    for (const auto& id : t_.related)
      if (const Technique* other = catalog_.find_technique(id))
        items.push_back({link(other->name, options_.links ? options_.links->technique(id, audience_)
                                                          : std::string())});
    if (items.empty()) return;
    doc_.heading(2, "Related techniques");
    doc_.list(std::move(items));
  }

  void patient_sections() {
    doc_.heading(2, "What it is");
    doc_.paragraph(t_.patient_summary);
    doc_.heading(2, "Why it is offered");
    indications();
    doc_.heading(2, "What happens");
    doc_.numbered_list(t_.what_happens);
    doc_.heading(2, "Before");
    doc_.list(t_.before);
    doc_.heading(2, "After");
    doc_.list(t_.after);
    doc_.heading(2, "What it may do for you");
    benefit();
    doc_.heading(2, "Possible problems, and how often");
    risks();
    doc_.heading(2, "When it may not be done");
    contraindications();
    doc_.heading(2, "Blood thinners and bleeding");
    bleeding();
    doc_.heading(2, "Questions to ask your doctor");
    doc_.list(t_.patient_questions);
  }

  void student_sections() {
    doc_.heading(2, "Overview");
    doc_.paragraph(t_.summary);
    std::vector<Spans> facts;
    if (!t_.aliases.empty()) facts.push_back({text("Also called: " + joined(t_.aliases))});
    std::vector<std::string> imaging;
    for (Imaging way : t_.imaging) imaging.emplace_back(enum_label(way));
    if (!imaging.empty()) facts.push_back({text("Imaging: " + joined(imaging))});
    std::vector<std::string> regions;
    for (const auto& id : t_.regions)
      if (const Region* region = catalog_.find_region(id)) regions.push_back(region->name);
    if (!regions.empty()) facts.push_back({text("Regions: " + joined(regions))});
    doc_.list(std::move(facts), "facts");
    doc_.heading(2, "Indications");
    indications();
    doc_.heading(2, "Contraindications");
    contraindications();
    doc_.heading(2, "Risks, by frequency");
    risks();
    doc_.heading(2, "Bleeding-risk class");
    bleeding();
    doc_.heading(2, "Procedure");
    doc_.numbered_list(t_.procedure);
    doc_.heading(2, "Before and after");
    if (!t_.before.empty()) {
      doc_.heading(3, "Before");
      doc_.list(t_.before);
    }
    if (!t_.after.empty()) {
      doc_.heading(3, "After");
      doc_.list(t_.after);
    }
    doc_.heading(2, "Expected benefit");
    benefit();
    doc_.heading(2, "Evidence");
    doc_.paragraph({Span{
        "Certainty: " + std::string(enum_label(t_.evidence.level)), {}, "badge evidence", {}}});
    doc_.paragraph(t_.evidence.summary);
    doc_.heading(2, "References");
    references();
  }

  static std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
  }

  // "Dohm M, 2014": the citation up to its first comma or full stop, and the year.
  static std::string citation_lead(const Reference& reference) {
    const std::string& citation = reference.citation;
    std::string lead = citation.substr(0, citation.find_first_of(",."));
    if (reference.year > 0) lead += ", " + std::to_string(reference.year);
    return lead;
  }

  const Catalog& catalog_;
  const Technique& t_;
  Audience audience_;
  const TechniqueDocumentOptions& options_;
  Document doc_;
};

}  // namespace

Document technique_document(const Catalog& catalog, const Technique& technique, Audience audience,
                            const TechniqueDocumentOptions& options) {
  return Writer(catalog, technique, audience, options).write();
}

std::string technique_title(const Technique& technique, Audience audience) {
  return technique.name +
         (audience == Audience::Patient ? " in plain language" : " (for students)");
}

}  // namespace painatlas
