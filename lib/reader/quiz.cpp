#include "reader/quiz.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "catalog/text_fold.h"
#include "export/html_escape.h"
#include "reader/presentation.h"
#include "reader/wording.h"

namespace painatlas {

std::string_view question_kind_id(QuestionKind kind) {
  switch (kind) {
    case QuestionKind::Indication:
      return "indication";
    case QuestionKind::Contraindication:
      return "contraindication";
    case QuestionKind::RiskFrequency:
      return "risk-frequency";
    case QuestionKind::BleedingClass:
      return "bleeding-class";
    case QuestionKind::Description:
      return "description";
  }
  return {};
}

// SplitMix64 (Steele, Lea and Flood 2014): tiny, well distributed, identical everywhere.
std::uint64_t SeededRandom::next() {
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

std::size_t SeededRandom::below(std::size_t bound) {
  return static_cast<std::size_t>(next() % bound);
}

namespace {

constexpr std::size_t kOptions = 4;
// The bleeding-risk classes are those of this guideline (content/README.md).
constexpr std::string_view kBleedingClassSource =
    "Narouze S, et al. Reg Anesth Pain Med. 2018;43:225-262.";

// Whether the technique lists the term, a narrower one (facet index) or a broader one: any of
// these would make it a correct answer too.
bool lists(const Catalog& catalog, Facet facet, const Technique& technique,
           const std::string& term) {
  const auto index = catalog.technique_index(technique.id);
  if (!index) return false;
  for (const auto& value : catalog.broader_chain(term)) {
    const auto techniques = catalog.techniques_with(facet, value);
    if (std::binary_search(techniques.begin(), techniques.end(), *index)) return true;
  }
  return false;
}

// Techniques for distractors: same category first (plausible), then the rest, each group in
// catalog order; `reject` removes any that would also be correct.
template <typename Reject>
std::vector<const Technique*> distractor_techniques(const Catalog& catalog,
                                                    const Technique& subject, Reject reject) {
  std::vector<const Technique*> same, other;
  for (const Technique& candidate : catalog.techniques()) {
    if (candidate.id == subject.id || reject(candidate)) continue;
    (candidate.category == subject.category ? same : other).push_back(&candidate);
  }
  same.insert(same.end(), other.begin(), other.end());
  return same;
}

void add_indication_questions(const Catalog& catalog, std::vector<Question>& out) {
  for (const Technique& technique : catalog.techniques()) {
    for (const auto& indication : technique.indications) {
      const auto distractors =
          distractor_techniques(catalog, technique, [&](const Technique& candidate) {
            return lists(catalog, Facet::Indication, candidate, indication.term);
          });
      if (distractors.size() < kOptions - 1) continue;
      Question q;
      q.id = "indication:" + indication.term + ":" + technique.id;
      q.kind = QuestionKind::Indication;
      q.technique = technique.id;
      q.prompt = "Which of these techniques is used for " +
                 term_display_name(catalog, indication.term, Audience::Student) + "?";
      q.options.push_back(technique.name);
      for (std::size_t i = 0; i < kOptions - 1; ++i) q.options.push_back(distractors[i]->name);
      q.explanation = technique.name + " lists " +
                      term_display_name(catalog, indication.term, Audience::Student) +
                      " among its indications" +
                      (indication.note.empty() ? "." : ": " + indication.note);
      q.references = cited_references(technique, q.explanation);
      out.push_back(std::move(q));
    }
  }
}

void add_contraindication_questions(const Catalog& catalog, std::vector<Question>& out) {
  // Plausible wrong answers: factors other techniques of the category list, but this one does not.
  for (const Technique& technique : catalog.techniques()) {
    std::vector<std::string> wrong;
    for (const Technique& other : catalog.techniques()) {
      if (other.category != technique.category || other.id == technique.id) continue;
      for (const auto& item : other.contraindications)
        if (!lists(catalog, Facet::Contraindication, technique, item.term) &&
            std::find(wrong.begin(), wrong.end(), item.term) == wrong.end())
          wrong.push_back(item.term);
    }
    if (wrong.size() < kOptions - 1) continue;
    for (const auto& item : technique.contraindications) {
      if (item.term == "patient-refusal" || item.term == "infection-at-site")
        continue;  // true of all
      Question q;
      q.id = "contraindication:" + item.term + ":" + technique.id;
      q.kind = QuestionKind::Contraindication;
      q.technique = technique.id;
      q.prompt = "Which of these is listed as a contraindication to " + technique.name + "?";
      q.options.push_back(term_display_name(catalog, item.term, Audience::Student));
      for (std::size_t i = 0; i < kOptions - 1; ++i)
        q.options.push_back(term_display_name(catalog, wrong[i], Audience::Student));
      q.explanation = term_display_name(catalog, item.term, Audience::Student) + " is " +
                      with_article(enum_id(item.severity)) + " contraindication to " +
                      technique.name + (item.note.empty() ? "." : ": " + item.note);
      q.references = cited_references(technique, q.explanation);
      out.push_back(std::move(q));
    }
  }
}

void add_risk_questions(const Catalog& catalog, std::vector<Question>& out) {
  const std::vector<Frequency> bands{Frequency::VeryCommon, Frequency::Common, Frequency::Uncommon,
                                     Frequency::Rare, Frequency::VeryRare};
  for (const Technique& technique : catalog.techniques()) {
    for (const auto& risk : technique.risks) {
      if (risk.frequency == Frequency::Unknown) continue;
      Question q;
      q.id = "risk-frequency:" + risk.term + ":" + technique.id;
      q.kind = QuestionKind::RiskFrequency;
      q.technique = technique.id;
      q.prompt = "How common is " + term_display_name(catalog, risk.term, Audience::Student) +
                 " after " + technique.name + "?";
      const auto label = [](Frequency f) {
        return std::string(enum_label(f)) + " (" + std::string(frequency_range(f)) + ")";
      };
      q.options.push_back(label(risk.frequency));
      // The neighbouring bands are the plausible confusions; take the nearest three.
      std::vector<Frequency> others;
      for (Frequency band : bands)
        if (band != risk.frequency) others.push_back(band);
      const auto distance = [&](Frequency band) {
        return std::abs(static_cast<int>(band) - static_cast<int>(risk.frequency));
      };
      std::stable_sort(others.begin(), others.end(),
                       [&](Frequency a, Frequency b) { return distance(a) < distance(b); });
      for (std::size_t i = 0; i < kOptions - 1; ++i) q.options.push_back(label(others[i]));
      q.explanation = term_display_name(catalog, risk.term, Audience::Student) + " after " +
                      technique.name + " is " + std::string(enum_label(risk.frequency)) + " (" +
                      std::string(frequency_range(risk.frequency)) + ")" +
                      (risk.note.empty() ? "." : ": " + risk.note);
      q.references = cited_references(technique, q.explanation);
      out.push_back(std::move(q));
    }
  }
}

void add_bleeding_questions(const Catalog& catalog, std::vector<Question>& out) {
  for (const Technique& technique : catalog.techniques()) {
    Question q;
    q.id = "bleeding-class:" + technique.id;
    q.kind = QuestionKind::BleedingClass;
    q.technique = technique.id;
    q.prompt =
        "Which bleeding-risk class (the procedure classes of Narouze et al. 2018) applies to " +
        technique.name + "?";
    for (const auto& entry : enum_entries<BleedingRisk>()) {
      if (entry.value == technique.bleeding_risk) q.correct = q.options.size();
      q.options.emplace_back(entry.label);
    }
    q.explanation =
        technique.name + " is " + with_article(enum_id(technique.bleeding_risk)) +
        " bleeding-risk procedure." +
        (technique.bleeding_risk_note.empty() ? "" : " " + technique.bleeding_risk_note);
    // The class is the guideline's; a figure in the note comes with its own source.
    q.references = cited_references(technique, "Narouze 2018. " + technique.bleeding_risk_note);
    if (std::none_of(q.references.begin(), q.references.end(), [](const std::string& citation) {
          return citation.find("Narouze") != std::string::npos;
        }))
      q.references.insert(q.references.begin(), std::string(kBleedingClassSource));
    out.push_back(std::move(q));
  }
}

void add_description_questions(const Catalog& catalog, std::vector<Question>& out) {
  for (const Technique& technique : catalog.techniques()) {
    const auto distractors =
        distractor_techniques(catalog, technique, [](const Technique&) { return false; });
    if (distractors.size() < kOptions - 1) continue;
    Question q;
    q.id = "description:" + technique.id;
    q.kind = QuestionKind::Description;
    q.technique = technique.id;
    q.prompt = "Which technique is this?";
    q.passage = masked_summary(technique);
    q.options.push_back(technique.name);
    for (std::size_t i = 0; i < kOptions - 1; ++i) q.options.push_back(distractors[i]->name);
    q.explanation = "This is the summary of " + technique.name + ".";
    out.push_back(std::move(q));
  }
}

}  // namespace

std::string masked_summary(const Technique& technique) {
  // Words every option shares, or that say nothing about which technique it is.
  static constexpr std::string_view kGeneric[] = {
      "block",      "blocks",      "nerve",   "nerves", "injection", "injections",
      "procedure",  "treatment",   "therapy", "test",   "pain",      "chronic",
      "diagnostic", "therapeutic", "guided",  "the",    "and",       "for",
      "with",       "under",       "via",     "from",   "into"};
  std::vector<std::string> identifying;
  std::vector<std::string> names{technique.name};
  names.insert(names.end(), technique.aliases.begin(), technique.aliases.end());
  for (const auto& name : names)
    for (auto& word : split_words(fold(name)))
      if (word.size() >= 3 &&
          std::find(std::begin(kGeneric), std::end(kGeneric), word) == std::end(kGeneric))
        identifying.push_back(std::move(word));
  // A word of the text gives the answer away if it is one of those words or a longer form of one
  // ("knees" for "knee").
  const auto gives_away = [&](const std::string& word) {
    return std::any_of(identifying.begin(), identifying.end(), [&](const std::string& name) {
      return word == name || (name.size() >= 4 && word.starts_with(name));
    });
  };
  const std::string& text = technique.summary;
  std::string out;
  const auto is_word_byte = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
  };
  for (std::size_t i = 0; i < text.size();) {
    if (!is_word_byte(text[i])) {
      out += text[i++];
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_word_byte(text[end])) ++end;
    const std::string word = text.substr(i, end - i);
    const auto folded = split_words(fold(word));
    const bool hide = std::any_of(folded.begin(), folded.end(), gives_away);
    out += hide ? "_____" : word;
    i = end;
  }
  return out;
}

std::vector<Question> all_questions(const Catalog& catalog) {
  std::vector<Question> questions;
  add_indication_questions(catalog, questions);
  add_contraindication_questions(catalog, questions);
  add_risk_questions(catalog, questions);
  add_bleeding_questions(catalog, questions);
  add_description_questions(catalog, questions);
  return questions;
}

std::vector<Question> make_quiz(const Catalog& catalog, std::size_t count, std::uint64_t seed,
                                const StudyTopic& topic) {
  // Contraindication questions outnumber the rest many times over; dealing from one shuffled pile
  // per kind in turn keeps a session varied.
  std::vector<std::vector<Question>> piles(5);
  for (auto& question : all_questions(catalog))
    if (topic.empty() || std::find(topic.begin(), topic.end(), question.technique) != topic.end())
      piles[static_cast<std::size_t>(question.kind)].push_back(std::move(question));
  SeededRandom random(seed);
  for (auto& pile : piles) random.shuffle(pile);
  random.shuffle(piles);
  std::vector<Question> pool;
  for (std::size_t round = 0; pool.size() < count; ++round) {
    bool any = false;
    for (auto& pile : piles)
      if (round < pile.size() && pool.size() < count) {
        pool.push_back(std::move(pile[round]));
        any = true;
      }
    if (!any) break;
  }
  for (Question& question : pool) {
    const std::string answer = question.options[question.correct];
    // Bleeding classes keep their natural order (low, intermediate, high).
    if (question.kind != QuestionKind::BleedingClass) random.shuffle(question.options);
    question.correct = static_cast<std::size_t>(
        std::find(question.options.begin(), question.options.end(), answer) -
        question.options.begin());
  }
  return pool;
}

std::string anki_deck(const Catalog& catalog, const std::vector<Question>& questions) {
  // Anki reads "#separator" and "#html" header lines; a field may hold HTML but no tab or newline.
  const auto field = [](const std::string& text) {
    std::string out = escape_html(text);
    std::replace(out.begin(), out.end(), '\t', ' ');
    std::replace(out.begin(), out.end(), '\n', ' ');
    return out;
  };
  std::string deck = "#separator:tab\n#html:true\n#tags column:3\n";
  for (const Question& q : questions) {
    std::string front = field(q.prompt) + (q.passage.empty() ? "" : "<br>" + field(q.passage)) +
                        "<br><ol type=\"A\">";
    for (const auto& option : q.options) front += "<li>" + field(option) + "</li>";
    front += "</ol>";
    std::string back = "<b>" + std::string(1, static_cast<char>('A' + q.correct)) + ". " +
                       field(q.options[q.correct]) + "</b><br>" + field(q.explanation);
    for (const auto& reference : q.references) back += "<br><i>" + field(reference) + "</i>";
    const Technique* technique = catalog.find_technique(q.technique);
    std::string tags = "painatlas painatlas::" + std::string(question_kind_id(q.kind));
    if (technique) tags += " painatlas::" + std::string(enum_id(technique->category));
    deck += front + "\t" + back + "\t" + tags + "\n";
  }
  return deck;
}

}  // namespace painatlas
