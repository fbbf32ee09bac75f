// Crews across sentences, each construction on sentences written for the
// test: who goes on with the flights of the sentence before, and who does
// not.
#include <string>

#include "extract/corpus/facts.h"
#include "extract/read/document.h"
#include "gtest/gtest.h"
#include "tests/extract/extractor_fixture.h"

namespace kg {
namespace {

// "Vande Hei will fly back to Houston": travel to a place on the ground is
// no flight, so the sentence does not go on with the flight named before;
// "flew to the Soviet Mir station" still is one.
TEST_F(ExtractorTest, TravelToAPlaceOnTheGroundContinuesNoFlight) {
  const char* kLanding =
      "Soyuz MS-40 landed in Kazakhstan on Monday with Ivan Petrenko and "
      "Laura Brandt. ";
  EXPECT_FALSE(HasRelation(Run(std::string(kLanding) +
                               "NASA astronaut Ann Lee will return to Houston "
                               "on Friday."),
                           "CREW_OF", "Ann Lee", "Soyuz MS-40"));
  EXPECT_FALSE(
      HasRelation(Run(std::string(kLanding) +
                      "After checks at the landing site, NASA astronaut Ann "
                      "Lee will be flown to Star City."),
                  "CREW_OF", "Ann Lee", "Soyuz MS-40"));
  // Nor does the very next sentence that names two astronauts.
  DocFacts f = Run(std::string(kLanding) +
                   "NASA astronaut Ann Lee will fly back to Houston, while "
                   "cosmonaut Oleg Sokolov will return to the training centre "
                   "at Star City.");
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Ann Lee", "Soyuz MS-40"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Oleg Sokolov", "Soyuz MS-40"));
  EXPECT_TRUE(
      HasRelation(Run(std::string(kLanding) +
                      "NASA astronaut Ann Lee flew with them to the Soviet "
                      "Mir station."),
                  "CREW_OF", "Ann Lee", "Soyuz MS-40"));
}

// "They were launched aboard Soyuz MS-40": "they" opening a sentence that
// names a flight and nobody is the crew listed before.
TEST_F(ExtractorTest, TheyAsASubjectIsTheCrewListedBefore) {
  DocFacts f =
      Run("The capsule carrying cosmonauts Ivan Petrenko and Oleg Sokolov and "
          "NASA astronaut Laura Brandt landed on Monday. The crew spent 200 "
          "days in orbit. They were launched to the station on March 3 aboard "
          "the Soyuz MS-40 spacecraft.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Laura Brandt", "Soyuz MS-40"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Oleg Sokolov", "Soyuz MS-40"));
  DocFacts g =
      Run("NASA chief Tom Baxter and Roscosmos head Ivan Petrenko met on "
          "Monday. They said Soyuz MS-40 would fly in March.");
  EXPECT_FALSE(HasRelation(g, "CREW_OF", "Tom Baxter", "Soyuz MS-40"));
  // "They" stands for what the sentence or two before named, no further.
  DocFacts h =
      Run("Cosmonauts Ivan Petrenko and Oleg Sokolov landed on Monday. The "
          "weather was fine. Officials praised the recovery teams. Reporters "
          "waited at the airport. They were flown to Baikonur aboard the "
          "Soyuz MS-40 spacecraft.");
  EXPECT_FALSE(HasRelation(h, "CREW_OF", "Ivan Petrenko", "Soyuz MS-40"));
}

// "Laura Brandt now leads Expedition 91. With her are A, who arrived on
// Crew-30, and B, who rode up on Soyuz MS-41": the people with her are of
// her expedition too, and each later flies only the flight of their group.
TEST_F(ExtractorTest, WhoIsWithACrewMemberSharesHerMission) {
  DocFacts f = Run(
      "Laura Brandt now leads Expedition 91. With her are NASA's Tom Baxter "
      "and Ann Lee, who arrived on the Crew-30 flight in November, and two "
      "cosmonauts who rode up on Soyuz MS-41 on March 18: Oleg Sokolov and "
      "Igor Belov. Sokolov later said the crew had trained for two years.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Tom Baxter", "Expedition 91"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Igor Belov", "Expedition 91"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Tom Baxter", "Crew-30"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Oleg Sokolov", "Soyuz MS-41"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Oleg Sokolov", "Crew-30"));
  // Without the sentence before, "with her" names no mission.
  DocFacts g = Run(
      "With her are NASA's Tom Baxter and Ann Lee, who arrived on the Crew-30 "
      "flight in November.");
  EXPECT_TRUE(HasRelation(g, "CREW_OF", "Tom Baxter", "Crew-30"));
}

