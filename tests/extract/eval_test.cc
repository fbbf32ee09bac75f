// Scoring a graph against gold annotations (corpus/gold/README.md's rules)
// and reading gold files.
#include "extract/eval/eval.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/eval/gold.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace kg {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

constexpr char kDoc[] = "d.txt";

// A gold file for document d.txt from its four lists (JSON array bodies).
std::string GoldJson(const std::string& entities,
                     const std::string& relations = "",
                     const std::string& events = "",
                     const std::string& said = "") {
  return R"({"document": {"id": "d.txt", "title": "T", "source": "S"},)"
         R"( "entities": [)" +
         entities + R"(], "relations": [)" + relations + R"(], "events": [)" +
         events + R"(], "said": [)" + said + "]}";
}

GoldSet Gold(const std::string& json) {
  absl::StatusOr<GoldDocument> doc = ParseGoldDocument(json, "g.json");
  EXPECT_TRUE(doc.ok()) << doc.status();
  GoldSet set;
  if (doc.ok()) set.documents.push_back(*std::move(doc));
  return set;
}

// Builds the extracted side with SCHEMA.md's properties.
class EvalTest : public ::testing::Test {
 protected:
  NodeId Entity(std::vector<std::string> labels, const std::string& name,
                std::vector<std::string> aliases = {},
                Value docs = Value::List({Value::String(kDoc)})) {
    std::vector<LabelId> ids;
    for (const std::string& l : labels) ids.push_back(g_.InternLabel(l));
    NodeId n = g_.AddNode(ids);
    Set(n, "name", Value::String(name));
    ValueList list;
    for (const std::string& a : aliases) list.push_back(Value::String(a));
    Set(n, "aliases", Value::List(list));
    Set(n, "docs", docs);
    return n;
  }
  NodeId Event(const std::string& kind, const std::string& date = "") {
    NodeId n = g_.AddNode({g_.InternLabel("Event")});
    Set(n, "kind", Value::String(kind));
    if (!date.empty()) Set(n, "date", Value::String(date));
    Set(n, "docs", Value::List({Value::String(kDoc)}));
    return n;
  }
  RelId Rel(NodeId a, NodeId b, const std::string& type,
            Value doc = Value::String(kDoc)) {
    absl::StatusOr<RelId> r = g_.AddRelationship(a, b, g_.InternType(type));
    EXPECT_TRUE(r.ok());
    Set(*r, "doc", doc);
    return *r;
  }
  RelId Involves(NodeId event, NodeId who, const std::string& role) {
    RelId r = Rel(event, who, "INVOLVES");
    Set(r, "role", Value::String(role));
    return r;
  }
  template <typename Id>
  void Set(Id id, const std::string& key, Value v) {
    ASSERT_TRUE(g_.SetProperty(id, g_.InternKey(key), v).ok());
  }

  EvalReport Score(const std::string& gold_json) {
    absl::StatusOr<EvalReport> r = Evaluate(g_, Gold(gold_json));
    EXPECT_TRUE(r.ok()) << r.status();
    return r.ok() ? *r : EvalReport();
  }

  // "FN Country United States" lines of the report's only document.
  static std::vector<std::string> Errors(const EvalReport& r,
                                         const std::string& category) {
    std::vector<std::string> out;
    for (const EvalError& e : r.documents.at(0).errors) {
      if (e.category != category) continue;
      const char* tag = e.kind == EvalError::Kind::kFalseNegative   ? "FN"
                        : e.kind == EvalError::Kind::kFalsePositive ? "FP"
                                                                    : "ATTR";
      out.push_back(std::string(tag) + " " + e.label + " " + e.text);
    }
    return out;
  }

  Graph g_;
};

void ExpectCounts(const EvalCounts& c, int64_t tp, int64_t fp, int64_t fn) {
  EXPECT_EQ(c.tp, tp);
  EXPECT_EQ(c.fp, fp);
  EXPECT_EQ(c.fn, fn);
}

