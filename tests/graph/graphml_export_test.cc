// WriteGraphMl: exact output for a small graph, key typing, and well-formed
// XML 1.0 for any string, checked by tests/graph/xml_check.h.
#include <sstream>
#include <string>

#include "graph/export.h"
#include "gtest/gtest.h"
#include "tests/graph/export_fixtures.h"
#include "tests/graph/xml_check.h"

namespace kg {
namespace {

using export_test::Set;
using export_test::XmlChecker;

std::string GraphMl(const Graph& g) {
  std::ostringstream out;
  EXPECT_TRUE(WriteGraphMl(g, out).ok());
  return out.str();
}

constexpr std::string_view kHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
    "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    "<key id=\"labels\" for=\"node\" attr.name=\"labels\" "
    "attr.type=\"string\"/>\n";

TEST(GraphMlExportTest, SmallGraphExactly) {
  EXPECT_EQ(GraphMl(export_test::SmallGraph()),
            std::string(kHead) +
                R"(<key id="d0" for="node" attr.name="born" attr.type="long"/>
<key id="d1" for="node" attr.name="budget" attr.type="double"/>
<key id="d2" for="node" attr.name="name" attr.type="string"/>
<key id="label" for="edge" attr.name="label" attr.type="string"/>
<key id="d3" for="edge" attr.name="title" attr.type="string"/>
<graph id="G" edgedefault="directed">
<node id="n0" labels=":Person:Official"><data key="labels">:Person:Official</data><data key="d0">1975</data><data key="d2">Dmitry Bakanov</data></node>
<node id="n2" labels=":Organization:Agency"><data key="labels">:Organization:Agency</data><data key="d1">1.0</data><data key="d2">Roscosmos</data></node>
<edge id="e0" source="n0" target="n2" label="WORKS_FOR"><data key="label">WORKS_FOR</data><data key="d3">Director General</data></edge>
</graph>
</graphml>
)");
}

TEST(GraphMlExportTest, KeyTypesFollowTheValuesAndListsAreJson) {
  Graph g;
  NodeId a = g.AddNode(), b = g.AddNode();
  Set(g, a, "flag", Value::Bool(true));
  Set(g, a, "num", Value::Int(1));
  Set(g, b, "num", Value::Float(std::nan("")));
  Set(g, a, "mixed", Value::Bool(false));
  Set(g, b, "mixed", Value::Int(7));
  Set(g, a, "tags", Value::List({Value::String("x\"<"), Value::Int(2)}));
  EXPECT_EQ(
      GraphMl(g),
      std::string(kHead) +
          R"(<key id="d0" for="node" attr.name="flag" attr.type="boolean"/>
<key id="d1" for="node" attr.name="mixed" attr.type="string"/>
<key id="d2" for="node" attr.name="num" attr.type="double"/>
<key id="d3" for="node" attr.name="tags" attr.type="string"/>
<key id="label" for="edge" attr.name="label" attr.type="string"/>
<graph id="G" edgedefault="directed">
<node id="n0"><data key="d0">true</data><data key="d1">false</data><data key="d2">1</data><data key="d3">[&quot;x\&quot;&lt;&quot;,2]</data></node>
<node id="n1"><data key="d1">7</data><data key="d2">NaN</data></node>
</graph>
</graphml>
)");
}

TEST(GraphMlExportTest, TemporalValuesAreStringsOfTheirText) {
  Graph g;
  Set(g, g.AddNode(), "on", Value::FromDate(temporal::Date{16637}));
  const std::string text = GraphMl(g);
  EXPECT_NE(text.find(R"(attr.name="on" attr.type="string")"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find(R"(<data key="d0">2015-07-21</data>)"), std::string::npos)
      << text;
}

TEST(GraphMlExportTest, HostileStringsStayWellFormedAndReadBack) {
  Graph g;
  NodeId prev = g.AddNode();
  for (const std::string& s : export_test::HostileStrings()) {
    NodeId n = g.AddNode({g.InternLabel(s)});
    Set(g, n, s.empty() ? "empty" : s, Value::String(s));
    export_test::Link(g, prev, n, s);
    prev = n;
  }
  std::string xml = GraphMl(g);
  XmlChecker checker;
  ASSERT_EQ(checker.Check(xml), "") << xml;

  // Strings XML can hold come back exactly, in attributes and in text.
  std::string tricky = "it's \"quoted\" <b>html</b> & &amp; ]]>\n\r\t";
  NodeId n = g.AddNode({g.InternLabel(tricky)});
  Set(g, n, "v", Value::String(tricky));
  ASSERT_EQ(checker.Check(GraphMl(g)), "");
  // The new node is last: <node>, <data key="labels">, <data key="d..">.
  const auto& e = checker.elements;
  size_t i = 0;
  while (i < e.size() &&
         !(e[i].name == "node" &&
           e[i].attributes[0].second == absl::StrCat("n", Raw(n)))) {
    ++i;
  }
  ASSERT_EQ(i + 3, e.size() - g.relationship_count() * 2);
  EXPECT_EQ(e[i].attributes[1].second, ":" + tricky);
  EXPECT_EQ(e[i + 1].text, ":" + tricky);
  EXPECT_EQ(e[i + 2].text, tricky);
}

TEST(GraphMlExportTest, IllegalCharactersBecomeReplacementCharacters) {
  Graph g;
  Set(g, g.AddNode(), "p",
      Value::String(std::string("\0\x01\x1f\xef\xbf\xbe\xff", 7)));
  std::string xml = GraphMl(g);
  EXPECT_NE(xml.find("<data key=\"d0\">\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
                     "\xEF\xBF\xBD\xEF\xBF\xBD</data>"),
            std::string::npos)
      << xml;
}

TEST(GraphMlExportTest, TheCheckerRejectsWhatXmlForbids) {
  constexpr std::string_view kDecl = "<?xml version=\"1.0\"?>";
  XmlChecker checker;
  EXPECT_EQ(checker.Check(std::string(kDecl) + "<a b=\"x\">t</a>"), "");
  for (std::string_view body :
       {"<a b=\"<\"/>", "<a>&</a>", "<a>&bogus;</a>", "<a>&#1;</a>",
        "<a>\x01</a>", "<a><b></a></b>", "<a>", "<a/><b/>", "<a>]]></a>",
        "<a>\xff</a>", "<a b=\"1\" b=\"2\"/>", "<a>\xef\xbf\xbf</a>"}) {
    EXPECT_NE(checker.Check(std::string(kDecl) + std::string(body)), "")
        << body;
  }
}

}  // namespace
}  // namespace kg
