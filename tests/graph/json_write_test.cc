// WriteJson and WriteJsonLines: exact output, number forms, string safety.
#include <cmath>
#include <limits>
#include <sstream>
#include <string>

#include "graph/export.h"
#include "gtest/gtest.h"
#include "rapidjson/document.h"
#include "tests/graph/export_fixtures.h"

namespace kg {
namespace {

using export_test::Set;

std::string Json(const Graph& g) {
  std::ostringstream out;
  EXPECT_TRUE(WriteJson(g, out).ok());
  return out.str();
}

std::string JsonLines(const Graph& g) {
  std::ostringstream out;
  EXPECT_TRUE(WriteJsonLines(g, out).ok());
  return out.str();
}

// One node with one property `p`, as written in the whole-graph form.
std::string NodeJson(Value v) {
  Graph g;
  Set(g, g.AddNode(), "p", std::move(v));
  std::string text = Json(g);
  size_t begin = text.find("\"p\":") + 4;
  return text.substr(begin, text.find("}}", begin) - begin);
}

TEST(JsonWriteTest, SmallGraphExactly) {
  EXPECT_EQ(Json(export_test::SmallGraph()),
            R"({"nodes": [
{"id":0,"labels":["Person","Official"],"properties":{"born":1975,"name":"Dmitry Bakanov"}},
{"id":2,"labels":["Organization","Agency"],"properties":{"budget":1.0,"name":"Roscosmos"}}
],
"relationships": [
{"id":0,"type":"WORKS_FOR","start":0,"end":2,"properties":{"title":"Director General"}}
]}
)");
}

TEST(JsonWriteTest, SmallGraphAsJsonLines) {
  EXPECT_EQ(
      JsonLines(export_test::SmallGraph()),
      R"({"kind":"node","id":0,"labels":["Person","Official"],"properties":{"born":1975,"name":"Dmitry Bakanov"}}
{"kind":"node","id":2,"labels":["Organization","Agency"],"properties":{"budget":1.0,"name":"Roscosmos"}}
{"kind":"relationship","id":0,"type":"WORKS_FOR","start":0,"end":2,"properties":{"title":"Director General"}}
)");
}

TEST(JsonWriteTest, EmptyGraph) {
  Graph g;
  EXPECT_EQ(Json(g), "{\"nodes\": [],\n\"relationships\": []}\n");
  EXPECT_EQ(JsonLines(g), "");
}

TEST(JsonWriteTest, IntegersStayIntegersAndFloatsStayFloats) {
  EXPECT_EQ(NodeJson(Value::Int(1)), "1");
  EXPECT_EQ(NodeJson(Value::Int(std::numeric_limits<int64_t>::min())),
            "-9223372036854775808");
  EXPECT_EQ(NodeJson(Value::Float(1.0)), "1.0");
  EXPECT_EQ(NodeJson(Value::Float(-0.0)), "-0.0");
  EXPECT_EQ(NodeJson(Value::Float(0.1)), "0.1");
  EXPECT_EQ(NodeJson(Value::Float(1e21)), "1e+21");
  EXPECT_EQ(NodeJson(Value::Float(5e-324)), "5e-324");
  EXPECT_EQ(NodeJson(Value::List({Value::Int(1), Value::Float(2.0)})),
            "[1,2.0]");
}

TEST(JsonWriteTest, NanAndInfinityAsTaggedObjectsThatStrictParsersRead) {
  Graph g;
  NodeId n = g.AddNode();
  Set(g, n, "a", Value::Float(std::nan("")));
  Set(g, n, "b", Value::Float(std::numeric_limits<double>::infinity()));
  Set(g, n, "c",
      Value::List({Value::Float(-std::numeric_limits<double>::infinity())}));
  std::string text = Json(g);
  EXPECT_NE(text.find(R"("properties":{"a":{"$float":"NaN"},)"
                      R"("b":{"$float":"Infinity"},)"
                      R"("c":[{"$float":"-Infinity"}]})"),
            std::string::npos)
      << text;
  rapidjson::Document strict;  // without kParseNanAndInfFlag
  strict.Parse(text.c_str());
  EXPECT_FALSE(strict.HasParseError()) << text;
}

TEST(JsonWriteTest, StringsAreEscaped) {
  EXPECT_EQ(NodeJson(Value::String(std::string("q\"b\\n\n\x01\0", 8))),
            R"("q\"b\\n\n\u0001\u0000")");
  EXPECT_EQ(NodeJson(Value::String("Zoë 🚀")), "\"Zoë 🚀\"");
}

TEST(JsonWriteTest, InvalidUtf8BecomesReplacementCharacters) {
  // A lone continuation byte, a truncated 3-byte sequence (one U+FFFD for
  // its maximal subpart), an encoded surrogate (three), an overlong '/'.
  EXPECT_EQ(NodeJson(Value::String("a\x80"
                                   "b\xe2\x82"
                                   "c\xed\xa0\x80"
                                   "d\xc0\xaf")),
            "\"a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD"
            "c\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
            "d\xEF\xBF\xBD\xEF\xBF\xBD\"");
}

TEST(JsonWriteTest, KeysAreSortedByNameNotByInterningOrder) {
  Graph g;
  NodeId n = g.AddNode();
  Set(g, n, "zeta", Value::Int(1));
  Set(g, n, "alpha", Value::Int(2));
  Set(g, n, "Beta", Value::Int(3));
  EXPECT_EQ(
      Json(g),
      "{\"nodes\": [\n{\"id\":0,\"labels\":[],\"properties\":"
      "{\"Beta\":3,\"alpha\":2,\"zeta\":1}}\n],\n\"relationships\": []}\n");
}

TEST(JsonWriteTest, FailingStreamIsDataLoss) {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  EXPECT_EQ(WriteJson(export_test::SmallGraph(), out).code(),
            absl::StatusCode::kDataLoss);
  EXPECT_EQ(WriteJsonLines(export_test::SmallGraph(), out).code(),
            absl::StatusCode::kDataLoss);
}

TEST(JsonWriteTest, TemporalValuesAreTaggedObjectsOfTheirText) {
  Graph g;
  Set(g, g.AddNode(), "p",
      Value::List({Value::FromDate(temporal::Date{16637}),
                   Value::FromDuration(temporal::Duration{14, 0, 1, 0})}));
  const std::string text = Json(g);
  EXPECT_NE(
      text.find(R"("p":[{"$date":"2015-07-21"},{"$duration":"P1Y2MT1S"}])"),
      std::string::npos)
      << text;
}

}  // namespace
}  // namespace kg
