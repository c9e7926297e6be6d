// What panels ask for. Panels read state and only emit actions; apply_actions() changes the
// state in one place after the frame, so a panel never sees half-applied changes.
#pragma once

#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "store/user_data.h"

namespace painatlas::ui {

struct AppState;
enum class Pane;

enum class ActionKind {
  SetQuery,
  Select,
  ToggleFacet,
  FilterByTerm,
  ClearFilters,
  SetSort,
  Back,
  Forward,
  ToggleBookmark,
  SetNote,
  AddToCompare,
  RemoveFromCompare,
  SetView,
  SetAudience,
  SetTheme,
  ChangeFontScale,
  OpenWindow,
  AcceptDisclaimer,
  FocusSearch,
  Quit,
  ToggleFactor,
  ClearSituation,
  ShowLeftPanel,
  StartStudy,
  Answer,
  NextQuestion,
  EndStudy,
  ExportHandout,
  OpenUrl,
  OpenWebPage,
  OpenCondition,
  ExportConditionHandout,
  SetGridFirst,
  ChooseRegion,
  FocusRegion,
  ReadAloud,
  PauseReading,
  ResumeReading,
  StopReading,
  SetReadingRate,
  ToggleSeverity,
  JumpToSection,
  DismissRestored,
  ClearRestored,
  FocusPane,
  SaveHandout,
  SetHandoutSituation,
  OpenSavedHandout,
  ShowSavedHandout,
  CloseHandout,
  FinishStudy,
  DismissMessage,
  ShowPane
};

enum class Window { Disclaimer, About, Problems, Shortcuts };

struct Action {
  ActionKind kind;
  std::string text;  // query, id, value or note
  Facet facet = Facet::Indication;
  int number = 0;  // enum values and steps
};

class Actions {
 public:
  void set_query(std::string text) { push({ActionKind::SetQuery, std::move(text)}); }
  // An empty id shows no technique.
  void select(std::string id) { push({ActionKind::Select, std::move(id)}); }
  void toggle_facet(Facet facet, std::string value) {
    push({ActionKind::ToggleFacet, std::move(value), facet});
  }
  // Shows every technique with this value and nothing else: "other techniques for this".
  void filter_by_term(Facet facet, std::string value) {
    push({ActionKind::FilterByTerm, std::move(value), facet});
  }
  void clear_filters() { push({ActionKind::ClearFilters, {}}); }
  void set_sort(int order) { push({ActionKind::SetSort, {}, Facet::Indication, order}); }
  void back() { push({ActionKind::Back, {}}); }
  void forward() { push({ActionKind::Forward, {}}); }
  void toggle_bookmark(std::string id) { push({ActionKind::ToggleBookmark, std::move(id)}); }
  void set_note(std::string note) { push({ActionKind::SetNote, std::move(note)}); }
  void add_to_compare(std::string id) { push({ActionKind::AddToCompare, std::move(id)}); }
  void remove_from_compare(std::string id) { push({ActionKind::RemoveFromCompare, std::move(id)}); }
  void set_view(MainView view) {
    push({ActionKind::SetView, {}, Facet::Indication, static_cast<int>(view)});
  }
  void set_audience(Audience audience) {
    push({ActionKind::SetAudience, {}, Facet::Indication, static_cast<int>(audience)});
  }
  void set_theme(Theme theme) {
    push({ActionKind::SetTheme, {}, Facet::Indication, static_cast<int>(theme)});
  }
  void change_font_scale(int steps) {
    push({ActionKind::ChangeFontScale, {}, Facet::Indication, steps});
  }
  void open(Window window) {
    push({ActionKind::OpenWindow, {}, Facet::Indication, static_cast<int>(window)});
  }
  void accept_disclaimer() { push({ActionKind::AcceptDisclaimer, {}}); }
  void focus_search() { push({ActionKind::FocusSearch, {}}); }
  void quit() { push({ActionKind::Quit, {}}); }
  void toggle_factor(std::string id) { push({ActionKind::ToggleFactor, std::move(id)}); }
  void clear_situation() { push({ActionKind::ClearSituation, {}}); }
  void show_left_panel(int panel) {
    push({ActionKind::ShowLeftPanel, {}, Facet::Indication, panel});
  }
  void start_study(int count) { push({ActionKind::StartStudy, {}, Facet::Indication, count}); }
  void answer(int option) { push({ActionKind::Answer, {}, Facet::Indication, option}); }
  void next_question() { push({ActionKind::NextQuestion, {}}); }
  void end_study() { push({ActionKind::EndStudy, {}}); }
  // Opens the handout dialog for a technique; save_handout() writes it.
  void export_handout(std::string id) { push({ActionKind::ExportHandout, std::move(id)}); }
  void open_url(std::string url) { push({ActionKind::OpenUrl, std::move(url)}); }
  // The accessible web page of what is on screen, in the reader's register (a technique, a
  // condition guide, the comparison tables; the index when nothing is chosen).
  void open_web_page() { push({ActionKind::OpenWebPage, {}}); }
  // Opens the guide of a condition term (or of the nearest broader term that has one).
  void open_condition(std::string term_id) {
    push({ActionKind::OpenCondition, std::move(term_id)});
  }
  void export_condition_handout(std::string term_id) {
    push({ActionKind::ExportConditionHandout, std::move(term_id)});
  }
  // The first option shown in an option grid too wide for the window.
  void set_grid_first(std::size_t first) {
    push({ActionKind::SetGridFirst, {}, Facet::Indication, static_cast<int>(first)});
  }
  // "Where does it hurt?": list this region's guides and techniques; move the keyboard to one.
  void choose_region(std::string region) { push({ActionKind::ChooseRegion, std::move(region)}); }
  void focus_region(std::string region) { push({ActionKind::FocusRegion, std::move(region)}); }
  // Reads "technique:<id>" or "condition:<term id>" aloud in plain words.
  void read_aloud(std::string source) { push({ActionKind::ReadAloud, std::move(source)}); }
  void pause_reading() { push({ActionKind::PauseReading, {}}); }
  void resume_reading() { push({ActionKind::ResumeReading, {}}); }
  void stop_reading() { push({ActionKind::StopReading, {}}); }
  void set_reading_rate(float rate) {
    push({ActionKind::SetReadingRate, {}, Facet::Indication, static_cast<int>(rate * 100 + 0.5f)});
  }
  // A contraindication value for one severity only.
  void toggle_severity(std::string value, Severity severity) {
    push({ActionKind::ToggleSeverity, std::move(value), Facet::Contraindication,
          static_cast<int>(severity)});
  }
  void jump_to_section(std::string heading) {
    push({ActionKind::JumpToSection, std::move(heading)});
  }
  void dismiss_restored() { push({ActionKind::DismissRestored, {}}); }
  // Clears the restored search and situation ticks.
  void clear_restored() { push({ActionKind::ClearRestored, {}}); }
  void focus_pane(Pane pane) {
    push({ActionKind::FocusPane, {}, Facet::Indication, static_cast<int>(pane)});
  }
  void save_handout() { push({ActionKind::SaveHandout, {}}); }
  void set_handout_situation(bool include) {
    push({ActionKind::SetHandoutSituation, {}, Facet::Indication, include ? 1 : 0});
  }
  void open_saved_handout() { push({ActionKind::OpenSavedHandout, {}}); }
  void show_saved_handout() { push({ActionKind::ShowSavedHandout, {}}); }
  void close_handout() { push({ActionKind::CloseHandout, {}}); }
  // Ends a study session now and shows the summary of what was answered.
  void finish_study() { push({ActionKind::FinishStudy, {}}); }
  void dismiss_message() { push({ActionKind::DismissMessage, {}}); }
  // On a narrow screen: which pane to show.
  void show_pane(Pane pane) {
    push({ActionKind::ShowPane, {}, Facet::Indication, static_cast<int>(pane)});
  }

  const std::vector<Action>& list() const { return list_; }
  bool empty() const { return list_.empty(); }
  void clear() { list_.clear(); }

 private:
  void push(Action action) { list_.push_back(std::move(action)); }
  std::vector<Action> list_;
};

// Applies and clears the actions; saves user data and settings when they changed.
void apply_actions(AppState& state, Actions& actions);

// Saves bookmarks, notes, the situation and the reader's place now (also on quit).
void save_user_data_now(AppState& state);

// Merges this window's changes since it last read or wrote the store into what is stored now,
// writes the result and adopts it. save_user_data_now() does this when `persist` is on; the web
// calls it itself, under a lock that all the browser's tabs share.
void merge_and_write_user_data(AppState& state);

}  // namespace painatlas::ui
