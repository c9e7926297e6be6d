#include "speak_command.h"

#include "catalog/term_lookup.h"
#include "reader/speech_text.h"
#include "speech/espeak_voice.h"
#include "speech/wav_file.h"
#include "store/atomic_file.h"

namespace painatlas::cli {

int run_speak(const CliContext& context, const SpeakArguments& arguments) {
  const Catalog& catalog = context.catalog();
  const SpeechVocabulary vocabulary(catalog);
  std::vector<SpeechParagraph> paragraphs;
  if (arguments.condition) {
    const auto found = lookup_condition(catalog, arguments.name);
    if (!found.guide) {
      context.err << "painatlas-cli: no condition guide for \"" << arguments.name
                  << "\"\n  (painatlas-cli list --conditions lists the guides)\n";
      return kExitNotFound;
    }
    paragraphs = condition_speech(catalog, *found.guide, vocabulary);
  } else {
    const auto found = lookup_technique(catalog, arguments.name);
    if (!found.technique) {
      context.err << "painatlas-cli: no technique \"" << arguments.name
                  << "\"\n  (add --condition to read a condition guide)\n";
      return kExitNotFound;
    }
    paragraphs = technique_speech(catalog, *found.technique, vocabulary);
  }
  if (arguments.print) {
    for (const auto& paragraph : paragraphs) context.out << paragraph.text << "\n\n";
    return kExitOk;
  }
  std::string error;
  const auto audio = synthesize_speech(speech_texts(paragraphs), arguments.rate, error);
  if (!audio) {
    context.err << "painatlas-cli: " << error << '\n';
    return kExitNotFound;
  }
  if (std::string failure =
          write_file_atomically(arguments.out, wav_bytes(audio->samples, audio->sample_rate));
      !failure.empty()) {
    context.err << "painatlas-cli: could not write " << arguments.out << ": " << failure << '\n';
    return kExitNotFound;
  }
  const double seconds =
      static_cast<double>(audio->samples.size()) / static_cast<double>(audio->sample_rate);
  context.out << "Wrote " << arguments.out << ": " << paragraphs.size() << " paragraphs, "
              << static_cast<int>(seconds + 0.5) << " s at " << audio->sample_rate << " Hz\n";
  return kExitOk;
}

}  // namespace painatlas::cli
