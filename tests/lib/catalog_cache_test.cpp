#include "content/catalog_cache.h"

#include <gtest/gtest.h>

#include <fstream>
#include <thread>

#include "export/condition_json.h"
#include "export/json_export.h"
#include "test_support.h"

namespace painatlas {
namespace {

namespace fs = std::filesystem;

// Everything a reader can see of a catalog, as one JSON value, for comparing two loads.
nlohmann::json everything(const LoadResult& loaded) {
  nlohmann::json out = nlohmann::json::array();
  for (const Technique& t : loaded.catalog->techniques()) {
    out.push_back(technique_json(*loaded.catalog, t, Audience::Student));
    out.back()["source"] = {t.source.file, t.source.line};
  }
  for (const ConditionGuide& guide : loaded.catalog->conditions()) {
    out.push_back(condition_json(*loaded.catalog, guide, Audience::Student));
    out.back()["source"] = {guide.source.file, guide.source.line};
  }
  for (const Term& term : loaded.catalog->terms())
    out.push_back(term_json(term, loaded.catalog->term_usage(term.id)));
  for (const Problem& p : loaded.problems) out.push_back(format_problem(p));
  out.push_back(loaded.catalog->body_map().regions.size());
  out.push_back(loaded.catalog->info().version);
  return out;
}

class CatalogCacheTest : public ::testing::Test {
 protected:
  testing::ScratchContent content;
  fs::path cache = content.path().parent_path() / (content.path().filename().string() + ".cbor");
  void TearDown() override { fs::remove(cache); }
};

TEST_F(CatalogCacheTest, ACachedLoadEqualsAFreshOne) {
  std::ofstream(content.techniques() / "broken.yaml") << "id: [oops";  // problems are cached too
  const LoadResult fresh = load_content(content.path());
  const LoadResult first = load_content_cached(content.path(), cache);
  ASSERT_TRUE(fs::exists(cache));
  const LoadResult cached = load_content_cached(content.path(), cache);
  EXPECT_EQ(everything(first), everything(fresh));
  EXPECT_EQ(everything(cached), everything(fresh));
  EXPECT_FALSE(cached.catalog->search_index().search("stelate").empty());
  ASSERT_EQ(cached.catalog->conditions().size(), 1u);
  EXPECT_FALSE(cached.catalog->condition_search_index().search("sciatica").empty());
  EXPECT_EQ(cached.catalog->conditions().front().options[2].versus_placebo,
            VersusPlacebo::NoBetter);
}

TEST_F(CatalogCacheTest, AnEditedFileIsReadAgain) {
  (void)load_content_cached(content.path(), cache);
  const fs::path file = content.techniques() / "stellate-ganglion-block.yaml";
  std::string text;
  {
    std::ifstream in(file);
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  text.replace(text.find("name: Stellate ganglion block"), 29,
               "name: Stellate ganglion block (edited)");
  std::ofstream(file) << text;
  const LoadResult again = load_content_cached(content.path(), cache);
  EXPECT_EQ(again.catalog->find_technique("stellate-ganglion-block")->name,
            "Stellate ganglion block (edited)");
}

TEST_F(CatalogCacheTest, ADamagedCacheFallsBackToTheYaml) {
  (void)load_content_cached(content.path(), cache);
  std::ofstream(cache, std::ios::binary | std::ios::trunc) << "\xff\x00garbage";
  const LoadResult loaded = load_content_cached(content.path(), cache);
  EXPECT_EQ(loaded.catalog->techniques().size(), 3u);
  EXPECT_EQ(everything(loaded), everything(load_content(content.path())));
}

// The browser's site carries the cache without the YAML it was made from.
TEST_F(CatalogCacheTest, ASnapshotIsReadWithoutTheContentItWasMadeFrom) {
  const LoadResult fresh = load_content(content.path());
  (void)load_content_cached(content.path(), cache);
  fs::remove_all(content.path());
  const auto snapshot = read_catalog_snapshot(cache);
  ASSERT_TRUE(snapshot.has_value());
  EXPECT_EQ(everything(*snapshot), everything(fresh));
  EXPECT_FALSE(snapshot->catalog->search_index().search("stelate").empty());
}

TEST_F(CatalogCacheTest, AMissingOrDamagedSnapshotGivesNothing) {
  EXPECT_FALSE(read_catalog_snapshot(cache).has_value());
  (void)load_content_cached(content.path(), cache);
  std::ofstream(cache, std::ios::binary | std::ios::trunc) << "\xff\x00garbage";
  EXPECT_FALSE(read_catalog_snapshot(cache).has_value());
}

}  // namespace
}  // namespace painatlas
