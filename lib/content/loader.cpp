#include "content/loader.h"

#include <algorithm>
#include <atomic>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "catalog/text_fold.h"
#include "content/condition_loader.h"
#include "content/condition_reader.h"
#include "content/guideline_reader.h"
#include "content/link_check.h"
#include "content/review_reader.h"
#include "content/technique_reader.h"
#include "content/vocabulary_reader.h"

namespace painatlas {

namespace {

namespace fs = std::filesystem;

// The .yaml files directly in a folder, sorted so problems come out in a stable order.
std::vector<fs::path> yaml_files(const fs::path& folder, std::vector<Problem>& problems) {
  std::vector<fs::path> files;
  std::error_code error;
  if (!fs::is_directory(folder, error)) return files;
  fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
  if (error) {
    problems.push_back(
        {ProblemLevel::Error, folder.string(), 0, 0, "cannot list the folder: " + error.message()});
    return files;
  }
  for (; it != fs::directory_iterator(); it.increment(error)) {
    if (error) break;
    const fs::path& path = it->path();
    if (path.extension() == ".yaml" || path.extension() == ".yml") files.push_back(path);
  }
  std::sort(files.begin(), files.end());
  return files;
}

Problem problem_at(const SourcePos& where, std::string message) {
  return {ProblemLevel::Error, where.file, where.line, where.column, std::move(message)};
}

// Terms: unique ids, and `broader` naming a known term of the same kind.
void check_terms(std::vector<Term>& terms, std::vector<Problem>& problems) {
  std::unordered_map<std::string, const Term*> seen;
  std::vector<Term> unique;
  for (auto& term : terms) {
    if (auto it = seen.find(term.id); it != seen.end()) {
      problems.push_back(problem_at(term.source, "duplicate term id '" + term.id +
                                                     "'; first defined at " +
                                                     it->second->source.file + ":" +
                                                     std::to_string(it->second->source.line)));
      continue;
    }
    seen.emplace(term.id, &term);
    unique.push_back(term);
  }
  terms = std::move(unique);
  std::unordered_map<std::string, TermKind> kinds;
  for (const auto& term : terms) kinds.emplace(term.id, term.kind);
  for (auto& term : terms) {
    if (term.broader.empty()) continue;
    auto it = kinds.find(term.broader);
    if (it == kinds.end() || it->second != term.kind || term.broader == term.id) {
      problems.push_back(problem_at(term.source, "term '" + term.id + "': 'broader' expected a " +
                                                     std::string(enum_id(term.kind)) +
                                                     " term id, found '" + term.broader + "'"));
      term.broader.clear();
    }
  }
}

class ReferenceChecker {
 public:
  ReferenceChecker(const std::vector<Term>& terms, const std::vector<Region>& regions,
                   const std::vector<Technique>& techniques,
                   const std::vector<Guideline>& guidelines, std::vector<Problem>& problems)
      : problems_(problems) {
    for (const auto& guideline : guidelines)
      for (const auto& item : guideline.items) {
        items_.emplace(item.id, &item);
        item_ids_.push_back(item.id);
      }
    for (const auto& term : terms) {
      kinds_.emplace(term.id, term.kind);
      term_ids_[static_cast<std::size_t>(term.kind)].push_back(term.id);
    }
    for (const auto& region : regions) region_ids_.push_back(region.id);
    for (const auto& technique : techniques) {
      technique_ids_.push_back(technique.id);
      technique_set_.insert(technique.id);
    }
  }

