#include "espeak_speech_engine.h"

#include <chrono>

#include "speech/espeak_voice.h"

namespace painatlas::ui {

namespace {
using namespace std::chrono_literals;
// How often the worker looks whether the voice finished a paragraph.
constexpr auto kPoll = 30ms;
// eSpeak reports "playing" a moment after it is asked to speak; until then, no paragraph ends.
constexpr auto kStartGrace = 1500ms;
}  // namespace

EspeakSpeechEngine::EspeakSpeechEngine() : worker_([this](std::stop_token stop) { run(stop); }) {}

EspeakSpeechEngine::~EspeakSpeechEngine() {
  worker_.request_stop();
  wake_.notify_all();
  // jthread joins here; the worker cancels the voice on its way out.
}

bool EspeakSpeechEngine::available(std::string& why_not) const {
  std::lock_guard lock(mutex_);
  if (!available_) why_not = why_not_;
  return available_;
}

void EspeakSpeechEngine::speak(std::vector<std::string> paragraphs, float rate) {
  {
    std::lock_guard lock(mutex_);
    if (!available_) return;
    incoming_ = std::move(paragraphs);
    incoming_rate_ = rate;
    command_ = Command::Speak;
    // Shown at once, so the button changes in this frame, not when the worker wakes.
    status_ = {SpeechPhase::Speaking, 0};
  }
  wake_.notify_all();
}

void EspeakSpeechEngine::pause() {
  {
    std::lock_guard lock(mutex_);
    if (status_.phase != SpeechPhase::Speaking) return;
    command_ = Command::Pause;
    status_.phase = SpeechPhase::Paused;
  }
  wake_.notify_all();
}

void EspeakSpeechEngine::resume() {
  {
    std::lock_guard lock(mutex_);
    if (status_.phase != SpeechPhase::Paused) return;
    command_ = Command::Resume;
    status_.phase = SpeechPhase::Speaking;
  }
  wake_.notify_all();
}

void EspeakSpeechEngine::stop() {
  {
    std::lock_guard lock(mutex_);
    command_ = Command::Stop;
    status_ = {};
  }
  wake_.notify_all();
}

SpeechStatus EspeakSpeechEngine::status() const {
  std::lock_guard lock(mutex_);
  return status_;
}

void EspeakSpeechEngine::run(std::stop_token stop) {
  std::string why_not;
  std::unique_ptr<EspeakPlayer> player = EspeakPlayer::open(why_not);
  {
    std::lock_guard lock(mutex_);
    opened_ = true;
    available_ = player != nullptr;
    why_not_ = player ? std::string() : why_not;
  }
  if (!player) return;

  std::vector<std::string> paragraphs;
  float rate = 1.0f;
  std::size_t current = 0;
  bool speaking = false;
  bool saw_playing = false;
  auto started = std::chrono::steady_clock::now();
  const auto start_paragraph = [&] {
    player->start(paragraphs[current], rate);
    started = std::chrono::steady_clock::now();
    saw_playing = false;
  };
  while (!stop.stop_requested()) {
    Command command = Command::None;
    {
      std::unique_lock lock(mutex_);
      wake_.wait_for(lock, stop, kPoll, [&] { return command_ != Command::None; });
      command = command_;
      command_ = Command::None;
      if (command == Command::Speak) {
        paragraphs = std::move(incoming_);
        rate = incoming_rate_;
      }
    }
    if (stop.stop_requested()) break;
    // The voice is driven outside the lock, so the frame never waits for eSpeak.
    switch (command) {
      case Command::Speak:
        current = 0;
        speaking = !paragraphs.empty();
        if (speaking) start_paragraph();
        break;
      case Command::Pause:
        speaking = false;
        player->cancel();
        break;
      case Command::Resume:
        speaking = current < paragraphs.size();
        if (speaking) start_paragraph();
        break;
      case Command::Stop:
        speaking = false;
        player->cancel();
        break;
      case Command::None:
        break;
    }
    if (!speaking) continue;
    const bool playing = player->playing();
    saw_playing = saw_playing || playing;
    const bool finished =
        !playing && (saw_playing || std::chrono::steady_clock::now() - started > kStartGrace);
    if (!finished) continue;
    ++current;
    std::lock_guard lock(mutex_);
    if (command_ != Command::None) continue;  // a newer command decides what comes next
    if (current >= paragraphs.size()) {
      speaking = false;
      status_ = {};
    } else {
      status_.paragraph = current;
      start_paragraph();
    }
  }
  player->cancel();
}

}  // namespace painatlas::ui
