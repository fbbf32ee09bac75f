// Crews aboard a station: who lives on it, stays, commands it or is left
// behind, and whom of a sentence's people a station's words reach; whose
// flight a list, a colon or a later clause names. Each construction on
// sentences written for the test.
#include <string>

#include "extract/corpus/facts.h"
#include "gmock/gmock.h"
#include "tests/extract/extractor_fixture.h"

namespace kg {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

// "The three cosmonauts who arrived on Soyuz MS-41, A, B and C, remain
// aboard with D and E": aboard the station named before, where D and E stay
// too, without flying the subject's flight; "remain aboard the capsule"
// names its own vehicle.
TEST_F(ExtractorTest, WhoRemainsAboardIsTheStationsCrew) {
  DocFacts f = Run(
      "Soyuz MS-40 undocked from the International Space Station on Monday. "
      "The two cosmonauts who arrived on March 18 aboard Soyuz MS-41, Oleg "
      "Sokolov and Igor Belov, remain aboard with NASA astronauts Tom Baxter "
      "and Ann Lee.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Igor Belov", "Soyuz MS-41"));
  EXPECT_TRUE(
      HasRelation(f, "CREW_OF", "Igor Belov", "International Space Station"));
  EXPECT_TRUE(
      HasRelation(f, "CREW_OF", "Ann Lee", "International Space Station"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Ann Lee", "Soyuz MS-41"));
  // Told the other way round, after the landing of another flight.
  DocFacts h = Run(
      "Soyuz MS-40 undocked from the International Space Station and landed "
      "on Monday with Oleg Sokolov and Igor Belov. Remaining on board are "
      "cosmonaut Pavel Orlovsky and NASA astronauts Tom Baxter and Ann Lee.");
  EXPECT_TRUE(
      HasRelation(h, "CREW_OF", "Ann Lee", "International Space Station"));
  EXPECT_FALSE(HasRelation(h, "CREW_OF", "Ann Lee", "Soyuz MS-40"));
  EXPECT_FALSE(HasRelation(h, "CREW_OF", "Pavel Orlovsky", "Soyuz MS-40"));
  DocFacts g = Run(
      "Soyuz MS-40 undocked from the International Space Station on Monday. "
      "NASA astronauts Tom Baxter and Ann Lee remain aboard the capsule.");
  EXPECT_FALSE(
      HasRelation(g, "CREW_OF", "Ann Lee", "International Space Station"));
}

// A relative clause of being aboard with its verb in the plural speaks of
// the whole list before it, not only of the person nearest.
TEST_F(ExtractorTest, APluralRelativeClauseOfBeingAboardIsTheWholeLists) {
  DocFacts f =
      Run("The newcomers will take over the Mir station from Oleg "
          "Sokolov and Igor Belov, who have been on board since "
          "February.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Oleg Sokolov", "Mir"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Igor Belov", "Mir"));
}

// Verbs joined by "and" share their subject, however long the first verb
// phrase: "X spent ... and commanded the station".
TEST_F(ExtractorTest, WhoCommandedAStationAfterAnotherVerbIsItsCrew) {
  DocFacts f =
      Run("Oskar Lindqvist, a former pilot, flew twice on the "
          "shuttle and commanded the International Space Station in "
          "2004.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Oskar Lindqvist",
                          "International Space Station"));
}

// The very next sentence naming two astronauts carries a flight on, but
// not when they stay where they are.
TEST_F(ExtractorTest, AstronautsWhoStayDoNotContinueTheFlightBefore) {
  DocFacts f =
      Run("Soyuz TM-40 landed in Kazakhstan on Thursday with "
          "cosmonaut Pavel Orlovsky. Cosmonauts Ivan Petrenko and "
          "Oleg Savin will stay on Mir for a five-month shift.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Pavel Orlovsky", "Soyuz TM-40"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Soyuz TM-40"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Oleg Savin", "Soyuz TM-40"));
}

// A vehicle's name before a title before a name puts the person aboard
// only when the title is one of the crew's.
TEST_F(ExtractorTest, AnOfficeOnTheGroundNamedByAVehiclePutsNobodyAboard) {
  DocFacts f =
      Run("\"We are ready,\" said International Space Station "
          "Program Manager Anna Volkova on Monday.");
  EXPECT_FALSE(
      HasRelation(f, "CREW_OF", "Anna Volkova", "International Space Station"));
  DocFacts g = Run("Soyuz MS-40 commander Anna Volkova waved on Monday.");
  EXPECT_TRUE(HasRelation(g, "CREW_OF", "Anna Volkova", "Soyuz MS-40"));
}

// "Atlantis rose on the STS-140 mission with seven aboard: A, ... and B, who
// is to take C's place aboard the station": the bare "aboard" is the
// shuttle's and the relative clause is B's, so only B and C are the
// station's; "docked with Mir, where C was waiting with D": D is the
// station's, not the shuttle's; the crew "relieved" is the station's.
TEST_F(ExtractorTest, WhoIsAboardTheStationAndWhoAboardTheFlight) {
  DocFacts f = Run(
      "Atlantis rose from the Florida coast on the STS-140 mission with four "
      "people aboard: commander Tom Baxter, pilot Ann Lee, cosmonaut Igor "
      "Belov and Laura Brandt, who is to take Zorbo Quennell's place aboard "
      "Mir. On Saturday Atlantis docked with Mir, where Quennell was waiting "
      "with cosmonauts Pavel Orlovsky and Oleg Sokolov.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Tom Baxter", "STS-140"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Tom Baxter", "Mir"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Igor Belov", "Mir"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Laura Brandt", "Mir"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Pavel Orlovsky", "Mir"));
  EXPECT_FALSE(
      HasRelation(f, "CREW_OF", "Pavel Orlovsky", "Space Shuttle Atlantis"));
  DocFacts g = Run(
      "Soyuz TM-40 docked with Mir on Thursday with Pavel Orlovsky and Oleg "
      "Sokolov. They will relieve Ivan Petrenko and Igor Belov, the doctor "
      "who has lived aboard the station for 14 months.");
  EXPECT_TRUE(HasRelation(g, "CREW_OF", "Ivan Petrenko", "Mir"));
  EXPECT_FALSE(HasRelation(g, "CREW_OF", "Ivan Petrenko", "Soyuz TM-40"));
}