TEST(MatchKeyTest, NormalisesLikeCheckGold) {
  EXPECT_EQ(MatchKey("U.S."), "us");
  EXPECT_EQ(MatchKey("US"), "us");
  EXPECT_EQ(MatchKey("the Kremlin"), "kremlin");
  EXPECT_EQ(MatchKey("The  Kremlin "), "kremlin");
  EXPECT_EQ(MatchKey("theatre"), "theatre");
  EXPECT_EQ(MatchKey("Donald trump"), MatchKey("Donald Trump"));
  EXPECT_EQ(MatchKey("Soyuz MS\u201122"), "soyuz ms-22");  // non-breaking
  EXPECT_EQ(MatchKey("Bakanov\u2013Duffy"), "bakanov-duffy");
  EXPECT_EQ(MatchKey("Russia\u2019s"), "russia's");
  EXPECT_EQ(MatchKey("\uFF2E\uFF21\uFF33\uFF21"), "nasa");  // NFKC full width
  EXPECT_EQ(MatchKey("Kennedy\u00A0Space\n Center"), "kennedy space center");
  EXPECT_EQ(MatchKey("STRA\u00DFE"), "strasse");  // full case folding
}

TEST(QuoteKeyTest, DropsMarksCaseAndTrailingPunctuation) {
  EXPECT_EQ(QuoteKey("\u201CLimitless,\u201D"), "limitless");
  EXPECT_EQ(QuoteKey("\u00ABWe  are\nready.\u00BB"), "we are ready");
  EXPECT_EQ(QuoteKey("it's 'fine'"), "its fine");
}

TEST(QuoteKeyTest, ContainmentNeedsHalfTheLength) {
  EXPECT_TRUE(QuoteKeysMatch("abcd", "abcd"));
  EXPECT_TRUE(QuoteKeysMatch("bc", "abcd"));   // 2 of 4
  EXPECT_FALSE(QuoteKeysMatch("b", "abc"));    // 1 of 3
  EXPECT_FALSE(QuoteKeysMatch("bd", "abcd"));  // not contained
  EXPECT_TRUE(QuoteKeysMatch("\u00E9\u00E9", "a\u00E9\u00E9b"));  // chars
}

TEST(DatesAgreeTest, ComponentsBothGiveMustBeEqual) {
  EXPECT_TRUE(DatesAgree("2018-04", "2018-04-13"));
  EXPECT_FALSE(DatesAgree("2025-07-31", "2025-07-30"));
  EXPECT_FALSE(DatesAgree("2014", "2016"));
  int shared = 0;
  EXPECT_TRUE(DatesAgree("2018-04-13T09:00", "2018-04-13", &shared));
  EXPECT_EQ(shared, 3);
  EXPECT_TRUE(IsGoldDate("2018-04"));
  EXPECT_FALSE(IsGoldDate("2018-4"));
  EXPECT_FALSE(IsGoldDate("2018-13"));
}