// "The Crew-31 folks, plus A and B, who came up on Soyuz MS-40": the
// people after "plus" are another group than the one the flight names.
TEST_F(ExtractorTest, PeopleAfterPlusAreNotTheNamedGroupsCrew) {
  DocFacts f =
      Run("Aboard the station are the Crew-31 folks, plus Oleg Savin "
          "and Ivan Petrenko, who came up on Soyuz MS-40 earlier "
          "this month.");
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Oleg Savin", "Crew-31"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Oleg Savin", "Soyuz MS-40"));
}

// A flight dated years before the latest year a text of unknown date
// writes is a person's past: the sentences after it go on with the story's
// flight.
TEST_F(ExtractorTest, AFlightYearsBeforeTheStoryIsHistoryInAnUndatedText) {
  DocFacts f =
      Run("Shenzhou-9 lifted off on June 16, 2012 with three "
          "astronauts. Commander Jing Haipeng flew on Shenzhou-7 in "
          "2008. Astronauts Liu Wang and Liu Yang will try a manual "
          "docking later in the mission.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Liu Wang", "Shenzhou-9"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Liu Wang", "Shenzhou-7"));
}

// "Their relief, the four members of Crew-31, arrived on Sunday: NASA's A
// and B ...": people named after the crew noun that owns a flight are its
// crew, titled or not; and the next sentence naming the people of Crew-30
// does not put them on Crew-31, whose crew is another.
TEST_F(ExtractorTest, TheMembersOfAFlightAreItsCrewAndNotTheNextOnes) {
  DocFacts f = Run(
      "NASA astronauts Laura Brandt and Ann Lee came back with two crewmates "
      "of the Crew-30 mission on Tuesday. Their relief, the four members of "
      "Crew-31, arrived on Sunday: NASA's Tom Baxter and Zorbo Quennell, "
      "Japan's Kenji Sato and Russia's Igor Belov. Brandt and Lee logged 286 "
      "days in space.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Tom Baxter", "Crew-31"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Kenji Sato", "Crew-31"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Laura Brandt", "Crew-30"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Laura Brandt", "Crew-31"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Ann Lee", "Crew-31"));
}

// "She flew up with three businessmen: A; B, the chief executive of X; and
// C, the second Dane in space after D, who died aboard the shuttle Columbia
// in 2003": the flight of years before is D's; the companions, whatever
// their posts, fly the flight of the story.
TEST_F(ExtractorTest, AFlightOfYearsBeforeIsTheNearestPersonsOnly) {
  Document d;
  d.id = "news.txt";
  d.date = "2022-04-09";
  d.text =
      "The flight, Axiom Mission 9, was paid for by Axiom Space. Its commander "
      "is Laura Brandt, a former NASA astronaut. She flew up with three "
      "businessmen: Tom Baxter, a real estate investor; Sam Orwell, the chief "
      "executive of the Danish bank Nordkap; and Ivan Petrenko, the second "
      "Dane in space after Erik Holm, who died aboard the shuttle Columbia in "
      "2003.";
  DocFacts f = extractor_->Extract(d);
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Erik Holm", "Space Shuttle Columbia"));
  EXPECT_FALSE(
      HasRelation(f, "CREW_OF", "Ivan Petrenko", "Space Shuttle Columbia"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Axiom Mission 9"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Sam Orwell", "Axiom Mission 9"));
}

// "The Ax-9 crew plans ..." after the text said who flies Axiom Mission 9
// and then listed the station's crew: the crew of the flight is the one
// the text gave it, not the last people listed.
TEST_F(ExtractorTest, TheFlightsCrewOnceKnownIsNotTheLastListed) {
  DocFacts f = Run(
      "Axiom Mission 9 docked with the station on Saturday. Its commander is "
      "Laura Brandt, a former NASA astronaut. Waiting to greet them were the "
      "members of Expedition 90: NASA's Tom Baxter and Ann Lee and cosmonaut "
      "Igor Belov. The Ax-9 crew plans to spend eight days aboard.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Laura Brandt", "Axiom Mission 9"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Tom Baxter", "Expedition 90"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Tom Baxter", "Axiom Mission 9"));
}

