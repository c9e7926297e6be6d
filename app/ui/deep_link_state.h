// Deep links and the reader's state: what link describes the screen now, and opening a link.
// The web's address bar and the desktop's command-line options both go through here.
#pragma once

#include "actions.h"
#include "app_state.h"
#include "reader/deep_link.h"

namespace painatlas::ui {

// The link to what is on screen: the view, the technique, the patient register, the search, the
// filters and, when comparing, the techniques compared. Settings such as the theme are left out:
// they are the reader's own, not part of the place.
DeepLink deep_link_of(const AppState& state);

enum class LinkScope {
  Named,  // apply only what the link names, over the restored view (the desktop's options)
  Place,  // the link is the whole place: a search, filters or technique it leaves out are cleared
};

// Emits the actions that open what `link` names, after resolving it against the catalog; what
// the catalog lacks is left out and said in state.messages. `with_selection` false leaves the
// technique alone (the browser's back and forward move it through the reader's history instead).
void open_deep_link(AppState& state, DeepLink link, LinkScope scope, Actions& actions,
                    bool with_selection = true);

}  // namespace painatlas::ui
