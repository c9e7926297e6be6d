// Sections:
//   header       name in the reader's register, the other name, handout, techniques, read aloud
//   about        what it is, how it usually goes, when to get help at once
//   option grid  options as columns and the same questions as rows, or each option as a card
//                when the columns would be too narrow (choose_grid_layout)
//   after        questions to ask, what matters to different people, references, review date
//   index        every guide, when none is chosen
#include <imgui.h>

#include <algorithm>

#include "content/citations.h"
#include "icons.h"
#include "imgui_scopes.h"
#include "panels.h"
#include "reader/option_grid.h"
#include "reader/wording.h"

namespace painatlas::ui {

namespace {

struct GuideText {
  const ConditionGuide& guide;
  const Look& look;
  std::vector<std::string> labels;
  // Patient text is shown without its citations; the sources row and the handout keep them.
  std::string operator()(const TwoRegisters& both) const {
    return look.audience == Audience::Patient ? strip_citations(both.patient, labels)
                                              : both.student;
  }
};

void header(const Catalog& catalog, const ConditionGuide& guide, const ReadAloudView& reading,
            const Look& look, Actions& actions) {
  const bool patient = look.audience == Audience::Patient;
  title(look, condition_title(catalog, guide, look.audience));
  {
    ColorScope muted(ImGuiCol_Text, look.colors().muted);
    const std::string other = catalog.condition_name(guide, !patient);
    // Wrapped: on a phone the other name runs past the edge.
    ImGui::TextWrapped("%s", (std::string(icon::kGuide) + "  Condition guide. " +
                              (patient ? "Doctors call it " : "Also called ") + other + ".")
                                 .c_str());
  }
  // The buttons wrap too, as the detail panel's do.
  if (ImGui::Button((std::string(icon::kDownload) + " Handout").c_str()))
    actions.export_condition_handout(guide.term);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Save the option grid as one printable page (HTML)");
  const std::size_t techniques = catalog.techniques_with(Facet::Indication, guide.term).size();
  const std::string list_label =
      std::string(icon::kList) + " Procedures for this (" + std::to_string(techniques) + ")";
  same_line_if_room(button_width(list_label));
  if (ImGui::Button(list_label.c_str())) actions.filter_by_term(Facet::Indication, guide.term);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Every technique in the catalog that lists this condition");
  if (patient) {
    same_line_if_room(button_width(std::string(icon::kPlay) + " Read aloud"));
    draw_read_aloud_bar(reading, "condition:" + guide.term, look, actions);
  }
  ImGui::Separator();
}

void red_flags(const ConditionGuide& guide, const GuideText& text, const ReadAloudView& reading,
               const Look& look) {
  if (guide.red_flags.empty()) return;
  const bool patient = look.audience == Audience::Patient;
  ReadingHighlight mark(look, reading.key == "red_flags");
  heading(look, patient ? "Get help at once if" : "Red flags: urgent assessment");
  for (const auto& flag : guide.red_flags) {
    {
      ColorScope warning(ImGuiCol_Text, look.colors().high);
      ImGui::TextUnformatted(icon::kWarning);
    }
    ImGui::SameLine();
    wrapped(text(flag));
  }
}

// What it is and how it goes; the warning signs beside them when the window is wide enough,
// so the options come into view sooner.
void about(const ConditionGuide& guide, const GuideText& text, const ReadAloudView& reading,
           const Look& look) {
  const bool patient = look.audience == Audience::Patient;
  const auto description = [&] {
    {
      ReadingHighlight mark(look, reading.key == "about");
      heading(look, patient ? "What it is" : "Definition");
      wrapped(text(guide.about));
    }
    ReadingHighlight mark(look, reading.key == "course");
    heading(look, patient ? "How it usually goes" : "Course over time");
    wrapped(text(guide.course));
  };
  const bool side_by_side = ImGui::GetContentRegionAvail().x >= reading_width() * 1.6f;
  if (!side_by_side || !ImGui::BeginTable("about", 2, ImGuiTableFlags_SizingStretchSame)) {
    description();
    red_flags(guide, text, reading, look);
    return;
  }
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  description();
  ImGui::TableNextColumn();
  red_flags(guide, text, reading, look);
  ImGui::EndTable();
}

// The option's column heading: kind, name, and its technique as a link.
void option_heading(const Catalog& catalog, const OptionGridColumn& column, const Look& look,
                    Actions& actions) {
  {
    // The kind, unless the name says it already ("Exercise and physiotherapy").
    ColorScope muted(ImGuiCol_Text, look.colors().muted);
    ImGui::TextWrapped("%s", column.kind == column.name ? " " : column.kind.c_str());
  }
  {
    FontScope bold(look.fonts.heading);
    ImGui::TextWrapped("%s", column.name.c_str());
  }
  if (!column.technique.empty() && catalog.find_technique(column.technique)) {
    const std::string label = std::string(icon::kArrowRight) + " About the procedure";
    if (link(look, label, column.technique.c_str())) actions.select(column.technique);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", column.technique_name.c_str());
  }
}

void grid_as_columns(const Catalog& catalog, const OptionGrid& grid, std::size_t first,
                     std::size_t shown, float label_width, float column_width,
                     const ReadAloudView& reading, const Look& look, Actions& actions) {
  const std::size_t last = std::min(grid.columns.size(), first + shown);
  if (shown < grid.columns.size()) {
    // Not every option fits side by side: page through them, the questions staying put.
    {
      DisabledScope at_start(first == 0);
      if (ImGui::Button((std::string(icon::kArrowLeft) + " Earlier options").c_str()))
        actions.set_grid_first(first > shown ? first - shown : 0);
    }
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("Options %zu to %zu of %zu", first + 1, last, grid.columns.size());
    ImGui::SameLine();
    DisabledScope at_end(last >= grid.columns.size());
    if (ImGui::Button(("Later options " + std::string(icon::kArrowRight)).c_str()))
      actions.set_grid_first(std::min(first + shown, grid.columns.size() - shown));
  }
  const int columns = static_cast<int>(last - first) + 1;
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoHostExtendX;
  if (!ImGui::BeginTable("option-grid", columns, flags)) return;
  ImGui::TableSetupColumn("question", ImGuiTableColumnFlags_WidthFixed, label_width);
  for (std::size_t c = first; c < last; ++c)
    ImGui::TableSetupColumn(grid.columns[c].name.c_str(), ImGuiTableColumnFlags_WidthFixed,
                            column_width);
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  ImGui::TableNextColumn();
  for (std::size_t c = first; c < last; ++c) {
    ImGui::TableNextColumn();
    IdScope id(static_cast<int>(c));
    ReadingHighlight mark(look, reading.key == "option." + std::to_string(c));
    option_heading(catalog, grid.columns[c], look, actions);
  }
  for (std::size_t r = 0; r < grid.row_labels.size(); ++r) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    {
      FontScope bold(look.fonts.heading);
      ImGui::TextWrapped("%s", grid.row_labels[r].c_str());
    }
    for (std::size_t c = first; c < last; ++c) {
      ImGui::TableNextColumn();
      if (r == grid.sources_row) {
        ColorScope muted(ImGuiCol_Text, look.colors().muted);
        ImGui::TextWrapped("%s", grid.cells[r][c].c_str());
      } else {
        ImGui::TextWrapped("%s", grid.cells[r][c].c_str());
      }
    }
  }
  ImGui::EndTable();
}

// Each option as a card: its heading, then question and answer side by side.
void grid_as_cards(const Catalog& catalog, const OptionGrid& grid, float label_width,
                   const ReadAloudView& reading, const Look& look, Actions& actions) {
  for (std::size_t c = 0; c < grid.columns.size(); ++c) {
    IdScope id(static_cast<int>(c));
    ReadingHighlight mark(look, reading.key == "option." + std::to_string(c));
    ImGui::Dummy({0, ImGui::GetFontSize() * 0.4f});
    {
      ColorScope muted(ImGuiCol_Text, look.colors().muted);
      ImGui::Text("%zu. %s", c + 1, grid.columns[c].kind.c_str());
    }
    {
      FontScope bold(look.fonts.heading);
      wrapped(grid.columns[c].name);
    }
    const OptionGridColumn& column = grid.columns[c];
    if (!column.technique.empty() && catalog.find_technique(column.technique)) {
      if (link(look,
               std::string(icon::kArrowRight) + " About the procedure: " + column.technique_name,
               column.technique.c_str()))
        actions.select(column.technique);
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable(
            "card", 2, flags,
            {std::min(ImGui::GetContentRegionAvail().x, reading_width() * 1.4f), 0})) {
      ImGui::TableSetupColumn("q", ImGuiTableColumnFlags_WidthFixed, label_width);
      ImGui::TableSetupColumn("a", ImGuiTableColumnFlags_WidthStretch);
      for (std::size_t r = 0; r < grid.row_labels.size(); ++r) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        {
          ColorScope muted(ImGuiCol_Text, look.colors().muted);
          ImGui::TextWrapped("%s", grid.row_labels[r].c_str());
        }
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", grid.cells[r][c].c_str());
      }
      ImGui::EndTable();
    }
    ImGui::Separator();
  }
}

