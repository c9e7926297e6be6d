#include "condition_command.h"

#include <iomanip>

#include "catalog/term_lookup.h"
#include "content/citations.h"
#include "export/condition_handout.h"
#include "export/condition_json.h"
#include "reader/option_grid.h"

namespace painatlas::cli {

namespace {

void print_condition(std::ostream& out, const Catalog& catalog, const ConditionGuide& guide,
                     Audience audience) {
  const bool patient = audience == Audience::Patient;
  const std::vector<std::string> labels = citation_labels(guide.references);
  const auto text = [&](const TwoRegisters& both) {
    return patient ? strip_citations(both.patient, labels) : both.student;
  };
  const std::string name = catalog.condition_name(guide, patient);
  out << name << '\n' << std::string(name.size(), '=') << '\n';
  if (!patient) out << "Lay name: " << catalog.condition_name(guide, true) << '\n';
  out << '\n' << kDisclaimer << "\n\n";
  out << (patient ? "What it is" : "Definition") << "\n  " << text(guide.about) << "\n\n";
  out << (patient ? "How it usually goes" : "Course") << "\n  " << text(guide.course) << "\n\n";
  out << (patient ? "Get help at once if" : "Red flags") << '\n';
  for (const auto& flag : guide.red_flags) out << "  - " << text(flag) << '\n';

  out << '\n' << (patient ? "Your options, usually tried in this order" : "Options") << '\n';
  const OptionGrid grid = build_option_grid(catalog, guide, audience);
  for (std::size_t c = 0; c < grid.columns.size(); ++c) {
    const OptionGridColumn& column = grid.columns[c];
    out << "\n  " << c + 1 << ". " << column.name << "  [" << column.kind << "]\n";
    if (!column.technique.empty())
      out << "     Technique: " << column.technique_name << " (painatlas-cli show "
          << column.technique << ")\n";
    for (std::size_t r = 0; r < grid.row_labels.size(); ++r)
      out << "     " << grid.row_labels[r] << ": " << grid.cells[r][c] << '\n';
  }
  out << "\nQuestions to ask\n";
  for (const auto& question : guide.questions_to_ask) out << "  - " << question << '\n';
  out << "\nWhat matters most to different people\n";
  for (const auto& value : guide.values) out << "  - " << value << '\n';
  out << "\nReferences\n";
  for (const auto& reference : guide.references) {
    out << "  - [" << citation_label(reference) << "] " << reference.citation;
    if (!reference.doi.empty()) out << " doi:" << reference.doi;
    if (!reference.pmid.empty()) out << " PMID " << reference.pmid;
    if (!reference.url.empty()) out << ' ' << reference.url;
    out << '\n';
  }
  out << "\nLast reviewed " << guide.last_reviewed << '\n';
}

}  // namespace

int run_condition(const CliContext& context, const std::string& typed, Audience audience) {
  const Catalog& catalog = context.catalog();
  const auto found = lookup_condition(catalog, typed);
  if (!found.guide) {
    context.err << "painatlas-cli: ";
    if (found.term)
      context.err << "no condition guide for \"" << found.term->name << "\" yet";
    else
      context.err << "no condition \"" << typed << "\"";
    if (!found.suggestions.empty()) {
      context.err << "; did you mean";
      for (std::size_t i = 0; i < found.suggestions.size(); ++i)
        context.err << (i ? ", " : " ") << found.suggestions[i];
      context.err << '?';
    }
    context.err << "\n  (painatlas-cli list --conditions lists the guides)\n";
    return kExitNotFound;
  }
  const ConditionGuide& guide = *found.guide;
  switch (context.format) {
    case Format::Json:
      context.out << condition_json(catalog, guide, audience).dump(2) << '\n';
      break;
    case Format::Html:
    case Format::Markdown:
      context.out << render_condition_handout(
          catalog, guide, audience,
          context.format == Format::Html ? HandoutFormat::Html : HandoutFormat::Markdown);
      break;
    default:
      print_condition(context.out, catalog, guide, audience);
  }
  return kExitOk;
}

int run_list_conditions(const CliContext& context) {
  const Catalog& catalog = context.catalog();
  if (context.format == Format::Json) {
    nlohmann::json results = nlohmann::json::array();
    for (const auto& guide : catalog.conditions())
      results.push_back(condition_row_json(catalog, guide));
    context.out << nlohmann::json{{"results", results}}.dump(2) << '\n';
    return kExitOk;
  }
  for (const auto& guide : catalog.conditions())
    context.out << std::left << std::setw(44) << guide.term << catalog.condition_name(guide, false)
                << " (" << catalog.condition_name(guide, true) << "), " << guide.options.size()
                << " options\n";
  context.out << catalog.conditions().size()
              << (catalog.conditions().size() == 1 ? " condition guide\n" : " condition guides\n");
  return kExitOk;
}

}  // namespace painatlas::cli
