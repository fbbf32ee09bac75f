// The extractor's rule families and resolution cases, each on a small text
// written for the test (names invented where the rule must not rely on the
// lexicon).
#include "extract/extractor.h"

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <tuple>

#include "extract/corpus/corpus_graph.h"
#include "extract/corpus/facts.h"
#include "extract/data/rules.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/extract/extractor_fixture.h"

namespace kg {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;

TEST_F(ExtractorTest, OrganizationTitleAndNameMakeAnOfficialWhoWorksThere) {
  DocFacts f = Run("Roscosmos Director General Pavel Orlovsky arrived.");
  const EntityFact* p = Find(f, "Pavel Orlovsky");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->labels, (std::vector<std::string>{"Person", "Official"}));
  EXPECT_EQ(p->properties.at("title"), "Director General");
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Pavel Orlovsky", "Roscosmos"));
}

TEST_F(ExtractorTest, AgencyAstronautIsEmployerNotCitizenship) {
  DocFacts f = Run("NASA astronaut Jane Doerty flew last year.");
  const EntityFact* p = Find(f, "Jane Doerty");
  ASSERT_NE(p, nullptr);
  EXPECT_THAT(p->labels, Contains("Astronaut"));
  EXPECT_EQ(p->properties.at("role"), "astronaut");
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Jane Doerty", "NASA"));
  for (const RelationFact& r : f.relations) EXPECT_NE(r.type, "CITIZEN_OF");
}

TEST_F(ExtractorTest,
       NationalityAndPluralRoleGiveEveryListedPersonCitizenship) {
  DocFacts f = Run(
      "The crew includes Russian cosmonauts Ivan Petrovsky and Pavel Orlov.");
  for (const char* name : {"Ivan Petrovsky", "Pavel Orlov"}) {
    const EntityFact* p = Find(f, name);
    ASSERT_NE(p, nullptr) << name;
    EXPECT_EQ(p->properties.at("role"), "cosmonaut");
    EXPECT_TRUE(HasRelation(f, "CITIZEN_OF", name, "Russia")) << name;
  }
}

TEST_F(ExtractorTest, AppositionIsNotAList) {
  DocFacts f =
      Run("He met NASA Administrator Ruth Kessler, Orlov said on Friday.");
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Ruth Kessler", "NASA"));
  for (const RelationFact& r : f.relations) {
    EXPECT_NE(f.entities[r.from].name, "Orlov") << r.type;
  }
}

TEST_F(ExtractorTest, NameCommaTitleOfOrganization) {
  DocFacts f = Run(
      "Maria Lindqvist, Director General of the European Space Agency, spoke.");
  const EntityFact* p = Find(f, "Maria Lindqvist");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->properties.at("title"), "Director General");
  EXPECT_TRUE(
      HasRelation(f, "WORKS_FOR", "Maria Lindqvist", "European Space Agency"));
}

TEST_F(ExtractorTest, SpokesmanOfTheKremlinWorksForTheKremlinOrganization) {
  DocFacts f = Run("Kremlin spokesman Ivan Sidorenko said nothing.");
  const EntityFact* k = Find(f, "Kremlin");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->labels[0], "Organization");
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Ivan Sidorenko", "Kremlin"));
}

TEST_F(ExtractorTest, TheKremlinActingAsTheStateIsTheCountry) {
  DocFacts f = Run("The senator denied that he colluded with the Kremlin.");
  EXPECT_EQ(Find(f, "Kremlin"), nullptr);
  const EntityFact* r = Find(f, "Russia");
  ASSERT_NE(r, nullptr);
  EXPECT_THAT(r->aliases, Contains("Kremlin"));
}

TEST_F(ExtractorTest, CapitalIsTheStateAsActorAndTheCityInADatelineOrPlace) {
  DocFacts f = Run("Moscow denied the accusations.");
  ASSERT_NE(Find(f, "Russia"), nullptr);
  EXPECT_THAT(Find(f, "Russia")->aliases, Contains("Moscow"));
  f = Run("MOSCOW (Reuters) - The talks began.\n\nThey met in Moscow.");
  const EntityFact* city = Find(f, "Moscow");
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(city->labels[0], "Place");
  EXPECT_EQ(Find(f, "Russia"), nullptr);
}