void option_grid(const Catalog& catalog, const ConditionGuide& guide, std::size_t first,
                 const ReadAloudView& reading, const Look& look, Actions& actions) {
  const bool patient = look.audience == Audience::Patient;
  heading(look, patient ? "Your options, usually tried in this order"
                        : "Options, from those usually tried first to the last");
  const OptionGrid grid = build_option_grid(catalog, guide, look.audience);
  const float em = ImGui::GetFontSize();
  const float label_width = em * 9.5f;
  const float min_column = em * 11.0f;
  const float cell_padding = ImGui::GetStyle().CellPadding.x * 2 + 1;
  const float available = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
  const GridLayoutChoice choice = choose_grid_layout(
      available, grid.columns.size(), label_width + cell_padding, min_column + cell_padding);
  if (choice.layout == GridLayout::OptionsAsColumns) {
    muted_wrapped(look, patient ? "Each column is one choice. The rows ask the same questions "
                                  "of each, so you can compare them."
                                : "Options as columns, the same questions as rows; certainty is "
                                  "GRADE, \"versus placebo or sham\" what such trials found.");
    const float column = std::min(em * 18.0f, (available - label_width - cell_padding) /
                                                      static_cast<float>(choice.columns_shown) -
                                                  cell_padding);
    grid_as_columns(catalog, grid, std::min(first, grid.columns.size() - choice.columns_shown),
                    choice.columns_shown, label_width, column, reading, look, actions);
  } else {
    muted_wrapped(look, patient ? "Each choice below answers the same questions, so you can "
                                  "compare them."
                                : "Each option answers the same questions; certainty is GRADE.");
    grid_as_cards(catalog, grid, label_width, reading, look, actions);
  }
}

