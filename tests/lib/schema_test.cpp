// The JSON Schemas editors use must agree with what the loader accepts.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "content/enums.h"
#include "test_support.h"

namespace painatlas {
namespace {

using nlohmann::json;

json read_schema(const char* name) {
  std::ifstream in(testing::bundled_content_dir() / "schema" / name);
  return json::parse(in);
}

template <typename E>
std::vector<std::string> ids() {
  std::vector<std::string> out;
  for (const auto& entry : enum_entries<E>()) out.emplace_back(entry.id);
  return out;
}

TEST(Schema, TechniqueEnumsMatchTheLoader) {
  const json schema = read_schema("technique.schema.json");
  const json& p = schema["properties"];
  EXPECT_EQ(p["category"]["enum"].get<std::vector<std::string>>(), ids<Category>());
  EXPECT_EQ(p["bleeding_risk"]["enum"].get<std::vector<std::string>>(), ids<BleedingRisk>());
  EXPECT_EQ(p["imaging"]["items"]["enum"].get<std::vector<std::string>>(), ids<Imaging>());
  EXPECT_EQ(p["evidence"]["properties"]["level"]["enum"].get<std::vector<std::string>>(),
            ids<EvidenceLevel>());
  const json& risk = p["risks"]["items"]["properties"];
  EXPECT_EQ(risk["frequency"]["enum"].get<std::vector<std::string>>(), ids<Frequency>());
  EXPECT_EQ(risk["severity"]["enum"].get<std::vector<std::string>>(), ids<RiskSeverity>());
  EXPECT_EQ(p["contraindications"]["items"]["properties"]["severity"]["enum"]
                .get<std::vector<std::string>>(),
            ids<Severity>());
}

TEST(Schema, TermKindsMatchTheLoader) {
  EXPECT_EQ(read_schema("terms.schema.json")["properties"]["kind"]["enum"]
                .get<std::vector<std::string>>(),
            ids<TermKind>());
}

}  // namespace
}  // namespace painatlas