// "The Shenzhou-30 trio, A, B and C, greeted the newcomers. ... China plans
// to launch the Shenzhou-32 crew in the spring": the crew of another flight
// of the series is not the next one's; "Commander D, who flew on
// Shenzhou-20 in 2021, is joined by E": the subject flies the story's flight
// as well as the one of years before.
TEST_F(ExtractorTest, TheNextFlightsCrewIsNotTheLastOnesOfItsSeries) {
  Document d;
  d.id = "news.txt";
  d.date = "2030-10-26";
  d.text =
      "The Shenzhou-31 spaceship was launched on Thursday. Commander Tang "
      "Wei, who flew on Shenzhou-20 in 2025, is joined by astronaut Li Ming. "
      "The Shenzhou-30 trio, commander Zhao Lei, Sun Bo and Qian Hao, "
      "greeted the newcomers. China plans to launch the Shenzhou-32 crew in "
      "the spring.";
  DocFacts f = extractor_->Extract(d);
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Tang Wei", "Shenzhou-31"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Tang Wei", "Shenzhou-20"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Li Ming", "Shenzhou-31"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Sun Bo", "Shenzhou-30"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Sun Bo", "Shenzhou-32"));
}

// ", while B and C remain aboard as members of Expedition 80": a clause
// that "while" or "whereas" opens has its own crew and its own flight, verb
// or not.
TEST_F(ExtractorTest, AWhileClauseKeepsItsCrewApart) {
  DocFacts f = Run(
      "Emirati astronaut Omar Haddad is to return to Earth aboard Soyuz MS-40 "
      "with cosmonaut Ivan Petrenko, while NASA astronauts Ann Lee and Mark "
      "Tolliver remain on the station as members of Expedition 80.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Omar Haddad", "Soyuz MS-40"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Soyuz MS-40"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ann Lee", "Expedition 80"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Ann Lee", "Soyuz MS-40"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Mark Tolliver", "Soyuz MS-40"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Omar Haddad", "Expedition 80"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Expedition 80"));
}

// "Soyuz MS-40 lifted off with A in the commander's seat. Beside him were
// B and C": the people beside him fly his flight; so do those "joining
// her", but not the people of a sentence that opens otherwise.
TEST_F(ExtractorTest, PeopleBesideTheCommanderFlyHisFlight) {
  const char* kLaunch =
      "Soyuz MS-40 lifted off on Saturday with Ivan Petrenko in the "
      "commander's seat. ";
  DocFacts f = Run(std::string(kLaunch) +
                   "Beside him were Pierre Lamarque of the French space agency "
                   "CNES and Tomas Novak, a colonel in the Slovak air force.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Pierre Lamarque", "Soyuz MS-40"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Tomas Novak", "Soyuz MS-40"));
  EXPECT_TRUE(
      HasRelation(Run(std::string(kLaunch) +
                      "Joining him are Pierre Lamarque and Tomas Novak."),
                  "CREW_OF", "Tomas Novak", "Soyuz MS-40"));
  EXPECT_FALSE(HasRelation(
      Run(std::string(kLaunch) + "Near him were Pierre Lamarque of the French "
                                 "space agency CNES and Tomas Novak."),
      "CREW_OF", "Tomas Novak", "Soyuz MS-40"));
}

// "Commanding the flight is A, a former pilot who flew on Shenzhou-6 in
// 2005": the commander of the story's flight, whose earlier flight, told in
// a relative clause with its year, is his past even in a text with no date;
// the people "with him" share the story's flight, not his past.
TEST_F(ExtractorTest, ACommandersPastFlightInARelativeClauseStaysHis) {
  DocFacts f = Run(
      "Shenzhou-30 lifted off from Jiuquan on Thursday.\n\nCommanding the "
      "flight is Zhou Haisheng, 56, a former pilot who flew on Shenzhou-6 in "
      "2005 and commanded Shenzhou-10 in 2013. With him are Deng Boming, 54, "
      "who flew on Shenzhou-7 in 2008, and Chen Hongbo, 45, a newcomer.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Zhou Haisheng", "Shenzhou-30"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Zhou Haisheng", "Shenzhou-6"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Deng Boming", "Shenzhou-30"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Deng Boming", "Shenzhou-7"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Chen Hongbo", "Shenzhou-30"));
  for (const char* past : {"Shenzhou-6", "Shenzhou-10"}) {
    EXPECT_FALSE(HasRelation(f, "CREW_OF", "Deng Boming", past)) << past;
    EXPECT_FALSE(HasRelation(f, "CREW_OF", "Chen Hongbo", past)) << past;
  }
}