TEST_F(ExtractorTest, VehicleNamedAfterItsFamilyIsUsedByTheMission) {
  DocFacts f =
      Run("The Crew-9 team flew to the station aboard the SpaceX Crew Dragon "
          "spacecraft named Freedom.");
  EXPECT_TRUE(HasRelation(f, "USES", "Crew-9", "Crew Dragon Freedom"));
  EXPECT_TRUE(HasRelation(f, "OPERATED_BY", "Crew Dragon", "SpaceX"));
  EXPECT_TRUE(HasRelation(f, "OPERATED_BY", "Crew Dragon Freedom", "SpaceX"));
}

TEST_F(ExtractorTest, MissionAndFlightNamesAreFoundByTheirShape) {
  DocFacts f =
      Run("Expedition 70 began when Soyuz MS-25 arrived, before Artemis II.");
  ASSERT_NE(Find(f, "Expedition 70"), nullptr);
  EXPECT_EQ(Find(f, "Expedition 70")->labels[0], "Mission");
  ASSERT_NE(Find(f, "Artemis II"), nullptr);
  EXPECT_EQ(Find(f, "Artemis II")->labels[0], "Mission");
  ASSERT_NE(Find(f, "Soyuz MS-25"), nullptr);
  EXPECT_EQ(Find(f, "Soyuz MS-25")->labels[0], "Spacecraft");
  EXPECT_EQ(Find(f, "Soyuz MS-25")->properties.at("kind"), "capsule");
}

TEST_F(ExtractorTest, DockingAndLaunchSiteRelations) {
  DocFacts f =
      Run("Soyuz MS-25 was launched from Baikonur on Monday. The Soyuz MS-25 "
          "spacecraft docked with the International Space Station.");
  EXPECT_TRUE(
      HasRelation(f, "LAUNCHED_FROM", "Soyuz MS-25", "Baikonur Cosmodrome"));
  EXPECT_TRUE(HasRelation(f, "DOCKED_WITH", "Soyuz MS-25",
                          "International Space Station"));
}

TEST_F(ExtractorTest, TheVehicleOpeningASentenceIsTheLastOneNamed) {
  DocFacts f =
      Run("Officials watched the launch of the Crew-9 mission. The vehicle "
          "blasted off from Kennedy Space Center.");
  EXPECT_TRUE(
      HasRelation(f, "LAUNCHED_FROM", "Crew-9", "Kennedy Space Center"));
  EXPECT_THAT(Find(f, "Crew-9")->aliases, IsEmpty());
}

// "Soyuz TM-40 undocked ... Aboard were A and B. The capsule landed ...": a
// sentence or two without a vehicle between; and "C, who had ridden up on
// Soyuz TM-39": a vehicle in a relative clause only when there is no other.
TEST_F(ExtractorTest, TheVehicleOpeningASentenceLooksPastSentencesWithoutOne) {
  DocFacts f = Run(
      "Soyuz TM-40 undocked from Mir early in the day. Aboard were Pavel "
      "Orlovsky and Ivan Petrenko. The capsule landed in Kazakhstan at noon.");
  EXPECT_THAT(Events(f),
              Contains(AllOf(StartsWith("other:"), HasSubstr("Soyuz TM-40/"))));
  DocFacts g = Run(
      "The next day he left in the Soyuz TM-40 with Ivan Petrenko, who had "
      "ridden up on Soyuz TM-39 in April. The capsule landed in Kazakhstan at "
      "noon.");
  EXPECT_THAT(Events(g),
              Contains(AllOf(StartsWith("other:"), HasSubstr("Soyuz TM-40/"))));
  EXPECT_THAT(
      Events(g),
      Not(Contains(AllOf(StartsWith("other:"), HasSubstr("Soyuz TM-39/")))));
}

