#include "synthetic_catalog.h"

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "catalog/text_fold.h"
#include "content/loader.h"
#include "content/risk_figure.h"
#include "reader/quiz.h"

namespace painatlas::bench {

namespace fs = std::filesystem;

namespace {

struct Pools {
  std::vector<std::string> name_words;   // from technique names
  std::vector<std::string> prose_words;  // from summaries
  std::vector<std::string> conditions, factors, complications, regions;
  std::vector<std::pair<std::string, BleedingRisk>> guideline_items;  // a class's basis
};

Pools pools_from(const Catalog& catalog) {
  Pools pools;
  std::set<std::string> names, prose;
  for (const Technique& t : catalog.techniques()) {
    for (const auto& w : split_words(fold(t.name)))
      if (w.size() > 3) names.insert(w);
    for (const auto& w : split_words(fold(t.summary + " " + t.patient_summary)))
      if (w.size() > 2) prose.insert(w);
  }
  pools.name_words.assign(names.begin(), names.end());
  pools.prose_words.assign(prose.begin(), prose.end());
  for (const Term& term : catalog.terms()) {
    if (term.kind == TermKind::Condition) pools.conditions.push_back(term.id);
    if (term.kind == TermKind::Factor) pools.factors.push_back(term.id);
    if (term.kind == TermKind::Complication) pools.complications.push_back(term.id);
  }
  for (const Region& region : catalog.regions()) pools.regions.push_back(region.id);
  for (const Guideline& guideline : catalog.guidelines())
    for (const GuidelineItem& item : guideline.items)
      pools.guideline_items.emplace_back(item.id, item.risk);
  return pools;
}

class Writer {
 public:
  Writer(const Pools& pools, std::uint64_t seed) : pools_(pools), random_(seed) {}
  const std::string& pick(const std::vector<std::string>& from) {
    return from[random_.below(from.size())];
  }
  std::size_t between(std::size_t low, std::size_t high) {
    return low + random_.below(high - low + 1);
  }
  std::string words(std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) out += (i ? " " : "") + pick(pools_.prose_words);
    return out;
  }
  // A made-up but pronounceable word, so every technique has something of its own to find.
  std::string coined() {
    static constexpr const char* kSyllables[] = {"ta", "ri",  "vo",  "lin", "mer", "sa",
                                                 "do", "kel", "pra", "nu",  "zen", "bor"};
    std::string out;
    for (std::size_t i = 0, n = between(2, 3); i < n; ++i) out += kSyllables[random_.below(12)];
    return out;
  }
  std::vector<std::string> distinct(const std::vector<std::string>& from, std::size_t count) {
    std::set<std::string> chosen;
    while (chosen.size() < count) chosen.insert(pick(from));
    return {chosen.begin(), chosen.end()};
  }

