// Spaced repetition for the study mode: Leitner boxes per question. A right answer moves the
// card up a box and it comes back after 1, 2, 4, 8 or 16 sessions; a wrong answer sends it back to
// box 1, so what a student got wrong returns in the next session.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "reader/quiz.h"
#include "store/user_data.h"

namespace painatlas {

inline constexpr int kLeitnerBoxes = 5;

struct CardProgress {
  int box = 1;
  int due_session = 0;  // the session number from which it is due again
  int right = 0;
  int wrong = 0;
  bool operator==(const CardProgress&) const = default;
};

struct StudyProgress {
  int session = 0;                            // sessions started so far
  std::map<std::string, CardProgress> cards;  // by question id
  bool operator==(const StudyProgress&) const = default;
};

void record_answer(StudyProgress& progress, const std::string& question_id, bool right);

// A session of `count` questions on `topic` (every technique when empty): cards due now (lowest
// box first, then most often wrong), then questions not seen yet, drawn with `seed`. Starts a new
// session number.
std::vector<Question> start_study_session(const Catalog& catalog, StudyProgress& progress,
                                          std::size_t count, std::uint64_t seed,
                                          const StudyTopic& topic = {});

struct CategoryScore {
  std::string category;  // category id
  int right = 0;
  int asked = 0;
};
struct AnswerRecord {
  std::string technique;
  bool right = false;
};
std::vector<CategoryScore> score_by_category(const Catalog& catalog,
                                             const std::vector<AnswerRecord>& answers);

StudyProgress load_study_progress(const std::filesystem::path& path, StoreReport& report);
std::string save_study_progress(const std::filesystem::path& path, const StudyProgress& progress);

}  // namespace painatlas