TEST_F(ExtractorTest, ARocketWordOpeningASentenceIsTheLastRocketNamed) {
  DocFacts f = Run(
      "A Falcon 9 booster lifted off on Friday, carrying the Crew-12 mission "
      "toward the station. The rocket rose from Launch Complex 39A.");
  EXPECT_TRUE(
      HasRelation(f, "LAUNCHED_FROM", "Falcon 9", "Launch Complex 39A"));
  EXPECT_FALSE(
      HasRelation(f, "LAUNCHED_FROM", "Crew-12", "Launch Complex 39A"));
}

TEST_F(ExtractorTest, PlacesInPlacesAndCitiesOfACountry) {
  DocFacts f = Run(
      "Cosmonauts train in Star City in Russia. The meeting was held in the "
      "British city of Grantchester.");
  EXPECT_TRUE(HasRelation(f, "LOCATED_IN", "Star City", "Russia"));
  const EntityFact* g = Find(f, "Grantchester");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->labels[0], "Place");
}

// Where capsules come down and landers go: the seas and the Moon are
// places, "moon" in lower case too.
TEST_F(ExtractorTest, SeasAndTheMoonArePlaces) {
  DocFacts f = Run(
      "The capsule splashed down in the Gulf of Mexico, and the spent stage "
      "fell into the Pacific. Americans will return to the moon by 2028.");
  for (const char* name : {"Gulf of Mexico", "Pacific Ocean", "Moon"}) {
    const EntityFact* e = Find(f, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->labels[0], "Place") << name;
  }
}

// So are the planets, whatever the words around them ("Jupiter, king of the
// gods" makes no official), and one lies in no other.
TEST_F(ExtractorTest, ThePlanetsArePlacesThatLieInNoOther) {
  DocFacts f = Run(
      "The Romans named the planets for their gods: Jupiter, king of the "
      "gods, and Mars, the god of war. Probes have flown to the Moon, Mars, "
      "Venus and Jupiter.");
  for (const char* name : {"Jupiter", "Mars", "Venus"}) {
    const EntityFact* e = Find(f, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->labels, std::vector<std::string>{"Place"}) << name;
  }
  for (const RelationFact& r : f.relations) {
    EXPECT_NE(r.type, "LOCATED_IN") << f.entities[r.from].name;
  }
}

// A name a company noun introduces or describes is a company's; a
// broadcaster's or a paper's is a media organization's.
TEST_F(ExtractorTest, ACompanyNounMakesTheNameAnOrganization) {
  DocFacts f = Run(
      "Among them was Ivan Sorokin, the head of the oil company Tarnoneft. "
      "She is a flight attendant with the Belarusian airline Avialux. Before "
      "that he ran Kometa, a satellite communications company. A "
      "Swiss-registered company, StarLease, leased the module. The tabloid "
      "Vechernaya Gazeta reported the crash.");
  for (const char* name :
       {"Tarnoneft", "Avialux", "Kometa", "StarLease", "Vechernaya Gazeta"}) {
    const EntityFact* e = Find(f, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->labels[0], "Organization") << name;
  }
  EXPECT_EQ(Find(f, "Vechernaya Gazeta")->properties.at("kind"), "media");
}

// "Since the last space shuttle flight", "the shuttle fleet retires": the
// programme written in lower case is the Space Shuttle; "shuttle" alone
// stays a word (it may stand for the orbiter named before).
TEST_F(ExtractorTest, TheSpaceShuttleInLowerCaseIsTheShuttle) {
  EXPECT_TRUE(Has(Run("Since the last space shuttle flight in 2011, crews fly "
                      "on Soyuz."),
                  "Space Shuttle"));
  EXPECT_TRUE(Has(Run("Once the U.S. shuttle fleet retires, crews fly on "
                      "Soyuz."),
                  "Space Shuttle"));
  EXPECT_FALSE(
      Has(Run("The bus will shuttle visitors to the site."), "Space Shuttle"));
}

