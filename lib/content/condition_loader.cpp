#include "content/condition_loader.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "content/condition_reader.h"
#include "content/link_check.h"

namespace painatlas {

namespace {

class LinkChecker {
 public:
  LinkChecker(const std::vector<Term>& terms, const std::vector<Region>& regions,
              const std::vector<Technique>& techniques, std::vector<Problem>& problems)
      : problems_(problems) {
    for (const Term& term : terms) {
      kinds_.emplace(term.id, term.kind);
      if (term.kind == TermKind::Condition) condition_ids_.push_back(term.id);
    }
    for (const Region& region : regions) region_ids_.push_back(region.id);
    for (const Technique& technique : techniques) {
      technique_ids_.push_back(technique.id);
      technique_set_.insert(technique.id);
    }
  }

  // False when the guide's own term is not a condition term, or another guide has it.
  bool claim(const ConditionGuide& guide) {
    const std::string& file = guide.source.file;
    const TextPos top = guide.term_at;
    if (!is_condition(guide.term)) {
      problems_.push_back(problem_at(file, top, term_message("'term'", guide.term)));
      return false;
    }
    if (auto [it, inserted] = claimed_.emplace(guide.term, file); !inserted) {
      problems_.push_back(problem_at(
          file, top, "condition '" + guide.term + "' already has a guide: " + it->second));
      return false;
    }
    return true;
  }

  // Drops every link that does not resolve, reporting it where it stands.
  void check_links(ConditionGuide& guide) {
    const std::string& file = guide.source.file;
    filter_located(
        guide.covers, guide.cover_positions, [&](const std::string& id, const TextPos& at) {
          if (!is_condition(id)) {
            problems_.push_back(problem_at(file, at, term_message("'covers'", id)));
            return false;
          }
          if (auto [it, inserted] = claimed_.emplace(id, file); !inserted) {
            problems_.push_back(problem_at(
                file, at, "'covers': condition '" + id + "' is already served by " + it->second));
            return false;
          }
          return true;
        });
    filter_located(
        guide.regions, guide.region_positions, [&](const std::string& id, const TextPos& at) {
          if (std::find(region_ids_.begin(), region_ids_.end(), id) != region_ids_.end())
            return true;
          problems_.push_back(problem_at(
              file, at,
              "region '" + id + "' is not in regions.yaml" + did_you_mean(id, region_ids_)));
          return false;
        });
    for (ConditionOption& option : guide.options) {
      if (option.technique.empty() || technique_set_.contains(option.technique)) continue;
      problems_.push_back(problem_at(file, option.technique_at,
                                     "option '" + option.name + "': technique '" +
                                         option.technique + "' is not in the catalog" +
                                         did_you_mean(option.technique, technique_ids_)));
      option.technique.clear();
    }
  }

 private:
  bool is_condition(const std::string& id) const {
    auto it = kinds_.find(id);
    return it != kinds_.end() && it->second == TermKind::Condition;
  }

  std::string term_message(std::string_view role, const std::string& id) const {
    auto it = kinds_.find(id);
    std::string message = std::string(role) + " '" + id + "' ";
    message += it == kinds_.end() ? "is not a known term"
                                  : "is a " + std::string(enum_id(it->second)) + " term";
    return message + "; expected a condition id from content/terms" +
           did_you_mean(id, condition_ids_);
  }

  std::vector<Problem>& problems_;
  std::unordered_map<std::string, TermKind> kinds_;
  std::vector<std::string> condition_ids_;
  std::vector<std::string> region_ids_;
  std::vector<std::string> technique_ids_;
  std::unordered_set<std::string> technique_set_;
  std::unordered_map<std::string, std::string> claimed_;  // condition id -> guide file
};

}  // namespace

std::vector<ConditionGuide> read_condition_guides(const std::vector<std::filesystem::path>& files,
                                                  const std::vector<Term>& terms,
                                                  const std::vector<Region>& regions,
                                                  const std::vector<Technique>& techniques,
                                                  const ContentLimits& limits,
                                                  std::vector<Problem>& problems) {
  std::vector<ConditionGuide> guides;
  for (const auto& path : files) {
    ProblemSink sink(path.string(), problems);
    try {
      if (auto guide = read_condition_file(path, sink, limits)) guides.push_back(std::move(*guide));
    } catch (const std::exception& error) {
      sink.file_error(std::string("cannot read the file: ") + error.what());
    }
  }
  // Every guide claims its own term before any `covers` list is read, so a guide is never
  // displaced by another guide's list.
  LinkChecker checker(terms, regions, techniques, problems);
  std::erase_if(guides, [&](const ConditionGuide& guide) { return !checker.claim(guide); });
  for (auto& guide : guides) checker.check_links(guide);
  return guides;
}

}  // namespace painatlas
