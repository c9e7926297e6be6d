#include "url_history.h"

#include "deep_link_state.h"

namespace painatlas::web {

AddressPlace address_place_of(const ui::AppState& state) {
  return {format_deep_link(ui::deep_link_of(state)), state.history.depth(), state.history.visits(),
          state.pane};
}

AddressChange next_address_change(const AddressPlace& shown, const AddressPlace& now) {
  if (now.visits != shown.visits) return {AddressStep::Push, 0};
  if (now.depth != shown.depth)
    return {AddressStep::Go, static_cast<int>(static_cast<long long>(now.depth) -
                                              static_cast<long long>(shown.depth))};
  if (now.query != shown.query || now.pane != shown.pane) return {AddressStep::Replace, 0};
  return {};
}

void follow_browser_history(const ui::AppState& state, std::size_t depth, ui::Actions& actions) {
  std::size_t at = state.history.depth();
  // Simulated on a copy: the actions are applied later, all at once.
  NavigationHistory history = state.history;
  while (at > depth && history.can_go_back()) {
    history.back();
    actions.back();
    --at;
  }
  while (at < depth && history.can_go_forward()) {
    history.forward();
    actions.forward();
    ++at;
  }
  // The entry the page was loaded with, before any technique was opened: the list.
  if (depth == 0 && !state.browse.selected.empty()) actions.select("");
}

}  // namespace painatlas::web