TEST_F(EvalTest, EntitiesMatchByNormalisedNameOrAlias) {
  Entity({"Country"}, "US");                          // name = gold alias
  Entity({"Organization"}, "Kremlin");                // "the Kremlin"
  Entity({"Person"}, "Bakanov", {"Dmitri Bakanov"});  // alias = alias
  EvalReport r = Score(GoldJson(
      R"({"labels": ["Country"], "name": "United States", "aliases": ["U.S."]},
         {"labels": ["Organization"], "name": "the Kremlin"},
         {"labels": ["Person"], "name": "Dmitry Bakanov",
          "aliases": ["Dmitri Bakanov"]})"));
  ExpectCounts(r.entities.total, 3, 0, 0);
  EXPECT_EQ(r.EntityF1(), 1.0);
}

TEST_F(EvalTest, PrimaryLabelMustAgree) {
  Entity({"Place"}, "Moscow");
  EvalReport r = Score(GoldJson(
      R"({"labels": ["Country"], "name": "Russia", "aliases": ["Moscow"]})"));
  ExpectCounts(r.entities.total, 0, 1, 1);
  EXPECT_THAT(Errors(r, "entities"),
              ElementsAre("FN Country Russia", "FP Place Moscow"));
}

TEST_F(EvalTest, NameToNameIsPreferredOverNameToAlias) {
  Entity({"Person"}, "Kikina");  // first, but only an alias of the gold
  Entity({"Person"}, "Anna Kikina", {"Kikina"});
  EvalReport r = Score(GoldJson(
      R"({"labels": ["Person"], "name": "Anna Kikina", "aliases": ["Kikina"]})"));
  ExpectCounts(r.entities.total, 1, 1, 0);
  EXPECT_THAT(Errors(r, "entities"), ElementsAre("FP Person Kikina"));
}

TEST_F(EvalTest, MatchingIsOneToOneTiesByNodeOrder) {
  Entity({"Spacecraft"}, "Soyuz MS-22", {"Soyuz"});
  Entity({"Spacecraft"}, "Soyuz rocket", {"Soyuz"});
  EvalReport r =
      Score(GoldJson(R"({"labels": ["Spacecraft"], "name": "Soyuz"})"));
  ExpectCounts(r.entities.total, 1, 1, 0);
  EXPECT_THAT(Errors(r, "entities"), ElementsAre("FP Spacecraft Soyuz rocket"));
}

TEST_F(EvalTest, OptionalEntitiesAreNeitherMissedNorSpurious) {
  Entity({"Country"}, "Japan");
  EvalReport r = Score(GoldJson(
      R"({"labels": ["Country"], "name": "Japan", "optional": true},
         {"labels": ["Country"], "name": "China", "optional": true})"));
  ExpectCounts(r.entities.total, 1, 0, 0);
  EXPECT_THAT(Errors(r, "entities"), IsEmpty());
}

TEST_F(EvalTest, OnlyGoldLabelsAndTheScoredDocumentCount) {
  Entity({"Facility"}, "Launch pad 31");  // a label outside the gold set
  Entity({"Country"}, "France", {}, Value::List({Value::String("o.txt")}));
  Entity({"Country"}, "Japan", {}, Value::String(kDoc));  // docs as a string
  g_.AddNode({g_.InternLabel("Document")});
  Event("launch");
  EvalReport r = Score(GoldJson(R"({"labels": ["Country"], "name": "Japan"})"));
  ExpectCounts(r.entities.total, 1, 0, 0);
}

TEST_F(EvalTest, ExtraLabelsAndAttributesAreScoredOnMatchedPairs) {
  NodeId p = Entity({"Person", "Astronaut"}, "Dmitry Bakanov");
  Set(p, "title", Value::String("Director General of Roscosmos"));
  NodeId a = Entity({"Organization", "Agency"}, "Roscosmos");
  Set(a, "country", Value::String("Russian Federation"));
  Entity({"Country"}, "Russia", {"Russian Federation"});
  EvalReport r = Score(GoldJson(
      R"({"labels": ["Person", "Official"], "name": "Dmitry Bakanov",
          "properties": {"title": "Director General"}},
         {"labels": ["Organization", "Agency"], "name": "Roscosmos",
          "properties": {"country": "Russia"}},
         {"labels": ["Country"], "name": "Russia",
          "aliases": ["Russian Federation"]})"));
  ExpectCounts(r.entities.total, 3, 0, 0);
  ExpectCounts(r.entities.extra_labels["Official"], 0, 0, 1);
  ExpectCounts(r.entities.extra_labels["Astronaut"], 0, 1, 0);
  ExpectCounts(r.entities.extra_labels["Agency"], 1, 0, 0);
  EXPECT_EQ(r.entities.attributes["title"].correct, 1);
  EXPECT_EQ(r.entities.attributes["country"].correct, 1);
  EXPECT_THAT(Errors(r, "entities"),
              ElementsAre("ATTR Person Dmitry Bakanov: label Official missing",
                          "ATTR Person Dmitry Bakanov: label Astronaut not in "
                          "gold"));
}

constexpr char kCrew[] =
    R"({"labels": ["Person"], "name": "Oleg Platonov"},
       {"labels": ["Mission"], "name": "Crew-11"},
       {"labels": ["Country"], "name": "Russia"})";

TEST_F(EvalTest, MeetingsAndDockingsMatchInEitherDirectionOnce) {
  NodeId a = Entity({"Person"}, "Ruth Kessler");
  NodeId b = Entity({"Person"}, "Pavel Orlovsky");
  NodeId x = Entity({"Spacecraft"}, "Soyuz MS-40");
  NodeId y = Entity({"Spacecraft"}, "Zvezda");
  Rel(b, a, "MET_WITH");
  Rel(a, b, "MET_WITH");  // the same meeting told the other way round
  Rel(y, x, "DOCKED_WITH");
  Rel(b, x, "CREW_OF");  // not symmetric: the other way is no match
  EvalReport r = Score(GoldJson(
      R"({"name": "Ruth Kessler", "labels": ["Person"]},
         {"name": "Pavel Orlovsky", "labels": ["Person"]},
         {"name": "Soyuz MS-40", "labels": ["Spacecraft"]},
         {"name": "Zvezda", "labels": ["Spacecraft"]})",
      R"({"type": "MET_WITH", "from": "Ruth Kessler", "to": "Pavel Orlovsky",
          "sentence": "s"},
         {"type": "DOCKED_WITH", "from": "Soyuz MS-40", "to": "Zvezda",
          "sentence": "s"},
         {"type": "CREW_OF", "from": "Soyuz MS-40", "to": "Pavel Orlovsky",
          "sentence": "s"})"));
  ExpectCounts(r.relations.total, 2, 1, 1);
}

