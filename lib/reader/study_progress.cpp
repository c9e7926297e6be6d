#include "reader/study_progress.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "store/atomic_file.h"

namespace painatlas {

namespace {
int interval(int box) { return 1 << (std::clamp(box, 1, kLeitnerBoxes) - 1); }
}  // namespace

void record_answer(StudyProgress& progress, const std::string& question_id, bool right) {
  CardProgress& card = progress.cards[question_id];
  if (right) {
    ++card.right;
    card.box = std::min(card.box + 1, kLeitnerBoxes);
  } else {
    ++card.wrong;
    card.box = 1;
  }
  card.due_session = progress.session + interval(card.box);
}

std::vector<Question> start_study_session(const Catalog& catalog, StudyProgress& progress,
                                          std::size_t count, std::uint64_t seed,
                                          const StudyTopic& topic) {
  ++progress.session;
  // The whole pool, shuffled with the seed; then due cards are pulled to the front.
  std::vector<Question> pool = make_quiz(catalog, SIZE_MAX, seed, topic);
  std::vector<Question> due, fresh;
  for (auto& question : pool) {
    auto it = progress.cards.find(question.id);
    if (it == progress.cards.end())
      fresh.push_back(std::move(question));
    else if (it->second.due_session <= progress.session)
      due.push_back(std::move(question));
  }
  std::stable_sort(due.begin(), due.end(), [&](const Question& a, const Question& b) {
    const CardProgress& ca = progress.cards.at(a.id);
    const CardProgress& cb = progress.cards.at(b.id);
    return ca.box != cb.box ? ca.box < cb.box : ca.wrong > cb.wrong;
  });
  std::vector<Question> session;
  for (auto* group : {&due, &fresh})
    for (auto& question : *group)
      if (session.size() < count) session.push_back(std::move(question));
  return session;
}

std::vector<CategoryScore> score_by_category(const Catalog& catalog,
                                             const std::vector<AnswerRecord>& answers) {
  std::vector<CategoryScore> scores;
  for (const auto& answer : answers) {
    const Technique* technique = catalog.find_technique(answer.technique);
    const std::string category = technique ? std::string(enum_id(technique->category)) : "other";
    auto it = std::find_if(scores.begin(), scores.end(),
                           [&](const CategoryScore& s) { return s.category == category; });
    if (it == scores.end()) it = scores.insert(scores.end(), CategoryScore{category, 0, 0});
    ++it->asked;
    it->right += answer.right ? 1 : 0;
  }
  return scores;
}

StudyProgress load_study_progress(const std::filesystem::path& path, StoreReport& report) {
  StudyProgress progress;
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return progress;
  const auto document = nlohmann::json::parse(read_whole_file(path).value_or(""), nullptr, false);
  const bool valid = !document.is_discarded() && document.is_object() &&
                     document.contains("format_version") &&
                     document["format_version"].is_number_integer() &&
                     document["format_version"].get<int>() <= kUserDataFormatVersion;
  if (!valid) {
    const auto aside = move_aside(path);
    report.messages.push_back(
        path.string() + " could not be read; " +
        (aside.empty() ? "it was left in place" : "it was moved to " + aside.string()));
    return progress;
  }
  try {
    progress.session = document.value("session", 0);
    if (document.contains("cards") && document["cards"].is_object())
      for (const auto& [id, card] : document["cards"].items()) {
        if (!card.is_object()) continue;
        progress.cards[id] = {std::clamp(card.value("box", 1), 1, kLeitnerBoxes),
                              card.value("due_session", 0), card.value("right", 0),
                              card.value("wrong", 0)};
      }
  } catch (const nlohmann::json::exception&) {
    // A value of the wrong type: keep what was read; the file is rewritten whole at the next save.
    report.messages.push_back(path.string() + " had values of the wrong type; they were ignored");
  }
  return progress;
}

std::string save_study_progress(const std::filesystem::path& path, const StudyProgress& progress) {
  nlohmann::json cards = nlohmann::json::object();
  for (const auto& [id, card] : progress.cards)
    cards[id] = {{"box", card.box},
                 {"due_session", card.due_session},
                 {"right", card.right},
                 {"wrong", card.wrong}};
  const nlohmann::json document = {
      {"format_version", kUserDataFormatVersion}, {"session", progress.session}, {"cards", cards}};
  return write_file_atomically(path, document.dump(1) + "\n");
}

}  // namespace painatlas
