#include "reader/speech_text.h"

#include <algorithm>
#include <array>
#include <regex>

#include "content/citations.h"
#include "reader/option_grid.h"
#include "reader/presentation.h"
#include "reader/wording.h"

namespace painatlas {

namespace {

bool is_word_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// "SCS", "TFESI", "P2Y12", "CRPS": two to seven capitals and digits, starting with a capital.
bool is_abbreviation(std::string_view word) {
  if (word.size() < 2 || word.size() > 7 || word.front() < 'A' || word.front() > 'Z') return false;
  int capitals = 0;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z')
      ++capitals;
    else if (c < '0' || c > '9')
      return false;
  }
  return capitals >= 2;
}

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (char c : text) {
    if (is_word_char(c) || static_cast<unsigned char>(c) >= 0x80) {
      current += c;
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

std::string lower(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

// A run of consecutive words of `phrase` whose initials spell `abbreviation`, as written.
std::string initials_match(std::string_view abbreviation, std::string_view phrase) {
  const std::vector<std::string> words = words_of(phrase);
  const std::size_t n = abbreviation.size();
  for (std::size_t start = 0; start + n <= words.size(); ++start) {
    bool match = true;
    for (std::size_t i = 0; i < n && match; ++i) {
      const char initial = words[start + i].front();
      match = std::toupper(static_cast<unsigned char>(initial)) == abbreviation[i];
    }
    if (!match) continue;
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += (i ? " " : "") + words[start + i];
    return lower(out);
  }
  return {};
}

std::string spelled(std::string_view abbreviation) {
  std::string out;
  for (char c : abbreviation) {
    if (!out.empty()) out += ' ';
    out += c;
  }
  return out;
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

std::string denominator_in_words(const std::string& digits) {
  if (digits == "10") return "ten";
  if (digits == "100") return "a hundred";
  if (digits == "1000") return "a thousand";
  if (digits == "10000") return "ten thousand";
  if (digits == "100000") return "a hundred thousand";
  if (digits == "1000000") return "a million";
  if (digits.size() <= 2) return small_number_in_words(std::stoi(digits));
  return digits;
}

std::string symbols_as_words(std::string text) {
  // Longer spellings first, so "e.g." is not cut by a rule for ".".
  static const std::array<std::pair<std::string_view, std::string_view>, 16> kSymbols{{
      {"\xE2\x89\xA5", " at least "},   // ≥
      {"\xE2\x89\xA4", " at most "},    // ≤
      {"\xC2\xB1", " plus or minus "},  // ±
      {"\xC2\xB0"
       "C",
       " degrees"},              // °C
      {"\xC2\xB0", " degrees"},  // °
      {"\xE2\x80\xA6", "."},     // …
      {"\xE2\x80\x94", ", "},    // em dash
      {"e.g.", "for example"},
      {"i.e.", "that is"},
      {" vs. ", " versus "},
      {" vs ", " versus "},
      {"approx.", "about"},
      {"etc.", "and so on"},
      {" & ", " and "},
      {">=", " at least "},
      {"<=", " at most "},
  }};
  for (const auto& [from, to] : kSymbols) text = replace_all(std::move(text), from, to);
  // Ranges: "2–3 days" and "2-3 days" read "2 to 3 days"; other dashes are pauses.
  static const std::regex range(R"((\d)\s*(?:\xE2\x80\x93|-)\s*(\d))");
  text = std::regex_replace(text, range, "$1 to $2");
  text = replace_all(std::move(text), "\xE2\x80\x93", ", ");  // en dash
  static const std::regex percent(R"((\d)\s*%)");
  text = std::regex_replace(text, percent, "$1 percent");
  text = replace_all(std::move(text), "%", " percent");
  static const std::regex less(R"(<\s*(\d))");
  text = std::regex_replace(text, less, "less than $1");
  static const std::regex more(R"(>\s*(\d))");
  text = std::regex_replace(text, more, "more than $1");
  // "14,956" is one number, not two.
  static const std::regex thousands(R"((\d),(\d{3})\b)");
  for (std::string before; before != text;) {
    before = text;
    text = std::regex_replace(text, thousands, "$1$2");
  }
  return text;
}

// "1 in 100" as "one in a hundred", "4 in 10" as "four in ten".
std::string odds_as_words(const std::string& text) {
  static const std::regex odds(R"(\b(\d{1,3}) in (\d+)\b)");
  std::string out;
  std::size_t copied = 0;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), odds); it != std::sregex_iterator();
       ++it) {
    const std::smatch& match = *it;
    out.append(text, copied, static_cast<std::size_t>(match.position()) - copied);
    out += small_number_in_words(std::stoi(match[1])) + " in " + denominator_in_words(match[2]);
    copied = static_cast<std::size_t>(match.position() + match.length());
  }
  out.append(text, copied);
  return out;
}

std::string abbreviations_as_words(const std::string& text, const SpeechVocabulary& vocabulary,
                                   std::vector<std::string>& already_said) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_word_char(text[i])) {
      out += text[i++];
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_word_char(text[end])) ++end;
    std::string word = text.substr(i, end - i);
    i = end;
    // "NSAIDs" is the plural of "NSAID".
    const bool plural =
        word.size() > 2 && word.back() == 's' && is_abbreviation(word.substr(0, word.size() - 1));
    const std::string base = plural ? word.substr(0, word.size() - 1) : word;
    const std::string& expansion = is_abbreviation(base) ? vocabulary.expansion(base) : base;
    if (!is_abbreviation(base) || expansion.empty()) {
      out += word;
      continue;
    }
    const bool first =
        std::find(already_said.begin(), already_said.end(), base) == already_said.end();
    if (first) {
      already_said.push_back(base);
      // At the start of a sentence the words take a capital, as the abbreviation had.
      std::size_t back = out.size();
      while (back > 0 && out[back - 1] == ' ') --back;
      const bool starts_sentence =
          back == 0 || out[back - 1] == '.' || out[back - 1] == ':' || out[back - 1] == '?';
      std::string words = expansion;
      if (starts_sentence && !words.empty() && words[0] >= 'a' && words[0] <= 'z')
        words[0] = static_cast<char>(words[0] - 'a' + 'A');
      out += words + (plural ? "s" : "");
    } else {
      out += spelled(base) + (plural ? "s" : "");
    }
  }
  return out;
}