// "Crew-60's A and B, plus C and D, who arrived on Soyuz MS-40": "plus"
// closes one group of the list as a semicolon does; the possessive owns the
// group after it, the relative clause the group before it.
TEST_F(ExtractorTest, PlusSeparatesTwoCrewsOfOneList) {
  DocFacts f =
      Run("The newcomers join Expedition 90: Crew-60's Ann Lee and cosmonaut "
          "Mark Tolliver, plus cosmonauts Ivan Petrenko and Oleg Sokolov, who "
          "arrived on Soyuz MS-40.");
  for (const char* p : {"Ann Lee", "Mark Tolliver"}) {
    EXPECT_TRUE(HasRelation(f, "CREW_OF", p, "Crew-60")) << p;
    EXPECT_FALSE(HasRelation(f, "CREW_OF", p, "Soyuz MS-40")) << p;
  }
  for (const char* p : {"Ivan Petrenko", "Oleg Sokolov"}) {
    EXPECT_TRUE(HasRelation(f, "CREW_OF", p, "Soyuz MS-40")) << p;
    EXPECT_FALSE(HasRelation(f, "CREW_OF", p, "Crew-60")) << p;
  }
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Oleg Sokolov", "Expedition 90"));
}

// "A and B came back with C. Their capsule, Freedom, splashed down": the
// vehicle is the one of the people named before, and a capsule -- not the
// station that bore the name.
TEST_F(ExtractorTest, TheirCapsuleNamedAfterACommaCarriesThePeopleBefore) {
  DocFacts f =
      Run("NASA astronauts Ann Lee and Mark Tolliver came back with cosmonaut "
          "Ivan Petrenko on Tuesday. Their capsule, Freedom, splashed down off "
          "Florida.");
  for (const char* p : {"Ann Lee", "Mark Tolliver", "Ivan Petrenko"}) {
    EXPECT_TRUE(HasRelation(f, "CREW_OF", p, "Crew Dragon Freedom")) << p;
  }
  EXPECT_EQ(Find(f, "Space Station Freedom"), nullptr);
  // A station named so after a station noun stays the station.
  EXPECT_TRUE(Has(Run("In 1988 the station, Freedom, was redesigned again."),
                  "Space Station Freedom"));
}

// "His crewmates A and B followed him in", "Also on board are A and B":
// after such words the people named, whatever their titles, are the crew of
// the flight just told.
TEST_F(ExtractorTest, CrewmatesAndThePeopleOnBoardAreTheFlightsCrew) {
  const char* kDocking =
      "Shenzhou-40 docked with the station on Monday, and commander Zhou "
      "Haisheng opened the hatch. ";
  DocFacts f = Run(std::string(kDocking) +
                   "His crewmates Tom Hale and Rita Kovacs followed him in.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Tom Hale", "Shenzhou-40"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Rita Kovacs", "Shenzhou-40"));
  f = Run(std::string(kDocking) +
          "Also on board are Tom Hale and Rita Kovacs.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Rita Kovacs", "Shenzhou-40"));
  // People before the word are not made crew by it.
  f = Run(std::string(kDocking) +
          "Tom Hale watched from the ground as the crewmates waved.");
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Tom Hale", "Shenzhou-40"));
}

// "Soyuz MS-40 lifted off. The rocket ... The crew is commanded by A. With
// him are B and C.": a sentence that lists the crew carries the flight on,
// so the list after it, three sentences from the flight's name, still
// belongs to it.
TEST_F(ExtractorTest, ACrewListCarriesTheFlightOnToTheNextList) {
  DocFacts f =
      Run("Soyuz MS-40 lifted off from Baikonur on Wednesday. The Soyuz-2.1a "
          "rocket rose from the pad at dawn. Nine minutes later the rocket's "
          "third stage fell away. The crew is commanded by cosmonaut Ivan "
          "Petrenko. With him are Pierre Lamarque of the European Space Agency "
          "and Tomas Novak, a cosmonaut of Kazakhstan.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Soyuz MS-40"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Pierre Lamarque", "Soyuz MS-40"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Tomas Novak", "Soyuz MS-40"));
}

