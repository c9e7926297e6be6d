// Content anyone can edit, at its worst: every case gets a precise message, never a crash or a
// hang, and the valid files beside it still load.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <thread>

#include "content/condition_reader.h"
#include "content/content_watcher.h"
#include "content/technique_reader.h"
#include "test_support.h"

namespace painatlas {
namespace {

namespace fs = std::filesystem;
using testing::ScratchContent;

std::string read_text(const fs::path& path) {
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

// A valid technique file with one line replaced, under a new id.
void write_variant(const ScratchContent& content, const std::string& id, const std::string& from,
                   const std::string& to) {
  std::string text = read_text(content.techniques() / "knee-intra-articular-injection.yaml");
  text.replace(text.find("id: knee-intra-articular-injection"), 34, "id: " + id);
  if (!from.empty()) text.replace(text.find(from), from.size(), to);
  std::ofstream(content.techniques() / (id + ".yaml")) << text;
}

TEST(HostileContent, CyclesInRelatedAreFine) {
  ScratchContent content;
  // The mini catalog already links stellate <-> TFESI both ways; a three-way cycle too:
  write_variant(content, "cycle-a", "related: [lumbar-transforaminal-esi]", "related: [cycle-b]");
  write_variant(content, "cycle-b", "related: [lumbar-transforaminal-esi]", "related: [cycle-a]");
  const LoadResult result = content.load();
  EXPECT_EQ(count_errors(result.problems), 0u);
  EXPECT_EQ(result.catalog->find_technique("cycle-a")->related,
            std::vector<std::string>{"cycle-b"});
}

TEST(HostileContent, AMegabyteLineIsRefusedAsTooLongAText) {
  ScratchContent content;
  write_variant(content, "long-line",
                "summary: Corticosteroid injected into the knee joint for osteoarthritis flares.",
                "summary: " + std::string(1000 * 1000, 'a'));
  const LoadResult result = content.load();
  EXPECT_TRUE(
      testing::has_problem(result, "'summary' is 1000000 bytes; the limit for one text is 65536"));
  EXPECT_EQ(result.catalog->techniques().size(),
            4u);  // the file itself still loads, minus nothing else
}

TEST(HostileContent, AFileOverTheSizeLimitIsNotRead) {
  ScratchContent content;
  write_variant(content, "huge",
                "summary: Corticosteroid injected into the knee joint for osteoarthritis flares.",
                "summary: x\n# " + std::string(2 * 1024 * 1024, 'z'));
  const LoadResult result = content.load();
  EXPECT_TRUE(testing::has_problem(result, "huge.yaml: error: file is"));
  EXPECT_TRUE(testing::has_problem(result, "the limit is 1048576 bytes"));
  EXPECT_EQ(result.catalog->techniques().size(), 3u);
}

TEST(HostileContent, ASymlinkLoopIsReported) {
  ScratchContent content;
  fs::create_symlink("loop.yaml", content.techniques() / "loop.yaml");
  const LoadResult result = content.load();
  EXPECT_TRUE(testing::has_problem(
      result, "loop.yaml: error: cannot read the file: Too many levels of symbolic links"));
  EXPECT_EQ(result.catalog->techniques().size(), 3u);
}

TEST(HostileContent, TooLongAListIsReported) {
  ScratchContent content;
  std::string aliases = "aliases: [";
  for (int i = 0; i < 600; ++i) aliases += (i ? ", a" : "a") + std::to_string(i);
  write_variant(content, "many-aliases", "aliases: [knee injection, knee steroid shot]",
                aliases + "]");
  EXPECT_TRUE(testing::has_problem(content.load(), "'aliases' has 600 items; the limit is 500"));
}

TEST(HostileContent, TheTechniqueLimitIsReportedAndTheFirstOnesLoad) {
  ScratchContent content;
  ContentLimits limits;
  limits.max_techniques = 2;
  const LoadResult result = load_content(content.path(), limits);
  EXPECT_EQ(result.catalog->techniques().size(), 2u);
  EXPECT_TRUE(testing::has_problem(result, "the catalog already holds 2 techniques, the limit"));
}

TEST(HostileContent, ABrokenTermFileDoesNotHideTheOthers) {
  ScratchContent content;
  std::ofstream(content.path() / "terms" / "broken.yaml")
      << "kind: condition\nterms: [ {id: x, name: [unclosed\n";
  const LoadResult result = content.load();
  EXPECT_TRUE(testing::has_problem(result, "broken.yaml:"));
  EXPECT_NE(result.catalog->find_term("lumbar-radiculopathy"), nullptr);
  EXPECT_NE(result.catalog->find_term("pregnancy"), nullptr);
  EXPECT_EQ(result.catalog->techniques().size(), 3u);
}

TEST(HostileContent, WrongTypesAtEveryLevelAreReportedWithTheirPlace) {
  ScratchContent content;
  write_variant(
      content, "wrong-types",
      "contraindications:\n  - term: infection-at-site\n    severity: absolute",
      "contraindications:\n  - [infection-at-site]\n  - term: {a: b}\n    severity: absolute");
  const LoadResult result = content.load();
  EXPECT_TRUE(
      testing::has_problem(result, "contraindication: expected a map of fields, found a list"));
  EXPECT_TRUE(testing::has_problem(result, "'term' expected text, found a map"));
}

TEST(HostileContent, EveryFuzzerFindingStaysFixed) {
  const fs::path findings = testing::test_data_dir() / "fuzz-regressions";
  std::size_t kept = 0;
  for (const auto& entry : fs::directory_iterator(findings)) {
    if (entry.path().filename() == "README.md") continue;
    ++kept;
    std::vector<Problem> problems;
    ProblemSink sink(entry.path().string(), problems);
    // Each must return, whatever the bytes.
    (void)read_technique_file(entry.path(), sink, ContentLimits{});
    (void)read_condition_file(entry.path(), sink, ContentLimits{});
  }
  if (kept == 0) GTEST_SKIP() << "no findings kept yet";
}

TEST(ContentWatcher, NoticesAnEditedFile) {
  ScratchContent content;
  std::atomic<int> changes{0};
  ContentWatcher watcher(content.path(), [&] { ++changes; });
  ASSERT_TRUE(watcher.watching());
  std::ofstream(content.techniques() / "stellate-ganglion-block.yaml", std::ios::app) << "\n";
  for (int i = 0; i < 100 && changes == 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(changes, 1);
}

}  // namespace
}  // namespace painatlas
