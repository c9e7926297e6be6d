#include "speech/espeak_voice.h"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <cmath>

namespace painatlas {

namespace {

constexpr const char* kVoice = "en";

int collect_samples(short* samples, int count, espeak_EVENT* events) {
  if (samples && count > 0 && events && events->user_data) {
    auto* out = static_cast<std::vector<std::int16_t>*>(events->user_data);
    out->insert(out->end(), samples, samples + count);
  }
  return 0;  // go on
}

std::string status_message(espeak_ng_STATUS status) {
  char buffer[512] = {};
  espeak_ng_GetStatusCodeMessage(status, buffer, sizeof buffer);
  return buffer;
}

}  // namespace

int words_per_minute(float rate) {
  const float wpm = static_cast<float>(espeakRATE_NORMAL) * rate;
  return std::clamp(static_cast<int>(std::lround(wpm)), espeakRATE_MINIMUM, espeakRATE_MAXIMUM);
}

std::optional<SpeechAudio> synthesize_speech(const std::vector<std::string>& paragraphs,
                                             float rate, std::string& error) {
  const int sample_rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, 0);
  if (sample_rate <= 0) {
    error = "eSpeak NG could not start: its voice data (Debian package espeak-ng-data) was not found";
    return std::nullopt;
  }
  if (espeak_SetVoiceByName(kVoice) != EE_OK) {
    espeak_Terminate();
    error = "eSpeak NG has no English voice";
    return std::nullopt;
  }
  espeak_SetSynthCallback(collect_samples);
  espeak_SetParameter(espeakRATE, words_per_minute(rate), 0);
  SpeechAudio audio;
  audio.sample_rate = sample_rate;
  const std::vector<std::int16_t> pause(static_cast<std::size_t>(sample_rate / 2), 0);
  for (const auto& paragraph : paragraphs) {
    if (paragraph.empty()) continue;
    const espeak_ERROR result =
        espeak_Synth(paragraph.c_str(), paragraph.size() + 1, 0, POS_CHARACTER, 0,
                     espeakCHARS_UTF8, nullptr, &audio.samples);
    if (result != EE_OK) {
      espeak_Terminate();
      error = "eSpeak NG could not read a paragraph";
      return std::nullopt;
    }
    audio.samples.insert(audio.samples.end(), pause.begin(), pause.end());
  }
  espeak_Terminate();
  return audio;
}

std::unique_ptr<EspeakPlayer> EspeakPlayer::open(std::string& why_not) {
  espeak_ng_InitializePath(nullptr);
  espeak_ng_ERROR_CONTEXT context = nullptr;
  if (const espeak_ng_STATUS status = espeak_ng_Initialize(&context); status != ENS_OK) {
    espeak_ng_ClearErrorContext(&context);
    why_not = "Read-aloud needs eSpeak NG's voice data (Debian package espeak-ng-data): " +
              status_message(status);
    return nullptr;
  }
  if (const espeak_ng_STATUS status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SPEAK_AUDIO, 0, nullptr);
      status != ENS_OK) {
    espeak_ng_Terminate();
    why_not = "Read-aloud needs a sound device, and none could be opened: " +
              status_message(status);
    return nullptr;
  }
  if (espeak_ng_SetVoiceByName(kVoice) != ENS_OK) {
    espeak_ng_Terminate();
    why_not = "Read-aloud needs an English eSpeak NG voice, and none was found";
    return nullptr;
  }
  return std::unique_ptr<EspeakPlayer>(new EspeakPlayer());
}

EspeakPlayer::~EspeakPlayer() {
  espeak_ng_Cancel();
  espeak_ng_Terminate();
}

bool EspeakPlayer::start(const std::string& text, float rate) {
  espeak_ng_Cancel();
  espeak_ng_SetParameter(espeakRATE, words_per_minute(rate), 0);
  return espeak_ng_Synthesize(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0,
                              espeakCHARS_UTF8, nullptr, nullptr) == ENS_OK;
}

bool EspeakPlayer::playing() const { return espeak_IsPlaying() != 0; }

void EspeakPlayer::cancel() { espeak_ng_Cancel(); }

}  // namespace painatlas
