// The relations a phrase states, each construction on a sentence written
// for the test: places in places, citizens, posts and their time, dockings
// of the vehicle named before, what a mission flies and who runs it, crews
// of one flight among several, and flights that are history.
#include <algorithm>
#include <string>
#include <vector>

#include "extract/corpus/facts.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/extract/extractor_fixture.h"

namespace kg {
namespace {

TEST_F(ExtractorTest, PlacesAtThePlaceCommaInAndCommaAtTheEnd) {
  DocFacts f =
      Run("The pad stood at the Baikonur Cosmodrome at Tyuratam. Vostochny, in "
          "the Amur region, was still unfinished. They flew home to Houston, "
          "Texas.");
  EXPECT_TRUE(
      HasRelation(f, "LOCATED_IN", "Vostochny Cosmodrome", "Amur Oblast"));
  EXPECT_TRUE(HasRelation(f, "LOCATED_IN", "Houston", "Texas"));
  // "Vostochny, near the border" says near, not in.
  f = Run("Vostochny, near Blagoveshchensk, was still unfinished.");
  for (const RelationFact& r : f.relations) EXPECT_NE(r.type, "LOCATED_IN");
}

TEST_F(ExtractorTest, ADemonymBeforePeopleMakesThemItsCitizens) {
  DocFacts f = Run(
      "The flight carries American Dana Whitmore and Russians Pavel Orlovsky "
      "and Ivan Petrenko.");
  EXPECT_TRUE(HasRelation(f, "CITIZEN_OF", "Dana Whitmore", "United States"));
  EXPECT_TRUE(HasRelation(f, "CITIZEN_OF", "Pavel Orlovsky", "Russia"));
  EXPECT_TRUE(HasRelation(f, "CITIZEN_OF", "Ivan Petrenko", "Russia"));
  f = Run("Russian Helicopters and American Megatrends signed a deal.");
  for (const RelationFact& r : f.relations) EXPECT_NE(r.type, "CITIZEN_OF");
}

TEST_F(ExtractorTest, ListMembersMayCarryAppositions) {
  DocFacts f = Run(
      "NASA astronauts Dana Whitmore, the mission commander, who flew twice "
      "before, and Paul Reyes will launch in May.");
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Dana Whitmore", "NASA"));
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Paul Reyes", "NASA"));
  // No "and" closes a list: the name after the apposition is someone else.
  f = Run(
      "NASA astronaut Dana Whitmore, the mission commander, said Paul Reyes "
      "would fly.");
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Dana Whitmore", "NASA"));
  EXPECT_FALSE(HasRelation(f, "WORKS_FOR", "Paul Reyes", "NASA"));
}

TEST_F(ExtractorTest, AnOrganizationRunByAnOfficeHolderEmploysThem) {
  DocFacts f =
      Run("For months NASA was run by an acting chief, Paul Reyes, after the "
          "administrator resigned.");
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Paul Reyes", "NASA"));
  // A company is no office holder.
  f = Run("NASA was run by Boeing engineers for a week.");
  for (const RelationFact& r : f.relations) EXPECT_NE(r.type, "WORKS_FOR");
}

// The time of a post: WORKS_FOR's since, until and former.
std::string RoleTime(const DocFacts& f, const std::string& person,
                     const std::string& key) {
  for (const RelationFact& r : f.relations) {
    if (r.type != "WORKS_FOR" || f.entities[r.from].name != person) continue;
    auto it = r.properties.find(key);
    return it == r.properties.end() ? "" : it->second;
  }
  return "<no WORKS_FOR>";
}

TEST_F(ExtractorTest, PostsKeepWhenTheyBeganAndEnded) {
  DocFacts f =
      Run("Ivan Petrenko, who has headed Roscosmos since 2019, spoke first. "
          "Energia, led since April 2011 by Oleg Savin, agreed.");
  EXPECT_EQ(RoleTime(f, "Ivan Petrenko", "since"), "2019");
  EXPECT_EQ(RoleTime(f, "Oleg Savin", "since"), "2011-04");
  f =
      Run("President Anton Volkov on Thursday, March 6, 2025, signed a decree "
          "naming Ivan Petrenko director general of Roscosmos.");
  EXPECT_EQ(RoleTime(f, "Ivan Petrenko", "since"), "2025-03-06");
  f =
      Run("The government on May 5, 2015 removed Oleg Savin as head of "
          "Roscosmos.");
  EXPECT_EQ(RoleTime(f, "Oleg Savin", "until"), "2015-05-05");
  EXPECT_EQ(RoleTime(f, "Oleg Savin", "former"), "true");
  EXPECT_EQ(RoleTime(f, "Oleg Savin", "since"), "");
  f = Run(
      "Yuri Borin, who succeeded Dmitry Rogalev as head of Roscosmos in July "
      "2022, spoke.");
  EXPECT_EQ(RoleTime(f, "Yuri Borin", "since"), "2022-07");
  EXPECT_EQ(RoleTime(f, "Dmitry Rogalev", "until"), "2022-07");
  EXPECT_EQ(RoleTime(f, "Dmitry Rogalev", "former"), "true");
  // "since" that starts no date, a date far from it, or one that dates
  // something else further on, is no start.
  f =
      Run("NASA astronaut Dana Whitmore, who has been on the station since "
          "March 2024, spoke.");
  EXPECT_EQ(RoleTime(f, "Dana Whitmore", "since"), "");
  f = Run(
      "NASA Administrator Ruth Kessler has worried since the launch slipped "
      "to the spring of 2026.");
  EXPECT_EQ(RoleTime(f, "Ruth Kessler", "since"), "");
}

TEST_F(ExtractorTest, TheCapsuleOrItDocksAsTheVehicleNamedBefore) {
  DocFacts f = Run(
      "Soyuz MS-40 lifted off on Sunday for the International Space Station. "
      "The capsule docked with the station's Rassvet module on Monday.");
  EXPECT_TRUE(HasRelation(f, "DOCKED_WITH", "Soyuz MS-40", "Rassvet"));
  EXPECT_TRUE(HasRelation(f, "DOCKED_WITH", "Soyuz MS-40",
                          "International Space Station"));
  f =
      Run("Progress MS-41 lifted off from Baikonur for the International Space "
          "Station on Monday. It docked with the station on Wednesday.");
  EXPECT_TRUE(HasRelation(f, "DOCKED_WITH", "Progress MS-41",
                          "International Space Station"));
}

TEST_F(ExtractorTest, AVehicleForAMissionAndAMissionsVehicleAreUsedByIt) {
  DocFacts f = Run(
      "The Falcon 9 rocket for Crew-12 stood on the pad. Crew-12's capsule, "
      "Grace, is to splash down off California.");
  EXPECT_TRUE(HasRelation(f, "USES", "Crew-12", "Falcon 9"));
  EXPECT_TRUE(HasRelation(f, "USES", "Crew-12", "Crew Dragon Grace"));
  // Waiting for a mission uses nothing.
  f = Run("The crowd at Kennedy Space Center waited for Crew-12.");
  for (const RelationFact& r : f.relations) EXPECT_NE(r.type, "USES");
}

TEST_F(ExtractorTest, AnOperatorsMissionsListedAfterItAreItsOwn) {
  DocFacts f =
      Run("Dana Whitmore flew on two NASA flights, STS-140 and STS-142, before "
          "she retired.");
  EXPECT_TRUE(HasRelation(f, "OPERATED_BY", "STS-140", "NASA"));
  EXPECT_TRUE(HasRelation(f, "OPERATED_BY", "STS-142", "NASA"));
}

TEST_F(ExtractorTest, LexiconNamesWithAPossessiveAreFound) {
  // The tokenizer cuts "Europe" | "'s"; the lexicon's forms are matched
  // through that cut too.
  DocFacts f =
      Run("Europe's space agency said the rocket left Europe's Spaceport on "
          "time.");
  ASSERT_NE(Find(f, "European Space Agency"), nullptr);
  ASSERT_NE(Find(f, "Guiana Space Centre"), nullptr);
}

TEST_F(ExtractorTest, ACrewNamedAsOneFlightsIsNotTheOthers) {
  DocFacts f =
      Run("When Soyuz MS-41 docks, the three members of Soyuz MS-40, Pavel "
          "Orlovsky, Ivan Petrenko and NASA astronaut Dana Whitmore, will come "
          "home.");
  for (const char* who : {"Pavel Orlovsky", "Ivan Petrenko", "Dana Whitmore"}) {
    EXPECT_TRUE(HasRelation(f, "CREW_OF", who, "Soyuz MS-40")) << who;
    EXPECT_FALSE(HasRelation(f, "CREW_OF", who, "Soyuz MS-41")) << who;
  }
  // Two clauses, each with a verb, a person and a flight of its own.
  f = Run(
      "Cosmonaut Kirill Pesin is to fly on NASA's Crew-20 mission from "
      "Florida next month, and NASA astronaut Jonny Kimball is to launch on "
      "Soyuz MS-37 from Baikonur in April.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Kirill Pesin", "Crew-20"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Kirill Pesin", "Soyuz MS-37"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Jonny Kimball", "Soyuz MS-37"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Jonny Kimball", "Crew-20"));
  // Without such a noun the crew goes with every flight the sentence names.
  f =
      Run("Soyuz MS-40 and Soyuz MS-41 carried NASA astronaut Dana Whitmore "
          "and cosmonaut Ivan Petrenko.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Dana Whitmore", "Soyuz MS-41"));
}

// The sentences after a flight continue it when they speak of a crew or of
// flying, or when the next one lists its crew; one astronaut named later,
// or a backup, is not its crew.
TEST_F(ExtractorTest, TheSentencesAfterAFlightContinueItOnlyAsACrewList) {
  DocFacts f =
      Run("Soyuz TM-40 docked with Mir on Thursday. His backup, veteran "
          "cosmonaut Ivan Petrenko, trained with the crew in Houston. Later "
          "he and cosmonaut Oleg Savin became good friends.");
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Soyuz TM-40"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Oleg Savin", "Soyuz TM-40"));
  DocFacts g =
      Run("Soyuz TM-40 docked with Mir on Thursday. Commander Pavel "
          "Orlovsky and cosmonaut Ivan Petrenko opened the hatch.");
  EXPECT_TRUE(HasRelation(g, "CREW_OF", "Ivan Petrenko", "Soyuz TM-40"));
}