TEST_F(ExtractorTest, AgencyNamedWithItsCountryIsBasedThere) {
  DocFacts f = Run("According to Russia's space agency Roscosmos, it is so.");
  EXPECT_TRUE(HasRelation(f, "BASED_IN", "Roscosmos", "Russia"));
}

TEST_F(ExtractorTest, SurnameLinksToTheFullNameInTheSameDocument) {
  DocFacts f =
      Run("NASA astronaut Jane Doerty flew. Later, Doerty said it went well.");
  const EntityFact* p = Find(f, "Jane Doerty");
  ASSERT_NE(p, nullptr);
  EXPECT_THAT(p->aliases, Contains("Doerty"));
  EXPECT_EQ(Find(f, "Doerty"), nullptr);
  EXPECT_EQ(p->mentions.size(), 2u);
  EXPECT_THAT(p->mentions[1].link, HasSubstr("surname"));
}

TEST_F(ExtractorTest, TwoPeopleSharingASurnameStayApart) {
  DocFacts f =
      Run("NASA astronaut Mark Kellerman met NASA astronaut Scott Kellerman.");
  EXPECT_NE(Find(f, "Mark Kellerman"), nullptr);
  EXPECT_NE(Find(f, "Scott Kellerman"), nullptr);
}

TEST_F(ExtractorTest, LowerCaseSurnameAfterAGivenNameIsCaseDamage) {
  DocFacts f =
      Run("U.S. President Donald trump called it low. Later trump denied it.");
  const EntityFact* p = Find(f, "Donald Trump");
  ASSERT_NE(p, nullptr);
  EXPECT_THAT(p->aliases, Contains("Donald trump"));
  EXPECT_THAT(p->aliases, Contains("trump"));
}

TEST_F(ExtractorTest, DamagedSurnameThatLostItsFirstLetterLinks) {
  DocFacts f =
      Run("Executive Director Sergei Vorobiev spoke.\n\nMOSCOW - orobiev told "
          "reporters so.");
  const EntityFact* p = Find(f, "Sergei Vorobiev");
  ASSERT_NE(p, nullptr);
  EXPECT_THAT(p->aliases, Contains("orobiev"));
}

TEST_F(ExtractorTest, AbbreviationAndFullNameAreOneAgency) {
  DocFacts f = Run(
      "The National Aeronautics and Space Administration said NASA agrees.");
  const EntityFact* n = Find(f, "NASA");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->mentions.size(), 2u);
  EXPECT_THAT(n->labels, Contains("Agency"));
}

// Reporting verbs beyond "said": "radioed", "quipped", "vowed".
TEST_F(ExtractorTest, AQuotationRadioedOrQuippedIsSaid) {
  DocFacts f =
      Run("\"The view from up here is amazing,\" Ivan Petrenko radioed. \"We "
          "will be back next year,\" Laura Brandt quipped.");
  ASSERT_EQ(f.said.size(), 2u);
  EXPECT_EQ(f.entities[f.said[0].person].name, "Ivan Petrenko");
  EXPECT_EQ(f.entities[f.said[1].person].name, "Laura Brandt");
}

TEST_F(ExtractorTest, QuotationIsSaidByTheSpeakerNamedBesideTheVerb) {
  DocFacts f =
      Run("Kremlin spokesman Ivan Sidorenko spoke.\n\n\"We will go on,\" "
          "Sidorenko said. \"Nothing changes.\"\n\nHe said that it was a "
          "\u201cvery positive factor.\u201d");
  ASSERT_EQ(f.said.size(), 3u);
  for (const SaidFact& s : f.said) {
    EXPECT_EQ(f.entities[s.person].name, "Ivan Sidorenko");
  }
  EXPECT_EQ(f.said[0].quote, "We will go on");
  EXPECT_EQ(f.said[2].quote, "very positive factor");
}

TEST_F(ExtractorTest, QuotedNameIsNotSpeech) {
  DocFacts f = Run(
      "Kremlin spokesman Ivan Sidorenko said at the \u00abYuri's night\u00bb "
      "that all is well.");
  EXPECT_THAT(f.said, IsEmpty());
}

