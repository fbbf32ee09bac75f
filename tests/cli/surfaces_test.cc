// End-to-end tests of the surfaces around queries: corpus/queries on a small
// graph made the way SCHEMA.md says the extractor makes it, --render, hints,
// and subcommands without -g.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/cli/kg_binary_test.h"
#include "tests/cli/run_process.h"

namespace kg {
namespace {

namespace fs = std::filesystem;
using ::kg::testing::ProcessResult;
using ::kg::testing::RunProcess;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// A few facts of each kind the example queries ask about.
constexpr char kFixture[] =
    "CREATE (nasa:Organization:Agency {name: 'NASA', country: 'United States', "
    "mentions: 12, docs: ['a.txt', 'b.txt']}),\n"
    "       (ros:Organization:Agency {name: 'Roscosmos', country: 'Russia', "
    "mentions: 20, docs: ['a.txt', 'b.txt', 'c.txt']}),\n"
    "       (spx:Organization {name: 'SpaceX', kind: 'company', mentions: 3, "
    "docs: ['a.txt']}),\n"
    "       (us:Country {name: 'United States'}), (ru:Country {name: "
    "'Russia'}),\n"
    "       (bak:Person:Official {name: 'Dmitry Bakanov', title: 'Director "
    "General'}),\n"
    "       (duf:Person:Official {name: 'Sean Duffy', title: 'acting "
    "administrator'}),\n"
    "       (pes:Person:Official {name: 'Dmitry Peskov', title: "
    "'spokesman'}),\n"
    "       (kik:Person:Astronaut {name: 'Anna Kikina', role: 'cosmonaut'}),\n"
    "       (rub:Person:Astronaut {name: 'Frank Rubio', role: 'astronaut'}),\n"
    "       (c5:Mission {name: 'Crew-5'}),\n"
    "       (dragon:Spacecraft {name: 'Crew Dragon Endurance', kind: "
    "'capsule'}),\n"
    "       (ms22:Spacecraft {name: 'Soyuz MS-22', kind: 'capsule'}),\n"
    "       (d1:Document {id: 'a.txt', title: 'Roscosmos head meets NASA "
    "chief', date: '2025-07-15'}),\n"
    "       (meet:Event {kind: 'meeting', date: '2025-07-15', summary: "
    "'Bakanov and Duffy meet in Houston', cameo: '04'}),\n"
    "       (sanc:Event {kind: 'sanctions', date: '2018-04-06', summary: 'US "
    "sanctions on Russian officials', cameo: '16'}),\n"
    "       (bak)-[:WORKS_FOR {title: 'Director General'}]->(ros),\n"
    "       (duf)-[:WORKS_FOR {title: 'acting administrator'}]->(nasa),\n"
    "       (kik)-[:WORKS_FOR]->(ros), (rub)-[:WORKS_FOR]->(nasa),\n"
    "       (ros)-[:BASED_IN]->(ru), (nasa)-[:BASED_IN]->(us), "
    "(spx)-[:BASED_IN]->(us),\n"
    "       (kik)-[:CREW_OF]->(c5), (c5)-[:USES]->(dragon), "
    "(dragon)-[:OPERATED_BY]->(spx),\n"
    "       (rub)-[:CREW_OF]->(ms22), (ms22)-[:OPERATED_BY]->(ros),\n"
    "       (bak)-[:MET_WITH {date: '2025-07-15', sentence: 'Bakanov met Duffy "
    "in Houston.'}]->(duf),\n"
    "       (meet)-[:INVOLVES {role: 'participant'}]->(bak), (meet)-[:INVOLVES "
    "{role: 'participant'}]->(duf),\n"
    "       (sanc)-[:INVOLVES {role: 'actor'}]->(us), (sanc)-[:INVOLVES {role: "
    "'target'}]->(ru),\n"
    "       (pes)-[:SAID {quote: 'Cooperation in space is "
    "continuing.'}]->(d1),\n"
    "       (pes)-[:CITIZEN_OF]->(ru),\n"
    "       (nasa)-[:MENTIONED_IN {count: 5}]->(d1), (ros)-[:MENTIONED_IN "
    "{count: 7}]->(d1);\n";

class SurfacesTest : public ::kg::testing::KgBinaryTest {
 protected:
  // Runs corpus/queries/`name` after the fixture, without a snapshot.
  ProcessResult RunExample(const std::string& name) {
    Write("all.cypher", kFixture + ReadPath(std::string(KG_SOURCE_DIR) +
                                            "/corpus/queries/" + name));
    return Kg({"run", Path("all.cypher"), "--format", "csv"});
  }
};

TEST_F(SurfacesTest, WhoMetWhom) {
  ProcessResult r = RunExample("01_meetings.cypher");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("person,met,date,evidence\n"
                               "Dmitry Bakanov,Sean Duffy,2025-07-15,"
                               "Bakanov met Duffy in Houston.\n"));
  EXPECT_THAT(r.out, HasSubstr("2025-07-15,Bakanov and Duffy meet in Houston,"
                               "\"['Dmitry Bakanov', 'Sean Duffy']\"\n"));
}

TEST_F(SurfacesTest, CosmonautsOnAmericanVehiclesAndAstronautsOnRussianOnes) {
  ProcessResult r = RunExample("02_crossed_flights.cypher");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("cosmonaut,flight,vehicle,operator\n"
                               "Anna Kikina,Crew-5,Crew Dragon Endurance,"
                               "SpaceX\nastronaut,"));
  EXPECT_THAT(r.out, HasSubstr("astronaut,flight,vehicle,operator\n"
                               "Frank Rubio,Soyuz MS-22,Soyuz MS-22,"
                               "Roscosmos\n"));
}

