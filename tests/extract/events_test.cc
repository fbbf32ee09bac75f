// Events from trigger words: which words tell a happening, which arguments
// it takes, and when two reports are one happening. Every sentence here is
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
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;
using ::testing::UnorderedElementsAre;

// "told a conference": where someone spoke, not a symposium the story
// reports; "attended a conference" still is one.
TEST_F(ExtractorTest, TheAudienceOfASpeechVerbIsNoEvent) {
  DocFacts f =
      Run("Mara Kovacs told a conference in Vienna that the station was safe.");
  EXPECT_THAT(f.events, IsEmpty());
  DocFacts g =
      Run("Mara Kovacs and Ivan Petrenko attended a conference in Vienna on "
          "Monday.");
  EXPECT_EQ(g.events.size(), 1u);
}

// "Proton launches ain't cheap", "dockings are routine": a plural noun
// that is the subject of a verb of being speaks of a class, not of one
// happening; the verb "launches" with its object still tells one.
TEST_F(ExtractorTest, APluralFlightNounAsSubjectIsNoEvent) {
  DocFacts f = Run(
      "Proton launches ain't cheap, and Progress dockings are routine now.");
  EXPECT_THAT(f.events, IsEmpty());
  DocFacts g =
      Run("Roscosmos launches the Progress MS-31 cargo ship on "
          "Friday from Baikonur.");
  ASSERT_EQ(g.events.size(), 1u);
  EXPECT_EQ(g.events[0].kind, "launch");
}

// "X resigned in April and Y will take over": a conjunction whose subject
// is a person and that has a verb of its own ends the clause, comma or
// not; names joined by it ("the CRAF and Cassini missions") stay one.
TEST_F(ExtractorTest, APersonAfterAndWithAVerbOfTheirOwnOpensAClause) {
  DocFacts f =
      Run("Oleg Savin resigned as head of Roscosmos in June and Ivan Petrenko "
          "will take over the agency.");
  EXPECT_THAT(Events(f), Contains(AllOf(StartsWith("other: Oleg Savin/"),
                                        Not(HasSubstr("Petrenko")))));
}

// Who speaks and who is spoken of: a state after a locative word is where
// the speaker is; a statement involves states, organizations and people,
// not vehicles; a venue is no party to a conference; an official's report
// is about the states it names, not every name in it; and "press
// conference" is one trigger, not a second "conference".
// "two Proton launches", "for 3 Zenit launches": a count of launches is
// several happenings, not one; a name's number ("Soyuz MS-22 launches on
// Friday") counts nothing. What a rocket is capable of, and a launch word
// that modifies a noun ("launch demand"), tell no happening.
TEST_F(ExtractorTest, CountedLaunchesAndCapabilitiesAreNoEvents) {
  EXPECT_THAT(Run("The deal covers two Proton launches and 3 Zenit launches "
                  "from Baikonur.")
                  .events,
              IsEmpty());
  EXPECT_THAT(Events(Run("Soyuz MS-40 launches on Friday from Baikonur.")),
              Contains(StartsWith("launch: Soyuz MS-40")));
  EXPECT_THAT(Run("The Angara A5 is capable of launching 24 tonnes from "
                  "Plesetsk.")
                  .events,
              IsEmpty());
  EXPECT_THAT(
      Run("Glavkosmos expects a dip in launch demand for the Proton.").events,
      IsEmpty());
  // An event word that modifies a noun names a thing: "landing techniques",
  // "the docking mechanism".
  EXPECT_THAT(Run("Engineers from Roscosmos compared Soyuz landing "
                  "techniques and the Kurs docking mechanism in Moscow.")
                  .events,
              IsEmpty());
}

// A spacewalk is done by the people it names, wherever they stand: "the
// spacewalk of Oleg Kononenko" makes him take part, not its target (the
// trigger's note in event_triggers.tsv: "the people do it").
TEST_F(ExtractorTest, TwoHappeningsOfOneKindInASentenceAreTwoEvents) {
  DocFacts f =
      Run("Ivan Petrenko was appointed head of Roscosmos in May, after Oleg "
          "Savin resigned.");
  EXPECT_THAT(Events(f),
              UnorderedElementsAre(StartsWith("other: Ivan Petrenko"),
                                   StartsWith("other: Oleg Savin")));
}