// Who lives on a station, spent a stay there or commands it is its crew,
// in the story or in a career told in passing; a sum spent on a station is
// no stay.
TEST_F(ExtractorTest, AStayOnAStationOrItsCommandMakesItsCrew) {
  DocFacts f =
      Run("Cosmonaut Ivan Sorokin, who spent seven months on Mir in 1991, "
          "will lead the crew. NASA astronaut Jane Holt and cosmonaut Pavel "
          "Orlov, who have lived on the station since April, return next "
          "week.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ivan Sorokin", "Mir"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Jane Holt", "Mir"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Pavel Orlov", "Mir"));
  DocFacts g =
      Run("Pavel Orlov, a former air force pilot, commanded the ISS in 2009. "
          "The station's commander, cosmonaut Boris Lebedev, opened the "
          "hatch. NASA astronaut Mary Kline spent nearly a year on the "
          "station with cosmonaut Oleg Dronov.");
  EXPECT_TRUE(
      HasRelation(g, "CREW_OF", "Pavel Orlov", "International Space Station"));
  EXPECT_TRUE(HasRelation(g, "CREW_OF", "Boris Lebedev",
                          "International Space Station"));
  EXPECT_TRUE(
      HasRelation(g, "CREW_OF", "Mary Kline", "International Space Station"));
  EXPECT_TRUE(
      HasRelation(g, "CREW_OF", "Oleg Dronov", "International Space Station"));
  DocFacts h =
      Run("NASA administrator Tom Baxter said the agency spent $3 billion on "
          "the International Space Station last year.");
  EXPECT_FALSE(
      HasRelation(h, "CREW_OF", "Tom Baxter", "International Space Station"));
}

