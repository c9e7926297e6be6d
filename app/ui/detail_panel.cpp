#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "catalog/string_list.h"
#include "icons.h"
#include "imgui_scopes.h"
#include "panels.h"
#include "reader/presentation.h"

namespace painatlas::ui {

namespace {

// Sections:
//   header      name, category, bleeding risk, bookmark / compare buttons
//   patient     what it is, why, what happens, before, after, benefit, problems, reasons, questions
//   student     overview, indications, contraindications, risks, bleeding, procedure, benefit,
//   evidence, references both        related techniques, personal note, review date and disclaimer

void header(const Technique& technique, const UserData& user,
            const std::vector<std::string>& compare, const Look& look, Actions& actions) {
  title(look, technique.name);
  {
    ColorScope muted(ImGuiCol_Text, look.colors().muted);
    ImGui::TextUnformatted(std::string(enum_label(technique.category)).c_str());
  }
  ImGui::SameLine(0, ImGui::GetFontSize());
  const std::string risk_words =
      std::string(enum_label(technique.bleeding_risk)) + " bleeding risk";
  if (ImGui::GetContentRegionAvail().x <
      ImGui::CalcTextSize(risk_words.c_str()).x + ImGui::GetFontSize() * 1.5f)
    ImGui::NewLine();  // a phone: the class goes under the category
  bleeding_risk_badge(look, technique.bleeding_risk, true);

  const bool bookmarked = list_contains(user.bookmarks, technique.id);
  const std::string bookmark_label = bookmarked ? std::string(icon::kBookmark) + " Bookmarked"
                                                : std::string(icon::kBookmarkEmpty) + " Bookmark";
  Flow buttons;  // on a phone they wrap rather than run off the screen
  buttons.next(button_width(bookmark_label));
  if (ImGui::Button(bookmark_label.c_str())) actions.toggle_bookmark(technique.id);
  const bool compared = std::find(compare.begin(), compare.end(), technique.id) != compare.end();
  const std::string compare_label = compared ? std::string(icon::kColumns) + " Remove from compare"
                                             : std::string(icon::kPlus) + " Add to compare";
  buttons.next(button_width(compare_label));
  if (compared) {
    if (ImGui::Button(compare_label.c_str())) actions.remove_from_compare(technique.id);
  } else {
    DisabledScope full(compare.size() >= kMaxCompared);
    if (ImGui::Button(compare_label.c_str())) actions.add_to_compare(technique.id);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
      ImGui::SetTooltip(compare.size() >= kMaxCompared
                            ? "Compare holds 4 techniques; remove one first"
                            : "Compare up to 4 techniques side by side");
  }
  const std::string handout_label = std::string(icon::kDownload) + " Handout";
  buttons.next(button_width(handout_label));
  if (ImGui::Button(handout_label.c_str())) actions.export_handout(technique.id);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Save a printable page in plain language (HTML)");
  ImGui::Separator();
}

// What the reader's ticked factors mean for this technique, with the content's reasons.
void situation(const ScreeningResult& result, const Look& look) {
  heading(look, "Your situation");
  screening_badge(look, result.status, true);
  for (const auto& reason : result.reasons) bullet_wrapped(reason.text);
  muted_wrapped(
      look,
      "From the content only. Your own doctors weigh your situation; do not change a medicine "
      "because of this.");
}

void numbered(const std::vector<std::string>& steps) {
  int number = 1;
  for (const auto& step : steps) {
    ImGui::Text("%d.", number++);
    ImGui::SameLine(ImGui::GetFontSize() * 1.8f);
    wrapped(step);
  }
}

void bullets(const std::vector<std::string>& items) {
  for (const auto& item : items) bullet_wrapped(item);
}

void indications(const Catalog& catalog, const Technique& technique, const Look& look,
                 Actions& actions) {
  for (const auto& item : technique.indications) {
    ImGui::Bullet();
    ImGui::SameLine();
    term_link(look, catalog, Facet::Indication, item.term, actions);
    if (look.audience == Audience::Student && !item.note.empty()) {
      ImGui::Indent(ImGui::GetFontSize() * 1.5f);
      muted_wrapped(look, item.note);
      ImGui::Unindent(ImGui::GetFontSize() * 1.5f);
    }
  }
}

void contraindications(const Catalog& catalog, const Technique& technique, const Look& look,
                       Actions& actions) {
  const bool patient = look.audience == Audience::Patient;
  for (Severity severity : {Severity::Absolute, Severity::Relative}) {
    const auto items = contraindications_with(technique, severity);
    if (items.empty()) continue;
    const bool absolute = severity == Severity::Absolute;
    const char* words = patient
                            ? (absolute ? "Listed as a reason not to do it" : "Needs extra care")
                            : (absolute ? "Absolute" : "Relative");
    badge(absolute ? icon::kBan : icon::kWarning,
          absolute ? look.colors().high : look.colors().intermediate, words);
    ImGui::Indent(ImGui::GetFontSize());
    for (const Contraindication* item : items) {
      ImGui::Bullet();
      ImGui::SameLine();
      term_link(look, catalog, Facet::Contraindication, item->term, actions);
      if (const std::string& note = note_for(*item, look.audience); !note.empty()) {
        ImGui::Indent(ImGui::GetFontSize() * 1.5f);
        muted_wrapped(look, note);
        ImGui::Unindent(ImGui::GetFontSize() * 1.5f);
      }
    }
    ImGui::Unindent(ImGui::GetFontSize());
  }
}

void risks(const Catalog& catalog, const Technique& technique, const Look& look, Actions& actions) {
  const bool patient = look.audience == Audience::Patient;
  for (const auto& [frequency, items] : risks_by_frequency(technique)) {
    {
      FontScope bold(look.fonts.heading);
      const std::string band = patient ? frequency_for_patients(frequency)
                                       : std::string(enum_label(frequency)) + "  (" +
                                             std::string(frequency_range(frequency)) + ")";
      wrapped(band);
    }
    ImGui::Indent(ImGui::GetFontSize());
    for (const Risk* risk : items) {
      ImGui::Bullet();
      ImGui::SameLine();
      term_link(look, catalog, Facet::Risk, risk->term, actions);
      if (risk->severity == RiskSeverity::Serious) {
        same_line_if_room(ImGui::CalcTextSize("serious").x + ImGui::GetFontSize() * 1.5f);
        badge(icon::kExclamation, look.colors().high, "serious");
      }
      const std::string figure = risk_figure_text(*risk, look.audience);
      const std::string& note = note_for(*risk, look.audience);
      if (!figure.empty() || !note.empty()) {
        ImGui::Indent(ImGui::GetFontSize() * 1.5f);
        if (!figure.empty()) {
          wrapped((patient ? "About how often: " : "Figure: ") + figure);
          if (const Reference* source = risk_source(technique, *risk);
              source && !patient && ImGui::IsItemHovered()) {
            TooltipScope tooltip;
            WrapScope wrap(reading_width() * 0.8f);
            ImGui::TextUnformatted((source->authors + ". " + source->citation).c_str());
          }
        }
        if (!note.empty()) muted_wrapped(look, note);
        ImGui::Unindent(ImGui::GetFontSize() * 1.5f);
      }
    }
    ImGui::Unindent(ImGui::GetFontSize());
  }
}

void bleeding(const Catalog& catalog, const Technique& technique, const Look& look) {
  bleeding_risk_badge(look, technique.bleeding_risk, true);
  wrapped(bleeding_risk_in_words(technique.bleeding_risk));
  const BleedingBasis basis = bleeding_basis(catalog, technique, look.audience);
  if (look.audience == Audience::Student && !basis.summary.empty()) wrapped(basis.summary);
  if (!basis.caveat.empty()) muted_wrapped(look, basis.caveat);
}

// Students see how the page's claims were checked, from content/reviews/<id>.md.
void review(const Technique& technique, const Look& look) {
  const std::string summary = review_summary(technique);
  if (summary.empty()) {
    muted_wrapped(look, "No second reading of this page is recorded yet.");
    return;
  }
  wrapped(summary);
  std::string sources = "Sources checked: ";
  for (std::size_t i = 0; i < technique.review->sources.size(); ++i)
    sources += (i ? "; " : "") + technique.review->sources[i];
  muted_wrapped(look, sources);
}

void benefit(const Technique& technique) {
  const auto& expected = technique.expected_benefit;
  if (!expected.onset.empty()) wrapped("When: " + expected.onset);
  if (!expected.duration.empty()) wrapped("How long: " + expected.duration);
  if (!expected.summary.empty()) wrapped(expected.summary);
}

// Identifiers become links to where the work can be read.
void references(const Technique& technique, const Look& look, Actions& actions) {
  int number = 0;
  for (const auto& reference : technique.references) {
    IdScope id(number++);
    bullet_wrapped(reference.citation);
    ImGui::Indent(ImGui::GetFontSize() * 1.5f);
    const auto target = [&](const std::string& label, const std::string& url, const char* key) {
      if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(label.c_str()).x)
        ImGui::NewLine();  // the next identifier goes on a line of its own on a narrow screen
      if (link(look, label, key)) actions.open_url(url);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", url.c_str());
      ImGui::SameLine(0, ImGui::GetFontSize());
    };
    if (!reference.doi.empty())
      target("doi:" + reference.doi, "https://doi.org/" + reference.doi, "doi");
    if (!reference.pmid.empty())
      target("PMID " + reference.pmid, "https://pubmed.ncbi.nlm.nih.gov/" + reference.pmid + "/",
             "pmid");
    if (!reference.url.empty()) target("Web page", reference.url, "url");
    ImGui::NewLine();
    ImGui::Unindent(ImGui::GetFontSize() * 1.5f);
  }
}

void related(const Catalog& catalog, const Technique& technique, const Look& look,
             Actions& actions) {
  for (const auto& id : technique.related) {
    const Technique* other = catalog.find_technique(id);
    if (!other) continue;
    ImGui::Bullet();
    ImGui::SameLine();
    if (link(look, other->name, id.c_str())) actions.select(id);
  }
}

void note(const Technique& technique, const UserData& user, EditBuffers& edit, Actions& actions) {
  if (edit.note_for != technique.id) {
    auto it = user.notes.find(technique.id);
    edit.note = it == user.notes.end() ? std::string() : it->second;
    edit.note_for = technique.id;
  }
  ImGui::InputTextMultiline("##note", &edit.note,
                            {std::min(ImGui::GetContentRegionAvail().x, reading_width()),
                             ImGui::GetTextLineHeight() * 5});
  if (ImGui::IsItemDeactivatedAfterEdit()) actions.set_note(edit.note);
  ColorScope muted(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  wrapped("Saved when you click elsewhere. Only on this computer.");
}

void patient_sections(const Catalog& catalog, const Technique& t, const Look& look,
                      Actions& actions) {
  heading(look, "What it is");
  wrapped(t.patient_summary);
  heading(look, "Why it is offered");
  indications(catalog, t, look, actions);
  heading(look, "What happens");
  numbered(t.what_happens);
  heading(look, "Before");
  bullets(t.before);
  heading(look, "After");
  bullets(t.after);
  heading(look, "What it may do for you");
  benefit(t);
  heading(look, "Possible problems, and how often");
  risks(catalog, t, look, actions);
  heading(look, "When it may not be done");
  contraindications(catalog, t, look, actions);
  heading(look, "Blood thinners and bleeding");
  bleeding(catalog, t, look);
  heading(look, std::string(icon::kQuestion) + "  Questions to ask your doctor");
  bullets(t.patient_questions);
}

void student_sections(const Catalog& catalog, const Technique& t, const Look& look,
                      Actions& actions) {
  heading(look, "Overview");
  wrapped(t.summary);
  std::string facts;
  if (!t.aliases.empty()) {
    facts = "Also called: ";
    for (std::size_t i = 0; i < t.aliases.size(); ++i) facts += (i ? ", " : "") + t.aliases[i];
    facts += ".  ";
  }
  facts += "Imaging: ";
  for (std::size_t i = 0; i < t.imaging.size(); ++i)
    facts += (i ? ", " : "") + std::string(enum_label(t.imaging[i]));
  muted_wrapped(look, facts);
  heading(look, "Indications");
  indications(catalog, t, look, actions);
  heading(look, "Contraindications");
  contraindications(catalog, t, look, actions);
  heading(look, "Risks, by frequency");
  risks(catalog, t, look, actions);
  heading(look, "Bleeding-risk class");
  bleeding(catalog, t, look);
  heading(look, "Procedure");
  numbered(t.procedure);
  heading(look, "Before and after");
  bullets(t.before);
  bullets(t.after);
  heading(look, "Expected benefit");
  benefit(t);
  heading(look, "Evidence");
  badge(icon::kBook, look.colors().link, "Certainty: " + std::string(enum_label(t.evidence.level)));
  wrapped(t.evidence.summary);
  heading(look, "References");
  references(t, look, actions);
  heading(look, "How this page was checked");
  review(t, look);
}

}  // namespace

void draw_detail_panel(const Catalog& catalog, const Technique* technique, const UserData& user,
                       const std::vector<std::string>& compare, const ScreeningResult* screening,
                       const Look& look, EditBuffers& edit, Actions& actions) {
  if (!technique) {
    heading(look, "Choose a technique");
    muted_wrapped(look,
                  "Pick one from the list, search by any word (a condition, a procedure, a risk), "
                  "or tick filters on the left. Terms in blue are links: point at one for its "
                  "meaning, click it to see every technique that shares it.");
    return;
  }
  // On a wide screen the name and buttons stay in view; on a phone they scroll away with the
  // text, which needs all the height there is.
  if (!look.one_pane) header(*technique, user, compare, look, actions);
  // Its pane already painted the background; painting it again costs a software renderer dearly.
  ChildScope body("detail-body", {0, 0}, false, ImGuiWindowFlags_NoBackground);
  if (look.one_pane) header(*technique, user, compare, look, actions);
  if (screening) situation(*screening, look);
  if (look.audience == Audience::Patient)
    patient_sections(catalog, *technique, look, actions);
  else
    student_sections(catalog, *technique, look, actions);
  heading(look, "Related techniques");
  related(catalog, *technique, look, actions);
  heading(look, std::string(icon::kNote) + "  My note");
  note(*technique, user, edit, actions);
  ImGui::Dummy({0, ImGui::GetFontSize()});
  muted_wrapped(look,
                "Last reviewed " + technique->last_reviewed + ". " + std::string(kDisclaimer));
  ImGui::Dummy({0, ImGui::GetFontSize()});
}

}  // namespace painatlas::ui
