// What differs between the desktop and the browser, behind one small interface: the panels never
// know which one they run on. They emit actions; apply_actions() reaches the platform. The desktop
// implementation is in app/desktop/, the web one in app/web/; NullPlatform serves headless tests
// and screenshot mode, where nothing may leave the process.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace painatlas {
class Catalog;
}

namespace painatlas::ui {

// Where a document handed to the reader ended up.
struct SavedDocument {
  bool ok = false;
  std::string location;  // a path on the desktop, the file name of a download on the web
  std::string error;     // why it failed, when !ok
};

enum class SpeechPhase { Idle, Speaking, Paused };

struct SpeechStatus {
  SpeechPhase phase = SpeechPhase::Idle;
  std::size_t paragraph = 0;  // the paragraph being read, while speaking or paused
};

// Read-aloud of plain text, one paragraph after another, never blocking the frame.
class SpeechEngine {
 public:
  virtual ~SpeechEngine() = default;
  // False, with a reason for the tooltip, when no voice or audio device is there.
  virtual bool available(std::string& why_not) const = 0;
  // Replaces whatever is being read. `rate` is relative: 1 is normal speed.
  virtual void speak(std::vector<std::string> paragraphs, float rate) = 0;
  virtual void pause() = 0;
  virtual void resume() = 0;
  virtual void stop() = 0;
  virtual SpeechStatus status() const = 0;
};

class Platform {
 public:
  virtual ~Platform() = default;
  // Opens a web address in the reader's browser (a new tab on the web).
  virtual bool open_url(std::string_view url) = 0;
  // Hands a finished document to the reader: the desktop writes it into the documents folder
  // (atomically), the web offers it as a download.
  virtual SavedDocument save_document(std::string_view file_name, std::string_view content,
                                      std::string_view mime_type) = 0;
  // Whether saved documents can be opened or shown in their folder afterwards (not on the web).
  virtual bool can_reveal_documents() const = 0;
  // Opens a saved document with the default program (a browser, for HTML).
  virtual bool open_document(std::string_view location) = 0;
  // Shows the folder that holds a saved document in the file manager.
  virtual bool show_in_folder(std::string_view location) = 0;
  // Whether the program can quit itself (a browser tab is closed by the browser).
  virtual bool can_quit() const { return true; }
  // The window or tab title, which names what is shown.
  virtual void set_title(std::string_view title) = 0;
  virtual SpeechEngine& speech() = 0;
  // Opens one of the accessible web pages (lib/export/site.h) in the browser; `page` is a path
  // inside the site, such as "techniques/vertebroplasty.patient.html". The desktop writes the
  // pages into its cache folder first when they are missing or were made from other content;
  // the web build opens the copy published beside the program. False when it cannot.
  virtual bool open_site_page(const Catalog& catalog, std::string_view page) {
    (void)catalog;
    (void)page;
    return false;
  }
};

// Does nothing and says so; records what it was asked, for tests.
class NullSpeech : public SpeechEngine {
 public:
  bool available(std::string& why_not) const override;
  void speak(std::vector<std::string> paragraphs, float rate) override;
  void pause() override;
  void resume() override;
  void stop() override;
  SpeechStatus status() const override { return status_; }

  std::vector<std::string> spoken;  // the paragraphs of the last speak()

 private:
  SpeechStatus status_;
};

class NullPlatform : public Platform {
 public:
  bool open_url(std::string_view url) override;
  SavedDocument save_document(std::string_view file_name, std::string_view content,
                              std::string_view mime_type) override;
  bool can_reveal_documents() const override { return false; }
  bool open_document(std::string_view location) override;
  bool show_in_folder(std::string_view location) override;
  void set_title(std::string_view title) override { title_ = std::string(title); }
  SpeechEngine& speech() override { return speech_; }
  bool open_site_page(const Catalog& catalog, std::string_view page) override;

  const std::string& title() const { return title_; }
  std::vector<std::string> opened_urls;
  std::vector<std::string> opened_site_pages;
  std::vector<std::string> saved_names;  // documents asked for; none is written

 private:
  std::string title_;
  NullSpeech speech_;
};

}  // namespace painatlas::ui
