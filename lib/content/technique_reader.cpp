#include "content/technique_reader.h"

#include "content/citations.h"
#include "content/reference_reader.h"
#include "content/risk_figure.h"
#include "content/yaml_document.h"

namespace painatlas {

bool is_kebab_case(std::string_view id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  char previous = 0;
  for (char c : id) {
    const bool word_char = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word_char && c != '-') return false;
    if (c == '-' && previous == '-') return false;
    previous = c;
  }
  return true;
}

namespace {

void check_list_length(const MapReader& fields, ProblemSink& sink, std::string_view key,
                       std::size_t length, const ContentLimits& limits) {
  if (length > limits.max_list_items)
    sink.error(fields.mark(), "'" + std::string(key) + "' has " + std::to_string(length) +
                                  " items; the limit is " + std::to_string(limits.max_list_items));
}

std::vector<Indication> read_indications(const MapReader& fields, ProblemSink& sink) {
  std::vector<Indication> out;
  for (const YAML::Node& item : fields.list_items("indications", Need::Section)) {
    MapReader entry(item, sink, "indication", kIndicationKeys);
    if (!entry.is_map()) continue;
    auto term = entry.text("term", Need::Required);
    if (!term) continue;
    out.push_back({*term, entry.text("note", Need::Optional).value_or(""),
                   entry.position(entry.value("term", Need::Optional))});
  }
  return out;
}

std::vector<Contraindication> read_contraindications(const MapReader& fields, ProblemSink& sink) {
  std::vector<Contraindication> out;
  for (const YAML::Node& item : fields.list_items("contraindications", Need::Section)) {
    MapReader entry(item, sink, "contraindication", kContraindicationKeys);
    if (!entry.is_map()) continue;
    auto term = entry.text("term", Need::Required);
    auto severity = entry.choice<Severity>("severity", Need::Required);
    if (!term || !severity) continue;
    out.push_back({*term, *severity, entry.text("note", Need::Optional).value_or(""),
                   entry.position(entry.value("term", Need::Optional)),
                   entry.text("patient_note", Need::Optional).value_or("")});
  }
  return out;
}

// A figure must say a proportion the band can be checked against; the band itself needs a source.
void check_figure(const MapReader& entry, const Risk& risk, ProblemSink& sink) {
  const YAML::Node node = entry.value("figure", Need::Optional);
  if (risk.frequency != Frequency::Unknown && risk.source.empty())
    sink.error(entry.value("frequency", Need::Optional).Mark(),
               "risk '" + risk.term + "': the band '" + std::string(enum_id(risk.frequency)) +
                   "' needs a 'source' (the citation label of the reference it comes from); "
                   "use 'unknown' when no published rate exists");
  if (!node.IsDefined()) return;
  const FigureParse parsed = parse_risk_figure(risk.figure);
  if (!parsed.error.empty()) {
    sink.error(node.Mark(), "risk '" + risk.term + "': 'figure' " + parsed.error);
    return;
  }
  if (risk.frequency == Frequency::Unknown) return;
  if (parsed.figure->zero_count) {
    sink.error(node.Mark(), "risk '" + risk.term + "': the figure \"" + risk.figure +
                                "\" counts no cases, which places no band (the rule of three "
                                "gives only an upper bound); expected 'unknown', or an upper "
                                "bound such as \"< 1 in 5,000\" for 'very-rare' only when it fits");
    return;
  }
  if (!band_contains(risk.frequency, *parsed.figure))
    sink.error(node.Mark(), "risk '" + risk.term + "': the figure \"" + risk.figure + "\" (" +
                                describe_proportion(*parsed.figure) + ") is not in the band '" +
                                std::string(enum_id(risk.frequency)) + "' (" +
                                std::string(frequency_range(risk.frequency)) + "); expected '" +
                                std::string(enum_id(band_of(*parsed.figure))) + "'");
}

std::vector<Risk> read_risks(const MapReader& fields, ProblemSink& sink) {
  std::vector<Risk> out;
  for (const YAML::Node& item : fields.list_items("risks", Need::Section)) {
    MapReader entry(item, sink, "risk", kRiskKeys);
    if (!entry.is_map()) continue;
    auto term = entry.text("term", Need::Required);
    auto frequency = entry.choice<Frequency>("frequency", Need::Required);
    auto severity = entry.choice<RiskSeverity>("severity", Need::Required);
    if (!term || !frequency || !severity) continue;
    Risk risk{*term,
              *frequency,
              *severity,
              entry.text("note", Need::Optional).value_or(""),
              entry.position(entry.value("term", Need::Optional)),
              entry.text("source", Need::Optional).value_or(""),
              entry.text("figure", Need::Optional).value_or(""),
              entry.text("patient_note", Need::Optional).value_or(""),
              {}};
    const YAML::Node source = entry.value("source", Need::Optional);
    risk.source_at = source.IsDefined() ? entry.position(source) : risk.at;
    check_figure(entry, risk, sink);
    out.push_back(std::move(risk));
  }
  return out;
}

YAML::Mark mark_at(const TextPos& at) {
  YAML::Mark mark;
  mark.line = at.line - 1;
  mark.column = at.column - 1;
  return mark;
}

// A risk's source names one of the technique's own references, as its in-text citations do.
void check_risk_sources(const Technique& technique, ProblemSink& sink) {
  for (const Risk& risk : technique.risks) {
    if (risk.source.empty()) continue;
    const CitationMatch match = resolve_label(technique.references, risk.source);
    if (match.reference) continue;
    std::string known;
    for (const Reference& reference : technique.references) {
      known += known.empty() ? "" : ", ";
      known += "'" + citation_label(reference) + "'";
      if (!reference.cite_as.empty()) known += " ('" + reference.cite_as + "')";
    }
    sink.error(mark_at(risk.source_at),
               "risk '" + risk.term + "': 'source' \"" + risk.source + "\" " +
                   (match.candidates > 1 ? "names more than one reference; give one a 'cite_as'"
                                         : "names no reference of this technique") +
                   "; expected the first author and year, or a cite_as label, of one of: " + known);
  }
}

void read_expected_benefit(const MapReader& fields, ProblemSink& sink, ExpectedBenefit& out) {
  const YAML::Node node = fields.value("expected_benefit", Need::Section);
  if (!node.IsDefined()) return;
  MapReader benefit(node, sink, "expected_benefit", {"onset", "duration", "summary"});
  out.onset = benefit.text("onset", Need::Section).value_or("");
  out.duration = benefit.text("duration", Need::Section).value_or("");
  out.summary = benefit.text("summary", Need::Section).value_or("");
}

void read_evidence(const MapReader& fields, ProblemSink& sink, Evidence& out) {
  const YAML::Node node = fields.value("evidence", Need::Section);
  if (!node.IsDefined()) return;
  MapReader evidence(node, sink, "evidence", {"level", "summary"});
  out.level =
      evidence.choice<EvidenceLevel>("level", Need::Required).value_or(EvidenceLevel::VeryLow);
  out.summary = evidence.text("summary", Need::Section).value_or("");
}

void check_text_lengths(const Technique& technique, ProblemSink& sink, const MapReader& fields,
                        const ContentLimits& limits) {
  const auto check = [&](std::string_view key, const std::string& text) {
    if (text.size() > limits.max_text_bytes)
      sink.error(fields.mark(), "'" + std::string(key) + "' is " + std::to_string(text.size()) +
                                    " bytes; the limit for one text is " +
                                    std::to_string(limits.max_text_bytes));
  };
  check("summary", technique.summary);
  check("patient_summary", technique.patient_summary);
  check("evidence.summary", technique.evidence.summary);
}

}  // namespace

