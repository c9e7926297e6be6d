// The accessible web pages of the bundled catalog, checked the way a screen-reader user, a
// keyboard user and a validator would meet them: valid HTML5 (Debian's tidy), every link and
// anchor resolving, one h1 and an ordered outline, landmarks, tables with header cells and
// captions, link texts that stand alone, and content that can never become markup.
#include "export/site.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "export/site_directory.h"
#include "export/site_paths.h"
#include "export/site_style.h"
#include "html_scan.h"
#include "test_support.h"

namespace painatlas {
namespace {

namespace fs = std::filesystem;
using testing::HtmlTag;
using testing::scan_tags;

struct ScannedPage {
  const SitePage* page;
  std::vector<HtmlTag> tags;
};

std::map<std::string, ScannedPage> scan(const std::vector<SitePage>& pages) {
  std::map<std::string, ScannedPage> out;
  for (const SitePage& page : pages)
    if (page.path.ends_with(".html")) out[page.path] = {&page, scan_tags(page.content)};
  return out;
}

std::set<std::string> ids_of(const ScannedPage& page) {
  std::set<std::string> ids;
  for (const HtmlTag& tag : page.tags)
    if (tag.has("id")) ids.insert(tag.get("id"));
  return ids;
}

// "../glossary.html#term-x" from "techniques/a.html" -> "glossary.html", "term-x".
std::pair<std::string, std::string> resolve(const std::string& from, const std::string& href) {
  const auto hash = href.find('#');
  const std::string anchor = hash == std::string::npos ? "" : href.substr(hash + 1);
  std::string path = href.substr(0, hash);
  if (path.empty()) return {from, anchor};
  fs::path target = fs::path(from).parent_path() / path;
  return {target.lexically_normal().generic_string(), anchor};
}

class BundledSite : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    pages_ = new std::vector<SitePage>(build_site(*testing::bundled_catalog().catalog));
    scanned_ = new std::map<std::string, ScannedPage>(scan(*pages_));
  }
  static void TearDownTestSuite() {
    delete scanned_;
    delete pages_;
  }
  static const std::vector<SitePage>& pages() { return *pages_; }
  static const std::map<std::string, ScannedPage>& scanned() { return *scanned_; }

 private:
  static inline std::vector<SitePage>* pages_ = nullptr;
  static inline std::map<std::string, ScannedPage>* scanned_ = nullptr;
};

TEST_F(BundledSite, HasTheIndexGlossaryComparisonAndBothRegistersOfEveryTechniqueAndGuide) {
  const Catalog& catalog = *testing::bundled_catalog().catalog;
  std::set<std::string> paths;
  for (const SitePage& page : pages()) paths.insert(page.path);
  EXPECT_EQ(paths.size(), pages().size()) << "no page is written twice";
  for (const char* page : {"index.html", "glossary.html", "compare.html", "style.css"})
    EXPECT_TRUE(paths.contains(page)) << page;
  for (const Technique& technique : catalog.techniques()) {
    EXPECT_TRUE(paths.contains("techniques/" + technique.id + ".html")) << technique.id;
    EXPECT_TRUE(paths.contains("techniques/" + technique.id + ".patient.html")) << technique.id;
  }
  for (const ConditionGuide& guide : catalog.conditions()) {
    EXPECT_TRUE(paths.contains("conditions/" + guide.term + ".html")) << guide.term;
    EXPECT_TRUE(paths.contains("conditions/" + guide.term + ".patient.html")) << guide.term;
  }
  EXPECT_GE(catalog.conditions().size(), 1u) << "the bundled content has condition guides";
  EXPECT_EQ(pages().size(), 4 + 2 * (catalog.techniques().size() + catalog.conditions().size()));
}

