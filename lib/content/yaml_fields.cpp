#include "content/yaml_fields.h"

#include <charconv>

#include "catalog/text_fold.h"

namespace painatlas {

void ProblemSink::add(ProblemLevel level, const YAML::Mark& mark, std::string message) {
  Problem problem;
  problem.level = level;
  problem.file = file_;
  // yaml-cpp marks are 0-based and -1 when unknown.
  problem.line = mark.line >= 0 ? mark.line + 1 : 0;
  problem.column = mark.column >= 0 ? mark.column + 1 : 0;
  problem.message = std::move(message);
  if (level == ProblemLevel::Error) ++errors_;
  out_.push_back(std::move(problem));
}

void ProblemSink::error(const YAML::Mark& mark, std::string message) {
  add(ProblemLevel::Error, mark, std::move(message));
}

void ProblemSink::warning(const YAML::Mark& mark, std::string message) {
  add(ProblemLevel::Warning, mark, std::move(message));
}

void ProblemSink::file_error(std::string message) {
  add(ProblemLevel::Error, YAML::Mark::null_mark(), std::move(message));
}

std::string describe_node(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) return "nothing";
  if (node.IsSequence()) return "a list";
  if (node.IsMap()) return "a map";
  std::string text = node.Scalar();
  if (text.size() > 40) text = text.substr(0, 37) + "...";
  return "\"" + text + "\"";
}

namespace {
std::string join(const std::vector<std::string>& words, std::string_view separator) {
  std::string out;
  for (const auto& word : words) {
    if (!out.empty()) out += separator;
    out += word;
  }
  return out;
}
}  // namespace

MapReader::MapReader(const YAML::Node& node, ProblemSink& sink, std::string context,
                     std::initializer_list<std::string_view> known_keys)
    : MapReader(node, sink, std::move(context),
                std::span<const std::string_view>(known_keys.begin(), known_keys.size())) {}

MapReader::MapReader(const YAML::Node& node, ProblemSink& sink, std::string context,
                     std::span<const std::string_view> known_keys)
    : sink_(sink), context_(std::move(context)), mark_(node.Mark()) {
  if (!node.IsMap()) {
    sink_.error(mark_, context_ + ": expected a map of fields, found " + describe_node(node));
    return;
  }
  is_map_ = true;
  const std::vector<std::string> known(known_keys.begin(), known_keys.end());
  for (auto it = node.begin(); it != node.end(); ++it) {
    const YAML::Node key_node = it->first;
    if (!key_node.IsScalar()) {
      sink_.error(key_node.Mark(),
                  context_ + ": expected a field name, found " + describe_node(key_node));
      continue;
    }
    const std::string key = key_node.Scalar();
    bool duplicate = false;
    for (const auto& [seen, unused] : entries_) duplicate = duplicate || seen == key;
    if (duplicate) {
      sink_.error(key_node.Mark(),
                  context_ + ": duplicate key '" + key + "'; each field may appear once");
      continue;
    }
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      std::string message = context_ + ": unknown key '" + key + "'";
      const auto suggestions = closest_matches(key, known, 1);
      if (!suggestions.empty())
        message += "; did you mean '" + suggestions.front() + "'?";
      else
        message += "; it is not a field here (content/README.md lists the fields)";
      sink_.error(key_node.Mark(), std::move(message));
      continue;
    }
    entries_.emplace_back(key, it->second);
  }
}

YAML::Mark MapReader::mark_of(const YAML::Node& node) const {
  const YAML::Mark mark = node.Mark();
  return mark.line >= 0 ? mark : mark_;
}

YAML::Node MapReader::value(std::string_view key, Need need) const {
  for (const auto& [name, node] : entries_)
    if (name == key) {
      if (!node.IsNull()) return node;
      if (need != Need::Optional)
        sink_.error(mark_of(node),
                    context_ + ": '" + std::string(key) + "' is empty; expected a value");
      return YAML::Node(YAML::NodeType::Undefined);
    }
  if (is_map_ && need == Need::Required)
    sink_.error(mark_, context_ + ": missing required field '" + std::string(key) + "'");
  else if (is_map_ && need == Need::Section)
    sink_.warning(mark_, context_ + ": missing section '" + std::string(key) + "'");
  return YAML::Node(YAML::NodeType::Undefined);
}