 private:
  const Pools& pools_;
  SeededRandom random_;
};

// A valid technique (validate finds nothing to report), shaped like the bundled ones: every
// indication and risk with a note; about two in three contraindications with one; two in five
// risks with a published figure, its source and the band it falls in, the others "unknown";
// some plain-words notes for patients; a bleeding-risk class with its guideline basis.
void write_technique(std::ostream& out, Writer& w, const Pools& pools, std::size_t index,
                     std::size_t count) {
  static constexpr const char* kCategories[] = {
      "epidural-spinal",  "facet-sacroiliac",  "sympathetic",     "head-face",
      "peripheral-nerve", "joint-soft-tissue", "neuromodulation", "spine-procedure"};
  const auto list = [&](const char* key, std::size_t items, std::size_t words) {
    out << key << ":\n";
    for (std::size_t i = 0; i < items; ++i) out << "  - \"" << w.words(words) << ".\"\n";
  };
  const auto capitalised = [](std::string word) {
    word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    return word;
  };
  std::string name = capitalised(w.pick(pools.name_words));
  name += " " + w.pick(pools.name_words) + " " + w.coined() + " " + w.pick(pools.name_words);
  out << "id: synthetic-" << index << "\nname: \"" << name << "\"\n";
  out << "aliases: [\"" << w.coined() << "\", \"" << w.words(2) << "\", \"" << w.words(3)
      << "\"]\n";
  out << "category: " << kCategories[w.between(0, 7)] << "\n";
  out << "regions: [" << w.pick(pools.regions) << "]\n";
  out << "summary: \"" << w.words(w.between(50, 80)) << ".\"\n";
  out << "patient_summary: \"" << w.words(w.between(40, 60)) << ".\"\n";
  out << "indications:\n";
  for (const auto& term : w.distinct(pools.conditions, w.between(3, 5)))
    out << "  - term: " << term << "\n    note: \"" << w.words(w.between(6, 14)) << ".\"\n";
  out << "contraindications:\n";
  for (const auto& term : w.distinct(pools.factors, w.between(5, 10))) {
    out << "  - term: " << term
        << "\n    severity: " << (w.between(0, 3) == 0 ? "absolute" : "relative") << "\n";
    if (w.between(0, 2) != 0) out << "    note: \"" << w.words(w.between(8, 16)) << ".\"\n";
    if (w.between(0, 9) == 0) out << "    patient_note: \"" << w.words(w.between(8, 14)) << ".\"\n";
  }
  // References first in thought: risk sources name them by "<surname> <year>".
  std::vector<std::string> surnames, labels;
  std::vector<int> years;
  for (std::size_t i = 0, n = w.between(2, 4); i < n; ++i) {
    surnames.push_back(capitalised(w.coined()) + std::string(1, static_cast<char>('a' + i)));
    years.push_back(2000 + static_cast<int>(w.between(0, 25)));
    labels.push_back(surnames.back() + " " + std::to_string(years.back()));
  }
  out << "risks:\n";
  for (const auto& term : w.distinct(pools.complications, w.between(4, 8))) {
    const bool sourced = w.between(0, 4) < 2;
    std::string figure;
    Frequency band = Frequency::Unknown;
    if (sourced) {
      const std::size_t people = w.between(50, 5000);
      figure = std::to_string(w.between(1, people / 4)) + " of " + std::to_string(people);
      band = band_of(*parse_risk_figure(figure).figure);
    }
    out << "  - term: " << term << "\n    frequency: " << enum_id(band)
        << "\n    severity: " << (w.between(0, 2) == 0 ? "serious" : "minor") << "\n";
    out << "    note: \"" << w.words(w.between(8, 16)) << ".\"\n";
    if (sourced) {
      out << "    source: " << labels[w.between(0, labels.size() - 1)] << "\n";
      out << "    figure: \"" << figure << "\"\n";
    }
    if (w.between(0, 3) == 0) out << "    patient_note: \"" << w.words(w.between(8, 14)) << ".\"\n";
  }
  const auto& basis = pools.guideline_items[w.between(0, pools.guideline_items.size() - 1)];
  out << "bleeding_risk: " << enum_id(basis.second) << "\nbleeding_risk_basis: " << basis.first
      << "\nimaging: [fluoroscopy]\n";
  list("procedure", w.between(4, 6), 14);
  list("what_happens", w.between(4, 6), 10);
  list("before", 3, 10);
  list("after", 3, 10);
  out << "expected_benefit:\n  onset: \"" << w.words(6) << ".\"\n  duration: \"" << w.words(6)
      << ".\"\n  summary: \"" << w.words(20) << ".\"\n";
  out << "evidence:\n  level: low\n  summary: \"" << w.words(w.between(40, 70)) << ".\"\n";
  out << "references:\n";
  for (std::size_t i = 0; i < labels.size(); ++i)
    out << "  - authors: \"" << surnames[i] << " AB, " << capitalised(w.coined()) << " CD\"\n"
        << "    citation: \"" << w.words(14) << ".\"\n    year: " << years[i] << "\n";
  out << "related: [synthetic-" << (index + 1) % count << ", synthetic-" << (index + 7) % count
      << "]\n";
  list("patient_questions", 4, 8);
  out << "last_reviewed: 2026-11-28\n";
}

}  // namespace

std::uintmax_t ensure_synthetic_catalog(const fs::path& bundled, const fs::path& directory,
                                        std::size_t count) {
  const fs::path techniques = directory / "techniques";
  // The marker names the writer's version: a corpus written by an older one is written again.
  const fs::path marker = directory / ".complete";
  const std::string version = std::to_string(count) + " techniques, writer 2";
  std::string found;
  std::getline(std::ifstream(marker) >> std::ws, found);
  if (found != version) {
    fs::remove_all(directory);
    fs::create_directories(techniques);
    fs::copy(bundled / "terms", directory / "terms", fs::copy_options::recursive);
    fs::copy_file(bundled / "regions.yaml", directory / "regions.yaml");
    fs::copy_file(bundled / "catalog.yaml", directory / "catalog.yaml");
    fs::copy(bundled / "guidelines", directory / "guidelines", fs::copy_options::recursive);
    const LoadResult source = load_content(bundled);
    const Pools pools = pools_from(*source.catalog);
    Writer writer(pools, 2026 + count);
    for (std::size_t i = 0; i < count; ++i) {
      std::ofstream out(techniques / ("synthetic-" + std::to_string(i) + ".yaml"));
      write_technique(out, writer, pools, i, count);
    }
    std::ofstream(marker) << version << "\n";
  }
  std::uintmax_t bytes = 0;
  for (const auto& entry : fs::directory_iterator(techniques)) bytes += entry.file_size();
  return bytes;
}

}  // namespace painatlas::bench
