#include "export/technique_document.h"

#include <algorithm>
#include <cctype>

#include "content/citations.h"
#include "content/risk_figure.h"
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
        add_note(spans, patient() ? item->patient_note : item->note);
        items.push_back(std::move(spans));
      }
      doc_.list(std::move(items));
    }
  }

  // The reference a risk's source names, as a link to its entry in the list of references.
  Span source_span(const std::string& label) const {
    const CitationMatch match = resolve_label(t_.references, label);
    if (!match.reference || match.candidates > 1) return text(label);
    return link(label, "#" + reference_anchor(*match.reference));
  }

  // Students: the figure, its source and the note on population and setting.
  Spans figure_and_source(const Risk& risk) const {
    Spans cell;
    if (!risk.figure.empty()) cell.push_back(text(risk.figure));
    if (!risk.source.empty()) {
      cell.push_back(text(cell.empty() ? "" : " ("));
      cell.push_back(source_span(risk.source));
      if (!risk.figure.empty()) cell.push_back(text(")"));
    }
    if (!risk.note.empty()) cell.push_back(text((cell.empty() ? "" : ". ") + risk.note));
    if (cell.empty()) cell.push_back(text("Not given"));
    return cell;
  }

  // Patients: the published figure as "about 1 in N people" where there is one, else the band.
  Spans how_often_for_patients(const Risk& risk) const {
    std::string words = frequency_for_patients(risk.frequency);
    if (!risk.figure.empty()) {
      const FigureParse parsed = parse_risk_figure(risk.figure);
      if (parsed.figure && !parsed.figure->zero_count) {
        words = proportion_in_words(*parsed.figure) + " people";
        words[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(words[0])));
      }
    }
    Spans cell{text(words)};
    if (!risk.source.empty()) cell.push_back({"Figure from " + risk.source, {}, "item-note", {}});
    return cell;
  }

  // One row per risk, most frequent band first, serious before minor within a band.
  void risks() {
    Table table;
    table.id = "risks";
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
        if (patient() && patient_notes) row.push_back({text(risk->patient_note)});
        table.rows.push_back(std::move(row));
      }
    }
    if (table.rows.empty()) {
      doc_.paragraph("The content lists no risks for this procedure.");
      return;
    }
    doc_.table(std::move(table));
  }

  // The class, what it means, and where it comes from: the guideline item it rests on (or, for
  // a procedure the guideline does not list, the content's reasoning), with the guideline's
  // caveat that the patient's own factors can raise it.
  void bleeding() {
    const std::string label(enum_label(t_.bleeding_risk));
    doc_.paragraph({Span{"Bleeding-risk class: " + label,
                         {},
                         "badge bleeding-" + std::string(enum_id(t_.bleeding_risk)),
                         {}}});
    doc_.paragraph(std::string(bleeding_risk_in_words(t_.bleeding_risk)));
    const auto basis = t_.bleeding_risk_basis.empty()
                           ? std::nullopt
                           : catalog_.find_guideline_item(t_.bleeding_risk_basis);
    const Guideline* guideline = basis                           ? basis->guideline
                                 : catalog_.guidelines().empty() ? nullptr
                                                                 : &catalog_.guidelines().front();
    if (patient()) {
      if (guideline) doc_.paragraph(guideline->patient_caveat);
      return;
    }
    if (basis) {
      doc_.paragraph(basis->guideline->label + " lists \u201c" + basis->item->wording +
                     "\u201d as " + std::string(enum_id(basis->item->risk)) + " risk.");
      doc_.paragraph(basis->item->note, "note");
    } else {
      doc_.paragraph(t_.bleeding_risk_note);
    }
    if (!guideline) {
      doc_.paragraph(std::string(kBleedingRiskClassSource), "note");
      return;
    }
    doc_.paragraph(guideline->caveat);
    Spans source{text("Source: " + guideline->citation)};
    if (!guideline->doi.empty()) {
      source.push_back(text(" "));
      source.push_back(link("doi:" + guideline->doi, "https://doi.org/" + guideline->doi));
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

  static std::string reference_anchor(std::size_t index) {
    return "ref-" + std::to_string(index + 1);
  }

  // Identifiers become links. A link's text must make sense read on its own (a screen reader's
  // list of links), so web pages name the work they lead to.
  void references() {
    std::vector<Spans> items;
    std::vector<std::string> anchors;
    for (std::size_t i = 0; i < t_.references.size(); ++i) {
      const Reference& reference = t_.references[i];
      std::string citation = reference.citation;
      if (!reference.authors.empty()) citation = reference.authors + ". " + citation;
      if (!reference.cite_as.empty()) citation += " Cited here as " + reference.cite_as + ".";
      Spans item{text(citation)};
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
        add("Web page", reference.url, " for " + citation_label(reference));
      else if (!reference.url.empty())
        item.push_back(text(" " + reference.url));
      items.push_back(std::move(item));
      anchors.push_back(reference_anchor(i));
    }
    doc_.list(std::move(items), "references", std::move(anchors));
  }

  // How the page was second-read (content/reviews/<id>.md), for students.
  void review() {
    if (!t_.review) return;
    const ReviewRecord& record = *t_.review;
    doc_.heading(2, "How this page was checked");
    doc_.paragraph("Second reading on " + record.date + ": " + std::to_string(record.claims) +
                   " claims checked against their sources; " + std::to_string(record.confirmed) +
                   " confirmed as written, " + std::to_string(record.corrected) +
                   " corrected, added or removed.");
    if (!record.sources.empty()) {
      std::string sources;
      for (const auto& source : record.sources) sources += (sources.empty() ? "" : "; ") + source;
      doc_.paragraph("Sources read: " + sources + ".", "note");
    }
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
