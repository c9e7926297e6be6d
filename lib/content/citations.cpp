#include "content/citations.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace painatlas {

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
// Letters of names: ASCII letters, apostrophes, hyphens, and any byte of a UTF-8 sequence
// (accented names: "Münster", "Pérez").
bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '\'' ||
         static_cast<unsigned char>(c) >= 0x80;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!word.empty()) out.push_back(lower(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) out.push_back(lower(word));
  return out;
}

// True when one name's words end the other's: "Olmsted" names "Rae Olmsted", and "In Kemler"
// (a capitalised word before the surname) still names "Kemler".
bool names_match(std::string_view a, std::string_view b) {
  const auto x = words(a), y = words(b);
  if (x.empty() || y.empty()) return false;
  const auto& shorter = x.size() <= y.size() ? x : y;
  const auto& longer = x.size() <= y.size() ? y : x;
  return std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin());
}

// Capitalised words that precede a year without being anybody's name.
constexpr std::array kNotNames{
    "in",        "on",      "at",       "by",      "since",     "from",     "until",    "before",
    "after",     "during",  "the",      "a",       "an",        "and",      "or",       "of",
    "for",       "to",      "as",       "between", "up",        "over",     "under",    "around",
    "about",     "circa",   "year",     "years",   "january",   "february", "march",    "april",
    "may",       "june",    "july",     "august",  "september", "october",  "november", "december",
    "jan",       "feb",     "mar",      "apr",     "jun",       "jul",      "aug",      "sep",
    "sept",      "oct",     "nov",      "dec",     "spring",    "summer",   "autumn",   "fall",
    "winter",    "early",   "late",     "mid",     "through",   "version",  "edition",  "issued",
    "published", "updated", "reviewed", "last",    "within",    "table",    "figure",   "its",
    "their",     "this",    "that",     "these",   "those",     "every",    "each",     "both"};

bool not_a_name(std::string_view word) {
  const std::string folded = lower(word);
  return std::find(kNotNames.begin(), kNotNames.end(), folded) != kNotNames.end();
}

// Splits "Cochrane 2018" into name and year; year 0 when the label has none ("NICE NG59").
std::pair<std::string, int> split_label(std::string_view label) {
  std::string text(label);
  while (!text.empty() && text.back() == ' ') text.pop_back();
  if (text.size() > 5 && text[text.size() - 5] == ' ' &&
      std::all_of(text.end() - 4, text.end(), is_digit))
    return {text.substr(0, text.size() - 5), std::stoi(text.substr(text.size() - 4))};
  return {text, 0};
}

}  // namespace

std::string first_author_surname(const Reference& reference) {
  std::string first = reference.authors.substr(0, reference.authors.find(','));
  while (!first.empty() && (first.back() == '.' || first.back() == ' ')) first.pop_back();
  const auto space = first.rfind(' ');
  if (space == std::string::npos) return first;
  const std::string last = first.substr(space + 1);
  // Initials are one to three capitals ("M", "SS", "JNS"); anything else is part of the name.
  const bool initials =
      !last.empty() && last.size() <= 3 && std::all_of(last.begin(), last.end(), is_upper);
  return initials ? first.substr(0, space) : first;
}

std::string citation_label(const Reference& reference) {
  const std::string surname = first_author_surname(reference);
  if (surname.empty()) return reference.cite_as;
  return surname + " " + std::to_string(reference.year);
}

