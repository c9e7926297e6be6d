// Study questions generated from the catalog, not written by hand: which technique fits an
// indication, which factor is a contraindication, how common a complication is, which
// bleeding-risk class a procedure has, which technique a description belongs to. Distractors come
// from the same category where possible and are checked never to be correct as well.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace painatlas {

enum class QuestionKind { Indication, Contraindication, RiskFrequency, BleedingClass, Description };
std::string_view question_kind_id(QuestionKind kind);

struct Question {
  std::string id;  // stable across runs and content reloads, for study progress
  QuestionKind kind = QuestionKind::Indication;
  std::string technique;  // the technique the question is about (its category is the score group)
  std::string prompt;
  std::string passage;  // text the prompt refers to (a description), or empty
  std::vector<std::string> options;
  std::size_t correct = 0;  // index into options
  std::string explanation;
  // The citations the explanation's facts come from (from the technique's file); empty when it
  // cites none.
  std::vector<std::string> references;
};

// A small, portable generator, so a seed gives the same questions on every machine.
class SeededRandom {
 public:
  explicit SeededRandom(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next();
  std::size_t below(std::size_t bound);  // 0 <= n < bound; bound > 0
  template <typename T>
  void shuffle(std::vector<T>& items) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[below(i)]);
  }

 private:
  std::uint64_t state_;
};

// Every question the catalog supports, in a stable order.
std::vector<Question> all_questions(const Catalog& catalog);

// Which techniques a study session draws on; empty means every one.
using StudyTopic = std::vector<std::string>;  // technique ids

// `count` questions drawn with `seed`, options shuffled; the same seed gives the same set. With a
// topic, only questions about its techniques.
std::vector<Question> make_quiz(const Catalog& catalog, std::size_t count, std::uint64_t seed,
                                const StudyTopic& topic = {});

// The technique's summary with every word of its name and aliases that could identify it blanked
// out (words such as "block" or "nerve", which every option shares, stay).
std::string masked_summary(const Technique& technique);

// Anki's plain-text import: front TAB back TAB tags, one note per line, HTML allowed in fields.
std::string anki_deck(const Catalog& catalog, const std::vector<Question>& questions);

}  // namespace painatlas
