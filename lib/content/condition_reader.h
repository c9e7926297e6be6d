// Reads one condition guide file, reporting every field problem with its line and column, and
// checking that every in-text citation names a reference of the same file. Links to terms,
// regions and techniques are checked later, once every file is read (condition_loader.h).
#pragma once

#include <filesystem>
#include <optional>

#include "content/condition_guide.h"
#include "content/content_limits.h"
#include "content/yaml_fields.h"

namespace painatlas {

// Empty when the file cannot stand as a guide (unparsable, or no usable term); otherwise the
// guide, with invalid values left out and reported.
std::optional<ConditionGuide> read_condition_file(const std::filesystem::path& path,
                                                  ProblemSink& sink, const ContentLimits& limits);

// The same for a parsed document; `stem` is the file name the term must equal.
std::optional<ConditionGuide> read_condition_document(const YAML::Node& document,
                                                      const std::string& stem, ProblemSink& sink,
                                                      const ContentLimits& limits);

}  // namespace painatlas
