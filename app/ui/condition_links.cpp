#include <imgui.h>

#include "icons.h"
#include "imgui_scopes.h"
#include "panels.h"
#include "reader/wording.h"

namespace painatlas::ui {

void draw_condition_links(const Catalog& catalog, const Technique& technique, const Look& look,
                          Actions& actions) {
  const auto index = catalog.technique_index(technique.id);
  if (!index) return;
  const auto guides = catalog.conditions_for_technique(*index);
  if (guides.empty()) return;
  const bool patient = look.audience == Audience::Patient;
  heading(look, std::string(icon::kGuide) + (patient ? "  Your other choices" : "  Other options"));
  muted_wrapped(look, patient ? "This procedure is one choice among several. These guides set "
                                "them side by side, from self-care to surgery."
                              : "Where this procedure sits among the other options for its "
                                "conditions, with the evidence for each.");
  for (ConditionIndex guide_index : guides) {
    const ConditionGuide& guide = catalog.conditions()[guide_index];
    IdScope id(guide.term.c_str());
    ImGui::Bullet();
    ImGui::SameLine();
    const std::string label =
        "Other options for " + in_sentence(catalog.condition_name(guide, patient));
    if (link(look, label, "guide")) actions.open_condition(guide.term);
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%zu options, from what you can do yourself to surgery",
                        guide.options.size());
  }
}

}  // namespace painatlas::ui
