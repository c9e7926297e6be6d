#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <span>

#include "catalog/string_list.h"
#include "icons.h"
#include "imgui_scopes.h"
#include "panels.h"
#include "reader/presentation.h"

namespace painatlas::ui {

namespace {

// Sections:
//   header      name, category, bleeding risk, bookmark / compare / handout buttons
//   links       one link per section of the register in use; stays put while the body scrolls
//   patient     what it is, why, what happens, before, after, benefit, problems, reasons, questions
//   student     overview, indications, contraindications, risks, bleeding, procedure, benefit,
//               evidence, references
//   both        related techniques, personal note, review date and disclaimer

// A section as its link names it and as its heading reads.
struct Section {
  const char* link;
  const char* heading;
};

constexpr Section kSituation{"Your situation", "Your situation"};
constexpr Section kPatientSections[] = {{"What it is", "What it is"},
                                        {"Why", "Why it is offered"},
                                        {"What happens", "What happens"},
                                        {"Before", "Before"},
                                        {"After", "After"},
                                        {"Benefit", "What it may do for you"},
                                        {"Problems", "Possible problems, and how often"},
                                        {"When not", "When it may not be done"},
                                        {"Bleeding", "Blood thinners and bleeding"},
                                        {"Questions", "Questions to ask your doctor"},
                                        {"My note", "My note"}};
constexpr Section kStudentSections[] = {{"Overview", "Overview"},
                                        {"Indications", "Indications"},
                                        {"Contraindications", "Contraindications"},
                                        {"Risks", "Risks, by frequency"},
                                        {"Bleeding risk", "Bleeding-risk class"},
                                        {"Procedure", "Procedure"},
                                        {"Before/after", "Before and after"},
                                        {"Benefit", "Expected benefit"},
                                        {"Evidence", "Evidence"},
                                        {"References", "References"},
                                        {"My note", "My note"}};

const Section& section(const char* link, Audience audience) {
  if (std::string_view(link) == kSituation.link) return kSituation;
  for (const Section& s : audience == Audience::Patient
                              ? std::span<const Section>(kPatientSections)
                              : std::span<const Section>(kStudentSections))
    if (std::string_view(s.link) == link) return s;
  return kSituation;
}

// A section heading; when its link was followed, the body scrolls to put it at the top.
void section_heading(const Look& look, DetailView& detail, const char* link,
                     std::string_view icon = {}) {
  const Section& s = section(link, look.audience);
  if (detail.jump_to == s.link) {
    ImGui::SetScrollHereY(0.0f);
    detail.jump_to.clear();
  }
  heading(look, icon.empty() ? std::string(s.heading) : std::string(icon) + "  " + s.heading);
}

// The row of section links under the header, wrapping as needed; where the pane is short (large
// text) one "Go to" menu instead, so the text keeps the room.
void section_links(const Look& look, bool has_situation, bool compact, Actions& actions) {
  std::vector<const Section*> shown;
  if (has_situation) shown.push_back(&kSituation);
  for (const Section& s : look.audience == Audience::Patient
                              ? std::span<const Section>(kPatientSections)
                              : std::span<const Section>(kStudentSections))
    shown.push_back(&s);
  if (compact) {
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 12));
    if (ImGui::BeginCombo("##go-to", "Go to section")) {
      for (const Section* s : shown)
        if (ImGui::Selectable(s->heading)) actions.jump_to_section(s->link);
      ImGui::EndCombo();
    }
    return;
  }
  Flow flow;
  for (const Section* s : shown) {
    flow.next(ImGui::CalcTextSize(s->link).x);
    if (link(look, s->link, s->link)) actions.jump_to_section(s->link);
  }
}

