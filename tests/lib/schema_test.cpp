// The JSON Schemas editors use must agree with what the loader accepts.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <span>

#include "content/condition_guide.h"
#include "content/enums.h"
#include "content/technique_reader.h"
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

std::vector<std::string> schema_keys(const json& properties) {
  std::vector<std::string> out;
  for (const auto& [key, value] : properties.items()) out.push_back(key);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> loader_keys(std::span<const std::string_view> known) {
  std::vector<std::string> out(known.begin(), known.end());
  std::sort(out.begin(), out.end());
  return out;
}

// A key the loader accepts but the schema lacks makes editors flag valid files, and the reverse
// lets editors accept what the loader refuses.
TEST(Schema, TechniqueKeysAreTheLoadersKeys) {
  const json schema = read_schema("technique.schema.json");
  const json& p = schema["properties"];
  EXPECT_EQ(schema_keys(p), loader_keys(kTechniqueKeys));
  EXPECT_EQ(schema_keys(p["indications"]["items"]["properties"]), loader_keys(kIndicationKeys));
  EXPECT_EQ(schema_keys(p["contraindications"]["items"]["properties"]),
            loader_keys(kContraindicationKeys));
  EXPECT_EQ(schema_keys(p["risks"]["items"]["properties"]), loader_keys(kRiskKeys));
  EXPECT_EQ(schema_keys(p["references"]["items"]["properties"]), loader_keys(kReferenceKeys));
}

TEST(Schema, GuidelineClassesMatchTheLoader) {
  EXPECT_EQ(
      read_schema(
          "guideline.schema.json")["properties"]["items"]["items"]["properties"]["class"]["enum"]
          .get<std::vector<std::string>>(),
      ids<BleedingRisk>());
}

TEST(Schema, ConditionEnumsMatchTheLoader) {
  const json schema = read_schema("condition.schema.json");
  const json& option = schema["properties"]["options"]["items"]["properties"];
  EXPECT_EQ(option["kind"]["enum"].get<std::vector<std::string>>(), ids<OptionKind>());
  EXPECT_EQ(option["certainty"]["enum"].get<std::vector<std::string>>(), ids<EvidenceLevel>());
  EXPECT_EQ(option["versus_placebo"]["enum"].get<std::vector<std::string>>(), ids<VersusPlacebo>());
  // Every question the loader reads is in the schema, and nothing else.
  std::vector<std::string> questions;
  for (OptionQuestion question : kOptionQuestions)
    questions.emplace_back(option_question_id(question));
  for (const auto& question : questions) EXPECT_TRUE(option.contains(question)) << question;
}

TEST(Schema, ReferencesHaveTheSameFieldsInBothSchemas) {
  const json technique = read_schema("technique.schema.json")["properties"]["references"]["items"];
  const json condition = read_schema("condition.schema.json")["definitions"]["reference"];
  EXPECT_EQ(technique["properties"].size(), condition["properties"].size());
  for (const auto& [key, unused] : condition["properties"].items())
    EXPECT_TRUE(technique["properties"].contains(key)) << key;
}

TEST(Schema, TermKindsMatchTheLoader) {
  EXPECT_EQ(read_schema("terms.schema.json")["properties"]["kind"]["enum"]
                .get<std::vector<std::string>>(),
            ids<TermKind>());
}

}  // namespace
}  // namespace painatlas
