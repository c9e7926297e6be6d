#include "reader/quiz.h"

#include <gtest/gtest.h>

#include <set>

#include "catalog/text_fold.h"
#include "reader/study_progress.h"
#include "reader/wording.h"
#include "test_support.h"

namespace painatlas {
namespace {

class QuizTest : public ::testing::Test {
 protected:
  const Catalog& catalog() { return *testing::bundled_catalog().catalog; }
  const Technique& by_name(const std::string& name) {
    for (const auto& t : catalog().techniques())
      if (t.name == name) return t;
    throw std::runtime_error("no technique named " + name);
  }
  // Whether a technique lists a term (or a narrower one, or a broader one) in a role.
  bool lists(const Technique& technique, Facet facet, const std::string& term) {
    const auto index = *catalog().technique_index(technique.id);
    for (const auto& value : catalog().broader_chain(term)) {
      const auto with = catalog().techniques_with(facet, value);
      if (std::find(with.begin(), with.end(), index) != with.end()) return true;
    }
    return false;
  }
  std::string term_named(const std::string& name) {
    for (const Term& term : catalog().terms())
      if (term.name == name) return term.id;
    return {};
  }
};

TEST_F(QuizTest, TheSameSeedGivesTheSameQuestions) {
  const auto a = make_quiz(catalog(), 30, 42);
  const auto b = make_quiz(catalog(), 30, 42);
  const auto c = make_quiz(catalog(), 30, 43);
  ASSERT_EQ(a.size(), 30u);
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].id, b[i].id);
    EXPECT_EQ(a[i].options, b[i].options);
    EXPECT_EQ(a[i].correct, b[i].correct);
  }
  bool differs = false;
  for (std::size_t i = 0; i < a.size(); ++i) differs = differs || a[i].id != c[i].id;
  EXPECT_TRUE(differs);
}

TEST_F(QuizTest, ASessionMixesEveryKindOfQuestion) {
  std::set<QuestionKind> kinds;
  for (const auto& q : make_quiz(catalog(), 20, 5)) kinds.insert(q.kind);
  EXPECT_EQ(kinds.size(), 5u);
}

// Every question the catalog generates: one right answer the content supports, and no distractor
// that the content would also support.
TEST_F(QuizTest, EveryQuestionHasExactlyOneCorrectAnswerThatTheContentSupports) {
  const auto questions = all_questions(catalog());
  ASSERT_GT(questions.size(), 300u);
  for (const Question& q : questions) {
    SCOPED_TRACE(q.id);
    ASSERT_LT(q.correct, q.options.size());
    EXPECT_EQ(std::set<std::string>(q.options.begin(), q.options.end()).size(), q.options.size())
        << "duplicate options";
    const Technique& subject = *catalog().find_technique(q.technique);
    switch (q.kind) {
      case QuestionKind::Indication: {
        const std::string term =
            q.id.substr(q.id.find(':') + 1, q.id.rfind(':') - q.id.find(':') - 1);
        EXPECT_EQ(q.options[q.correct], subject.name);
        for (std::size_t i = 0; i < q.options.size(); ++i) {
          if (i == q.correct) continue;
          EXPECT_FALSE(lists(by_name(q.options[i]), Facet::Indication, term)) << q.options[i];
        }
        break;
      }
      case QuestionKind::Contraindication:
        for (std::size_t i = 0; i < q.options.size(); ++i)
          EXPECT_EQ(lists(subject, Facet::Contraindication, term_named(q.options[i])),
                    i == q.correct)
              << q.options[i];
        break;
      case QuestionKind::RiskFrequency: {
        const std::string term =
            q.id.substr(q.id.find(':') + 1, q.id.rfind(':') - q.id.find(':') - 1);
        const auto risk = std::find_if(subject.risks.begin(), subject.risks.end(),
                                       [&](const Risk& r) { return r.term == term; });
        ASSERT_NE(risk, subject.risks.end());
        EXPECT_EQ(q.options[q.correct].rfind(std::string(enum_label(risk->frequency)), 0), 0u);
        break;
      }
      case QuestionKind::BleedingClass:
        EXPECT_EQ(q.options[q.correct], enum_label(subject.bleeding_risk));
        break;
      case QuestionKind::Description:
        EXPECT_EQ(q.options[q.correct], subject.name);
        EXPECT_EQ(q.passage.find(subject.name), std::string::npos);
        for (std::size_t i = 0; i < q.options.size(); ++i) {
          if (i == q.correct) continue;
          EXPECT_NE(by_name(q.options[i]).id, subject.id);
        }
        break;
    }
    EXPECT_FALSE(q.explanation.empty());
  }
}

