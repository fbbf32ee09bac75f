// The lexicon loader (extract/lexicon.h) and the shipped lexicon files.
#include "extract/data/lexicon.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "extract/text/surface_fold.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace kg {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

// ---------------------------------------------------------------------------
// The shipped lexicon.

const Lexicon& Shipped() {
  static const Lexicon* lexicon = [] {
    absl::StatusOr<Lexicon> l = LoadLexicon(KG_SOURCE_DIR "/extract/lexicon");
    EXPECT_TRUE(l.ok()) << l.status().message();
    return new Lexicon(l.ok() ? std::move(*l) : Lexicon());
  }();
  return *lexicon;
}

// The canonical names of the entries `surface` looks up, in file order.
std::vector<std::string> Names(const Lexicon& lexicon,
                               std::string_view surface) {
  std::vector<std::string> names;
  for (const Entry* e : lexicon.Lookup(surface)) names.push_back(e->name);
  return names;
}

std::string NameOf(std::string_view surface, EntryType type) {
  for (const Entry* e : Shipped().Lookup(surface)) {
    if (e->type == type) return e->name;
  }
  return "<none>";
}

TEST(ShippedLexiconTest, LoadsWithSaneCounts) {
  const Lexicon& l = Shipped();
  EXPECT_GE(l.Count(EntryType::kCountry), 195u);
  EXPECT_GE(l.Count(EntryType::kAgency), 40u);
  EXPECT_GE(l.Count(EntryType::kOrganization), 150u);
  EXPECT_GE(l.Count(EntryType::kSpacecraft), 200u);
  EXPECT_GE(l.Count(EntryType::kPlace), 80u);
  EXPECT_GE(l.titles().size(), 80u);
  EXPECT_GE(l.honorifics().size(), 30u);
  EXPECT_GE(l.triggers().size(), 60u);
  EXPECT_GE(l.abbreviations().size(), 60u);
  EXPECT_GE(l.max_form_words(), 5u);
}

TEST(ShippedLexiconTest, CountriesByNameAbbreviationDemonymAndCapital) {
  for (const char* form : {"United States", "U.S.", "USA", "America",
                           "the United States of America", "American",
                           "Washington", "UNITED STATES"}) {
    EXPECT_EQ(NameOf(form, EntryType::kCountry), "United States") << form;
  }
  for (const char* form :
       {"Russia", "Russian Federation", "russian", "Moscow", "Россия"}) {
    EXPECT_EQ(NameOf(form, EntryType::kCountry), "Russia") << form;
  }
  EXPECT_EQ(NameOf("Britain", EntryType::kCountry), "United Kingdom");
  EXPECT_EQ(NameOf("U.K.", EntryType::kCountry), "United Kingdom");
  EXPECT_EQ(NameOf("Japanese", EntryType::kCountry), "Japan");
  EXPECT_EQ(NameOf("Kiev", EntryType::kCountry), "Ukraine");
  EXPECT_EQ(NameOf("Kyiv", EntryType::kCountry), "Ukraine");
  EXPECT_EQ(NameOf("Brasília", EntryType::kCountry), "Brazil");
  EXPECT_EQ(NameOf("Ivory Coast", EntryType::kCountry), "Côte d'Ivoire");
  EXPECT_EQ(NameOf("Cote d’Ivoire", EntryType::kCountry), "Côte d'Ivoire");
  EXPECT_EQ(NameOf("Emirati", EntryType::kCountry), "United Arab Emirates");
  EXPECT_EQ(NameOf("Kazakh", EntryType::kCountry), "Kazakhstan");
  EXPECT_EQ(NameOf("New Delhi", EntryType::kCountry), "India");
  EXPECT_EQ(NameOf("Pretoria", EntryType::kCountry), "South Africa");
}

TEST(ShippedLexiconTest, UsIsCaseSensitiveButUDotSIsNot) {
  EXPECT_EQ(NameOf("US", EntryType::kCountry), "United States");
  EXPECT_TRUE(Shipped().Lookup("us").empty());
  EXPECT_EQ(NameOf("u.s.", EntryType::kCountry), "United States");
}

TEST(ShippedLexiconTest, AmbiguousDemonymNamesBothStates) {
  EXPECT_THAT(Names(Shipped(), "Korean"),
              ElementsAre("North Korea", "South Korea"));
  EXPECT_THAT(
      Names(Shipped(), "Congolese"),
      ElementsAre("Democratic Republic of the Congo", "Republic of the Congo"));
}

