#include "synthetic_catalog.h"

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "catalog/text_fold.h"
#include "content/loader.h"
#include "reader/quiz.h"

namespace painatlas::bench {

namespace fs = std::filesystem;

namespace {

struct Pools {
  std::vector<std::string> name_words;   // from technique names
  std::vector<std::string> prose_words;  // from summaries
  std::vector<std::string> conditions, factors, complications, regions;
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

void write_technique(std::ostream& out, Writer& w, const Pools& pools, std::size_t index,
                     std::size_t count) {
  static constexpr const char* kCategories[] = {
      "epidural-spinal",  "facet-sacroiliac",  "sympathetic",     "head-face",
      "peripheral-nerve", "joint-soft-tissue", "neuromodulation", "spine-procedure"};
  static constexpr const char* kFrequencies[] = {"very-common", "common",    "uncommon",
                                                 "rare",        "very-rare", "unknown"};
  static constexpr const char* kBleeding[] = {"low", "intermediate", "high"};
  const auto list = [&](const char* key, std::size_t items, std::size_t words) {
    out << key << ":\n";
    for (std::size_t i = 0; i < items; ++i) out << "  - \"" << w.words(words) << ".\"\n";
  };
  std::string name = w.pick(pools.name_words);
  name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
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
    out << "  - term: " << term << "\n";
  out << "contraindications:\n";
  for (const auto& term : w.distinct(pools.factors, w.between(5, 10)))
    out << "  - term: " << term
        << "\n    severity: " << (w.between(0, 3) == 0 ? "absolute" : "relative") << "\n";
  out << "risks:\n";
  for (const auto& term : w.distinct(pools.complications, w.between(4, 8))) {
    out << "  - term: " << term << "\n    frequency: " << kFrequencies[w.between(0, 5)]
        << "\n    severity: " << (w.between(0, 2) == 0 ? "serious" : "minor") << "\n";
    if (w.between(0, 1) == 0) out << "    note: \"" << w.words(w.between(8, 16)) << ".\"\n";
  }
  out << "bleeding_risk: " << kBleeding[w.between(0, 2)] << "\nimaging: [fluoroscopy]\n";
  list("procedure", w.between(4, 6), 14);
  list("what_happens", w.between(4, 6), 10);
  list("before", 3, 10);
  list("after", 3, 10);
  out << "expected_benefit:\n  onset: \"" << w.words(6) << ".\"\n  duration: \"" << w.words(6)
      << ".\"\n  summary: \"" << w.words(20) << ".\"\n";
  out << "evidence:\n  level: low\n  summary: \"" << w.words(w.between(40, 70)) << ".\"\n";
  out << "references:\n";
  for (std::size_t i = 0, n = w.between(2, 4); i < n; ++i)
    out << "  - citation: \"" << w.words(14) << ".\"\n    year: " << 2000 + w.between(0, 25)
        << "\n";
  out << "related: [synthetic-" << (index + 1) % count << ", synthetic-" << (index + 7) % count
      << "]\n";
  list("patient_questions", 4, 8);
  out << "last_reviewed: 2026-11-28\n";
}

}  // namespace

std::uintmax_t ensure_synthetic_catalog(const fs::path& bundled, const fs::path& directory,
                                        std::size_t count) {
  const fs::path techniques = directory / "techniques";
  const fs::path marker = directory / ".complete";
  if (!fs::exists(marker)) {
    fs::remove_all(directory);
    fs::create_directories(techniques);
    fs::copy(bundled / "terms", directory / "terms", fs::copy_options::recursive);
    fs::copy_file(bundled / "regions.yaml", directory / "regions.yaml");
    fs::copy_file(bundled / "catalog.yaml", directory / "catalog.yaml");
    const LoadResult source = load_content(bundled);
    const Pools pools = pools_from(*source.catalog);
    Writer writer(pools, 2026 + count);
    for (std::size_t i = 0; i < count; ++i) {
      std::ofstream out(techniques / ("synthetic-" + std::to_string(i) + ".yaml"));
      write_technique(out, writer, pools, i, count);
    }
    std::ofstream(marker) << count << "\n";
  }
  std::uintmax_t bytes = 0;
  for (const auto& entry : fs::directory_iterator(techniques)) bytes += entry.file_size();
  return bytes;
}

}  // namespace painatlas::bench
