#include "content/condition_guide.h"

namespace painatlas {

std::string_view option_question_id(OptionQuestion question) {
  switch (question) {
    case OptionQuestion::Involves:
      return "involves";
    case OptionQuestion::Works:
      return "works";
    case OptionQuestion::Risks:
      return "risks";
    case OptionQuestion::Recovery:
      return "recovery";
    case OptionQuestion::When:
      return "when";
  }
  return {};
}

}  // namespace painatlas