TEST(ShippedLexiconTest, AgenciesByNameAliasAndFormerName) {
  for (const char* form :
       {"Roscosmos", "ROSCOSMOS", "Russian Federal Space Agency",
        "Federal Space Agency", "Russian Space Agency",
        "the Russian space agency", "Роскосмос"}) {
    EXPECT_EQ(NameOf(form, EntryType::kAgency), "Roscosmos") << form;
  }
  EXPECT_EQ(NameOf("National Aeronautics and Space Administration",
                   EntryType::kAgency),
            "NASA");
  EXPECT_EQ(NameOf("the U.S. space agency", EntryType::kAgency), "NASA");
  EXPECT_EQ(NameOf("esa", EntryType::kAgency), "European Space Agency");
  EXPECT_EQ(NameOf("JAXA", EntryType::kAgency),
            "Japan Aerospace Exploration Agency");
  EXPECT_EQ(NameOf("ISRO", EntryType::kAgency),
            "Indian Space Research Organisation");
  EXPECT_EQ(NameOf("CNSA", EntryType::kAgency),
            "China National Space Administration");
  EXPECT_EQ(NameOf("DLR", EntryType::kAgency), "German Aerospace Center");
  EXPECT_EQ(NameOf("KARI", EntryType::kAgency),
            "Korea Aerospace Research Institute");
  EXPECT_EQ(NameOf("CONAE", EntryType::kAgency), "CONAE");
  EXPECT_EQ(NameOf("AEB", EntryType::kAgency), "Brazilian Space Agency");
  EXPECT_EQ(NameOf("MBRSC", EntryType::kAgency),
            "Mohammed bin Rashid Space Centre");
  EXPECT_THAT(Names(Shipped(), "ISA"),
              ElementsAre("Israel Space Agency", "Iranian Space Agency"));
}

TEST(ShippedLexiconTest, AgenciesCarryCountryAndLabels) {
  const Entry* roscosmos = Shipped().Find(EntryType::kAgency, "Roscosmos");
  ASSERT_NE(roscosmos, nullptr);
  EXPECT_EQ(roscosmos->country, "Russia");
  EXPECT_THAT(roscosmos->labels, ElementsAre("Organization", "Agency"));
  const Entry* esa =
      Shipped().Find(EntryType::kAgency, "European Space Agency");
  ASSERT_NE(esa, nullptr);
  EXPECT_EQ(esa->country, "");
}

TEST(ShippedLexiconTest, OrganizationsWithKinds) {
  struct Case {
    const char* form;
    const char* name;
    const char* kind;
  };
  for (const Case& c : std::vector<Case>{
           {"the Kremlin", "Kremlin", "government"},
           {"State Department", "State Department", "government"},
           {"the Pentagon", "Pentagon", "government"},
           {"TASS", "TASS", "media"},
           {"RIA Novosti", "RIA Novosti", "media"},
           {"Interfax", "Interfax", "media"},
           {"Associated Press", "Associated Press", "media"},
           {"NYT", "The New York Times", "media"},
           {"Space Exploration Technologies", "SpaceX", "company"},
           {"ULA", "United Launch Alliance", "company"},
           {"Energia", "RSC Energia", "company"},
           {"Khrunichev",
            "Khrunichev State Research and Production Space "
            "Center",
            "company"},
           {"Xinhua", "Xinhua", "media"},
           {"COPUOS", "Committee on the Peaceful Uses of Outer Space", "other"},
           {"NATO", "NATO", "other"}}) {
    const Entry* e = nullptr;
    for (const Entry* x : Shipped().Lookup(c.form)) {
      if (x->type == EntryType::kOrganization) e = x;
    }
    ASSERT_NE(e, nullptr) << c.form;
    EXPECT_EQ(e->name, c.name) << c.form;
    EXPECT_EQ(e->kind, c.kind) << c.form;
  }
}

TEST(ShippedLexiconTest, SpacecraftFamiliesAndNamedVehicles) {
  const Entry* endurance =
      Shipped().Find(EntryType::kSpacecraft, "Crew Dragon Endurance");
  ASSERT_NE(endurance, nullptr);
  EXPECT_EQ(endurance->family, "Crew Dragon");
  EXPECT_THAT(endurance->operators, ElementsAre("SpaceX"));
  EXPECT_EQ(endurance->kind, "capsule");
  EXPECT_EQ(NameOf("ISS", EntryType::kSpacecraft),
            "International Space Station");
  EXPECT_EQ(NameOf("Soyuz 2.1a", EntryType::kSpacecraft), "Soyuz-2.1a");
  EXPECT_EQ(NameOf("CZ-2F", EntryType::kSpacecraft), "Long March 2F");
  EXPECT_EQ(NameOf("Kibo", EntryType::kSpacecraft), "Kibo");
  EXPECT_EQ(NameOf("Tiangong", EntryType::kSpacecraft), "Tiangong");
  EXPECT_EQ(NameOf("Gaganyaan", EntryType::kSpacecraft), "Gaganyaan");
  EXPECT_EQ(NameOf("Falcon-9", EntryType::kSpacecraft), "Falcon 9");
  EXPECT_EQ(NameOf("SLS", EntryType::kSpacecraft), "Space Launch System");
  EXPECT_EQ(NameOf("Unity", EntryType::kSpacecraft), "Unity");
  // Ordinary words do not turn into modules or cargo ships.
  EXPECT_TRUE(Shipped().Lookup("unity").empty());
  EXPECT_EQ(NameOf("progress", EntryType::kSpacecraft), "<none>");
  EXPECT_EQ(NameOf("Progress", EntryType::kSpacecraft), "Progress");
  EXPECT_THAT(Names(Shipped(), "Endeavour"),
              ElementsAre("Crew Dragon Endeavour", "Space Shuttle Endeavour"));
}