TEST_F(ExtractorTest, ACommonFlightVerbNeedsAVehicle) {
  EXPECT_THAT(Run("Prices went up in Moscow in March 2019.").events, IsEmpty());
  DocFacts f = Run("Progress MS-40 went up from Baikonur on March 3, 2019.");
  EXPECT_THAT(Events(f), Contains(StartsWith("launch: Progress MS-40")));
  f = Run("Soyuz MS-25 reached the International Space Station on Friday.");
  ASSERT_EQ(f.events.size(), 1u);
  EXPECT_EQ(f.events[0].kind, "docking");
  f = Run("The talks between Russia and Japan reached a deal on Friday.");
  for (const EventFact& e : f.events) EXPECT_NE(e.kind, "docking");
}

TEST_F(ExtractorTest, StruckIsACollisionOfVehiclesAndAStrikeOfStates) {
  DocFacts f = Run("Progress MS-40 struck the Mir station on June 25, 1997.");
  ASSERT_EQ(f.events.size(), 1u);
  EXPECT_EQ(f.events[0].kind, "other");
  f = Run("The United States struck Syria on April 14, 2018.");
  ASSERT_EQ(f.events.size(), 1u);
  EXPECT_EQ(f.events[0].kind, "military_strike");
}

TEST_F(ExtractorTest, AClassOfHappeningsIsNoEvent) {
  DocFacts f = Run("On Monday Roscosmos suspended all launches from Baikonur.");
  for (const EventFact& e : f.events) EXPECT_NE(e.kind, "launch");
}

TEST_F(ExtractorTest, WhatSomethingForcedIsAHappening) {
  DocFacts f =
      Run("On Friday the leak forced NASA to postpone the Starliner test "
          "flight.");
  EXPECT_THAT(Events(f), Contains(StartsWith("other: NASA")));
  EXPECT_THAT(Run("NASA wants to postpone the Starliner test flight.").events,
              IsEmpty());
}

TEST_F(ExtractorTest, AHeadlinesEventIsTheTextsFirstReportOfIt) {
  Document d;
  d.id = "h.txt";
  d.title = "Progress MS-40 crashes in Siberia";
  d.text = d.title +
           "\n\nProgress MS-40 crashed in the Altai region on Wednesday, "
           "August 24, 2011.\n";
  d.title_offset = 0;
  DocFacts f = extractor_->Extract(d);
  ASSERT_EQ(f.events.size(), 1u);
  EXPECT_EQ(f.events[0].date, "2011-08-24");
}

TEST_F(ExtractorTest, HeOrSheIsThePersonNamedLast) {
  DocFacts f =
      Run("Ivan Petrenko trained in Star City for a year. He will come home "
          "aboard Soyuz MS-25 in May 2026.");
  ASSERT_EQ(f.events.size(), 1u);
  EXPECT_THAT(Events(f), Contains(::testing::HasSubstr("Ivan Petrenko")));
}

TEST_F(ExtractorTest, FiredIsAnIncidentOnlyWithAVehicle) {
  DocFacts f =
      Run("The thrusters of Nauka fired unexpectedly on July 29, 2021.");
  EXPECT_THAT(Events(f), Contains(StartsWith("other: Nauka")));
  EXPECT_THAT(Run("Vladimir Putin fired Oleg Savin on July 15, 2022.").events,
              IsEmpty());
}

// Nobody plans an incident: told in the future it is a prediction, while
// a planned docking is an event with planned: true.
TEST_F(ExtractorTest, AnIncidentToldInTheFutureIsNoEvent) {
  EXPECT_THAT(Run("To raise its orbit, the engines of Zarya will be fired "
                  "for twenty minutes.")
                  .events,
              IsEmpty());
  EXPECT_THAT(Run("Critics say the Kestrel 2 rocket will fail.").events,
              IsEmpty());
  EXPECT_THAT(Events(Run("The engines of Zarya fired for twenty minutes.")),
              Contains(StartsWith("other: ")));
  DocFacts planned = Run("Soyuz MS-40 will dock with the station on Friday.");
  ASSERT_EQ(planned.events.size(), 1u);
  EXPECT_TRUE(planned.events[0].planned);
}

