// eSpeak NG behind two small doors: synthesis into memory (for WAV files), and playback on the
// default audio device (for read-aloud in the desktop program). Only this library links eSpeak,
// so painatlas_core, and the web build that compiles it, stay free of it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace painatlas {

struct SpeechAudio {
  int sample_rate = 0;
  std::vector<std::int16_t> samples;
};

// eSpeak's words per minute for a relative rate (1 is eSpeak's normal 175), within its limits.
int words_per_minute(float rate);

// Reads the paragraphs with an English voice into memory, a short pause between paragraphs.
// Empty, with `error` set, when eSpeak NG or its data cannot be found.
std::optional<SpeechAudio> synthesize_speech(const std::vector<std::string>& paragraphs,
                                             float rate, std::string& error);

// Plays text on the default audio device. eSpeak keeps global state, so there is one player in a
// process, and every call must come from the thread that opened it.
class EspeakPlayer {
 public:
  // Null, with the reason, when eSpeak NG's data or the audio device is missing.
  static std::unique_ptr<EspeakPlayer> open(std::string& why_not);
  ~EspeakPlayer();
  EspeakPlayer(const EspeakPlayer&) = delete;
  EspeakPlayer& operator=(const EspeakPlayer&) = delete;

  // Starts reading and returns at once; replaces what was being read.
  bool start(const std::string& text, float rate);
  bool playing() const;
  void cancel();

 private:
  EspeakPlayer() = default;
};

}  // namespace painatlas
