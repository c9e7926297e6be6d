#include "content/reference_reader.h"

namespace painatlas {

std::vector<Reference> read_references(const MapReader& fields, ProblemSink& sink) {
  std::vector<Reference> out;
  for (const YAML::Node& item : fields.list_items("references", Need::Section)) {
    MapReader entry(item, sink, "reference", kReferenceKeys);
    if (!entry.is_map()) continue;
    // Authors are required so that in-text citations can be checked against the first author.
    auto authors = entry.text("authors", Need::Required);
    auto citation = entry.text("citation", Need::Required);
    auto year = entry.integer("year", Need::Required, 1800, 2100);
    if (!citation || !year) continue;
    // Every page and handout prints the authors before the citation: a citation that starts with
    // them prints them twice.
    const std::string first_author = authors ? authors->substr(0, authors->find(',')) : "";
    if (first_author.size() > 2 && citation->starts_with(first_author))
      sink.warning(item["citation"].Mark(),
                   "reference: 'citation' starts with the authors, which 'authors' already "
                   "gives; start it at the title");
    Reference reference;
    reference.citation = *citation;
    reference.year = *year;
    reference.authors = authors.value_or("");
    reference.cite_as = entry.text("cite_as", Need::Optional).value_or("");
    reference.doi = entry.text("doi", Need::Optional).value_or("");
    reference.pmid = entry.text("pmid", Need::Optional).value_or("");
    reference.url = entry.text("url", Need::Optional).value_or("");
    out.push_back(std::move(reference));
  }
  return out;
}

}  // namespace painatlas