// A future reaches to the end of its clause: a verb in the past in a
// subordinate clause after it tells what happened.
TEST_F(ExtractorTest, APastVerbAfterAClauseOpensIsNotTheFuture) {
  DocFacts f =
      Run("The agency will retire the Proton next year, because a "
          "Proton crashed near Omsk in 2009.");
  ASSERT_EQ(f.events.size(), 1u);
  EXPECT_FALSE(f.events[0].planned);
  EXPECT_EQ(f.events[0].date, "2009");
}

// Who acts in one report and is acted on in the other tells a second act
// (a reply), however many participants the two share.
// "May" the month and "Will" the given name are no words of the future;
// the modals are.
TEST_F(ExtractorTest, AMonthOrANameIsNoFutureWord) {
  DocFacts f = Run("On May 3, 2024, Soyuz MS-40 docked with the station.");
  ASSERT_EQ(f.events.size(), 1u);
  EXPECT_FALSE(f.events[0].planned);
  DocFacts g = Run("Soyuz MS-40 may dock with the station on Friday.");
  ASSERT_EQ(g.events.size(), 1u);
  EXPECT_TRUE(g.events[0].planned);
  // An emphasis in capitals is still the verb.
  DocFacts h =
      Run("Officials said Soyuz MS-40 WILL dock with the station on "
          "Friday.");
  ASSERT_EQ(h.events.size(), 1u);
  EXPECT_TRUE(h.events[0].planned);
}

TEST_F(ExtractorTest, ReportsWithTheirRolesReversedAreTwoActs) {
  DocFacts f =
      Run("On May 3, 2024, Russia condemned the United States. On "
          "May 3, 2024, the United States condemned Russia.");
  EXPECT_EQ(f.events.size(), 2u);
  DocFacts g =
      Run("On May 3, 2024, Russia condemned the United States. On "
          "May 3, 2024, Russia also condemned the United States at "
          "the United Nations.");
  EXPECT_EQ(g.events.size(), 1u);
}

// "was named" before a person's name gives a name; before a post it is
// an appointment.
TEST_F(ExtractorTest, APassiveBeforeAPersonsNameGivesANameNotAPost) {
  EXPECT_THAT(Run("The engineer who checked the seals at Baikonur was named "
                  "Anna Volkova.")
                  .events,
              IsEmpty());
  EXPECT_THAT(Events(Run("Anna Volkova was named head of Roscosmos on May 3, "
                         "2024.")),
              Contains(StartsWith("other: ")));
}

// A plural event noun after a number is several happenings, not one;
// what people do counts their work.
TEST_F(ExtractorTest, CountedEventNounsOfAnyKindAreNoEvent) {
  EXPECT_THAT(Run("General Dynamics holds 14 contracts with NASA.").events,
              IsEmpty());
  EXPECT_THAT(Run("Roscosmos held three separate meetings with NASA.").events,
              IsEmpty());
  EXPECT_THAT(Events(Run("General Dynamics holds the contract with NASA.")),
              Contains(StartsWith("agreement: ")));
  EXPECT_THAT(Events(Run("Ivan Petrenko made three spacewalks during "
                         "Expedition 70.")),
              Contains(StartsWith("other: ")));
}