TEST_F(ExtractorTest, APhraseInMarksInsideASentenceIsNotSpeech) {
  EXPECT_THAT(Run("Ivan Sidorenko said the probe has \"tremendous scientific "
                  "power\" and a bright future.")
                  .said,
              IsEmpty());
  EXPECT_THAT(
      Run("Your \"friend\" Ivan Sidorenko said the station would fly.").said,
      IsEmpty());
  EXPECT_THAT(Run("Read the article \"What's New\" by Ivan Sidorenko.").said,
              IsEmpty());
}

TEST_F(ExtractorTest, SanctionsEventHasActorTargetAndCameo) {
  DocFacts f = Run("The United States announced new sanctions against Russia.");
  const EventFact* ev = nullptr;
  for (const EventFact& e : f.events) {
    if (e.kind == "sanctions") ev = &e;
  }
  ASSERT_NE(ev, nullptr);
  EXPECT_EQ(ev->cameo, "16");
  bool actor = false, target = false;
  for (const EventRole& r : ev->involves) {
    if (f.entities[r.entity].name == "United States") actor = r.role == "actor";
    if (f.entities[r.entity].name == "Russia") target = r.role == "target";
  }
  EXPECT_TRUE(actor);
  EXPECT_TRUE(target);
}

TEST_F(ExtractorTest, FutureMeetingIsPlanned) {
  DocFacts f = Run(
      "Roscosmos Director General Pavel Orlovsky will meet NASA Administrator "
      "Ruth Kessler.");
  EXPECT_TRUE(HasRelation(f, "MET_WITH", "Pavel Orlovsky", "Ruth Kessler"));
  for (const RelationFact& r : f.relations) {
    if (r.type == "MET_WITH") {
      EXPECT_EQ(r.properties.at("planned"), "true");
    }
  }
  bool planned_meeting = false;
  for (const EventFact& e : f.events) {
    if (e.kind == "meeting") planned_meeting = e.planned;
  }
  EXPECT_TRUE(planned_meeting);
}

TEST_F(ExtractorTest, EveryRelationCarriesItsSentenceAndOffsets) {
  std::string text =
      "Intro line.\n\nRoscosmos Director General Pavel Orlovsky arrived.";
  DocFacts f = Run(text);
  ASSERT_FALSE(f.relations.empty());
  const RelationFact& r = f.relations[0];
  EXPECT_EQ(r.evidence.text,
            "Roscosmos Director General Pavel Orlovsky arrived.");
  EXPECT_EQ(text.substr(r.evidence.begin, r.evidence.end - r.evidence.begin),
            "Roscosmos Director General Pavel Orlovsky");
}

// Long hostile text with every construction repeated: a sentence cap, no
// quadratic step (a quadratic one would take minutes here, not a second).
TEST_F(ExtractorTest, LongRepetitiveTextIsExtractedWithoutBlowingUp) {
  std::string unit =
      "U.S. President Donald trump met Sen. Bob Jones of NASA, who said "
      "\u201cwe go on\u201d, he said; trump denied it. ";
  std::string text;
  for (int i = 0; i < 20000; ++i) text += unit;  // 2 MB, one line
  DocFacts f = Run(text);
  EXPECT_NE(Find(f, "Donald Trump"), nullptr);
  EXPECT_FALSE(f.said.empty());
}

