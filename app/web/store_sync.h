// Keeping a browser tab and its stored user data in agreement. The files are the desktop's
// (versioned JSON, written atomically), kept in IndexedDB through Emscripten's IDBFS. Several
// tabs may be open: pre.js runs one sync at a time under a lock all tabs share — copy IndexedDB
// into the tab's files, call sync_store(), copy the files back when it wrote — and tells the
// other tabs to sync when something changed. No JavaScript here, so it is tested natively.
#pragma once

#include "app_state.h"

namespace painatlas::web {

// The settings and study progress as this tab last read or wrote them (the user data's base is
// AppState::user_saved): what differs from it is this tab's own change.
struct StoreBase {
  Settings settings;
  StudyProgress study;
};

// Reads the store at start-up (moving aside what cannot be read, and telling the reader, as the
// desktop does) and returns the base for later syncs.
StoreBase load_store(ui::AppState& state);

// Whether this tab has a change to save: bookmarks, notes, the situation, the view, the
// technique or the compared ones (the search alone waits for one of these, as on the desktop),
// the settings or the study progress.
bool has_unsaved_changes(const ui::AppState& state, const StoreBase& base);

// One sync, with the files as IndexedDB holds them now: this tab's changes are merged into what
// other tabs saved (bookmarks and notes three-way, as two desktop windows do; settings and study
// progress whole, the latest change winning), and what other tabs saved is taken in. Returns
// true when it wrote a file (the page then stores the files and tells the other tabs).
bool sync_store(ui::AppState& state, StoreBase& base);

}  // namespace painatlas::web
