// Reads one YAML file within the content limits and parses it, reporting any failure (missing,
// too large, too deeply nested, syntax error, several documents, empty) to the sink.
#pragma once

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <optional>

#include "content/content_limits.h"
#include "content/yaml_fields.h"

namespace painatlas {

std::optional<YAML::Node> load_yaml_document(const std::filesystem::path& path, ProblemSink& sink,
                                             const ContentLimits& limits);

// The same checks and parse for text already in memory (the fuzzer feeds this).
std::optional<YAML::Node> parse_yaml_text(std::string text, ProblemSink& sink,
                                          const ContentLimits& limits);

}  // namespace painatlas
