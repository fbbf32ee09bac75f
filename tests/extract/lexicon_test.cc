// The shipped lexicon files, and the surface keys lookups use
// (lexicon_parse_test.cc: the loader on malformed files).
#include "extract/data/lexicon.h"

#include <fstream>
#include <string>

#include "extract/text/surface_fold.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/extract/lexicon_test_util.h"

namespace kg {
namespace {

using ::testing::ElementsAre;

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
