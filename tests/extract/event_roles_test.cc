// Events' arguments: who takes part in a happening and in what role --
// the subject acts, "by X" names the actor, "with X" takes part -- and which
// names around a trigger take no part (a place, a venue, an outlet, a
// word that says whose a person or a vehicle is). Every sentence here is
// invented.
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "tests/extract/extractor_fixture.h"

namespace kg {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;
using ::testing::UnorderedElementsAre;

TEST_F(ExtractorTest, APlaceAVehicleAndAVenueAreNoPartyToAStatement) {
  EXPECT_THAT(Events(Run("Baltic Launch Systems in Latvia announced on "
                         "Monday that it will market a small rocket.")),
              Not(Contains(HasSubstr("Latvia"))));
  EXPECT_THAT(Events(Run("A new Pegasus competitor is announced.")),
              Not(Contains(HasSubstr("Pegasus"))));
  DocFacts f =
      Run("Colonel Mara Kovacs spoke at a press conference at Lockheed Martin "
          "headquarters in Denver on Monday.");
  EXPECT_THAT(Events(f), Not(Contains(HasSubstr("Lockheed"))));
  EXPECT_LE(f.events.size(), 1u);
  EXPECT_THAT(
      Events(Run("NASA Administrator Mara Kovacs said the work will be done "
                 "at the University of Tambov with help from Russia.")),
      Not(Contains(HasSubstr("University of Tambov"))));
}

// A launch happens on Earth: a world named in its sentence is not where it
// happened, nor a party to it.
TEST_F(ExtractorTest, TheWorldALaunchHeadsForIsNotWhereItHappened) {
  DocFacts f =
      Run("Magellan, launched on May 4, 1989, has been in orbit "
          "around Venus since August 1990.");
  ASSERT_EQ(f.events.size(), 1u);
  EXPECT_TRUE(f.events[0].occurred_at.empty());
  DocFacts g =
      Run("Magellan was launched from Cape Canaveral on May 4, "
          "1989.");
  ASSERT_EQ(g.events.size(), 1u);
  EXPECT_EQ(g.events[0].occurred_at.size(), 1u);
}

TEST_F(ExtractorTest, ThePeopleOfASpacewalkTakePartInIt) {
  EXPECT_THAT(
      Events(
          Run("The spacewalk of Pavel Orlovsky on Friday lasted six hours.")),
      Contains("other: Pavel Orlovsky/participant"));
}

TEST_F(ExtractorTest, APassiveSubjectIsActedOnAndByNamesTheActor) {
  DocFacts f =
      Run("Oleg Savin was appointed by Vladimir Putin on July 15, 2022.");
  EXPECT_THAT(Events(f), UnorderedElementsAre(
                             "other: Vladimir Putin/actor Oleg Savin/target"));
  f = Run("On the day Oleg Savin was dismissed, NASA and Roscosmos met.");
  EXPECT_THAT(Events(f), Contains("other: Oleg Savin/target"));
}

TEST_F(ExtractorTest, ADatelinesOutletTakesNoPartInTheNews) {
  DocFacts f =
      Run("MOSCOW, Aug 24 (Reuters) - Progress MS-40 crashed in Siberia on "
          "Wednesday.");
  ASSERT_EQ(f.events.size(), 1u);
  for (const EventRole& r : f.events[0].involves) {
    EXPECT_NE(f.entities[r.entity].name, "Reuters");
  }
}

TEST_F(ExtractorTest, SignedByNamesThePartiesToAnAgreement) {
  DocFacts f =
      Run("The flight grew out of an agreement signed in 1992 by President "
          "Ivan Petrenko and Prime Minister Oleg Savin.");
  EXPECT_THAT(Events(f), Contains("agreement: Ivan Petrenko/participant "
                                  "Oleg Savin/participant"));
}

TEST_F(ExtractorTest, AVisitorNamedAsThePossessorIsArgumentEnough) {
  DocFacts f =
      Run("The deal came during Prime Minister Ivan Petrenko's state visit on "
          "June 21, 2023.");
  EXPECT_THAT(Events(f), Contains("visit: Ivan Petrenko/actor"));
}

TEST_F(ExtractorTest, ANationalityAdjectiveDoesNotFly) {
  DocFacts f = Run("The Japanese probe Hiten crashed on the Moon in 1993.");
  for (const std::string& e : Events(f)) {
    EXPECT_THAT(e, ::testing::Not(::testing::HasSubstr("Japan")));
  }
}

TEST_F(ExtractorTest, AnAppositionBeforeTheVerbIsSteppedOver) {
  DocFacts f =
      Run("Ivan Petrenko, named to lead Roscosmos in February, also toured "
          "the Johnson Space Center on May 3, 2025.");
  EXPECT_THAT(Events(f), Contains(StartsWith("visit: Ivan Petrenko/actor")));
  f = Run("Boris Zhukov, 50, visited Roscosmos on May 3, 2025.");
  EXPECT_THAT(Events(f), Contains(StartsWith("visit: Boris Zhukov/actor")));
}

TEST_F(ExtractorTest, PeopleBeforeAFlightNounWatchItAndDoNotFly) {
  DocFacts f =
      Run("Ivan Petrenko watched the launch of Soyuz MS-27 on May 3, 2025.");
  ASSERT_EQ(f.events.size(), 1u);
  EXPECT_THAT(Events(f)[0], ::testing::Not(::testing::HasSubstr("Petrenko")));
  f =
      Run("Ivan Petrenko attended that launch of Soyuz MS-27 on May 3, "
          "2025.");
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Soyuz MS-27"));
  f = Run("Ivan Petrenko launched aboard Soyuz MS-27 on May 3, 2025.");
  EXPECT_THAT(Events(f), Contains(::testing::HasSubstr("Ivan Petrenko")));
}

TEST_F(ExtractorTest, ByNamesWhoDoesIt) {
  DocFacts f = Run("The first spacewalk by Ivan Petrenko came in March 1965.");
  EXPECT_THAT(Events(f), Contains(StartsWith("other: Ivan Petrenko")));
  for (const std::string& e : Events(f)) {
    EXPECT_THAT(e, ::testing::Not(::testing::HasSubstr("Petrenko/target")));
  }
}

TEST_F(ExtractorTest, AnAgencyOfAnAstronautIsNoPartyOfTheFlight) {
  DocFacts f =
      Run("NASA astronaut Ann Lee and cosmonaut Ivan Petrenko of Roscosmos "
          "returned to Earth on Tuesday after 200 days aboard the station.");
  ASSERT_THAT(Events(f), Contains(HasSubstr("Ivan Petrenko/")));
  EXPECT_THAT(Events(f), Not(Contains(HasSubstr("Roscosmos/"))));
  // Nor is any person's affiliation after "of".
  EXPECT_THAT(Events(Run("Alan Stern of the Southwest Research Institute and "
                         "Ivan Petrenko met in Boulder on Monday.")),
              Not(Contains(HasSubstr("Southwest Research Institute/"))));
  // An agency that is no astronaut's still acts.
  EXPECT_THAT(Events(Run("The head of Roscosmos said on Monday that Roscosmos "
                         "launched the Soyuz MS-40 from Baikonur.")),
              Contains(HasSubstr("Roscosmos/actor")));
}

TEST_F(ExtractorTest, AnOrganizationActsOnAFlightOnlyAsItsSubjectOrAgent) {
  EXPECT_THAT(Events(Run("A SpaceX capsule carrying four astronauts docked "
                         "with the International Space Station on Sunday.")),
              Not(Contains(HasSubstr("SpaceX/actor"))));
  EXPECT_THAT(Events(Run("Roscosmos has successfully launched the Soyuz "
                         "MS-40 from Baikonur.")),
              Contains(HasSubstr("Roscosmos/actor")));
  EXPECT_THAT(Events(Run("The Soyuz MS-40 was launched by Roscosmos on "
                         "Friday.")),
              Contains(HasSubstr("Roscosmos/actor")));
  EXPECT_THAT(
      Events(Run("NASA and SpaceX launched the Crew-40 mission on "
                 "Friday.")),
      Contains(AllOf(HasSubstr("NASA/actor"), HasSubstr("SpaceX/actor"))));
}

TEST_F(ExtractorTest, TheStateOfAnOfficialIsNoPartyToTheirMeeting) {
  std::vector<std::string> events =
      Events(Run("Russian Prime Minister Ivan Petrenko and U.S. Vice "
                 "President Tom Baxter met in Moscow on Monday."));
  ASSERT_THAT(events, Contains(AllOf(StartsWith("meeting:"),
                                     HasSubstr("Ivan Petrenko/"),
                                     HasSubstr("Tom Baxter/"))));
  EXPECT_THAT(events, Not(Contains(HasSubstr("Russia/"))));
  EXPECT_THAT(events, Not(Contains(HasSubstr("United States/"))));
  // The official a modifier right after the trigger names is met.
  events =
      Events(Run("Ivan Petrenko is due to meet acting NASA Administrator "
                 "Tom Baxter on Monday."));
  ASSERT_THAT(events, Contains(AllOf(StartsWith("meeting:"),
                                     HasSubstr("Ivan Petrenko/"),
                                     HasSubstr("Tom Baxter/"))));
  EXPECT_THAT(events, Not(Contains(HasSubstr("NASA/"))));
}

// A trigger in brackets speaks of the name just before them ("Mir
// (launched in 1986)"); a name outside them is no party to it.
TEST_F(ExtractorTest, ATriggerInBracketsTakesTheNameBeforeThem) {
  EXPECT_THAT(Events(Run("Until the ZETA probe (launched last year) there "
                         "had been almost no such readings except a few on "
                         "Skylab.")),
              Not(Contains(HasSubstr("Skylab/"))));
  EXPECT_THAT(Events(Run("The crew of Soyuz TM-40 reached Mir (launched in "
                         "1986) after a two-day chase.")),
              Contains(AllOf(StartsWith("launch:"), HasSubstr("Mir/"),
                             Not(HasSubstr("Soyuz TM-40/")))));
}

// A statement is somebody's: with no speaker, only what it is about, there
// is none.
TEST_F(ExtractorTest, AStatementNeedsItsSpeaker) {
  EXPECT_THAT(Events(Run("That speech signaled a commitment to end the "
                         "impasse with the Soviet Union.")),
              Not(Contains(StartsWith("statement:"))));
  EXPECT_THAT(Events(Run("Ivan Petrenko signaled a commitment to end the "
                         "impasse with the Soviet Union.")),
              Contains(AllOf(StartsWith("statement:"),
                             HasSubstr("Ivan Petrenko/actor"))));
}

// A world is flown to, not visited: "visited Saturn" is no visit.
TEST_F(ExtractorTest, AVisitToAWorldIsNoVisit) {
  EXPECT_THAT(Events(Run("Two American probes have visited Saturn.")),
              Not(Contains(StartsWith("visit:"))));
  EXPECT_THAT(Events(Run("Ivan Petrenko visited Houston on Monday.")),
              Contains(StartsWith("visit:")));
}

// What a launch is "with" is its load ("lifted off with Astra 9Z"); what a
// docking is "with" is where it goes.
TEST_F(ExtractorTest, ALaunchWithAVehicleCarriesIt) {
  EXPECT_THAT(Events(Run("The Proton lifted off from Baikonur at 3:24 a.m. "
                         "with the Astra 9Z satellite.")),
              Contains(AllOf(StartsWith("launch:"), HasSubstr("Astra 9Z/"))));
}

// Who watches a happening takes no part in it, nor flies its vehicle.
TEST_F(ExtractorTest, WhoWatchesAFlightTakesNoPart) {
  DocFacts f =
      Run("Ivan Petrenko and Anna Volkova watched Endurance splash down off "
          "Florida.");
  EXPECT_THAT(Events(f), Not(Contains(HasSubstr("Ivan Petrenko/"))));
  EXPECT_FALSE(
      HasRelation(f, "CREW_OF", "Ivan Petrenko", "Crew Dragon Endurance"));
  EXPECT_TRUE(HasRelation(Run("Ivan Petrenko and Anna Volkova splashed down "
                              "in Endurance off Florida."),
                          "CREW_OF", "Ivan Petrenko", "Crew Dragon Endurance"));
}

// A news outlet reports a statement; it makes none ("Itar-TASS announced").
TEST_F(ExtractorTest, ANewsOutletMakesNoStatement) {
  EXPECT_THAT(Events(Run("Itar-TASS announced the launch of Kosmos 2290 on "
                         "Tuesday.")),
              Not(Contains(StartsWith("statement:"))));
  EXPECT_THAT(Events(Run("Roscosmos announced the launch of Kosmos 2290 on "
                         "Tuesday.")),
              Contains(StartsWith("statement:")));
}

// A vehicle is what an agreement is about, not a party to it.
TEST_F(ExtractorTest, AVehicleIsTheTargetOfAnAgreement) {
  EXPECT_THAT(
      Events(Run("Roscosmos signed a contract with NASA for Soyuz "
                 "MS-40 seats on Monday.")),
      Contains(AllOf(StartsWith("agreement:"), HasSubstr("Soyuz MS-40/target"),
                     HasSubstr("NASA/participant"))));
}

// When the subject before an apposition names nothing, the apposition
// names the subject: "their capsule, the Soyuz MS-40, sprang a leak".
TEST_F(ExtractorTest, AnAppositionNamesASubjectThatNamesNothing) {
  EXPECT_THAT(Events(Run("They were meant to come home in March, but their "
                         "original capsule, the Soyuz MS-40, sprang a "
                         "coolant leak in December 2022.")),
              Contains(AllOf(StartsWith("other:"), HasSubstr("Soyuz MS-40/"))));
}

}  // namespace
}  // namespace kg
