#include "deep_link_state.h"

namespace painatlas::ui {

DeepLink deep_link_of(const AppState& state) {
  DeepLink link;
  link.view = state.view;
  if (state.view == MainView::Browse) link.select = state.browse.selected;
  if (state.settings.audience == Audience::Patient) link.audience = Audience::Patient;
  link.query = state.browse.query.text;
  for (Facet facet : kAllFacets)
    for (const auto& value : state.browse.query.filter.values(facet))
      link.filters.emplace_back(facet, value);
  if (state.view == MainView::Compare) link.compare = state.compare;
  if (state.view == MainView::Condition) link.condition = state.condition;
  if (state.view == MainView::Map) link.region = state.map.chosen;
  return link;
}

void open_deep_link(AppState& state, DeepLink link, LinkScope scope, Actions& actions,
                    bool with_selection) {
  for (auto& notice : resolve_deep_link(*state.catalog, link))
    state.messages.push_back(std::move(notice));
  const bool place = scope == LinkScope::Place;
  if (link.audience) actions.set_audience(*link.audience);
  if (link.theme) actions.set_theme(*link.theme);
  if (link.query || place) actions.set_query(link.query.value_or(""));
  if (place && !state.browse.query.filter.empty()) actions.clear_filters();
  for (const auto& [facet, value] : link.filters)
    if (!state.browse.query.filter.contains(facet, value) || place)
      actions.toggle_facet(facet, value);
  if (with_selection && (!link.select.empty() || place)) actions.select(link.select);
  if (!link.compare.empty()) {
    for (const auto& id : state.compare) actions.remove_from_compare(id);
    for (const auto& id : link.compare) actions.add_to_compare(id);
  }
  // After the selection, which shows the browse view. A condition or an area names its view.
  if (!link.condition.empty()) {
    actions.open_condition(link.condition);
  } else if (!link.region.empty()) {
    actions.set_view(MainView::Map);
    actions.choose_region(link.region);
  } else if (link.view || place) {
    actions.set_view(link.view.value_or(MainView::Browse));
  }
}

}  // namespace painatlas::ui
