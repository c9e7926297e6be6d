#include "situation_commands.h"

#include <nlohmann/json.hpp>

#include "catalog/term_lookup.h"
#include "reader/audience.h"
#include "reader/quiz.h"
#include "reader/screening.h"

namespace painatlas::cli {

using nlohmann::json;

int run_screen(const CliContext& context, const std::vector<std::string>& typed) {
  const Catalog& catalog = context.catalog();
  std::vector<std::string> factors;
  for (const auto& word : typed) {
    const auto found = lookup_term(catalog, TermKind::Factor, word);
    if (found.terms.empty()) {
      context.err << "painatlas-cli: unknown factor \"" << word << "\"";
      for (std::size_t i = 0; i < found.suggestions.size(); ++i)
        context.err << (i ? ", \"" : "; did you mean \"") << found.suggestions[i] << '"';
      context.err << "\n  (painatlas-cli terms factors lists them all)\n";
      return kExitUsage;
    }
    for (const Term* term : found.terms) factors.push_back(term->id);
  }
  const auto results = screen(catalog, factors);
  if (context.format == Format::Json) {
    json rows = json::array();
    for (const auto& result : results) {
      json reasons = json::array();
      for (const auto& reason : result.reasons)
        reasons.push_back(reason_text(reason, Audience::Student));
      const Technique& technique = catalog.techniques()[result.technique];
      rows.push_back({{"id", technique.id},
                      {"name", technique.name},
                      {"status", screening_status_id(result.status)},
                      {"reasons", reasons}});
    }
    context.out << json{{"results", rows}, {"disclaimer", kDisclaimer}}.dump(2) << '\n';
    return kExitOk;
  }
  for (ScreeningStatus status :
       {ScreeningStatus::Absolute, ScreeningStatus::Relative, ScreeningStatus::None}) {
    context.out << "\n" << screening_status_words(status) << ":\n";
    for (const auto& result : results) {
      if (result.status != status) continue;
      context.out << "  " << catalog.techniques()[result.technique].name << '\n';
      for (const auto& reason : result.reasons)
        context.out << "      - " << reason_text(reason, Audience::Student) << '\n';
    }
  }
  context.out << '\n' << kDisclaimer << '\n';
  return kExitOk;
}

int run_quiz(const CliContext& context, std::size_t count, std::uint64_t seed) {
  const auto questions = make_quiz(context.catalog(), count, seed);
  if (context.format == Format::Anki) {
    context.out << anki_deck(context.catalog(), questions);
    return kExitOk;
  }
  if (context.format == Format::Json) {
    json rows = json::array();
    for (const auto& q : questions)
      rows.push_back({{"id", q.id},
                      {"kind", question_kind_id(q.kind)},
                      {"technique", q.technique},
                      {"prompt", q.prompt},
                      {"passage", q.passage},
                      {"options", q.options},
                      {"answer", q.correct},
                      {"explanation", q.explanation},
                      {"references", q.references}});
    context.out << json{{"seed", seed}, {"questions", rows}}.dump(2) << '\n';
    return kExitOk;
  }
  int number = 1;
  std::string answers;
  for (const auto& q : questions) {
    context.out << number << ". " << q.prompt << '\n';
    if (!q.passage.empty()) context.out << "   " << q.passage << '\n';
    for (std::size_t i = 0; i < q.options.size(); ++i)
      context.out << "   " << static_cast<char>('A' + i) << ") " << q.options[i] << '\n';
    context.out << '\n';
    answers += std::to_string(number++) + ". " + static_cast<char>('A' + q.correct) + " - " +
               q.explanation;
    for (const auto& reference : q.references) answers += " [" + reference + "]";
    answers += "\n";
  }
  context.out << "Answers\n-------\n" << answers;
  return kExitOk;
}

}  // namespace painatlas::cli
