#include "content/catalog_cache.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <sstream>

#include "store/atomic_file.h"

namespace painatlas {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Bump when the model or this format changes: old caches are then simply not used.
constexpr int kCacheFormat = 4;

json pos_json(const TextPos& at) { return json::array({at.line, at.column}); }
TextPos pos_from(const json& j) { return {j.at(0).get<int>(), j.at(1).get<int>()}; }

json references_to(const std::vector<Reference>& references) {
  json out = json::array();
  for (const auto& r : references)
    out.push_back({r.citation, r.year, r.authors, r.cite_as, r.doi, r.pmid, r.url});
  return out;
}

std::vector<Reference> references_from(const json& j) {
  std::vector<Reference> out;
  for (const auto& r : j) {
    Reference reference;
    reference.citation = r.at(0);
    reference.year = r.at(1).get<int>();
    reference.authors = r.at(2);
    reference.cite_as = r.at(3);
    reference.doi = r.at(4);
    reference.pmid = r.at(5);
    reference.url = r.at(6);
    out.push_back(std::move(reference));
  }
  return out;
}

json positions_to(const std::vector<TextPos>& positions) {
  json out = json::array();
  for (const auto& p : positions) out.push_back(pos_json(p));
  return out;
}

std::vector<TextPos> positions_from(const json& j) {
  std::vector<TextPos> out;
  for (const auto& p : j) out.push_back(pos_from(p));
  return out;
}

json two_to(const TwoRegisters& both) {
  return json::array({both.student, both.patient, pos_json(both.at)});
}
TwoRegisters two_from(const json& j) { return {j.at(0), j.at(1), pos_from(j.at(2))}; }

json condition_to(const ConditionGuide& g) {
  json options = json::array(), flags = json::array();
  for (const auto& flag : g.red_flags) flags.push_back(two_to(flag));
  for (const auto& o : g.options) {
    json answers = json::array();
    for (const auto& answer : o.answers) answers.push_back(two_to(answer));
    options.push_back({static_cast<int>(o.kind), o.name, o.lay_name, o.technique,
                       o.certainty ? static_cast<int>(*o.certainty) : -1,
                       o.versus_placebo ? static_cast<int>(*o.versus_placebo) : -1, answers,
                       pos_json(o.at), pos_json(o.technique_at)});
  }
  return json::array({g.term, g.covers, g.regions, two_to(g.about), two_to(g.course), flags,
                      options, g.questions_to_ask, g.values, references_to(g.references),
                      g.last_reviewed, json::array({g.source.file, g.source.line, g.source.column}),
                      pos_json(g.term_at), positions_to(g.cover_positions),
                      positions_to(g.region_positions)});
}

ConditionGuide condition_from(const json& j) {
  ConditionGuide g;
  std::size_t k = 0;
  g.term = j.at(k++);
  g.covers = j.at(k++).get<std::vector<std::string>>();
  g.regions = j.at(k++).get<std::vector<std::string>>();
  g.about = two_from(j.at(k++));
  g.course = two_from(j.at(k++));
  for (const auto& flag : j.at(k++)) g.red_flags.push_back(two_from(flag));
  for (const auto& o : j.at(k++)) {
    ConditionOption option;
    option.kind = static_cast<OptionKind>(o.at(0).get<int>());
    option.name = o.at(1);
    option.lay_name = o.at(2);
    option.technique = o.at(3);
    if (const int certainty = o.at(4).get<int>(); certainty >= 0)
      option.certainty = static_cast<EvidenceLevel>(certainty);
    if (const int versus = o.at(5).get<int>(); versus >= 0)
      option.versus_placebo = static_cast<VersusPlacebo>(versus);
    const json& answers = o.at(6);
    for (std::size_t q = 0; q < option.answers.size(); ++q)
      option.answers[q] = two_from(answers.at(q));
    option.at = pos_from(o.at(7));
    option.technique_at = pos_from(o.at(8));
    g.options.push_back(std::move(option));
  }
  g.questions_to_ask = j.at(k++).get<std::vector<std::string>>();
  g.values = j.at(k++).get<std::vector<std::string>>();
  g.references = references_from(j.at(k++));
  g.last_reviewed = j.at(k++);
  const json& source = j.at(k++);
  g.source = {source.at(0), source.at(1).get<int>(), source.at(2).get<int>()};
  g.term_at = pos_from(j.at(k++));
  g.cover_positions = positions_from(j.at(k++));
  g.region_positions = positions_from(j.at(k++));
  return g;
}

json technique_to(const Technique& t) {
  json indications = json::array(), contraindications = json::array(), risks = json::array();
  for (const auto& i : t.indications) indications.push_back({i.term, i.note, pos_json(i.at)});
  for (const auto& c : t.contraindications)
    contraindications.push_back(
        {c.term, static_cast<int>(c.severity), c.note, pos_json(c.at), c.patient_note});
  for (const auto& r : t.risks)
    risks.push_back({r.term, static_cast<int>(r.frequency), static_cast<int>(r.severity), r.note,
                     pos_json(r.at), r.source, r.figure, r.patient_note, pos_json(r.source_at)});
  json review = nullptr;
  if (t.review)
    review = {t.review->date, t.review->claims, t.review->confirmed, t.review->corrected,
              t.review->sources};
  json imaging = json::array(), region_positions = json::array(), related_positions = json::array();
  for (Imaging i : t.imaging) imaging.push_back(static_cast<int>(i));
  for (const auto& p : t.region_positions) region_positions.push_back(pos_json(p));
  for (const auto& p : t.related_positions) related_positions.push_back(pos_json(p));
  return json::array({t.id,
                      t.name,
                      t.aliases,
                      static_cast<int>(t.category),
                      t.regions,
                      t.summary,
                      t.patient_summary,
                      indications,
                      contraindications,
                      risks,
                      static_cast<int>(t.bleeding_risk),
                      t.bleeding_risk_note,
                      imaging,
                      t.procedure,
                      t.what_happens,
                      t.before,
                      t.after,
                      json::array({t.expected_benefit.onset, t.expected_benefit.duration,
                                   t.expected_benefit.summary}),
                      json::array({static_cast<int>(t.evidence.level), t.evidence.summary}),
                      references_to(t.references),
                      t.related,
                      t.patient_questions,
                      t.last_reviewed,
                      json::array({t.source.file, t.source.line, t.source.column}),
                      region_positions,
                      related_positions,
                      t.bleeding_risk_basis,
                      pos_json(t.basis_at),
                      review});
}

Technique technique_from(const json& j) {
  Technique t;
  std::size_t k = 0;
  t.id = j.at(k++);
  t.name = j.at(k++);
  t.aliases = j.at(k++).get<std::vector<std::string>>();
  t.category = static_cast<Category>(j.at(k++).get<int>());
  t.regions = j.at(k++).get<std::vector<std::string>>();
  t.summary = j.at(k++);
  t.patient_summary = j.at(k++);
  for (const auto& i : j.at(k++)) t.indications.push_back({i.at(0), i.at(1), pos_from(i.at(2))});
  for (const auto& c : j.at(k++))
    t.contraindications.push_back(
        {c.at(0), static_cast<Severity>(c.at(1).get<int>()), c.at(2), pos_from(c.at(3)), c.at(4)});
  for (const auto& r : j.at(k++))
    t.risks.push_back({r.at(0), static_cast<Frequency>(r.at(1).get<int>()),
                       static_cast<RiskSeverity>(r.at(2).get<int>()), r.at(3), pos_from(r.at(4)),
                       r.at(5), r.at(6), r.at(7), pos_from(r.at(8))});
  t.bleeding_risk = static_cast<BleedingRisk>(j.at(k++).get<int>());
  t.bleeding_risk_note = j.at(k++);
  for (const auto& i : j.at(k++)) t.imaging.push_back(static_cast<Imaging>(i.get<int>()));
  t.procedure = j.at(k++).get<std::vector<std::string>>();
  t.what_happens = j.at(k++).get<std::vector<std::string>>();
  t.before = j.at(k++).get<std::vector<std::string>>();
  t.after = j.at(k++).get<std::vector<std::string>>();
  const json& benefit = j.at(k++);
  t.expected_benefit = {benefit.at(0), benefit.at(1), benefit.at(2)};
  const json& evidence = j.at(k++);
  t.evidence = {static_cast<EvidenceLevel>(evidence.at(0).get<int>()), evidence.at(1)};
  t.references = references_from(j.at(k++));
  t.related = j.at(k++).get<std::vector<std::string>>();
  t.patient_questions = j.at(k++).get<std::vector<std::string>>();
  t.last_reviewed = j.at(k++);
  const json& source = j.at(k++);
  t.source = {source.at(0), source.at(1).get<int>(), source.at(2).get<int>()};
  for (const auto& p : j.at(k++)) t.region_positions.push_back(pos_from(p));
  for (const auto& p : j.at(k++)) t.related_positions.push_back(pos_from(p));
  t.bleeding_risk_basis = j.at(k++);
  t.basis_at = pos_from(j.at(k++));
  if (const json& review = j.at(k++); !review.is_null())
    t.review =
        ReviewRecord{review.at(0), review.at(1).get<std::size_t>(), review.at(2).get<std::size_t>(),
                     review.at(3).get<std::size_t>(), review.at(4).get<std::vector<std::string>>()};
  return t;
}

json shapes_to(const std::vector<MapShape>& shapes) {
  json out = json::array();
  for (const auto& shape : shapes) out.push_back({static_cast<int>(shape.kind), shape.values});
  return out;
}

std::vector<MapShape> shapes_from(const json& j) {
  std::vector<MapShape> shapes;
  for (const auto& s : j)
    shapes.push_back(make_shape(static_cast<MapShape::Kind>(s.at(0).get<int>()),
                                s.at(1).get<std::vector<float>>()));
  return shapes;
}

json guidelines_to(const std::vector<Guideline>& guidelines) {
  json out = json::array();
  for (const Guideline& g : guidelines) {
    json items = json::array();
    for (const auto& i : g.items)
      items.push_back({i.id, i.wording, static_cast<int>(i.risk), i.note});
    out.push_back({g.id, g.label, g.citation, g.doi, g.url, g.caveat, g.patient_caveat, items,
                   json::array({g.source.file, g.source.line, g.source.column})});
  }
  return out;
}

std::vector<Guideline> guidelines_from(const json& j) {
  std::vector<Guideline> out;
  for (const auto& g : j) {
    Guideline guideline{g.at(0), g.at(1), g.at(2), g.at(3), g.at(4), g.at(5), g.at(6), {}, {}};
    for (const auto& i : g.at(7))
      guideline.items.push_back(
          {i.at(0), i.at(1), static_cast<BleedingRisk>(i.at(2).get<int>()), i.at(3)});
    guideline.source = {g.at(8).at(0), g.at(8).at(1).get<int>(), g.at(8).at(2).get<int>()};
    out.push_back(std::move(guideline));
  }
  return out;
}

json catalog_to(const Catalog& catalog, const std::vector<Problem>& problems,
                const std::string& fingerprint) {
  json terms = json::array(), regions = json::array(), techniques = json::array(),
       problem_list = json::array(), conditions = json::array();
  for (const Term& t : catalog.terms())
    terms.push_back({t.id, static_cast<int>(t.kind), t.name, t.lay_name, t.synonyms, t.definition,
                     t.broader, json::array({t.source.file, t.source.line, t.source.column})});
  for (const Region& r : catalog.regions()) regions.push_back({r.id, r.name, r.lay_name});
  for (const Technique& t : catalog.techniques()) techniques.push_back(technique_to(t));
  for (const ConditionGuide& g : catalog.conditions()) conditions.push_back(condition_to(g));
  for (const Problem& p : problems)
    problem_list.push_back({static_cast<int>(p.level), p.file, p.line, p.column, p.message});
  const BodyMap& map = catalog.body_map();
  json map_regions = json::array(), labels = json::array();
  for (const auto& r : map.regions) map_regions.push_back({r.id, shapes_to(r.shapes)});
  for (const auto& l : map.labels) labels.push_back({l.text, l.x, l.y});
  json panels = json::array();
  for (const auto& p : map.panels) panels.push_back({p.id, p.label, p.x0, p.x1, p.students_only});
  return {{"format", kCacheFormat},
          {"fingerprint", fingerprint},
          {"info", {catalog.info().title, catalog.info().version, catalog.info().directory}},
          {"terms", terms},
          {"regions", regions},
          {"techniques", techniques},
          {"conditions", conditions},
          {"problems", problem_list},
          {"guidelines", guidelines_to(catalog.guidelines())},
          {"map", {map.width, map.height, shapes_to(map.outline), map_regions, labels, panels}}};
}

LoadResult catalog_from(const json& j) {
  LoadResult result;
  const json& info = j.at("info");
  ContentInfo content{info.at(0), info.at(1), info.at(2)};
  std::vector<Term> terms;
  for (const auto& t : j.at("terms")) {
    Term term{t.at(0),
              static_cast<TermKind>(t.at(1).get<int>()),
              t.at(2),
              t.at(3),
              t.at(4).get<std::vector<std::string>>(),
              t.at(5),
              t.at(6),
              {}};
    term.source = {t.at(7).at(0), t.at(7).at(1).get<int>(), t.at(7).at(2).get<int>()};
    terms.push_back(std::move(term));
  }
  std::vector<Region> regions;
  for (const auto& r : j.at("regions")) regions.push_back({r.at(0), r.at(1), r.at(2)});
  std::vector<Technique> techniques;
  for (const auto& t : j.at("techniques")) techniques.push_back(technique_from(t));
  std::vector<ConditionGuide> conditions;
  for (const auto& g : j.at("conditions")) conditions.push_back(condition_from(g));
  for (const auto& p : j.at("problems"))
    result.problems.push_back({static_cast<ProblemLevel>(p.at(0).get<int>()), p.at(1),
                               p.at(2).get<int>(), p.at(3).get<int>(), p.at(4)});
  const json& m = j.at("map");
  BodyMap map;
  map.width = m.at(0);
  map.height = m.at(1);
  map.outline = shapes_from(m.at(2));
  for (const auto& r : m.at(3)) map.regions.push_back({r.at(0), shapes_from(r.at(1))});
  for (const auto& l : m.at(4)) map.labels.push_back({l.at(0), l.at(1), l.at(2)});
  for (const auto& p : m.at(5))
    map.panels.push_back({p.at(0), p.at(1), p.at(2), p.at(3), p.at(4).get<bool>()});
  result.catalog = std::make_shared<Catalog>(
      std::move(content), std::move(terms), std::move(regions), std::move(techniques),
      std::move(map), guidelines_from(j.at("guidelines")), std::move(conditions));
  return result;
}

// The catalog in a cache file of this format, and of this content when a fingerprint is given.
std::optional<LoadResult> read_cache(const fs::path& cache_file, const std::string* fingerprint) {
  const auto bytes = read_whole_file(cache_file);
  if (!bytes) return std::nullopt;
  const json cached = json::from_cbor(*bytes, true, false);
  try {
    if (!cached.is_discarded() && cached.value("format", 0) == kCacheFormat &&
        (!fingerprint || cached.value("fingerprint", "") == *fingerprint))
      return catalog_from(cached);
  } catch (const json::exception&) {
    // A damaged cache is no loss: the caller loads from the YAML, which is the truth.
  }
  return std::nullopt;
}

}  // namespace

