// Reads the bleeding-risk classifications (content/guidelines/*.yaml): each procedure class in
// the guideline's own wording, so that every technique's class can name the item it comes from
// and `validate` can check the two agree.
#pragma once

#include <filesystem>
#include <optional>

#include "content/content_limits.h"
#include "content/model.h"
#include "content/yaml_fields.h"

namespace painatlas {

std::optional<Guideline> read_guideline_file(const std::filesystem::path& path, ProblemSink& sink,
                                             const ContentLimits& limits);
std::optional<Guideline> read_guideline_document(const YAML::Node& document,
                                                 const std::string& stem, ProblemSink& sink);

}  // namespace painatlas
