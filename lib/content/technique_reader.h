// Reads one technique file into a Technique, reporting every field problem. Cross-references
// (terms, regions, related techniques) are checked later, once every file is read.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

#include "content/content_limits.h"
#include "content/model.h"
#include "content/reference_reader.h"
#include "content/yaml_fields.h"

namespace painatlas {

// Empty when the file cannot stand as a technique at all (unparsable, or no usable id, name or
// category); otherwise the technique, with invalid values left out and reported.
std::optional<Technique> read_technique_file(const std::filesystem::path& path, ProblemSink& sink,
                                             const ContentLimits& limits);

// The same for a parsed document; `stem` is the file name the id must equal.
std::optional<Technique> read_technique_document(const YAML::Node& document,
                                                 const std::string& stem, ProblemSink& sink,
                                                 const ContentLimits& limits);

bool is_kebab_case(std::string_view id);

// The keys a technique file and its entries may hold; the JSON Schema must list the same.
inline constexpr std::string_view kTechniqueKeys[] = {"id",
                                                      "name",
                                                      "aliases",
                                                      "category",
                                                      "regions",
                                                      "summary",
                                                      "patient_summary",
                                                      "indications",
                                                      "contraindications",
                                                      "risks",
                                                      "bleeding_risk",
                                                      "bleeding_risk_basis",
                                                      "bleeding_risk_note",
                                                      "imaging",
                                                      "procedure",
                                                      "what_happens",
                                                      "before",
                                                      "after",
                                                      "expected_benefit",
                                                      "evidence",
                                                      "references",
                                                      "related",
                                                      "patient_questions",
                                                      "last_reviewed"};
inline constexpr std::string_view kIndicationKeys[] = {"term", "note"};
inline constexpr std::string_view kContraindicationKeys[] = {"term", "severity", "note",
                                                             "patient_note"};
inline constexpr std::string_view kRiskKeys[] = {"term",   "frequency", "severity",    "note",
                                                 "source", "figure",    "patient_note"};

}  // namespace painatlas
