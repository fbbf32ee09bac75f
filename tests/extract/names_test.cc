// Names and places: a person's name wherever it stands (given names,
// initials, family names first), the words that are not part of one
// (acronyms, towns, a sentence's first word), and towns before their state.
// Each construction on a sentence written for the test.
#include <string>

#include "extract/corpus/facts.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/extract/extractor_fixture.h"

namespace kg {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

// The names of the entities extracted, in order.
std::vector<std::string> Names(const DocFacts& f) {
  std::vector<std::string> out;
  for (const EntityFact& e : f.entities) out.push_back(e.name);
  return out;
}

TEST_F(ExtractorTest, AGivenNameMakesAPersonWithoutAnyCue) {
  DocFacts f =
      Run("On May 3 Ivan Petrenko met the board in place of Olga "
          "Saveleva.");
  ASSERT_NE(Find(f, "Ivan Petrenko"), nullptr);
  EXPECT_EQ(Find(f, "Ivan Petrenko")->labels[0], "Person");
  ASSERT_NE(Find(f, "Olga Saveleva"), nullptr);
  EXPECT_THAT(Find(f, "Ivan Petrenko")->mentions[0].rule,
              HasSubstr("given_names.tsv:"));
}

// Acronyms of the lexicon (KAI, ROSS, ABE) written in title case are parts
// of names when a given name stands before or they are one before another
// capitalized word.
TEST_F(ExtractorTest, AnAcronymInsideAPersonsNameIsTheName) {
  DocFacts f =
      Run("Prime Minister Hiroto Abe met engineer Kai Lindqvist, and "
          "mission specialist Jerry Ross made a spacewalk.");
  EXPECT_NE(Find(f, "Hiroto Abe"), nullptr);
  EXPECT_NE(Find(f, "Kai Lindqvist"), nullptr);
  EXPECT_NE(Find(f, "Jerry Ross"), nullptr);
  // After a given name and a middle word too: "Kim Jong Un" is no UN.
  DocFacts g = Run("Vladimir Putin met Kim Jong Un at the cosmodrome.");
  EXPECT_NE(Find(g, "Kim Jong Un"), nullptr);
  EXPECT_EQ(Find(g, "United Nations"), nullptr);
  for (const EntityFact& e : f.entities) {
    EXPECT_THAT(e.labels, Not(Contains("Organization"))) << e.name;
    EXPECT_THAT(e.labels, Not(Contains("Spacecraft"))) << e.name;
  }
  // As written, they still name their entities.
  EXPECT_TRUE(Has(Run("KAI and KARI signed a deal."),
                  "Korea Aerospace Research Institute"));
}

// A name written family name first is taken up by its first word.
TEST_F(ExtractorTest, AFamilyNameFirstIsTakenUpByItsFirstWord) {
  DocFacts f =
      Run("Wen Haolin, a Chinese engineer, trained for a year. Wen, who "
          "flew on Soyuz MS-30 with cosmonaut Oleg Artemenko, landed on "
          "Friday.");
  EXPECT_EQ(Find(f, "Wen"), nullptr);
  ASSERT_NE(Find(f, "Wen Haolin"), nullptr);
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Wen Haolin", "Soyuz MS-30"));
}

// A sentence's first word is capitalised as any first word is: before a
// given name it is no part of the name ("Writer Kathy Sawyer reported").
TEST_F(ExtractorTest, ASentencesFirstWordBeforeAGivenNameIsNotTheName) {
  DocFacts f = Run("Columnist Maria Delgado reported the resignation.");
  EXPECT_NE(Find(f, "Maria Delgado"), nullptr);
  EXPECT_EQ(Find(f, "Columnist Maria Delgado"), nullptr);
}

// An acronym in a sentence written in lower case is no one's name, whatever
// title stands before it ("President of MIT").
TEST_F(ExtractorTest, AnAcronymAfterATitleIsNoPerson) {
  DocFacts f =
      Run("Vest ran the show (President of XQT, the chair of the panel).");
  for (const EntityFact& e : f.entities) {
    EXPECT_NE(e.labels[0], "Person") << e.name;
  }
}

// "Peoria, Ill.", "Boise, Idaho": a name before a state is a town in it,
// even at the end of a line with no mark after it.
TEST_F(ExtractorTest, ANameBeforeAStateIsATownInIt) {
  DocFacts f =
      Run("The firm moved from Peoria, Ill., to a plant near Boise, Idaho\n\n"
          "Organization: Acme Rocketry / Akron, Ohio");
  EXPECT_TRUE(HasRelation(f, "LOCATED_IN", "Peoria", "Illinois"));
  EXPECT_TRUE(HasRelation(f, "LOCATED_IN", "Boise", "Idaho"));
  EXPECT_TRUE(HasRelation(f, "LOCATED_IN", "Akron", "Ohio"));
  ASSERT_NE(Find(f, "Boise"), nullptr);
  EXPECT_EQ(Find(f, "Boise")->labels[0], "Place");
}

// Names with initials only, as agency releases write them: a Russian
// two-letter initial ("Yu. N. Koptev") and the initial "A." (no article);
// "the <title> of <country>, X" gives the title and the nationality.
TEST_F(ExtractorTest, NamesWithInitialsAfterATitleOfACountry) {
  DocFacts f =
      Run("The Prime Minister of Ukraine, A. Lazarenko, and the head of "
          "Roscosmos, Yu. N. Kotov, signed documents on Monday.");
  ASSERT_NE(Find(f, "A. Lazarenko"), nullptr);
  ASSERT_NE(Find(f, "Yu. N. Kotov"), nullptr);
  EXPECT_TRUE(HasRelation(f, "CITIZEN_OF", "A. Lazarenko", "Ukraine"));
  EXPECT_EQ(Find(f, "Yu"), nullptr);
}

// A surname of several words, written alone later, is the person named in
// full before: "Hazza Al Mansouri ... Al Mansouri", "Mark Vande Hei ...
// Vande Hei". A two-word name that is no such tail stays its own person.
TEST_F(ExtractorTest, ASurnameOfSeveralWordsIsThePersonNamedInFull) {
  DocFacts f = Run(
      "Emirati astronaut Hazza Al Mansouri and NASA astronaut Mark Vande Hei "
      "met the crew. For Al Mansouri, a former fighter pilot, it is the "
      "first flight, and Vande Hei said he will stay. Sultan Al Neyadi, his "
      "backup, watched.");
  EXPECT_NE(Find(f, "Hazza Al Mansouri"), nullptr);
  EXPECT_EQ(Find(f, "Al Mansouri"), nullptr);
  EXPECT_EQ(Find(f, "Vande Hei"), nullptr);
  EXPECT_NE(Find(f, "Sultan Al Neyadi"), nullptr);
}

// "NASA's Loral O'Hara", "Orin McTavish said": a surname only people bear
// makes a person of a run whose given name no list holds; a company's name
// ("McDonnell Douglas") does not end in one.
TEST_F(ExtractorTest, AnIrishOrScottishSurnameMakesAPerson) {
  DocFacts f =
      Run("NASA's Loral O'Hara is due to launch next month, and Orin McTavish "
          "will follow. McDonnell Douglas built the module.");
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Loral O'Hara", "NASA"));
  ASSERT_NE(Find(f, "Orin McTavish"), nullptr);
  EXPECT_EQ(Find(f, "Orin McTavish")->labels[0], "Person");
  EXPECT_TRUE(Find(f, "McDonnell Douglas") == nullptr ||
              Find(f, "McDonnell Douglas")->labels[0] != "Person");
}

// "Zhou Haisheng, 56, a former pilot": a Chinese name writes the family
// name first, then a given name of the lexicon; a family name before a word
// that is no given name ("Wang Station") is no person.
TEST_F(ExtractorTest, AChineseFamilyNameBeforeAGivenNameIsAPerson) {
  DocFacts f =
      Run("Commanding the flight is Zhou Haisheng, 56, a former pilot. Deng "
          "Hongbo, 45, is a newcomer, and the crew visited Wang Station.");
  ASSERT_NE(Find(f, "Zhou Haisheng"), nullptr);
  EXPECT_EQ(Find(f, "Zhou Haisheng")->labels[0], "Person");
  ASSERT_NE(Find(f, "Deng Hongbo"), nullptr);
  EXPECT_TRUE(Find(f, "Wang Station") == nullptr ||
              Find(f, "Wang Station")->labels[0] != "Person");
}

// "ADELAIDE, Australia (Reuters) -": the place of a dateline is a place
// even when no lexicon lists it, in the case a reader writes it; the same
// word elsewhere in the text makes no place.
TEST_F(ExtractorTest, ADatelinesPlaceIsAPlaceTheLexiconNeedNotKnow) {
  Document d;
  d.id = "wire.txt";
  d.dateline = "TOWNSVILLE";  // as the reader finds it
  d.text =
      "Rocket launched from Australia\n\nTOWNSVILLE, Australia (Reuters) - "
      "The rocket was launched on Thursday.";
  DocFacts f = extractor_->Extract(d);
  ASSERT_NE(Find(f, "Townsville"), nullptr);
  EXPECT_EQ(Find(f, "Townsville")->labels[0], "Place");
  EXPECT_TRUE(HasRelation(f, "LOCATED_IN", "Townsville", "Australia"));
  // Only where the dateline stands.
  d.text =
      "Rocket launched\n\nThe rocket was launched on Thursday, and "
      "TOWNSVILLE, the team said, was happy.";
  EXPECT_FALSE(Has(extractor_->Extract(d), "Townsville"));
}

// A town's name after a given name is the person's surname ("NASA
// astronaut Nick Hague"); the town alone is still a town.
TEST_F(ExtractorTest, ATownAfterAGivenNameIsASurname) {
  DocFacts f =
      Run("Commander Ivan Petrenko and NASA astronaut Nick Hague were safe.");
  EXPECT_NE(Find(f, "Nick Hague"), nullptr);
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Nick Hague", "NASA"));
  EXPECT_EQ(Find(f, "Netherlands"), nullptr);
}

// A country's or a capital's name before a state is a town there:
// "Palestine, Tex.", "Moscow, Idaho"; before anything else, the country.
TEST_F(ExtractorTest, ACountrysNameBeforeAStateIsATown) {
  DocFacts f = Run(
      "The balloon flew from Palestine, Tex., and landed near Moscow, Idaho, "
      "far from Russia.");
  ASSERT_NE(Find(f, "Palestine"), nullptr);
  EXPECT_EQ(Find(f, "Palestine")->labels[0], "Place");
  EXPECT_TRUE(HasRelation(f, "LOCATED_IN", "Palestine", "Texas"));
  EXPECT_TRUE(HasRelation(f, "LOCATED_IN", "Moscow", "Idaho"));
  ASSERT_NE(Find(f, "Russia"), nullptr);
  EXPECT_EQ(Find(f, "Russia")->labels[0], "Country");
}

TEST_F(ExtractorTest, AGivenNameBeforeAnInstitutionWordIsNoPerson) {
  DocFacts f =
      Run("Engineers at the George Tremont Space Flight Center "
          "and the Anna Kovac Institute agreed.");
  for (const EntityFact& e : f.entities) EXPECT_NE(e.labels[0], "Person");
}

TEST_F(ExtractorTest, SignatureWordsAndPeopleNounsMakeNoName) {
  DocFacts f =
      Run("-- Harold Venter Prof\nHarold Venter Internet: hv@example.edu\n"
          "Rich Individuals and Douglas Aircraft should pay for it.");
  for (const EntityFact& e : f.entities) EXPECT_NE(e.labels[0], "Person");
}

// "A Soyuz rocket", "the Soyuz booster": the family, as SCHEMA's gold names
// it, in any year -- not the Soyuz-2 of 1999 on, which is named as such.
TEST_F(ExtractorTest, ASoyuzRocketIsTheSoyuzFamily) {
  DocFacts f =
      Run("A Soyuz rocket lifted off with a Progress cargo ship. A Soyuz-2 "
          "rocket followed a week later.");
  const std::vector<std::string> names = Names(f);
  EXPECT_THAT(names, Contains("Soyuz"));
  EXPECT_THAT(names, Contains("Soyuz-2"));
}

// "Victoria, British Columbia" is a province, not the orbiter Columbia;
// "NASA's Discovery Program" is a programme, not the orbiter Discovery,
// while "the Soyuz programme" still names the Soyuz family.
TEST_F(ExtractorTest, AProvinceAndAProgrammeAreNoOrbiters) {
  DocFacts f =
      Run("The probe was built in Victoria, British Columbia, for NASA's "
          "Discovery Program, which Yuri Semenov compared to the Soyuz "
          "programme.");
  const std::vector<std::string> names = Names(f);
  EXPECT_THAT(names, Contains("British Columbia"));
  EXPECT_THAT(names, Not(Contains("Space Shuttle Columbia")));
  EXPECT_THAT(names, Not(Contains("Space Shuttle Discovery")));
  EXPECT_THAT(names, Contains("Soyuz"));
}

// A capitalised name and a serial number names a spacecraft in a sentence
// of launching ("launched Zarnitsa 4 and Meteor 7"), not elsewhere ("talked
// of Zarnitsa 9 over dinner"), and never a date, a common word's number or
// where something flies from.
TEST_F(ExtractorTest, ANameAndASerialInALaunchSentenceIsASpacecraft) {
  EXPECT_THAT(Names(Run("A Tsyklon rocket launched Zarnitsa 4 and Meteor 7 "
                        "on May 12.")),
              ::testing::IsSupersetOf({"Zarnitsa 4", "Meteor 7"}));
  DocFacts f =
      Run("The crew in Building 11 watched as the rocket lifted off from Pad 9 "
          "on May 12.");
  EXPECT_THAT(Names(f), Not(Contains("Building 11")));
  EXPECT_THAT(Names(f), Not(Contains("Pad 9")));
  EXPECT_THAT(Names(f), Not(Contains("May 12")));
  EXPECT_THAT(Names(Run("They talked of Zarnitsa 9 over dinner.")),
              Not(Contains("Zarnitsa 9")));
}

// "Endeavour" names the shuttle and a Crew Dragon: the one whose family the
// text named before, else, in a text of no known date, the name in use
// longer.
TEST_F(ExtractorTest, AnUndatedEndeavourIsTheShuttleUnlessADragonWasNamed) {
  EXPECT_TRUE(
      Has(Run("She flew on Endeavour last year."), "Space Shuttle Endeavour"));
  EXPECT_TRUE(Has(Run("The Crew Dragon spacecraft named Endeavour docked. "
                      "Endeavour then left."),
                  "Crew Dragon Endeavour"));
}

// "45 Norway Street", "Pennsylvania Avenue": a country's or a place's name
// before a street word is an address, not the country or the place.
TEST_F(ExtractorTest, ACountryBeforeAStreetWordIsAnAddress) {
  EXPECT_FALSE(Has(Run("Write to the office at 45 Norway Street."), "Norway"));
  EXPECT_TRUE(Has(Run("Norway signed the accord on Monday."), "Norway"));
}

// "Butch Wilmore and Suni Williams came back": a name joined by "and" to a
// person's name is a person's, whatever its given name; a comma is no join
// ("Bill Higgins, Beam Jockey" signs a message), nor is a name of a thing.
TEST_F(ExtractorTest, ANameJoinedByAndToAPersonIsAPerson) {
  DocFacts f = Run(
      "Zorbo Quennell and Laura Brandt came back on Tuesday. NASA's Ann Lee "
      "and Tarquin Vell arrived on Sunday.");
  EXPECT_NE(Find(f, "Zorbo Quennell"), nullptr);
  EXPECT_NE(Find(f, "Tarquin Vell"), nullptr);
  DocFacts g = Run("Laura Brandt, Beam Jockey, wrote it.");
  EXPECT_EQ(Find(g, "Beam Jockey"), nullptr);
  DocFacts h = Run("Laura Brandt and Boeing Space Systems signed it.");
  EXPECT_EQ(Find(h, "Boeing Space Systems"), nullptr);
}

// "Ax-9" and "Axiom Mission 9", "Shenzhou 30" and "Shenzhou-30": a shape's
// canonical column (rules/names.tsv) makes one flight written two ways one
// node.
TEST_F(ExtractorTest, OneFlightWrittenTwoWaysIsOneNode) {
  DocFacts f =
      Run("Axiom Mission 9 docked on Monday. The Ax-9 crew will stay ten days. "
          "Shenzhou 30 launched on Friday; Shenzhou-30 docked with Tiangong.");
  EXPECT_NE(Find(f, "Axiom Mission 9"), nullptr);
  EXPECT_EQ(Find(f, "Ax-9"), nullptr);
  EXPECT_NE(Find(f, "Shenzhou-30"), nullptr);
  EXPECT_EQ(Find(f, "Shenzhou 30"), nullptr);
}

// "a colonel in the Italian Air Force": an organization's alias after
// another country's adjective names that country's body, not the United
// States Air Force that "Air Force" alone stands for.
TEST_F(ExtractorTest, AnAliasAfterAnotherCountrysAdjectiveIsThatCountrysBody) {
  DocFacts f = Run("Ivan Petrenko, a colonel in the Italian Air Force, flew.");
  EXPECT_NE(Find(f, "Italian Air Force"), nullptr);
  EXPECT_EQ(Find(f, "United States Air Force"), nullptr);
  EXPECT_TRUE(Has(Run("He served in the Air Force for 20 years."),
                  "United States Air Force"));
}

// "Well said", "Yes, it flew": a word of speech that opens a sentence is no
// name, even before "said".
TEST_F(ExtractorTest, AnInterjectionOpeningASentenceIsNoName) {
  DocFacts f =
      Run("Well said. Yes, Ivan Petrenko flew it. Okay said the crew.");
  EXPECT_NE(Find(f, "Ivan Petrenko"), nullptr);
  EXPECT_EQ(Find(f, "Well"), nullptr);
  EXPECT_EQ(Find(f, "Yes"), nullptr);
  EXPECT_EQ(Find(f, "Okay"), nullptr);
}

// "ROSS" in capitals is the Russian Orbital Station; "Ross" signing a
// message is a name.
TEST_F(ExtractorTest, AnAcronymWrittenAsAWordIsNotTheAcronym) {
  DocFacts f = Run("Russia plans to build ROSS by 2030.");
  const EntityFact* ross = Find(f, "Russian Orbital Station");
  ASSERT_NE(ross, nullptr);
  EXPECT_EQ(ross->mentions.size(), 1u);
  EXPECT_FALSE(
      Has(Run("Thanks for the data.\nRoss.\n"), "Russian Orbital Station"));
}

// Wrapped text breaks a line wherever the width runs out, also inside a
// name: the name is still one.
TEST_F(ExtractorTest, ANameWrappedAcrossALineBreakIsOneName) {
  DocFacts f = Run(
      "The detector was built over three winters by a small team at Sandia\n"
      "National Laboratory and flew on a sounding rocket from the Kennedy\n"
      "Space Center in the spring of that year, ahead of its schedule.\n");
  EXPECT_NE(Find(f, "Sandia National Laboratory"), nullptr);
  EXPECT_EQ(Find(f, "National Laboratory"), nullptr);
  EXPECT_NE(Find(f, "Kennedy Space Center"), nullptr);
}

// A headline's title case capitalises prepositions and particles; they end a
// name as they do in running text.
TEST_F(ExtractorTest, AParticleInATitleCaseHeadlineEndsAName) {
  DocFacts f =
      Run("Dr. Kessler Out As Redesign Chief --  Dr. Marion Kessler left the "
          "team on Friday.\n");
  EXPECT_NE(Find(f, "Marion Kessler"), nullptr);
  EXPECT_EQ(Find(f, "Kessler Out"), nullptr);
}

// Institutions named by their head word (Association, Council, ...), with
// the "of ..." that belongs to the name; a name cut short before "of",
// "for" or "on" and a capital is no name, nor does a function word open
// one.
TEST_F(ExtractorTest, AnInstitutionsNameRunsToItsEnd) {
  DocFacts f =
      Run("Members of the Tripoli Rocketry Association, of the National "
          "Association of Rocketry and of the Hamburg Research Council met "
          "students of the Air Force Institute of Technology.");
  for (const char* name :
       {"Tripoli Rocketry Association", "National Association of Rocketry",
        "Hamburg Research Council", "Air Force Institute of Technology"}) {
    ASSERT_NE(Find(f, name), nullptr) << name;
    EXPECT_EQ(Find(f, name)->labels[0], "Organization") << name;
  }
  EXPECT_EQ(Find(f, "Hamburg Research Council")->properties.at("kind"),
            "government");
  EXPECT_EQ(Find(f, "Libya"), nullptr);  // Tripoli here names no capital
  DocFacts g =
      Run("The American Association for the Advancement of Science and the US "
          "Federal Communications Commission replied.");
  EXPECT_EQ(Find(g, "American Association"), nullptr);
  EXPECT_NE(Find(g, "Federal Communications Commission"), nullptr);
  EXPECT_NE(Find(g, "United States"), nullptr);
  // A function word opens no name: "In Regional Council" is "Regional
  // Council".
  DocFacts h = Run("In Regional Council elections the mayor lost.");
  EXPECT_EQ(Find(h, "In Regional Council"), nullptr);
  EXPECT_NE(Find(h, "Regional Council"), nullptr);
}

// A signature's lines are short: a name does not run from one into the
// next, as it does across a wrapped line.
TEST_F(ExtractorTest, ANameDoesNotCrossTheEndOfAShortLine) {
  DocFacts f = Run(
      "Thanks for the figures on the tether experiment, they helped a lot.\n"
      "\n"
      "    Marta Illescas\n"
      "    Geology Dept.\n"
      "    University of Tromso\n");
  EXPECT_NE(Find(f, "University of Tromso"), nullptr);
  EXPECT_EQ(Find(f, "Geology Dept. University of Tromso"), nullptr);
  EXPECT_EQ(Find(f, "Marta Illescas Geology Dept."), nullptr);
}

// A signature set in columns: a tab or a run of spaces inside a line parts
// two names; the indent of a wrapped line does not.
TEST_F(ExtractorTest, ANameDoesNotCrossAColumnGap) {
  DocFacts f = Run(
      "Thanks for the figures on the tether experiment, they helped a lot.\n"
      "\n"
      "Marta Illescas\t\t\tCase Western Reserve University\n"
      "Oskar Lindqvist          SAIC            McLean, VA\n");
  EXPECT_NE(Find(f, "Marta Illescas"), nullptr);
  EXPECT_NE(Find(f, "Case Western Reserve University"), nullptr);
  EXPECT_EQ(Find(f, "Illescas Case Western Reserve University"), nullptr);
  EXPECT_NE(Find(f, "Oskar Lindqvist"), nullptr);
  DocFacts g = Run(
      "The workshop on ozone chemistry was organized by the NASA Goddard\n"
      "\t    Institute for Space Studies in New York in the spring of 1992.\n");
  EXPECT_NE(Find(g, "NASA Goddard Institute for Space Studies"), nullptr);
}

// A Kosmos satellite is named by its serial number, however it is spelt;
// the number is part of the name, not a count after the series.
TEST_F(ExtractorTest, AKosmosSatelliteIsNamedByItsSerialNumber) {
  DocFacts f =
      Run("The agency announced the launch of Cosmos 2511 from "
          "Plesetsk on March 30, 2016. Kosmos-2511 reached orbit.");
  ASSERT_NE(Find(f, "Kosmos 2511"), nullptr);
  EXPECT_EQ(Find(f, "Kosmos 2511")->labels[0], "Spacecraft");
  EXPECT_EQ(Find(f, "Kosmos"), nullptr);
}

// "Aerospace", "Aircraft" end a company's name, but when a capitalised
// word follows they describe it: the run is a title, not a company.
TEST_F(ExtractorTest, AHeadThatDescribesTheNextWordEndsNoCompanyName) {
  DocFacts f =
      Run("The office filed its report on Foreign Aerospace Vehicle "
          "Research in August. Kestrel Aerospace built the tank.");
  EXPECT_EQ(Find(f, "Foreign Aerospace"), nullptr);
  ASSERT_NE(Find(f, "Kestrel Aerospace"), nullptr);
  EXPECT_EQ(Find(f, "Kestrel Aerospace")->labels[0], "Organization");
}

// "Jr." and "Sr." end a person's name and open none of their own.
TEST_F(ExtractorTest, AGenerationalSuffixOpensNoName) {
  DocFacts f =
      Run("Thanks for the tables.\n\n-- Oskar Lindqvist, Jr. "
          "University of Tromso, Tromso, Norway\n");
  EXPECT_NE(Find(f, "University of Tromso"), nullptr);
  EXPECT_EQ(Find(f, "Jr. University of Tromso"), nullptr);
  DocFacts g =
      Run("The prize went to Anton Kowalski Jr. of the Planetary "
          "Society, and King Jr. gave the speech.");
  EXPECT_NE(Find(g, "Anton Kowalski Jr."), nullptr);
  EXPECT_EQ(Find(g, "Jr."), nullptr);
}

// An ampersand glued between capitals is part of the name.
TEST_F(ExtractorTest, AnAmpersandBetweenCapitalsJoinsAName) {
  DocFacts f = Run("She studied at Texas A&M University in 1988.");
  EXPECT_NE(Find(f, "Texas A&M University"), nullptr);
  EXPECT_EQ(Find(f, "M University"), nullptr);
}

// An unknown name before "mission" names the mission, after a possessive
// or "the"; a people's adjective before it ("Franco-Swedish") is no part of
// it, nor a given name ("Franco"). After "a" it says what kind of mission
// ("a Ceres mission": one to Ceres), not which.
TEST_F(ExtractorTest, AnUnknownNameBeforeMissionIsAMission) {
  DocFacts f =
      Run("Anna Volkova was launched aboard Soyuz TM-40 on Monday, "
          "opening the Franco-Swedish Lagrange mission.");
  EXPECT_EQ(Find(f, "Franco-Swedish Lagrange"), nullptr);
  const EntityFact* m = Find(f, "Lagrange");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->labels[0], "Mission");
  // A word joining known names is a route, not a name.
  DocFacts route =
      Run("Voyager 2 flew the Jupiter-Saturn-Uranus-Neptune "
          "mission in 1989.");
  EXPECT_EQ(Find(route, "Jupiter-Saturn-Uranus-Neptune"), nullptr);
  DocFacts g = Run("Oskar Lindqvist began his Odin mission on Monday.");
  ASSERT_NE(Find(g, "Odin"), nullptr);
  EXPECT_EQ(Find(g, "Odin")->labels[0], "Mission");
  DocFacts kind =
      Run("A Ceres mission to orbit the dwarf planet has been planned for "
          "2003.");
  EXPECT_EQ(Find(kind, "Ceres"), nullptr);
}