  // Drops every reference that does not resolve, reporting it where it stands.
  void check(Technique& technique) {
    const auto keep_term = [&](const std::string& id, const TextPos& where, TermKind kind,
                               std::string_view role) {
      auto it = kinds_.find(id);
      if (it != kinds_.end() && it->second == kind) return true;
      std::string message = std::string(role) + " '" + id + "' ";
      message += it == kinds_.end() ? "is not a known term"
                                    : "is a " + std::string(enum_id(it->second)) + " term";
      message += "; expected a " + std::string(enum_id(kind)) + " id from content/terms";
      message += did_you_mean(id, term_ids_[static_cast<std::size_t>(kind)]);
      problems_.push_back(problem_at(technique.source.file, where, std::move(message)));
      return false;
    };
    std::erase_if(technique.indications, [&](const Indication& item) {
      return !keep_term(item.term, item.at, TermKind::Condition, "indication");
    });
    std::erase_if(technique.contraindications, [&](const Contraindication& item) {
      return !keep_term(item.term, item.at, TermKind::Factor, "contraindication");
    });
    std::erase_if(technique.risks, [&](const Risk& item) {
      return !keep_term(item.term, item.at, TermKind::Complication, "risk");
    });
    check_bleeding_basis(technique);
    filter_located(
        technique.regions, technique.region_positions,
        [&](const std::string& region, const TextPos& where) {
          if (std::find(region_ids_.begin(), region_ids_.end(), region) != region_ids_.end())
            return true;
          problems_.push_back(problem_at(technique.source.file, where,
                                         "region '" + region + "' is not in regions.yaml" +
                                             did_you_mean(region, region_ids_)));
          return false;
        });
    filter_located(
        technique.related, technique.related_positions,
        [&](const std::string& related, const TextPos& where) {
          if (related == technique.id) {
            problems_.push_back(
                problem_at(technique.source.file, where, "'related' lists the technique itself"));
            return false;
          }
          if (technique_set_.contains(related)) return true;
          std::vector<std::string> others = technique_ids_;
          std::erase(others, technique.id);
          problems_.push_back(problem_at(technique.source.file, where,
                                         "related technique '" + related + "' does not exist" +
                                             did_you_mean(related, others)));
          return false;
        });
  }

 private:
  // The class must be the guideline item's: the item is the claim, the class its consequence.
  void check_bleeding_basis(Technique& technique) {
    if (technique.bleeding_risk_basis.empty()) return;
    auto it = items_.find(technique.bleeding_risk_basis);
    if (it == items_.end()) {
      problems_.push_back(problem_at(technique.source.file, technique.basis_at,
                                     "'bleeding_risk_basis' '" + technique.bleeding_risk_basis +
                                         "' is not an item of content/guidelines" +
                                         did_you_mean(technique.bleeding_risk_basis, item_ids_)));
      technique.bleeding_risk_basis.clear();
      return;
    }
    if (it->second->risk != technique.bleeding_risk)
      problems_.push_back(problem_at(
          technique.source.file, technique.basis_at,
          "'bleeding_risk' is '" + std::string(enum_id(technique.bleeding_risk)) +
              "' but its basis '" + it->first + "' (\"" + it->second->wording + "\") is '" +
              std::string(enum_id(it->second->risk)) + "'; expected the guideline's class"));
  }

