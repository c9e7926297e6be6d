#include "export/technique_document.h"

#include <algorithm>
#include <cctype>

#include "export/reference_list.h"
#include "reader/presentation.h"

namespace painatlas {

namespace {

// Sections:
//   patient  what it is, why, what happens, before, after, benefit, problems, reasons,
//            bleeding, questions
//   student  overview, indications, contraindications, risks, bleeding, procedure, before
//            and after, benefit, evidence, references, how the page was checked
//   both     related techniques (site pages only)

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
  Span term_span(const std::string& term_id) const {
    return link(name_of(term_id), options_.links ? options_.links->term(term_id) : "");
  }
  Span indication_span(const std::string& term_id) const {
    return link(name_of(term_id),
                options_.links ? options_.links->condition(term_id, audience_) : "");
  }
  // A note on its own line under an item. Screen readers and copied text get a pause before it,
  // not the two run together.
  static void add_note(Spans& item, const std::string& note, const std::string& pause = ": ") {
    if (note.empty()) return;
    item.push_back({pause, {}, "visually-hidden", {}});
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
        add_note(spans, note_for(*item, audience_));
        items.push_back(std::move(spans));
      }
      doc_.list(std::move(items));
    }
  }

  // Students: the figure, the reference it comes from (a link to its entry below) and the note
  // on population and setting.
  Spans figure_and_source(const Risk& risk) const {
    Spans cell;
    if (!risk.figure.empty()) cell.push_back(text(risk.figure));
    if (!risk.source.empty()) {
      cell.push_back(text(cell.empty() ? "" : " ("));
      const Reference* source = risk_source(t_, risk);
      cell.push_back(source ? link(risk.source, "#" + reference_anchor(source))
                            : text(risk.source));
      if (!risk.figure.empty()) cell.push_back(text(")"));
    }
    if (!risk.note.empty()) cell.push_back(text((cell.empty() ? "" : ". ") + risk.note));
    if (cell.empty()) cell.push_back(text("Not given"));
    return cell;
  }

  // Patients: the band in words, and the published figure as "about 1 in N" with its source.
  Spans how_often_for_patients(const Risk& risk) const {
    Spans cell{text(frequency_for_patients(risk.frequency))};
    if (std::string figure = risk_figure_text(risk, Audience::Patient); !figure.empty()) {
      figure[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(figure[0])));
      add_note(cell, figure + ".", ". ");
    }
    return cell;
  }

  // One row per risk, most frequent band first, serious before minor within a band.
  void risks() {
    Table table;
    table.id = "risks";
    table.wide = true;  // three or four columns of words: wider than a phone or 400 % zoom
    table.caption = patient() ? "Possible problems after " + t_.name + ", most common first"
                              : "Risks of " + t_.name + ", by frequency band";
    table.headers = {patient() ? "Problem" : "Complication", "How often", "Serious?"};
    const bool patient_notes = std::any_of(t_.risks.begin(), t_.risks.end(),
                                           [](const Risk& r) { return !r.patient_note.empty(); });
    if (!patient()) table.headers.push_back("Figure and source");
    if (patient() && patient_notes) table.headers.push_back("What it means");
    for (const auto& [frequency, band] : risks_by_frequency(t_)) {
      const std::string band_words =
          std::string(enum_label(frequency)) + " (" + std::string(frequency_range(frequency)) + ")";
      for (const Risk* risk : band) {
        const bool serious = risk->severity == RiskSeverity::Serious;
        std::vector<Spans> row{
            {term_span(risk->term)},
            patient() ? how_often_for_patients(*risk) : Spans{text(band_words)},
            {Span{serious ? "Yes, serious" : "No, minor", {}, serious ? "serious" : "", {}}}};
        if (!patient()) row.push_back(figure_and_source(*risk));
        if (patient() && patient_notes) row.push_back({text(note_for(*risk, audience_))});
        table.rows.push_back(std::move(row));
      }
    }
    if (table.rows.empty()) {
      doc_.paragraph("The content lists no risks for this procedure.");
      return;
    }
    doc_.table(std::move(table));
  }

  // The class, what it means, where it comes from (the guideline item, or the content's
  // reasoning for a procedure the guideline does not list) and the guideline's caveat that the
  // patient's own factors can raise it.
  void bleeding() {
    doc_.paragraph({Span{"Bleeding-risk class: " + std::string(enum_label(t_.bleeding_risk)),
                         {},
                         "badge bleeding-" + std::string(enum_id(t_.bleeding_risk)),
                         {}}});
    doc_.paragraph(std::string(bleeding_risk_in_words(t_.bleeding_risk)));
    const BleedingBasis basis = bleeding_basis(catalog_, t_, audience_);
    if (!patient()) doc_.paragraph(basis.summary);
    doc_.paragraph(basis.caveat);
    if (patient() || !basis.guideline) return;
    Spans source{text("Source: " + basis.guideline->citation)};
    if (!basis.guideline->doi.empty()) {
      source.push_back(text(" "));
      source.push_back(
          link("doi:" + basis.guideline->doi, "https://doi.org/" + basis.guideline->doi));
    }
    doc_.paragraph(std::move(source), "note");
  }

  void benefit() {
    const auto& expected = t_.expected_benefit;
    std::vector<std::string> when;
    if (!expected.onset.empty()) when.push_back("When: " + expected.onset);
    if (!expected.duration.empty()) when.push_back("How long: " + expected.duration);
    doc_.list(when);
    doc_.paragraph(expected.summary);
  }

  std::string reference_anchor(const Reference* reference) const {
    return painatlas::reference_anchor(static_cast<std::size_t>(reference - t_.references.data()));
  }

  // How the page's claims were checked (content/reviews/<id>.md), for students.
  void review() {
    doc_.heading(2, "How this page was checked");
    const std::string summary = review_summary(t_);
    if (summary.empty()) {
      doc_.paragraph("No second reading of this page is recorded yet.", "note");
      return;
    }
    doc_.paragraph(summary);
    std::string sources;
    for (const auto& source : t_.review->sources) sources += (sources.empty() ? "" : "; ") + source;
    if (!sources.empty()) doc_.paragraph("Sources checked: " + sources + ".", "note");
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
    add_reference_list(doc_, t_.references);
    review();
  }

  static std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
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