TEST_F(BundledSite, EveryInternalLinkAndAnchorResolves) {
  std::map<std::string, std::set<std::string>> ids;
  for (const auto& [path, page] : scanned()) ids[path] = ids_of(page);
  std::set<std::string> files;
  for (const SitePage& page : pages()) files.insert(page.path);
  std::size_t checked = 0;
  for (const auto& [path, page] : scanned()) {
    for (const HtmlTag& tag : page.tags) {
      std::string href = tag.name == "a"      ? tag.get("href")
                         : tag.name == "link" ? tag.get("href")
                                              : "";
      if (href.empty() || tag.closing) continue;
      if (href.starts_with("https://") || href.starts_with("http://")) continue;
      ASSERT_EQ(href.find(':'), std::string::npos) << path << ": unexpected scheme in " << href;
      const auto [target, anchor] = resolve(path, href);
      ASSERT_TRUE(files.contains(target)) << path << ": " << href << " leads nowhere";
      if (!anchor.empty()) {
        EXPECT_TRUE(ids[target].contains(anchor))
            << path << ": " << href << " has no anchor #" << anchor << " in " << target;
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 5000u) << "the pages link to each other";
}

TEST_F(BundledSite, EveryTechniqueIsReachableFromTheIndexAndLinksToItsOtherRegister) {
  const auto& index = scanned().at("index.html");
  std::set<std::string> linked;
  for (const HtmlTag& tag : index.tags)
    if (tag.name == "a" && !tag.closing) linked.insert(tag.get("href"));
  for (const Technique& technique : testing::bundled_catalog().catalog->techniques()) {
    for (Audience audience : {Audience::Student, Audience::Patient}) {
      EXPECT_TRUE(linked.contains(technique_page(technique.id, audience))) << technique.id;
      const Audience other = audience == Audience::Student ? Audience::Patient : Audience::Student;
      const std::string other_href = fs::path(technique_page(technique.id, other)).filename();
      const auto& page = scanned().at(technique_page(technique.id, audience));
      bool found = false;
      for (std::size_t i = 0; i < page.tags.size(); ++i)
        if (page.tags[i].name == "a" &&
            page.tags[i].get("href") == "../" + technique_page(technique.id, other))
          found = testing::element_text(page.page->content, page.tags, i).starts_with("Read ");
      EXPECT_TRUE(found) << technique.id << " does not link to " << other_href;
    }
  }
}

TEST_F(BundledSite, EveryPageHasLangOneH1AnOrderedOutlineAndLandmarks) {
  std::map<std::string, std::string> page_of_title;
  for (const auto& [path, page] : scanned()) {
    const auto title = std::find_if(page.tags.begin(), page.tags.end(),
                                    [](const HtmlTag& tag) { return tag.name == "title"; });
    ASSERT_NE(title, page.tags.end()) << path;
    const std::string words =
        testing::element_text(page.page->content, page.tags, title - page.tags.begin());
    EXPECT_FALSE(words.empty()) << path;
    const auto [other, unique] = page_of_title.emplace(words, path);
    EXPECT_TRUE(unique) << path << " and " << other->second << " share the title " << words;
    int h1 = 0, previous = 0;
    std::set<std::string> landmarks;
    std::string lang;
    for (const HtmlTag& tag : page.tags) {
      if (tag.closing) continue;
      if (tag.name == "html") lang = tag.get("lang");
      if (tag.name == "header" || tag.name == "nav" || tag.name == "main" || tag.name == "footer")
        landmarks.insert(tag.name);
      if (tag.name.size() == 2 && tag.name[0] == 'h' && tag.name[1] >= '1' && tag.name[1] <= '6') {
        const int level = tag.name[1] - '0';
        if (level == 1) ++h1;
        EXPECT_LE(level, previous + 1)
            << path << ": <" << tag.name << "> after <h" << previous << "> skips a level";
        if (previous == 0) {
          EXPECT_EQ(level, 1) << path << ": the first heading is not the h1";
        }
        previous = level;
      }
    }
    EXPECT_EQ(lang, "en") << path;
    EXPECT_EQ(h1, 1) << path;
    EXPECT_EQ(landmarks.size(), 4u) << path << " lacks a header, nav, main or footer";
    // The skip link is the first link and lands on <main>.
    const auto first_link = std::find_if(page.tags.begin(), page.tags.end(),
                                         [](const HtmlTag& tag) { return tag.name == "a"; });
    ASSERT_NE(first_link, page.tags.end());
    EXPECT_EQ(first_link->get("href"), "#main") << path;
    EXPECT_TRUE(ids_of(page).contains("main")) << path;
  }
}

TEST_F(BundledSite, EveryTableHasACaptionAndHeaderCellsAndEveryImageHasAlt) {
  std::size_t tables = 0;
  for (const auto& [path, page] : scanned()) {
    for (std::size_t i = 0; i < page.tags.size(); ++i) {
      const HtmlTag& tag = page.tags[i];
      if (tag.name == "img" && !tag.closing) {
        EXPECT_TRUE(tag.has("alt")) << path;
      }
      if (tag.name != "table" || tag.closing) continue;
      ++tables;
      bool caption = false, column_headers = false;
      std::size_t rows = 0, row_headers = 0;
      for (std::size_t j = i + 1; j < page.tags.size() && page.tags[j].name != "table"; ++j) {
        const HtmlTag& inner = page.tags[j];
        if (inner.closing) continue;
        if (inner.name == "caption")
          caption = !testing::element_text(page.page->content, page.tags, j).empty();
        if (inner.name == "th" && inner.get("scope") == "col") column_headers = true;
        if (inner.name == "tr") ++rows;
        if (inner.name == "th" && inner.get("scope") == "row") ++row_headers;
      }
      EXPECT_TRUE(caption) << path << ": a table without a caption";
      EXPECT_TRUE(column_headers) << path << ": a table without column headers";
      EXPECT_EQ(row_headers + 1, rows) << path << ": a body row without its row header";
    }
  }
  // A risk table on every technique page, one comparison table per category.
  EXPECT_GE(tables, testing::bundled_catalog().catalog->techniques().size() * 2);
}

// A link read on its own (a screen reader's list of links) must say where it goes: no "click
// here", and one text never leads to two places on a page.
TEST_F(BundledSite, LinkTextsMakeSenseOnTheirOwn) {
  const std::set<std::string> vague{"here",     "click here",     "more",      "read more", "link",
                                    "web page", "plain language", "this page", "details"};
  for (const auto& [path, page] : scanned()) {
    std::map<std::string, std::string> target_of_text;
    for (std::size_t i = 0; i < page.tags.size(); ++i) {
      const HtmlTag& tag = page.tags[i];
      if (tag.name != "a" || tag.closing) continue;
      const std::string words = testing::element_text(page.page->content, page.tags, i);
      std::string lower;
      for (char c : words) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      EXPECT_FALSE(words.empty()) << path << ": a link with no text";
      EXPECT_FALSE(vague.contains(lower)) << path << ": link text \"" << words << "\"";
      const auto [it, inserted] = target_of_text.emplace(words, tag.get("href"));
      EXPECT_TRUE(inserted || it->second == tag.get("href"))
          << path << ": \"" << words << "\" leads to " << it->second << " and to "
          << tag.get("href");
    }
  }
}

TEST_F(BundledSite, EveryPageCarriesTheDisclaimerContentVersionAndReviewDate) {
  const Catalog& catalog = *testing::bundled_catalog().catalog;
  for (const auto& [path, page] : scanned()) {
    const std::string& html = page.page->content;
    EXPECT_NE(html.find(std::string(kDisclaimer)), std::string::npos) << path;
    EXPECT_NE(html.find("content version " + catalog.info().version), std::string::npos) << path;
    EXPECT_NE(html.find("reviewed"), std::string::npos) << path;
    EXPECT_EQ(html.find("<script"), std::string::npos) << path << ": pages need no JavaScript";
    EXPECT_NE(html.find("href=\"" + std::string(path.find('/') == std::string::npos ? "" : "../") +
                        "style.css\""),
              std::string::npos)
        << path << " does not use the shared style sheet";
  }
  for (const Technique& technique : catalog.techniques())
    EXPECT_NE(scanned()
                  .at(technique_page(technique.id, Audience::Patient))
                  .page->content.find("Last reviewed " + technique.last_reviewed),
              std::string::npos)
        << technique.id;
}

// The bleeding-risk class is coloured, and always says its class in words too.
TEST_F(BundledSite, BleedingClassIsGivenInWordsNotOnlyColour) {
  for (const auto& [path, page] : scanned()) {
    for (std::size_t i = 0; i < page.tags.size(); ++i) {
      const std::string style = page.tags[i].get("class");
      if (style.find("bleeding-") == std::string::npos) continue;
      const std::string words = testing::element_text(page.page->content, page.tags, i);
      EXPECT_TRUE(words.ends_with("Low") || words.ends_with("Intermediate") ||
                  words.ends_with("High"))
          << path << ": bleeding badge reads \"" << words << "\"";
    }
  }
}

TEST_F(BundledSite, TheSameCatalogGivesTheSameBytes) {
  const auto again = build_site(*testing::bundled_catalog().catalog);
  ASSERT_EQ(again.size(), pages().size());
  for (std::size_t i = 0; i < again.size(); ++i) {
    EXPECT_EQ(again[i].path, pages()[i].path);
    EXPECT_TRUE(again[i].content == pages()[i].content) << again[i].path;
  }
}

// Debian's tidy (HTML5 mode) finds no error on any page. tidy 5.6 predates ARIA 1.1, so its one
// warning, about aria-current on the navigation link of the page itself, is expected.
TEST_F(BundledSite, EveryPagePassesTidyWithoutErrors) {
  ASSERT_EQ(testing::run_process("tidy -v").exit_code, 0)
      << "tidy is missing: scripts/install-dependencies --tests installs it";
  testing::ScratchDirectory folder;
  ASSERT_TRUE(write_site(folder.path() / "site", pages()).ok());
  for (const auto& [path, page] : scanned()) {
    const auto result = testing::run_process("tidy -errors -q --mute-id yes '" +
                                             (folder.path() / "site" / path).string() + "'");
    EXPECT_NE(result.exit_code, 2) << path << ":\n" << result.err;
    std::istringstream lines(result.err);
    for (std::string line; std::getline(lines, line);)
      EXPECT_NE(line.find("proprietary attribute \"aria-current\""), std::string::npos)
          << path << ": " << line;
  }
}

// No markup from content survives on any page: no injected element, attribute or event handler,
// one h1 and one main, and every table closed.
void expect_markup_stays_text(const std::vector<SitePage>& pages) {
  for (const auto& [path, page] : scan(pages)) {
    const std::string& html = page.page->content;
    for (const char* injected : {"<script", "<b>", "<i>", "<img", "<style", "<em>", "<u>", "<!--",
                                 "<![CDATA", "</main><h1>", "href=\"javascript:",
                                 "<a href=\"https://example.invalid/\">", "<td>x</td>"})
      EXPECT_EQ(html.find(injected), std::string::npos) << path << " contains " << injected;
    int h1 = 0, mains = 0, tables_open = 0;
    for (const HtmlTag& tag : page.tags) {
      for (const auto& [attribute, value] : tag.attributes)
        EXPECT_FALSE(attribute.starts_with("on")) << path << ": an event handler " << attribute;
      if (tag.name == "h1" && !tag.closing) ++h1;
      if (tag.name == "main" && !tag.closing) ++mains;
      if (tag.name == "table") tables_open += tag.closing ? -1 : 1;
    }
    EXPECT_EQ(h1, 1) << path;
    EXPECT_EQ(mains, 1) << path;
    EXPECT_EQ(tables_open, 0) << path;
  }
}

// Hostile content: markup in a technique's name, notes, citations and a term's names comes out
// as text, and a script address is never a link.
TEST(SiteContent, MarkupInContentStaysText) {
  testing::ScratchContent content;
  fs::copy_file(testing::test_data_dir() / "hostile" / "markup_in_technique.yaml",
                content.techniques() / "markup-in-content.yaml");
  fs::copy_file(testing::test_data_dir() / "hostile" / "markup_in_term.yaml",
                content.path() / "terms" / "markup_in_term.yaml");
  const LoadResult loaded = content.load();
  ASSERT_EQ(count_errors(loaded.problems), 0u) << format_problem(loaded.problems.front());
  ASSERT_NE(loaded.catalog->find_technique("markup-in-content"), nullptr);
  const auto pages = build_site(*loaded.catalog);
  expect_markup_stays_text(pages);
  const auto scanned_pages = scan(pages);
  const std::string& student = scanned_pages.at("techniques/markup-in-content.html").page->content;
  EXPECT_NE(student.find("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; Knee &amp; "
                         "&lt;b&gt;hip&lt;/b&gt; injection"),
            std::string::npos);
  EXPECT_NE(student.find("Note with &lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt; in it."),
            std::string::npos);
  EXPECT_NE(student.find("javascript:alert(&#39;url&#39;)"), std::string::npos)
      << "the address is shown as text";
  EXPECT_NE(student.find("href=\"https://example.invalid/?a=1&amp;b=&lt;2&gt;\""),
            std::string::npos);
  const std::string& glossary = scanned_pages.at("glossary.html").page->content;
  EXPECT_NE(glossary.find("&lt;/p&gt;&lt;/main&gt;&lt;footer&gt;fake footer"), std::string::npos);
  EXPECT_NE(glossary.find("x&quot; onmouseover=&quot;alert(1)"), std::string::npos);
}

// The same for a condition guide: its text, option names, questions, values and a reference
// address, on both of its pages.
TEST(SiteContent, MarkupInAConditionGuideStaysText) {
  testing::ScratchContent content;
  fs::copy_file(testing::test_data_dir() / "hostile" / "markup_in_condition.yaml",
                content.path() / "conditions" / "lumbar-radiculopathy.yaml",
                fs::copy_options::overwrite_existing);
  const LoadResult loaded = content.load();
  ASSERT_EQ(count_errors(loaded.problems), 0u) << format_problem(loaded.problems.front());
  ASSERT_EQ(loaded.catalog->conditions().size(), 1u);
  const auto pages = build_site(*loaded.catalog);
  expect_markup_stays_text(pages);
  const auto scanned_pages = scan(pages);
  const std::string& student =
      scanned_pages.at(condition_page("lumbar-radiculopathy", Audience::Student)).page->content;
  EXPECT_NE(student.find("Radicular &lt;script&gt;alert(&#39;about&#39;)&lt;/script&gt; pain "
                         "&lt;/p&gt;&lt;/main&gt;&lt;h1&gt;fake&lt;/h1&gt;"),
            std::string::npos);
  EXPECT_NE(student.find("&lt;em&gt;Advice&lt;/em&gt; to stay active"), std::string::npos);
  EXPECT_NE(student.find("javascript:alert(&#39;url&#39;)"), std::string::npos)
      << "the address is shown as text";
  const std::string& patient =
      scanned_pages.at(condition_page("lumbar-radiculopathy", Audience::Patient)).page->content;
  EXPECT_NE(patient.find("Keep &lt;img src=x onerror=alert(1)&gt; active"), std::string::npos);
  EXPECT_NE(patient.find("What happens if I &lt;u&gt;wait&lt;/u&gt;?"), std::string::npos);
  EXPECT_NE(patient.find("&lt;style&gt;body{display:none}&lt;/style&gt; Keeping active"),
            std::string::npos);
}

}  // namespace
}  // namespace painatlas
