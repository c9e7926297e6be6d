// The platform on a Linux desktop: xdg-open for links and documents, the XDG documents folder for
// saved documents, the GLFW window's title.
#pragma once

#include <filesystem>
#include <memory>

#include "platform.h"

struct GLFWwindow;

namespace painatlas::ui {

// $XDG_DOCUMENTS_DIR, else the DOCUMENTS entry of ~/.config/user-dirs.dirs, else ~/Documents.
std::filesystem::path documents_folder();

class DesktopPlatform : public Platform {
 public:
  // `window` may be null (screenshot mode sets no title worth keeping).
  explicit DesktopPlatform(GLFWwindow* window);
  bool open_url(std::string_view url) override;
  SavedDocument save_document(std::string_view file_name, std::string_view content,
                              std::string_view mime_type) override;
  bool can_reveal_documents() const override { return true; }
  bool open_document(std::string_view location) override;
  bool show_in_folder(std::string_view location) override;
  void set_title(std::string_view title) override;
  SpeechEngine& speech() override { return *speech_; }
  // Writes the pages into cache_folder()/site when the content or the program changed, then
  // opens the page with the default browser.
  bool open_site_page(const Catalog& catalog, std::string_view page) override;

 private:
  GLFWwindow* window_;
  std::unique_ptr<SpeechEngine> speech_;
};

}  // namespace painatlas::ui
