#include "reader/audience.h"

namespace painatlas {

std::string_view audience_id(Audience audience) {
  return audience == Audience::Patient ? "patient" : "student";
}

std::optional<Audience> parse_audience(std::string_view id) {
  if (id == "student") return Audience::Student;
  if (id == "patient") return Audience::Patient;
  return std::nullopt;
}

}  // namespace painatlas
