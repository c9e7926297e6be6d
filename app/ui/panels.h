// The draw functions of the panels, one per file. Each takes exactly what it reads, and emits
// actions instead of changing state.
#pragma once

#include <functional>

#include "actions.h"
#include "app_state.h"
#include "widgets.h"

namespace painatlas::ui {

void draw_menu_bar(const AppState& state, const Look& look, Actions& actions);
// Back/forward, search box, audience and view switches.
void draw_toolbar(const AppState& state, const Look& look, EditBuffers& edit, Actions& actions);
// `order` keeps values in place while the pointer is over the panel.
void draw_facet_panel(const Catalog& catalog, const BrowseState& browse, FacetOrder& order,
                      std::string& find_text,
                      const Look& look, Actions& actions);
// `screening` is empty or has one entry per technique.
void draw_results_panel(const Catalog& catalog, const BrowseState& browse, const UserData& user,
                        const std::vector<ScreeningResult>& screening,
                        const std::string& restored_notice, KeyboardFocus& focus, const Look& look,
                        Actions& actions);
void draw_detail_panel(const Catalog& catalog, const Technique* technique, const UserData& user,
                       const std::vector<std::string>& compare, const ScreeningResult* screening,
                       const ReadAloudView& reading, const Look& look, EditBuffers& edit,
                       DetailView& detail, Actions& actions);
// A condition's guide: the options as an option grid in the reader's register; every guide when
// `guide` is null.
// `grid_first`: the first option shown when not every option fits side by side.
void draw_condition_view(const Catalog& catalog, const ConditionGuide* guide,
                         std::size_t grid_first, const ReadAloudView& reading, const Look& look,
                         Actions& actions);
// "Where does it hurt?", the large body map that leads to guides and techniques.
void draw_map_view(const Catalog& catalog, const MapState& state, const Look& look,
                   Actions& actions);
// Play / Pause / Stop and the speed of read-aloud, for the patient text named by `source`
// ("technique:<id>" or "condition:<term id>"); greyed out, with the reason, when unavailable.
void draw_read_aloud_bar(const ReadAloudView& reading, const std::string& source, const Look& look,
                         Actions& actions);
// "Other options for sciatica": links from a technique to the guides of its conditions.
void draw_condition_links(const Catalog& catalog, const Technique& technique, const Look& look,
                          Actions& actions);
void draw_compare_view(const Catalog& catalog, const std::vector<std::string>& compare,
                       const UserData& user, const Look& look, Actions& actions);
// The line under the panes: the disclaimer link, the catalog and the last message (on lines of
// its own on a phone; footer_height() says how much room to leave).
void draw_footer(const AppState& state, const Layout& layout, const Look& look, Actions& actions);
float footer_height(const AppState& state, const Layout& layout);
// "My situation": factors in lay words, to screen every technique against.
void draw_situation_panel(const Catalog& catalog, const AppState& state, const Look& look,
                          std::string& filter_text, Actions& actions);
void screening_badge(const Look& look, ScreeningStatus status, bool long_form);
void draw_body_map_panel(const Catalog& catalog, const BrowseState& browse, const Look& look,
                         Actions& actions);
// `setup` is the start screen's choice of topic and length; `list_size` and `bookmarks` say how
// many techniques those topics would hold.
void draw_study_view(const Catalog& catalog, const StudyState& study, StudySetup& setup,
                     std::size_t list_size, std::size_t bookmarks, const Look& look,
                     Actions& actions);
// Saving a handout: the situation option, then where it went with Open / Show in folder.
void draw_handout_dialog(const HandoutDialog& dialog, const Catalog& catalog, bool situation_ticked,
                         bool can_reveal, const Look& look, Actions& actions);

void draw_disclaimer_window(bool& open, const Look& look, Actions& actions);
void draw_about_window(bool& open, const Catalog& catalog, const Look& look);
void draw_problems_window(bool& open, const std::vector<Problem>& problems, const Look& look);
void draw_shortcuts_window(bool& open, const Look& look);

// Keyboard shortcuts that work anywhere in the window.
void handle_shortcuts(const AppState& state, Actions& actions);

// Lets tests read what the main window rendered: called just inside its Begin and just before
// its End (ImGui stops logging at the End of a top-level window).
struct FrameProbe {
  std::function<void()> after_begin;
  std::function<void()> before_end;
};

// The whole window for one frame.
void draw_main_window(AppState& state, const Fonts& fonts, Actions& actions,
                      const FrameProbe* probe = nullptr);

}  // namespace painatlas::ui