TEST_F(QuizTest, DistractorsComeFromTheSameCategoryWhenThereAreEnough) {
  for (const Question& q : all_questions(catalog())) {
    if (q.kind != QuestionKind::Description) continue;
    const Technique& subject = *catalog().find_technique(q.technique);
    std::size_t same = 0;
    for (const Technique& t : catalog().techniques())
      same += t.category == subject.category ? 1 : 0;
    if (same < 4) continue;
    for (const auto& option : q.options)
      EXPECT_EQ(by_name(option).category, subject.category) << q.id;
  }
}

TEST_F(QuizTest, AnkiDeckHasOneTabSeparatedNotePerQuestion) {
  const auto questions = make_quiz(catalog(), 10, 1);
  const std::string deck = anki_deck(catalog(), questions);
  std::size_t notes = 0;
  std::size_t start = 0;
  while (start < deck.size()) {
    const std::size_t end = deck.find('\n', start);
    const std::string line = deck.substr(start, end - start);
    start = end + 1;
    if (line.starts_with("#")) continue;
    ++notes;
    EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 2) << line;
  }
  EXPECT_EQ(notes, 10u);
}

TEST(StudyProgress, AWrongAnswerComesBackNextSessionAndARightOneLater) {
  StudyProgress progress;
  progress.session = 1;
  record_answer(progress, "q-wrong", false);
  record_answer(progress, "q-right", true);
  EXPECT_EQ(progress.cards["q-wrong"].box, 1);
  EXPECT_EQ(progress.cards["q-wrong"].due_session, 2);
  EXPECT_EQ(progress.cards["q-right"].box, 2);
  EXPECT_EQ(progress.cards["q-right"].due_session, 3);
  record_answer(progress, "q-right", false);
  EXPECT_EQ(progress.cards["q-right"].box, 1);
}

TEST(StudyProgress, ASessionStartsWithWhatWasMissed) {
  const LoadResult loaded = load_content(testing::bundled_content_dir());
  StudyProgress progress;
  auto first = start_study_session(*loaded.catalog, progress, 5, 9);
  ASSERT_EQ(first.size(), 5u);
  record_answer(progress, first[3].id, false);
  for (int i : {0, 1, 2, 4}) record_answer(progress, first[static_cast<std::size_t>(i)].id, true);
  const auto second = start_study_session(*loaded.catalog, progress, 5, 10);
  ASSERT_FALSE(second.empty());
  EXPECT_EQ(second.front().id, first[3].id);
  for (std::size_t i = 1; i < second.size(); ++i)
    EXPECT_FALSE(progress.cards.contains(second[i].id)) << "not due yet";
}

TEST(StudyProgress, RoundTripsThroughItsFile) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("painatlas-study-" + std::to_string(::getpid()) + ".json");
  StudyProgress progress;
  progress.session = 4;
  progress.cards["a"] = {3, 8, 2, 1};
  ASSERT_EQ(save_study_progress(path, progress), "");
  StoreReport report;
  const StudyProgress loaded = load_study_progress(path, report);
  EXPECT_EQ(loaded.session, 4);
  EXPECT_EQ(loaded.cards.at("a").box, 3);
  EXPECT_EQ(loaded.cards.at("a").due_session, 8);
  std::filesystem::remove(path);
}