// Common ways of telling a handover, a visit and a written statement.
TEST_F(ExtractorTest, TakingCommandTravellingAndAStatementAreEvents) {
  EXPECT_THAT(Events(Run("Anna Volkova took command of the station from Oskar "
                         "Lindqvist on Wednesday, May 3, 2024.")),
              Contains(AllOf(StartsWith("other: "), HasSubstr("Anna Volkova"),
                             HasSubstr("Oskar Lindqvist"))));
  EXPECT_THAT(Events(Run("Oskar Lindqvist, the NASA administrator, travelled "
                         "to China in October 2010.")),
              Contains(AllOf(StartsWith("visit: "), HasSubstr("China"))));
  EXPECT_THAT(Events(Run("After the launch Anna Volkova flew to Kazakhstan, "
                         "and then travelled on to China.")),
              Contains(AllOf(StartsWith("visit: "), HasSubstr("China"))));
  EXPECT_THAT(Events(Run("Anna Volkova flew to the International Space Station "
                         "on Soyuz MS-40.")),
              Not(Contains(StartsWith("visit: "))));
  EXPECT_THAT(
      Events(Run("Roscosmos said in a statement on May 3, 2024 that "
                 "the engines worked.")),
      Contains(AllOf(StartsWith("statement: "), HasSubstr("Roscosmos"))));
}

// A modal verb makes its clause what might be, however far before the
// event word; a happening named as a known one or given a time is still
// one.
TEST_F(ExtractorTest, AModalMakesItsWholeClauseNoHappening) {
  EXPECT_THAT(Run("The new engines of Zarya would be mounted on the tail of "
                  "the module for launch aboard Proton.")
                  .events,
              IsEmpty());
  EXPECT_THAT(Events(Run("The module would be mounted on the tail, and Zarya "
                         "was launched aboard Proton.")),
              Contains(StartsWith("launch: ")));
  EXPECT_THAT(Events(Run("Analysts say the price of Russian help would be "
                         "shells for the war in Ukraine.")),
              Contains(StartsWith("armed_conflict: ")));
}

TEST_F(ExtractorTest, QuestionsAndNegatedContractionsReportNothing) {
  EXPECT_THAT(
      Run("Did Soyuz MS-25 dock with the station on March 3, 2024?").events,
      IsEmpty());
  EXPECT_THAT(
      Run("Discovery won't launch on this mission until March 3, 1993.").events,
      IsEmpty());
}

TEST_F(ExtractorTest, NamedForAndChargedWithATaskAreNoHappenings) {
  EXPECT_THAT(Run("The Cassini mission is named for Ivan Petrenko.").events,
              IsEmpty());
  EXPECT_THAT(
      Run("The NASA committee is charged with assessing the designs.").events,
      IsEmpty());
  EXPECT_THAT(Events(Run("Ivan Petrenko was charged with fraud in May 2019.")),
              Contains(StartsWith("other: Ivan Petrenko")));
}

TEST_F(ExtractorTest, AConditionHoldsToTheEndOfItsClause) {
  EXPECT_THAT(Run("And if the comet is still hanging around when Soyuz MS-25 "
                  "arrives, it will be photographed.")
                  .events,
              IsEmpty());
}

TEST_F(ExtractorTest, AVisitIsToSomewhereAndATourOfDutyIsNone) {
  EXPECT_THAT(
      Run("Candidates will be detailed to NASA for a tour of duty.").events,
      IsEmpty());
  DocFacts f =
      Run("Ivan Petrenko toured the Johnson Space Center on May 3, 2025.");
  ASSERT_EQ(f.events.size(), 1u);
  ASSERT_EQ(f.events[0].occurred_at.size(), 1u);
  EXPECT_EQ(f.entities[f.events[0].occurred_at[0]].name,
            "Johnson Space Center");
}

TEST_F(ExtractorTest, APressConferenceIsAStatementNotASymposium) {
  DocFacts f =
      Run("Oleg Savin told a news conference in Moscow on May 3, 2014 that "
          "Russia would stop the engine deliveries.");
  ASSERT_FALSE(f.events.empty());
  EXPECT_EQ(f.events[0].kind, "statement");
}

