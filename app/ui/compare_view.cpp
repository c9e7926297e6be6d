#include <algorithm>

#include "icons.h"
#include "imgui_scopes.h"
#include "panels.h"
#include "reader/presentation.h"

namespace painatlas::ui {

namespace {

void add_picker(const Catalog& catalog, const std::vector<std::string>& compare, Actions& actions) {
  DisabledScope full(compare.size() >= kMaxCompared);
  ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * 22, ImGui::GetContentRegionAvail().x));
  if (!ImGui::BeginCombo("##add",
                         (std::string(icon::kPlus) + "  Add a technique to compare").c_str()))
    return;
  ImGuiListClipper clipper;
  const auto& techniques = catalog.techniques();
  clipper.Begin(static_cast<int>(techniques.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const Technique& technique = techniques[static_cast<std::size_t>(i)];
      const bool chosen = std::find(compare.begin(), compare.end(), technique.id) != compare.end();
      if (ImGui::Selectable(technique.name.c_str(), chosen,
                            chosen ? ImGuiSelectableFlags_Disabled : 0))
        actions.add_to_compare(technique.id);
    }
  ImGui::EndCombo();
}

void term_lines(const Catalog& catalog, const std::vector<std::string>& ids, Facet facet,
                const Look& look, Actions& actions) {
  for (const auto& id : ids) {
    ImGui::Bullet();
    ImGui::SameLine();
    term_link(look, catalog, facet, id, actions);
  }
  if (ids.empty()) ImGui::TextDisabled("none listed");
}

// The risks worth a side-by-side look: every serious one, and minor ones that are common.
std::vector<const Risk*> main_risks(const Technique& technique) {
  std::vector<const Risk*> out;
  for (const auto& [frequency, items] : risks_by_frequency(technique))
    for (const Risk* risk : items)
      if (risk->severity == RiskSeverity::Serious || frequency == Frequency::VeryCommon ||
          frequency == Frequency::Common)
        out.push_back(risk);
  return out;
}

// Row labels in the heading font; on a phone in the body font, to leave the room to the text.
ImFont* label_font(const Look& look) {
  return look.one_pane ? look.fonts.body : look.fonts.heading;
}

void row_label(const Look& look, const char* label) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  FontScope bold(label_font(look));
  ImGui::TextWrapped("%s", label);
}

}  // namespace

