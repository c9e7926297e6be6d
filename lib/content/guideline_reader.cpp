#include "content/guideline_reader.h"

#include <set>

#include "content/technique_reader.h"
#include "content/yaml_document.h"

namespace painatlas {

std::optional<Guideline> read_guideline_file(const std::filesystem::path& path, ProblemSink& sink,
                                             const ContentLimits& limits) {
  const auto document = load_yaml_document(path, sink, limits);
  if (!document) return std::nullopt;
  return read_guideline_document(*document, path.stem().string(), sink);
}

std::optional<Guideline> read_guideline_document(const YAML::Node& document,
                                                 const std::string& stem, ProblemSink& sink) {
  MapReader fields(document, sink, "guideline",
                   {"id", "label", "citation", "doi", "url", "caveat", "patient_caveat", "items"});
  if (!fields.is_map()) return std::nullopt;
  Guideline guideline;
  guideline.source = {sink.file(), fields.mark().line + 1, fields.mark().column + 1};
  const auto id = fields.text("id", Need::Required);
  if (id && *id != stem)
    sink.error(fields.value("id", Need::Optional).Mark(),
               "'id' expected to equal the file name \"" + stem + "\", found \"" + *id + "\"");
  guideline.id = id.value_or(stem);
  guideline.label = fields.text("label", Need::Required).value_or(guideline.id);
  guideline.citation = fields.text("citation", Need::Required).value_or("");
  guideline.doi = fields.text("doi", Need::Optional).value_or("");
  guideline.url = fields.text("url", Need::Optional).value_or("");
  guideline.caveat = fields.text("caveat", Need::Required).value_or("");
  guideline.patient_caveat = fields.text("patient_caveat", Need::Required).value_or("");
  std::set<std::string> seen;
  for (const YAML::Node& item : fields.list_items("items", Need::Required)) {
    MapReader entry(item, sink, "guideline item", {"id", "wording", "class", "note"});
    if (!entry.is_map()) continue;
    const auto item_id = entry.text("id", Need::Required);
    const auto wording = entry.text("wording", Need::Required);
    const auto risk = entry.choice<BleedingRisk>("class", Need::Required);
    if (!item_id || !wording || !risk) continue;
    if (!is_kebab_case(*item_id)) {
      sink.error(entry.value("id", Need::Optional).Mark(),
                 "'id' expected kebab-case, found \"" + *item_id + "\"");
      continue;
    }
    if (!seen.insert(*item_id).second) {
      sink.error(entry.value("id", Need::Optional).Mark(),
                 "duplicate item id '" + *item_id + "' in this guideline");
      continue;
    }
    guideline.items.push_back(
        {*item_id, *wording, *risk, entry.text("note", Need::Optional).value_or("")});
  }
  if (!id) return std::nullopt;
  return guideline;
}

}  // namespace painatlas