TEST_F(ExtractorTest, PeopleWhoDockOrLaunchTheirCapsuleAreItsCrew) {
  DocFacts f =
      Run("Ivan Petrenko and Oleg Savin docked their Crew Dragon Endeavour "
          "with the station on May 31, 2020.");
  EXPECT_TRUE(
      HasRelation(f, "CREW_OF", "Ivan Petrenko", "Crew Dragon Endeavour"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Oleg Savin", "Crew Dragon Endeavour"));
  // Watching a launch is not flying it.
  f =
      Run("President Ivan Petrenko watched the launch of Crew Dragon "
          "Endeavour on May 30, 2020.");
  EXPECT_FALSE(
      HasRelation(f, "CREW_OF", "Ivan Petrenko", "Crew Dragon Endeavour"));
}

TEST_F(ExtractorTest, AnOfficialReportingWhatAStateDoesMakesAStatement) {
  DocFacts f =
      Run("Oleg Savin, the head of Roscosmos, told reporters on Monday that "
          "Russia would leave the International Space Station.");
  EXPECT_THAT(Events(f), Contains(StartsWith("statement: Oleg Savin/actor")));
  // Whom it was told, and words in quotation marks, are no statement.
  f =
      Run("Oleg Savin, the head of Roscosmos, told TASS on Monday that the "
          "weather was fine.");
  EXPECT_THAT(f.events, IsEmpty());
  f = Run("Oleg Savin, the head of Roscosmos, said: \"Russia will stay.\"");
  EXPECT_THAT(f.events, IsEmpty());
}

TEST_F(ExtractorTest, AnUndatedReportTakesTheArticlesMonthButNotAMessages) {
  Document d;
  d.id = "news.txt";
  d.date = "2011-08-24";
  d.text = "Progress MS-40 crashed in Siberia.\n";
  DocFacts f = extractor_->Extract(d);
  ASSERT_EQ(f.events.size(), 1u);
  EXPECT_EQ(f.events[0].date, "2011-08");
  d.message = true;  // posted then; what it discusses may be long past
  f = extractor_->Extract(d);
  ASSERT_EQ(f.events.size(), 1u);
  EXPECT_EQ(f.events[0].date, "");
}

TEST_F(ExtractorTest, TwoFlightsInCoordinatedClausesAreTwoEvents) {
  DocFacts f = Run(
      "Ivan Petrenko will fly on Crew-10, and Oleg Savin will launch on Soyuz "
      "MS-27.");
  EXPECT_THAT(Events(f),
              UnorderedElementsAre(StartsWith("launch: Crew-10"),
                                   StartsWith("launch: Soyuz MS-27")));
  // Nor does the mission of one clause fly the other's vehicle.
  EXPECT_FALSE(HasRelation(f, "USES", "Crew-10", "Soyuz MS-27"));
}

TEST_F(ExtractorTest, ItInAFlightIsTheVehicleNamedLast) {
  DocFacts f =
      Run("Soyuz MS-40 lifted off on October 11, 2018. Minutes later it came "
          "down east of Zhezkazgan.");
  EXPECT_THAT(Events(f), Contains(StartsWith("other: Soyuz MS-40")));
  // Elsewhere "it" is no vehicle.
  f =
      Run("Soyuz MS-40 lifted off on October 11, 2018. NASA said it would "
          "meet Roscosmos.");
  for (const std::string& e : Events(f)) {
    if (e.rfind("meeting", 0) == 0) {
      EXPECT_THAT(e, ::testing::Not(::testing::HasSubstr("Soyuz")));
    }
  }
}

TEST_F(ExtractorTest, TheOfficeAfterTheIsThePersonLastGivenIt) {
  DocFacts f =
      Run("Deputy Prime Minister Oleg Savin spoke on Monday. The deputy prime "
          "minister later visited Japan.");
  EXPECT_THAT(Events(f), Contains(StartsWith("visit: Oleg Savin/actor")));
}

TEST_F(ExtractorTest, ReachingSomethingThatIsNoStationIsNoDocking) {
  DocFacts f =
      Run("Rescue teams reached the Soyuz MS-10 capsule on October 11, 2018.");
  for (const EventFact& e : f.events) EXPECT_NE(e.kind, "docking");
}

TEST_F(ExtractorTest, SigningALawIsLegislationNotAnAgreement) {
  DocFacts f = Run(
      "President Ivan Petrenko signed a bill on November 22, 2005 that lets "
      "NASA buy seats.");
  EXPECT_THAT(Events(f), Contains(StartsWith("other: Ivan Petrenko")));
  f = Run("Russia and Japan signed a treaty on May 3, 2005.");
  EXPECT_THAT(Events(f), Contains(StartsWith("agreement:")));
}

// "Goldin signed memoranda of understanding with ...", "A pact was signed
// with Japan": the document signed may be plural, or stand before a passive.
TEST_F(ExtractorTest, MemorandaAndAPassiveSigningAreAgreements) {
  EXPECT_THAT(Events(Run("NASA Administrator Tom Baxter signed memoranda of "
                         "understanding with ESA on May 3, 2005.")),
              Contains(StartsWith("agreement:")));
  EXPECT_THAT(Events(Run("The charter was signed by Roscosmos and "
                         "JAXA on May 3, 2005.")),
              Contains(StartsWith("agreement:")));
  EXPECT_THAT(Events(Run("The notebook was signed by Ivan Petrenko and Tom "
                         "Baxter on May 3, 2005.")),
              Not(Contains(StartsWith("agreement:"))));
}

TEST_F(ExtractorTest, AParticipleThatDescribesANounIsNoHappening) {
  DocFacts f =
      Run("Oleg Savin, the newly appointed head of Roscosmos, spoke in May.");
  EXPECT_THAT(f.events, IsEmpty());
}

TEST_F(ExtractorTest, TheyInAFlightAreThePeopleNamedTogetherBefore) {
  DocFacts f =
      Run("Cosmonauts Yulia Petrova and Klim Ivanov flew up on Soyuz MS-40 "
          "in October. They came home aboard Soyuz MS-41 on October 17, "
          "2021.");
  EXPECT_THAT(Events(f), Contains(AllOf(StartsWith("other:"),
                                        ::testing::HasSubstr("Soyuz MS-41"),
                                        ::testing::HasSubstr("Yulia Petrova"),
                                        ::testing::HasSubstr("Klim Ivanov"))));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Klim Ivanov", "Soyuz MS-41"));
}

TEST_F(ExtractorTest, AConjunctThatLeavesOutItsVerbIsAHappeningOfItsOwn) {
  DocFacts f = Run(
      "Astronaut Ivan Petrenko is to fly on Soyuz MS-40, and cosmonaut Oleg "
      "Savin on Crew-60.");
  EXPECT_THAT(
      Events(f),
      UnorderedElementsAre(
          AllOf(StartsWith("launch:"), ::testing::HasSubstr("Soyuz MS-40"),
                ::testing::HasSubstr("Ivan Petrenko"),
                ::testing::Not(::testing::HasSubstr("Savin"))),
          AllOf(StartsWith("launch:"), ::testing::HasSubstr("Crew-60"),
                ::testing::HasSubstr("Oleg Savin"))));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Soyuz MS-40"));
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Oleg Savin", "Crew-60"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Oleg Savin", "Soyuz MS-40"));
  EXPECT_FALSE(HasRelation(f, "CREW_OF", "Ivan Petrenko", "Crew-60"));
  EXPECT_FALSE(HasRelation(f, "USES", "Crew-60", "Soyuz MS-40"));
}

