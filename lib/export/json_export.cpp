#include "export/json_export.h"

#include "content/citations.h"
#include "reader/presentation.h"

namespace painatlas {

namespace {

using nlohmann::json;

json term_ref(const Catalog& catalog, const std::string& id) {
  json out = {{"term", id}};
  if (const Term* term = catalog.find_term(id)) {
    out["name"] = term->name;
    out["lay_name"] = term->lay_name;
  }
  return out;
}

void put_note(json& out, const std::string& note) {
  if (!note.empty()) out["note"] = note;
}

json indications_json(const Catalog& catalog, const Technique& technique) {
  json list = json::array();
  for (const auto& item : technique.indications) {
    json entry = term_ref(catalog, item.term);
    put_note(entry, item.note);
    list.push_back(std::move(entry));
  }
  return list;
}

// Clinical notes are the student register; patients get the plain note only.
void put_notes(json& entry, const std::string& note, const std::string& patient_note,
               Audience audience) {
  if (audience == Audience::Student) put_note(entry, note);
  if (!patient_note.empty()) entry["patient_note"] = patient_note;
}

json contraindications_json(const Catalog& catalog, const Technique& technique, Audience audience) {
  json list = json::array();
  for (const auto& item : technique.contraindications) {
    json entry = term_ref(catalog, item.term);
    entry["severity"] = enum_id(item.severity);
    put_notes(entry, item.note, item.patient_note, audience);
    list.push_back(std::move(entry));
  }
  return list;
}

json risks_json(const Catalog& catalog, const Technique& technique, Audience audience) {
  json list = json::array();
  for (const auto& item : technique.risks) {
    json entry = term_ref(catalog, item.term);
    entry["frequency"] = enum_id(item.frequency);
    entry["frequency_in_words"] = frequency_in_words(item.frequency);
    entry["severity"] = enum_id(item.severity);
    if (!item.source.empty()) entry["source"] = item.source;
    if (!item.figure.empty()) {
      entry["figure"] = item.figure;
      entry["figure_in_words"] = risk_figure_text(item, Audience::Patient);
    }
    put_notes(entry, item.note, item.patient_note, audience);
    list.push_back(std::move(entry));
  }
  return list;
}

json imaging_json(const Technique& technique) {
  json list = json::array();
  for (Imaging imaging : technique.imaging) list.push_back(enum_id(imaging));
  return list;
}

}  // namespace

json references_json(const std::vector<Reference>& references) {
  json list = json::array();
  for (const auto& reference : references) {
    json entry = {{"authors", reference.authors},
                  {"citation", reference.citation},
                  {"year", reference.year},
                  {"label", citation_label(reference)}};
    if (!reference.cite_as.empty()) entry["cite_as"] = reference.cite_as;
    if (!reference.doi.empty()) entry["doi"] = reference.doi;
    if (!reference.pmid.empty()) entry["pmid"] = reference.pmid;
    if (!reference.url.empty()) entry["url"] = reference.url;
    list.push_back(std::move(entry));
  }
  return list;
}

json technique_json(const Catalog& catalog, const Technique& technique, Audience audience) {
  json out = {
      {"id", technique.id},
      {"name", technique.name},
      {"aliases", technique.aliases},
      {"category", enum_id(technique.category)},
      {"regions", technique.regions},
      {"audience", audience_id(audience)},
      {"patient_summary", technique.patient_summary},
      {"indications", indications_json(catalog, technique)},
      {"contraindications", contraindications_json(catalog, technique, audience)},
      {"risks", risks_json(catalog, technique, audience)},
      {"bleeding_risk", enum_id(technique.bleeding_risk)},
      {"bleeding_risk_in_words", bleeding_risk_in_words(technique.bleeding_risk)},
      {"imaging", imaging_json(technique)},
      {"what_happens", technique.what_happens},
      {"before", technique.before},
      {"after", technique.after},
      {"expected_benefit",
       {{"onset", technique.expected_benefit.onset},
        {"duration", technique.expected_benefit.duration},
        {"summary", technique.expected_benefit.summary}}},
      {"related", technique.related},
      {"patient_questions", technique.patient_questions},
      {"last_reviewed", technique.last_reviewed},
      {"disclaimer", kDisclaimer},
  };
  const BleedingBasis basis = bleeding_basis(catalog, technique, audience);
  out["bleeding_risk_caveat"] = basis.caveat;
  if (audience == Audience::Student) {
    if (basis.item) {
      out["bleeding_risk_basis"] = {{"guideline", basis.guideline->id},
                                    {"guideline_label", basis.guideline->label},
                                    {"item", basis.item->id},
                                    {"wording", basis.item->wording},
                                    {"class", enum_id(basis.item->risk)}};
    }
    if (technique.review)
      out["review"] = {{"date", technique.review->date},
                       {"claims", technique.review->claims},
                       {"confirmed", technique.review->confirmed},
                       {"corrected", technique.review->corrected},
                       {"sources", technique.review->sources}};
    out["summary"] = technique.summary;
    out["procedure"] = technique.procedure;
    if (!technique.bleeding_risk_note.empty())
      out["bleeding_risk_note"] = technique.bleeding_risk_note;
    out["evidence"] = {{"level", enum_id(technique.evidence.level)},
                       {"summary", technique.evidence.summary}};
    out["references"] = references_json(technique.references);
  }
  return out;
}

json result_row_json(const Technique& technique, const SearchHit* hit) {
  json row = {
      {"id", technique.id}, {"name", technique.name}, {"category", enum_id(technique.category)}};
  if (hit) {
    row["score"] = hit->score;
    json matched = json::array();
    for (SearchField field : fields_in(hit->fields)) matched.push_back(search_field_id(field));
    row["matched"] = std::move(matched);
  }
  return row;
}

json term_json(const Term& term, std::size_t technique_count) {
  json out = {{"id", term.id},
              {"kind", enum_id(term.kind)},
              {"name", term.name},
              {"lay_name", term.lay_name},
              {"synonyms", term.synonyms},
              {"definition", term.definition},
              {"techniques", technique_count}};
  if (!term.broader.empty()) out["broader"] = term.broader;
  return out;
}

}  // namespace painatlas
