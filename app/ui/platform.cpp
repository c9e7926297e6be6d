#include "platform.h"

namespace painatlas::ui {

bool NullSpeech::available(std::string& why_not) const {
  why_not = "Reading aloud is not available here.";
  return false;
}

void NullSpeech::speak(std::vector<std::string> paragraphs, float) {
  spoken = std::move(paragraphs);
  status_ = {SpeechPhase::Idle, 0};
}

void NullSpeech::pause() {}
void NullSpeech::resume() {}
void NullSpeech::stop() { status_ = {}; }

bool NullPlatform::open_url(std::string_view url) {
  opened_urls.emplace_back(url);
  return false;
}

SavedDocument NullPlatform::save_document(std::string_view file_name, std::string_view,
                                          std::string_view) {
  saved_names.emplace_back(file_name);
  return {false, {}, "saving is turned off here"};
}

bool NullPlatform::open_document(std::string_view) { return false; }

bool NullPlatform::open_site_page(const Catalog&, std::string_view page) {
  opened_site_pages.emplace_back(page);
  return false;
}
bool NullPlatform::show_in_folder(std::string_view) { return false; }

}  // namespace painatlas::ui