TEST_F(ExtractorTest, MockingAMeasureInPublicIsAStatement) {
  DocFacts f = Run("Oleg Savin mocked the United States on May 3, 2014.");
  EXPECT_THAT(Events(f), Contains(StartsWith("statement: Oleg Savin/actor")));
}

TEST_F(ExtractorTest, ABarePluralLaunchNounIsNoEvent) {
  DocFacts f =
      Run("The Centaur survives Titan launches, so it seems feasible to fly it "
          "on a Proton.");
  for (const std::string& e : Events(f)) {
    EXPECT_THAT(e, Not(StartsWith("launch:"))) << e;
  }
  DocFacts g =
      Run("Protesters tried to block the Galileo and Ulysses launches in "
          "October 1989.");
  EXPECT_THAT(Events(g), Contains(StartsWith("launch:")));
}

// "Kononenko handed command of the station to NASA astronaut Sunita
// Williams": a change of command is a happening, and the astronaut's agency
// before the name is her employer, not a party to it.
TEST_F(ExtractorTest, AHandoverOfCommandIsAnEventOfTheAstronauts) {
  DocFacts f =
      Run("Cosmonaut Ivan Petrenko handed command of the station to NASA "
          "astronaut Laura Brandt on Monday.");
  EXPECT_THAT(Events(f),
              Contains(AllOf(StartsWith("other:"), HasSubstr("Ivan Petrenko/"),
                             HasSubstr("Laura Brandt/"))));
  EXPECT_THAT(Events(f), Not(Contains(HasSubstr("NASA/"))));
  // An official's agency may be a party: "NASA Administrator X signed".
  DocFacts g =
      Run("NASA Administrator Tom Baxter signed an agreement with Roscosmos on "
          "Monday.");
  EXPECT_THAT(Events(g),
              Contains(AllOf(StartsWith("agreement:"), HasSubstr("NASA/"))));
}

