#include "content/vocabulary_reader.h"

#include "content/technique_reader.h"
#include "content/yaml_document.h"

namespace painatlas {

namespace {

std::optional<std::string> kebab_id(const MapReader& entry, ProblemSink& sink) {
  auto id = entry.text("id", Need::Required);
  if (id && !is_kebab_case(*id)) {
    sink.error(
        entry.value("id", Need::Optional).Mark(),
        "'id' expected kebab-case (lower-case letters, digits and single hyphens), found \"" + *id +
            "\"");
    return std::nullopt;
  }
  return id;
}

}  // namespace

void read_term_file(const std::filesystem::path& path, ProblemSink& sink,
                    const ContentLimits& limits, std::vector<Term>& out) {
  if (const auto document = load_yaml_document(path, sink, limits))
    read_term_document(*document, sink, limits, out);
}

void read_term_document(const YAML::Node& document, ProblemSink& sink, const ContentLimits& limits,
                        std::vector<Term>& out) {
  MapReader file(document, sink, "term file", {"kind", "terms"});
  if (!file.is_map()) return;
  const auto kind = file.choice<TermKind>("kind", Need::Required);
  const auto items = file.list_items("terms", Need::Required);
  if (items.size() > limits.max_list_items * 10) {
    sink.error(file.mark(), "the file has " + std::to_string(items.size()) +
                                " terms; the limit is " +
                                std::to_string(limits.max_list_items * 10));
    return;
  }
  if (!kind) return;
  for (const YAML::Node& item : items) {
    MapReader entry(item, sink, "term",
                    {"id", "name", "lay_name", "synonyms", "definition", "broader"});
    if (!entry.is_map()) continue;
    Term term;
    const auto id = kebab_id(entry, sink);
    const auto name = entry.text("name", Need::Required);
    term.kind = *kind;
    term.lay_name = entry.text("lay_name", Need::Section).value_or("");
    term.synonyms = entry.text_list("synonyms", Need::Optional);
    term.definition = entry.text("definition", Need::Section).value_or("");
    term.broader = entry.text("broader", Need::Optional).value_or("");
    term.source = {sink.file(), entry.mark().line + 1, entry.mark().column + 1};
    if (!id || !name) continue;
    term.id = *id;
    term.name = *name;
    if (term.lay_name.empty()) term.lay_name = term.name;
    out.push_back(std::move(term));
  }
}

std::vector<Region> read_region_file(const std::filesystem::path& path, ProblemSink& sink,
                                     const ContentLimits& limits) {
  std::vector<Region> regions;
  const auto document = load_yaml_document(path, sink, limits);
  if (!document) return regions;
  MapReader file(*document, sink, "region file", {"regions"});
  for (const YAML::Node& item : file.list_items("regions", Need::Required)) {
    MapReader entry(item, sink, "region", {"id", "name", "lay_name"});
    if (!entry.is_map()) continue;
    const auto id = kebab_id(entry, sink);
    const auto name = entry.text("name", Need::Required);
    if (!id || !name) continue;
    regions.push_back({*id, *name, entry.text("lay_name", Need::Optional).value_or(*name)});
  }
  return regions;
}

void read_catalog_info(const std::filesystem::path& path, ProblemSink& sink,
                       const ContentLimits& limits, ContentInfo& info) {
  const auto document = load_yaml_document(path, sink, limits);
  if (!document) return;
  MapReader file(*document, sink, "catalog", {"title", "version"});
  if (auto title = file.text("title", Need::Optional)) info.title = *title;
  if (auto version = file.text("version", Need::Required)) info.version = *version;
}

}  // namespace painatlas
