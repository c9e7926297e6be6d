#include "export/handout.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>

#include "reader/screening.h"
#include "export/condition_handout.h"
#include "test_support.h"

namespace painatlas {
namespace {

// Checks that every opened element is closed in order (void elements aside): enough to catch
// broken markup from unescaped content.
bool well_formed(const std::string& html, std::string& why) {
  static const std::regex tag(R"(<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>)");
  const std::set<std::string> voids{"meta", "br", "hr", "img", "link", "input"};
  std::vector<std::string> open;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), tag); it != std::sregex_iterator();
       ++it) {
    const std::string name = (*it)[2];
    if (voids.contains(name) || (*it)[3] == "/") continue;
    if ((*it)[1] == "/") {
      if (open.empty() || open.back() != name) {
        why = "unexpected </" + name + ">";
        return false;
      }
      open.pop_back();
    } else {
      open.push_back(name);
    }
  }
  why = open.empty() ? "" : "unclosed <" + open.back() + ">";
  return open.empty();
}

std::string escape_for_test(const std::string& text) {
  std::string out;
  for (char c : text) out += c == '\'' ? std::string("&#39;") : std::string(1, c);
  return out;
}

TEST(Handout, IsAWellFormedSelfContainedPageInPlainLanguage) {
  const LoadResult loaded = load_content(testing::bundled_content_dir());
  for (const Technique& technique : loaded.catalog->techniques()) {
    const std::string html = render_handout(*loaded.catalog, technique, HandoutFormat::Html);
    std::string why;
    EXPECT_TRUE(well_formed(html, why)) << technique.id << ": " << why;
    EXPECT_TRUE(html.starts_with("<!DOCTYPE html>"));
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("http"), std::string::npos) << "self-contained: nothing to fetch";
    for (const char* section :
         {"What it is", "Why it is offered", "What happens", "Before", "After",
          "Possible problems, and how often", "Questions to ask your doctor", "not medical advice",
          "Last reviewed"})
      EXPECT_NE(html.find(section), std::string::npos) << technique.id << " lacks " << section;
    EXPECT_NE(html.find(" in "), std::string::npos);  // "1 in N" wording
  }
}

TEST(Handout, EscapesMarkupInContent) {
  testing::ScratchContent content;
  const auto file = content.techniques() / "knee-intra-articular-injection.yaml";
  std::ifstream in(file);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  in.close();
  const std::string original =
      "patient_summary: The doctor puts medicine into your knee joint to ease pain.";
  text.replace(text.find(original), original.size(),
               "patient_summary: \"<script>alert('x')</script> & <b>bold</b>\"");
  std::ofstream(file) << text;
  const LoadResult loaded = content.load();
  const Technique& technique = *loaded.catalog->find_technique("knee-intra-articular-injection");
  const std::string html = render_handout(*loaded.catalog, technique, HandoutFormat::Html);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(
      html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"),
      std::string::npos);
  std::string why;
  EXPECT_TRUE(well_formed(html, why)) << why;
  const std::string markdown = render_handout(*loaded.catalog, technique, HandoutFormat::Markdown);
  EXPECT_EQ(markdown.find("<script>"), std::string::npos);
  EXPECT_NE(markdown.find("# Knee intra-articular injection"), std::string::npos);
}

TEST(Handout, IncludesTheReadersSituationWhenAskedEscapedAndWithoutClinicalNotes) {
  testing::ScratchContent content;
  const auto file = content.techniques() / "lumbar-transforaminal-esi.yaml";
  std::ifstream in(file);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  in.close();
  const std::string listing = "  - term: anticoagulant-therapy\n    severity: relative\n";
  const auto at = text.find(listing);
  ASSERT_NE(at, std::string::npos);
  text.insert(at + listing.size(), "    note: \"<b>Narouze 2018</b>\"\n");
  std::ofstream(file) << text;
  const LoadResult loaded = content.load();
  ASSERT_EQ(count_errors(loaded.problems), 0u);
  const Technique& tfesi = *loaded.catalog->find_technique("lumbar-transforaminal-esi");
  const auto screening = screen(*loaded.catalog, {"warfarin-therapy"});
  const ScreeningResult& mine = screening[*loaded.catalog->technique_index(tfesi.id)];
  const std::string without = render_handout(*loaded.catalog, tfesi, HandoutFormat::Html);
  const std::string with = render_handout(*loaded.catalog, tfesi, HandoutFormat::Html, &mine);
  EXPECT_EQ(without.find("Your situation"), std::string::npos);
  EXPECT_NE(with.find("<h2>Your situation</h2>"), std::string::npos);
  EXPECT_NE(with.find("Needs extra care"), std::string::npos);
  EXPECT_NE(with.find("Taking a blood thinner"), std::string::npos);
  EXPECT_EQ(with.find("Narouze 2018"), std::string::npos) << "clinical notes stay out";
  std::string why;
  EXPECT_TRUE(well_formed(with, why)) << why;
}
TEST(ConditionHandout, IsOnePrintablePageWithTheOptionGrid) {
  const LoadResult& loaded = testing::bundled_catalog();
  for (const ConditionGuide& guide : loaded.catalog->conditions()) {
    const std::string html =
        render_condition_handout(*loaded.catalog, guide, Audience::Patient, HandoutFormat::Html);
    std::string why;
    EXPECT_TRUE(well_formed(html, why)) << guide.term << ": " << why;
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_NE(html.find("@page{size:A4 landscape"), std::string::npos);
    EXPECT_NE(html.find("<table>"), std::string::npos);
    for (const char* section : {"Your options for", "Get help at once if", "How well does it work?",
                                "Questions to ask your doctor", "What matters most to you?",
                                "not medical advice", "Last reviewed"})
      EXPECT_NE(html.find(section), std::string::npos) << guide.term << " lacks " << section;
    for (const auto& option : guide.options)
      EXPECT_NE(html.find(escape_for_test(option.lay_name)), std::string::npos) << option.lay_name;
  }
}

TEST(ConditionHandout, EscapesMarkupInBothFormats) {
  testing::ScratchContent content;
  const auto file = content.path() / "conditions" / "lumbar-radiculopathy.yaml";
  std::ifstream in(file);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  in.close();
  const std::string original = "patient: Daily pills for nerve pain (Koes 2007).";
  text.replace(text.find(original), original.size(),
               "patient: \"<script>x</script> | *pills* (Koes 2007).\"");
  std::ofstream(file) << text;
  const LoadResult loaded = content.load();
  const ConditionGuide& guide = *loaded.catalog->find_condition("lumbar-radiculopathy");
  const std::string html =
      render_condition_handout(*loaded.catalog, guide, Audience::Patient, HandoutFormat::Html);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;x&lt;/script&gt; | *pills*"), std::string::npos);
  std::string why;
  EXPECT_TRUE(well_formed(html, why)) << why;
  const std::string markdown =
      render_condition_handout(*loaded.catalog, guide, Audience::Patient, HandoutFormat::Markdown);
  EXPECT_EQ(markdown.find("<script>"), std::string::npos);
  // A '|' in content must not split the table cell.
  EXPECT_NE(markdown.find("&lt;script&gt;x&lt;/script&gt; \\| \\*pills\\*"), std::string::npos);
  EXPECT_NE(markdown.find("| What does it involve? |"), std::string::npos);
}

}  // namespace
}  // namespace painatlas
