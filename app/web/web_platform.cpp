#include "web_platform.h"

#include <emscripten.h>

#include "browser.h"

namespace {

// The bodies are JavaScript, which clang-format would reformat as C++.
// clang-format off
EM_JS(int, js_speech_available, (), { return PainAtlasWeb.speech.available() ? 1 : 0; });
EM_JS(void, js_speech_clear, (), { PainAtlasWeb.speech.clear(); });
EM_JS(void, js_speech_add, (const char* text, int size),
      { PainAtlasWeb.speech.add(UTF8ArrayToString(HEAPU8, text, size)); });
EM_JS(void, js_speech_start, (double rate), { PainAtlasWeb.speech.start(rate); });
EM_JS(void, js_speech_pause, (), { PainAtlasWeb.speech.pause(); });
EM_JS(void, js_speech_resume, (), { PainAtlasWeb.speech.resume(); });
EM_JS(void, js_speech_stop, (), { PainAtlasWeb.speech.stop(); });
EM_JS(int, js_speech_phase, (), { return PainAtlasWeb.speech.phase; });
EM_JS(int, js_speech_paragraph, (), { return PainAtlasWeb.speech.paragraph; });
// clang-format on

}  // namespace

namespace painatlas::web {

bool WebSpeech::available(std::string& why_not) const {
  if (js_speech_available()) return true;
  why_not = "This browser has no voice to read aloud with.";
  return false;
}

void WebSpeech::speak(std::vector<std::string> paragraphs, float rate) {
  js_speech_clear();
  for (const auto& paragraph : paragraphs)
    js_speech_add(paragraph.data(), static_cast<int>(paragraph.size()));
  js_speech_start(rate);
}

void WebSpeech::pause() { js_speech_pause(); }
void WebSpeech::resume() { js_speech_resume(); }
void WebSpeech::stop() { js_speech_stop(); }

ui::SpeechStatus WebSpeech::status() const {
  return {static_cast<ui::SpeechPhase>(js_speech_phase()),
          static_cast<std::size_t>(js_speech_paragraph())};
}

bool WebPlatform::open_url(std::string_view url) {
  // Only web addresses: content could otherwise make the page run a javascript: address.
  if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) return false;
  return open_in_new_tab(url);
}

ui::SavedDocument WebPlatform::save_document(std::string_view file_name, std::string_view content,
                                             std::string_view mime_type) {
  download(file_name, content, mime_type);
  return {true, "your downloads as \u201c" + std::string(file_name) + "\u201d", {}};
}

bool WebPlatform::open_site_page(const Catalog&, std::string_view page) {
  // A path inside pages/, relative to the program's page, never out of it or to another site.
  if (page.empty() || page.front() == '/' || page.find("..") != std::string_view::npos ||
      page.find(':') != std::string_view::npos || page.find('\\') != std::string_view::npos)
    return false;
  return open_in_new_tab("pages/" + std::string(page));
}

void WebPlatform::set_title(std::string_view title) { web::set_title(title); }

}  // namespace painatlas::web
