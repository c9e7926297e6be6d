#include "content/review_reader.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

#include "store/atomic_file.h"

namespace painatlas {

namespace {

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r");
  return std::string(text.substr(first, last - first + 1));
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The cells of a Markdown table row, with the column where each starts (1-based).
std::vector<std::pair<std::string, int>> cells(std::string_view line) {
  std::vector<std::pair<std::string, int>> out;
  const std::string row = trim(line);
  if (row.size() < 2 || row.front() != '|') return out;
  const auto offset = static_cast<int>(line.find('|'));
  std::size_t start = 1;
  for (std::size_t i = 1; i < row.size(); ++i) {
    if (row[i] != '|' || row[i - 1] == '\\') continue;
    out.emplace_back(trim(std::string_view(row).substr(start, i - start)),
                     offset + static_cast<int>(start) + 1);
    start = i + 1;
  }
  return out;
}

bool is_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9') return false;
  return true;
}

constexpr std::array kResults{"ok", "fixed", "added", "removed", "kept", "unverified"};

}  // namespace

std::optional<ReviewRecord> read_review_file(const std::filesystem::path& path,
                                             std::vector<Problem>& problems,
                                             const ContentLimits& limits) {
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  if (error || size > limits.max_file_bytes) {
    problems.push_back({ProblemLevel::Error, path.string(), 0, 0,
                        error ? "cannot read the file: " + error.message()
                              : "the file is " + std::to_string(size) + " bytes; the limit is " +
                                    std::to_string(limits.max_file_bytes)});
    return std::nullopt;
  }
  const auto text = read_whole_file(path);
  if (!text) {
    problems.push_back({ProblemLevel::Error, path.string(), 0, 0, "cannot read the file"});
    return std::nullopt;
  }
  return read_review_text(*text, path.string(), problems);
}

std::optional<ReviewRecord> read_review_text(std::string_view text, const std::string& file,
                                             std::vector<Problem>& problems) {
  ReviewRecord record;
  const auto problem = [&](int line, int column, std::string message) {
    problems.push_back({ProblemLevel::Error, file, line, column, std::move(message)});
  };
  std::istringstream lines{std::string(text)};
  std::string line;
  int number = 0;
  enum class Table { None, Header, Rows, Done } table = Table::None;
  bool table_seen = false;
  while (std::getline(lines, line)) {
    ++number;
    const std::string trimmed = trim(line);
    if (trimmed.rfind("Reviewed:", 0) == 0) {
      const std::string date = trim(std::string_view(trimmed).substr(9));
      if (is_date(date))
        record.date = date;
      else
        problem(number, static_cast<int>(line.find(':')) + 2,
                "'Reviewed:' expected a date YYYY-MM-DD, found \"" + date + "\"");
      continue;
    }
    const auto row = cells(line);
    if (table == Table::None || table == Table::Done) {
      if (row.size() == 4 && lower(row[0].first) == "field" && lower(row[1].first) == "claim" &&
          lower(row[2].first) == "source" && lower(row[3].first) == "result") {
        table = Table::Header;
        table_seen = true;
      }
      continue;
    }
    if (table == Table::Header) {  // the |---|---| line
      table = Table::Rows;
      continue;
    }
    if (row.empty()) {
      table = Table::Done;
      continue;
    }
    if (row.size() != 4) {
      problem(number, 1,
              "a claim row expected 4 cells (field, claim, source, result), found " +
                  std::to_string(row.size()));
      continue;
    }
    const std::string result = lower(row[3].first);
    if (std::find(kResults.begin(), kResults.end(), result) == kResults.end()) {
      problem(number, row[3].second,
              "'result' expected ok, fixed, added, removed, kept or unverified, found \"" +
                  row[3].first + "\"");
      continue;
    }
    if (row[2].first.empty() && result != "unverified") {
      problem(number, row[2].second, "'source' is empty; say what the claim was checked against");
      continue;
    }
    ++record.claims;
    if (result == "ok") ++record.confirmed;
    if (result == "fixed" || result == "added" || result == "removed") ++record.corrected;
    std::stringstream sources(row[2].first);
    std::string source;
    while (std::getline(sources, source, ';')) {
      source = trim(source);
      if (!source.empty() &&
          std::find(record.sources.begin(), record.sources.end(), source) == record.sources.end())
        record.sources.push_back(source);
    }
  }
  if (record.date.empty()) problem(1, 1, "expected a line 'Reviewed: YYYY-MM-DD'");
  if (!table_seen)
    problem(1, 1, "expected a table with the columns | field | claim | source | result |");
  if (record.date.empty() || record.claims == 0) return std::nullopt;
  return record;
}

}  // namespace painatlas
