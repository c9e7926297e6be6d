#include "reader/speech_text.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace painatlas {
namespace {

class SpeechTextTest : public ::testing::Test {
 protected:
  const Catalog& catalog = *testing::bundled_catalog().catalog;
  SpeechVocabulary vocabulary{catalog};
  std::vector<std::string> said;
  std::string say(std::string_view text) { return speakable(text, vocabulary, said); }
};

TEST_F(SpeechTextTest, OddsAreSpokenAsWords) {
  EXPECT_EQ(say("About 1 in 100 people."), "About one in a hundred people.");
  EXPECT_EQ(say("Between 1 in 1,000 and 1 in 10,000."),
            "Between one in a thousand and one in ten thousand.");
  EXPECT_EQ(say("About 4 in 10 felt dizzy, 1 in 4 later."),
            "About four in ten felt dizzy, one in four later.");
}

TEST_F(SpeechTextTest, SymbolsAreSpokenAsWords) {
  EXPECT_EQ(say("In 2.6% of people"), "In 2.6 percent of people");
  EXPECT_EQ(say("\xE2\x89\xA5 3 months"), "at least 3 months");
  EXPECT_EQ(say("2\xE2\x80\x93"
                "3 days"),
            "2 to 3 days");
  EXPECT_EQ(say("at 42 \xC2\xB0"
                "C"),
            "at 42 degrees");
  EXPECT_EQ(say("14,956 injections"), "14956 injections");
  EXPECT_EQ(say("e.g. walking"), "for example walking");
}

TEST_F(SpeechTextTest, AnAbbreviationIsExpandedTheFirstTimeFromTheVocabulary) {
  EXPECT_EQ(vocabulary.expansion("SCS"), "spinal cord stimulation");
  EXPECT_EQ(vocabulary.expansion("DRG"), "dorsal root ganglion");
  EXPECT_EQ(vocabulary.expansion("CRPS"), "complex regional pain syndrome");
  EXPECT_EQ(say("SCS helps some. SCS needs a trial."),
            "Spinal cord stimulation helps some. S C S needs a trial.");
  // An abbreviation the vocabulary does not explain is left for the voice to spell.
  EXPECT_EQ(vocabulary.expansion("MRI"), "");
  EXPECT_EQ(say("an MRI scan"), "an MRI scan");
}

TEST_F(SpeechTextTest, CitationsAreNotRead) {
  EXPECT_EQ(speakable("It helps (Busse 2025). Safe (NICE NG59).", vocabulary, said, {"NICE NG59"}),
            "It helps. Safe.");
}

TEST_F(SpeechTextTest, ATechniqueIsReadSectionBySectionInPlainWords) {
  const Technique& tfesi = *catalog.find_technique("lumbar-transforaminal-esi");
  const auto paragraphs = technique_speech(catalog, tfesi, vocabulary);
  ASSERT_GE(paragraphs.size(), 10u);
  EXPECT_EQ(paragraphs[1].key, "patient_summary");
  EXPECT_TRUE(paragraphs[1].text.starts_with("What it is. "));
  bool risks = false;
  for (const auto& paragraph : paragraphs) {
    EXPECT_EQ(paragraph.text.find('%'), std::string::npos) << paragraph.text;
    if (paragraph.key == "risks") {
      risks = true;
      EXPECT_NE(paragraph.text.find("one in a hundred"), std::string::npos) << paragraph.text;
    }
  }
  EXPECT_TRUE(risks);
}

TEST_F(SpeechTextTest, AGuideIsReadWithOneParagraphPerOptionAndNoCitations) {
  const ConditionGuide& guide = *catalog.find_condition("lumbar-radiculopathy");
  const auto paragraphs = condition_speech(catalog, guide, vocabulary);
  std::size_t options = 0;
  for (const auto& paragraph : paragraphs) {
    if (paragraph.key.starts_with("option.")) ++options;
    EXPECT_EQ(paragraph.text.find(" 2007)"), std::string::npos) << paragraph.text;
    EXPECT_EQ(paragraph.text.find("NICE NG59"), std::string::npos) << paragraph.text;
  }
  EXPECT_EQ(options, guide.options.size());
  EXPECT_EQ(paragraphs.front().text, "Your options for sciatica.");
}

}  // namespace
}  // namespace painatlas
