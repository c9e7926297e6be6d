// Typed, checked reading of YAML maps. Every read that fails records a problem with the file,
// line and column of the offending node, saying what was expected and what was found; reading
// then goes on, so one file reports all its problems at once.
#pragma once

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "content/enums.h"
#include "content/model.h"
#include "content/problem.h"

namespace painatlas {

class ProblemSink {
 public:
  ProblemSink(std::string file, std::vector<Problem>& out) : file_(std::move(file)), out_(out) {}
  void error(const YAML::Mark& mark, std::string message);
  void warning(const YAML::Mark& mark, std::string message);
  void file_error(std::string message);
  const std::string& file() const { return file_; }
  std::size_t error_count() const { return errors_; }

 private:
  void add(ProblemLevel level, const YAML::Mark& mark, std::string message);
  std::string file_;
  std::vector<Problem>& out_;
  std::size_t errors_ = 0;
};

// How much a missing field matters: an error, a warning about an incomplete entry, or nothing.
enum class Need { Required, Section, Optional };

// "a list", "a map", "the text \"foo\"", "nothing": what a node is, for messages.
std::string describe_node(const YAML::Node& node);

class MapReader {
 public:
  // Reports a node that is not a map, unknown keys (with a did-you-mean) and duplicate keys.
  MapReader(const YAML::Node& node, ProblemSink& sink, std::string context,
            std::initializer_list<std::string_view> known_keys);
  MapReader(const YAML::Node& node, ProblemSink& sink, std::string context,
            std::span<const std::string_view> known_keys);

  bool is_map() const { return is_map_; }
  const YAML::Mark& mark() const { return mark_; }

  // The value under `key`, or an undefined node; reports it missing according to `need`.
  YAML::Node value(std::string_view key, Need need) const;

  std::optional<std::string> text(std::string_view key, Need need) const;
  std::vector<std::string> text_list(std::string_view key, Need need) const;
  // The same, with where each item stands, for references checked after loading.
  std::vector<std::string> text_list(std::string_view key, Need need,
                                     std::vector<TextPos>& positions) const;
  TextPos position(const YAML::Node& node) const;
  std::optional<int> integer(std::string_view key, Need need, int min, int max) const;
  std::optional<std::string> date(std::string_view key, Need need) const;

  template <typename E>
  std::optional<E> choice(std::string_view key, Need need) const {
    const YAML::Node node = value(key, need);
    return node.IsDefined() ? parse_choice<E>(node, key) : std::nullopt;
  }

  template <typename E>
  std::vector<E> choice_list(std::string_view key, Need need) const {
    std::vector<E> out;
    for (const YAML::Node& item : list_items(key, need))
      if (auto parsed = parse_choice<E>(item, key)) out.push_back(*parsed);
    return out;
  }

  // The elements of a list under `key` (reports a non-list); empty when absent.
  std::vector<YAML::Node> list_items(std::string_view key, Need need) const;

  // Reports that `node` should be text and returns it when it is.
  std::optional<std::string> as_text(const YAML::Node& node, std::string_view key) const;

 private:
  template <typename E>
  std::optional<E> parse_choice(const YAML::Node& node, std::string_view key) const {
    auto word = as_text(node, key);
    if (!word) return std::nullopt;
    if (auto parsed = parse_enum<E>(*word)) return parsed;
    std::vector<std::string> allowed;
    for (const auto& entry : enum_entries<E>()) allowed.emplace_back(entry.id);
    report_not_in_enum(node, key, *word, allowed);
    return std::nullopt;
  }
  void report_not_in_enum(const YAML::Node& node, std::string_view key, const std::string& found,
                          const std::vector<std::string>& allowed) const;
  YAML::Mark mark_of(const YAML::Node& node) const;

  std::vector<std::pair<std::string, YAML::Node>> entries_;
  ProblemSink& sink_;
  std::string context_;
  YAML::Mark mark_;
  bool is_map_ = false;
};

}  // namespace painatlas