std::optional<Technique> read_technique_file(const std::filesystem::path& path, ProblemSink& sink,
                                             const ContentLimits& limits) {
  const auto document = load_yaml_document(path, sink, limits);
  if (!document) return std::nullopt;
  return read_technique_document(*document, path.stem().string(), sink, limits);
}

std::optional<Technique> read_technique_document(const YAML::Node& document,
                                                 const std::string& stem, ProblemSink& sink,
                                                 const ContentLimits& limits) {
  MapReader fields(document, sink, "technique", kTechniqueKeys);
  if (!fields.is_map()) return std::nullopt;

  Technique technique;
  technique.source = {sink.file(), fields.mark().line + 1, fields.mark().column + 1};
  const auto id = fields.text("id", Need::Required);
  const auto name = fields.text("name", Need::Required);
  const auto category = fields.choice<Category>("category", Need::Required);
  if (id && !is_kebab_case(*id)) {
    sink.error(
        fields.value("id", Need::Optional).Mark(),
        "'id' expected kebab-case (lower-case letters, digits and single hyphens), found \"" + *id +
            "\"");
  } else if (id && *id != stem) {
    sink.error(fields.value("id", Need::Optional).Mark(),
               "'id' expected to equal the file name \"" + stem + "\", found \"" + *id + "\"");
  }
  technique.id = id.value_or("");
  technique.name = name.value_or("");
  technique.category = category.value_or(Category::EpiduralSpinal);
  technique.aliases = fields.text_list("aliases", Need::Optional);
  technique.regions = fields.text_list("regions", Need::Section, technique.region_positions);
  technique.summary = fields.text("summary", Need::Required).value_or("");
  technique.patient_summary = fields.text("patient_summary", Need::Section).value_or("");
  technique.indications = read_indications(fields, sink);
  technique.contraindications = read_contraindications(fields, sink);
  technique.risks = read_risks(fields, sink);
  const auto bleeding = fields.choice<BleedingRisk>("bleeding_risk", Need::Required);
  technique.bleeding_risk = bleeding.value_or(BleedingRisk::High);
  technique.bleeding_risk_basis = fields.text("bleeding_risk_basis", Need::Optional).value_or("");
  technique.basis_at = fields.position(fields.value("bleeding_risk_basis", Need::Optional));
  technique.bleeding_risk_note = fields.text("bleeding_risk_note", Need::Optional).value_or("");
  if (technique.bleeding_risk_basis.empty() && technique.bleeding_risk_note.empty() && bleeding)
    sink.error(fields.value("bleeding_risk", Need::Optional).Mark(),
               "'bleeding_risk' needs its basis: 'bleeding_risk_basis' (the guideline item the "
               "class comes from, see content/guidelines) or, when the guideline does not list "
               "the procedure, a 'bleeding_risk_note' saying which class was taken and why");
  technique.imaging = fields.choice_list<Imaging>("imaging", Need::Section);
  technique.procedure = fields.text_list("procedure", Need::Section);
  technique.what_happens = fields.text_list("what_happens", Need::Section);
  technique.before = fields.text_list("before", Need::Section);
  technique.after = fields.text_list("after", Need::Section);
  read_expected_benefit(fields, sink, technique.expected_benefit);
  read_evidence(fields, sink, technique.evidence);
  technique.references = read_references(fields, sink);
  technique.related = fields.text_list("related", Need::Section, technique.related_positions);
  technique.patient_questions = fields.text_list("patient_questions", Need::Section);
  technique.last_reviewed = fields.date("last_reviewed", Need::Section).value_or("");

  for (const auto& [key, length] :
       {std::pair<std::string_view, std::size_t>{"aliases", technique.aliases.size()},
        {"indications", technique.indications.size()},
        {"contraindications", technique.contraindications.size()},
        {"risks", technique.risks.size()},
        {"procedure", technique.procedure.size()},
        {"references", technique.references.size()},
        {"related", technique.related.size()}})
    check_list_length(fields, sink, key, length, limits);
  check_text_lengths(technique, sink, fields, limits);

  check_risk_sources(technique, sink);

  // Without these three the technique cannot be listed, found or grouped.
  if (!id || !is_kebab_case(*id) || *id != stem || !name || !category) return std::nullopt;
  return technique;
}

}  // namespace painatlas
