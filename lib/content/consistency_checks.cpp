#include "content/consistency_checks.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <regex>
#include <set>

#include "content/citations.h"

namespace painatlas {

namespace {

Problem warning_at(const Technique& technique, const TextPos& at, std::string message) {
  const bool located = at.line > 0;
  return {ProblemLevel::Warning, technique.source.file, located ? at.line : technique.source.line,
          located ? at.column : technique.source.column, std::move(message)};
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

void citations(const Technique& technique, std::vector<Problem>& out) {
  std::set<std::string> reported;
  for (const LocatedText& located : technique_texts(technique)) {
    for (const CitationMention& mention : find_citations(located.text)) {
      const CitationMatch match =
          resolve_citation(technique.references, mention.name, mention.year);
      if (match.reference || !reported.insert(mention.text).second) continue;
      out.push_back(warning_at(
          technique, located.at,
          "'" + located.field + "' cites \"" + mention.text + "\", which " +
              (match.candidates > 1 ? "names more than one reference (give one a 'cite_as')"
                                    : "names no reference of this technique") +
              "; expected the first author and year of a reference, or its 'cite_as' label"));
    }
  }
}

// The bleeding-risk class a note speaks of: "intermediate bleeding-risk class",
// "high-risk procedure", "low class".
std::optional<BleedingRisk> class_named(const std::string& note) {
  static const std::regex kClass(
      R"(\b(low|intermediate|high)[- ](?:bleeding[- ])?(?:risk|class)\b)", std::regex::icase);
  std::smatch match;
  if (!std::regex_search(note, match, kClass)) return std::nullopt;
  return parse_enum<BleedingRisk>(lower(match[1].str()));
}

void antithrombotic_notes(const Catalog& catalog, const Technique& technique,
                          std::vector<Problem>& out) {
  for (const Contraindication& item : technique.contraindications) {
    const auto chain = catalog.broader_chain(item.term);
    const bool antithrombotic =
        std::find(chain.begin(), chain.end(), "anticoagulant-therapy") != chain.end() ||
        std::find(chain.begin(), chain.end(), "antiplatelet-therapy") != chain.end();
    if (!antithrombotic) continue;
    for (const std::string* note : {&item.note, &item.patient_note}) {
      const auto named = class_named(*note);
      if (named && *named != technique.bleeding_risk)
        out.push_back(warning_at(technique, item.at,
                                 "the note on '" + item.term + "' speaks of the " +
                                     std::string(enum_id(*named)) +
                                     " bleeding-risk class, but the technique's class is '" +
                                     std::string(enum_id(technique.bleeding_risk)) + "'"));
    }
  }
  const auto named = class_named(technique.bleeding_risk_note);
  if (named && *named != technique.bleeding_risk && technique.bleeding_risk_basis.empty())
    out.push_back(warning_at(technique, technique.basis_at,
                             "'bleeding_risk_note' takes the " + std::string(enum_id(*named)) +
                                 " class, but 'bleeding_risk' is '" +
                                 std::string(enum_id(technique.bleeding_risk)) + "'"));
}

// Words that make a warning name something other than the expected effect.
constexpr std::array kQualifiers{
    "new ",        "worse",      "more than",    "longer than", "beyond",     "after the",
    "other than",  "both",       "does not",     "doesn't",     "not go",     "spread",
    "lasts",       "lasting",    "sudden",       "severe",      "still",      "keeps",
    "past ",       "beyond the", "other parts",  "your face",   "your other", "than expected",
    "that is not", "unusual",    "with a fever", "fever with"};
constexpr std::array kWarningWords{"call ",  "ambulance",  "emergency", "999",
                                   "911",    "a&e",        "get help",  "seek help",
                                   "urgent", "right away", "at once",   "go to hospital"};
constexpr std::array kSymptoms{"numb", "weak",   "headache", "tingl", "bruis", "swell", "dizz",
                               "warm", "hoarse", "droop",    "sore",  "ache",  "pain"};

bool has_any(const std::string& text, const auto& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const char* word) { return text.find(word) != std::string::npos; });
}

void after_effects(const Technique& technique, std::vector<Problem>& out) {
  std::vector<std::string> expected, warnings;
  for (const std::string& item : technique.after) {
    const std::string text = lower(item);
    (has_any(text, kWarningWords) ? warnings : expected).push_back(text);
  }
  for (const std::string& warning : warnings) {
    if (has_any(warning, kQualifiers)) continue;
    for (const char* symptom : kSymptoms) {
      if (warning.find(symptom) == std::string::npos) continue;
      const auto clash = std::find_if(expected.begin(), expected.end(), [&](const std::string& e) {
        return e.find(symptom) != std::string::npos;
      });
      if (clash == expected.end()) continue;
      out.push_back(warning_at(
          technique, {},
          "'after' lists \"" + std::string(symptom) +
              "...\" both as expected and in a warning to get help; word the warning so that it "
              "names what is not expected (new, worse, beyond the expected hours, elsewhere)"));
      break;
    }
  }
}

void unknown_bands(const Technique& technique, std::vector<Problem>& out) {
  for (const Risk& risk : technique.risks)
    if (risk.frequency == Frequency::Unknown && risk.note.empty())
      out.push_back(warning_at(technique, risk.at,
                               "risk '" + risk.term +
                                   "' is 'unknown' without a note; say why in a few words "
                                   "(\"case reports only\", \"no denominator in any series\")"));
}

// The same factor graded absolute in some techniques and relative in others: the minority
// grading needs a note saying why.
void gradings(const Catalog& catalog, std::vector<Problem>& out) {
  struct Use {
    const Technique* technique;
    const Contraindication* item;
  };
  std::map<std::string, std::array<std::vector<Use>, 2>> by_term;
  for (const Technique& technique : catalog.techniques())
    for (const Contraindication& item : technique.contraindications)
      by_term[item.term][static_cast<std::size_t>(item.severity)].push_back({&technique, &item});
  for (const auto& [term, uses] : by_term) {
    if (uses[0].empty() || uses[1].empty()) continue;
    const std::size_t minority = uses[0].size() <= uses[1].size() ? 0 : 1;
    const auto& others = uses[1 - minority];
    std::string names;
    for (std::size_t i = 0; i < std::min<std::size_t>(3, others.size()); ++i)
      names += (i ? ", " : "") + others[i].technique->id;
    if (others.size() > 3) names += " and " + std::to_string(others.size() - 3) + " more";
    const auto grade = [](std::size_t side) { return side == 0 ? "absolute" : "relative"; };
    for (const Use& use : uses[minority]) {
      if (!use.item->note.empty()) continue;
      out.push_back(warning_at(*use.technique, use.item->at,
                               "contraindication '" + term + "' is " + grade(minority) +
                                   " here but " + grade(1 - minority) + " in " + names +
                                   "; add a note saying why it differs"));
    }
  }
}

}  // namespace

