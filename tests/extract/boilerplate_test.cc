// Boilerplate line rules: the format of extract/rules/boilerplate.txt and the
// shipped rules on the lines web copies bring along.
#include "extract/read/boilerplate.h"

#include "extract/data/rules.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace kg {
namespace {

using ::testing::HasSubstr;

TEST(BoilerplateRulesTest, ExactLinesIgnoreCaseSpacingAndSurroundingSpace) {
  auto rules = BoilerplateRules::Parse("# comment\n\nSubscribe\n", "t.txt");
  ASSERT_TRUE(rules.ok()) << rules.status();
  EXPECT_EQ(rules->size(), 1u);
  EXPECT_EQ(rules->Match("  SUBSCRIBE "), "t.txt:3");
  EXPECT_FALSE(rules->Matches("Subscribe to our newsletter"));
  EXPECT_FALSE(rules->Matches("They did not subscribe."));
}

TEST(BoilerplateRulesTest, PrefixAndRegexRules) {
  auto rules = BoilerplateRules::Parse(
      "prefix: Read more on\nre: [0-9]{1,4}\n\\re: literal\n", "t.txt");
  ASSERT_TRUE(rules.ok()) << rules.status();
  EXPECT_EQ(rules->Match("Read more on the site \u2192"), "t.txt:1");
  EXPECT_EQ(rules->Match("0"), "t.txt:2");
  EXPECT_FALSE(rules->Matches("2022 was a year"));  // the whole line
  EXPECT_EQ(rules->Match("re: literal"), "t.txt:3");
}

TEST(BoilerplateRulesTest, BadRulesAreReportedWithTheirLines) {
  auto rules = BoilerplateRules::Parse("ok\nre: (unclosed\nprefix:\n", "r.txt");
  ASSERT_FALSE(rules.ok());
  EXPECT_THAT(std::string(rules.status().message()),
              HasSubstr("r.txt:2: bad regular expression"));
  EXPECT_THAT(std::string(rules.status().message()),
              HasSubstr("r.txt:3: empty prefix"));
}

TEST(BoilerplateRulesTest, LongLinesAreNeverBoilerplate) {
  auto rules = BoilerplateRules::Parse("re: .*\n", "t.txt");
  ASSERT_TRUE(rules.ok());
  EXPECT_TRUE(rules->Matches("short"));
  EXPECT_FALSE(rules->Matches(std::string(kMaxBoilerplateLineBytes + 1, 'x')));
}

TEST(BoilerplateRulesTest, ShippedRulesDropPageFurnitureAndKeepSentences) {
  auto rules = LoadBoilerplateRules(DefaultRulesDir());
  ASSERT_TRUE(rules.ok()) << rules.status();
  for (const char* line :
       {"Subscribe", "Please enter your comment!",
        "Please enter your name here", "Read more on the site \u2192",
        "READ MORE:", "Source link", "Newsfeed", "log in or register",
        "To participate in the discussion", "loader", "Chats", "Share", "Tweet",
        "RSS News Feed", "0", "CC0 / / Space", "Home / World / Space",
        "READ MORE: Rivals on Earth, Friends in Space"}) {
    EXPECT_TRUE(rules->Matches(line)) << line;
  }
  for (const char* line :
       {"Russian and US space chiefs to hold first face-to-face talks",
        "He noted that there are no problems.", "Share of the budget rose.",
        "2022", "In 1993/94/95 budgets", "Space"}) {
    EXPECT_FALSE(rules->Matches(line)) << line;
  }
}

}  // namespace
}  // namespace kg