void draw_compare_view(const Catalog& catalog, const std::vector<std::string>& compare,
                       const UserData& user, const Look& look, Actions& actions) {
  (void)user;
  std::vector<const Technique*> techniques;
  for (const auto& id : compare)
    if (const Technique* technique = catalog.find_technique(id)) techniques.push_back(technique);
  add_picker(catalog, compare, actions);
  if (techniques.size() < 2) {
    ImGui::SameLine();
    muted_wrapped(look,
                  "Pick two to four techniques to see them side by side. You can also use "
                  "\"Add to compare\" on any technique's page.");
    if (techniques.empty()) return;
  }
  const bool patient = look.audience == Audience::Patient;
  // On a phone the columns keep a readable width and the table scrolls sideways under the
  // frozen first column; on a wide screen they share the width.
  const ImGuiTableFlags flags =
      ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
      ImGuiTableFlags_Resizable |
      (look.one_pane ? ImGuiTableFlags_ScrollX : ImGuiTableFlags_SizingStretchSame);
  // On a phone one technique fills the room beside the labels; the others are a swipe away.
  const float room = ImGui::GetContentRegionAvail().x;
  if (!ImGui::BeginTable("compare", static_cast<int>(techniques.size()) + 1, flags)) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  float label_width = 0;
  {
    FontScope bold(label_font(look));
    label_width = ImGui::CalcTextSize("Contraindications").x + ImGui::GetStyle().CellPadding.x * 2;
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  if (look.one_pane) {
    // A phone: one technique fills the room beside the labels; the others are a swipe away.
    ImGui::TableSetupColumn("##what", ImGuiTableColumnFlags_WidthFixed, label_width);
    const float column_width =
        std::max(ImGui::GetFontSize() * 7,
                 room - label_width - style.CellPadding.x * 4 - style.ScrollbarSize -
                     ImGui::GetFontSize());  // the borders, and a margin so that no text is cut
    for (const Technique* technique : techniques)
      ImGui::TableSetupColumn(technique->name.c_str(), ImGuiTableColumnFlags_WidthFixed,
                              column_width);
  } else {
    // The labels take at most a fifth of the width and wrap; the techniques share the rest.
    const float share = static_cast<float>(techniques.size());
    ImGui::TableSetupColumn("##what", ImGuiTableColumnFlags_WidthStretch,
                            std::min(label_width / room, 0.2f) * share / 0.8f);
    for (const Technique* technique : techniques)
      ImGui::TableSetupColumn(technique->name.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  }
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  ImGui::TableNextColumn();
  for (const Technique* technique : techniques) {
    ImGui::TableNextColumn();
    IdScope id(technique->id.c_str());
    {
      FontScope bold(look.fonts.heading);
      if (link(look, technique->name, "open")) actions.select(technique->id);
    }
    if (ImGui::SmallButton((std::string(icon::kTimes) + " Remove").c_str()))
      actions.remove_from_compare(technique->id);
  }
  const auto each = [&](auto draw) {
    for (const Technique* technique : techniques) {
      ImGui::TableNextColumn();
      IdScope id(technique->id.c_str());
      draw(*technique);
    }
  };
  if (patient) {
    row_label(look, "What it is");
    each([&](const Technique& t) { ImGui::TextWrapped("%s", t.patient_summary.c_str()); });
  }
  row_label(look, patient ? "Type" : "Category");
  each([&](const Technique& t) {
    ImGui::TextWrapped("%s", std::string(enum_label(t.category)).c_str());
  });
  row_label(look, "Bleeding risk");
  each([&](const Technique& t) { bleeding_risk_badge(look, t.bleeding_risk, false); });
  row_label(look, "Imaging");
  each([&](const Technique& t) {
    for (Imaging imaging : t.imaging)
      ImGui::TextUnformatted(std::string(enum_label(imaging)).c_str());
  });
  row_label(look, patient ? "What it treats" : "Indications");
  each([&](const Technique& t) {
    std::vector<std::string> ids;
    for (const auto& item : t.indications) ids.push_back(item.term);
    term_lines(catalog, ids, Facet::Indication, look, actions);
  });
  for (Severity severity : {Severity::Absolute, Severity::Relative}) {
    const bool absolute = severity == Severity::Absolute;
    row_label(look, patient ? (absolute ? "Reasons not to do it" : "Needs extra care")
                            : (absolute ? "Contraindications (absolute)"
                                        : "Contraindications (relative)"));
    each([&](const Technique& t) {
      std::vector<std::string> ids;
      for (const Contraindication* item : contraindications_with(t, severity))
        ids.push_back(item->term);
      term_lines(catalog, ids, Facet::Contraindication, look, actions);
    });
  }
  row_label(look, patient ? "Main possible problems" : "Main risks (serious or common)");
  each([&](const Technique& t) {
    for (const Risk* risk : main_risks(t)) {
      ImGui::Bullet();
      ImGui::SameLine();
      term_link(look, catalog, Facet::Risk, risk->term, actions);
      ImGui::SameLine();
      const std::string how =
          std::string(patient ? frequency_in_words(risk->frequency) : enum_label(risk->frequency)) +
          (risk->severity == RiskSeverity::Serious ? ", serious" : "");
      // Wraps inside the cell rather than running under the next column.
      ColorScope muted(ImGuiCol_Text, look.colors().muted);
      ImGui::TextWrapped("%s", how.c_str());
    }
  });
  if (!patient) {
    row_label(look, "Evidence");
    each([&](const Technique& t) {
      badge(icon::kBook, look.colors().link,
            "Certainty: " + std::string(enum_label(t.evidence.level)));
      ImGui::TextWrapped("%s", t.evidence.summary.c_str());
    });
  } else {
    row_label(look, "What it may do for you");
    each([&](const Technique& t) { ImGui::TextWrapped("%s", t.expected_benefit.summary.c_str()); });
  }
  ImGui::EndTable();
}

}  // namespace painatlas::ui