std::vector<LocatedText> technique_texts(const Technique& t) {
  std::vector<LocatedText> texts;
  const auto add = [&](std::string field, const std::string& text, TextPos at) {
    if (!text.empty()) texts.push_back({std::move(field), text, at});
  };
  const auto add_list = [&](const std::string& field, const std::vector<std::string>& items) {
    for (std::size_t i = 0; i < items.size(); ++i)
      add(field + "[" + std::to_string(i + 1) + "]", items[i], {});
  };
  add("summary", t.summary, {});
  add("patient_summary", t.patient_summary, {});
  for (const auto& item : t.indications)
    add("indications[" + item.term + "].note", item.note, item.at);
  for (const auto& item : t.contraindications) {
    add("contraindications[" + item.term + "].note", item.note, item.at);
    add("contraindications[" + item.term + "].patient_note", item.patient_note, item.at);
  }
  for (const auto& item : t.risks) {
    add("risks[" + item.term + "].note", item.note, item.at);
    add("risks[" + item.term + "].patient_note", item.patient_note, item.at);
  }
  add("bleeding_risk_note", t.bleeding_risk_note, t.basis_at);
  add_list("procedure", t.procedure);
  add_list("what_happens", t.what_happens);
  add_list("before", t.before);
  add_list("after", t.after);
  add("expected_benefit.summary", t.expected_benefit.summary, {});
  add("evidence.summary", t.evidence.summary, {});
  return texts;
}

std::vector<Problem> check_consistency(const Catalog& catalog) {
  std::vector<Problem> out;
  for (const Technique& technique : catalog.techniques()) {
    citations(technique, out);
    antithrombotic_notes(catalog, technique, out);
    after_effects(technique, out);
    unknown_bands(technique, out);
    if (!technique.review)
      out.push_back(warning_at(technique, {},
                               "has no review record; expected content/reviews/" + technique.id +
                                   ".md (see content/README.md)"));
  }
  gradings(catalog, out);
  return out;
}

}  // namespace painatlas
