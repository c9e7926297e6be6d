// speak ID [--condition] --out FILE.wav: the patient text of a technique (its patient view and
// handout) or of a condition guide, read by eSpeak NG into a WAV file.
#pragma once

#include <string>

#include "cli_context.h"

namespace painatlas::cli {

struct SpeakArguments {
  std::string name;
  bool condition = false;
  std::string out;
  float rate = 1.0f;
  bool print = false;  // the words instead of a WAV file
};

int run_speak(const CliContext& context, const SpeakArguments& arguments);

}  // namespace painatlas::cli
