// list, search, filter and terms: the commands that answer with lists.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli_context.h"

namespace painatlas::cli {

int run_list(const CliContext& context);
int run_search(const CliContext& context, const std::vector<std::string>& words);

struct FilterArguments {
  std::vector<std::string> indications, contraindications, risks, categories, regions,
      bleeding_risks;
  // --absolute / --relative: the contraindications only as that severity.
  std::optional<Severity> contraindication_severity;
};
int run_filter(const CliContext& context, const FilterArguments& arguments);

int run_terms(const CliContext& context, const std::string& kind);

}  // namespace painatlas::cli