// Those who stay behind when a crew leaves are still of the mission, but
// on none of the vehicles of the story.
TEST_F(ExtractorTest, WhoStaysBehindIsOfTheMissionButNotTheVehicle) {
  DocFacts f = Run(
      "Three members of Expedition 80 boarded Soyuz MS-31 for the trip "
      "home: cosmonauts Anton Belov and Ilya Markov and astronaut Lisa Farr. "
      "They said goodbye to the crewmates who stay behind: astronaut Hana "
      "Okoro and cosmonaut Pavel Gromov.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Lisa Farr", "Soyuz MS-31"));
  for (const char* name : {"Hana Okoro", "Pavel Gromov"}) {
    EXPECT_TRUE(HasRelation(f, "CREW_OF", name, "Expedition 80")) << name;
    EXPECT_FALSE(HasRelation(f, "CREW_OF", name, "Soyuz MS-31")) << name;
  }
}

// Who remains on a station, takes its command or shares it is its crew; and
// a crew member who lives on the station is still aboard the capsule the
// crew names after.
TEST_F(ExtractorTest, RemainingOnAStationOrTakingItsCommandMakesItsCrew) {
  DocFacts f = Run(
      "NASA astronauts Lisa Farr and Hana Okoro and JAXA astronaut Ken Sato "
      "flew to the International Space Station on Crew-14. Farr will remain "
      "on the station for six months. The crew named the capsule Freedom.");
  EXPECT_TRUE(
      HasRelation(f, "CREW_OF", "Lisa Farr", "International Space Station"));
  for (const char* name : {"Lisa Farr", "Hana Okoro", "Ken Sato"}) {
    EXPECT_TRUE(HasRelation(f, "CREW_OF", name, "Crew Dragon Freedom")) << name;
  }
  DocFacts g =
      Run("The International Space Station had a busy week. Before undocking, "
          "cosmonaut Anton Belov handed command of the station to NASA "
          "astronaut Rita Lowe. Astronaut Hana Okoro, who shares the station "
          "with two cosmonauts, took pictures.");
  for (const char* name : {"Anton Belov", "Rita Lowe", "Hana Okoro"}) {
    EXPECT_TRUE(HasRelation(g, "CREW_OF", name, "International Space Station"))
        << name;
  }
}

// People listed at the head of a sentence as the subject of a verb of
// flying fly its vehicle, whoever they are: "A, B and C will undock in
// Endurance".
TEST_F(ExtractorTest, PeopleListedAsTheSubjectOfAFlightVerbFly) {
  DocFacts f =
      Run("Ivan Petrenko, Anna Volkova and Tom Baxter will undock in "
          "Endurance and splash down off Florida next week.");
  for (const char* name : {"Ivan Petrenko", "Anna Volkova", "Tom Baxter"}) {
    EXPECT_TRUE(HasRelation(f, "CREW_OF", name, "Crew Dragon Endurance"))
        << name;
  }
}

// The people a flight leaves where they are ("leaving A and B to run the
// station") are not its crew; "after leaving the station" leaves nobody.
TEST_F(ExtractorTest, ThePeopleAFlightLeavesAreNotItsCrew) {
  DocFacts f = Run(
      "Cosmonauts Ivan Petrenko and Oleg Savin will return to Earth in the "
      "older Soyuz TM-40, leaving cosmonauts Anna Volkova and Pavel Orlov to "
      "run the station.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Soyuz TM-40"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Anna Volkova", "Soyuz TM-40"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Pavel Orlov", "Soyuz TM-40"));
  DocFacts g =
      Run("After leaving the station, cosmonauts Anna Volkova and Pavel Orlov "
          "landed in Soyuz TM-40 on Friday.");
  EXPECT_TRUE(HasRelation(g, "CREW_OF", "Anna Volkova", "Soyuz TM-40"));
}

