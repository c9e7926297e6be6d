#include "test_hooks.h"

#include <cstdio>

namespace painatlas::web {

namespace {

void append_escaped(std::string& out, const std::string& text) {
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
      out += escaped;
    } else {
      out += c;
    }
  }
}

ItemRecorder* recorder_of(ImGuiContext* context) {
  return static_cast<ItemRecorder*>(context->TestEngine);
}

}  // namespace

void ItemRecorder::enable() {
  ImGuiContext& context = *ImGui::GetCurrentContext();
  context.TestEngine = this;
  context.TestEngineHookItems = true;
}

void ItemRecorder::begin_frame() {
  rects_.clear();
  items_.clear();
}

void ItemRecorder::labelled(ImGuiID id, const char* label) {
  const auto found = rects_.find(id);
  if (found != rects_.end() && label) items_.push_back({label, id, found->second});
}

std::string ItemRecorder::items_json(float display_scale) const {
  std::string out = "[";
  for (const Item& item : items_) {
    if (out.size() > 1) out += ',';
    out += R"({"label":")";
    append_escaped(out, item.label);
    char numbers[160];
    std::snprintf(numbers, sizeof numbers, R"(","id":%u,"x":%.1f,"y":%.1f,"w":%.1f,"h":%.1f})",
                  item.id, item.rect.Min.x / display_scale, item.rect.Min.y / display_scale,
                  item.rect.GetWidth() / display_scale, item.rect.GetHeight() / display_scale);
    out += numbers;
  }
  return out + "]";
}

}  // namespace painatlas::web

// The hooks ImGui calls when compiled with IMGUI_ENABLE_TEST_ENGINE.

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* context, const ImRect& bb, ImGuiID id) {
  ImRect visible = bb;
  if (context->CurrentWindow) visible.ClipWithFull(context->CurrentWindow->ClipRect);
  if (visible.GetWidth() > 0 && visible.GetHeight() > 0)
    painatlas::web::recorder_of(context)->added(id, visible);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* context, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags) {
  painatlas::web::recorder_of(context)->labelled(id, label);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