// A mission flies a vehicle, not the station it goes to; an expedition
// flies nothing.
TEST_F(ExtractorTest, NoMissionUsesAStationAndNoExpeditionUsesAnything) {
  DocFacts f =
      Run("Expedition 80 continues aboard the International Space Station "
          "under the command of Oleg Savin.");
  for (const RelationFact& r : f.relations) EXPECT_NE(r.type, "USES");
}

// A station after "for" is where a launched module goes, not what flies.
TEST_F(ExtractorTest, AStationAfterForIsNotLaunched) {
  DocFacts f =
      Run("A Proton rocket carrying Nauka-2, the new module for the "
          "International Space Station, blasted off from the Baikonur "
          "Cosmodrome on Friday.");
  EXPECT_TRUE(HasRelation(f, "LAUNCHED_FROM", "Proton", "Baikonur Cosmodrome"));
  EXPECT_FALSE(HasRelation(f, "LAUNCHED_FROM", "International Space Station",
                           "Baikonur Cosmodrome"));
}

// "Rescue teams reached their Soyuz MS-40 capsule": the astronauts named
// just before are its crew; "X, who commanded two missions, A and B":
// X flew both.
TEST_F(ExtractorTest, TheirFlightAndTheMissionsSomeoneCommanded) {
  DocFacts f =
      Run("Commander Oleg Savin and NASA astronaut Dana Whitmore were in good "
          "condition, officials said. Rescue teams reached their Soyuz MS-40 "
          "capsule shortly after it came down.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Oleg Savin", "Soyuz MS-40"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Dana Whitmore", "Soyuz MS-40"));
  DocFacts g =
      Run("The board named Ruth Kessler, a pilot who commanded two NASA "
          "missions, Crew-30 and Crew-34, to lead the agency.");
  EXPECT_TRUE(HasRelation(g, "CREW_OF", "Ruth Kessler", "Crew-30"));
  EXPECT_TRUE(HasRelation(g, "CREW_OF", "Ruth Kessler", "Crew-34"));
}

TEST_F(ExtractorTest, AFlightOfYearsBeforeIsHistoryNotTheStorysFlight) {
  Document d;
  d.id = "news.txt";
  d.date = "1995-06-29";
  d.text =
      "Soyuz TM-40 docked with Mir on Thursday, two decades after the "
      "Apollo-Soyuz handshake of 1975. Commander Pavel Orlovsky and "
      "cosmonaut Ivan Petrenko opened the hatch.";
  DocFacts f = extractor_->Extract(d);
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Pavel Orlovsky", "Soyuz TM-40"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Pavel Orlovsky", "Apollo-Soyuz"));
  EXPECT_FALSE(HasRelation(f, "USES", "Apollo-Soyuz", "Soyuz TM-40"));
}

}  // namespace
// "Univ. Colorado at Colorado Springs": a region lies in no city; "to
// investigators in Moscow, Tokyo and Houston": a list of cities, and a
// capital named as a city contains no other place; "Houston, Texas" still
// puts the city in its state.
TEST_F(ExtractorTest, ARegionInACityAndACityInACapitalAreNoLocations) {
  DocFacts f =
      Run("Dr. Mara Kovacs teaches at Univ. Colorado at Colorado Springs. The "
          "data will go to investigators in Moscow, Tokyo and Houston, Texas.");
  EXPECT_FALSE(HasRelation(f, "LOCATED_IN", "Colorado", "Colorado Springs"));
  EXPECT_FALSE(HasRelation(f, "LOCATED_IN", "Moscow", "Japan"));
  EXPECT_TRUE(HasRelation(f, "LOCATED_IN", "Houston", "Texas"));
}