std::string content_fingerprint(const fs::path& directory) {
  std::vector<std::string> entries;
  const auto add = [&](const fs::path& path) {
    std::error_code error;
    const auto status = fs::status(path, error);
    if (error || !fs::is_regular_file(status)) {
      entries.push_back(path.string() + " -");
      return;
    }
    const auto size = fs::file_size(path, error);
    // Cast: the count is a 128-bit integer in some C++ libraries, which to_string does not take.
    const auto time =
        static_cast<long long>(fs::last_write_time(path, error).time_since_epoch().count());
    entries.push_back(path.string() + " " + std::to_string(size) + " " + std::to_string(time));
  };
  for (const char* file : {"catalog.yaml", "regions.yaml", "body_map.yaml"}) add(directory / file);
  for (const char* folder : {"terms", "techniques", "conditions", "guidelines", "reviews"}) {
    std::error_code error;
    for (fs::directory_iterator it(directory / folder, error), end; !error && it != end;
         it.increment(error))
      add(it->path());
  }
  std::sort(entries.begin(), entries.end());
  std::string fingerprint;
  for (const auto& entry : entries) fingerprint += entry + "\n";
  return fingerprint;
}

fs::path cache_folder() {
  const char* cache = std::getenv("XDG_CACHE_HOME");
  const char* home = std::getenv("HOME");
  const fs::path base = cache && *cache == '/' ? fs::path(cache)
                        : home && *home        ? fs::path(home) / ".cache"
                                               : fs::temp_directory_path();
  return base / "painatlas";
}

fs::path default_cache_file(const fs::path& directory) {
  std::error_code error;
  const std::string key = fs::weakly_canonical(directory, error).string();
  return cache_folder() / ("catalog-" + std::to_string(std::hash<std::string>{}(key)) + ".cbor");
}

std::optional<LoadResult> read_catalog_snapshot(const fs::path& cache_file) {
  return read_cache(cache_file, nullptr);
}

LoadResult load_content_cached(const fs::path& directory, const fs::path& cache_file,
                               const ContentLimits& limits) {
  const std::string fingerprint = content_fingerprint(directory);
  if (auto cached = read_cache(cache_file, &fingerprint)) return std::move(*cached);
  LoadResult fresh = load_content(directory, limits);
  const auto bytes = json::to_cbor(catalog_to(*fresh.catalog, fresh.problems, fingerprint));
  (void)write_file_atomically(
      cache_file, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
  return fresh;
}

}  // namespace painatlas
