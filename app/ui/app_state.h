// Everything the desktop program knows between frames. The catalog is shared and immutable; the
// rest is the reader's state (query, selection, settings, bookmarks) and the UI's own buffers.
#pragma once

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "catalog/browse_query.h"
#include "catalog/catalog.h"
#include "catalog/related_match.h"
#include "content/loader.h"
#include "content/problem.h"
#include "layout.h"
#include "platform.h"
#include "reader/navigation_history.h"
#include "reader/quiz.h"
#include "reader/screening.h"
#include "reader/speech_text.h"
#include "reader/study_progress.h"
#include "store/user_data.h"

namespace painatlas::ui {

inline constexpr std::size_t kMaxCompared = 4;

struct BrowseState {
  BrowseQuery query;
  ResultSet results;
  bool results_stale = true;
  std::string selected;  // technique id, or empty
  // Answers from lib/ kept with the results, not asked again every frame:
  std::vector<std::string> named_factors;  // situation factors the search words name
  // Why the first rows matched through a related term, by technique (only those that did).
  std::map<TechniqueIndex, std::vector<RelatedMatch>> related;
};

// Text being edited, kept apart from the data it will become.
struct EditBuffers {
  std::string search;
  std::string note;
  std::string note_for;  // the technique id `note` belongs to
  std::string factor_filter;
  std::string facet_find;  // a word to find filter values by ("infection")
  bool focus_search = false;
};

// Results is a tab of its own only in the narrow layout (large text), beside the others.
enum class LeftPanel { Filters, Situation, BodyMap, Results };

// The detail pane's place: each technique opens at the top, and back/forward return to where the
// reader was. The panel records the scroll; actions ask for a new one.
struct DetailView {
  std::string shown;                       // the technique drawn last frame
  std::optional<float> scroll_to;          // applied when the pane is next drawn
  std::map<std::string, float> scroll_of;  // by technique id
  std::string jump_to;                     // a section heading asked for by its link
};

// Keyboard focus between the panes, in Tab order. ImGui 1.86 moves Tab only between text fields,
// so the program keeps this itself and hands ImGui's navigation the pane's window.
enum class Pane { Toolbar, Filters, Results, Detail };
inline constexpr int kPaneCount = 4;
struct KeyboardFocus {
  std::optional<Pane> requested;  // focus this pane on the next frame
  Pane current = Pane::Toolbar;
  int results_cursor = -1;  // the row the keyboard is on in the results
};

// Facet values keep their places while the pointer is over the filters, so a click never lands on
// a value that moved; they are sorted again once it leaves.
struct FacetOrder {
  bool frozen = false;
  std::array<std::vector<std::string>, kFacetCount> values;  // by Facet, as last shown
};

// What the study start screen has chosen.
enum class StudyTopicKind { Everything, Category, CurrentList, Bookmarks };
struct StudySetup {
  StudyTopicKind topic = StudyTopicKind::Everything;
  Category category = Category::Sympathetic;
  int count = 10;
};

// Saving a handout: choose whether it includes "Your situation", then where it went.
struct HandoutDialog {
  bool open = false;
  std::string technique;
  bool include_situation = true;
  std::optional<SavedDocument> saved;
};

// Something to tell the reader in the footer. Good news is not a warning.
struct Message {
  enum class Level { Info, Success, Problem };
  Message(std::string words, Level how = Level::Problem) : text(std::move(words)), level(how) {}
  std::string text;
  Level level;
};

struct StudyState {
  StudyProgress progress;
  std::vector<Question> session;
  std::size_t current = 0;
  std::optional<std::size_t> chosen;  // the option picked for the current question
  std::vector<AnswerRecord> answers;
  std::uint64_t next_seed = 0;  // 0: seed from the clock
  StudySetup setup;
  std::string topic_name;  // what the running session is about, for its header
  bool active() const { return !session.empty(); }
  bool finished() const { return active() && current >= session.size(); }
};

// "Where does it hurt?": the region whose guides and techniques are listed, and the one the
// keyboard is on.
struct MapState {
  std::string chosen;
  std::string focused;
};

// What is being read aloud, and what panels need to show it: a copy of the speech engine's state
// taken each frame, so panels never reach the platform.
struct ReadAloudState {
  std::string source;  // "technique:<id>" or "condition:<term id>", or empty
  std::vector<SpeechParagraph> paragraphs;
  std::size_t first =
      0;  // index in `paragraphs` of the engine's paragraph 0 (after a speed change)
  float rate = 1.0f;
  SpeechStatus status;
  bool checked = false;  // availability asked of the engine
  bool available = false;
  std::string why_not;
};

// What a panel needs to draw read-aloud controls and highlight the paragraph being read.
struct ReadAloudView {
  std::string source;  // what is being read, or empty
  std::string key;     // the key of the paragraph being read, or empty
  SpeechPhase phase = SpeechPhase::Idle;
  float rate = 1.0f;
  bool available = false;
  std::string why_not;
};
ReadAloudView read_aloud_view(const ReadAloudState& state);

struct OpenWindows {
  bool disclaimer = false;
  bool about = false;
  bool problems = false;
  bool shortcuts = false;
};

// What the window's shell knows about the screen, set before each frame.
struct Screen {
  float scale = 1.0f;         // device pixels per logical pixel (2 on a typical phone)
  bool touch_screen = false;  // the main pointer is a finger
};

struct AppState {
  std::shared_ptr<const Catalog> catalog;
  std::vector<Problem> problems;

