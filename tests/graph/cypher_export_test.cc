// WriteCypher: the exact script for a small graph, and literal forms that
// survive any string, number or name.
#include <cmath>
#include <limits>
#include <sstream>
#include <string>

#include "graph/export.h"
#include "gtest/gtest.h"
#include "tests/graph/export_fixtures.h"

namespace kg {
namespace {

using export_test::Set;

std::string Cypher(const Graph& g) {
  std::ostringstream out;
  EXPECT_TRUE(WriteCypher(g, out).ok());
  return out.str();
}

// The map literal of a lone node holding `p`, without the import id.
std::string Literal(Value v) {
  Graph g;
  Set(g, g.AddNode(), "p", std::move(v));
  std::string text = Cypher(g);
  size_t begin = text.find("{`p`: ") + 6;
  return text.substr(begin, text.find(", `UNIQUE IMPORT ID`") - begin);
}

constexpr std::string_view kHeader =
    "// On a big graph, first index the temporary import ids:\n"
    "//   Neo4j 5:  CREATE INDEX FOR (n:`UNIQUE IMPORT LABEL`) ON "
    "(n.`UNIQUE IMPORT ID`)\n"
    "//   Memgraph: CREATE INDEX ON :`UNIQUE IMPORT LABEL`(`UNIQUE IMPORT "
    "ID`)\n";

TEST(CypherExportTest, SmallGraphExactly) {
  EXPECT_EQ(Cypher(export_test::SmallGraph()),
            "// kg graph export: a Cypher script of 2 nodes and 1 relationship "
            "for Neo4j, Memgraph or kg.\n" +
                std::string(kHeader) +
                "CREATE (:`Person`:`Official`:`UNIQUE IMPORT LABEL` {`born`: "
                "1975, `name`: 'Dmitry Bakanov', `UNIQUE IMPORT ID`: 0});\n"
                "CREATE (:`Organization`:`Agency`:`UNIQUE IMPORT LABEL` "
                "{`budget`: 1.0, `name`: 'Roscosmos', `UNIQUE IMPORT ID`: "
                "2});\n"
                "MATCH (a:`UNIQUE IMPORT LABEL` {`UNIQUE IMPORT ID`: 0}), "
                "(b:`UNIQUE IMPORT LABEL` {`UNIQUE IMPORT ID`: 2}) CREATE "
                "(a)-[:`WORKS_FOR` {`title`: 'Director General'}]->(b);\n"
                "MATCH (n:`UNIQUE IMPORT LABEL`) REMOVE n:`UNIQUE IMPORT "
                "LABEL`, n.`UNIQUE IMPORT ID`;\n");
}

TEST(CypherExportTest, BareNodeAndRelationship) {
  Graph g;
  NodeId a = g.AddNode();
  export_test::Link(g, a, a, "SELF");
  EXPECT_EQ(Cypher(g),
            "// kg graph export: a Cypher script of 1 node and 1 relationship "
            "for Neo4j, Memgraph or kg.\n" +
                std::string(kHeader) +
                "CREATE (:`UNIQUE IMPORT LABEL` {`UNIQUE IMPORT ID`: 0});\n"
                "MATCH (a:`UNIQUE IMPORT LABEL` {`UNIQUE IMPORT ID`: 0}), "
                "(b:`UNIQUE IMPORT LABEL` {`UNIQUE IMPORT ID`: 0}) CREATE "
                "(a)-[:`SELF`]->(b);\n"
                "MATCH (n:`UNIQUE IMPORT LABEL`) REMOVE n:`UNIQUE IMPORT "
                "LABEL`, n.`UNIQUE IMPORT ID`;\n");
}

// A graph that already uses the temporary label and key keeps them: the
// script ties relationships to their ends with free names instead, so its
// final REMOVE strips only what the script added.
TEST(CypherExportTest, ImportNamesAvoidTheGraphsOwnNames) {
  Graph g;
  NodeId a = g.AddNode({g.InternLabel("UNIQUE IMPORT LABEL")});
  Set(g, a, "UNIQUE IMPORT ID", Value::Int(7));
  g.InternLabel("UNIQUE IMPORT LABEL 2");
  export_test::Link(g, a, a, "SELF");
  std::string script = Cypher(g);
  EXPECT_NE(
      script.find("CREATE (:`UNIQUE IMPORT LABEL`:`UNIQUE IMPORT LABEL "
                  "3` {`UNIQUE IMPORT ID`: 7, `UNIQUE IMPORT ID 2`: 0});"),
      std::string::npos)
      << script;
  EXPECT_NE(script.find("MATCH (n:`UNIQUE IMPORT LABEL 3`) REMOVE "
                        "n:`UNIQUE IMPORT LABEL 3`, n.`UNIQUE IMPORT ID 2`;"),
            std::string::npos)
      << script;
}

TEST(CypherExportTest, StringLiteralsEscapeEverythingUnsafe) {
  EXPECT_EQ(Literal(Value::String("it's \"q\" \\ end\\")),
            R"('it\'s "q" \\ end\\')");
  EXPECT_EQ(Literal(Value::String("a\nb\r\tc")), R"('a\nb\r\tc')");
  EXPECT_EQ(Literal(Value::String(std::string("\0\x01\x1b\x7f", 4))),
            R"('\u0000\u0001\u001B\u007F')");
  EXPECT_EQ(Literal(Value::String("Zoë 🚀 // ; `")), "'Zoë 🚀 // ; `'");
  EXPECT_EQ(Literal(Value::String("bad \xff")), "'bad \xEF\xBF\xBD'");
}

TEST(CypherExportTest, NumberLiteralsKeepTheirKind) {
  EXPECT_EQ(Literal(Value::Int(-42)), "-42");
  EXPECT_EQ(Literal(Value::Int(std::numeric_limits<int64_t>::min())),
            "(-9223372036854775807 - 1)");
  EXPECT_EQ(Literal(Value::Float(1.0)), "1.0");
  EXPECT_EQ(Literal(Value::Float(1e300)), "1e300");
  EXPECT_EQ(Literal(Value::Float(-2.5e-300)), "-2.5e-300");
  EXPECT_EQ(Literal(Value::Float(std::nan(""))), "0.0/0.0");
  EXPECT_EQ(Literal(Value::Float(std::numeric_limits<double>::infinity())),
            "1.0/0.0");
  EXPECT_EQ(Literal(Value::Float(-std::numeric_limits<double>::infinity())),
            "-1.0/0.0");
  EXPECT_EQ(Literal(Value::Bool(false)), "false");
  EXPECT_EQ(Literal(Value::List({Value::Int(1), Value::Float(2.0),
                                 Value::String("x"), Value::Bool(true)})),
            "[1, 2.0, 'x', true]");
}

TEST(CypherExportTest, IdentifiersAreBacktickedWithBackticksDoubled) {
  Graph g;
  NodeId n = g.AddNode({g.InternLabel("we`ird label")});
  Set(g, n, "key`s", Value::Int(1));
  export_test::Link(g, n, n, "HAS `TYPE`");
  std::string text = Cypher(g);
  EXPECT_NE(text.find("CREATE (:`we``ird label`:`UNIQUE IMPORT LABEL` "
                      "{`key``s`: 1, `UNIQUE IMPORT ID`: 0});\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("CREATE (a)-[:`HAS ``TYPE```]->(b);\n"),
            std::string::npos)
      << text;
}

TEST(CypherExportTest, EveryStatementIsOneLine) {
  // Newlines in strings are escaped, so a line-based client can split the
  // script: each line after the comments is one statement ending in ';'.
  std::string text = Cypher(export_test::AllKindsGraph());
  std::istringstream lines(text);
  std::string line;
  int statements = 0;
  while (std::getline(lines, line)) {
    if (line.starts_with("//")) continue;
    EXPECT_TRUE(line.ends_with(");") || line.ends_with("`;")) << line;
    ++statements;
  }
  EXPECT_EQ(statements, 3 + 2 + 1);  // nodes, relationships, cleanup
}

TEST(CypherExportTest, TemporalValuesAreCallsOnTheirText) {
  EXPECT_EQ(Literal(Value::FromDate(temporal::Date{16637})),
            "date('2015-07-21')");
  EXPECT_EQ(Literal(Value::FromLocalDateTime(temporal::LocalDateTime{0, 5})),
            "localdatetime('1970-01-01T00:00:00.000000005')");
}

}  // namespace
}  // namespace kg