// "The commercial flight is commanded by former NASA astronaut X, with Y
// as pilot": a crew word puts a former agency astronaut aboard again; "The
// crew named the capsule Z" gives the vehicle the crew listed before, but
// not people already aboard another vehicle.
TEST_F(ExtractorTest, CommandedByAndTheCrewNamingItsCapsule) {
  DocFacts f = Run(
      "A Crew Dragon carrying the Axiom Mission 9 crew docked with the "
      "International Space Station on Friday. The flight is commanded by "
      "former NASA astronaut Mara Kovacs, with Ivan Petrenko of the European "
      "Space Agency as pilot. The crew named the new capsule Endurance.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Mara Kovacs", "Axiom Mission 9"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Axiom Mission 9"));
  EXPECT_TRUE(
      HasRelation(f, "CREW_OF", "Mara Kovacs", "Crew Dragon Endurance"));
  DocFacts g = Run(
      "Cosmonauts Pavel Orlovsky and Ilya Vetrov arrived aboard Soyuz MS-40 "
      "in March. Both will stay until the autumn. The crew named the new "
      "capsule Endurance.");
  EXPECT_FALSE(
      HasRelation(g, "CREW_OF", "Pavel Orlovsky", "Crew Dragon Endurance"));
  // The crew listed several sentences back, past a station crew aboard
  // another vehicle.
  DocFacts h =
      Run("Crew-30 lifted off on Monday. The flight is commanded by NASA "
          "astronaut Laura Brandt, with Ivan Petrenko as pilot. "
          "The launch went well. The weather was fine. Waiting aboard were "
          "cosmonauts Pavel Orlovsky and Ilya Vetrov, who came on Soyuz MS-40. "
          "The crew named the new capsule Endurance.");
  EXPECT_TRUE(
      HasRelation(h, "CREW_OF", "Laura Brandt", "Crew Dragon Endurance"));
  EXPECT_FALSE(
      HasRelation(h, "CREW_OF", "Pavel Orlovsky", "Crew Dragon Endurance"));
}

// "Orlovsky and Vetrov ... They make up the station's Expedition 80
// crew": a possessive before the flight reads as "the".
TEST_F(ExtractorTest, ThePossessiveFlightsCrewIsTheCrewListedBefore) {
  DocFacts f = Run(
      "Aboard the station remain cosmonauts Pavel Orlovsky and Ilya Vetrov. "
      "They make up the station's Expedition 80 crew.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Pavel Orlovsky", "Expedition 80"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ilya Vetrov", "Expedition 80"));
}

// A launch report names the mission in one sentence and the capsule its crew
// rides in another: the crew is the mission's too -- unless the mission has a
// crew of its own elsewhere.
TEST_F(ExtractorTest, TheOneMissionLaunchedFliesTheCapsuleItsCrewRides) {
  DocFacts f =
      Run("A Falcon 9 rocket lifted off from Florida on Monday, sending four "
          "astronauts on the Crew-31 mission to the station. Aboard the Crew "
          "Dragon Grace are commander Laura Brandt and pilot Ivan Petrenko.");
  EXPECT_TRUE(HasRelation(f, "USES", "Crew-31", "Crew Dragon Grace"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Laura Brandt", "Crew-31"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Crew-31"));
  DocFacts g =
      Run("Cosmonaut Pavel Orlovsky is to fly on the Crew-31 mission from "
          "Florida in March. NASA astronaut Laura Brandt is to launch aboard "
          "Soyuz MS-40 from Baikonur in April.");
  EXPECT_FALSE(HasRelation(g, "USES", "Crew-31", "Soyuz MS-40"));
  EXPECT_FALSE(HasRelation(g, "CREW_OF", "Laura Brandt", "Crew-31"));
}

// A list whose members carry affiliations of their own: each member keeps
// its own, and the list goes on past them.
TEST_F(ExtractorTest, ListMembersWithAffiliationsOfTheirOwn) {
  DocFacts f =
      Run("Who flies on Crew-40? Astronauts Laura Brandt and Ann Lee, with "
          "mission specialists Ivan Petrenko of the European Space Agency and "
          "Pavel Orlovsky of Roscosmos.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Pavel Orlovsky", "Crew-40"));
  EXPECT_TRUE(
      HasRelation(f, "WORKS_FOR", "Ivan Petrenko", "European Space Agency"));
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Pavel Orlovsky", "Roscosmos"));
  EXPECT_FALSE(HasRelation(f, "WORKS_FOR", "Ivan Petrenko", "Roscosmos"));
  // One affiliation after the whole list is everyone's.
  DocFacts g = Run("Astronauts Laura Brandt and Ann Lee of NASA spoke.");
  EXPECT_TRUE(HasRelation(g, "WORKS_FOR", "Laura Brandt", "NASA"));
  // Not after a member described on its own: it is the last member's.
  DocFacts h =
      Run("She flew home with Pavel Orlovsky, a flight engineer on his first "
          "mission, and Laura Brandt of NASA.");
  EXPECT_TRUE(HasRelation(h, "WORKS_FOR", "Laura Brandt", "NASA"));
  EXPECT_FALSE(HasRelation(h, "WORKS_FOR", "Pavel Orlovsky", "NASA"));
}

// "X, a cosmonaut on his first flight": an apposition with a spacefarer's
// noun makes an astronaut (with the role it names), wherever it stands.
TEST_F(ExtractorTest, AnAppositionNamingASpacefarerMakesAnAstronaut) {
  DocFacts f =
      Run("The ship carried Pavel Orlovsky, a veteran cosmonaut who trained "
          "for six years, and two tourists.");
  const EntityFact* p = Find(f, "Pavel Orlovsky");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(std::find(p->labels.begin(), p->labels.end(), "Astronaut"),
            p->labels.end());
  DocFacts g = Run("Pavel Orlovsky, a friend of the cosmonaut, spoke.");
  const EntityFact* q = Find(g, "Pavel Orlovsky");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(std::find(q->labels.begin(), q->labels.end(), "Astronaut"),
            q->labels.end());
}

// "X, a former Navy pilot and NASA astronaut,": the second of two
// coordinated appositions gives the title and the employer -- but not when a
// person stands between ("a colleague of Ann Lee and NASA astronaut Bob
// Kerr").
TEST_F(ExtractorTest, TheSecondOfTwoCoordinatedAppositionsTypesThePerson) {
  DocFacts f =
      Run("Laura Brandt, a former Navy test pilot and NASA astronaut, will "
          "command the station.");
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Laura Brandt", "NASA"));
  const EntityFact* p = Find(f, "Laura Brandt");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(std::find(p->labels.begin(), p->labels.end(), "Astronaut"),
            p->labels.end());
  DocFacts g =
      Run("Laura Brandt, a colleague of Ann Lee and NASA astronaut Bob Kerr, "
          "spoke.");
  EXPECT_FALSE(HasRelation(g, "WORKS_FOR", "Laura Brandt", "NASA"));
}

// "B, an air force pilot, commanded the Soyuz": who commands or pilots a
// spacecraft flies, so the crew the next sentences continue includes him.
TEST_F(ExtractorTest, WhoCommandsASpacecraftIsAnAstronaut) {
  DocFacts f = Run(
      "Soyuz TM-40 lifted off with the three men of Expedition 9. Laura "
      "Brandt, a NASA astronaut, was to command the station; Pavel Orlovsky, "
      "an air force pilot, commanded the Soyuz; and Ivan Petrenko, a flight "
      "engineer, had flown before.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Pavel Orlovsky", "Expedition 9"));
  DocFacts g = Run("General Ann Lee, who commanded the Air Force, spoke.");
  const EntityFact* p = Find(g, "Ann Lee");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(std::find(p->labels.begin(), p->labels.end(), "Astronaut"),
            p->labels.end());
}