TEST_F(SurfacesTest, PoliticalEventsWithTheirActorsAndTargets) {
  ProcessResult r = RunExample("03_political_events.cypher");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("sanctions,2018-04-06,US sanctions on Russian "
                               "officials,\"['United States (actor)', "
                               "'Russia (target)']\"\n"));
  EXPECT_THAT(r.out, HasSubstr("kind,cameo,events\nmeeting,04,1\n"
                               "sanctions,16,1\n"));
}

TEST_F(SurfacesTest, WhoSaidWhatAboutCooperation) {
  ProcessResult r = RunExample("04_quotes.cypher");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Dmitry Peskov,spokesman,[],Cooperation in "
                               "space is continuing.,2025-07-15\n"));
}

TEST_F(SurfacesTest, ShortestPathBetweenTwoOfficials) {
  ProcessResult r = RunExample("05_shortest_path.cypher");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("\"['Dmitry Bakanov', 'Sean Duffy']\",1,"));
  EXPECT_THAT(r.out, HasSubstr("russian,american,hops\n"
                               "Dmitry Bakanov,Sean Duffy,1\n"
                               "Dmitry Peskov,Sean Duffy,3\n"));
}

TEST_F(SurfacesTest, AgenciesRankedByMentions) {
  ProcessResult r = RunExample("06_agencies.cypher");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("agency,country,mentions,documents,people\n"
                               "Roscosmos,Russia,20,3,2\n"
                               "NASA,United States,12,2,2\n"));
}

