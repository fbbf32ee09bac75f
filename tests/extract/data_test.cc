// The cue lists (rules/cues.txt) and the given-name lexicon
// (lexicon/given_names.tsv): what they accept and the errors that name the
// file and line.
#include <filesystem>
#include <fstream>
#include <string>

#include "extract/data/cues.h"
#include "extract/data/data_dir.h"
#include "extract/data/given_names.h"
#include "extract/data/lexicon.h"
#include "extract/data/rules.h"
#include "extract/extractor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace kg {
namespace {

using ::testing::HasSubstr;

std::string WriteTemp(const std::string& name, const std::string& text) {
  std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path) << text;
  return path;
}

std::string AllSections(const std::string& extra = "") {
  std::string text;
  for (int k = 0; k < kCueCount; ++k) {
    text += "[" + std::string(CueName(static_cast<Cue>(k))) + "]\nw" +
            std::to_string(k) + "\n";
  }
  return text + extra;
}

TEST(CuesTest, ShippedListsLoadWithTheirLines) {
  absl::StatusOr<Cues> cues = Cues::Load(DefaultRulesDir() + "/cues.txt");
  ASSERT_TRUE(cues.ok()) << cues.status();
  EXPECT_TRUE(cues->Is(Cue::kLocative, "from"));
  EXPECT_TRUE(cues->Is(Cue::kFuture, "will"));
  EXPECT_FALSE(cues->Is(Cue::kFuture, "from"));
  EXPECT_THAT(cues->Source(Cue::kLocative, "from"), HasSubstr("cues.txt:"));
  EXPECT_EQ(cues->Source(Cue::kLocative, "banana"), "");
}

TEST(CuesTest, UnknownRepeatedAndMissingSectionsNameTheLine) {
  absl::StatusOr<Cues> cues =
      Cues::Load(WriteTemp("c1.txt", AllSections("[bogus]\nx\n")));
  ASSERT_FALSE(cues.ok());
  EXPECT_THAT(cues.status().message(), HasSubstr("unknown cue list [bogus]"));
  cues = Cues::Load(WriteTemp("c2.txt", AllSections("[locative]\nx\n")));
  ASSERT_FALSE(cues.ok());
  EXPECT_THAT(cues.status().message(), HasSubstr("appears twice"));
  cues = Cues::Load(WriteTemp("c3.txt", "[locative]\nin\n"));
  ASSERT_FALSE(cues.ok());
  EXPECT_THAT(cues.status().message(), HasSubstr("is missing"));
  cues = Cues::Load(WriteTemp("c4.txt", "stray words\n" + AllSections()));
  ASSERT_FALSE(cues.ok());
  EXPECT_THAT(cues.status().message(), HasSubstr("c4.txt:1:"));
}

TEST(GivenNamesTest, NamesAndVariantsInAnyCaseWithTheirLine) {
  absl::StatusOr<GivenNames> names = GivenNames::Parse(
      "# comment\nAlexander\tAleksandr|Oleksandr\ten,ru,uk\tm\n"
      "Yulia\tJulia|Yuliya\tru\tf\n",
      "g.tsv");
  ASSERT_TRUE(names.ok()) << names.status();
  EXPECT_EQ(names->Line("Alexander"), 2);
  EXPECT_EQ(names->Line("OLEKSANDR"), 2);
  EXPECT_EQ(names->Line("Yuliya"), 3);
  EXPECT_EQ(names->Line("Petrov"), 0);
  EXPECT_EQ(names->Source(3), "g.tsv:3");
}

TEST(GivenNamesTest, BadLinesAreErrorsNamingTheLine) {
  absl::StatusOr<GivenNames> names =
      GivenNames::Parse("Ivan\t\tru\tm\nOlga\tru\n", "g.tsv");
  ASSERT_FALSE(names.ok());
  EXPECT_THAT(names.status().message(), HasSubstr("g.tsv:2:"));
  names = GivenNames::Parse("Ivan\t\tru\tx\n", "g.tsv");
  ASSERT_FALSE(names.ok());
  EXPECT_THAT(names.status().message(), HasSubstr("gender"));
}

TEST(GivenNamesTest, TheShippedLexiconIsLarge) {
  absl::StatusOr<GivenNames> names =
      GivenNames::Load(DefaultLexiconDir() + "/given_names.tsv");
  ASSERT_TRUE(names.ok()) << names.status();
  EXPECT_GT(names->size(), 5000u);
  EXPECT_GT(names->Line("Dmitry"), 0);
  EXPECT_GT(names->Line("Dmitri"), 0);
  EXPECT_EQ(names->Line("Soyuz"), 0);
  EXPECT_EQ(names->Line("May"), 0);
}

// names.tsv's optional fourth column names cue lists; one that does not
// exist is a load error naming the file and line.
TEST(NameShapesTest, AnUnknownContextListNamesTheLine) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(::testing::TempDir()) / "rules_ctx";
  fs::remove_all(dir);
  fs::copy(DefaultRulesDir(), dir, fs::copy_options::recursive);
  std::ofstream(dir / "names.tsv", std::ios::app)
      << "Zarnitsa \\d\tSpacecraft\t\tlaunch bogus\n";
  absl::StatusOr<std::unique_ptr<Extractor>> x =
      Extractor::Load(DefaultLexiconDir(), dir.string());
  ASSERT_FALSE(x.ok());
  EXPECT_THAT(x.status().message(), HasSubstr("names.tsv:"));
  EXPECT_THAT(x.status().message(), HasSubstr("unknown cue list 'bogus'"));
}

// The fifth column rewrites the pattern's groups; a rewrite naming a group
// the pattern lacks is a load error naming the line.
TEST(NameShapesTest, ACanonicalNameWithAMissingGroupNamesTheLine) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(::testing::TempDir()) / "rules_canon";
  fs::remove_all(dir);
  fs::copy(DefaultRulesDir(), dir, fs::copy_options::recursive);
  std::ofstream(dir / "names.tsv", std::ios::app)
      << "Zarnitsa (\\d)\tSpacecraft\t\t\tZarnitsa-\\2\n";
  absl::StatusOr<std::unique_ptr<Extractor>> x =
      Extractor::Load(DefaultLexiconDir(), dir.string());
  ASSERT_FALSE(x.ok());
  EXPECT_THAT(x.status().message(), HasSubstr("names.tsv:"));
  EXPECT_THAT(x.status().message(), HasSubstr("bad canonical name"));
}

}  // namespace
}  // namespace kg