  std::vector<Problem>& problems_;
  std::unordered_map<std::string, TermKind> kinds_;
  std::array<std::vector<std::string>, 3> term_ids_;
  std::vector<std::string> region_ids_;
  std::vector<std::string> technique_ids_;         // for suggestions
  std::unordered_set<std::string> technique_set_;  // for lookups: catalogs reach 100,000
  std::unordered_map<std::string, const GuidelineItem*> items_;
  std::vector<std::string> item_ids_;  // for suggestions
};

struct TechniqueOutcome {
  std::optional<Technique> technique;
  std::vector<Problem> problems;
};

struct GuideOutcome {
  std::optional<ConditionGuide> guide;
  std::vector<Problem> problems;
};

struct ReadFiles {
  std::vector<TechniqueOutcome> techniques;
  std::vector<GuideOutcome> guides;
};

// Files are independent, so techniques and condition guides are parsed on every core together
// (yaml-cpp keeps no shared state between documents); outcomes stay in file order so problems
// come out the same every time.
ReadFiles read_in_parallel(const std::vector<fs::path>& technique_files,
                           const std::vector<fs::path>& guide_files, const ContentLimits& limits) {
  ReadFiles read;
  read.techniques.resize(technique_files.size());
  read.guides.resize(guide_files.size());
  const std::size_t total = technique_files.size() + guide_files.size();
  std::atomic<std::size_t> next{0};
  const auto attempt = [](const fs::path& path, std::vector<Problem>& problems, auto reader) {
    ProblemSink sink(path.string(), problems);
    try {
      return reader(sink);
    } catch (const std::exception& error) {
      sink.file_error(std::string("cannot read the file: ") + error.what());
      return decltype(reader(sink)){};
    }
  };
  const auto work = [&] {
    for (std::size_t i = next++; i < total; i = next++) {
      if (i < technique_files.size()) {
        const fs::path& path = technique_files[i];
        read.techniques[i].technique =
            attempt(path, read.techniques[i].problems,
                    [&](ProblemSink& sink) { return read_technique_file(path, sink, limits); });
      } else {
        const std::size_t g = i - technique_files.size();
        const fs::path& path = guide_files[g];
        read.guides[g].guide = attempt(path, read.guides[g].problems, [&](ProblemSink& sink) {
          return read_condition_file(path, sink, limits);
        });
      }
    }
  };
  const std::size_t cores =
      limits.threads > 0 ? limits.threads : std::max(1u, std::thread::hardware_concurrency());
  // About eight files per thread at least, so small catalogs do not pay for threads.
  const std::size_t threads =
      std::max<std::size_t>(1, std::min<std::size_t>({cores, 8, (total + 7) / 8}));
  const std::size_t helpers = threads - 1;
  // std::thread, not jthread: the browser build's C++ library (LLVM 14's) has no jthread.
  std::vector<std::thread> pool;
  for (std::size_t i = 0; i < helpers; ++i) pool.emplace_back(work);
  work();  // never throws: each file's failure is caught and reported
  for (auto& helper : pool) helper.join();
  return read;
}


// Guideline item ids are unique across all guidelines: a technique names an item alone.
std::vector<Guideline> read_guidelines(const fs::path& directory, const ContentLimits& limits,
                                       std::vector<Problem>& problems) {
  std::vector<Guideline> guidelines;
  std::unordered_map<std::string, std::string> item_files;
  for (const auto& path : yaml_files(directory / "guidelines", problems)) {
    ProblemSink sink(path.string(), problems);
    auto guideline = read_guideline_file(path, sink, limits);
    if (!guideline) continue;
    std::erase_if(guideline->items, [&](const GuidelineItem& item) {
      auto [it, inserted] = item_files.emplace(item.id, path.string());
      if (!inserted)
        problems.push_back({ProblemLevel::Error, path.string(), guideline->source.line, 0,
                            "guideline item '" + item.id + "' is also defined in " + it->second});
      return !inserted;
    });
    guidelines.push_back(std::move(*guideline));
  }
  return guidelines;
}

// content/reviews/<technique id>.md: the record of how each technique was checked.
void attach_reviews(const fs::path& directory, const ContentLimits& limits,
                    std::vector<Technique>& techniques, std::vector<Problem>& problems) {
  std::error_code error;
  const fs::path folder = directory / "reviews";
  if (!fs::is_directory(folder, error)) return;
  std::unordered_map<std::string, Technique*> by_id;
  std::vector<std::string> ids;
  for (auto& technique : techniques) {
    by_id.emplace(technique.id, &technique);
    ids.push_back(technique.id);
  }
  std::vector<fs::path> files;
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error))
    if (it->path().extension() == ".md" && it->path().filename() != "README.md")
      files.push_back(it->path());
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    const std::string stem = path.stem().string();
    auto technique = by_id.find(stem);
    if (technique == by_id.end()) {
      problems.push_back(
          {ProblemLevel::Warning, path.string(), 0, 0,
           "review record of '" + stem + "', which is not a technique" + did_you_mean(stem, ids)});
      continue;
    }
    technique->second->review = read_review_file(path, problems, limits);
  }
}

}  // namespace

