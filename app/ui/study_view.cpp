#include <imgui.h>

#include <cstdio>

#include "icons.h"
#include "imgui_scopes.h"
#include "panels.h"

namespace painatlas::ui {

namespace {

constexpr int kSessionSizes[] = {5, 10, 20};

// What to study: everything, a category, the list on the Browse view, or the bookmarks; and how
// many questions.
void topic_choice(StudySetup& setup, std::size_t list_size, std::size_t bookmarks,
                  const Look& look) {
  heading(look, "What to study");
  const auto option = [&](StudyTopicKind kind, const std::string& label, bool usable) {
    DisabledScope empty(!usable);
    if (ImGui::RadioButton(label.c_str(), setup.topic == kind)) setup.topic = kind;
  };
  option(StudyTopicKind::Everything, "Every technique", true);
  option(StudyTopicKind::Category, "One category:", true);
  {
    // On a phone the list of categories goes under its choice, as wide as the screen allows.
    const float width = ImGui::GetFontSize() * 14;
    same_line_if_room(width);
    DisabledScope other(setup.topic != StudyTopicKind::Category);
    ImGui::SetNextItemWidth(std::min(width, ImGui::GetContentRegionAvail().x));
    if (ImGui::BeginCombo("##category", std::string(enum_label(setup.category)).c_str())) {
      for (const auto& entry : enum_entries<Category>())
        if (ImGui::Selectable(std::string(entry.label).c_str(), entry.value == setup.category))
          setup.category = entry.value;
      ImGui::EndCombo();
    }
  }
  option(StudyTopicKind::CurrentList,
         "The techniques in the Browse list (" + std::to_string(list_size) + ")", list_size > 0);
  option(StudyTopicKind::Bookmarks, "My bookmarks (" + std::to_string(bookmarks) + ")",
         bookmarks > 0);
  heading(look, "How many questions");
  for (int size : kSessionSizes) {
    IdScope id(size);
    if (ImGui::RadioButton(std::to_string(size).c_str(), setup.count == size)) setup.count = size;
    ImGui::SameLine(0, ImGui::GetFontSize());
  }
  ImGui::NewLine();
}

void start_screen(const StudyState& study, StudySetup& setup, std::size_t list_size,
                  std::size_t bookmarks, const Look& look, Actions& actions) {
  title(look, "Study: test yourself");
  wrapped(
      "Questions are made from the catalog: which technique fits an indication, which factor is a "
      "contraindication, how common a complication is, which bleeding-risk class applies, and "
      "which "
      "technique a description belongs to. Each answer comes with an explanation and its "
      "reference.");
  wrapped(
      "Questions you get wrong come back in the next session; ones you know come back less and "
      "less "
      "often (five Leitner boxes).");
  ImGui::Spacing();
  std::size_t seen = study.progress.cards.size();
  std::array<int, kLeitnerBoxes> boxes{};
  for (const auto& [id, card] : study.progress.cards)
    ++boxes[static_cast<std::size_t>(card.box - 1)];
  if (seen > 0) {
    ImGui::Text("%zu questions seen over %d session%s.", seen, study.progress.session,
                study.progress.session == 1 ? "" : "s");
    char counts[160];
    std::snprintf(counts, sizeof counts,
                  "Box 1 (every session): %d   Box 2: %d   Box 3: %d   Box 4: %d   Box 5: %d",
                  boxes[0], boxes[1], boxes[2], boxes[3], boxes[4]);
    muted_wrapped(look, counts);
  }
  topic_choice(setup, list_size, bookmarks, look);
  ImGui::Spacing();
  const std::string label =
      std::string(icon::kStudent) + "  Start " + std::to_string(setup.count) + " questions";
  if (ImGui::Button(label.c_str())) actions.start_study(setup.count);
}

void summary_screen(const Catalog& catalog, const StudyState& study, const Look& look,
                    Actions& actions) {
  int right = 0;
  for (const auto& answer : study.answers) right += answer.right ? 1 : 0;
  title(look, "Session finished");
  if (!study.topic_name.empty()) ImGui::TextDisabled("%s", study.topic_name.c_str());
  ImGui::Text("%d of %zu right.", right, study.answers.size());
  if (right < static_cast<int>(study.answers.size()))
    muted_wrapped(look, "The questions you missed will come back first next time.");
  if (ImGui::BeginTable("scores", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH,
                        {std::min(ImGui::GetContentRegionAvail().x, reading_width()), 0})) {
    ImGui::TableSetupColumn("Category");
    ImGui::TableSetupColumn("Right", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 5);
    ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 5);
    ImGui::TableHeadersRow();
    for (const auto& score : score_by_category(catalog, study.answers)) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const auto category = parse_enum<Category>(score.category);
      ImGui::TextUnformatted(category ? std::string(enum_label(*category)).c_str()
                                      : score.category.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%d / %d", score.right, score.asked);
      ImGui::TableNextColumn();
      ImGui::Text("%d%%", score.asked ? 100 * score.right / score.asked : 0);
    }
    ImGui::EndTable();
  }
  ImGui::Spacing();
  if (ImGui::Button("New session")) actions.start_study(study.setup.count);
  same_line_if_room(button_width("Back to the start"));
  if (ImGui::Button("Back to the start")) actions.end_study();
}

void question_screen(const Catalog& catalog, const StudyState& study, const Look& look,
                     Actions& actions) {
  const Question& question = study.session[study.current];
  int score = 0;
  for (const auto& answer : study.answers) score += answer.right ? 1 : 0;
  ImGui::TextDisabled("Question %zu of %zu", study.current + 1, study.session.size());
  if (const Technique* technique = catalog.find_technique(question.technique)) {
    const std::string category = "\u00b7  " + std::string(enum_label(technique->category));
    same_line_if_room(ImGui::CalcTextSize(category.c_str()).x);
    ImGui::TextDisabled("%s", category.c_str());
  }
  // The running score, and a way out that still shows the summary; on a phone, a line of their
  // own.
  char score_text[64];
  std::snprintf(score_text, sizeof score_text, "Score: %d of %zu", score, study.answers.size());
  const float score_width =
      ImGui::CalcTextSize(score_text).x + ImGui::GetFontSize() + button_width("Finish now");
  same_line_if_room(score_width + ImGui::GetFontSize() * 2);
  ImGui::TextUnformatted(score_text);
  ImGui::SameLine(0, ImGui::GetFontSize());
  if (ImGui::SmallButton("Finish now")) actions.finish_study();
  if (ImGui::IsItemHovered()) tooltip("End the session and see the summary of what you answered");
  {
    FontScope font(look.fonts.heading);
    wrapped(question.prompt);
  }
  if (!question.passage.empty()) wrapped(question.passage);
  ImGui::Spacing();
  const bool answered = study.chosen.has_value();
  const float width = std::min(ImGui::GetContentRegionAvail().x, reading_width());
  for (std::size_t i = 0; i < question.options.size(); ++i) {
    IdScope id(static_cast<int>(i));
    const bool is_right = i == question.correct;
    const bool is_chosen = answered && *study.chosen == i;
    std::string label = std::string(1, static_cast<char>('A' + i)) + ".  " + question.options[i];
    if (answered && is_right)
      label = std::string(icon::kCheck) + "  " + label + "   (right answer)";
    else if (is_chosen)
      label = std::string(icon::kTimes) + "  " + label + "   (your answer)";
    const ImVec4 tint = answered && is_right ? look.colors().low
                        : is_chosen          ? look.colors().high
                                             : ImGui::GetStyleColorVec4(ImGuiCol_Button);
    ColorScope border(ImGuiCol_Border, tint);
    ColorScope align_text(ImGuiCol_Text, look.colors().text);
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, {0.0f, 0.5f});
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize,
                        answered && (is_right || is_chosen) ? 3.0f : 1.0f);
    if (ImGui::Button(label.c_str(), {width, ImGui::GetFrameHeight() * 1.3f}) && !answered)
      actions.answer(static_cast<int>(i));
    ImGui::PopStyleVar(2);
  }
  if (!answered) {
    ImGui::TextDisabled("Click an answer or press 1-%zu.", question.options.size());
    return;
  }
  ImGui::Spacing();
  const bool right = *study.chosen == question.correct;
  badge(right ? icon::kCheck : icon::kTimes, right ? look.colors().low : look.colors().high,
        right ? "Right." : "Not quite.");
  wrapped(question.explanation);
  for (const auto& reference : question.references) muted_wrapped(look, "Source: " + reference);
  ImGui::Spacing();
  if (ImGui::Button(study.current + 1 < study.session.size() ? "Next question  (Enter)"
                                                             : "See the summary  (Enter)"))
    actions.next_question();
}

}  // namespace

void draw_study_view(const Catalog& catalog, const StudyState& study, StudySetup& setup,
                     std::size_t list_size, std::size_t bookmarks, const Look& look,
                     Actions& actions) {
  ImGui::Indent(ImGui::GetFontSize());
  if (!study.active())
    start_screen(study, setup, list_size, bookmarks, look, actions);
  else if (study.finished())
    summary_screen(catalog, study, look, actions);
  else
    question_screen(catalog, study, look, actions);
  ImGui::Unindent(ImGui::GetFontSize());
}

}  // namespace painatlas::ui
