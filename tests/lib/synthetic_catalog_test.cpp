// The benchmarks' synthetic corpus must stay valid content: a corpus that breaks today's rules
// measures error messages, not a catalog (it once carried nine errors per technique).
#include "synthetic_catalog.h"

#include <gtest/gtest.h>

#include "catalog/catalog.h"
#include "content/loader.h"
#include "content/problem.h"
#include "test_support.h"

namespace painatlas {
namespace {

namespace fs = std::filesystem;

TEST(SyntheticCatalog, IsValidContentShapedLikeTheBundledTechniques) {
  const fs::path directory =
      fs::temp_directory_path() / ("painatlas-synthetic-" + std::to_string(::getpid()));
  const auto bytes = bench::ensure_synthetic_catalog(PAINATLAS_BUNDLED_CONTENT_DIR, directory, 200);
  const LoadResult loaded = load_content(directory);
  fs::remove_all(directory);

  EXPECT_GT(bytes, 200u * 3000);
  ASSERT_EQ(loaded.catalog->techniques().size(), 200u);
  for (std::size_t i = 0; i < loaded.problems.size() && i < 5; ++i)
    ADD_FAILURE() << format_problem(loaded.problems[i]);
  std::size_t risks = 0, sourced = 0;
  for (const Technique& t : loaded.catalog->techniques()) {
    EXPECT_FALSE(t.bleeding_risk_basis.empty()) << t.id;
    for (const Risk& risk : t.risks) {
      ++risks;
      sourced += !risk.source.empty();
    }
  }
  // Two in five, as in the bundled content (157 of 393).
  EXPECT_GT(sourced * 100, risks * 30);
  EXPECT_LT(sourced * 100, risks * 50);
}

}  // namespace
}  // namespace painatlas