TEST_F(EvalTest, RelationsNeedMatchedEndsAndRepeatsCountOnce) {
  NodeId p = Entity({"Person"}, "Platonov");
  Set(p, "aliases", Value::List({Value::String("Oleg Platonov")}));
  NodeId m = Entity({"Mission"}, "Crew\u201111");
  NodeId c = Entity({"Country"}, "Russia");
  Rel(p, m, "CREW_OF");
  Rel(p, m, "CREW_OF",
      Value::List({Value::String("o.txt"), Value::String(kDoc)}));  // a repeat
  Rel(m, c, "BASED_IN");                            // not in gold
  Rel(m, c, "BASED_IN");                            // its repeat
  Rel(p, c, "CITIZEN_OF", Value::String("o.txt"));  // another document
  Rel(p, c, "KNOWS");                               // not a gold type
  EvalReport r = Score(GoldJson(kCrew,
                                R"({"type": "CREW_OF", "from": "Oleg Platonov",
                                    "to": "Crew-11", "sentence": "s"},
                                   {"type": "CITIZEN_OF", "from": "Oleg Platonov",
                                    "to": "Russia", "sentence": "s"})"));
  ExpectCounts(r.relations.total, 1, 1, 1);
  EXPECT_THAT(Errors(r, "relations"),
              ElementsAre("FP BASED_IN Crew\u201111 -> Russia",
                          "FN CITIZEN_OF Oleg Platonov -> Russia"));
}

TEST_F(EvalTest, OptionalRelationsCountOnlyWhenFound) {
  NodeId p = Entity({"Person"}, "Oleg Platonov");
  NodeId c = Entity({"Country"}, "Russia");
  Entity({"Mission"}, "Crew-11");
  RelId r = Rel(p, c, "CITIZEN_OF", Value::List({Value::String(kDoc)}));
  Set(r, "planned", Value::Bool(true));
  EvalReport rep = Score(GoldJson(
      kCrew,
      R"({"type": "CITIZEN_OF", "from": "Oleg Platonov", "to": "Russia",
          "optional": true, "sentence": "s"},
         {"type": "CREW_OF", "from": "Oleg Platonov", "to": "Crew-11",
          "optional": true, "sentence": "s"})"));
  ExpectCounts(rep.relations.total, 1, 0, 0);
  EXPECT_EQ(rep.relations.attributes["planned"].correct, 0);
}

TEST_F(EvalTest, APostsTimeIsScoredWhereTheGoldGivesIt) {
  NodeId a = Entity({"Person"}, "Ivan Petrenko");
  NodeId b = Entity({"Person"}, "Oleg Savin");
  NodeId o = Entity({"Organization"}, "Roscosmos");
  RelId ra = Rel(a, o, "WORKS_FOR");
  Set(ra, "since", Value::String("2019-05-02"));  // gold: 2019-05
  RelId rb = Rel(b, o, "WORKS_FOR");
  Set(rb, "since", Value::String("2015"));  // gold gives none: not scored
  Set(rb, "until", Value::String("2018"));  // gold: 2019
  Set(rb, "former", Value::Bool(true));
  EvalReport rep = Score(GoldJson(
      R"({"name": "Ivan Petrenko", "labels": ["Person"]},
         {"name": "Oleg Savin", "labels": ["Person"]},
         {"name": "Roscosmos", "labels": ["Organization"]})",
      R"({"type": "WORKS_FOR", "from": "Ivan Petrenko", "to": "Roscosmos",
          "sentence": "s", "properties": {"since": "2019-05"}},
         {"type": "WORKS_FOR", "from": "Oleg Savin", "to": "Roscosmos",
          "sentence": "s", "properties": {"until": "2019", "former": true}})"));
  ExpectCounts(rep.relations.total, 2, 0, 0);
  EXPECT_EQ(rep.relations.attributes["since"].total, 1);
  EXPECT_EQ(rep.relations.attributes["since"].correct, 1);
  EXPECT_EQ(rep.relations.attributes["until"].total, 1);
  EXPECT_EQ(rep.relations.attributes["until"].correct, 0);
  EXPECT_EQ(rep.relations.attributes["former"].total, 2);
  EXPECT_EQ(rep.relations.attributes["former"].correct, 2);
}