void after(const ConditionGuide& guide, const ReadAloudView& reading, const Look& look,
           Actions& actions) {
  const bool patient = look.audience == Audience::Patient;
  {
    ReadingHighlight mark(look, reading.key == "questions_to_ask");
    heading(look, std::string(icon::kQuestion) + "  Questions to ask your doctor");
    for (const auto& question : guide.questions_to_ask) bullet_wrapped(question);
  }
  {
    ReadingHighlight mark(look, reading.key == "values");
    heading(look, patient ? "What matters most to you?" : "What matters to different people");
    for (const auto& value : guide.values) bullet_wrapped(value);
  }
  heading(look, patient ? "Sources" : "References");
  int number = 0;
  for (const Reference& reference : guide.references) {
    IdScope id(number++);
    bullet_wrapped("[" + citation_label(reference) + "] " + reference.citation);
    if (!reference.doi.empty()) {
      ImGui::Indent(ImGui::GetFontSize() * 1.5f);
      if (link(look, "doi:" + reference.doi, "doi"))
        actions.open_url("https://doi.org/" + reference.doi);
      ImGui::Unindent(ImGui::GetFontSize() * 1.5f);
    }
  }
  ImGui::Dummy({0, ImGui::GetFontSize()});
  muted_wrapped(look, "Last reviewed " + guide.last_reviewed + ". " + std::string(kDisclaimer));
  ImGui::Dummy({0, ImGui::GetFontSize()});
}

void index(const Catalog& catalog, const Look& look, Actions& actions) {
  const bool patient = look.audience == Audience::Patient;
  title(look, patient ? "Guides to your options" : "Condition guides");
  muted_wrapped(look,
                "Each guide sets the choices for one condition side by side, from what you can do "
                "yourself to surgery, with what each involves, how well it works and its risks.");
  if (catalog.conditions().empty()) {
    muted_wrapped(look, "This content has no condition guides yet (content/conditions/).");
    return;
  }
  for (const ConditionGuide& guide : catalog.conditions()) {
    ImGui::Bullet();
    ImGui::SameLine();
    const std::string name = catalog.condition_name(guide, patient);
    if (link(look, name, guide.term.c_str())) actions.open_condition(guide.term);
    ImGui::SameLine();
    ImGui::TextDisabled("(%s), %zu options", catalog.condition_name(guide, !patient).c_str(),
                        guide.options.size());
  }
  ImGui::Dummy({0, ImGui::GetFontSize()});
  if (link(look, std::string(icon::kMap) + " Or start from where it hurts", "to-map"))
    actions.set_view(MainView::Map);
}

}  // namespace

void draw_condition_view(const Catalog& catalog, const ConditionGuide* guide,
                         std::size_t grid_first, const ReadAloudView& reading, const Look& look,
                         Actions& actions) {
  const float pad = ImGui::GetFontSize() * 0.4f;
  ImGui::Indent(pad);
  if (!guide) {
    index(catalog, look, actions);
    ImGui::Unindent(pad);
    return;
  }
  header(catalog, *guide, reading, look, actions);
  ImGui::Unindent(pad);
  ChildScope body("condition-body", {0, 0}, false, ImGuiWindowFlags_NoBackground);
  ImGui::Indent(pad);
  const GuideText text{*guide, look, citation_labels(guide->references)};
  about(*guide, text, reading, look);
  option_grid(catalog, *guide, grid_first, reading, look, actions);
  after(*guide, reading, look, actions);
  ImGui::Unindent(pad);
}

}  // namespace painatlas::ui