std::optional<std::string> MapReader::as_text(const YAML::Node& node, std::string_view key) const {
  if (!node.IsScalar()) {
    sink_.error(mark_of(node), context_ + ": '" + std::string(key) + "' expected text, found " +
                                   describe_node(node));
    return std::nullopt;
  }
  if (node.Scalar().empty()) {
    sink_.error(mark_of(node),
                context_ + ": '" + std::string(key) + "' expected text, found empty text");
    return std::nullopt;
  }
  return node.Scalar();
}

std::optional<std::string> MapReader::text(std::string_view key, Need need) const {
  const YAML::Node node = value(key, need);
  return node.IsDefined() ? as_text(node, key) : std::nullopt;
}

std::vector<YAML::Node> MapReader::list_items(std::string_view key, Need need) const {
  const YAML::Node node = value(key, need);
  std::vector<YAML::Node> items;
  if (!node.IsDefined()) return items;
  if (!node.IsSequence()) {
    sink_.error(mark_of(node), context_ + ": '" + std::string(key) + "' expected a list, found " +
                                   describe_node(node));
    return items;
  }
  for (const YAML::Node& item : node) items.push_back(item);
  if (items.empty() && need == Need::Section)
    sink_.warning(mark_of(node),
                  context_ + ": section '" + std::string(key) + "' is an empty list");
  return items;
}

std::vector<std::string> MapReader::text_list(std::string_view key, Need need) const {
  std::vector<std::string> out;
  for (const YAML::Node& item : list_items(key, need))
    if (auto word = as_text(item, key)) out.push_back(std::move(*word));
  return out;
}

std::vector<std::string> MapReader::text_list(std::string_view key, Need need,
                                              std::vector<TextPos>& positions) const {
  std::vector<std::string> out;
  for (const YAML::Node& item : list_items(key, need))
    if (auto word = as_text(item, key)) {
      out.push_back(std::move(*word));
      positions.push_back(position(item));
    }
  return out;
}

TextPos MapReader::position(const YAML::Node& node) const {
  const YAML::Mark mark = mark_of(node);
  return {mark.line + 1, mark.column + 1};
}

std::optional<int> MapReader::integer(std::string_view key, Need need, int min, int max) const {
  auto word = text(key, need);
  if (!word) return std::nullopt;
  int number = 0;
  const auto [end, error] = std::from_chars(word->data(), word->data() + word->size(), number);
  const YAML::Node node = value(key, Need::Optional);
  if (error != std::errc() || end != word->data() + word->size()) {
    sink_.error(mark_of(node), context_ + ": '" + std::string(key) +
                                   "' expected a whole number, found \"" + *word + "\"");
    return std::nullopt;
  }
  if (number < min || number > max) {
    sink_.error(mark_of(node), context_ + ": '" + std::string(key) + "' expected a number from " +
                                   std::to_string(min) + " to " + std::to_string(max) + ", found " +
                                   *word);
    return std::nullopt;
  }
  return number;
}

std::optional<std::string> MapReader::date(std::string_view key, Need need) const {
  auto word = text(key, need);
  if (!word) return std::nullopt;
  const auto digits = [&](std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if ((*word)[i] < '0' || (*word)[i] > '9') return -1;
      value = value * 10 + ((*word)[i] - '0');
    }
    return value;
  };
  const bool shaped = word->size() == 10 && (*word)[4] == '-' && (*word)[7] == '-';
  const int year = shaped ? digits(0, 4) : -1;
  const int month = shaped ? digits(5, 2) : -1;
  const int day = shaped ? digits(8, 2) : -1;
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > 31) {
    sink_.error(mark_of(value(key, Need::Optional)), context_ + ": '" + std::string(key) +
                                                         "' expected a date YYYY-MM-DD, found \"" +
                                                         *word + "\"");
    return std::nullopt;
  }
  return word;
}

void MapReader::report_not_in_enum(const YAML::Node& node, std::string_view key,
                                   const std::string& found,
                                   const std::vector<std::string>& allowed) const {
  std::string message = context_ + ": '" + std::string(key) + "' expected one of " +
                        join(allowed, ", ") + "; found \"" + found + "\"";
  const auto suggestions = closest_matches(found, allowed, 1);
  if (!suggestions.empty()) message += " (did you mean '" + suggestions.front() + "'?)";
  sink_.error(mark_of(node), std::move(message));
}

}  // namespace painatlas