// A gold file with one event of `kind` keyed on the United States.
std::string OneEvent(const std::string& date_members) {
  return GoldJson(
      R"({"labels": ["Country"], "name": "United States"},
         {"labels": ["Country"], "name": "Russia"},
         {"labels": ["Place"], "name": "Salisbury"})",
      "",
      R"({"id": "e1", "kind": "sanctions", "summary": "s", "planned": false,
          "involves": [{"entity": "United States", "role": "actor"},
                       {"entity": "Russia", "role": "target"}],
          "occurred_at": [], "key": ["United States", "Russia"],
          "sentence": "s")" +
          date_members + "}");
}

TEST_F(EvalTest, EventDatesMustBeCompatible) {
  struct Case {
    std::string gold_date;
    std::string extracted;
    bool match;
  };
  const Case cases[] = {
      {"", "1999", true},
      {R"(, "date": "2018-04", "date_basis": "inferred")", "", true},
      {R"(, "date": "2018-04", "date_basis": "text")", "", false},
      {R"(, "date": "2018-04", "date_basis": "text")", "2018-04-13", true},
      {R"(, "date": "2025-07-30", "date_basis": "inferred")", "2025-07-31",
       false},
  };
  for (const Case& c : cases) {
    g_ = Graph();
    NodeId us = Entity({"Country"}, "United States");
    NodeId ru = Entity({"Country"}, "Russia");
    NodeId e = Event("sanctions", c.extracted);
    Involves(e, us, "actor");
    Involves(e, ru, "target");
    EvalReport r = Score(OneEvent(c.gold_date));
    EXPECT_EQ(r.events.total.tp, c.match ? 1 : 0)
        << c.gold_date << " vs " << c.extracted;
  }
}

TEST_F(EvalTest, StrictEventsNeedTheGoldRoles) {
  NodeId us = Entity({"Country"}, "United States");
  NodeId ru = Entity({"Country"}, "Russia");
  NodeId e = Event("sanctions");
  Involves(e, us, "target");
  Involves(e, ru, "actor");
  EvalReport r = Score(OneEvent(""));
  ExpectCounts(r.events.total, 1, 0, 0);
  ExpectCounts(r.events_strict.total, 0, 1, 1);
  EXPECT_EQ(r.StrictEventF1(), 0.0);
  EXPECT_EQ(r.events.attributes["role"].correct, 0);
  EXPECT_EQ(r.events.attributes["role"].total, 2);
}

TEST_F(EvalTest, SchemaEventScoreNeedsOnlyKindAndOneSharedParticipant) {
  NodeId ru = Entity({"Country"}, "Russia");
  NodeId place = Entity({"Place"}, "Salisbury");
  // One key entity missing and the date disagreeing: not a key match, but
  // the kind and Russia are shared.
  NodeId e = Event("sanctions", "1999");
  Involves(e, ru, "actor");
  NodeId by_place = Event("sanctions");
  Rel(by_place, place, "OCCURRED_AT");
  NodeId other_kind = Event("meeting");
  Involves(other_kind, ru, "participant");
  EvalReport r = Score(OneEvent(R"(, "date": "2018", "date_basis": "text")"));
  ExpectCounts(r.events.total, 0, 3, 1);
  // The place is not a participant, and one gold event takes one node: the
  // second sanctions node is a false positive.
  ExpectCounts(r.events_shared.total, 1, 2, 0);
  EXPECT_EQ(r.SharedEventF1(), 0.5);
}