std::string squeeze_spaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    if ((c == '.' || c == ',') && !out.empty() && out.back() == ' ') out.pop_back();
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Joins items into sentences: each ends with a full stop so the voice pauses between them.
std::string sentences(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (item.empty()) continue;
    if (!out.empty()) out += ' ';
    out += item;
    if (out.back() != '.' && out.back() != '?' && out.back() != '!') out += '.';
  }
  return out;
}

class Reader {
 public:
  Reader(const SpeechVocabulary& vocabulary, std::vector<std::string> labels)
      : vocabulary_(vocabulary), labels_(std::move(labels)) {}
  void add(std::string key, std::string_view heading, const std::string& body) {
    if (body.empty()) return;
    std::string text = heading.empty() ? body : std::string(heading) + ". " + body;
    paragraphs_.push_back({std::move(key), speakable(text, vocabulary_, said_, labels_)});
  }
  std::vector<SpeechParagraph> take() { return std::move(paragraphs_); }

 private:
  const SpeechVocabulary& vocabulary_;
  std::vector<std::string> labels_;
  std::vector<std::string> said_;
  std::vector<SpeechParagraph> paragraphs_;
};

}  // namespace

SpeechVocabulary::SpeechVocabulary(const Catalog& catalog) {
  // An abbreviation stands for a run of words whose initials spell it, in any name its owner
  // answers to; failing that, for its owner's name when it is one of the owner's names on its
  // own ("TFESI" for the lumbar transforaminal epidural steroid injection). Others ("MRI") are
  // left to be spelled out.
  const auto consider = [&](const std::string& name, const std::vector<std::string>& phrases,
                            const std::string& owner_name) {
    for (const auto& word : words_of(name)) {
      if (!is_abbreviation(word) || expansions_.contains(word)) continue;
      for (const auto& phrase : phrases)
        if (std::string found = initials_match(word, phrase); !found.empty()) {
          expansions_[word] = found;
          break;
        }
      if (!expansions_.contains(word) && word == name) expansions_[word] = lower(owner_name);
    }
  };
  // Terms first: their names are the vocabulary's own words for a thing.
  for (const Term& term : catalog.terms()) {
    std::vector<std::string> phrases{term.name, term.lay_name};
    phrases.insert(phrases.end(), term.synonyms.begin(), term.synonyms.end());
    consider(term.lay_name, phrases, term.name);
    for (const auto& synonym : term.synonyms) consider(synonym, phrases, term.name);
  }
  for (const Technique& technique : catalog.techniques()) {
    std::vector<std::string> phrases{technique.name};
    phrases.insert(phrases.end(), technique.aliases.begin(), technique.aliases.end());
    for (const auto& alias : technique.aliases) consider(alias, phrases, technique.name);
  }
}

const std::string& SpeechVocabulary::expansion(const std::string& abbreviation) const {
  static const std::string kNone;
  auto it = expansions_.find(abbreviation);
  return it == expansions_.end() ? kNone : it->second;
}

