// The pattern rules' loader: errors name file:line, actions take what
// they must, and the shipped rules load.
#include "extract/data/rules.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"

namespace kg {
namespace {

using ::testing::HasSubstr;

TEST(RulesTest, ErrorsNameTheLine) {
  absl::StatusOr<std::vector<Rule>> r = ParseRules(
      "# comment\nok: t:TITLE p:NAME => person(p) title(p,t)\n"
      "bad: x:NOPE => person(x)\nworse: p:NAME => person(q)\n"
      "no arrow here\n",
      "patterns.txt");
  ASSERT_FALSE(r.ok());
  std::string msg(r.status().message());
  EXPECT_THAT(msg, HasSubstr("patterns.txt:3: unknown class 'NOPE'"));
  EXPECT_THAT(msg, HasSubstr("patterns.txt:4: action person uses 'q'"));
  EXPECT_THAT(msg, HasSubstr("patterns.txt:5: expected"));
}

// craft() takes a capture and one of the Spacecraft kinds of SCHEMA.md.
TEST(RulesTest, CraftTakesASpacecraftKind) {
  EXPECT_TRUE(
      ParseRules("r: c:NAME , the ~3 probe => craft(c,satellite)\n", "p.txt")
          .ok());
  absl::StatusOr<std::vector<Rule>> r =
      ParseRules("r: c:NAME , the ~3 probe => craft(c,planet)\n", "p.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(std::string(r.status().message()),
              HasSubstr("p.txt:1: craft() takes a capture and a Spacecraft "
                        "kind"));
}

// ':' and ')' may be literal words among alternatives; only "name:" before
// an element captures.
TEST(RulesTest, PunctuationAlternativesAreWordsNotCaptures) {
  absl::StatusOr<std::vector<Rule>> r =
      ParseRules("r: p:NAME ,|:|)|said => person(p)\n", "patterns.txt");
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ((*r)[0].elements.size(), 2u);
  const RuleElement& words = (*r)[0].elements[1];
  EXPECT_TRUE(words.capture.empty());
  EXPECT_EQ(words.words.size(), 4u);
}

TEST(RulesTest, ShippedRulesLoad) {
  absl::StatusOr<std::vector<Rule>> r = LoadRules(DefaultRulesDir());
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_GT(r->size(), 20u);
}

}  // namespace
}  // namespace kg