void header(const Technique& technique, const UserData& user,
            const std::vector<std::string>& compare, const ReadAloudView& reading, const Look& look,
            Actions& actions) {
  title(look, technique.name);
  {
    ColorScope muted(ImGuiCol_Text, look.colors().muted);
    ImGui::TextUnformatted(std::string(enum_label(technique.category)).c_str());
  }
  const std::string risk_words =
      std::string(enum_label(technique.bleeding_risk)) + " bleeding risk";
  ImGui::SameLine(0, ImGui::GetFontSize());
  if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(risk_words.c_str()).x * 1.2f)
    ImGui::NewLine();
  bleeding_risk_badge(look, technique.bleeding_risk, true);

  // The buttons wrap onto a second row rather than run off the pane at large text.
  Flow flow;
  const auto fit = [&](const std::string& label) {
    flow.next(ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
  };
  const bool bookmarked = list_contains(user.bookmarks, technique.id);
  const std::string bookmark_label = bookmarked ? std::string(icon::kBookmark) + " Bookmarked"
                                                : std::string(icon::kBookmarkEmpty) + " Bookmark";
  fit(bookmark_label);
  if (ImGui::Button(bookmark_label.c_str())) actions.toggle_bookmark(technique.id);
  const bool compared = std::find(compare.begin(), compare.end(), technique.id) != compare.end();
  if (compared) {
    const std::string label = std::string(icon::kColumns) + " Remove from compare";
    fit(label);
    if (ImGui::Button(label.c_str())) actions.remove_from_compare(technique.id);
  } else {
    const std::string label = std::string(icon::kPlus) + " Add to compare";
    fit(label);
    DisabledScope full(compare.size() >= kMaxCompared);
    if (ImGui::Button(label.c_str())) actions.add_to_compare(technique.id);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
      tooltip(compare.size() >= kMaxCompared ? "Compare holds 4 techniques; remove one first"
                                             : "Compare up to 4 techniques side by side");
  }
  const std::string handout_label = std::string(icon::kDownload) + " Handout";
  fit(handout_label);
  if (ImGui::Button(handout_label.c_str())) actions.export_handout(technique.id);
  if (ImGui::IsItemHovered()) tooltip("Save a printable page in plain language (HTML)");
  if (look.audience == Audience::Patient)
    draw_read_aloud_bar(reading, "technique:" + technique.id, look, actions);
}

// What the reader's ticked factors mean for this technique, with the content's reasons.
void situation(const ScreeningResult& result, const Look& look, DetailView& detail) {
  section_heading(look, detail, kSituation.link);
  screening_badge(look, result.status, true);
  for (const auto& reason : result.reasons) bullet_wrapped(reason_text(reason, look.audience));
  muted_wrapped(look, kSituationCaveat);
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
      // Patients see the plain patient_note, or nothing: notes are written for clinicians.
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
      if (ImGui::IsItemHovered()) tooltip(url);
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

void patient_sections(const Catalog& catalog, const Technique& t, const ReadAloudView& reading,
                      const Look& look, DetailView& detail, Actions& actions) {
  // Each block is marked while read-aloud reads it (the keys of technique_speech()).
  const auto reading_now = [&](std::string_view key) {
    return reading.source == "technique:" + t.id && reading.key == key;
  };
  {
    ReadingHighlight mark(look, reading_now("patient_summary"));
    section_heading(look, detail, "What it is");
    wrapped(t.patient_summary);
  }
  {
    ReadingHighlight mark(look, reading_now("indications"));
    section_heading(look, detail, "Why");
    indications(catalog, t, look, actions);
  }
  draw_condition_links(catalog, t, look, actions);
  {
    ReadingHighlight mark(look, reading_now("what_happens"));
    section_heading(look, detail, "What happens");
    numbered(t.what_happens);
  }
  {
    ReadingHighlight mark(look, reading_now("before"));
    section_heading(look, detail, "Before");
    bullets(t.before);
  }
  {
    ReadingHighlight mark(look, reading_now("after"));
    section_heading(look, detail, "After");
    bullets(t.after);
  }
  {
    ReadingHighlight mark(look, reading_now("expected_benefit"));
    section_heading(look, detail, "Benefit");
    benefit(t);
  }
  {
    ReadingHighlight mark(look, reading_now("risks"));
    section_heading(look, detail, "Problems");
    risks(catalog, t, look, actions);
  }
  {
    ReadingHighlight mark(look, reading_now("contraindications"));
    section_heading(look, detail, "When not");
    contraindications(catalog, t, look, actions);
  }
  {
    ReadingHighlight mark(look, reading_now("bleeding"));
    section_heading(look, detail, "Bleeding");
    bleeding(catalog, t, look);
  }
  ReadingHighlight mark(look, reading_now("patient_questions"));
  section_heading(look, detail, "Questions", icon::kQuestion);
  bullets(t.patient_questions);
}

void student_sections(const Catalog& catalog, const Technique& t, const Look& look,
                      DetailView& detail, Actions& actions) {
  section_heading(look, detail, "Overview");
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
  section_heading(look, detail, "Indications");
  indications(catalog, t, look, actions);
  draw_condition_links(catalog, t, look, actions);
  section_heading(look, detail, "Contraindications");
  contraindications(catalog, t, look, actions);
  section_heading(look, detail, "Risks");
  risks(catalog, t, look, actions);
  section_heading(look, detail, "Bleeding risk");
  bleeding(catalog, t, look);
  section_heading(look, detail, "Procedure");
  numbered(t.procedure);
  section_heading(look, detail, "Before/after");
  bullets(t.before);
  bullets(t.after);
  section_heading(look, detail, "Benefit");
  benefit(t);
  section_heading(look, detail, "Evidence");
  badge(icon::kBook, look.colors().link, "Certainty: " + std::string(enum_label(t.evidence.level)));
  wrapped(t.evidence.summary);
  section_heading(look, detail, "References");
  references(t, look, actions);
  heading(look, "How this page was checked");
  review(t, look);
}

}  // namespace