// A name with no title, no cue and a given name the lexicon leaves out
// ("Guy") is a person when an apposition calls it one ("the Canadian
// billionaire"), and then crew of the flight it rides.
TEST_F(ExtractorTest, AnAppositionNamingAPersonNounMakesAPerson) {
  DocFacts f = Run(
      "Guy Marchetti, the Canadian billionaire who founded a circus, rocketed "
      "toward the station aboard Soyuz TMA-40 with cosmonaut Pavel Orlovsky.");
  const EntityFact* p = Find(f, "Guy Marchetti");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->labels[0], "Person");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Guy Marchetti", "Soyuz TMA-40"));
  DocFacts g = Run("Cirque Lumiere, the circus company, opened a show.");
  const EntityFact* c = Find(g, "Cirque Lumiere");
  if (c != nullptr) EXPECT_NE(c->labels[0], "Person");
}

}  // namespace kg

namespace kg {
namespace {

// "The three have worked aboard the station as members of Expedition 90",
// "The trio ...": a group word or a number as the subject stands for the
// crew listed before -- a number only when a verb follows it.
TEST_F(ExtractorTest, TheThreeAsASubjectIsTheCrewListedBefore) {
  const char* kLaunch =
      "Cosmonauts Pavel Orlovsky and Ivan Petrenko and NASA astronaut Laura "
      "Brandt launched on Soyuz MS-40 in March. ";
  DocFacts f = Run(std::string(kLaunch) +
                   "The three have worked aboard the station as members of "
                   "Expedition 90 since then.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Laura Brandt", "Expedition 90"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Pavel Orlovsky", "Expedition 90"));
  DocFacts g = Run(std::string(kLaunch) +
                   "The trio joined Expedition 90 two days later.");
  EXPECT_TRUE(HasRelation(g, "CREW_OF", "Ivan Petrenko", "Expedition 90"));
  DocFacts h = Run(std::string(kLaunch) +
                   "The three agencies planned Expedition 90 together.");
  EXPECT_FALSE(HasRelation(h, "CREW_OF", "Laura Brandt", "Expedition 90"));
}

// "She flew up with three businessmen: A, B and C": the companions of a
// traveller on a flight fly it too -- not what a vehicle docks with.
TEST_F(ExtractorTest, WhoFliesWithACrewMemberIsCrew) {
  DocFacts f = Run(
      "The flight, Axiom Mission 9, was paid for by Axiom Space. Its "
      "commander is Laura Brandt, a former NASA astronaut. She flew up with "
      "three businessmen who paid $55 million each: Tom Baxter, a real estate "
      "investor; Sam Orwell, a banker; and Ivan Petrenko, a retired pilot.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Tom Baxter", "Axiom Mission 9"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Sam Orwell", "Axiom Mission 9"));
  DocFacts g = Run(
      "Commander Laura Brandt flew Soyuz MS-40 to the station on Monday. The "
      "capsule docked with the Rassvet module while Tom Baxter, a banker, "
      "watched.");
  EXPECT_FALSE(HasRelation(g, "CREW_OF", "Tom Baxter", "Soyuz MS-40"));
}

// "B, a SpaceX engineer and the flight's mission specialist, then took her
// turn": the second apposition gives the role, and a sentence speaking of
// the flight continues the one named before.
TEST_F(ExtractorTest, TheFlightsMissionSpecialistIsItsCrew) {
  DocFacts f =
      Run("Commander Laura Brandt stood in the open hatch of the capsule "
          "Resilience for eight minutes. Sarah Lind, a SpaceX engineer and the "
          "flight's mission specialist, then took her turn.");
  EXPECT_TRUE(
      HasRelation(f, "CREW_OF", "Sarah Lind", "Crew Dragon Resilience"));
}

// "Commander A, NASA ISS Science Officer B and Flight Engineer C": a list of
// titled names, not A with an apposition "NASA ... Officer".
TEST_F(ExtractorTest, AListOfTitledNamesIsNoApposition) {
  DocFacts f = Run(
      "Waiting on the other side was the Expedition 90 crew, Commander Ivan "
      "Petrenko, NASA ISS Science Officer Laura Brandt and Flight Engineer "
      "Pavel Orlovsky.");
  EXPECT_FALSE(HasRelation(f, "WORKS_FOR", "Ivan Petrenko", "NASA"));
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Laura Brandt", "NASA"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Laura Brandt", "Expedition 90"));
  EXPECT_FALSE(
      HasRelation(f, "CREW_OF", "Laura Brandt", "International Space Station"));
  // The apposition itself still gives the employer.
  DocFacts g = Run("Ivan Petrenko, the Roscosmos commander, spoke on Monday.");
  EXPECT_TRUE(HasRelation(g, "WORKS_FOR", "Ivan Petrenko", "Roscosmos"));
}

// "With her are A and B of ESA, who all arrived on Crew-30, and three
// cosmonauts who rode up on Soyuz MS-41: C, D and E": each group flew its
// own flight; "had commanded Expedition 90" puts the commander in it.
TEST_F(ExtractorTest, GroupsOfAListEachFlyTheirOwnFlight) {
  DocFacts f = Run(
      "Ivan Petrenko, on his fourth flight, had commanded Expedition 90 "
      "since November. Laura Brandt now leads Expedition 91. With her are "
      "NASA's Tom Baxter and Ann Lee and Pavel Orlovsky of the European Space "
      "Agency, who all arrived on the Crew-30 flight in November, and three "
      "cosmonauts who rode up on Soyuz MS-41 on March 18: Oleg Sokolov, the "
      "Soyuz commander, Igor Belov and Boris Kuznetsov.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Expedition 90"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Tom Baxter", "Crew-30"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Tom Baxter", "Soyuz MS-41"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Boris Kuznetsov", "Soyuz MS-41"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Boris Kuznetsov", "Crew-30"));
  EXPECT_FALSE(HasRelation(f, "USES", "Crew-30", "Soyuz MS-41"));
  // One flight named twice before the colon: the list flies both names.
  DocFacts g = Run(
      "Atlantis rose from the Florida coast on the STS-140 mission with seven "
      "people aboard: commander Tom Baxter, pilot Ann Lee and mission "
      "specialist Pavel Orlovsky.");
  EXPECT_TRUE(HasRelation(g, "CREW_OF", "Ann Lee", "STS-140"));
  EXPECT_TRUE(HasRelation(g, "CREW_OF", "Ann Lee", "Space Shuttle Atlantis"));
}

// "A and B are flight engineers on Expedition 61", and "Both are ..." after
// the pair was named: the role on a mission is its crew.
TEST_F(ExtractorTest, ARoleOnAMissionIsItsCrew) {
  DocFacts f =
      Run("Laura Brandt and Ann Lee are flight engineers on Expedition 61.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ann Lee", "Expedition 61"));
  DocFacts g = Run(
      "NASA astronauts Laura Brandt and Ann Lee stepped outside at 7:38 a.m. "
      "Brandt is on her fourth spacewalk. Lee is on her first. Both are "
      "flight engineers on Expedition 61.");
  EXPECT_TRUE(HasRelation(g, "CREW_OF", "Laura Brandt", "Expedition 61"));
  EXPECT_TRUE(HasRelation(g, "CREW_OF", "Ann Lee", "Expedition 61"));
  DocFacts h =
      Run("NASA astronauts Laura Brandt and Ann Lee spoke on Monday. Both "
          "agencies planned Expedition 61 together.");
  EXPECT_FALSE(HasRelation(h, "CREW_OF", "Ann Lee", "Expedition 61"));
}

// "Its commander is X" after the flight was named: X flies it; "its
// chairman" is no crew role.
TEST_F(ExtractorTest, ItsCommanderIsTheNamedFlightsCrew) {
  EXPECT_TRUE(HasRelation(
      Run("The flight, Axiom Mission 9, was paid for by Axiom Space. Its "
          "commander is Laura Brandt."),
      "CREW_OF", "Laura Brandt", "Axiom Mission 9"));
  EXPECT_FALSE(HasRelation(
      Run("The flight, Axiom Mission 9, was paid for by Axiom Space. Its "
          "chairman is Laura Brandt."),
      "CREW_OF", "Laura Brandt", "Axiom Mission 9"));
}

}  // namespace
}  // namespace kg