// Text without full stops: the segmenter cuts it into sentences of bounded
// length, and each fact's evidence is a window of that sentence, not the
// whole of it; one relation per (type, from, to). Before, every fact of a
// 1 MB run carried 20 KB of evidence and the build needed minutes and GBs.
TEST_F(ExtractorTest, ALongSentenceWithoutFullStopsKeepsEvidenceBounded) {
  std::string unit =
      "NASA astronaut Ivan Petrenko met Roscosmos head Anna Volkova in "
      "Moscow while Soyuz MS-22 docked with the station , and ";
  std::string text;
  for (int i = 0; i < 8000; ++i) text += unit;  // about 1 MB, no full stop
  DocFacts f = Run(text);
  ASSERT_NE(Find(f, "Ivan Petrenko"), nullptr);
  ASSERT_FALSE(f.relations.empty());
  std::set<std::tuple<std::string, int, int>> seen;
  for (const RelationFact& r : f.relations) {
    EXPECT_LE(r.evidence.text.size(), 1100u);
    EXPECT_TRUE(seen.insert({r.type, r.from, r.to}).second) << r.type;
  }
  for (const EventFact& e : f.events) EXPECT_LE(e.summary.size(), 310u);
}

TEST_F(ExtractorTest, MentionedInCarriesTheSentenceOfTheFirstMention) {
  std::vector<DocFacts> docs = {
      Run("Opening words.\n\nNASA astronaut Jane Doerty flew. Doerty landed.",
          "a.txt")};
  absl::StatusOr<Graph> g = BuildCorpusGraph(docs);
  ASSERT_TRUE(g.ok()) << g.status();
  TypeId mentioned = *g->FindType("MENTIONED_IN");
  KeyId name = g->name_key(), sentence = *g->FindKey("sentence");
  int checked = 0;
  g->ForEachRelationship([&](RelId r) {
    if (g->Type(r) != mentioned) return;
    const Value* n = g->Property(g->Source(r), name);
    if (n == nullptr || n->AsString() != "Jane Doerty") return;
    EXPECT_EQ(g->Property(r, sentence)->AsString(),
              "NASA astronaut Jane Doerty flew.");
    ++checked;
  });
  EXPECT_EQ(checked, 1);
}

// SCHEMA: `doc` is a list on every relationship and event, even with one
// supporting document, so `'a.txt' IN r.doc` works everywhere.
TEST_F(ExtractorTest, DocIsAlwaysAListOfDocumentIds) {
  std::vector<DocFacts> docs = {
      Run("NASA astronaut Jane Doerty flew. Russia announced sanctions "
          "against Ukraine on May 3, 2021.",
          "a.txt")};
  absl::StatusOr<Graph> g = BuildCorpusGraph(docs);
  ASSERT_TRUE(g.ok()) << g.status();
  KeyId doc = *g->FindKey("doc");
  int relationships = 0, nodes = 0;
  g->ForEachRelationship([&](RelId r) {
    const Value* v = g->Property(r, doc);
    if (v == nullptr) return;
    ++relationships;
    ASSERT_TRUE(v->is_list()) << v->ToString();
    ASSERT_EQ(v->AsList().size(), 1u);
    EXPECT_EQ(v->AsList()[0].AsString(), "a.txt");
  });
  g->ForEachNode([&](NodeId n) {
    const Value* v = g->Property(n, doc);
    if (v == nullptr) return;
    ++nodes;
    EXPECT_TRUE(v->is_list()) << v->ToString();
  });
  EXPECT_GT(relationships, 0);
  EXPECT_GT(nodes, 0);  // the event
}

// The corpus graph's launch events, each as the number of documents that
// report it, in ascending order; empty when the graph cannot be built.
std::vector<size_t> LaunchReportCounts(const std::vector<DocFacts>& docs) {
  absl::StatusOr<Graph> g = BuildCorpusGraph(docs);
  if (!g.ok()) return {};
  KeyId kind = *g->FindKey("kind"), docs_key = *g->FindKey("docs");
  std::vector<size_t> launches;
  g->ForEachNode([&](NodeId n) {
    const Value* k = g->Property(n, kind);
    if (k == nullptr || !k->is_string() || k->AsString() != "launch") return;
    launches.push_back(g->Property(n, docs_key)->AsList().size());
  });
  std::sort(launches.begin(), launches.end());
  return launches;
}

