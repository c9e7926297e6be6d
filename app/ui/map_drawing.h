// Drawing the anatomy map (content/body_map.yaml) for both the small map in the left pane and
// "Where does it hurt?": fitting its visible panels into a space, filling smooth shapes from their
// triangles, and mapping the mouse back to the map.
#pragma once

#include <imgui.h>

#include <functional>
#include <string>

#include "content/body_map.h"
#include "widgets.h"

namespace painatlas::ui {

struct MapCanvas {
  ImVec2 origin;            // screen position of the map's (0, 0)
  float scale = 0;          // screen pixels per map unit
  float visible_width = 0;  // map units from the left edge that are shown
  ImVec2 size;              // screen size of the shown part
  ImVec2 to_screen(float x, float y) const { return {origin.x + x * scale, origin.y + y * scale}; }
  MapPoint to_map(ImVec2 screen) const {
    return {(screen.x - origin.x) / scale, (screen.y - origin.y) / scale};
  }
};

// The width of the map that is shown: panels for students only are left out for patients.
float visible_map_width(const BodyMap& map, bool students);

// Fits the shown part of the map into `space` at the cursor, centred horizontally.
MapCanvas fit_map(const BodyMap& map, ImVec2 space, bool students);

struct RegionPaint {
  ImU32 fill = 0;
  ImU32 border = 0;  // 0: none
};

// The faint silhouette, every region painted as `paint` says, and the labels.
void draw_map(const BodyMap& map, const MapCanvas& canvas, const Look& look,
              const std::function<RegionPaint(const std::string&)>& paint);

ImU32 with_alpha(ImVec4 color, float alpha);

}  // namespace painatlas::ui