// "Pegasus" before the Pegasus XL flew is the first Pegasus.
TEST_F(ExtractorTest, AVehiclesNameBeforeItFlewIsAnEarlierVehicle) {
  Document d;
  d.id = "old.txt";
  d.date = "1992-11-03";
  d.text = "The Pegasus rocket carried a small satellite to orbit.\n";
  DocFacts f = extractor_->Extract(d);
  EXPECT_NE(Find(f, "Pegasus"), nullptr);
  EXPECT_EQ(Find(f, "Pegasus XL"), nullptr);
  d.date = "1992-12-01";
  d.text = "Juno rockets of the 1950s carried the first satellites.\n";
  f = extractor_->Extract(d);
  EXPECT_EQ(Find(f, "Juno"), nullptr);  // the Jupiter probe, of 2005 on
}

// Initials before a given name are the person's: "J. Kelly Beatty".
TEST_F(ExtractorTest, InitialsBeforeAGivenNameArePartOfTheName) {
  DocFacts f =
      Run("The survey was led by T. Marcus Ellery and R. Joanna Pike of the "
          "observatory.");
  EXPECT_NE(Find(f, "T. Marcus Ellery"), nullptr);
  EXPECT_NE(Find(f, "R. Joanna Pike"), nullptr);
}

// An institution's name goes on across "for", "on" and "at" before
// capitals: "Institute for Space Studies", "University of Texas at Austin".
TEST_F(ExtractorTest, AnInstitutionsNameGoesOnAcrossForAndAt) {
  DocFacts f =
      Run("Scientists of the Halden Institute for Polar Studies and of the "
          "University of Nevada at Reno met at the Leland Committee on Space "
          "Policy.");
  EXPECT_NE(Find(f, "Halden Institute for Polar Studies"), nullptr);
  EXPECT_NE(Find(f, "University of Nevada at Reno"), nullptr);
  EXPECT_NE(Find(f, "Leland Committee on Space Policy"), nullptr);
  EXPECT_EQ(Find(f, "University of Nevada"), nullptr);
}

// A place's name that is the surname of a person named before is that
// person: "Tara Lisbon ... Lisbon said" is no Portugal.
TEST_F(ExtractorTest, ASurnameThatNamesAPlaceIsThePersonNamedBefore) {
  DocFacts f =
      Run("Engineer Tara Lisbon joined the team in May. Lisbon said the test "
          "went well.");
  EXPECT_EQ(Find(f, "Portugal"), nullptr);
  EXPECT_EQ(Find(f, "Lisbon"), nullptr);
  ASSERT_NE(Find(f, "Tara Lisbon"), nullptr);
  EXPECT_EQ(Find(f, "Tara Lisbon")->mentions.size(), 2u);
  // Without the person, the capital stands for its state.
  EXPECT_TRUE(Has(Run("Lisbon said the test went well."), "Portugal"));
}

}  // namespace
}  // namespace kg