  Settings settings;
  UserData user;
  UserData user_saved;  // as last read or written: the base when merging with another window
  UserFiles files;
  bool persist = true;            // false in screenshot mode and tests: nothing is written
  std::vector<Message> messages;  // store reports, saves and their failures, for the reader
  // What was restored from the last visit (search words, situation ticks), said once at start.
  std::string restored_notice;

  MainView view = MainView::Browse;
  Screen screen;
  Pane pane = Pane::Results;  // the one pane shown when the screen is narrow
  LeftPanel left_panel = LeftPanel::Filters;
  bool left_panel_requested = false;  // select the tab once, when changed by an action
  BrowseState browse;
  std::vector<ScreeningResult> screening;  // by technique index; empty when no factor is ticked
  StudyState study;
  std::vector<std::string> compare;  // technique ids, at most kMaxCompared
  std::string condition;             // the term id of the guide in the Condition view
  std::size_t grid_first = 0;        // the first option shown when the grid pages through options
  MapState map;
  ReadAloudState read_aloud;
  NavigationHistory history;
  EditBuffers edit;
  OpenWindows windows;
  DetailView detail;
  KeyboardFocus focus;
  FacetOrder facet_order;
  HandoutDialog handout;

  // Links, saved documents, the title and speech: the desktop's or the browser's.
  std::shared_ptr<Platform> platform = std::make_shared<NullPlatform>();
  std::string shown_title;  // as last given to the platform

  bool fonts_stale = true;  // font scale changed: rebuild the atlas before the next frame
  bool quit_requested = false;

  const Technique* selected_technique() const {
    return browse.selected.empty() ? nullptr : catalog->find_technique(browse.selected);
  }
  const ConditionGuide* shown_condition() const {
    return condition.empty() ? nullptr : catalog->find_condition(condition);
  }
};

// Loads settings and user data (moving unreadable files aside) and restores the last view.
AppState make_app_state(std::shared_ptr<const Catalog> catalog, std::vector<Problem> problems,
                        UserFiles files, bool persist);

// What the window or tab title says: the technique or view on screen, then "Pain Atlas".
std::string window_title(const AppState& state);

// Re-runs the browse query when its inputs changed.
void refresh_results(AppState& state);
// Re-runs the screening for the ticked factors.
void refresh_screening(AppState& state);

// Content changed on disk and was loaded again. Without errors it replaces the catalog (keeping
// the reader's place where it still exists); with errors the last good catalog stays and the
// problems are shown, so an author can edit with the program open.
void apply_reloaded_content(AppState& state, LoadResult reloaded);

}  // namespace painatlas::ui