TEST_F(EvalTest, StrictPlaceKeysMustBeOccurredAt) {
  NodeId place = Entity({"Place"}, "Salisbury");
  NodeId e = Event("poisoning");
  Involves(e, place, "target");
  EvalReport r = Score(GoldJson(
      R"({"labels": ["Place"], "name": "Salisbury"})", "",
      R"({"id": "e1", "kind": "poisoning", "summary": "s", "planned": false,
          "involves": [], "occurred_at": ["Salisbury"], "key": ["Salisbury"],
          "sentence": "s"})"));
  ExpectCounts(r.events.total, 1, 0, 0);
  ExpectCounts(r.events_strict.total, 0, 1, 1);
}

TEST_F(EvalTest, EventsPreferTheGoldEventSharingMostEntities) {
  NodeId a = Entity({"Person"}, "A");
  Entity({"Person"}, "B");
  NodeId c = Entity({"Person"}, "C");
  NodeId e = Event("meeting");
  Involves(e, a, "participant");
  Involves(e, c, "participant");
  EvalReport r = Score(GoldJson(
      R"({"labels": ["Person"], "name": "A"}, {"labels": ["Person"], "name": "B"},
         {"labels": ["Person"], "name": "C"})",
      "",
      R"({"id": "e1", "kind": "meeting", "summary": "s", "planned": false,
          "involves": [{"entity": "A", "role": "participant"},
                       {"entity": "B", "role": "participant"}],
          "occurred_at": [], "key": ["A"], "sentence": "s"},
         {"id": "e2", "kind": "meeting", "summary": "s", "planned": false,
          "involves": [{"entity": "A", "role": "participant"},
                       {"entity": "C", "role": "participant"}],
          "occurred_at": [], "key": ["A"], "sentence": "s"})"));
  ExpectCounts(r.events.total, 1, 0, 1);
  EXPECT_THAT(Errors(r, "events"), ElementsAre("FN meeting e1 A"));
}

constexpr char kPeskov[] =
    R"({"labels": ["Person"], "name": "Dmitry Peskov", "aliases": ["Peskov"]},
       {"labels": ["Person"], "name": "Jon Huntsman"})";

TEST_F(EvalTest, SaidQuotesMatchByContainmentOfAtLeastHalf) {
  NodeId peskov = Entity({"Person"}, "Peskov");
  NodeId doc = g_.AddNode({g_.InternLabel("Document")});
  Set(Rel(peskov, doc, "SAID"), "quote",
      Value::String("\u201Cthere are no problems.\u201D"));
  Set(Rel(peskov, doc, "SAID"), "quote", Value::String("problems"));
  EvalReport r = Score(GoldJson(kPeskov, "", "",
                                R"({"person": "Dmitry Peskov",
                         "quote": "There are no problems, he said"}, 
                        {"person": "Dmitry Peskov", "quote": "No comment"})"));
  ExpectCounts(r.said.total, 1, 1, 1);
  EXPECT_THAT(Errors(r, "said"), ElementsAre("FN Dmitry Peskov \"No comment\"",
                                             "FP Peskov \"problems\""));
}

TEST_F(EvalTest, SaidNeedsTheMatchedSpeaker) {
  Entity({"Person"}, "Peskov");
  NodeId huntsman = Entity({"Person"}, "Jon Huntsman");
  NodeId doc = g_.AddNode({g_.InternLabel("Document")});
  Set(Rel(huntsman, doc, "SAID"), "quote", Value::String("limitless"));
  EvalReport r = Score(GoldJson(
      kPeskov, "", "", R"({"person": "Dmitry Peskov", "quote": "limitless"})"));
  ExpectCounts(r.said.total, 0, 1, 1);
}

TEST_F(EvalTest, DocumentAbsentFromTheGraphIsAllFalseNegatives) {
  Entity({"Country"}, "Japan", {}, Value::List({Value::String("o.txt")}));
  EvalReport r = Score(GoldJson(R"({"labels": ["Country"], "name": "Japan"})"));
  EXPECT_FALSE(r.documents.at(0).in_graph);
  ExpectCounts(r.entities.total, 0, 0, 1);
}