void draw_detail_panel(const Catalog& catalog, const Technique* technique, const UserData& user,
                       const std::vector<std::string>& compare, const ScreeningResult* screening,
                       const ReadAloudView& reading, const Look& look, EditBuffers& edit,
                       DetailView& detail, Actions& actions) {
  if (!technique) {
    heading(look, "Choose a technique");
    muted_wrapped(look,
                  "Pick one from the list, search by any word (a condition, a procedure, a risk), "
                  "or tick filters on the left. Terms in blue are links: point at one for its "
                  "meaning, click it to see every technique that shares it.");
    if (link(look, std::string(icon::kMap) + " Or start from where it hurts", "to-map"))
      actions.set_view(MainView::Map);
    return;
  }
  // A short pane (large text) keeps only the "Go to" menu in place; the header scrolls with the
  // text.
  const bool compact =
      look.one_pane || ImGui::GetContentRegionAvail().y < ImGui::GetFontSize() * 26.0f;
  if (!compact) header(*technique, user, compare, reading, look, actions);
  section_links(look, screening != nullptr, compact, actions);
  ImGui::Separator();
  // A technique not shown last frame starts at the top unless an action chose a place for it.
  if (detail.shown != technique->id && !detail.scroll_to) detail.scroll_to = 0.0f;
  const std::optional<float> scroll_to = detail.scroll_to;
  if (scroll_to) ImGui::SetNextWindowScroll({0.0f, *scroll_to});
  detail.scroll_to.reset();
  detail.shown = technique->id;
  // Its pane already painted the background; painting it again costs a software renderer dearly.
  // Flattened, so the keyboard's arrows move on from the header into the text.
  ChildScope body("detail-body", {0, 0}, false,
                  ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
  // The limit of the scroll came from the page shown before; asking again once this page is laid
  // out reaches a place further down than that page allowed.
  if (scroll_to && ImGui::GetScrollY() < *scroll_to) ImGui::SetScrollY(*scroll_to);
  detail.scroll_of[technique->id] = ImGui::GetScrollY();
  if (compact) header(*technique, user, compare, reading, look, actions);
  if (screening) situation(*screening, look, detail);
  if (look.audience == Audience::Patient)
    patient_sections(catalog, *technique, reading, look, detail, actions);
  else
    student_sections(catalog, *technique, look, detail, actions);
  heading(look, "Related techniques");
  related(catalog, *technique, look, actions);
  section_heading(look, detail, "My note", icon::kNote);
  note(*technique, user, edit, actions);
  ImGui::Dummy({0, ImGui::GetFontSize()});
  muted_wrapped(look,
                "Last reviewed " + technique->last_reviewed + ". " + std::string(kDisclaimer));
  ImGui::Dummy({0, ImGui::GetFontSize()});
}

}  // namespace painatlas::ui
