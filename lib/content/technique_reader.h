// Reads one technique file into a Technique, reporting every field problem. Cross-references
// (terms, regions, related techniques) are checked later, once every file is read.
#pragma once

#include <filesystem>
#include <optional>

#include "content/content_limits.h"
#include "content/model.h"
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

}  // namespace painatlas