TEST_F(EvalTest, DocFilterSelectsAndRejectsUnknownIds) {
  GoldSet gold = Gold(GoldJson(R"({"labels": ["Country"], "name": "Japan"})"));
  EvaluateOptions only;
  only.documents = {"d"};
  absl::StatusOr<EvalReport> r = Evaluate(g_, gold, only);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->documents.size(), 1u);
  only.documents = {"x.txt"};
  r = Evaluate(g_, gold, only);
  EXPECT_EQ(r.status().message(),
            "no gold document 'x.txt'; the gold documents are d.txt");
}

TEST(GoldReaderTest, MalformedFilesNameTheFileAndMember) {
  struct Case {
    std::string json;
    std::string error;
  };
  const Case cases[] = {
      {"{\n  \"document\": }", "g.json:2:15: invalid JSON: Invalid value."},
      {"[]", "g.json: expected a JSON object"},
      {R"({"document": {"id": "d.txt"}, "entities": [], "relations": [],
           "events": []})",
       "g.json: missing member 'said'"},
      {GoldJson(R"({"labels": ["Country"], "name": "X", "colour": "red"})"),
       "g.json: entities[0]: unknown member 'colour' (expected one of labels, "
       "name, aliases, demonyms, properties, optional, note)"},
      {GoldJson(R"({"labels": ["Event"], "name": "X"})"),
       "g.json: entities[0].labels: first label 'Event' is not one of "
       "Country, Place, Organization, Person, Spacecraft, Mission"},
      {GoldJson(R"({"labels": ["Country"], "name": "X", "aliases": "Y"})"),
       "g.json: entities[0].aliases: expected a list of strings"},
      {GoldJson(R"({"labels": ["Country"], "name": "X"})",
                R"({"type": "BASED_IN", "from": "X", "to": "Y"})"),
       "g.json: relations[0].to: 'Y' is not an entity in this file"},
      {GoldJson(R"({"labels": ["Country"], "name": "X"})", "",
                R"({"id": "e1", "kind": "other", "planned": false,
                    "involves": [{"entity": "X", "role": "boss"}],
                    "occurred_at": [], "key": ["X"]})"),
       "g.json: events[0].involves[0].role: 'boss' is not actor, target or "
       "participant"},
      {GoldJson(R"({"labels": ["Country"], "name": "X"})", "",
                R"({"id": "e1", "kind": "other", "planned": false,
                    "date": "2018-4", "date_basis": "text",
                    "involves": [], "occurred_at": ["X"], "key": ["X"]})"),
       "g.json: events[0].date: '2018-4' is not YYYY, YYYY-MM or YYYY-MM-DD"},
      {GoldJson(R"({"labels": ["Country"], "name": "X"})", "", "",
                R"({"person": "X", "quote": 7})"),
       "g.json: said[0].quote: expected a string"},
  };
  for (const Case& c : cases) {
    absl::StatusOr<GoldDocument> d = ParseGoldDocument(c.json, "g.json");
    ASSERT_FALSE(d.ok()) << c.json;
    EXPECT_EQ(d.status().message(), c.error);
  }
}

TEST(GoldReaderTest, ReadsAFolderOfJsonFilesOrOneFile) {
  fs::path dir = fs::path(::testing::TempDir()) / "kg_gold_reader_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream(dir / name) << text;
  };
  std::string a = GoldJson(R"({"labels": ["Country"], "name": "X"})");
  write("b.json", a);
  write("README.md", "not gold");
  std::string other = a;
  other.replace(other.find("d.txt"), 5, "c.txt");
  write("a.json", other);
  absl::StatusOr<GoldSet> set = ReadGold(dir.string());
  ASSERT_TRUE(set.ok()) << set.status();
  ASSERT_EQ(set->documents.size(), 2u);
  EXPECT_EQ(set->documents[0].id, "c.txt");  // a.json comes first
  EXPECT_EQ(set->documents[1].entities.at(0).name, "X");

  set = ReadGold((dir / "b.json").string());
  ASSERT_TRUE(set.ok());
  EXPECT_EQ(set->documents.size(), 1u);

  write("c.json", a);  // a second file for d.txt
  set = ReadGold(dir.string());
  EXPECT_THAT(set.status().message(),
              HasSubstr("c.json: document.id: 'd.txt' is also the document "
                        "of "));
  EXPECT_EQ(ReadGold((dir / "none").string()).status().message(),
            "no such gold file or folder: " + (dir / "none").string());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace kg