LoadResult load_content(const fs::path& directory, const ContentLimits& limits) {
  LoadResult result;
  auto& problems = result.problems;
  ContentInfo info;
  info.directory = directory.string();
  std::error_code error;
  if (!fs::is_directory(directory, error)) {
    problems.push_back({ProblemLevel::Error, directory.string(), 0, 0,
                        "expected a content directory (with techniques/ and terms/), found " +
                            std::string(fs::exists(directory, error) ? "a file" : "nothing")});
    result.catalog = std::make_shared<Catalog>(info, std::vector<Term>{}, std::vector<Region>{},
                                               std::vector<Technique>{});
    return result;
  }

  if (fs::exists(directory / "catalog.yaml", error)) {
    ProblemSink sink((directory / "catalog.yaml").string(), problems);
    read_catalog_info(directory / "catalog.yaml", sink, limits, info);
  }
  std::vector<Region> regions;
  {
    ProblemSink sink((directory / "regions.yaml").string(), problems);
    if (fs::exists(directory / "regions.yaml", error))
      regions = read_region_file(directory / "regions.yaml", sink, limits);
    else
      sink.file_error("missing: expected the region list regions.yaml");
  }
  std::vector<Term> terms;
  const auto term_files = yaml_files(directory / "terms", problems);
  if (term_files.empty())
    problems.push_back({ProblemLevel::Error, (directory / "terms").string(), 0, 0,
                        "expected term files (conditions, factors, complications), found none"});
  for (const auto& path : term_files) {
    ProblemSink sink(path.string(), problems);
    read_term_file(path, sink, limits, terms);
  }
  check_terms(terms, problems);

  std::vector<Guideline> guidelines = read_guidelines(directory, limits, problems);

  std::vector<Technique> techniques;
  const auto technique_files = yaml_files(directory / "techniques", problems);
  if (technique_files.empty())
    problems.push_back({ProblemLevel::Error, (directory / "techniques").string(), 0, 0,
                        "expected technique files <id>.yaml, found none"});
  std::vector<fs::path> to_read = technique_files;
  if (to_read.size() > limits.max_techniques) {
    problems.push_back({ProblemLevel::Error, to_read[limits.max_techniques].string(), 0, 0,
                        "the catalog already holds " + std::to_string(limits.max_techniques) +
                            " techniques, the limit; this and later files were not read"});
    to_read.resize(limits.max_techniques);
  }
  // Guides are optional: a content folder without conditions/ is complete.
  const auto guide_files = yaml_files(directory / "conditions", problems);
  ReadFiles read = read_in_parallel(to_read, guide_files, limits);
  std::vector<TechniqueOutcome>& outcomes = read.techniques;
  std::unordered_map<std::string, std::string> first_file;
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    problems.insert(problems.end(), std::make_move_iterator(outcomes[i].problems.begin()),
                    std::make_move_iterator(outcomes[i].problems.end()));
    auto& technique = outcomes[i].technique;
    if (!technique) continue;
    // Ids equal file stems, so two files clash only on case-insensitive file systems or .yml.
    if (auto [it, inserted] = first_file.emplace(technique->id, to_read[i].string()); !inserted) {
      problems.push_back(problem_at(technique->source, "duplicate technique id '" + technique->id +
                                                           "'; already defined in " + it->second));
      continue;
    }
    techniques.push_back(std::move(*technique));
  }

  ReferenceChecker checker(terms, regions, techniques, guidelines, problems);
  for (auto& technique : techniques) checker.check(technique);
  attach_reviews(directory, limits, techniques, problems);

  std::vector<ConditionGuide> conditions;
  for (auto& outcome : read.guides) {
    problems.insert(problems.end(), std::make_move_iterator(outcome.problems.begin()),
                    std::make_move_iterator(outcome.problems.end()));
    if (outcome.guide) conditions.push_back(std::move(*outcome.guide));
  }
  link_condition_guides(conditions, terms, regions, techniques, problems);

  BodyMap map;
  if (fs::exists(directory / "body_map.yaml", error)) {
    map = load_body_map(directory / "body_map.yaml", problems);
    std::vector<std::string> region_ids;
    for (const auto& region : regions) region_ids.push_back(region.id);
    for (const auto& missing : regions_missing_from(map, region_ids))
      problems.push_back(
          {ProblemLevel::Warning, (directory / "body_map.yaml").string(), 0, 0,
           "region '" + missing + "' of regions.yaml is not drawn on the anatomy map"});
    for (const auto& drawn : map.regions)
      if (std::find(region_ids.begin(), region_ids.end(), drawn.id) == region_ids.end())
        problems.push_back({ProblemLevel::Error, (directory / "body_map.yaml").string(), 0, 0,
                            "map region '" + drawn.id + "' is not in regions.yaml"});
  }

  result.catalog = std::make_shared<Catalog>(std::move(info), std::move(terms), std::move(regions),
                                             std::move(techniques), std::move(map),
                                             std::move(guidelines), std::move(conditions));
  return result;
}

}  // namespace painatlas