std::vector<CitationMention> find_citations(std::string_view text) {
  std::vector<CitationMention> mentions;
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    // A year: four digits starting 19 or 20, not part of a longer number.
    if (!(text.substr(i, 2) == "19" || text.substr(i, 2) == "20")) continue;
    if (!std::all_of(text.begin() + static_cast<long>(i), text.begin() + static_cast<long>(i) + 4,
                     is_digit))
      continue;
    if (i > 0 && (is_digit(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ',')) continue;
    if (i + 4 < text.size() && is_digit(text[i + 4])) continue;
    const int year = std::stoi(std::string(text.substr(i, 4)));
    // Walk back over "(", spaces, "et al.", "and Name": the name ends just before them.
    std::size_t end = i;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '(')) --end;
    auto ends_with = [&](std::string_view suffix) {
      return end >= suffix.size() && text.substr(end - suffix.size(), suffix.size()) == suffix;
    };
    if (ends_with("et al."))
      end -= 6;
    else if (ends_with("et al"))
      end -= 5;
    while (end > 0 && text[end - 1] == ' ') --end;
    // A second author ("Kemler and Barendse 2000"): cite by the first.
    std::size_t word_start = end;
    while (word_start > 0 && is_name_char(text[word_start - 1])) --word_start;
    for (std::string_view joiner : {std::string_view(" and "), std::string_view(" & ")}) {
      if (word_start < joiner.size() + 1 || word_start >= end || !is_upper(text[word_start]))
        continue;
      const std::size_t before = word_start - joiner.size();
      // Only between two names: "(Kemler 2008) and Rathmell 2015" cites Rathmell.
      if (text.substr(before, joiner.size()) == joiner && is_name_char(text[before - 1])) {
        end = before;
        break;
      }
    }
    // Gather capitalised words (and lower-case particles between them: "van", "de") back to
    // the start of the name.
    std::vector<std::string> name_words;
    std::size_t cursor = end;
    while (cursor > 0) {
      std::size_t start = cursor;
      while (start > 0 && is_name_char(text[start - 1])) --start;
      if (start == cursor) break;
      std::string word(text.substr(start, cursor - start));
      // A possessive ("Plancarte's 1990 report") cites the name without it.
      for (std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
        if (word.size() > suffix.size() && word.ends_with(suffix))
          word.resize(word.size() - suffix.size());
      const bool capital = is_upper(word.front());
      const bool particle = word == "van" || word == "de" || word == "der" || word == "von" ||
                            word == "den" || word == "da" || word == "di" || word == "le" ||
                            word == "la" || word == "du";
      if (!capital && !(particle && !name_words.empty())) break;
      name_words.insert(name_words.begin(), word);
      if (start == 0 || text[start - 1] != ' ') break;
      cursor = start - 1;
    }
    while (!name_words.empty() && not_a_name(name_words.front()))
      name_words.erase(name_words.begin());
    if (std::none_of(name_words.begin(), name_words.end(),
                     [](const std::string& word) { return is_upper(word.front()); }))
      continue;
    std::string name;
    for (const auto& word : name_words) name += (name.empty() ? "" : " ") + word;
    mentions.push_back({name, year, name + " " + std::to_string(year)});
  }
  return mentions;
}

CitationMatch resolve_citation(const std::vector<Reference>& references, std::string_view name,
                               int year) {
  CitationMatch match;
  for (std::size_t i = 0; i < references.size(); ++i) {
    const Reference& reference = references[i];
    bool named = false;
    if (reference.year == year) named = names_match(name, first_author_surname(reference));
    if (!named && !reference.cite_as.empty()) {
      const auto [label_name, label_year] = split_label(reference.cite_as);
      named =
          (label_year == 0 ? reference.year : label_year) == year && names_match(name, label_name);
    }
    if (!named) continue;
    if (match.candidates++ == 0) match.reference = i;
  }
  if (match.candidates > 1) match.reference.reset();
  return match;
}

CitationMatch resolve_label(const std::vector<Reference>& references, std::string_view label) {
  const auto [name, year] = split_label(label);
  if (year != 0) return resolve_citation(references, name, year);
  CitationMatch match;
  for (std::size_t i = 0; i < references.size(); ++i)
    if (!references[i].cite_as.empty() && lower(references[i].cite_as) == lower(label))
      if (match.candidates++ == 0) match.reference = i;
  if (match.candidates > 1) match.reference.reset();
  return match;
}

}  // namespace painatlas