TEST(ShippedLexiconTest, PlacesWithLocationAndOperator) {
  const Entry* ksc = Shipped().Find(EntryType::kPlace, "Kennedy Space Center");
  ASSERT_NE(ksc, nullptr);
  EXPECT_EQ(ksc->kind, "space_center");
  EXPECT_EQ(ksc->located_in, "Florida");
  EXPECT_THAT(ksc->operators, ElementsAre("NASA"));
  EXPECT_EQ(NameOf("Baikonur", EntryType::kPlace), "Baikonur Cosmodrome");
  EXPECT_EQ(NameOf("TsUP", EntryType::kPlace),
            "Russian Mission Control Center");
  EXPECT_EQ(NameOf("Zvyozdny Gorodok", EntryType::kPlace), "Star City");
  EXPECT_EQ(NameOf("Kourou", EntryType::kPlace), "Kourou");
  EXPECT_EQ(NameOf("Sriharikota", EntryType::kPlace),
            "Satish Dhawan Space Centre");
  EXPECT_EQ(NameOf("Jiuquan", EntryType::kPlace),
            "Jiuquan Satellite Launch Center");
  EXPECT_EQ(NameOf("Mahia", EntryType::kPlace), "Rocket Lab Launch Complex 1");
}

TEST(ShippedLexiconTest, TitlesTriggersHonorificsAbbreviations) {
  const Title* cosmonaut = Shipped().FindTitle("Cosmonaut");
  ASSERT_NE(cosmonaut, nullptr);
  EXPECT_EQ(cosmonaut->role, "cosmonaut");
  EXPECT_THAT(cosmonaut->labels, ElementsAre("Person", "Astronaut"));
  const Title* dg = Shipped().FindTitle("director general");
  ASSERT_NE(dg, nullptr);
  EXPECT_THAT(dg->labels, ElementsAre("Person", "Official"));
  ASSERT_NE(Shipped().FindTitle("press secretary"), nullptr);
  EXPECT_EQ(Shipped().FindTitle("secretary of state")->government,
            Title::Government::kYes);

  std::vector<const EventTrigger*> expelled =
      Shipped().FindTriggers("Expelled");
  ASSERT_EQ(expelled.size(), 1u);
  EXPECT_EQ(expelled[0]->kind, "expulsion");
  EXPECT_EQ(expelled[0]->cameo, "17");
  ASSERT_EQ(Shipped().FindTriggers("annexed").size(), 1u);
  EXPECT_EQ(Shipped().FindTriggers("annexed")[0]->cameo, "19");
  ASSERT_EQ(Shipped().FindTriggers("docked").size(), 1u);
  EXPECT_EQ(Shipped().FindTriggers("docked")[0]->cameo, "");

  ASSERT_NE(Shipped().FindHonorific("Sen."), nullptr);
  EXPECT_EQ(Shipped().FindHonorific("Sen.")->expansion, "Senator");
  EXPECT_TRUE(Shipped().IsAbbreviation("U.S."));
  EXPECT_TRUE(Shipped().IsAbbreviation("Jan."));
  EXPECT_FALSE(Shipped().IsAbbreviation("no."));
}

TEST(ShippedLexiconTest, EveryEntryKnowsItsLine) {
  const Entry* nasa = Shipped().Find(EntryType::kAgency, "NASA");
  ASSERT_NE(nasa, nullptr);
  EXPECT_EQ(nasa->source.file, "agencies.tsv");
  EXPECT_GT(nasa->source.line, 1);
  std::ifstream in(KG_SOURCE_DIR "/extract/lexicon/agencies.tsv");
  std::string line;
  for (int i = 0; i < nasa->source.line; ++i) std::getline(in, line);
  EXPECT_TRUE(line.starts_with("NASA\t")) << line;
  for (const Entry& e : Shipped().entries()) {
    EXPECT_FALSE(e.source.file.empty());
    EXPECT_GT(e.source.line, 0) << e.name;
  }
}

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
                "launch_site, space_center, city, region)");
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

TEST(SurfaceKeyTest, FoldsCaseApostrophesDashesSpacesAndLeadingThe) {
  struct Case {
    const char* in;
    const char* key;
  };
  for (const Case& c :
       std::vector<Case>{{"The Russian  Space Agency", "russian space agency"},
                         {"  NASA ", "nasa"},
                         {"Côte D’Ivoire", "côte d'ivoire"},
                         {"ÉLYSÉE", "élysée"},
                         {"Apollo–Soyuz", "apollo-soyuz"},
                         {"РОСКОСМОС", "роскосмос"},
                         {"ŁÓDŹ", "łódź"},
                         {"The", "the"},
                         {"Theory", "theory"},
                         {"the\u00a0Kremlin", "kremlin"}}) {
    EXPECT_EQ(SurfaceKey(c.in), c.key) << c.in;
  }
  EXPECT_EQ(SurfaceKey("The US", false), "US");
  EXPECT_EQ(SurfaceKey("bad\xFF", true), "bad\xFF");
}

}  // namespace
}  // namespace kg
