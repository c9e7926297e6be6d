// A condition guide (content/conditions/<term-id>.yaml): what the condition is, how it usually
// goes, the red flags, and the options from those usually tried first to the last, each answering
// the same questions in both registers. Plain data, like the rest of the model.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/model.h"

namespace painatlas {

// The same content for a student (clinical register, figures) and a patient (plain words).
struct TwoRegisters {
  std::string student;
  std::string patient;
  TextPos at;  // of the map in the guide's file
};

// The questions every option answers, in the order an option grid shows them.
enum class OptionQuestion { Involves, Works, Risks, Recovery, When };
inline constexpr std::array kOptionQuestions{OptionQuestion::Involves, OptionQuestion::Works,
                                             OptionQuestion::Risks, OptionQuestion::Recovery,
                                             OptionQuestion::When};
inline constexpr std::size_t kOptionQuestionCount = kOptionQuestions.size();
// The YAML key of a question ("involves", "works", "risks", "recovery", "when").
std::string_view option_question_id(OptionQuestion question);

struct ConditionOption {
  OptionKind kind = OptionKind::SelfCare;
  std::string name;       // student register ("Lumbar microdiscectomy")
  std::string lay_name;   // patient register ("Surgery to take pressure off the nerve")
  std::string technique;  // id of the catalog's technique, or empty
  std::optional<EvidenceLevel> certainty;       // GRADE certainty of how well it works
  std::optional<VersusPlacebo> versus_placebo;  // only where placebo or sham trials say so
  std::array<TwoRegisters, kOptionQuestionCount> answers;
  TextPos at;
  TextPos technique_at;

  const TwoRegisters& answer(OptionQuestion question) const {
    return answers[static_cast<std::size_t>(question)];
  }
};

struct ConditionGuide {
  std::string term;                 // the condition term; equals the file stem
  std::vector<std::string> covers;  // other condition terms this guide also serves
  std::vector<std::string> regions;
  TwoRegisters about;
  TwoRegisters course;
  std::vector<TwoRegisters> red_flags;
  std::vector<ConditionOption> options;  // usually tried first to last
  std::vector<std::string> questions_to_ask;
  std::vector<std::string> values;  // what matters most to different people
  std::vector<Reference> references;
  std::string last_reviewed;
  SourcePos source;
  TextPos term_at;
  std::vector<TextPos> cover_positions;   // parallel to covers
  std::vector<TextPos> region_positions;  // parallel to regions
};

}  // namespace painatlas