// "Administrator X, who flew on the shuttle Columbia in 1986, called the
// crew ...": a person's past in a relative clause, years before the story,
// is no event of the story; the same flight told as news is.
TEST_F(ExtractorTest, APersonsPastInARelativeClauseIsNoEvent) {
  Document d;
  d.id = "news.txt";
  d.date = "2023-03-02";
  d.text =
      "NASA Administrator Tom Baxter, who flew on the shuttle Columbia in "
      "1986, praised the crew on Thursday.";
  EXPECT_THAT(Events(extractor_->Extract(d)),
              Not(Contains(StartsWith("launch:"))));
  // The relative clause of an apposition's noun, with no comma before "who".
  d.text =
      "Tom Baxter, a former Florida senator who flew on the shuttle Columbia "
      "in 1986, played the remarks down on Tuesday.";
  EXPECT_THAT(Events(extractor_->Extract(d)),
              Not(Contains(StartsWith("launch:"))));
  d.text = "Tom Baxter flew on the shuttle Columbia in 1986.";
  d.date = "1986-01-20";
  EXPECT_THAT(Events(extractor_->Extract(d)), Contains(StartsWith("launch:")));
}

// In a text of unknown date the story's year is the latest one it writes:
// "a former pilot who flew on Shenzhou-6 in 2005" in a story that speaks of
// 2021 is the pilot's past; a text whose latest year is that one tells it
// as news.
TEST_F(ExtractorTest, APastInARelativeClauseOfAnUndatedTextIsNoEvent) {
  Document d;
  d.id = "undated.txt";
  d.text =
      "Commanding the flight is Zhou Haisheng, a former pilot who flew on "
      "Shenzhou-6 in 2005. The station will be finished in 2021.";
  EXPECT_THAT(Events(extractor_->Extract(d)),
              Not(Contains(StartsWith("launch:"))));
  d.text =
      "Zhou Haisheng, a former pilot who flew on Shenzhou-6 in 2005, "
      "landed safely.";
  EXPECT_THAT(Events(extractor_->Extract(d)), Contains(StartsWith("launch:")));
}

// "An orbital launch would cost less than ten million dollars": a
// happening named with an indefinite article and no time is any such one;
// with its time it is one that happens.
TEST_F(ExtractorTest, AnIndefiniteHappeningWithoutATimeIsNoEvent) {
  EXPECT_THAT(Events(Run("An orbital launch of the Pegasus XL would cost less "
                         "than ten million dollars.")),
              Not(Contains(StartsWith("launch:"))));
  EXPECT_THAT(Events(Run("Roscosmos carried out a launch of the Soyuz MS-40 "
                         "from Baikonur on March 3, 2024.")),
              Contains(StartsWith("launch:")));
  EXPECT_THAT(Events(Run("The launch of the Pegasus XL from Wallops went "
                         "well.")),
              Contains(StartsWith("launch:")));
  // Names inside the noun phrase change nothing.
  EXPECT_THAT(Events(Run("The new design permits an Atlas rocket launch "
                         "instead of the heavier Titan.")),
              Not(Contains(StartsWith("launch:"))));
  EXPECT_THAT(Events(Run("Roscosmos carried out a Soyuz MS-40 launch from "
                         "Baikonur on March 3, 2024.")),
              Contains(StartsWith("launch:")));
}

}  // namespace
}  // namespace kg
