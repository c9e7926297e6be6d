#include "actions.h"

#include <algorithm>

#include "app_state.h"

namespace painatlas::ui {

namespace {

constexpr float kFontScaleStep = 0.125f;
constexpr float kMinFontScale = 0.75f;
constexpr float kMaxFontScale = 2.5f;

void select(AppState& state, const std::string& id, bool record) {
  if (!state.catalog->find_technique(id)) return;
  state.browse.selected = id;
  state.view = MainView::Browse;
  if (record) state.history.visit(id);
}

void remember_view(AppState& state) {
  LastView& last = state.user.last_view;
  last.view = state.view;
  last.selected = state.browse.selected;
  last.query = state.browse.query.text;
  last.compare = state.compare;
}

}  // namespace

void apply_actions(AppState& state, Actions& actions) {
  bool user_changed = false;
  bool settings_changed = false;
  for (const Action& action : actions.list()) {
    switch (action.kind) {
      case ActionKind::SetQuery:
        state.browse.query.text = action.text;
        state.edit.search = action.text;
        state.browse.results_stale = true;
        break;
      case ActionKind::Select:
        select(state, action.text, true);
        break;
      case ActionKind::ToggleFacet:
        state.browse.query.filter.toggle(action.facet, action.text);
        state.browse.results_stale = true;
        break;
      case ActionKind::FilterByTerm:
        state.browse.query = BrowseQuery{};
        state.browse.query.filter.values(action.facet).push_back(action.text);
        state.edit.search.clear();
        state.view = MainView::Browse;
        state.browse.results_stale = true;
        break;
      case ActionKind::ClearFilters:
        state.browse.query.filter = FilterQuery{};
        state.browse.results_stale = true;
        break;
      case ActionKind::SetSort:
        state.browse.query.sort = static_cast<SortOrder>(action.number);
        state.browse.results_stale = true;
        break;
      case ActionKind::Back:
        if (auto id = state.history.back()) select(state, *id, false);
        break;
      case ActionKind::Forward:
        if (auto id = state.history.forward()) select(state, *id, false);
        break;
      case ActionKind::ToggleBookmark: {
        auto& bookmarks = state.user.bookmarks;
        auto it = std::find(bookmarks.begin(), bookmarks.end(), action.text);
        if (it == bookmarks.end()) bookmarks.push_back(action.text);
        else bookmarks.erase(it);
        user_changed = true;
        break;
      }
      case ActionKind::SetNote:
        if (state.browse.selected.empty()) break;
        if (action.text.empty()) state.user.notes.erase(state.browse.selected);
        else state.user.notes[state.browse.selected] = action.text;
        user_changed = true;
        break;
      case ActionKind::AddToCompare:
        if (state.compare.size() < kMaxCompared &&
            std::find(state.compare.begin(), state.compare.end(), action.text) == state.compare.end())
          state.compare.push_back(action.text);
        break;
      case ActionKind::RemoveFromCompare:
        std::erase(state.compare, action.text);
        break;
      case ActionKind::SetView:
        state.view = static_cast<MainView>(action.number);
        break;
      case ActionKind::SetAudience:
        state.settings.audience = static_cast<Audience>(action.number);
        settings_changed = true;
        break;
      case ActionKind::SetTheme:
        state.settings.theme = static_cast<Theme>(action.number);
        settings_changed = true;
        break;
      case ActionKind::ChangeFontScale: {
        const float scale = action.number == 0 ? 1.0f : state.settings.font_scale + kFontScaleStep * static_cast<float>(action.number);
        state.settings.font_scale = std::clamp(scale, kMinFontScale, kMaxFontScale);
        state.fonts_stale = true;
        settings_changed = true;
        break;
      }
      case ActionKind::OpenWindow:
        switch (static_cast<Window>(action.number)) {
          case Window::Disclaimer: state.windows.disclaimer = true; break;
          case Window::About: state.windows.about = true; break;
          case Window::Problems: state.windows.problems = true; break;
          case Window::Shortcuts: state.windows.shortcuts = true; break;
        }
        break;
      case ActionKind::AcceptDisclaimer:
        state.settings.disclaimer_accepted = true;
        state.windows.disclaimer = false;
        settings_changed = true;
        break;
      case ActionKind::FocusSearch:
        state.edit.focus_search = true;
        break;
      case ActionKind::Quit:
        state.quit_requested = true;
        break;
    }
  }
  const bool any = !actions.empty();
  actions.clear();
  if (!any) return;
  refresh_results(state);
  remember_view(state);
  if (!state.persist) return;
  // The last view is saved with the bookmarks, so every action that moves the reader saves it.
  if (std::string failure = save_user_data(state.files.user_data, state.user); !failure.empty())
    state.messages.push_back("Could not save your bookmarks and notes: " + failure);
  (void)user_changed;
  if (settings_changed)
    if (std::string failure = save_settings(state.files.settings, state.settings); !failure.empty())
      state.messages.push_back("Could not save your settings: " + failure);
}

}  // namespace painatlas::ui