TEST_F(QuizTest, AnExplanationCitesTheWorkItsFigureComesFromOrNone) {
  for (const Question& q : all_questions(catalog())) {
    const Technique& subject = *catalog().find_technique(q.technique);
    for (const auto& reference : q.references) {
      // Every cited work is one the technique lists, and the explanation names its first author
      // or its short name: never a guideline standing in for a trial.
      EXPECT_TRUE(std::any_of(subject.references.begin(), subject.references.end(),
                              [&](const Reference& r) { return full_citation(r) == reference; }) ||
                  q.kind == QuestionKind::BleedingClass)
          << q.id;
    }
    // KAVIAR figures are credited to the trial's report (Dohm 2014), never to the guideline.
    if (q.explanation.find("Dohm 2014") != std::string::npos)
      EXPECT_TRUE(std::any_of(q.references.begin(), q.references.end(), [](const std::string& r) {
        return r.find("Dohm") != std::string::npos;
      })) << q.id;
    if (q.explanation.find("KAVIAR") != std::string::npos) {
      if (q.kind != QuestionKind::BleedingClass)
        for (const auto& reference : q.references)
          if (reference.find("Narouze") != std::string::npos)
            EXPECT_NE(q.explanation.find("Narouze"), std::string::npos) << q.id;
    }
  }
  const Technique& vertebroplasty = *catalog().find_technique("vertebroplasty");
  const auto cited = cited_references(vertebroplasty,
                                      "Device-related cement embolism in 1 of 190 vertebroplasty "
                                      "patients in KAVIAR (Dohm 2014).");
  ASSERT_EQ(cited.size(), 1u);
  EXPECT_NE(cited[0].find("Dohm M"), std::string::npos);
  EXPECT_TRUE(cited_references(vertebroplasty, "No source here.").empty());
}

TEST_F(QuizTest, WhichTechniqueIsThisBlanksEveryIdentifyingWordOfEveryTechnique) {
  const std::set<std::string> shared{"block",      "blocks", "nerve", "nerves", "injection",
                                     "injections", "the",    "and",   "for",    "with"};
  for (const Technique& technique : catalog().techniques()) {
    const std::string passage = masked_summary(technique);
    std::set<std::string> left;
    for (const auto& word : split_words(fold(passage))) left.insert(word);
    std::vector<std::string> names{technique.name};
    names.insert(names.end(), technique.aliases.begin(), technique.aliases.end());
    for (const auto& name : names)
      for (const auto& word : split_words(fold(name))) {
        if (word.size() < 4 || shared.contains(word)) continue;
        // "test", "pain" and the like may stay only if the masker calls them generic; anything
        // naming a place, a structure or a method must go.
        if (word == "test" || word == "pain" || word == "chronic" || word == "diagnostic" ||
            word == "therapeutic" || word == "guided" || word == "therapy" || word == "treatment" ||
            word == "procedure" || word == "under" || word == "from" || word == "into")
          continue;
        EXPECT_FALSE(left.contains(word)) << technique.id << " leaves \"" << word << "\"";
      }
  }
  const std::string genicular = masked_summary(*catalog().find_technique("genicular-nerve-block"));
  EXPECT_EQ(fold(genicular).find("genicular"), std::string::npos) << genicular;
  EXPECT_EQ(fold(genicular).find("knee"), std::string::npos) << genicular;
}

TEST_F(QuizTest, ArticlesFollowTheSoundOfTheNextWord) {
  EXPECT_EQ(with_article("intermediate"), "an intermediate");
  EXPECT_EQ(with_article("absolute"), "an absolute");
  EXPECT_EQ(with_article("high"), "a high");
  EXPECT_EQ(with_article("relative"), "a relative");
  EXPECT_EQ(with_article("unilateral"), "a unilateral");
  for (const Question& q : all_questions(catalog())) {
    EXPECT_EQ(q.explanation.find(" a intermediate"), std::string::npos) << q.id;
    EXPECT_EQ(q.explanation.find(" a absolute"), std::string::npos) << q.id;
  }
}

TEST_F(QuizTest, ATopicLimitsTheSessionToItsTechniques) {
  std::vector<std::string> sympathetic;
  for (const auto& t : catalog().techniques())
    if (t.category == Category::Sympathetic) sympathetic.push_back(t.id);
  const auto questions = make_quiz(catalog(), 5, 11, sympathetic);
  ASSERT_EQ(questions.size(), 5u);
  for (const auto& q : questions)
    EXPECT_NE(std::find(sympathetic.begin(), sympathetic.end(), q.technique), sympathetic.end());
}
}  // namespace
}  // namespace painatlas
