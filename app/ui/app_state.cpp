#include "app_state.h"

#include "catalog/term_lookup.h"

namespace painatlas::ui {

namespace {

// "Restored from your last visit: the search “knee” and 2 situation ticks (…)." Leftover
// choices change what the list shows, so they are named once rather than applied silently.
std::string restored_notice(const AppState& state) {
  std::vector<std::string> parts;
  if (!state.browse.query.text.empty())
    parts.push_back("the search \u201c" + state.browse.query.text + "\u201d");
  const auto& ticked = state.user.situation;
  if (!ticked.empty()) {
    std::string names;
    for (const auto& id : ticked)
      if (const Term* term = state.catalog->find_term(id))
        names += (names.empty() ? "" : ", ") + term->lay_name;
    parts.push_back(std::to_string(ticked.size()) + " situation tick" +
                    (ticked.size() == 1 ? "" : "s") + " (" + names + ")");
  }
  if (parts.empty()) return {};
  std::string notice = "Restored from your last visit: " + parts[0];
  if (parts.size() > 1) notice += " and " + parts[1];
  return notice + ".";
}

}  // namespace

AppState make_app_state(std::shared_ptr<const Catalog> catalog, std::vector<Problem> problems,
                        UserFiles files, bool persist) {
  AppState state;
  state.catalog = std::move(catalog);
  state.problems = std::move(problems);
  state.files = std::move(files);
  state.persist = persist;
  if (persist) {
    StoreReport report;
    state.settings = load_settings(state.files.settings, report);
    state.user = load_user_data(state.files.user_data, report);
    state.user_saved = state.user;
    state.messages.assign(report.messages.begin(), report.messages.end());
  }
  // Restore the last view, dropping ids that the content no longer has.
  const LastView& last = state.user.last_view;
  state.view = last.view;
  state.browse.query.text = last.query;
  state.edit.search = last.query;
  if (state.catalog->find_technique(last.selected)) state.browse.selected = last.selected;
  for (const auto& id : last.compare)
    if (state.catalog->find_technique(id) && state.compare.size() < kMaxCompared)
      state.compare.push_back(id);
  if (!state.browse.selected.empty()) state.history.visit(state.browse.selected);
  std::erase_if(state.user.situation,
                [&](const std::string& id) { return !state.catalog->find_term(id); });
  refresh_screening(state);
  state.restored_notice = restored_notice(state);
  if (persist) {
    StoreReport report;
    state.study.progress = load_study_progress(state.files.study, report);
    state.messages.insert(state.messages.end(), report.messages.begin(), report.messages.end());
  }
  state.windows.disclaimer = !state.settings.disclaimer_accepted;
  state.windows.problems = count_errors(state.problems) > 0;
  return state;
}

std::string window_title(const AppState& state) {
  const std::string app = state.catalog->info().title;
  switch (state.view) {
    case MainView::Compare:
      return "Compare — " + app;
    case MainView::Study:
      return "Study — " + app;
    case MainView::Browse:
      break;
  }
  if (const Technique* technique = state.selected_technique()) return technique->name + " — " + app;
  return app;
}

void refresh_screening(AppState& state) {
  state.screening.clear();
  if (!state.user.situation.empty()) state.screening = screen(*state.catalog, state.user.situation);
}

void refresh_results(AppState& state) {
  BrowseState& browse = state.browse;
  if (!browse.results_stale) return;
  const Catalog& catalog = *state.catalog;
  browse.results = run_browse_query(catalog, browse.query);
  browse.results_stale = false;
  browse.named_factors.clear();
  for (const Term* term : terms_named_in(catalog, TermKind::Factor, browse.query.text))
    browse.named_factors.push_back(term->id);
  // Explaining a match reads the vocabulary again; the first rows are the ones people read.
  constexpr std::size_t kExplained = 200;
  browse.related.clear();
  const auto related_bit = static_cast<std::uint8_t>(SearchField::Related);
  for (std::size_t i = 0; i < browse.results.rows.size() && i < kExplained; ++i) {
    const ResultRow& row = browse.results.rows[i];
    if (!(row.matched & related_bit)) continue;
    auto why = related_matches(catalog, row.technique, browse.query.text);
    if (!why.empty()) browse.related.emplace(row.technique, std::move(why));
  }
}

}  // namespace painatlas::ui

namespace painatlas::ui {

void apply_reloaded_content(AppState& state, LoadResult reloaded) {
  const std::size_t errors = count_errors(reloaded.problems);
  state.problems = std::move(reloaded.problems);
  if (errors > 0) {
    state.windows.problems = true;
    state.messages.push_back("The content now has " + std::to_string(errors) +
                             " error(s); showing the last version that loaded cleanly.");
    return;
  }
  state.catalog = std::move(reloaded.catalog);
  const Catalog& catalog = *state.catalog;
  if (!catalog.find_technique(state.browse.selected)) state.browse.selected.clear();
  std::erase_if(state.compare, [&](const std::string& id) { return !catalog.find_technique(id); });
  for (auto& values : state.browse.query.filter.selected)
    std::erase_if(values, [&](const std::string& value) {
      return !catalog.find_term(value) && !catalog.find_region(value) &&
             !parse_enum<Category>(value) && !parse_enum<BleedingRisk>(value);
    });
  std::erase_if(state.user.situation,
                [&](const std::string& id) { return !catalog.find_term(id); });
  if (state.study.active())
    state.study = StudyState{state.study.progress, {}, 0, std::nullopt, {}, state.study.next_seed};
  state.browse.results_stale = true;
  refresh_results(state);
  refresh_screening(state);
  state.messages.emplace_back(
      "Content reloaded: " + std::to_string(catalog.techniques().size()) + " techniques.",
      Message::Level::Info);
}

}  // namespace painatlas::ui
