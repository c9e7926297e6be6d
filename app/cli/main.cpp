// painatlas-cli: the catalog from the terminal, for people and scripts.
#include <CLI/CLI.hpp>

#include "catalog_commands.h"
#include "cli_context.h"
#include "condition_command.h"
#include "content/content_locator.h"
#include "show_command.h"
#include "site_command.h"
#include "situation_commands.h"
#ifdef PAINATLAS_HAVE_SPEECH
#include "speak_command.h"
#endif
#include "validate_command.h"
#include "version.h"

namespace painatlas::cli {

void report_load_problems(const CliContext& context) {
  const auto& problems = context.loaded.problems;
  const std::size_t errors = count_errors(problems);
  if (errors == 0) return;
  constexpr std::size_t kShown = 10;
  std::size_t shown = 0;
  for (const auto& problem : problems) {
    if (problem.level != ProblemLevel::Error) continue;
    if (shown++ == kShown) break;
    context.err << format_problem(problem) << '\n';
  }
  context.err << "painatlas-cli: the content has " << errors
              << " error(s); the valid techniques are still shown. Run 'painatlas-cli validate' "
                 "for all of them.\n";
}

namespace {

int run(int argc, char** argv) {
  CLI::App app{
      "Pain Atlas: interventional pain-management techniques, for students and patients.\n"
      "Education only, not medical advice.",
      "painatlas-cli"};
  app.set_version_flag("--version", version_line("painatlas-cli"));
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Print help for every command and exit");
  // Wide enough that every option stands apart from its description (help2man reads them).
  app.get_formatter()->column_width(40);
  app.fallthrough();  // "painatlas-cli validate --content DIR" works as well as the other order
  app.footer(
      "Exit codes: 0 success (also for zero results), 1 not found, invalid content or pages not "
      "written, 2 usage error (also: export-site into a folder that holds other files).");

  std::optional<std::string> content_directory;
  std::string format = "text";
  app.add_option("--content", content_directory,
                 "Content directory (default: the bundled content)");
  app.add_option("--format", format,
                 "Output format: text, json; show and condition also markdown, html (handout); "
                 "quiz also anki; list, search, filter and terms also ids (one id per line)")
      ->check(CLI::IsMember({"text", "json", "markdown", "html", "anki", "ids"}));

  auto* list = app.add_subcommand("list", "List every technique (or every condition guide)");
  bool list_conditions = false;
  list->add_flag("--conditions", list_conditions, "List the condition guides instead");
  auto* show = app.add_subcommand("show", "Show one technique by id, name or alias");
  std::string show_id;
  std::string audience_word = "student";
  show->add_option("id", show_id, "Technique id, name or alias")->required();
  show->add_option("--audience", audience_word, "Register of the text")
      ->check(CLI::IsMember({"student", "patient"}));

  auto* condition = app.add_subcommand(
      "condition", "Show the guide to a condition and its options (any name, lay name or synonym)");
  std::string condition_name;
  std::string condition_audience = "student";
  condition->add_option("name", condition_name, "Condition: name, lay name or synonym")->required();
  auto* condition_audience_option =
      condition->add_option("--audience", condition_audience, "Register of the text")
          ->check(CLI::IsMember({"student", "patient"}));

#ifdef PAINATLAS_HAVE_SPEECH
  auto* speak = app.add_subcommand(
      "speak", "Read a technique's (or a condition guide's) patient text aloud into a WAV file");
  SpeakArguments speak_arguments;
  std::string speak_audience = "patient";
  speak->add_option("id", speak_arguments.name, "Technique (or, with --condition, condition) name")
      ->required();
  speak->add_flag("--condition", speak_arguments.condition, "Read the guide to this condition");
  speak->add_option("--audience", speak_audience, "Only patient text is read aloud")
      ->check(CLI::IsMember({"patient"}));
  auto* speak_out = speak->add_option("--out", speak_arguments.out, "The WAV file to write");
  auto* speak_print = speak->add_flag("--print", speak_arguments.print,
                                      "Print the words that would be read instead of a WAV file");
  speak_out->excludes(speak_print);
  speak->add_option("--rate", speak_arguments.rate, "Speed: 1 is normal, 0.5 to 2")
      ->check(CLI::Range(0.5f, 2.0f));

#endif
  auto* search = app.add_subcommand("search", "Search names, aliases, terms and summaries");
  std::vector<std::string> words;
  search
      ->add_option("query", words, "Words to search for (prefixes and one typo per word are fine)")
      ->required();

  auto* filter =
      app.add_subcommand("filter", "Filter by facets: AND across options, OR within one");
  FilterArguments filter_arguments;
  filter->add_option("--indication", filter_arguments.indications,
                     "Condition (name, lay name or synonym)");
  filter->add_option("--contraindication", filter_arguments.contraindications,
                     "Contraindication factor");
  filter->add_option("--risk", filter_arguments.risks, "Complication");
  filter->add_option("--category", filter_arguments.categories, "Category id or name");
  filter->add_option("--region", filter_arguments.regions, "Region id or name");
  filter
      ->add_option("--bleeding-risk", filter_arguments.bleeding_risks, "low, intermediate or high")
      ->check(CLI::IsMember({"low", "intermediate", "high"}));
  bool only_absolute = false, only_relative = false;
  auto* absolute_flag = filter->add_flag(
      "--absolute", only_absolute, "With --contraindication: only where it is listed as absolute");
  filter
      ->add_flag("--relative", only_relative,
                 "With --contraindication: only where it is listed as relative")
      ->excludes(absolute_flag);

  auto* terms =
      app.add_subcommand("terms", "List the vocabulary with how many techniques use each term");
  std::string term_kind = "all";
  terms->add_option("kind", term_kind, "conditions, factors or complications")
      ->check(CLI::IsMember({"all", "conditions", "factors", "complications"}));

  auto* screen =
      app.add_subcommand("screen", "My situation: which techniques list these factors, and how");
  std::vector<std::string> factors;
  screen
      ->add_option("--factor", factors,
                   "A factor: name, lay name or synonym (\"blood thinner\", pregnancy)")
      ->required();

  auto* quiz =
      app.add_subcommand("quiz", "Study questions generated from the catalog, with answers");
  std::size_t quiz_count = 20;
  std::uint64_t quiz_seed = 1;
  quiz->add_option("--count", quiz_count, "How many questions")->check(CLI::Range(1, 10000));
  quiz->add_option("--seed", quiz_seed, "The same seed gives the same questions");

  auto* validate = app.add_subcommand("validate", "Check the content and print a summary");
  bool strict = false;
  validate->add_flag("--strict", strict,
                     "Fail on warnings too (readability, references, missing sections)");

  auto* export_site = app.add_subcommand(
      "export-site",
      "Write the catalog as accessible web pages (index, glossary, comparison, every technique "
      "and condition guide for students and in plain language) into DIR. DIR must be new, empty, "
      "or written by export-site before: only the files it wrote (listed in DIR/.painatlas-site) "
      "are replaced or removed; a folder holding anything else is refused untouched.");
  std::string site_directory;
  export_site->add_option("DIR", site_directory, "Folder for the pages")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? kExitOk : kExitUsage;
  }

