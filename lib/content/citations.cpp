#include "content/citations.h"

#include <algorithm>

namespace painatlas {

namespace {

bool is_upper(unsigned char c) { return (c >= 'A' && c <= 'Z') || c >= 0x80; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

// The first word of an author list or citation, without trailing punctuation: "Busse JW, ..."
// gives "Busse", "Rasmussen-Barr E, ..." gives "Rasmussen-Barr".
std::string first_surname(std::string_view text) {
  text = trim(text);
  std::size_t end = 0;
  while (end < text.size() && !is_space(text[end]) && text[end] != ',' && text[end] != '.' &&
         text[end] != ';')
    ++end;
  return std::string(text.substr(0, end));
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
    if (word.empty() || !is_upper(static_cast<unsigned char>(word.front()))) return false;
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

}  // namespace

std::string citation_label(const Reference& reference) {
  if (!reference.cite_as.empty()) return reference.cite_as;
  const std::string surname =
      first_surname(reference.authors.empty() ? reference.citation : reference.authors);
  return surname + " " + std::to_string(reference.year);
}

std::vector<std::string> citation_labels(const std::vector<Reference>& references) {
  std::vector<std::string> labels;
  for (const Reference& reference : references) labels.push_back(citation_label(reference));
  return labels;
}

std::vector<CitationMention> find_citations(std::string_view text,
                                            const std::vector<std::string>& labels) {
  std::vector<CitationMention> out;
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