// The same happening told by two documents is one Event node listing both;
// an undated report and a different vehicle stay apart.
TEST_F(ExtractorTest, OneEventNodeForTheSameHappeningInTwoDocuments) {
  std::vector<DocFacts> docs = {
      Run("Soyuz MS-31 lifted off from Baikonur on April 2, 2024.", "a.txt"),
      Run("Soyuz MS-31 was launched from Baikonur on April 2, 2024, with "
          "three people aboard.",
          "b.txt"),
      Run("Soyuz MS-32 lifted off from Baikonur on April 2, 2024.", "c.txt")};
  EXPECT_EQ(LaunchReportCounts(docs), (std::vector<size_t>{1, 2}));
}

// A message quoting another repeats its report word for word: the quoted
// report is the same happening even with no date to tie them, while the
// same flight told in other words without a date stays apart.
TEST_F(ExtractorTest, AReportQuotedInAnotherMessageIsTheSameEvent) {
  std::vector<DocFacts> docs = {
      Run("As the forecast had it, Soyuz MS-31 lifted off from Baikonur "
          "with a new crew and a load of fresh fruit for the station.",
          "a.txt"),
      Run("> As the forecast had it, Soyuz MS-31 lifted off from Baikonur "
          "with a\n> new crew and a load of fresh fruit for the station.\n\n"
          "I watched it.",
          "b.txt"),
      Run("Soyuz MS-31 lifted off from Baikonur carrying three people.",
          "c.txt")};
  EXPECT_EQ(LaunchReportCounts(docs), (std::vector<size_t>{1, 2}));
}

TEST(TransliterationKeyTest, CommonSpellingVariantsMeet) {
  EXPECT_EQ(TransliterationKey("Sergei Prokopyev"),
            TransliterationKey("Sergey Prokopiev"));
  EXPECT_EQ(TransliterationKey("Dmitry Rogozin"),
            TransliterationKey("Dmitri Rogosin"));
  EXPECT_NE(TransliterationKey("Mark Kelly"),
            TransliterationKey("Scott Kelly"));
}

TEST_F(ExtractorTest, CorpusJoinsTransliterationsAndLoneSurnames) {
  std::vector<DocFacts> docs = {
      Run("Russian cosmonaut Sergei Prokopyev flew.", "a.txt"),
      Run("Russian cosmonaut Sergey Prokopiev landed.", "b.txt"),
      Run("\"It went well,\" Prokopyev said.", "c.txt")};
  absl::StatusOr<Graph> g = BuildCorpusGraph(docs);
  ASSERT_TRUE(g.ok()) << g.status();
  int persons = 0;
  LabelId person = *g->FindLabel("Person");
  g->ForEachNode([&](NodeId n) {
    if (g->HasLabel(n, person)) ++persons;
  });
  EXPECT_EQ(persons, 1);
}

TEST(DocFactsJsonTest, RoundTripsAndRefusesBadIndexes) {
  DocFacts f;
  f.id = "a.txt";
  f.entities.push_back({{"Person"}, "A B", {"B"}, {{"title", "x"}}, {}});
  f.entities.push_back({{"Country"}, "Russia", {}, {}, {}});
  RelationFact r;
  r.type = "CITIZEN_OF";
  r.from = 0;
  r.to = 1;
  r.evidence = {0, 1, 5, "A B is Russian."};
  f.relations.push_back(r);
  std::string line = DocFactsToJson(f);
  absl::StatusOr<DocFacts> back = ParseDocFacts(line, "x:1");
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(DocFactsToJson(*back), line);
  std::string bad = line;
  bad.replace(bad.find("\"to\":1"), 6, "\"to\":7");
  absl::StatusOr<DocFacts> err = ParseDocFacts(bad, "shard.jsonl:3");
  ASSERT_FALSE(err.ok());
  EXPECT_THAT(std::string(err.status().message()),
              HasSubstr("shard.jsonl:3: $.relations[0].to"));
  EXPECT_FALSE(ParseDocFacts("{not json", "x:2").ok());
  EXPECT_FALSE(ParseDocFacts("[1]", "x:3").ok());
}

}  // namespace
}  // namespace kg
