#include "actions.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>

#include "app_state.h"
#include "catalog/string_list.h"
#include "export/condition_handout.h"
#include "export/handout.h"
#include "export/site_paths.h"
#include "reader/speech_text.h"

namespace painatlas::ui {

namespace {

constexpr float kFontScaleStep = 0.125f;
constexpr float kMinFontScale = 0.75f;
constexpr float kMaxFontScale = 2.5f;

// A newly opened technique starts at the top; going back or forward returns to where the reader
// was on it. An empty id shows none.
void select(AppState& state, const std::string& id, bool from_history) {
  if (id.empty()) {
    state.browse.selected.clear();
    state.pane = Pane::Results;
    return;
  }
  if (!state.catalog->find_technique(id)) return;
  state.browse.selected = id;
  state.view = MainView::Browse;
  state.pane = Pane::Detail;
  auto place = state.detail.scroll_of.find(id);
  state.detail.scroll_to =
      from_history && place != state.detail.scroll_of.end() ? place->second : 0.0f;
  if (!from_history) state.history.visit(id);
}

void save_handout(AppState& state) {
  HandoutDialog& dialog = state.handout;
  const Technique* technique = state.catalog->find_technique(dialog.technique);
  if (!technique) return;
  const auto index = state.catalog->technique_index(technique->id);
  const ScreeningResult* situation = dialog.include_situation && index && !state.screening.empty()
                                         ? &state.screening[*index]
                                         : nullptr;
  dialog.saved = state.platform->save_document(
      technique->name + " - Pain Atlas handout.html",
      render_handout(*state.catalog, *technique, HandoutFormat::Html, situation), "text/html");
  if (dialog.saved->ok)
    state.messages.emplace_back("Handout saved: " + dialog.saved->location,
                                Message::Level::Success);
  else
    state.messages.emplace_back("Could not save the handout: " + dialog.saved->error);
}

// The techniques a study session draws on, from the start screen's choice.
StudyTopic study_topic(const AppState& state) {
  StudyTopic topic;
  const auto& techniques = state.catalog->techniques();
  switch (state.study.setup.topic) {
    case StudyTopicKind::Everything:
      break;
    case StudyTopicKind::Category:
      for (const auto& t : techniques)
        if (t.category == state.study.setup.category) topic.push_back(t.id);
      break;
    case StudyTopicKind::CurrentList:
      for (const auto& row : state.browse.results.rows)
        topic.push_back(techniques[row.technique].id);
      break;
    case StudyTopicKind::Bookmarks:
      topic = state.user.bookmarks;
      break;
  }
  return topic;
}

std::string study_topic_name(const AppState& state) {
  switch (state.study.setup.topic) {
    case StudyTopicKind::Everything:
      return "Every technique";
    case StudyTopicKind::Category:
      return std::string(enum_label(state.study.setup.category));
    case StudyTopicKind::CurrentList:
      return "The techniques in the list";
    case StudyTopicKind::Bookmarks:
      return "Your bookmarks";
  }
  return {};
}

// The page of the accessible site that holds what is on screen, in the reader's register: the
// guide in the Condition view, the guides' list for the map, the comparison tables for Compare,
// otherwise the technique chosen; the index when nothing is chosen.
std::string site_page_on_screen(const AppState& state) {
  const Audience audience = state.settings.audience;
  switch (state.view) {
    case MainView::Condition:
      if (const ConditionGuide* guide = state.shown_condition(); guide && safe_page_id(guide->term))
        return condition_page(guide->term, audience);
      return std::string(kIndexPage);
    case MainView::Map:
      return std::string(kIndexPage);
    case MainView::Compare:
      return std::string(kComparePage);
    case MainView::Browse:
    case MainView::Study:
      break;
  }
  if (state.selected_technique() && safe_page_id(state.browse.selected))
    return technique_page(state.browse.selected, audience);
  return std::string(kIndexPage);
}

void open_web_page(AppState& state) {
  const std::string page = site_page_on_screen(state);
  if (!state.platform->open_site_page(*state.catalog, page))
    state.messages.push_back("Could not open the web page " + page);
}

void export_condition_handout(AppState& state, const std::string& term) {
  const ConditionGuide* guide = state.catalog->condition_for_term(term);
  if (!guide) return;
  const Audience audience = state.settings.audience;
  const SavedDocument saved = state.platform->save_document(
      "Pain Atlas - " + state.catalog->condition_name(*guide, audience == Audience::Patient) +
          " (options).html",
      render_condition_handout(*state.catalog, *guide, audience, HandoutFormat::Html), "text/html");
  if (saved.ok)
    state.messages.emplace_back(
        "Handout saved to " + saved.location + " (open it in a browser to print)",
        Message::Level::Success);
  else if (!saved.error.empty())
    state.messages.push_back("Could not save the handout: " + saved.error);
}

// The paragraphs to read for "technique:<id>" or "condition:<term>", in plain words.
std::vector<SpeechParagraph> paragraphs_for(const Catalog& catalog, const std::string& source) {
  const SpeechVocabulary vocabulary(catalog);
  if (source.starts_with("technique:"))
    if (const Technique* technique = catalog.find_technique(source.substr(10)))
      return technique_speech(catalog, *technique, vocabulary);
  if (source.starts_with("condition:"))
    if (const ConditionGuide* guide = catalog.find_condition(source.substr(10)))
      return condition_speech(catalog, *guide, vocabulary);
  return {};
}

void read_aloud(AppState& state, std::string source, std::size_t from) {
  ReadAloudState& reading = state.read_aloud;
  if (source != reading.source || reading.paragraphs.empty()) {
    reading.paragraphs = paragraphs_for(*state.catalog, source);
    reading.source = std::move(source);
  }
  if (reading.paragraphs.empty()) return;
  from = std::min(from, reading.paragraphs.size() - 1);
  std::vector<std::string> texts;
  for (std::size_t i = from; i < reading.paragraphs.size(); ++i)
    texts.push_back(reading.paragraphs[i].text);
  reading.first = from;
  state.platform->speech().speak(std::move(texts), reading.rate);
  reading.status = state.platform->speech().status();
}

void answer_question(AppState& state, std::size_t option) {
  StudyState& study = state.study;
  if (!study.active() || study.finished() || study.chosen) return;
  const Question& question = study.session[study.current];
  if (option >= question.options.size()) return;
  study.chosen = option;
  const bool right = option == question.correct;
  record_answer(study.progress, question.id, right);
  study.answers.push_back({question.technique, right});
  if (state.persist)
    if (std::string failure = save_study_progress(state.files.study, study.progress);
        !failure.empty())
      state.messages.emplace_back("Could not save your study progress: " + failure);
}

void remember_view(AppState& state) {
  LastView& last = state.user.last_view;
  last.view = state.view;
  last.selected = state.browse.selected;
  last.query = state.browse.query.text;
  last.compare = state.compare;
  last.condition = state.condition;
}

}  // namespace

void save_user_data_now(AppState& state) {
  remember_view(state);
  if (state.persist) merge_and_write_user_data(state);
}

void merge_and_write_user_data(AppState& state) {
  // Another window may have saved meanwhile: its changes are merged in, not overwritten.
  const MergedSave saved =
      save_user_data_merged(state.files.user_data, state.user_saved, state.user);
  if (!saved.error.empty()) {
    state.messages.push_back("Could not save your bookmarks and notes: " + saved.error);
    return;
  }
  const bool situation_changed = saved.saved.situation != state.user.situation;
  state.user = saved.saved;
  state.user_saved = saved.saved;
  if (situation_changed) refresh_screening(state);
}

void apply_actions(AppState& state, Actions& actions) {
  bool settings_changed = false;
  bool user_changed = false;  // bookmarks, notes, situation, or where the reader is
  for (const Action& action : actions.list()) {
    switch (action.kind) {
      case ActionKind::SetQuery:
        state.browse.query.text = action.text;
        state.edit.search = action.text;
        state.browse.results_stale = true;
        state.restored_notice.clear();  // the reader has taken over
        break;
      case ActionKind::Select:
        user_changed = true;
        select(state, action.text, false);
        break;
      case ActionKind::ToggleFacet:
        state.browse.query.filter.toggle(action.facet, action.text);
        state.browse.results_stale = true;
        break;
      case ActionKind::FilterByTerm:
        user_changed = true;
        state.browse.query = BrowseQuery{};
        state.browse.query.filter.values(action.facet).push_back(action.text);
        state.edit.search.clear();
        state.view = MainView::Browse;
        state.pane = Pane::Results;
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
        user_changed = true;
        if (auto id = state.history.back()) select(state, *id, true);
        break;
      case ActionKind::Forward:
        user_changed = true;
        if (auto id = state.history.forward()) select(state, *id, true);
        break;
      case ActionKind::ToggleBookmark: {
        user_changed = true;
        toggle_in_list(state.user.bookmarks, action.text);
        break;
      }
      case ActionKind::SetNote:
        user_changed = true;
        if (state.browse.selected.empty()) break;
        if (action.text.empty())
          state.user.notes.erase(state.browse.selected);
        else
          state.user.notes[state.browse.selected] = action.text;
        break;
      case ActionKind::AddToCompare:
        user_changed = true;
        if (state.compare.size() < kMaxCompared &&
            std::find(state.compare.begin(), state.compare.end(), action.text) ==
                state.compare.end())
          state.compare.push_back(action.text);
        break;
      case ActionKind::RemoveFromCompare:
        user_changed = true;
        std::erase(state.compare, action.text);
        break;
      case ActionKind::SetView:
        user_changed = true;
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
        const float scale =
            action.number == 0
                ? 1.0f
                : state.settings.font_scale + kFontScaleStep * static_cast<float>(action.number);
        state.settings.font_scale = std::clamp(scale, kMinFontScale, kMaxFontScale);
        state.fonts_stale = true;
        settings_changed = true;
        break;
      }
      case ActionKind::OpenWindow:
        switch (static_cast<Window>(action.number)) {
          case Window::Disclaimer:
            state.windows.disclaimer = true;
            break;
          case Window::About:
            state.windows.about = true;
            break;
          case Window::Problems:
            state.windows.problems = true;
            break;
          case Window::Shortcuts:
            state.windows.shortcuts = true;
            break;
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
      case ActionKind::ToggleFactor: {
        user_changed = true;
        toggle_in_list(state.user.situation, action.text);
        refresh_screening(state);
        state.restored_notice.clear();
        break;
      }
      case ActionKind::ClearSituation:
        user_changed = true;
        state.user.situation.clear();
        refresh_screening(state);
        state.restored_notice.clear();
        break;
      case ActionKind::ShowLeftPanel:
        state.left_panel = static_cast<LeftPanel>(action.number);
        state.left_panel_requested = true;
        break;
      case ActionKind::StartStudy: {
        StudyState& study = state.study;
        const std::uint64_t seed =
            study.next_seed != 0 ? study.next_seed
                                 : static_cast<std::uint64_t>(
                                       std::chrono::system_clock::now().time_since_epoch().count());
        const StudyTopic topic = study_topic(state);
        study.session = start_study_session(*state.catalog, study.progress,
                                            static_cast<std::size_t>(action.number), seed, topic);
        study.topic_name = study_topic_name(state);
        study.current = 0;
        study.chosen.reset();
        study.answers.clear();
        state.view = MainView::Study;
        if (state.persist) save_study_progress(state.files.study, study.progress);
        break;
      }
      case ActionKind::Answer:
        answer_question(state, static_cast<std::size_t>(action.number));
        break;
      case ActionKind::NextQuestion:
        if (state.study.active() && state.study.chosen) {
          ++state.study.current;
          state.study.chosen.reset();
        }
        break;
      case ActionKind::EndStudy:
        state.study.session.clear();
        state.study.chosen.reset();
        break;
      case ActionKind::ExportHandout:
        if (!state.catalog->find_technique(action.text)) break;
        state.handout = HandoutDialog{true, action.text, !state.user.situation.empty(), {}};
        break;
      case ActionKind::SaveHandout:
        save_handout(state);
        break;
      case ActionKind::SetHandoutSituation:
        state.handout.include_situation = action.number != 0;
        break;
      case ActionKind::OpenSavedHandout:
        if (state.handout.saved && state.handout.saved->ok &&
            !state.platform->open_document(state.handout.saved->location))
          state.messages.emplace_back("Could not open " + state.handout.saved->location);
        break;
      case ActionKind::ShowSavedHandout:
        if (state.handout.saved && state.handout.saved->ok &&
            !state.platform->show_in_folder(state.handout.saved->location))
          state.messages.emplace_back("Could not show the folder of " +
                                      state.handout.saved->location);
        break;
      case ActionKind::CloseHandout:
        state.handout = HandoutDialog{};
        break;
      case ActionKind::ToggleSeverity:
        state.browse.query.filter.toggle_severity(action.text,
                                                  static_cast<Severity>(action.number));
        state.browse.results_stale = true;
        break;
      case ActionKind::JumpToSection:
        state.detail.jump_to = action.text;
        break;
      case ActionKind::DismissRestored:
        state.restored_notice.clear();
        break;
      case ActionKind::ClearRestored:
        user_changed = true;
        state.browse.query.text.clear();
        state.edit.search.clear();
        state.browse.results_stale = true;
        state.user.situation.clear();
        refresh_screening(state);
        state.restored_notice.clear();
        break;
      case ActionKind::FocusPane:
        // The toolbar's place for the keyboard is the search box.
        if (static_cast<Pane>(action.number) == Pane::Toolbar) {
          state.edit.focus_search = true;
          state.focus.current = Pane::Toolbar;
          state.focus.requested.reset();
        } else {
          state.focus.requested = static_cast<Pane>(action.number);
        }
        break;
      case ActionKind::FinishStudy:
        // The summary covers what was answered; unanswered questions are simply not asked.
        if (state.study.active()) {
          state.study.session.resize(state.study.answers.size());
          state.study.current = state.study.session.size();
          state.study.chosen.reset();
        }
        break;
      case ActionKind::DismissMessage:
        if (!state.messages.empty()) state.messages.pop_back();
        break;
      case ActionKind::OpenUrl:
        if (!state.platform->open_url(action.text))
          state.messages.push_back("Could not open " + action.text);
        break;
      case ActionKind::OpenWebPage:
        open_web_page(state);
        break;
      case ActionKind::OpenCondition:
        user_changed = true;
        if (const ConditionGuide* guide = state.catalog->condition_for_term(action.text))
          state.condition = guide->term;
        else
          state.condition.clear();  // the index of every guide
        state.view = MainView::Condition;
        state.grid_first = 0;
        break;
      case ActionKind::SetGridFirst:
        state.grid_first = static_cast<std::size_t>(std::max(0, action.number));
        break;
      case ActionKind::ExportConditionHandout:
        export_condition_handout(state, action.text);
        break;
      case ActionKind::ChooseRegion:
        state.map.chosen = action.text;
        state.map.focused = action.text;
        break;
      case ActionKind::FocusRegion:
        state.map.focused = action.text;
        break;
      case ActionKind::ReadAloud:
        read_aloud(state, action.text, 0);
        break;
      case ActionKind::PauseReading:
        state.platform->speech().pause();
        break;
      case ActionKind::ResumeReading:
        state.platform->speech().resume();
        break;
      case ActionKind::StopReading:
        state.platform->speech().stop();
        break;
      case ActionKind::SetReadingRate: {
        ReadAloudState& reading = state.read_aloud;
        reading.rate = std::clamp(static_cast<float>(action.number) / 100.0f, 0.5f, 2.0f);
        // A new speed applies at once: the current paragraph starts again at that speed.
        const SpeechStatus status = state.platform->speech().status();
        if (status.phase == SpeechPhase::Speaking)
          read_aloud(state, reading.source, reading.first + status.paragraph);
        break;
      }
      case ActionKind::ShowPane:
        state.pane = static_cast<Pane>(action.number);
        break;
    }
  }
  const bool any = !actions.empty();
  actions.clear();
  if (!any) return;
  if (std::string title = window_title(state); title != state.shown_title) {
    state.platform->set_title(title);
    state.shown_title = std::move(title);
  }
  refresh_results(state);
  remember_view(state);
  // Typing and ticking filters only move the reader; their place is saved with the next real
  // change or on quit, not on every keystroke (each save takes a lock and an fsync).
  if (user_changed) save_user_data_now(state);
  if (settings_changed && state.persist)
    if (std::string failure = save_settings(state.files.settings, state.settings); !failure.empty())
      state.messages.push_back("Could not save your settings: " + failure);
}

}  // namespace painatlas::ui
