#include "store_sync.h"

#include "actions.h"

namespace painatlas::web {

namespace {

void report(ui::AppState& state, StoreReport& report) {
  for (auto& message : report.messages) state.messages.push_back(std::move(message));
}

// What saving waits for: the search text alone is not a change worth a write.
UserData without_search(UserData data) {
  data.last_view.query.clear();
  return data;
}

// Adopts what another tab stored: its bookmarks, notes and situation, merged with any change of
// ours not written yet; our own place stays ours.
bool take_in_user_data(ui::AppState& state) {
  StoreReport problems;
  UserData theirs = load_user_data(state.files.user_data, problems);
  const bool moved_aside = !problems.messages.empty();
  report(state, problems);
  UserData merged = merge_user_data(state.user_saved, state.user, theirs);
  const bool situation_changed = merged.situation != state.user.situation;
  theirs.last_view = merged.last_view;
  state.user = std::move(merged);
  state.user_saved = std::move(theirs);
  if (situation_changed) ui::refresh_screening(state);
  return moved_aside;
}

}  // namespace

StoreBase load_store(ui::AppState& state) {
  StoreReport problems;
  state.settings = load_settings(state.files.settings, problems);
  state.user = load_user_data(state.files.user_data, problems);
  state.user_saved = state.user;
  state.study.progress = load_study_progress(state.files.study, problems);
  report(state, problems);
  return {state.settings, state.study.progress};
}

bool has_unsaved_changes(const ui::AppState& state, const StoreBase& base) {
  return without_search(state.user) != without_search(state.user_saved) ||
         state.settings != base.settings || state.study.progress != base.study;
}

bool sync_store(ui::AppState& state, StoreBase& base) {
  bool wrote = false;
  if (without_search(state.user) != without_search(state.user_saved)) {
    ui::merge_and_write_user_data(state);
    wrote = true;
  } else {
    wrote = take_in_user_data(state) || wrote;
  }

  if (state.settings != base.settings) {
    if (std::string failure = save_settings(state.files.settings, state.settings); !failure.empty())
      state.messages.push_back("Could not save your settings: " + failure);
    base.settings = state.settings;
    wrote = true;
  } else {
    StoreReport problems;
    const Settings theirs = load_settings(state.files.settings, problems);
    wrote = !problems.messages.empty() || wrote;
    report(state, problems);
    if (theirs.font_scale != state.settings.font_scale) state.fonts_stale = true;
    state.settings = theirs;
    base.settings = theirs;
  }

  if (state.study.progress != base.study) {
    if (std::string failure = save_study_progress(state.files.study, state.study.progress);
        !failure.empty())
      state.messages.push_back("Could not save your study progress: " + failure);
    base.study = state.study.progress;
    wrote = true;
  } else {
    StoreReport problems;
    StudyProgress theirs = load_study_progress(state.files.study, problems);
    wrote = !problems.messages.empty() || wrote;
    report(state, problems);
    state.study.progress = theirs;
    base.study = std::move(theirs);
  }
  return wrote;
}

}  // namespace painatlas::web