// "A and B come home in Soyuz MS-40, after Expedition 90's C and D arrive
// with E": a clause opened by "after" (or "until", "once") after a comma is
// its own, and its people do not ride the main clause's vehicle.
TEST_F(ExtractorTest, AnAfterClauseKeepsItsPeopleOffTheMainClausesFlight) {
  DocFacts f =
      Run("Cosmonaut Ivan Petrenko and NASA astronaut Ann Lee are due to come "
          "home in Soyuz MS-40, after Expedition 90's Mark Tolliver and Oleg "
          "Sokolov arrive with the Spanish astronaut Pedro Ruiz.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Soyuz MS-40"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ann Lee", "Soyuz MS-40"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Mark Tolliver", "Expedition 90"));
  for (const char* p : {"Mark Tolliver", "Oleg Sokolov", "Pedro Ruiz"}) {
    EXPECT_FALSE(HasRelation(f, "CREW_OF", p, "Soyuz MS-40")) << p;
  }
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Ann Lee", "Expedition 90"));
}

// "Senator A of Florida, who flew with B on Columbia in 1986": whoever the
// relative clause says flew on a vehicle was of its crew, whatever office
// they hold now; a relative clause of another person speaks of that one.
TEST_F(ExtractorTest, WhoFlewOnAVehicleInARelativeClauseWasItsCrew) {
  DocFacts f =
      Run("NASA Administrator Tom Baxter, who flew with Ann Lee on the shuttle "
          "Columbia in 1986, praised the crew.");
  EXPECT_TRUE(
      HasRelation(f, "CREW_OF", "Tom Baxter", "Space Shuttle Columbia"));
  f = Run(
      "Senator Tom Baxter, the Florida Democrat who rode aboard Soyuz MS-40, "
      "spoke.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Tom Baxter", "Soyuz MS-40"));
  f = Run("Senator Tom Baxter praised Ann Lee, who flew on Soyuz MS-40.");
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Tom Baxter", "Soyuz MS-40"));
}

// "A and B docked their Crew Dragon Endeavour ... The flight, known as
// Crew-30, is the last flight of a Crew Dragon": a mission that flies a
// family flies the one named vehicle of it that carries the crew, so the
// crew is the mission's; with two such vehicles, neither is.
TEST_F(ExtractorTest, AMissionOfAFamilyFliesItsOneCrewedVehicle) {
  const char* kMission =
      " The flight, known as Crew-30, is the last flight of a Crew Dragon "
      "under the old contract.";
  DocFacts f =
      Run(std::string("NASA astronauts Ann Lee and Mark Tolliver docked their "
                      "Crew Dragon Endeavour with the station on Sunday.") +
          kMission);
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ann Lee", "Crew-30"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Mark Tolliver", "Crew-30"));
  f = Run(std::string("NASA astronaut Ann Lee docked her Crew Dragon "
                      "Endeavour on Sunday, and cosmonaut Ivan Petrenko "
                      "undocked his Crew Dragon Endurance on Monday.") +
          kMission);
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Ann Lee", "Crew-30"));
}

// "LIVE: Crew-30 launches ..." over a mention of Crew-29's launch: the
// report is of the mission its headline launches, which flies the named
// capsule its crew sits in; a numbered flight ("Soyuz MS-40") is no
// mission's capsule.
TEST_F(ExtractorTest, TheHeadlinesMissionFliesTheReportsCapsule) {
  DocFacts f = Run(
      "LIVE: Crew-30 launches to the space station\n\n"
      "Meet the crew, strapped into the Crew Dragon Endeavour: Ann Lee, the "
      "commander, and Mark Tolliver, the pilot. NASA's Tom Hale launched on "
      "Soyuz MS-40 in September, and cosmonaut Ivan Petrenko flew on Crew-29 "
      "in October.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ann Lee", "Crew Dragon Endeavour"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ann Lee", "Crew-30"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Mark Tolliver", "Crew-30"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Ann Lee", "Crew-29"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Tom Hale", "Crew-30"));
}

