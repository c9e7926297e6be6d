// The address bar follows the reader, and the browser's back and forward buttons move through
// Pain Atlas's own history (lib/reader/navigation_history.h). Each browser history entry holds
// the query string of its place and the reader's depth in that history; this decides, after
// each frame, whether the address is replaced, a new entry pushed, or the browser moved.
#pragma once

#include <cstddef>
#include <string>

#include "actions.h"
#include "app_state.h"

namespace painatlas::web {

// What the address bar shows, or should.
struct AddressPlace {
  std::string query;       // format_deep_link() of the screen
  std::size_t depth = 0;   // NavigationHistory::depth()
  std::size_t visits = 0;  // NavigationHistory::visits()
  ui::Pane pane = ui::Pane::Results;
  bool operator==(const AddressPlace&) const = default;
};

AddressPlace address_place_of(const ui::AppState& state);

enum class AddressStep {
  None,
  Replace,  // the same place, changed: a search, a filter, the register, the pane
  Push,     // a technique opened: a new entry, as a link followed in a browser
  Go,       // the in-app back or forward buttons: the browser moves by `delta` with it
};

struct AddressChange {
  AddressStep step = AddressStep::None;
  int delta = 0;  // for Go
};

AddressChange next_address_change(const AddressPlace& shown, const AddressPlace& now);

// The browser moved to an entry at `depth` (back, forward, or several at once): the actions
// that move the reader's history there. Where the history cannot follow (an entry from before
// the page was loaded, say), it goes as far as it can.
void follow_browser_history(const ui::AppState& state, std::size_t depth, ui::Actions& actions);

}  // namespace painatlas::web
