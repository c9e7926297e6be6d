// libFuzzer target for the content loader: arbitrary bytes as a technique file, a term file and
// a condition guide. Any crash, hang, leak or sanitizer report is a finding; problems are the
// expected answer.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "content/condition_reader.h"
#include "content/technique_reader.h"
#include "content/vocabulary_reader.h"
#include "content/yaml_document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace painatlas;
  const std::string text(reinterpret_cast<const char*>(data), size);
  ContentLimits limits;
  std::vector<Problem> problems;
  ProblemSink sink("fuzz.yaml", problems);
  if (auto document = parse_yaml_text(text, sink, limits)) {
    (void)read_technique_document(*document, "fuzz", sink, limits);
    (void)read_condition_document(*document, "fuzz", sink, limits);
    std::vector<Term> terms;
    read_term_document(*document, sink, limits, terms);
  }
  for (const auto& problem : problems)
    if (problem.message.empty() || problem.file != "fuzz.yaml")
      __builtin_trap();  // every problem says what
  return 0;
}
