// painatlas-cli run as a process, as a user or a script would, with its JSON parsed.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "test_support.h"
#include "version.h"

namespace painatlas {
namespace {

using nlohmann::json;
using testing::run_process;

std::string cli(const std::string& arguments,
                const std::string& content = testing::mini_content_dir().string()) {
  return std::string(PAINATLAS_CLI_PATH) + " --content '" + content + "' " + arguments;
}

std::vector<std::string> ids_of(const json& document) {
  std::vector<std::string> ids;
  for (const auto& row : document.at("results")) ids.push_back(row.at("id"));
  return ids;
}

TEST(Cli, ListPrintsEveryTechniqueAsJson) {
  const auto result = run_process(cli("--format json list"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json document = json::parse(result.out);
  EXPECT_EQ(ids_of(document).size(), 3u);
  EXPECT_EQ(document["results"][0]["category"], "joint-soft-tissue");
}

TEST(Cli, FilterByIndicationAcceptsALayName) {
  const auto result = run_process(cli("--format json filter --indication sciatica"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(ids_of(json::parse(result.out)), std::vector<std::string>{"lumbar-transforaminal-esi"});
}

TEST(Cli, FilterCombinesOptions) {
  const auto result =
      run_process(cli("--format json filter --contraindication 'blood thinner' --bleeding-risk "
                      "intermediate --category sympathetic"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(ids_of(json::parse(result.out)), std::vector<std::string>{"stellate-ganglion-block"});
}

TEST(Cli, FilterByContraindicationSeverity) {
  // All three list infection at the site as absolute; the spinal injection lists pregnancy as
  // relative, and nothing lists it as absolute.
  auto result =
      run_process(cli("--format json filter --contraindication 'local infection' --absolute"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(ids_of(json::parse(result.out)).size(), 3u);
  result = run_process(cli("--format json filter --contraindication pregnancy --absolute"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(ids_of(json::parse(result.out)).empty());
  result = run_process(cli("--format json filter --contraindication pregnancy --relative"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(ids_of(json::parse(result.out)), std::vector<std::string>{"lumbar-transforaminal-esi"});
  result = run_process(cli("filter --contraindication pregnancy"));
  EXPECT_NE(result.out.find("1 technique"), std::string::npos) << result.out;
}

TEST(Cli, SeverityWithoutAContraindicationOrBothSeveritiesIsAUsageError) {
  auto result = run_process(cli("filter --absolute"));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--contraindication"), std::string::npos) << result.err;
  result = run_process(cli("filter --contraindication pregnancy --absolute --relative"));
  EXPECT_EQ(result.exit_code, 2);
}

TEST(Cli, UnknownTermIsAUsageErrorWithSuggestions) {
  const auto result = run_process(cli("filter --indication sciatca"));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("did you mean \"Lumbar radiculopathy\""), std::string::npos)
      << result.err;
}

// A general word finds the general group: every technique with any infection factor.
TEST(Cli, FilterByAGeneralWordUsesItsBroaderTerm) {
  const std::string bundled = testing::bundled_content_dir().string();
  const auto general =
      run_process(cli("--format json filter --contraindication infection", bundled));
  ASSERT_EQ(general.exit_code, 0) << general.err;
  const auto site = run_process(
      cli("--format json filter --contraindication 'infection at the injection site'", bundled));
  const auto systemic =
      run_process(cli("--format json filter --contraindication 'systemic infection'", bundled));
  std::vector<std::string> either = ids_of(json::parse(site.out));
  for (const auto& id : ids_of(json::parse(systemic.out)))
    if (std::find(either.begin(), either.end(), id) == either.end()) either.push_back(id);
  const auto found = ids_of(json::parse(general.out));
  EXPECT_GE(found.size(), either.size());
  for (const auto& id : either)
    EXPECT_NE(std::find(found.begin(), found.end(), id), found.end()) << id;
}

TEST(Cli, FilterByWordsInANameFindsThatTermAndSaysSo) {
  const std::string bundled = testing::bundled_content_dir().string();
  const auto result =
      run_process(cli("--format json filter --indication 'pancreatic cancer'", bundled));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto ids = ids_of(json::parse(result.out));
  EXPECT_NE(std::find(ids.begin(), ids.end(), "celiac-plexus-block"), ids.end());
  EXPECT_NE(result.err.find("taken as \"Pancreatic cancer pain\""), std::string::npos)
      << result.err;
}

TEST(Cli, AWordNamingSeveralTermsUsesThemAllAndSaysSo) {
  const std::string bundled = testing::bundled_content_dir().string();
  const auto result = run_process(cli("--format json filter --indication cancer", bundled));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("\" or \""), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("Refractory cancer pain"), std::string::npos) << result.err;
  EXPECT_GT(ids_of(json::parse(result.out)).size(), 3u);
}

TEST(Cli, SearchReportsScoreAndMatchedFields) {
  const auto result = run_process(cli("--format json search stelate"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json document = json::parse(result.out);
  ASSERT_EQ(ids_of(document), std::vector<std::string>{"stellate-ganglion-block"});
  EXPECT_GT(document["results"][0]["score"].get<double>(), 0.0);
  EXPECT_EQ(document["results"][0]["matched"][0], "name");
}

TEST(Cli, ZeroResultsIsStillSuccess) {
  const auto result = run_process(cli("--format json search zzzzqqq"));
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_TRUE(json::parse(result.out)["results"].empty());
}

TEST(Cli, ShowAcceptsAnAliasAndPrintsTheModelFields) {
  const auto result = run_process(cli("--format json show TFESI"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json technique = json::parse(result.out);
  EXPECT_EQ(technique["id"], "lumbar-transforaminal-esi");
  EXPECT_EQ(technique["bleeding_risk"], "intermediate");
  EXPECT_EQ(technique["risks"][1]["frequency"], "very-rare");
  EXPECT_EQ(technique["contraindications"][0]["severity"], "absolute");
  EXPECT_EQ(technique["references"].size(), 2u);
  EXPECT_TRUE(technique.contains("evidence"));
}

TEST(Cli, ShowForPatientsUsesPlainWordsAndLeavesOutReferences) {
  const auto text = run_process(cli("show lumbar-transforaminal-esi --audience patient"));
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("Sciatica"), std::string::npos);
  EXPECT_NE(text.out.find("fewer than 1 in 10,000 people"), std::string::npos);
  EXPECT_NE(text.out.find("not medical advice"), std::string::npos);
  EXPECT_EQ(text.out.find("References"), std::string::npos);
  const json patient = json::parse(
      run_process(cli("--format json show lumbar-transforaminal-esi --audience patient")).out);
  EXPECT_FALSE(patient.contains("references"));
  EXPECT_EQ(patient["indications"][0]["lay_name"], "Sciatica");
}

TEST(Cli, ShowUnknownIsNotFoundWithSuggestion) {
  const auto result = run_process(cli("show stellate-ganglion-blok"));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("stellate-ganglion-block"), std::string::npos);
}

TEST(Cli, TermsListsCountsPerTerm) {
  const auto result = run_process(cli("--format json terms factors"));
  ASSERT_EQ(result.exit_code, 0);
  const json document = json::parse(result.out);
  for (const auto& term : document["results"]) {
    EXPECT_EQ(term["kind"], "factor");
    if (term["id"] == "infection-at-site") {
      EXPECT_EQ(term["techniques"], 3);
    }
  }
}

TEST(Cli, ValidatePassesOnGoodContentAndFailsPreciselyOnABrokenCopy) {
  const auto good = run_process(cli("validate --strict"));
  EXPECT_EQ(good.exit_code, 0) << good.out;
  EXPECT_NE(good.out.find("OK (strict)"), std::string::npos);

  testing::ScratchContent broken;
  std::filesystem::copy_file(
      testing::test_data_dir() / "broken" / "risk_frequency_not_in_enum.yaml",
      broken.techniques() / "risk-frequency-not-in-enum.yaml");
  const auto bad = run_process(cli("validate", broken.path().string()));
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.out.find(
                "risk-frequency-not-in-enum.yaml:17:16: error: risk: 'frequency' expected one of"),
            std::string::npos)
      << bad.out;
  // Other commands still answer from the valid files, with the problems on stderr.
  const auto listed = run_process(cli("--format json list", broken.path().string()));
  EXPECT_EQ(listed.exit_code, 0);
  EXPECT_EQ(ids_of(json::parse(listed.out)).size(), 4u);
  EXPECT_NE(listed.err.find("error"), std::string::npos);
}

TEST(Cli, UsageErrorsExitWithTwoAndHelpWithZero) {
  EXPECT_EQ(run_process(cli("frobnicate")).exit_code, 2);
  EXPECT_EQ(run_process(cli("--format xml list")).exit_code, 2);
  EXPECT_EQ(run_process(cli("--help")).exit_code, 0);
  const auto version = run_process(cli("--version"));
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_NE(version.out.find("painatlas-cli"), std::string::npos);
}

TEST(Cli, FindsTheBundledContentFromAnyDirectory) {
  const auto result =
      run_process("cd / && " + std::string(PAINATLAS_CLI_PATH) + " --format json list");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_FALSE(json::parse(result.out)["results"].empty());
}

TEST(Cli, ScreenGivesEachTechniqueAStatusWithReasons) {
  const auto result =
      run_process(cli("--format json screen --factor pregnant --factor 'local infection'"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json document = json::parse(result.out);
  ASSERT_EQ(document["results"].size(), 3u);
  for (const auto& row : document["results"]) {
    EXPECT_EQ(row["status"], "absolute") << row["id"];  // infection at the site, everywhere
    EXPECT_FALSE(row["reasons"].empty());
  }
  const auto unknown = run_process(cli("screen --factor pregnnat"));
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("Pregnancy"), std::string::npos);
}

TEST(Cli, QuizIsReproducibleForASeed) {
  const auto first =
      run_process(std::string(PAINATLAS_CLI_PATH) + " --format json quiz --count 8 --seed 5");
  const auto again =
      run_process(std::string(PAINATLAS_CLI_PATH) + " --format json quiz --count 8 --seed 5");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, again.out);
  const json document = json::parse(first.out);
  ASSERT_EQ(document["questions"].size(), 8u);
  for (const auto& q : document["questions"])
    EXPECT_LT(q["answer"].get<std::size_t>(), q["options"].size());
  const auto anki =
      run_process(std::string(PAINATLAS_CLI_PATH) + " --format anki quiz --count 3 --seed 5");
  EXPECT_EQ(anki.exit_code, 0);
  EXPECT_NE(anki.out.find("#separator:tab"), std::string::npos);
}

TEST(Cli, ShowWritesAPatientHandoutAsHtmlOrMarkdown) {
  const auto html =
      run_process(cli("show stellate-ganglion-block --audience patient --format html"));
  ASSERT_EQ(html.exit_code, 0) << html.err;
  EXPECT_TRUE(html.out.starts_with("<!DOCTYPE html>"));
  EXPECT_NE(html.out.find("Questions to ask your doctor"), std::string::npos);
  const auto markdown = run_process(cli("show stellate-ganglion-block --format markdown"));
  EXPECT_NE(markdown.out.find("# Stellate ganglion block"), std::string::npos);
  EXPECT_EQ(run_process(cli("list --format html")).exit_code, 2);
}

TEST(Cli, ExportSiteWritesThePagesAndNeverWritesIntoSomeoneElsesFolder) {
  testing::ScratchDirectory scratch;
  const std::string site = (scratch.path() / "site").string();
  const auto first = run_process(cli("export-site '" + site + "'"));
  ASSERT_EQ(first.exit_code, 0) << first.err;
  // The style sheet, index, glossary and comparison, and two registers of each technique and guide.
  const LoadResult mini = load_content(testing::mini_content_dir());
  const std::size_t pages =
      4 + 2 * (mini.catalog->techniques().size() + mini.catalog->conditions().size());
  EXPECT_NE(first.out.find("Wrote " + std::to_string(pages) + " files"), std::string::npos)
      << first.out;
  EXPECT_TRUE(std::filesystem::exists(scratch.path() / "site" / "techniques" /
                                      "stellate-ganglion-block.patient.html"));
  // Again into the same folder: its own files are replaced.
  EXPECT_EQ(run_process(cli("export-site '" + site + "'")).exit_code, 0);
  // A folder holding the reader's own files is refused as a usage error and left as it was.
  std::ofstream(scratch.path() / "notes.txt") << "mine";
  const auto refused = run_process(cli("export-site '" + scratch.path().string() + "'"));
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("is not empty"), std::string::npos) << refused.err;
  EXPECT_FALSE(std::filesystem::exists(scratch.path() / "index.html"));
  EXPECT_EQ(run_process(cli("export-site")).exit_code, 2) << "the folder is required";
}

// What bash completion offers for a command line whose last word is being typed.
std::set<std::string> completions(const std::vector<std::string>& words) {
  std::string command =
      "bash -c 'source \"$0\"; COMP_WORDS=(\"$@\"); "
      "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _painatlas_cli; "
      "printf \"%s\\n\" \"${COMPREPLY[@]}\"' " PAINATLAS_COMPLETION_SCRIPT " " +
      std::string(PAINATLAS_CLI_PATH);
  for (const auto& word : words) command += " '" + word + "'";
  const auto result = run_process(command);
  std::set<std::string> offered;
  std::istringstream lines(result.out);
  for (std::string line; std::getline(lines, line);)
    if (!line.empty()) offered.insert(line);
  return offered;
}

// The completion script lists commands and options by hand; this keeps it to what --help-all
// says the program accepts, so neither can change without the other.
TEST(Cli, CompletionOffersEveryCommandAndOptionTheHelpLists) {
  const auto help = run_process(std::string(PAINATLAS_CLI_PATH) + " --help-all");
  ASSERT_EQ(help.exit_code, 0);
  std::set<std::string> commands;
  std::map<std::string, std::set<std::string>> options;  // "" holds the global ones
  std::string current;
  bool in_commands = false;
  std::istringstream lines(help.out);
  for (std::string line; std::getline(lines, line);) {
    if (line == "Subcommands:") in_commands = true;
    if (in_commands && !line.empty() && line[0] >= 'a' && line[0] <= 'z' &&
        line.find(' ') == std::string::npos) {
      current = line;
      commands.insert(line);
      continue;
    }
    const auto first = line.find_first_not_of(' ');
    if (first == std::string::npos || line[first] != '-') continue;
    const auto dashes = line.find("--", first);
    if (dashes == std::string::npos) continue;
    const auto end = line.find_first_of(" :", dashes);
    options[current].insert(line.substr(dashes, end - dashes));
  }
  ASSERT_GE(commands.size(), 9u) << help.out;
  EXPECT_TRUE(commands.contains("export-site"));
  EXPECT_EQ(completions({""}), commands);
  for (const auto& option : options[""])
    EXPECT_TRUE(completions({"--"}).contains(option)) << option;
  for (const auto& command : commands)
    for (const auto& option : options[command])
      EXPECT_TRUE(completions({command, "--"}).contains(option)) << command << " " << option;
}

TEST(Cli, CompletionOffersTechniqueAndTermIdsFromTheContentOnTheLine) {
  const std::string content = testing::mini_content_dir().string();
  EXPECT_EQ(completions({"--content", content, "show", ""}),
            (std::set<std::string>{"knee-intra-articular-injection", "lumbar-transforaminal-esi",
                                   "stellate-ganglion-block"}));
  EXPECT_EQ(completions({"--content", content, "filter", "--indication", "lumbar"}),
            std::set<std::string>{"lumbar-radiculopathy"});
  EXPECT_EQ(completions({"--format", "j"}), std::set<std::string>{"json"});
  // Guides by their ids: for condition, and for speak once --condition is on the line.
  EXPECT_EQ(completions({"--content", content, "condition", ""}),
            std::set<std::string>{"lumbar-radiculopathy"});
  EXPECT_EQ(completions({"--content", content, "speak", "--condition", ""}),
            std::set<std::string>{"lumbar-radiculopathy"});
  EXPECT_EQ(completions({"--content", content, "speak", "st"}),
            std::set<std::string>{"stellate-ganglion-block"});
}

// One version everywhere: the program's from CMake, and the content version of the catalog it
// ships, as content/catalog.yaml says.
TEST(Cli, VersionNamesTheProgramAndTheBundledContentVersion) {
  const auto result = run_process(std::string(PAINATLAS_CLI_PATH) + " --version");
  ASSERT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out, "painatlas-cli " + std::string(kProgramVersion) + " (bundled content " +
                            testing::bundled_catalog().catalog->info().version + ")\n");
}

TEST(Cli, IdsFormatPrintsOneIdPerLineForScripts) {
  const auto listed = run_process(cli("--format ids list"));
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  EXPECT_EQ(listed.out,
            "knee-intra-articular-injection\nlumbar-transforaminal-esi\nstellate-ganglion-block\n");
  const auto filtered = run_process(cli("--format ids filter --indication sciatica"));
  EXPECT_EQ(filtered.out, "lumbar-transforaminal-esi\n");
  EXPECT_EQ(run_process(cli("--format ids show knee-intra-articular-injection")).exit_code, 2);
}

TEST(Cli, ConditionBySynonymListsOptionsOfSeveralKindsWithTheirTechniques) {
  const std::string bundled = testing::bundled_content_dir().string();
  const auto result = run_process(cli("--format json condition sciatica", bundled));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json guide = json::parse(result.out);
  EXPECT_EQ(guide["id"], "lumbar-radiculopathy");
  EXPECT_EQ(guide["audience"], "student");
  std::set<std::string> kinds;
  std::vector<std::string> techniques;
  for (const auto& option : guide["options"]) {
    kinds.insert(option["kind"].get<std::string>());
    EXPECT_TRUE(option.contains("name"));
    EXPECT_TRUE(option["answers"].contains("works"));
    if (option.contains("technique")) techniques.push_back(option["technique"]);
  }
  EXPECT_GE(kinds.size(), 4u);
  EXPECT_TRUE(kinds.contains("procedure"));
  EXPECT_NE(std::find(techniques.begin(), techniques.end(), "lumbar-transforaminal-esi"),
            techniques.end());
  // A covered term and a typed lay name lead to the same guide, in plain words.
  const auto patient =
      run_process(cli("--format json condition 'slipped disc' --audience patient", bundled));
  ASSERT_EQ(patient.exit_code, 0) << patient.err;
  const json plain = json::parse(patient.out);
  EXPECT_EQ(plain["id"], "lumbar-radiculopathy");
  EXPECT_EQ(plain["name"], "Sciatica");
  EXPECT_EQ(plain["about"].get<std::string>().find("(Koes 2007)") == std::string::npos, false)
      << "JSON keeps the text as written, citations included";
}

TEST(Cli, ConditionTextShowsTheGridAndAnUnknownNameSuggests) {
  const auto text = run_process(cli("condition 'pinched nerve in the back' --audience patient"));
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("Your options, usually tried in this order"), std::string::npos);
  EXPECT_NE(text.out.find("Compared with a dummy treatment: Worked no better than a dummy"),
            std::string::npos);
  EXPECT_EQ(text.out.find("(Koes 2007)"), std::string::npos) << "patient text has no citations";
  const auto unknown = run_process(cli("condition sciatca"));
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("did you mean Lumbar radiculopathy"), std::string::npos)
      << unknown.err;
  const auto no_guide = run_process(cli("condition CRPS"));
  EXPECT_EQ(no_guide.exit_code, 1);
  EXPECT_NE(no_guide.err.find("no condition guide for \"Complex regional pain syndrome\""),
            std::string::npos)
      << no_guide.err;
}

TEST(Cli, ConditionHandoutIsForPatientsUnlessAStudentOneIsAskedFor) {
  const auto html = run_process(cli("condition sciatica --format html"));
  ASSERT_EQ(html.exit_code, 0) << html.err;
  EXPECT_TRUE(html.out.starts_with("<!DOCTYPE html>"));
  EXPECT_NE(html.out.find("<h1>Your options for sciatica</h1>"), std::string::npos);
  const auto student = run_process(cli("condition sciatica --format markdown --audience student"));
  ASSERT_EQ(student.exit_code, 0) << student.err;
  EXPECT_NE(student.out.find("# Lumbar radiculopathy: the options"), std::string::npos);
  EXPECT_NE(student.out.find("(Koes 2007)"), std::string::npos);
}

TEST(Cli, ListConditionsListsTheGuides) {
  const auto result = run_process(cli("--format json list --conditions"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(ids_of(json::parse(result.out)), std::vector<std::string>{"lumbar-radiculopathy"});
  const auto text = run_process(cli("list --conditions"));
  EXPECT_NE(text.out.find("Lumbar radiculopathy (Sciatica), 4 options"), std::string::npos);
  EXPECT_NE(text.out.find("1 condition guide"), std::string::npos);
}

}  // namespace
}  // namespace painatlas
