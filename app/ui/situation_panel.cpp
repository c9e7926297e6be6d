#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "catalog/text_fold.h"
#include "icons.h"
#include "imgui_scopes.h"
#include "panels.h"

namespace painatlas::ui {

namespace {

// Broader factors first, their narrower ones (the kinds of blood thinner) indented below.
void factor_row(const Term& term, bool ticked, int depth, const Look& look, Actions& actions) {
  IdScope id(term.id.c_str());
  ImGui::Indent(ImGui::GetFontSize() * 1.2f * static_cast<float>(depth) + 0.01f);
  bool checked = ticked;
  if (wrapped_checkbox(term.lay_name, &checked)) actions.toggle_factor(term.id);
  if (ImGui::IsItemHovered()) {
    TooltipScope tooltip;
    WrapScope wrap(reading_width() * 0.8f);
    // The clinical name is for students; everyone gets the plain definition.
    if (look.audience == Audience::Student) ImGui::TextUnformatted(term.name.c_str());
    ImGui::TextUnformatted(term.definition.c_str());
  }
  ImGui::Unindent(ImGui::GetFontSize() * 1.2f * static_cast<float>(depth) + 0.01f);
}

}  // namespace

void draw_situation_panel(const Catalog& catalog, const AppState& state, const Look& look,
                          std::string& filter_text, Actions& actions) {
  const auto& ticked = state.user.situation;
  {
    ColorScope accent(ImGuiCol_Text, look.colors().intermediate);
    ImGui::TextUnformatted(icon::kWarning);
  }
  ImGui::SameLine();
  wrapped(
      "Education only, not medical advice. This shows what the content lists for each procedure; "
      "only your own doctors can weigh your situation.");
  ImGui::Spacing();
  if (!ticked.empty()) {
    ImGui::Text("%zu ticked", ticked.size());
    ImGui::SameLine();
    if (ImGui::SmallButton("Clear all")) actions.clear_situation();
    // The split of the techniques in the list, by what the content lists for these factors.
    std::vector<TechniqueIndex> listed;
    for (const auto& row : state.browse.results.rows) listed.push_back(row.technique);
    const ScreeningSplit split = split_by_status(state.screening, listed);
    ImGui::TextDisabled("Of the %zu techniques in the list:", listed.size());
    ImGui::Indent(ImGui::GetFontSize() * 0.6f);
    const auto line = [&](ScreeningStatus status, std::size_t n) {
      screening_badge(look, status, true);
      ImGui::SameLine();
      ImGui::Text("%zu", n);
    };
    line(ScreeningStatus::Absolute, split.absolute);
    line(ScreeningStatus::Relative, split.relative);
    line(ScreeningStatus::None, split.none);
    ImGui::Unindent(ImGui::GetFontSize() * 0.6f);
  }
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##factor-filter",
                           (std::string(icon::kSearch) + "  Find a factor…").c_str(), &filter_text);
  ImGui::Separator();

  const std::string wanted = fold(filter_text);
  const auto matches = [&](const Term& term) {
    return wanted.empty() || fold(term.lay_name).find(wanted) != std::string::npos ||
           fold(term.name).find(wanted) != std::string::npos ||
           std::any_of(term.synonyms.begin(), term.synonyms.end(), [&](const std::string& s) {
             return fold(s).find(wanted) != std::string::npos;
           });
  };
  const auto is_ticked = [&](const std::string& id) {
    return std::find(ticked.begin(), ticked.end(), id) != ticked.end();
  };
  // Factors no technique lists are left out: ticking them could only ever say "nothing listed".
  std::vector<const Term*> roots;
  for (const Term& term : catalog.terms())
    if (term.kind == TermKind::Factor && term.broader.empty() && catalog.term_usage(term.id) > 0)
      roots.push_back(&term);
  // Blood thinners and bleeding first: the question most readers bring.
  std::sort(roots.begin(), roots.end(), [&](const Term* a, const Term* b) {
    const bool bleeding_a = is_bleeding_factor(catalog, a->id),
               bleeding_b = is_bleeding_factor(catalog, b->id);
    return bleeding_a != bleeding_b ? bleeding_a : a->lay_name < b->lay_name;
  });
  for (const Term* root : roots) {
    std::vector<const Term*> children;
    for (const Term& term : catalog.terms())
      if (term.kind == TermKind::Factor && term.broader == root->id) children.push_back(&term);
    const bool any_child =
        std::any_of(children.begin(), children.end(), [&](const Term* t) { return matches(*t); });
    if (!matches(*root) && !any_child) continue;
    factor_row(*root, is_ticked(root->id), 0, look, actions);
    for (const Term* child : children)
      if (matches(*child) || matches(*root))
        factor_row(*child, is_ticked(child->id), 1, look, actions);
  }
}

void screening_badge(const Look& look, ScreeningStatus status, bool long_form) {
  switch (status) {
    case ScreeningStatus::Absolute:
      badge(icon::kBan, look.colors().high,
            long_form ? screening_status_words(status) : "Not advised");
      break;
    case ScreeningStatus::Relative:
      badge(icon::kWarning, look.colors().intermediate,
            long_form ? screening_status_words(status) : "Extra care");
      break;
    case ScreeningStatus::None:
      badge(icon::kCheck, look.colors().low,
            long_form ? screening_status_words(status) : "Nothing listed");
      break;
  }
}

}  // namespace painatlas::ui
