// Graphs shared by the export tests: a small one whose exact output each
// writer's test spells out, one with every kind of value and a hole, and one
// whose every name is hostile to some output syntax.
#ifndef KG_TESTS_GRAPH_EXPORT_FIXTURES_H_
#define KG_TESTS_GRAPH_EXPORT_FIXTURES_H_

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "graph/graph.h"
#include "gtest/gtest.h"

namespace kg::export_test {

inline void Set(Graph& g, NodeId n, std::string_view key, Value v) {
  ASSERT_TRUE(g.SetProperty(n, g.InternKey(key), std::move(v)).ok());
}
inline void Set(Graph& g, RelId r, std::string_view key, Value v) {
  ASSERT_TRUE(g.SetProperty(r, g.InternKey(key), std::move(v)).ok());
}
inline RelId Link(Graph& g, NodeId a, NodeId b, std::string_view type) {
  return g.AddRelationship(a, b, g.InternType(type)).value();
}

// (0:Person:Official {name: 'Dmitry Bakanov', born: 1975})
// (1 deleted)
// (2:Organization:Agency {name: 'Roscosmos', budget: 1.0})
// (0)-[:WORKS_FOR {title: 'Director General'}]->(2)
inline Graph SmallGraph() {
  Graph g;
  LabelId person = g.InternLabel("Person");
  LabelId official = g.InternLabel("Official");
  LabelId org = g.InternLabel("Organization");
  LabelId agency = g.InternLabel("Agency");
  NodeId bakanov = g.AddNode({person, official});
  Set(g, bakanov, "name", Value::String("Dmitry Bakanov"));
  Set(g, bakanov, "born", Value::Int(1975));
  NodeId gone = g.AddNode({person});
  EXPECT_TRUE(g.DeleteNode(gone).ok());
  NodeId roscosmos = g.AddNode({org, agency});
  Set(g, roscosmos, "name", Value::String("Roscosmos"));
  Set(g, roscosmos, "budget", Value::Float(1.0));
  RelId r = Link(g, bakanov, roscosmos, "WORKS_FOR");
  Set(g, r, "title", Value::String("Director General"));
  return g;
}

// Strings that break naive quoting in one output syntax or another.
inline std::vector<std::string> HostileStrings() {
  return {"it's \"quoted\"",
          "back\\slash",
          "ends with backslash\\",
          "line\nbreak\r\ncrlf\ttab",
          std::string("nul\0byte", 8),
          "ctl \x01\x07\x1b\x7f",
          "<b>html</b> & &amp; ]]> {a|b} \\N \\G \\l",
          "`tick``s` // not a comment ; */",
          "Zoë 东京 🚀 \u2028",
          "bad utf8 \xff\xfe \xc3 \xed\xa0\x80 end",
          "",
          " ",
          "-> -- digraph { } [label=x]"};
}

// Every kind of property value, several labels, holes among nodes and
// relationships, and hostile strings in values.
inline Graph AllKindsGraph() {
  Graph g;
  LabelId a = g.InternLabel("A");
  LabelId b = g.InternLabel("B b");
  NodeId n0 = g.AddNode({a, b});
  Set(g, n0, "bool", Value::Bool(true));
  Set(g, n0, "false", Value::Bool(false));
  Set(g, n0, "int", Value::Int(-42));
  Set(g, n0, "int_max", Value::Int(std::numeric_limits<int64_t>::max()));
  Set(g, n0, "int_min", Value::Int(std::numeric_limits<int64_t>::min()));
  Set(g, n0, "float", Value::Float(1.0));
  Set(g, n0, "tenth", Value::Float(0.1));
  Set(g, n0, "neg_zero", Value::Float(-0.0));
  Set(g, n0, "huge", Value::Float(1e300));
  Set(g, n0, "tiny", Value::Float(5e-324));
  Set(g, n0, "nan", Value::Float(std::nan("")));
  Set(g, n0, "inf", Value::Float(std::numeric_limits<double>::infinity()));
  Set(g, n0, "ninf", Value::Float(-std::numeric_limits<double>::infinity()));
  Set(g, n0, "list",
      Value::List({Value::Int(1), Value::Float(2.0), Value::String("x"),
                   Value::Bool(false)}));
  Set(g, n0, "empty_list", Value::List({}));
  NodeId hole = g.AddNode({a});
  NodeId n2 = g.AddNode();
  int i = 0;
  for (const std::string& s : HostileStrings()) {
    if (s.find('\xff') != std::string::npos) continue;  // not round-trippable
    // (StrCat, not "s" + ...: GCC 12 warns falsely on that form.)
    Set(g, n2, absl::StrCat("s", i++), Value::String(s));
  }
  Set(g, n2, "quote\"key\\", Value::String("v"));
  NodeId n3 = g.AddNode({b});
  RelId gone = Link(g, n0, hole, "GONE");
  (void)gone;
  EXPECT_TRUE(g.DeleteNode(hole, /*detach=*/true).ok());
  RelId r = Link(g, n3, n0, "R");
  Set(g, r, "w", Value::Float(0.5));
  Link(g, n2, n2, "SELF \"loop\"");
  return g;
}

}  // namespace kg::export_test

#endif  // KG_TESTS_GRAPH_EXPORT_FIXTURES_H_