TEST_F(SurfacesTest, EveryCommandWorksWithoutAGraph) {
  ProcessResult r = Kg({"stats"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, StartsWith("nodes          0\nrelationships  0\n"));
  r = Kg({"export", "--format", "jsonl"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  r = Kg({"query", "--format", "csv", "CREATE (a:X) RETURN count(a) AS n"});
  EXPECT_EQ(r.out, "n\n1\n");
}

TEST_F(SurfacesTest, RenderDrawsQueryRunAndExportResults) {
  if (!fs::exists("/usr/bin/dot")) GTEST_SKIP() << "Graphviz is not installed";
  Write("net.cypher", std::string(kFixture) +
                          "MATCH p = (:Person)-[:WORKS_FOR]->(:Agency) "
                          "RETURN p;\n"
                          "MATCH (a:Agency)-[b:BASED_IN]->() RETURN b;\n");
  ProcessResult r =
      Kg({"run", Path("net.cypher"), "--render", "svg", "-o", Path("net.svg")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  std::string svg = Read("net.svg");
  // Both statements' elements are in the one picture.
  EXPECT_THAT(svg, HasSubstr("Anna Kikina"));
  EXPECT_THAT(svg, HasSubstr("WORKS_FOR"));
  EXPECT_THAT(svg, HasSubstr("BASED_IN"));
  EXPECT_THAT(svg, HasSubstr(">Labels<"));

  r = Kg({"query", "--render", "png", "-o", Path("one.png"),
          "CREATE p = (:A {name: 'x'})-[:R]->(:B {name: 'y'}) RETURN p"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Read("one.png").substr(1, 3), "PNG");

  r = Kg({"export", "--render", "pdf", "-o", Path("empty.pdf")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Read("empty.pdf").substr(0, 4), "%PDF");

  r = Kg({"query", "--render", "svg", "RETURN 1"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "kg: error: --render needs a file: use -o FILE\n");
}

TEST_F(SurfacesTest, DotOfHostileNamesIsAcceptedByGraphviz) {
  if (!fs::exists("/usr/bin/dot")) GTEST_SKIP() << "Graphviz is not installed";
  Write("h.cypher",
        "CREATE (:`Odd \"Label\"\\` {name: 'say \"hi\"\\\\'})"
        "-[:`<b>T</b>`]->(:Person {name: 'two\\nlines <br/> & </table>'}),"
        "(:Person {name: '}\\\"]; x -> y [label=\"'})"
        "-[:`T\\\\`]->(:Person {name: 'Баканов «Роскосмос» — глава\\\\'});\n"
        "MATCH p = ()-->() RETURN p;\n");
  ProcessResult r = Kg({"run", Path("h.cypher"), "--format", "dot"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ProcessResult d = RunProcess({"/usr/bin/dot", "-Tsvg"}, r.out);
  EXPECT_EQ(d.exit_code, 0) << d.err << r.out;
  EXPECT_EQ(d.err, "") << r.out;
  EXPECT_THAT(d.out, HasSubstr("Баканов «Роскосмос» — глава"));
}

TEST_F(SurfacesTest, QueryHintsAtAMisspeltLabel) {
  Write("q.cypher", std::string(kFixture) +
                        "MATCH (a:Agncy) RETURN a.name;\n"
                        "RETURN toUper('x');\n");
  ProcessResult r =
      Kg({"run", Path("q.cypher"), "--format", "csv", "--continue-on-error"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("kg: hint: label :Agncy is not in the graph; "
                               "did you mean :Agency?\n"));
  EXPECT_THAT(r.err, HasSubstr("kg: hint: there is no function toUper(); did "
                               "you mean toUpper()?\n"));
}

TEST_F(SurfacesTest, WhoHeadedEachAgencyOnADay) {
  Write("heads.cypher",
        "CREATE (ros:Organization:Agency {name: 'Roscosmos'}),\n"
        "  (:Person:Official {name: 'Dmitry Rogozin'})-[:WORKS_FOR {title: "
        "'director general', since: '2018-05', until: '2022-07-15', former: "
        "true}]->(ros),\n"
        "  (:Person:Official {name: 'Yuri Borisov'})-[:WORKS_FOR {title: "
        "'head', since: '2022-07-15', until: '2025-02-06'}]->(ros),\n"
        "  (:Person:Official {name: 'Dmitry Bakanov'})-[:WORKS_FOR {title: "
        "'director general', since: '2025-02-06'}]->(ros),\n"
        "  (:Person:Astronaut {name: 'Anna Kikina'})-[:WORKS_FOR {title: "
        "'cosmonaut', since: '2012'}]->(ros);\n" +
            ReadPath(std::string(KG_SOURCE_DIR) +
                     "/corpus/queries/07_as_of.cypher"));
  ProcessResult r = Kg({"run", Path("heads.cypher"), "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("agency,person,title,since\n"
                               "Roscosmos,Yuri Borisov,head,2022-07-15\n"));
}

}  // namespace
}  // namespace kg