std::string small_number_in_words(int number) {
  static const std::array<const char*, 21> kWords{
      "zero",     "one",     "two",     "three",     "four",     "five",     "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  if (number >= 0 && number <= 20) return kWords[static_cast<std::size_t>(number)];
  return std::to_string(number);
}

std::string speakable(std::string_view text, const SpeechVocabulary& vocabulary,
                      std::vector<std::string>& already_said,
                      const std::vector<std::string>& citation_labels) {
  std::string out = strip_citations(text, citation_labels);
  out = symbols_as_words(std::move(out));
  out = odds_as_words(out);
  out = abbreviations_as_words(out, vocabulary, already_said);
  return squeeze_spaces(out);
}

std::vector<SpeechParagraph> technique_speech(const Catalog& catalog, const Technique& t,
                                              const SpeechVocabulary& vocabulary) {
  Reader reader(vocabulary, {});
  reader.add("title", "", t.name + ".");
  reader.add("patient_summary", "What it is", t.patient_summary);
  std::vector<std::string> reasons;
  for (const auto& item : t.indications)
    reasons.push_back(term_display_name(catalog, item.term, Audience::Patient));
  reader.add("indications", "Why it is offered", sentences(reasons));
  std::vector<std::string> steps;
  for (std::size_t i = 0; i < t.what_happens.size(); ++i)
    steps.push_back("Step " + small_number_in_words(static_cast<int>(i + 1)) + ": " +
                    t.what_happens[i]);
  reader.add("what_happens", "What happens", sentences(steps));
  reader.add("before", "Before", sentences(t.before));
  reader.add("after", "After", sentences(t.after));
  reader.add("expected_benefit", "What it may do for you",
             sentences({t.expected_benefit.onset, t.expected_benefit.duration,
                        t.expected_benefit.summary}));
  std::vector<std::string> bands;
  for (const auto& [frequency, risks] : risks_by_frequency(t)) {
    std::string band = frequency_for_patients(frequency) + ": ";
    for (std::size_t i = 0; i < risks.size(); ++i) {
      band += (i ? ", " : "") + term_display_name(catalog, risks[i]->term, Audience::Patient);
      if (risks[i]->severity == RiskSeverity::Serious) band += ", which is serious";
    }
    bands.push_back(band);
  }
  reader.add("risks", "Possible problems, and how often", sentences(bands));
  std::vector<std::string> reasons_not;
  for (Severity severity : {Severity::Absolute, Severity::Relative}) {
    std::string names;
    for (const Contraindication* item : contraindications_with(t, severity))
      names +=
          (names.empty() ? "" : ", ") + term_display_name(catalog, item->term, Audience::Patient);
    if (!names.empty())
      reasons_not.push_back((severity == Severity::Absolute ? "Listed as a reason not to do it: "
                                                            : "Needs extra care: ") +
                            names);
  }
  reader.add("contraindications", "When it may not be done", sentences(reasons_not));
  reader.add("bleeding", "Blood thinners and bleeding",
             std::string(bleeding_risk_in_words(t.bleeding_risk)));
  reader.add("patient_questions", "Questions to ask your doctor", sentences(t.patient_questions));
  reader.add("disclaimer", "", std::string(kDisclaimer));
  return reader.take();
}

std::vector<SpeechParagraph> condition_speech(const Catalog& catalog, const ConditionGuide& guide,
                                              const SpeechVocabulary& vocabulary) {
  Reader reader(vocabulary, citation_labels(guide.references));
  reader.add("title", "", condition_title(catalog, guide, Audience::Patient) + ".");
  reader.add("about", "What it is", guide.about.patient);
  reader.add("course", "How it usually goes", guide.course.patient);
  std::vector<std::string> flags;
  for (const auto& flag : guide.red_flags) flags.push_back(flag.patient);
  reader.add("red_flags", "Get help at once if", sentences(flags));
  for (std::size_t i = 0; i < guide.options.size(); ++i) {
    const ConditionOption& option = guide.options[i];
    std::vector<std::string> parts;
    for (OptionQuestion question : kOptionQuestions)
      if (!option.answer(question).patient.empty())
        parts.push_back(std::string(option_question_label(question, Audience::Patient)) + " " +
                        option.answer(question).patient);
    if (option.certainty)
      parts.push_back("How sure are we? " + certainty_text(*option.certainty, Audience::Patient));
    parts.push_back(versus_placebo_text(option, Audience::Patient));
    reader.add("option." + std::to_string(i),
               "Option " + small_number_in_words(static_cast<int>(i + 1)) + ": " + option.lay_name,
               sentences(parts));
  }
  reader.add("questions_to_ask", "Questions to ask your doctor", sentences(guide.questions_to_ask));
  reader.add("values", "What matters most to you", sentences(guide.values));
  reader.add("disclaimer", "", std::string(kDisclaimer));
  return reader.take();
}

std::vector<std::string> speech_texts(const std::vector<SpeechParagraph>& paragraphs) {
  std::vector<std::string> out;
  for (const auto& paragraph : paragraphs) out.push_back(paragraph.text);
  return out;
}

}  // namespace painatlas
