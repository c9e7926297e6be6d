// Writing the pages never costs the reader a file: a folder holding anything else is refused
// untouched, a re-export replaces only what the exporter wrote, and the desktop's copy is
// rewritten only when the content changed.
#include "export/site_directory.h"

#include <gtest/gtest.h>

#include <fstream>

#include "export/site.h"
#include "test_support.h"

namespace painatlas {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& path) {
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

std::vector<SitePage> two_pages(const std::string& second) {
  return {{"index.html", "<p>index</p>"}, {"techniques/" + second + ".html", "<p>page</p>"}};
}

TEST(SiteDirectory, WritesIntoANewFolderAndIntoAnEmptyOne) {
  testing::ScratchDirectory scratch;
  const auto fresh = write_site(scratch.path() / "new" / "site", two_pages("a"));
  ASSERT_TRUE(fresh.ok()) << fresh.message;
  EXPECT_EQ(fresh.written, 2u);
  EXPECT_EQ(read(scratch.path() / "new" / "site" / "techniques" / "a.html"), "<p>page</p>");
  fs::create_directory(scratch.path() / "empty");
  EXPECT_TRUE(write_site(scratch.path() / "empty", two_pages("a")).ok());
  // Published pages are readable by the web server, not only by their owner.
  const auto permissions = fs::status(scratch.path() / "empty" / "index.html").permissions();
  EXPECT_NE(permissions & fs::perms::others_read, fs::perms::none);
}

TEST(SiteDirectory, RefusesAFolderHoldingOtherFilesAndLeavesItUntouched) {
  testing::ScratchDirectory scratch;
  std::ofstream(scratch.path() / "index.html") << "my own page";
  const auto result = write_site(scratch.path(), two_pages("a"));
  EXPECT_EQ(result.outcome, SiteWriteResult::Outcome::Refused);
  EXPECT_NE(result.message.find("is not empty"), std::string::npos) << result.message;
  EXPECT_EQ(read(scratch.path() / "index.html"), "my own page");
  EXPECT_FALSE(fs::exists(scratch.path() / "techniques"));
  EXPECT_FALSE(fs::exists(scratch.path() / kSiteMarkerFile));
}

TEST(SiteDirectory, RefusesAFileInPlaceOfTheFolder) {
  testing::ScratchDirectory scratch;
  std::ofstream(scratch.path() / "site") << "a file";
  EXPECT_EQ(write_site(scratch.path() / "site", two_pages("a")).outcome,
            SiteWriteResult::Outcome::Refused);
  EXPECT_EQ(read(scratch.path() / "site"), "a file");
}

TEST(SiteDirectory, ReexportReplacesItsOwnPagesRemovesGoneOnesAndKeepsTheReadersFiles) {
  testing::ScratchDirectory scratch;
  ASSERT_TRUE(write_site(scratch.path(), two_pages("old-technique")).ok());
  std::ofstream(scratch.path() / "my-notes.txt") << "mine";
  std::ofstream(scratch.path() / "techniques" / "my-extra.html") << "mine too";
  const auto again = write_site(scratch.path(), two_pages("new-technique"));
  ASSERT_TRUE(again.ok()) << again.message;
  EXPECT_EQ(again.removed, 1u);
  EXPECT_FALSE(fs::exists(scratch.path() / "techniques" / "old-technique.html"));
  EXPECT_TRUE(fs::exists(scratch.path() / "techniques" / "new-technique.html"));
  EXPECT_EQ(read(scratch.path() / "my-notes.txt"), "mine");
  EXPECT_EQ(read(scratch.path() / "techniques" / "my-extra.html"), "mine too");
}

TEST(SiteDirectory, AMarkerNamingFilesOutsideTheFolderRemovesNothingThere) {
  testing::ScratchDirectory scratch;
  fs::create_directory(scratch.path() / "site");
  std::ofstream(scratch.path() / "precious.txt") << "keep";
  std::ofstream(scratch.path() / "site" / std::string(kSiteMarkerFile))
      << "Pain Atlas web pages: files written by painatlas-cli export-site\nstamp: \n"
      << "../precious.txt\n/etc/hostname\n";
  ASSERT_TRUE(write_site(scratch.path() / "site", two_pages("a")).ok());
  EXPECT_EQ(read(scratch.path() / "precious.txt"), "keep");
}

TEST(SiteDirectory, RefreshWritesOnlyWhenTheStampChanges) {
  testing::ScratchDirectory scratch;
  const Catalog& catalog = *testing::bundled_catalog().catalog;
  const auto first = refresh_site(scratch.path(), catalog, "content-1");
  ASSERT_EQ(first.outcome, SiteWriteResult::Outcome::Written) << first.message;
  EXPECT_EQ(site_stamp(scratch.path()), "content-1");
  EXPECT_EQ(refresh_site(scratch.path(), catalog, "content-1").outcome,
            SiteWriteResult::Outcome::Unchanged);
  fs::remove(scratch.path() / "index.html");  // a cleaner emptied part of the cache
  EXPECT_EQ(refresh_site(scratch.path(), catalog, "content-1").outcome,
            SiteWriteResult::Outcome::Written);
  EXPECT_EQ(refresh_site(scratch.path(), catalog, "content-2").outcome,
            SiteWriteResult::Outcome::Written);
  EXPECT_EQ(site_stamp(scratch.path()), "content-2");
}

}  // namespace
}  // namespace painatlas
