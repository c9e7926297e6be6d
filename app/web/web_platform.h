// The platform in a browser: links open in a new tab, documents download through a Blob, the
// title is the tab's, speech is the browser's speechSynthesis, and the accessible web pages are
// the copies the site carries under pages/ (made at build time, content_snapshot_main.cpp).
#pragma once

#include "platform.h"

namespace painatlas::web {

// Reads paragraphs aloud with the Web Speech API, one utterance per paragraph so the panel can
// show which one is being read. Unavailable (with the reason) when the browser has no voice.
class WebSpeech : public ui::SpeechEngine {
 public:
  bool available(std::string& why_not) const override;
  void speak(std::vector<std::string> paragraphs, float rate) override;
  void pause() override;
  void resume() override;
  void stop() override;
  ui::SpeechStatus status() const override;
};

class WebPlatform : public ui::Platform {
 public:
  bool open_url(std::string_view url) override;
  ui::SavedDocument save_document(std::string_view file_name, std::string_view content,
                                  std::string_view mime_type) override;
  bool can_reveal_documents() const override { return false; }
  bool open_document(std::string_view) override { return false; }
  bool show_in_folder(std::string_view) override { return false; }
  bool can_quit() const override { return false; }
  void set_title(std::string_view title) override;
  ui::SpeechEngine& speech() override { return speech_; }
  bool open_site_page(const Catalog& catalog, std::string_view page) override;

 private:
  WebSpeech speech_;
};

}  // namespace painatlas::web