// "A, B and C, who are to launch aboard Soyuz MS-40": a relative clause of
// flying speaks of every person of the list before it; a party label
// ("D-Fla.") before it is no person.
TEST_F(ExtractorTest, ARelativeClauseOfFlyingPutsTheListBeforeItAboard) {
  DocFacts f = Run(
      "Next month they will be joined by Ivan Petrenko, Laura Brandt and Tom "
      "Keller, who are to launch from Baikonur aboard the Soyuz MS-40. The "
      "station now holds eleven people, among them Oleg Sokolov, Anna Berg "
      "and Mike Dunn, who came up on Soyuz MS-41 last week.");
  for (const char* who : {"Ivan Petrenko", "Laura Brandt", "Tom Keller"}) {
    EXPECT_TRUE(HasRelation(f, "CREW_OF", who, "Soyuz MS-40")) << who;
  }
  for (const char* who : {"Oleg Sokolov", "Anna Berg", "Mike Dunn"}) {
    EXPECT_TRUE(HasRelation(f, "CREW_OF", who, "Soyuz MS-41")) << who;
    EXPECT_FALSE(HasRelation(f, "CREW_OF", who, "Soyuz MS-40")) << who;
  }
  DocFacts g =
      Run("Sen. Tom Baxter, D-Fla., who flew on the shuttle Columbia in 1986, "
          "said he would fight for the rocket.");
  EXPECT_TRUE(
      HasRelation(g, "CREW_OF", "Tom Baxter", "Space Shuttle Columbia"));
  for (const EntityFact& e : g.entities) EXPECT_NE(e.name, "D-Fla");
}

// An astronaut's own mission name: "X's mission has been named Zvezdopad",
// "a mission that ESA has named Aurora", "his six-month Meridian mission";
// "the Pluto mission" names no mission of its own.
TEST_F(ExtractorTest, AnAstronautsOwnMissionNameIsAMissionAndTheirs) {
  DocFacts f = Run(
      "Ivan Petrenko's mission has been named Zvezdopad. ESA astronaut Anna "
      "Berg will spend six months on board during a mission that ESA has "
      "named Aurora. His six-month Meridian mission will keep him aboard "
      "until August. Tom Keller's ten-day mission, called \"Nordlys\", "
      "includes new tests.");
  for (const char* name : {"Zvezdopad", "Aurora", "Meridian", "Nordlys"}) {
    const EntityFact* e = Find(f, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->labels[0], "Mission") << name;
  }
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Zvezdopad"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Anna Berg", "Aurora"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Tom Keller", "Nordlys"));
  DocFacts g = Run("Funding for the Pluto mission was cut.");
  const EntityFact* pluto = Find(g, "Pluto");
  EXPECT_TRUE(pluto == nullptr || pluto->labels[0] != "Mission");
}

// A mission's crew is aboard the one named vehicle it flies; not aboard a
// family, nor a vehicle when the mission flies two.
TEST_F(ExtractorTest, AMissionsCrewIsAboardTheOneVehicleItFlies) {
  DocFacts f =
      Run("Astronauts Rita Lowe and Hal Okafor are the crew of STS-140. The "
          "mission flew aboard the shuttle Endeavour in March.");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Rita Lowe", "STS-140"));
  EXPECT_TRUE(
      HasRelation(f, "CREW_OF", "Rita Lowe", "Space Shuttle Endeavour"));
  EXPECT_TRUE(
      HasRelation(f, "CREW_OF", "Hal Okafor", "Space Shuttle Endeavour"));
  DocFacts g =
      Run("Astronauts Rita Lowe and Hal Okafor are the crew of Crew-31. The "
          "mission flew aboard a SpaceX Crew Dragon in March.");
  EXPECT_FALSE(HasRelation(g, "CREW_OF", "Rita Lowe", "Crew Dragon"));
}

// "Their capsule, the Crew Dragon Freedom": the vehicle named after "their"
// and its noun, with or without "the", is the crew's named before.
TEST_F(ExtractorTest, TheirCapsuleNamedInAnAppositionIsTheCrews) {
  DocFacts f = Run(
      "NASA astronauts Rita Lowe and Hal Okafor flew with JAXA astronaut Ken "
      "Sato. A Falcon 9 launched them on Friday. Their capsule, the Crew "
      "Dragon Freedom, docked on Sunday.");
  for (const char* name : {"Rita Lowe", "Hal Okafor", "Ken Sato"}) {
    EXPECT_TRUE(HasRelation(f, "CREW_OF", name, "Crew Dragon Freedom")) << name;
  }
}

}  // namespace
}  // namespace kg