  const Format chosen = format == "json"       ? Format::Json
                        : format == "markdown" ? Format::Markdown
                        : format == "html"     ? Format::Html
                        : format == "anki"     ? Format::Anki
                        : format == "ids"      ? Format::Ids
                                               : Format::Text;
  const bool handout = chosen == Format::Markdown || chosen == Format::Html;
  const bool lists_ids = list->parsed() || search->parsed() || filter->parsed() || terms->parsed();
  if ((handout && !show->parsed() && !condition->parsed()) ||
      (chosen == Format::Anki && !quiz->parsed()) || (chosen == Format::Ids && !lists_ids)) {
    std::cerr << "painatlas-cli: --format " << format << " is for "
              << (handout                  ? "show and condition (a handout)"
                  : chosen == Format::Anki ? "quiz (an Anki deck)"
                                           : "list, search, filter and terms")
              << "\n";
    return kExitUsage;
  }
  CliContext context{load_content(find_content_directory(content_directory)), chosen};
  if (!validate->parsed()) report_load_problems(context);

  if (list->parsed()) return list_conditions ? run_list_conditions(context) : run_list(context);
  if (condition->parsed()) {
    // A handout is for patients unless a student one is asked for by name.
    const bool handout_for_patient = handout && condition_audience_option->count() == 0;
    return run_condition(
        context, condition_name,
        handout_for_patient ? Audience::Patient : *parse_audience(condition_audience));
  }
  if (show->parsed()) return run_show(context, show_id, *parse_audience(audience_word));
  if (search->parsed()) return run_search(context, words);
#ifdef PAINATLAS_HAVE_SPEECH
  if (speak->parsed()) {
    if (speak_arguments.out.empty() && !speak_arguments.print) {
      std::cerr << "painatlas-cli: speak needs --out FILE.wav (or --print)\n";
      return kExitUsage;
    }
    return run_speak(context, speak_arguments);
  }
#endif
  if (filter->parsed()) {
    if ((only_absolute || only_relative) && filter_arguments.contraindications.empty()) {
      std::cerr << "painatlas-cli: --absolute and --relative qualify --contraindication; name "
                   "one, e.g. filter --contraindication pregnancy --absolute\n";
      return kExitUsage;
    }
    if (only_absolute) filter_arguments.contraindication_severity = Severity::Absolute;
    if (only_relative) filter_arguments.contraindication_severity = Severity::Relative;
    return run_filter(context, filter_arguments);
  }
  if (terms->parsed()) return run_terms(context, term_kind);
  if (validate->parsed()) return run_validate(context, strict);
  if (screen->parsed()) return run_screen(context, factors);
  if (quiz->parsed()) return run_quiz(context, quiz_count, quiz_seed);
  if (export_site->parsed()) return run_export_site(context, site_directory);
  return kExitUsage;
}

}  // namespace
}  // namespace painatlas::cli

int main(int argc, char** argv) {
  try {
    return painatlas::cli::run(argc, argv);
  } catch (const std::exception& error) {
    std::cerr << "painatlas-cli: unexpected failure: " << error.what() << '\n';
    return 1;
  }
}
