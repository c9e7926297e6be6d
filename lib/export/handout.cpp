#include "export/handout.h"

#include "export/html_escape.h"
#include "reader/audience.h"
#include "reader/presentation.h"

namespace painatlas {

namespace {

// The parts of a document, written once for both formats.
class Writer {
 public:
  explicit Writer(HandoutFormat format) : html_(format == HandoutFormat::Html) {}
  void title(std::string_view text) {
    element(html_ ? "<h1>" : "# ", text, html_ ? "</h1>\n" : "\n\n");
  }
  void heading(std::string_view text) {
    element(html_ ? "<h2>" : "## ", text, html_ ? "</h2>\n" : "\n\n");
  }
  void paragraph(std::string_view text, bool note = false) {
    if (text.empty()) return;
    if (html_)
      element(note ? "<p class=\"note\">" : "<p>", text, "</p>\n");
    else
      element(note ? "*" : "", text, note ? "*\n\n" : "\n\n");
  }
  void list(const std::vector<std::string>& items, bool numbered = false) {
    if (items.empty()) return;
    if (html_) {
      out_ += numbered ? "<ol>\n" : "<ul>\n";
      for (const auto& item : items) element("  <li>", item, "</li>\n");
      out_ += numbered ? "</ol>\n" : "</ul>\n";
      return;
    }
    int n = 1;
    for (const auto& item : items)
      element(numbered ? std::to_string(n++) + ". " : "- ", item, "\n");
    out_ += "\n";
  }
  std::string& raw() { return out_; }
  // Appends piece by piece: GCC 12 warns falsely (-Wrestrict) on chains of string operator+.
  void element(std::string_view open, std::string_view text, std::string_view close) {
    out_.append(open);
    out_.append(esc(text));
    out_.append(close);
  }

 private:
  std::string esc(std::string_view text) const {
    if (html_) return escape_html(text);
    // Markdown also renders inline HTML, so escape both.
    std::string out;
    for (char c : escape_html(text)) {
      if (c == '\\' || c == '*' || c == '_' || c == '[' || c == ']' || c == '`' || c == '#')
        out += '\\';
      out += c;
    }
    return out;
  }
  bool html_;
  std::string out_;
};

constexpr std::string_view kStyle =
    "body{font-family:'DejaVu Sans',Verdana,sans-serif;max-width:42em;margin:2em auto;padding:0 "
    "1em;"
    "line-height:1.5;color:#1a1c21}h1{font-size:1.7em}h2{font-size:1.2em;margin-top:1.6em;"
    "border-bottom:1px solid #ccd}.note{color:#4a4d55;font-size:.95em}.disclaimer{border:2px solid "
    "#1f5fa8;"
    "padding:.6em 1em;border-radius:6px}@media print{body{margin:0}}";

}  // namespace

std::string render_handout(const Catalog& catalog, const Technique& t, HandoutFormat format,
                           const ScreeningResult* situation) {
  Writer w(format);
  const bool html = format == HandoutFormat::Html;
  if (html)
    w.raw() += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
               escape_html(t.name) + " - Pain Atlas</title>\n<style>" + std::string(kStyle) +
               "</style>\n</head>\n<body>\n";
  w.title(t.name);
  if (html)
    w.raw() += "<p class=\"disclaimer\">" + escape_html(kDisclaimer) + "</p>\n";
  else
    w.raw() += "> " + std::string(kDisclaimer) + "\n\n";

  if (situation) {
    w.heading("Your situation");
    w.paragraph(std::string(screening_status_words(situation->status)) + ".");
    std::vector<std::string> reasons;
    for (const auto& reason : situation->reasons)
      reasons.push_back(reason_text(reason, Audience::Patient));
    w.list(reasons);
    w.paragraph(kSituationCaveat, true);
  }
  w.heading("What it is");
  w.paragraph(t.patient_summary);
  w.heading("Why it is offered");
  std::vector<std::string> reasons;
  for (const auto& item : t.indications)
    reasons.push_back(term_display_name(catalog, item.term, Audience::Patient));
  w.list(reasons);
  w.heading("What happens");
  w.list(t.what_happens, true);
  w.heading("Before");
  w.list(t.before);
  w.heading("After");
  w.list(t.after);
  w.heading("What it may do for you");
  w.list({"When: " + t.expected_benefit.onset, "How long: " + t.expected_benefit.duration});
  w.paragraph(t.expected_benefit.summary);

  w.heading("Possible problems, and how often");
  for (const auto& [frequency, risks] : risks_by_frequency(t)) {
    std::vector<std::string> items;
    for (const Risk* risk : risks)
      items.push_back(term_display_name(catalog, risk->term, Audience::Patient) +
                      (risk->severity == RiskSeverity::Serious ? " (serious)" : ""));
    w.paragraph(frequency_for_patients(frequency) + ":");
    w.list(items);
  }
  w.heading("When it may not be done");
  for (Severity severity : {Severity::Absolute, Severity::Relative}) {
    std::vector<std::string> items;
    for (const Contraindication* item : contraindications_with(t, severity))
      items.push_back(term_display_name(catalog, item->term, Audience::Patient));
    if (items.empty()) continue;
    w.paragraph(severity == Severity::Absolute ? "Listed as a reason not to do it:"
                                               : "Needs extra care:");
    w.list(items);
  }
  w.heading("Blood thinners and bleeding");
  w.paragraph(bleeding_risk_in_words(t.bleeding_risk));
  w.heading("Questions to ask your doctor");
  w.list(t.patient_questions);
  w.paragraph("Last reviewed " + t.last_reviewed + ". Pain Atlas content version " +
                  catalog.info().version + ".",
              true);
  if (html) w.raw() += "</body>\n</html>\n";
  return w.raw();
}

}  // namespace painatlas