// "A and B, and the four members of Crew-40: C, D, E and F": a flight whose
// crew a colon lists after the people is not theirs.
TEST_F(ExtractorTest, AListOwnedByALaterFlightIsItsAlone) {
  DocFacts f = Run(
      "The trio join cosmonauts Ivan Petrenko and Oleg Savin, who are to land "
      "on Friday, and the four members of the Crew-40 mission: Anna Volkova, "
      "Tom Baxter, Jane Doyle and Ken Sato.");
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Crew-40"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Oleg Savin", "Crew-40"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Anna Volkova", "Crew-40"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ken Sato", "Crew-40"));
}

// A flight that is the subject of a clause a conjunction opens ("50 years
// after Apollo 11 landed") is that clause's: not the crew's, nor the
// mission of the sentence's vehicle, nor a party to its launch; and a
// vehicle one is launched "in" flies.
TEST_F(ExtractorTest, AFlightOfALaterClauseIsThatClauses) {
  DocFacts f =
      Run("Cosmonauts Ivan Petrenko and Oleg Savin were launched today in the "
          "Soyuz MS-40 spacecraft, exactly 50 years after Apollo 11 landed on "
          "the Moon.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Soyuz MS-40"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Apollo 11"));
  EXPECT_FALSE(HasRelation(f, "USES", "Apollo 11", "Soyuz MS-40"));
  EXPECT_THAT(Events(f),
              Contains(AllOf(StartsWith("launch:"), HasSubstr("Soyuz MS-40/"),
                             Not(HasSubstr("Apollo 11/")))));
}

// A bare "aboard" after people, with no flight before it in the sentence or
// the story, is aboard the station the text names most ("are spending a
// year aboard"), not one planned for later; after a flight ("brought the
// orbiter down with B and C aboard") it is that flight's.
TEST_F(ExtractorTest, ABareAboardIsTheMainStations) {
  DocFacts f = Run(
      "Russia will stay on the International Space Station until 2028 and "
      "then build the Russian Orbital Station.\n\nThree crew members, "
      "cosmonauts Ivan Petrenko and Oleg Savin and astronaut Tom Baxter, are "
      "spending almost a year aboard after a coolant leak damaged their "
      "Soyuz MS-40 capsule.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ivan Petrenko",
                          "International Space Station"));
  EXPECT_FALSE(
      HasRelation(f, "CREW_OF", "Ivan Petrenko", "Russian Orbital Station"));
  DocFacts g = Run(
      "The International Space Station was left behind as Atlantis flew "
      "home on STS-140.\n\nCommander Tom Baxter brought the orbiter down at "
      "dawn, with pilot Ivan Petrenko and mission specialist Anna Volkova "
      "aboard.");
  EXPECT_FALSE(HasRelation(g, "CREW_OF", "Ivan Petrenko",
                           "International Space Station"));
}

// A crew flies a flight, not a family of vehicles: "Soyuz Commander A"
// commands the Soyuz the text names.
TEST_F(ExtractorTest, NoCrewOfAFamilyOfVehicles) {
  DocFacts f = Run(
      "Flight Engineer and Soyuz Commander Ivan Petrenko of Roscosmos docked "
      "the Soyuz TMA-40 spacecraft to the station early Saturday.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Soyuz TMA-40"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Soyuz"));
}

// A cargo ship carries no crew, whatever way its name is written
// ("Tianzhou-7", "HTV-9").
TEST_F(ExtractorTest, NoCrewOfACargoShipNamedWithAHyphen) {
  DocFacts f = Run(
      "Tianzhou-7 docked with the station on Friday, January 19, 2024, with "
      "supplies for astronauts Tang Hongbo and Tang Shengjie.");
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Tang Hongbo", "Tianzhou-7"));
}

}  // namespace
}  // namespace kg
