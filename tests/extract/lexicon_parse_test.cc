// The lexicon loader on malformed and minimal files: each error names
// file:line and says what is wrong; a folder loads, the environment names it.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "extract/data/lexicon.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/extract/lexicon_test_util.h"

namespace kg {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

// ---------------------------------------------------------------------------
// Malformed files: each error names file:line and says what is wrong.

// A small, valid lexicon; tests replace one file to break it.
std::map<std::string, std::string> MinimalFiles() {
  return {
      {"countries.tsv",
       "# comment\n"
       "canonical\taliases\tdemonyms\tcapital\n"
       "Russia\tRussian Federation\tRussian\tMoscow\n"
       "United States\t=US|U.S.\tAmerican\tWashington\n"},
      {"agencies.tsv",
       "canonical\taliases\tcountry\tlabels\n"
       "Roscosmos\tRussian Federal Space Agency\tRussia\tOrganization;Agency\n"
       "NASA\t\tUnited States\tOrganization;Agency\n"},
      {"organizations.tsv",
       "canonical\taliases\tkind\tcountry\n"
       "SpaceX\t\tcompany\tUnited States\n"},
      {"spacecraft.tsv",
       "canonical\taliases\tkind\toperator\tfamily\tsince\n"
       "Soyuz\t\tcapsule\tRoscosmos\t\t\n"
       "Soyuz MS\t\tcapsule\tRoscosmos\tSoyuz\t2016\n"},
      {"places.tsv",
       "canonical\taliases\tkind\tlocated_in\toperator\n"
       "Baikonur Cosmodrome\tBaikonur\tlaunch_site\tRussia\tRoscosmos\n"},
      {"titles.tsv",
       "phrase\tlabels\trole\tgovernment\n"
       "cosmonaut\tPerson;Astronaut\tcosmonaut\tno\n"},
      {"honorifics.tsv",
       "honorific\texpansion\tlabels\n"
       "Dr.\tDoctor\tPerson\n"},
      {"event_triggers.tsv",
       "trigger\tforms\tkind\tcameo\tnotes\n"
       "expel\texpelled\texpulsion\t17\t\n"},
      {"abbreviations.txt", "U.S.\nJan.\n"},
      {"sentence_starters.txt", "The\nHowever\n"},
      {"outlet_words.txt", "News\n.com\n"},
  };
}

// The error message from parsing MinimalFiles() with `file` replaced.
std::string ErrorWith(const std::string& file, const std::string& text) {
  std::map<std::string, std::string> files = MinimalFiles();
  files[file] = text;
  absl::StatusOr<Lexicon> l = ParseLexicon(files, "");
  if (l.ok()) return "<ok>";
  EXPECT_EQ(l.status().code(), absl::StatusCode::kInvalidArgument);
  return std::string(l.status().message());
}

TEST(ParseLexiconTest, MinimalFilesAreValid) {
  absl::StatusOr<Lexicon> l = ParseLexicon(MinimalFiles(), "");
  ASSERT_TRUE(l.ok()) << l.status().message();
  EXPECT_EQ(l->entries().size(), 8u);
  EXPECT_THAT(Names(*l, "russian federal space agency"),
              ElementsAre("Roscosmos"));
  const Entry* russia = l->Find(EntryType::kCountry, "Russia");
  ASSERT_NE(russia, nullptr);
  EXPECT_EQ(russia->source.ToString(), "countries.tsv:3");
  ASSERT_EQ(russia->forms.size(), 4u);
  EXPECT_EQ(russia->forms[3].text, "Moscow");
  EXPECT_EQ(russia->forms[3].kind, FormKind::kCapital);
  EXPECT_EQ(l->triggers()[0].source.ToString(), "event_triggers.tsv:2");
}

TEST(ParseLexiconTest, WrongColumnCount) {
  EXPECT_EQ(ErrorWith("agencies.tsv",
                      "canonical\taliases\tcountry\tlabels\n"
                      "NASA\tUnited States\tOrganization;Agency\n"),
            "agencies.tsv:2: expected 4 tab-separated columns (canonical, "
            "aliases, country, labels), found 3");
}

TEST(ParseLexiconTest, WrongHeader) {
  EXPECT_EQ(ErrorWith("organizations.tsv",
                      "# organizations\n"
                      "name\taliases\tkind\tcountry\n"),
            "organizations.tsv:2: the header must name the tab-separated "
            "columns canonical, aliases, kind, country; found name, aliases, "
            "kind, country");
  EXPECT_EQ(ErrorWith("titles.tsv", "# nothing but comments\n"),
            "titles.tsv: no header line");
}

TEST(ParseLexiconTest, UnknownKind) {
  EXPECT_EQ(ErrorWith("organizations.tsv",
                      "canonical\taliases\tkind\tcountry\n"
                      "SpaceX\t\tcorporation\tUnited States\n"),
            "organizations.tsv:2: unknown kind \"corporation\" (expected one "
            "of company, government, media, other)");
  EXPECT_EQ(ErrorWith("spacecraft.tsv",
                      "canonical\taliases\tkind\toperator\tfamily\tsince\n"
                      "Soyuz\t\tcapsule\tRoscosmos\t\t\n"
                      "Soyuz MS\t\tship\tRoscosmos\tSoyuz\t\n"),
            "spacecraft.tsv:3: unknown kind \"ship\" (expected one of "
            "station, module, rover, lander, satellite, rocket, capsule, "
            "other)");
}

TEST(ParseLexiconTest, UnknownLabel) {
  EXPECT_EQ(ErrorWith("agencies.tsv",
                      "canonical\taliases\tcountry\tlabels\n"
                      "NASA\t\tUnited States\tOrganization;Agnecy\n"),
            "agencies.tsv:2: unknown label \"Agnecy\" (expected one of "
            "Organization, Agency, Person, Official, Astronaut, Country, "
            "Place, Mission, Spacecraft)");
  EXPECT_EQ(ErrorWith("agencies.tsv",
                      "canonical\taliases\tcountry\tlabels\n"
                      "NASA\t\tUnited States\tOrganization\n"),
            "agencies.tsv:2: an agency's labels must include "
            "Organization;Agency");
}

TEST(ParseLexiconTest, AliasClaimedByTwoEntriesOfOneFile) {
  EXPECT_EQ(ErrorWith("agencies.tsv",
                      "canonical\taliases\tcountry\tlabels\n"
                      "Israel Space Agency\tISA\t\tOrganization;Agency\n"
                      "Iranian Space Agency\tisa\t\tOrganization;Agency\n"),
            "agencies.tsv:3: \"isa\" already names \"Israel Space Agency\" "
            "(agencies.tsv:2); mark it '~' in both rows if it names both");
}

TEST(ParseLexiconTest, AmbiguousAliasMarkedInBothRowsNamesBoth) {
  std::map<std::string, std::string> files = MinimalFiles();
  files["agencies.tsv"] =
      "canonical\taliases\tcountry\tlabels\n"
      "Israel Space Agency\t~ISA\t\tOrganization;Agency\n"
      "Iranian Space Agency\t~ISA\t\tOrganization;Agency\n"
      "Roscosmos\t\tRussia\tOrganization;Agency\n";
  absl::StatusOr<Lexicon> l = ParseLexicon(files, "");
  ASSERT_TRUE(l.ok()) << l.status().message();
  EXPECT_THAT(Names(*l, "ISA"),
              ElementsAre("Israel Space Agency", "Iranian Space Agency"));
  EXPECT_TRUE(l->Lookup("ISA")[0]->forms[1].ambiguous);
}

TEST(ParseLexiconTest, AFormMayNameEntriesOfDifferentFiles) {
  std::map<std::string, std::string> files = MinimalFiles();
  files["organizations.tsv"] =
      "canonical\taliases\tkind\tcountry\n"
      "Soyuz\t\tcompany\tRussia\n";
  absl::StatusOr<Lexicon> l = ParseLexicon(files, "");
  ASSERT_TRUE(l.ok()) << l.status().message();
  ASSERT_EQ(l->Lookup("soyuz").size(), 2u);
}

TEST(ParseLexiconTest, ExactCaseFormMatchesOnlyAsWritten) {
  absl::StatusOr<Lexicon> l = ParseLexicon(MinimalFiles(), "");
  ASSERT_TRUE(l.ok()) << l.status().message();
  EXPECT_THAT(Names(*l, "US"), ElementsAre("United States"));
  EXPECT_THAT(Names(*l, "the US"), ElementsAre("United States"));
  EXPECT_THAT(Names(*l, "us"), ElementsAre());
  EXPECT_THAT(Names(*l, "Us"), ElementsAre());
  EXPECT_THAT(Names(*l, "u.s."), ElementsAre("United States"));
  EXPECT_EQ(l->LookupExact("u.s.").size(), 0u);
  EXPECT_EQ(l->LookupExact("U.S.").size(), 1u);
}

TEST(ParseLexiconTest, CountryNotInCountriesFile) {
  EXPECT_EQ(ErrorWith("agencies.tsv",
                      "canonical\taliases\tcountry\tlabels\n"
                      "Roscosmos\t\tRusia\tOrganization;Agency\n"),
            "agencies.tsv:2: country \"Rusia\" is not a canonical name in "
            "countries.tsv");
  EXPECT_EQ(ErrorWith("agencies.tsv",
                      "canonical\taliases\tcountry\tlabels\n"
                      "Roscosmos\t\tRussian Federation\tOrganization;Agency\n"),
            "agencies.tsv:2: country \"Russian Federation\" is not a canonical "
            "name in countries.tsv (did you mean \"Russia\"?)");
}

TEST(ParseLexiconTest, SinceIsAYear) {
  EXPECT_EQ(ErrorWith("spacecraft.tsv",
                      "canonical\taliases\tkind\toperator\tfamily\tsince\n"
                      "Soyuz\t\tcapsule\tRoscosmos\t\tlast year\n"),
            "spacecraft.tsv:2: since 'last year' is not a year");
}

TEST(ParseLexiconTest, OperatorFamilyAndLocationMustExist) {
  EXPECT_EQ(ErrorWith("spacecraft.tsv",
                      "canonical\taliases\tkind\toperator\tfamily\tsince\n"
                      "Soyuz\t\tcapsule\tRoscosmos|Energia\t\t\n"
                      "Soyuz MS\t\tcapsule\tRoscosmos\tSoyuz-MS\t\n"),
            "spacecraft.tsv:2: operator \"Energia\" is not a canonical name in "
            "agencies.tsv or organizations.tsv\n"
            "spacecraft.tsv:3: family \"Soyuz-MS\" is not a canonical name in "
            "spacecraft.tsv");
  EXPECT_EQ(ErrorWith("places.tsv",
                      "canonical\taliases\tkind\tlocated_in\toperator\n"
                      "Baikonur Cosmodrome\t\tlaunch_site\tKazakhstan\t\n"),
            "places.tsv:2: located_in \"Kazakhstan\" is not a canonical name "
            "in places.tsv or countries.tsv");
}

TEST(ParseLexiconTest, InvalidUtf8) {
  EXPECT_EQ(ErrorWith("countries.tsv",
                      "canonical\taliases\tdemonyms\tcapital\n"
                      "Russia\t\tRussian\tMoscow\n"
                      "Fran\xE7"
                      "e\t\tFrench\tParis\n"),
            "countries.tsv:3: invalid UTF-8 at byte 5");
}

TEST(ParseLexiconTest, EmptyNames) {
  EXPECT_EQ(ErrorWith("organizations.tsv",
                      "canonical\taliases\tkind\tcountry\n"
                      "\tSpaceX\tcompany\t\n"
                      "Boeing\tThe Boeing Company||Boeing Co.\tcompany\t\n"),
            "organizations.tsv:2: empty canonical name\n"
            "organizations.tsv:3: empty alias in \"The Boeing "
            "Company||Boeing Co.\"");
}

TEST(ParseLexiconTest, TitleRules) {
  EXPECT_EQ(ErrorWith("titles.tsv",
                      "phrase\tlabels\trole\tgovernment\n"
                      "astronaut\tPerson;Astronaut\tpilot\tno\n"
                      "spokesman\tPerson;Official\tastronaut\teither\n"
                      "senator\tPerson;Official\t\tsometimes\n"
                      "Senator\tPerson;Official\t\tyes\n"
                      "senator\tPerson;Official\t\tyes\n"),
            "titles.tsv:2: unknown role \"pilot\" (expected one of astronaut, "
            "cosmonaut)\n"
            "titles.tsv:3: a role is given only with the Astronaut label\n"
            "titles.tsv:4: unknown government \"sometimes\" (expected one of "
            "yes, no, either)\n"
            "titles.tsv:6: title \"senator\" is already listed at "
            "titles.tsv:5");
}

TEST(ParseLexiconTest, TriggerKindsAndCameoCodes) {
  EXPECT_EQ(ErrorWith("event_triggers.tsv",
                      "trigger\tforms\tkind\tcameo\tnotes\n"
                      "sanction\tsanctions\tsanctions\t17\t\n"
                      "launch\tlaunched\tlaunch\t02\t\n"
                      "meet\tmet\tmeting\t04\t\n"
                      "arrest\tarrested\tother\t21\t\n"
                      "arrest\tarrested\tother\t17\tfine\n"),
            "event_triggers.tsv:2: kind \"sanctions\" has CAMEO root \"16\", "
            "not \"17\"\n"
            "event_triggers.tsv:3: kind \"launch\" takes no CAMEO code\n"
            "event_triggers.tsv:4: unknown event kind \"meting\" (expected one "
            "of sanctions, expulsion, annexation, election_interference, "
            "poisoning, military_strike, armed_conflict, weapons_test, "
            "meeting, agreement, statement, launch, docking, landing, "
            "deorbit, visit, symposium, other)\n"
            "event_triggers.tsv:5: \"21\" is not a CAMEO root code (01 to "
            "20)");
}

TEST(ParseLexiconTest, AbbreviationRules) {
  EXPECT_EQ(ErrorWith("abbreviations.txt", "# list\nU.S.\nvs\nU.S.\n"),
            "abbreviations.txt:3: \"vs\" is not an abbreviation: one word "
            "ending in '.'\n"
            "abbreviations.txt:4: \"U.S.\" is already listed at "
            "abbreviations.txt:2");
}

TEST(ParseLexiconTest, SentenceStarterRules) {
  EXPECT_EQ(ErrorWith("sentence_starters.txt", "# list\nThe\nthe\nThe\n"),
            "sentence_starters.txt:3: \"the\" is not a sentence starter: one "
            "capitalised word\n"
            "sentence_starters.txt:4: \"The\" is already listed at "
            "sentence_starters.txt:2");
}

TEST(ParseLexiconTest, OutletWordRules) {
  EXPECT_EQ(ErrorWith("outlet_words.txt", "# list\nNews\nnews\n.\nNews\n"),
            "outlet_words.txt:3: \"news\" is not an outlet word: one "
            "capitalised word or a domain ending such as \".com\"\n"
            "outlet_words.txt:4: \".\" is not an outlet word: one "
            "capitalised word or a domain ending such as \".com\"\n"
            "outlet_words.txt:5: \"News\" is already listed at "
            "outlet_words.txt:2");
}

TEST(ParseLexiconTest, MissingFile) {
  std::map<std::string, std::string> files = MinimalFiles();
  files.erase("titles.tsv");
  absl::StatusOr<Lexicon> l = ParseLexicon(files, "lex");
  ASSERT_FALSE(l.ok());
  EXPECT_EQ(l.status().message(), "lex/titles.tsv: missing lexicon file");
}

TEST(ParseLexiconTest, CrlfBomAndSpacesAroundFieldsAreTolerated) {
  std::map<std::string, std::string> files = MinimalFiles();
  files["organizations.tsv"] =
      "\xEF\xBB\xBF"
      "canonical\taliases\tkind\tcountry\r\n"
      "  SpaceX \t Space X | Space Exploration Technologies \tcompany\t"
      "United States\r\n";
  absl::StatusOr<Lexicon> l = ParseLexicon(files, "");
  ASSERT_TRUE(l.ok()) << l.status().message();
  EXPECT_THAT(Names(*l, "space exploration technologies"),
              ElementsAre("SpaceX"));
}

// ---------------------------------------------------------------------------
// Reading from disk.

class LoadLexiconTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("kg_lexicon_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    for (const auto& [name, text] : MinimalFiles()) Write(name, text);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  fs::path dir_;
};

TEST_F(LoadLexiconTest, ReadsAFolder) {
  absl::StatusOr<Lexicon> l = LoadLexicon(dir_.string());
  ASSERT_TRUE(l.ok()) << l.status().message();
  EXPECT_EQ(l->Count(EntryType::kCountry), 2u);
  EXPECT_EQ(l->Find(EntryType::kPlace, "Baikonur Cosmodrome")->source.file,
            "places.tsv");
}

TEST_F(LoadLexiconTest, ErrorsNameThePathAndLine) {
  Write("places.tsv",
        "canonical\taliases\tkind\tlocated_in\toperator\n"
        "Baikonur Cosmodrome\tBaikonur\tcosmodrome\tRussia\tRoscosmos\n");
  absl::StatusOr<Lexicon> l = LoadLexicon(dir_.string());
  ASSERT_FALSE(l.ok());
  EXPECT_EQ(l.status().message(),
            (dir_ / "places.tsv").string() +
                ":2: unknown kind \"cosmodrome\" (expected one of "
                "launch_site, space_center, city, region, sea, celestial)");
}

TEST_F(LoadLexiconTest, MissingFileIsNotFound) {
  fs::remove(dir_ / "honorifics.tsv");
  absl::StatusOr<Lexicon> l = LoadLexicon(dir_.string());
  ASSERT_FALSE(l.ok());
  EXPECT_EQ(l.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(l.status().message(),
            (dir_ / "honorifics.tsv").string() + ": cannot read lexicon file");
}

TEST(DefaultLexiconDirTest, EnvironmentVariableWins) {
  ::setenv("KG_LEXICON_DIR", "/some/where", 1);
  EXPECT_EQ(DefaultLexiconDir(), "/some/where");
  ::unsetenv("KG_LEXICON_DIR");
  EXPECT_EQ(DefaultLexiconDir(), KG_SOURCE_DIR "/extract/lexicon");
}

// ---------------------------------------------------------------------------
// Surface keys.

}  // namespace
}  // namespace kg
