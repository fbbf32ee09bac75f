// Events across sentences: who "the two", "the pair", "he" and "they"
// speak of, how far a future word reaches, and one event per happening
// however often it is told.
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "tests/extract/extractor_fixture.h"

namespace kg {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;
using ::testing::UnorderedElementsAre;

TEST_F(ExtractorTest, TheTwoSpeaksOfTheLastTwoPeopleNamed) {
  DocFacts f = Run(
      "NASA Administrator Ruth Kessler telephoned Roscosmos chief Pavel "
      "Orlovsky on Monday. The two space chiefs met in Vienna on Thursday.");
  EXPECT_TRUE(HasRelation(f, "MET_WITH", "Ruth Kessler", "Pavel Orlovsky") ||
              HasRelation(f, "MET_WITH", "Pavel Orlovsky", "Ruth Kessler"));
  EXPECT_THAT(Events(f),
              Contains(AllOf(StartsWith("meeting:"), HasSubstr("Ruth Kessler"),
                             HasSubstr("Pavel Orlovsky"))));
  f =
      Run("Anton Volkov greeted Mary Colliston in Houston. Both men signed the "
          "agreement on Friday.");
  EXPECT_THAT(Events(f), Contains(AllOf(StartsWith("agreement:"),
                                        HasSubstr("Anton Volkov"),
                                        HasSubstr("Mary Colliston"))));
}

// "The two agency heads": a noun of office picks the last two officials,
// not the last two people ("... carrying cosmonauts A and B").
TEST_F(ExtractorTest, TheTwoAgencyHeadsAreTheLastTwoOfficials) {
  DocFacts f = Run(
      "Igor Kaminsky, the director general of Roscosmos, spoke after he and "
      "NASA Administrator Tom Baxter watched a Soyuz rocket lift off "
      "carrying cosmonauts Pavel Orlov and Ivan Sokolov.\n\n\"We will work "
      "together,\" Kaminsky told reporters. The two agency heads held talks "
      "at the cosmodrome on Friday.");
  EXPECT_TRUE(HasRelation(f, "MET_WITH", "Igor Kaminsky", "Tom Baxter") ||
              HasRelation(f, "MET_WITH", "Tom Baxter", "Igor Kaminsky"));
  EXPECT_FALSE(HasRelation(f, "MET_WITH", "Pavel Orlov", "Ivan Sokolov"));
}

TEST_F(ExtractorTest, ThePairIsThePeopleLastNamedTogether) {
  DocFacts f = Run(
      "Scott Kendall and Mikhail Korin, along with Sergei Volin, landed on "
      "Tuesday. Volin returns after 182 days. The pair launched on March 27 "
      "aboard the Soyuz TMA-16M spacecraft.");
  EXPECT_THAT(Events(f),
              Contains(AllOf(StartsWith("launch:"), HasSubstr("Scott Kendall"),
                             HasSubstr("Mikhail Korin"),
                             Not(HasSubstr("Sergei Volin")))));
}

TEST_F(ExtractorTest, TheTwoOfThingsOrOfOnePersonIsNoPair) {
  DocFacts f =
      Run("Ruth Kessler visited Moscow and Paris. The two cities met the "
          "delegation.");
  for (const RelationFact& r : f.relations) EXPECT_NE(r.type, "MET_WITH");
  f = Run("Ruth Kessler arrived on Monday. The two met on Thursday.");
  for (const RelationFact& r : f.relations) EXPECT_NE(r.type, "MET_WITH");
}

TEST_F(ExtractorTest, PeopleOfAClauseBeforeAtAMeetingMet) {
  DocFacts f =
      Run("Roscosmos chief Pavel Orlovsky briefed President Anton Volkov at a "
          "meeting in the Kremlin.");
  EXPECT_TRUE(HasRelation(f, "MET_WITH", "Anton Volkov", "Pavel Orlovsky") ||
              HasRelation(f, "MET_WITH", "Pavel Orlovsky", "Anton Volkov"));
  f =
      Run("Pavel Orlovsky said at a meeting in Moscow that the station would "
          "keep flying.");
  for (const RelationFact& r : f.relations) EXPECT_NE(r.type, "MET_WITH");
}

TEST_F(ExtractorTest, AFutureWordInAQuoteDoesNotMakeWhatIsToldPlanned) {
  DocFacts f = Run(
      "\"We will keep flying,\" Pavel Orlovsky told President Anton Volkov at "
      "a meeting on Tuesday.");
  bool meeting = false;
  for (const EventFact& e : f.events) {
    if (e.kind != "meeting") continue;
    meeting = true;
    EXPECT_FALSE(e.planned);
  }
  EXPECT_TRUE(meeting);
  for (const RelationFact& r : f.relations) {
    if (r.type == "MET_WITH") EXPECT_EQ(r.properties.count("planned"), 0u);
  }
}

// A future word in a relative clause speaks for its clause only: the
// launch told around "the module that will house the crew" happened, what
// the clause says ("which is to dock") is planned, and "is to" is a plan.
TEST_F(ExtractorTest, AFutureWordInARelativeClauseSpeaksForItsClause) {
  DocFacts f =
      Run("A Proton rocket carrying Zvezda, the module that will house the "
          "crew, blasted off from Baikonur on Friday.");
  ASSERT_FALSE(f.events.empty());
  EXPECT_FALSE(f.events[0].planned);
  for (const RelationFact& r : f.relations) {
    EXPECT_EQ(r.properties.count("planned"), 0u) << r.type;
  }
  DocFacts g =
      Run("The Progress MS-40 cargo ship, which is to dock with the station on "
          "Sunday, lifted off on Friday.");
  bool docking = false;
  for (const EventFact& e : g.events) {
    if (e.kind != "docking") continue;
    docking = true;
    EXPECT_TRUE(e.planned);
  }
  EXPECT_TRUE(docking);
  DocFacts h = Run("Soyuz MS-40 is to launch from Baikonur on Friday.");
  ASSERT_FALSE(h.events.empty());
  EXPECT_TRUE(h.events[0].planned);
}

TEST_F(ExtractorTest, AReportDatedOnlyByItsMonthJoinsTheDatedOne) {
  DocFacts f =
      Run("Soyuz TMA-40M launched in December 2015 with three crew members "
          "aboard. The rocket lifted off from Baikonur on December 15, 2015 "
          "carrying Soyuz TMA-40M.");
  std::vector<const EventFact*> launches;
  for (const EventFact& e : f.events) {
    if (e.kind == "launch") launches.push_back(&e);
  }
  ASSERT_EQ(launches.size(), 1u) << ::testing::PrintToString(Events(f));
  EXPECT_EQ(launches[0]->date, "2015-12-15");
}

TEST_F(ExtractorTest, APronounIsTheLastPersonNamedNotTheLastReferenceMade) {
  // "The deputy prime minister" is a reference made after the names; "She"
  // is still the commander named last, not the minister.
  DocFacts f = Run(
      "Deputy Prime Minister Ivan Petrenko visited Baikonur on Monday. The "
      "deputy prime minister toured the launch pad. Engineers showed him the "
      "rocket. Anna Volkova is the commander. She launched aboard Soyuz "
      "MS-40 on Friday.");
  EXPECT_THAT(Events(f),
              Contains(AllOf(StartsWith("launch:"), HasSubstr("Anna Volkova"),
                             Not(HasSubstr("Ivan Petrenko")))));
}

TEST_F(ExtractorTest, AnExpeditionTheStoryGoesOnWithIsNoFlightThatLaunches) {
  DocFacts f = Run(
      "Expedition 70 continues aboard the International Space Station. Three "
      "more crew members are due to launch later this month.");
  for (const std::string& e : Events(f)) {
    EXPECT_THAT(e, Not(AllOf(StartsWith("launch:"), HasSubstr("Expedition"))));
  }
}

// A landing told three times ("landed", "touched down", "the Soyuz's
// landing") on one day is one event; two vehicles landing that day are two.
TEST_F(ExtractorTest, OneLandingToldThreeTimesIsOneEvent) {
  DocFacts f =
      Run("NASA astronaut Laura Brandt landed in Kazakhstan on March 27, 2030, "
          "after a year in orbit. Soyuz MS-40 touched down southeast of "
          "Zhezkazgan on March 27, 2030. The landing of the Soyuz with Ivan "
          "Petrenko and Pavel Orlovsky on March 27, 2030 went as planned.");
  int landings = 0;
  for (const EventFact& e : f.events) landings += e.flight;
  EXPECT_EQ(landings, 1) << ::testing::PrintToString(Events(f));
  DocFacts g = Run(
      "Soyuz MS-40 touched down in Kazakhstan on March 27, 2030. Crew Dragon "
      "Grace splashed down off Florida on March 27, 2030.");
  landings = 0;
  for (const EventFact& e : g.events) landings += e.flight;
  EXPECT_EQ(landings, 2) << ::testing::PrintToString(Events(g));
}

// A dated report of a launch and one that gives no date and names only the
// rocket are one launch; a report that names another capsule is another.
TEST_F(ExtractorTest, AnUndatedReportOfTheRocketJoinsTheDatedLaunch) {
  Document d;
  d.id = "launch.txt";
  d.date = "2031-04-16";
  d.text =
      "Astronaut Lisa Farr rocketed toward the station on Wednesday aboard "
      "Soyuz MS-31. The Soyuz-2.1a rocket lifted off from Baikonur at 9:02 "
      "a.m. local time.";
  DocFacts f = extractor_->Extract(d);
  EXPECT_THAT(Events(f), ElementsAre(StartsWith("launch:")));
  d.text =
      "A Falcon 9 rocket lifted off on Wednesday with Crew-14. Two weeks ago "
      "Ivan Petrenko launched on Soyuz MS-30.";
  f = extractor_->Extract(d);
  EXPECT_EQ(f.events.size(), 2u) << ::testing::PrintToString(Events(f));
}

// In a transcript, "I" is the speaker its turn's label names by surname; a
// label that names nobody ("QUESTION:") and narration after the turns
// resolve it to no one.
TEST_F(ExtractorTest, IInATranscriptTurnIsItsSpeaker) {
  DocFacts f =
      Run("Hearing on the station\n\nRuth Kessler heads NASA. Senator Tom "
          "Baxter chairs the committee.\n\nCHAIRMAN BAXTER: Ms. Kessler, why "
          "pay Moscow?\n\nMS. KESSLER: We buy crew time. I met Pavel Orlovsky "
          "in Moscow last month.\n\nQUESTION: I met Ivan Petrenko in Vienna on "
          "Monday.");
  EXPECT_TRUE(HasRelation(f, "MET_WITH", "Ruth Kessler", "Pavel Orlovsky") ||
              HasRelation(f, "MET_WITH", "Pavel Orlovsky", "Ruth Kessler"));
  for (const RelationFact& r : f.relations) {
    if (r.type != "MET_WITH") continue;
    EXPECT_NE(f.entities[r.from].name, "Tom Baxter");
    EXPECT_NE(f.entities[r.to].name, "Ivan Petrenko");
  }
}

// A mission and the vehicle it flies are one flight: its launch told by
// the mission's name and again by the vehicle's is one launch.
TEST_F(ExtractorTest, ALaunchOfAMissionAndOfItsVehicleIsOne) {
  Document d;
  d.id = "t.txt";
  d.title = "Launch day";
  d.title_offset = 0;
  d.text =
      "Launch day\n\nCrew-40 lifted off from Florida on Saturday, August 26, "
      "2023. The Crew-40 astronauts fly the Crew Dragon Endurance.\n\n"
      "Endurance was launched at 3:27 a.m. on August 26, 2023, from pad 39A.";
  int launches = 0;
  for (const std::string& e : Events(extractor_->Extract(d))) {
    launches += e.starts_with("launch:");
  }
  EXPECT_EQ(launches, 1);
}

}  // namespace
}  // namespace kg
