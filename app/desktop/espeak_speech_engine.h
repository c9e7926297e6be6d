// Read-aloud on the desktop with eSpeak NG: a worker thread owns the voice (eSpeak keeps global
// state and wants one thread) and reads one paragraph after another; the frame only posts
// commands and reads the status, so it never waits on speech. Pausing stops the voice and resumes
// at the start of the same paragraph. Without eSpeak's data or a sound device, available() says
// why and nothing else happens.
#pragma once

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "platform.h"

namespace painatlas::ui {

class EspeakSpeechEngine : public SpeechEngine {
 public:
  EspeakSpeechEngine();
  ~EspeakSpeechEngine() override;  // stops reading and joins the worker
  EspeakSpeechEngine(const EspeakSpeechEngine&) = delete;
  EspeakSpeechEngine& operator=(const EspeakSpeechEngine&) = delete;

  bool available(std::string& why_not) const override;
  void speak(std::vector<std::string> paragraphs, float rate) override;
  void pause() override;
  void resume() override;
  void stop() override;
  SpeechStatus status() const override;

 private:
  enum class Command { None, Speak, Pause, Resume, Stop };
  void run(std::stop_token stop);

  mutable std::mutex mutex_;
  std::condition_variable_any wake_;
  bool opened_ = false;  // the worker has tried to open the voice
  bool available_ = false;
  std::string why_not_ = "Starting the voice...";
  Command command_ = Command::None;
  std::vector<std::string> incoming_;  // paragraphs of the last speak()
  float incoming_rate_ = 1.0f;
  SpeechStatus status_;
  std::jthread worker_;  // last: it starts after the members it uses exist
};

}  // namespace painatlas::ui
