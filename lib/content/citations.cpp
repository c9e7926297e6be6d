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

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
// Capitals for labels: ASCII, or the lead byte of an accented letter.
bool is_capital(unsigned char c) { return (c >= 'A' && c <= 'Z') || c >= 0x80; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

struct Piece {
  std::string label;
  std::size_t offset = 0;  // of the label in the whole text
  std::size_t begin = 0;   // of the raw piece, separators excluded
  std::size_t end = 0;
  bool citation = false;
  bool known = false;
};

// "Wang et al. 2025" reads as "Wang 2025"; "e.g. Busse 2025" as "Busse 2025".
std::string normalise(std::string_view piece, std::size_t& skipped) {
  skipped = 0;
  for (std::string_view prefix : {"e.g. ", "eg ", "see ", "cf. ", "as in "})
    if (piece.starts_with(prefix)) {
      piece.remove_prefix(prefix.size());
      skipped = prefix.size();
      break;
    }
  std::string out(piece);
  for (std::string_view etal : {" et al. ", " et al "}) {
    if (auto at = out.find(etal); at != std::string::npos) out.replace(at, etal.size(), " ");
  }
  return out;
}

bool reads_like_author_year(std::string_view label) {
  const auto space = label.rfind(' ');
  if (space == std::string_view::npos) return false;
  std::string_view year = label.substr(space + 1);
  if (year.size() == 5 && year.back() >= 'a' && year.back() <= 'z') year.remove_suffix(1);
  if (year.size() != 4 || !std::all_of(year.begin(), year.end(), is_digit)) return false;
  const int number = std::stoi(std::string(year));
  if (number < 1800 || number > 2100) return false;
  std::string_view names = label.substr(0, space);
  int words = 0;
  while (!names.empty()) {
    const auto next = names.find(' ');
    const std::string_view word = names.substr(0, next);
    if (word.empty() || !is_capital(static_cast<unsigned char>(word.front()))) return false;
    for (char c : word)
      if (is_digit(c)) return false;
    ++words;
    names = next == std::string_view::npos ? std::string_view() : names.substr(next + 1);
  }
  return words >= 1 && words <= 3;
}

// The pieces of every parenthesis, in text order.
std::vector<std::pair<std::size_t, std::vector<Piece>>> parentheses(
    std::string_view text, const std::vector<std::string>& labels,
    std::vector<std::size_t>& closes) {
  std::vector<std::pair<std::size_t, std::vector<Piece>>> out;
  std::size_t open = text.find('(');
  while (open != std::string_view::npos) {
    const std::size_t close = text.find(')', open + 1);
    if (close == std::string_view::npos) break;
    std::vector<Piece> pieces;
    std::size_t start = open + 1;
    while (start <= close) {
      std::size_t stop = text.find_first_of(";,", start);
      if (stop == std::string_view::npos || stop > close) stop = close;
      std::string_view raw = text.substr(start, stop - start);
      std::size_t lead = 0;
      while (lead < raw.size() && is_space(raw[lead])) ++lead;
      const std::string_view body = trim(raw);
      Piece piece;
      piece.begin = start;
      piece.end = stop;
      std::size_t skipped = 0;
      piece.label = normalise(body, skipped);
      piece.offset = start + lead + skipped;
      piece.known = std::find(labels.begin(), labels.end(), piece.label) != labels.end();
      piece.citation = piece.known || reads_like_author_year(piece.label);
      pieces.push_back(std::move(piece));
      start = stop + 1;
    }
    out.emplace_back(open, std::move(pieces));
    closes.push_back(close);
    open = text.find('(', close + 1);
  }
  return out;
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
  if (!reference.cite_as.empty()) return reference.cite_as;
  return first_author_surname(reference) + " " + std::to_string(reference.year);
}

std::vector<std::string> citation_labels(const std::vector<Reference>& references) {
  std::vector<std::string> labels;
  for (const Reference& reference : references) labels.push_back(citation_label(reference));
  return labels;
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

std::vector<LabelledCitation> find_labelled_citations(std::string_view text,
                                                      const std::vector<std::string>& labels) {
  std::vector<LabelledCitation> out;
  std::vector<std::size_t> closes;
  for (const auto& [open, pieces] : parentheses(text, labels, closes))
    for (const Piece& piece : pieces)
      if (piece.citation) out.push_back({piece.label, piece.offset, piece.known});
  return out;
}

std::string strip_citations(std::string_view text, const std::vector<std::string>& labels) {
  std::vector<std::size_t> closes;
  const auto groups = parentheses(text, labels, closes);
  std::string out;
  std::size_t copied = 0;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const auto& [open, pieces] = groups[g];
    const std::size_t close = closes[g];
    const bool all = std::all_of(pieces.begin(), pieces.end(),
                                 [](const Piece& piece) { return piece.citation; });
    const bool any = std::any_of(pieces.begin(), pieces.end(),
                                 [](const Piece& piece) { return piece.citation; });
    if (!any) continue;
    std::size_t from = open;
    if (all)
      while (from > copied && is_space(text[from - 1])) --from;
    out.append(text.substr(copied, from - copied));
    if (!all) {
      out += '(';
      bool first = true;
      for (const Piece& piece : pieces) {
        if (piece.citation) continue;
        if (!first) out += text[piece.begin - 1];  // the separator that stood before it
        out.append(first ? trim(text.substr(piece.begin, piece.end - piece.begin))
                         : text.substr(piece.begin, piece.end - piece.begin));
        first = false;
      }
      out += ')';
    }
    copied = close + 1;
  }
  out.append(text.substr(copied));
  return out;
}

}  // namespace painatlas
